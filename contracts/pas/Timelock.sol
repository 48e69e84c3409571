// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

// Local stand-in of Sky's PAS Timelock for devnets and tests; not shipped. It reverts with PAS's strings (not the
// project's custom errors) because the reconciler must decode exactly what Sky's deployed contract returns.
/* solhint-disable gas-custom-errors */

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title Timelock — stand-in of PAS's Timelock (OpenZeppelin TimelockController + Pausable, batch only)
/// @notice Same ABI as `IPasTimelock` (`contracts/src/interfaces/pas/IPasTimelock.sol`), which documents every
///         function. It does not inherit the interface only because OpenZeppelin's base already declares most of its
///         members; `contracts/test/pas/Timelock.t.sol` calls everything through `IPasTimelock`.
/// @dev Differences from OpenZeppelin's TimelockController, as in PAS: batch only; no call may target the timelock;
///      the timelock is not its own admin; anyone executes; PAUSER_ROLE pauses, the admin unpauses and sets the delay
///      at once; pending operations are kept in a doubly linked list, in scheduling order, for keepers.
contract Timelock is TimelockController, Pausable {
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

    /// @dev A pending operation's neighbours in the list.
    struct Links {
        bytes32 prev;
        bytes32 next;
    }

    bytes32 private _first;
    bytes32 private _last;
    uint256 private _count;
    mapping(bytes32 id => Links) private _links;
    mapping(bytes32 id => bool) private _listed;
    mapping(bytes32 id => Operation) private _operations;

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
        _append(id);
        _operations[id] = Operation(targets, values, payloads, predecessor, salt);
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

    // --- pending-operation list ---

    /// @notice How many operations are pending.
    function getOperationsCount() external view returns (uint256) {
        return _count;
    }

    /// @notice The oldest pending operation (0 when none).
    function getFirstOperationId() external view returns (bytes32) {
        return _first;
    }

    /// @notice The newest pending operation (0 when none).
    function getLastOperationId() external view returns (bytes32) {
        return _last;
    }

    /// @notice The pending operation scheduled right after `id` (0 for the last or an unlisted id).
    function getNextOperationId(bytes32 id) external view returns (bytes32) {
        return _links[id].next;
    }

    /// @notice The pending operation scheduled right before `id` (0 for the first or an unlisted id).
    function getPrevOperationId(bytes32 id) external view returns (bytes32) {
        return _links[id].prev;
    }

    /// @notice Whether `id` is pending.
    function getOperationExists(bytes32 id) external view returns (bool) {
        return _listed[id];
    }

    /// @notice The pending operation `id` in full (empty when `id` is not pending).
    function getOperation(bytes32 id) external view returns (Operation memory op) {
        return _operations[id];
    }

    /// @notice The number of calls of the pending operation `id`.
    function getOperationLength(bytes32 id) external view returns (uint256) {
        return _operations[id].targets.length;
    }

    /// @notice Target of call `index` of the pending operation `id`.
    function getOperationTarget(bytes32 id, uint256 index) external view returns (address) {
        return _operations[id].targets[index];
    }

    /// @notice Value of call `index` of the pending operation `id`.
    function getOperationValue(bytes32 id, uint256 index) external view returns (uint256) {
        return _operations[id].values[index];
    }

    /// @notice Calldata of call `index` of the pending operation `id`.
    function getOperationPayload(bytes32 id, uint256 index) external view returns (bytes memory) {
        return _operations[id].payloads[index];
    }

    /// @notice The predecessor of the pending operation `id`.
    function getOperationPredecessor(bytes32 id) external view returns (bytes32) {
        return _operations[id].predecessor;
    }

    /// @notice The salt of the pending operation `id`.
    function getOperationSalt(bytes32 id) external view returns (bytes32) {
        return _operations[id].salt;
    }

    // --- internals ---

    /// @dev Appends `id` at the end. Never called for a listed id: OpenZeppelin refuses to schedule an id that is
    ///      pending or done, and a cancelled id has already left the list.
    function _append(bytes32 id) private {
        _listed[id] = true;
        _count += 1;
        bytes32 last = _last;
        if (last == bytes32(0)) {
            _first = id;
        } else {
            _links[id].prev = last;
            _links[last].next = id;
        }
        _last = id;
    }

    /// @dev Removes `id` and its stored batch, keeping the order of the others. Only called for a listed id: every
    ///      operation that can be cancelled or executed was scheduled through `scheduleBatch`.
    function _unlist(bytes32 id) private {
        Links memory links = _links[id];
        if (links.prev == bytes32(0)) _first = links.next;
        else _links[links.prev].next = links.next;
        if (links.next == bytes32(0)) _last = links.prev;
        else _links[links.next].prev = links.prev;
        delete _links[id];
        _listed[id] = false;
        _count -= 1;
        delete _operations[id];
    }
}
