// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title BlobStore — write-once bytes kept as the code of a data contract ("SSTORE2")
/// @notice Storing a record that never changes as contract code costs 200 gas per byte (plus 32,000 for the
///         creation) instead of 22,100 per 32-byte slot: about 3 times less for a record of a kilobyte (PrototypeGas
///         bench: 252,908 gas for a 1,089-byte record, which would take 35 slots, 773,500). Reading it back is one
///         EXTCODECOPY. The data contract's code starts with a STOP byte, so calling it does nothing
///         and it holds no ether-moving or self-destructing code; nobody can change it after creation.
library BlobStore {
    /// @notice The data does not fit in one contract's code (EIP-170: 24,576 bytes, one taken by the STOP byte).
    error BlobStore_TooLarge(uint256 length);
    /// @notice The data contract could not be created.
    error BlobStore_CreateFailed();
    /// @notice `pointer` holds no blob.
    error BlobStore_NoBlob(address pointer);

    uint256 private constant _MAX_CODE = 24_576;

    /// @notice Create a data contract whose code is `0x00 ++ data`; returns its address.
    function write(bytes memory data) internal returns (address pointer) {
        uint256 codeLength = data.length + 1;
        if (codeLength > _MAX_CODE) revert BlobStore_TooLarge(data.length);
        // Creation code (12 bytes), then the runtime code it returns:
        //   PUSH2 len, DUP1, PUSH1 12, PUSH1 0, CODECOPY   // memory[0, len) = code[12, 12 + len)
        //   PUSH1 0, RETURN                                // return memory[0, len)
        bytes memory creation = abi.encodePacked(hex"61", uint16(codeLength), hex"80600c6000396000f3", hex"00", data);
        assembly ("memory-safe") {
            pointer := create(0, add(creation, 0x20), mload(creation))
        }
        if (pointer == address(0)) revert BlobStore_CreateFailed();
    }

    /// @notice The bytes stored at `pointer` by `write`.
    function read(address pointer) internal view returns (bytes memory data) {
        uint256 codeLength = pointer.code.length;
        if (codeLength == 0) revert BlobStore_NoBlob(pointer);
        uint256 size = codeLength - 1;
        data = new bytes(size);
        assembly ("memory-safe") {
            extcodecopy(pointer, add(data, 0x20), 1, size)
        }
    }
}
