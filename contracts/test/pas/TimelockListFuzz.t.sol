// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {PasFixture} from "./PasFixture.sol";

/// @notice Random sequences of scheduleBatch / cancel / executeBatch keep the Timelock's pending list equal to a
///         reference model (an array in scheduling order, removal keeps the others' order).
contract PasTimelockListFuzzTest is PasFixture {
    bytes32[] internal model;
    mapping(bytes32 id => address cBeam) internal cBeamOf;
    uint256 internal nonce;

    function setUp() public {
        _deployPas();
    }

    function _batchOf(address cBeam)
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        return _batch(address(beamState), abi.encodeCall(IBeamState.addCBeam, (cBeam)));
    }

    function _scheduleNew() internal {
        address cBeam = address(uint160(0x1000 + ++nonce));
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _batchOf(cBeam);
        vm.prank(CORE_COUNCIL);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), MIN_DELAY);
        bytes32 id = timelock.hashOperationBatch(targets, values, payloads, bytes32(0), bytes32(0));
        cBeamOf[id] = cBeam;
        model.push(id);
    }

    function _removeAt(uint256 index) internal {
        for (uint256 i = index; i + 1 < model.length; ++i) {
            model[i] = model[i + 1];
        }
        model.pop();
    }

    function _check() internal view {
        uint256 n = model.length;
        assertEq(timelock.getOperationsCount(), n, "count");
        assertEq(timelock.getFirstOperationId(), n == 0 ? bytes32(0) : model[0], "first");
        assertEq(timelock.getLastOperationId(), n == 0 ? bytes32(0) : model[n - 1], "last");
        // Walk forwards and backwards.
        bytes32 id = timelock.getFirstOperationId();
        for (uint256 i = 0; i < n; ++i) {
            assertEq(id, model[i], "forward");
            assertTrue(timelock.getOperationExists(id));
            assertEq(timelock.getOperationLength(id), 1);
            id = timelock.getNextOperationId(id);
        }
        assertEq(id, bytes32(0), "forward end");
        id = timelock.getLastOperationId();
        for (uint256 i = n; i > 0; --i) {
            assertEq(id, model[i - 1], "backward");
            id = timelock.getPrevOperationId(id);
        }
        assertEq(id, bytes32(0), "backward end");
    }

    function testFuzz_pendingList_matchesModel(uint256[] memory steps) public {
        vm.assume(steps.length > 0);
        uint256 count = steps.length > 40 ? 40 : steps.length;
        for (uint256 s = 0; s < count; ++s) {
            uint256 step = steps[s];
            uint256 action = step % 3;
            if (model.length == 0 || action == 0) {
                _scheduleNew();
            } else {
                uint256 index = (step / 3) % model.length;
                bytes32 id = model[index];
                if (action == 1) {
                    vm.prank(CORE_COUNCIL);
                    timelock.cancel(id);
                } else {
                    vm.warp(block.timestamp + MIN_DELAY);
                    (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _batchOf(cBeamOf[id]);
                    vm.prank(OUTSIDER);
                    timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32(0));
                    assertTrue(timelock.isOperationDone(id));
                }
                _removeAt(index);
                assertFalse(timelock.getOperationExists(id));
                assertEq(timelock.getOperation(id).targets.length, 0);
            }
            _check();
        }
    }
}
