// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {LctsFixture} from "./LctsFixture.sol";
import {MockERC20} from "./mocks/MockERC20.sol";

/// @notice `exchangeRate()` is deposit asset *in its own decimals* per 1e18 shares: a 6-decimal asset (USDC-like)
///         round-trips through subscribe and redeem with 18-decimal shares.
contract LctsSixDecimalsTest is LctsFixture {
    uint256 internal constant USDC_RATE = 1.25e6; // 1.25 USDC per share

    MockERC20 internal usdc;

    function setUp() public override {
        initialRate = USDC_RATE;
        usdc = new MockERC20("USD Coin", "USDC", 6);
        usds = usdc; // the fixture funds "the deposit asset" through `usds`
        _deployUnit(address(usdc), 0, 0);
    }

    function test_sixDecimals_subscribeAndRedeemRoundTrip() public {
        _deposit(subscribeQueue, alice, 125e6); // 125 USDC
        (, uint256 minted) = _lockAndSettle(subscribeQueue, 125e6);
        assertEq(minted, 100e18, "125 USDC buys 100 shares of 18 decimals");
        vm.prank(alice);
        subscribeQueue.claim();

        vm.prank(alice);
        shareToken.approve(address(redeemQueue), type(uint256).max);
        vm.prank(alice);
        redeemQueue.deposit(100e18);
        (, uint256 paid) = _lockAndSettle(redeemQueue, 100e18);
        assertEq(paid, 125e6, "100 shares redeem for 125 USDC");
        vm.prank(alice);
        redeemQueue.claim();
        assertEq(usdc.balanceOf(alice), 125e6);
        assertEq(shareToken.totalSupply(), 0);
    }

    function test_sixDecimals_subUnitRedemptionRoundsDown() public {
        usdc.mint(almProxy, 1e6);
        vm.prank(address(subscribeQueue));
        shareToken.mint(alice, 1e12 - 1); // worth 1.25e6 * (1e12 - 1) / 1e18 < 1 USDC unit
        vm.prank(alice);
        shareToken.approve(address(redeemQueue), type(uint256).max);
        vm.prank(alice);
        redeemQueue.deposit(1e12 - 1);
        (uint256 converted, uint256 paid) = _lockAndSettle(redeemQueue, 1e12 - 1);
        assertEq(converted, 1e12 - 1);
        assertEq(paid, 1, "1.249999 units rounded down to 1");
        assertEq(shareToken.exchangeRate(), USDC_RATE);
    }
}
