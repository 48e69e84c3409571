// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {LctsFixture} from "./LctsFixture.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @notice Review 2026-12-06 P-01 (docs/lcts.md, "Precision"): a generation that is partially settled every day
///         for three years and never drains keeps paying every depositor what they are owed, to within one wei per
///         depositor per settlement. Checked against a reference model that follows each depositor's underlying
///         in 1e36 fixed point and shares each settlement's reward pro rata, with no shares and no accumulator.
abstract contract LctsPrecisionTest is LctsFixture {
    uint256 internal constant ACTORS = 6;
    uint256 internal constant FIX = 1e36; // the model's fixed point for underlying
    uint256 internal constant RFIX = 1e18; // the model's fixed point for rewards

    LctsQueueBase internal q;
    address[ACTORS] internal people;

    // the reference model
    uint256[ACTORS] internal modelUnderlying; // × FIX
    uint256[ACTORS] internal modelReward; // × RFIX, earned in total
    uint256[ACTORS] internal paid; // reward actually received
    uint256[ACTORS] internal settlementsIn; // settlements each actor took part in

    function _queue() internal view virtual returns (LctsQueueBase);

    function setUp() public override {
        super.setUp();
        q = _queue();
        _fundProxy(1e45);
        for (uint256 i; i < ACTORS; ++i) {
            people[i] = makeAddr(string.concat("depositor-", vm.toString(i)));
        }
    }

    function _modelDeposit(uint256 i, uint256 amount) internal {
        address who = people[i];
        IERC20 rewardToken = IERC20(q.rewardAsset());
        uint256 before = rewardToken.balanceOf(who);
        _deposit(q, who, amount);
        paid[i] += rewardToken.balanceOf(who) - before;
        modelUnderlying[i] += amount * FIX;
    }

    function _modelSettle(uint256 converted, uint256 bought, uint256 queuedBefore) internal {
        uint256 total;
        for (uint256 i; i < ACTORS; ++i) {
            total += modelUnderlying[i];
        }
        for (uint256 i; i < ACTORS; ++i) {
            uint256 u = modelUnderlying[i];
            if (u == 0) continue;
            modelReward[i] += Math.mulDiv(bought * RFIX, u, total);
            modelUnderlying[i] = u - Math.mulDiv(u, converted, queuedBefore);
            ++settlementsIn[i];
        }
    }

    /// @dev Three years of daily partial settlements (a fuzzed 10–90 % each day), one top-up a day in turn, never
    ///      drained; then everyone collects.
    function testFuzz_threeYearsOfPartialSettlementsLoseUnderAWeiPerDepositorPerSettlement(uint256 seed) public {
        for (uint256 i; i < ACTORS; ++i) {
            _modelDeposit(i, bound(uint256(keccak256(abi.encode(seed, "first", i))), 1e18, 1e27));
        }
        uint256 bought;
        uint256 settlements = 3 * 365;
        for (uint256 day; day < settlements; ++day) {
            uint256 dice = uint256(keccak256(abi.encode(seed, day)));
            _modelDeposit(day % ACTORS, bound(dice >> 128, 1e18, 1e25));
            vm.warp(block.timestamp + 1 days);

            uint256 queued = q.generation(q.currentGeneration()).totalUnderlying;
            uint256 fractionBps = bound(dice & 0xffff, 1000, 9000);
            uint256 capacity = Math.max(queued * fractionBps / 10_000, 1);
            (uint256 converted, uint256 r) = _lockAndSettle(q, capacity);
            assertEq(converted, capacity);
            bought += r;
            _modelSettle(converted, r, queued);
        }
        ILctsQueue.Generation memory gen = q.generation(q.currentGeneration());
        assertEq(uint8(gen.state), uint8(ILctsQueue.GenerationState.ACTIVE), "never drained");
        assertGt(gen.scale, 10, "rescaled many times");
        assertLt(gen.totalShares / gen.totalUnderlying, 1e9, "shares per underlying stay below 1e9");

        uint256 totalPaid;
        uint256 allowance; // one wei per depositor per settlement
        for (uint256 i; i < ACTORS; ++i) {
            // what the depositor would take back now, against the model (a wei per rounding event at most)
            assertApproxEqAbs(q.underlyingOf(people[i]), modelUnderlying[i] / FIX, settlementsIn[i] + 2, "underlying");
            vm.prank(people[i]);
            paid[i] += q.claim();
            uint256 owed = modelReward[i] / RFIX;
            assertApproxEqAbs(paid[i], owed, settlementsIn[i] + 2, "a depositor's reward is off by > 1 wei/settlement");
            totalPaid += paid[i];
            allowance += settlementsIn[i];
        }
        assertLe(totalPaid, bought, "never more than bought");
        assertLe(bought - totalPaid, allowance, "reward kept by rounding < 1 wei per depositor per settlement");
    }
}

/// @dev Each run is three years of daily settlements (about 100M gas): few runs except in the deep profile.
/// forge-config: default.fuzz.runs = 4
/// forge-config: ci.fuzz.runs = 2
/// forge-config: deep.fuzz.runs = 128
contract SubscribeQueuePrecisionTest is LctsPrecisionTest {
    function _queue() internal view override returns (LctsQueueBase) {
        return subscribeQueue;
    }
}

/// @dev Each run is three years of daily settlements (about 100M gas): few runs except in the deep profile.
/// forge-config: default.fuzz.runs = 4
/// forge-config: ci.fuzz.runs = 2
/// forge-config: deep.fuzz.runs = 128
contract RedeemQueuePrecisionTest is LctsPrecisionTest {
    function _queue() internal view override returns (LctsQueueBase) {
        return redeemQueue;
    }
}
