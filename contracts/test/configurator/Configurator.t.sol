// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Configurator} from "../../src/configurator/Configurator.sol";
import {IConfigurator} from "../../src/interfaces/IConfigurator.sol";
import {IHaloController} from "../../src/interfaces/IHaloController.sol";
import {ConfiguratorTestBase} from "./ConfiguratorTestBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract ConfiguratorTest is ConfiguratorTestBase {
    address internal stateAdmin = makeAddr("stateAdmin");
    address internal asset = makeAddr("asset");
    address internal custodian = makeAddr("custodian");

    uint256 internal constant INIT_MAX = 10_000_000e18;
    uint256 internal constant INIT_SLOPE = 115_740e15;

    PauParts internal p;
    PauParts internal other;
    bytes32 internal key;

    function setUp() public {
        vm.warp(1_000_000);
        _deployUnit(false, stateAdmin);
        p = _deployWiredPau(address(configurator), address(0));
        other = _deployWiredPau(address(configurator), address(0));
        key = _transferKey(asset, custodian);
        vm.startPrank(stateAdmin);
        state.setPauContracts(p.pau, address(p.controller), address(p.rateLimits));
        state.setPauContracts(other.pau, address(other.controller), address(other.rateLimits));
        state.addInitRateLimit(key, address(0), INIT_MAX, INIT_SLOPE);
        state.addGovOps(p.pau, govOps);
        state.addGovOps(other.pau, otherGovOps);
        vm.stopPrank();
    }

    function _set(uint256 maxAmount, uint256 slope) internal {
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, key, maxAmount, slope);
    }

    function _assertLimit(uint256 maxAmount, uint256 slope) internal view {
        (uint256 m, uint256 s) = _limit(p, key);
        assertEq(m, maxAmount, "maxAmount");
        assertEq(s, slope, "slope");
    }

    // ---- constructor / views ----

    function test_constructor_setsBeamState() public view {
        assertEq(configurator.beamState(), address(state));
    }

    function test_constructor_revertsOnZeroState() public {
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_ZeroAddress.selector, "beamState"));
        new Configurator(address(0));
    }

    // ---- setRateLimit: first instantiation (rule 4, init cap) ----

    function test_setRateLimit_firstInstantiationUpToInit() public {
        vm.expectEmit(address(configurator));
        emit IConfigurator.RateLimitSet(p.pau, key, INIT_MAX, INIT_SLOPE, govOps);
        _set(INIT_MAX, INIT_SLOPE);
        _assertLimit(INIT_MAX, INIT_SLOPE);
        assertEq(p.rateLimits.getCurrentRateLimit(key), INIT_MAX, "fresh key starts full");
        assertEq(configurator.lastIncreaseAt(p.pau, key), block.timestamp);
    }

    function test_setRateLimit_firstInstantiationBelowInit() public {
        _set(1e18, 0);
        _assertLimit(1e18, 0);
        assertEq(configurator.lastIncreaseAt(p.pau, key), block.timestamp, "any increase starts the hop");
    }

    function test_setRateLimit_revertsAboveInitMaxAmount() public {
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_AboveInit.selector, key, INIT_MAX + 1, INIT_MAX)
        );
        _set(INIT_MAX + 1, INIT_SLOPE);
    }

    function test_setRateLimit_revertsAboveInitSlope() public {
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_AboveInit.selector, key, INIT_SLOPE + 1, INIT_SLOPE)
        );
        _set(INIT_MAX, INIT_SLOPE + 1);
    }

    function test_setRateLimit_pauSpecificInitWinsOverScopeWide() public {
        vm.prank(stateAdmin);
        state.addInitRateLimit(key, p.pau, 5e18, 1);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_AboveInit.selector, key, 6e18, 5e18));
        _set(6e18, 1);
        _set(5e18, 1);
        _assertLimit(5e18, 1);
        // The other PAU still sees the scope-wide init.
        vm.prank(otherGovOps);
        configurator.setRateLimit(other.pau, key, INIT_MAX, INIT_SLOPE);
        (uint256 m,) = _limit(other, key);
        assertEq(m, INIT_MAX);
    }

    // ---- setRateLimit: rules 1-3 ----

    function test_setRateLimit_revertsPauNotRegistered() public {
        address unknown = makeAddr("unknownPau");
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, unknown));
        vm.prank(govOps);
        configurator.setRateLimit(unknown, key, 1, 1);
    }

    function test_setRateLimit_revertsNoInit() public {
        bytes32 noInitKey = keccak256("no init");
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NoInit.selector, noInitKey, p.pau));
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, noInitKey, 1, 1);
    }

    function test_setRateLimit_revertsOutsider() public {
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, outsider));
        vm.prank(outsider);
        configurator.setRateLimit(p.pau, key, 1, 1);
        _assertLimit(0, 0);
    }

    function test_setRateLimit_revertsGovOpsOfAnotherPau() public {
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, otherGovOps));
        vm.prank(otherGovOps);
        configurator.setRateLimit(p.pau, key, 1, 1);
    }

    function test_setRateLimit_removalsInBeamStateTakeEffectAtOnce() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.prank(abeam);
        state.removeInitRateLimit(key, address(0));
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NoInit.selector, key, p.pau));
        _set(1, 1);

        vm.prank(abeam);
        state.removeGovOps(p.pau, govOps);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, govOps));
        _set(1, 1);

        vm.prank(abeam);
        state.removePau(p.pau);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, p.pau));
        _set(1, 1);
    }

    // ---- setRateLimit: SORL (rule 4) and decreases (rule 5) ----

    function test_setRateLimit_increaseAfterHopBy25Percent() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + HOP);
        _set(INIT_MAX * 125 / 100, INIT_SLOPE * 125 / 100);
        _assertLimit(12_500_000e18, INIT_SLOPE * 125 / 100);
        assertEq(configurator.lastIncreaseAt(p.pau, key), block.timestamp);
    }

    function test_setRateLimit_revertsIncreaseTooSoon() public {
        _set(INIT_MAX, INIT_SLOPE);
        uint256 nextAt = block.timestamp + HOP;
        vm.warp(nextAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, key, nextAt));
        _set(INIT_MAX + 1, INIT_SLOPE);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, key, nextAt));
        _set(INIT_MAX, INIT_SLOPE + 1);
    }

    function test_setRateLimit_revertsIncreaseTooLargeMaxAmount() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + HOP);
        uint256 allowed = 12_500_000e18;
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooLarge.selector, key, allowed + 1, allowed)
        );
        _set(allowed + 1, INIT_SLOPE);
    }

    function test_setRateLimit_revertsIncreaseTooLargeSlope() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + HOP);
        uint256 allowed = INIT_SLOPE * 125 / 100;
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooLarge.selector, key, allowed + 1, allowed)
        );
        _set(INIT_MAX, allowed + 1);
    }

    function test_setRateLimit_decreaseIsInstantAndKeepsHopClock() public {
        _set(INIT_MAX, INIT_SLOPE);
        uint256 firstAt = block.timestamp;
        vm.warp(block.timestamp + 1);
        _set(1e18, 0);
        _assertLimit(1e18, 0);
        assertEq(configurator.lastIncreaseAt(p.pau, key), firstAt, "a decrease does not move the clock");
        // Back up after a decrease is an increase: still bound to the hop.
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, key, firstAt + HOP));
        _set(1e18 + 1, 0);
    }

    function test_setRateLimit_mixedChangeCountsAsIncrease() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, key, block.timestamp - 1 + HOP)
        );
        _set(1, INIT_SLOPE + 1);
    }

    function test_setRateLimit_sameValuesIsNoIncrease() public {
        _set(INIT_MAX, INIT_SLOPE);
        uint256 firstAt = block.timestamp;
        vm.warp(block.timestamp + 1);
        _set(INIT_MAX, INIT_SLOPE);
        _assertLimit(INIT_MAX, INIT_SLOPE);
        assertEq(configurator.lastIncreaseAt(p.pau, key), firstAt);
    }

    function test_setRateLimit_zeroSlopeFieldRisesToInitOnly() public {
        _set(INIT_MAX, 0);
        vm.warp(block.timestamp + HOP);
        // slope is zero: its cap is the init, not 25% of zero.
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_AboveInit.selector, key, INIT_SLOPE + 1, INIT_SLOPE)
        );
        _set(INIT_MAX, INIT_SLOPE + 1);
        _set(INIT_MAX, INIT_SLOPE);
        _assertLimit(INIT_MAX, INIT_SLOPE);
    }

    function test_setRateLimit_hopFollowsBeamStateParams() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.prank(stateAdmin);
        state.setSorlParams(1 hours, 10_000);
        vm.warp(block.timestamp + 1 hours);
        _set(INIT_MAX * 2, INIT_SLOPE * 2);
        _assertLimit(INIT_MAX * 2, INIT_SLOPE * 2);
    }

    function test_setRateLimit_unlimitedInit() public {
        bytes32 k = keccak256("unlimited");
        vm.prank(stateAdmin);
        state.addInitRateLimit(k, p.pau, type(uint256).max, type(uint256).max);
        vm.startPrank(govOps);
        configurator.setRateLimit(p.pau, k, type(uint256).max, type(uint256).max);
        vm.warp(block.timestamp + 1);
        // Already at the top: re-setting is not an increase, lowering is instant.
        configurator.setRateLimit(p.pau, k, type(uint256).max, type(uint256).max);
        configurator.setRateLimit(p.pau, k, 1, 1);
        vm.stopPrank();
        (uint256 m, uint256 s) = _limit(p, k);
        assertEq(m, 1);
        assertEq(s, 1);
    }

    function test_setRateLimit_growthIsExactWhenTheProductOverflows() public {
        bytes32 k = keccak256("half");
        uint256 half = type(uint256).max / 2; // half * 12_500 overflows 256 bits, half * 1.25 does not
        vm.prank(stateAdmin);
        state.addInitRateLimit(k, p.pau, half, 0);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, k, half, 0);
        vm.warp(block.timestamp + HOP);
        (uint256 capMax,,) = configurator.sorlBounds(p.pau, k);
        assertEq(capMax, half + half / 4, "floor(half * 5 / 4), odd half");
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooLarge.selector, k, capMax + 1, capMax)
        );
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, k, capMax + 1, 0);
    }

    function test_setRateLimit_growthSaturatesNearTheTop() public {
        bytes32 k = keccak256("huge");
        uint256 big = type(uint256).max / 10 * 9; // big * 1.25 does not fit in 256 bits
        vm.prank(stateAdmin);
        state.addInitRateLimit(k, p.pau, big, 0);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, k, big, 0);
        vm.warp(block.timestamp + HOP);
        (uint256 capMax,,) = configurator.sorlBounds(p.pau, k);
        assertEq(capMax, type(uint256).max, "saturates to unlimited");
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, k, type(uint256).max, 0);
        (uint256 m,) = _limit(p, k);
        assertEq(m, type(uint256).max);
    }

    function test_sorlBounds() public {
        (uint256 capMax, uint256 capSlope, uint256 nextAt) = configurator.sorlBounds(p.pau, key);
        assertEq(capMax, INIT_MAX);
        assertEq(capSlope, INIT_SLOPE);
        assertEq(nextAt, 0);
        _set(INIT_MAX, INIT_SLOPE);
        (capMax, capSlope, nextAt) = configurator.sorlBounds(p.pau, key);
        assertEq(capMax, 12_500_000e18);
        assertEq(capSlope, INIT_SLOPE * 125 / 100);
        assertEq(nextAt, block.timestamp + HOP);
    }

    function test_sorlBounds_reverts() public {
        address unknown = makeAddr("unknownPau");
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, unknown));
        configurator.sorlBounds(unknown, key);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NoInit.selector, bytes32(uint256(1)), p.pau));
        configurator.sorlBounds(p.pau, bytes32(uint256(1)));
    }

    // ---- removeRateLimit ----

    function test_removeRateLimit_instantAndNeedsNoInit() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.prank(abeam);
        state.removeInitRateLimit(key, address(0));
        vm.expectEmit(address(configurator));
        emit IConfigurator.RateLimitRemoved(p.pau, key, govOps);
        vm.prank(govOps);
        configurator.removeRateLimit(p.pau, key);
        _assertLimit(0, 0);
        assertEq(p.rateLimits.getCurrentRateLimit(key), 0);
    }

    function test_removeRateLimit_reinstantiationWaitsForHop() public {
        _set(INIT_MAX, INIT_SLOPE);
        uint256 firstAt = block.timestamp;
        vm.prank(govOps);
        configurator.removeRateLimit(p.pau, key);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, key, firstAt + HOP));
        _set(INIT_MAX, INIT_SLOPE);
        vm.warp(firstAt + HOP);
        _set(INIT_MAX, INIT_SLOPE);
        _assertLimit(INIT_MAX, INIT_SLOPE);
    }

    function test_removeRateLimit_revertsPauNotRegistered() public {
        address unknown = makeAddr("unknownPau");
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, unknown));
        vm.prank(govOps);
        configurator.removeRateLimit(unknown, key);
    }

    function test_removeRateLimit_revertsOutsider() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, outsider));
        vm.prank(outsider);
        configurator.removeRateLimit(p.pau, key);
        _assertLimit(INIT_MAX, INIT_SLOPE);
    }

    // ---- callControllerAction ----

    function _enable(bytes memory data, address pau) internal returns (bytes32 h) {
        h = keccak256(data);
        vm.prank(stateAdmin);
        state.addInitControllerAction(h, pau);
    }

    function test_callControllerAction_pauSpecific() public {
        bytes memory data = abi.encodeCall(IHaloController.setDestination, (custodian, true));
        bytes32 h = _enable(data, p.pau);
        vm.expectEmit(address(configurator));
        emit IConfigurator.ControllerActionCalled(p.pau, h, govOps);
        vm.prank(govOps);
        bytes memory result = configurator.callControllerAction(p.pau, data);
        assertEq(result.length, 0);
        assertTrue(p.controller.isApprovedDestination(custodian));
        // Enabled for p only: the other PAU refuses the same call.
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_ActionNotEnabled.selector, h, other.pau));
        vm.prank(otherGovOps);
        configurator.callControllerAction(other.pau, data);
    }

    function test_callControllerAction_scopeWideAndReturnsResult() public {
        bytes memory data = abi.encodeCall(IHaloController.isApprovedDestination, (custodian));
        _enable(abi.encodeCall(IHaloController.setDestination, (custodian, true)), address(0));
        _enable(data, address(0));
        vm.startPrank(govOps);
        configurator.callControllerAction(p.pau, abi.encodeCall(IHaloController.setDestination, (custodian, true)));
        bytes memory result = configurator.callControllerAction(p.pau, data);
        vm.stopPrank();
        assertTrue(abi.decode(result, (bool)));
    }

    function test_callControllerAction_unfreezeAfterAnEmergency() public {
        // Governance enables the exact `unfreeze()` call for every PAU; a freezer stops the controller; GovOps lift it.
        _enable(abi.encodeCall(IHaloController.unfreeze, ()), address(0));
        vm.prank(govOps);
        configurator.setFreezer(p.pau, freezer);
        vm.prank(freezer);
        p.controller.freeze();
        assertTrue(p.controller.frozen());
        vm.prank(govOps);
        configurator.callControllerAction(p.pau, abi.encodeCall(IHaloController.unfreeze, ()));
        assertFalse(p.controller.frozen());
    }

    function test_callControllerAction_bubblesControllerRevert() public {
        bytes memory data = abi.encodeCall(IHaloController.setDestination, (address(0), true));
        _enable(data, p.pau);
        vm.expectRevert(abi.encodeWithSelector(IHaloController.Controller_ZeroAddress.selector, "destination"));
        vm.prank(govOps);
        configurator.callControllerAction(p.pau, data);
    }

    function test_callControllerAction_revertsNotEnabled() public {
        bytes memory data = abi.encodeCall(IHaloController.setDestination, (custodian, true));
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_ActionNotEnabled.selector, keccak256(data), p.pau)
        );
        vm.prank(govOps);
        configurator.callControllerAction(p.pau, data);
    }

    function test_callControllerAction_revertsAfterActionRemoved() public {
        bytes memory data = abi.encodeCall(IHaloController.setDestination, (custodian, true));
        bytes32 h = _enable(data, address(0));
        vm.prank(abeam);
        state.removeInitControllerAction(h, address(0));
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_ActionNotEnabled.selector, h, p.pau));
        vm.prank(govOps);
        configurator.callControllerAction(p.pau, data);
    }

    function test_callControllerAction_revertsOutsider() public {
        bytes memory data = abi.encodeCall(IHaloController.setDestination, (custodian, true));
        _enable(data, address(0));
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, outsider));
        vm.prank(outsider);
        configurator.callControllerAction(p.pau, data);
        assertFalse(p.controller.isApprovedDestination(custodian));
    }

    function test_callControllerAction_revertsPauNotRegistered() public {
        address unknown = makeAddr("unknownPau");
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, unknown));
        vm.prank(govOps);
        configurator.callControllerAction(unknown, "");
    }

    // ---- relayer / freezer ----

    function test_setRelayer_and_removeRelayer() public {
        bytes32 role = p.controller.RELAYER();
        vm.expectEmit(address(configurator));
        emit IConfigurator.RelayerSet(p.pau, relayer, true, govOps);
        vm.prank(govOps);
        configurator.setRelayer(p.pau, relayer);
        assertTrue(p.controller.hasRole(role, relayer));
        assertEq(p.controller.getRoleMemberCount(role), 1);

        vm.expectEmit(address(configurator));
        emit IConfigurator.RelayerSet(p.pau, relayer, false, govOps);
        vm.prank(govOps);
        configurator.removeRelayer(p.pau, relayer);
        assertFalse(p.controller.hasRole(role, relayer));
    }

    function test_setFreezer_and_removeFreezer() public {
        bytes32 role = p.controller.FREEZER();
        vm.expectEmit(address(configurator));
        emit IConfigurator.FreezerSet(p.pau, freezer, true, govOps);
        vm.prank(govOps);
        configurator.setFreezer(p.pau, freezer);
        assertTrue(p.controller.hasRole(role, freezer));

        vm.expectEmit(address(configurator));
        emit IConfigurator.FreezerSet(p.pau, freezer, false, govOps);
        vm.prank(govOps);
        configurator.removeFreezer(p.pau, freezer);
        assertFalse(p.controller.hasRole(role, freezer));
    }

    function test_roleCalls_revertOnZeroAccount() public {
        vm.startPrank(govOps);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_ZeroAddress.selector, "relayer"));
        configurator.setRelayer(p.pau, address(0));
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_ZeroAddress.selector, "relayer"));
        configurator.removeRelayer(p.pau, address(0));
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_ZeroAddress.selector, "freezer"));
        configurator.setFreezer(p.pau, address(0));
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_ZeroAddress.selector, "freezer"));
        configurator.removeFreezer(p.pau, address(0));
        vm.stopPrank();
    }

    function test_roleCalls_revertOutsider() public {
        bytes memory err = abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, outsider);
        vm.startPrank(outsider);
        vm.expectRevert(err);
        configurator.setRelayer(p.pau, relayer);
        vm.expectRevert(err);
        configurator.removeRelayer(p.pau, relayer);
        vm.expectRevert(err);
        configurator.setFreezer(p.pau, freezer);
        vm.expectRevert(err);
        configurator.removeFreezer(p.pau, freezer);
        vm.stopPrank();
        assertEq(p.controller.getRoleMemberCount(p.controller.RELAYER()), 0);
        assertEq(p.controller.getRoleMemberCount(p.controller.FREEZER()), 0);
    }

    function test_roleCalls_revertPauNotRegistered() public {
        address unknown = makeAddr("unknownPau");
        bytes memory err = abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, unknown);
        vm.startPrank(govOps);
        vm.expectRevert(err);
        configurator.setRelayer(unknown, relayer);
        vm.expectRevert(err);
        configurator.removeRelayer(unknown, relayer);
        vm.expectRevert(err);
        configurator.setFreezer(unknown, freezer);
        vm.expectRevert(err);
        configurator.removeFreezer(unknown, freezer);
        vm.stopPrank();
    }

    function test_roleCalls_needConfiguratorAsControllerAdmin() public {
        // A PAU registered by mistake with someone else as admin: the controller refuses the Configurator.
        PauParts memory foreign = _deployWiredPau(stateAdmin, address(0));
        vm.startPrank(stateAdmin);
        state.setPauContracts(foreign.pau, address(foreign.controller), address(foreign.rateLimits));
        state.addGovOps(foreign.pau, govOps);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(configurator), bytes32(0)
            )
        );
        vm.prank(govOps);
        configurator.setRelayer(foreign.pau, relayer);
    }

    // ---- multicall ----

    function test_multicall_batchesWithCallerAuthority() public {
        bytes[] memory calls = new bytes[](3);
        calls[0] = abi.encodeCall(IConfigurator.setRateLimit, (p.pau, key, INIT_MAX, INIT_SLOPE));
        calls[1] = abi.encodeCall(IConfigurator.setRelayer, (p.pau, relayer));
        calls[2] = abi.encodeCall(IConfigurator.lastIncreaseAt, (p.pau, key));
        vm.prank(govOps);
        bytes[] memory results = configurator.multicall(calls);
        _assertLimit(INIT_MAX, INIT_SLOPE);
        assertTrue(p.controller.hasRole(p.controller.RELAYER(), relayer));
        assertEq(abi.decode(results[2], (uint256)), block.timestamp);
    }

    function test_multicall_revertsOutsiderAndIsAtomic() public {
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(IConfigurator.setRateLimit, (p.pau, key, INIT_MAX, INIT_SLOPE));
        calls[1] = abi.encodeCall(IConfigurator.setRelayer, (other.pau, relayer)); // govOps is not accordant here
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, other.pau, govOps));
        vm.prank(govOps);
        configurator.multicall(calls);
        _assertLimit(0, 0);

        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, outsider));
        vm.prank(outsider);
        configurator.multicall(calls);
    }
}
