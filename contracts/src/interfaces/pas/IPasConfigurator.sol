// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title IPasConfigurator — the external ABI of Sky's PAS Configurator (`sky-ecosystem/pas`, `src/Configurator.sol`)
/// @notice Describes Sky's deployed contract as the Halo Factory and the reconciler call it; the local stand-in
///         (`contracts/pas/Configurator.sol`) implements it. The Configurator holds DEFAULT_ADMIN_ROLE on every
///         registered RateLimits and controller and is what GovOps (cBEAM accounts) call — nothing else:
///         - `setRateLimit`: only a cBEAM granted on that RateLimits in BeamState. Ceiling
///           `max(init default, current, current × maxChange / 1e18)` for `maxAmount` and for `slope`; an increase
///           of either needs `hop` seconds since the last increase of that key (`zzz`), and a hop of 0 refuses
///           every increase; decreases are always allowed and immediate; a key whose default is unlimited
///           (`{type(uint256).max, 0}`) can only be set unlimited; the new `lastAmount` is
///           `min(new maxAmount, limit available now)`, so a change never refills a limit.
///         - `callControllerAction`: only a cBEAM granted on that controller, only calldata whose hash is enabled
///           for that controller (or for every controller).
///         Both are refused while BeamState is stopped. PAS reverts with strings: "Configurator/stopped",
///         "Configurator/not-authorized-ratelimits-cBeam", "Configurator/not-authorized-controller-cBeam",
///         "Configurator/unlimited-incorrect-params", "Configurator/exceeds-max-amount",
///         "Configurator/exceeds-max-slope", "Configurator/hop-not-set", "Configurator/increment-too-soon",
///         "Configurator/not-valid-data", "Configurator/call-failed".
interface IPasConfigurator {
    /// @notice GovOps set `key` on `rateLimits` to (`maxAmount`, `slope`) (`{type(uint256).max, 0}`: unlimited).
    event SetRateLimit(address indexed rateLimits, bytes32 indexed key, uint256 maxAmount, uint256 slope);
    /// @notice GovOps called the enabled action `data` on `controller`.
    event CallControllerAction(address indexed controller, bytes data);

    /// @notice The BeamState this Configurator reads its authorisation and parameters from (set at deployment).
    function beamState() external view returns (address);

    /// @notice The time of the last increase of `key` on `rateLimits` (0 = never increased through PAS).
    function zzz(address rateLimits, bytes32 key) external view returns (uint256);

    /// @notice Set the rate limit of `key` on `rateLimits` within SORL (see the title). Caller: a cBEAM granted on
    ///         `rateLimits`. Calls `setUnlimitedRateLimitData(key)` for an unlimited default, otherwise
    ///         `setRateLimitData(key, maxAmount, slope, min(maxAmount, getCurrentRateLimit(key)), block.timestamp)`.
    function setRateLimit(address rateLimits, bytes32 key, uint256 maxAmount, uint256 slope) external;

    /// @notice Call `controller` with the enabled calldata `data` (e.g. `grantRole(RELAYER, account)`). Caller: a
    ///         cBEAM granted on `controller`. Reverts "Configurator/call-failed" when the call reverts.
    /// @return ret What the controller returned.
    function callControllerAction(address controller, bytes calldata data) external returns (bytes memory ret);
}
