// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../src/interfaces/IHaloController.sol";
import {IHaloFactory} from "../src/interfaces/IHaloFactory.sol";
import {ILctsQueue} from "../src/interfaces/ILctsQueue.sol";
import {INfatFacility} from "../src/interfaces/INfatFacility.sol";
import {IRateLimits} from "../src/interfaces/IRateLimits.sol";
import {IBeamState} from "../src/interfaces/pas/IBeamState.sol";
import {IPasConfigurator} from "../src/interfaces/pas/IPasConfigurator.sol";
import {IPasTimelock} from "../src/interfaces/pas/IPasTimelock.sol";
import {LensPack} from "./LensPack.sol";

/// @notice What the lens reads of a contract with enumerable roles (OpenZeppelin `AccessControlEnumerable`).
interface IRoleMembers {
    function getRoleMembers(bytes32 role) external view returns (address[] memory);
}

/// @notice Token metadata the lens reads (ERC-20 share tokens and the ERC-721 deal token).
interface INamed {
    function name() external view returns (string memory);
    function symbol() external view returns (string memory);
}

/// @notice What the lens reads of a share token besides its metadata.
interface IRateCap {
    function maxRateIncreaseBps() external view returns (uint256);
}

/// @title HaloClassLens
/// @notice The reconciler's typed per-class reader: the live state of a slice of classes (role members of every
///         (contract, role) asked for, PAS registration / SORL / cBEAM grants of the PAU, the factory's cBEAM grant
///         operation, the Term buybox and deal-token metadata, every rate-limit key's data, inits and `zzz`, transfer
///         destinations, every unit's queue / token fields and roles), enabled controller actions and timelock
///         operation timestamps, returned as one ABI-encoded value per call.
/// @dev Never deployed. Run through `eth_call` with a state override placing the runtime code at a fixed address
///      (`observe`), or "deployless": an `eth_call` without `to` whose data is the creation code followed by the
///      ABI-encoded arguments; the constructor does the reads and returns `abi.encode(observe(...))` with an assembly
///      `return`, so nothing is ever created. Every read is a high-level call from a view function (STATICCALL): the
///      lens cannot change state, and any read that reverts fails the whole call (out of gas included), which the
///      reader handles by halving the slice or falling back to one `eth_call` per read (which then reports the
///      failing read exactly). The caller decides WHAT is read (which roles, keys, candidates, destinations): the
///      lens only reads it, so the choice of reads and the mapping to resources stay in one place (the reconciler).
contract HaloClassLens {
    /// @notice The system contracts every read goes to (the factory may be zero: no grant operations are read).
    struct Context {
        address beamState;
        address configurator;
        address timelock;
        address factory;
    }

    /// @notice One (contract, role) whose members are read with `getRoleMembers`.
    struct RoleRead {
        address target;
        bytes32 role;
    }

    /// @notice One Portfolio unit: its queue (capacity, minimum deposit), its share token (rate cap, and name /
    ///         symbol when `names`), and the roles to read; a zero queue / token is not read.
    struct UnitQuery {
        address queue;
        address token;
        bool names;
        RoleRead[] roles;
    }

    /// @notice One class (or pre-factory PAU, with `classId` zero): what to read of it.
    struct ClassQuery {
        bytes32 classId; // zero: no grant operation is read
        address rateLimits;
        address controller;
        address facility; // zero: no buybox
        address dealToken; // zero: no deal-token metadata
        RoleRead[] roles;
        address[] candidates; // cBEAM candidates
        bytes32[] keys; // rate-limit keys on `rateLimits`
        address[] destinations; // isApprovedDestination on `controller`
        UnitQuery[] units;
    }

    /// @notice One enabled-controller-action check; a zero controller reads the scope-wide `initControllerActions`.
    struct ActionQuery {
        address controller;
        bytes32 key;
    }

    /// @notice A cBEAM candidate's state: `cBeams`, `rateLimitsCBeams`, `controllersCBeams` (0/1 as PAS stores them).
    struct GrantView {
        uint256 cBeam;
        uint256 onRateLimits;
        uint256 onController;
    }

    /// @notice One key of the class's RateLimits.
    struct LimitView {
        uint256 ownMaxAmount; // initRateLimits(key, rl)
        uint256 ownSlope;
        IBeamState.DefaultRateLimits init; // getInitRateLimits(key, rl) (address(0) fallback)
        IRateLimits.RateLimitData data; // rl.getRateLimitData(key)
        uint256 zzz; // Configurator.zzz(rl, key)
    }

    /// @notice One unit's live fields (zero / empty where its query named no contract or no names).
    struct UnitView {
        uint256 capacity;
        uint256 minDeposit;
        uint256 maxRateIncreaseBps;
        string name;
        string symbol;
        address[][] roleMembers;
    }

    /// @notice One class's live state, in the order of its query's lists.
    struct ClassView {
        address[][] roleMembers;
        uint256 rateLimitsRegistered;
        uint256 controllerRegistered;
        uint256 hop;
        uint256 maxChange;
        GrantView[] grants;
        IHaloFactory.GrantOperation grant;
        INfatFacility.Buybox buybox;
        string dealName;
        string dealSymbol;
        LimitView[] limits;
        bool[] destinations;
        UnitView[] units;
    }

    /// @notice Deployless mode: performs the reads and returns `abi.encode(classViews, actions, timestamps)`.
    constructor(
        Context memory ctx,
        ClassQuery[] memory classes,
        ActionQuery[] memory actions,
        bytes32[] memory operations
    ) {
        (ClassView[] memory c, bool[] memory a, uint256[] memory t) = _observe(ctx, classes, actions, operations);
        bytes memory out = abi.encode(c, a, t);
        assembly ("memory-safe") {
            return(add(out, 32), mload(out))
        }
    }

    /// @notice State-override mode: the live state of `classes`, the enabled state of `actions` and the Timelock
    ///         `getTimestamp` of `operations`, each in query order.
    /// @param ctx The system contracts.
    /// @param classes What to read per class.
    /// @param actions Controller-action checks.
    /// @param operations PAS Timelock operation ids.
    /// @return classViews One per class query.
    /// @return enabled One per action query.
    /// @return timestamps One per operation id.
    function observe(
        Context calldata ctx,
        ClassQuery[] calldata classes,
        ActionQuery[] calldata actions,
        bytes32[] calldata operations
    ) external view returns (ClassView[] memory classViews, bool[] memory enabled, uint256[] memory timestamps) {
        return _observe(ctx, classes, actions, operations);
    }

    /// @notice State-override mode, packed: `observe`'s three results in the packed format of LensPack.sol (about a
    ///         quarter of the ABI bytes; reconciler/chain/lens-packed.ts): the class count and each ClassView field by
    ///         field in struct order (address[] lists as a count and 20-byte addresses, every uint256 without its
    ///         leading zero bytes, strings and bytes with a 4-byte length, bools as 1 byte), then the action count and
    ///         one byte per action, then the operation count and each timestamp. Deployless mode stays ABI-encoded.
    /// @param ctx The system contracts.
    /// @param classes What to read per class.
    /// @param actions Controller-action checks.
    /// @param operations PAS Timelock operation ids.
    /// @return packed The three results, packed.
    function observePacked(
        Context calldata ctx,
        ClassQuery[] calldata classes,
        ActionQuery[] calldata actions,
        bytes32[] calldata operations
    ) external view returns (bytes memory packed) {
        (ClassView[] memory c, bool[] memory a, uint256[] memory t) = _observe(ctx, classes, actions, operations);
        return _pack(c, a, t);
    }

    /// @notice The packed form of an ABI-encoded `observe` answer (what `observePacked` returns for it).
    /// @param encoded `abi.encode(classViews, enabled, timestamps)`.
    /// @return packed The same values, packed.
    function pack(bytes memory encoded) external pure returns (bytes memory packed) {
        (ClassView[] memory c, bool[] memory a, uint256[] memory t) =
            abi.decode(encoded, (ClassView[], bool[], uint256[]));
        return _pack(c, a, t);
    }

    function _observe(
        Context memory ctx,
        ClassQuery[] memory classes,
        ActionQuery[] memory actions,
        bytes32[] memory operations
    ) private view returns (ClassView[] memory classViews, bool[] memory enabled, uint256[] memory timestamps) {
        classViews = new ClassView[](classes.length);
        for (uint256 i = 0; i < classes.length; ++i) {
            classViews[i] = _class(ctx, classes[i]);
        }
        IBeamState beamState = IBeamState(ctx.beamState);
        enabled = new bool[](actions.length);
        for (uint256 i = 0; i < actions.length; ++i) {
            ActionQuery memory a = actions[i];
            enabled[i] = a.controller == address(0)
                ? beamState.initControllerActions(a.key, a.controller)
                : beamState.isControllerActionEnabled(a.key, a.controller);
        }
        timestamps = new uint256[](operations.length);
        for (uint256 i = 0; i < operations.length; ++i) {
            timestamps[i] = IPasTimelock(payable(ctx.timelock)).getTimestamp(operations[i]);
        }
    }

    function _class(Context memory ctx, ClassQuery memory q) private view returns (ClassView memory v) {
        address beamState = ctx.beamState;
        uint256 rl = uint256(uint160(q.rateLimits));
        uint256 controller = uint256(uint160(q.controller));
        v.roleMembers = _roles(q.roles);
        v.rateLimitsRegistered = _word(beamState, IBeamState.rateLimits.selector, rl, 0, 1);
        v.controllerRegistered = _word(beamState, IBeamState.controllers.selector, controller, 0, 1);
        v.hop = _word(beamState, IBeamState.hop.selector, rl, 0, 1);
        v.maxChange = _word(beamState, IBeamState.maxChange.selector, rl, 0, 1);
        v.grants = new GrantView[](q.candidates.length);
        for (uint256 i = 0; i < q.candidates.length; ++i) {
            uint256 who = uint256(uint160(q.candidates[i]));
            v.grants[i] = GrantView(
                _word(beamState, IBeamState.cBeams.selector, who, 0, 1),
                _word(beamState, IBeamState.rateLimitsCBeams.selector, rl, who, 2),
                _word(beamState, IBeamState.controllersCBeams.selector, controller, who, 2)
            );
        }
        if (q.classId != bytes32(0) && ctx.factory != address(0)) {
            v.grant = IHaloFactory(ctx.factory).cbeamGrantOperation(q.classId);
        }
        if (q.facility != address(0)) v.buybox = INfatFacility(q.facility).buybox();
        if (q.dealToken != address(0)) {
            v.dealName = _string(q.dealToken, INamed.name.selector);
            v.dealSymbol = _string(q.dealToken, INamed.symbol.selector);
        }
        v.limits = _limits(ctx, q.rateLimits, q.keys);
        v.destinations = new bool[](q.destinations.length);
        for (uint256 i = 0; i < q.destinations.length; ++i) {
            v.destinations[i] = IHaloController(q.controller).isApprovedDestination(q.destinations[i]);
        }
        v.units = new UnitView[](q.units.length);
        for (uint256 i = 0; i < q.units.length; ++i) {
            v.units[i] = _unit(q.units[i]);
        }
    }

    function _limits(Context memory ctx, address rl, bytes32[] memory keys)
        private
        view
        returns (LimitView[] memory limits)
    {
        address beamState = ctx.beamState;
        address configurator = ctx.configurator;
        uint256 rlWord = uint256(uint160(rl));
        limits = new LimitView[](keys.length);
        for (uint256 i = 0; i < keys.length; ++i) {
            uint256 key = uint256(keys[i]);
            LimitView memory limit = limits[i];
            // each answer straight into the view's words (ownMaxAmount, ownSlope; init's two; data's four)
            uint256 own;
            uint256 init;
            uint256 data;
            assembly ("memory-safe") {
                own := limit
                init := mload(add(limit, 64))
                data := mload(add(limit, 96))
            }
            _words(beamState, IBeamState.initRateLimits.selector, key, rlWord, 2, own, 2);
            _words(beamState, IBeamState.getInitRateLimits.selector, key, rlWord, 2, init, 2);
            _words(rl, IRateLimits.getRateLimitData.selector, key, 0, 1, data, 4);
            limit.zzz = _word(configurator, IPasConfigurator.zzz.selector, rlWord, key, 2);
        }
    }

    function _unit(UnitQuery memory q) private view returns (UnitView memory v) {
        if (q.queue != address(0)) {
            v.capacity = _word(q.queue, ILctsQueue.capacity.selector, 0, 0, 0);
            v.minDeposit = _word(q.queue, ILctsQueue.minDeposit.selector, 0, 0, 0);
        }
        if (q.token != address(0)) {
            v.maxRateIncreaseBps = _word(q.token, IRateCap.maxRateIncreaseBps.selector, 0, 0, 0);
            if (q.names) {
                v.name = _string(q.token, INamed.name.selector);
                v.symbol = _string(q.token, INamed.symbol.selector);
            }
        }
        v.roleMembers = _roles(q.roles);
    }

    /// @dev `target.selector(a, b)` with `argWords` (0–2) argument words, as a static call, and its first return word.
    ///      The reads of fixed-size answers go through here and `_words` instead of high-level calls: a high-level call
    ///      copies the answer to new memory and decodes it (about 600 EVM steps a read, three times the steps of the
    ///      contracts read; measured in docs/reconciler-scale.md, Session 7 lens14). Same outcomes: a read that
    ///      reverts reverts the lens with its revert data; a short answer (no code at `target` included) reverts
    ///      without data, as the high-level call's decoder does.
    function _word(address target, bytes4 selector, uint256 a, uint256 b, uint256 argWords)
        private
        view
        returns (uint256 value)
    {
        assembly ("memory-safe") {
            let p := mload(0x40) // scratch past the free memory pointer (not allocated)
            mstore(p, selector)
            mstore(add(p, 4), a)
            mstore(add(p, 36), b)
            if iszero(staticcall(gas(), target, p, add(4, mul(argWords, 32)), p, 32)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            if lt(returndatasize(), 32) { revert(0, 0) }
            value := mload(p)
        }
    }

    /// @dev As `_word`, with the first `n` return words written at memory `out` (words of an allocated view).
    function _words(address target, bytes4 selector, uint256 a, uint256 b, uint256 argWords, uint256 out, uint256 n)
        private
        view
    {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, selector)
            mstore(add(p, 4), a)
            mstore(add(p, 36), b)
            if iszero(staticcall(gas(), target, p, add(4, mul(argWords, 32)), p, mul(n, 32))) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            if lt(returndatasize(), mul(n, 32)) { revert(0, 0) }
            mcopy(out, p, mul(n, 32))
        }
    }

    /// @dev `target.selector()` returning a string, decoded by hand from the return data (copied once, into the
    ///      string): the checks of Solidity's decoder (offset and length inside the answer) revert without data.
    function _string(address target, bytes4 selector) private view returns (string memory s) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, selector)
            if iszero(staticcall(gas(), target, p, 4, 0, 0)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            let size := returndatasize()
            if lt(size, 64) { revert(0, 0) }
            returndatacopy(p, 0, 32)
            let offset := mload(p)
            if gt(offset, sub(size, 32)) { revert(0, 0) } // offset + 32 <= size: the length word is inside
            returndatacopy(p, offset, 32)
            let n := mload(p)
            if gt(n, sub(sub(size, 32), offset)) { revert(0, 0) } // offset + 32 + n <= size
            s := p
            let data := add(p, 32)
            mstore(add(data, n), 0) // the padding after the string is zero
            returndatacopy(data, add(offset, 32), n)
            mstore(0x40, and(add(add(data, n), 31), not(31)))
        }
    }

    /// @dev `getRoleMembers(role)` of `target`, decoded by hand as `_string` is (each member checked to be an address).
    function _members(address target, bytes32 role) private view returns (address[] memory list) {
        bytes4 selector = IRoleMembers.getRoleMembers.selector;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, selector)
            mstore(add(p, 4), role)
            if iszero(staticcall(gas(), target, p, 36, 0, 0)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            let size := returndatasize()
            if lt(size, 64) { revert(0, 0) }
            returndatacopy(p, 0, 32)
            let offset := mload(p)
            if gt(offset, sub(size, 32)) { revert(0, 0) }
            returndatacopy(p, offset, 32)
            let n := mload(p)
            if gt(n, shr(5, sub(sub(size, 32), offset))) { revert(0, 0) } // offset + 32 + 32 n <= size
            list := p
            let first := add(p, 32)
            let end := add(first, shl(5, n))
            returndatacopy(first, add(offset, 32), shl(5, n))
            for { let q := first } lt(q, end) { q := add(q, 32) } { if shr(160, mload(q)) { revert(0, 0) } }
            mstore(0x40, end)
        }
    }

    function _roles(RoleRead[] memory reads) private view returns (address[][] memory members) {
        members = new address[][](reads.length);
        for (uint256 i = 0; i < reads.length; ++i) {
            members[i] = _members(reads[i].target, reads[i].role);
        }
    }

    // ---- packing (LensPack.sol): the views are already in memory, nothing is allocated between begin and end ----

    function _pack(ClassView[] memory c, bool[] memory a, uint256[] memory t) private pure returns (bytes memory) {
        uint256 start = LensPack.begin();
        uint256 p = LensPack.uintN(start, c.length, 4);
        for (uint256 i = 0; i < c.length; ++i) {
            p = _packClass(p, c[i]);
        }
        p = LensPack.uintN(p, a.length, 4);
        for (uint256 i = 0; i < a.length; ++i) {
            p = LensPack.flag(p, a[i]);
        }
        p = LensPack.uintN(p, t.length, 4);
        for (uint256 i = 0; i < t.length; ++i) {
            p = LensPack.u256(p, t[i]);
        }
        return LensPack.end(start, p);
    }

    function _packClass(uint256 p, ClassView memory v) private pure returns (uint256) {
        p = _packMembers(p, v.roleMembers);
        p = LensPack.u256(p, v.rateLimitsRegistered);
        p = LensPack.u256(p, v.controllerRegistered);
        p = LensPack.u256(p, v.hop);
        p = LensPack.u256(p, v.maxChange);
        p = LensPack.uintN(p, v.grants.length, 4);
        for (uint256 i = 0; i < v.grants.length; ++i) {
            p = LensPack.u256(p, v.grants[i].cBeam);
            p = LensPack.u256(p, v.grants[i].onRateLimits);
            p = LensPack.u256(p, v.grants[i].onController);
        }
        p = _packGrant(p, v.grant);
        p = _packBuybox(p, v.buybox);
        p = LensPack.str(p, bytes(v.dealName));
        p = LensPack.str(p, bytes(v.dealSymbol));
        p = LensPack.uintN(p, v.limits.length, 4);
        for (uint256 i = 0; i < v.limits.length; ++i) {
            p = _packLimit(p, v.limits[i]);
        }
        p = LensPack.uintN(p, v.destinations.length, 4);
        for (uint256 i = 0; i < v.destinations.length; ++i) {
            p = LensPack.flag(p, v.destinations[i]);
        }
        p = LensPack.uintN(p, v.units.length, 4);
        for (uint256 i = 0; i < v.units.length; ++i) {
            p = _packUnit(p, v.units[i]);
        }
        return p;
    }

    function _packGrant(uint256 p, IHaloFactory.GrantOperation memory g) private pure returns (uint256) {
        p = LensPack.b32(p, g.id);
        p = LensPack.addr(p, g.target);
        p = LensPack.u256(p, g.value);
        p = LensPack.str(p, g.data);
        p = LensPack.b32(p, g.predecessor);
        p = LensPack.b32(p, g.salt);
        p = LensPack.u256(p, g.timestamp);
        return LensPack.flag(p, g.immediate);
    }

    function _packBuybox(uint256 p, INfatFacility.Buybox memory b) private pure returns (uint256) {
        p = LensPack.u256(p, b.termMin);
        p = LensPack.u256(p, b.termMax);
        p = LensPack.u256(p, b.sizeMin);
        p = LensPack.u256(p, b.sizeMax);
        p = LensPack.u256(p, b.apyMinBps);
        p = LensPack.u256(p, b.apyMaxBps);
        p = LensPack.flag(p, b.restrictedDepositors);
        p = LensPack.flag(p, b.transferAllowList);
        p = LensPack.b32(p, b.assetType);
        return LensPack.b32(p, b.jurisdiction);
    }

    function _packLimit(uint256 p, LimitView memory limit) private pure returns (uint256) {
        p = LensPack.u256(p, limit.ownMaxAmount);
        p = LensPack.u256(p, limit.ownSlope);
        p = LensPack.u256(p, limit.init.maxAmount);
        p = LensPack.u256(p, limit.init.slope);
        p = LensPack.u256(p, limit.data.maxAmount);
        p = LensPack.u256(p, limit.data.slope);
        p = LensPack.u256(p, limit.data.lastAmount);
        p = LensPack.u256(p, limit.data.lastUpdated);
        return LensPack.u256(p, limit.zzz);
    }

    function _packUnit(uint256 p, UnitView memory u) private pure returns (uint256) {
        p = LensPack.u256(p, u.capacity);
        p = LensPack.u256(p, u.minDeposit);
        p = LensPack.u256(p, u.maxRateIncreaseBps);
        p = LensPack.str(p, bytes(u.name));
        p = LensPack.str(p, bytes(u.symbol));
        return _packMembers(p, u.roleMembers);
    }

    function _packMembers(uint256 p, address[][] memory members) private pure returns (uint256) {
        p = LensPack.uintN(p, members.length, 4);
        for (uint256 i = 0; i < members.length; ++i) {
            address[] memory list = members[i];
            p = LensPack.uintN(p, list.length, 4);
            for (uint256 j = 0; j < list.length; ++j) {
                p = LensPack.addr(p, list[j]);
            }
        }
        return p;
    }
}
