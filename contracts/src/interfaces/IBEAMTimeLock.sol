// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title BEAMTimeLock — the Configurator Unit's timelock (OpenZeppelin TimelockController + pause)
/// @notice Every addition to the Configurator Unit (PAU registration, inits, cBEAM grants, template approvals)
///         is scheduled here and executable only after the delay (default 14 days). Any PAUSER (aBEAM) may
///         pause; while paused nothing is scheduled or executed; only DEFAULT_ADMIN unpauses. Role holders
///         are enumerable.
interface IBEAMTimeLock {
    event Paused(address indexed by);
    event Unpaused(address indexed by);

    error BEAMTimeLock_Paused();
    error BEAMTimeLock_NotPaused();

    function PAUSER_ROLE() external view returns (bytes32);
    function paused() external view returns (bool);
    function pause() external;
    function unpause() external;
}
