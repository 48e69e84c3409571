// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IALMProxy} from "../interfaces/IALMProxy.sol";
import {IHaloController} from "../interfaces/IHaloController.sol";
import {IRateLimits} from "../interfaces/IRateLimits.sol";
import {RateLimitKeys} from "./RateLimitKeys.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {
    AccessControlEnumerableUpgradeable
} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlEnumerableUpgradeable.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title HaloController — the only entry point that moves a Halo Class's capital
/// @dev Deployed as an ERC-1167 clone. Every flow follows checks-effects-interactions: role, freeze and amount are
///      checked, the rate limit is spent, and only then is a token touched, so a re-entering token can never
///      spend more than the limit allows.
contract HaloController is IHaloController, AccessControlEnumerableUpgradeable {
    using SafeERC20 for IERC20;

    /// @inheritdoc IHaloController
    bytes32 public constant RELAYER = keccak256("RELAYER");
    /// @inheritdoc IHaloController
    bytes32 public constant FREEZER = keccak256("FREEZER");
    /// @inheritdoc IHaloController
    bytes32 public constant UNIT = keccak256("UNIT");

    /// @inheritdoc IHaloController
    address public proxy;
    /// @inheritdoc IHaloController
    address public rateLimits;
    /// @inheritdoc IHaloController
    address public factory;
    /// @inheritdoc IHaloController
    bool public frozen;

    mapping(address destination => bool approved) private _approvedDestinations;

    modifier whenNotFrozen() {
        if (frozen) revert Controller_Frozen();
        _;
    }

    modifier nonZeroAmount(uint256 amount) {
        if (amount == 0) revert Controller_ZeroAmount();
        _;
    }

    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IHaloController
    /// @dev `factory_` may be zero for a controller deployed by hand: it then never gets unit contracts.
    function initialize(address admin, address proxy_, address rateLimits_, address freezer, address factory_)
        external
        initializer
    {
        if (admin == address(0)) revert Controller_ZeroAddress("admin");
        if (proxy_ == address(0)) revert Controller_ZeroAddress("proxy");
        if (rateLimits_ == address(0)) revert Controller_ZeroAddress("rateLimits");
        __AccessControlEnumerable_init();
        proxy = proxy_;
        rateLimits = rateLimits_;
        factory = factory_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (freezer != address(0)) _grantRole(FREEZER, freezer);
    }

    // ---- views ----

    /// @inheritdoc IHaloController
    function isApprovedDestination(address destination) external view returns (bool) {
        return _approvedDestinations[destination];
    }

    // ---- admin ----

    /// @inheritdoc IHaloController
    function setDestination(address destination, bool approved) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (destination == address(0)) revert Controller_ZeroAddress("destination");
        _approvedDestinations[destination] = approved;
        emit DestinationSet(destination, approved);
    }

    /// @inheritdoc IHaloController
    function unfreeze() external onlyRole(DEFAULT_ADMIN_ROLE) {
        frozen = false;
        emit Unfrozen(msg.sender);
    }

    /// @notice Grant `role` to `account`; UNIT is refused (see `registerUnit`). Role admin only.
    /// @dev The admin may still revoke UNIT: cutting a unit off must not wait for the factory.
    function grantRole(bytes32 role, address account) public override(AccessControlUpgradeable, IAccessControl) {
        if (role == UNIT) revert Controller_UnitOnlyViaFactory();
        super.grantRole(role, account);
    }

    // ---- factory ----

    /// @inheritdoc IHaloController
    function registerUnit(address unit) external {
        if (msg.sender != factory || factory == address(0)) revert Controller_NotFactory(msg.sender);
        if (unit == address(0)) revert Controller_ZeroAddress("unit");
        _grantRole(UNIT, unit);
        emit UnitRegistered(unit);
    }

    // ---- freezer ----

    /// @inheritdoc IHaloController
    /// @dev Idempotent on purpose: several freezers racing in an emergency must all succeed, and each is logged.
    function freeze() external {
        if (!hasRole(FREEZER, msg.sender) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert AccessControlUnauthorizedAccount(msg.sender, FREEZER);
        }
        frozen = true;
        emit Frozen(msg.sender);
    }

    /// @inheritdoc IHaloController
    function removeRelayer(address relayer) external onlyRole(FREEZER) {
        if (!_revokeRole(RELAYER, relayer)) revert Controller_NotRelayer(relayer);
        emit RelayerRemoved(relayer, msg.sender);
    }

    // ---- relayer ----

    /// @inheritdoc IHaloController
    function transferAsset(address asset, address destination, uint256 amount)
        external
        onlyRole(RELAYER)
        whenNotFrozen
        nonZeroAmount(amount)
    {
        if (!_approvedDestinations[destination]) revert Controller_DestinationNotApproved(destination);
        _spend(RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_TRANSFER, asset, destination), amount);
        _transferFromProxy(asset, destination, amount);
        emit AssetTransferred(asset, destination, amount);
    }

    // ---- unit contracts ----

    /// @inheritdoc IHaloController
    function receiveFromUnit(address asset, uint256 amount)
        external
        onlyRole(UNIT)
        whenNotFrozen
        nonZeroAmount(amount)
    {
        _spend(RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, asset, msg.sender), amount);
        IERC20(asset).safeTransferFrom(msg.sender, proxy, amount);
        emit UnitInflow(msg.sender, asset, amount);
    }

    /// @inheritdoc IHaloController
    function sendToUnit(address asset, uint256 amount) external onlyRole(UNIT) whenNotFrozen nonZeroAmount(amount) {
        _spend(RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, asset, msg.sender), amount);
        _transferFromProxy(asset, msg.sender, amount);
        emit UnitOutflow(msg.sender, asset, amount);
    }

    /// @notice ERC-165: also advertises `IHaloController`, so a factory can check a template's components.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IHaloController).interfaceId || super.supportsInterface(interfaceId);
    }

    // ---- internals ----

    function _spend(bytes32 key, uint256 amount) private {
        IRateLimits(rateLimits).triggerRateLimitDecrease(key, amount);
    }

    /// @dev The proxy makes the call, so SafeERC20 cannot be used directly; its acceptance rule is applied to the
    ///      forwarded return data instead: nothing returned is success only from a contract, otherwise the first
    ///      word must be exactly 1.
    function _transferFromProxy(address asset, address to, uint256 amount) private {
        bytes memory returned = IALMProxy(proxy).doCall(asset, abi.encodeCall(IERC20.transfer, (to, amount)));
        bool ok = returned.length == 0 ? asset.code.length != 0 : (returned.length >= 32 && _firstWord(returned) == 1);
        if (!ok) revert Controller_TransferFailed(asset);
    }

    function _firstWord(bytes memory data) private pure returns (uint256 word) {
        assembly ("memory-safe") {
            word := mload(add(data, 32))
        }
    }
}
