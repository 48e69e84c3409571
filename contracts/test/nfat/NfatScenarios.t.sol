// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {MockUnitRecorder} from "./mocks/MockUnitRecorder.sol";

/// @notice The twelve NFAT scenarios of the spec, end to end on one (or two) Term classes.
contract NfatScenariosTest is NfatFixture {
    function test_Scenario_BulletLoan() public {
        _deposit(primeA, 50 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 id = _claim(primeA, 50 * M, BOOK, terms);

        // custody moved to the ALMProxy, NFT with the deal data minted to the Prime, unit recorded
        assertEq(susds.balanceOf(c.proxy), 50 * M);
        assertEq(susds.balanceOf(address(facility)), 0);
        assertEq(facility.balanceOf(primeA), 0);
        assertEq(token.ownerOf(id), primeA);
        INfatDealToken.Deal memory d = token.deal(id);
        assertEq(d.principal, 50 * M);
        assertEq(d.depositor, primeA);
        assertEq(d.mintedAt, block.timestamp);
        assertEq(d.maturity, terms.maturity);
        assertEq(d.bookId, BOOK);
        assertEq(d.termsHash, keccak256(abi.encode(terms)));
        assertEq(d.termsHash, facility.hashTerms(terms));
        MockUnitRecorder.Record memory r = recorder.recordAt(0);
        assertEq(r.facility, address(facility));
        assertEq(r.tokenId, id);
        assertEq(r.principal, 50 * M);
        assertEq(r.termsHash, d.termsHash);
        assertEq(facility.book(BOOK).liabilities, 50 * M);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.FILLING));

        _deployBook(c, BOOK);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.AT_REST));

        // at maturity the Halo pays principal + 8% and the holder redeems everything funded
        vm.warp(terms.maturity);
        _fund(id, 54 * M);
        vm.prank(primeA);
        uint256 paid = redeem.redeem(id);
        assertEq(paid, 54 * M);
        assertEq(susds.balanceOf(primeA), 54 * M);
        assertFalse(token.exists(id));
        assertEq(facility.book(BOOK).liabilities, 0);
        assertEq(facility.book(BOOK).unitCount, 0);
        assertEq(redeem.totalOwed(), 0);

        _move(c, BOOK, INfatFacility.BookStatus.UNWINDING);
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.CLOSED));
    }

    function test_Scenario_PartialClaims() public {
        _deposit(primeA, 50 * M);
        _openBook(c, BOOK);
        uint256 first = _claim(primeA, 30 * M, BOOK, _bullet());
        assertEq(facility.balanceOf(primeA), 20 * M);
        uint256 second = _claim(primeA, 15 * M, BOOK, _terms(2 * YEAR, 900, INfatFacility.Schedule.BULLET));
        assertEq(facility.balanceOf(primeA), 5 * M);

        vm.prank(primeA);
        assertEq(facility.withdraw(), 5 * M);
        assertEq(susds.balanceOf(primeA), 5 * M);
        assertEq(facility.sharesOf(primeA), 0);
        assertEq(facility.totalUnderlying(), 0);

        assertEq(token.balanceOf(primeA), 2);
        assertEq(token.deal(first).principal, 30 * M);
        assertEq(token.deal(second).principal, 15 * M);
        assertEq(facility.book(BOOK).liabilities, 45 * M);
        assertEq(facility.book(BOOK).unitCount, 2);
        assertEq(susds.balanceOf(c.proxy), 45 * M);
    }

    function test_Scenario_WithdrawBeforeClaim() public {
        _deposit(primeA, 20 * M);
        _openBook(c, BOOK);
        vm.prank(primeA);
        assertEq(facility.withdraw(), 20 * M);
        assertEq(susds.balanceOf(primeA), 20 * M);

        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_InsufficientQueueBalance.selector, primeA, 10 * M, 0)
        );
        _claim(primeA, 10 * M, BOOK, _bullet());
        assertEq(token.totalMinted(), 0);
        assertEq(susds.balanceOf(c.proxy), 0);
    }

    function test_Scenario_Amortising() public {
        _deposit(primeA, 40 * M);
        _openBook(c, BOOK);
        uint256 id = _claim(primeA, 40 * M, BOOK, _terms(YEAR, 800, INfatFacility.Schedule.AMORTISING));

        uint256 outstanding = 40 * M;
        uint256 received;
        for (uint256 q = 1; q <= 4; ++q) {
            vm.warp(block.timestamp + 91 days);
            uint256 interest = outstanding * 200 / 10_000; // 8% a year on what is still outstanding
            _fund(id, 10 * M + interest);
            vm.prank(primeA);
            uint256 paid = redeem.spend(id, 10 * M);
            assertEq(paid, 10 * M + interest);
            received += paid;
            outstanding -= 10 * M;
            assertEq(facility.book(BOOK).liabilities, outstanding);
            if (q < 4) {
                assertEq(token.deal(id).principal, outstanding);
                assertEq(token.ownerOf(id), primeA);
            }
        }
        assertFalse(token.exists(id), "the final payment burns");
        assertEq(received, 42 * M);
        assertEq(susds.balanceOf(primeA), 42 * M);
        assertEq(facility.book(BOOK).unitCount, 0);
        assertEq(redeem.account(id).funded, redeem.account(id).paid);
    }

    function test_Scenario_SecondaryTransferBeforeMaturity() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 id = _claim(primeA, 10 * M, BOOK, terms);

        vm.warp(block.timestamp + 100 days);
        vm.prank(primeA);
        token.transferFrom(primeA, primeB, id);
        assertEq(token.deal(id).depositor, primeA, "origin is kept");

        vm.warp(terms.maturity);
        _fund(id, 10_800_000e18);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NotHolder.selector, id, primeA));
        redeem.redeem(id);

        vm.prank(primeB);
        redeem.redeem(id);
        assertEq(susds.balanceOf(primeB), 10_800_000e18);
        assertEq(susds.balanceOf(primeA), 0);
    }

    function test_Scenario_LateFunding() public {
        _deposit(primeA, 20 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 onTime = _claim(primeA, 10 * M, BOOK, terms);
        uint256 late = _claim(primeA, 10 * M, BOOK, terms);

        vm.warp(terms.maturity);
        _fund(onTime, 10_800_000e18);
        vm.warp(terms.maturity + 30 days);
        susds.mint(c.proxy, 10_800_000e18);
        vm.expectEmit(address(redeem));
        emit INfatRedeem.Funded(late, 10_800_000e18, 10_800_000e18, true, nfatBeacon);
        vm.prank(nfatBeacon);
        redeem.fund(late, 10_800_000e18);

        assertFalse(redeem.fundedLate(onTime));
        assertTrue(redeem.fundedLate(late));
        INfatRedeem.Funding[] memory history = redeem.fundings(late);
        assertEq(history.length, 1);
        assertEq(history[0].at, terms.maturity + 30 days);
        assertEq(history[0].at - token.deal(late).maturity, 30 days, "lateness readable on-chain");
        assertEq(redeem.account(late).lastFundedAt, terms.maturity + 30 days);

        vm.prank(primeA);
        assertEq(redeem.redeem(late), 10_800_000e18);
    }

    function test_Scenario_DelayedRedemption() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 id = _claim(primeA, 10 * M, BOOK, terms);
        vm.warp(terms.maturity);
        _fund(id, 10_800_000e18);

        vm.warp(terms.maturity + 2 * YEAR);
        assertEq(redeem.available(id), 10_800_000e18, "funds wait for the holder");
        assertEq(susds.balanceOf(address(redeem)), 10_800_000e18);
        vm.prank(primeA);
        assertEq(redeem.redeem(id), 10_800_000e18);
        assertEq(susds.balanceOf(primeA), 10_800_000e18);
        assertEq(susds.balanceOf(address(redeem)), 0);
    }

    function test_Scenario_TwoPrimesOneFacility() public {
        _deposit(primeA, 30 * M);
        _deposit(primeB, 20 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 a = _claim(primeA, 25 * M, BOOK, terms);
        uint256 b = _claim(primeB, 20 * M, BOOK, terms);

        assertEq(facility.balanceOf(primeA), 5 * M);
        assertEq(facility.balanceOf(primeB), 0);
        assertEq(token.ownerOf(a), primeA);
        assertEq(token.ownerOf(b), primeB);
        assertEq(facility.book(BOOK).liabilities, 45 * M);

        vm.warp(terms.maturity);
        _fund(a, 27 * M);
        _fund(b, 21_600_000e18);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NotHolder.selector, b, primeA));
        redeem.redeem(b);
        vm.prank(primeA);
        redeem.redeem(a);
        vm.prank(primeB);
        redeem.redeem(b);
        vm.prank(primeA);
        facility.withdraw();
        assertEq(susds.balanceOf(primeA), 32 * M);
        assertEq(susds.balanceOf(primeB), 21_600_000e18);
        assertEq(facility.book(BOOK).liabilities, 0);
    }

    function test_Scenario_OnePrimeTwoFacilities() public {
        INfatFacility.Buybox memory bb = _defaultBuybox();
        bb.sizeMax = uint128(20 * M);
        bb.restrictedDepositors = false;
        NfatClass memory k2 = _deployClass("term-2", bb, false);

        _deposit(primeA, 30 * M);
        _deposit(k2, primeA, 15 * M);
        _openBook(c, BOOK);
        _openBook(k2, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 id1 = _claim(primeA, 30 * M, BOOK, terms);
        uint256 id2 = _claim(k2, primeA, 15 * M, BOOK, terms);
        assertEq(id1, 1);
        assertEq(id2, 1, "each class numbers its own deals");

        // a 30M deal is outside the second class's buybox
        _deposit(k2, primeA, 30 * M);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_OutsideBuybox.selector, "size", 30 * M, 1 * M, 20 * M)
        );
        _claim(k2, primeA, 30 * M, BOOK, terms);

        assertEq(susds.balanceOf(c.proxy), 30 * M);
        assertEq(susds.balanceOf(k2.proxy), 15 * M);
        assertEq(facility.book(BOOK).liabilities, 30 * M);
        assertEq(k2.facility.book(BOOK).liabilities, 15 * M, "books are isolated per class");

        vm.warp(terms.maturity);
        _fund(k2, id2, 16 * M);
        // class 1's token 1 is not funded by class 2's money
        assertEq(redeem.available(id1), 0);
        vm.prank(primeA);
        assertEq(k2.redeem.redeem(id2), 16 * M);
        assertTrue(token.exists(id1));
        assertEq(facility.book(BOOK).liabilities, 30 * M);
        assertEq(k2.facility.book(BOOK).liabilities, 0);
    }

    function test_Scenario_AllowListBlocksThenAdmitsTransfer() public {
        NfatClass memory k = _deployClass("kyc", _defaultBuybox(), true);
        vm.prank(operator);
        k.facility.onboardDepositor(primeA);
        _deposit(k, primeA, 10 * M);
        _openBook(k, BOOK);
        uint256 id = _claim(k, primeA, 10 * M, BOOK, _bullet());
        assertEq(k.token.ownerOf(id), primeA, "minting is not a transfer");

        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_ReceiverNotAllowed.selector, primeB));
        k.token.transferFrom(primeA, primeB, id);

        vm.prank(operator);
        k.token.setAllowed(primeB, true);
        vm.prank(primeA);
        k.token.transferFrom(primeA, primeB, id);
        assertEq(k.token.ownerOf(id), primeB);

        _fund(k, id, 10 * M);
        vm.prank(primeB);
        k.redeem.redeem(id);
        assertEq(susds.balanceOf(primeB), 10 * M);
    }

    function test_Scenario_DefaultNeverFunded() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 id = _claim(primeA, 10 * M, BOOK, terms);
        _deployBook(c, BOOK);
        _move(c, BOOK, INfatFacility.BookStatus.UNWINDING);

        vm.warp(terms.maturity + YEAR);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_Underfunded.selector, id, 0, 10 * M));
        redeem.redeem(id);
        assertEq(token.ownerOf(id), primeA, "the NFAT stays as the claim");
        assertEq(token.deal(id).principal, 10 * M);

        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_BookNotEmpty.selector, BOOK, 1, 10 * M));
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
        assertEq(facility.book(BOOK).liabilities, 10 * M);
        assertEq(susds.balanceOf(primeA), 0);
    }

    function test_Scenario_PrimeKeepsQueueBalanceWhileHoldingNfat() public {
        _deposit(primeA, 50 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        uint256 id = _claim(primeA, 20 * M, BOOK, terms);
        assertEq(facility.balanceOf(primeA), 30 * M);
        assertEq(token.ownerOf(id), primeA);

        _deposit(primeA, 10 * M);
        assertEq(facility.balanceOf(primeA), 40 * M);
        uint256 id2 = _claim(primeA, 5 * M, BOOK, terms);
        assertEq(facility.balanceOf(primeA), 35 * M);

        vm.prank(primeA);
        assertEq(facility.withdraw(), 35 * M);
        assertEq(token.balanceOf(primeA), 2, "withdrawing the queue leaves the deals untouched");
        assertEq(token.deal(id).principal, 20 * M);
        assertEq(token.deal(id2).principal, 5 * M);
        assertEq(facility.book(BOOK).liabilities, 25 * M);
    }

    /// @dev Beyond the twelve: a periodic-coupon deal, coupons claimed, principal redeemed at maturity.
    function test_Scenario_PeriodicCoupons() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _terms(YEAR, 1000, INfatFacility.Schedule.PERIODIC);
        uint256 id = _claim(primeA, 10 * M, BOOK, terms);
        for (uint256 q = 1; q <= 3; ++q) {
            vm.warp(block.timestamp + 91 days);
            _fund(id, 250_000e18);
            vm.prank(primeA);
            assertEq(redeem.claimInterest(id), 250_000e18);
            assertEq(token.deal(id).principal, 10 * M, "NFT unchanged");
        }
        vm.warp(terms.maturity);
        _fund(id, 10_250_000e18);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_PrincipalCovered.selector, id, 10_250_000e18, 10 * M));
        redeem.claimInterest(id);
        vm.prank(primeA);
        assertEq(redeem.redeem(id), 10_250_000e18);
        assertEq(susds.balanceOf(primeA), 11 * M);
    }
}
