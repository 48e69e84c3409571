// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {RedeemQueue} from "../../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {LctsFixture} from "../lcts/LctsFixture.sol";
import {MockERC20} from "../lcts/mocks/MockERC20.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

/// @title Review 2026-11-26: LCTS observations (docs/review-2026-11-26.md)
contract LctsReviewTest is LctsFixture {
    uint256 internal constant CAP = 1_000_000e18;

    function setUp() public override {
        usds = new MockERC20("Savings USDS", "sUSDS", 18);
        _deployUnit(address(usds), CAP, 1e18);
    }

    /// @dev R-07 / A-05 (fixed 2026-12-06): the squatter's strategy was to fill the whole capacity at deposit time,
    ///      keep everyone else out (`LctsQueue_CapacityExceeded`), leave just before `lock` for free and come back
    ///      after `settle`. The cap now applies at settlement, pro rata, so the squatter keeps nobody out: others
    ///      still deposit, and when the squatter leaves before the lock, they are the ones converted.
    function test_A05_squatterCannotKeepOthersOut() public {
        address whale = makeAddr("whale");
        _deposit(subscribeQueue, whale, CAP);

        // Before the fix this deposit reverted with LctsQueue_CapacityExceeded(CAP + 1e18, CAP).
        _deposit(subscribeQueue, alice, 1e18);
        assertEq(subscribeQueue.underlyingOf(alice), 1e18);

        // The whale leaves just before the lock (free, as before) ...
        vm.prank(whale);
        (, uint256 underlying) = subscribeQueue.claimAndExit();
        assertEq(underlying, CAP);
        // ... and alice, whom it meant to keep out, is converted in full.
        (uint256 converted,) = _lockAndSettle(subscribeQueue, CAP);
        assertEq(converted, 1e18, "alice converted");
        assertEq(subscribeQueue.pendingReward(alice), _quote(subscribeQueue, 1e18));
    }

    /// @dev A squatter that stays through the lock is converted like everyone else, pro rata: holding queue space
    ///      now costs the capital actually converted, and everyone else gets the same fraction of theirs.
    function test_A05_squatterWhoStaysIsConvertedProRata() public {
        address whale = makeAddr("whale");
        _deposit(subscribeQueue, whale, CAP);
        _deposit(subscribeQueue, alice, CAP / 4);
        _deposit(subscribeQueue, bob, CAP / 4);

        (uint256 converted,) = _lockAndSettle(subscribeQueue, 2 * CAP);
        assertEq(converted, CAP, "the cap binds the whole generation, not the first to deposit");
        // Each converted 2/3 of what they queued: the whale's 2/3 is real money turned into unit shares.
        assertApproxEqAbs(subscribeQueue.underlyingOf(whale), CAP / 3, 2);
        assertApproxEqAbs(subscribeQueue.underlyingOf(alice), CAP / 12, 2);
        assertApproxEqAbs(subscribeQueue.underlyingOf(bob), CAP / 12, 2);
    }

    /// @dev Fuzzed squatting: whatever the squatter queues and whether it leaves before the lock, an honest
    ///      depositor's deposit is accepted and converts at least its pro-rata share of the room.
    function testFuzz_A05_honestDepositorAlwaysGetsItsProRataShare(uint256 whaleAmount, uint256 aliceAmount, bool leave)
        public
    {
        whaleAmount = bound(whaleAmount, 1e18, 100 * CAP);
        aliceAmount = bound(aliceAmount, 1e18, CAP);
        address whale = makeAddr("whale");
        _deposit(subscribeQueue, whale, whaleAmount);
        _deposit(subscribeQueue, alice, aliceAmount);
        if (leave) {
            vm.prank(whale);
            subscribeQueue.claimAndExit();
        }
        uint256 queued = aliceAmount + (leave ? 0 : whaleAmount);
        (uint256 converted,) = _lockAndSettle(subscribeQueue, type(uint128).max);
        assertEq(converted, queued < CAP ? queued : CAP);
        uint256 aliceConverted = aliceAmount - subscribeQueue.underlyingOf(alice);
        // pro rata, rounded in the queue's favour by at most a wei
        assertApproxEqAbs(aliceConverted, aliceAmount * converted / queued, 1);
    }

    /// @dev Checked, not a bug: a position in a finalized generation is always collectable, even while the new
    ///      current generation is LOCKED, and a LOCKED generation refuses deposit, claim and exit.
    function test_lockedBlocksCurrentButNeverAFinalizedPosition() public {
        _deposit(subscribeQueue, alice, 100e18);
        _lockAndSettle(subscribeQueue, 100e18); // drains: alice's generation is FINALIZED
        _deposit(subscribeQueue, bob, 50e18);
        _lock(subscribeQueue);

        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_Locked.selector, 2));
        subscribeQueue.claimAndExit();

        vm.prank(alice);
        uint256 reward = subscribeQueue.settleFinalized();
        assertEq(reward, _quote(subscribeQueue, 100e18));
        assertEq(shareToken.balanceOf(alice), reward);
    }

    /// @dev R-13 (template side, fixed 2026-12-06): each clone's initialiser emits its whole configuration, so an
    ///      indexer reading the unit alone can rebuild it.
    function test_R13_initialisersEmitTheirConfiguration() public {
        HaloShareToken token = HaloShareToken(Clones.clone(address(tokenImpl)));
        SubscribeQueue sub = SubscribeQueue(Clones.clone(address(subscribeImpl)));
        RedeemQueue red = RedeemQueue(Clones.clone(address(redeemImpl)));

        IHaloShareToken.TokenConfig memory tc = _tokenConfig();
        tc.subscribeQueue = address(sub);
        tc.redeemQueue = address(red);
        vm.expectEmit(address(token));
        emit IHaloShareToken.ShareTokenInitialized(tc);
        token.initialize(tc);

        ILctsQueue.QueueConfig memory qc = _queueConfig(address(usds), CAP, 1e18);
        qc.shareToken = address(token);
        vm.expectEmit(address(sub));
        emit ILctsQueue.QueueInitialized(qc);
        sub.initialize(qc);
        vm.expectEmit(address(red));
        emit ILctsQueue.QueueInitialized(qc);
        red.initialize(qc);
    }
}
