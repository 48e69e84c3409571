// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title LensPack
/// @notice The packed answer format of the lenses (HaloRegistryLens, HaloClassLens): big-endian, no padding, no
///         offsets. address: 20 bytes; bool / uint8: 1 byte; uint32: 4; uint64: 8; bytes32: a length byte n (up to
///         its last non-zero byte) and its first n bytes; uint256: a length byte n (without leading zero bytes) and
///         its last n bytes; string / bytes: a 4-byte length and the bytes; array: a 4-byte count and the elements.
/// @dev The output is written past the free memory pointer, which `end` moves over it: between `begin` and `end`
///      the caller must not allocate memory (the writers only read memory and mstore). Each writer writes at `p` and
///      returns the position after what it wrote.
library LensPack {
    /// @dev Where the output starts (after a length word at the free memory pointer).
    function begin() internal pure returns (uint256 start) {
        assembly ("memory-safe") {
            start := add(mload(0x40), 32)
        }
    }

    /// @dev Turns the bytes written from `start` to `p` into a `bytes` and allocates them.
    function end(uint256 start, uint256 p) internal pure returns (bytes memory out) {
        assembly ("memory-safe") {
            out := sub(start, 32)
            mstore(out, sub(p, start))
            mstore(0x40, and(add(p, 31), not(31)))
        }
    }

    /// @dev `value`'s low `size` bytes (1–8), big-endian.
    function uintN(uint256 p, uint256 value, uint256 size) internal pure returns (uint256) {
        assembly ("memory-safe") {
            mstore(p, shl(sub(256, mul(size, 8)), value))
        }
        return p + size;
    }

    function flag(uint256 p, bool value) internal pure returns (uint256) {
        return uintN(p, value ? 1 : 0, 1);
    }

    function addr(uint256 p, address a) internal pure returns (uint256) {
        assembly ("memory-safe") {
            mstore(p, shl(96, a))
        }
        return p + 20;
    }

    /// @dev A length byte n, then the first n bytes (up to the last non-zero one).
    function b32(uint256 p, bytes32 v) internal pure returns (uint256) {
        // n = 32 - (trailing zero bytes), found by halving (a byte loop costs ~1,000 gas a value on the node)
        uint256 x = uint256(v);
        uint256 n = 0;
        if (x != 0) {
            n = 32;
            if (uint128(x) == 0) {
                x >>= 128;
                n -= 16;
            }
            if (uint64(x) == 0) {
                x >>= 64;
                n -= 8;
            }
            if (uint32(x) == 0) {
                x >>= 32;
                n -= 4;
            }
            if (uint16(x) == 0) {
                x >>= 16;
                n -= 2;
            }
            if (uint8(x) == 0) n -= 1;
        }
        assembly ("memory-safe") {
            mstore8(p, n)
            mstore(add(p, 1), v)
        }
        return p + 1 + n;
    }

    /// @dev A length byte n, then the value's last n bytes (no leading zero bytes).
    function u256(uint256 p, uint256 v) internal pure returns (uint256) {
        // n = the value's length in bytes, found by halving
        uint256 x = v;
        uint256 n = 0;
        if (x >> 128 != 0) {
            x >>= 128;
            n += 16;
        }
        if (x >> 64 != 0) {
            x >>= 64;
            n += 8;
        }
        if (x >> 32 != 0) {
            x >>= 32;
            n += 4;
        }
        if (x >> 16 != 0) {
            x >>= 16;
            n += 2;
        }
        if (x >> 8 != 0) {
            x >>= 8;
            n += 1;
        }
        if (x != 0) n += 1;
        assembly ("memory-safe") {
            mstore8(p, n)
            if n { mstore(add(p, 1), shl(sub(256, mul(n, 8)), v)) }
        }
        return p + 1 + n;
    }

    /// @dev A 4-byte length, then the bytes.
    function str(uint256 p, bytes memory s) internal pure returns (uint256) {
        uint256 n = s.length;
        p = uintN(p, n, 4);
        assembly ("memory-safe") {
            mcopy(p, add(s, 32), n)
        }
        return p + n;
    }
}
