// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BeamState} from "../../pas/BeamState.sol";
import {Configurator} from "../../pas/Configurator.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {IPasConfigurator} from "../../src/interfaces/pas/IPasConfigurator.sol";
import {PasFixture} from "./PasFixture.sol";

/// @notice PAS Configurator rules on the stand-in, with this repository's PAU (RateLimits, HaloController clones
///         administered by the Configurator) as the RateLimits and controller under test — which also shows that
///         our PAU fits PAS: first instantiation up to the default, +25% per hop, immediate decreases, unlimited
///         defaults, and relayer grants / destination approvals as enabled controller actions.
contract PasConfiguratorTest is PasFixture {
    bytes32 internal constant KEY = keccak256("transfer-key");
    bytes32 internal constant KEY2 = keccak256("other-key");
    uint256 internal constant INIT_MAX = 1000e18;
    uint256 internal constant INIT_SLOPE = 1e16;
    uint256 internal constant HOP = 1 days;
    uint256 internal constant MAX_CHANGE = 1.25e18;
    address internal constant RELAYER = address(0x4E1A);
    address internal constant DESTINATION = address(0xDE57);

    Pau internal pau;
    Pau internal pau2;
    IRateLimits internal rl;
    address internal ctrl;

    function setUp() public {
        _deployPas();
        pau = _deployPau(address(configurator), address(0));
        pau2 = _deployPau(address(configurator), address(0));
        rl = IRateLimits(address(pau.rateLimits));
        ctrl = address(pau.controller);

        vm.startPrank(PAUSE_PROXY);
        beamState.setHop(address(0), HOP);
        beamState.setMaxChange(address(0), MAX_CHANGE);
        beamState.addRateLimits(address(rl));
        beamState.addController(ctrl);
        beamState.addCBeam(GOV_OPS);
        beamState.setCBeamForRateLimits(address(rl), GOV_OPS);
        beamState.setCBeamForController(ctrl, GOV_OPS);
        beamState.addInitRateLimits(KEY, address(rl), INIT_MAX, INIT_SLOPE);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- helpers

    function _set(bytes32 key, uint256 maxAmount, uint256 slope) internal {
        vm.prank(GOV_OPS);
        configurator.setRateLimit(address(rl), key, maxAmount, slope);
    }

    function _expectSetRevert(bytes32 key, uint256 maxAmount, uint256 slope, string memory reason) internal {
        vm.prank(GOV_OPS);
        vm.expectRevert(bytes(reason));
        configurator.setRateLimit(address(rl), key, maxAmount, slope);
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

    function _spend(bytes32 key, uint256 amount) internal {
        vm.prank(ctrl);
        rl.triggerRateLimitDecrease(key, amount);
    }

    function _ward(address target, bytes memory data) internal {
        vm.prank(PAUSE_PROXY);
        (bool ok,) = target.call(data);
        assertTrue(ok, "ward call failed");
    }

    // ---------------------------------------------------------------- construction

    function test_constructor() public {
        assertEq(configurator.beamState(), address(beamState));
        IPasConfigurator other = IPasConfigurator(address(new Configurator(address(0xB0B))));
        assertEq(other.beamState(), address(0xB0B));
    }

    // ---------------------------------------------------------------- SORL: first instantiation and ceiling

    function test_firstInstantiation_upToInit() public {
        vm.expectEmit(address(configurator));
        emit IPasConfigurator.SetRateLimit(address(rl), KEY, INIT_MAX, INIT_SLOPE);
        _set(KEY, INIT_MAX, INIT_SLOPE);
        // A new key starts empty (min(new max, available = 0)) and fills at the slope.
        _assertData(KEY, INIT_MAX, INIT_SLOPE, 0, block.timestamp);
        assertEq(configurator.zzz(address(rl), KEY), block.timestamp, "an increase records zzz");
        vm.warp(block.timestamp + 100);
        assertEq(rl.getCurrentRateLimit(KEY), 100 * INIT_SLOPE);
    }

    function test_firstInstantiation_aboveInitRefused() public {
        _expectSetRevert(KEY, INIT_MAX + 1, INIT_SLOPE, "Configurator/exceeds-max-amount");
        _expectSetRevert(KEY, INIT_MAX, INIT_SLOPE + 1, "Configurator/exceeds-max-slope");
        // maxAmount is checked before slope.
        _expectSetRevert(KEY, INIT_MAX + 1, INIT_SLOPE + 1, "Configurator/exceeds-max-amount");
    }

    function test_noInit_nothingAboveCurrent() public {
        _expectSetRevert(KEY2, 1, 0, "Configurator/exceeds-max-amount");
        _expectSetRevert(KEY2, 0, 1, "Configurator/exceeds-max-slope");
        _set(KEY2, 0, 0); // no change is allowed (and needs no hop)
        assertEq(configurator.zzz(address(rl), KEY2), 0);
    }

    function test_ceiling_plus25PercentPerHop() public {
        _set(KEY, INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + HOP);
        _expectSetRevert(KEY, INIT_MAX * 125 / 100 + 1, INIT_SLOPE, "Configurator/exceeds-max-amount");
        _expectSetRevert(KEY, INIT_MAX, INIT_SLOPE * 125 / 100 + 1, "Configurator/exceeds-max-slope");
        _set(KEY, INIT_MAX * 125 / 100, INIT_SLOPE * 125 / 100);
        _assertData(KEY, 1250e18, 1.25e16, rl.getCurrentRateLimit(KEY), block.timestamp);

        // Compounding: the next hop allows +25% of the new value.
        vm.warp(block.timestamp + HOP);
        _expectSetRevert(KEY, 1562.5e18 + 1, 0, "Configurator/exceeds-max-amount");
        _set(KEY, 1562.5e18, 1.5625e16);
    }

    /// @dev Below the default, the default is the ceiling: after a decrease GovOps may go back to it in one step.
    function test_ceiling_initWinsBelowIt() public {
        _set(KEY, 100e18, 1e15);
        vm.warp(block.timestamp + HOP);
        _set(KEY, INIT_MAX, INIT_SLOPE); // 10x the current value, but within the default
        _assertData(KEY, INIT_MAX, INIT_SLOPE, 86.4e18, block.timestamp); // one day at 1e15 per second
    }

    /// @dev With maxChange 1x, the ceiling is max(default, current): no growth above either.
    function test_ceiling_maxChangeOne() public {
        _ward(address(beamState), abi.encodeCall(IBeamState.setMaxChange, (address(rl), WAD)));
        _set(KEY, INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + HOP);
        _expectSetRevert(KEY, INIT_MAX + 1, INIT_SLOPE, "Configurator/exceeds-max-amount");
        _expectSetRevert(KEY, INIT_MAX, INIT_SLOPE + 1, "Configurator/exceeds-max-slope");
    }

    /// @dev A maxChange never set (0) also leaves max(default, current).
    function test_ceiling_maxChangeUnset() public {
        vm.prank(PAUSE_PROXY);
        BeamState fresh = new BeamState();
        IPasConfigurator freshConfigurator = IPasConfigurator(address(new Configurator(address(fresh))));
        Pau memory p = _deployPau(address(freshConfigurator), address(0));
        vm.startPrank(PAUSE_PROXY);
        fresh.setHop(address(0), HOP);
        fresh.addRateLimits(address(p.rateLimits));
        fresh.addCBeam(GOV_OPS);
        fresh.setCBeamForRateLimits(address(p.rateLimits), GOV_OPS);
        fresh.addInitRateLimits(KEY, address(p.rateLimits), INIT_MAX, INIT_SLOPE);
        vm.stopPrank();
        assertEq(fresh.getMaxChange(address(p.rateLimits)), 0);

        vm.startPrank(GOV_OPS);
        freshConfigurator.setRateLimit(address(p.rateLimits), KEY, INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + HOP);
        vm.expectRevert("Configurator/exceeds-max-amount");
        freshConfigurator.setRateLimit(address(p.rateLimits), KEY, INIT_MAX + 1, INIT_SLOPE);
        freshConfigurator.setRateLimit(address(p.rateLimits), KEY, INIT_MAX / 2, 0); // decreases still work
        vm.stopPrank();
    }

    function test_ceiling_specificMaxChangeWins() public {
        _ward(address(beamState), abi.encodeCall(IBeamState.setMaxChange, (address(rl), 2 * WAD)));
        _set(KEY, INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + HOP);
        _set(KEY, 2 * INIT_MAX, 2 * INIT_SLOPE);
    }

    function test_init_fallsBackToAddressZero() public {
        _ward(address(beamState), abi.encodeCall(IBeamState.addInitRateLimits, (KEY2, address(0), 50e18, 1e15)));
        _expectSetRevert(KEY2, 50e18 + 1, 0, "Configurator/exceeds-max-amount");
        _set(KEY2, 50e18, 1e15);
        // A specific default replaces the scope-wide one.
        _ward(address(beamState), abi.encodeCall(IBeamState.addInitRateLimits, (KEY2, address(rl), 500e18, 1e15)));
        vm.warp(block.timestamp + HOP);
        _set(KEY2, 500e18, 1e15);
    }

    // ---------------------------------------------------------------- SORL: hop

    function test_increase_needsHopSinceLastIncrease() public {
        _set(KEY, 500e18, INIT_SLOPE);
        uint256 first = block.timestamp;
        _expectSetRevert(KEY, 600e18, INIT_SLOPE, "Configurator/increment-too-soon");
        vm.warp(first + HOP - 1);
        _expectSetRevert(KEY, 600e18, INIT_SLOPE, "Configurator/increment-too-soon");
        vm.warp(first + HOP);
        _set(KEY, 600e18, INIT_SLOPE);
        assertEq(configurator.zzz(address(rl), KEY), first + HOP);
    }

    function test_increase_ofSlopeAlone_needsHop() public {
        _set(KEY, 500e18, INIT_SLOPE / 2);
        _expectSetRevert(KEY, 500e18, INIT_SLOPE, "Configurator/increment-too-soon");
    }

    function test_increaseOfOne_withDecreaseOfOther_needsHop() public {
        _set(KEY, 500e18, INIT_SLOPE / 2);
        _expectSetRevert(KEY, 400e18, INIT_SLOPE, "Configurator/increment-too-soon");
        _expectSetRevert(KEY, 600e18, INIT_SLOPE / 4, "Configurator/increment-too-soon");
    }

    function test_hopZero_refusesIncreases() public {
        _ward(address(beamState), abi.encodeCall(IBeamState.setHop, (address(0), 0)));
        _expectSetRevert(KEY, INIT_MAX, INIT_SLOPE, "Configurator/hop-not-set");
        _set(KEY, 0, 0); // no change: allowed
    }

    function test_specificHopWins() public {
        _ward(address(beamState), abi.encodeCall(IBeamState.setHop, (address(rl), 1 hours)));
        _set(KEY, 500e18, INIT_SLOPE);
        vm.warp(block.timestamp + 1 hours);
        _set(KEY, 600e18, INIT_SLOPE);
    }

    function test_zzz_isPerKeyAndPerRateLimits() public {
        _ward(address(beamState), abi.encodeCall(IBeamState.addInitRateLimits, (KEY2, address(rl), INIT_MAX, 0)));
        _ward(address(beamState), abi.encodeCall(IBeamState.addRateLimits, (address(pau2.rateLimits))));
        _ward(
            address(beamState),
            abi.encodeCall(IBeamState.addInitRateLimits, (KEY, address(pau2.rateLimits), INIT_MAX, 0))
        );
        _ward(address(beamState), abi.encodeCall(IBeamState.setCBeamForRateLimits, (address(pau2.rateLimits), GOV_OPS)));
        _set(KEY, INIT_MAX, 0);
        _set(KEY2, INIT_MAX, 0); // another key: not blocked
        vm.prank(GOV_OPS);
        configurator.setRateLimit(address(pau2.rateLimits), KEY, INIT_MAX, 0); // another RateLimits: not blocked
        assertEq(configurator.zzz(address(pau2.rateLimits), KEY), block.timestamp);
    }

    // ---------------------------------------------------------------- SORL: decreases

    function test_decrease_isImmediate_andKeepsZzz() public {
        _set(KEY, INIT_MAX, INIT_SLOPE);
        uint256 first = block.timestamp;
        vm.warp(first + 10);
        _set(KEY, 700e18, INIT_SLOPE); // right after an increase
        _set(KEY, 700e18, INIT_SLOPE / 2);
        _set(KEY, 0, 0);
        assertEq(configurator.zzz(address(rl), KEY), first, "decreases do not move zzz");
        _assertData(KEY, 0, 0, 0, block.timestamp);
    }

    /// @dev A decrease works even when hop is 0 and maxChange is 1x.
    function test_decrease_needsNoHop() public {
        _set(KEY, INIT_MAX, INIT_SLOPE);
        _ward(address(beamState), abi.encodeCall(IBeamState.setHop, (address(0), 0)));
        _set(KEY, 1, 1);
        _assertData(KEY, 1, 1, 0, block.timestamp); // nothing had refilled yet
    }

    // ---------------------------------------------------------------- lastAmount

    function test_lastAmount_isMinOfNewMaxAndAvailable() public {
        _set(KEY, INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + 50_000); // 500e18 refilled
        _spend(KEY, 200e18);
        assertEq(rl.getCurrentRateLimit(KEY), 300e18);

        // Raising never refills: what is available carries over.
        vm.warp(block.timestamp + HOP); // +864e18 refill, capped at 1000e18
        uint256 available = rl.getCurrentRateLimit(KEY);
        assertEq(available, INIT_MAX);
        _spend(KEY, 400e18);
        _set(KEY, 1200e18, INIT_SLOPE);
        _assertData(KEY, 1200e18, INIT_SLOPE, 600e18, block.timestamp);

        // Lowering below what is available caps it at the new maximum.
        _set(KEY, 100e18, INIT_SLOPE);
        _assertData(KEY, 100e18, INIT_SLOPE, 100e18, block.timestamp);
    }

    // ---------------------------------------------------------------- unlimited

    function test_unlimitedInit_setsUnlimited() public {
        _ward(
            address(beamState), abi.encodeCall(IBeamState.addInitRateLimits, (KEY2, address(rl), type(uint256).max, 0))
        );
        vm.expectEmit(address(configurator));
        emit IPasConfigurator.SetRateLimit(address(rl), KEY2, type(uint256).max, 0);
        _set(KEY2, type(uint256).max, 0);
        _assertData(KEY2, type(uint256).max, 0, type(uint256).max, block.timestamp);
        assertEq(rl.getCurrentRateLimit(KEY2), type(uint256).max);
        assertEq(configurator.zzz(address(rl), KEY2), 0, "not an increase in the SORL sense");
        // Again at once: no hop involved.
        _set(KEY2, type(uint256).max, 0);
    }

    function test_unlimitedInit_forcesUnlimitedParams() public {
        _ward(
            address(beamState), abi.encodeCall(IBeamState.addInitRateLimits, (KEY2, address(0), type(uint256).max, 0))
        );
        _expectSetRevert(KEY2, type(uint256).max, 1, "Configurator/unlimited-incorrect-params");
        _expectSetRevert(KEY2, 5, 0, "Configurator/unlimited-incorrect-params");
        _expectSetRevert(KEY2, 0, 0, "Configurator/unlimited-incorrect-params");
        _set(KEY2, type(uint256).max, 0); // via the address(0) default
    }

    /// @dev `{max, 1}` is not "unlimited": it is an ordinary (huge) default.
    function test_nearlyUnlimitedInit_isOrdinary() public {
        _ward(
            address(beamState), abi.encodeCall(IBeamState.addInitRateLimits, (KEY2, address(rl), type(uint256).max, 1))
        );
        _set(KEY2, 5e18, 1);
        _assertData(KEY2, 5e18, 1, 0, block.timestamp);
    }

    /// @dev A key that is unlimited on the RateLimits but has a finite default can be lowered (no overflow in the
    ///      ceiling: `maxAmount <= current` short-circuits).
    function test_unlimitedCurrent_canBeLowered() public {
        vm.prank(address(configurator));
        rl.setUnlimitedRateLimitData(KEY);
        _set(KEY, type(uint256).max, 0);
        _set(KEY, 500e18, 0);
        _assertData(KEY, 500e18, 0, 500e18, block.timestamp);
    }

    // ---------------------------------------------------------------- authorisation and stop

    function test_setRateLimit_refusesUngranted() public {
        vm.prank(OUTSIDER);
        vm.expectRevert("Configurator/not-authorized-ratelimits-cBeam");
        configurator.setRateLimit(address(rl), KEY, 1, 0);

        // Granted on one RateLimits only.
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/not-authorized-ratelimits-cBeam");
        configurator.setRateLimit(address(pau2.rateLimits), KEY, 1, 0);

        // A controller grant does not open the RateLimits.
        address other = address(0x0777);
        _ward(address(beamState), abi.encodeCall(IBeamState.addCBeam, (other)));
        _ward(address(beamState), abi.encodeCall(IBeamState.setCBeamForController, (ctrl, other)));
        vm.prank(other);
        vm.expectRevert("Configurator/not-authorized-ratelimits-cBeam");
        configurator.setRateLimit(address(rl), KEY, 1, 0);
    }

    function test_setRateLimit_unsetGrantRefuses() public {
        _set(KEY, 1, 0);
        vm.prank(CORE_COUNCIL);
        beamState.unsetCBeamForRateLimits(address(rl), GOV_OPS);
        _expectSetRevert(KEY, 0, 0, "Configurator/not-authorized-ratelimits-cBeam");
    }

    function test_stopped_haltsBoth() public {
        bytes memory action = abi.encodeCall(pau.controller.setDestination, (DESTINATION, true));
        _ward(address(beamState), abi.encodeCall(IBeamState.addInitControllerActions, (action, ctrl)));

        vm.prank(CORE_COUNCIL); // IMMEDIATE role
        beamState.stop();
        _expectSetRevert(KEY, 1, 0, "Configurator/stopped");
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/stopped");
        configurator.callControllerAction(ctrl, action);
        // Checked before authorisation.
        vm.prank(OUTSIDER);
        vm.expectRevert("Configurator/stopped");
        configurator.setRateLimit(address(rl), KEY, 1, 0);
        vm.prank(OUTSIDER);
        vm.expectRevert("Configurator/stopped");
        configurator.callControllerAction(ctrl, action);

        // start is timelocked (DELAYED role).
        _timelocked(address(beamState), abi.encodeCall(IBeamState.start, ()), bytes32("start"));
        _set(KEY, 1, 0);
        vm.prank(GOV_OPS);
        configurator.callControllerAction(ctrl, action);
    }

    // ---------------------------------------------------------------- controller actions

    function _enable(bytes memory data, address controller) internal {
        _timelocked(
            address(beamState), abi.encodeCall(IBeamState.addInitControllerActions, (data, controller)), keccak256(data)
        );
    }

    function test_callControllerAction_grantsRelayer() public {
        bytes memory action = abi.encodeCall(pau.controller.grantRole, (pau.controller.RELAYER(), RELAYER));
        _enable(action, ctrl);
        vm.expectEmit(address(configurator));
        emit IPasConfigurator.CallControllerAction(ctrl, action);
        vm.prank(GOV_OPS);
        bytes memory ret = configurator.callControllerAction(ctrl, action);
        assertEq(ret.length, 0);
        assertTrue(pau.controller.hasRole(pau.controller.RELAYER(), RELAYER));
    }

    function test_callControllerAction_approvesDestination() public {
        bytes memory action = abi.encodeCall(pau.controller.setDestination, (DESTINATION, true));
        _enable(action, ctrl);
        vm.prank(GOV_OPS);
        configurator.callControllerAction(ctrl, action);
        assertTrue(pau.controller.isApprovedDestination(DESTINATION));
        // Enabled once, usable again (PAS keeps the action enabled until deleted).
        vm.prank(GOV_OPS);
        configurator.callControllerAction(ctrl, action);
    }

    function test_callControllerAction_returnsWhatTheControllerReturns() public {
        bytes memory action = abi.encodeCall(pau.controller.hasRole, (bytes32(0), address(configurator)));
        _enable(action, ctrl);
        vm.prank(GOV_OPS);
        bytes memory ret = configurator.callControllerAction(ctrl, action);
        assertEq(ret, abi.encode(true));
    }

    function test_callControllerAction_onlyEnabledCalldata() public {
        bytes memory enabled = abi.encodeCall(pau.controller.grantRole, (pau.controller.RELAYER(), RELAYER));
        bytes memory other = abi.encodeCall(pau.controller.grantRole, (pau.controller.RELAYER(), OUTSIDER));
        _enable(enabled, ctrl);
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/not-valid-data");
        configurator.callControllerAction(ctrl, other);

        // Enabled for another controller only.
        _ward(address(beamState), abi.encodeCall(IBeamState.addController, (address(pau2.controller))));
        _ward(address(beamState), abi.encodeCall(IBeamState.setCBeamForController, (address(pau2.controller), GOV_OPS)));
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/not-valid-data");
        configurator.callControllerAction(address(pau2.controller), enabled);

        // Disabled again (Core Council direct).
        vm.prank(CORE_COUNCIL);
        beamState.delInitControllerActions(keccak256(enabled), ctrl);
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/not-valid-data");
        configurator.callControllerAction(ctrl, enabled);
    }

    function test_callControllerAction_addressZeroEnablesEveryController() public {
        bytes memory action = abi.encodeCall(pau.controller.setDestination, (DESTINATION, true));
        _enable(action, address(0));
        _ward(address(beamState), abi.encodeCall(IBeamState.addController, (address(pau2.controller))));
        _ward(address(beamState), abi.encodeCall(IBeamState.setCBeamForController, (address(pau2.controller), GOV_OPS)));
        vm.startPrank(GOV_OPS);
        configurator.callControllerAction(ctrl, action);
        configurator.callControllerAction(address(pau2.controller), action);
        vm.stopPrank();
        assertTrue(pau.controller.isApprovedDestination(DESTINATION));
        assertTrue(pau2.controller.isApprovedDestination(DESTINATION));
    }

    function test_callControllerAction_callFailed() public {
        // HaloController refuses UNIT grants (only its factory registers units): the call reverts.
        bytes memory action = abi.encodeCall(pau.controller.grantRole, (pau.controller.UNIT(), OUTSIDER));
        _enable(action, ctrl);
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/call-failed");
        configurator.callControllerAction(ctrl, action);

        // A controller the Configurator does not administer.
        Pau memory foreign = _deployPau(address(0xF0), address(0));
        bytes memory grant = abi.encodeCall(pau.controller.grantRole, (pau.controller.RELAYER(), RELAYER));
        _enable(grant, address(foreign.controller));
        _ward(address(beamState), abi.encodeCall(IBeamState.addController, (address(foreign.controller))));
        _ward(
            address(beamState), abi.encodeCall(IBeamState.setCBeamForController, (address(foreign.controller), GOV_OPS))
        );
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/call-failed");
        configurator.callControllerAction(address(foreign.controller), grant);
    }

    function test_callControllerAction_refusesUngranted() public {
        bytes memory action = abi.encodeCall(pau.controller.setDestination, (DESTINATION, true));
        _enable(action, address(0));
        vm.prank(OUTSIDER);
        vm.expectRevert("Configurator/not-authorized-controller-cBeam");
        configurator.callControllerAction(ctrl, action);

        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/not-authorized-controller-cBeam");
        configurator.callControllerAction(address(pau2.controller), action);

        // A RateLimits grant does not open the controller.
        address other = address(0x0777);
        _ward(address(beamState), abi.encodeCall(IBeamState.addCBeam, (other)));
        _ward(address(beamState), abi.encodeCall(IBeamState.setCBeamForRateLimits, (address(rl), other)));
        vm.prank(other);
        vm.expectRevert("Configurator/not-authorized-controller-cBeam");
        configurator.callControllerAction(ctrl, action);

        vm.prank(CORE_COUNCIL);
        beamState.unsetCBeamForController(ctrl, GOV_OPS);
        vm.prank(GOV_OPS);
        vm.expectRevert("Configurator/not-authorized-controller-cBeam");
        configurator.callControllerAction(ctrl, action);
    }
}
