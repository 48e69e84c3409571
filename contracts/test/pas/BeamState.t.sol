// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BeamState} from "../../pas/BeamState.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {Test} from "forge-std/Test.sol";

/// @notice PAS BeamState rules on the stand-in: wards, role masks, roleAuth per selector, registries, defaults with
///         their `address(0)` fallbacks, SORL parameters, stop/start, every event and every revert string.
contract PasBeamStateTest is Test {
    uint256 internal constant WAD = 1e18;
    address internal constant WARD = address(0x5A05E);
    address internal constant ROLE_USER = address(0xA11CE);
    address internal constant OUTSIDER = address(0xBAD);
    address internal constant RL = address(0x1111);
    address internal constant RL2 = address(0x1112);
    address internal constant CTRL = address(0x2222);
    address internal constant CTRL2 = address(0x2223);
    address internal constant CBEAM = address(0x3333);
    bytes32 internal constant KEY = keccak256("key");
    uint8 internal constant ROLE = 7;

    IBeamState internal state;

    function setUp() public {
        vm.prank(WARD);
        state = IBeamState(address(new BeamState()));
        // Registered once, so that the setCBeamFor* calls of the role-auth table can succeed.
        vm.startPrank(WARD);
        state.addRateLimits(RL);
        state.addController(CTRL);
        state.addCBeam(CBEAM);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- wards

    function test_constructor_deployerIsWard() public {
        vm.expectEmit(address(0), 0);
        emit IBeamState.Rely(address(this));
        BeamState fresh = new BeamState();
        assertEq(fresh.wards(address(this)), 1);
        assertEq(fresh.wards(WARD), 0);
        assertFalse(fresh.stopped());
    }

    function test_rely_deny() public {
        vm.expectEmit(address(state));
        emit IBeamState.Rely(ROLE_USER);
        vm.prank(WARD);
        state.rely(ROLE_USER);
        assertEq(state.wards(ROLE_USER), 1);

        // The new ward may do everything, including removing the first one.
        vm.expectEmit(address(state));
        emit IBeamState.Deny(WARD);
        vm.prank(ROLE_USER);
        state.deny(WARD);
        assertEq(state.wards(WARD), 0);

        vm.prank(WARD);
        vm.expectRevert("BeamState/not-authorized");
        state.rely(WARD);
    }

    function test_authFunctions_refuseOutsider() public {
        vm.startPrank(OUTSIDER);
        vm.expectRevert("BeamState/not-authorized");
        state.rely(OUTSIDER);
        vm.expectRevert("BeamState/not-authorized");
        state.deny(WARD);
        vm.expectRevert("BeamState/not-authorized");
        state.setUserRole(OUTSIDER, ROLE, true);
        vm.expectRevert("BeamState/not-authorized");
        state.setRoleAction(ROLE, IBeamState.rely.selector, true);
        vm.stopPrank();
    }

    /// @dev `auth` is wards only: a role enabled for `rely`'s selector does not open it.
    function test_authFunctions_ignoreRoles() public {
        vm.startPrank(WARD);
        state.setUserRole(ROLE_USER, ROLE, true);
        state.setRoleAction(ROLE, IBeamState.rely.selector, true);
        state.setRoleAction(ROLE, IBeamState.deny.selector, true);
        state.setRoleAction(ROLE, IBeamState.setUserRole.selector, true);
        state.setRoleAction(ROLE, IBeamState.setRoleAction.selector, true);
        vm.stopPrank();

        vm.startPrank(ROLE_USER);
        vm.expectRevert("BeamState/not-authorized");
        state.rely(ROLE_USER);
        vm.expectRevert("BeamState/not-authorized");
        state.deny(WARD);
        vm.expectRevert("BeamState/not-authorized");
        state.setUserRole(ROLE_USER, 1, true);
        vm.expectRevert("BeamState/not-authorized");
        state.setRoleAction(ROLE, IBeamState.stop.selector, true);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- role masks

    function test_setUserRole_setsAndClearsOneBit() public {
        vm.expectEmit(address(state));
        emit IBeamState.SetUserRole(ROLE_USER, 0, true);
        vm.prank(WARD);
        state.setUserRole(ROLE_USER, 0, true);
        vm.prank(WARD);
        state.setUserRole(ROLE_USER, 255, true);
        vm.prank(WARD);
        state.setUserRole(ROLE_USER, ROLE, true);
        assertEq(state.userRoles(ROLE_USER), bytes32((uint256(1) << 255) | (uint256(1) << ROLE) | 1));
        assertTrue(state.hasUserRole(ROLE_USER, 0));
        assertTrue(state.hasUserRole(ROLE_USER, 255));
        assertTrue(state.hasUserRole(ROLE_USER, ROLE));
        assertFalse(state.hasUserRole(ROLE_USER, 1));

        vm.expectEmit(address(state));
        emit IBeamState.SetUserRole(ROLE_USER, ROLE, false);
        vm.prank(WARD);
        state.setUserRole(ROLE_USER, ROLE, false);
        assertEq(state.userRoles(ROLE_USER), bytes32((uint256(1) << 255) | 1));
        assertFalse(state.hasUserRole(ROLE_USER, ROLE));

        // Clearing a bit that is not set changes nothing.
        vm.prank(WARD);
        state.setUserRole(ROLE_USER, 3, false);
        assertEq(state.userRoles(ROLE_USER), bytes32((uint256(1) << 255) | 1));
    }

    function test_setRoleAction_setsAndClearsOneBit() public {
        bytes4 sig = IBeamState.stop.selector;
        vm.expectEmit(address(state));
        emit IBeamState.SetRoleAction(ROLE, sig, true);
        vm.prank(WARD);
        state.setRoleAction(ROLE, sig, true);
        vm.prank(WARD);
        state.setRoleAction(2, sig, true);
        assertEq(state.actionsRoles(sig), bytes32((uint256(1) << ROLE) | (uint256(1) << 2)));
        assertTrue(state.isActionInRole(sig, ROLE));
        assertTrue(state.isActionInRole(sig, 2));
        assertFalse(state.isActionInRole(sig, 1));
        assertFalse(state.isActionInRole(IBeamState.start.selector, ROLE));

        vm.expectEmit(address(state));
        emit IBeamState.SetRoleAction(ROLE, sig, false);
        vm.prank(WARD);
        state.setRoleAction(ROLE, sig, false);
        assertEq(state.actionsRoles(sig), bytes32(uint256(1) << 2));
    }

    // ---------------------------------------------------------------- roleAuth

    /// @dev One valid call of every roleAuth function.
    function _roleAuthCalls() internal pure returns (bytes[] memory c) {
        c = new bytes[](18);
        c[0] = abi.encodeCall(IBeamState.stop, ());
        c[1] = abi.encodeCall(IBeamState.start, ());
        c[2] = abi.encodeCall(IBeamState.setHop, (RL, 1 days));
        c[3] = abi.encodeCall(IBeamState.setMaxChange, (RL, 2 * WAD));
        c[4] = abi.encodeCall(IBeamState.addRateLimits, (RL2));
        c[5] = abi.encodeCall(IBeamState.delRateLimits, (RL2));
        c[6] = abi.encodeCall(IBeamState.addController, (CTRL2));
        c[7] = abi.encodeCall(IBeamState.delController, (CTRL2));
        c[8] = abi.encodeCall(IBeamState.addCBeam, (OUTSIDER));
        c[9] = abi.encodeCall(IBeamState.delCBeam, (OUTSIDER));
        c[10] = abi.encodeCall(IBeamState.setCBeamForRateLimits, (RL, CBEAM));
        c[11] = abi.encodeCall(IBeamState.unsetCBeamForRateLimits, (RL, CBEAM));
        c[12] = abi.encodeCall(IBeamState.setCBeamForController, (CTRL, CBEAM));
        c[13] = abi.encodeCall(IBeamState.unsetCBeamForController, (CTRL, CBEAM));
        c[14] = abi.encodeCall(IBeamState.addInitRateLimits, (KEY, RL, 1, 1));
        c[15] = abi.encodeCall(IBeamState.delInitRateLimits, (KEY, RL));
        c[16] = abi.encodeCall(IBeamState.addInitControllerActions, (hex"1234", CTRL));
        c[17] = abi.encodeCall(IBeamState.delInitControllerActions, (keccak256(hex"1234"), CTRL));
    }

    function _call(address who, bytes memory data) internal returns (bool ok, bytes memory ret) {
        vm.prank(who);
        (ok, ret) = address(state).call(data);
    }

    function _roleRefusal() internal pure returns (bytes memory) {
        return abi.encodeWithSignature("Error(string)", "BeamState/role-not-authorized");
    }

    function test_roleAuth_outsiderRefusedEverywhere() public {
        bytes[] memory calls = _roleAuthCalls();
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool ok, bytes memory ret) = _call(OUTSIDER, calls[i]);
            assertFalse(ok, vm.toString(i));
            assertEq(ret, _roleRefusal(), vm.toString(i));
        }
    }

    function test_roleAuth_wardAllowedEverywhere() public {
        bytes[] memory calls = _roleAuthCalls();
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool ok,) = _call(WARD, calls[i]);
            assertTrue(ok, vm.toString(i));
        }
    }

    /// @dev A role enabled for one selector opens exactly that function and no other.
    function test_roleAuth_roleOpensOnlyItsSelectors() public {
        vm.prank(WARD);
        state.setUserRole(ROLE_USER, ROLE, true);
        bytes[] memory calls = _roleAuthCalls();
        for (uint256 i = 0; i < calls.length; ++i) {
            bytes4 sig = bytes4(calls[i]);
            vm.prank(WARD);
            state.setRoleAction(ROLE, sig, true);
            for (uint256 j = 0; j < calls.length; ++j) {
                if (bytes4(calls[j]) == sig) continue;
                (bool opened, bytes memory ret) = _call(ROLE_USER, calls[j]);
                assertFalse(opened, string.concat(vm.toString(i), " opened ", vm.toString(j)));
                assertEq(ret, _roleRefusal(), string.concat(vm.toString(i), " vs ", vm.toString(j)));
            }
            (bool ok,) = _call(ROLE_USER, calls[i]);
            assertTrue(ok, vm.toString(i));
            vm.prank(WARD);
            state.setRoleAction(ROLE, sig, false);
            (ok,) = _call(ROLE_USER, calls[i]);
            assertFalse(ok, string.concat("still open after disabling ", vm.toString(i)));
        }
    }

    /// @dev The selector must be enabled for a role the caller holds: another role's actions do not count.
    function test_roleAuth_needsTheSameRole() public {
        vm.startPrank(WARD);
        state.setUserRole(ROLE_USER, ROLE, true);
        state.setRoleAction(ROLE + 1, IBeamState.stop.selector, true);
        vm.stopPrank();
        vm.prank(ROLE_USER);
        vm.expectRevert("BeamState/role-not-authorized");
        state.stop();

        vm.prank(WARD);
        state.setUserRole(ROLE_USER, ROLE + 1, true);
        vm.prank(ROLE_USER);
        state.stop();
        assertTrue(state.stopped());

        // Taking the role away closes it again.
        vm.prank(WARD);
        state.setUserRole(ROLE_USER, ROLE + 1, false);
        vm.prank(ROLE_USER);
        vm.expectRevert("BeamState/role-not-authorized");
        state.start();
    }

    // ---------------------------------------------------------------- stop / start, hop, maxChange

    function test_stop_start() public {
        vm.expectEmit(address(state));
        emit IBeamState.Stop();
        vm.prank(WARD);
        state.stop();
        assertTrue(state.stopped());
        vm.expectEmit(address(state));
        emit IBeamState.Start();
        vm.prank(WARD);
        state.start();
        assertFalse(state.stopped());
    }

    function test_setHop_andFallback() public {
        assertEq(state.getHop(RL), 0);
        vm.expectEmit(address(state));
        emit IBeamState.SetHop(address(0), 1 days);
        vm.prank(WARD);
        state.setHop(address(0), 1 days);
        assertEq(state.hop(address(0)), 1 days);
        assertEq(state.hop(RL), 0);
        assertEq(state.getHop(RL), 1 days, "falls back to address(0)");

        vm.expectEmit(address(state));
        emit IBeamState.SetHop(RL, 1 hours);
        vm.prank(WARD);
        state.setHop(RL, 1 hours);
        assertEq(state.getHop(RL), 1 hours, "specific wins");
        assertEq(state.getHop(RL2), 1 days);

        // A specific 0 means "not set": the fallback applies again.
        vm.prank(WARD);
        state.setHop(RL, 0);
        assertEq(state.getHop(RL), 1 days);
    }

    function test_setMaxChange_andFallback() public {
        assertEq(state.getMaxChange(RL), 0);
        vm.expectEmit(address(state));
        emit IBeamState.SetMaxChange(address(0), 1.25e18);
        vm.prank(WARD);
        state.setMaxChange(address(0), 1.25e18);
        assertEq(state.getMaxChange(RL), 1.25e18);

        vm.expectEmit(address(state));
        emit IBeamState.SetMaxChange(RL, WAD);
        vm.prank(WARD);
        state.setMaxChange(RL, WAD); // exactly 1x is allowed
        assertEq(state.maxChange(RL), WAD);
        assertEq(state.getMaxChange(RL), WAD);
        assertEq(state.getMaxChange(RL2), 1.25e18);
    }

    function test_setMaxChange_refusesBelowOne() public {
        vm.prank(WARD);
        vm.expectRevert("BeamState/maxChange-below-1x");
        state.setMaxChange(RL, WAD - 1);
        vm.prank(WARD);
        vm.expectRevert("BeamState/maxChange-below-1x");
        state.setMaxChange(address(0), 0);
    }

    // ---------------------------------------------------------------- registries

    function test_rateLimits_addDel() public {
        vm.expectEmit(address(state));
        emit IBeamState.AddRateLimits(RL2);
        vm.prank(WARD);
        state.addRateLimits(RL2);
        assertEq(state.rateLimits(RL2), 1);
        vm.expectEmit(address(state));
        emit IBeamState.DelRateLimits(RL2);
        vm.prank(WARD);
        state.delRateLimits(RL2);
        assertEq(state.rateLimits(RL2), 0);
    }

    function test_controllers_addDel() public {
        vm.expectEmit(address(state));
        emit IBeamState.AddController(CTRL2);
        vm.prank(WARD);
        state.addController(CTRL2);
        assertEq(state.controllers(CTRL2), 1);
        vm.expectEmit(address(state));
        emit IBeamState.DelController(CTRL2);
        vm.prank(WARD);
        state.delController(CTRL2);
        assertEq(state.controllers(CTRL2), 0);
    }

    function test_cBeams_addDel() public {
        vm.expectEmit(address(state));
        emit IBeamState.AddCBeam(OUTSIDER);
        vm.prank(WARD);
        state.addCBeam(OUTSIDER);
        assertEq(state.cBeams(OUTSIDER), 1);
        vm.expectEmit(address(state));
        emit IBeamState.DelCBeam(OUTSIDER);
        vm.prank(WARD);
        state.delCBeam(OUTSIDER);
        assertEq(state.cBeams(OUTSIDER), 0);
    }

    function test_setCBeamForRateLimits_andUnset() public {
        vm.expectEmit(address(state));
        emit IBeamState.SetCBeamForRateLimits(RL, CBEAM);
        vm.prank(WARD);
        state.setCBeamForRateLimits(RL, CBEAM);
        assertEq(state.rateLimitsCBeams(RL, CBEAM), 1);
        assertEq(state.controllersCBeams(RL, CBEAM), 0, "the two grant maps are separate");

        vm.expectEmit(address(state));
        emit IBeamState.UnsetCBeamForRateLimits(RL, CBEAM);
        vm.prank(WARD);
        state.unsetCBeamForRateLimits(RL, CBEAM);
        assertEq(state.rateLimitsCBeams(RL, CBEAM), 0);
    }

    function test_setCBeamForRateLimits_requiresRegistration() public {
        vm.startPrank(WARD);
        vm.expectRevert("BeamState/not-existing-rateLimits");
        state.setCBeamForRateLimits(RL2, CBEAM);
        vm.expectRevert("BeamState/not-existing-cBeam");
        state.setCBeamForRateLimits(RL, OUTSIDER);
        // The RateLimits is checked first.
        vm.expectRevert("BeamState/not-existing-rateLimits");
        state.setCBeamForRateLimits(RL2, OUTSIDER);
        // A controller registration does not count for RateLimits.
        vm.expectRevert("BeamState/not-existing-rateLimits");
        state.setCBeamForRateLimits(CTRL, CBEAM);
        // Unregistering closes it again.
        state.delCBeam(CBEAM);
        vm.expectRevert("BeamState/not-existing-cBeam");
        state.setCBeamForRateLimits(RL, CBEAM);
        vm.stopPrank();
    }

    function test_setCBeamForController_andUnset() public {
        vm.expectEmit(address(state));
        emit IBeamState.SetCBeamForController(CTRL, CBEAM);
        vm.prank(WARD);
        state.setCBeamForController(CTRL, CBEAM);
        assertEq(state.controllersCBeams(CTRL, CBEAM), 1);

        vm.expectEmit(address(state));
        emit IBeamState.UnsetCBeamForController(CTRL, CBEAM);
        vm.prank(WARD);
        state.unsetCBeamForController(CTRL, CBEAM);
        assertEq(state.controllersCBeams(CTRL, CBEAM), 0);
    }

    function test_setCBeamForController_requiresRegistration() public {
        vm.startPrank(WARD);
        vm.expectRevert("BeamState/not-existing-controller");
        state.setCBeamForController(CTRL2, CBEAM);
        vm.expectRevert("BeamState/not-existing-cBeam");
        state.setCBeamForController(CTRL, OUTSIDER);
        vm.expectRevert("BeamState/not-existing-controller");
        state.setCBeamForController(CTRL2, OUTSIDER);
        vm.expectRevert("BeamState/not-existing-controller");
        state.setCBeamForController(RL, CBEAM);
        state.delController(CTRL);
        vm.expectRevert("BeamState/not-existing-controller");
        state.setCBeamForController(CTRL, CBEAM);
        vm.stopPrank();
    }

    /// @dev PAS fact: removing a cBEAM, RateLimits or controller does not clear grants already given; only the
    ///      unset* functions do.
    function test_delDoesNotClearExistingGrants() public {
        vm.startPrank(WARD);
        state.setCBeamForRateLimits(RL, CBEAM);
        state.setCBeamForController(CTRL, CBEAM);
        state.delCBeam(CBEAM);
        state.delRateLimits(RL);
        state.delController(CTRL);
        vm.stopPrank();
        assertEq(state.rateLimitsCBeams(RL, CBEAM), 1);
        assertEq(state.controllersCBeams(CTRL, CBEAM), 1);
    }

    // ---------------------------------------------------------------- default rate limits

    function test_initRateLimits_addDelAndFallback() public {
        IBeamState.DefaultRateLimits memory d = state.getInitRateLimits(KEY, RL);
        assertEq(d.maxAmount, 0);
        assertEq(d.slope, 0);

        vm.expectEmit(address(state));
        emit IBeamState.AddInitRateLimits(KEY, address(0), 500, 5);
        vm.prank(WARD);
        state.addInitRateLimits(KEY, address(0), 500, 5);
        d = state.getInitRateLimits(KEY, RL);
        assertEq(d.maxAmount, 500, "falls back to address(0)");
        assertEq(d.slope, 5);
        (uint256 m, uint256 s) = state.initRateLimits(KEY, RL);
        assertEq(m, 0, "the raw getter has no fallback");
        assertEq(s, 0);

        vm.expectEmit(address(state));
        emit IBeamState.AddInitRateLimits(KEY, RL, 900, 9);
        vm.prank(WARD);
        state.addInitRateLimits(KEY, RL, 900, 9);
        d = state.getInitRateLimits(KEY, RL);
        assertEq(d.maxAmount, 900, "specific wins");
        assertEq(d.slope, 9);
        (m, s) = state.initRateLimits(KEY, RL);
        assertEq(m, 900);
        assertEq(s, 9);
        d = state.getInitRateLimits(KEY, RL2);
        assertEq(d.maxAmount, 500);

        vm.expectEmit(address(state));
        emit IBeamState.DelInitRateLimits(KEY, RL);
        vm.prank(WARD);
        state.delInitRateLimits(KEY, RL);
        d = state.getInitRateLimits(KEY, RL);
        assertEq(d.maxAmount, 500, "back to the fallback");
    }

    /// @dev Only an all-zero specific entry falls back: `{0, slope}` or `{max, 0}` is a real setting.
    function test_getInitRateLimits_partialEntryDoesNotFallBack() public {
        vm.startPrank(WARD);
        state.addInitRateLimits(KEY, address(0), 500, 5);
        state.addInitRateLimits(KEY, RL, 0, 7);
        state.addInitRateLimits(KEY, RL2, 8, 0);
        vm.stopPrank();
        IBeamState.DefaultRateLimits memory d = state.getInitRateLimits(KEY, RL);
        assertEq(d.maxAmount, 0);
        assertEq(d.slope, 7);
        d = state.getInitRateLimits(KEY, RL2);
        assertEq(d.maxAmount, 8);
        assertEq(d.slope, 0);
    }

    function test_initRateLimits_unlimited() public {
        vm.prank(WARD);
        state.addInitRateLimits(KEY, RL, type(uint256).max, 0);
        IBeamState.DefaultRateLimits memory d = state.getInitRateLimits(KEY, RL);
        assertEq(d.maxAmount, type(uint256).max);
        assertEq(d.slope, 0);
    }

    // ---------------------------------------------------------------- controller actions

    function test_initControllerActions_addDelAndFallback() public {
        bytes memory data = abi.encodeWithSignature("grantRole(bytes32,address)", keccak256("RELAYER"), OUTSIDER);
        bytes32 key = keccak256(data);
        assertFalse(state.isControllerActionEnabled(key, CTRL));

        vm.expectEmit(address(state));
        emit IBeamState.AddInitControllerActions(key, CTRL);
        vm.prank(WARD);
        bytes32 returned = state.addInitControllerActions(data, CTRL);
        assertEq(returned, key, "returns keccak256(data)");
        assertTrue(state.initControllerActions(key, CTRL));
        assertTrue(state.isControllerActionEnabled(key, CTRL));
        assertFalse(state.isControllerActionEnabled(key, CTRL2), "only for that controller");

        vm.prank(WARD);
        state.addInitControllerActions(data, address(0));
        assertTrue(state.isControllerActionEnabled(key, CTRL2), "address(0) enables every controller");
        assertFalse(state.initControllerActions(key, CTRL2), "the raw getter has no fallback");

        vm.expectEmit(address(state));
        emit IBeamState.DelInitControllerActions(key, address(0));
        vm.prank(WARD);
        state.delInitControllerActions(key, address(0));
        assertFalse(state.isControllerActionEnabled(key, CTRL2));
        assertTrue(state.isControllerActionEnabled(key, CTRL));

        vm.expectEmit(address(state));
        emit IBeamState.DelInitControllerActions(key, CTRL);
        vm.prank(WARD);
        state.delInitControllerActions(key, CTRL);
        assertFalse(state.isControllerActionEnabled(key, CTRL));
    }

    /// @dev The hash covers the whole calldata: the same function with another argument is another action.
    function test_initControllerActions_exactCalldata() public {
        bytes memory a = abi.encodeWithSignature("grantRole(bytes32,address)", keccak256("RELAYER"), OUTSIDER);
        bytes memory b = abi.encodeWithSignature("grantRole(bytes32,address)", keccak256("RELAYER"), WARD);
        vm.prank(WARD);
        state.addInitControllerActions(a, CTRL);
        assertTrue(state.isControllerActionEnabled(keccak256(a), CTRL));
        assertFalse(state.isControllerActionEnabled(keccak256(b), CTRL));
    }
}
