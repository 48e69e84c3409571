// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @title IPasTimelock — the external ABI of Sky's PAS Timelock (`sky-ecosystem/pas`, `src/timelock/Timelock.sol`)
/// @notice Describes Sky's deployed contract as the Halo Factory and the reconciler call it; the local stand-in
///         (`contracts/pas/Timelock.sol`) has the same ABI. PAS's Timelock is OpenZeppelin's `TimelockController`
///         (v5) plus `Pausable`, changed as follows:
///         - batch only: `schedule` and `execute` always revert ("Timelock/use-scheduleBatch",
///           "Timelock/use-executeBatch");
///         - `scheduleBatch` refuses any target equal to the timelock ("Timelock/self-calls-disabled") and the
///           timelock does not hold DEFAULT_ADMIN_ROLE on itself, so proposals cannot change its configuration;
///         - EXECUTOR_ROLE is held by `address(0)`: anyone may `executeBatch` a ready operation;
///         - PAUSER_ROLE may `pause()`; DEFAULT_ADMIN_ROLE may `unpause()` and `updateDelayImmediately`; while
///           paused `scheduleBatch`, `cancel` and `executeBatch` revert (`EnforcedPause()`);
///         - it keeps the pending operations (scheduled, neither executed nor cancelled) in a doubly linked list in
///           scheduling order, with their batches, for keepers; PAS's separate `TimelockHelper` finds the next
///           executable one (see `IPasTimelockHelper`).
///         (Earlier PAS revisions listed operations in an EnumerableSet with `getNextExecutableOperation` /
///         `getOperationCount` / public `operations`; the current one, described here, does not have them.)
///         Roles as PAS deploys them: admin = Sky's PauseProxy; PROPOSER and CANCELLER = Core Council; PAUSER =
///         Core Council and PASMom. OpenZeppelin's own checks revert with its custom errors (declared below).
interface IPasTimelock is IAccessControl {
    /// @notice OpenZeppelin's operation states: Unset (never scheduled or cancelled), Waiting (scheduled, delay
    ///         not over), Ready (executable), Done (executed).
    enum OperationState {
        Unset,
        Waiting,
        Ready,
        Done
    }

    /// @notice A pending operation as stored for keepers (what `executeBatch` needs).
    struct Operation {
        address[] targets;
        uint256[] values;
        bytes[] payloads;
        bytes32 predecessor;
        bytes32 salt;
    }

    // --- events (OpenZeppelin TimelockController and Pausable) ---

