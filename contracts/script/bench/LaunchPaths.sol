// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {Vm} from "forge-std/Vm.sol";

import {BeamState} from "../../pas/BeamState.sol";
import {Configurator} from "../../pas/Configurator.sol";
import {Timelock} from "../../pas/Timelock.sol";
import {HaloCBeamProposer} from "../../src/factory/HaloCBeamProposer.sol";
import {HaloFactory} from "../../src/factory/HaloFactory.sol";
import {HaloRegistry} from "../../src/factory/HaloRegistry.sol";
import {TemplateRegistry} from "../../src/factory/TemplateRegistry.sol";
import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IALMProxy} from "../../src/interfaces/IALMProxy.sol";
import {IHaloController} from "../../src/interfaces/IHaloController.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../src/interfaces/INfatRedeem.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
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
import {MockERC20} from "../../test/utils/MockERC20.sol";
import {HaloTemplateSpecs} from "../DeploySystem.s.sol";
import {HaloPasSpell} from "../HaloPasSpell.sol";
import {ManualUnitRecorder} from "./ManualUnitRecorder.sol";

/// @title LaunchPaths — the two ways to launch "a Portfolio class with two units and a Term class"
/// @notice Shared by the broadcast scripts (`ManualLaunch.s.sol`, `FactoryLaunch.s.sol`, real receipts on anvil) and
///         by `test/integration/LaunchEquivalence.t.sol` (in-process, asserts both end in the same state), so the
///         benchmark measures exactly the code the equivalence test checks. Who sends a transaction is a hook:
///         the scripts broadcast with a key, the test pranks.
///
///         Manual path (Phase 1–3 style): every contract is its own full-code deployment. The implementations lock
///         their initializers (`_disableInitializers` in the constructor), so each contract is deployed as its own
///         implementation plus an OZ `ERC1967Proxy` that runs `initialize` in its constructor — the closest honest
///         equivalent of a plain `new` per contract; the proxy's own cost is reported separately so it can be
///         subtracted. Everything an initializer does not demand is a separate PAS Timelock operation (a one-call
///         `scheduleBatch` on day 0, `executeBatch` after the 14-day delay): the freezer grant, each unit's UNIT role,
///         each Day-0 rate limit, the BeamState registrations (`addRateLimits`, `addController`), each init
///         (`addInitRateLimits`), the cBEAM vetting (`addCBeam`), and the admin hand-over to the PAS Configurator;
///         then the Core Council's direct grants (`setCBeamForRateLimits`, `setCBeamForController`).
///
///         Factory path: the system with both templates approved and the factory authorised in PAS (not counted),
///         then deployClass ×2, deployUnit ×2, and after the delay the two addCBeam batches the factory scheduled
///         and the same Core Council direct grants. Both paths use PAS (the stand-in) as it is.
abstract contract LaunchPaths {
    /// @notice A predicted CREATE address did not match the deployed one (the nonce moved unexpectedly).
    error LaunchPaths_AddressMismatch(address actual, address predicted);
    /// @notice The first capital flow did not reach the PAU.
    error LaunchPaths_FlowNotArrived(address pau, uint256 balance);

    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant DELAY = 14 days;
    bytes32 internal constant LCTS_TEMPLATE = HaloTemplateSpecs.LCTS_TEMPLATE;
    bytes32 internal constant NFAT_TEMPLATE = HaloTemplateSpecs.NFAT_TEMPLATE;
    bytes32 internal constant AGENT = "acme";
    bytes32 internal constant PORTFOLIO_CLASS = "acme-mmf";
    bytes32 internal constant TERM_CLASS = "acme-term";
    bytes32 internal constant UNIT_SENIOR = "acme-mmf-senior";
    bytes32 internal constant UNIT_JUNIOR = "acme-mmf-junior";
    bytes32 internal constant SALT = "bench";
    // Both paths launch the same v1 templates the deploy script ships: one definition, in HaloTemplateSpecs.
    uint256 internal constant IRL = HaloTemplateSpecs.IRL;
    uint256 internal constant IRL_SLOPE = HaloTemplateSpecs.IRL_SLOPE;
    uint256 internal constant CAPACITY = 50_000_000e18;
    uint256 internal constant MIN_DEPOSIT = 1e18;
    uint256 internal constant FLOW_AMOUNT = 10_000e18; // the first capital flow, inside the Day-0 limit

    // ---- actors without a key: nobody sends a transaction as them during a launch ----
    address internal constant OPERATOR = address(0x0B0B);
    address internal constant FREEZER = address(0xF4EE);
    address internal constant GOV_OPS = address(0x6077);
    address internal constant NFAT_BEACON = address(0x4FA7);
    address internal constant ATTEST_BEACON = address(0xA77E);

    struct System {
        Timelock timelock;
        BeamState beamState;
        Configurator configurator;
        HaloCBeamProposer cbeamProposer;
        TemplateRegistry templates;
        HaloRegistry registry;
        HaloFactory factory;
        MockERC20 usds;
        address[9] impls; // ALMProxy, RateLimits, HaloController, NfatFacility, NfatDealToken, NfatRedeem,
        // HaloShareToken, SubscribeQueue, RedeemQueue
    }

    struct Pau {
        address almProxy;
        address rateLimits;
        address controller;
    }

    struct Unit {
        address shareToken;
        address subscribeQueue;
        address redeemQueue;
    }

    struct Term {
        address facility;
        address dealToken;
        address redeem;
    }

    /// @notice Everything one launch created. `recorder` is the manual path's deal recorder (zero on the factory path,
    ///         where the factory records deals).
    struct Launch {
        Pau portfolio;
        Unit senior;
        Unit junior;
        Pau term;
        Term nfat;
        address recorder;
    }

    /// @notice One PAS Timelock operation of the manual path; `kind` classifies it for the report.
    struct Op {
        address target;
        bytes data;
        string kind;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hooks
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Governance: deploys; plays Sky's PauseProxy, the Core Council (proposer and direct) on PAS; holds
    ///         DEPLOYER on the factory; registers agents.
    function _gov() internal view virtual returns (address);
    /// @notice The lpha-lcts beacon (locks and settles the first capital flow).
    function _beacon() internal view virtual returns (address);
    /// @notice The first depositor.
    function _depositor() internal view virtual returns (address);
    /// @notice Start sending as `who` (broadcast with its key, or prank).
    function _begin(address who) internal virtual;
    function _end() internal virtual;

    // ---------------------------------------------------------------------------------------------------------
    // System (setup: counted by neither path)
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Deploy PAS (PASInit's roles, every one held by governance) and the system, authorise the factory in
    ///         PAS (Sky's spell), propose both templates and schedule their approval.
    function _systemDeploy() internal returns (System memory s) {
        address gov = _gov();
        _begin(gov);
        address[] memory proposers = new address[](1);
        proposers[0] = gov;
        s.beamState = new BeamState();
        s.configurator = new Configurator(address(s.beamState));
        s.timelock = new Timelock(DELAY, gov);
        _pasInit(s, gov);
        s.templates = new TemplateRegistry(address(s.timelock), proposers);
        s.registry = new HaloRegistry(gov, address(s.templates));
        s.impls[0] = address(new ALMProxy());
        s.impls[1] = address(new RateLimits());
        s.impls[2] = address(new HaloController());
        s.impls[3] = address(new NfatFacility());
        s.impls[4] = address(new NfatDealToken());
        s.impls[5] = address(new NfatRedeem());
        s.impls[6] = address(new HaloShareToken());
        s.impls[7] = address(new SubscribeQueue());
        s.impls[8] = address(new RedeemQueue());
        s.cbeamProposer = new HaloCBeamProposer(address(s.timelock), address(s.beamState));
        s.factory = new HaloFactory(
            IHaloFactory.Wiring({
                timelock: address(s.timelock),
                templateRegistry: address(s.templates),
                haloRegistry: address(s.registry),
                beamState: address(s.beamState),
                configurator: address(s.configurator),
                cbeamProposer: address(s.cbeamProposer)
            }),
            proposers,
            new address[](0)
        );
        s.cbeamProposer.setFactory(address(s.factory));
        s.registry.grantRole(s.registry.FACTORY(), address(s.factory));
        s.registry.grantRole(s.registry.REGISTRAR(), gov);
        s.registry.grantRole(s.registry.DEFAULT_ADMIN_ROLE(), address(s.timelock));
        s.registry.renounceRole(s.registry.DEFAULT_ADMIN_ROLE(), gov);
        HaloPasSpell.execute(address(s.beamState), address(s.timelock), address(s.factory), address(s.cbeamProposer));
        s.usds = new MockERC20("Savings USDS", "sUSDS", 18);
        s.templates.proposeTemplate(LCTS_TEMPLATE, 1, _lctsSpec(s));
        s.templates.proposeTemplate(NFAT_TEMPLATE, 1, _nfatSpec(s));
        (address[] memory targets, bytes[] memory payloads) = _approvalBatch(s);
        s.timelock.scheduleBatch(targets, new uint256[](2), payloads, bytes32(0), SALT, DELAY);
        _end();
    }

    /// @notice After the delay: approve both templates, register the agent.
    function _systemApprove(System memory s) internal {
        _begin(_gov());
        (address[] memory targets, bytes[] memory payloads) = _approvalBatch(s);
        s.timelock.executeBatch(targets, new uint256[](2), payloads, bytes32(0), SALT);
        s.registry.registerAgent(AGENT, OPERATOR, IHaloRegistry.Artifact("ipfs://acme", keccak256("acme")));
        _end();
    }

    /// @dev PASInit as `DeploySystem` runs it, with governance as Timelock proposer/canceller and Core Council.
    function _pasInit(System memory s, address gov) private {
        bytes4[8] memory delayed = [
            IBeamState.start.selector,
            IBeamState.setHop.selector,
            IBeamState.setMaxChange.selector,
            IBeamState.addRateLimits.selector,
            IBeamState.addController.selector,
            IBeamState.addCBeam.selector,
            IBeamState.addInitRateLimits.selector,
            IBeamState.addInitControllerActions.selector
        ];
        for (uint256 i = 0; i < 8; ++i) {
            s.beamState.setRoleAction(1, delayed[i], true);
        }
        s.beamState.setRoleAction(2, IBeamState.setCBeamForRateLimits.selector, true);
        s.beamState.setRoleAction(2, IBeamState.setCBeamForController.selector, true);
        s.beamState.setUserRole(address(s.timelock), 1, true);
        s.beamState.setUserRole(gov, 2, true);
        s.timelock.grantRole(s.timelock.PROPOSER_ROLE(), gov);
        s.timelock.grantRole(s.timelock.CANCELLER_ROLE(), gov);
        s.beamState.setHop(address(0), 18 hours);
        s.beamState.setMaxChange(address(0), 1.25e18);
    }

    function _approvalBatch(System memory s) private pure returns (address[] memory targets, bytes[] memory data) {
        targets = new address[](2);
        data = new bytes[](2);
        targets[0] = address(s.templates);
        targets[1] = address(s.templates);
        data[0] = abi.encodeCall(ITemplateRegistry.approveTemplate, (LCTS_TEMPLATE, 1));
        data[1] = abi.encodeCall(ITemplateRegistry.approveTemplate, (NFAT_TEMPLATE, 1));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Manual path
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Day 0: deploy every contract (one transaction each) and schedule every governance operation — each as
    ///         its own timelock operation, or (`spell`) all of them as one batch, the way an executive spell bundles
    ///         a launch (a variant reported next to the issue's definition).
    function _manualDeploy(System memory s, bool spell) internal returns (Launch memory l, Op[] memory ops) {
        _begin(_gov());
        address tl = address(s.timelock);
        l.portfolio = _manualPau(tl);
        l.senior = _manualUnit(s, tl, l.portfolio.controller, "ACME-S");
        l.junior = _manualUnit(s, tl, l.portfolio.controller, "ACME-J");
        l.term = _manualPau(tl);
        (l.nfat, l.recorder) = _manualTerm(s, tl, l.term.controller);
        ops = _manualOps(s, l);
        if (spell) {
            (address[] memory targets, bytes[] memory data) = _batch(ops);
            s.timelock.scheduleBatch(targets, new uint256[](ops.length), data, bytes32(0), SPELL_SALT, DELAY);
        } else {
            // The PAS Timelock is batch-only: each operation is a batch of one call.
            for (uint256 i = 0; i < ops.length; ++i) {
                (address[] memory targets, bytes[] memory data) = _one(ops[i]);
                s.timelock.scheduleBatch(targets, new uint256[](1), data, bytes32(0), _opSalt(i), DELAY);
            }
        }
        _end();
    }

    /// @notice After the delay: execute every operation, in the order scheduled (anyone may execute); then the Core
    ///         Council grants GovOps on both PAUs directly.
    function _manualExecute(System memory s, Launch memory l, bool spell) internal {
        Op[] memory ops = _manualOps(s, l);
        _begin(_gov());
        if (spell) {
            (address[] memory targets, bytes[] memory data) = _batch(ops);
            s.timelock.executeBatch(targets, new uint256[](ops.length), data, bytes32(0), SPELL_SALT);
        } else {
            for (uint256 i = 0; i < ops.length; ++i) {
                (address[] memory targets, bytes[] memory data) = _one(ops[i]);
                s.timelock.executeBatch(targets, new uint256[](1), data, bytes32(0), _opSalt(i));
            }
        }
        _end();
        _coreCouncilGrants(s, l);
    }

    /// @notice The Core Council's direct cBEAM grants on both PAUs (GovOps already vetted by `addCBeam`).
    function _coreCouncilGrants(System memory s, Launch memory l) internal {
        _begin(_gov());
        _grantOn(s, l.portfolio);
        _grantOn(s, l.term);
        _end();
    }

    function _grantOn(System memory s, Pau memory p) private {
        s.beamState.setCBeamForRateLimits(p.rateLimits, GOV_OPS);
        s.beamState.setCBeamForController(p.controller, GOV_OPS);
    }

    function _one(Op memory op) internal pure returns (address[] memory targets, bytes[] memory data) {
        targets = new address[](1);
        data = new bytes[](1);
        targets[0] = op.target;
        data[0] = op.data;
    }

    bytes32 internal constant SPELL_SALT = keccak256("manual-launch-spell");

    function _batch(Op[] memory ops) private pure returns (address[] memory targets, bytes[] memory data) {
        targets = new address[](ops.length);
        data = new bytes[](ops.length);
        for (uint256 i = 0; i < ops.length; ++i) {
            targets[i] = ops[i].target;
            data[i] = ops[i].data;
        }
    }

    function _opSalt(uint256 i) internal pure returns (bytes32) {
        return keccak256(abi.encode("manual-launch", i));
    }

    /// @dev The address the governance account's `k`-th next CREATE lands at: the PAU's contracts reference each
    ///      other in their initializers, so the cycle is broken by predicting, then checked.
    function _next(uint256 k) private view returns (address) {
        address gov = _gov();
        return VM.computeCreateAddress(gov, VM.getNonce(gov) + k);
    }

    function _check(address actual, address predicted) private pure {
        if (actual != predicted) revert LaunchPaths_AddressMismatch(actual, predicted);
    }

    function _manualPau(address tl) private returns (Pau memory p) {
        address controller = _next(5);
        p.almProxy = _proxy(address(new ALMProxy()), abi.encodeCall(ALMProxy.initialize, (tl, controller)));
        // The factory hook (seed fresh limits, register units) is held by governance: its uses are timelocked ops.
        p.rateLimits = _proxy(address(new RateLimits()), abi.encodeCall(RateLimits.initialize, (tl, controller, tl)));
        p.controller = _proxy(
            address(new HaloController()),
            abi.encodeCall(HaloController.initialize, (tl, p.almProxy, p.rateLimits, address(0), tl))
        );
        _check(p.controller, controller);
    }

    function _manualUnit(System memory s, address tl, address controller, string memory symbol)
        private
        returns (Unit memory u)
    {
        address shareToken = _next(5);
        ILctsQueue.QueueConfig memory q = ILctsQueue.QueueConfig({
            admin: tl,
            beacon: _beacon(),
            depositAsset: address(s.usds),
            shareToken: shareToken,
            controller: controller,
            capacity: CAPACITY,
            minDeposit: MIN_DEPOSIT
        });
        u.subscribeQueue = _proxy(address(new SubscribeQueue()), abi.encodeCall(ILctsQueue.initialize, (q)));
        q.capacity = 0;
        q.minDeposit = 0;
        u.redeemQueue = _proxy(address(new RedeemQueue()), abi.encodeCall(ILctsQueue.initialize, (q)));
        IHaloShareToken.TokenConfig memory t = IHaloShareToken.TokenConfig({
            name: "Acme MMF",
            symbol: symbol,
            admin: tl,
            beacon: _beacon(),
            subscribeQueue: u.subscribeQueue,
            redeemQueue: u.redeemQueue,
            initialExchangeRate: 1e18,
            maxRateIncreaseBps: 10
        });
        u.shareToken = _proxy(address(new HaloShareToken()), abi.encodeCall(IHaloShareToken.initialize, (t)));
        _check(u.shareToken, shareToken);
    }

    function _manualTerm(System memory s, address tl, address controller)
        private
        returns (Term memory t, address recorder)
    {
        recorder = address(new ManualUnitRecorder());
        address dealToken = _next(3);
        address redeem = _next(5);
        t.facility = _proxy(
            address(new NfatFacility()),
            abi.encodeCall(
                INfatFacility.initialize,
                (INfatFacility.FacilityConfig({
                        admin: tl,
                        operator: OPERATOR,
                        nfatBeacon: NFAT_BEACON,
                        attestBeacon: ATTEST_BEACON,
                        depositAsset: address(s.usds),
                        controller: controller,
                        dealToken: dealToken,
                        redeem: redeem,
                        unitRecorder: recorder,
                        buybox: _buybox()
                    }))
            )
        );
        t.dealToken = _proxy(
            address(new NfatDealToken()),
            abi.encodeCall(
                INfatDealToken.initialize,
                (INfatDealToken.DealTokenConfig({
                        name: "Acme Term Deals",
                        symbol: "ACME-NFAT",
                        admin: tl,
                        operator: OPERATOR,
                        facility: t.facility,
                        redeem: redeem,
                        allowListEnabled: false
                    }))
            )
        );
        t.redeem = _proxy(
            address(new NfatRedeem()),
            abi.encodeCall(
                INfatRedeem.initialize,
                (INfatRedeem.RedeemConfig({
                        admin: tl,
                        nfatBeacon: NFAT_BEACON,
                        depositAsset: address(s.usds),
                        controller: controller,
                        dealToken: t.dealToken,
                        facility: t.facility
                    }))
            )
        );
        _check(t.dealToken, dealToken);
        _check(t.redeem, redeem);
    }

    function _proxy(address implementation, bytes memory init) private returns (address) {
        return address(new ERC1967Proxy(implementation, init));
    }

    /// @notice Every governance operation of the manual launch, one per grant / limit / registration / init.
    function _manualOps(System memory s, Launch memory l) internal view returns (Op[] memory ops) {
        address asset = address(s.usds);
        address[] memory portfolioUnits = new address[](4);
        portfolioUnits[0] = l.senior.subscribeQueue;
        portfolioUnits[1] = l.senior.redeemQueue;
        portfolioUnits[2] = l.junior.subscribeQueue;
        portfolioUnits[3] = l.junior.redeemQueue;
        address[] memory termUnits = new address[](2);
        termUnits[0] = l.nfat.facility;
        termUnits[1] = l.nfat.redeem;
        Op[] memory a = _pauOps(s, l.portfolio, portfolioUnits, _unitKeys(asset, portfolioUnits));
        Op[] memory b = _pauOps(s, l.term, termUnits, _unitKeys(asset, termUnits));
        ops = new Op[](a.length + b.length);
        for (uint256 i = 0; i < a.length; ++i) {
            ops[i] = a[i];
        }
        for (uint256 i = 0; i < b.length; ++i) {
            ops[a.length + i] = b[i];
        }
    }

    /// @notice Day-0 keys of unit contracts given as (inflow unit, outflow unit) pairs, as the template defines them.
    function _unitKeys(address asset, address[] memory units) internal pure returns (bytes32[] memory keys) {
        keys = new bytes32[](units.length);
        for (uint256 i = 0; i < units.length; ++i) {
            bytes32 flow = i % 2 == 0 ? RateLimitKeys.LIMIT_UNIT_INFLOW : RateLimitKeys.LIMIT_UNIT_OUTFLOW;
            keys[i] = RateLimitKeys.assetCounterpartyKey(flow, asset, units[i]);
        }
    }

    function _pauOps(System memory s, Pau memory p, address[] memory units, bytes32[] memory keys)
        private
        view
        returns (Op[] memory ops)
    {
        ops = new Op[](10 + 3 * units.length);
        uint256 n = 0;
        HaloController c = HaloController(p.controller);
        ops[n++] = Op(p.controller, abi.encodeCall(c.grantRole, (c.FREEZER(), FREEZER)), "role grant");
        for (uint256 i = 0; i < units.length; ++i) {
            ops[n++] = Op(p.controller, abi.encodeCall(IHaloController.registerUnit, (units[i])), "role grant");
        }
        for (uint256 i = 0; i < keys.length; ++i) {
            ops[n++] = Op(
                p.rateLimits,
                abi.encodeCall(IRateLimits.setInitialRateLimitData, (keys[i], IRL, IRL_SLOPE)),
                "rate limit"
            );
        }
        address beam = address(s.beamState);
        ops[n++] = Op(beam, abi.encodeCall(IBeamState.addRateLimits, (p.rateLimits)), "registration");
        ops[n++] = Op(beam, abi.encodeCall(IBeamState.addController, (p.controller)), "registration");
        for (uint256 i = 0; i < keys.length; ++i) {
            ops[n++] =
                Op(beam, abi.encodeCall(IBeamState.addInitRateLimits, (keys[i], p.rateLimits, IRL, IRL_SLOPE)), "init");
        }
        ops[n++] = Op(beam, abi.encodeCall(IBeamState.addCBeam, (GOV_OPS)), "cBEAM grant");
        // Hand the PAU to the Configurator: grant its admin, then governance renounces its own.
        address[3] memory pau = [p.almProxy, p.rateLimits, p.controller];
        bytes32 admin = bytes32(0);
        for (uint256 i = 0; i < 3; ++i) {
            ops[n++] = Op(pau[i], abi.encodeCall(c.grantRole, (admin, address(s.configurator))), "admin hand-over");
        }
        for (uint256 i = 0; i < 3; ++i) {
            ops[n++] = Op(pau[i], abi.encodeCall(c.renounceRole, (admin, address(s.timelock))), "admin hand-over");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Factory path
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Day 0: two classes, two units (each one transaction); the factory schedules both addCBeam batches.
    function _factoryDeploy(System memory s) internal returns (Launch memory l) {
        _begin(_gov());
        IHaloFactory.ClassAddresses memory p = s.factory.deployClass(_portfolioRequest(s), SALT);
        IHaloFactory.ClassAddresses memory t = s.factory.deployClass(_termRequest(s), SALT);
        IHaloFactory.UnitAddresses memory u1 = s.factory.deployUnit(_unitRequest(UNIT_SENIOR, "ACME-S"), SALT);
        IHaloFactory.UnitAddresses memory u2 = s.factory.deployUnit(_unitRequest(UNIT_JUNIOR, "ACME-J"), SALT);
        _end();
        l.portfolio = Pau(p.almProxy, p.rateLimits, p.controller);
        l.term = Pau(t.almProxy, t.rateLimits, t.controller);
        l.nfat = Term(t.facility, t.dealToken, t.redeem);
        l.senior = Unit(u1.shareToken, u1.subscribeQueue, u1.redeemQueue);
        l.junior = Unit(u2.shareToken, u2.subscribeQueue, u2.redeemQueue);
    }

    /// @notice After the delay: anyone executes the addCBeam batches the factory scheduled; then the Core Council
    ///         grants GovOps on those classes directly (as on the manual path). A class deployed when GovOps already
    ///         was a cBEAM (e.g. after the manual path's execution, as in `bench/run.ts`) was granted at deployment:
    ///         nothing to do for it.
    function _factoryExecute(System memory s, Launch memory l) internal {
        IHaloFactory.GrantOperation memory a = s.factory.cbeamGrantOperation(PORTFOLIO_CLASS);
        IHaloFactory.GrantOperation memory b = s.factory.cbeamGrantOperation(TERM_CLASS);
        _begin(_gov());
        if (!a.immediate) _executeGrant(s, a);
        if (!b.immediate) _executeGrant(s, b);
        if (!a.immediate) _grantOn(s, l.portfolio);
        if (!b.immediate) _grantOn(s, l.term);
        _end();
    }

    function _executeGrant(System memory s, IHaloFactory.GrantOperation memory op) private {
        (address[] memory targets, bytes[] memory data) = _one(Op(op.target, op.data, ""));
        s.timelock.executeBatch(targets, new uint256[](1), data, op.predecessor, op.salt);
    }

    // ---------------------------------------------------------------------------------------------------------
    // First capital flow at Day-0 limits (both paths)
    // ---------------------------------------------------------------------------------------------------------

    /// @notice A depositor subscribes to the senior unit; the beacon locks and settles: the deposit moves into the
    ///         class's ALMProxy through the controller, spending the Day-0 inflow limit.
    function _firstCapitalFlow(System memory s, Launch memory l) internal {
        ILctsQueue queue = ILctsQueue(l.senior.subscribeQueue);
        _begin(_depositor());
        s.usds.mint(_depositor(), FLOW_AMOUNT);
        s.usds.approve(address(queue), FLOW_AMOUNT);
        queue.deposit(FLOW_AMOUNT);
        _end();
        _begin(_beacon());
        queue.lock();
        queue.settle(FLOW_AMOUNT);
        _end();
        uint256 balance = s.usds.balanceOf(l.portfolio.almProxy);
        if (balance < FLOW_AMOUNT) revert LaunchPaths_FlowNotArrived(l.portfolio.almProxy, balance);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Templates and requests
    // ---------------------------------------------------------------------------------------------------------

    function _lctsSpec(System memory s) private view returns (ITemplateRegistry.TemplateSpec memory) {
        return HaloTemplateSpecs.lcts(_implementations(s));
    }

    function _nfatSpec(System memory s) private view returns (ITemplateRegistry.TemplateSpec memory) {
        return HaloTemplateSpecs.nfat(_implementations(s));
    }

    function _implementations(System memory s) private pure returns (HaloTemplateSpecs.Implementations memory) {
        return HaloTemplateSpecs.Implementations({
            almProxy: s.impls[0],
            rateLimits: s.impls[1],
            controller: s.impls[2],
            facility: s.impls[3],
            dealToken: s.impls[4],
            redeem: s.impls[5],
            shareToken: s.impls[6],
            subscribeQueue: s.impls[7],
            redeemQueue: s.impls[8]
        });
    }

    function _buybox() internal pure returns (INfatFacility.Buybox memory b) {
        b.termMin = 90 days;
        b.termMax = 730 days;
        b.sizeMin = 10_000e18;
        b.sizeMax = 50_000_000e18;
        b.apyMinBps = 400;
        b.apyMaxBps = 1200;
        b.assetType = "senior-secured-loan";
        b.jurisdiction = "US-DE";
    }

    function _portfolioRequest(System memory s) private view returns (IHaloFactory.ClassRequest memory r) {
        r.classId = PORTFOLIO_CLASS;
        r.agentId = AGENT;
        r.templateId = LCTS_TEMPLATE;
        r.templateVersion = 1;
        r.operator = OPERATOR;
        r.freezer = FREEZER;
        r.govOps = GOV_OPS;
        r.depositAsset = address(s.usds);
        r.beacons = new IHaloRegistry.BeaconOperator[](1);
        r.beacons[0] = IHaloRegistry.BeaconOperator(FactoryNames.BEACON_LCTS, _beacon());
        r.artifact = IHaloRegistry.Artifact("ipfs://acme-mmf", keccak256("acme-mmf"));
    }

    function _termRequest(System memory s) private pure returns (IHaloFactory.ClassRequest memory r) {
        INfatFacility.Buybox memory b = _buybox();
        r.classId = TERM_CLASS;
        r.agentId = AGENT;
        r.templateId = NFAT_TEMPLATE;
        r.templateVersion = 1;
        r.operator = OPERATOR;
        r.freezer = FREEZER;
        r.govOps = GOV_OPS;
        r.depositAsset = address(s.usds);
        r.name = "Acme Term Deals";
        r.symbol = "ACME-NFAT";
        r.beacons = new IHaloRegistry.BeaconOperator[](2);
        r.beacons[0] = IHaloRegistry.BeaconOperator(FactoryNames.BEACON_NFAT, NFAT_BEACON);
        r.beacons[1] = IHaloRegistry.BeaconOperator(FactoryNames.BEACON_ATTEST, ATTEST_BEACON);
        r.params = new IHaloRegistry.NamedValue[](10);
        r.params[0] = IHaloRegistry.NamedValue(FactoryNames.TERM_MIN, b.termMin);
        r.params[1] = IHaloRegistry.NamedValue(FactoryNames.TERM_MAX, b.termMax);
        r.params[2] = IHaloRegistry.NamedValue(FactoryNames.SIZE_MIN, b.sizeMin);
        r.params[3] = IHaloRegistry.NamedValue(FactoryNames.SIZE_MAX, b.sizeMax);
        r.params[4] = IHaloRegistry.NamedValue(FactoryNames.APY_MIN_BPS, b.apyMinBps);
        r.params[5] = IHaloRegistry.NamedValue(FactoryNames.APY_MAX_BPS, b.apyMaxBps);
        r.params[6] = IHaloRegistry.NamedValue(FactoryNames.RESTRICTED_DEPOSITORS, 0);
        r.params[7] = IHaloRegistry.NamedValue(FactoryNames.TRANSFER_ALLOW_LIST, 0);
        r.params[8] = IHaloRegistry.NamedValue(FactoryNames.ASSET_TYPE, uint256(b.assetType));
        r.params[9] = IHaloRegistry.NamedValue(FactoryNames.JURISDICTION, uint256(b.jurisdiction));
        r.artifact = IHaloRegistry.Artifact("ipfs://acme-term", keccak256("acme-term"));
    }

    function _unitRequest(bytes32 unitId, string memory symbol)
        private
        pure
        returns (IHaloFactory.UnitRequest memory r)
    {
        r.unitId = unitId;
        r.classId = PORTFOLIO_CLASS;
        r.name = "Acme MMF";
        r.symbol = symbol;
        r.params = new IHaloRegistry.NamedValue[](6);
        r.params[0] = IHaloRegistry.NamedValue(FactoryNames.CAPACITY, CAPACITY);
        r.params[1] = IHaloRegistry.NamedValue(FactoryNames.SENIORITY, unitId == UNIT_SENIOR ? 0 : 1);
        r.params[2] = IHaloRegistry.NamedValue(FactoryNames.TARGET_YIELD_BPS, 450);
        r.params[3] = IHaloRegistry.NamedValue(FactoryNames.MAX_RATE_INCREASE_BPS, 10);
        r.params[4] = IHaloRegistry.NamedValue(FactoryNames.MIN_DEPOSIT, MIN_DEPOSIT);
        r.params[5] = IHaloRegistry.NamedValue(FactoryNames.INITIAL_EXCHANGE_RATE, 1e18);
        r.artifact = IHaloRegistry.Artifact("ipfs://acme-mmf-unit", keccak256(abi.encode(unitId)));
    }
}
