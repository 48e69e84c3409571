// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
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
}
