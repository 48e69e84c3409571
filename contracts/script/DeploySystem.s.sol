// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

// =====================================================================================================================
// THE DEPLOY SEQUENCE (devnet / test). `reconciler/chain/system.ts` mirrors it call for call (parity test); change
// both together. Every call is sent by `deployer`, which is a temporary BeamState ward and Timelock admin until step 8.
//
//  PAS stand-in (contracts/pas; on mainnet Sky's deployed PAS takes its place: steps 1-4 and 8 are Sky's)
//   1. BeamState()                                   ward: deployer
//   2. Configurator(beamState)
//   3. Timelock(minDelay = cfg.delay, admin = deployer)
//   4. PASInit, as the deployer (a ward / the admin):
//      a. beamState.setRoleAction(1 DELAYED, sel, true) for start, setHop, setMaxChange, addRateLimits,
//         addController, addCBeam, addInitRateLimits, addInitControllerActions (this order)
//      b. beamState.setRoleAction(2 IMMEDIATE, sel, true) for stop, delRateLimits, delController, delCBeam,
//         setCBeamForRateLimits, unsetCBeamForRateLimits, setCBeamForController, unsetCBeamForController,
//         delInitRateLimits, delInitControllerActions (this order)
//      c. beamState.setUserRole(timelock, 1, true); beamState.setUserRole(cfg.coreCouncil, 2, true)
//      d. timelock.grantRole(PROPOSER_ROLE, cfg.coreCouncilProposer);
//         timelock.grantRole(CANCELLER_ROLE, cfg.coreCouncilProposer);
//         timelock.grantRole(PAUSER_ROLE, cfg.pauser)                      (only if cfg.pauser != 0)
//      e. beamState.setHop(address(0), 18 hours); beamState.setMaxChange(address(0), 1.25e18)
//  Halo Factory system
//   5. TemplateRegistry(governance = timelock, proposers = [cfg.templateProposer])
//      HaloRegistry(admin = deployer, templateRegistry)
//      implementations, in order: ALMProxy, RateLimits, HaloController, NfatFacility, NfatDealToken, NfatRedeem,
//      HaloShareToken, SubscribeQueue, RedeemQueue
//      HaloCBeamProposer(timelock, beamState)                            setter: deployer
//      HaloFactory(Wiring{timelock, templateRegistry, haloRegistry, beamState, configurator, cbeamProposer},
//                  deployers = cfg.deployers, approvers = cfg.approvers)  DEFAULT_ADMIN: timelock
//   6. cbeamProposer.setFactory(factory)
//      registry.grantRole(FACTORY, factory); registry.grantRole(REGISTRAR, cfg.registrar);
//      registry.grantRole(REVIEWER, cfg.reviewer); registry.grantRole(DEFAULT_ADMIN_ROLE, timelock);
//      registry.renounceRole(DEFAULT_ADMIN_ROLE, deployer)
//   7. (only if cfg.runSpell) the Sky spell of `HaloPasSpell`, as the deployer (still ward and admin, so the effect is
//      the PauseProxy's): setRoleAction(3, sel, true) for addRateLimits, addController, addInitRateLimits,
//      setCBeamForRateLimits, setCBeamForController; setUserRole(factory, 3, true);
//      timelock.grantRole(PROPOSER_ROLE, cbeamProposer).
//      Without it (cfg.runSpell = false) the factory cannot deploy until the PauseProxy runs the same seven calls:
//      the reconciler's first plan then starts with them as a `sky-governance` batch; test fixtures prank the
//      PauseProxy and call `HaloPasSpell.execute`.
//   8. hand PAS to Sky's PauseProxy (only if cfg.pauseProxy != deployer): beamState.rely(pauseProxy);
//      beamState.deny(deployer); timelock.grantRole(DEFAULT_ADMIN_ROLE, pauseProxy);
//      timelock.renounceRole(DEFAULT_ADMIN_ROLE, deployer)
//  Then (DeploySystem.run only): the template proposer proposes both v1 templates; the Core Council proposer schedules
//  `_templateApprovalBatch` on the timelock (executed at once when the delay is 0).
// =====================================================================================================================

