// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title NFAT redeem contract: where funded principal and yield wait for whoever holds the deal NFT
/// @notice Initialisation surface fixed for the factory; the NFAT template owner extends it.
interface INfatRedeem {
    struct RedeemConfig {
        address admin; // DEFAULT_ADMIN_ROLE: governance (BEAMTimeLock)
        address nfatBeacon; // lpha-nfat: fund(tokenId, amount), pulled from the ALMProxy via the controller
        address depositAsset;
        address controller;
        address dealToken;
        address facility;
    }

    function initialize(RedeemConfig calldata config) external;
}
