// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Timelock} from "../../pas/Timelock.sol";
import {TimelockHelper} from "../../pas/TimelockHelper.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {IPasTimelock} from "../../src/interfaces/pas/IPasTimelock.sol";
import {IPasTimelockHelper} from "../../src/interfaces/pas/IPasTimelockHelper.sol";
import {PasFixture} from "./PasFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @notice PAS Timelock rules on the stand-in, called through `IPasTimelock`: batch only, no self calls, not its own
///         admin, permissionless execution, pause / unpause, immediate delay updates, and the pending-operation list.
contract PasTimelockTest is PasFixture {
    address internal constant CANCELLER = address(0xCA9C);

    function setUp() public {
        _deployPas();
        bytes32 canceller = timelock.CANCELLER_ROLE();
        vm.prank(PAUSE_PROXY);
        timelock.grantRole(canceller, CANCELLER);
    }

    // ---------------------------------------------------------------- helpers

    struct Op {
        address[] targets;
        uint256[] values;
        bytes[] payloads;
        bytes32 predecessor;
        bytes32 salt;
    }

    function _op(address cBeam, bytes32 predecessor) internal view returns (Op memory op) {
        (op.targets, op.values, op.payloads) = _batch(address(beamState), abi.encodeCall(IBeamState.addCBeam, (cBeam)));
        op.predecessor = predecessor;
        op.salt = keccak256(abi.encode(cBeam));
    }

    function _id(Op memory op) internal view returns (bytes32) {
        return timelock.hashOperationBatch(op.targets, op.values, op.payloads, op.predecessor, op.salt);
    }

    function _schedule(Op memory op) internal returns (bytes32) {
        vm.prank(CORE_COUNCIL);
        timelock.scheduleBatch(op.targets, op.values, op.payloads, op.predecessor, op.salt, MIN_DELAY);
        return _id(op);
    }

    function _execute(Op memory op) internal {
        vm.prank(OUTSIDER);
        timelock.executeBatch(op.targets, op.values, op.payloads, op.predecessor, op.salt);
    }

    function _unauthorized(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, role);
    }

    // ---------------------------------------------------------------- construction and roles

    function test_constructor_roles() public view {
        assertEq(timelock.getMinDelay(), MIN_DELAY);
        assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), PAUSE_PROXY));
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(timelock)), "not its own admin");
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)), "permissionless execution");
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), CORE_COUNCIL));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), CORE_COUNCIL));
        assertTrue(timelock.hasRole(timelock.PAUSER_ROLE(), PAUSER));
        assertEq(timelock.PAUSER_ROLE(), keccak256("PAUSER_ROLE"));
        assertEq(timelock.PROPOSER_ROLE(), keccak256("PROPOSER_ROLE"));
        assertEq(timelock.EXECUTOR_ROLE(), keccak256("EXECUTOR_ROLE"));
        assertEq(timelock.CANCELLER_ROLE(), keccak256("CANCELLER_ROLE"));
        assertEq(timelock.DEFAULT_ADMIN_ROLE(), bytes32(0));
        assertEq(timelock.getRoleAdmin(timelock.PAUSER_ROLE()), bytes32(0));
        assertFalse(timelock.paused());
        assertEq(timelock.getOperationsCount(), 0);
        assertEq(timelock.getFirstOperationId(), bytes32(0));
        assertEq(timelock.getLastOperationId(), bytes32(0));
        assertTrue(timelock.supportsInterface(type(IAccessControl).interfaceId));
    }

    function test_constructor_refusesZeroAdmin() public {
        vm.expectRevert("Timelock/admin-zero-address");
        new Timelock(MIN_DELAY, address(0));
    }

    function test_grantRevokeRole_adminOnly() public {
        bytes32 proposer = timelock.PROPOSER_ROLE();
        vm.prank(OUTSIDER);
        vm.expectRevert(_unauthorized(OUTSIDER, bytes32(0)));
        timelock.grantRole(proposer, OUTSIDER);
        vm.prank(CORE_COUNCIL);
        vm.expectRevert(_unauthorized(CORE_COUNCIL, bytes32(0)));
        timelock.grantRole(proposer, OUTSIDER);
        vm.prank(CORE_COUNCIL);
        vm.expectRevert(_unauthorized(CORE_COUNCIL, bytes32(0)));
        timelock.revokeRole(proposer, CORE_COUNCIL);

        vm.expectEmit(address(timelock));
        emit IAccessControl.RoleGranted(proposer, OUTSIDER, PAUSE_PROXY);
        vm.prank(PAUSE_PROXY);
        timelock.grantRole(proposer, OUTSIDER);
        assertTrue(timelock.hasRole(proposer, OUTSIDER));

        vm.expectEmit(address(timelock));
        emit IAccessControl.RoleRevoked(proposer, CORE_COUNCIL, PAUSE_PROXY);
        vm.prank(PAUSE_PROXY);
        timelock.revokeRole(proposer, CORE_COUNCIL);
        assertFalse(timelock.hasRole(proposer, CORE_COUNCIL));
    }

    function test_renounceRole_onlyOwnRole() public {
        bytes32 pauser = timelock.PAUSER_ROLE();
        vm.prank(OUTSIDER);
        vm.expectRevert(IAccessControl.AccessControlBadConfirmation.selector);
        timelock.renounceRole(pauser, PAUSER);
        vm.prank(PAUSER);
        timelock.renounceRole(pauser, PAUSER);
        assertFalse(timelock.hasRole(pauser, PAUSER));
    }

    // ---------------------------------------------------------------- batch only

    function test_schedule_single_reverts() public {
        vm.prank(CORE_COUNCIL);
        vm.expectRevert("Timelock/use-scheduleBatch");
        timelock.schedule(address(beamState), 0, "", bytes32(0), bytes32(0), MIN_DELAY);
        vm.prank(OUTSIDER);
        vm.expectRevert("Timelock/use-scheduleBatch");
        timelock.schedule(address(beamState), 0, "", bytes32(0), bytes32(0), MIN_DELAY);
    }

    function test_execute_single_reverts() public {
        vm.prank(OUTSIDER);
        vm.expectRevert("Timelock/use-executeBatch");
        timelock.execute(address(beamState), 0, "", bytes32(0), bytes32(0));
    }

    function test_scheduleBatch_executeBatch() public {
        Op memory op = _op(GOV_OPS, bytes32(0));
        bytes32 id = _id(op);

        vm.expectEmit(address(timelock));
        emit IPasTimelock.CallScheduled(id, 0, op.targets[0], 0, op.payloads[0], bytes32(0), MIN_DELAY);
        vm.expectEmit(address(timelock));
        emit IPasTimelock.CallSalt(id, op.salt);
        _schedule(op);
        assertTrue(timelock.isOperation(id));
        assertTrue(timelock.isOperationPending(id));
        assertFalse(timelock.isOperationReady(id));
        assertEq(timelock.getTimestamp(id), block.timestamp + MIN_DELAY);
        assertEq(uint8(timelock.getOperationState(id)), uint8(IPasTimelock.OperationState.Waiting));

        // Too early.
        vm.warp(block.timestamp + MIN_DELAY - 1);
        vm.prank(OUTSIDER);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        timelock.executeBatch(op.targets, op.values, op.payloads, op.predecessor, op.salt);

        vm.warp(block.timestamp + 1);
        assertEq(uint8(timelock.getOperationState(id)), uint8(IPasTimelock.OperationState.Ready));
        vm.expectEmit(address(timelock));
        emit IPasTimelock.CallExecuted(id, 0, op.targets[0], 0, op.payloads[0]);
        _execute(op); // by an outsider: execution is permissionless
        assertTrue(timelock.isOperationDone(id));
        assertEq(beamState.cBeams(GOV_OPS), 1, "the timelock's DELAYED role did it");
    }

    function test_scheduleBatch_refusesShortDelay() public {
        Op memory op = _op(GOV_OPS, bytes32(0));
        vm.prank(CORE_COUNCIL);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockInsufficientDelay.selector, MIN_DELAY - 1, MIN_DELAY)
        );
        timelock.scheduleBatch(op.targets, op.values, op.payloads, op.predecessor, op.salt, MIN_DELAY - 1);
    }

    function test_scheduleBatch_refusesSelfCalls() public {
        address[] memory targets = new address[](2);
        uint256[] memory values = new uint256[](2);
        bytes[] memory payloads = new bytes[](2);
        targets[0] = address(beamState);
        payloads[0] = abi.encodeCall(IBeamState.addCBeam, (GOV_OPS));
        targets[1] = address(timelock);
        payloads[1] = abi.encodeCall(IPasTimelock.updateDelay, (0));
        vm.prank(CORE_COUNCIL);
        vm.expectRevert("Timelock/self-calls-disabled");
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), MIN_DELAY);

        // A proposal that would grant a role on the timelock is refused the same way.
        (targets, values, payloads) =
            _batch(address(timelock), abi.encodeCall(IAccessControl.grantRole, (timelock.PROPOSER_ROLE(), OUTSIDER)));
        vm.prank(CORE_COUNCIL);
        vm.expectRevert("Timelock/self-calls-disabled");
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), MIN_DELAY);
    }

    function test_scheduleBatch_proposerOnly() public {
        Op memory op = _op(GOV_OPS, bytes32(0));
        bytes32 proposer = timelock.PROPOSER_ROLE();
        address[3] memory refused = [OUTSIDER, PAUSE_PROXY, CANCELLER];
        for (uint256 i = 0; i < refused.length; ++i) {
            vm.prank(refused[i]);
            vm.expectRevert(_unauthorized(refused[i], proposer));
            timelock.scheduleBatch(op.targets, op.values, op.payloads, op.predecessor, op.salt, MIN_DELAY);
        }
    }

    // ---------------------------------------------------------------- cancel

    function test_cancel_cancellerOnly_andUnlists() public {
        bytes32 id = _schedule(_op(GOV_OPS, bytes32(0)));
        bytes32 canceller = timelock.CANCELLER_ROLE();
        vm.prank(OUTSIDER);
        vm.expectRevert(_unauthorized(OUTSIDER, canceller));
        timelock.cancel(id);
        vm.prank(PAUSE_PROXY);
        vm.expectRevert(_unauthorized(PAUSE_PROXY, canceller));
        timelock.cancel(id);

        vm.expectEmit(address(timelock));
        emit IPasTimelock.Cancelled(id);
        vm.prank(CANCELLER); // a canceller that is not a proposer
        timelock.cancel(id);
        assertFalse(timelock.isOperation(id));
        assertEq(timelock.getOperationsCount(), 0);
        assertFalse(timelock.getOperationExists(id));
        assertEq(timelock.getOperationSalt(id), bytes32(0));
        assertEq(timelock.getOperation(id).targets.length, 0);
    }

    // ---------------------------------------------------------------- pause

    function test_pause_pauserOnly() public {
        bytes32 pauser = timelock.PAUSER_ROLE();
        address[3] memory refused = [OUTSIDER, PAUSE_PROXY, CORE_COUNCIL];
        for (uint256 i = 0; i < refused.length; ++i) {
            vm.prank(refused[i]);
            vm.expectRevert(_unauthorized(refused[i], pauser));
            timelock.pause();
        }
        vm.expectEmit(address(timelock));
        emit IPasTimelock.Paused(PAUSER);
        vm.prank(PAUSER);
        timelock.pause();
        assertTrue(timelock.paused());
        vm.prank(PAUSER);
        vm.expectRevert(IPasTimelock.EnforcedPause.selector);
        timelock.pause();
    }

    function test_unpause_adminOnly() public {
        vm.prank(PAUSER);
        timelock.pause();
        address[3] memory refused = [OUTSIDER, PAUSER, CORE_COUNCIL];
        for (uint256 i = 0; i < refused.length; ++i) {
            vm.prank(refused[i]);
            vm.expectRevert(_unauthorized(refused[i], bytes32(0)));
            timelock.unpause();
        }
        vm.expectEmit(address(timelock));
        emit IPasTimelock.Unpaused(PAUSE_PROXY);
        vm.prank(PAUSE_PROXY);
        timelock.unpause();
        assertFalse(timelock.paused());
        vm.prank(PAUSE_PROXY);
        vm.expectRevert(IPasTimelock.ExpectedPause.selector);
        timelock.unpause();
    }

    function test_pause_blocksScheduleCancelExecute() public {
        Op memory ready = _op(GOV_OPS, bytes32(0));
        bytes32 readyId = _schedule(ready);
        vm.warp(block.timestamp + MIN_DELAY);
        Op memory fresh = _op(OUTSIDER, bytes32(0));

        vm.prank(PAUSER);
        timelock.pause();

        vm.prank(CORE_COUNCIL);
        vm.expectRevert(IPasTimelock.EnforcedPause.selector);
        timelock.scheduleBatch(fresh.targets, fresh.values, fresh.payloads, fresh.predecessor, fresh.salt, MIN_DELAY);
        vm.prank(CORE_COUNCIL);
        vm.expectRevert(IPasTimelock.EnforcedPause.selector);
        timelock.cancel(readyId);
        vm.prank(OUTSIDER);
        vm.expectRevert(IPasTimelock.EnforcedPause.selector);
        timelock.executeBatch(ready.targets, ready.values, ready.payloads, ready.predecessor, ready.salt);

        vm.prank(PAUSE_PROXY);
        timelock.unpause();
        _execute(ready);
        assertEq(beamState.cBeams(GOV_OPS), 1);
    }

    // ---------------------------------------------------------------- delay

    function test_updateDelayImmediately_adminOnly() public {
        address[3] memory refused = [OUTSIDER, PAUSER, CORE_COUNCIL];
        for (uint256 i = 0; i < refused.length; ++i) {
            vm.prank(refused[i]);
            vm.expectRevert(_unauthorized(refused[i], bytes32(0)));
            timelock.updateDelayImmediately(1 days);
        }
        vm.expectEmit(address(timelock));
        emit IPasTimelock.MinDelayChange(MIN_DELAY, 1 days);
        vm.prank(PAUSE_PROXY);
        timelock.updateDelayImmediately(1 days);
        assertEq(timelock.getMinDelay(), 1 days);
    }

    /// @dev OpenZeppelin's `updateDelay` only accepts the timelock itself, and PAS never lets it call itself.
    function test_updateDelay_direct_refused() public {
        vm.prank(PAUSE_PROXY);
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnauthorizedCaller.selector, PAUSE_PROXY));
        timelock.updateDelay(0);
    }

    // ---------------------------------------------------------------- pending-operation list

    function _assertOrder(bytes32[] memory ids) internal view {
        assertEq(timelock.getOperationsCount(), ids.length, "count");
        assertEq(timelock.getFirstOperationId(), ids.length == 0 ? bytes32(0) : ids[0], "first");
        assertEq(timelock.getLastOperationId(), ids.length == 0 ? bytes32(0) : ids[ids.length - 1], "last");
        for (uint256 i = 0; i < ids.length; ++i) {
            assertTrue(timelock.getOperationExists(ids[i]), "exists");
            assertEq(timelock.getPrevOperationId(ids[i]), i == 0 ? bytes32(0) : ids[i - 1], "prev");
            assertEq(timelock.getNextOperationId(ids[i]), i + 1 == ids.length ? bytes32(0) : ids[i + 1], "next");
        }
    }

    function _ids(bytes32 a) internal pure returns (bytes32[] memory r) {
        r = new bytes32[](1);
        r[0] = a;
    }

    function _ids(bytes32 a, bytes32 b) internal pure returns (bytes32[] memory r) {
        r = new bytes32[](2);
        r[0] = a;
        r[1] = b;
    }

    function _ids(bytes32 a, bytes32 b, bytes32 c) internal pure returns (bytes32[] memory r) {
        r = new bytes32[](3);
        r[0] = a;
        r[1] = b;
        r[2] = c;
    }

    function _assertGone(bytes32 id) internal view {
        assertFalse(timelock.getOperationExists(id));
        assertEq(timelock.getPrevOperationId(id), bytes32(0));
        assertEq(timelock.getNextOperationId(id), bytes32(0));
        assertEq(timelock.getOperationLength(id), 0);
        assertEq(timelock.getOperation(id).targets.length, 0);
        assertEq(timelock.getOperationPredecessor(id), bytes32(0));
        assertEq(timelock.getOperationSalt(id), bytes32(0));
    }

    /// @dev The list keeps scheduling order whichever element leaves (first, middle or last).
    function test_pendingList_followsScheduleExecuteCancel() public {
        Op memory a = _op(address(0xA), bytes32(0));
        Op memory b = _op(address(0xB), bytes32(0));
        Op memory c = _op(address(0xC), bytes32(0));
        bytes32 idA = _schedule(a);
        bytes32 idB = _schedule(b);
        bytes32 idC = _schedule(c);
        _assertOrder(_ids(idA, idB, idC));

        vm.warp(block.timestamp + MIN_DELAY);
        _execute(b); // the middle one
        _assertGone(idB);
        _assertOrder(_ids(idA, idC));

        vm.prank(CORE_COUNCIL);
        timelock.cancel(idA); // the first one
        _assertGone(idA);
        _assertOrder(_ids(idC));

        Op memory d = _op(address(0xD), bytes32(0));
        bytes32 idD = _schedule(d);
        _assertOrder(_ids(idC, idD));
        vm.prank(CANCELLER);
        timelock.cancel(idD); // the last one
        _assertOrder(_ids(idC));

        _execute(c);
        _assertOrder(new bytes32[](0));
    }

    /// @dev A cancelled operation may be scheduled again and joins at the end.
    function test_pendingList_rescheduleAfterCancel() public {
        Op memory a = _op(address(0xA), bytes32(0));
        Op memory b = _op(address(0xB), bytes32(0));
        bytes32 idA = _schedule(a);
        bytes32 idB = _schedule(b);
        vm.prank(CORE_COUNCIL);
        timelock.cancel(idA);
        _schedule(a);
        _assertOrder(_ids(idB, idA));
    }

    function test_pendingList_storesTheBatch() public {
        address[] memory targets = new address[](2);
        uint256[] memory values = new uint256[](2);
        bytes[] memory payloads = new bytes[](2);
        targets[0] = address(beamState);
        payloads[0] = abi.encodeCall(IBeamState.addCBeam, (GOV_OPS));
        targets[1] = address(0xBEEF);
        values[1] = 7;
        payloads[1] = hex"c0ffee";
        bytes32 predecessor = keccak256("before");
        vm.prank(CORE_COUNCIL);
        timelock.scheduleBatch(targets, values, payloads, predecessor, bytes32("salt"), MIN_DELAY);
        bytes32 id = timelock.hashOperationBatch(targets, values, payloads, predecessor, bytes32("salt"));

        IPasTimelock.Operation memory stored = timelock.getOperation(id);
        assertEq(stored.targets.length, 2);
        assertEq(stored.targets[1], address(0xBEEF));
        assertEq(stored.values[1], 7);
        assertEq(stored.payloads[0], payloads[0]);
        assertEq(stored.payloads[1], payloads[1]);
        assertEq(stored.predecessor, predecessor);
        assertEq(stored.salt, bytes32("salt"));
        assertEq(timelock.getOperationLength(id), 2);
        assertEq(timelock.getOperationTarget(id, 0), address(beamState));
        assertEq(timelock.getOperationValue(id, 1), 7);
        assertEq(timelock.getOperationPayload(id, 1), hex"c0ffee");
        assertEq(timelock.getOperationPredecessor(id), predecessor);
        assertEq(timelock.getOperationSalt(id), bytes32("salt"));

        // Out of range: Solidity's array-index panic, as in PAS.
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x32));
        timelock.getOperationTarget(id, 2);
    }

    // ---------------------------------------------------------------- TimelockHelper

    function test_helper_findsReadyOperationWithDonePredecessor() public {
        IPasTimelockHelper helper = IPasTimelockHelper(address(new TimelockHelper(address(timelock))));
        assertEq(helper.timelock(), address(timelock));
        (bool found, bytes32 id) = helper.getNextExecutableOperationId(bytes32(0), 10);
        assertFalse(found);
        assertEq(id, bytes32(0), "empty list");

        Op memory first = _op(address(0xA), bytes32(0));
        bytes32 idFirst = _id(first);
        Op memory second = _op(address(0xB), idFirst);
        // The dependent operation is listed first and becomes ready first.
        bytes32 idSecond = _schedule(second);
        vm.warp(block.timestamp + 1 hours);
        _schedule(first);

        (found, id) = helper.getNextExecutableOperationId(bytes32(0), 10);
        assertFalse(found, "nothing ready");
        assertEq(id, bytes32(0));

        vm.warp(block.timestamp + MIN_DELAY - 1 hours);
        (found,) = helper.getNextExecutableOperationId(bytes32(0), 10);
        assertFalse(found, "second is ready but its predecessor is not done");

        vm.warp(block.timestamp + 1 hours);
        (found, id) = helper.getNextExecutableOperationId(bytes32(0), 10);
        assertTrue(found);
        assertEq(id, idFirst, "skips the dependent one");
        // One iteration only looks at the first listed operation and says where to continue.
        (found, id) = helper.getNextExecutableOperationId(bytes32(0), 1);
        assertFalse(found);
        assertEq(id, idFirst, "continue from here");
        (found, id) = helper.getNextExecutableOperationId(id, 1);
        assertTrue(found);
        assertEq(id, idFirst);

        _execute(first);
        (found, id) = helper.getNextExecutableOperationId(bytes32(0), 10);
        assertTrue(found);
        assertEq(id, idSecond);
    }

    function test_helper_reverts() public {
        IPasTimelockHelper helper = IPasTimelockHelper(address(new TimelockHelper(address(timelock))));
        vm.expectRevert("TimelockHelper/zero-maxIterations");
        helper.getNextExecutableOperationId(bytes32(0), 0);
        vm.expectRevert("TimelockHelper/invalid-startId");
        helper.getNextExecutableOperationId(keccak256("not listed"), 1);
    }

    /// @dev Executing a batch calls its targets with the given values, and a failing call reverts the whole batch
    ///      (which then stays listed).
    function test_executeBatch_failingCallKeepsItListed() public {
        // setCBeamForRateLimits of an unregistered RateLimits reverts in BeamState.
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) =
            _batch(address(beamState), abi.encodeCall(IBeamState.setCBeamForRateLimits, (address(0x1), GOV_OPS)));
        vm.prank(CORE_COUNCIL);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), MIN_DELAY);
        vm.warp(block.timestamp + MIN_DELAY);
        // The Timelock holds DELAYED, which does not include setCBeamForRateLimits (an IMMEDIATE action).
        vm.prank(OUTSIDER);
        vm.expectRevert("BeamState/role-not-authorized");
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32(0));
        assertEq(timelock.getOperationsCount(), 1);
    }
}
