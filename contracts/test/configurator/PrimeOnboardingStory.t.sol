// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IBEAMState} from "../../src/interfaces/IBEAMState.sol";
import {IBEAMTimeLock} from "../../src/interfaces/IBEAMTimeLock.sol";
import {IConfigurator} from "../../src/interfaces/IConfigurator.sol";
import {IHaloController} from "../../src/interfaces/IHaloController.sol";
import {ConfiguratorTestBase} from "./ConfiguratorTestBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @notice The spec's reference user stories, end to end with time warps, on the real timelock and the real PAU.
contract PrimeOnboardingStoryTest is ConfiguratorTestBase {
    uint256 internal constant INIT_MAX = 10_000_000e18;
    /// @dev The spec's "115k/s" read as 10M a day (10M / 86,400 s ≈ 115.74 tokens per second).
    uint256 internal constant INIT_SLOPE = INIT_MAX / 1 days;

    address internal usds = makeAddr("USDS");
    address internal depositDestination = makeAddr("depositDestination");
    address internal anyone = makeAddr("anyone");

    PauParts internal p;
    bytes32 internal depositKey;

    function setUp() public {
        vm.warp(1_750_000_000);
        _deployUnit(true, address(0));
        p = _deployWiredPau(address(configurator), address(0));
        depositKey = _transferKey(usds, depositDestination);
    }

    function _onboardingBatch()
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        targets = new address[](3);
        values = new uint256[](3);
        payloads = new bytes[](3);
        targets[0] = targets[1] = targets[2] = address(state);
        payloads[0] = abi.encodeCall(IBEAMState.setPauContracts, (p.pau, address(p.controller), address(p.rateLimits)));
        payloads[1] = abi.encodeCall(IBEAMState.addInitRateLimit, (depositKey, address(0), INIT_MAX, INIT_SLOPE));
        payloads[2] = abi.encodeCall(IBEAMState.addGovOps, (p.pau, govOps));
    }

    function _onboard() internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _onboardingBatch();
        vm.prank(abeam);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32("prime"), DELAY);
        vm.warp(block.timestamp + 14 days);
        vm.prank(anyone);
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32("prime"));
    }

    function _raise(uint256 maxAmount) internal {
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, depositKey, maxAmount, INIT_SLOPE);
    }

    function _maxAmount() internal view returns (uint256 m) {
        (m,) = _limit(p, depositKey);
    }

    function test_story_primeOnboarding() public {
        // 1. aBEAM schedules the three additions as one batch, at the default delay.
        assertEq(timelock.getMinDelay(), timelock.DEFAULT_DELAY());
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _onboardingBatch();
        bytes32 id = timelock.hashOperationBatch(targets, values, payloads, bytes32(0), bytes32("prime"));
        uint256 scheduledAt = block.timestamp;
        vm.prank(abeam);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32("prime"), 14 days);
        assertTrue(timelock.isOperationPending(id));

        // Nothing is configurable yet.
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, p.pau));
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, depositKey, INIT_MAX, INIT_SLOPE);

        // 2. Executing before 14 days fails.
        vm.warp(scheduledAt + 14 days - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        vm.prank(anyone);
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32("prime"));

        // 3. After 14 days anyone executes.
        vm.warp(scheduledAt + 14 days);
        vm.prank(anyone);
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32("prime"));
        assertTrue(timelock.isOperationDone(id));
        assertTrue(state.getPau(p.pau).registered);
        assertTrue(state.isGovOps(p.pau, govOps));
        (bool exists, uint256 initMax, uint256 initSlope) = state.getInitRateLimit(depositKey, p.pau);
        assertTrue(exists);
        assertEq(initMax, INIT_MAX);
        assertEq(initSlope, INIT_SLOPE);

        // 4. GovOps instantiates the init (10M) and makes itself the relayer, in one multicall.
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(IConfigurator.setRateLimit, (p.pau, depositKey, INIT_MAX, INIT_SLOPE));
        calls[1] = abi.encodeCall(IConfigurator.setRelayer, (p.pau, govOps));
        vm.prank(govOps);
        configurator.multicall(calls);
        assertEq(_maxAmount(), 10_000_000e18);
        assertEq(p.rateLimits.getCurrentRateLimit(depositKey), 10_000_000e18);
        assertTrue(p.controller.hasRole(p.controller.RELAYER(), govOps));
        uint256 t0 = block.timestamp;

        // 5. 10M -> 12.5M after one hop; one second early is refused with the exact error.
        vm.warp(t0 + 18 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, depositKey, t0 + 18 hours)
        );
        _raise(12_500_000e18);
        vm.warp(t0 + 18 hours);
        _raise(12_500_000e18);
        assertEq(_maxAmount(), 12_500_000e18);

        // 6. -> 15.625M after the next hop; one wei more than 25% is refused with the exact error.
        vm.warp(t0 + 36 hours);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConfigurator.Configurator_IncreaseTooLarge.selector, depositKey, 15_625_000e18 + 1, 15_625_000e18
            )
        );
        _raise(15_625_000e18 + 1);
        _raise(15_625_000e18);
        assertEq(_maxAmount(), 15_625_000e18);

        // 7. Five more hops at the full 25%: seven increases in all.
        for (uint256 i = 3; i <= 7; ++i) {
            vm.warp(t0 + i * 18 hours);
            (uint256 cap,, uint256 nextAt) = configurator.sorlBounds(p.pau, depositKey);
            assertEq(nextAt, block.timestamp, "each raise lands exactly on the hop");
            _raise(cap);
        }
        // 10M * 1.25^7 = 10M * 78125 / 16384 = 47,683,715.8203125 (exact: no rounding at 18 decimals).
        assertEq(_maxAmount(), 47_683_715_820_312_500_000_000_000);
        assertEq(configurator.lastIncreaseAt(p.pau, depositKey), t0 + 7 * 18 hours);
    }

    function test_story_emergency() public {
        _onboard();
        vm.startPrank(govOps);
        configurator.setRateLimit(p.pau, depositKey, INIT_MAX, INIT_SLOPE);
        configurator.setRelayer(p.pau, relayer);
        configurator.setFreezer(p.pau, freezer);
        vm.stopPrank();
        bytes32 relayerRole = p.controller.RELAYER();
        bytes32 freezerRole = p.controller.FREEZER();

        // A compromised relayer: the freezer cuts it off and freezes the controller at once.
        vm.startPrank(freezer);
        p.controller.removeRelayer(relayer);
        p.controller.freeze();
        vm.stopPrank();
        assertFalse(p.controller.hasRole(relayerRole, relayer));
        assertTrue(p.controller.frozen());

        // GovOps cut the limit instantly and retire the freezer.
        vm.startPrank(govOps);
        configurator.removeRateLimit(p.pau, depositKey);
        configurator.removeFreezer(p.pau, freezer);
        vm.stopPrank();
        assertEq(p.rateLimits.getCurrentRateLimit(depositKey), 0);
        assertFalse(p.controller.hasRole(freezerRole, freezer));

        // Meanwhile someone schedules a new cBEAM grant; aBEAM pauses the timelock and it can not run.
        address intruder = makeAddr("intruder");
        bytes memory grant = abi.encodeCall(IBEAMState.addGovOps, (p.pau, intruder));
        vm.prank(abeam2);
        timelock.schedule(address(state), 0, grant, bytes32(0), bytes32("grant"), 14 days);
        vm.prank(abeam);
        timelock.pause();
        vm.warp(block.timestamp + 14 days);
        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_Paused.selector);
        vm.prank(anyone);
        timelock.execute(address(state), 0, grant, bytes32(0), bytes32("grant"));
        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_Paused.selector);
        vm.prank(abeam);
        timelock.schedule(address(state), 0, grant, bytes32(0), bytes32("again"), 14 days);

        // aBEAM removes GovOps, the init and the PAU instantly: no timelock needed, even while it is paused.
        vm.startPrank(abeam);
        state.removeGovOps(p.pau, govOps);
        state.removeInitRateLimit(depositKey, address(0));
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, govOps));
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, depositKey, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_NotGovOps.selector, p.pau, govOps));
        vm.prank(govOps);
        configurator.setRelayer(p.pau, govOps);

        vm.prank(abeam2);
        state.removePau(p.pau);
        assertEq(state.getPaus().length, 0);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_PauNotRegistered.selector, p.pau));
        vm.prank(govOps);
        configurator.setRelayer(p.pau, govOps);

        // Governance cancels the stray grant while paused, then unpauses: nothing was executed.
        bytes32 id = timelock.hashOperation(address(state), 0, grant, bytes32(0), bytes32("grant"));
        vm.prank(abeam);
        timelock.cancel(id);
        vm.prank(governance);
        timelock.unpause();
        assertFalse(state.isGovOps(p.pau, intruder));
        assertEq(p.controller.getRoleMemberCount(relayerRole), 0);
        assertEq(p.controller.getRoleMemberCount(freezerRole), 0);
    }

    /// @dev factory.md's hand-off: the factory registers the PAU it deployed with Day-0 inits restricted to it,
    ///      seeds the Day-0 limit, and schedules (never executes) the cBEAM grant; anyone executes it after the delay.
    function test_story_factoryHandOff() public {
        uint256 irl = 100_000e18;
        uint256 irlSlope = irl / 1 days;
        bytes32 factoryRole = state.FACTORY();
        bytes32 proposerRole = timelock.PROPOSER_ROLE();
        vm.prank(address(timelock));
        state.grantRole(factoryRole, factory);
        vm.prank(governance);
        timelock.grantRole(proposerRole, factory);

        // The factory's transaction.
        bytes memory grant = abi.encodeCall(IBEAMState.addGovOps, (p.pau, govOps));
        vm.startPrank(factory);
        state.registerFactoryPau(p.pau, address(p.controller), address(p.rateLimits), _inits(depositKey, irl, irlSlope));
        p.rateLimits.setInitialRateLimitData(depositKey, irl, irlSlope);
        timelock.schedule(address(state), 0, grant, bytes32(0), bytes32(0), DELAY);
        // It can not grant cBEAM itself, nor add scope-wide inits.
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, factory, state.DEFAULT_ADMIN_ROLE()
            )
        );
        state.addGovOps(p.pau, govOps);
        vm.stopPrank();
        assertTrue(state.getPau(p.pau).viaFactory);
        assertEq(state.getInitKeys(address(0)).length, 0);
        assertFalse(state.isGovOps(p.pau, govOps));

        vm.warp(block.timestamp + DELAY);
        vm.prank(anyone);
        timelock.execute(address(state), 0, grant, bytes32(0), bytes32(0));
        assertTrue(state.isGovOps(p.pau, govOps));

        // The seeded key has no hop clock yet: GovOps may raise it by 25% at once, then the hop applies.
        vm.startPrank(govOps);
        configurator.setRelayer(p.pau, govOps);
        configurator.setRateLimit(p.pau, depositKey, irl * 125 / 100, irlSlope);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConfigurator.Configurator_IncreaseTooSoon.selector, depositKey, block.timestamp + 18 hours
            )
        );
        configurator.setRateLimit(p.pau, depositKey, irl * 150 / 100, irlSlope);
        vm.stopPrank();
        assertEq(_maxAmount(), 125_000e18);
    }

    /// @dev Rule 8 end to end: `hop` and `maxChange` change only by a timelocked operation, never directly.
    function test_story_sorlParamsOnlyThroughTimelock() public {
        bytes32 adminRole = state.DEFAULT_ADMIN_ROLE();
        address[3] memory direct = [abeam, governance, anyone];
        for (uint256 i = 0; i < direct.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, direct[i], adminRole)
            );
            vm.prank(direct[i]);
            state.setSorlParams(1 hours, 5000);
        }
        bytes memory call = abi.encodeCall(IBEAMState.setSorlParams, (1 hours, 5000));
        vm.prank(abeam);
        timelock.schedule(address(state), 0, call, bytes32(0), bytes32(0), DELAY);
        assertEq(state.hop(), 18 hours, "nothing changes while pending");
        vm.warp(block.timestamp + DELAY);
        vm.prank(anyone);
        timelock.execute(address(state), 0, call, bytes32(0), bytes32(0));
        assertEq(state.hop(), 1 hours);
        assertEq(state.maxChangeBps(), 5000);
    }
}
