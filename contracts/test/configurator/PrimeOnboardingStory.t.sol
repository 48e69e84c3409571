// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {PauFixture} from "../utils/PauFixture.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice The spec's reference user stories, end to end with time warps, on Sky's PAS (the local stand-in) and
///         the real PAU: a Prime's PAU onboarded by hand the way PAS onboards any Star (PASAuthorizeInPAU, then a
///         Core Council timelocked batch, then the Core Council's direct cBEAM grants), GovOps ramping a limit under
///         SORL through the PAS Configurator, and the emergency paths.
contract PrimeOnboardingStoryTest is SystemFixture, PauFixture {
    uint256 internal constant INIT_MAX = 10_000_000e18;
    /// @dev The spec's "115k/s" read as 10M a day (10M / 86,400 s ≈ 115.74 tokens per second).
    uint256 internal constant INIT_SLOPE = INIT_MAX / 1 days;
    bytes32 internal constant PRIME_SALT = "prime";

    address internal primeGovernance = makeAddr("primeGovernance");
    address internal depositDestination = makeAddr("depositDestination");
    address internal relayer = makeAddr("relayer");
    address internal anyone = makeAddr("anyone");

    Pau internal p;
    bytes32 internal depositKey;
    bytes internal relayerAction;

    function setUp() public {
        _deploySystem();
        p = _deployPau(primeGovernance, address(0), freezer);
        depositKey = _transferKey(address(usds), depositDestination);
        relayerAction = abi.encodeCall(IAccessControl.grantRole, (p.controller.RELAYER(), relayer));
        // The Prime's governance authorises the PAS Configurator in its PAU (what PASAuthorizeInPAU does).
        vm.startPrank(primeGovernance);
        p.controller.grantRole(bytes32(0), address(configurator));
        p.rateLimits.grantRole(bytes32(0), address(configurator));
        vm.stopPrank();
    }

    /// @dev The Core Council's timelocked onboarding of the PAU: registrations, the Day-0 init, the GovOps vetting
    ///      and the relayer grant as an enabled controller action.
    function _onboardingBatch()
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        targets = new address[](5);
        values = new uint256[](5);
        payloads = new bytes[](5);
        for (uint256 i = 0; i < 5; ++i) {
            targets[i] = address(beamState);
        }
        payloads[0] = abi.encodeCall(IBeamState.addRateLimits, (address(p.rateLimits)));
        payloads[1] = abi.encodeCall(IBeamState.addController, (address(p.controller)));
        payloads[2] =
            abi.encodeCall(IBeamState.addInitRateLimits, (depositKey, address(p.rateLimits), INIT_MAX, INIT_SLOPE));
        payloads[3] = abi.encodeCall(IBeamState.addCBeam, (govOps));
        payloads[4] = abi.encodeCall(IBeamState.addInitControllerActions, (relayerAction, address(p.controller)));
    }

    function _onboard() internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _onboardingBatch();
        vm.prank(governance);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), PRIME_SALT, DELAY);
        vm.warp(block.timestamp + DELAY);
        vm.prank(anyone);
        timelock.executeBatch(targets, values, payloads, bytes32(0), PRIME_SALT);
        _grantCBeamOnClass(address(p.rateLimits), address(p.controller), govOps);
    }

    function _raise(uint256 maxAmount) internal {
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, maxAmount, INIT_SLOPE);
    }

    function _maxAmount() internal view returns (uint256) {
        return p.rateLimits.getRateLimitData(depositKey).maxAmount;
    }

    function test_story_primeOnboarding() public {
        // 1. A Core Council proposer schedules the onboarding as one batch at the minimum delay.
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _onboardingBatch();
        bytes32 id = timelock.hashOperationBatch(targets, values, payloads, bytes32(0), PRIME_SALT);
        uint256 scheduledAt = block.timestamp;
        vm.prank(governance);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), PRIME_SALT, DELAY);
        assertTrue(timelock.isOperationPending(id));

        // Nothing is configurable yet.
        vm.expectRevert("Configurator/not-authorized-ratelimits-cBeam");
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, INIT_MAX, INIT_SLOPE);

        // 2. Executing before the delay fails.
        vm.warp(scheduledAt + DELAY - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        vm.prank(anyone);
        timelock.executeBatch(targets, values, payloads, bytes32(0), PRIME_SALT);

        // 3. After the delay anyone executes; the per-contract grants are the Core Council's direct calls.
        vm.warp(scheduledAt + DELAY);
        vm.prank(anyone);
        timelock.executeBatch(targets, values, payloads, bytes32(0), PRIME_SALT);
        assertTrue(timelock.isOperationDone(id));
        assertEq(beamState.rateLimits(address(p.rateLimits)), 1);
        assertEq(beamState.cBeams(govOps), 1);
        vm.expectRevert("Configurator/not-authorized-ratelimits-cBeam");
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, INIT_MAX, INIT_SLOPE);
        _grantCBeamOnClass(address(p.rateLimits), address(p.controller), govOps);
        IBeamState.DefaultRateLimits memory init = beamState.getInitRateLimits(depositKey, address(p.rateLimits));
        assertEq(init.maxAmount, INIT_MAX);
        assertEq(init.slope, INIT_SLOPE);

        // 4. GovOps instantiates the init (10M; a new key starts empty in PAS) and grants the relayer.
        vm.startPrank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, INIT_MAX, INIT_SLOPE);
        configurator.callControllerAction(address(p.controller), relayerAction);
        vm.stopPrank();
        assertEq(_maxAmount(), 10_000_000e18);
        assertEq(p.rateLimits.getCurrentRateLimit(depositKey), 0);
        assertTrue(p.controller.hasRole(p.controller.RELAYER(), relayer));
        uint256 t0 = block.timestamp;

        // 5. 10M -> 12.5M after one hop; one second early is refused.
        vm.warp(t0 + 18 hours - 1);
        vm.expectRevert("Configurator/increment-too-soon");
        _raise(12_500_000e18);
        vm.warp(t0 + 18 hours);
        _raise(12_500_000e18);
        assertEq(_maxAmount(), 12_500_000e18);

        // 6. -> 15.625M after the next hop; one wei more than 25% is refused.
        vm.warp(t0 + 36 hours);
        vm.expectRevert("Configurator/exceeds-max-amount");
        _raise(15_625_000e18 + 1);
        _raise(15_625_000e18);
        assertEq(_maxAmount(), 15_625_000e18);

        // 7. Five more hops at the full 25%: seven increases in all.
        for (uint256 i = 3; i <= 7; ++i) {
            vm.warp(t0 + i * 18 hours);
            _raise(_maxAmount() * 1.25e18 / 1e18);
        }
        // 10M * 1.25^7 = 10M * 78125 / 16384 = 47,683,715.8203125 (exact: no rounding at 18 decimals).
        assertEq(_maxAmount(), 47_683_715_820_312_500_000_000_000);
        assertEq(configurator.zzz(address(p.rateLimits), depositKey), t0 + 7 * 18 hours);
    }

    function test_story_emergency() public {
        _onboard();
        vm.startPrank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, INIT_MAX, INIT_SLOPE);
        configurator.callControllerAction(address(p.controller), relayerAction);
        vm.stopPrank();
        bytes32 relayerRole = p.controller.RELAYER();

        // A compromised relayer: the freezer cuts it off and freezes the controller at once.
        vm.startPrank(freezer);
        p.controller.removeRelayer(relayer);
        p.controller.freeze();
        vm.stopPrank();
        assertFalse(p.controller.hasRole(relayerRole, relayer));
        assertTrue(p.controller.frozen());

        // GovOps cut the limit at once (decreases need no hop).
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, 0, 0);
        assertEq(p.rateLimits.getCurrentRateLimit(depositKey), 0);

        // Meanwhile someone schedules the vetting of an intruder; the pauser pauses the timelock: it cannot run.
        address intruder = makeAddr("intruder");
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _one(intruder);
        vm.prank(governance);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), "grant", DELAY);
        vm.prank(pauser);
        timelock.pause();
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(anyone);
        timelock.executeBatch(targets, values, payloads, bytes32(0), "grant");

        // The Core Council stops BeamState and removes GovOps directly: no timelock needed, even while it is paused.
        vm.startPrank(coreCouncil);
        beamState.stop();
        beamState.unsetCBeamForRateLimits(address(p.rateLimits), govOps);
        beamState.unsetCBeamForController(address(p.controller), govOps);
        beamState.delCBeam(govOps);
        beamState.delInitRateLimits(depositKey, address(p.rateLimits));
        vm.stopPrank();
        vm.expectRevert("Configurator/stopped");
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, 1, 0);

        // Sky's PauseProxy unpauses and the canceller cancels the stray vetting at once: nothing was executed.
        bytes32 id = timelock.hashOperationBatch(targets, values, payloads, bytes32(0), "grant");
        vm.prank(pauseProxy);
        timelock.unpause();
        vm.prank(governance);
        timelock.cancel(id);
        assertEq(beamState.cBeams(intruder), 0);
        // A timelocked start brings the Configurator back; GovOps is no longer granted.
        _governance(address(beamState), abi.encodeCall(IBeamState.start, ()));
        vm.expectRevert("Configurator/not-authorized-ratelimits-cBeam");
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), depositKey, 1, 0);
    }

    /// @dev SORL parameters change only through a Core Council timelocked operation (or a spell), never directly.
    function test_story_sorlParamsOnlyThroughTimelock() public {
        address[4] memory direct = [coreCouncil, governance, anyone, address(factory)];
        for (uint256 i = 0; i < direct.length; ++i) {
            vm.expectRevert("BeamState/role-not-authorized");
            vm.prank(direct[i]);
            beamState.setHop(address(0), 1 hours);
        }
        _governance(address(beamState), abi.encodeCall(IBeamState.setHop, (address(0), 1 hours)));
        assertEq(beamState.getHop(address(p.rateLimits)), 1 hours);
        _governance(address(beamState), abi.encodeCall(IBeamState.setMaxChange, (address(p.rateLimits), 1.5e18)));
        assertEq(beamState.getMaxChange(address(p.rateLimits)), 1.5e18);
        assertEq(beamState.getMaxChange(address(0)), 1.25e18);
    }

    function _one(address account)
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        targets = new address[](1);
        values = new uint256[](1);
        payloads = new bytes[](1);
        targets[0] = address(beamState);
        payloads[0] = abi.encodeCall(IBeamState.addCBeam, (account));
    }
}
