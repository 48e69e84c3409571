// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../../src/interfaces/ILctsQueue.sol";
import {LctsQueueBase} from "../../../src/lcts/LctsQueueBase.sol";
import {LctsFixture} from "../LctsFixture.sol";
import {LctsHandler} from "./LctsHandler.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice The spec's invariants, checked after every random call sequence of `LctsHandler`.
abstract contract LctsInvariants is LctsFixture {
    LctsHandler internal handler;
    LctsQueueBase internal q;

    function _queue() internal view virtual returns (LctsQueueBase);

    function setUp() public override {
        super.setUp();
        q = _queue();
        _fundProxy(1e40);
        handler = new LctsHandler(q, shareToken, usds, beacon);
        targetContract(address(handler));
    }

    /// @dev Conservation: the queue holds at least the generation's underlying; with no donations in the
    ///      handler it holds exactly deposits − exits − conversions.
    function invariant_underlyingBalanceCoversQueuedUnderlying() public view {
        uint256 balance = IERC20(q.underlyingAsset()).balanceOf(address(q));
        uint256 queued = q.generation(q.currentGeneration()).totalUnderlying;
        assertGe(balance, queued);
        assertEq(
            balance, handler.ghostDeposited() - handler.ghostExitedUnderlying() - handler.ghostConverted(), "books"
        );
    }

    /// @dev Conservation: every reward still owed is in the queue; what is left over is rounding dust kept by
    ///      the queue, never a deficit.
    function invariant_rewardBalanceCoversAllPendingRewards() public view {
        uint256 pending;
        for (uint256 i; i < handler.actorCount(); ++i) {
            pending += q.pendingReward(handler.actors(i));
        }
        uint256 balance = IERC20(q.rewardAsset()).balanceOf(address(q));
        assertGe(balance, pending, "reward balance >= pending rewards");
        assertEq(balance, handler.ghostRewardIn() - handler.ghostRewardPaid(), "reward books");
    }

    /// @dev Nobody takes out more than went in: underlying returned + converted <= deposited, rewards paid <=
    ///      rewards bought at the settled rates, and per depositor underlying back <= underlying in.
    function invariant_noOneTakesOutMoreThanWentIn() public view {
        assertLe(handler.ghostExitedUnderlying() + handler.ghostConverted(), handler.ghostDeposited());
        assertLe(handler.ghostRewardPaid(), handler.ghostRewardIn());
        // per depositor: underlying back never exceeds underlying in, beyond the wei of dust that other
        // depositors' roundings may have left to the generation
        for (uint256 i; i < handler.actorCount(); ++i) {
            address actor = handler.actors(i);
            assertLe(
                handler.ghostUnderlyingBackTo(actor),
                handler.ghostDepositedBy(actor) + handler.roundingEvents(),
                "a depositor took back more underlying than they put in"
            );
        }
    }

    /// @dev Finalized generations never change and hold no underlying.
    function invariant_finalizedGenerationsAreImmutable() public view {
        for (uint256 i; i < handler.finalizedCount(); ++i) {
            uint256 id = handler.finalizedIds(i);
            ILctsQueue.Generation memory now_ = q.generation(id);
            ILctsQueue.Generation memory then_ = handler.finalizedSnapshot(id);
            assertEq(uint8(now_.state), uint8(ILctsQueue.GenerationState.FINALIZED));
            assertEq(now_.rewardPerToken, then_.rewardPerToken, "finalRewardPerToken frozen");
            assertEq(now_.totalShares, then_.totalShares);
            assertEq(now_.totalUnderlying, 0, "a finalized generation has no underlying left");
        }
    }

    /// @dev At most one current generation: the newest, ACTIVE or LOCKED; every older one is FINALIZED.
    function invariant_atMostOneCurrentGeneration() public view {
        uint256 current = q.currentGeneration();
        uint256 last = q.lastGeneration();
        assertTrue(current == 0 || current == last, "current is the newest generation");
        for (uint256 id = 1; id <= last; ++id) {
            ILctsQueue.GenerationState state = q.generation(id).state;
            if (id == current) {
                assertTrue(
                    state == ILctsQueue.GenerationState.ACTIVE || state == ILctsQueue.GenerationState.LOCKED,
                    "current is ACTIVE or LOCKED"
                );
            } else {
                assertEq(uint8(state), uint8(ILctsQueue.GenerationState.FINALIZED), "older ones are FINALIZED");
            }
        }
        assertEq(uint8(q.generation(last + 1).state), uint8(ILctsQueue.GenerationState.NONE));
    }

    /// @dev LOCKED blocks deposit, claim and exit on the current generation; ACTIVE always allows exit.
    function invariant_lockedBlocksAndActiveAllowsExit() public view {
        assertFalse(handler.ghostActedWhileLocked(), "an action succeeded on a LOCKED generation");
        assertFalse(handler.ghostExitRefusedWhileActive(), "an exit was refused while ACTIVE");
    }

    /// @dev One position per user, and the positions of the current generation add up to its shares (exactly,
    ///      until a rescale rounds each position down by less than one new share: then to at most its shares) and
    ///      to its depositor count; shares never trade below one underlying each (totalUnderlying <= totalShares),
    ///      which keeps deposits from minting 0, and never above 1e9 per underlying unit (P-01).
    function invariant_onePositionPerUserAndSharesAddUp() public view {
        uint256 current = q.currentGeneration();
        uint256 sumShares;
        uint256 depositors;
        for (uint256 i; i < handler.actorCount(); ++i) {
            address actor = handler.actors(i);
            ILctsQueue.Position memory position = q.positionOf(actor);
            assertLe(position.generation, q.lastGeneration());
            // no empty position; a shareless one only when rescales rounded its shares away (P-01)
            if (position.generation == 0) assertEq(position.shares, 0, "no empty position");
            else if (position.shares == 0) assertGt(q.generation(position.generation).scale, 0, "shareless");
            if (position.generation != 0 && position.generation == current) {
                sumShares += q.sharesOf(actor);
                ++depositors;
            }
            assertLe(position.rewardDebt, q.rewardPerTokenAt(position.generation, position.scale));
            assertLe(position.scale, q.generation(position.generation).scale);
        }
        ILctsQueue.Generation memory cur = q.generation(current);
        assertEq(depositors, cur.depositors, "depositor count");
        if (cur.scale == 0) assertEq(sumShares, cur.totalShares, "positions add up to the generation");
        else assertLe(sumShares, cur.totalShares, "positions add up to at most the generation");
        assertLe(cur.totalUnderlying, cur.totalShares);
        if (cur.totalUnderlying != 0) assertLt(cur.totalShares / cur.totalUnderlying, 1e9, "shares per underlying");
    }
}

contract SubscribeQueueInvariants is LctsInvariants {
    function _queue() internal view override returns (LctsQueueBase) {
        return subscribeQueue;
    }
}

contract RedeemQueueInvariants is LctsInvariants {
    function _queue() internal view override returns (LctsQueueBase) {
        return redeemQueue;
    }
}
