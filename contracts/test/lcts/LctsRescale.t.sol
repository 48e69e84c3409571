// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsFixture} from "./LctsFixture.sol";

/// @notice Review 2026-12-06 P-01: how a generation is rescaled and how positions follow lazily (docs/lcts.md,
///         "Precision"). Every path of the rescale, the per-position scale walk and the exits around it.
contract LctsRescaleTest is LctsFixture {
    uint256 internal constant F = 1e9;

    function _rate() internal view returns (uint256) {
        return shareToken.exchangeRate();
    }

    function test_rescale_whenSharesReachAFactorOf1e9PerUnderlying() public {
        _deposit(subscribeQueue, alice, 100e18);
        _lock(subscribeQueue);
        // Convert all but 100e9 wei: shares per underlying = 1e9 exactly, so the generation is rescaled.
        uint256 rpt = _quote(subscribeQueue, 100e18 - 100e9) * 1e36 / 100e18;
        vm.expectEmit(address(subscribeQueue));
        emit ILctsQueue.GenerationRescaled(1, 1, 100e9, rpt);
        _settle(subscribeQueue, 100e18 - 100e9);

        ILctsQueue.Generation memory gen = subscribeQueue.generation(1);
        assertEq(gen.scale, 1);
        assertEq(gen.totalShares, 100e9);
        assertEq(gen.totalUnderlying, 100e9);
        assertEq(gen.rewardPerToken, 0, "the new scale's accumulator starts at 0");
        assertEq(subscribeQueue.rewardPerTokenAt(1, 0), rpt, "the finished scale is frozen");
        assertEq(subscribeQueue.rewardPerTokenAt(1, 1), 0);
        assertEq(subscribeQueue.rewardPerTokenAt(1, 2), 0, "a scale not reached");
        assertEq(subscribeQueue.sharesOf(alice), 100e9);
        assertEq(subscribeQueue.positionOf(alice).shares, 100e18, "positions convert lazily");
        assertEq(subscribeQueue.underlyingOf(alice), 100e9);
    }

    function test_rescale_justBelowTheThresholdDoesNotRescale() public {
        _deposit(subscribeQueue, alice, 100e18);
        _lockAndSettle(subscribeQueue, 100e18 - 100e9 - 1);
        assertEq(subscribeQueue.generation(1).scale, 0);
    }

    function test_rescale_twoScalesInOneSettlement() public {
        _deposit(subscribeQueue, alice, 1e30);
        _lockAndSettle(subscribeQueue, 1e30 - 1e11); // 1e19 shares per underlying: two rescales
        ILctsQueue.Generation memory gen = subscribeQueue.generation(1);
        assertEq(gen.scale, 2);
        assertEq(gen.totalShares, 1e12);
        assertEq(subscribeQueue.rewardPerTokenAt(1, 1), 0, "the skipped scale earned nothing");
        assertEq(subscribeQueue.sharesOf(alice), 1e12);

        // Everything bought goes to alice, to the wei rounding of one accumulator step.
        (, uint256 more) = _lockAndSettle(subscribeQueue, 1e10);
        uint256 bought = _quote(subscribeQueue, 1e30 - 1e11) + more;
        vm.prank(alice);
        uint256 paid = subscribeQueue.claim();
        assertLe(paid, bought);
        assertLe(bought - paid, 2);
        assertEq(subscribeQueue.positionOf(alice).scale, 2, "claim brings the position to the current scale");
        assertEq(subscribeQueue.positionOf(alice).shares, 1e12);
    }

    function test_rescale_positionsFromEveryScaleArePaidPerScale() public {
        _deposit(subscribeQueue, alice, 100e18);
        (, uint256 r1) = _lockAndSettle(subscribeQueue, 100e18 - 100e9); // scale 1, 100e9 left
        _deposit(subscribeQueue, bob, 100e9); // same size as what alice has left
        (, uint256 r2) = _lockAndSettle(subscribeQueue, 100e9); // half of the 200e9

        vm.prank(bob);
        uint256 paidBob = subscribeQueue.claim();
        vm.prank(alice);
        uint256 paidAlice = subscribeQueue.claim();
        assertApproxEqAbs(paidBob, r2 / 2, 1);
        assertApproxEqAbs(paidAlice, r1 + r2 / 2, 2);
        assertLe(paidAlice + paidBob, r1 + r2);
    }

    function test_rescale_topUpAfterRescaleCountsOldSharesInTheNewScale() public {
        _deposit(subscribeQueue, alice, 100e18);
        (, uint256 r1) = _lockAndSettle(subscribeQueue, 100e18 - 100e9);
        uint256 before = shareToken.balanceOf(alice);
        uint256 minted = _deposit(subscribeQueue, alice, 100e9);
        assertApproxEqAbs(shareToken.balanceOf(alice) - before, r1, 1, "top-up pays the old scale's reward");
        assertEq(minted, 100e9);
        assertEq(subscribeQueue.positionOf(alice).scale, 1);
        assertEq(subscribeQueue.positionOf(alice).shares, 200e9);
        assertEq(subscribeQueue.sharesOf(alice), subscribeQueue.generation(1).totalShares);
    }

    /// @dev Shares that round away in a rescale stay with the generation: the last one out takes them.
    function test_rescale_lastLeaverTakesTheRoundingDust() public {
        _deposit(subscribeQueue, alice, 100e18);
        _deposit(subscribeQueue, bob, 1); // 1 share: 0 after a rescale
        _deposit(subscribeQueue, carol, 1);
        _lockAndSettle(subscribeQueue, 100e18 + 2 - 100e9); // ratio ≥ 1e9: rescale

        assertEq(subscribeQueue.sharesOf(bob), 0);
        assertEq(subscribeQueue.underlyingOf(bob), 0);
        ILctsQueue.Generation memory gen = subscribeQueue.generation(1);
        assertEq(gen.depositors, 3);

        // alice holds every remaining share: she takes all the underlying, yet is not the last depositor
        vm.prank(alice);
        (, uint256 back) = subscribeQueue.claimAndExit();
        assertEq(back, 100e9);
        gen = subscribeQueue.generation(1);
        assertEq(gen.totalShares, 0);
        assertEq(gen.totalUnderlying, 0);
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.ACTIVE), "two depositors left");

        // bob's exit meets a generation with no shares: he takes nothing and nothing reverts
        vm.prank(bob);
        (, back) = subscribeQueue.claimAndExit();
        assertEq(back, 0);
        assertEq(subscribeQueue.generation(1).depositors, 1);
        assertEq(subscribeQueue.underlyingOf(carol), 0, "the last one takes what is left: nothing");

        // carol is the last one out: the generation is FINALIZED and the queue DORMANT
        vm.prank(carol);
        subscribeQueue.claimAndExit();
        assertEq(uint8(subscribeQueue.generation(1).state), uint8(ILctsQueue.GenerationState.FINALIZED));
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.DORMANT));
        assertEq(usds.balanceOf(address(subscribeQueue)), 0);
    }

    /// @dev A generation emptied by exits while depositors with no shares remain: a deposit starts it afresh and a
    ///      settlement of an empty generation finalizes it.
    function test_rescale_emptiedGenerationAcceptsDepositsAndFinalizes() public {
        _deposit(subscribeQueue, alice, 100e18);
        _deposit(subscribeQueue, bob, 1);
        _lockAndSettle(subscribeQueue, 100e18 + 1 - 100e9);
        vm.prank(alice);
        subscribeQueue.claimAndExit(); // takes everything; bob (0 shares) remains
        assertEq(subscribeQueue.underlyingOf(bob), 0);

        uint256 minted = _deposit(subscribeQueue, carol, 5e18);
        assertEq(minted, 5e18, "an empty generation mints 1:1");
        assertEq(subscribeQueue.underlyingOf(carol), 5e18);
        vm.prank(carol);
        subscribeQueue.claimAndExit();

        _lockAndSettle(subscribeQueue, 1e18); // nothing to convert: finalized
        assertEq(uint8(subscribeQueue.generation(1).state), uint8(ILctsQueue.GenerationState.FINALIZED));
        vm.prank(bob);
        subscribeQueue.settleFinalized();
        assertEq(subscribeQueue.positionOf(bob).generation, 0);
    }

    /// @dev A position many scales behind walks a bounded number of accumulators: after nine scales its shares
    ///      are 0 whatever their size, so the walk stops; it is still paid what it earned.
    function test_rescale_positionFarBehindIsPaidAndTheWalkIsBounded() public {
        _deposit(subscribeQueue, alice, 1e30);
        uint256 bought;
        for (uint256 i; i < 12; ++i) {
            _deposit(subscribeQueue, bob, 1e30); // bob tops up and so keeps up with the scale
            uint256 queued = subscribeQueue.generation(1).totalUnderlying;
            (, uint256 r) = _lockAndSettle(subscribeQueue, queued - queued / F - 1);
            bought += r;
        }
        assertGe(subscribeQueue.generation(1).scale, 10, "more than MAX_SCALE_SPAN scales behind");
        assertEq(subscribeQueue.sharesOf(alice), 0);
        uint256 gasBefore = gasleft();
        uint256 pending = subscribeQueue.pendingReward(alice);
        assertLt(gasBefore - gasleft(), 60_000, "bounded walk");
        vm.prank(alice);
        assertEq(subscribeQueue.claim(), pending);
        assertEq(subscribeQueue.positionOf(alice).shares, 0, "brought to the current scale: nothing left");
        assertEq(subscribeQueue.underlyingOf(alice), 0);
        uint256 paidBob = shareToken.balanceOf(bob); // paid by the top-ups
        vm.prank(bob);
        paidBob += subscribeQueue.claim();
        assertLe(pending + paidBob, bought);
    }
}
