// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../../src/interfaces/IHaloController.sol";
import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {RedeemQueue} from "../../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {PauFixture} from "../utils/PauFixture.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

/// @notice One Portfolio unit on the real class PAU (HaloController + ALMProxy + RateLimits from the `pau`
///         branch): the settlement flows really go through the rate limits, and a frozen controller stops
///         settlements but never a depositor's exit.
contract LctsWithPauTest is PauFixture {
    uint256 internal constant RATE = 1.25e18;
    uint256 internal constant DAILY_LIMIT = 1_000_000e18;

    address internal configurator = makeAddr("configurator");
    address internal haloFactory = makeAddr("haloFactory");
    address internal freezer = makeAddr("freezer");
    address internal governance = makeAddr("governance");
    address internal beacon = makeAddr("lpha-lcts");
    address internal prime = makeAddr("prime");
    address internal fund = makeAddr("fund");

    Pau internal pau;
    MockERC20 internal susds;
    HaloShareToken internal shareToken;
    SubscribeQueue internal subscribeQueue;
    RedeemQueue internal redeemQueue;

    function setUp() public {
        vm.warp(1_800_000_000);
        pau = _deployPau(configurator, haloFactory, freezer);
        susds = _deployToken("sUSDS");

        shareToken = HaloShareToken(Clones.clone(address(new HaloShareToken())));
        subscribeQueue = SubscribeQueue(Clones.clone(address(new SubscribeQueue())));
        redeemQueue = RedeemQueue(Clones.clone(address(new RedeemQueue())));
        shareToken.initialize(
            IHaloShareToken.TokenConfig({
                name: "Halo Portfolio Unit",
                symbol: "HPU",
                admin: governance,
                beacon: beacon,
                subscribeQueue: address(subscribeQueue),
                redeemQueue: address(redeemQueue),
                initialExchangeRate: RATE,
                maxRateIncreaseBps: 50
            })
        );
        ILctsQueue.QueueConfig memory config = ILctsQueue.QueueConfig({
            admin: governance,
            beacon: beacon,
            depositAsset: address(susds),
            shareToken: address(shareToken),
            controller: address(pau.controller),
            capacity: 0,
            minDeposit: 1e18
        });
        subscribeQueue.initialize(config);
        redeemQueue.initialize(config);

        _registerUnit(pau, address(subscribeQueue));
        _registerUnit(pau, address(redeemQueue));
        _setUnitInflowLimit(pau, address(susds), address(subscribeQueue), DAILY_LIMIT, DAILY_LIMIT / 1 days);
        _setUnitOutflowLimit(pau, address(susds), address(redeemQueue), DAILY_LIMIT, DAILY_LIMIT / 1 days);

        susds.mint(prime, 3_000_000e18);
        vm.startPrank(prime);
        susds.approve(address(subscribeQueue), type(uint256).max);
        shareToken.approve(address(redeemQueue), type(uint256).max);
        vm.stopPrank();
        susds.mint(fund, 100e18);
        vm.prank(fund);
        susds.approve(address(subscribeQueue), type(uint256).max);
    }

    function _lockAndSettle(ILctsQueue queue, uint256 capacity) internal returns (uint256 converted, uint256 r) {
        vm.startPrank(beacon);
        queue.lock();
        (converted, r) = queue.settle(capacity);
        vm.stopPrank();
    }

    function test_pau_subscribeThenRedeemThroughRateLimits() public {
        // day 1: the Prime queues 2M sUSDS; the class can take in 1M a day
        vm.prank(prime);
        subscribeQueue.deposit(2_000_000e18);
        vm.prank(beacon);
        subscribeQueue.lock();

        bytes32 inflowKey = _unitInflowKey(address(susds), address(subscribeQueue));
        vm.expectRevert(
            abi.encodeWithSelector(
                IRateLimits.RateLimits_RateLimitExceeded.selector, inflowKey, 2_000_000e18, DAILY_LIMIT
            )
        );
        vm.prank(beacon);
        subscribeQueue.settle(2_000_000e18);

        vm.prank(beacon);
        (uint256 converted, uint256 minted) = subscribeQueue.settle(DAILY_LIMIT);
        assertEq(converted, DAILY_LIMIT);
        assertEq(minted, 800_000e18, "1M sUSDS at 1.25");
        assertEq(susds.balanceOf(address(pau.proxy)), DAILY_LIMIT, "custody moved to the class ALMProxy");
        assertEq(pau.rateLimits.getCurrentRateLimit(inflowKey), 0);

        // day 2 (25 h later, the slope refills a little under 1M per 24 h): the rest converts, generation finalized
        vm.warp(block.timestamp + 25 hours);
        (converted, minted) = _lockAndSettle(subscribeQueue, type(uint256).max);
        assertEq(converted, 1_000_000e18);
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.DORMANT));
        vm.prank(prime);
        assertEq(subscribeQueue.settleFinalized(), 1_600_000e18);
        assertEq(shareToken.balanceOf(prime), 1_600_000e18);

        // the unit earned: the beacon marks the rate up (bounded), then the Prime redeems 700k shares
        vm.prank(beacon);
        shareToken.updateExchangeRate(RATE * 10_050 / 10_000);
        vm.prank(prime);
        redeemQueue.deposit(700_000e18);
        (converted, minted) = _lockAndSettle(redeemQueue, 700_000e18);
        uint256 expected = 700_000e18 * (RATE * 10_050 / 10_000) / 1e18;
        assertEq(minted, expected);
        assertEq(shareToken.totalSupply(), 900_000e18, "redeemed shares burnt");
        assertEq(susds.balanceOf(address(pau.proxy)), 2_000_000e18 - expected);

        uint256 before = susds.balanceOf(prime);
        vm.prank(prime);
        redeemQueue.settleFinalized();
        assertEq(susds.balanceOf(prime) - before, expected);
    }

    function test_pau_frozenControllerStopsSettlementNotExit() public {
        vm.prank(prime);
        subscribeQueue.deposit(500e18);
        vm.prank(beacon);
        subscribeQueue.lock();
        vm.prank(freezer);
        pau.controller.freeze();

        vm.expectRevert(IHaloController.Controller_Frozen.selector);
        vm.prank(beacon);
        subscribeQueue.settle(500e18);

        vm.prank(beacon);
        subscribeQueue.settle(0); // zero capacity touches no controller: it only unlocks
        vm.prank(prime);
        (, uint256 back) = subscribeQueue.claimAndExit();
        assertEq(back, 500e18, "depositors are never trapped by the PAU");
    }

    function test_pau_unitCutOffByAdminCannotSettle() public {
        vm.prank(fund);
        subscribeQueue.deposit(100e18);
        bytes32 unitRole = pau.controller.UNIT();
        vm.prank(configurator);
        pau.controller.revokeRole(unitRole, address(subscribeQueue));

        vm.prank(beacon);
        subscribeQueue.lock();
        vm.expectRevert(
            abi.encodeWithSignature(
                "AccessControlUnauthorizedAccount(address,bytes32)", address(subscribeQueue), unitRole
            )
        );
        vm.prank(beacon);
        subscribeQueue.settle(100e18);
    }

    /// @dev The beacon's daily procedure at the spec's cadence — lock at 13:00 UTC, mark the rate, settle before
    ///      16:00 — including a skipped day and settlement times that drift by hours: the 20-hour increase rule
    ///      allows exactly one mark-up per settlement day.
    function test_story_dailyCadenceWithDriftingSettlementTimes() public {
        uint256 day0 = (block.timestamp / 1 days + 1) * 1 days; // next midnight UTC
        uint256[4] memory settleAt =
            [day0 + 15 hours, day0 + 1 days + 13 hours + 5 minutes, 0, day0 + 3 days + 15 hours];
        uint256 rate = RATE;

        for (uint256 day; day < 4; ++day) {
            vm.warp(day0 + day * 1 days + 9 hours);
            vm.prank(fund);
            subscribeQueue.deposit(10e18);
            if (settleAt[day] == 0) continue; // a skipped day: no lock, no settle

            vm.warp(day0 + day * 1 days + 13 hours);
            vm.prank(beacon);
            subscribeQueue.lock();

            vm.warp(settleAt[day]);
            rate = rate * 10_050 / 10_000;
            vm.prank(beacon);
            shareToken.updateExchangeRate(rate); // while LOCKED: nobody can enter or leave around the mark-up
            vm.prank(beacon);
            subscribeQueue.settle(10e18);

            // a second mark-up the same settlement day is refused
            vm.expectRevert(
                abi.encodeWithSelector(
                    IHaloShareToken.ShareToken_RateIncreaseTooSoon.selector, settleAt[day] + 20 hours
                )
            );
            vm.prank(beacon);
            shareToken.updateExchangeRate(rate + 1);
        }
        assertEq(shareToken.exchangeRate(), rate);
        // days 0 and 1 drained their generations; generation 3 spans the skipped day 2 and day 3
        assertEq(subscribeQueue.lastGeneration(), 3);
        assertEq(uint8(subscribeQueue.generation(2).state), uint8(ILctsQueue.GenerationState.FINALIZED));
        assertEq(subscribeQueue.currentGeneration(), 3);
        assertEq(subscribeQueue.generation(3).totalUnderlying, 10e18, "20 queued over two days, 10 converted");
    }
}
