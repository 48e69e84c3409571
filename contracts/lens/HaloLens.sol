// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title HaloLens
/// @notice A read-only batch reader for the reconciler: runs many view calls in ONE `eth_call` at one block.
/// @dev Never deployed. Run through `eth_call` either with a state override placing the runtime code at a fixed
///      address (`read`), or "deployless": an `eth_call` without `to` whose data is the creation code followed by
///      the ABI-encoded calls; the constructor does the reads and returns the encoded results with an assembly
///      `return`, so nothing is ever created. Every read is a STATICCALL: the lens cannot change state. A failed
///      read is reported (success = false, its revert data) rather than failing the batch, so the reader can
///      surface it exactly as the per-call refresh would.
contract HaloLens {
    /// @notice One read: `target.staticcall(data)`.
    struct Call {
        address target;
        bytes data;
    }

    /// @notice The batch ran out of gas at read `index`: a read that fails for want of gas is not a revert of
    ///         its target, so the whole batch is refused and the reader retries with a smaller slice.
    /// @param index The read that ran short.
    error LensOutOfGas(uint256 index);

    /// @notice The outcome of one read: success, and the return data (or the revert data).
    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice Deployless mode: performs `calls` and returns `abi.encode(Result[])` as the "created" code.
    /// @param calls The reads, in order.
    constructor(Call[] memory calls) {
        bytes memory out = abi.encode(_read(calls));
        assembly ("memory-safe") {
            return(add(out, 32), mload(out))
        }
    }

    /// @notice State-override mode: performs `calls` in order.
    /// @param calls The reads, in order.
    /// @return results One result per call, same order.
    function read(Call[] calldata calls) external view returns (Result[] memory results) {
        Call[] memory copy = calls;
        return _read(copy);
    }

    function _read(Call[] memory calls) private view returns (Result[] memory results) {
        results = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            uint256 before = gasleft();
            (bool ok, bytes memory ret) = calls[i].target.staticcall(calls[i].data);
            // EIP-150: a call given 63/64 of `before` that failed with at most 1/64 left may have failed for gas.
            if (!ok && gasleft() <= before / 63) revert LensOutOfGas(i);
            results[i] = Result(ok, ret);
        }
    }
}
