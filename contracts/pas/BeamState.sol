// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

// Local stand-in of Sky's PAS BeamState for devnets and tests; not shipped. It reverts with PAS's strings (not the
// project's custom errors) because the reconciler must decode exactly what Sky's deployed contract returns.
/* solhint-disable gas-custom-errors */

import {IBeamState} from "../src/interfaces/pas/IBeamState.sol";

/// @title BeamState — stand-in of PAS's BeamState (same ABI, rules, events and revert strings)
/// @dev See `IBeamState` for the rules. Flags are `uint256` 0 / 1 as in PAS.
contract BeamState is IBeamState {
    uint256 private constant WAD = 1e18;

    /// @inheritdoc IBeamState
    mapping(address usr => uint256 allowed) public wards;
    /// @inheritdoc IBeamState
    mapping(address usr => bytes32 mask) public userRoles;
    /// @inheritdoc IBeamState
    mapping(bytes4 sig => bytes32 mask) public actionsRoles;
    /// @inheritdoc IBeamState
    mapping(address rateLimits_ => uint256 added) public rateLimits;
    /// @inheritdoc IBeamState
    mapping(address controller => uint256 added) public controllers;
    /// @inheritdoc IBeamState
    mapping(address cBeam => uint256 added) public cBeams;
    /// @inheritdoc IBeamState
    mapping(address rateLimits_ => mapping(address cBeam => uint256 allowed)) public rateLimitsCBeams;
    /// @inheritdoc IBeamState
    mapping(address controller => mapping(address cBeam => uint256 allowed)) public controllersCBeams;
    /// @inheritdoc IBeamState
    mapping(bytes32 key => mapping(address rateLimits_ => DefaultRateLimits limit)) public initRateLimits;
    /// @inheritdoc IBeamState
    mapping(bytes32 key => mapping(address controller => bool enabled)) public initControllerActions;
    /// @inheritdoc IBeamState
    mapping(address rateLimits_ => uint256 seconds_) public hop;
    /// @inheritdoc IBeamState
    mapping(address rateLimits_ => uint256 wad) public maxChange;
    /// @inheritdoc IBeamState
    bool public stopped;

    /// @dev Wards only.
    modifier auth() {
        require(wards[msg.sender] == 1, "BeamState/not-authorized");
        _;
    }

    /// @dev A ward, or a holder of a role that is enabled for the selector being called.
    modifier roleAuth() {
        bool roleAllowed = (userRoles[msg.sender] & actionsRoles[msg.sig]) != bytes32(0);
        require(roleAllowed || wards[msg.sender] == 1, "BeamState/role-not-authorized");
        _;
    }

    /// @notice The deployer is the first ward.
    constructor() {
        wards[msg.sender] = 1;
        emit Rely(msg.sender);
    }

    // --- getters ---

    /// @inheritdoc IBeamState
    function hasUserRole(address usr, uint8 role) external view returns (bool has) {
        has = (userRoles[usr] & _bit(role)) != bytes32(0);
    }

    /// @inheritdoc IBeamState
    function isActionInRole(bytes4 sig, uint8 role) external view returns (bool has) {
        has = (actionsRoles[sig] & _bit(role)) != bytes32(0);
    }

    /// @inheritdoc IBeamState
    function getHop(address rateLimits_) external view returns (uint256 hop_) {
        hop_ = hop[rateLimits_];
        if (hop_ == 0) hop_ = hop[address(0)];
    }

    /// @inheritdoc IBeamState
    function getMaxChange(address rateLimits_) external view returns (uint256 maxChange_) {
        maxChange_ = maxChange[rateLimits_];
        if (maxChange_ == 0) maxChange_ = maxChange[address(0)];
    }

    /// @inheritdoc IBeamState
    function getInitRateLimits(bytes32 key, address rateLimits_)
        external
        view
        returns (DefaultRateLimits memory defaultRateLimits)
    {
        defaultRateLimits = initRateLimits[key][rateLimits_];
        if (defaultRateLimits.maxAmount == 0 && defaultRateLimits.slope == 0) {
            defaultRateLimits = initRateLimits[key][address(0)];
        }
    }

    /// @inheritdoc IBeamState
    function isControllerActionEnabled(bytes32 key, address controller) external view returns (bool ok) {
        ok = initControllerActions[key][controller] || initControllerActions[key][address(0)];
    }

    // --- wards ---

    /// @inheritdoc IBeamState
    function rely(address usr) external auth {
        wards[usr] = 1;
        emit Rely(usr);
    }

    /// @inheritdoc IBeamState
    function deny(address usr) external auth {
        wards[usr] = 0;
        emit Deny(usr);
    }

    /// @inheritdoc IBeamState
    function setUserRole(address who, uint8 role, bool enabled) external auth {
        userRoles[who] = _apply(userRoles[who], role, enabled);
        emit SetUserRole(who, role, enabled);
    }

    /// @inheritdoc IBeamState
    function setRoleAction(uint8 role, bytes4 sig, bool enabled) external auth {
        actionsRoles[sig] = _apply(actionsRoles[sig], role, enabled);
        emit SetRoleAction(role, sig, enabled);
    }

    // --- ward or role ---

    /// @inheritdoc IBeamState
    function stop() external roleAuth {
        stopped = true;
        emit Stop();
    }

    /// @inheritdoc IBeamState
    function start() external roleAuth {
        stopped = false;
        emit Start();
    }

    /// @inheritdoc IBeamState
    function setHop(address rateLimits_, uint256 value) external roleAuth {
        hop[rateLimits_] = value;
        emit SetHop(rateLimits_, value);
    }

    /// @inheritdoc IBeamState
    function setMaxChange(address rateLimits_, uint256 value) external roleAuth {
        require(value >= WAD, "BeamState/maxChange-below-1x");
        maxChange[rateLimits_] = value;
        emit SetMaxChange(rateLimits_, value);
    }

    /// @inheritdoc IBeamState
    function addRateLimits(address rateLimits_) external roleAuth {
        rateLimits[rateLimits_] = 1;
        emit AddRateLimits(rateLimits_);
    }

    /// @inheritdoc IBeamState
    function delRateLimits(address rateLimits_) external roleAuth {
        rateLimits[rateLimits_] = 0;
        emit DelRateLimits(rateLimits_);
    }

    /// @inheritdoc IBeamState
    function addController(address controller) external roleAuth {
        controllers[controller] = 1;
        emit AddController(controller);
    }

    /// @inheritdoc IBeamState
    function delController(address controller) external roleAuth {
        controllers[controller] = 0;
        emit DelController(controller);
    }

    /// @inheritdoc IBeamState
    function addCBeam(address cBeam) external roleAuth {
        cBeams[cBeam] = 1;
        emit AddCBeam(cBeam);
    }

    /// @inheritdoc IBeamState
    function delCBeam(address cBeam) external roleAuth {
        cBeams[cBeam] = 0;
        emit DelCBeam(cBeam);
    }

    /// @inheritdoc IBeamState
    function setCBeamForRateLimits(address rateLimits_, address cBeam) external roleAuth {
        require(rateLimits[rateLimits_] == 1, "BeamState/not-existing-rateLimits");
        require(cBeams[cBeam] == 1, "BeamState/not-existing-cBeam");
        rateLimitsCBeams[rateLimits_][cBeam] = 1;
        emit SetCBeamForRateLimits(rateLimits_, cBeam);
    }

    /// @inheritdoc IBeamState
    function unsetCBeamForRateLimits(address rateLimits_, address cBeam) external roleAuth {
        rateLimitsCBeams[rateLimits_][cBeam] = 0;
        emit UnsetCBeamForRateLimits(rateLimits_, cBeam);
    }

    /// @inheritdoc IBeamState
    function setCBeamForController(address controller, address cBeam) external roleAuth {
        require(controllers[controller] == 1, "BeamState/not-existing-controller");
        require(cBeams[cBeam] == 1, "BeamState/not-existing-cBeam");
        controllersCBeams[controller][cBeam] = 1;
        emit SetCBeamForController(controller, cBeam);
    }

    /// @inheritdoc IBeamState
    function unsetCBeamForController(address controller, address cBeam) external roleAuth {
        controllersCBeams[controller][cBeam] = 0;
        emit UnsetCBeamForController(controller, cBeam);
    }

    /// @inheritdoc IBeamState
    function addInitRateLimits(bytes32 key, address rateLimits_, uint256 maxAmount, uint256 slope) external roleAuth {
        initRateLimits[key][rateLimits_] = DefaultRateLimits({maxAmount: maxAmount, slope: slope});
        emit AddInitRateLimits(key, rateLimits_, maxAmount, slope);
    }

    /// @inheritdoc IBeamState
    function delInitRateLimits(bytes32 key, address rateLimits_) external roleAuth {
        delete initRateLimits[key][rateLimits_];
        emit DelInitRateLimits(key, rateLimits_);
    }

    /// @inheritdoc IBeamState
    function addInitControllerActions(bytes calldata data, address controller) external roleAuth returns (bytes32 key) {
        key = keccak256(data);
        initControllerActions[key][controller] = true;
        emit AddInitControllerActions(key, controller);
    }

    /// @inheritdoc IBeamState
    function delInitControllerActions(bytes32 key, address controller) external roleAuth {
        delete initControllerActions[key][controller];
        emit DelInitControllerActions(key, controller);
    }

    // --- internals ---

    function _bit(uint8 role) private pure returns (bytes32) {
        return bytes32(uint256(1) << role);
    }

    function _apply(bytes32 mask, uint8 role, bool enabled) private pure returns (bytes32) {
        return enabled ? mask | _bit(role) : mask & ~_bit(role);
    }
}
