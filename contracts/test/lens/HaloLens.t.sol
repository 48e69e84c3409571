// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {HaloLens} from "../../lens/HaloLens.sol";

contract LensTarget {
    uint256 public value = 42;

    error Nope(uint256 code);

    function fail() external pure {
        revert Nope(7);
    }

    function burn() external view returns (uint256 acc) {
        for (uint256 i = 0; i < 1_000_000; ++i) {
            acc ^= uint256(keccak256(abi.encode(i, address(this))));
        }
    }
}

/// @notice The reconciler's batch reader: every read is reported as the target answered it, one failing read does
///         not fail the batch, a read that runs short of gas fails the whole batch, and the deployless form returns
///         the same bytes as the state-override form.
contract HaloLensTest is Test {
    HaloLens internal lens;
    LensTarget internal target;

    function setUp() public {
        // What the reconciler's state override does: the runtime code at an address, no constructor run.
        lens = HaloLens(makeAddr("lens"));
        vm.etch(address(lens), vm.getDeployedCode("HaloLens.sol:HaloLens"));
        target = new LensTarget();
    }

    function _calls() internal view returns (HaloLens.Call[] memory calls) {
        calls = new HaloLens.Call[](2);
        calls[0] = HaloLens.Call(address(target), abi.encodeWithSignature("value()"));
        calls[1] = HaloLens.Call(address(target), abi.encodeCall(LensTarget.fail, ()));
    }

    function test_read_reportsEachReadAsAnswered() public view {
        HaloLens.Result[] memory r = lens.read(_calls());
        assertEq(r.length, 2);
        assertTrue(r[0].success);
        assertEq(abi.decode(r[0].returnData, (uint256)), 42);
        assertFalse(r[1].success);
        assertEq(r[1].returnData, abi.encodeWithSelector(LensTarget.Nope.selector, 7));
    }

    function test_read_emptyBatch() public view {
        assertEq(lens.read(new HaloLens.Call[](0)).length, 0);
    }

    function test_read_outOfGasFailsTheBatch() public {
        HaloLens.Call[] memory calls = new HaloLens.Call[](2);
        calls[0] = HaloLens.Call(address(target), abi.encodeWithSignature("value()"));
        calls[1] = HaloLens.Call(address(target), abi.encodeCall(LensTarget.burn, ()));
        vm.expectRevert(abi.encodeWithSelector(HaloLens.LensOutOfGas.selector, 1));
        lens.read{gas: 2_000_000}(calls);
    }

    function test_deployless_returnsTheSameBytesAsRead() public {
        HaloLens.Call[] memory calls = _calls();
        bytes memory expected = abi.encode(lens.read(calls));
        address created = address(new HaloLens(calls));
        assertEq(created.code, expected);
    }
}
