// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../../src/interfaces/IHaloController.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {PauFixture} from "../utils/PauFixture.sol";
import {QuirkyToken} from "./mocks/PauMocks.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

contract HaloControllerTest is PauFixture {
    address internal admin = makeAddr("admin");
    address internal factory = makeAddr("factory");
    address internal freezer = makeAddr("freezer");
    address internal relayer = makeAddr("relayer");
    address internal unit = makeAddr("unit");
    address internal custodian = makeAddr("custodian");
    address internal outsider = makeAddr("outsider");

    Pau internal pau;
    HaloController internal controller;
    address internal proxy;
    MockERC20 internal token;

    bytes32 internal adminRole;
    bytes32 internal relayerRole;
    bytes32 internal freezerRole;
    bytes32 internal unitRole;

    function setUp() public {
        vm.warp(1_700_000_000);
        pau = _deployPau(admin, factory, freezer);
        controller = pau.controller;
        proxy = address(pau.proxy);
        token = _deployToken("USDS", 18);
        token.mint(proxy, 1_000_000e18);

        adminRole = controller.DEFAULT_ADMIN_ROLE();
        relayerRole = controller.RELAYER();
        freezerRole = controller.FREEZER();
        unitRole = controller.UNIT();

        _grantRelayer(pau, relayer);
        _registerUnit(pau, unit);
        _approveDestination(pau, custodian);
        _setTransferLimit(pau, address(token), custodian, 100_000e18, 1e18);
        _setUnitInflowLimit(pau, address(token), unit, 50_000e18, 1e18);
        _setUnitOutflowLimit(pau, address(token), unit, 20_000e18, 1e18);

        token.mint(unit, 500_000e18);
        vm.prank(unit);
        token.approve(address(controller), type(uint256).max);
    }

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    function _freeze() internal {
        vm.prank(freezer);
        controller.freeze();
    }

    function _available(bytes32 key) internal view returns (uint256) {
        return pau.rateLimits.getCurrentRateLimit(key);
    }

    // ---- initialize ----

    function test_initialize_wiresEverything() public view {
        assertEq(relayerRole, keccak256("RELAYER"));
        assertEq(freezerRole, keccak256("FREEZER"));
        assertEq(unitRole, keccak256("UNIT"));
        assertEq(controller.proxy(), proxy);
        assertEq(controller.rateLimits(), address(pau.rateLimits));
        assertEq(controller.factory(), factory);
        assertFalse(controller.frozen());
        assertEq(controller.getRoleMemberCount(adminRole), 1);
        assertEq(controller.getRoleMember(adminRole, 0), admin);
        assertEq(controller.getRoleMemberCount(freezerRole), 1);
        assertEq(controller.getRoleMember(freezerRole, 0), freezer);
        assertTrue(controller.supportsInterface(type(IHaloController).interfaceId));
        assertTrue(controller.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertFalse(controller.supportsInterface(0xdeadbeef));
    }

    function test_initialize_zeroFreezerGrantsNothing() public {
        Pau memory other = _deployPau(admin, factory, address(0));
        assertEq(other.controller.getRoleMemberCount(freezerRole), 0);
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        controller.initialize(outsider, outsider, outsider, outsider, outsider);
    }

    function test_initialize_implementationIsLocked() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        controllerImplementation.initialize(outsider, outsider, outsider, outsider, outsider);
    }

    function test_initialize_revertsOnZeroAddresses() public {
        HaloController fresh = HaloController(Clones.clone(address(controllerImplementation)));
        address rl = address(pau.rateLimits);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_ZeroAddress.selector, "admin"));
        fresh.initialize(address(0), proxy, rl, freezer, factory);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_ZeroAddress.selector, "proxy"));
        fresh.initialize(admin, address(0), rl, freezer, factory);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_ZeroAddress.selector, "rateLimits"));
        fresh.initialize(admin, proxy, address(0), freezer, factory);
    }

    function test_initialize_zeroFactoryMeansNoUnits() public {
        HaloController fresh = HaloController(Clones.clone(address(controllerImplementation)));
        fresh.initialize(admin, proxy, address(pau.rateLimits), freezer, address(0));
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_NotFactory.selector, address(0)));
        vm.prank(address(0));
        fresh.registerUnit(unit);
    }

    // ---- setDestination ----

    function test_setDestination_approvesAndRevokes() public {
        address other = makeAddr("other");
        vm.expectEmit(address(controller));
        emit IHaloController.DestinationSet(other, true);
        vm.prank(admin);
        controller.setDestination(other, true);
        assertTrue(controller.isApprovedDestination(other));

        vm.expectEmit(address(controller));
        emit IHaloController.DestinationSet(other, false);
        vm.prank(admin);
        controller.setDestination(other, false);
        assertFalse(controller.isApprovedDestination(other));
    }

    function test_setDestination_revertsOnZero() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_ZeroAddress.selector, "destination"));
        vm.prank(admin);
        controller.setDestination(address(0), true);
    }

    function test_setDestination_refusesOutsiderAndRelayer() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        controller.setDestination(outsider, true);
        vm.expectRevert(_unauthorized(relayer, adminRole));
        vm.prank(relayer);
        controller.setDestination(outsider, true);
        assertFalse(controller.isApprovedDestination(outsider));
    }

    // ---- freeze / unfreeze ----

    function test_freeze_byFreezer() public {
        vm.expectEmit(address(controller));
        emit IHaloController.Frozen(freezer);
        _freeze();
        assertTrue(controller.frozen());
        // Idempotent: a second freezer racing in an emergency does not fail.
        _freeze();
        assertTrue(controller.frozen());
    }

    function test_freeze_byAdmin() public {
        vm.expectEmit(address(controller));
        emit IHaloController.Frozen(admin);
        vm.prank(admin);
        controller.freeze();
        assertTrue(controller.frozen());
    }

    function test_freeze_refusesOutsiderAndRelayer() public {
        vm.expectRevert(_unauthorized(outsider, freezerRole));
        vm.prank(outsider);
        controller.freeze();
        vm.expectRevert(_unauthorized(relayer, freezerRole));
        vm.prank(relayer);
        controller.freeze();
        assertFalse(controller.frozen());
    }

    function test_unfreeze_byAdminRestoresFlows() public {
        _freeze();
        vm.expectEmit(address(controller));
        emit IHaloController.Unfrozen(admin);
        vm.prank(admin);
        controller.unfreeze();
        assertFalse(controller.frozen());
        vm.prank(relayer);
        controller.transferAsset(address(token), custodian, 1e18);
        assertEq(token.balanceOf(custodian), 1e18);
    }

    function test_unfreeze_refusesFreezerAndOutsider() public {
        _freeze();
        vm.expectRevert(_unauthorized(freezer, adminRole));
        vm.prank(freezer);
        controller.unfreeze();
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        controller.unfreeze();
        assertTrue(controller.frozen());
    }

    // ---- removeRelayer ----

    function test_removeRelayer_revokesAtOnce() public {
        vm.expectEmit(address(controller));
        emit IHaloController.RelayerRemoved(relayer, freezer);
        vm.prank(freezer);
        controller.removeRelayer(relayer);
        assertFalse(controller.hasRole(relayerRole, relayer));
        assertEq(controller.getRoleMemberCount(relayerRole), 0);

        vm.expectRevert(_unauthorized(relayer, relayerRole));
        vm.prank(relayer);
        controller.transferAsset(address(token), custodian, 1e18);
    }

    function test_removeRelayer_worksWhileFrozen() public {
        _freeze();
        vm.prank(freezer);
        controller.removeRelayer(relayer);
        assertFalse(controller.hasRole(relayerRole, relayer));
    }

    function test_removeRelayer_revertsForNonRelayer() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_NotRelayer.selector, outsider));
        vm.prank(freezer);
        controller.removeRelayer(outsider);
    }

    function test_removeRelayer_refusesOutsiderAndAdmin() public {
        vm.expectRevert(_unauthorized(outsider, freezerRole));
        vm.prank(outsider);
        controller.removeRelayer(relayer);
        vm.expectRevert(_unauthorized(admin, freezerRole));
        vm.prank(admin);
        controller.removeRelayer(relayer);
        assertTrue(controller.hasRole(relayerRole, relayer));
    }

    // ---- roles: UNIT only through the factory ----

    function test_grantRole_refusesUnitEvenForAdmin() public {
        vm.expectRevert(IHaloController.Controller_UnitOnlyViaFactory.selector);
        vm.prank(admin);
        controller.grantRole(unitRole, outsider);
        assertFalse(controller.hasRole(unitRole, outsider));
    }

    function test_grantRole_otherRolesByAdminOnly() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        controller.grantRole(relayerRole, outsider);
        vm.prank(admin);
        controller.grantRole(relayerRole, outsider);
        assertTrue(controller.hasRole(relayerRole, outsider));
    }

    function test_revokeRole_refusesOutsider() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        controller.revokeRole(relayerRole, relayer);
        assertTrue(controller.hasRole(relayerRole, relayer));
    }

    function test_renounceRole_relayerStepsDown() public {
        vm.prank(relayer);
        controller.renounceRole(relayerRole, relayer);
        assertEq(controller.getRoleMemberCount(relayerRole), 0);
    }

    function test_revokeRole_adminCutsOffUnit() public {
        vm.prank(admin);
        controller.revokeRole(unitRole, unit);
        vm.expectRevert(_unauthorized(unit, unitRole));
        vm.prank(unit);
        controller.sendToUnit(address(token), 1e18);
    }

    // ---- registerUnit ----

    function test_registerUnit_grantsUnit() public {
        address other = makeAddr("otherUnit");
        vm.expectEmit(address(controller));
        emit IHaloController.UnitRegistered(other);
        vm.prank(factory);
        controller.registerUnit(other);
        assertTrue(controller.hasRole(unitRole, other));
        assertEq(controller.getRoleMemberCount(unitRole), 2);
    }

    function test_registerUnit_revertsOnZero() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_ZeroAddress.selector, "unit"));
        vm.prank(factory);
        controller.registerUnit(address(0));
    }

    function test_registerUnit_refusesOutsiderAndAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_NotFactory.selector, outsider));
        vm.prank(outsider);
        controller.registerUnit(outsider);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_NotFactory.selector, admin));
        vm.prank(admin);
        controller.registerUnit(outsider);
        assertFalse(controller.hasRole(unitRole, outsider));
    }

    // ---- transferAsset ----

    function test_transferAsset_movesAndSpendsItsKey() public {
        bytes32 key = _transferKey(address(token), custodian);
        vm.expectEmit(address(controller));
        emit IHaloController.AssetTransferred(address(token), custodian, 40_000e18);
        vm.prank(relayer);
        controller.transferAsset(address(token), custodian, 40_000e18);
        assertEq(token.balanceOf(custodian), 40_000e18);
        assertEq(token.balanceOf(proxy), 960_000e18);
        assertEq(_available(key), 60_000e18);
        // Other keys untouched.
        assertEq(_available(_unitOutflowKey(address(token), unit)), 20_000e18);
    }

    function test_transferAsset_revertsWhenFrozen() public {
        _freeze();
        vm.expectRevert(IHaloController.Controller_Frozen.selector);
        vm.prank(relayer);
        controller.transferAsset(address(token), custodian, 1e18);
    }

    function test_transferAsset_revertsOnZeroAmount() public {
        vm.expectRevert(IHaloController.Controller_ZeroAmount.selector);
        vm.prank(relayer);
        controller.transferAsset(address(token), custodian, 0);
    }

    function test_transferAsset_revertsForUnapprovedDestination() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_DestinationNotApproved.selector, outsider));
        vm.prank(relayer);
        controller.transferAsset(address(token), outsider, 1e18);
    }

    function test_transferAsset_revertsAboveLimit() public {
        bytes32 key = _transferKey(address(token), custodian);
        vm.expectRevert(
            abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 100_001e18, 100_000e18)
        );
        vm.prank(relayer);
        controller.transferAsset(address(token), custodian, 100_001e18);
    }

    function test_transferAsset_revertsWithoutConfiguredLimit() public {
        address other = makeAddr("other");
        _approveDestination(pau, other);
        bytes32 key = _transferKey(address(token), other);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 1, 0));
        vm.prank(relayer);
        controller.transferAsset(address(token), other, 1);
    }

    function test_transferAsset_bubblesTokenRevert() public {
        token.burn(proxy, token.balanceOf(proxy) - 5);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, proxy, 5, 6));
        vm.prank(relayer);
        controller.transferAsset(address(token), custodian, 6);
    }

    function test_transferAsset_revertsForAssetWithoutCode() public {
        address noCode = makeAddr("noCode");
        _setTransferLimit(pau, noCode, custodian, 10, 0);
        vm.expectRevert(abi.encodeWithSelector(Address.AddressEmptyCode.selector, noCode));
        vm.prank(relayer);
        controller.transferAsset(noCode, custodian, 1);
    }

    function test_transferAsset_refusesOutsiderAndUnit() public {
        vm.expectRevert(_unauthorized(outsider, relayerRole));
        vm.prank(outsider);
        controller.transferAsset(address(token), custodian, 1e18);
        vm.expectRevert(_unauthorized(unit, relayerRole));
        vm.prank(unit);
        controller.transferAsset(address(token), custodian, 1e18);
        assertEq(token.balanceOf(custodian), 0);
    }

    // ---- ERC-20 return values checked through the proxy ----

    function _quirky(QuirkyToken.Mode mode) internal returns (QuirkyToken q) {
        q = new QuirkyToken();
        q.mint(proxy, 100);
        q.setMode(mode);
        _setTransferLimit(pau, address(q), custodian, 100, 0);
        _setUnitOutflowLimit(pau, address(q), unit, 100, 0);
    }

    function test_transferAsset_acceptsNoReturnData() public {
        QuirkyToken q = _quirky(QuirkyToken.Mode.ReturnNothing);
        vm.prank(relayer);
        controller.transferAsset(address(q), custodian, 10);
        assertEq(q.balanceOf(custodian), 10);
    }

    function test_transferAsset_acceptsLongTrue() public {
        QuirkyToken q = _quirky(QuirkyToken.Mode.ReturnLongTrue);
        vm.prank(relayer);
        controller.transferAsset(address(q), custodian, 10);
        assertEq(q.balanceOf(custodian), 10);
    }

    function test_transferAsset_revertsOnFalse() public {
        QuirkyToken q = _quirky(QuirkyToken.Mode.ReturnFalse);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_TransferFailed.selector, address(q)));
        vm.prank(relayer);
        controller.transferAsset(address(q), custodian, 10);
    }

    function test_transferAsset_revertsOnShortReturn() public {
        QuirkyToken q = _quirky(QuirkyToken.Mode.ReturnShort);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_TransferFailed.selector, address(q)));
        vm.prank(relayer);
        controller.transferAsset(address(q), custodian, 10);
    }

    function test_transferAsset_revertsOnNonBooleanWord() public {
        QuirkyToken q = _quirky(QuirkyToken.Mode.ReturnTwo);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_TransferFailed.selector, address(q)));
        vm.prank(relayer);
        controller.transferAsset(address(q), custodian, 10);
    }

    function test_sendToUnit_revertsOnFalse() public {
        QuirkyToken q = _quirky(QuirkyToken.Mode.ReturnFalse);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_TransferFailed.selector, address(q)));
        vm.prank(unit);
        controller.sendToUnit(address(q), 10);
    }

    // ---- receiveFromUnit ----

    function test_receiveFromUnit_pullsIntoProxy() public {
        bytes32 key = _unitInflowKey(address(token), unit);
        vm.expectEmit(address(controller));
        emit IHaloController.UnitInflow(unit, address(token), 30_000e18);
        vm.prank(unit);
        controller.receiveFromUnit(address(token), 30_000e18);
        assertEq(token.balanceOf(proxy), 1_030_000e18);
        assertEq(token.balanceOf(unit), 470_000e18);
        assertEq(_available(key), 20_000e18);
    }

    function test_receiveFromUnit_revertsWhenFrozen() public {
        _freeze();
        vm.expectRevert(IHaloController.Controller_Frozen.selector);
        vm.prank(unit);
        controller.receiveFromUnit(address(token), 1e18);
    }

    function test_receiveFromUnit_revertsOnZeroAmount() public {
        vm.expectRevert(IHaloController.Controller_ZeroAmount.selector);
        vm.prank(unit);
        controller.receiveFromUnit(address(token), 0);
    }

    function test_receiveFromUnit_revertsAboveLimit() public {
        bytes32 key = _unitInflowKey(address(token), unit);
        vm.expectRevert(
            abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 50_001e18, 50_000e18)
        );
        vm.prank(unit);
        controller.receiveFromUnit(address(token), 50_001e18);
    }

    function test_receiveFromUnit_revertsWithoutAllowance() public {
        vm.prank(unit);
        token.approve(address(controller), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(controller), 0, uint256(1e18)
            )
        );
        vm.prank(unit);
        controller.receiveFromUnit(address(token), 1e18);
    }

    function test_receiveFromUnit_refusesOutsiderAndRelayer() public {
        vm.expectRevert(_unauthorized(outsider, unitRole));
        vm.prank(outsider);
        controller.receiveFromUnit(address(token), 1e18);
        vm.expectRevert(_unauthorized(relayer, unitRole));
        vm.prank(relayer);
        controller.receiveFromUnit(address(token), 1e18);
        assertEq(token.balanceOf(proxy), 1_000_000e18);
    }

    // ---- sendToUnit ----

    function test_sendToUnit_paysCaller() public {
        bytes32 key = _unitOutflowKey(address(token), unit);
        vm.expectEmit(address(controller));
        emit IHaloController.UnitOutflow(unit, address(token), 15_000e18);
        vm.prank(unit);
        controller.sendToUnit(address(token), 15_000e18);
        assertEq(token.balanceOf(proxy), 985_000e18);
        assertEq(token.balanceOf(unit), 515_000e18);
        assertEq(_available(key), 5000e18);
    }

    function test_sendToUnit_revertsWhenFrozen() public {
        _freeze();
        vm.expectRevert(IHaloController.Controller_Frozen.selector);
        vm.prank(unit);
        controller.sendToUnit(address(token), 1e18);
    }

    function test_sendToUnit_revertsOnZeroAmount() public {
        vm.expectRevert(IHaloController.Controller_ZeroAmount.selector);
        vm.prank(unit);
        controller.sendToUnit(address(token), 0);
    }

    function test_sendToUnit_revertsAboveLimit() public {
        bytes32 key = _unitOutflowKey(address(token), unit);
        vm.expectRevert(
            abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 20_001e18, 20_000e18)
        );
        vm.prank(unit);
        controller.sendToUnit(address(token), 20_001e18);
    }

    function test_sendToUnit_limitIsPerUnit() public {
        address otherUnit = makeAddr("otherUnit");
        _registerUnit(pau, otherUnit);
        bytes32 key = _unitOutflowKey(address(token), otherUnit);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 1, 0));
        vm.prank(otherUnit);
        controller.sendToUnit(address(token), 1);
    }

    function test_sendToUnit_refusesOutsiderAndRelayer() public {
        vm.expectRevert(_unauthorized(outsider, unitRole));
        vm.prank(outsider);
        controller.sendToUnit(address(token), 1e18);
        vm.expectRevert(_unauthorized(relayer, unitRole));
        vm.prank(relayer);
        controller.sendToUnit(address(token), 1e18);
        assertEq(token.balanceOf(proxy), 1_000_000e18);
    }
}
