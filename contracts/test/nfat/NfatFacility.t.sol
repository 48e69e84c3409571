// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {MockController, ShortchangingController} from "./mocks/MockController.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {StdStorage, stdStorage} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

contract NfatFacilityTest is NfatFixture {
    using stdStorage for StdStorage;

    // ---- initialize ----

    function test_Initialize_SetsRolesAndConfig() public view {
        assertEq(facility.OPERATOR(), OPERATOR_ROLE);
        assertEq(facility.NFAT_BEACON(), NFAT_ROLE);
        assertEq(facility.ATTEST_BEACON(), ATTEST_ROLE);
        assertTrue(facility.hasRole(facility.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(facility.hasRole(facility.OPERATOR(), operator));
        assertTrue(facility.hasRole(facility.NFAT_BEACON(), nfatBeacon));
        assertTrue(facility.hasRole(facility.ATTEST_BEACON(), attestBeacon));
        assertFalse(facility.hasRole(NFAT_ROLE, attestBeacon));
        assertEq(facility.depositAsset(), address(susds));
        assertEq(facility.controller(), address(c.controller));
        assertEq(facility.dealToken(), address(token));
        assertEq(facility.redeem(), address(redeem));
        assertEq(facility.unitRecorder(), address(recorder));
        INfatFacility.Buybox memory bb = facility.buybox();
        assertEq(bb.termMin, 30 days);
        assertEq(bb.sizeMax, 100 * M);
        assertEq(bb.apyMaxBps, 1500);
        assertTrue(bb.restrictedDepositors);
        assertEq(bb.assetType, bytes32("senior-secured-loan"));
        assertEq(bb.jurisdiction, bytes32("US-DE"));
        assertEq(facility.MAX_ATTESTATION_AGE(), 1 days);
    }

    function test_Initialize_ImplementationLocked() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        facilityImpl.initialize(_facilityConfig(c, _defaultBuybox()));
    }

    function test_Initialize_RevertsTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        facility.initialize(_facilityConfig(c, _defaultBuybox()));
    }

    function test_Initialize_RevertsOnZeroAddress() public {
        string[8] memory names = [
            "admin", "nfatBeacon", "attestBeacon", "depositAsset", "controller", "dealToken", "redeem", "unitRecorder"
        ];
        for (uint256 i; i < names.length; ++i) {
            INfatFacility.FacilityConfig memory cfg = _facilityConfig(c, _defaultBuybox());
            if (i == 0) cfg.admin = address(0);
            if (i == 1) cfg.nfatBeacon = address(0);
            if (i == 2) cfg.attestBeacon = address(0);
            if (i == 3) cfg.depositAsset = address(0);
            if (i == 4) cfg.controller = address(0);
            if (i == 5) cfg.dealToken = address(0);
            if (i == 6) cfg.redeem = address(0);
            if (i == 7) cfg.unitRecorder = address(0);
            NfatFacility fresh = NfatFacility(Clones.clone(address(facilityImpl)));
            vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_ZeroAddress.selector, names[i]));
            fresh.initialize(cfg);
        }
    }

    function test_Initialize_RevertsOnInvalidBuybox() public {
        INfatFacility.Buybox memory bb = _defaultBuybox();
        bb.termMin = bb.termMax + 1;
        NfatFacility fresh = NfatFacility(Clones.clone(address(facilityImpl)));
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_InvalidBuybox.selector, "term", bb.termMin, bb.termMax)
        );
        fresh.initialize(_facilityConfig(c, bb));

        bb = _defaultBuybox();
        bb.sizeMin = bb.sizeMax + 1;
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_InvalidBuybox.selector, "size", bb.sizeMin, bb.sizeMax)
        );
        fresh.initialize(_facilityConfig(c, bb));

        bb = _defaultBuybox();
        bb.sizeMin = 0;
        bb.sizeMax = 0;
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_InvalidBuybox.selector, "size", 0, 0));
        fresh.initialize(_facilityConfig(c, bb));

        bb = _defaultBuybox();
        bb.apyMinBps = 2000;
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_InvalidBuybox.selector, "apy", 2000, 1500));
        fresh.initialize(_facilityConfig(c, bb));
    }

    function test_Initialize_OperatorOptional() public {
        INfatFacility.FacilityConfig memory cfg = _facilityConfig(c, _defaultBuybox());
        cfg.operator = address(0);
        NfatFacility fresh = NfatFacility(Clones.clone(address(facilityImpl)));
        vm.recordLogs();
        fresh.initialize(cfg);
        // Role membership is read from RoleGranted / RoleRevoked logs (plain AccessControl): exactly three grants,
        // none of OPERATOR.
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 grants;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].topics[0] != IAccessControl.RoleGranted.selector) continue;
            ++grants;
            assertTrue(logs[i].topics[1] != OPERATOR_ROLE);
        }
        assertEq(grants, 3);
    }

    // ---- deposit ----

    function test_Deposit_MintsSharesOneToOneFirst() public {
        susds.mint(primeA, 10 * M);
        vm.startPrank(primeA);
        susds.approve(address(facility), 10 * M);
        vm.expectEmit(address(facility));
        emit INfatFacility.Deposited(primeA, 10 * M, 10 * M);
        uint256 shares = facility.deposit(10 * M);
        vm.stopPrank();
        assertEq(shares, 10 * M);
        assertEq(facility.sharesOf(primeA), 10 * M);
        assertEq(facility.balanceOf(primeA), 10 * M);
        assertEq(facility.totalShares(), 10 * M);
        assertEq(facility.totalUnderlying(), 10 * M);
        assertEq(susds.balanceOf(address(facility)), 10 * M);
    }

    function test_Deposit_ProportionalWhenSharePriceMoved() public {
        _deposit(primeA, 10 * M);
        // A share worth 2 units (state a yield-bearing queue would reach): new deposits get half as many shares.
        stdstore.target(address(facility)).sig("totalUnderlying()").checked_write(20 * M);
        susds.mint(address(facility), 10 * M);
        _deposit(primeB, 4 * M);
        assertEq(facility.sharesOf(primeB), 2 * M);
        assertEq(facility.balanceOf(primeB), 4 * M);
    }

    function test_Deposit_RevertsOnZeroAmount() public {
        vm.prank(primeA);
        vm.expectRevert(INfatFacility.Facility_ZeroAmount.selector);
        facility.deposit(0);
    }

    function test_Deposit_RevertsOnZeroShares() public {
        _deposit(primeA, 1);
        stdstore.target(address(facility)).sig("totalUnderlying()").checked_write(10);
        susds.mint(primeB, 5);
        vm.startPrank(primeB);
        susds.approve(address(facility), 5);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_ZeroShares.selector, 5));
        facility.deposit(5);
        vm.stopPrank();
    }

    function test_Deposit_OutsiderRefusedWhenRestricted() public {
        susds.mint(outsider, M);
        vm.startPrank(outsider);
        susds.approve(address(facility), M);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_DepositorNotOnboarded.selector, outsider));
        facility.deposit(M);
        vm.stopPrank();
    }

    function test_Deposit_AnyoneWhenOpen() public {
        INfatFacility.Buybox memory bb = _defaultBuybox();
        bb.restrictedDepositors = false;
        NfatClass memory open = _deployClass("open", bb, false);
        _deposit(open, outsider, M);
        assertEq(open.facility.balanceOf(outsider), M);
    }

    function test_Deposit_OffboardedRefused() public {
        vm.prank(operator);
        facility.offboardDepositor(primeA);
        susds.mint(primeA, M);
        vm.startPrank(primeA);
        susds.approve(address(facility), M);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_DepositorNotOnboarded.selector, primeA));
        facility.deposit(M);
        vm.stopPrank();
    }

    // ---- withdraw ----

    function test_Withdraw_ReturnsEverything() public {
        _deposit(primeA, 7 * M);
        _deposit(primeB, 3 * M);
        vm.expectEmit(address(facility));
        emit INfatFacility.Withdrawn(primeA, 7 * M, 7 * M);
        vm.prank(primeA);
        assertEq(facility.withdraw(), 7 * M);
        assertEq(susds.balanceOf(primeA), 7 * M);
        assertEq(facility.sharesOf(primeA), 0);
        assertEq(facility.totalShares(), 3 * M);
        assertEq(facility.totalUnderlying(), 3 * M);
        assertEq(facility.balanceOf(primeB), 3 * M);
    }

    function test_Withdraw_RevertsWithoutShares() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_NothingToWithdraw.selector, outsider));
        facility.withdraw();
    }

    function test_Withdraw_OffboardedMayStillWithdraw() public {
        _deposit(primeA, 2 * M);
        vm.prank(operator);
        facility.offboardDepositor(primeA);
        vm.prank(primeA);
        assertEq(facility.withdraw(), 2 * M);
    }

    // ---- onboarding ----

    function test_Onboard_Offboard() public {
        assertFalse(facility.isOnboarded(outsider));
        vm.expectEmit(address(facility));
        emit INfatFacility.DepositorOnboarded(outsider, operator);
        vm.prank(operator);
        facility.onboardDepositor(outsider);
        assertTrue(facility.isOnboarded(outsider));
        vm.expectEmit(address(facility));
        emit INfatFacility.DepositorOffboarded(outsider, operator);
        vm.prank(operator);
        facility.offboardDepositor(outsider);
        assertFalse(facility.isOnboarded(outsider));
    }

    function test_Onboard_RevertsOnZero() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_ZeroAddress.selector, "depositor"));
        facility.onboardDepositor(address(0));
    }

    function test_Onboard_OutsiderRefused() public {
        vm.prank(outsider);
        vm.expectRevert(_missingRole(outsider, OPERATOR_ROLE));
        facility.onboardDepositor(outsider);
        vm.prank(nfatBeacon);
        vm.expectRevert(_missingRole(nfatBeacon, OPERATOR_ROLE));
        facility.onboardDepositor(outsider);
    }

    function test_Offboard_OutsiderRefused() public {
        vm.prank(outsider);
        vm.expectRevert(_missingRole(outsider, OPERATOR_ROLE));
        facility.offboardDepositor(primeA);
        assertTrue(facility.isOnboarded(primeA));
    }

    // ---- claim ----

    function test_Claim_Success() public {
        _deposit(primeA, 30 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        bytes32 termsHash = keccak256(abi.encode(terms));
        vm.expectEmit(address(facility));
        emit INfatFacility.Claimed(1, primeA, BOOK, 12 * M, 12 * M, termsHash, terms);
        uint256 id = _claim(primeA, 12 * M, BOOK, terms);
        assertEq(id, 1);
        assertEq(facility.sharesOf(primeA), 18 * M);
        assertEq(facility.totalUnderlying(), 18 * M);
        assertEq(susds.balanceOf(address(facility)), 18 * M);
        assertEq(susds.balanceOf(c.proxy), 12 * M);
        assertEq(susds.allowance(address(facility), address(c.controller)), 0);
        INfatFacility.Book memory b = facility.book(BOOK);
        assertEq(uint8(b.status), uint8(INfatFacility.BookStatus.FILLING));
        assertEq(b.liabilities, 12 * M);
        assertEq(b.unitCount, 1);
        INfatDealToken.Deal memory d = token.deal(id);
        assertEq(d.schedule, uint8(INfatFacility.Schedule.BULLET));
        assertEq(d.originalPrincipal, 12 * M);
        assertEq(recorder.count(), 1);
        assertEq(recorder.recordAt(0).bookId, BOOK);
        assertEq(recorder.recordAt(0).depositor, primeA);
    }

    function test_Claim_BurnsSharesRoundedUp() public {
        _deposit(primeA, 10 * M);
        // share worth 3/2 units: claiming 1M + 1 wei burns ceil((1M+1) * 2/3) shares
        stdstore.target(address(facility)).sig("totalUnderlying()").checked_write(15 * M);
        susds.mint(address(facility), 5 * M);
        _openBook(c, BOOK);
        uint256 amount = M + 1;
        uint256 expected = (amount * 10 * M + 15 * M - 1) / (15 * M);
        _claim(primeA, amount, BOOK, _bullet());
        assertEq(facility.sharesOf(primeA), 10 * M - expected);
        assertEq(facility.totalUnderlying(), 15 * M - amount);
    }

    function test_Claim_RevertsOnUnknownBook() public {
        _deposit(primeA, 10 * M);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_UnknownBook.selector, BOOK));
        _claim(primeA, 10 * M, BOOK, _bullet());
    }

    function test_Claim_RevertsWhenBookNotFilling() public {
        _deposit(primeA, 20 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        _attest(c, BOOK, keccak256("deploy"));
        _move(c, BOOK, INfatFacility.BookStatus.DEPLOYING);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_BookNotFilling.selector, BOOK, INfatFacility.BookStatus.DEPLOYING
            )
        );
        _claim(primeA, 10 * M, BOOK, _bullet());
    }

    function test_Claim_RevertsOutsideSizeRange() public {
        _deposit(primeA, 200 * M);
        _openBook(c, BOOK);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_OutsideBuybox.selector, "size", M - 1, M, 100 * M)
        );
        _claim(primeA, M - 1, BOOK, _bullet());
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_OutsideBuybox.selector, "size", 100 * M + 1, M, 100 * M)
        );
        _claim(primeA, 100 * M + 1, BOOK, _bullet());
        // the bounds themselves are inside
        _claim(primeA, M, BOOK, _bullet());
        _claim(primeA, 100 * M, BOOK, _bullet());
    }

    function test_Claim_RevertsOutsideTermRange() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _terms(30 days - 1, 800, INfatFacility.Schedule.BULLET);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_OutsideBuybox.selector, "term", 30 days - 1, 30 days, 3 * YEAR
            )
        );
        _claim(primeA, M, BOOK, terms);
        terms = _terms(3 * YEAR + 1, 800, INfatFacility.Schedule.BULLET);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_OutsideBuybox.selector, "term", 3 * YEAR + 1, 30 days, 3 * YEAR
            )
        );
        _claim(primeA, M, BOOK, terms);
    }

    function test_Claim_RevertsOnPastMaturity() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        terms.maturity = uint64(block.timestamp);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_MaturityNotInFuture.selector, uint64(block.timestamp), block.timestamp
            )
        );
        _claim(primeA, M, BOOK, terms);
    }

    function test_Claim_RevertsOutsideApyRange() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_OutsideBuybox.selector, "apy", 299, 300, 1500));
        _claim(primeA, M, BOOK, _terms(YEAR, 299, INfatFacility.Schedule.BULLET));
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_OutsideBuybox.selector, "apy", 1501, 300, 1500));
        _claim(primeA, M, BOOK, _terms(YEAR, 1501, INfatFacility.Schedule.BULLET));
    }

    function test_Claim_RevertsForOffboardedDepositor() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        vm.prank(operator);
        facility.offboardDepositor(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_DepositorNotOnboarded.selector, primeA));
        _claim(primeA, M, BOOK, _bullet());
    }

    function test_Claim_RevertsOnInsufficientBalance() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_InsufficientQueueBalance.selector, primeA, 11 * M, 10 * M)
        );
        _claim(primeA, 11 * M, BOOK, _bullet());
    }

    function test_Claim_RevertsBeyondRateLimit() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        c.controller.setLimits(5 * M, type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSelector(MockController.MockController_RateLimited.selector, "inflow", 6 * M, 5 * M)
        );
        _claim(primeA, 6 * M, BOOK, _bullet());
        _claim(primeA, 5 * M, BOOK, _bullet());
        assertEq(susds.balanceOf(c.proxy), 5 * M);
    }

    function test_Claim_RevertsWhenControllerShortchanges() public {
        address proxy = makeAddr("short-proxy");
        ShortchangingController bad = new ShortchangingController(proxy);
        NfatClass memory k;
        k.proxy = proxy;
        k.facility = NfatFacility(Clones.clone(address(facilityImpl)));
        k.token = NfatDealToken(Clones.clone(address(tokenImpl)));
        k.redeem = NfatRedeem(Clones.clone(address(redeemImpl)));
        INfatFacility.FacilityConfig memory cfg = _facilityConfig(k, _defaultBuybox());
        cfg.controller = address(bad);
        cfg.buybox.restrictedDepositors = false;
        k.facility.initialize(cfg);
        _deposit(k, primeA, 10 * M);
        _openBook(k, BOOK);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_InflowMismatch.selector, 2 * M, 2 * M - 1));
        _claim(k, primeA, 2 * M, BOOK, _bullet());
    }

    function test_Claim_OutsiderRefused() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        vm.expectRevert(_missingRole(primeA, NFAT_ROLE));
        vm.prank(primeA);
        facility.claim(primeA, M, BOOK, terms);
        vm.expectRevert(_missingRole(attestBeacon, NFAT_ROLE));
        vm.prank(attestBeacon);
        facility.claim(primeA, M, BOOK, terms);
    }

    // ---- books ----

    function test_OpenBook() public {
        vm.expectEmit(address(facility));
        emit INfatFacility.BookOpened(BOOK, nfatBeacon);
        _openBook(c, BOOK);
        _openBook(c, BOOK2);
        INfatFacility.Book memory b = facility.book(BOOK);
        assertEq(uint8(b.status), uint8(INfatFacility.BookStatus.CREATED));
        assertEq(b.statusSince, block.timestamp);
        assertEq(b.version, 1);
        assertEq(facility.bookCount(), 2);
        assertEq(facility.bookIdAt(0), BOOK);
        assertEq(facility.bookIdAt(1), BOOK2);
    }

    function test_OpenBook_Reverts() public {
        vm.prank(nfatBeacon);
        vm.expectRevert(INfatFacility.Facility_ZeroBookId.selector);
        facility.openBook(bytes32(0));
        _openBook(c, BOOK);
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_BookExists.selector, BOOK));
        facility.openBook(BOOK);
    }

    function test_OpenBook_OutsiderRefused() public {
        vm.prank(outsider);
        vm.expectRevert(_missingRole(outsider, NFAT_ROLE));
        facility.openBook(BOOK);
    }

    function test_SetBookStatus_FullLifeCycle() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        _move(c, BOOK, INfatFacility.BookStatus.FILLING);
        uint256 id = _claim(primeA, 10 * M, BOOK, _bullet());
        _deployBook(c, BOOK);
        _move(c, BOOK, INfatFacility.BookStatus.UNWINDING);
        _fund(id, 10 * M);
        vm.prank(primeA);
        redeem.redeem(id);
        vm.expectEmit(address(facility));
        emit INfatFacility.BookStatusChanged(
            BOOK, INfatFacility.BookStatus.UNWINDING, INfatFacility.BookStatus.CLOSED, facility.book(BOOK).version + 1
        );
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.CLOSED));
    }

    function test_SetBookStatus_EmptyBookClosesFromAnyStatus() public {
        _openBook(c, BOOK);
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.CLOSED));
    }

    function test_SetBookStatus_RevertsOnSkipsAndBackwards() public {
        _openBook(c, BOOK);
        vm.startPrank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_InvalidTransition.selector,
                BOOK,
                INfatFacility.BookStatus.CREATED,
                INfatFacility.BookStatus.DEPLOYING
            )
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.DEPLOYING);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_InvalidTransition.selector,
                BOOK,
                INfatFacility.BookStatus.CREATED,
                INfatFacility.BookStatus.CREATED
            )
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.CREATED);
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.FILLING);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_InvalidTransition.selector,
                BOOK,
                INfatFacility.BookStatus.FILLING,
                INfatFacility.BookStatus.NONE
            )
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.NONE);
        vm.stopPrank();
    }

    function test_SetBookStatus_RevertsOnUnknownAndClosed() public {
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_UnknownBook.selector, BOOK));
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.FILLING);
        _openBook(c, BOOK);
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_BookClosed.selector, BOOK));
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.CLOSED);
    }

    function test_SetBookStatus_DeployNeedsAttestationFirst() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        INfatFacility.Book memory b = facility.book(BOOK);
        // lpha-nfat alone
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_AttestationNotFresh.selector, BOOK, 0, b.version, 0)
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.DEPLOYING);
        // lpha-attest alone records but does not move
        _attest(c, BOOK, keccak256("a"));
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.FILLING));
        assertTrue(facility.isAttestationFresh(BOOK));
        // lpha-attest cannot move
        vm.prank(attestBeacon);
        vm.expectRevert(_missingRole(attestBeacon, NFAT_ROLE));
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.DEPLOYING);
        // together
        _move(c, BOOK, INfatFacility.BookStatus.DEPLOYING);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.DEPLOYING));
    }

    function test_SetBookStatus_AttestationStaleAfterClaim() public {
        _deposit(primeA, 20 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        _attest(c, BOOK, keccak256("a"));
        uint64 attestedVersion = facility.book(BOOK).version;
        _claim(primeA, 10 * M, BOOK, _bullet()); // the attested contents changed
        assertFalse(facility.isAttestationFresh(BOOK));
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_AttestationNotFresh.selector,
                BOOK,
                attestedVersion,
                attestedVersion + 1,
                uint64(block.timestamp)
            )
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.DEPLOYING);
    }

    function test_SetBookStatus_AtRestNeedsNewAttestation() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        _attest(c, BOOK, keccak256("deploy"));
        uint64 attestedVersion = facility.book(BOOK).version;
        _move(c, BOOK, INfatFacility.BookStatus.DEPLOYING);
        // the deploy attestation does not count for AT_REST: the status change made it stale
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(
                INfatFacility.Facility_AttestationNotFresh.selector,
                BOOK,
                attestedVersion,
                attestedVersion + 1,
                uint64(block.timestamp)
            )
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.AT_REST);
    }

    function test_SetBookStatus_AttestationTooOld() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        _attest(c, BOOK, keccak256("a"));
        uint64 at = uint64(block.timestamp);
        vm.warp(block.timestamp + 1 days);
        assertTrue(facility.isAttestationFresh(BOOK), "exactly one day old is still fresh");
        vm.warp(block.timestamp + 1);
        INfatFacility.Book memory b = facility.book(BOOK);
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_AttestationNotFresh.selector, BOOK, b.version, b.version, at)
        );
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.DEPLOYING);
        // a re-attestation refreshes it
        _attest(c, BOOK, keccak256("b"));
        _move(c, BOOK, INfatFacility.BookStatus.DEPLOYING);
    }

    function test_SetBookStatus_CloseRevertsWithUnits() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_BookNotEmpty.selector, BOOK, 1, 10 * M));
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.CLOSED);
    }

    function test_SetBookStatus_OutsiderRefused() public {
        _openBook(c, BOOK);
        vm.prank(outsider);
        vm.expectRevert(_missingRole(outsider, NFAT_ROLE));
        facility.setBookStatus(BOOK, INfatFacility.BookStatus.FILLING);
    }

    // ---- attest ----

    function test_AttestBook_RecordsAndReplaces() public {
        _openBook(c, BOOK);
        vm.expectEmit(address(facility));
        emit INfatFacility.BookAttested(BOOK, keccak256("a"), 1, attestBeacon);
        _attest(c, BOOK, keccak256("a"));
        INfatFacility.Book memory b = facility.book(BOOK);
        assertEq(b.attestationHash, keccak256("a"));
        assertEq(b.attestedAt, block.timestamp);
        assertEq(b.attestedVersion, 1);
        vm.warp(block.timestamp + 5 hours);
        _attest(c, BOOK, keccak256("b"));
        b = facility.book(BOOK);
        assertEq(b.attestationHash, keccak256("b"));
        assertEq(b.attestedAt, block.timestamp);
    }

    function test_AttestBook_Reverts() public {
        vm.startPrank(attestBeacon);
        vm.expectRevert(INfatFacility.Facility_ZeroAttestation.selector);
        facility.attestBook(BOOK, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_UnknownBook.selector, BOOK));
        facility.attestBook(BOOK, keccak256("a"));
        vm.stopPrank();
        _openBook(c, BOOK);
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
        vm.prank(attestBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_BookClosed.selector, BOOK));
        facility.attestBook(BOOK, keccak256("a"));
    }

    function test_AttestBook_OutsiderAndNfatBeaconRefused() public {
        _openBook(c, BOOK);
        vm.prank(outsider);
        vm.expectRevert(_missingRole(outsider, ATTEST_ROLE));
        facility.attestBook(BOOK, keccak256("a"));
        vm.prank(nfatBeacon);
        vm.expectRevert(_missingRole(nfatBeacon, ATTEST_ROLE));
        facility.attestBook(BOOK, keccak256("a"));
    }

    // ---- reduceBookLiability ----

    function test_ReduceBookLiability_ByRedeemOnly() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_NotRedeem.selector, outsider));
        facility.reduceBookLiability(BOOK, M, false);
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_NotRedeem.selector, nfatBeacon));
        facility.reduceBookLiability(BOOK, M, false);

        vm.expectEmit(address(facility));
        emit INfatFacility.BookLiabilityReduced(BOOK, 4 * M, false, 6 * M, 1);
        vm.prank(address(redeem));
        facility.reduceBookLiability(BOOK, 4 * M, false);
        assertEq(facility.book(BOOK).liabilities, 6 * M);
    }

    function test_ReduceBookLiability_Reverts() public {
        vm.prank(address(redeem));
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_UnknownBook.selector, BOOK));
        facility.reduceBookLiability(BOOK, 1, false);
        _openBook(c, BOOK);
        vm.prank(address(redeem));
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_LiabilityUnderflow.selector, BOOK, 1, 0));
        facility.reduceBookLiability(BOOK, 1, false);
    }

    // ---- views ----

    function test_Views_EmptyQueue() public view {
        assertEq(facility.balanceOf(primeA), 0);
        assertEq(facility.totalShares(), 0);
        assertFalse(facility.isAttestationFresh(BOOK));
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.NONE));
    }

    function test_SupportsInterface() public view {
        assertTrue(facility.supportsInterface(type(INfatFacility).interfaceId));
        assertTrue(facility.supportsInterface(type(IAccessControl).interfaceId));
        assertFalse(facility.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertFalse(facility.supportsInterface(0xdeadbeef));
    }

    function test_HashTerms_IsAbiEncodeHash() public view {
        INfatFacility.DealTerms memory terms = _bullet();
        assertEq(facility.hashTerms(terms), keccak256(abi.encode(terms)));
        terms.apyBps += 1;
        assertTrue(facility.hashTerms(terms) != keccak256(abi.encode(_bullet())));
    }
}
