// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {HaloClassLens, IRoleMembers} from "../../lens/HaloClassLens.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice The reconciler's typed per-class lens: every field it returns equals the direct read of the same
///         contract at the same state, in both run modes (state override and deployless); a read that reverts
///         fails the whole call (the reconciler then halves the slice or reads one by one).
contract HaloClassLensTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant UNIT = "acme-mmf-senior";
    bytes32 internal constant SALT = "salt-1";
    address internal constant DESTINATION = address(0xBEEF);

    HaloClassLens internal lens;
    IHaloFactory.ClassAddresses internal pclass;
    IHaloFactory.ClassAddresses internal tclass;
    IHaloFactory.UnitAddresses internal unit;
    bytes32 internal subscribeKey;

    function setUp() public {
        _deploySystem();
        vm.startPrank(deployer);
        pclass = factory.deployClass(_portfolioClassRequest(PCLASS), SALT);
        tclass = factory.deployClass(_termClassRequest(TCLASS), SALT);
        unit = factory.deployUnit(_unitRequest(UNIT, PCLASS), SALT);
        vm.stopPrank();
        subscribeKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), unit.subscribeQueue);
        // What the reconciler's state override does: the runtime code at an address, no constructor run.
        lens = HaloClassLens(makeAddr("class-lens"));
        vm.etch(address(lens), vm.getDeployedCode("HaloClassLens.sol:HaloClassLens"));
    }

    function _ctx() internal view returns (HaloClassLens.Context memory) {
        return HaloClassLens.Context(address(beamState), address(configurator), address(timelock), address(factory));
    }

    function _roles(address target, bytes32 a, bytes32 b) internal pure returns (HaloClassLens.RoleRead[] memory r) {
        r = new HaloClassLens.RoleRead[](2);
        r[0] = HaloClassLens.RoleRead(target, a);
        r[1] = HaloClassLens.RoleRead(target, b);
    }

    function _portfolioQuery() internal view returns (HaloClassLens.ClassQuery memory q) {
        HaloController c = HaloController(pclass.controller);
        q.classId = PCLASS;
        q.rateLimits = pclass.rateLimits;
        q.controller = pclass.controller;
        q.roles = _roles(pclass.controller, c.RELAYER(), c.FREEZER());
        q.candidates = new address[](2);
        q.candidates[0] = govOps;
        q.candidates[1] = outsider;
        q.keys = new bytes32[](2);
        q.keys[0] = subscribeKey;
        q.keys[1] = keccak256("never-set");
        q.destinations = new address[](1);
        q.destinations[0] = DESTINATION;
        q.units = new HaloClassLens.UnitQuery[](1);
        // The unit contracts hold plain AccessControl: the reconciler reads their holders from role logs, not here.
        q.units[0] =
            HaloClassLens.UnitQuery(unit.subscribeQueue, unit.shareToken, true, new HaloClassLens.RoleRead[](0));
    }

    function _termQuery() internal view returns (HaloClassLens.ClassQuery memory q) {
        q.classId = TCLASS;
        q.rateLimits = tclass.rateLimits;
        q.controller = tclass.controller;
        q.facility = tclass.facility;
        q.dealToken = tclass.dealToken;
    }

    function _queries() internal view returns (HaloClassLens.ClassQuery[] memory q) {
        q = new HaloClassLens.ClassQuery[](3);
        q[0] = _portfolioQuery();
        q[1] = _termQuery();
        // a pre-factory PAU: registration and SORL only (classId zero: no grant operation)
        q[2].rateLimits = pclass.rateLimits;
        q[2].controller = pclass.controller;
    }

    function _actions() internal view returns (HaloClassLens.ActionQuery[] memory a) {
        a = new HaloClassLens.ActionQuery[](2);
        a[0] = HaloClassLens.ActionQuery(pclass.controller, keccak256("an action"));
        a[1] = HaloClassLens.ActionQuery(address(0), keccak256("an action"));
    }

    function _operations() internal view returns (bytes32[] memory ops) {
        ops = new bytes32[](2);
        ops[0] = factory.cbeamGrantOperation(PCLASS).id;
        ops[1] = keccak256("unknown");
    }

    function _members(address target, bytes32 role) internal view returns (address[] memory) {
        return IRoleMembers(target).getRoleMembers(role);
    }

    function test_observe_equalsTheDirectReads() public {
        // some state worth reading: a relayer, an approved destination, an enabled action
        HaloController c = HaloController(pclass.controller);
        vm.startPrank(address(configurator));
        c.grantRole(c.RELAYER(), outsider);
        c.setDestination(DESTINATION, true);
        vm.stopPrank();
        vm.prank(address(timelock));
        beamState.addInitControllerActions("an action", pclass.controller);

        (HaloClassLens.ClassView[] memory v, bool[] memory enabled, uint256[] memory timestamps) =
            lens.observe(_ctx(), _queries(), _actions(), _operations());
        assertEq(v.length, 3);

        HaloClassLens.ClassView memory p = v[0];
        assertEq(p.roleMembers[0], _members(pclass.controller, c.RELAYER()));
        assertEq(p.roleMembers[0].length, 1);
        assertEq(p.roleMembers[1], _members(pclass.controller, c.FREEZER()));
        assertEq(p.rateLimitsRegistered, beamState.rateLimits(pclass.rateLimits));
        assertEq(p.rateLimitsRegistered, 1);
        assertEq(p.controllerRegistered, beamState.controllers(pclass.controller));
        assertEq(p.hop, beamState.hop(pclass.rateLimits));
        assertEq(p.maxChange, beamState.maxChange(pclass.rateLimits));
        assertEq(p.grants.length, 2);
        assertEq(p.grants[0].cBeam, beamState.cBeams(govOps));
        assertEq(p.grants[0].onRateLimits, beamState.rateLimitsCBeams(pclass.rateLimits, govOps));
        assertEq(p.grants[0].onController, beamState.controllersCBeams(pclass.controller, govOps));
        assertEq(p.grants[1].cBeam, 0);
        assertEq(abi.encode(p.grant), abi.encode(factory.cbeamGrantOperation(PCLASS)));
        assertTrue(p.grant.id != bytes32(0));
        assertEq(abi.encode(p.buybox), abi.encode(INfatFacility.Buybox(0, 0, 0, 0, 0, 0, false, false, 0, 0)));
        assertEq(bytes(p.dealName).length, 0);

        assertEq(p.limits.length, 2);
        (uint256 ownMax, uint256 ownSlope) = beamState.initRateLimits(subscribeKey, pclass.rateLimits);
        assertEq(p.limits[0].ownMaxAmount, ownMax);
        assertEq(p.limits[0].ownSlope, ownSlope);
        assertGt(ownMax, 0);
        assertEq(abi.encode(p.limits[0].init), abi.encode(beamState.getInitRateLimits(subscribeKey, pclass.rateLimits)));
        assertEq(
            abi.encode(p.limits[0].data), abi.encode(IRateLimits(pclass.rateLimits).getRateLimitData(subscribeKey))
        );
        assertEq(p.limits[0].zzz, configurator.zzz(pclass.rateLimits, subscribeKey));
        assertEq(p.limits[1].ownMaxAmount, 0);
        assertEq(p.limits[1].data.maxAmount, 0);
        assertEq(p.destinations.length, 1);
        assertTrue(p.destinations[0]);

        HaloClassLens.UnitView memory u = p.units[0];
        SubscribeQueue sq = SubscribeQueue(unit.subscribeQueue);
        HaloShareToken token = HaloShareToken(unit.shareToken);
        assertEq(u.capacity, sq.capacity());
        assertEq(u.minDeposit, sq.minDeposit());
        assertEq(u.maxRateIncreaseBps, token.maxRateIncreaseBps());
        assertEq(u.name, token.name());
        assertEq(u.symbol, token.symbol());
        assertEq(u.roleMembers.length, 0);

        HaloClassLens.ClassView memory t = v[1];
        assertEq(abi.encode(t.buybox), abi.encode(INfatFacility(tclass.facility).buybox()));
        assertGt(t.buybox.termMax, 0);
        assertEq(t.dealName, "Acme Term Deals");
        assertEq(t.dealSymbol, "ACME-NFAT");
        assertEq(t.roleMembers.length, 0);
        assertEq(t.units.length, 0);

        HaloClassLens.ClassView memory legacy = v[2];
        assertEq(legacy.rateLimitsRegistered, 1);
        assertEq(legacy.grant.id, bytes32(0));
        assertEq(legacy.grant.timestamp, 0);

        assertTrue(enabled[0]);
        assertEq(enabled[0], beamState.isControllerActionEnabled(keccak256("an action"), pclass.controller));
        assertFalse(enabled[1]);
        assertEq(timestamps[0], timelock.getTimestamp(_operations()[0]));
        assertGt(timestamps[0], 1);
        assertEq(timestamps[1], 0);
    }

    function test_observe_namesOnlyWhenAsked() public view {
        HaloClassLens.ClassQuery[] memory q = new HaloClassLens.ClassQuery[](1);
        q[0] = _portfolioQuery();
        q[0].units[0].names = false;
        (HaloClassLens.ClassView[] memory v,,) =
            lens.observe(_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0));
        assertEq(bytes(v[0].units[0].name).length, 0);
        assertEq(v[0].units[0].capacity, 50_000_000e18);
    }

    function test_observe_withoutFactoryReadsNoGrantOperation() public view {
        HaloClassLens.Context memory ctx = _ctx();
        ctx.factory = address(0);
        (HaloClassLens.ClassView[] memory v,,) =
            lens.observe(ctx, _queries(), new HaloClassLens.ActionQuery[](0), new bytes32[](0));
        assertEq(v[0].grant.id, bytes32(0));
        assertEq(v[0].grant.target, address(0));
    }

    function test_observe_emptyQuery() public view {
        (HaloClassLens.ClassView[] memory v, bool[] memory a, uint256[] memory t) = lens.observe(
            _ctx(), new HaloClassLens.ClassQuery[](0), new HaloClassLens.ActionQuery[](0), new bytes32[](0)
        );
        assertEq(v.length + a.length + t.length, 0);
    }

    function test_observe_aFailingReadFailsTheCall() public {
        HaloClassLens.ClassQuery[] memory q = _queries();
        // a contract without enumerable roles: getRoleMembers reverts (no such function: empty revert data), and
        // the whole call reverts with that same data
        q[0].roles[0].target = address(beamState);
        vm.expectRevert(bytes(""));
        lens.observe(_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0));
    }

    function test_observe_runsShortOfGasAsAWhole() public {
        HaloClassLens.ClassQuery[] memory q = _queries();
        (bool ok,) = address(lens).call{gas: 200_000}(
            abi.encodeCall(HaloClassLens.observe, (_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0)))
        );
        assertFalse(ok);
    }

    function test_deployless_returnsTheSameBytesAsObserve() public {
        HaloClassLens.ClassQuery[] memory q = _queries();
        HaloClassLens.ActionQuery[] memory a = _actions();
        bytes32[] memory ops = _operations();
        (HaloClassLens.ClassView[] memory v, bool[] memory e, uint256[] memory t) = lens.observe(_ctx(), q, a, ops);
        address created = address(new HaloClassLens(_ctx(), q, a, ops));
        assertEq(created.code, abi.encode(v, e, t));
    }

    /// @dev observePacked is observe's answer, packed (the TS decoder is tested against the ABI one in
    ///      reconciler/test/chain/lens-packed.test.ts); its first bytes: 3 classes, the first with 2 role lists.
    function test_observePacked_isObservePacked() public view {
        HaloClassLens.ClassQuery[] memory q = _queries();
        HaloClassLens.ActionQuery[] memory a = _actions();
        bytes32[] memory ops = _operations();
        (bool ok, bytes memory encoded) =
            address(lens).staticcall(abi.encodeCall(HaloClassLens.observe, (_ctx(), q, a, ops)));
        assertTrue(ok);
        bytes memory packed = lens.observePacked(_ctx(), q, a, ops);
        assertEq(packed, lens.pack(encoded));
        assertLt(packed.length * 3, encoded.length); // the point: under a third of the ABI bytes
        assertEq(packed[3], bytes1(uint8(3)));
        assertEq(packed[7], bytes1(uint8(2)));
    }

    function test_observe_readsTheRateLimitsDataAsStored() public {
        vm.prank(address(configurator));
        IRateLimits(pclass.rateLimits).setRateLimitData(subscribeKey, 7e18, 1);
        HaloClassLens.ClassQuery[] memory q = new HaloClassLens.ClassQuery[](1);
        q[0] = _portfolioQuery();
        (HaloClassLens.ClassView[] memory v,,) =
            lens.observe(_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0));
        assertEq(v[0].limits[0].data.maxAmount, 7e18);
        assertEq(v[0].limits[0].data.slope, 1);
        IBeamState.DefaultRateLimits memory init = beamState.getInitRateLimits(subscribeKey, pclass.rateLimits);
        assertEq(v[0].limits[0].init.maxAmount, init.maxAmount);
    }

    // ---- the lens's hand-decoded reads (_word / _words / _string / _members): the outcomes of a high-level call ----

    /// @dev One Portfolio class whose only unit's queue and token, and whose only role read, are `raw`.
    function _rawQuery(address raw) internal view returns (HaloClassLens.ClassQuery[] memory q) {
        q = new HaloClassLens.ClassQuery[](1);
        q[0] = _portfolioQuery();
        q[0].roles = new HaloClassLens.RoleRead[](1);
        q[0].roles[0] = HaloClassLens.RoleRead(raw, keccak256("ROLE"));
        q[0].units[0] = HaloClassLens.UnitQuery(raw, raw, true, new HaloClassLens.RoleRead[](0));
    }

    function _observeRaw(RawAnswer raw) internal view returns (HaloClassLens.ClassView memory) {
        (HaloClassLens.ClassView[] memory v,,) =
            lens.observe(_ctx(), _rawQuery(address(raw)), new HaloClassLens.ActionQuery[](0), new bytes32[](0));
        return v[0];
    }

    function test_rawReads_decodeWellFormedAnswers() public {
        RawAnswer raw = new RawAnswer();
        // every read of `raw` gets the same bytes: here an address list, whose first word (its offset, 0x20) is what
        // capacity / minDeposit / maxRateIncreaseBps read and which name / symbol read as a string of 2 bytes
        address[] memory members = new address[](2);
        members[0] = govOps;
        members[1] = outsider;
        raw.set(abi.encode(members), false);
        HaloClassLens.ClassView memory v = _observeRaw(raw);
        assertEq(v.roleMembers[0], members);
        assertEq(v.units[0].capacity, 0x20);
        assertEq(v.units[0].maxRateIncreaseBps, 0x20);
        raw.set(abi.encode("Acme Senior"), false);
        // getRoleMembers now reads the string as a list of 11 addresses: its length runs past the answer
        vm.expectRevert(bytes(""));
        this.observeRawExternal(raw);
        raw.set(abi.encode(""), false);
        v = _observeRaw(raw);
        assertEq(v.units[0].name, "");
        assertEq(v.roleMembers[0].length, 0);
    }

    function test_rawReads_decodeAString() public {
        RawAnswer raw = new RawAnswer();
        raw.set(abi.encode("Acme Senior Share"), false);
        HaloClassLens.ClassQuery[] memory q = _rawQuery(address(raw));
        q[0].roles = new HaloClassLens.RoleRead[](0);
        (HaloClassLens.ClassView[] memory v,,) =
            lens.observe(_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0));
        assertEq(v[0].units[0].name, "Acme Senior Share");
        assertEq(v[0].units[0].symbol, "Acme Senior Share");
        // the packed form carries the same string (its bytes, not the padding)
        (bool ok, bytes memory encoded) = address(lens)
            .staticcall(
                abi.encodeCall(HaloClassLens.observe, (_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0)))
            );
        assertTrue(ok);
        assertEq(
            lens.observePacked(_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0)), lens.pack(encoded)
        );
    }

    function test_rawReads_refuseMalformedAnswers() public {
        RawAnswer raw = new RawAnswer();
        bytes[5] memory bad = [
            bytes(""), // no answer (what a contract without the function, or an account without code, gives)
            abi.encodePacked(uint248(1)), // 31 bytes: shorter than a word
            abi.encode(uint256(0x40), uint256(0)), // a string / list offset past the answer
            abi.encode(uint256(0x20), uint256(3)), // a length past the answer
            abi.encode(uint256(0x20), uint256(1), uint256(1) << 160) // a list member that is not an address
        ];
        for (uint256 i = 0; i < bad.length; ++i) {
            raw.set(bad[i], false);
            vm.expectRevert(bytes(""));
            this.observeRawExternal(raw);
        }
        // a read that reverts reverts the lens with the read's own revert data
        bytes memory boom = abi.encodeWithSignature("Boom(uint256)", 7);
        raw.set(boom, true);
        vm.expectRevert(boom);
        this.observeRawExternal(raw);
        // an account without code as the queue: a short (empty) answer
        HaloClassLens.ClassQuery[] memory q = _queries();
        q[0].units[0].queue = address(0xDEAD);
        vm.expectRevert(bytes(""));
        lens.observe(_ctx(), q, new HaloClassLens.ActionQuery[](0), new bytes32[](0));
    }

    /// @dev An external entry, so that `vm.expectRevert` sees the lens call's revert.
    function observeRawExternal(RawAnswer raw) external view returns (HaloClassLens.ClassView memory) {
        return _observeRaw(raw);
    }
}

/// @notice Answers every call but `set` with the bytes it was given (or reverts with them).
contract RawAnswer {
    bytes internal answer;
    bool internal reverts;

    function set(bytes memory answer_, bool reverts_) external {
        answer = answer_;
        reverts = reverts_;
    }

    fallback() external {
        bytes memory a = answer;
        if (reverts) {
            assembly ("memory-safe") {
                revert(add(a, 32), mload(a))
            }
        }
        assembly ("memory-safe") {
            return(add(a, 32), mload(a))
        }
    }
}
