// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {MockController, ShortchangingController} from "./mocks/MockController.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

contract NfatRedeemTest is NfatFixture {
    uint256 internal bulletId;
    uint256 internal amortId;
    uint256 internal periodicId;

    function setUp() public override {
        super.setUp();
        _deposit(primeA, 60 * M);
        _openBook(c, BOOK);
        bulletId = _claim(primeA, 10 * M, BOOK, _bullet());
        amortId = _claim(primeA, 20 * M, BOOK, _terms(YEAR, 800, INfatFacility.Schedule.AMORTISING));
        periodicId = _claim(primeA, 30 * M, BOOK, _terms(YEAR, 800, INfatFacility.Schedule.PERIODIC));
    }

    // ---- initialize ----

    function test_Initialize_SetsRolesAndConfig() public view {
        assertEq(redeem.NFAT_BEACON(), NFAT_ROLE);
        assertTrue(redeem.hasRole(redeem.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(redeem.hasRole(NFAT_ROLE, nfatBeacon));
        assertFalse(redeem.hasRole(NFAT_ROLE, admin));
        assertEq(redeem.depositAsset(), address(susds));
        assertEq(redeem.controller(), address(c.controller));
        assertEq(redeem.dealToken(), address(token));
        assertEq(redeem.facility(), address(facility));
    }

    function test_Initialize_ImplementationLockedAndOnce() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        redeemImpl.initialize(_redeemConfig(c));
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        redeem.initialize(_redeemConfig(c));
    }

    function test_Initialize_RevertsOnZeroAddress() public {
        string[6] memory names = ["admin", "nfatBeacon", "depositAsset", "controller", "dealToken", "facility"];
        for (uint256 i; i < names.length; ++i) {
            INfatRedeem.RedeemConfig memory cfg = _redeemConfig(c);
            if (i == 0) cfg.admin = address(0);
            if (i == 1) cfg.nfatBeacon = address(0);
            if (i == 2) cfg.depositAsset = address(0);
            if (i == 3) cfg.controller = address(0);
            if (i == 4) cfg.dealToken = address(0);
            if (i == 5) cfg.facility = address(0);
            NfatRedeem fresh = NfatRedeem(Clones.clone(address(redeemImpl)));
            vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_ZeroAddress.selector, names[i]));
            fresh.initialize(cfg);
        }
    }

    // ---- fund ----

    function test_Fund_PullsFromProxyAndRecords() public {
        susds.mint(c.proxy, 3 * M);
        uint256 proxyBefore = susds.balanceOf(c.proxy);
        vm.expectEmit(address(redeem));
        emit INfatRedeem.Funded(bulletId, 2 * M, 2 * M, false, nfatBeacon);
        vm.prank(nfatBeacon);
        redeem.fund(bulletId, 2 * M);
        vm.warp(block.timestamp + 10 days);
        vm.prank(nfatBeacon);
        redeem.fund(bulletId, M);

        assertEq(susds.balanceOf(c.proxy), proxyBefore - 3 * M);
        assertEq(susds.balanceOf(address(redeem)), 3 * M);
        INfatRedeem.Account memory a = redeem.account(bulletId);
        assertEq(a.funded, 3 * M);
        assertEq(a.paid, 0);
        assertEq(a.firstFundedAt, block.timestamp - 10 days);
        assertEq(a.lastFundedAt, block.timestamp);
        assertFalse(a.late);
        assertEq(redeem.available(bulletId), 3 * M);
        assertEq(redeem.totalOwed(), 3 * M);
        INfatRedeem.Funding[] memory h = redeem.fundings(bulletId);
        assertEq(h.length, 2);
        assertEq(h[0].amount, 2 * M);
        assertEq(h[1].amount, M);
        assertEq(h[1].at, block.timestamp);
    }

    function test_Fund_RevertsOnZeroAmount() public {
        vm.prank(nfatBeacon);
        vm.expectRevert(INfatRedeem.Redeem_ZeroAmount.selector);
        redeem.fund(bulletId, 0);
    }

    function test_Fund_RevertsOnUnknownOrBurntToken() public {
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_UnknownToken.selector, 99));
        redeem.fund(99, M);
        _fund(bulletId, 10 * M);
        vm.prank(primeA);
        redeem.redeem(bulletId);
        susds.mint(c.proxy, M);
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_UnknownToken.selector, bulletId));
        redeem.fund(bulletId, M);
    }

    function test_Fund_RevertsBeyondRateLimit() public {
        susds.mint(c.proxy, 10 * M);
        c.controller.setLimits(type(uint256).max, 4 * M);
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(MockController.MockController_RateLimited.selector, "outflow", 5 * M, 4 * M)
        );
        redeem.fund(bulletId, 5 * M);
        assertEq(redeem.available(bulletId), 0);
    }

    function test_Fund_RevertsWhenControllerShortchanges() public {
        address proxy = makeAddr("short-proxy");
        ShortchangingController bad = new ShortchangingController(proxy);
        susds.mint(proxy, 10 * M);
        vm.prank(proxy);
        susds.approve(address(bad), type(uint256).max);
        NfatRedeem fresh = NfatRedeem(Clones.clone(address(redeemImpl)));
        INfatRedeem.RedeemConfig memory cfg = _redeemConfig(c);
        cfg.controller = address(bad);
        fresh.initialize(cfg);
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(INfatRedeem.Redeem_FundingShortfall.selector, bulletId, 2 * M, 2 * M - 1)
        );
        fresh.fund(bulletId, 2 * M);
    }

    function test_Fund_OutsiderRefused() public {
        susds.mint(c.proxy, M);
        vm.prank(primeA);
        vm.expectRevert(_missingRole(primeA, NFAT_ROLE));
        redeem.fund(bulletId, M);
        vm.prank(attestBeacon);
        vm.expectRevert(_missingRole(attestBeacon, NFAT_ROLE));
        redeem.fund(bulletId, M);
    }

    // ---- redeem ----

    function test_Redeem_PaysEverythingAndBurns() public {
        _fund(bulletId, 6 * M);
        _fund(bulletId, 4_800_000e18);
        vm.expectEmit(address(redeem));
        emit INfatRedeem.Redeemed(bulletId, primeA, 10_800_000e18, 10 * M);
        vm.prank(primeA);
        assertEq(redeem.redeem(bulletId), 10_800_000e18);
        assertEq(susds.balanceOf(primeA), 10_800_000e18);
        assertFalse(token.exists(bulletId));
        assertEq(facility.book(BOOK).liabilities, 50 * M);
        assertEq(facility.book(BOOK).unitCount, 2);
        assertEq(redeem.available(bulletId), 0);
        assertEq(redeem.totalOwed(), 0);
    }

    function test_Redeem_FinalPaymentOfAnySchedule() public {
        _fund(amortId, 20 * M);
        vm.prank(primeA);
        assertEq(redeem.redeem(amortId), 20 * M);
        assertFalse(token.exists(amortId));
    }

    function test_Redeem_RevertsWhenUnderfunded() public {
        _fund(bulletId, 10 * M - 1);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_Underfunded.selector, bulletId, 10 * M - 1, 10 * M));
        redeem.redeem(bulletId);
    }

    function test_Redeem_RevertsOnUnknownToken() public {
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_UnknownToken.selector, 42));
        redeem.redeem(42);
    }

    function test_Redeem_OutsiderRefused() public {
        _fund(bulletId, 10 * M);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NotHolder.selector, bulletId, outsider));
        redeem.redeem(bulletId);
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NotHolder.selector, bulletId, nfatBeacon));
        redeem.redeem(bulletId);
    }

    function test_Redeem_ApprovedOperatorTriggersHolderIsPaid() public {
        _fund(bulletId, 10 * M);
        vm.prank(primeA);
        token.approve(outsider, bulletId);
        vm.prank(outsider);
        redeem.redeem(bulletId);
        assertEq(susds.balanceOf(primeA), 10 * M);
        assertEq(susds.balanceOf(outsider), 0);
    }

    function test_Redeem_OperatorForAllTriggers() public {
        _fund(bulletId, 10 * M);
        vm.prank(primeA);
        token.setApprovalForAll(outsider, true);
        vm.prank(outsider);
        redeem.redeem(bulletId);
        assertEq(susds.balanceOf(primeA), 10 * M);
    }

    // ---- spend ----

    function test_Spend_PartialReducesPrincipal() public {
        _fund(amortId, 5_400_000e18);
        vm.expectEmit(address(redeem));
        emit INfatRedeem.Spent(amortId, primeA, 5_400_000e18, 5 * M, false);
        vm.prank(primeA);
        assertEq(redeem.spend(amortId, 5 * M), 5_400_000e18);
        assertEq(token.deal(amortId).principal, 15 * M);
        assertEq(facility.book(BOOK).liabilities, 55 * M);
        assertEq(facility.book(BOOK).unitCount, 3);
        assertEq(susds.balanceOf(primeA), 5_400_000e18);
    }

    function test_Spend_FinalPaymentBurns() public {
        _fund(amortId, 20_500_000e18);
        vm.prank(primeA);
        redeem.spend(amortId, 20 * M);
        assertFalse(token.exists(amortId));
        assertEq(facility.book(BOOK).unitCount, 2);
        assertEq(facility.book(BOOK).liabilities, 40 * M);
    }

    function test_Spend_RevertsOnWrongSchedule() public {
        _fund(bulletId, M);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_WrongSchedule.selector, bulletId, 0));
        redeem.spend(bulletId, M);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_WrongSchedule.selector, periodicId, 2));
        redeem.spend(periodicId, M);
    }

    function test_Spend_RevertsOnZeroPart() public {
        _fund(amortId, M);
        vm.prank(primeA);
        vm.expectRevert(INfatRedeem.Redeem_ZeroAmount.selector);
        redeem.spend(amortId, 0);
    }

    function test_Spend_RevertsWhenPartTooLarge() public {
        _fund(amortId, 3 * M);
        vm.prank(primeA);
        vm.expectRevert(
            abi.encodeWithSelector(INfatRedeem.Redeem_PrincipalPartTooLarge.selector, amortId, 4 * M, 20 * M, 3 * M)
        );
        redeem.spend(amortId, 4 * M);
        _fund(amortId, 30 * M);
        vm.prank(primeA);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatRedeem.Redeem_PrincipalPartTooLarge.selector, amortId, 20 * M + 1, 20 * M, 33 * M
            )
        );
        redeem.spend(amortId, 20 * M + 1);
    }

    function test_Spend_RevertsWhenPrincipalCoveredButNotFinal() public {
        _fund(amortId, 21 * M);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_PrincipalCovered.selector, amortId, 21 * M, 20 * M));
        redeem.spend(amortId, 5 * M);
    }

    function test_Spend_OutsiderRefused() public {
        _fund(amortId, 5 * M);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NotHolder.selector, amortId, outsider));
        redeem.spend(amortId, 5 * M);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_UnknownToken.selector, 77));
        redeem.spend(77, 5 * M);
    }

    // ---- claimInterest ----

    function test_ClaimInterest_PaysAndKeepsNft() public {
        _fund(periodicId, 600_000e18);
        vm.expectEmit(address(redeem));
        emit INfatRedeem.InterestClaimed(periodicId, primeA, 600_000e18);
        vm.prank(primeA);
        assertEq(redeem.claimInterest(periodicId), 600_000e18);
        assertEq(token.deal(periodicId).principal, 30 * M);
        assertEq(facility.book(BOOK).liabilities, 60 * M);
        assertEq(redeem.account(periodicId).paid, 600_000e18);
    }

    function test_ClaimInterest_RevertsOnWrongSchedule() public {
        _fund(bulletId, M);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_WrongSchedule.selector, bulletId, 0));
        redeem.claimInterest(bulletId);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_WrongSchedule.selector, amortId, 1));
        redeem.claimInterest(amortId);
    }

    function test_ClaimInterest_RevertsWhenNothingFunded() public {
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NothingToPay.selector, periodicId));
        redeem.claimInterest(periodicId);
        _fund(periodicId, M);
        vm.prank(primeA);
        redeem.claimInterest(periodicId);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NothingToPay.selector, periodicId));
        redeem.claimInterest(periodicId);
    }

    function test_ClaimInterest_RevertsWhenPrincipalCovered() public {
        _fund(periodicId, 30 * M);
        vm.prank(primeA);
        vm.expectRevert(
            abi.encodeWithSelector(INfatRedeem.Redeem_PrincipalCovered.selector, periodicId, 30 * M, 30 * M)
        );
        redeem.claimInterest(periodicId);
    }

    function test_ClaimInterest_OutsiderRefused() public {
        _fund(periodicId, M);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_NotHolder.selector, periodicId, outsider));
        redeem.claimInterest(periodicId);
    }

    // ---- views ----

    function test_Views_Unfunded() public view {
        assertEq(redeem.available(bulletId), 0);
        assertEq(redeem.fundings(bulletId).length, 0);
        assertFalse(redeem.fundedLate(bulletId));
        assertEq(redeem.account(bulletId).firstFundedAt, 0);
    }

    function test_SupportsInterface() public view {
        assertTrue(redeem.supportsInterface(type(INfatRedeem).interfaceId));
        assertTrue(redeem.supportsInterface(type(IAccessControl).interfaceId));
        assertFalse(redeem.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertFalse(redeem.supportsInterface(0xdeadbeef));
    }

    function test_FundedLate_FlagsFundingAfterMaturity() public {
        uint64 maturity = token.deal(bulletId).maturity;
        vm.warp(maturity);
        _fund(bulletId, M);
        assertFalse(redeem.fundedLate(bulletId), "at maturity is on time");
        vm.warp(maturity + 1);
        _fund(bulletId, M);
        assertTrue(redeem.fundedLate(bulletId));
    }
}
