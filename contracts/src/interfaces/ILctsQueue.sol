// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title LCTS queue — generation-based, pro-rata conversion queue (SubscribeQueue / RedeemQueue)
/// @notice Initialisation surface fixed for the factory. The LCTS template owner extends this interface with
///         the full operation set (deposit, claim, claimAndExit, settleFinalized, lock, settle, views) and
///         its NatSpec; see `../shared/spec/lcts.md`.
interface ILctsQueue {
    /// @notice Everything a queue clone needs, given by the factory in the transaction that creates it.
    struct QueueConfig {
        address admin; // DEFAULT_ADMIN_ROLE: governance (BEAMTimeLock)
        address beacon; // BEACON role: lpha-lcts (lock / settle)
        address depositAsset; // e.g. sUSDS
        address shareToken; // the unit's share token
        address controller; // the class's HaloController (settlement flows go through it, rate-limited)
        uint256 capacity; // cap on the unit's outstanding deposit-asset value (subscribe side), 0 = none
        uint256 minDeposit; // smallest deposit accepted
    }

    function initialize(QueueConfig calldata config) external;
}