import {Script, console} from "forge-std/Script.sol";

import {BeamState} from "../pas/BeamState.sol";
import {Configurator} from "../pas/Configurator.sol";
import {Timelock} from "../pas/Timelock.sol";
import {HaloCBeamProposer} from "../src/factory/HaloCBeamProposer.sol";
import {HaloFactory} from "../src/factory/HaloFactory.sol";
import {HaloRegistry} from "../src/factory/HaloRegistry.sol";
import {TemplateRegistry} from "../src/factory/TemplateRegistry.sol";
import {FactoryNames} from "../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../src/interfaces/IHaloFactory.sol";
import {ITemplateRegistry} from "../src/interfaces/ITemplateRegistry.sol";
import {IBeamState} from "../src/interfaces/pas/IBeamState.sol";
import {HaloShareToken} from "../src/lcts/HaloShareToken.sol";
import {RedeemQueue} from "../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../src/lcts/SubscribeQueue.sol";
import {NfatDealToken} from "../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../src/nfat/NfatRedeem.sol";
import {ALMProxy} from "../src/pau/ALMProxy.sol";
import {HaloController} from "../src/pau/HaloController.sol";
import {RateLimitKeys} from "../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../src/pau/RateLimits.sol";
import {HaloPasSpell} from "./HaloPasSpell.sol";

/// @title HaloTemplateSpecs — the two v1 templates this repository ships (LCTS Portfolio, NFAT Term)
/// @notice One definition used by the deploy script and by every test fixture, so tests run what is deployed.
library HaloTemplateSpecs {
    bytes32 internal constant LCTS_TEMPLATE = "lcts-portfolio";
    bytes32 internal constant NFAT_TEMPLATE = "nfat-term";
    /// @notice Day-0 initial rate limit (reference: 100k USD in an 18-decimal asset) refilling over one day.
    uint256 internal constant IRL = 100_000e18;
    uint256 internal constant IRL_SLOPE = uint256(100_000e18) / 1 days;
    uint32 internal constant DAY0_CYCLES = 7;

    struct Implementations {
        address almProxy;
        address rateLimits;
        address controller;
        address facility;
        address dealToken;
        address redeem;
        address shareToken;
        address subscribeQueue;
        address redeemQueue;
    }

    function component(bytes32 name, address implementation)
        internal
        view
        returns (ITemplateRegistry.Component memory)
    {
        return ITemplateRegistry.Component(name, implementation, implementation.codehash);
    }

    function day0() internal pure returns (ITemplateRegistry.Day0Limit[] memory limits) {
        limits = new ITemplateRegistry.Day0Limit[](2);
        limits[0] = ITemplateRegistry.Day0Limit(RateLimitKeys.LIMIT_UNIT_INFLOW, IRL, IRL_SLOPE);
        limits[1] = ITemplateRegistry.Day0Limit(RateLimitKeys.LIMIT_UNIT_OUTFLOW, IRL, IRL_SLOPE);
    }

    function lcts(Implementations memory impls) internal view returns (ITemplateRegistry.TemplateSpec memory s) {
        s.kind = FactoryNames.PORTFOLIO_LCTS;
        s.beaconKinds = new bytes32[](1);
        s.beaconKinds[0] = FactoryNames.BEACON_LCTS;
        s.classComponents = new ITemplateRegistry.Component[](3);
        s.classComponents[0] = component(FactoryNames.ALM_PROXY, impls.almProxy);
        s.classComponents[1] = component(FactoryNames.RATE_LIMITS, impls.rateLimits);
        s.classComponents[2] = component(FactoryNames.CONTROLLER, impls.controller);
        s.unitComponents = new ITemplateRegistry.Component[](3);
        s.unitComponents[0] = component(FactoryNames.SHARE_TOKEN, impls.shareToken);
        s.unitComponents[1] = component(FactoryNames.SUBSCRIBE_QUEUE, impls.subscribeQueue);
        s.unitComponents[2] = component(FactoryNames.REDEEM_QUEUE, impls.redeemQueue);
        s.unitRanges = new ITemplateRegistry.ParamRange[](6);
        s.unitRanges[0] = ITemplateRegistry.ParamRange(FactoryNames.CAPACITY, 0, 1e27);
        s.unitRanges[1] = ITemplateRegistry.ParamRange(FactoryNames.SENIORITY, 0, 1); // 0 senior, 1 junior
        s.unitRanges[2] = ITemplateRegistry.ParamRange(FactoryNames.TARGET_YIELD_BPS, 0, 2000);
        s.unitRanges[3] = ITemplateRegistry.ParamRange(FactoryNames.MAX_RATE_INCREASE_BPS, 1, 100);
        s.unitRanges[4] = ITemplateRegistry.ParamRange(FactoryNames.MIN_DEPOSIT, 0, 1_000_000e18);
        s.unitRanges[5] = ITemplateRegistry.ParamRange(FactoryNames.INITIAL_EXCHANGE_RATE, 0.5e18, 2e18);
        s.day0Limits = day0();
        s.day0Cycles = DAY0_CYCLES;
        s.audit = ITemplateRegistry.Audit(keccak256("lcts-audit"), "ipfs://audits/lcts-portfolio-v1");
    }

    function nfat(Implementations memory impls) internal view returns (ITemplateRegistry.TemplateSpec memory s) {
        s.kind = FactoryNames.TERM_NFAT;
        s.beaconKinds = new bytes32[](2);
        s.beaconKinds[0] = FactoryNames.BEACON_NFAT;
        s.beaconKinds[1] = FactoryNames.BEACON_ATTEST;
        s.classComponents = new ITemplateRegistry.Component[](6);
        s.classComponents[0] = component(FactoryNames.ALM_PROXY, impls.almProxy);
        s.classComponents[1] = component(FactoryNames.RATE_LIMITS, impls.rateLimits);
        s.classComponents[2] = component(FactoryNames.CONTROLLER, impls.controller);
        s.classComponents[3] = component(FactoryNames.NFAT_FACILITY, impls.facility);
        s.classComponents[4] = component(FactoryNames.NFAT_DEAL_TOKEN, impls.dealToken);
        s.classComponents[5] = component(FactoryNames.NFAT_REDEEM, impls.redeem);
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
        s.day0Limits = day0();
        s.day0Cycles = DAY0_CYCLES;
        s.audit = ITemplateRegistry.Audit(keccak256("nfat-audit"), "ipfs://audits/nfat-term-v1");
    }
}

