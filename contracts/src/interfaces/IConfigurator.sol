// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title Configurator — what GovOps (cBEAM holders) call to configure a registered PAU
/// @notice The Configurator holds DEFAULT_ADMIN on every registered PAU's HaloController, RateLimits and
///         ALMProxy. It enforces the Configurator Unit's rules:
///         1. a PAU must be registered in BEAMState before anything is configured on it;
///         2. a rate limit is set only if an init exists for `(key, pau)` or `(key, 0)`;
///         3. only GovOps accordant to that PAU may configure it;
///         4. SORL: an increase of `maxAmount` or `slope` at most once per `hop` and by at most `maxChangeBps`
///            over the current value. Each field is checked on its own: a field whose current value is zero (first
///            instantiation, or after a removal or a decrease to zero) may go up to the init's value for that
///            field, still at most once per `hop`;
///         5. decreases and removals are instant.
///         Additions to BEAMState go through BEAMTimeLock; removals are instant by aBEAM (see IBEAMState).
///         GovOps may batch calls with `multicall`.
interface IConfigurator {
    event RateLimitSet(
        address indexed pau, bytes32 indexed key, uint256 maxAmount, uint256 slope, address indexed govOps
    );
    event RateLimitRemoved(address indexed pau, bytes32 indexed key, address indexed govOps);
    event ControllerActionCalled(address indexed pau, bytes32 indexed actionHash, address indexed govOps);
    event RelayerSet(address indexed pau, address indexed relayer, bool active, address govOps);
    event FreezerSet(address indexed pau, address indexed freezer, bool active, address govOps);

    error Configurator_PauNotRegistered(address pau);
    error Configurator_NotGovOps(address pau, address caller);
    error Configurator_NoInit(bytes32 key, address pau);
    error Configurator_AboveInit(bytes32 key, uint256 value, uint256 initValue);
    error Configurator_IncreaseTooSoon(bytes32 key, uint256 nextAllowedAt);
    error Configurator_IncreaseTooLarge(bytes32 key, uint256 requested, uint256 maxAllowed);
    error Configurator_ActionNotEnabled(bytes32 actionHash, address pau);
    error Configurator_ZeroAddress(string what);

    /// @notice The BEAMState this Configurator reads.
    function beamState() external view returns (address);

    /// @notice When `key` on `pau` was last increased (0 = never); the next increase is allowed at `+ hop`.
    function lastIncreaseAt(address pau, bytes32 key) external view returns (uint256);

    /// @notice What `setRateLimit` would accept now for `key` on `pau` (ignores who calls): the largest
    ///         `maxAmount` and `slope` now, and `lastIncreaseAt + hop` (0 when never increased): an increase
    ///         is refused before that time, whatever its size.
    ///         Reverts `Configurator_PauNotRegistered` / `Configurator_NoInit` like `setRateLimit`.
    function sorlBounds(address pau, bytes32 key)
        external
        view
        returns (uint256 maxAmountCap, uint256 slopeCap, uint256 nextIncreaseAt);

    function setRateLimit(address pau, bytes32 key, uint256 maxAmount, uint256 slope) external;
    function removeRateLimit(address pau, bytes32 key) external;
    function callControllerAction(address pau, bytes calldata data) external returns (bytes memory result);
    function setRelayer(address pau, address relayer) external;
    function removeRelayer(address pau, address relayer) external;
    function setFreezer(address pau, address freezer) external;
    function removeFreezer(address pau, address freezer) external;

    /// @notice Execute several of the calls above in one transaction (each with the caller's authority).
    function multicall(bytes[] calldata data) external returns (bytes[] memory results);
}
