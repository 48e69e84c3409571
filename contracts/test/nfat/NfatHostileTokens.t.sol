// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {FeeOnTransferERC20} from "../lcts/mocks/FeeOnTransferERC20.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {MockController} from "./mocks/MockController.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

/// @notice Review 2026-12-06 D1 (docs/review-2026-12-06-templates.md): a Term class whose deposit asset charges a
///         fee on transfer. The facility refuses it, as the Portfolio queues do: a deposit must arrive whole, and a
///         claim must deliver the whole principal to the ALMProxy.
contract NfatFeeOnTransferTest is NfatFixture {
    FeeOnTransferERC20 internal fee;
    NfatFacility internal ff;
    NfatRedeem internal fr;
    address internal feeProxy = makeAddr("fee-almProxy");

    function setUp() public override {
        super.setUp();
        fee = new FeeOnTransferERC20(100); // 1 %
        MockController ctl = new MockController(feeProxy);
        vm.prank(feeProxy);
        fee.approve(address(ctl), type(uint256).max);

        ff = NfatFacility(Clones.clone(address(facilityImpl)));
        NfatDealToken ft = NfatDealToken(Clones.clone(address(tokenImpl)));
        fr = NfatRedeem(Clones.clone(address(redeemImpl)));
        NfatClass memory k;
        k.facility = ff;
        k.token = ft;
        k.redeem = fr;
        k.controller = ctl;
        INfatFacility.FacilityConfig memory cfg = _facilityConfig(k, _defaultBuybox());
        cfg.depositAsset = address(fee);
        ff.initialize(cfg);
        ft.initialize(
            INfatDealToken.DealTokenConfig({
                name: "NFAT fee",
                symbol: "NFAT",
                admin: admin,
                operator: operator,
                facility: address(ff),
                redeem: address(fr),
                allowListEnabled: false
            })
        );
        INfatRedeem.RedeemConfig memory rcfg = _redeemConfig(k);
        rcfg.depositAsset = address(fee);
        fr.initialize(rcfg);
        ctl.registerUnit(address(ff));
        ctl.registerUnit(address(fr));
        vm.startPrank(operator);
        ff.onboardDepositor(primeA);
        ff.onboardDepositor(primeB);
        vm.stopPrank();
    }

    function _feeDeposit(address prime, uint256 amount) internal {
        fee.mint(prime, amount);
        vm.startPrank(prime);
        fee.approve(address(ff), amount);
        ff.deposit(amount);
        vm.stopPrank();
    }

    /// @dev Before the fix the facility booked 10M for 9.9M received, so the last withdrawer could not be paid.
    function test_D1_feeOnTransferDepositRefused() public {
        fee.mint(primeA, 10 * M);
        vm.startPrank(primeA);
        fee.approve(address(ff), 10 * M);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_TransferMismatch.selector, address(fee), 10 * M, 9.9e6 * 1e18)
        );
        ff.deposit(10 * M);
        vm.stopPrank();
        assertEq(ff.totalUnderlying(), 0);
        assertEq(ff.totalShares(), 0);
        assertEq(fee.balanceOf(address(ff)), 0);
    }

    /// @dev The token turns its fee on after the deposits: the controller takes `amount` from the facility but the
    ///      ALMProxy receives less, so the claim reverts and nothing is booked; the depositors can still leave.
    function test_D1_claimRefusedWhenTheProxyReceivesLessThanThePrincipal() public {
        fee.setFeeBps(0);
        _feeDeposit(primeA, 10 * M);
        _feeDeposit(primeB, 5 * M);
        vm.prank(nfatBeacon);
        ff.openBook(BOOK);
        fee.setFeeBps(100);

        INfatFacility.DealTerms memory terms = _bullet();
        vm.prank(nfatBeacon);
        vm.expectRevert(
            abi.encodeWithSelector(INfatFacility.Facility_TransferMismatch.selector, address(fee), 10 * M, 9.9e6 * 1e18)
        );
        ff.claim(primeA, 10 * M, BOOK, terms);

        assertEq(ff.totalUnderlying(), 15 * M, "nothing booked");
        assertEq(ff.book(BOOK).liabilities, 0);
        assertEq(fee.balanceOf(feeProxy), 0);

        // Both depositors can still leave (they bear the token's own fee on the way out).
        vm.prank(primeA);
        assertEq(ff.withdraw(), 10 * M);
        vm.prank(primeB);
        assertEq(ff.withdraw(), 5 * M);
        assertEq(ff.totalUnderlying(), 0);
        assertEq(fee.balanceOf(address(ff)), 0);
    }

    /// @dev Without a fee the class works as any other: the ALMProxy receives the whole principal.
    function test_D1_noFeeClaimDeliversThePrincipal() public {
        fee.setFeeBps(0);
        _feeDeposit(primeA, 10 * M);
        vm.prank(nfatBeacon);
        ff.openBook(BOOK);
        INfatFacility.DealTerms memory terms = _bullet();
        vm.prank(nfatBeacon);
        ff.claim(primeA, 10 * M, BOOK, terms);
        assertEq(fee.balanceOf(feeProxy), 10 * M);
        assertEq(ff.book(BOOK).liabilities, 10 * M);
    }
}
