// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

/// @title BEAMState — the Configurator Unit's data and authorisation for one scope (e.g. "mainnet")
/// @notice Pure data + auth. A PAU is identified by its ALMProxy address (`pau`).
///         Roles:
///         - DEFAULT_ADMIN_ROLE: BEAMTimeLock. Every *addition* (PAU registration, inits, GovOps accordance /
///           cBEAM grant, SORL parameters) goes through it.
///         - ABEAM: governance (aBEAM holders). Every *removal* is instant by any of them.
///         - FACTORY: the Halo Factory. May register a PAU it has just deployed together with Day-0 inits
///           restricted to that PAU, and add Day-0 inits for new units of a PAU it registered — nothing else.
///         Init rate limits are keyed by `(key, pau)`; `pau == address(0)` means "any PAU of the scope".
interface IBEAMState is IAccessControlEnumerable {
    struct PauContracts {
        address controller;
        address rateLimits;
        bool registered;
        bool viaFactory;
    }

    struct InitRateLimit {
        bytes32 key;
        uint256 maxAmount;
        uint256 slope;
    }

    event PauSet(address indexed pau, address controller, address rateLimits, bool viaFactory);
    event PauRemoved(address indexed pau);
    event InitRateLimitAdded(bytes32 indexed key, address indexed pau, uint256 maxAmount, uint256 slope);
    event InitRateLimitRemoved(bytes32 indexed key, address indexed pau);
    event InitControllerActionAdded(bytes32 indexed actionHash, address indexed pau);
    event InitControllerActionRemoved(bytes32 indexed actionHash, address indexed pau);
    event GovOpsAdded(address indexed pau, address indexed govOps);
    event GovOpsRemoved(address indexed pau, address indexed govOps);
    event SorlParamsSet(uint256 hop, uint256 maxChangeBps);

    error BEAMState_ZeroAddress(string what);
    error BEAMState_PauAlreadyRegistered(address pau);
    error BEAMState_PauNotRegistered(address pau);
    error BEAMState_PauNotFactoryRegistered(address pau);
    error BEAMState_InitAlreadyExists(bytes32 key, address pau);
    error BEAMState_InitNotFound(bytes32 key, address pau);
    error BEAMState_ZeroInit(bytes32 key);
    error BEAMState_ActionAlreadyEnabled(bytes32 actionHash, address pau);
    error BEAMState_ActionNotEnabled(bytes32 actionHash, address pau);
    error BEAMState_GovOpsAlreadyAdded(address pau, address govOps);
    error BEAMState_GovOpsNotFound(address pau, address govOps);
    error BEAMState_InvalidSorlParams(uint256 hop, uint256 maxChangeBps);
    /// @notice An init was given the zero key (no derived rate-limit key is zero).
    error BEAMState_ZeroKey();
    /// @notice `removeFactory` was given an account that does not hold FACTORY.
    error BEAMState_FactoryNotFound(address factory);

    function ABEAM() external view returns (bytes32);
    function FACTORY() external view returns (bytes32);
    /// @notice Default SORL hop (18 hours) set at deployment.
    function DEFAULT_HOP() external view returns (uint256);
    /// @notice Default SORL maximum change per hop (2500 bps = 25%) set at deployment.
    function DEFAULT_MAX_CHANGE_BPS() external view returns (uint256);

    // ---- additions: BEAMTimeLock (DEFAULT_ADMIN_ROLE) ----
    function setPauContracts(address pau, address controller, address rateLimits) external;
    function addInitRateLimit(bytes32 key, address pau, uint256 maxAmount, uint256 slope) external;
    function addInitControllerAction(bytes32 actionHash, address pau) external;
    /// @notice Make `govOps` accordant to `pau` (the cBEAM grant).
    function addGovOps(address pau, address govOps) external;
    /// @notice SORL parameters: an increase at most once per `hop` seconds, by at most `maxChangeBps`.
    function setSorlParams(uint256 hop, uint256 maxChangeBps) external;

    // ---- removals: any ABEAM, instant ----
    function removePau(address pau) external;
    function removeInitRateLimit(bytes32 key, address pau) external;
    function removeInitControllerAction(bytes32 actionHash, address pau) external;
    function removeGovOps(address pau, address govOps) external;
    /// @notice Revoke FACTORY from `factory` at once (a compromised or retired factory). Any ABEAM.
    ///         Granting FACTORY stays with DEFAULT_ADMIN_ROLE (the timelock).
    function removeFactory(address factory) external;

    // ---- factory hand-off (FACTORY) ----
    /// @notice Register a PAU the factory deployed in this transaction, with Day-0 inits restricted to it.
    function registerFactoryPau(address pau, address controller, address rateLimits, InitRateLimit[] calldata inits)
        external;
    /// @notice Add Day-0 inits restricted to a PAU that the factory registered (for a new unit's flows).
    function addFactoryInits(address pau, InitRateLimit[] calldata inits) external;

    // ---- views (batch-friendly for the reconciler) ----
    function hop() external view returns (uint256);
    function maxChangeBps() external view returns (uint256);
    /// @notice The contracts of `pau` (all zero / false when not registered).
    function getPau(address pau) external view returns (PauContracts memory);
    /// @notice Every registered PAU.
    function getPaus() external view returns (address[] memory);
    /// @notice Whether `pau` was ever registered (a removed PAU can not be re-registered by the factory).
    function wasEverRegistered(address pau) external view returns (bool);
    /// @notice The init for `(key, pau)` if set, else the scope-wide `(key, 0)`; `exists` false when neither.
    function getInitRateLimit(bytes32 key, address pau)
        external
        view
        returns (bool exists, uint256 maxAmount, uint256 slope);
    /// @notice The keys with an init stored exactly under `pau` (`address(0)` for the scope-wide inits).
    function getInitKeys(address pau) external view returns (bytes32[] memory);
    /// @notice Whether `actionHash` is enabled exactly under `pau` (no fallback to `address(0)`).
    function isInitControllerAction(bytes32 actionHash, address pau) external view returns (bool);
    function isGovOps(address pau, address account) external view returns (bool);
    function getGovOps(address pau) external view returns (address[] memory);
}
