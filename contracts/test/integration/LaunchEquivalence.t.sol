// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {Test} from "forge-std/Test.sol";

import {LaunchPaths} from "../../script/bench/LaunchPaths.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";

/// @notice The launch benchmark compares like with like: the manual (Phase 1–3 style) launch and the factory launch,
///         run in-process from the same code the broadcast scripts use, end in the same on-chain state — the same
///         holders of every role (addresses translated to what they are: "portfolio.controller", "timelock", ...),
///         the same PAS BeamState registrations, inits and cBEAM grants, the same Day-0 rate limits and unit
///         settings. Both paths go through PAS as it is (the manual path registers through Timelock batches and
///         Core Council direct calls). What differs by design is asserted separately: who holds the deployment
///         hooks (the factory vs governance) and who records deal units.
contract LaunchEquivalenceTest is Test, LaunchPaths {
    address internal constant GOV = address(0x6011);
    address internal constant BEACON = address(0xBEAC);
    address internal constant DEPOSITOR = address(0xDE90);

    System internal sys;
    Launch internal manual;
    Launch internal viaFactory;
    uint256 internal manualOpCount;

    function _gov() internal pure override returns (address) {
        return GOV;
    }

    function _beacon() internal pure override returns (address) {
        return BEACON;
    }

    function _depositor() internal pure override returns (address) {
        return DEPOSITOR;
    }

    function _begin(address who) internal override {
        vm.startPrank(who, who);
    }

    function _end() internal override {
        vm.stopPrank();
    }

    function setUp() public {
        vm.warp(1_750_000_000);
        System memory s = _systemDeploy();
        vm.warp(block.timestamp + DELAY);
        _systemApprove(s);
        sys = s;
        Op[] memory ops;
        (manual, ops) = _manualDeploy(s, false);
        manualOpCount = ops.length;
        viaFactory = _factoryDeploy(s);
    }

    function _afterDelay() internal {
        vm.warp(block.timestamp + DELAY);
        _manualExecute(sys, manual, false);
        _factoryExecute(sys, viaFactory);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Equivalence
    // ---------------------------------------------------------------------------------------------------------

    function test_bothPathsEndInEquivalentState() public {
        _afterDelay();
        string[] memory a = _snapshot(manual);
        string[] memory b = _snapshot(viaFactory);
        assertEq(a.length, b.length, "snapshot length");
        for (uint256 i = 0; i < a.length; ++i) {
            assertEq(a[i], b[i]);
        }
        // A snapshot that said nothing would compare equal: check it names the things that matter.
        assertEq(a[0], "portfolio.almProxy DEFAULT_ADMIN: configurator");
        assertGt(a.length, 40);
    }

    /// @dev The executive-spell variant (one batch) ends in the same state too.
    function test_spellVariantEndsInEquivalentState() public {
        (Launch memory spell,) = _manualDeploy(sys, true);
        vm.warp(block.timestamp + DELAY);
        _manualExecute(sys, spell, true);
        _factoryExecute(sys, viaFactory);
        string[] memory a = _snapshot(spell);
        string[] memory b = _snapshot(viaFactory);
        assertEq(a.length, b.length, "snapshot length");
        for (uint256 i = 0; i < a.length; ++i) {
            assertEq(a[i], b[i]);
        }
    }

    function test_differencesByDesign() public {
        _afterDelay();
        // The deployment hooks (seed fresh limits, register unit contracts) stay with whoever deployed.
        assertEq(RateLimits(manual.portfolio.rateLimits).factory(), address(sys.timelock));
        assertEq(RateLimits(viaFactory.portfolio.rateLimits).factory(), address(sys.factory));
        assertEq(HaloController(manual.term.controller).factory(), address(sys.timelock));
        assertEq(HaloController(viaFactory.term.controller).factory(), address(sys.factory));
        assertEq(NfatFacility(manual.nfat.facility).unitRecorder(), manual.recorder);
        assertEq(NfatFacility(viaFactory.nfat.facility).unitRecorder(), address(sys.registry));
    }

    /// @dev The order of `bench/run.ts`: the manual path is executed (GovOps vetted) before the factory path deploys,
    ///      so the factory grants GovOps at deployment, `_factoryExecute` has nothing to schedule-execute, and both
    ///      launches still end in the same state.
    function test_benchOrder_factoryAfterManualExecution_sameState() public {
        vm.warp(1_760_000_000);
        System memory s = _systemDeploy();
        vm.warp(block.timestamp + DELAY);
        _systemApprove(s);
        sys = s;
        (Launch memory m,) = _manualDeploy(s, false);
        vm.warp(block.timestamp + DELAY);
        _manualExecute(s, m, false);
        Launch memory f = _factoryDeploy(s);
        assertTrue(s.factory.cbeamGrantOperation(PORTFOLIO_CLASS).immediate);
        assertTrue(s.factory.cbeamGrantOperation(TERM_CLASS).immediate);
        vm.warp(block.timestamp + DELAY);
        _factoryExecute(s, f);
        string[] memory a = _snapshot(m);
        string[] memory b = _snapshot(f);
        assertEq(a.length, b.length, "snapshot length");
        for (uint256 i = 0; i < a.length; ++i) {
            assertEq(a[i], b[i]);
        }
    }

    function test_manualOperationCount() public view {
        // Portfolio (4 unit contracts): freezer 1 + UNIT 4 + limits 4 + registration 2 + inits 4 + addCBeam 1
        // + hand-over 6; Term (facility + redeem): 1 + 2 + 2 + 2 + 2 + 1 + 6. (Plus 4 Core Council direct grants.)
        assertEq(manualOpCount, 22 + 16);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calendar: first capital flow
    // ---------------------------------------------------------------------------------------------------------

    function test_factoryFirstCapitalFlowOnDay0() public {
        uint256 before = sys.usds.balanceOf(viaFactory.portfolio.almProxy);
        _firstCapitalFlow(sys, viaFactory);
        assertEq(sys.usds.balanceOf(viaFactory.portfolio.almProxy), before + FLOW_AMOUNT);
        bytes32 key = _unitKeys(address(sys.usds), _pair(viaFactory.senior))[0];
        assertEq(IRateLimits(viaFactory.portfolio.rateLimits).getCurrentRateLimit(key), IRL - FLOW_AMOUNT);
    }

    function test_manualFirstCapitalFlowOnlyAfterTheTimelock() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                manual.senior.subscribeQueue,
                HaloController(manual.portfolio.controller).UNIT()
            )
        );
        this.flowManual();

        vm.warp(block.timestamp + DELAY);
        _manualExecute(sys, manual, false);
        _firstCapitalFlow(sys, manual);
        assertEq(sys.usds.balanceOf(manual.portfolio.almProxy), FLOW_AMOUNT);
    }

    function flowManual() external {
        _firstCapitalFlow(sys, manual);
    }

    function test_manualOperationsNotExecutableBeforeTheDelay() public {
        vm.warp(block.timestamp + DELAY - 1);
        Op[] memory ops = _manualOps(sys, manual);
        (address[] memory targets, bytes[] memory data) = _one(ops[0]);
        bytes32 id = sys.timelock.hashOperationBatch(targets, new uint256[](1), data, bytes32(0), _opSalt(0));
        bytes32 readyState = bytes32(uint256(1) << uint8(TimelockController.OperationState.Ready));
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, id, readyState)
        );
        this.executeManual();
    }

    function executeManual() external {
        _manualExecute(sys, manual, false);
    }

    /// @dev The comparison can fail: one governance operation left unexecuted shows as a difference.
    function test_snapshotDetectsAMissingOperation() public {
        vm.warp(block.timestamp + DELAY);
        _factoryExecute(sys, viaFactory);
        Op[] memory ops = _manualOps(sys, manual);
        for (uint256 i = 0; i + 1 < ops.length; ++i) {
            (address[] memory targets, bytes[] memory data) = _one(ops[i]);
            sys.timelock.executeBatch(targets, new uint256[](1), data, bytes32(0), _opSalt(i));
        }
        _coreCouncilGrants(sys, manual);
        string[] memory a = _snapshot(manual);
        string[] memory b = _snapshot(viaFactory);
        uint256 differing = 0;
        for (uint256 i = 0; i < a.length; ++i) {
            if (keccak256(bytes(a[i])) != keccak256(bytes(b[i]))) ++differing;
        }
        assertEq(differing, 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Snapshot
    // ---------------------------------------------------------------------------------------------------------

    function _pair(Unit memory u) internal pure returns (address[] memory units) {
        units = new address[](2);
        units[0] = u.subscribeQueue;
        units[1] = u.redeemQueue;
    }

    /// @dev Every fact of a launch's state as a line of text with addresses replaced by their role in the launch.
    function _snapshot(Launch memory l) internal view returns (string[] memory lines) {
        lines = new string[](200);
        uint256 n = 0;
        n = _pauRoles(lines, n, l, "portfolio", l.portfolio);
        n = _pauRoles(lines, n, l, "term", l.term);
        n = _unitLines(lines, n, l, "senior", l.senior);
        n = _unitLines(lines, n, l, "junior", l.junior);
        n = _termLines(lines, n, l);
        address asset = address(sys.usds);
        address[] memory pUnits = new address[](4);
        pUnits[0] = l.senior.subscribeQueue;
        pUnits[1] = l.senior.redeemQueue;
        pUnits[2] = l.junior.subscribeQueue;
        pUnits[3] = l.junior.redeemQueue;
        address[] memory tUnits = new address[](2);
        tUnits[0] = l.nfat.facility;
        tUnits[1] = l.nfat.redeem;
        n = _beamLines(lines, n, l, "portfolio", l.portfolio, pUnits, _unitKeys(asset, pUnits));
        n = _beamLines(lines, n, l, "term", l.term, tUnits, _unitKeys(asset, tUnits));
        assembly ("memory-safe") {
            mstore(lines, n)
        }
    }

    function _pauRoles(string[] memory lines, uint256 n, Launch memory l, string memory name, Pau memory p)
        internal
        view
        returns (uint256)
    {
        HaloController c = HaloController(p.controller);
        RateLimits r = RateLimits(p.rateLimits);
        string memory pre = string.concat(name, ".");
        lines[n++] = _roleLine(l, string.concat(pre, "almProxy"), p.almProxy, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, string.concat(pre, "almProxy"), p.almProxy, r.CONTROLLER(), "CONTROLLER");
        lines[n++] = _roleLine(l, string.concat(pre, "rateLimits"), p.rateLimits, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, string.concat(pre, "rateLimits"), p.rateLimits, r.CONTROLLER(), "CONTROLLER");
        lines[n++] = _roleLine(l, string.concat(pre, "controller"), p.controller, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, string.concat(pre, "controller"), p.controller, c.RELAYER(), "RELAYER");
        lines[n++] = _roleLine(l, string.concat(pre, "controller"), p.controller, c.FREEZER(), "FREEZER");
        lines[n++] = _roleLine(l, string.concat(pre, "controller"), p.controller, c.UNIT(), "UNIT");
        lines[n++] = string.concat(
            pre,
            "controller wiring: proxy=",
            _name(l, c.proxy()),
            " rateLimits=",
            _name(l, c.rateLimits()),
            " frozen=",
            vm.toString(c.frozen())
        );
        return n;
    }

    function _unitLines(string[] memory lines, uint256 n, Launch memory l, string memory name, Unit memory u)
        internal
        view
        returns (uint256)
    {
        bytes32 beaconRole = HaloShareToken(u.shareToken).BEACON_ROLE();
        string memory pre = string.concat(name, ".");
        lines[n++] = _roleLine(l, string.concat(pre, "shareToken"), u.shareToken, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, string.concat(pre, "shareToken"), u.shareToken, beaconRole, "BEACON");
        lines[n++] = _roleLine(l, string.concat(pre, "subscribe"), u.subscribeQueue, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, string.concat(pre, "subscribe"), u.subscribeQueue, beaconRole, "BEACON");
        lines[n++] = _roleLine(l, string.concat(pre, "redeem"), u.redeemQueue, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, string.concat(pre, "redeem"), u.redeemQueue, beaconRole, "BEACON");
        HaloShareToken t = HaloShareToken(u.shareToken);
        lines[n++] = string.concat(
            pre,
            "shareToken: ",
            t.name(),
            "/",
            t.symbol(),
            " rate=",
            vm.toString(t.exchangeRate()),
            " maxIncrease=",
            vm.toString(t.maxRateIncreaseBps()),
            " queues=",
            _name(l, t.subscribeQueue()),
            ",",
            _name(l, t.redeemQueue())
        );
        lines[n++] = _queueLine(l, string.concat(pre, "subscribe"), u.subscribeQueue);
        lines[n++] = _queueLine(l, string.concat(pre, "redeem"), u.redeemQueue);
        return n;
    }

    function _queueLine(Launch memory l, string memory name, address queue) internal view returns (string memory) {
        SubscribeQueue q = SubscribeQueue(queue);
        return string.concat(
            name,
            ": capacity=",
            vm.toString(q.capacity()),
            " minDeposit=",
            vm.toString(q.minDeposit()),
            " controller=",
            _name(l, q.controller()),
            " shareToken=",
            _name(l, q.shareToken()),
            " asset=",
            _name(l, q.depositAsset())
        );
    }

    function _termLines(string[] memory lines, uint256 n, Launch memory l) internal view returns (uint256) {
        NfatFacility f = NfatFacility(l.nfat.facility);
        lines[n++] = _roleLine(l, "nfat.facility", l.nfat.facility, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, "nfat.facility", l.nfat.facility, f.OPERATOR(), "OPERATOR");
        lines[n++] = _roleLine(l, "nfat.facility", l.nfat.facility, f.NFAT_BEACON(), "NFAT_BEACON");
        lines[n++] = _roleLine(l, "nfat.facility", l.nfat.facility, f.ATTEST_BEACON(), "ATTEST_BEACON");
        lines[n++] = _roleLine(l, "nfat.dealToken", l.nfat.dealToken, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, "nfat.dealToken", l.nfat.dealToken, f.OPERATOR(), "OPERATOR");
        lines[n++] = _roleLine(l, "nfat.redeem", l.nfat.redeem, bytes32(0), "DEFAULT_ADMIN");
        lines[n++] = _roleLine(l, "nfat.redeem", l.nfat.redeem, f.NFAT_BEACON(), "NFAT_BEACON");
        lines[n++] = string.concat(
            "nfat.facility wiring: controller=",
            _name(l, f.controller()),
            " dealToken=",
            _name(l, f.dealToken()),
            " redeem=",
            _name(l, f.redeem()),
            " buybox=",
            vm.toString(keccak256(abi.encode(f.buybox())))
        );
        lines[n++] = string.concat("nfat.buybox expected=", vm.toString(keccak256(abi.encode(_buybox()))));
        return n;
    }

    function _beamLines(
        string[] memory lines,
        uint256 n,
        Launch memory l,
        string memory name,
        Pau memory p,
        address[] memory units,
        bytes32[] memory keys
    ) internal view returns (uint256) {
        lines[n++] = string.concat(
            "beam.",
            name,
            ": rateLimits=",
            vm.toString(sys.beamState.rateLimits(p.rateLimits)),
            " controller=",
            vm.toString(sys.beamState.controllers(p.controller)),
            " almProxy=",
            vm.toString(sys.beamState.rateLimits(p.almProxy))
        );
        lines[n++] = string.concat(
            "beam.",
            name,
            ".govOps: cBeam=",
            vm.toString(sys.beamState.cBeams(GOV_OPS)),
            " onRateLimits=",
            vm.toString(sys.beamState.rateLimitsCBeams(p.rateLimits, GOV_OPS)),
            " onController=",
            vm.toString(sys.beamState.controllersCBeams(p.controller, GOV_OPS))
        );
        for (uint256 i = 0; i < keys.length; ++i) {
            (uint256 maxAmount, uint256 slope) = sys.beamState.initRateLimits(keys[i], p.rateLimits);
            bool exists = maxAmount != 0 || slope != 0;
            IRateLimits.RateLimitData memory d = IRateLimits(p.rateLimits).getRateLimitData(keys[i]);
            lines[n++] = string.concat(
                name,
                i % 2 == 0 ? " inflow from " : " outflow to ",
                _name(l, units[i]),
                ": init=",
                vm.toString(exists),
                "/",
                vm.toString(maxAmount),
                "/",
                vm.toString(slope),
                " limit=",
                vm.toString(d.maxAmount),
                "/",
                vm.toString(d.slope),
                "/",
                vm.toString(d.lastAmount)
            );
        }
        return n;
    }

    function _roleLine(Launch memory l, string memory name, address target, bytes32 role, string memory roleName)
        internal
        view
        returns (string memory)
    {
        address[] memory members;
        if (IERC165(target).supportsInterface(type(IAccessControlEnumerable).interfaceId)) {
            IAccessControlEnumerable c = IAccessControlEnumerable(target);
            uint256 count = c.getRoleMemberCount(role);
            members = new address[](count);
            for (uint256 i = 0; i < count; ++i) {
                members[i] = c.getRoleMember(role, i);
            }
        } else {
            members = _probeHolders(l, target, role);
        }
        return string.concat(name, " ", roleName, ": ", _names(l, members));
    }

    /// @dev The LCTS unit contracts use plain AccessControl (docs/gas.md, "Units and clones"): their holders are
    ///      found by asking every address either launch involves, including the deploying accounts and the factory
    ///      (a role left with either breaks equality). Completeness of the holder set is the reconciler's job
    ///      (RoleGranted / RoleRevoked replay) and is tested there and in LctsAccess.
    function _probeHolders(Launch memory l, address target, bytes32 role) internal view returns (address[] memory out) {
        address[26] memory candidates = [
            address(sys.timelock),
            address(sys.configurator),
            address(sys.factory),
            address(sys.usds),
            address(this),
            GOV,
            BEACON,
            DEPOSITOR,
            GOV_OPS,
            FREEZER,
            OPERATOR,
            NFAT_BEACON,
            ATTEST_BEACON,
            l.portfolio.almProxy,
            l.portfolio.rateLimits,
            l.portfolio.controller,
            l.term.controller,
            l.senior.shareToken,
            l.senior.subscribeQueue,
            l.senior.redeemQueue,
            l.junior.shareToken,
            l.junior.subscribeQueue,
            l.junior.redeemQueue,
            l.nfat.facility,
            l.nfat.dealToken,
            l.nfat.redeem
        ];
        uint256 n = 0;
        out = new address[](candidates.length);
        for (uint256 i = 0; i < candidates.length; ++i) {
            if (IAccessControl(target).hasRole(role, candidates[i])) out[n++] = candidates[i];
        }
        assembly ("memory-safe") {
            mstore(out, n)
        }
    }

    function _names(Launch memory l, address[] memory a) internal view returns (string memory out) {
        for (uint256 i = 0; i < a.length; ++i) {
            out = string.concat(out, i == 0 ? "" : ",", _name(l, a[i]));
        }
    }

    function _name(Launch memory l, address a) internal view returns (string memory) {
        if (a == address(sys.timelock)) return "timelock";
        if (a == address(sys.configurator)) return "configurator";
        if (a == address(sys.usds)) return "usds";
        if (a == GOV_OPS) return "govOps";
        if (a == FREEZER) return "freezer";
        if (a == OPERATOR) return "operator";
        if (a == NFAT_BEACON) return "lpha-nfat";
        if (a == ATTEST_BEACON) return "lpha-attest";
        if (a == BEACON) return "lpha-lcts";
        if (a == l.portfolio.almProxy) return "portfolio.almProxy";
        if (a == l.portfolio.rateLimits) return "portfolio.rateLimits";
        if (a == l.portfolio.controller) return "portfolio.controller";
        if (a == l.term.almProxy) return "term.almProxy";
        if (a == l.term.rateLimits) return "term.rateLimits";
        if (a == l.term.controller) return "term.controller";
        if (a == l.senior.shareToken) return "senior.shareToken";
        if (a == l.senior.subscribeQueue) return "senior.subscribe";
        if (a == l.senior.redeemQueue) return "senior.redeem";
        if (a == l.junior.shareToken) return "junior.shareToken";
        if (a == l.junior.subscribeQueue) return "junior.subscribe";
        if (a == l.junior.redeemQueue) return "junior.redeem";
        if (a == l.nfat.facility) return "nfat.facility";
        if (a == l.nfat.dealToken) return "nfat.dealToken";
        if (a == l.nfat.redeem) return "nfat.redeem";
        // Anything else (the deploying account, the factory, a stray address) shows as itself and breaks equality.
        return vm.toString(a);
    }
}
