// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice Acceptance of the NFAT Term template: a Term class deployed from the factory runs one deal from deposit
///         to redemption — a Prime deposits, lpha-nfat claims a deal into a book (the NFT is the Halo Unit,
///         recorded in the registry), the book goes through its phases under the two-beacon rule, the deal is
///         sold on the secondary market, funded with principal and yield at maturity, redeemed by whoever holds
///         it, and the book closes with nothing outstanding.
contract TermDealLifecycleTest is SystemFixture {
    bytes32 internal constant CLASS_ID = "acme-term";
    bytes32 internal constant BOOK = "book-1";

    address internal prime = makeAddr("prime");
    address internal buyer = makeAddr("secondary-buyer");

    IHaloFactory.ClassAddresses internal class_;
    NfatFacility internal facility;
    NfatDealToken internal deals;
    NfatRedeem internal redeemer;

    function setUp() public {
        _deploySystem();
        vm.prank(deployer);
        class_ = factory.deployClass(_termClassRequest(CLASS_ID), "v1");
        facility = NfatFacility(class_.facility);
        deals = NfatDealToken(class_.dealToken);
        redeemer = NfatRedeem(class_.redeem);
    }

    function test_depositToRedemption_throughEveryBookPhase() public {
        // ---- a Prime queues 120k; the beacon claims an 80k bullet deal into a new book ----
        usds.mint(prime, 120_000e18);
        vm.startPrank(prime);
        usds.approve(address(facility), 120_000e18);
        facility.deposit(120_000e18);
        vm.stopPrank();

        INfatFacility.DealTerms memory terms = INfatFacility.DealTerms({
            maturity: uint64(block.timestamp + 180 days),
            apyBps: 800,
            schedule: INfatFacility.Schedule.BULLET,
            documentHash: keccak256("term-sheet acme-term #1")
        });
        vm.startPrank(nfatBeacon);
        facility.openBook(BOOK);
        uint256 tokenId = facility.claim(prime, 80_000e18, BOOK, terms);
        vm.stopPrank();

        assertEq(deals.ownerOf(tokenId), prime);
        assertEq(usds.balanceOf(class_.almProxy), 80_000e18, "claimed principal is in custody, on Day 0");
        INfatFacility.Book memory b = facility.book(BOOK);
        assertEq(uint8(b.status), uint8(INfatFacility.BookStatus.FILLING));
        assertEq(b.liabilities, 80_000e18);
        assertEq(b.unitCount, 1);
        IHaloRegistry.UnitRecord memory unit = registry.getUnit(registry.dealUnitId(CLASS_ID, tokenId));
        assertEq(unit.deal.termsHash, keccak256(abi.encode(terms)), "the registry can check the off-chain terms");
        assertEq(unit.deal.principal, 80_000e18);

        // the rest of the Prime's queue balance is its own to take back
        vm.prank(prime);
        assertEq(facility.withdraw(), 40_000e18);

        // ---- FILLING → DEPLOYING → AT_REST: lpha-nfat cannot move the book without lpha-attest ----
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_AttestationNotFresh.selector, BOOK, 0, b.version, 0)
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.DEPLOYING);
        vm.prank(attestBeacon);
        facility.attestBook(BOOK, keccak256("attestation: 80k deployed to borrower"));
        vm.prank(nfatBeacon);
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.DEPLOYING);
        vm.warp(block.timestamp + 3 days);
        vm.prank(attestBeacon);
        facility.attestBook(BOOK, keccak256("attestation: loan at rest"));
        vm.prank(nfatBeacon);
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.AT_REST);

        // ---- secondary sale before maturity: the buyer, not the original Prime, will be paid ----
        vm.prank(prime);
        deals.transferFrom(prime, buyer, tokenId);

        // ---- maturity: the borrower repays principal + yield into custody, the beacon unwinds and funds ----
        vm.warp(terms.maturity);
        uint256 yield_ = uint256(80_000e18) * 800 * 180 days / (10_000 * 365 days);
        usds.mint(class_.almProxy, yield_); // the repayment reaching the class's custody
        vm.startPrank(nfatBeacon);
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.UNWINDING);
        redeemer.fund(tokenId, 80_000e18 + yield_);
        vm.stopPrank();
        assertEq(usds.balanceOf(class_.almProxy), 0, "custody paid out exactly what came back");
        assertFalse(redeemer.fundedLate(tokenId));

        // ---- the holder redeems: bullet, everything funded, NFT burnt, book empty and closable ----
        vm.prank(buyer);
        uint256 paid = redeemer.redeem(tokenId);
        assertEq(paid, 80_000e18 + yield_);
        assertEq(usds.balanceOf(buyer), paid);
        assertEq(usds.balanceOf(prime), 40_000e18, "the seller kept only its withdrawn balance");
        assertFalse(deals.exists(tokenId));

        b = facility.book(BOOK);
        assertEq(b.liabilities, 0);
        assertEq(b.unitCount, 0);
        vm.prank(nfatBeacon);
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.CLOSED);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.CLOSED));

        // nothing is left anywhere: queue, custody and redeem contract are all empty
        assertEq(usds.balanceOf(address(facility)), 0);
        assertEq(usds.balanceOf(address(redeemer)), 0);
    }
}
