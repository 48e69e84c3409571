// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {BlobStore} from "../../src/factory/BlobStore.sol";

/// @dev Exposes the library's internal functions.
contract BlobStoreHarness {
    function write(bytes memory data) external returns (address) {
        return BlobStore.write(data);
    }

    function read(address pointer) external view returns (bytes memory) {
        return BlobStore.read(pointer);
    }
}

contract BlobStoreTest is Test {
    BlobStoreHarness internal h = new BlobStoreHarness();

    function testFuzz_roundTrip(bytes memory data) public {
        address pointer = h.write(data);
        assertEq(pointer.code.length, data.length + 1);
        assertEq(uint8(pointer.code[0]), 0x00, "starts with STOP");
        assertEq(h.read(pointer), data);
    }

    function test_roundTrip_emptyAndLargest() public {
        assertEq(h.read(h.write("")), "");
        bytes memory largest = new bytes(24_575);
        largest[24_574] = 0x2a;
        assertEq(h.read(h.write(largest)), largest);
    }

    function test_write_tooLargeReverts() public {
        vm.expectRevert(abi.encodeWithSelector(BlobStore.BlobStore_TooLarge.selector, 24_576));
        h.write(new bytes(24_576));
    }

    /// @dev Creation fails (here: too little gas for the code deposit) → a named error, not a zero pointer.
    function test_write_createFailedReverts() public {
        bytes memory data = new bytes(4000);
        vm.expectRevert(BlobStore.BlobStore_CreateFailed.selector);
        h.write{gas: 500_000}(data);
    }

    function test_read_noBlobReverts() public {
        vm.expectRevert(abi.encodeWithSelector(BlobStore.BlobStore_NoBlob.selector, address(0xdead)));
        h.read(address(0xdead));
    }

    /// @dev Calling a blob runs STOP: it succeeds, returns nothing and keeps no value it could move.
    function test_blobIsInert() public {
        address pointer = h.write(hex"ff00f3");
        (bool ok, bytes memory ret) = pointer.call(hex"12345678");
        assertTrue(ok);
        assertEq(ret.length, 0);
    }
}
