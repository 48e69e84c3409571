// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IConfigurator} from "../../src/interfaces/IConfigurator.sol";
import {ConfiguratorTestBase} from "../configurator/ConfiguratorTestBase.sol";

/// @title Review 2026-11-26: SORL bypass attempts against the Configurator (docs/review-2026-11-26.md)
/// @notice Each test is an attack the review tried; all are refused. They measure *spendable capacity* on the real
///         RateLimits, not only the stored parameters, because a refill is what a bypass would actually buy.
contract ConfiguratorReviewTest is ConfiguratorTestBase {
    address internal stateAdmin = makeAddr("stateAdmin");
    address internal asset = makeAddr("asset");
    address internal custodian = makeAddr("custodian");

    uint256 internal constant INIT_MAX = 10_000_000e18;
    uint256 internal constant INIT_SLOPE = 1e18;

    PauParts internal p;
    bytes32 internal key;

    function setUp() public {
        vm.warp(1_000_000);
        _deployUnit(false, stateAdmin);
        p = _deployWiredPau(address(configurator), address(0));
        key = _transferKey(asset, custodian);
        vm.startPrank(stateAdmin);
        state.setPauContracts(p.pau, address(p.controller), address(p.rateLimits));
        state.addInitRateLimit(key, address(0), INIT_MAX, INIT_SLOPE);
        state.addGovOps(p.pau, govOps);
        vm.stopPrank();
    }

    function _set(uint256 maxAmount, uint256 slope) internal {
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, key, maxAmount, slope);
    }

    function _spendAll() internal {
        uint256 available = p.rateLimits.getCurrentRateLimit(key);
        vm.prank(address(p.controller));
        p.rateLimits.triggerRateLimitDecrease(key, available);
        assertEq(p.rateLimits.getCurrentRateLimit(key), 0);
    }

    /// @dev Attack: spend the whole limit, remove it, wait a hop and re-instantiate "fresh" at the init to get a
    ///      full bucket back. The re-instantiated limit starts empty and only refills at the slope.
    function test_removeAndReinstantiateDoesNotRefill() public {
        _set(INIT_MAX, INIT_SLOPE);
        assertEq(p.rateLimits.getCurrentRateLimit(key), INIT_MAX, "fresh key starts full");
        _spendAll();

        vm.prank(govOps);
        configurator.removeRateLimit(p.pau, key);
        vm.warp(block.timestamp + 18 hours);
        _set(INIT_MAX, INIT_SLOPE);
        assertEq(p.rateLimits.getCurrentRateLimit(key), 0, "no refill on re-instantiation");
        vm.warp(block.timestamp + 100);
        assertEq(p.rateLimits.getCurrentRateLimit(key), 100 * INIT_SLOPE, "refills at the slope only");
    }

    /// @dev Attack: decrease (instant) then increase back inside the same hop to re-arm a spent limit.
    function test_decreaseThenIncreaseWithinHopRefusedAndNoRefill() public {
        _set(INIT_MAX, INIT_SLOPE);
        _spendAll();
        _set(1, INIT_SLOPE); // instant decrease
        uint256 nextAt = configurator.lastIncreaseAt(p.pau, key) + 18 hours;
        vm.prank(govOps);
        vm.expectRevert(abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, key, nextAt));
        configurator.setRateLimit(p.pau, key, INIT_MAX, INIT_SLOPE);
        assertEq(p.rateLimits.getCurrentRateLimit(key), 0, "the decrease did not refill");
    }

    /// @dev Attack: two increases of 25% in one multicall. The second sees the first's hop clock; the batch is atomic.
    function test_multicallCannotStackIncreases() public {
        _set(INIT_MAX, INIT_SLOPE);
        vm.warp(block.timestamp + 18 hours);
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(IConfigurator.setRateLimit, (p.pau, key, INIT_MAX * 5 / 4, INIT_SLOPE));
        calls[1] = abi.encodeCall(IConfigurator.setRateLimit, (p.pau, key, INIT_MAX * 25 / 16, INIT_SLOPE));
        vm.prank(govOps);
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooSoon.selector, key, block.timestamp + 18 hours)
        );
        configurator.multicall(calls);
        assertEq(p.rateLimits.getRateLimitData(key).maxAmount, INIT_MAX, "batch undone");
    }

    /// @dev Per-field rule (R-05 NatSpec fix): a zero field may rise to the init even when the other field is not
    ///      zero, after the hop, and never above the init.
    function test_zeroSlopeRisesToInitButNotAbove() public {
        _set(INIT_MAX, 0);
        vm.warp(block.timestamp + 18 hours);
        vm.prank(govOps);
        vm.expectRevert(
            abi.encodeWithSelector(IConfigurator.Configurator_AboveInit.selector, key, INIT_SLOPE + 1, INIT_SLOPE)
        );
        configurator.setRateLimit(p.pau, key, INIT_MAX, INIT_SLOPE + 1);
        _set(INIT_MAX, INIT_SLOPE);
        assertEq(p.rateLimits.getRateLimitData(key).slope, INIT_SLOPE);
    }
}
