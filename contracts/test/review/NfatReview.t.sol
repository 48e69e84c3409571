// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {NfatFixture} from "../nfat/NfatFixture.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";

/// @dev A deal receiver whose hook would re-enter the facility and then refuse the token, if it were ever called.
contract HostileDealReceiver is IERC721Receiver {
    NfatFacility internal immutable _facility;
    uint256 public hookCalls;

    constructor(NfatFacility facility_) {
        _facility = facility_;
    }

    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        ++hookCalls;
        _facility.withdraw();
        revert("refused");
    }
}

/// @title Review 2026-11-26: NFAT findings (docs/review-2026-11-26.md)
contract NfatReviewTest is NfatFixture {
    // ---- R-01: the two-beacon rule must not collapse onto one key ----

    /// @dev One key configured as both lpha-nfat and lpha-attest could attest a book and move it alone, which is
    ///      exactly what the spec forbids ("neither can do it alone").
    function test_R01_initialiseRefusesOneKeyForBothBeacons() public {
        NfatClass memory k;
        k.proxy = makeAddr("same-key-almProxy");
        NfatFacility f = NfatFacility(Clones.clone(address(facilityImpl)));
        INfatFacility.FacilityConfig memory cfg = _facilityConfig(c, _defaultBuybox());
        cfg.attestBeacon = cfg.nfatBeacon;
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_SameBeacon.selector, nfatBeacon));
        f.initialize(cfg);
    }

    function test_R01_adminCannotGrantAttestToTheNfatBeacon() public {
        bytes32 attestRole = facility.ATTEST_BEACON();
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_SameBeacon.selector, nfatBeacon));
        facility.grantRole(attestRole, nfatBeacon);
        assertFalse(facility.hasRole(attestRole, nfatBeacon));
    }

    function test_R01_adminCannotGrantNfatToTheAttestBeacon() public {
        bytes32 nfatRole = facility.NFAT_BEACON();
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_SameBeacon.selector, attestBeacon));
        facility.grantRole(nfatRole, attestBeacon);
        assertFalse(facility.hasRole(nfatRole, attestBeacon));
    }

    /// @dev Rotating a beacon key still works: revoke first, then grant the other role.
    function test_R01_rotationAfterRevokeStillWorks() public {
        bytes32 nfatRole = facility.NFAT_BEACON();
        bytes32 attestRole = facility.ATTEST_BEACON();
        vm.startPrank(admin);
        facility.revokeRole(attestRole, attestBeacon);
        facility.grantRole(nfatRole, attestBeacon);
        vm.stopPrank();
        assertTrue(facility.hasRole(nfatRole, attestBeacon));
        assertFalse(facility.hasRole(attestRole, attestBeacon));
    }

    /// @dev With distinct keys the rule still holds end to end: the nfat key cannot attest, the attest key cannot move.
    function test_R01_twoDistinctKeysStillRequired() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        _claim(primeA, 10 * M, BOOK, _bullet());
        vm.prank(nfatBeacon);
        vm.expectRevert(_missingRole(nfatBeacon, ATTEST_ROLE));
        facility.attestBook(BOOK, keccak256("self-attested"));
        _attest(c, BOOK, keccak256("a"));
        _move(c, BOOK, INfatFacility.BookStatus.DEPLOYING);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.DEPLOYING));
    }

    // ---- checked, not a bug: ERC-721 receiver hooks are never called on mint ----

    /// @dev A claim to a contract depositor whose `onERC721Received` re-enters and reverts still succeeds: the deal
    ///      token mints with `_mint`, so no receiver code runs inside the facility's claim.
    function test_claimToHostileReceiverNeverRunsItsHook() public {
        HostileDealReceiver hostile = new HostileDealReceiver(facility);
        vm.prank(operator);
        facility.onboardDepositor(address(hostile));
        susds.mint(address(hostile), 5 * M);
        vm.startPrank(address(hostile));
        susds.approve(address(facility), 5 * M);
        facility.deposit(5 * M);
        vm.stopPrank();
        _openBook(c, BOOK);
        uint256 tokenId = _claim(address(hostile), 5 * M, BOOK, _bullet());
        assertEq(token.ownerOf(tokenId), address(hostile));
        assertEq(hostile.hookCalls(), 0);
        assertEq(facility.sharesOf(address(hostile)), 0);
    }

    // ---- R-02: the buybox's transfer allow-list is fixed at class deployment ----

    function _kycClass() internal returns (NfatClass memory k) {
        INfatFacility.Buybox memory bb = _defaultBuybox();
        bb.transferAllowList = true;
        k = _deployClass("kyc", bb, true);
    }

    /// @dev The buybox says deals of this class only move to allow-listed (KYC'd) receivers; the operator alone
    ///      must not be able to lift that (the spec: outside the buybox needs governance).
    function test_R02_operatorCannotSwitchOffAnAllowListTheBuyboxRequires() public {
        NfatClass memory k = _kycClass();
        vm.prank(operator);
        vm.expectRevert(INfatDealToken.DealToken_AllowListRequired.selector);
        k.token.setAllowListEnabled(false);
        assertTrue(k.token.allowListEnabled());
    }

    function test_R02_allowListStaysSwitchableWhenTheBuyboxLeavesItOpen() public {
        vm.startPrank(operator);
        token.setAllowListEnabled(true);
        assertTrue(token.allowListEnabled());
        token.setAllowListEnabled(false);
        vm.stopPrank();
        assertFalse(token.allowListEnabled());
    }

    /// @dev Switching it on again (idempotently) stays allowed on a KYC class.
    function test_R02_operatorMaySwitchOnAgainOnAKycClass() public {
        NfatClass memory k = _kycClass();
        vm.prank(operator);
        k.token.setAllowListEnabled(true);
        assertTrue(k.token.allowListEnabled());
    }

    // ---- R-03: a partial recovery (loss) can be paid out; the book can close ----

    /// @dev Default with a 60% recovery: before the fix `redeem` reverted `Redeem_Underfunded` forever, the
    ///      recovered money was stranded in the redeem contract and the book could never close (the spec wants
    ///      losses shared pari passu). Governance (the redeem contract's admin, the timelock) writes the
    ///      principal down; the holder then redeems what was recovered.
    function test_R03_partialRecoveryIsPaidAfterAGovernanceWriteDown() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        uint256 id = _claim(primeA, 10 * M, BOOK, _bullet());
        vm.warp(block.timestamp + YEAR + 30 days);
        _fund(id, 6 * M); // what the workout recovered

        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_Underfunded.selector, id, 6 * M, 10 * M));
        redeem.redeem(id);

        vm.expectEmit(address(redeem));
        emit INfatRedeem.PrincipalWrittenDown(id, 4 * M, 6 * M, admin);
        vm.prank(admin);
        redeem.writeDown(id, 4 * M);
        assertEq(token.deal(id).principal, 6 * M);
        assertEq(facility.book(BOOK).liabilities, 6 * M);
        assertEq(facility.book(BOOK).unitCount, 1, "the unit stays until the holder redeems");

        vm.prank(primeA);
        assertEq(redeem.redeem(id), 6 * M);
        assertEq(susds.balanceOf(primeA), 6 * M);
        assertFalse(token.exists(id));
        assertEq(facility.book(BOOK).liabilities, 0);
        assertEq(facility.book(BOOK).unitCount, 0);
        assertEq(redeem.totalOwed(), 0);
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
        assertEq(uint8(facility.book(BOOK).status), uint8(INfatFacility.BookStatus.CLOSED));
    }

    /// @dev A total loss: written down to zero, the holder redeems nothing and the unit leaves the book.
    function test_R03_totalLossWriteDownLetsTheBookClose() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        uint256 id = _claim(primeA, 10 * M, BOOK, _bullet());
        vm.prank(admin);
        redeem.writeDown(id, 10 * M);
        vm.prank(primeA);
        assertEq(redeem.redeem(id), 0);
        assertEq(facility.book(BOOK).unitCount, 0);
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
    }

    function test_R03_writeDownRefusesOutsiderBeaconAndHolder() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        uint256 id = _claim(primeA, 10 * M, BOOK, _bullet());
        address[3] memory callers = [outsider, nfatBeacon, primeA];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(_missingRole(callers[i], bytes32(0)));
            redeem.writeDown(id, 1);
        }
        assertEq(token.deal(id).principal, 10 * M);
    }

    function test_R03_writeDownReverts() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        uint256 id = _claim(primeA, 10 * M, BOOK, _bullet());
        vm.startPrank(admin);
        vm.expectRevert(INfatRedeem.Redeem_ZeroAmount.selector);
        redeem.writeDown(id, 0);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_UnknownToken.selector, id + 1));
        redeem.writeDown(id + 1, 1);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_WriteDownTooLarge.selector, id, 10 * M + 1, 10 * M));
        redeem.writeDown(id, 10 * M + 1);
        vm.stopPrank();
    }

    // ---- R-04: principal funded in tranches must not be taken "as interest" ----

    /// @dev The class's outflow limit is usually far below a deal's principal (Day-0 IRL ~100k vs 1M-100M deals), so
    ///      lpha-nfat repays a PERIODIC deal's principal in several `fund` calls. Before the fix the holder could
    ///      `claimInterest` each tranche (each stays below the principal): paid in full, the NFT still showed the
    ///      whole principal outstanding (a claim that could be sold on) and the book could never close.
    ///      From maturity on, a PERIODIC deal only pays through `redeem`.
    function test_R04_principalTranchesAtMaturityCannotBeClaimedAsInterest() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        INfatFacility.DealTerms memory terms = _terms(YEAR, 1000, INfatFacility.Schedule.PERIODIC);
        uint256 id = _claim(primeA, 10 * M, BOOK, terms);

        vm.warp(block.timestamp + 182 days);
        _fund(id, 500_000e18);
        vm.prank(primeA);
        assertEq(redeem.claimInterest(id), 500_000e18, "coupons before maturity still flow");

        vm.warp(terms.maturity);
        _fund(id, 5 * M + 500_000e18); // first tranche: last coupon + half the principal
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatRedeem.Redeem_Matured.selector, id, terms.maturity));
        redeem.claimInterest(id);

        vm.warp(block.timestamp + 1 days);
        _fund(id, 5 * M); // second tranche
        vm.prank(primeA);
        assertEq(redeem.redeem(id), 10 * M + 500_000e18);
        assertEq(facility.book(BOOK).liabilities, 0);
        _move(c, BOOK, INfatFacility.BookStatus.CLOSED);
    }

    /// @dev R-13 (template side, fixed 2026-12-06): each clone's initialiser emits its whole configuration (the
    ///      facility's includes the buybox), so an indexer reading the class alone can rebuild it.
    function test_R13_initialisersEmitTheirConfiguration() public {
        NfatClass memory k;
        k.facility = NfatFacility(Clones.clone(address(facilityImpl)));
        k.token = NfatDealToken(Clones.clone(address(tokenImpl)));
        k.redeem = NfatRedeem(Clones.clone(address(redeemImpl)));
        k.controller = c.controller;

        INfatFacility.FacilityConfig memory fc = _facilityConfig(k, _defaultBuybox());
        vm.expectEmit(address(k.facility));
        emit INfatFacility.FacilityInitialized(fc);
        k.facility.initialize(fc);

        INfatDealToken.DealTokenConfig memory tc = INfatDealToken.DealTokenConfig({
            name: "NFAT r13",
            symbol: "NFAT",
            admin: admin,
            operator: operator,
            facility: address(k.facility),
            redeem: address(k.redeem),
            allowListEnabled: true
        });
        vm.expectEmit(address(k.token));
        emit INfatDealToken.DealTokenInitialized(tc);
        k.token.initialize(tc);

        INfatRedeem.RedeemConfig memory rc = _redeemConfig(k);
        vm.expectEmit(address(k.redeem));
        emit INfatRedeem.RedeemInitialized(rc);
        k.redeem.initialize(rc);
    }
}
