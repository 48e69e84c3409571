// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {MockController} from "./mocks/MockController.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {MockUnitRecorder} from "./mocks/MockUnitRecorder.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Test} from "forge-std/Test.sol";

/// @dev Deploys NFAT Term classes the way the factory does: three clones of locked implementations, initialised
///      with the fixed `initialize(Config)` surfaces, wired to a (mock) class controller and ALMProxy.
abstract contract NfatFixture is Test {
    struct NfatClass {
        NfatFacility facility;
        NfatDealToken token;
        NfatRedeem redeem;
        MockController controller;
        address proxy;
    }

    uint256 internal constant M = 1_000_000e18; // one million sUSDS
    uint64 internal constant YEAR = 365 days;

    address internal admin = makeAddr("governance");
    address internal operator = makeAddr("operator");
    address internal nfatBeacon = makeAddr("lpha-nfat");
    address internal attestBeacon = makeAddr("lpha-attest");
    address internal outsider = makeAddr("outsider");
    address internal primeA = makeAddr("primeA");
    address internal primeB = makeAddr("primeB");

    MockERC20 internal susds;
    MockUnitRecorder internal recorder;
    NfatFacility internal facilityImpl;
    NfatDealToken internal tokenImpl;
    NfatRedeem internal redeemImpl;

    NfatClass internal c; // the default class of most tests
    NfatFacility internal facility;
    NfatDealToken internal token;
    NfatRedeem internal redeem;

    bytes32 internal constant OPERATOR_ROLE = keccak256("OPERATOR");
    bytes32 internal constant NFAT_ROLE = keccak256("NFAT_BEACON");
    bytes32 internal constant ATTEST_ROLE = keccak256("ATTEST_BEACON");
    bytes32 internal constant BOOK = keccak256("book-1");
    bytes32 internal constant BOOK2 = keccak256("book-2");

    function setUp() public virtual {
        vm.warp(1_767_225_600); // 2026-01-01
        susds = new MockERC20("Savings USDS", "sUSDS");
        recorder = new MockUnitRecorder();
        facilityImpl = new NfatFacility();
        tokenImpl = new NfatDealToken();
        redeemImpl = new NfatRedeem();
        c = _deployClass("term-1", _defaultBuybox(), false);
        facility = c.facility;
        token = c.token;
        redeem = c.redeem;
        vm.startPrank(operator);
        facility.onboardDepositor(primeA);
        facility.onboardDepositor(primeB);
        vm.stopPrank();
    }

    function _defaultBuybox() internal pure returns (INfatFacility.Buybox memory) {
        return INfatFacility.Buybox({
            termMin: 30 days,
            termMax: 3 * YEAR,
            sizeMin: uint128(1 * M),
            sizeMax: uint128(100 * M),
            apyMinBps: 300,
            apyMaxBps: 1500,
            restrictedDepositors: true,
            transferAllowList: false,
            assetType: "senior-secured-loan",
            jurisdiction: "US-DE"
        });
    }

    function _deployClass(string memory label, INfatFacility.Buybox memory bb, bool allowList)
        internal
        returns (NfatClass memory k)
    {
        k.proxy = makeAddr(string.concat(label, "-almProxy"));
        k.controller = new MockController(k.proxy);
        vm.prank(k.proxy);
        susds.approve(address(k.controller), type(uint256).max);

        k.facility = NfatFacility(Clones.clone(address(facilityImpl)));
        k.token = NfatDealToken(Clones.clone(address(tokenImpl)));
        k.redeem = NfatRedeem(Clones.clone(address(redeemImpl)));
        k.facility.initialize(_facilityConfig(k, bb));
        k.token
            .initialize(
                INfatDealToken.DealTokenConfig({
                    name: string.concat("NFAT ", label),
                    symbol: "NFAT",
                    admin: admin,
                    operator: operator,
                    facility: address(k.facility),
                    redeem: address(k.redeem),
                    allowListEnabled: allowList
                })
            );
        k.redeem.initialize(_redeemConfig(k));
        k.controller.registerUnit(address(k.facility));
        k.controller.registerUnit(address(k.redeem));
    }

    function _facilityConfig(NfatClass memory k, INfatFacility.Buybox memory bb)
        internal
        view
        returns (INfatFacility.FacilityConfig memory)
    {
        return INfatFacility.FacilityConfig({
            admin: admin,
            operator: operator,
            nfatBeacon: nfatBeacon,
            attestBeacon: attestBeacon,
            depositAsset: address(susds),
            controller: address(k.controller),
            dealToken: address(k.token),
            redeem: address(k.redeem),
            unitRecorder: address(recorder),
            buybox: bb
        });
    }

    function _redeemConfig(NfatClass memory k) internal view returns (INfatRedeem.RedeemConfig memory) {
        return INfatRedeem.RedeemConfig({
            admin: admin,
            nfatBeacon: nfatBeacon,
            depositAsset: address(susds),
            controller: address(k.controller),
            dealToken: address(k.token),
            facility: address(k.facility)
        });
    }

    // ---- helpers ----

    function _terms(uint64 term, uint32 apyBps, INfatFacility.Schedule schedule)
        internal
        view
        returns (INfatFacility.DealTerms memory)
    {
        return INfatFacility.DealTerms({
            maturity: uint64(block.timestamp) + term,
            apyBps: apyBps,
            schedule: schedule,
            documentHash: keccak256(abi.encode("term-sheet", term, apyBps, schedule))
        });
    }

    function _bullet() internal view returns (INfatFacility.DealTerms memory) {
        return _terms(YEAR, 800, INfatFacility.Schedule.BULLET);
    }

    function _deposit(NfatClass memory k, address prime, uint256 amount) internal {
        susds.mint(prime, amount);
        vm.startPrank(prime);
        susds.approve(address(k.facility), amount);
        k.facility.deposit(amount);
        vm.stopPrank();
    }

    function _deposit(address prime, uint256 amount) internal {
        _deposit(c, prime, amount);
    }

    function _openBook(NfatClass memory k, bytes32 bookId) internal {
        vm.prank(nfatBeacon);
        k.facility.openBook(bookId);
    }

    function _claim(
        NfatClass memory k,
        address prime,
        uint256 amount,
        bytes32 bookId,
        INfatFacility.DealTerms memory terms
    ) internal returns (uint256 tokenId) {
        vm.prank(nfatBeacon);
        tokenId = k.facility.claim(prime, amount, bookId, terms);
    }

    function _claim(address prime, uint256 amount, bytes32 bookId, INfatFacility.DealTerms memory terms)
        internal
        returns (uint256)
    {
        return _claim(c, prime, amount, bookId, terms);
    }

    /// @dev The Halo's asset side pays back: the operator returns money to the ALMProxy, then lpha-nfat funds.
    function _fund(NfatClass memory k, uint256 tokenId, uint256 amount) internal {
        uint256 proxyBalance = susds.balanceOf(k.proxy);
        if (proxyBalance < amount) susds.mint(k.proxy, amount - proxyBalance);
        vm.prank(nfatBeacon);
        k.redeem.fund(tokenId, amount);
    }

    function _fund(uint256 tokenId, uint256 amount) internal {
        _fund(c, tokenId, amount);
    }

    function _attest(NfatClass memory k, bytes32 bookId, bytes32 hash) internal {
        vm.prank(attestBeacon);
        k.facility.attestBook(bookId, hash);
    }

    function _move(NfatClass memory k, bytes32 bookId, INfatFacility.BookStatus next) internal {
        vm.prank(nfatBeacon);
        k.facility.setBookStatus(bookId, next);
    }

    /// @dev Walk a FILLING book to AT_REST with both beacons, as operations would.
    function _deployBook(NfatClass memory k, bytes32 bookId) internal {
        _attest(k, bookId, keccak256(abi.encode("deploy", bookId)));
        _move(k, bookId, INfatFacility.BookStatus.DEPLOYING);
        _attest(k, bookId, keccak256(abi.encode("at-rest", bookId)));
        _move(k, bookId, INfatFacility.BookStatus.AT_REST);
    }

    function _missingRole(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("AccessControlUnauthorizedAccount(address,bytes32)", who, role);
    }
}
