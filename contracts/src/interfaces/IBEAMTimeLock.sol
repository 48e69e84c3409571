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
    /// @notice A zero address was given where an account is required (`what` names the parameter).
    error BEAMTimeLock_ZeroAddress(string what);

    function PAUSER_ROLE() external view returns (bytes32);
    /// @notice The delay deploy scripts use for a scope's timelock (14 days); the live value is `getMinDelay()`.
    function DEFAULT_DELAY() external view returns (uint256);
    function paused() external view returns (bool);
    /// @notice Stop scheduling and execution at once. PAUSER_ROLE only; reverts `BEAMTimeLock_Paused` if paused.
    function pause() external;
    /// @notice Resume. DEFAULT_ADMIN_ROLE only (governance, not the paused timelock itself); reverts
    ///         `BEAMTimeLock_NotPaused` if not paused.
    function unpause() external;
}
