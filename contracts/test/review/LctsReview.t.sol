// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsFixture} from "../lcts/LctsFixture.sol";
import {MockERC20} from "../lcts/mocks/MockERC20.sol";

/// @title Review 2026-11-26: LCTS observations (docs/review-2026-11-26.md)
contract LctsReviewTest is LctsFixture {
    uint256 internal constant CAP = 1_000_000e18;

    function setUp() public override {
        usds = new MockERC20("Savings USDS", "sUSDS", 18);
        _deployUnit(address(usds), CAP, 1e18);
    }

    /// @dev R-07 (low, open): the subscription capacity is first come, first served at deposit time and exits are
    ///      free while ACTIVE. A whale can hold the whole capacity between settlements, leave just before `lock`
    ///      and come back after `settle`, at no cost but gas: everyone else is refused meanwhile.
    function test_R07_capacityCanBeSquattedForFree() public {
        address whale = makeAddr("whale");
        _deposit(subscribeQueue, whale, CAP);

        _fund(subscribeQueue, alice, 1e18);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_CapacityExceeded.selector, CAP + 1e18, CAP));
        subscribeQueue.deposit(1e18);

        // Just before the beacon's lock: the whale takes everything back, exactly.
        vm.prank(whale);
        (, uint256 underlying) = subscribeQueue.claimAndExit();
        assertEq(underlying, CAP, "squatting cost nothing");
        assertEq(usds.balanceOf(whale), CAP);
        _lock(subscribeQueue); // DORMANT: nothing to lock, nothing converts
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.DORMANT));
    }

    /// @dev Checked, not a bug: a position in a finalized generation is always collectable, even while the new
    ///      current generation is LOCKED, and a LOCKED generation refuses deposit, claim and exit.
    function test_lockedBlocksCurrentButNeverAFinalizedPosition() public {
        _deposit(subscribeQueue, alice, 100e18);
        _lockAndSettle(subscribeQueue, 100e18); // drains: alice's generation is FINALIZED
        _deposit(subscribeQueue, bob, 50e18);
        _lock(subscribeQueue);

        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_Locked.selector, 2));
        subscribeQueue.claimAndExit();

        vm.prank(alice);
        uint256 reward = subscribeQueue.settleFinalized();
        assertEq(reward, _quote(subscribeQueue, 100e18));
        assertEq(shareToken.balanceOf(alice), reward);
    }
}
