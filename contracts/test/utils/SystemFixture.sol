// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

import {BeamState} from "../../pas/BeamState.sol";
import {Configurator} from "../../pas/Configurator.sol";
import {Timelock} from "../../pas/Timelock.sol";
import {HaloTemplateSpecs, SystemDeployment} from "../../script/DeploySystem.s.sol";
import {HaloPasSpell} from "../../script/HaloPasSpell.sol";
import {HaloCBeamProposer} from "../../src/factory/HaloCBeamProposer.sol";
import {HaloFactory} from "../../src/factory/HaloFactory.sol";
import {HaloRegistry} from "../../src/factory/HaloRegistry.sol";
import {TemplateRegistry} from "../../src/factory/TemplateRegistry.sol";
import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {MockERC20} from "./MockERC20.sol";

/// @title SystemFixture — the PAS stand-in and the whole Halo Factory system, deployed the way
///        `script/DeploySystem.s.sol` does it
/// @notice PAS with PASInit's roles (PauseProxy = ward and Timelock admin; Timelock = DELAYED role; Core Council =
///         IMMEDIATE role; Core Council proposer = Timelock proposer + canceller; anyone executes; hop 18 h, maxChange
///         1.25e18), TemplateRegistry, HaloRegistry, HaloCBeamProposer, HaloFactory, every implementation; then Sky's
///         spell authorising the factory (`HaloPasSpell`, run by pranking the PauseProxy), and both templates
///         (LCTS Portfolio v1, NFAT Term v1) proposed by the template proposer and approved through the Timelock
///         (14-day wait included). Reused by the factory, integration, invariant and benchmark tests.
abstract contract SystemFixture is Test, SystemDeployment {
    uint256 internal constant DELAY = 14 days;
    bytes32 internal constant LCTS_TEMPLATE = HaloTemplateSpecs.LCTS_TEMPLATE;
    bytes32 internal constant NFAT_TEMPLATE = HaloTemplateSpecs.NFAT_TEMPLATE;
    bytes32 internal constant AGENT = "acme";
    uint256 internal constant IRL = HaloTemplateSpecs.IRL;
    uint256 internal constant IRL_SLOPE = HaloTemplateSpecs.IRL_SLOPE;
    uint32 internal constant DAY0_CYCLES = HaloTemplateSpecs.DAY0_CYCLES;

    // ---- actors ----
    address internal deployer = makeAddr("deployer"); // deploys the system; DEPLOYER + TEMPLATE_PROPOSER
    address internal pauseProxy = makeAddr("pauseProxy"); // Sky's PauseProxy: BeamState ward, Timelock admin
    address internal governance = makeAddr("coreCouncilProposer"); // Core Council: Timelock proposer + canceller
    address internal coreCouncil = makeAddr("coreCouncil"); // Core Council: BeamState IMMEDIATE role (direct)
    address internal pauser = makeAddr("pauser"); // Timelock PAUSER (PASMom / emergency)
    address internal registrar = makeAddr("registrar"); // GovOps registering agents
    address internal reviewer = makeAddr("reviewer");
    address internal govOps = makeAddr("govOps");
    address internal operator = makeAddr("operator");
    address internal freezer = makeAddr("freezer");
    address internal lctsBeacon = makeAddr("lpha-lcts");
    address internal nfatBeacon = makeAddr("lpha-nfat");
    address internal attestBeacon = makeAddr("lpha-attest");
    address internal outsider = makeAddr("outsider");
    uint256 internal approverKey = 0xA11CE;
    address internal approver = vm.addr(0xA11CE);

    // ---- system ----
    Timelock internal timelock;
    BeamState internal beamState;
    Configurator internal configurator;
    HaloCBeamProposer internal cbeamProposer;
    TemplateRegistry internal templates;
    HaloRegistry internal registry;
    HaloFactory internal factory;
    MockERC20 internal usds; // the deposit asset (sUSDS stand-in)

    // ---- implementations ----
    HaloTemplateSpecs.Implementations internal impls;
    ALMProxy internal almProxyImpl;
    RateLimits internal rateLimitsImpl;
    HaloController internal controllerImpl;

    uint256 private _timelockSalt;

    /// @notice The system with the factory authorised in PAS (Sky's spell run as the PauseProxy).
    function _deploySystem() internal {
        _deploySystemWithoutSpell();
        _runPasSpell();
    }

    /// @notice Sky's executive spell authorising the factory in PAS, executed as the PauseProxy.
    function _runPasSpell() internal {
        vm.startPrank(pauseProxy);
        HaloPasSpell.execute(address(beamState), address(timelock), address(factory), address(cbeamProposer));
        vm.stopPrank();
    }

    /// @notice Everything but the spell: the factory holds no BeamState role and the adapter is no proposer yet.
    function _deploySystemWithoutSpell() internal {
        vm.warp(1_750_000_000);
        SystemConfig memory cfg;
        cfg.deployer = deployer;
        cfg.pauseProxy = pauseProxy;
        cfg.coreCouncil = coreCouncil;
        cfg.coreCouncilProposer = governance;
        cfg.pauser = pauser;
        cfg.delay = DELAY;
        cfg.runSpell = false;
        cfg.templateProposer = deployer;
        cfg.registrar = registrar;
        cfg.reviewer = reviewer;
        cfg.deployers = new address[](1);
        cfg.deployers[0] = deployer;
        cfg.approvers = new address[](1);
        cfg.approvers[0] = approver;

        vm.startPrank(deployer);
        System memory sys = _deploySystemContracts(cfg);
        timelock = sys.timelock;
        beamState = sys.beamState;
        configurator = sys.configurator;
        cbeamProposer = sys.cbeamProposer;
        templates = sys.templates;
        registry = sys.registry;
        factory = sys.factory;
        impls = sys.impls;
        almProxyImpl = ALMProxy(payable(impls.almProxy));
        rateLimitsImpl = RateLimits(impls.rateLimits);
        controllerImpl = HaloController(impls.controller);

        templates.proposeTemplate(LCTS_TEMPLATE, 1, _lctsSpec());
        templates.proposeTemplate(NFAT_TEMPLATE, 1, _nfatSpec());
        vm.stopPrank();

        // Template approval is governance's: a Core Council proposal through the PAS Timelock.
        (address[] memory targets,, bytes[] memory payloads) = _templateApprovalBatch(sys);
        _governanceBatch(targets, payloads);

        usds = new MockERC20("Savings USDS", "sUSDS", 18);
        vm.prank(registrar);
        registry.registerAgent(AGENT, operator, IHaloRegistry.Artifact("ipfs://acme", keccak256("acme")));

        vm.label(address(timelock), "PAS Timelock");
        vm.label(address(beamState), "PAS BeamState");
        vm.label(address(configurator), "PAS Configurator");
        vm.label(address(cbeamProposer), "HaloCBeamProposer");
        vm.label(address(templates), "TemplateRegistry");
        vm.label(address(registry), "HaloRegistry");
        vm.label(address(factory), "HaloFactory");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Governance through the PAS Timelock (batch only) and Core Council direct
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Schedule `payloads` as the Core Council proposer, wait out the delay, execute (as an outsider).
    function _governanceBatch(address[] memory targets, bytes[] memory payloads) internal {
        uint256[] memory values = new uint256[](targets.length);
        bytes32 salt = bytes32(++_timelockSalt);
        vm.prank(governance);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), salt, DELAY);
        vm.warp(block.timestamp + DELAY);
        vm.prank(outsider);
        timelock.executeBatch(targets, values, payloads, bytes32(0), salt);
    }

    function _governance(address target, bytes memory payload) internal {
        address[] memory targets = new address[](1);
        bytes[] memory payloads = new bytes[](1);
        targets[0] = target;
        payloads[0] = payload;
        _governanceBatch(targets, payloads);
    }

    /// @notice Vet `account` as a cBEAM: the Core Council's timelocked `addCBeam`.
    function _vetCBeam(address account) internal {
        _governance(address(beamState), abi.encodeCall(beamState.addCBeam, (account)));
    }

    /// @notice Execute (as an outsider) the addCBeam batch the factory scheduled for `classId`, after its delay.
    function _executeCBeamGrant(bytes32 classId) internal {
        IHaloFactory.GrantOperation memory op = factory.cbeamGrantOperation(classId);
        if (block.timestamp < op.timestamp) vm.warp(op.timestamp);
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _grantBatch(op);
        vm.prank(outsider);
        timelock.executeBatch(targets, values, payloads, op.predecessor, op.salt);
    }

    /// @notice The one-call batch of a grant operation.
    function _grantBatch(IHaloFactory.GrantOperation memory op)
        internal
        pure
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        targets = new address[](1);
        values = new uint256[](1);
        payloads = new bytes[](1);
        targets[0] = op.target;
        values[0] = op.value;
        payloads[0] = op.data;
    }

    /// @notice The Core Council's direct per-class grant once `govOps` is a cBEAM.
    function _grantCBeamOnClass(address rateLimits, address controller, address account) internal {
        vm.startPrank(coreCouncil);
        beamState.setCBeamForRateLimits(rateLimits, account);
        beamState.setCBeamForController(controller, account);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Templates
    // ---------------------------------------------------------------------------------------------------------

    function _lctsSpec() internal view returns (ITemplateRegistry.TemplateSpec memory) {
        return HaloTemplateSpecs.lcts(impls);
    }

    function _nfatSpec() internal view returns (ITemplateRegistry.TemplateSpec memory) {
        return HaloTemplateSpecs.nfat(impls);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests
    // ---------------------------------------------------------------------------------------------------------

    function _portfolioClassRequest(bytes32 classId) internal view returns (IHaloFactory.ClassRequest memory r) {
        r.classId = classId;
        r.agentId = AGENT;
        r.templateId = LCTS_TEMPLATE;
        r.templateVersion = 1;
        r.operator = operator;
        r.freezer = freezer;
        r.govOps = govOps;
        r.depositAsset = address(usds);
        r.beacons = new IHaloRegistry.BeaconOperator[](1);
        r.beacons[0] = IHaloRegistry.BeaconOperator(FactoryNames.BEACON_LCTS, lctsBeacon);
        r.artifact = IHaloRegistry.Artifact("ipfs://acme-mmf", keccak256("acme-mmf"));
    }

    function _termClassRequest(bytes32 classId) internal view returns (IHaloFactory.ClassRequest memory r) {
        r.classId = classId;
        r.agentId = AGENT;
        r.templateId = NFAT_TEMPLATE;
        r.templateVersion = 1;
        r.operator = operator;
        r.freezer = freezer;
        r.govOps = govOps;
        r.depositAsset = address(usds);
        r.name = "Acme Term Deals";
        r.symbol = "ACME-NFAT";
        r.beacons = new IHaloRegistry.BeaconOperator[](2);
        r.beacons[0] = IHaloRegistry.BeaconOperator(FactoryNames.BEACON_NFAT, nfatBeacon);
        r.beacons[1] = IHaloRegistry.BeaconOperator(FactoryNames.BEACON_ATTEST, attestBeacon);
        r.params = new IHaloRegistry.NamedValue[](10);
        r.params[0] = IHaloRegistry.NamedValue(FactoryNames.TERM_MIN, 90 days);
        r.params[1] = IHaloRegistry.NamedValue(FactoryNames.TERM_MAX, 730 days);
        r.params[2] = IHaloRegistry.NamedValue(FactoryNames.SIZE_MIN, 10_000e18);
        r.params[3] = IHaloRegistry.NamedValue(FactoryNames.SIZE_MAX, 50_000_000e18);
        r.params[4] = IHaloRegistry.NamedValue(FactoryNames.APY_MIN_BPS, 400);
        r.params[5] = IHaloRegistry.NamedValue(FactoryNames.APY_MAX_BPS, 1200);
        r.params[6] = IHaloRegistry.NamedValue(FactoryNames.RESTRICTED_DEPOSITORS, 0);
        r.params[7] = IHaloRegistry.NamedValue(FactoryNames.TRANSFER_ALLOW_LIST, 0);
        r.params[8] = IHaloRegistry.NamedValue(FactoryNames.ASSET_TYPE, uint256(bytes32("senior-secured-loan")));
        r.params[9] = IHaloRegistry.NamedValue(FactoryNames.JURISDICTION, uint256(bytes32("US-DE")));
        r.artifact = IHaloRegistry.Artifact("ipfs://acme-term", keccak256("acme-term"));
    }

    function _unitRequest(bytes32 unitId, bytes32 classId) internal pure returns (IHaloFactory.UnitRequest memory r) {
        r.unitId = unitId;
        r.classId = classId;
        r.name = "Acme MMF Senior";
        r.symbol = "ACME-S";
        r.params = new IHaloRegistry.NamedValue[](6);
        r.params[0] = IHaloRegistry.NamedValue(FactoryNames.CAPACITY, 50_000_000e18);
        r.params[1] = IHaloRegistry.NamedValue(FactoryNames.SENIORITY, 0);
        r.params[2] = IHaloRegistry.NamedValue(FactoryNames.TARGET_YIELD_BPS, 450);
        r.params[3] = IHaloRegistry.NamedValue(FactoryNames.MAX_RATE_INCREASE_BPS, 10);
        r.params[4] = IHaloRegistry.NamedValue(FactoryNames.MIN_DEPOSIT, 1e18);
        r.params[5] = IHaloRegistry.NamedValue(FactoryNames.INITIAL_EXCHANGE_RATE, 1e18);
        r.artifact = IHaloRegistry.Artifact("ipfs://acme-mmf-senior", keccak256("acme-mmf-senior"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Signed instance approvals
    // ---------------------------------------------------------------------------------------------------------

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _classApproval(
        uint256 key,
        IHaloFactory.ClassRequest memory request,
        bytes32 salt,
        uint256 deadline,
        uint256 nonce
    ) internal view returns (IHaloFactory.Approval memory) {
        bytes32 digest = factory.classApprovalDigest(request, salt, vm.addr(key), deadline, nonce);
        return IHaloFactory.Approval(vm.addr(key), deadline, nonce, _sign(key, digest));
    }

    function _unitApproval(
        uint256 key,
        IHaloFactory.UnitRequest memory request,
        bytes32 salt,
        uint256 deadline,
        uint256 nonce
    ) internal view returns (IHaloFactory.Approval memory) {
        bytes32 digest = factory.unitApprovalDigest(request, salt, vm.addr(key), deadline, nonce);
        return IHaloFactory.Approval(vm.addr(key), deadline, nonce, _sign(key, digest));
    }

    /// @dev The unit and NFAT contracts have plain AccessControl (docs/gas.md): `role`'s holders on `target` are
    ///      exactly those its RoleGranted events in the deployment named (no RoleRevoked in a deployment), here
    ///      `holder` alone.
    function _assertOnlyLogged(Vm.Log[] memory logs, address target, bytes32 role, address holder) internal view {
        uint256 n = 0;
        for (uint256 i = 0; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            assertTrue(l.emitter != target || l.topics[0] != IAccessControl.RoleRevoked.selector, "revoke");
            if (l.emitter != target || l.topics[0] != IAccessControl.RoleGranted.selector || l.topics[1] != role) {
                continue;
            }
            assertEq(address(uint160(uint256(l.topics[2]))), holder, "role holder");
            ++n;
        }
        assertEq(n, 1, "role member count");
        assertTrue(IAccessControl(target).hasRole(role, holder));
    }
}
