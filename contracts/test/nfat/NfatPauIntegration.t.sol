// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../../src/interfaces/IHaloController.sol";
import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {PauFixture} from "../utils/PauFixture.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

/// @notice The NFAT class on the real PAU (HaloController + ALMProxy + RateLimits from the `pau` branch):
///         claims and funding really go through the rate limits, a freeze stops them, and money already funded
///         stays redeemable.
contract NfatPauIntegrationTest is NfatFixture, PauFixture {
    address internal factory = makeAddr("factory");
    address internal freezer = makeAddr("freezer");
    Pau internal pau;

    function setUp() public override {
        super.setUp();
        pau = _deployPau(admin, factory, freezer);
        facility = NfatFacility(Clones.clone(address(facilityImpl)));
        token = NfatDealToken(Clones.clone(address(tokenImpl)));
        redeem = NfatRedeem(Clones.clone(address(redeemImpl)));
        NfatClass memory k = NfatClass(facility, token, redeem, c.controller, address(pau.proxy));
        INfatFacility.FacilityConfig memory fcfg = _facilityConfig(k, _defaultBuybox());
        fcfg.controller = address(pau.controller);
        facility.initialize(fcfg);
        token.initialize(_tokenConfig(k));
        redeem.initialize(_redeemConfigFor(k));
        _registerUnit(pau, address(facility));
        _registerUnit(pau, address(redeem));
        _setUnitInflowLimit(pau, address(susds), address(facility), 50 * M, 0);
        _setUnitOutflowLimit(pau, address(susds), address(redeem), 60 * M, 0);
        vm.startPrank(operator);
        facility.onboardDepositor(primeA);
        vm.stopPrank();
        _openBookHere(BOOK);
    }

    function _tokenConfig(NfatClass memory k) internal view returns (INfatDealToken.DealTokenConfig memory) {
        return INfatDealToken.DealTokenConfig({
            name: "NFAT pau",
            symbol: "NFAT",
            admin: admin,
            operator: operator,
            facility: address(k.facility),
            redeem: address(k.redeem),
            allowListEnabled: false
        });
    }

    function _redeemConfigFor(NfatClass memory k) internal view returns (INfatRedeem.RedeemConfig memory cfg) {
        cfg = _redeemConfig(k);
        cfg.controller = address(pau.controller);
    }

    function _openBookHere(bytes32 id) internal {
        vm.prank(nfatBeacon);
        facility.openBook(id);
    }

    function _depositHere(uint256 amount) internal {
        susds.mint(primeA, amount);
        vm.startPrank(primeA);
        susds.approve(address(facility), amount);
        facility.deposit(amount);
        vm.stopPrank();
    }

    function _claimHere(uint256 amount) internal returns (uint256 id) {
        INfatFacility.DealTerms memory terms = _bullet();
        vm.prank(nfatBeacon);
        id = facility.claim(primeA, amount, BOOK, terms);
    }

    function test_Pau_BulletLoanThroughRealController() public {
        _depositHere(40 * M);
        uint256 id = _claimHere(40 * M);
        assertEq(susds.balanceOf(address(pau.proxy)), 40 * M);
        assertEq(pau.rateLimits.getCurrentRateLimit(_unitInflowKey(address(susds), address(facility))), 10 * M);

        // the Halo's assets pay back into the ALMProxy; lpha-nfat funds the deal through the controller
        susds.mint(address(pau.proxy), 3_200_000e18);
        vm.warp(token.deal(id).maturity);
        vm.prank(nfatBeacon);
        redeem.fund(id, 43_200_000e18);
        assertEq(susds.balanceOf(address(pau.proxy)), 0);
        vm.prank(primeA);
        assertEq(redeem.redeem(id), 43_200_000e18);
        assertEq(susds.balanceOf(primeA), 43_200_000e18);
        assertEq(facility.book(BOOK).liabilities, 0);
    }

    function test_Pau_ClaimBeyondInflowLimitReverts() public {
        _depositHere(60 * M);
        bytes32 key = _unitInflowKey(address(susds), address(facility));
        INfatFacility.DealTerms memory terms = _bullet();
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 51 * M, 50 * M));
        facility.claim(primeA, 51 * M, BOOK, terms);
        assertEq(facility.balanceOf(primeA), 60 * M, "nothing left the queue");
    }

    function test_Pau_FundBeyondOutflowLimitReverts() public {
        _depositHere(10 * M);
        uint256 id = _claimHere(10 * M);
        susds.mint(address(pau.proxy), 60 * M);
        bytes32 key = _unitOutflowKey(address(susds), address(redeem));
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 61 * M, 60 * M));
        redeem.fund(id, 61 * M);
    }

    function test_Pau_UnregisteredUnitCannotMoveMoney() public {
        // a second facility clone that the factory never registered as a UNIT of this class
        NfatFacility rogue = NfatFacility(Clones.clone(address(facilityImpl)));
        NfatClass memory k = NfatClass(rogue, token, redeem, c.controller, address(pau.proxy));
        INfatFacility.FacilityConfig memory fcfg = _facilityConfig(k, _defaultBuybox());
        fcfg.controller = address(pau.controller);
        fcfg.buybox.restrictedDepositors = false;
        rogue.initialize(fcfg);
        susds.mint(primeA, 5 * M);
        vm.startPrank(primeA);
        susds.approve(address(rogue), 5 * M);
        rogue.deposit(5 * M);
        vm.stopPrank();
        vm.prank(nfatBeacon);
        rogue.openBook(BOOK);
        bytes32 unitRole = pau.controller.UNIT();
        INfatFacility.DealTerms memory terms = _bullet();
        vm.prank(nfatBeacon);
        vm.expectRevert(_missingRole(address(rogue), unitRole));
        rogue.claim(primeA, 5 * M, BOOK, terms);
    }

    function test_Pau_FreezeStopsFlowsButFundedMoneyStaysRedeemable() public {
        _depositHere(30 * M);
        uint256 id = _claimHere(10 * M);
        susds.mint(address(pau.proxy), M);
        vm.prank(nfatBeacon);
        redeem.fund(id, 11 * M);

        vm.prank(freezer);
        pau.controller.freeze();
        INfatFacility.DealTerms memory terms = _bullet();
        vm.prank(nfatBeacon);
        vm.expectRevert(IHaloController.Controller_Frozen.selector);
        facility.claim(primeA, 10 * M, BOOK, terms);
        vm.prank(nfatBeacon);
        vm.expectRevert(IHaloController.Controller_Frozen.selector);
        redeem.fund(id, 1);

        vm.prank(primeA);
        assertEq(redeem.redeem(id), 11 * M, "funded money does not depend on the controller");
        vm.prank(primeA);
        assertEq(facility.withdraw(), 20 * M, "nor does the queue");
    }
}
