// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BEAMState} from "../../src/configurator/BEAMState.sol";
import {IBEAMState} from "../../src/interfaces/IBEAMState.sol";
import {ConfiguratorTestBase} from "./ConfiguratorTestBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

contract BEAMStateTest is ConfiguratorTestBase {
    address internal admin = makeAddr("stateAdmin"); // stands in for the timelock
    address internal pau = makeAddr("pau");
    address internal controller = makeAddr("controller");
    address internal rateLimits = makeAddr("rateLimits");
    bytes32 internal constant KEY = keccak256("key");
    bytes32 internal constant KEY2 = keccak256("key2");
    bytes32 internal constant ACTION = keccak256("action");

    bytes32 internal adminRole;
    bytes32 internal abeamRole;
    bytes32 internal factoryRole;

    function setUp() public {
        _deployUnit(false, admin);
        adminRole = state.DEFAULT_ADMIN_ROLE();
        abeamRole = state.ABEAM();
        factoryRole = state.FACTORY();
        vm.prank(admin);
        state.grantRole(factoryRole, factory);
    }

    function _unauthorized(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, role);
    }

    function _register() internal {
        vm.prank(admin);
        state.setPauContracts(pau, controller, rateLimits);
    }

    function _registerViaFactory() internal {
        vm.prank(factory);
        state.registerFactoryPau(pau, controller, rateLimits, _inits(KEY, 100e18, 1e18));
    }

    // ---- constructor ----

    function test_constructor_rolesAndDefaults() public view {
        assertEq(state.getRoleMemberCount(adminRole), 1);
        assertEq(state.getRoleMember(adminRole, 0), admin);
        assertEq(state.getRoleMemberCount(abeamRole), 2);
        assertTrue(state.hasRole(abeamRole, abeam) && state.hasRole(abeamRole, abeam2));
        assertEq(state.hop(), 18 hours);
        assertEq(state.maxChangeBps(), 2500);
        assertEq(state.DEFAULT_HOP(), 18 hours);
        assertEq(state.DEFAULT_MAX_CHANGE_BPS(), 2500);
        assertEq(abeamRole, keccak256("ABEAM"));
        assertEq(factoryRole, keccak256("FACTORY"));
        assertTrue(state.supportsInterface(type(IAccessControlEnumerable).interfaceId));
    }

    function test_constructor_emitsSorlParams() public {
        vm.expectEmit();
        emit IBEAMState.SorlParamsSet(18 hours, 2500);
        new BEAMState(admin, _abeams());
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "admin"));
        new BEAMState(address(0), _abeams());
    }

    function test_constructor_revertsOnZeroAbeam() public {
        address[] memory list = new address[](1);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "abeam"));
        new BEAMState(admin, list);
    }

    // ---- setPauContracts ----

    function test_setPauContracts() public {
        vm.expectEmit(address(state));
        emit IBEAMState.PauSet(pau, controller, rateLimits, false);
        _register();
        IBEAMState.PauContracts memory c = state.getPau(pau);
        assertEq(c.controller, controller);
        assertEq(c.rateLimits, rateLimits);
        assertTrue(c.registered);
        assertFalse(c.viaFactory);
        assertEq(state.getPaus().length, 1);
        assertEq(state.getPaus()[0], pau);
        assertTrue(state.wasEverRegistered(pau));
    }

    function test_setPauContracts_updatesAndKeepsFactoryProvenance() public {
        _registerViaFactory();
        address newController = makeAddr("newController");
        vm.expectEmit(address(state));
        emit IBEAMState.PauSet(pau, newController, rateLimits, true);
        vm.prank(admin);
        state.setPauContracts(pau, newController, rateLimits);
        IBEAMState.PauContracts memory c = state.getPau(pau);
        assertEq(c.controller, newController);
        assertTrue(c.viaFactory);
        assertEq(state.getPaus().length, 1, "no duplicate entry");
    }

    function test_setPauContracts_revertsOnZero() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "pau"));
        state.setPauContracts(address(0), controller, rateLimits);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "controller"));
        state.setPauContracts(pau, address(0), rateLimits);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "rateLimits"));
        state.setPauContracts(pau, controller, address(0));
        vm.stopPrank();
    }

    function test_setPauContracts_revertsOutsiderAbeamAndFactory() public {
        address[3] memory callers = [outsider, abeam, factory];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], adminRole));
            vm.prank(callers[i]);
            state.setPauContracts(pau, controller, rateLimits);
        }
        assertFalse(state.getPau(pau).registered);
    }

    // ---- addInitRateLimit ----

    function test_addInitRateLimit_scopeWideAndPauSpecific() public {
        vm.expectEmit(address(state));
        emit IBEAMState.InitRateLimitAdded(KEY, address(0), 10e18, 1e18);
        vm.prank(admin);
        state.addInitRateLimit(KEY, address(0), 10e18, 1e18);

        (bool exists, uint256 m, uint256 s) = state.getInitRateLimit(KEY, pau);
        assertTrue(exists);
        assertEq(m, 10e18);
        assertEq(s, 1e18);

        vm.prank(admin);
        state.addInitRateLimit(KEY, pau, 5e18, 0);
        (exists, m, s) = state.getInitRateLimit(KEY, pau);
        assertTrue(exists);
        assertEq(m, 5e18, "pau-specific init wins");
        assertEq(s, 0);
        (, m,) = state.getInitRateLimit(KEY, makeAddr("otherPau"));
        assertEq(m, 10e18, "others fall back to the scope-wide init");

        assertEq(state.getInitKeys(address(0)).length, 1);
        assertEq(state.getInitKeys(address(0))[0], KEY);
        assertEq(state.getInitKeys(pau)[0], KEY);
    }

    function test_getInitRateLimit_missing() public view {
        (bool exists, uint256 m, uint256 s) = state.getInitRateLimit(KEY, pau);
        assertFalse(exists);
        assertEq(m + s, 0);
    }

    function test_addInitRateLimit_reverts() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroKey.selector));
        state.addInitRateLimit(bytes32(0), pau, 1, 1);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroInit.selector, KEY));
        state.addInitRateLimit(KEY, pau, 0, 1);
        state.addInitRateLimit(KEY, pau, 1, 1);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_InitAlreadyExists.selector, KEY, pau));
        state.addInitRateLimit(KEY, pau, 2, 2);
        vm.stopPrank();
    }

    function test_addInitRateLimit_revertsOutsiderAbeamAndFactory() public {
        address[3] memory callers = [outsider, abeam, factory];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], adminRole));
            vm.prank(callers[i]);
            state.addInitRateLimit(KEY, address(0), 1, 1);
        }
        assertEq(state.getInitKeys(address(0)).length, 0);
    }

    // ---- addInitControllerAction ----

    function test_addInitControllerAction() public {
        vm.expectEmit(address(state));
        emit IBEAMState.InitControllerActionAdded(ACTION, pau);
        vm.prank(admin);
        state.addInitControllerAction(ACTION, pau);
        assertTrue(state.isInitControllerAction(ACTION, pau));
        assertFalse(state.isInitControllerAction(ACTION, address(0)), "exact lookup, no fallback");
    }

    function test_addInitControllerAction_revertsAlreadyEnabled() public {
        vm.startPrank(admin);
        state.addInitControllerAction(ACTION, address(0));
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ActionAlreadyEnabled.selector, ACTION, address(0)));
        state.addInitControllerAction(ACTION, address(0));
        vm.stopPrank();
    }

    function test_addInitControllerAction_revertsOutsider() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        state.addInitControllerAction(ACTION, pau);
        vm.expectRevert(_unauthorized(abeam, adminRole));
        vm.prank(abeam);
        state.addInitControllerAction(ACTION, pau);
    }

    // ---- addGovOps ----

    function test_addGovOps() public {
        vm.expectEmit(address(state));
        emit IBEAMState.GovOpsAdded(pau, govOps);
        vm.prank(admin);
        state.addGovOps(pau, govOps);
        assertTrue(state.isGovOps(pau, govOps));
        assertFalse(state.isGovOps(makeAddr("otherPau"), govOps));
        assertEq(state.getGovOps(pau).length, 1);
        assertEq(state.getGovOps(pau)[0], govOps);
    }

    function test_addGovOps_reverts() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "pau"));
        state.addGovOps(address(0), govOps);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "govOps"));
        state.addGovOps(pau, address(0));
        state.addGovOps(pau, govOps);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_GovOpsAlreadyAdded.selector, pau, govOps));
        state.addGovOps(pau, govOps);
        vm.stopPrank();
    }

    function test_addGovOps_revertsOutsiderAbeamAndFactory() public {
        address[3] memory callers = [outsider, abeam, factory];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], adminRole));
            vm.prank(callers[i]);
            state.addGovOps(pau, callers[i]);
        }
        assertEq(state.getGovOps(pau).length, 0);
    }

    // ---- setSorlParams ----

    function test_setSorlParams() public {
        vm.expectEmit(address(state));
        emit IBEAMState.SorlParamsSet(1 days, 10_000);
        vm.prank(admin);
        state.setSorlParams(1 days, 10_000);
        assertEq(state.hop(), 1 days);
        assertEq(state.maxChangeBps(), 10_000);
    }

    function test_setSorlParams_revertsInvalid() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_InvalidSorlParams.selector, 0, 2500));
        state.setSorlParams(0, 2500);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_InvalidSorlParams.selector, 1, 0));
        state.setSorlParams(1, 0);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_InvalidSorlParams.selector, 1, 10_001));
        state.setSorlParams(1, 10_001);
        vm.stopPrank();
    }

    function test_setSorlParams_revertsOutsiderAndAbeam() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        state.setSorlParams(1, 1);
        vm.expectRevert(_unauthorized(abeam, adminRole));
        vm.prank(abeam);
        state.setSorlParams(1, 1);
        assertEq(state.hop(), 18 hours);
    }

    // ---- removals (ABEAM, instant) ----

    function test_removePau() public {
        _register();
        vm.expectEmit(address(state));
        emit IBEAMState.PauRemoved(pau);
        vm.prank(abeam2);
        state.removePau(pau);
        assertFalse(state.getPau(pau).registered);
        assertEq(state.getPau(pau).controller, address(0));
        assertEq(state.getPaus().length, 0);
        assertTrue(state.wasEverRegistered(pau));
    }

    function test_removePau_revertsNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_PauNotRegistered.selector, pau));
        vm.prank(abeam);
        state.removePau(pau);
    }

    function test_removeInitRateLimit() public {
        vm.startPrank(admin);
        state.addInitRateLimit(KEY, address(0), 1, 1);
        state.addInitRateLimit(KEY2, address(0), 1, 1);
        vm.stopPrank();
        vm.expectEmit(address(state));
        emit IBEAMState.InitRateLimitRemoved(KEY, address(0));
        vm.prank(abeam);
        state.removeInitRateLimit(KEY, address(0));
        (bool exists,,) = state.getInitRateLimit(KEY, address(0));
        assertFalse(exists);
        assertEq(state.getInitKeys(address(0)).length, 1);
        assertEq(state.getInitKeys(address(0))[0], KEY2);
    }

    function test_removeInitRateLimit_revertsNotFound() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_InitNotFound.selector, KEY, pau));
        vm.prank(abeam);
        state.removeInitRateLimit(KEY, pau);
    }

    function test_removeInitControllerAction() public {
        vm.prank(admin);
        state.addInitControllerAction(ACTION, pau);
        vm.expectEmit(address(state));
        emit IBEAMState.InitControllerActionRemoved(ACTION, pau);
        vm.prank(abeam);
        state.removeInitControllerAction(ACTION, pau);
        assertFalse(state.isInitControllerAction(ACTION, pau));
    }

    function test_removeInitControllerAction_revertsNotEnabled() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ActionNotEnabled.selector, ACTION, pau));
        vm.prank(abeam);
        state.removeInitControllerAction(ACTION, pau);
    }

    function test_removeGovOps() public {
        vm.prank(admin);
        state.addGovOps(pau, govOps);
        vm.expectEmit(address(state));
        emit IBEAMState.GovOpsRemoved(pau, govOps);
        vm.prank(abeam);
        state.removeGovOps(pau, govOps);
        assertFalse(state.isGovOps(pau, govOps));
        assertEq(state.getGovOps(pau).length, 0);
    }

    function test_removeGovOps_revertsNotFound() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_GovOpsNotFound.selector, pau, govOps));
        vm.prank(abeam);
        state.removeGovOps(pau, govOps);
    }

    function test_removeFactory() public {
        vm.expectEmit(address(state));
        emit IAccessControl.RoleRevoked(factoryRole, factory, abeam);
        vm.prank(abeam);
        state.removeFactory(factory);
        assertFalse(state.hasRole(factoryRole, factory));
        vm.expectRevert(_unauthorized(factory, factoryRole));
        vm.prank(factory);
        state.registerFactoryPau(pau, controller, rateLimits, _inits(KEY, 1, 1));
    }

    function test_removeFactory_revertsNotFound() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_FactoryNotFound.selector, outsider));
        vm.prank(abeam);
        state.removeFactory(outsider);
    }

    function test_removals_revertOutsiderAdminAndFactory() public {
        _register();
        vm.startPrank(admin);
        state.addInitRateLimit(KEY, address(0), 1, 1);
        state.addInitControllerAction(ACTION, address(0));
        state.addGovOps(pau, govOps);
        vm.stopPrank();
        // Removals are aBEAM's: neither an outsider nor the timelock nor the factory may remove.
        address[3] memory callers = [outsider, admin, factory];
        for (uint256 i = 0; i < callers.length; ++i) {
            address c = callers[i];
            vm.startPrank(c);
            vm.expectRevert(_unauthorized(c, abeamRole));
            state.removePau(pau);
            vm.expectRevert(_unauthorized(c, abeamRole));
            state.removeInitRateLimit(KEY, address(0));
            vm.expectRevert(_unauthorized(c, abeamRole));
            state.removeInitControllerAction(ACTION, address(0));
            vm.expectRevert(_unauthorized(c, abeamRole));
            state.removeGovOps(pau, govOps);
            vm.expectRevert(_unauthorized(c, abeamRole));
            state.removeFactory(factory);
            vm.stopPrank();
        }
        assertTrue(state.getPau(pau).registered);
        assertTrue(state.isGovOps(pau, govOps));
        assertTrue(state.isInitControllerAction(ACTION, address(0)));
        assertTrue(state.hasRole(factoryRole, factory));
    }

    // ---- factory hand-off ----

    function test_registerFactoryPau() public {
        IBEAMState.InitRateLimit[] memory inits = new IBEAMState.InitRateLimit[](2);
        inits[0] = IBEAMState.InitRateLimit(KEY, 100e18, 1e18);
        inits[1] = IBEAMState.InitRateLimit(KEY2, 5e18, 0);
        vm.expectEmit(address(state));
        emit IBEAMState.PauSet(pau, controller, rateLimits, true);
        vm.expectEmit(address(state));
        emit IBEAMState.InitRateLimitAdded(KEY, pau, 100e18, 1e18);
        vm.expectEmit(address(state));
        emit IBEAMState.InitRateLimitAdded(KEY2, pau, 5e18, 0);
        vm.prank(factory);
        state.registerFactoryPau(pau, controller, rateLimits, inits);

        IBEAMState.PauContracts memory c = state.getPau(pau);
        assertTrue(c.registered && c.viaFactory);
        assertEq(state.getInitKeys(pau).length, 2);
        assertEq(state.getInitKeys(address(0)).length, 0, "never scope-wide");
        (bool exists, uint256 m,) = state.getInitRateLimit(KEY2, pau);
        assertTrue(exists);
        assertEq(m, 5e18);
    }

    function test_registerFactoryPau_reverts() public {
        vm.startPrank(factory);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "pau"));
        state.registerFactoryPau(address(0), controller, rateLimits, _inits(KEY, 1, 1));
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "controller"));
        state.registerFactoryPau(pau, address(0), rateLimits, _inits(KEY, 1, 1));
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroAddress.selector, "rateLimits"));
        state.registerFactoryPau(pau, controller, address(0), _inits(KEY, 1, 1));
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_ZeroInit.selector, KEY));
        state.registerFactoryPau(pau, controller, rateLimits, _inits(KEY, 0, 1));
        IBEAMState.InitRateLimit[] memory dup = new IBEAMState.InitRateLimit[](2);
        dup[0] = IBEAMState.InitRateLimit(KEY, 1, 1);
        dup[1] = IBEAMState.InitRateLimit(KEY, 2, 2);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_InitAlreadyExists.selector, KEY, pau));
        state.registerFactoryPau(pau, controller, rateLimits, dup);
        vm.stopPrank();
        assertFalse(state.getPau(pau).registered, "all or nothing");
    }

    function test_registerFactoryPau_revertsForKnownPau() public {
        _register();
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_PauAlreadyRegistered.selector, pau));
        vm.prank(factory);
        state.registerFactoryPau(pau, controller, rateLimits, _inits(KEY, 1, 1));

        // A PAU that aBEAM removed does not come back through the factory.
        vm.prank(abeam);
        state.removePau(pau);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_PauAlreadyRegistered.selector, pau));
        vm.prank(factory);
        state.registerFactoryPau(pau, controller, rateLimits, _inits(KEY, 1, 1));
    }

    function test_registerFactoryPau_revertsOutsiderAdminAndAbeam() public {
        address[3] memory callers = [outsider, admin, abeam];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], factoryRole));
            vm.prank(callers[i]);
            state.registerFactoryPau(pau, controller, rateLimits, _inits(KEY, 1, 1));
        }
        assertFalse(state.getPau(pau).registered);
    }

    function test_addFactoryInits() public {
        _registerViaFactory();
        vm.expectEmit(address(state));
        emit IBEAMState.InitRateLimitAdded(KEY2, pau, 7e18, 7);
        vm.prank(factory);
        state.addFactoryInits(pau, _inits(KEY2, 7e18, 7));
        (bool exists, uint256 m, uint256 s) = state.getInitRateLimit(KEY2, pau);
        assertTrue(exists);
        assertEq(m, 7e18);
        assertEq(s, 7);
        assertEq(state.getInitKeys(address(0)).length, 0);
    }

    function test_addFactoryInits_revertsForPauNotFromFactory() public {
        _register();
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_PauNotFactoryRegistered.selector, pau));
        vm.prank(factory);
        state.addFactoryInits(pau, _inits(KEY2, 1, 1));
    }

    function test_addFactoryInits_revertsForUnregisteredPau() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_PauNotRegistered.selector, pau));
        vm.prank(factory);
        state.addFactoryInits(pau, _inits(KEY2, 1, 1));

        _registerViaFactory();
        vm.prank(abeam);
        state.removePau(pau);
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_PauNotRegistered.selector, pau));
        vm.prank(factory);
        state.addFactoryInits(pau, _inits(KEY2, 1, 1));

        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_PauNotRegistered.selector, address(0)));
        vm.prank(factory);
        state.addFactoryInits(address(0), _inits(KEY2, 1, 1));
    }

    function test_addFactoryInits_revertsDuplicate() public {
        _registerViaFactory();
        vm.expectRevert(abi.encodeWithSelector(IBEAMState.BEAMState_InitAlreadyExists.selector, KEY, pau));
        vm.prank(factory);
        state.addFactoryInits(pau, _inits(KEY, 1, 1));
    }

    function test_addFactoryInits_revertsOutsider() public {
        _registerViaFactory();
        vm.expectRevert(_unauthorized(outsider, factoryRole));
        vm.prank(outsider);
        state.addFactoryInits(pau, _inits(KEY2, 1, 1));
        vm.expectRevert(_unauthorized(admin, factoryRole));
        vm.prank(admin);
        state.addFactoryInits(pau, _inits(KEY2, 1, 1));
    }

    // ---- role administration (OZ) ----

    function test_onlyAdminGrantsRoles() public {
        vm.expectRevert(_unauthorized(abeam, adminRole));
        vm.prank(abeam);
        state.grantRole(abeamRole, outsider);
        vm.expectRevert(_unauthorized(factory, adminRole));
        vm.prank(factory);
        state.grantRole(factoryRole, outsider);
        vm.prank(admin);
        state.grantRole(abeamRole, outsider);
        assertEq(state.getRoleMemberCount(abeamRole), 3);
    }
}
