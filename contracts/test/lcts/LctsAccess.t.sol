// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {LctsFixture} from "./LctsFixture.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";

/// @notice Every privileged entry point of a unit, called by an outsider (and by the wrong privileged party):
///         each is refused with its exact custom error, and nothing changes.
contract LctsAccessTest is LctsFixture {
    function test_outsiderRefusedEverywhere() public {
        _deposit(subscribeQueue, alice, 10e18);
        _deposit(redeemQueue, alice, 10e18);
        LctsQueueBase[2] memory queues = [LctsQueueBase(subscribeQueue), LctsQueueBase(redeemQueue)];
        bytes32 beaconRole = subscribeQueue.BEACON_ROLE();
        bytes32 adminRole = subscribeQueue.DEFAULT_ADMIN_ROLE();

        vm.startPrank(outsider);
        for (uint256 i; i < 2; ++i) {
            LctsQueueBase q = queues[i];
            vm.expectRevert(_missingRole(outsider, beaconRole));
            q.lock();
            vm.expectRevert(_missingRole(outsider, beaconRole));
            q.settle(1);
            vm.expectRevert(_missingRole(outsider, adminRole));
            q.setCapacity(1);
            vm.expectRevert(_missingRole(outsider, adminRole));
            q.setMinDeposit(1);
            vm.expectRevert(_missingRole(outsider, adminRole));
            q.grantRole(beaconRole, outsider);
            vm.expectRevert(_missingRole(outsider, adminRole));
            q.revokeRole(beaconRole, beacon);
            vm.expectRevert(Initializable.InvalidInitialization.selector);
            q.initialize(_queueConfig(address(usds), 0, 0));
            // a depositor's position is theirs alone: an outsider has nothing to claim, exit or settle
            vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_NoPosition.selector, outsider));
            q.claim();
            vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_NoPosition.selector, outsider));
            q.claimAndExit();
            vm.expectRevert(abi.encodeWithSelector(ILctsQueue.LctsQueue_NoFinalizedPosition.selector, outsider));
            q.settleFinalized();
        }

        vm.expectRevert(_missingRole(outsider, shareToken.BEACON_ROLE()));
        shareToken.updateExchangeRate(2e18);
        vm.expectRevert(_missingRole(outsider, adminRole));
        shareToken.setMaxRateIncreaseBps(1);
        vm.expectRevert(_missingRole(outsider, adminRole));
        shareToken.grantRole(beaconRole, outsider);
        vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_NotSubscribeQueue.selector, outsider));
        shareToken.mint(outsider, 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_NotRedeemQueue.selector, outsider));
        shareToken.burn(1);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        shareToken.initialize(_tokenConfig());
        vm.stopPrank();

        // nothing moved
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.ACTIVE));
        assertEq(uint8(redeemQueue.queueState()), uint8(ILctsQueue.QueueState.ACTIVE));
        assertEq(subscribeQueue.getRoleMemberCount(beaconRole), 1);
        assertEq(shareToken.exchangeRate(), INITIAL_RATE);
        assertEq(shareToken.balanceOf(outsider), 0);
    }

    /// @dev Each privileged party holds exactly its own powers: the beacon cannot govern, governance cannot
    ///      lock, settle or move the rate (it can only grant itself the role, visibly, through role events).
    function test_rolesAreSeparated() public {
        _deposit(subscribeQueue, alice, 10e18);
        bytes32 beaconRole = subscribeQueue.BEACON_ROLE();
        bytes32 adminRole = subscribeQueue.DEFAULT_ADMIN_ROLE();

        vm.startPrank(beacon);
        vm.expectRevert(_missingRole(beacon, adminRole));
        subscribeQueue.setCapacity(1);
        vm.expectRevert(_missingRole(beacon, adminRole));
        shareToken.setMaxRateIncreaseBps(1);
        vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_NotSubscribeQueue.selector, beacon));
        shareToken.mint(beacon, 1);
        vm.stopPrank();

        vm.startPrank(governance);
        vm.expectRevert(_missingRole(governance, beaconRole));
        subscribeQueue.lock();
        vm.expectRevert(_missingRole(governance, beaconRole));
        shareToken.updateExchangeRate(1e18);
        vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_NotRedeemQueue.selector, governance));
        shareToken.burn(0);
        vm.stopPrank();
    }
}
