// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title NFAT deal token (ERC-721): one token = one Halo Unit of a Term class
/// @notice Initialisation surface fixed for the factory; the NFAT template owner extends it.
interface INfatDealToken {
    struct DealTokenConfig {
        string name;
        string symbol;
        address admin; // DEFAULT_ADMIN_ROLE: governance (BEAMTimeLock)
        address operator; // OPERATOR role: manages the allow-list
        address facility; // the only minter
        address redeem; // the only burner / principal reducer
        bool allowListEnabled;
    }

    function initialize(DealTokenConfig calldata config) external;
}
