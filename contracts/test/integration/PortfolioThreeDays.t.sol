// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {RedeemQueue} from "../../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice Acceptance of the LCTS Portfolio template: a Portfolio class with two units (senior, junior) deployed
///         from the factory runs three settlement days at its Day-0 rate limits — partial conversion, a late
///         joiner, an exit, a bounded mark-up, a skipped day and a redemption — and every unit of the deposit
///         asset is accounted for at the end.
contract PortfolioThreeDaysTest is SystemFixture {
    bytes32 internal constant CLASS_ID = "acme-mmf";
    bytes32 internal constant SENIOR = "acme-mmf-senior";
    bytes32 internal constant JUNIOR = "acme-mmf-junior";

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");
    address internal erin = makeAddr("erin");

    IHaloFactory.ClassAddresses internal class_;
    SubscribeQueue internal seniorIn;
    RedeemQueue internal seniorOut;
    HaloShareToken internal seniorShares;
    SubscribeQueue internal juniorIn;
    HaloShareToken internal juniorShares;

    function setUp() public {
        _deploySystem();
        // Day 0 starts at 09:00 UTC on a calendar day, so that 13:00 / 16:00 below are the spec's lock / settle times.
        vm.warp(1_800_000_000 - (1_800_000_000 % 1 days) + 9 hours);

        IHaloFactory.UnitRequest memory junior = _unitRequest(JUNIOR, CLASS_ID);
        junior.name = "Acme MMF Junior";
        junior.symbol = "ACME-J";
        junior.params[1].value = 1; // seniority: junior (the fixture template ranges senior = 0 .. junior = 1)
        junior.params[2].value = 900; // target yield
        junior.params[3].value = 25; // mark-up bound

        vm.startPrank(deployer);
        class_ = factory.deployClass(_portfolioClassRequest(CLASS_ID), "v1");
        IHaloFactory.UnitAddresses memory s = factory.deployUnit(_unitRequest(SENIOR, CLASS_ID), "v1");
        IHaloFactory.UnitAddresses memory j = factory.deployUnit(junior, "v1");
        vm.stopPrank();

        seniorIn = SubscribeQueue(s.subscribeQueue);
        seniorOut = RedeemQueue(s.redeemQueue);
        seniorShares = HaloShareToken(s.shareToken);
        juniorIn = SubscribeQueue(j.subscribeQueue);
        juniorShares = HaloShareToken(j.shareToken);
    }

    function test_threeSettlementDays_twoUnits_dayZeroLimits() public {
        // ---------------- Day 1: four subscriptions, a partial and a full settlement ----------------
        _subscribe(seniorIn, alice, 60_000e18);
        _subscribe(seniorIn, bob, 40_000e18);
        _subscribe(juniorIn, carol, 30_000e18);

        _at(13 hours);
        vm.startPrank(lctsBeacon);
        seniorIn.lock();
        juniorIn.lock();
        vm.stopPrank();

        // Locked: nobody joins or leaves the generation being settled.
        vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_Locked.selector, 1));
        vm.prank(alice);
        seniorIn.claimAndExit();

        _at(16 hours);
        vm.startPrank(lctsBeacon);
        seniorIn.settle(70_000e18); // capacity short: 70% converts, pro rata
        juniorIn.settle(1_000_000e18); // more capacity than needed: drains and finalizes
        vm.stopPrank();

        assertEq(uint8(seniorIn.queueState()), uint8(ILctsQueue.QueueState.ACTIVE), "senior keeps its generation");
        assertEq(uint8(juniorIn.queueState()), uint8(ILctsQueue.QueueState.DORMANT), "junior drained");
        assertEq(seniorIn.pendingReward(alice), 42_000e18);
        assertEq(seniorIn.pendingReward(bob), 28_000e18);
        assertEq(seniorIn.underlyingOf(alice), 18_000e18);
        assertEq(seniorIn.underlyingOf(bob), 12_000e18);
        assertEq(usds.balanceOf(class_.almProxy), 100_000e18, "70k senior + 30k junior reached custody");

        vm.prank(carol);
        juniorIn.settleFinalized();
        assertEq(juniorShares.balanceOf(carol), 30_000e18);

        // ---------------- Day 2: a late joiner, an exit before the lock, a bounded mark-up ----------------
        _nextDay(9 hours);
        _subscribe(seniorIn, dave, 20_000e18);
        _subscribe(seniorIn, erin, 10_000e18);
        assertEq(seniorIn.pendingReward(dave), 0, "a late joiner gets nothing settled before he joined");

        vm.prank(erin);
        (uint256 erinReward, uint256 erinBack) = seniorIn.claimAndExit();
        assertEq(erinReward, 0);
        // An exit while ACTIVE returns the deposit; share maths rounds down, in the queue's favour (1 wei here).
        assertApproxEqAbs(erinBack, 10_000e18, 1);
        assertLe(erinBack, 10_000e18);

        vm.prank(alice);
        assertEq(seniorIn.claim(), 42_000e18);

        _at(13 hours);
        vm.startPrank(lctsBeacon);
        // +10 bps is the senior unit's bound; a larger mark-up is refused.
        vm.expectRevert(
            abi.encodeWithSelector(IHaloShareToken.ShareToken_RateIncreaseTooLarge.selector, 1.0011e18, 1.001e18)
        );
        seniorShares.updateExchangeRate(1.0011e18);
        seniorShares.updateExchangeRate(1.001e18);
        seniorIn.lock();
        juniorIn.lock(); // dormant: a no-op, the beacon's daily run stays one code path
        vm.stopPrank();

        _at(16 hours);
        vm.prank(lctsBeacon);
        seniorIn.settle(1_000_000e18); // 18k + 12k left from day 1 + dave's 20k all convert at 1.001
        assertEq(uint8(seniorIn.queueState()), uint8(ILctsQueue.QueueState.DORMANT));

        uint256 day2Shares = uint256(50_000e18) * 1e18 / 1.001e18;
        vm.prank(alice);
        uint256 aliceDay2 = seniorIn.settleFinalized();
        vm.prank(bob);
        uint256 bobAll = seniorIn.settleFinalized();
        vm.prank(dave);
        uint256 daveAll = seniorIn.settleFinalized();
        // dave had 20k of the 50k converted on day 2 — and none of day 1's 70k. The accumulator's 1e18 precision
        // against inflated generation shares costs a few thousand wei here (1e-18 relative), always against users.
        assertApproxEqRel(daveAll, day2Shares * 2 / 5, 1e3);
        assertApproxEqRel(aliceDay2, day2Shares * 18 / 50, 1e3);
        assertApproxEqRel(bobAll, 28_000e18 + day2Shares * 12 / 50, 1e3);
        assertLe(daveAll, day2Shares * 2 / 5);
        // rounding favours the queue: what it paid never exceeds what it minted
        assertLe(aliceDay2 + bobAll + daveAll + 42_000e18, 70_000e18 + day2Shares);
        // 150k plus the wei erin's exit left in the generation (rounding in the queue's favour) reached custody
        uint256 custody = usds.balanceOf(class_.almProxy);
        assertApproxEqAbs(custody, 150_000e18, 1);

        // ---------------- Day 3: subscriptions skip a day; alice redeems through the RedeemQueue ----------------
        _nextDay(10 hours);
        uint256 aliceShares = seniorShares.balanceOf(alice);
        vm.startPrank(alice);
        seniorShares.approve(address(seniorOut), 40_000e18);
        seniorOut.deposit(40_000e18);
        vm.stopPrank();

        _at(13 hours);
        vm.startPrank(lctsBeacon);
        seniorIn.lock(); // nothing queued for subscription today
        seniorOut.lock();
        vm.stopPrank();
        _at(16 hours);
        vm.prank(lctsBeacon);
        seniorOut.settle(40_000e18);

        vm.prank(alice);
        seniorOut.settleFinalized();
        uint256 paid = uint256(40_000e18) * 1.001e18 / 1e18;
        assertEq(usds.balanceOf(alice), paid, "redeemed at the marked-up rate, from custody, rate-limited");
        assertEq(seniorShares.balanceOf(alice), aliceShares - 40_000e18);
        assertEq(usds.balanceOf(class_.almProxy), custody - paid);

        // ---------------- Conservation: every unit of the deposit asset is somewhere known ----------------
        uint256 deposited = 60_000e18 + 40_000e18 + 30_000e18 + 20_000e18 + 10_000e18;
        uint256 withUsers = usds.balanceOf(alice) + usds.balanceOf(erin);
        assertEq(
            usds.balanceOf(class_.almProxy) + usds.balanceOf(address(seniorIn)) + usds.balanceOf(address(juniorIn))
                + withUsers,
            deposited,
            "custody + queues + users = deposits: nothing created, nothing lost"
        );
        assertLe(usds.balanceOf(address(seniorIn)), 2, "a drained subscription queue keeps only rounding dust");
        // (+1 wei of shares: erin's rounding dust converted with the day-2 generation)
        assertApproxEqAbs(seniorShares.totalSupply(), 70_000e18 + day2Shares - 40_000e18, 1);
    }

    function test_aSettlementBeyondTheDayZeroLimitReverts_andNothingMoves() public {
        _subscribe(seniorIn, alice, 150_000e18);
        _at(13 hours);
        vm.startPrank(lctsBeacon);
        seniorIn.lock();
        // the Day-0 inflow limit of the senior subscription queue is 100k
        bytes32 inflow =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), address(seniorIn));
        vm.expectRevert(
            abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, inflow, 150_000e18, IRL)
        );
        seniorIn.settle(150_000e18);
        seniorIn.settle(100_000e18);
        vm.stopPrank();
        assertEq(usds.balanceOf(class_.almProxy), 100_000e18);
        assertEq(seniorIn.underlyingOf(alice), 50_000e18);
    }

    function _subscribe(SubscribeQueue queue, address who, uint256 amount) internal {
        usds.mint(who, amount);
        vm.startPrank(who);
        usds.approve(address(queue), amount);
        queue.deposit(amount);
        vm.stopPrank();
    }

    /// @dev Move to `offset` after midnight UTC of the current day.
    function _at(uint256 offset) internal {
        vm.warp(block.timestamp - (block.timestamp % 1 days) + offset);
    }

    function _nextDay(uint256 offset) internal {
        vm.warp(block.timestamp - (block.timestamp % 1 days) + 1 days + offset);
    }
}
