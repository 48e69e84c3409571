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

    // The writers below are assembly, without checked arithmetic: packing a 1,000-class plan's answers ran about 60,000
    // EVM steps a class in the Solidity version (checked additions, a call per halving step), more than all the reads
    // of the class together (docs/reconciler-scale.md, Session 7 lens14). Positions stay far below 2^64: no overflow.

    /// @dev `value`'s low `size` bytes (1–8), big-endian.
    function uintN(uint256 p, uint256 value, uint256 size) internal pure returns (uint256 q) {
        assembly ("memory-safe") {
            mstore(p, shl(sub(256, shl(3, size)), value))
            q := add(p, size)
        }
    }

    function flag(uint256 p, bool value) internal pure returns (uint256 q) {
        assembly ("memory-safe") {
            mstore8(p, value)
            q := add(p, 1)
        }
    }

    function addr(uint256 p, address a) internal pure returns (uint256 q) {
        assembly ("memory-safe") {
            mstore(p, shl(96, a))
            q := add(p, 20)
        }
    }

    /// @dev A length byte n, then the first n bytes (up to the last non-zero one).
    function b32(uint256 p, bytes32 v) internal pure returns (uint256 q) {
        assembly ("memory-safe") {
            switch v
            case 0 {
                mstore8(p, 0)
                q := add(p, 1)
            }
            default {
                // n = 32 - (trailing zero bytes), found by halving
                let x := v
                let n := 32
                if iszero(and(x, 0xffffffffffffffffffffffffffffffff)) {
                    x := shr(128, x)
                    n := 16
                }
                if iszero(and(x, 0xffffffffffffffff)) {
                    x := shr(64, x)
                    n := sub(n, 8)
                }
                if iszero(and(x, 0xffffffff)) {
                    x := shr(32, x)
                    n := sub(n, 4)
                }
                if iszero(and(x, 0xffff)) {
                    x := shr(16, x)
                    n := sub(n, 2)
                }
                if iszero(and(x, 0xff)) { n := sub(n, 1) }
                mstore8(p, n)
                mstore(add(p, 1), v)
                q := add(add(p, 1), n)
            }
        }
    }

    /// @dev A length byte n, then the value's last n bytes (no leading zero bytes).
    function u256(uint256 p, uint256 v) internal pure returns (uint256 q) {
        assembly ("memory-safe") {
            switch v
            case 0 {
                mstore8(p, 0)
                q := add(p, 1)
            }
            default {
                // n = the value's length in bytes, found by halving
                let x := v
                let n := 1
                if gt(x, 0xffffffffffffffffffffffffffffffff) {
                    x := shr(128, x)
                    n := 17
                }
                if gt(x, 0xffffffffffffffff) {
                    x := shr(64, x)
                    n := add(n, 8)
                }
                if gt(x, 0xffffffff) {
                    x := shr(32, x)
                    n := add(n, 4)
                }
                if gt(x, 0xffff) {
                    x := shr(16, x)
                    n := add(n, 2)
                }
                if gt(x, 0xff) { n := add(n, 1) }
                mstore8(p, n)
                mstore(add(p, 1), shl(sub(256, shl(3, n)), v))
                q := add(add(p, 1), n)
            }
        }
    }

    /// @dev A 4-byte length, then the bytes.
    function str(uint256 p, bytes memory s) internal pure returns (uint256 q) {
        assembly ("memory-safe") {
            let n := mload(s)
            mstore(p, shl(224, n))
            mcopy(add(p, 4), add(s, 32), n)
            q := add(add(p, 4), n)
        }
    }
}
