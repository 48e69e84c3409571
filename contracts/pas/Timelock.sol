// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

// Local stand-in of Sky's PAS Timelock for devnets and tests; not shipped. It reverts with PAS's strings (not the
// project's custom errors) because the reconciler must decode exactly what Sky's deployed contract returns.
/* solhint-disable gas-custom-errors */

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/// @title Timelock — stand-in of PAS's Timelock (OpenZeppelin TimelockController + Pausable, batch only)
/// @notice Same ABI as `IPasTimelock` (`contracts/src/interfaces/pas/IPasTimelock.sol`), which documents every
///         function. It does not inherit the interface only because OpenZeppelin's base already declares most of its
///         members; `contracts/test/pas/Timelock.t.sol` calls everything through `IPasTimelock`.
/// @dev Differences from OpenZeppelin's TimelockController, as in PAS: batch only; no call may target the timelock;
///      the timelock is not its own admin; anyone executes; PAUSER_ROLE pauses, the admin unpauses and sets the delay
///      at once; pending operations are listed for keepers.
contract Timelock is TimelockController, Pausable {
    using EnumerableSet for EnumerableSet.Bytes32Set;

    /// @notice `keccak256("PAUSER_ROLE")`: may `pause`.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice A pending operation as stored for keepers (what `executeBatch` needs).
    struct Operation {
        address[] targets;
        uint256[] values;
        bytes[] payloads;
        bytes32 predecessor;
        bytes32 salt;
    }

    EnumerableSet.Bytes32Set private _pending;

    /// @notice The pending operations by id (the getter returns `predecessor` and `salt`; see `getOperation`).
    mapping(bytes32 id => Operation) public operations;

    /// @param minDelay The minimum delay (seconds) of every operation.
    /// @param admin DEFAULT_ADMIN_ROLE (Sky's PauseProxy on mainnet); must not be zero.
    constructor(uint256 minDelay, address admin)
        TimelockController(minDelay, new address[](0), new address[](0), admin)
    {
        require(admin != address(0), "Timelock/admin-zero-address");
        // OpenZeppelin makes the timelock its own admin; PAS does not, so no proposal can reconfigure it.
        _revokeRole(DEFAULT_ADMIN_ROLE, address(this));
        // Execution is permissionless.
        _grantRole(EXECUTOR_ROLE, address(0));
    }

    // --- pausing and delay ---

    /// @notice Pause scheduling, cancelling and executing. PAUSER_ROLE only.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Unpause. DEFAULT_ADMIN_ROLE only.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    /// @notice Set the minimum delay at once. DEFAULT_ADMIN_ROLE only.
    /// @dev OpenZeppelin's `updateDelay` only accepts the timelock itself as caller, hence the external self call.
    function updateDelayImmediately(uint256 newDelay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        this.updateDelay(newDelay);
    }

    // --- scheduling ---

    /// @notice Single calls are not supported: always reverts "Timelock/use-scheduleBatch".
    function schedule(address, uint256, bytes calldata, bytes32, bytes32, uint256) public pure override {
        revert("Timelock/use-scheduleBatch");
    }

    /// @notice Schedule a batch (PROPOSER_ROLE; not while paused; no target may be the timelock) and list it.
    function scheduleBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt,
        uint256 delay
    ) public override whenNotPaused {
        for (uint256 i = 0; i < targets.length; ++i) {
            require(targets[i] != address(this), "Timelock/self-calls-disabled");
        }
        super.scheduleBatch(targets, values, payloads, predecessor, salt, delay);
        bytes32 id = hashOperationBatch(targets, values, payloads, predecessor, salt);
        _pending.add(id);
        operations[id] = Operation(targets, values, payloads, predecessor, salt);
    }

    /// @notice Cancel a pending operation (CANCELLER_ROLE; not while paused) and unlist it.
    function cancel(bytes32 id) public override whenNotPaused {
        super.cancel(id);
        _unlist(id);
    }

    // --- execution ---

    /// @notice Single calls are not supported: always reverts "Timelock/use-executeBatch".
    function execute(address, uint256, bytes calldata, bytes32, bytes32) public payable override {
        revert("Timelock/use-executeBatch");
    }

    /// @notice Execute a ready batch (anyone; not while paused) and unlist it.
    function executeBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt
    ) public payable override whenNotPaused {
        super.executeBatch(targets, values, payloads, predecessor, salt);
        _unlist(hashOperationBatch(targets, values, payloads, predecessor, salt));
    }

    // --- keeper helpers ---

    /// @notice The first listed operation that is ready and whose predecessor (if any) is done; 0 if none.
    /// @dev Best effort, as in PAS: a listed operation may still fail when executed.
    function getNextExecutableOperation() external view returns (bytes32 id) {
        return getNextExecutableOperation(0);
    }

    /// @notice As `getNextExecutableOperation()`, scanning at most the first `maxIterations` entries (0 = all).
    function getNextExecutableOperation(uint256 maxIterations) public view returns (bytes32 id) {
        uint256 count = _pending.length();
        if (maxIterations != 0 && maxIterations < count) count = maxIterations;
        for (uint256 i = 0; i < count; ++i) {
            bytes32 candidate = _pending.at(i);
            if (!isOperationReady(candidate)) continue;
            bytes32 before = operations[candidate].predecessor;
            if (before != bytes32(0) && !isOperationDone(before)) continue;
            return candidate;
        }
        return bytes32(0);
    }

    /// @notice How many operations are pending.
    function getOperationCount() external view returns (uint256) {
        return _pending.length();
    }

    /// @notice The pending operation `id` in full (empty when `id` is not pending).
    function getOperation(bytes32 id) external view returns (Operation memory op) {
        return operations[id];
    }

    function _unlist(bytes32 id) private {
        _pending.remove(id);
        delete operations[id];
    }
}
