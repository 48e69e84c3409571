// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IBEAMState} from "../interfaces/IBEAMState.sol";
import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/// @title BEAMState
/// @notice The Configurator Unit's data and authorisation for one scope. Additions come from DEFAULT_ADMIN_ROLE
///         (BEAMTimeLock) or, for PAUs it deployed itself, from FACTORY; removals are instant by any ABEAM.
/// @dev Data written here is inert on its own: the Configurator reads it on every GovOps call. That is why
///      additions need not check that a PAU is registered (a timelock batch may register it in a later call)
///      and why `removePau` leaves the PAU's inits and GovOps in place: nothing can be configured on an
///      unregistered PAU, and re-registering one needs the timelock again.
contract BEAMState is IBEAMState, AccessControlEnumerable {
    using EnumerableSet for EnumerableSet.AddressSet;
    using EnumerableSet for EnumerableSet.Bytes32Set;

    /// @inheritdoc IBEAMState
    bytes32 public constant ABEAM = keccak256("ABEAM");
    /// @inheritdoc IBEAMState
    bytes32 public constant FACTORY = keccak256("FACTORY");

    /// @inheritdoc IBEAMState
    uint256 public constant DEFAULT_HOP = 18 hours;
    /// @inheritdoc IBEAMState
    uint256 public constant DEFAULT_MAX_CHANGE_BPS = 2500;

    uint256 private constant BPS = 10_000;

    /// @inheritdoc IBEAMState
    uint256 public hop;
    /// @inheritdoc IBEAMState
    uint256 public maxChangeBps;

    /// @dev `PauContracts` plus the "ever registered" mark, packed: `rateLimits` and the three flags share a slot.
    struct StoredPau {
        address controller;
        address rateLimits;
        bool registered;
        bool viaFactory;
        bool everRegistered;
    }

    /// @dev An init exists iff `maxAmount != 0` (a zero-max init is refused), which saves a slot per init.
    struct StoredInit {
        uint256 maxAmount;
        uint256 slope;
    }

    mapping(address pau => StoredPau) private _paus;
    EnumerableSet.AddressSet private _pauList;

    mapping(bytes32 key => mapping(address pau => StoredInit)) private _inits;
    mapping(address pau => EnumerableSet.Bytes32Set) private _initKeys;

    mapping(bytes32 actionHash => mapping(address pau => bool)) private _actions;

    mapping(address pau => EnumerableSet.AddressSet) private _govOps;

    /// @param admin DEFAULT_ADMIN_ROLE: BEAMTimeLock in production. A deploy script may pass itself, grant FACTORY
    ///        and DEFAULT_ADMIN_ROLE to the timelock, then renounce (every holder stays enumerable for audit).
    /// @param abeams The initial ABEAM holders (instant removals).
    constructor(address admin, address[] memory abeams) {
        if (admin == address(0)) revert BEAMState_ZeroAddress("admin");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < abeams.length; ++i) {
            if (abeams[i] == address(0)) revert BEAMState_ZeroAddress("abeam");
            _grantRole(ABEAM, abeams[i]);
        }
        _setSorlParams(DEFAULT_HOP, DEFAULT_MAX_CHANGE_BPS);
    }

    // ---- additions: DEFAULT_ADMIN_ROLE (BEAMTimeLock) ----

    /// @inheritdoc IBEAMState
    /// @dev Also updates the contracts of a registered PAU (e.g. a controller migration); the factory provenance
    ///      flag of the PAU is kept because the PAU (the ALMProxy) itself is unchanged.
    function setPauContracts(address pau, address controller, address rateLimits)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _checkPauContracts(pau, controller, rateLimits);
        bool viaFactory = _paus[pau].viaFactory;
        _registerPau(pau, controller, rateLimits, viaFactory);
    }

    /// @inheritdoc IBEAMState
    function addInitRateLimit(bytes32 key, address pau, uint256 maxAmount, uint256 slope)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _addInit(key, pau, maxAmount, slope);
    }

    /// @inheritdoc IBEAMState
    function addInitControllerAction(bytes32 actionHash, address pau) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (_actions[actionHash][pau]) revert BEAMState_ActionAlreadyEnabled(actionHash, pau);
        _actions[actionHash][pau] = true;
        emit InitControllerActionAdded(actionHash, pau);
    }

    /// @inheritdoc IBEAMState
    /// @dev GovOps are accordant to one PAU each; there is no scope-wide GovOps, so `pau` can not be zero.
    function addGovOps(address pau, address govOps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (pau == address(0)) revert BEAMState_ZeroAddress("pau");
        if (govOps == address(0)) revert BEAMState_ZeroAddress("govOps");
        if (!_govOps[pau].add(govOps)) revert BEAMState_GovOpsAlreadyAdded(pau, govOps);
        emit GovOpsAdded(pau, govOps);
    }

    /// @inheritdoc IBEAMState
    function setSorlParams(uint256 hop_, uint256 maxChangeBps_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setSorlParams(hop_, maxChangeBps_);
    }

    // ---- removals: any ABEAM, instant ----

    /// @inheritdoc IBEAMState
    function removePau(address pau) external onlyRole(ABEAM) {
        if (!_paus[pau].registered) revert BEAMState_PauNotRegistered(pau);
        // Keep only the mark that it was registered once, so the factory can never bring it back.
        _paus[pau] = StoredPau({
            controller: address(0), rateLimits: address(0), registered: false, viaFactory: false, everRegistered: true
        });
        _pauList.remove(pau);
        emit PauRemoved(pau);
    }

    /// @inheritdoc IBEAMState
    function removeInitRateLimit(bytes32 key, address pau) external onlyRole(ABEAM) {
        if (_inits[key][pau].maxAmount == 0) revert BEAMState_InitNotFound(key, pau);
        delete _inits[key][pau];
        _initKeys[pau].remove(key);
        emit InitRateLimitRemoved(key, pau);
    }

    /// @inheritdoc IBEAMState
    function removeInitControllerAction(bytes32 actionHash, address pau) external onlyRole(ABEAM) {
        if (!_actions[actionHash][pau]) revert BEAMState_ActionNotEnabled(actionHash, pau);
        delete _actions[actionHash][pau];
        emit InitControllerActionRemoved(actionHash, pau);
    }

    /// @inheritdoc IBEAMState
    function removeGovOps(address pau, address govOps) external onlyRole(ABEAM) {
        if (!_govOps[pau].remove(govOps)) revert BEAMState_GovOpsNotFound(pau, govOps);
        emit GovOpsRemoved(pau, govOps);
    }

    /// @inheritdoc IBEAMState
    function removeFactory(address factory) external onlyRole(ABEAM) {
        // `_revokeRole` emits RoleRevoked; revoking a non-holder would be a silent no-op, refused so a typo shows.
        if (!_revokeRole(FACTORY, factory)) revert BEAMState_FactoryNotFound(factory);
    }

    // ---- factory hand-off (FACTORY) ----

    /// @inheritdoc IBEAMState
    /// @dev "New" means never registered before: a PAU that aBEAM removed can only come back through the timelock.
    function registerFactoryPau(address pau, address controller, address rateLimits, InitRateLimit[] calldata inits)
        external
        onlyRole(FACTORY)
    {
        _checkPauContracts(pau, controller, rateLimits);
        if (_paus[pau].everRegistered) revert BEAMState_PauAlreadyRegistered(pau);
        _registerPau(pau, controller, rateLimits, true);
        _addInits(pau, inits);
    }

    /// @inheritdoc IBEAMState
    function addFactoryInits(address pau, InitRateLimit[] calldata inits) external onlyRole(FACTORY) {
        StoredPau storage p = _paus[pau];
        if (!p.registered) revert BEAMState_PauNotRegistered(pau);
        if (!p.viaFactory) revert BEAMState_PauNotFactoryRegistered(pau);
        _addInits(pau, inits);
    }

    // ---- views ----

    /// @inheritdoc IBEAMState
    function getPau(address pau) external view returns (PauContracts memory) {
        StoredPau storage p = _paus[pau];
        return PauContracts({
            controller: p.controller, rateLimits: p.rateLimits, registered: p.registered, viaFactory: p.viaFactory
        });
    }

    /// @inheritdoc IBEAMState
    function getPaus() external view returns (address[] memory) {
        return _pauList.values();
    }

    /// @inheritdoc IBEAMState
    function wasEverRegistered(address pau) external view returns (bool) {
        return _paus[pau].everRegistered;
    }

    /// @inheritdoc IBEAMState
    function getInitRateLimit(bytes32 key, address pau)
        external
        view
        returns (bool exists, uint256 maxAmount, uint256 slope)
    {
        StoredInit storage init = _inits[key][pau];
        if (init.maxAmount == 0) init = _inits[key][address(0)];
        return (init.maxAmount != 0, init.maxAmount, init.slope);
    }

    /// @inheritdoc IBEAMState
    function getInitKeys(address pau) external view returns (bytes32[] memory) {
        return _initKeys[pau].values();
    }

    /// @inheritdoc IBEAMState
    function isInitControllerAction(bytes32 actionHash, address pau) external view returns (bool) {
        return _actions[actionHash][pau];
    }

    /// @inheritdoc IBEAMState
    function isGovOps(address pau, address account) external view returns (bool) {
        return _govOps[pau].contains(account);
    }

    /// @inheritdoc IBEAMState
    function getGovOps(address pau) external view returns (address[] memory) {
        return _govOps[pau].values();
    }

    // ---- internals ----

    function _checkPauContracts(address pau, address controller, address rateLimits) private pure {
        if (pau == address(0)) revert BEAMState_ZeroAddress("pau");
        if (controller == address(0)) revert BEAMState_ZeroAddress("controller");
        if (rateLimits == address(0)) revert BEAMState_ZeroAddress("rateLimits");
    }

    function _registerPau(address pau, address controller, address rateLimits, bool viaFactory) private {
        _paus[pau] = StoredPau({
            controller: controller,
            rateLimits: rateLimits,
            registered: true,
            viaFactory: viaFactory,
            everRegistered: true
        });
        _pauList.add(pau);
        emit PauSet(pau, controller, rateLimits, viaFactory);
    }

    /// @dev The factory's inits are always restricted to `pau` (never scope-wide: `pau` is non-zero here).
    function _addInits(address pau, InitRateLimit[] calldata inits) private {
        for (uint256 i = 0; i < inits.length; ++i) {
            _addInit(inits[i].key, pau, inits[i].maxAmount, inits[i].slope);
        }
    }

    /// @dev An init with a zero `maxAmount` would allow nothing; a zero slope is a legitimate one-off budget.
    ///      To change an init, aBEAM removes it (instant) and the timelock adds the new one.
    function _addInit(bytes32 key, address pau, uint256 maxAmount, uint256 slope) private {
        if (key == bytes32(0)) revert BEAMState_ZeroKey();
        if (maxAmount == 0) revert BEAMState_ZeroInit(key);
        StoredInit storage init = _inits[key][pau];
        if (init.maxAmount != 0) revert BEAMState_InitAlreadyExists(key, pau);
        init.maxAmount = maxAmount;
        init.slope = slope;
        _initKeys[pau].add(key);
        emit InitRateLimitAdded(key, pau, maxAmount, slope);
    }

    function _setSorlParams(uint256 hop_, uint256 maxChangeBps_) private {
        if (hop_ == 0 || maxChangeBps_ == 0 || maxChangeBps_ > BPS) {
            revert BEAMState_InvalidSorlParams(hop_, maxChangeBps_);
        }
        hop = hop_;
        maxChangeBps = maxChangeBps_;
        emit SorlParamsSet(hop_, maxChangeBps_);
    }
}
