// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Vm} from "forge-std/Vm.sol";

import {HaloCBeamProposer} from "../../src/factory/HaloCBeamProposer.sol";
import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloCBeamProposer} from "../../src/interfaces/IHaloCBeamProposer.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {IPasTimelock} from "../../src/interfaces/pas/IPasTimelock.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";
import {EvilController} from "./mocks/EvilController.sol";

/// @notice The factory's hand-off to PAS: its BeamState role reaches only what it deploys in the same transaction,
///         the cBEAM grant is immediate for a vetted GovOps and scheduled (through the adapter) otherwise, the
///         adapter schedules nothing else, and a class goes from deployment to a Day-0 flow through PAS alone.
contract FactoryPasHandoffTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant SALT = "salt-1";

    address internal attacker = makeAddr("attacker");
    RateLimits internal victim; // a RateLimits the factory did not deploy

    function setUp() public {
        _deploySystem();
        victim = RateLimits(makeAddr("victimRateLimits"));
    }

    function _deploy(IHaloFactory.ClassRequest memory r) internal returns (IHaloFactory.ClassAddresses memory) {
        vm.prank(deployer);
        return factory.deployClass(r, SALT);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Only what it deployed, in the same transaction
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Every BeamState event of a deployment names a contract that deployment created (or its GovOps).
    function _assertBeamEventsOnlyOn(Vm.Log[] memory logs, address rl, address ctrl, bytes32[] memory keys)
        internal
        view
        returns (uint256 seen)
    {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != address(beamState)) continue;
            ++seen;
            bytes32 sig = logs[i].topics[0];
            if (sig == IBeamState.AddRateLimits.selector || sig == IBeamState.SetCBeamForRateLimits.selector) {
                assertEq(address(uint160(uint256(logs[i].topics[1]))), rl, "RateLimits not deployed here");
            } else if (sig == IBeamState.AddController.selector || sig == IBeamState.SetCBeamForController.selector) {
                assertEq(address(uint160(uint256(logs[i].topics[1]))), ctrl, "controller not deployed here");
            } else if (sig == IBeamState.AddInitRateLimits.selector) {
                assertEq(address(uint160(uint256(logs[i].topics[2]))), rl, "init on another RateLimits");
                bool known;
                for (uint256 k = 0; k < keys.length; ++k) {
                    if (keys[k] == logs[i].topics[1]) known = true;
                }
                assertTrue(known, "init key of a contract not deployed here");
            } else {
                revert("unexpected BeamState event");
            }
        }
    }

    function test_deployClass_touchesOnlyItsOwnContracts() public {
        _vetCBeam(govOps); // the immediate path: every one of the five selectors is used
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        vm.recordLogs();
        IHaloFactory.ClassAddresses memory a = _deploy(r);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes32[] memory keys = new bytes32[](2);
        keys[0] = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), a.facility);
        keys[1] = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, address(usds), a.redeem);
        // addRateLimits, addController, 2 inits, setCBeamForRateLimits, setCBeamForController
        assertEq(_assertBeamEventsOnlyOn(logs, a.rateLimits, a.controller, keys), 6);
    }

    /// @dev A request naming another class's contracts wherever it can name an address (asset, operator, freezer,
    ///      GovOps, beacons): the factory still registers, inits and grants only on what it creates.
    function test_maliciousRequest_namesForeignContracts_touchesOnlyItsOwn() public {
        _vetCBeam(govOps);
        IHaloFactory.ClassAddresses memory other = _deploy(_termClassRequest("other"));
        _vetCBeam(other.rateLimits);
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        r.depositAsset = other.rateLimits;
        // A-02: a deposit asset must answer `decimals()`; the foreign RateLimits is made to, so that the request
        // still names it as its asset (the Day-0 keys then name it too, and stay on the new class's RateLimits).
        vm.mockCall(other.rateLimits, abi.encodeWithSignature("decimals()"), abi.encode(uint256(18)));
        r.operator = other.controller;
        r.freezer = other.controller;
        r.govOps = other.rateLimits; // a vetted account: granted at once, but only on the new class
        r.beacons[0].operator = other.rateLimits;
        vm.recordLogs();
        vm.prank(deployer);
        IHaloFactory.ClassAddresses memory a = factory.deployClass(r, "salt-2");
        bytes32[] memory keys = new bytes32[](2);
        keys[0] = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, other.rateLimits, a.facility);
        keys[1] = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, other.rateLimits, a.redeem);
        assertEq(_assertBeamEventsOnlyOn(vm.getRecordedLogs(), a.rateLimits, a.controller, keys), 6);
        assertEq(beamState.rateLimitsCBeams(other.rateLimits, other.rateLimits), 0);
        assertEq(beamState.controllersCBeams(other.controller, other.rateLimits), 0);
    }

    function test_deployUnit_touchesOnlyTheUnitsKeysOnItsClass() public {
        IHaloFactory.ClassAddresses memory c = _deploy(_portfolioClassRequest(PCLASS));
        vm.recordLogs();
        vm.prank(deployer);
        IHaloFactory.UnitAddresses memory u = factory.deployUnit(_unitRequest("u1", PCLASS), SALT);
        bytes32[] memory keys = new bytes32[](2);
        keys[0] = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), u.subscribeQueue);
        keys[1] = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, address(usds), u.redeemQueue);
        assertEq(_assertBeamEventsOnlyOn(vm.getRecordedLogs(), c.rateLimits, c.controller, keys), 2);
    }

    /// @dev A hostile controller implementation in an approved template: during the factory's transaction it tries
    ///      to register / init / grant on a foreign RateLimits and to make the adapter schedule an attacker's vetting;
    ///      later it reports the foreign RateLimits as its own so that a unit's inits would land there. All refused.
    function test_maliciousTemplate_cannotReachForeignContracts() public {
        EvilController evil = new EvilController(address(victim), address(beamState), address(cbeamProposer), attacker);
        ITemplateRegistry.TemplateSpec memory spec = _lctsSpec();
        spec.classComponents[2] =
            ITemplateRegistry.Component(FactoryNames.CONTROLLER, address(evil), address(evil).codehash);
        vm.prank(deployer);
        templates.proposeTemplate("evil", 1, spec);
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.approveTemplate, ("evil", 1)));

        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        r.templateId = "evil";
        IHaloFactory.ClassAddresses memory a = _deploy(r);
        EvilController clone = EvilController(a.controller);
        assertEq(clone.attemptsMade(), 4);
        assertEq(clone.attemptsSucceeded(), 0, "a foreign contract was reached");
        assertEq(clone.rateLimits(), address(victim));

        vm.prank(deployer);
        IHaloFactory.UnitAddresses memory u = factory.deployUnit(_unitRequest("u1", PCLASS), SALT);
        bytes32 key =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), u.subscribeQueue);
        (uint256 onVictim,) = beamState.initRateLimits(key, address(victim));
        (uint256 onOwn,) = beamState.initRateLimits(key, a.rateLimits);
        assertEq(onVictim, 0, "init written on a foreign RateLimits");
        assertEq(onOwn, IRL);
        assertEq(beamState.rateLimits(address(victim)), 0);
        assertEq(beamState.cBeams(attacker), 0);
        assertEq(timelock.getOperationsCount(), 1); // only the class's own addCBeam
    }

    /// @dev Direct calls: nobody but the factory's deployments uses the factory's role, and no one can make the
    ///      factory register anything outside a deployment (it has no such entry point).
    function test_directCalls_refused() public {
        vm.startPrank(attacker);
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.addRateLimits(address(victim));
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.addInitRateLimits("k", address(victim), 1, 1);
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.setCBeamForController(address(victim), attacker);
        vm.expectRevert(abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_NotFactory.selector, attacker));
        cbeamProposer.proposeCBeamGrant(PCLASS, attacker);
        vm.stopPrank();
        // the factory itself, outside a deployment: the adapter refuses it too
        vm.prank(address(factory));
        vm.expectRevert(
            abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_NotDeployingClass.selector, PCLASS, attacker)
        );
        cbeamProposer.proposeCBeamGrant(PCLASS, attacker);
        (bytes32 id, address who) = factory.deployingClass();
        assertEq(id, bytes32(0));
        assertEq(who, address(0));
    }

    /// @dev The role gives the factory nothing beyond its five selectors (e.g. no addCBeam, no removal, no SORL).
    function test_factoryRole_onlyItsSelectors() public {
        vm.startPrank(address(factory));
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.addCBeam(attacker);
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.setHop(address(0), 1);
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.addInitControllerActions("x", address(0));
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.delRateLimits(address(victim));
        vm.stopPrank();
        bytes4[5] memory sels = [
            IBeamState.addRateLimits.selector,
            IBeamState.addController.selector,
            IBeamState.addInitRateLimits.selector,
            IBeamState.setCBeamForRateLimits.selector,
            IBeamState.setCBeamForController.selector
        ];
        for (uint256 i = 0; i < 5; ++i) {
            assertTrue(beamState.isActionInRole(sels[i], 3));
        }
        assertFalse(beamState.isActionInRole(IBeamState.addCBeam.selector, 3));
    }

    /// @dev GovOps can write a predicted unit's key through the PAS Configurator before the unit exists (its init
    ///      is {0, 0} then, so only zeros): the deployment still goes through, keeps GovOps' data, adds the init.
    function test_deployUnit_keyWrittenBeforehand_notSeeded_initAdded() public {
        _vetCBeam(govOps);
        IHaloFactory.ClassAddresses memory c = _deploy(_portfolioClassRequest(PCLASS));
        IHaloFactory.UnitAddresses memory p = factory.predictUnitAddresses(LCTS_TEMPLATE, 1, "u1", SALT, deployer);
        bytes32 inKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), p.subscribeQueue);
        vm.prank(govOps);
        configurator.setRateLimit(c.rateLimits, inKey, 0, 0);
        assertTrue(RateLimits(c.rateLimits).isConfigured(inKey));

        vm.prank(deployer);
        factory.deployUnit(_unitRequest("u1", PCLASS), SALT);
        assertEq(RateLimits(c.rateLimits).getRateLimitData(inKey).maxAmount, 0, "GovOps' data kept");
        (uint256 initMax,) = beamState.initRateLimits(inKey, c.rateLimits);
        assertEq(initMax, IRL, "init added");
        // GovOps may now instantiate it up to the init (the first increase)
        vm.prank(govOps);
        configurator.setRateLimit(c.rateLimits, inKey, IRL, IRL_SLOPE);
        assertEq(RateLimits(c.rateLimits).getRateLimitData(inKey).maxAmount, IRL);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Before Sky's spell
    // ---------------------------------------------------------------------------------------------------------

    function test_beforeSpell_deployClassRefused_thenWorks() public {
        // A second system, stopped before the spell.
        _deploySystemWithoutSpell();
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        vm.expectRevert("BeamState/role-not-authorized");
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        // the spell alone: BeamState role, no PROPOSER yet for the adapter -> scheduling fails
        vm.startPrank(pauseProxy);
        bytes4[5] memory sels = [
            IBeamState.addRateLimits.selector,
            IBeamState.addController.selector,
            IBeamState.addInitRateLimits.selector,
            IBeamState.setCBeamForRateLimits.selector,
            IBeamState.setCBeamForController.selector
        ];
        for (uint256 i = 0; i < 5; ++i) {
            beamState.setRoleAction(3, sels[i], true);
        }
        beamState.setUserRole(address(factory), 3, true);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                address(cbeamProposer),
                timelock.PROPOSER_ROLE()
            )
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        bytes32 proposerRole = timelock.PROPOSER_ROLE();
        vm.prank(pauseProxy);
        timelock.grantRole(proposerRole, address(cbeamProposer));
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        assertTrue(registry.classExists(PCLASS));
    }

    // ---------------------------------------------------------------------------------------------------------
    // cBEAM: immediate vs scheduled
    // ---------------------------------------------------------------------------------------------------------

    function test_cbeam_immediateWhenGovOpsIsVetted() public {
        _vetCBeam(govOps);
        assertTrue(factory.cbeamGrantOperationFor(PCLASS, govOps).immediate);
        uint256 pending = timelock.getOperationsCount();
        vm.recordLogs();
        IHaloFactory.ClassAddresses memory a = _deploy(_portfolioClassRequest(PCLASS));
        assertEq(timelock.getOperationsCount(), pending, "nothing scheduled");
        assertEq(beamState.rateLimitsCBeams(a.rateLimits, govOps), 1);
        assertEq(beamState.controllersCBeams(a.controller, govOps), 1);
        IHaloFactory.GrantOperation memory op = factory.cbeamGrantOperation(PCLASS);
        assertTrue(op.immediate);
        assertEq(op.timestamp, 0);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].topics[0] == IHaloFactory.ClassDeployed.selector) {
                IHaloFactory.ClassDeployment memory d = abi.decode(logs[i].data, (IHaloFactory.ClassDeployment));
                assertEq(d.cbeamOperationId, bytes32(0));
                assertEq(d.cbeamReadyAt, 0);
            }
        }
    }

    function test_cbeam_scheduledForANewGovOps_exactlyOneBatch() public {
        uint256 pending = timelock.getOperationsCount();
        bytes32 salt = keccak256(abi.encode("HALO_FACTORY_CBEAM", PCLASS));
        IHaloFactory.GrantOperation memory planned = factory.cbeamGrantOperationFor(PCLASS, govOps);
        vm.expectEmit(address(cbeamProposer));
        emit IHaloCBeamProposer.CBeamGrantProposed(PCLASS, govOps, planned.id, block.timestamp + DELAY);
        IHaloFactory.ClassAddresses memory a = _deploy(_portfolioClassRequest(PCLASS));
        assertEq(timelock.getOperationsCount(), pending + 1);
        IPasTimelock.Operation memory op = IPasTimelock(payable(address(timelock))).getOperation(planned.id);
        assertEq(op.targets.length, 1);
        assertEq(op.targets[0], address(beamState));
        assertEq(op.values[0], 0);
        assertEq(op.payloads[0], abi.encodeCall(IBeamState.addCBeam, (govOps)));
        assertEq(op.predecessor, bytes32(0));
        assertEq(op.salt, salt);
        assertEq(cbeamProposer.grantSalt(PCLASS), salt);
        assertEq(beamState.rateLimitsCBeams(a.rateLimits, govOps), 0);
        assertFalse(factory.cbeamGrantOperation(PCLASS).immediate);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The adapter
    // ---------------------------------------------------------------------------------------------------------

    function test_adapter_constructorAndSetFactory() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_ZeroAddress.selector, "timelock"));
        new HaloCBeamProposer(address(0), address(beamState));
        vm.expectRevert(abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_ZeroAddress.selector, "beamState"));
        new HaloCBeamProposer(address(timelock), address(0));

        vm.prank(deployer);
        HaloCBeamProposer fresh = new HaloCBeamProposer(address(timelock), address(beamState));
        assertEq(fresh.setter(), deployer);
        assertEq(fresh.factory(), address(0));
        vm.expectRevert(abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_NotSetter.selector, attacker));
        vm.prank(attacker);
        fresh.setFactory(address(factory));
        vm.startPrank(deployer);
        vm.expectRevert(abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_ZeroAddress.selector, "factory"));
        fresh.setFactory(address(0));
        // the existing factory names the system's adapter, not this one
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloCBeamProposer.CBeamProposer_WrongFactory.selector, address(factory), address(cbeamProposer)
            )
        );
        fresh.setFactory(address(factory));
        vm.stopPrank();
        // the system's adapter: set once, never again
        vm.expectRevert(
            abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_FactoryAlreadySet.selector, address(factory))
        );
        vm.prank(deployer);
        cbeamProposer.setFactory(address(factory));
        assertEq(cbeamProposer.timelock(), address(timelock));
        assertEq(cbeamProposer.beamState(), address(beamState));
        assertEq(cbeamProposer.GRANT_SALT_TAG(), "HALO_FACTORY_CBEAM");
    }

    function test_adapter_refusesAClassTheFactoryIsNotDeploying() public {
        // The factory (pranked) claims to deploy PCLASS for govOps; the adapter checks both.
        vm.mockCall(address(factory), abi.encodeCall(IHaloFactory.deployingClass, ()), abi.encode(PCLASS, govOps));
        vm.startPrank(address(factory));
        vm.expectRevert(
            abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_NotDeployingClass.selector, TCLASS, govOps)
        );
        cbeamProposer.proposeCBeamGrant(TCLASS, govOps);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloCBeamProposer.CBeamProposer_NotDeployingClass.selector, PCLASS, attacker)
        );
        cbeamProposer.proposeCBeamGrant(PCLASS, attacker);
        (bytes32 id, uint256 readyAt) = cbeamProposer.proposeCBeamGrant(PCLASS, govOps);
        vm.stopPrank();
        assertEq(id, factory.cbeamGrantOperationFor(PCLASS, govOps).id);
        assertEq(readyAt, block.timestamp + DELAY);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Full lifecycle through PAS
    // ---------------------------------------------------------------------------------------------------------

    /// @dev deployClass (GovOps new: addCBeam scheduled) → anyone executes it → Core Council grants GovOps on the
    ///      class → GovOps sets a limit within the init through the PAS Configurator → a flow at Day-0 limits.
    function test_lifecycle_deployToFlowThroughPas() public {
        IHaloFactory.ClassAddresses memory a = _deploy(_portfolioClassRequest(PCLASS));
        vm.prank(deployer);
        IHaloFactory.UnitAddresses memory u = factory.deployUnit(_unitRequest("u1", PCLASS), SALT);
        bytes32 inKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), u.subscribeQueue);

        _executeCBeamGrant(PCLASS);
        _grantCBeamOnClass(a.rateLimits, a.controller, govOps);

        // within the init: a decrease to 60k is immediate; back up to the init is the first increase (hop clock)
        vm.startPrank(govOps);
        configurator.setRateLimit(a.rateLimits, inKey, 60_000e18, IRL_SLOPE);
        assertEq(RateLimits(a.rateLimits).getCurrentRateLimit(inKey), 60_000e18);
        configurator.setRateLimit(a.rateLimits, inKey, IRL, IRL_SLOPE);
        vm.expectRevert("Configurator/increment-too-soon");
        configurator.setRateLimit(a.rateLimits, inKey, IRL * 5 / 4, IRL_SLOPE);
        vm.stopPrank();

        // a first flow within the Day-0 limit
        address alice = makeAddr("alice");
        SubscribeQueue q = SubscribeQueue(u.subscribeQueue);
        usds.mint(alice, 50_000e18);
        vm.startPrank(alice);
        usds.approve(address(q), 50_000e18);
        q.deposit(50_000e18);
        vm.stopPrank();
        vm.startPrank(lctsBeacon);
        q.lock();
        q.settle(50_000e18);
        vm.stopPrank();
        assertEq(usds.balanceOf(a.almProxy), 50_000e18);
        assertEq(RateLimits(a.rateLimits).getCurrentRateLimit(inKey), 10_000e18);
    }
}
