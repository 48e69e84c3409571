// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {Test} from "forge-std/Test.sol";

import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice Drives the factory with random (often invalid) requests; ghosts count what must have happened.
contract FactoryHandler is SystemFixture {
    bytes32[] public portfolioClasses;
    bytes32[] public termClasses;
    uint256 public ghostClasses;
    uint256 public ghostUnits;
    uint256 public ghostRejected;
    uint256 public ghostGrantsExecuted;
    uint256 private _nonce;
    /// @notice abi.encode of the parameters each successful deployment used (the registry keeps only the hash).
    mapping(bytes32 id => bytes) public encodedParams;

    constructor() {
        _deploySystem();
    }

    // ---- views for the invariant test ----

    function system() external view returns (HaloFactoryRefs memory) {
        return HaloFactoryRefs(
            address(factory),
            address(registry),
            address(templates),
            address(beamState),
            address(configurator),
            address(timelock),
            deployer,
            lctsBeacon,
            nfatBeacon,
            attestBeacon
        );
    }

    function portfolioCount() external view returns (uint256) {
        return portfolioClasses.length;
    }

    // ---- actions ----

    function deployPortfolioClass(bytes32 salt, bool signed) external {
        bytes32 classId = keccak256(abi.encode("p", ++_nonce));
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(classId);
        if (signed) {
            IHaloFactory.Approval memory a = _classApproval(approverKey, r, salt, block.timestamp + 1 days, _nonce);
            factory.deployClassWithApproval(r, salt, a);
        } else {
            vm.prank(deployer);
            factory.deployClass(r, salt);
        }
        portfolioClasses.push(classId);
        encodedParams[classId] = abi.encode(r.params);
        ++ghostClasses;
    }

    /// @dev Random buybox values, often outside the template's ranges: those must revert and leave nothing.
    function deployTermClass(bytes32 salt, uint256 termMin, uint256 sizeMax, uint256 apyMax) external {
        bytes32 classId = keccak256(abi.encode("t", ++_nonce));
        IHaloFactory.ClassRequest memory r = _termClassRequest(classId);
        r.params[0].value = bound(termMin, 1 days, 4000 days);
        r.params[3].value = bound(sizeMax, 0, 2e27);
        r.params[5].value = bound(apyMax, 0, 5000);
        vm.prank(deployer);
        try factory.deployClass(r, salt) {
            termClasses.push(classId);
            encodedParams[classId] = abi.encode(r.params);
            ++ghostClasses;
        } catch {
            ++ghostRejected;
        }
    }

    function deployUnit(uint256 classIndex, bytes32 salt, uint256 capacity, uint256 rateBps, uint256 exchangeRate)
        external
    {
        if (portfolioClasses.length == 0) return;
        bytes32 classId = portfolioClasses[classIndex % portfolioClasses.length];
        IHaloFactory.UnitRequest memory r = _unitRequest(keccak256(abi.encode("u", ++_nonce)), classId);
        r.params[0].value = bound(capacity, 0, 2e27);
        r.params[3].value = bound(rateBps, 0, 200);
        r.params[5].value = bound(exchangeRate, 0.1e18, 3e18);
        vm.prank(deployer);
        try factory.deployUnit(r, salt) {
            encodedParams[r.unitId] = abi.encode(r.params);
            ++ghostUnits;
        } catch {
            ++ghostRejected;
        }
    }

    function executeGrant(uint256 classIndex, bool term) external {
        bytes32[] storage list = term ? termClasses : portfolioClasses;
        if (list.length == 0) return;
        IHaloFactory.GrantOperation memory op = factory.cbeamGrantOperation(list[classIndex % list.length]);
        if (op.timestamp <= 1) return; // immediate (never scheduled) or done
        if (block.timestamp < op.timestamp) vm.warp(op.timestamp);
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _grantBatch(op);
        timelock.executeBatch(targets, values, payloads, bytes32(0), op.salt);
        ++ghostGrantsExecuted;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 3 days));
    }
}

struct HaloFactoryRefs {
    address factory;
    address registry;
    address templates;
    address beamState;
    address configurator;
    address timelock;
    address deployer;
    address lctsBeacon;
    address nfatBeacon;
    address attestBeacon;
}

