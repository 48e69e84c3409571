// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title Halo unit share token (LCTS Portfolio units)
/// @notice Initialisation surface fixed for the factory. The LCTS template owner extends this interface with
///         mint / burn (queues only), `exchangeRate()` (underlying, in underlying decimals, per 1e18 shares)
///         and the beacon's bounded rate update ("instant decrease, constrained increase").
interface IHaloShareToken {
    struct TokenConfig {
        string name;
        string symbol;
        address admin; // DEFAULT_ADMIN_ROLE: governance (BEAMTimeLock)
        address beacon; // lpha-lcts: updates the exchange rate within bounds
        address subscribeQueue; // the only minter
        address redeemQueue; // the only burner
        uint256 initialExchangeRate; // underlying per 1e18 shares
        uint256 maxRateIncreaseBps; // largest increase per update
    }

    function initialize(TokenConfig calldata config) external;

    function exchangeRate() external view returns (uint256);
}