    /// @notice Call `index` of operation `id` was scheduled.
    event CallScheduled(
        bytes32 indexed id,
        uint256 indexed index,
        address target,
        uint256 value,
        bytes data,
        bytes32 predecessor,
        uint256 delay
    );
    /// @notice Call `index` of operation `id` was executed.
    event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data);
    /// @notice Operation `id` was scheduled with the non-zero `salt`.
    event CallSalt(bytes32 indexed id, bytes32 salt);
    /// @notice Operation `id` was cancelled.
    event Cancelled(bytes32 indexed id);
    /// @notice The minimum delay changed.
    event MinDelayChange(uint256 oldDuration, uint256 newDuration);
    /// @notice `account` paused the timelock.
    event Paused(address account);
    /// @notice `account` unpaused the timelock.
    event Unpaused(address account);

    // --- errors (OpenZeppelin TimelockController and Pausable) ---

    /// @notice The batch arrays differ in length.
    error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values);
    /// @notice The requested delay is below the minimum delay.
    error TimelockInsufficientDelay(uint256 delay, uint256 minDelay);
    /// @notice The operation is not in one of the states of the bitmap `expectedStates`.
    error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates);
    /// @notice The predecessor operation is not done yet.
    error TimelockUnexecutedPredecessor(bytes32 predecessorId);
    /// @notice `updateDelay` was called by someone other than the timelock itself.
    error TimelockUnauthorizedCaller(address caller);
    /// @notice A call of an executed batch reverted without a reason.
    error FailedCall();
    /// @notice The timelock is paused.
    error EnforcedPause();
    /// @notice The timelock is not paused.
    error ExpectedPause();

    // --- role constants ---

    /// @notice `keccak256("PROPOSER_ROLE")`: may `scheduleBatch`.
    function PROPOSER_ROLE() external view returns (bytes32);
    /// @notice `keccak256("EXECUTOR_ROLE")`: held by `address(0)`, so execution is permissionless.
    function EXECUTOR_ROLE() external view returns (bytes32);
    /// @notice `keccak256("CANCELLER_ROLE")`: may `cancel` any pending operation.
    function CANCELLER_ROLE() external view returns (bytes32);
    /// @notice `keccak256("PAUSER_ROLE")`: may `pause`.
    function PAUSER_ROLE() external view returns (bytes32);
    /// @notice `bytes32(0)`: administers every role, may `unpause` and `updateDelayImmediately`.
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);

    // --- views ---

    /// @notice Whether `id` was ever scheduled (and not cancelled).
    function isOperation(bytes32 id) external view returns (bool);
    /// @notice Whether `id` is Waiting or Ready.
    function isOperationPending(bytes32 id) external view returns (bool);
    /// @notice Whether `id` is Ready (delay over, not executed).
    function isOperationReady(bytes32 id) external view returns (bool);
    /// @notice Whether `id` was executed.
    function isOperationDone(bytes32 id) external view returns (bool);
    /// @notice When `id` becomes ready (0 = unset, 1 = done).
    function getTimestamp(bytes32 id) external view returns (uint256);
    /// @notice The state of `id`.
    function getOperationState(bytes32 id) external view returns (OperationState);
    /// @notice The minimum delay (seconds) of every operation.
    function getMinDelay() external view returns (uint256);
    /// @notice The id of a single-call operation (kept by OpenZeppelin; single calls cannot be scheduled here).
    function hashOperation(address target, uint256 value, bytes calldata data, bytes32 predecessor, bytes32 salt)
        external
        pure
        returns (bytes32);
    /// @notice The id of a batch operation: `keccak256(abi.encode(targets, values, payloads, predecessor, salt))`.
    function hashOperationBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt
    ) external pure returns (bytes32);
    /// @notice Whether the timelock is paused.
    function paused() external view returns (bool);
    /// @notice ERC-165.
    function supportsInterface(bytes4 interfaceId) external view returns (bool);

    // --- token receiving (OpenZeppelin's ERC721Holder / ERC1155Holder and `receive`; unused by PAS) ---

    /// @notice Accepts ETH.
    receive() external payable;
    /// @notice Accepts ERC-721 tokens.
    function onERC721Received(address operator, address from, uint256 tokenId, bytes calldata data)
        external
        returns (bytes4);
    /// @notice Accepts ERC-1155 tokens.
    function onERC1155Received(address operator, address from, uint256 id, uint256 value, bytes calldata data)
        external
        returns (bytes4);
    /// @notice Accepts batches of ERC-1155 tokens.
    function onERC1155BatchReceived(
        address operator,
        address from,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external returns (bytes4);

    // --- pending-operation list (PAS additions) ---

    /// @notice How many operations are pending (scheduled, neither executed nor cancelled).
    function getOperationsCount() external view returns (uint256);
    /// @notice The oldest pending operation (`bytes32(0)` when none).
    function getFirstOperationId() external view returns (bytes32);
    /// @notice The newest pending operation (`bytes32(0)` when none).
    function getLastOperationId() external view returns (bytes32);
    /// @notice The pending operation scheduled right after `id` (`bytes32(0)` for the last or an unlisted id).
    function getNextOperationId(bytes32 id) external view returns (bytes32);
    /// @notice The pending operation scheduled right before `id` (`bytes32(0)` for the first or an unlisted id).
    function getPrevOperationId(bytes32 id) external view returns (bytes32);
    /// @notice Whether `id` is in the pending list.
    function getOperationExists(bytes32 id) external view returns (bool);
    /// @notice The pending operation `id` in full (all fields zero / empty when `id` is not pending).
    function getOperation(bytes32 id) external view returns (Operation memory op);
    /// @notice The number of calls of the pending operation `id` (0 when not pending).
    function getOperationLength(bytes32 id) external view returns (uint256);
    /// @notice Target of call `index` of the pending operation `id` (panics out of range).
    function getOperationTarget(bytes32 id, uint256 index) external view returns (address);
    /// @notice Value of call `index` of the pending operation `id` (panics out of range).
    function getOperationValue(bytes32 id, uint256 index) external view returns (uint256);
    /// @notice Calldata of call `index` of the pending operation `id` (panics out of range).
    function getOperationPayload(bytes32 id, uint256 index) external view returns (bytes memory);
    /// @notice The predecessor of the pending operation `id`.
    function getOperationPredecessor(bytes32 id) external view returns (bytes32);
    /// @notice The salt of the pending operation `id`.
    function getOperationSalt(bytes32 id) external view returns (bytes32);

    // --- proposer / canceller / executor ---

    /// @notice Always reverts "Timelock/use-scheduleBatch".
    function schedule(address target, uint256 value, bytes calldata data, bytes32 predecessor, bytes32 salt, uint256)
        external
        pure;
    /// @notice Schedule a batch to become executable after `delay` (≥ `getMinDelay()`). PROPOSER_ROLE only; not
    ///         while paused; reverts "Timelock/self-calls-disabled" if a target is the timelock. Adds the operation to
    ///         the pending list.
    function scheduleBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt,
        uint256 delay
    ) external;
    /// @notice Cancel the pending operation `id`. CANCELLER_ROLE only; not while paused. Removes it from the list.
    function cancel(bytes32 id) external;
    /// @notice Always reverts "Timelock/use-executeBatch".
    function execute(address target, uint256 value, bytes calldata payload, bytes32 predecessor, bytes32 salt)
        external
        payable;
    /// @notice Execute a ready batch. Anyone (EXECUTOR_ROLE is held by `address(0)`); not while paused. Removes it
    ///         from the pending list.
    function executeBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt
    ) external payable;

    // --- admin / pauser ---

    /// @notice OpenZeppelin's delay change: callable only by the timelock itself, which PAS never schedules (self
    ///         calls are refused), so in practice only reachable through `updateDelayImmediately`.
    function updateDelay(uint256 newDelay) external;
    /// @notice Set the minimum delay at once. DEFAULT_ADMIN_ROLE only.
    function updateDelayImmediately(uint256 newDelay) external;
    /// @notice Pause scheduling, cancelling and executing. PAUSER_ROLE only.
    function pause() external;
    /// @notice Unpause. DEFAULT_ADMIN_ROLE only.
    function unpause() external;
}