/// @title SystemDeployment — the deployment sequence (see the top of this file), shared by `DeploySystem` (broadcast)
///        and the test fixture (pranked as the same deploying account)
abstract contract SystemDeployment {
    /// @notice PASInit's SORL fallback: one increase per 18 hours, by at most +25% (WAD).
    uint256 internal constant PAS_HOP = 18 hours;
    uint256 internal constant PAS_MAX_CHANGE = 1.25e18;
    uint8 internal constant ROLE_DELAYED = 1;
    uint8 internal constant ROLE_IMMEDIATE = 2;

    struct SystemConfig {
        address deployer; // the account sending these transactions (temporary ward / admin)
        address pauseProxy; // Sky's PauseProxy: BeamState ward, Timelock DEFAULT_ADMIN (executive spells)
        address coreCouncil; // BeamState role 2 (IMMEDIATE): direct removals and cBEAM grants
        address coreCouncilProposer; // Timelock PROPOSER + CANCELLER (timelocked Core Council actions)
        address pauser; // Timelock PAUSER (PASMom / emergency); zero = none
        uint256 delay; // Timelock minimum delay
        bool runSpell; // run the factory's PAS authorisation (HaloPasSpell) during the deployment
        address templateProposer; // TEMPLATE_PROPOSER
        address registrar; // REGISTRAR on the HaloRegistry (GovOps registering agents)
        address reviewer; // REVIEWER on the HaloRegistry (Day-0 reviews)
        address[] deployers; // DEPLOYER on the factory
        address[] approvers; // APPROVER on the factory (signed instance approvals)
    }

    struct System {
        Timelock timelock;
        BeamState beamState;
        Configurator configurator;
        HaloCBeamProposer cbeamProposer;
        TemplateRegistry templates;
        HaloRegistry registry;
        HaloFactory factory;
        HaloTemplateSpecs.Implementations impls;
    }

    /// @notice The selectors PASInit gives role 1 (DELAYED: the Timelock), in PASInit's order.
    function _delayedSelectors() internal pure returns (bytes4[] memory s) {
        s = new bytes4[](8);
        s[0] = IBeamState.start.selector;
        s[1] = IBeamState.setHop.selector;
        s[2] = IBeamState.setMaxChange.selector;
        s[3] = IBeamState.addRateLimits.selector;
        s[4] = IBeamState.addController.selector;
        s[5] = IBeamState.addCBeam.selector;
        s[6] = IBeamState.addInitRateLimits.selector;
        s[7] = IBeamState.addInitControllerActions.selector;
    }

    /// @notice The selectors PASInit gives role 2 (IMMEDIATE: Core Council), in PASInit's order.
    function _immediateSelectors() internal pure returns (bytes4[] memory s) {
        s = new bytes4[](10);
        s[0] = IBeamState.stop.selector;
        s[1] = IBeamState.delRateLimits.selector;
        s[2] = IBeamState.delController.selector;
        s[3] = IBeamState.delCBeam.selector;
        s[4] = IBeamState.setCBeamForRateLimits.selector;
        s[5] = IBeamState.unsetCBeamForRateLimits.selector;
        s[6] = IBeamState.setCBeamForController.selector;
        s[7] = IBeamState.unsetCBeamForController.selector;
        s[8] = IBeamState.delInitRateLimits.selector;
        s[9] = IBeamState.delInitControllerActions.selector;
    }

    function _deployImplementations() internal returns (HaloTemplateSpecs.Implementations memory i) {
        i.almProxy = address(new ALMProxy());
        i.rateLimits = address(new RateLimits());
        i.controller = address(new HaloController());
        i.facility = address(new NfatFacility());
        i.dealToken = address(new NfatDealToken());
        i.redeem = address(new NfatRedeem());
        i.shareToken = address(new HaloShareToken());
        i.subscribeQueue = address(new SubscribeQueue());
        i.redeemQueue = address(new RedeemQueue());
    }

    /// @notice Steps 1-4: the PAS stand-in with PASInit's roles and SORL fallback.
    function _deployPas(SystemConfig memory cfg, System memory sys) internal {
        sys.beamState = new BeamState();
        sys.configurator = new Configurator(address(sys.beamState));
        sys.timelock = new Timelock(cfg.delay, cfg.deployer);
        bytes4[] memory delayed = _delayedSelectors();
        for (uint256 i = 0; i < delayed.length; ++i) {
            sys.beamState.setRoleAction(ROLE_DELAYED, delayed[i], true);
        }
        bytes4[] memory immediate = _immediateSelectors();
        for (uint256 i = 0; i < immediate.length; ++i) {
            sys.beamState.setRoleAction(ROLE_IMMEDIATE, immediate[i], true);
        }
        sys.beamState.setUserRole(address(sys.timelock), ROLE_DELAYED, true);
        sys.beamState.setUserRole(cfg.coreCouncil, ROLE_IMMEDIATE, true);
        sys.timelock.grantRole(sys.timelock.PROPOSER_ROLE(), cfg.coreCouncilProposer);
        sys.timelock.grantRole(sys.timelock.CANCELLER_ROLE(), cfg.coreCouncilProposer);
        if (cfg.pauser != address(0)) sys.timelock.grantRole(sys.timelock.PAUSER_ROLE(), cfg.pauser);
        sys.beamState.setHop(address(0), PAS_HOP);
        sys.beamState.setMaxChange(address(0), PAS_MAX_CHANGE);
    }

    function _deploySystemContracts(SystemConfig memory cfg) internal returns (System memory sys) {
        _deployPas(cfg, sys);

        // 5. the Halo Factory system; governance = the PAS Timelock
        address[] memory proposers = new address[](1);
        proposers[0] = cfg.templateProposer;
        sys.templates = new TemplateRegistry(address(sys.timelock), proposers);
        sys.registry = new HaloRegistry(cfg.deployer, address(sys.templates));
        sys.impls = _deployImplementations();
        sys.cbeamProposer = new HaloCBeamProposer(address(sys.timelock), address(sys.beamState));
        sys.factory = new HaloFactory(
            IHaloFactory.Wiring({
                timelock: address(sys.timelock),
                templateRegistry: address(sys.templates),
                haloRegistry: address(sys.registry),
                beamState: address(sys.beamState),
                configurator: address(sys.configurator),
                cbeamProposer: address(sys.cbeamProposer)
            }),
            cfg.deployers,
            cfg.approvers
        );

        // 6. wiring; the registry's temporary admin goes to the timelock
        sys.cbeamProposer.setFactory(address(sys.factory));
        sys.registry.grantRole(sys.registry.FACTORY(), address(sys.factory));
        sys.registry.grantRole(sys.registry.REGISTRAR(), cfg.registrar);
        sys.registry.grantRole(sys.registry.REVIEWER(), cfg.reviewer);
        sys.registry.grantRole(sys.registry.DEFAULT_ADMIN_ROLE(), address(sys.timelock));
        sys.registry.renounceRole(sys.registry.DEFAULT_ADMIN_ROLE(), cfg.deployer);

        // 7. Sky's authorisation of the factory in PAS (normally an executive spell)
        if (cfg.runSpell) {
            HaloPasSpell.execute(
                address(sys.beamState), address(sys.timelock), address(sys.factory), address(sys.cbeamProposer)
            );
        }

        // 8. PAS belongs to Sky's PauseProxy
        if (cfg.pauseProxy != cfg.deployer) {
            sys.beamState.rely(cfg.pauseProxy);
            sys.beamState.deny(cfg.deployer);
            sys.timelock.grantRole(sys.timelock.DEFAULT_ADMIN_ROLE(), cfg.pauseProxy);
            sys.timelock.renounceRole(sys.timelock.DEFAULT_ADMIN_ROLE(), cfg.deployer);
        }
    }

    /// @notice The timelock batch that approves both v1 templates (scheduled by a Core Council proposer).
    function _templateApprovalBatch(System memory sys)
        internal
        pure
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        targets = new address[](2);
        values = new uint256[](2);
        payloads = new bytes[](2);
        targets[0] = address(sys.templates);
        targets[1] = address(sys.templates);
        payloads[0] = abi.encodeCall(ITemplateRegistry.approveTemplate, (HaloTemplateSpecs.LCTS_TEMPLATE, 1));
        payloads[1] = abi.encodeCall(ITemplateRegistry.approveTemplate, (HaloTemplateSpecs.NFAT_TEMPLATE, 1));
    }
}

