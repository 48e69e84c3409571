// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {PauFixture} from "../utils/PauFixture.sol";

/// @notice RateLimits against a reference model written independently here: saturation is detected by division
///         (`slope > room / elapsed`) instead of the contract's saturating multiply-and-add.
contract RateLimitsModelTest is PauFixture {
    uint256 internal constant MAX = type(uint256).max;
    uint256 internal constant STEPS = 24;
    bytes32 internal constant KEY = keccak256("model key");

    struct Model {
        uint256 maxAmount;
        uint256 slope;
        uint256 lastAmount;
        uint256 lastUpdated;
    }

    address internal admin = makeAddr("admin");
    address internal factory = makeAddr("factory");
    RateLimits internal rl;
    address internal controller;
    Model internal m;

    function setUp() public {
        vm.warp(1_700_000_000);
        Pau memory pau = _deployPau(admin, factory);
        rl = pau.rateLimits;
        controller = address(pau.controller);
    }

    // ---- reference model ----

    function _modelCurrent() internal view returns (uint256) {
        if (m.maxAmount == MAX) return MAX;
        if (m.lastAmount >= m.maxAmount) return m.maxAmount;
        uint256 room = m.maxAmount - m.lastAmount;
        uint256 elapsed = block.timestamp - m.lastUpdated;
        if (elapsed != 0 && m.slope > room / elapsed) return m.maxAmount;
        return m.lastAmount + m.slope * elapsed;
    }

    function _modelConfigured() internal view returns (bool) {
        return m.maxAmount != 0 || m.lastUpdated != 0;
    }

    function _modelSet(uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated) internal {
        m = Model(maxAmount, slope, lastAmount, lastUpdated);
    }

    // ---- value generators: small, token-sized, near the top, anything, zero ----

    function _amount(uint256 r) internal pure returns (uint256) {
        uint256 mode = r % 5;
        uint256 v = r >> 8;
        if (mode == 0) return v % 1000;
        if (mode == 1) return v % 1e24;
        if (mode == 2) return MAX - (v % 1000);
        if (mode == 3) return v;
        return 0;
    }

    function _duration(uint256 r) internal pure returns (uint256) {
        uint256 mode = r % 4;
        if (mode == 0) return 0;
        if (mode == 1) return (r >> 8) % 60;
        if (mode == 2) return (r >> 8) % 30 days;
        return (r >> 8) % (200 * 365 days);
    }

    // ---- the sequence ----

    function testFuzz_sequencesMatchModel(uint256 seed) public {
        for (uint256 i; i < STEPS; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            uint256 op = r % 7;
            uint256 a = uint256(keccak256(abi.encode(r, 1)));
            uint256 b = uint256(keccak256(abi.encode(r, 2)));
            uint256 c = uint256(keccak256(abi.encode(r, 3)));
            if (op == 0) _stepSet3(_amount(a), _amount(b));
            else if (op == 1) _stepSet5(_amount(a), _amount(b), _amount(c), _duration(r >> 16));
            else if (op == 2) _stepUnlimited();
            else if (op == 3) _stepDecrease(a);
            else if (op == 4) _stepIncrease(_amount(a));
            else if (op == 5) vm.warp(block.timestamp + _duration(a));
            else _stepSeed(_amount(a), _amount(b));
            _assertMatches();
        }
    }

    function _stepSet3(uint256 maxAmount, uint256 slope) internal {
        uint256 lastAmount = _modelConfigured() ? _min(_modelCurrent(), maxAmount) : maxAmount;
        vm.prank(admin);
        rl.setRateLimitData(KEY, maxAmount, slope);
        _modelSet(maxAmount, slope, lastAmount, block.timestamp);
    }

    function _stepSet5(uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 age) internal {
        // `age` may point into the future on purpose (a negative age is encoded as an odd value).
        bool future = age % 2 == 1 && age > 0;
        uint256 lastUpdated = future ? block.timestamp + age : (age > block.timestamp ? 0 : block.timestamp - age);
        if (lastAmount > maxAmount) {
            vm.expectRevert(
                abi.encodeWithSelector(IRateLimits.RateLimits_LastAmountTooHigh.selector, KEY, lastAmount, maxAmount)
            );
        } else if (future) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IRateLimits.RateLimits_LastUpdatedInFuture.selector, KEY, lastUpdated, block.timestamp
                )
            );
        }
        vm.prank(admin);
        rl.setRateLimitData(KEY, maxAmount, slope, lastAmount, lastUpdated);
        if (lastAmount <= maxAmount && !future) _modelSet(maxAmount, slope, lastAmount, lastUpdated);
    }

    function _stepUnlimited() internal {
        vm.prank(admin);
        rl.setUnlimitedRateLimitData(KEY);
        _modelSet(MAX, 0, MAX, block.timestamp);
    }

    function _stepDecrease(uint256 r) internal {
        uint256 available = _modelCurrent();
        // Half the time spend within the limit so that sequences get somewhere.
        uint256 amount = r % 2 == 0 && available != 0 ? (r >> 8) % (available == MAX ? MAX : available + 1) : _amount(r);
        if (m.maxAmount != MAX && amount > available) {
            vm.expectRevert(
                abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, KEY, amount, available)
            );
        }
        vm.prank(controller);
        rl.triggerRateLimitDecrease(KEY, amount);
        if (m.maxAmount == MAX || amount > available || m.maxAmount == 0) return;
        _modelSet(m.maxAmount, m.slope, available - amount, block.timestamp);
    }

    function _stepIncrease(uint256 amount) internal {
        uint256 available = _modelCurrent();
        vm.prank(controller);
        uint256 returned = rl.triggerRateLimitIncrease(KEY, amount);
        if (m.maxAmount == MAX) {
            assertEq(returned, MAX);
            return;
        }
        uint256 expected = amount > m.maxAmount - available ? m.maxAmount : available + amount;
        assertEq(returned, expected, "increase result");
        if (m.maxAmount != 0) _modelSet(m.maxAmount, m.slope, expected, block.timestamp);
    }

    function _stepSeed(uint256 maxAmount, uint256 slope) internal {
        bool configured = _modelConfigured();
        if (configured) {
            vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_AlreadyConfigured.selector, KEY));
        }
        vm.prank(factory);
        rl.setInitialRateLimitData(KEY, maxAmount, slope);
        if (!configured) _modelSet(maxAmount, slope, maxAmount, block.timestamp);
    }

    function _assertMatches() internal view {
        IRateLimits.RateLimitData memory d = rl.getRateLimitData(KEY);
        assertEq(d.maxAmount, m.maxAmount, "maxAmount");
        assertEq(d.slope, m.slope, "slope");
        assertEq(d.lastAmount, m.lastAmount, "lastAmount");
        assertEq(d.lastUpdated, m.lastUpdated, "lastUpdated");
        assertEq(rl.getCurrentRateLimit(KEY), _modelCurrent(), "current");
        assertEq(rl.isConfigured(KEY), _modelConfigured(), "configured");
        assertLe(rl.getCurrentRateLimit(KEY), d.maxAmount, "current above max");
    }

    function _min(uint256 x, uint256 y) internal pure returns (uint256) {
        return x < y ? x : y;
    }

    // ---- the formula alone ----

    function testFuzz_currentLimitFormula(
        uint256 maxAmount,
        uint256 slope,
        uint256 lastAmount,
        uint256 lastUpdated,
        uint256 elapsed
    ) public {
        lastAmount = bound(lastAmount, 0, maxAmount);
        lastUpdated = bound(lastUpdated, 0, block.timestamp);
        elapsed = bound(elapsed, 0, 1000 * 365 days);
        vm.prank(admin);
        rl.setRateLimitData(KEY, maxAmount, slope, lastAmount, lastUpdated);
        _modelSet(maxAmount, slope, lastAmount, lastUpdated);
        vm.warp(block.timestamp + elapsed);
        assertEq(rl.getCurrentRateLimit(KEY), _modelCurrent());
    }
}
