// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BEAMTimeLock} from "../../src/configurator/BEAMTimeLock.sol";
import {IBEAMTimeLock} from "../../src/interfaces/IBEAMTimeLock.sol";
import {ConfiguratorTestBase} from "./ConfiguratorTestBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC1155Receiver} from "@openzeppelin/contracts/token/ERC1155/IERC1155Receiver.sol";

/// @notice Something for the timelock to call.
contract Target {
    uint256 public value;

    function set(uint256 v) external {
        value = v;
    }
}

contract BEAMTimeLockTest is ConfiguratorTestBase {
    Target internal target;
    bytes32 internal pauserRole;
    bytes32 internal proposerRole;
    bytes32 internal executorRole;
    bytes32 internal cancellerRole;
    bytes32 internal adminRole;

    function setUp() public {
        _deployUnit(true, address(0));
        target = new Target();
        pauserRole = timelock.PAUSER_ROLE();
        proposerRole = timelock.PROPOSER_ROLE();
        executorRole = timelock.EXECUTOR_ROLE();
        cancellerRole = timelock.CANCELLER_ROLE();
        adminRole = timelock.DEFAULT_ADMIN_ROLE();
    }

    function _unauthorized(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, role);
    }

    function _schedule(uint256 v) internal returns (bytes32 id) {
        bytes memory data = abi.encodeCall(Target.set, (v));
        vm.prank(abeam);
        timelock.schedule(address(target), 0, data, bytes32(0), bytes32(v), DELAY);
        id = timelock.hashOperation(address(target), 0, data, bytes32(0), bytes32(v));
    }

    function _execute(uint256 v) internal {
        timelock.execute(address(target), 0, abi.encodeCall(Target.set, (v)), bytes32(0), bytes32(v));
    }

    function _batch(uint256 v)
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        targets = new address[](1);
        values = new uint256[](1);
        payloads = new bytes[](1);
        targets[0] = address(target);
        payloads[0] = abi.encodeCall(Target.set, (v));
    }

    // ---- constructor and roles ----

    function test_constructor_rolesAreEnumerable() public view {
        assertEq(timelock.getMinDelay(), DELAY);
        assertEq(timelock.DEFAULT_DELAY(), 14 days);
        assertEq(pauserRole, keccak256("PAUSER_ROLE"));
        // admins: the timelock itself (OZ self-administration) and governance
        assertEq(timelock.getRoleMemberCount(adminRole), 2);
        assertEq(timelock.getRoleMember(adminRole, 0), address(timelock));
        assertEq(timelock.getRoleMember(adminRole, 1), governance);
        // proposers are also cancellers (OZ) and pausers (this contract)
        bytes32[3] memory roles = [proposerRole, cancellerRole, pauserRole];
        for (uint256 i = 0; i < roles.length; ++i) {
            address[] memory members = timelock.getRoleMembers(roles[i]);
            assertEq(members.length, 2);
            assertEq(members[0], abeam);
            assertEq(members[1], abeam2);
        }
        assertEq(timelock.getRoleMemberCount(executorRole), 1);
        assertEq(timelock.getRoleMember(executorRole, 0), address(0), "open execution");
        assertFalse(timelock.paused());
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IBEAMTimeLock.BEAMTimeLock_ZeroAddress.selector, "admin"));
        new BEAMTimeLock(DELAY, _abeams(), _openExecutors(), address(0));
    }

    function test_supportsInterface() public view {
        assertTrue(timelock.supportsInterface(type(IBEAMTimeLock).interfaceId));
        assertTrue(timelock.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertTrue(timelock.supportsInterface(type(IAccessControl).interfaceId));
        assertTrue(timelock.supportsInterface(type(IERC1155Receiver).interfaceId));
        assertFalse(timelock.supportsInterface(0xdeadbeef));
    }

    function test_grantAndRevokeStayEnumerable() public {
        vm.prank(governance);
        timelock.grantRole(proposerRole, factory);
        assertEq(timelock.getRoleMemberCount(proposerRole), 3);
        assertEq(timelock.getRoleMember(proposerRole, 2), factory);
        assertFalse(timelock.hasRole(pauserRole, factory), "later proposers are not pausers");
        vm.prank(governance);
        timelock.revokeRole(proposerRole, abeam);
        assertEq(timelock.getRoleMemberCount(proposerRole), 2);
    }

    function test_grantRole_revertsOutsiderAndProposer() public {
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        timelock.grantRole(proposerRole, outsider);
        vm.expectRevert(_unauthorized(abeam, adminRole));
        vm.prank(abeam);
        timelock.grantRole(pauserRole, outsider);
    }

    // ---- the OZ flow, unpaused ----

    function test_scheduleAndExecuteAfterDelay() public {
        bytes32 id = _schedule(7);
        vm.warp(block.timestamp + DELAY - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        _execute(7);
        vm.warp(block.timestamp + 1);
        vm.prank(outsider); // open executor role
        _execute(7);
        assertEq(target.value(), 7);
        assertTrue(timelock.isOperationDone(id));
    }

    function test_schedule_revertsOutsider() public {
        vm.expectRevert(_unauthorized(outsider, proposerRole));
        vm.prank(outsider);
        timelock.schedule(address(target), 0, "", bytes32(0), bytes32(0), DELAY);
    }

    function test_schedule_revertsBelowMinDelay() public {
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockInsufficientDelay.selector, 1, DELAY));
        vm.prank(abeam);
        timelock.schedule(address(target), 0, "", bytes32(0), bytes32(0), 1);
    }

    function test_updateDelay_onlyThroughTheTimelock() public {
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnauthorizedCaller.selector, governance));
        vm.prank(governance);
        timelock.updateDelay(1 days);

        bytes memory data = abi.encodeCall(TimelockController.updateDelay, (1 days));
        vm.prank(abeam);
        timelock.schedule(address(timelock), 0, data, bytes32(0), bytes32(0), DELAY);
        vm.warp(block.timestamp + DELAY);
        timelock.execute(address(timelock), 0, data, bytes32(0), bytes32(0));
        assertEq(timelock.getMinDelay(), 1 days);
    }

    // ---- pause ----

    function test_pause() public {
        vm.expectEmit(address(timelock));
        emit IBEAMTimeLock.Paused(abeam2);
        vm.prank(abeam2);
        timelock.pause();
        assertTrue(timelock.paused());
    }

    function test_pause_revertsWhenPaused() public {
        vm.prank(abeam);
        timelock.pause();
        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_Paused.selector);
        vm.prank(abeam2);
        timelock.pause();
    }

    function test_pause_revertsOutsiderAndAdmin() public {
        vm.expectRevert(_unauthorized(outsider, pauserRole));
        vm.prank(outsider);
        timelock.pause();
        vm.expectRevert(_unauthorized(governance, pauserRole));
        vm.prank(governance);
        timelock.pause();
        assertFalse(timelock.paused());
    }

    function test_pause_blocksScheduleAndScheduleBatch() public {
        vm.prank(abeam);
        timelock.pause();
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _batch(1);
        vm.startPrank(abeam);
        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_Paused.selector);
        timelock.schedule(address(target), 0, payloads[0], bytes32(0), bytes32(0), DELAY);
        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_Paused.selector);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), DELAY);
        vm.stopPrank();
        assertFalse(timelock.isOperation(timelock.hashOperationBatch(targets, values, payloads, 0, 0)));
    }

    function test_pause_blocksExecuteAndExecuteBatch() public {
        _schedule(5);
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _batch(6);
        vm.prank(abeam);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), DELAY);
        vm.warp(block.timestamp + DELAY);
        vm.prank(abeam);
        timelock.pause();

        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_Paused.selector);
        _execute(5);
        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_Paused.selector);
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32(0));
        assertEq(target.value(), 0);

        vm.prank(governance);
        timelock.unpause();
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32(0));
        assertEq(target.value(), 6);
        _execute(5);
        assertEq(target.value(), 5);
    }

    function test_pause_cancelStillWorks() public {
        bytes32 id = _schedule(9);
        vm.prank(abeam);
        timelock.pause();
        vm.prank(abeam2);
        timelock.cancel(id);
        assertFalse(timelock.isOperation(id));
    }

    // ---- unpause ----

    function test_unpause() public {
        vm.prank(abeam);
        timelock.pause();
        vm.expectEmit(address(timelock));
        emit IBEAMTimeLock.Unpaused(governance);
        vm.prank(governance);
        timelock.unpause();
        assertFalse(timelock.paused());
    }

    function test_unpause_revertsWhenNotPaused() public {
        vm.expectRevert(IBEAMTimeLock.BEAMTimeLock_NotPaused.selector);
        vm.prank(governance);
        timelock.unpause();
    }

    function test_unpause_revertsPauserAndOutsider() public {
        vm.prank(abeam);
        timelock.pause();
        vm.expectRevert(_unauthorized(abeam, adminRole));
        vm.prank(abeam);
        timelock.unpause();
        vm.expectRevert(_unauthorized(outsider, adminRole));
        vm.prank(outsider);
        timelock.unpause();
        assertTrue(timelock.paused());
    }
}