/// @title DeploySystem — deploy the PAS stand-in and the whole Halo Factory system to a (dev) chain
/// @notice `forge script contracts/script/DeploySystem.s.sol --rpc-url $RPC_URL --private-key $KEY --broadcast`
///         Environment (addresses default to the broadcasting account, handy on a local anvil):
///         - PAUSE_PROXY (BeamState ward, Timelock admin), CORE_COUNCIL (BeamState IMMEDIATE role),
///           CORE_COUNCIL_PROPOSER (Timelock proposer + canceller), PAUSER (Timelock pauser; default none);
///         - TIMELOCK_DELAY: seconds (default 1209600 = 14 days);
///         - PAS_SPELL: run the factory's PAS authorisation during the deployment (default true; false stops before
///           it, so that the first plan carries it as a `sky-governance` batch);
///         - TEMPLATE_PROPOSER, REGISTRAR, REVIEWER, FACTORY_DEPLOYER, FACTORY_APPROVER.
///         The broadcaster proposes both v1 templates when it is the TEMPLATE_PROPOSER. When it is also the Core Council
///         proposer it schedules their approval on the timelock, and executes it at once when TIMELOCK_DELAY is 0;
///         otherwise a Core Council proposer schedules `_templateApprovalBatch` itself. Addresses are written to
///         `out/deployments/<chainId>.json`.
contract DeploySystem is Script, SystemDeployment {
    bytes32 internal constant APPROVAL_SALT = keccak256("halo-factory:approve-v1-templates");

    function run() external returns (System memory sys) {
        address broadcaster = msg.sender;
        SystemConfig memory cfg;
        cfg.deployer = broadcaster;
        cfg.pauseProxy = vm.envOr("PAUSE_PROXY", broadcaster);
        cfg.coreCouncil = vm.envOr("CORE_COUNCIL", broadcaster);
        cfg.coreCouncilProposer = vm.envOr("CORE_COUNCIL_PROPOSER", broadcaster);
        cfg.pauser = vm.envOr("PAUSER", address(0));
        cfg.delay = vm.envOr("TIMELOCK_DELAY", uint256(14 days));
        cfg.runSpell = vm.envOr("PAS_SPELL", true);
        cfg.templateProposer = vm.envOr("TEMPLATE_PROPOSER", broadcaster);
        cfg.registrar = vm.envOr("REGISTRAR", broadcaster);
        cfg.reviewer = vm.envOr("REVIEWER", broadcaster);
        cfg.deployers = new address[](1);
        cfg.deployers[0] = vm.envOr("FACTORY_DEPLOYER", broadcaster);
        cfg.approvers = new address[](1);
        cfg.approvers[0] = vm.envOr("FACTORY_APPROVER", broadcaster);

        vm.startBroadcast(broadcaster);
        sys = _deploySystemContracts(cfg);
        if (cfg.templateProposer == broadcaster) {
            sys.templates.proposeTemplate(HaloTemplateSpecs.LCTS_TEMPLATE, 1, HaloTemplateSpecs.lcts(sys.impls));
            sys.templates.proposeTemplate(HaloTemplateSpecs.NFAT_TEMPLATE, 1, HaloTemplateSpecs.nfat(sys.impls));
            if (cfg.coreCouncilProposer == broadcaster) {
                (address[] memory targets, uint256[] memory values, bytes[] memory payloads) =
                    _templateApprovalBatch(sys);
                sys.timelock.scheduleBatch(targets, values, payloads, bytes32(0), APPROVAL_SALT, cfg.delay);
                if (cfg.delay == 0) sys.timelock.executeBatch(targets, values, payloads, bytes32(0), APPROVAL_SALT);
            }
        }
        vm.stopBroadcast();

        _write(sys);
    }

    function _write(System memory sys) internal {
        string memory k = "deployment";
        vm.serializeAddress(k, "Timelock", address(sys.timelock));
        vm.serializeAddress(k, "BeamState", address(sys.beamState));
        vm.serializeAddress(k, "Configurator", address(sys.configurator));
        vm.serializeAddress(k, "HaloCBeamProposer", address(sys.cbeamProposer));
        vm.serializeAddress(k, "TemplateRegistry", address(sys.templates));
        vm.serializeAddress(k, "HaloRegistry", address(sys.registry));
        vm.serializeAddress(k, "ALMProxyImplementation", sys.impls.almProxy);
        vm.serializeAddress(k, "RateLimitsImplementation", sys.impls.rateLimits);
        vm.serializeAddress(k, "HaloControllerImplementation", sys.impls.controller);
        vm.serializeAddress(k, "NfatFacilityImplementation", sys.impls.facility);
        vm.serializeAddress(k, "NfatDealTokenImplementation", sys.impls.dealToken);
        vm.serializeAddress(k, "NfatRedeemImplementation", sys.impls.redeem);
        vm.serializeAddress(k, "HaloShareTokenImplementation", sys.impls.shareToken);
        vm.serializeAddress(k, "SubscribeQueueImplementation", sys.impls.subscribeQueue);
        vm.serializeAddress(k, "RedeemQueueImplementation", sys.impls.redeemQueue);
        vm.serializeUint(k, "chainId", block.chainid);
        string memory json = vm.serializeAddress(k, "HaloFactory", address(sys.factory));
        vm.createDir("out/deployments", true);
        string memory path = string.concat("out/deployments/", vm.toString(block.chainid), ".json");
        vm.writeJson(json, path);
        console.log("Halo Factory system written to", path);
    }
}
