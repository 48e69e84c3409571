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

    /// @dev A-05: the cap limits what a settlement converts (issued value ≤ capacity), never who may queue.
    function test_subscribe_capacityCapsIssuedValueAtSettlement() public {
        vm.prank(governance);
        subscribeQueue.setCapacity(300e18);
        _deposit(subscribeQueue, alice, 125e18);
        _lockAndSettle(subscribeQueue, 125e18); // 100 shares issued, worth 125: room 175
        _deposit(subscribeQueue, bob, 100e18);
        _deposit(subscribeQueue, carol, 250e18); // queued 350 > room: accepted anyway

        (uint256 converted,) = _lockAndSettle(subscribeQueue, 1000e18);
        assertEq(converted, 175e18, "converted exactly the room left");
        assertEq(shareToken.totalSupply() * INITIAL_RATE / 1e18, 300e18, "issued value at the cap");
        // pro rata: bob 100/350 and carol 250/350 of the 175 converted
        assertEq(subscribeQueue.underlyingOf(bob), 50e18);
        assertEq(subscribeQueue.underlyingOf(carol), 125e18);

        // Full: a settlement converts nothing more (and just unlocks) until shares are redeemed or the cap rises.
        (converted,) = _lockAndSettle(subscribeQueue, 1000e18);
        assertEq(converted, 0);
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.ACTIVE));
    }

    function test_subscribe_capacityNeverOvershotByRounding() public {
        vm.prank(governance);
        subscribeQueue.setCapacity(100e18 + 7);
        _deposit(subscribeQueue, alice, 300e18);
        _lockAndSettle(subscribeQueue, 1000e18);
        uint256 issuedValue = (shareToken.totalSupply() * INITIAL_RATE + 1e18 - 1) / 1e18;
        assertLe(issuedValue, 100e18 + 7);
        // a capacity already used up converts nothing
        vm.prank(governance);
        subscribeQueue.setCapacity(1e18);
        (uint256 converted,) = _lockAndSettle(subscribeQueue, 1000e18);
        assertEq(converted, 0);
    }

    function test_subscribe_capacityFollowsExchangeRate() public {
        vm.prank(governance);
        subscribeQueue.setCapacity(200e18);
        _deposit(subscribeQueue, alice, 125e18);
        _lockAndSettle(subscribeQueue, 125e18);
        vm.prank(beacon);
        shareToken.updateExchangeRate(0.75e18); // haircut: the issued 100 shares are now worth 75
        _deposit(subscribeQueue, bob, 200e18);
        (uint256 converted,) = _lockAndSettle(subscribeQueue, 200e18); // 75 + 125 = 200: fits exactly
        assertEq(converted, 125e18);
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
