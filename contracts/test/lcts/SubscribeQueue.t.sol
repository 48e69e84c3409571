// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {LctsQueueBehaviour} from "./LctsQueueBehaviour.sol";

/// @notice The shared state machine on the SubscribeQueue, plus what only subscriptions do: shares minted at
///         the current exchange rate, deposit asset sent to the ALMProxy, the capacity cap.
contract SubscribeQueueTest is LctsQueueBehaviour {
    function _queue() internal view override returns (LctsQueueBase) {
        return subscribeQueue;
    }

    function test_subscribe_assets() public view {
        assertEq(subscribeQueue.underlyingAsset(), address(usds));
        assertEq(subscribeQueue.rewardAsset(), address(shareToken));
    }

    function test_subscribe_settleMovesDepositAssetToProxyAndMintsShares() public {
        _deposit(subscribeQueue, alice, 125e18);
        uint256 proxyBefore = usds.balanceOf(almProxy);
        (uint256 converted, uint256 minted) = _lockAndSettle(subscribeQueue, 125e18);
        assertEq(converted, 125e18);
        assertEq(minted, 100e18, "125 sUSDS at 1.25 per share");
        assertEq(usds.balanceOf(almProxy) - proxyBefore, 125e18);
        assertEq(shareToken.totalSupply(), 100e18);
        assertEq(shareToken.balanceOf(address(subscribeQueue)), 100e18);
        assertEq(usds.allowance(address(subscribeQueue), address(controller)), 0, "approval fully used");
        vm.prank(alice);
        subscribeQueue.claim();
        assertEq(shareToken.balanceOf(alice), 100e18);
    }

    function test_subscribe_sharesRoundedDown() public {
        _deposit(subscribeQueue, alice, 1e18 + 1);
        (, uint256 minted) = _lockAndSettle(subscribeQueue, 1e18 + 1);
        assertEq(minted, (1e18 + 1) * 1e18 / INITIAL_RATE);
        assertLe(minted * INITIAL_RATE / 1e18, 1e18 + 1, "never more shares than the deposit buys");
    }

    function test_subscribe_usesRateAtSettlement() public {
        _deposit(subscribeQueue, alice, 100e18);
        vm.prank(beacon);
        shareToken.updateExchangeRate(1e18); // haircut before settlement
        (, uint256 minted) = _lockAndSettle(subscribeQueue, 100e18);
        assertEq(minted, 100e18);
    }

    function test_subscribe_capacityCapsQueuedPlusIssuedValue() public {
        vm.prank(governance);
        subscribeQueue.setCapacity(300e18);
        _deposit(subscribeQueue, alice, 125e18);
        _lockAndSettle(subscribeQueue, 125e18); // 100 shares issued, worth 125
        _deposit(subscribeQueue, bob, 100e18); // outstanding 225

        _fund(subscribeQueue, carol, 76e18);
        vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_CapacityExceeded.selector, 301e18, 300e18));
        vm.prank(carol);
        subscribeQueue.deposit(76e18);

        vm.prank(carol);
        subscribeQueue.deposit(75e18); // exactly at the cap
        assertEq(subscribeQueue.generation(2).totalUnderlying, 175e18);
    }

    function test_subscribe_capacityFollowsExchangeRate() public {
        vm.prank(governance);
        subscribeQueue.setCapacity(200e18);
        _deposit(subscribeQueue, alice, 125e18);
        _lockAndSettle(subscribeQueue, 125e18);
        vm.prank(beacon);
        shareToken.updateExchangeRate(0.75e18); // haircut: the issued 100 shares are now worth 75
        _deposit(subscribeQueue, bob, 125e18); // 75 + 125 = 200: fits exactly
        assertEq(subscribeQueue.generation(2).totalUnderlying, 125e18);
    }

    function test_subscribe_capacityZeroMeansUncapped() public {
        assertEq(subscribeQueue.capacity(), 0);
        _deposit(subscribeQueue, alice, 1e30);
        assertEq(subscribeQueue.generation(1).totalUnderlying, 1e30);
    }

    function test_subscribe_dustConversionMintsNothing() public {
        _deposit(subscribeQueue, alice, 10e18);
        uint256 proxyBefore = usds.balanceOf(almProxy);
        (uint256 converted, uint256 minted) = _lockAndSettle(subscribeQueue, 1); // 1 wei buys 0.8 wei of share
        assertEq(converted, 1);
        assertEq(minted, 0, "rounded down: the unit never issues an unbacked share");
        assertEq(shareToken.totalSupply(), 0);
        assertEq(usds.balanceOf(almProxy) - proxyBefore, 1);
        assertEq(subscribeQueue.generation(1).rewardPerToken, 0);
    }
}
