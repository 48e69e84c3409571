// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {RedeemQueue} from "../../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice The whole onboarding path end to end, through PAS: templates (approved through the PAS Timelock in the
///         fixture) → a Portfolio class with two units and a Term class (registered in BeamState by the factory) →
///         the 14-day wait → the addCBeam the factory scheduled executed by anyone → Core Council grants GovOps on
///         both classes → GovOps ramps a limit under SORL through the PAS Configurator → money flows through an
///         LCTS settlement (in and out) and an NFAT claim → the Day-0 review log closes Day-0.
contract FactoryIntegrationTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant SENIOR = "acme-mmf-senior";
    bytes32 internal constant JUNIOR = "acme-mmf-junior";

    address internal alice = makeAddr("alice");
    address internal prime = makeAddr("prime");

    function setUp() public {
        _deploySystem();
    }

    function test_endToEnd() public {
        // ---- 1. deploy from templates: no bespoke engineering ----
        IHaloFactory.ClassRequest memory pReq = _portfolioClassRequest(PCLASS);
        IHaloFactory.ClassRequest memory tReq = _termClassRequest(TCLASS);
        IHaloFactory.UnitRequest memory senior = _unitRequest(SENIOR, PCLASS);
        IHaloFactory.UnitRequest memory junior = _unitRequest(JUNIOR, PCLASS);
        junior.name = "Acme MMF Junior";
        junior.symbol = "ACME-J";
        junior.params[1].value = 1;
        junior.params[2].value = 900;
        junior.params[3].value = 25;

        IHaloFactory.ClassAddresses memory pPredicted =
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, "v1", deployer);
        vm.startPrank(deployer);
        IHaloFactory.ClassAddresses memory pc = factory.deployClass(pReq, "v1");
        IHaloFactory.UnitAddresses memory su = factory.deployUnit(senior, "v1");
        IHaloFactory.UnitAddresses memory ju = factory.deployUnit(junior, "v1");
        vm.stopPrank();
        // the Term class goes the signed way: the approver signs, anyone submits
        IHaloFactory.Approval memory approval = _classApproval(approverKey, tReq, "v1", block.timestamp + 1 days, 1);
        vm.prank(outsider);
        IHaloFactory.ClassAddresses memory tc = factory.deployClassWithApproval(tReq, "v1", approval);
        assertEq(pc.almProxy, pPredicted.almProxy);
        assertEq(registry.classCount(), 2);
        assertEq(registry.unitCount(), 2);

        // ---- 2. GovOps is no cBEAM until the timelock has run and the Core Council granted it ----
        bytes32 subscribeKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), su.subscribeQueue);
        vm.expectRevert(bytes("Configurator/not-authorized-ratelimits-cBeam"));
        vm.prank(govOps);
        configurator.setRateLimit(pc.rateLimits, subscribeKey, IRL, IRL_SLOPE);

        _executeCBeamGrant(PCLASS); // anyone executes a ready operation
        assertEq(beamState.cBeams(govOps), 1);
        _executeCBeamGrant(TCLASS); // the second class's own addCBeam (idempotent)
        _grantCBeamOnClass(pc.rateLimits, pc.controller, govOps);
        _grantCBeamOnClass(tc.rateLimits, tc.controller, govOps);

        // ---- 3. GovOps ramp the senior unit's subscription inflow under SORL ----
        RateLimits rl = RateLimits(pc.rateLimits);
        vm.startPrank(govOps);
        configurator.setRateLimit(pc.rateLimits, subscribeKey, 125_000e18, IRL_SLOPE); // +25%
        vm.expectRevert(bytes("Configurator/increment-too-soon"));
        configurator.setRateLimit(pc.rateLimits, subscribeKey, 150_000e18, IRL_SLOPE);
        vm.warp(block.timestamp + 18 hours);
        vm.expectRevert(bytes("Configurator/exceeds-max-amount"));
        configurator.setRateLimit(pc.rateLimits, subscribeKey, 200_000e18, IRL_SLOPE);
        configurator.setRateLimit(pc.rateLimits, subscribeKey, 156_250e18, IRL_SLOPE);
        vm.stopPrank();
        assertEq(rl.getRateLimitData(subscribeKey).maxAmount, 156_250e18);

        // ---- 4. LCTS: alice subscribes 150k, the beacon locks and settles, alice gets shares ----
        SubscribeQueue sq = SubscribeQueue(su.subscribeQueue);
        usds.mint(alice, 150_000e18);
        vm.startPrank(alice);
        usds.approve(address(sq), 150_000e18);
        sq.deposit(150_000e18);
        vm.stopPrank();
        // raising a limit never refills it: what is available grows back at the slope, up to the new maximum
        assertEq(rl.getCurrentRateLimit(subscribeKey), 125_000e18);
        vm.warp(block.timestamp + 12 hours);
        assertEq(rl.getCurrentRateLimit(subscribeKey), 156_250e18);
        vm.startPrank(lctsBeacon);
        sq.lock();
        sq.settle(150_000e18);
        vm.stopPrank();
        assertEq(usds.balanceOf(pc.almProxy), 150_000e18);
        vm.prank(alice);
        sq.claim();
        HaloShareToken shares = HaloShareToken(su.shareToken);
        assertEq(shares.balanceOf(alice), 150_000e18); // exchange rate 1:1

        // and redeems 60k of them back out through the RedeemQueue (outflow Day-0 limit: 100k)
        RedeemQueue rq = RedeemQueue(su.redeemQueue);
        vm.startPrank(alice);
        shares.approve(address(rq), 60_000e18);
        rq.deposit(60_000e18);
        vm.stopPrank();
        vm.startPrank(lctsBeacon);
        rq.lock();
        rq.settle(60_000e18);
        vm.stopPrank();
        vm.prank(alice);
        rq.claim();
        assertEq(usds.balanceOf(alice), 60_000e18);
        assertEq(shares.totalSupply(), 90_000e18);
        assertEq(usds.balanceOf(pc.almProxy), 90_000e18);

        // ---- 5. NFAT: a Prime deposits, lpha-nfat claims a deal: one NFT = one recorded unit ----
        NfatFacility facility = NfatFacility(tc.facility);
        usds.mint(prime, 80_000e18);
        vm.startPrank(prime);
        usds.approve(address(facility), 80_000e18);
        facility.deposit(80_000e18);
        vm.stopPrank();
        vm.startPrank(nfatBeacon);
        facility.openBook("book-1");
        uint256 tokenId = facility.claim(
            prime,
            50_000e18,
            "book-1",
            INfatFacility.DealTerms({
                maturity: uint64(block.timestamp + 365 days),
                apyBps: 800,
                schedule: INfatFacility.Schedule.BULLET,
                documentHash: keccak256("term-sheet")
            })
        );
        vm.stopPrank();
        assertEq(NfatDealToken(tc.dealToken).ownerOf(tokenId), prime);
        assertEq(usds.balanceOf(tc.almProxy), 50_000e18);
        IHaloRegistry.UnitRecord memory deal = registry.getUnit(registry.dealUnitId(TCLASS, tokenId));
        assertEq(deal.deal.principal, 50_000e18);
        assertEq(deal.classId, TCLASS);
        assertEq(registry.unitCount(), 3);

        // ---- 6. Day-0: a daily human review for N cycles, then the registry records the end ----
        for (uint256 i = 0; i < DAY0_CYCLES; ++i) {
            vm.warp(block.timestamp + 1 days);
            vm.prank(reviewer);
            registry.recordReview(SENIOR, keccak256(abi.encode("day0-report", i)));
        }
        IHaloRegistry.UnitRecord memory u = registry.getUnit(SENIOR);
        assertEq(u.day0.reviewCount, DAY0_CYCLES);
        assertEq(u.day0.endedAt, block.timestamp);
        assertEq(registry.getUnit(JUNIOR).day0.endedAt, 0);

        // the junior unit kept its own parameters
        assertEq(HaloShareToken(ju.shareToken).maxRateIncreaseBps(), 25);
    }
}
