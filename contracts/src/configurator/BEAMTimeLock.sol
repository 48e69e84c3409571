// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IBEAMTimeLock} from "../interfaces/IBEAMTimeLock.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title BEAMTimeLock
/// @notice OpenZeppelin's TimelockController with enumerable roles and an emergency pause.
/// @dev Roles after construction:
///      - DEFAULT_ADMIN_ROLE: the timelock itself (self-administration, as in OZ) and `admin` (governance). `admin`
///        is mandatory here because it is the only account that can lift a pause: the timelock can not execute
///        its own unpause while paused.
///      - PROPOSER_ROLE + CANCELLER_ROLE: `proposers` (aBEAM), as in OZ.
///      - PAUSER_ROLE: `proposers` as well, so every aBEAM can stop the timelock on day one. Other proposers
///        granted later (e.g. the Halo Factory) do not get PAUSER_ROLE implicitly.
///      - EXECUTOR_ROLE: `executors`; `address(0)` opens execution to anyone (OZ semantics).
///      Cancelling and role administration stay possible while paused: both are how governance cleans up
///      the operation or the proposer that made it pause.
contract BEAMTimeLock is IBEAMTimeLock, TimelockController, AccessControlEnumerable {
    /// @inheritdoc IBEAMTimeLock
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @inheritdoc IBEAMTimeLock
    uint256 public constant DEFAULT_DELAY = 14 days;

    /// @inheritdoc IBEAMTimeLock
    bool public paused;

    modifier whenNotPaused() {
        if (paused) revert BEAMTimeLock_Paused();
        _;
    }

    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {
        if (admin == address(0)) revert BEAMTimeLock_ZeroAddress("admin");
        for (uint256 i = 0; i < proposers.length; ++i) {
            _grantRole(PAUSER_ROLE, proposers[i]);
        }
    }

    /// @inheritdoc IBEAMTimeLock
    function pause() external onlyRole(PAUSER_ROLE) whenNotPaused {
        paused = true;
        emit Paused(msg.sender);
    }

    /// @inheritdoc IBEAMTimeLock
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!paused) revert BEAMTimeLock_NotPaused();
        paused = false;
        emit Unpaused(msg.sender);
    }

    /// @notice OZ `schedule`, refused while paused.
    function schedule(
        address target,
        uint256 value,
        bytes calldata data,
        bytes32 predecessor,
        bytes32 salt,
        uint256 delay
    ) public override whenNotPaused {
        super.schedule(target, value, data, predecessor, salt, delay);
    }

    /// @notice OZ `scheduleBatch`, refused while paused.
    function scheduleBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt,
        uint256 delay
    ) public override whenNotPaused {
        super.scheduleBatch(targets, values, payloads, predecessor, salt, delay);
    }

    /// @notice OZ `execute`, refused while paused.
    function execute(address target, uint256 value, bytes calldata payload, bytes32 predecessor, bytes32 salt)
        public
        payable
        override
        whenNotPaused
    {
        super.execute(target, value, payload, predecessor, salt);
    }

    /// @notice OZ `executeBatch`, refused while paused.
    function executeBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt
    ) public payable override whenNotPaused {
        super.executeBatch(targets, values, payloads, predecessor, salt);
    }

    /// @inheritdoc TimelockController
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(TimelockController, AccessControlEnumerable)
        returns (bool)
    {
        return interfaceId == type(IBEAMTimeLock).interfaceId || super.supportsInterface(interfaceId);
    }

    function _grantRole(bytes32 role, address account)
        internal
        override(AccessControl, AccessControlEnumerable)
        returns (bool)
    {
        return super._grantRole(role, account);
    }

    function _revokeRole(bytes32 role, address account)
        internal
        override(AccessControl, AccessControlEnumerable)
        returns (bool)
    {
        return super._revokeRole(role, account);
    }
}
