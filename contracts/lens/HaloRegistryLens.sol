// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloRegistry} from "../src/interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../src/interfaces/ITemplateRegistry.sol";
import {LensPack} from "./LensPack.sol";

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
///      Packed format (LensPack.sol): a header `list` (1 byte) and the record count (4 bytes), then the records
///      field by field in the order of their struct (enums as 1 byte); a DealInfo is 1 byte 0 (every field zero: an
///      LCTS unit) or 1 followed by its fields.
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

    // ---- packing (contracts/lens/LensPack.sol): the records are already in memory, nothing is allocated between
    // _begin and LensPack.end ----

    function _packTemplates(ITemplateRegistry.TemplateVersion[] memory records) private pure returns (bytes memory) {
        (uint256 start, uint256 p) = _begin(TEMPLATES, records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            p = _template(p, records[i]);
        }
        return LensPack.end(start, p);
    }

    function _template(uint256 p, ITemplateRegistry.TemplateVersion memory t) private pure returns (uint256) {
        p = LensPack.b32(p, t.templateId);
        p = LensPack.uintN(p, t.version, 4);
        p = LensPack.uintN(p, uint8(t.status), 1);
        p = LensPack.addr(p, t.proposer);
        p = LensPack.uintN(p, t.proposedAt, 8);
        p = LensPack.uintN(p, t.statusChangedAt, 8);
        ITemplateRegistry.TemplateSpec memory s = t.spec;
        p = LensPack.b32(p, s.kind);
        p = _b32s(p, s.beaconKinds);
        p = _components(p, s.classComponents);
        p = _components(p, s.unitComponents);
        p = _ranges(p, s.classRanges);
        p = _ranges(p, s.unitRanges);
        p = LensPack.uintN(p, s.day0Limits.length, 4);
        for (uint256 j = 0; j < s.day0Limits.length; ++j) {
            p = LensPack.b32(p, s.day0Limits[j].flow);
            p = LensPack.u256(p, s.day0Limits[j].maxAmount);
            p = LensPack.u256(p, s.day0Limits[j].slope);
        }
        p = LensPack.uintN(p, s.day0Cycles, 4);
        p = LensPack.b32(p, s.audit.hash);
        p = LensPack.str(p, bytes(s.audit.uri));
        p = LensPack.uintN(p, s.depositAssets.length, 4);
        for (uint256 j = 0; j < s.depositAssets.length; ++j) {
            p = LensPack.addr(p, s.depositAssets[j]);
        }
        return p;
    }

    function _packAgents(IHaloRegistry.AgentRecord[] memory records) private pure returns (bytes memory) {
        (uint256 start, uint256 p) = _begin(AGENTS, records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            IHaloRegistry.AgentRecord memory a = records[i];
            p = LensPack.b32(p, a.agentId);
            p = LensPack.addr(p, a.operator);
            p = _artifact(p, a.artifact);
            p = LensPack.uintN(p, a.registeredAt, 8);
            p = _b32s(p, a.classIds);
        }
        return LensPack.end(start, p);
    }

    function _packClasses(IHaloRegistry.ClassRecord[] memory records) private pure returns (bytes memory) {
        (uint256 start, uint256 p) = _begin(CLASSES, records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            p = _class(p, records[i]);
        }
        return LensPack.end(start, p);
    }

    function _class(uint256 p, IHaloRegistry.ClassRecord memory c) private pure returns (uint256) {
        p = LensPack.b32(p, c.classId);
        p = LensPack.b32(p, c.agentId);
        p = LensPack.b32(p, c.kind);
        p = LensPack.b32(p, c.templateId);
        p = LensPack.uintN(p, c.templateVersion, 4);
        p = LensPack.uintN(p, uint8(c.origin), 1);
        p = LensPack.uintN(p, c.conformsToTemplate ? 1 : 0, 1);
        p = LensPack.addr(p, c.almProxy);
        p = LensPack.addr(p, c.controller);
        p = LensPack.uintN(p, c.recordedAt, 8);
        p = LensPack.addr(p, c.rateLimits);
        p = LensPack.addr(p, c.operator);
        p = LensPack.addr(p, c.freezer);
        p = LensPack.addr(p, c.govOps);
        p = LensPack.addr(p, c.depositAsset);
        p = LensPack.b32(p, c.paramsHash);
        p = _named(p, c.contracts);
        p = LensPack.uintN(p, c.beacons.length, 4);
        for (uint256 j = 0; j < c.beacons.length; ++j) {
            p = LensPack.b32(p, c.beacons[j].kind);
            p = LensPack.addr(p, c.beacons[j].operator);
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
        return LensPack.end(start, p);
    }

    function _unit(uint256 p, IHaloRegistry.UnitRecord memory u) private pure returns (uint256) {
        p = LensPack.b32(p, u.unitId);
        p = LensPack.b32(p, u.classId);
        p = LensPack.uintN(p, uint8(u.origin), 1);
        p = LensPack.uintN(p, u.recordedAt, 8);
        p = LensPack.b32(p, u.paramsHash);
        p = _named(p, u.contracts);
        IHaloRegistry.DealInfo memory d = u.deal;
        if (
            d.dealToken == address(0) && d.tokenId == 0 && d.depositor == address(0) && d.principal == 0
                && d.bookId == bytes32(0) && d.termsHash == bytes32(0)
        ) {
            p = LensPack.uintN(p, 0, 1);
        } else {
            p = LensPack.uintN(p, 1, 1);
            p = LensPack.addr(p, d.dealToken);
            p = LensPack.u256(p, d.tokenId);
            p = LensPack.addr(p, d.depositor);
            p = LensPack.u256(p, d.principal);
            p = LensPack.b32(p, d.bookId);
            p = LensPack.b32(p, d.termsHash);
        }
        p = _artifact(p, u.artifact);
        p = _day0(p, u.day0);
        return p;
    }

    // ---- composite fields ----

    function _artifact(uint256 p, IHaloRegistry.Artifact memory a) private pure returns (uint256) {
        p = LensPack.str(p, bytes(a.uri));
        return LensPack.b32(p, a.sha256);
    }

    function _day0(uint256 p, IHaloRegistry.Day0Status memory d) private pure returns (uint256) {
        p = LensPack.uintN(p, d.cycles, 4);
        p = LensPack.uintN(p, d.reviewCount, 4);
        return LensPack.uintN(p, d.endedAt, 8);
    }

    function _named(uint256 p, IHaloRegistry.NamedAddress[] memory list) private pure returns (uint256) {
        p = LensPack.uintN(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = LensPack.b32(p, list[j].name);
            p = LensPack.addr(p, list[j].addr);
        }
        return p;
    }

    function _components(uint256 p, ITemplateRegistry.Component[] memory list) private pure returns (uint256) {
        p = LensPack.uintN(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = LensPack.b32(p, list[j].name);
            p = LensPack.addr(p, list[j].implementation);
            p = LensPack.b32(p, list[j].codeHash);
        }
        return p;
    }

    function _ranges(uint256 p, ITemplateRegistry.ParamRange[] memory list) private pure returns (uint256) {
        p = LensPack.uintN(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = LensPack.b32(p, list[j].name);
            p = LensPack.u256(p, list[j].min);
            p = LensPack.u256(p, list[j].max);
        }
        return p;
    }

    function _b32s(uint256 p, bytes32[] memory list) private pure returns (uint256) {
        p = LensPack.uintN(p, list.length, 4);
        for (uint256 j = 0; j < list.length; ++j) {
            p = LensPack.b32(p, list[j]);
        }
        return p;
    }

    /// @dev The output's start and its header: the list, then the record count.
    function _begin(uint8 list, uint256 count) private pure returns (uint256 start, uint256 p) {
        start = LensPack.begin();
        p = LensPack.uintN(start, list, 1);
        p = LensPack.uintN(p, count, 4);
    }
}
