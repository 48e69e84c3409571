// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {PauFixture} from "../utils/PauFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

contract RateLimitsTest is PauFixture {
    uint256 internal constant MAX = type(uint256).max;
    bytes32 internal constant KEY = keccak256("some key");
    bytes32 internal constant OTHER_KEY = keccak256("other key");

    address internal admin = makeAddr("admin");
    address internal factory = makeAddr("factory");
    address internal outsider = makeAddr("outsider");

    Pau internal pau;
    RateLimits internal rl;
    address internal controller;
    bytes32 internal adminRole;
    bytes32 internal controllerRole;

    function setUp() public {
        vm.warp(1_700_000_000);
        pau = _deployPau(admin, factory);
        rl = pau.rateLimits;
        controller = address(pau.controller);
        adminRole = rl.DEFAULT_ADMIN_ROLE();
        controllerRole = rl.CONTROLLER();
    }

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    function _assertData(bytes32 key, uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated)
        internal
        view
    {
        IRateLimits.RateLimitData memory d = rl.getRateLimitData(key);
        assertEq(d.maxAmount, maxAmount, "maxAmount");
        assertEq(d.slope, slope, "slope");
        assertEq(d.lastAmount, lastAmount, "lastAmount");
        assertEq(d.lastUpdated, lastUpdated, "lastUpdated");
    }

    function _spend(bytes32 key, uint256 amount) internal returns (uint256) {
        vm.prank(controller);
        return rl.triggerRateLimitDecrease(key, amount);
    }

    // ---- initialize ----

    function test_initialize_wiresRolesAndFactory() public view {
        assertEq(controllerRole, keccak256("CONTROLLER"));
        assertEq(rl.factory(), factory);
        assertEq(rl.getRoleMemberCount(adminRole), 1);
        assertEq(rl.getRoleMember(adminRole, 0), admin);
        assertEq(rl.getRoleMemberCount(controllerRole), 1);
        assertEq(rl.getRoleMember(controllerRole, 0), controller);
        assertTrue(rl.supportsInterface(type(IRateLimits).interfaceId));
        assertTrue(rl.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertFalse(rl.supportsInterface(0xdeadbeef));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        rl.initialize(outsider, outsider, outsider);
    }

    function test_initialize_implementationIsLocked() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        rateLimitsImplementation.initialize(outsider, outsider, outsider);
    }

    function test_initialize_revertsOnZeroAdmin() public {
        RateLimits fresh = RateLimits(Clones.clone(address(rateLimitsImplementation)));
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_ZeroAddress.selector, "admin"));
        fresh.initialize(address(0), controller, factory);
    }

    function test_initialize_revertsOnZeroController() public {
        RateLimits fresh = RateLimits(Clones.clone(address(rateLimitsImplementation)));
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_ZeroAddress.selector, "controller"));
        fresh.initialize(admin, address(0), factory);
    }

    function test_initialize_zeroFactoryDisablesSeeding() public {
        RateLimits fresh = RateLimits(Clones.clone(address(rateLimitsImplementation)));
        fresh.initialize(admin, controller, address(0));
        assertEq(fresh.factory(), address(0));
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_NotFactory.selector, address(0)));
        vm.prank(address(0));
        fresh.setInitialRateLimitData(KEY, 1, 1);
        assertFalse(fresh.isConfigured(KEY));
    }

    // ---- setRateLimitData (5 arguments) ----

    function test_setRateLimitData5_storesEverything() public {
        vm.expectEmit(address(rl));
        emit IRateLimits.RateLimitDataSet(KEY, 100, 2, 40, block.timestamp - 10);
        vm.prank(admin);
        rl.setRateLimitData(KEY, 100, 2, 40, block.timestamp - 10);
        _assertData(KEY, 100, 2, 40, block.timestamp - 10);
        assertEq(rl.getCurrentRateLimit(KEY), 60);
        assertTrue(rl.isConfigured(KEY));
    }

    function test_setRateLimitData5_revertsWhenLastAmountAboveMax() public {
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_LastAmountTooHigh.selector, KEY, 101, 100));
        vm.prank(admin);
        rl.setRateLimitData(KEY, 100, 2, 101, block.timestamp);
    }

    function test_setRateLimitData5_revertsWhenLastUpdatedInFuture() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IRateLimits.RateLimits_LastUpdatedInFuture.selector, KEY, block.timestamp + 1, block.timestamp
            )
        );
        vm.prank(admin);
        rl.setRateLimitData(KEY, 100, 2, 10, block.timestamp + 1);
    }

    function test_setRateLimitData5_revertsOnZeroKey() public {
        vm.expectRevert(IRateLimits.RateLimits_ZeroKey.selector);
        vm.prank(admin);
        rl.setRateLimitData(bytes32(0), 100, 2, 10, block.timestamp);
    }

    function test_setRateLimitData5_refusesOutsiderControllerAndFactory() public {
        address[3] memory callers = [outsider, controller, factory];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], adminRole));
            vm.prank(callers[i]);
            rl.setRateLimitData(KEY, 100, 2, 10, block.timestamp);
        }
        assertFalse(rl.isConfigured(KEY));
    }

    // ---- setRateLimitData (3 arguments) ----

    function test_setRateLimitData3_freshKeyStartsFull() public {
        vm.expectEmit(address(rl));
        emit IRateLimits.RateLimitDataSet(KEY, 1000, 5, 1000, block.timestamp);
        vm.prank(admin);
        rl.setRateLimitData(KEY, 1000, 5);
        _assertData(KEY, 1000, 5, 1000, block.timestamp);
        assertEq(rl.getCurrentRateLimit(KEY), 1000);
    }

    function test_setRateLimitData3_keepsWhatWasSpent() public {
        _setLimit(pau, KEY, 1000, 5);
        _spend(KEY, 800);
        vm.warp(block.timestamp + 10); // +50 → 250 available

        // Same values again: no refill.
        _setLimit(pau, KEY, 1000, 5);
        _assertData(KEY, 1000, 5, 250, block.timestamp);

        // Raising keeps the current amount; replenishment continues at the new slope.
        _setLimit(pau, KEY, 2000, 10);
        _assertData(KEY, 2000, 10, 250, block.timestamp);
        vm.warp(block.timestamp + 5);
        assertEq(rl.getCurrentRateLimit(KEY), 300);
    }

    function test_setRateLimitData3_loweringClampsToNewMax() public {
        _setLimit(pau, KEY, 1000, 5);
        _spend(KEY, 100); // 900 left
        _setLimit(pau, KEY, 300, 1);
        _assertData(KEY, 300, 1, 300, block.timestamp);
    }

    function test_setRateLimitData3_removalToZeroThenReAddStartsEmpty() public {
        _setLimit(pau, KEY, 1000, 5);
        _setLimit(pau, KEY, 0, 0);
        assertEq(rl.getCurrentRateLimit(KEY), 0);
        assertTrue(rl.isConfigured(KEY));
        _setLimit(pau, KEY, 1000, 5);
        assertEq(rl.getCurrentRateLimit(KEY), 0);
        vm.warp(block.timestamp + 7);
        assertEq(rl.getCurrentRateLimit(KEY), 35);
    }

    function test_setRateLimitData3_fromUnlimitedStartsFull() public {
        _setUnlimited(pau, KEY);
        _setLimit(pau, KEY, 500, 1);
        _assertData(KEY, 500, 1, 500, block.timestamp);
    }

    function test_setRateLimitData3_revertsOnZeroKey() public {
        vm.expectRevert(IRateLimits.RateLimits_ZeroKey.selector);
        vm.prank(admin);
        rl.setRateLimitData(bytes32(0), 100, 2);
    }

    function test_setRateLimitData3_refusesOutsider() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        rl.setRateLimitData(KEY, 100, 2);
        assertFalse(rl.isConfigured(KEY));
    }

    // ---- setUnlimitedRateLimitData ----

    function test_setUnlimited_isNeverDecreasedOrIncreased() public {
        vm.expectEmit(address(rl));
        emit IRateLimits.RateLimitDataSet(KEY, MAX, 0, MAX, block.timestamp);
        vm.prank(admin);
        rl.setUnlimitedRateLimitData(KEY);
        _assertData(KEY, MAX, 0, MAX, block.timestamp);

        vm.expectEmit(address(rl));
        emit IRateLimits.RateLimitDecreaseTriggered(KEY, 1e30, MAX, MAX);
        assertEq(_spend(KEY, 1e30), MAX);

        vm.prank(controller);
        assertEq(rl.triggerRateLimitIncrease(KEY, 5), MAX);
        _assertData(KEY, MAX, 0, MAX, block.timestamp);
        assertEq(rl.getCurrentRateLimit(KEY), MAX);
    }

    function test_setUnlimited_revertsOnZeroKey() public {
        vm.expectRevert(IRateLimits.RateLimits_ZeroKey.selector);
        vm.prank(admin);
        rl.setUnlimitedRateLimitData(bytes32(0));
    }

    function test_setUnlimited_refusesOutsider() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        rl.setUnlimitedRateLimitData(KEY);
        assertEq(rl.getCurrentRateLimit(KEY), 0);
    }

    // ---- setInitialRateLimitData ----

    function test_setInitial_seedsFreshKeyFull() public {
        vm.expectEmit(address(rl));
        emit IRateLimits.RateLimitDataSet(KEY, 700, 3, 700, block.timestamp);
        vm.prank(factory);
        rl.setInitialRateLimitData(KEY, 700, 3);
        _assertData(KEY, 700, 3, 700, block.timestamp);
        assertTrue(rl.isConfigured(KEY));
    }

    function test_setInitial_refusesConfiguredKey() public {
        _setLimit(pau, KEY, 100, 1);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_AlreadyConfigured.selector, KEY));
        vm.prank(factory);
        rl.setInitialRateLimitData(KEY, 700, 3);
        _assertData(KEY, 100, 1, 100, block.timestamp);
    }

    function test_setInitial_refusesSecondSeed() public {
        vm.prank(factory);
        rl.setInitialRateLimitData(KEY, 700, 3);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_AlreadyConfigured.selector, KEY));
        vm.prank(factory);
        rl.setInitialRateLimitData(KEY, 900, 3);
    }

    function test_setInitial_refusesKeyRemovedToZero() public {
        _setLimit(pau, KEY, 0, 0); // a removal still counts as configured: the factory cannot resurrect it
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_AlreadyConfigured.selector, KEY));
        vm.prank(factory);
        rl.setInitialRateLimitData(KEY, 900, 3);
    }

    function test_setInitial_revertsOnZeroKey() public {
        vm.expectRevert(IRateLimits.RateLimits_ZeroKey.selector);
        vm.prank(factory);
        rl.setInitialRateLimitData(bytes32(0), 1, 1);
    }

    function test_setInitial_refusesOutsiderAndAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_NotFactory.selector, outsider));
        vm.prank(outsider);
        rl.setInitialRateLimitData(KEY, 1, 1);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_NotFactory.selector, admin));
        vm.prank(admin);
        rl.setInitialRateLimitData(KEY, 1, 1);
        assertFalse(rl.isConfigured(KEY));
    }

    // ---- getCurrentRateLimit ----

    function test_getCurrentRateLimit_replenishesLinearlyUpToMax() public {
        _setLimit(pau, KEY, 1000, 7);
        _spend(KEY, 1000);
        assertEq(rl.getCurrentRateLimit(KEY), 0);
        vm.warp(block.timestamp + 100);
        assertEq(rl.getCurrentRateLimit(KEY), 700);
        vm.warp(block.timestamp + 42);
        assertEq(rl.getCurrentRateLimit(KEY), 994);
        vm.warp(block.timestamp + 1);
        assertEq(rl.getCurrentRateLimit(KEY), 1000);
        vm.warp(block.timestamp + 365 days);
        assertEq(rl.getCurrentRateLimit(KEY), 1000);
    }

    function test_getCurrentRateLimit_saturatesHugeSlope() public {
        vm.prank(admin);
        rl.setRateLimitData(KEY, MAX - 1, MAX / 2, MAX - 10, block.timestamp);
        vm.warp(block.timestamp + 3); // slope * elapsed overflows
        assertEq(rl.getCurrentRateLimit(KEY), MAX - 1);
        vm.prank(admin);
        rl.setRateLimitData(KEY, MAX - 1, 6, MAX - 10, block.timestamp - 2); // lastAmount + refill overflows
        assertEq(rl.getCurrentRateLimit(KEY), MAX - 1);
        vm.prank(admin);
        rl.setRateLimitData(KEY, MAX - 1, 2, 5, 0); // refill from the epoch, no overflow but capped
        assertEq(rl.getCurrentRateLimit(KEY), 5 + 2 * block.timestamp);
    }

    function test_getCurrentRateLimit_neverSetIsZero() public view {
        assertEq(rl.getCurrentRateLimit(KEY), 0);
        assertFalse(rl.isConfigured(KEY));
    }

    // ---- triggerRateLimitDecrease ----

    function test_decrease_spendsAndRecords() public {
        _setLimit(pau, KEY, 1000, 5);
        vm.warp(block.timestamp + 3);
        vm.expectEmit(address(rl));
        emit IRateLimits.RateLimitDecreaseTriggered(KEY, 400, 1000, 600);
        assertEq(_spend(KEY, 400), 600);
        _assertData(KEY, 1000, 5, 600, block.timestamp);
        assertEq(_spend(KEY, 600), 0);
        assertEq(rl.getCurrentRateLimit(KEY), 0);
    }

    function test_decrease_revertsAboveAvailable() public {
        _setLimit(pau, KEY, 1000, 5);
        _spend(KEY, 990);
        vm.warp(block.timestamp + 2); // 20 available
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, KEY, 21, 20));
        _spend(KEY, 21);
    }

    function test_decrease_revertsOnNeverConfiguredKey() public {
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, KEY, 1, 0));
        _spend(KEY, 1);
    }

    function test_decrease_zeroOnUnconfiguredKeyKeepsItSeedable() public {
        assertEq(_spend(KEY, 0), 0);
        assertFalse(rl.isConfigured(KEY));
    }

    function test_decrease_revertsOnZeroKey() public {
        vm.expectRevert(IRateLimits.RateLimits_ZeroKey.selector);
        _spend(bytes32(0), 1);
    }

    function test_decrease_refusesOutsiderAndAdmin() public {
        _setLimit(pau, KEY, 1000, 5);
        vm.expectRevert(_unauthorized(outsider, controllerRole));
        vm.prank(outsider);
        rl.triggerRateLimitDecrease(KEY, 1);
        vm.expectRevert(_unauthorized(admin, controllerRole));
        vm.prank(admin);
        rl.triggerRateLimitDecrease(KEY, 1);
        assertEq(rl.getCurrentRateLimit(KEY), 1000);
    }

    // ---- triggerRateLimitIncrease ----

    function test_increase_refillsCappedAtMax() public {
        _setLimit(pau, KEY, 1000, 5);
        _spend(KEY, 700);
        vm.expectEmit(address(rl));
        emit IRateLimits.RateLimitIncreaseTriggered(KEY, 200, 300, 500);
        vm.prank(controller);
        assertEq(rl.triggerRateLimitIncrease(KEY, 200), 500);
        _assertData(KEY, 1000, 5, 500, block.timestamp);

        vm.prank(controller);
        assertEq(rl.triggerRateLimitIncrease(KEY, MAX), 1000);
        _assertData(KEY, 1000, 5, 1000, block.timestamp);
    }

    function test_increase_onUnconfiguredKeyStaysZeroAndSeedable() public {
        vm.prank(controller);
        assertEq(rl.triggerRateLimitIncrease(KEY, 50), 0);
        assertFalse(rl.isConfigured(KEY));
        vm.prank(factory);
        rl.setInitialRateLimitData(KEY, 10, 1);
        assertEq(rl.getCurrentRateLimit(KEY), 10);
    }

    function test_increase_revertsOnZeroKey() public {
        vm.expectRevert(IRateLimits.RateLimits_ZeroKey.selector);
        vm.prank(controller);
        rl.triggerRateLimitIncrease(bytes32(0), 1);
    }

    function test_increase_refusesOutsider() public {
        _setLimit(pau, KEY, 1000, 5);
        _spend(KEY, 1000);
        vm.expectRevert(_unauthorized(outsider, controllerRole));
        vm.prank(outsider);
        rl.triggerRateLimitIncrease(KEY, 1);
        assertEq(rl.getCurrentRateLimit(KEY), 0);
    }

    // ---- roles ----

    function test_grantRole_controllerByAdminOnly() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        rl.grantRole(controllerRole, outsider);
        assertFalse(rl.hasRole(controllerRole, outsider));

        vm.prank(admin);
        rl.grantRole(controllerRole, outsider);
        assertEq(rl.getRoleMemberCount(controllerRole), 2);
        _setLimit(pau, KEY, 10, 0);
        vm.prank(outsider);
        assertEq(rl.triggerRateLimitDecrease(KEY, 4), 6);
    }

    function test_revokeRole_cutsOffController() public {
        _setLimit(pau, KEY, 10, 0);
        vm.prank(admin);
        rl.revokeRole(controllerRole, controller);
        vm.expectRevert(_unauthorized(controller, controllerRole));
        _spend(KEY, 1);
        assertEq(rl.getCurrentRateLimit(KEY), 10);
    }

    // ---- keys are independent ----

    function test_keysAreIndependent() public {
        _setLimit(pau, KEY, 1000, 5);
        _setLimit(pau, OTHER_KEY, 10, 1);
        _spend(KEY, 1000);
        assertEq(rl.getCurrentRateLimit(OTHER_KEY), 10);
    }
}
