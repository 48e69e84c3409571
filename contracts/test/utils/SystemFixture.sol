// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {BEAMState} from "../../src/configurator/BEAMState.sol";
import {BEAMTimeLock} from "../../src/configurator/BEAMTimeLock.sol";
import {Configurator} from "../../src/configurator/Configurator.sol";
import {HaloFactory} from "../../src/factory/HaloFactory.sol";
import {HaloRegistry} from "../../src/factory/HaloRegistry.sol";
import {TemplateRegistry} from "../../src/factory/TemplateRegistry.sol";
import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {RedeemQueue} from "../../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {MockERC20} from "./MockERC20.sol";

/// @title SystemFixture — the whole Halo Factory system, deployed the way `script/DeploySystem.s.sol` does it
/// @notice BEAMTimeLock (governance = proposer + admin, anyone executes), BEAMState, Configurator, TemplateRegistry,
///         HaloRegistry, HaloFactory, every implementation, the factory's roles (FACTORY on BEAMState and on the
///         HaloRegistry, PROPOSER on the timelock), and both templates (LCTS Portfolio v1, NFAT Term v1) proposed by
///         the template proposer and approved by governance through the timelock (14-day wait included).
///         Temporary admin rights the deploying account needs are handed to the timelock and renounced, exactly as
///         the script does. Reused by the factory, integration, invariant and benchmark tests.
abstract contract SystemFixture is Test {
    uint256 internal constant DELAY = 14 days;
    bytes32 internal constant LCTS_TEMPLATE = "lcts-portfolio";
    bytes32 internal constant NFAT_TEMPLATE = "nfat-term";
    bytes32 internal constant AGENT = "acme";
    uint256 internal constant IRL = 100_000e18; // Day-0 rate limit (reference: 100k USD)
    uint256 internal constant IRL_SLOPE = uint256(100_000e18) / 1 days;
    uint32 internal constant DAY0_CYCLES = 7;

    // ---- actors ----
    address internal deployer = makeAddr("deployer"); // deploys the system; DEPLOYER + TEMPLATE_PROPOSER
    address internal governance = makeAddr("governance"); // aBEAM: timelock proposer and admin
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
    BEAMTimeLock internal timelock;
    BEAMState internal beamState;
    Configurator internal configurator;
    TemplateRegistry internal templates;
    HaloRegistry internal registry;
    HaloFactory internal factory;
    MockERC20 internal usds; // the deposit asset (sUSDS stand-in)

    // ---- implementations ----
    ALMProxy internal almProxyImpl;
    RateLimits internal rateLimitsImpl;
    HaloController internal controllerImpl;
    NfatFacility internal facilityImpl;
    NfatDealToken internal dealTokenImpl;
    NfatRedeem internal redeemImpl;
    HaloShareToken internal shareTokenImpl;
    SubscribeQueue internal subscribeQueueImpl;
    RedeemQueue internal redeemQueueImpl;

    uint256 private _timelockSalt;

    function _deploySystem() internal {
        vm.warp(1_750_000_000);
        vm.startPrank(deployer);
        address[] memory proposers = new address[](1);
        proposers[0] = governance;
        address[] memory executors = new address[](1); // address(0): anyone executes a ready operation
        timelock = new BEAMTimeLock(DELAY, proposers, executors, deployer);
        beamState = new BEAMState(deployer, proposers);
        configurator = new Configurator(address(beamState));
        address[] memory templateProposers = new address[](1);
        templateProposers[0] = deployer;
        templates = new TemplateRegistry(address(timelock), templateProposers);
        registry = new HaloRegistry(deployer, address(templates));

        almProxyImpl = new ALMProxy();
        rateLimitsImpl = new RateLimits();
        controllerImpl = new HaloController();
        facilityImpl = new NfatFacility();
        dealTokenImpl = new NfatDealToken();
        redeemImpl = new NfatRedeem();
        shareTokenImpl = new HaloShareToken();
        subscribeQueueImpl = new SubscribeQueue();
        redeemQueueImpl = new RedeemQueue();

        address[] memory deployers = new address[](1);
        deployers[0] = deployer;
        address[] memory approvers = new address[](1);
        approvers[0] = approver;
        factory = new HaloFactory(
            IHaloFactory.Wiring({
                timelock: address(timelock),
                templateRegistry: address(templates),
                haloRegistry: address(registry),
                beamState: address(beamState),
                configurator: address(configurator)
            }),
            deployers,
            approvers
        );

        // The factory's system roles, then every temporary admin right handed over and renounced.
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(factory));
        beamState.grantRole(beamState.FACTORY(), address(factory));
        registry.grantRole(registry.FACTORY(), address(factory));
        registry.grantRole(registry.REGISTRAR(), registrar);
        registry.grantRole(registry.REVIEWER(), reviewer);
        beamState.grantRole(beamState.DEFAULT_ADMIN_ROLE(), address(timelock));
        registry.grantRole(registry.DEFAULT_ADMIN_ROLE(), address(timelock));
        timelock.grantRole(timelock.DEFAULT_ADMIN_ROLE(), governance);
        beamState.renounceRole(beamState.DEFAULT_ADMIN_ROLE(), deployer);
        registry.renounceRole(registry.DEFAULT_ADMIN_ROLE(), deployer);
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), deployer);

        templates.proposeTemplate(LCTS_TEMPLATE, 1, _lctsSpec());
        templates.proposeTemplate(NFAT_TEMPLATE, 1, _nfatSpec());
        vm.stopPrank();

        // Template approval is governance's, through the timelock.
        address[] memory targets = new address[](2);
        bytes[] memory payloads = new bytes[](2);
        targets[0] = address(templates);
        targets[1] = address(templates);
        payloads[0] = abi.encodeCall(ITemplateRegistry.approveTemplate, (LCTS_TEMPLATE, 1));
        payloads[1] = abi.encodeCall(ITemplateRegistry.approveTemplate, (NFAT_TEMPLATE, 1));
        _governanceBatch(targets, payloads);

        usds = new MockERC20("Savings USDS", "sUSDS", 18);
        vm.prank(registrar);
        registry.registerAgent(AGENT, operator, IHaloRegistry.Artifact("ipfs://acme", keccak256("acme")));

        vm.label(address(timelock), "BEAMTimeLock");
        vm.label(address(beamState), "BEAMState");
        vm.label(address(configurator), "Configurator");
        vm.label(address(templates), "TemplateRegistry");
        vm.label(address(registry), "HaloRegistry");
        vm.label(address(factory), "HaloFactory");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Governance through the timelock
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Schedule `payloads` as governance, wait out the delay, execute (as an outsider: anyone may).
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

    // ---------------------------------------------------------------------------------------------------------
    // Templates
    // ---------------------------------------------------------------------------------------------------------

    function _component(bytes32 name, address implementation)
        internal
        view
        returns (ITemplateRegistry.Component memory)
    {
        return ITemplateRegistry.Component(name, implementation, implementation.codehash);
    }

    function _day0() internal pure returns (ITemplateRegistry.Day0Limit[] memory limits) {
        limits = new ITemplateRegistry.Day0Limit[](2);
        limits[0] = ITemplateRegistry.Day0Limit(RateLimitKeys.LIMIT_UNIT_INFLOW, IRL, IRL_SLOPE);
        limits[1] = ITemplateRegistry.Day0Limit(RateLimitKeys.LIMIT_UNIT_OUTFLOW, IRL, IRL_SLOPE);
    }

    function _lctsSpec() internal view returns (ITemplateRegistry.TemplateSpec memory s) {
        s.kind = FactoryNames.PORTFOLIO_LCTS;
        s.beaconKinds = new bytes32[](1);
        s.beaconKinds[0] = FactoryNames.BEACON_LCTS;
        s.classComponents = new ITemplateRegistry.Component[](3);
        s.classComponents[0] = _component(FactoryNames.ALM_PROXY, address(almProxyImpl));
        s.classComponents[1] = _component(FactoryNames.RATE_LIMITS, address(rateLimitsImpl));
        s.classComponents[2] = _component(FactoryNames.CONTROLLER, address(controllerImpl));
        s.unitComponents = new ITemplateRegistry.Component[](3);
        s.unitComponents[0] = _component(FactoryNames.SHARE_TOKEN, address(shareTokenImpl));
        s.unitComponents[1] = _component(FactoryNames.SUBSCRIBE_QUEUE, address(subscribeQueueImpl));
        s.unitComponents[2] = _component(FactoryNames.REDEEM_QUEUE, address(redeemQueueImpl));
        s.unitRanges = new ITemplateRegistry.ParamRange[](6);
        s.unitRanges[0] = ITemplateRegistry.ParamRange(FactoryNames.CAPACITY, 0, 1e27);
        s.unitRanges[1] = ITemplateRegistry.ParamRange(FactoryNames.SENIORITY, 0, 1); // 0 senior, 1 junior
        s.unitRanges[2] = ITemplateRegistry.ParamRange(FactoryNames.TARGET_YIELD_BPS, 0, 2000);
        s.unitRanges[3] = ITemplateRegistry.ParamRange(FactoryNames.MAX_RATE_INCREASE_BPS, 1, 100);
        s.unitRanges[4] = ITemplateRegistry.ParamRange(FactoryNames.MIN_DEPOSIT, 0, 1_000_000e18);
        s.unitRanges[5] = ITemplateRegistry.ParamRange(FactoryNames.INITIAL_EXCHANGE_RATE, 0.5e18, 2e18);
        s.day0Limits = _day0();
        s.day0Cycles = DAY0_CYCLES;
        s.audit = ITemplateRegistry.Audit(keccak256("lcts-audit"), "ipfs://audits/lcts-portfolio-v1");
    }

    function _nfatSpec() internal view returns (ITemplateRegistry.TemplateSpec memory s) {
        s.kind = FactoryNames.TERM_NFAT;
        s.beaconKinds = new bytes32[](2);
        s.beaconKinds[0] = FactoryNames.BEACON_NFAT;
        s.beaconKinds[1] = FactoryNames.BEACON_ATTEST;
        s.classComponents = new ITemplateRegistry.Component[](6);
        s.classComponents[0] = _component(FactoryNames.ALM_PROXY, address(almProxyImpl));
        s.classComponents[1] = _component(FactoryNames.RATE_LIMITS, address(rateLimitsImpl));
        s.classComponents[2] = _component(FactoryNames.CONTROLLER, address(controllerImpl));
        s.classComponents[3] = _component(FactoryNames.NFAT_FACILITY, address(facilityImpl));
        s.classComponents[4] = _component(FactoryNames.NFAT_DEAL_TOKEN, address(dealTokenImpl));
        s.classComponents[5] = _component(FactoryNames.NFAT_REDEEM, address(redeemImpl));
        s.classRanges = new ITemplateRegistry.ParamRange[](10);
        s.classRanges[0] = ITemplateRegistry.ParamRange(FactoryNames.TERM_MIN, 30 days, 3650 days);
        s.classRanges[1] = ITemplateRegistry.ParamRange(FactoryNames.TERM_MAX, 30 days, 3650 days);
        s.classRanges[2] = ITemplateRegistry.ParamRange(FactoryNames.SIZE_MIN, 1000e18, 1e27);
        s.classRanges[3] = ITemplateRegistry.ParamRange(FactoryNames.SIZE_MAX, 1000e18, 1e27);
        s.classRanges[4] = ITemplateRegistry.ParamRange(FactoryNames.APY_MIN_BPS, 0, 3000);
        s.classRanges[5] = ITemplateRegistry.ParamRange(FactoryNames.APY_MAX_BPS, 0, 3000);
        s.classRanges[6] = ITemplateRegistry.ParamRange(FactoryNames.RESTRICTED_DEPOSITORS, 0, 1);
        s.classRanges[7] = ITemplateRegistry.ParamRange(FactoryNames.TRANSFER_ALLOW_LIST, 0, 1);
        s.classRanges[8] = ITemplateRegistry.ParamRange(FactoryNames.ASSET_TYPE, 0, type(uint256).max);
        s.classRanges[9] = ITemplateRegistry.ParamRange(FactoryNames.JURISDICTION, 0, type(uint256).max);
        s.day0Limits = _day0();
        s.day0Cycles = DAY0_CYCLES;
        s.audit = ITemplateRegistry.Audit(keccak256("nfat-audit"), "ipfs://audits/nfat-term-v1");
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
        bytes32 digest = factory.classApprovalDigest(request, salt, deadline, nonce);
        return IHaloFactory.Approval(vm.addr(key), deadline, nonce, _sign(key, digest));
    }

    function _unitApproval(
        uint256 key,
        IHaloFactory.UnitRequest memory request,
        bytes32 salt,
        uint256 deadline,
        uint256 nonce
    ) internal view returns (IHaloFactory.Approval memory) {
        bytes32 digest = factory.unitApprovalDigest(request, salt, deadline, nonce);
        return IHaloFactory.Approval(vm.addr(key), deadline, nonce, _sign(key, digest));
    }
}
