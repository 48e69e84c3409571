// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloRegistry} from "../src/interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../src/interfaces/ITemplateRegistry.sol";

/// @title HaloRegistryLens
/// @notice The reconciler's registry-page reader: one page of a registry list (template versions, agents, classes
///         or units), read through the registry's own page view and returned PACKED instead of ABI-encoded, so the
///         node sends about a third of the bytes (reconciler/chain/registry-packed.ts decodes it).
/// @dev Never deployed. Run through `eth_call` with a state override placing the runtime code at a fixed address
///      (`page`), or "deployless": an `eth_call` without `to` whose data is the creation code followed by the
///      ABI-encoded arguments; the constructor reads the page and returns `abi.encode(packed)` with an assembly
///      `return`, so nothing is ever created. The page is read with a high-level call (STATICCALL) from a view
///      function: the lens cannot change state, and a page read that reverts fails the call.
///
///      Packed format (big-endian, no padding, no offsets): a header `list` (1 byte) and the record count (4 bytes),
///      then the records field by field in the order of their struct:
///        - address: 20 bytes; bool / enum / uint8: 1 byte; uint32: 4 bytes; uint64: 8 bytes;
///        - bytes32: 1 length byte n (0–32: up to the last non-zero byte), then its first n bytes;
///        - uint256: 1 length byte n (0–32: without leading zero bytes), then its last n bytes;
///        - string: a 4-byte length, then its bytes;
///        - array: a 4-byte count, then the elements; struct: its fields;
///        - DealInfo: 1 byte 0 (every field zero: an LCTS unit) or 1 followed by its fields.
contract HaloRegistryLens {
    /// @notice The list a page is read from (the packed answer's first byte).
    uint8 public constant TEMPLATES = 1;
    uint8 public constant AGENTS = 2;
    uint8 public constant CLASSES = 3;
    uint8 public constant UNITS = 4;

    /// @notice `list` is not one of the four lists.
    /// @param list The value given.
    error HaloRegistryLens_UnknownList(uint8 list);

    /// @notice Deployless mode: reads the page and returns `abi.encode(packed)` as the "created" code.
    constructor(uint8 list, address registry, uint256 offset, uint256 limit) {
        bytes memory out = abi.encode(_page(list, registry, offset, limit));
        assembly ("memory-safe") {
            return(add(out, 32), mload(out))
        }
    }

    /// @notice State-override mode: `limit` records of `list` from `offset`, packed (see the contract's notes).
    /// @param list TEMPLATES (a TemplateRegistry), AGENTS, CLASSES or UNITS (a HaloRegistry).
    /// @param registry The registry to read.
    /// @param offset The page's first record.
    /// @param limit The page size.
    /// @return packed The page, packed.
    function page(uint8 list, address registry, uint256 offset, uint256 limit)
        external
        view
        returns (bytes memory packed)
    {
        return _page(list, registry, offset, limit);
    }

    /// @notice The packed form of a page as the registry ABI-encodes it (what `page` returns for that page).
    /// @param list TEMPLATES, AGENTS, CLASSES or UNITS.
    /// @param encoded `abi.encode(records)`: the registry's `get…Page` return data.
    /// @return packed The records, packed.
    function pack(uint8 list, bytes memory encoded) external pure returns (bytes memory packed) {
        if (list == TEMPLATES) return _packTemplates(abi.decode(encoded, (ITemplateRegistry.TemplateVersion[])));
        if (list == AGENTS) return _packAgents(abi.decode(encoded, (IHaloRegistry.AgentRecord[])));
        if (list == CLASSES) return _packClasses(abi.decode(encoded, (IHaloRegistry.ClassRecord[])));
        if (list == UNITS) return _packUnits(abi.decode(encoded, (IHaloRegistry.UnitRecord[])));
        revert HaloRegistryLens_UnknownList(list);
    }

    function _page(uint8 list, address registry, uint256 offset, uint256 limit) private view returns (bytes memory) {
        if (list == TEMPLATES) return _packTemplates(ITemplateRegistry(registry).getTemplatesPage(offset, limit));
        if (list == AGENTS) return _packAgents(IHaloRegistry(registry).getAgentsPage(offset, limit));
        if (list == CLASSES) return _packClasses(IHaloRegistry(registry).getClassesPage(offset, limit));
        if (list == UNITS) return _packUnits(IHaloRegistry(registry).getUnitsPage(offset, limit));
        revert HaloRegistryLens_UnknownList(list);
    }

    // ---- packing: records are already in memory; the output is written past the free memory pointer, which is
    // moved over it at the end (nothing is allocated in between: the writers below only read memory and mstore) ----

    function _packTemplates(ITemplateRegistry.TemplateVersion[] memory records) private pure returns (bytes memory) {
        (uint256 start, uint256 p) = _begin(TEMPLATES, records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            p = _template(p, records[i]);
        }
        return _end(start, p);
    }

    function _template(uint256 p, ITemplateRegistry.TemplateVersion memory t) private pure returns (uint256) {
        p = _b32(p, t.templateId);
        p = _uint(p, t.version, 4);
        p = _uint(p, uint8(t.status), 1);
        p = _addr(p, t.proposer);
        p = _uint(p, t.proposedAt, 8);
        p = _uint(p, t.statusChangedAt, 8);
        ITemplateRegistry.TemplateSpec memory s = t.spec;
        p = _b32(p, s.kind);
        p = _b32s(p, s.beaconKinds);
        p = _components(p, s.classComponents);
        p = _components(p, s.unitComponents);
        p = _ranges(p, s.classRanges);
        p = _ranges(p, s.unitRanges);
        p = _uint(p, s.day0Limits.length, 4);
        for (uint256 j = 0; j < s.day0Limits.length; ++j) {
            p = _b32(p, s.day0Limits[j].flow);
            p = _u256(p, s.day0Limits[j].maxAmount);
            p = _u256(p, s.day0Limits[j].slope);
        }
        p = _uint(p, s.day0Cycles, 4);
        p = _b32(p, s.audit.hash);
        p = _str(p, bytes(s.audit.uri));
        p = _uint(p, s.depositAssets.length, 4);
        for (uint256 j = 0; j < s.depositAssets.length; ++j) {
            p = _addr(p, s.depositAssets[j]);
        }
        return p;
    }

    function _packAgents(IHaloRegistry.AgentRecord[] memory records) private pure returns (bytes memory) {
        (uint256 start, uint256 p) = _begin(AGENTS, records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            IHaloRegistry.AgentRecord memory a = records[i];
            p = _b32(p, a.agentId);
            p = _addr(p, a.operator);
            p = _artifact(p, a.artifact);
            p = _uint(p, a.registeredAt, 8);
            p = _b32s(p, a.classIds);
        }
        return _end(start, p);
    }

    function _packClasses(IHaloRegistry.ClassRecord[] memory records) private pure returns (bytes memory) {
        (uint256 start, uint256 p) = _begin(CLASSES, records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            p = _class(p, records[i]);
        }
        return _end(start, p);
    }

    function _class(uint256 p, IHaloRegistry.ClassRecord memory c) private pure returns (uint256) {
        p = _b32(p, c.classId);
        p = _b32(p, c.agentId);
        p = _b32(p, c.kind);
        p = _b32(p, c.templateId);
        p = _uint(p, c.templateVersion, 4);
        p = _uint(p, uint8(c.origin), 1);
        p = _uint(p, c.conformsToTemplate ? 1 : 0, 1);
        p = _addr(p, c.almProxy);
        p = _addr(p, c.controller);
        p = _uint(p, c.recordedAt, 8);
        p = _addr(p, c.rateLimits);
        p = _addr(p, c.operator);
        p = _addr(p, c.freezer);
        p = _addr(p, c.govOps);
        p = _addr(p, c.depositAsset);
        p = _b32(p, c.paramsHash);
        p = _named(p, c.contracts);
        p = _uint(p, c.beacons.length, 4);
        for (uint256 j = 0; j < c.beacons.length; ++j) {
            p = _b32(p, c.beacons[j].kind);
            p = _addr(p, c.beacons[j].operator);
        }
        p = _artifact(p, c.artifact);
        p = _day0(p, c.day0);
        p = _b32s(p, c.unitIds);
        return p;
    }

    function _packUnits(IHaloRegistry.UnitRecord[] memory records) private pure returns (bytes memory) {
        (uint256 start, uint256 p) = _begin(UNITS, records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            p = _unit(p, records[i]);
        }
        return _end(start, p);
    }

    function _unit(uint256 p, IHaloRegistry.UnitRecord memory u) private pure returns (uint256) {
        p = _b32(p, u.unitId);
        p = _b32(p, u.classId);
        p = _uint(p, uint8(u.origin), 1);
        p = _uint(p, u.recordedAt, 8);
        p = _b32(p, u.paramsHash);
        p = _named(p, u.contracts);
        IHaloRegistry.DealInfo memory d = u.deal;
        if (
            d.dealToken == address(0) && d.tokenId == 0 && d.depositor == address(0) && d.principal == 0
                && d.bookId == bytes32(0) && d.termsHash == bytes32(0)
        ) {
            p = _uint(p, 0, 1);
        } else {
            p = _uint(p, 1, 1);
            p = _addr(p, d.dealToken);
            p = _u256(p, d.tokenId);
            p = _addr(p, d.depositor);
            p = _u256(p, d.principal);
            p = _b32(p, d.bookId);
            p = _b32(p, d.termsHash);
        }
        p = _artifact(p, u.artifact);
        p = _day0(p, u.day0);
        return p;
    }

    // ---- composite fields ----

    function _artifact(uint256 p, IHaloRegistry.Artifact memory a) private pure returns (uint256) {
        p = _str(p, bytes(a.uri));
        return _b32(p, a.sha256);
    }

    function _day0(uint256 p, IHaloRegistry.Day0Status memory d) private pure returns (uint256) {
        p = _uint(p, d.cycles, 4);
        p = _uint(p, d.reviewCount, 4);
        return _uint(p, d.endedAt, 8);
    }

    function _named(uint256 p, IHaloRegistry.NamedAddress[] memory list) private pure returns (uint256) {
        p = _uint(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = _b32(p, list[j].name);
            p = _addr(p, list[j].addr);
        }
        return p;
    }

    function _components(uint256 p, ITemplateRegistry.Component[] memory list) private pure returns (uint256) {
        p = _uint(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = _b32(p, list[j].name);
            p = _addr(p, list[j].implementation);
            p = _b32(p, list[j].codeHash);
        }
        return p;
    }

    function _ranges(uint256 p, ITemplateRegistry.ParamRange[] memory list) private pure returns (uint256) {
        p = _uint(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = _b32(p, list[j].name);
            p = _u256(p, list[j].min);
            p = _u256(p, list[j].max);
        }
        return p;
    }

    function _b32s(uint256 p, bytes32[] memory list) private pure returns (uint256) {
        p = _uint(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = _b32(p, list[j]);
        }
        return p;
    }

    // ---- primitive writers: each writes at memory position `p` and returns the position after it ----

    /// @dev The output starts at the free memory pointer (after a length word); the header is the list and count.
    function _begin(uint8 list, uint256 count) private pure returns (uint256 start, uint256 p) {
        assembly ("memory-safe") {
            start := add(mload(0x40), 32)
        }
        p = _uint(start, list, 1);
        p = _uint(p, count, 4);
    }

    /// @dev Turns the bytes written from `start` to `p` into a `bytes` and allocates them.
    function _end(uint256 start, uint256 p) private pure returns (bytes memory out) {
        assembly ("memory-safe") {
            out := sub(start, 32)
            mstore(out, sub(p, start))
            mstore(0x40, and(add(p, 31), not(31)))
        }
    }

    /// @dev `value`'s low `size` bytes (1–8 here), big-endian.
    function _uint(uint256 p, uint256 value, uint256 size) private pure returns (uint256) {
        assembly ("memory-safe") {
            mstore(p, shl(sub(256, mul(size, 8)), value))
        }
        return p + size;
    }

    function _addr(uint256 p, address a) private pure returns (uint256) {
        assembly ("memory-safe") {
            mstore(p, shl(96, a))
        }
        return p + 20;
    }

    /// @dev A length byte n, then the first n bytes (up to the last non-zero one).
    function _b32(uint256 p, bytes32 v) private pure returns (uint256) {
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
    function _u256(uint256 p, uint256 v) private pure returns (uint256) {
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
    function _str(uint256 p, bytes memory s) private pure returns (uint256) {
        uint256 n = s.length;
        p = _uint(p, n, 4);
        assembly ("memory-safe") {
            mcopy(p, add(s, 32), n)
        }
        return p + n;
    }
}
