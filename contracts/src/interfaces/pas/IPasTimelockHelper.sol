// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title IPasTimelockHelper — the external ABI of Sky's PAS TimelockHelper
///        (`sky-ecosystem/pas`, `src/timelock/helpers/TimelockHelper.sol`)
/// @notice Describes Sky's deployed contract; the local stand-in is `contracts/pas/TimelockHelper.sol`. A read-only
///         keeper aid: walks the PAS Timelock's pending list (`getFirstOperationId` / `getNextOperationId`) and
///         returns the first operation that is ready and whose predecessor, if any, is done. Best effort: a returned
///         operation may still fail when executed. Reverts "TimelockHelper/zero-maxIterations" and
///         "TimelockHelper/invalid-startId".
interface IPasTimelockHelper {
    /// @notice The PAS Timelock it reads.
    function timelock() external view returns (address);

    /// @notice Look at up to `maxIterations` (> 0) pending operations, starting at `startId` (itself included;
    ///         `bytes32(0)` = the first pending operation; otherwise it must be pending).
    /// @return found Whether an executable operation was found.
    /// @return id If found, that operation; otherwise where to continue a later scan (`bytes32(0)` when the list is
    ///         exhausted).
    function getNextExecutableOperationId(bytes32 startId, uint256 maxIterations)
        external
        view
        returns (bool found, bytes32 id);
}
