// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {StdStorage, stdStorage} from "forge-std/Test.sol";

/// @notice Fuzz tests of the NFAT formulas against simple reference models.
contract NfatFuzzTest is NfatFixture {
    using stdStorage for StdStorage;

    function setUp() public override {
        super.setUp();
        _openBook(c, BOOK);
    }

    /// @dev Reference model of the queue share maths with a share price that may differ from one (as a
    ///      yield-bearing queue would have): deposit floor, claim burn ceil, withdraw floor.
    function testFuzz_QueueShareMath_MatchesModel(uint256 seedA, uint256 seedB, uint256 extra, uint256 claimAmt)
        public
    {
        uint256 a = bound(seedA, M, 200 * M);
        uint256 b = bound(seedB, 1, 200 * M);
        extra = bound(extra, 0, 50 * M);
        _deposit(primeA, a);
        // move the share price: underlying grows by `extra` without new shares
        stdstore.target(address(facility)).sig("totalUnderlying()").checked_write(a + extra);
        susds.mint(address(facility), extra);
        uint256 s = a;
        uint256 u = a + extra;

        uint256 expectedB = b * s / u;
        if (expectedB == 0) {
            susds.mint(primeB, b);
            vm.startPrank(primeB);
            susds.approve(address(facility), b);
            vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_ZeroShares.selector, b));
            facility.deposit(b);
            vm.stopPrank();
            return;
        }
        _deposit(primeB, b);
        assertEq(facility.sharesOf(primeB), expectedB, "deposit shares floor");
        s += expectedB;
        u += b;

        uint256 balA = a * u / s;
        assertEq(facility.balanceOf(primeA), balA);
        claimAmt = bound(claimAmt, M, balA < 100 * M ? balA : 100 * M);
        uint256 burn = (claimAmt * s + u - 1) / u;
        _claim(primeA, claimAmt, BOOK, _bullet());
        assertEq(facility.sharesOf(primeA), a - burn, "claim burn ceil");
        s -= burn;
        u -= claimAmt;
        assertEq(facility.totalShares(), s);
        assertEq(facility.totalUnderlying(), u);

        // the remaining depositors together never lose to the claim's rounding
        uint256 outA = (a - burn) * u / s;
        if (a == burn) {
            vm.prank(primeA);
            vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_NothingToWithdraw.selector, primeA));
            facility.withdraw();
        } else {
            vm.prank(primeA);
            assertEq(facility.withdraw(), outA, "withdraw floor");
        }
        u -= outA;
        s -= a - burn;
        vm.prank(primeB);
        assertEq(facility.withdraw(), u, "the last holder takes the rest");
        // B's only loss is its deposit's rounding: less than one share's worth at the price it deposited at
        assertGe(u + (a + extra) / a + 1, b, "B loses at most one share's worth");
        assertEq(facility.totalUnderlying(), 0);
        assertEq(facility.totalShares(), 0);
        assertEq(susds.balanceOf(address(facility)), 0);
    }

    /// @dev A claim succeeds exactly when size, term and APY are inside the buybox, and otherwise names the field.
    function testFuzz_Claim_BuyboxBounds(uint256 amount, uint64 term, uint32 apy) public {
        amount = bound(amount, 1, 150 * M);
        term = uint64(bound(term, 1, 4 * YEAR));
        apy = uint32(bound(apy, 0, 3000));
        _deposit(primeA, 150 * M);
        INfatFacility.DealTerms memory terms = _terms(term, apy, INfatFacility.Schedule.BULLET);
        INfatFacility.Buybox memory bb = facility.buybox();
        uint256 supplyBefore = token.totalMinted();
        if (amount < bb.sizeMin || amount > bb.sizeMax) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    INfatFacility.Facility_OutsideBuybox.selector, "size", amount, bb.sizeMin, bb.sizeMax
                )
            );
        } else if (term < bb.termMin || term > bb.termMax) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    INfatFacility.Facility_OutsideBuybox.selector, "term", term, bb.termMin, bb.termMax
                )
            );
        } else if (apy < bb.apyMinBps || apy > bb.apyMaxBps) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    INfatFacility.Facility_OutsideBuybox.selector, "apy", apy, bb.apyMinBps, bb.apyMaxBps
                )
            );
        }
        _claim(primeA, amount, BOOK, terms);
        bool inside = amount >= bb.sizeMin && amount <= bb.sizeMax && term >= bb.termMin && term <= bb.termMax
            && apy >= bb.apyMinBps && apy <= bb.apyMaxBps;
        assertEq(token.totalMinted(), supplyBefore + (inside ? 1 : 0));
    }

    /// @dev Amortising: any sequence of fundings and declared principal parts pays exactly what was funded,
    ///      principal and book liabilities move together, and the deal burns exactly when principal hits zero.
    function testFuzz_Amortising_PaysFundedOnly(uint256[6] memory fundSeeds, uint256[6] memory partSeeds) public {
        _deposit(primeA, 50 * M);
        uint256 id = _claim(primeA, 50 * M, BOOK, _terms(YEAR, 800, INfatFacility.Schedule.AMORTISING));
        uint256 principal = 50 * M;
        uint256 funded;
        uint256 paid;
        for (uint256 i; i < 6 && principal > 0; ++i) {
            uint256 f = bound(fundSeeds[i], 1, 30 * M);
            _fund(id, f);
            funded += f;
            uint256 avail = funded - paid;
            uint256 maxPart = avail < principal ? avail : principal;
            uint256 part = bound(partSeeds[i], 1, maxPart);
            if (avail >= principal && part != principal) {
                vm.prank(primeA);
                vm.expectRevert(
                    abi.encodeWithSelector(INfatRedeem.Redeem_PrincipalCovered.selector, id, avail, principal)
                );
                redeem.spend(id, part);
                part = principal;
            }
            vm.prank(primeA);
            assertEq(redeem.spend(id, part), avail);
            paid += avail;
            principal -= part;
            assertEq(facility.book(BOOK).liabilities, principal);
            assertEq(token.exists(id), principal > 0);
        }
        assertEq(susds.balanceOf(primeA), paid);
        assertEq(redeem.account(id).paid, paid);
        assertLe(paid, funded);
        assertEq(redeem.totalOwed(), funded - paid);
    }
}
