// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {LctsFixture} from "./LctsFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Every privileged entry point of a unit, called by an outsider (and by the wrong privileged party):
///         each is refused with its exact custom error, and nothing changes.
contract LctsAccessTest is LctsFixture {
    /// @dev The unit contracts keep plain AccessControl (no on-chain member sets, docs/gas.md): the reconciler
    ///      rebuilds every holder from RoleGranted / RoleRevoked. That is complete only if every membership change
    ///      emits exactly one of them — here: initialisation grants exactly (admin, beacon) on each contract, and
    ///      a grant or revoke that changes nothing emits nothing.
    function test_roleEventsAreTheCompleteMembership() public {
        vm.recordLogs();
        SubscribeQueue q = SubscribeQueue(Clones.clone(address(subscribeImpl)));
        q.initialize(_queueConfig(address(usds), 0, 0));
        _assertGrants(vm.getRecordedLogs(), address(q));

        vm.recordLogs();
        IHaloShareToken t = IHaloShareToken(Clones.clone(address(tokenImpl)));
        t.initialize(_tokenConfig());
        _assertGrants(vm.getRecordedLogs(), address(t));

        bytes32 beaconRole = q.BEACON_ROLE();
        vm.startPrank(governance);
        vm.recordLogs();
        q.grantRole(beaconRole, beacon); // already held
        q.revokeRole(beaconRole, outsider); // never held
        assertEq(vm.getRecordedLogs().length, 0);
        vm.stopPrank();
    }

    function _assertGrants(Vm.Log[] memory logs, address target) private view {
        bytes32 granted = IAccessControl.RoleGranted.selector;
        bytes32[2] memory roles = [bytes32(0), subscribeQueue.BEACON_ROLE()];
        address[2] memory holders = [governance, beacon];
        uint256 n = 0;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != target || logs[i].topics[0] != granted) continue;
            assertLt(n, 2, "more than two grants");
            assertEq(logs[i].topics[1], roles[n]);
            assertEq(logs[i].topics[2], bytes32(uint256(uint160(holders[n]))));
            ++n;
        }
        assertEq(n, 2);
    }

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
        assertFalse(subscribeQueue.hasRole(beaconRole, outsider));
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
