// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {NfatFixture} from "./NfatFixture.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice Review 2026-12-06 A-04, template side (docs/review-2026-12-06-templates.md): the NFAT contracts narrow
///         integers only with checked casts, so a stored value is always the value given or the call reverts.
contract NfatCheckedCastsTest is NfatFixture {
    /// @dev Before the fix `fund` truncated the funded total to 128 bits while `totalOwed` kept the full amount:
    ///      the account then showed 1 unit funded for 2^128 + 1 received, and the holder could never be paid it.
    function test_A04_fundingBeyond128BitsIsRefusedNotTruncated() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        uint256 id = _claim(primeA, 10 * M, BOOK, _bullet());
        uint256 huge = uint256(type(uint128).max) + 2;
        susds.mint(c.proxy, huge);
        vm.prank(nfatBeacon);
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 128, huge));
        redeem.fund(id, huge);
        assertEq(redeem.totalOwed(), 0);
        assertEq(redeem.account(id).funded, 0);
    }

    /// @dev Funding up to the 128-bit limit is stored exactly.
    function test_A04_fundingAtThe128BitLimitIsStoredExactly() public {
        _deposit(primeA, 10 * M);
        _openBook(c, BOOK);
        uint256 id = _claim(primeA, 10 * M, BOOK, _bullet());
        uint256 most = type(uint128).max;
        susds.mint(c.proxy, most);
        vm.prank(nfatBeacon);
        redeem.fund(id, most);
        assertEq(redeem.account(id).funded, most);
        assertEq(redeem.totalOwed(), most);
    }
}
