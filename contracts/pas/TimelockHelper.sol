// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

// Local stand-in of Sky's PAS TimelockHelper for devnets and tests; not shipped. It reverts with PAS's strings (not
// the project's custom errors) because the reconciler must decode exactly what Sky's deployed contract returns.
/* solhint-disable gas-custom-errors */

import {IPasTimelock} from "../src/interfaces/pas/IPasTimelock.sol";
import {IPasTimelockHelper} from "../src/interfaces/pas/IPasTimelockHelper.sol";

/// @title TimelockHelper — stand-in of PAS's TimelockHelper (same ABI, result and revert strings)
contract TimelockHelper is IPasTimelockHelper {
    /// @inheritdoc IPasTimelockHelper
    address public immutable timelock;

    /// @param timelock_ The PAS Timelock to read.
    constructor(address timelock_) {
        timelock = timelock_;
    }

    /// @inheritdoc IPasTimelockHelper
    function getNextExecutableOperationId(bytes32 startId, uint256 maxIterations)
        external
        view
        returns (bool found, bytes32 id)
    {
        IPasTimelock tl = IPasTimelock(payable(timelock));
        require(maxIterations > 0, "TimelockHelper/zero-maxIterations");
        require(startId == bytes32(0) || tl.getOperationExists(startId), "TimelockHelper/invalid-startId");

        id = startId == bytes32(0) ? tl.getFirstOperationId() : startId;
        for (uint256 seen = 0; id != bytes32(0) && seen < maxIterations; ++seen) {
            if (tl.isOperationReady(id)) {
                bytes32 predecessor = tl.getOperationPredecessor(id);
                if (predecessor == bytes32(0) || tl.isOperationDone(predecessor)) return (true, id);
            }
            id = tl.getNextOperationId(id);
        }
        return (false, id);
    }
}
