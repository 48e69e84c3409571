// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Script, console} from "forge-std/Script.sol";

import {BEAMState} from "../src/configurator/BEAMState.sol";
import {BEAMTimeLock} from "../src/configurator/BEAMTimeLock.sol";
import {Configurator} from "../src/configurator/Configurator.sol";
import {HaloFactory} from "../src/factory/HaloFactory.sol";
import {HaloRegistry} from "../src/factory/HaloRegistry.sol";
import {TemplateRegistry} from "../src/factory/TemplateRegistry.sol";
import {FactoryNames} from "../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../src/interfaces/IHaloFactory.sol";
import {ITemplateRegistry} from "../src/interfaces/ITemplateRegistry.sol";
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

/// @title SystemDeployment — the deployment sequence, shared by `DeploySystem` (broadcast) and the test fixture
///        (pranked as the same deploying account)
/// @notice Every call below is made by `cfg.deployer`, which is a temporary admin of the timelock, BEAMState and the
///         HaloRegistry only until the end of `_deploySystemContracts`: it hands each admin right to its final
///         holder and renounces it.
abstract contract SystemDeployment {
    struct SystemConfig {
        address deployer; // the account sending these transactions (temporary admin)
        address governance; // aBEAM: timelock proposer + admin (unpauses), instant removals on BEAMState
        uint256 delay; // timelock delay (14 days in production)
        address templateProposer; // TEMPLATE_PROPOSER
        address registrar; // REGISTRAR on the HaloRegistry (GovOps registering agents)
        address reviewer; // REVIEWER on the HaloRegistry (Day-0 reviews)
        address[] deployers; // DEPLOYER on the factory
        address[] approvers; // APPROVER on the factory (signed instance approvals)
    }

    struct System {
        BEAMTimeLock timelock;
        BEAMState beamState;
        Configurator configurator;
        TemplateRegistry templates;
        HaloRegistry registry;
        HaloFactory factory;
        HaloTemplateSpecs.Implementations impls;
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

    function _deploySystemContracts(SystemConfig memory cfg) internal returns (System memory sys) {
        address[] memory governanceList = new address[](1);
        governanceList[0] = cfg.governance;
        address[] memory anyone = new address[](1); // address(0): anyone executes a ready operation
        sys.timelock = new BEAMTimeLock(cfg.delay, governanceList, anyone, cfg.deployer);
        sys.beamState = new BEAMState(cfg.deployer, governanceList);
        sys.configurator = new Configurator(address(sys.beamState));
        address[] memory proposers = new address[](1);
        proposers[0] = cfg.templateProposer;
        sys.templates = new TemplateRegistry(address(sys.timelock), proposers);
        sys.registry = new HaloRegistry(cfg.deployer, address(sys.templates));
        sys.impls = _deployImplementations();
        sys.factory = new HaloFactory(
            IHaloFactory.Wiring({
                timelock: address(sys.timelock),
                templateRegistry: address(sys.templates),
                haloRegistry: address(sys.registry),
                beamState: address(sys.beamState),
                configurator: address(sys.configurator)
            }),
            cfg.deployers,
            cfg.approvers
        );

        // System wiring of the factory: schedule cBEAM grants, register PAUs it deployed, record its instances.
        sys.timelock.grantRole(sys.timelock.PROPOSER_ROLE(), address(sys.factory));
        sys.beamState.grantRole(sys.beamState.FACTORY(), address(sys.factory));
        sys.registry.grantRole(sys.registry.FACTORY(), address(sys.factory));
        sys.registry.grantRole(sys.registry.REGISTRAR(), cfg.registrar);
        sys.registry.grantRole(sys.registry.REVIEWER(), cfg.reviewer);

        // Hand every temporary admin right to its final holder, then renounce it.
        sys.beamState.grantRole(sys.beamState.DEFAULT_ADMIN_ROLE(), address(sys.timelock));
        sys.registry.grantRole(sys.registry.DEFAULT_ADMIN_ROLE(), address(sys.timelock));
        sys.timelock.grantRole(sys.timelock.DEFAULT_ADMIN_ROLE(), cfg.governance);
        sys.beamState.renounceRole(sys.beamState.DEFAULT_ADMIN_ROLE(), cfg.deployer);
        sys.registry.renounceRole(sys.registry.DEFAULT_ADMIN_ROLE(), cfg.deployer);
        sys.timelock.renounceRole(sys.timelock.DEFAULT_ADMIN_ROLE(), cfg.deployer);
    }

    /// @notice The timelock batch that approves both v1 templates (scheduled and executed by governance).
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

/// @title DeploySystem — deploy the whole Halo Factory system to a chain
/// @notice `forge script contracts/script/DeploySystem.s.sol --rpc-url $RPC_URL --private-key $KEY --broadcast`
///         Environment (addresses; every one defaults to the broadcasting account, handy on a local anvil):
///         - GOVERNANCE: aBEAM (timelock proposer + admin, BEAMState ABEAM);
///         - TIMELOCK_DELAY: seconds (default 1209600 = 14 days);
///         - TEMPLATE_PROPOSER, REGISTRAR, REVIEWER, FACTORY_DEPLOYER, FACTORY_APPROVER.
///         The broadcaster proposes both v1 templates when it is the TEMPLATE_PROPOSER. When it is also GOVERNANCE it
///         schedules their approval on the timelock, and executes it at once when TIMELOCK_DELAY is 0 (local chains);
///         otherwise governance schedules `templateApprovalBatch` itself. Addresses are written to
///         `out/deployments/<chainId>.json` for `halo.config.ts`.
contract DeploySystem is Script, SystemDeployment {
    bytes32 internal constant APPROVAL_SALT = keccak256("halo-factory:approve-v1-templates");

    function run() external returns (System memory sys) {
        address broadcaster = msg.sender;
        SystemConfig memory cfg;
        cfg.deployer = broadcaster;
        cfg.governance = vm.envOr("GOVERNANCE", broadcaster);
        cfg.delay = vm.envOr("TIMELOCK_DELAY", uint256(14 days));
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
            if (cfg.governance == broadcaster) {
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
        vm.serializeAddress(k, "BEAMTimeLock", address(sys.timelock));
        vm.serializeAddress(k, "BEAMState", address(sys.beamState));
        vm.serializeAddress(k, "Configurator", address(sys.configurator));
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
