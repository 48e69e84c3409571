// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {LctsQueueBehaviour} from "./LctsQueueBehaviour.sol";

/// @notice The shared state machine on the RedeemQueue, plus what only redemptions do: shares burnt, deposit
///         asset paid from the ALMProxy at the current exchange rate, no capacity cap.
contract RedeemQueueTest is LctsQueueBehaviour {
    function _queue() internal view override returns (LctsQueueBase) {
        return redeemQueue;
    }

    function test_redeem_assets() public view {
        assertEq(redeemQueue.underlyingAsset(), address(shareToken));
        assertEq(redeemQueue.rewardAsset(), address(usds));
    }

    function test_redeem_settleBurnsSharesAndPaysFromProxy() public {
        _deposit(redeemQueue, alice, 100e18);
        uint256 supplyBefore = shareToken.totalSupply();
        uint256 proxyBefore = usds.balanceOf(almProxy);
        (uint256 converted, uint256 paid) = _lockAndSettle(redeemQueue, 100e18);
        assertEq(converted, 100e18);
        assertEq(paid, 125e18, "100 shares at 1.25");
        assertEq(supplyBefore - shareToken.totalSupply(), 100e18, "burnt");
        assertEq(proxyBefore - usds.balanceOf(almProxy), 125e18);
        vm.prank(alice);
        redeemQueue.claim();
        assertEq(usds.balanceOf(alice), 125e18);
    }

    function test_redeem_haircutAppliesToSettlement() public {
        _deposit(redeemQueue, alice, 100e18);
        vm.prank(beacon);
        shareToken.updateExchangeRate(0.9e18);
        (, uint256 paid) = _lockAndSettle(redeemQueue, 100e18);
        assertEq(paid, 90e18);
    }

    function test_redeem_payoutRoundedDown() public {
        _deposit(redeemQueue, alice, 3);
        (, uint256 paid) = _lockAndSettle(redeemQueue, 3);
        assertEq(paid, 3, "3 * 1.25 = 3.75 -> 3");
    }

    function test_redeem_tinyConversionWithZeroPayoutSkipsController() public {
        vm.prank(beacon);
        shareToken.updateExchangeRate(0.5e18);
        _deposit(redeemQueue, alice, 1);
        (uint256 converted, uint256 paid) = _lockAndSettle(redeemQueue, 1);
        assertEq(converted, 1);
        assertEq(paid, 0);
        assertEq(controller.outflowCalls(), 0);
    }

    function test_redeem_capacityNotEnforced() public {
        vm.prank(governance);
        redeemQueue.setCapacity(1);
        _deposit(redeemQueue, alice, 1e24);
        assertEq(redeemQueue.generation(1).totalUnderlying, 1e24);
    }
}
