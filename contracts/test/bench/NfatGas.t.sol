// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatFixture} from "../nfat/NfatFixture.sol";
import {CountingUnitRecorder} from "../nfat/mocks/MockUnitRecorder.sol";
import {MockUnitRecorder} from "../nfat/mocks/MockUnitRecorder.sol";

/// @notice Gas of the NFAT operations, written to out/bench/nfat-gas.json.
/// @dev Each figure is the execution gas of one call with every involved contract's storage cold (`vm.cool`),
///      as it would be in its own transaction, excluding the 21k base cost and calldata. Claim and fund include
///      the mock controller's token move and a one-counter unit recorder, which stand in for the real PAU / factory.
contract NfatGasBench is NfatFixture {
    string internal json;

    function setUp() public override {
        super.setUp();
        // a class whose unit recorder is a one-counter stand-in, so the figures are the NFAT contracts' own
        recorder = MockUnitRecorder(address(new CountingUnitRecorder()));
        c = _deployClass("bench", _defaultBuybox(), false);
        facility = c.facility;
        token = c.token;
        redeem = c.redeem;
        vm.prank(operator);
        facility.onboardDepositor(primeA);
        vm.prank(operator);
        facility.onboardDepositor(primeB);
    }

    function _coolAll() internal {
        vm.cool(address(facility));
        vm.cool(address(token));
        vm.cool(address(redeem));
        vm.cool(address(c.controller));
        vm.cool(address(recorder));
        vm.cool(address(susds));
    }

    function _record(string memory name) internal {
        uint256 used = vm.lastCallGas().gasTotalUsed;
        json = vm.serializeUint("nfat", name, used);
    }

    function test_Bench_NfatGas() public {
        susds.mint(primeA, 100 * M);
        susds.mint(primeB, 100 * M);
        vm.prank(primeA);
        susds.approve(address(facility), type(uint256).max);
        vm.prank(primeB);
        susds.approve(address(facility), type(uint256).max);

        _coolAll();
        vm.prank(primeA);
        facility.deposit(50 * M);
        _record("deposit_first");

        _coolAll();
        vm.prank(primeB);
        facility.deposit(20 * M);
        _record("deposit");

        _openBook(c, BOOK);
        INfatFacility.DealTerms memory bullet = _bullet();
        INfatFacility.DealTerms memory amort = _terms(YEAR, 800, INfatFacility.Schedule.AMORTISING);

        _coolAll();
        vm.prank(nfatBeacon);
        uint256 id = facility.claim(primeA, 30 * M, BOOK, bullet);
        _record("claim_mint_first_in_book");

        _coolAll();
        vm.prank(nfatBeacon);
        uint256 amortId = facility.claim(primeA, 20 * M, BOOK, amort);
        _record("claim_mint");

        _coolAll();
        vm.prank(primeB);
        facility.withdraw();
        _record("withdraw");

        susds.mint(c.proxy, 100 * M);
        _coolAll();
        vm.prank(nfatBeacon);
        redeem.fund(id, 32_400_000e18);
        _record("fund");

        _coolAll();
        vm.prank(primeA);
        redeem.redeem(id);
        _record("redeem_bullet");

        vm.prank(nfatBeacon);
        redeem.fund(amortId, 5_400_000e18);
        _coolAll();
        vm.prank(primeA);
        redeem.spend(amortId, 5 * M);
        _record("spend_partial");

        vm.prank(nfatBeacon);
        redeem.fund(amortId, 15_300_000e18);
        _coolAll();
        vm.prank(primeA);
        redeem.spend(amortId, 15 * M);
        _record("spend_final_burn");

        assertFalse(token.exists(amortId));
        vm.writeJson(json, "out/bench/nfat-gas.json");
    }
}