/// @notice Every registered class is fully wired and no instance lies outside its template's ranges.
contract FactoryInvariantTest is Test {
    FactoryHandler internal handler;
    HaloFactoryRefs internal s;

    function setUp() public {
        handler = new FactoryHandler();
        s = handler.system();
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](5);
        selectors[0] = FactoryHandler.deployPortfolioClass.selector;
        selectors[1] = FactoryHandler.deployTermClass.selector;
        selectors[2] = FactoryHandler.deployUnit.selector;
        selectors[3] = FactoryHandler.executeGrant.selector;
        selectors[4] = FactoryHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function _only(address target, bytes32 role, address holder) internal view {
        assertEq(IAccessControlEnumerable(target).getRoleMemberCount(role), 1, "one holder");
        assertEq(IAccessControlEnumerable(target).getRoleMember(role, 0), holder, "expected holder");
    }

    /// @dev For the LCTS unit contracts (plain AccessControl, no member sets): `holder` holds `role` and none of
    ///      the system's other accounts does. That initialisation grants nothing else is asserted from the role
    ///      events in LctsAccess / HaloFactoryUnit, and the reconciler reads holders from those events.
    function _onlyAmongSystem(address target, bytes32 role, address holder) internal view {
        assertTrue(IAccessControl(target).hasRole(role, holder), "expected holder");
        address[10] memory others = [
            s.factory,
            s.registry,
            s.templates,
            s.beamState,
            s.configurator,
            s.timelock,
            s.deployer,
            s.lctsBeacon,
            s.nfatBeacon,
            s.attestBeacon
        ];
        for (uint256 i = 0; i < others.length; ++i) {
            if (others[i] != holder) assertFalse(IAccessControl(target).hasRole(role, others[i]), "other holder");
        }
    }

    function _noRole(address target, bytes32 role) internal view {
        assertFalse(IAccessControlEnumerable(target).hasRole(role, s.factory), "factory holds a role");
        assertFalse(IAccessControlEnumerable(target).hasRole(role, s.deployer), "deployer holds a role");
    }

    /// @dev The parameters an instance was deployed with match the registry's hash and lie inside the ranges.
    function _inRanges(bytes32 id, bytes32 paramsHash, ITemplateRegistry.ParamRange[] memory ranges) internal view {
        bytes memory encoded = handler.encodedParams(id);
        assertEq(keccak256(encoded), paramsHash, "registry params hash");
        IHaloRegistry.NamedValue[] memory params = abi.decode(encoded, (IHaloRegistry.NamedValue[]));
        assertEq(params.length, ranges.length, "every range supplied");
        for (uint256 i = 0; i < params.length; ++i) {
            bool found;
            for (uint256 k = 0; k < ranges.length; ++k) {
                if (ranges[k].name == params[i].name) {
                    found = true;
                    assertGe(params[i].value, ranges[k].min, "below range");
                    assertLe(params[i].value, ranges[k].max, "above range");
                }
            }
            assertTrue(found, "parameter without a range");
        }
    }

    /// @dev The handler's actions really deploy (and really get rejected), so the invariants have something to check.
    function test_handlerActionsDeployAndReject() public {
        handler.deployPortfolioClass("s", false);
        handler.deployPortfolioClass("s", true);
        handler.deployTermClass("s", 90 days, 50_000_000e18, 1200);
        handler.deployTermClass("s", 1 days, 50_000_000e18, 1200); // termMin below the template's range
        handler.deployUnit(0, "s", 1e24, 10, 1e18);
        handler.deployUnit(1, "s", 1e24, 150, 1e18); // maxRateIncreaseBps above the range
        handler.executeGrant(0, false);
        assertEq(handler.ghostClasses(), 3);
        assertEq(handler.ghostRejected(), 2);
        assertEq(handler.ghostUnits(), 1);
        assertEq(handler.ghostGrantsExecuted(), 1);
        invariant_countsMatchGhosts();
        invariant_everyClassFullyWired();
    }

    function invariant_countsMatchGhosts() public view {
        IHaloRegistry registry = IHaloRegistry(s.registry);
        assertEq(registry.classCount(), handler.ghostClasses());
        assertEq(registry.unitCount(), handler.ghostUnits());
    }

    function invariant_everyClassFullyWired() public view {
        IHaloRegistry registry = IHaloRegistry(s.registry);
        IHaloRegistry.ClassRecord[] memory classes = registry.getClassesPage(0, type(uint256).max);
        for (uint256 i = 0; i < classes.length; ++i) {
            IHaloRegistry.ClassRecord memory c = classes[i];
            IBeamState beam = IBeamState(s.beamState);
            assertEq(beam.rateLimits(c.rateLimits), 1, "RateLimits registered");
            assertEq(beam.controllers(c.controller), 1, "controller registered");

            HaloController controller = HaloController(c.controller);
            bytes32 admin = controller.DEFAULT_ADMIN_ROLE();
            _only(c.almProxy, admin, s.configurator);
            _only(c.rateLimits, admin, s.configurator);
            _only(c.controller, admin, s.configurator);
            _only(c.almProxy, ALMProxy(payable(c.almProxy)).CONTROLLER(), c.controller);
            assertEq(controller.getRoleMemberCount(controller.RELAYER()), 0, "no relayer before GovOps sets one");
            _noRole(c.controller, controller.UNIT());
            _noRole(c.controller, admin);

            // the cBEAM grant is immediate (GovOps already vetted), or its addCBeam is pending or executed
            IHaloFactory.GrantOperation memory op = IHaloFactory(s.factory).cbeamGrantOperation(c.classId);
            if (op.immediate) {
                assertEq(beam.rateLimitsCBeams(c.rateLimits, c.govOps), 1, "immediate grant on RateLimits");
                assertEq(beam.controllersCBeams(c.controller, c.govOps), 1, "immediate grant on controller");
            } else {
                assertGt(op.timestamp, 0, "grant scheduled");
                if (op.timestamp == 1) assertEq(beam.cBeams(c.govOps), 1, "executed grant vetted GovOps");
            }

            ITemplateRegistry.TemplateSpec memory spec =
            ITemplateRegistry(s.templates).getTemplate(c.templateId, c.templateVersion).spec;
            _inRanges(c.classId, c.paramsHash, spec.classRanges);

            if (c.kind == FactoryNames.TERM_NFAT) {
                NfatFacility f = NfatFacility(c.contracts[0].addr);
                // plain AccessControl (docs/gas.md, "Registry and NFAT"): the holder, and no other system account;
                // that initialisation grants nothing else is asserted from the role events in HaloFactoryClass.
                _onlyAmongSystem(address(f), f.NFAT_BEACON(), s.nfatBeacon);
                _onlyAmongSystem(address(f), f.ATTEST_BEACON(), s.attestBeacon);
                _onlyAmongSystem(address(f), admin, s.timelock);
                NfatRedeem rd = NfatRedeem(c.contracts[2].addr);
                _onlyAmongSystem(address(rd), rd.NFAT_BEACON(), s.nfatBeacon);
                _onlyAmongSystem(address(rd), admin, s.timelock);
                _onlyAmongSystem(c.contracts[1].addr, admin, s.timelock);
                _noRole(address(f), f.OPERATOR());
                assertEq(controller.getRoleMemberCount(controller.UNIT()), 2);
            } else {
                assertEq(controller.getRoleMemberCount(controller.UNIT()), 2 * c.unitIds.length);
                for (uint256 u = 0; u < c.unitIds.length; ++u) {
                    IHaloRegistry.UnitRecord memory unit = registry.getUnit(c.unitIds[u]);
                    _inRanges(unit.unitId, unit.paramsHash, spec.unitRanges);
                    for (uint256 k = 0; k < unit.contracts.length; ++k) {
                        address a = unit.contracts[k].addr;
                        bytes32 beaconRole = HaloShareToken(a).BEACON_ROLE();
                        _onlyAmongSystem(a, beaconRole, s.lctsBeacon);
                        _onlyAmongSystem(a, admin, s.timelock);
                        _noRole(a, beaconRole);
                        assertTrue(registry.isFactoryDeployed(a));
                    }
                }
            }
        }
    }
}
