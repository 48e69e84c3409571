// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Vm} from "forge-std/Vm.sol";

import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice Class deployment: both kinds, wiring, hand-off, predictions, every revert.
contract HaloFactoryClassTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant SALT = "salt-1";

    function setUp() public {
        _deploySystem();
    }

    function _deployPortfolio() internal returns (IHaloFactory.ClassAddresses memory a) {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        vm.prank(deployer);
        a = factory.deployClass(r, SALT);
    }

    function _deployTerm() internal returns (IHaloFactory.ClassAddresses memory a) {
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        vm.prank(deployer);
        a = factory.deployClass(r, SALT);
    }

    /// @dev `target` granted exactly `count` roles in the deployment (no holder beyond those checked one by one).
    function _assertGrantCount(Vm.Log[] memory logs, address target, uint256 count) internal pure {
        uint256 n = 0;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == target && logs[i].topics[0] == IAccessControl.RoleGranted.selector) ++n;
        }
        assertEq(n, count, "grants");
    }

    /// @dev Every role of `target` (given its role ids) has exactly the expected single holder.
    function _assertOnlyHolder(address target, bytes32 role, address holder) internal view {
        IAccessControlEnumerable t = IAccessControlEnumerable(target);
        assertEq(t.getRoleMemberCount(role), 1, "role member count");
        assertEq(t.getRoleMember(role, 0), holder, "role holder");
    }

    function _assertNoPower(address target, bytes32[] memory roles) internal view {
        IAccessControlEnumerable t = IAccessControlEnumerable(target);
        for (uint256 i = 0; i < roles.length; ++i) {
            assertFalse(t.hasRole(roles[i], address(factory)), "factory holds a role");
            assertFalse(t.hasRole(roles[i], deployer), "deployer holds a role");
        }
    }

    // ---- Portfolio ----

    function test_deployClass_portfolio_wiresEverything() public {
        IHaloFactory.ClassAddresses memory predicted =
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, SALT, deployer);
        IHaloFactory.ClassAddresses memory a = _deployPortfolio();
        assertEq(a.almProxy, predicted.almProxy);
        assertEq(a.rateLimits, predicted.rateLimits);
        assertEq(a.controller, predicted.controller);
        assertEq(a.facility, address(0));

        ALMProxy proxy = ALMProxy(payable(a.almProxy));
        RateLimits rl = RateLimits(a.rateLimits);
        HaloController c = HaloController(a.controller);
        _assertOnlyHolder(a.almProxy, proxy.DEFAULT_ADMIN_ROLE(), address(configurator));
        _assertOnlyHolder(a.almProxy, proxy.CONTROLLER(), a.controller);
        _assertOnlyHolder(a.rateLimits, rl.DEFAULT_ADMIN_ROLE(), address(configurator));
        _assertOnlyHolder(a.rateLimits, rl.CONTROLLER(), a.controller);
        _assertOnlyHolder(a.controller, c.DEFAULT_ADMIN_ROLE(), address(configurator));
        _assertOnlyHolder(a.controller, c.FREEZER(), freezer);
        assertEq(c.getRoleMemberCount(c.RELAYER()), 0);
        assertEq(c.getRoleMemberCount(c.UNIT()), 0);
        assertEq(c.proxy(), a.almProxy);
        assertEq(c.rateLimits(), a.rateLimits);
        assertEq(c.factory(), address(factory));
        assertEq(rl.factory(), address(factory));

        // registered in PAS BeamState by the factory's role; GovOps is not a cBEAM yet, so nothing granted
        assertEq(beamState.rateLimits(a.rateLimits), 1);
        assertEq(beamState.controllers(a.controller), 1);
        assertEq(beamState.rateLimits(a.almProxy), 0);
        assertEq(beamState.cBeams(govOps), 0);
        assertEq(beamState.rateLimitsCBeams(a.rateLimits, govOps), 0);
        assertEq(beamState.controllersCBeams(a.controller, govOps), 0);

        IHaloRegistry.ClassRecord memory rec = registry.getClass(PCLASS);
        assertEq(uint8(rec.origin), uint8(IHaloRegistry.Origin.FACTORY));
        assertEq(rec.kind, FactoryNames.PORTFOLIO_LCTS);
        assertEq(rec.templateId, LCTS_TEMPLATE);
        assertEq(rec.almProxy, a.almProxy);
        assertEq(rec.govOps, govOps);
        assertEq(rec.beacons[0].operator, lctsBeacon);
        assertEq(rec.contracts.length, 0); // the PAU is in almProxy / controller / rateLimits
        assertEq(rec.controller, a.controller);
        assertEq(rec.rateLimits, a.rateLimits);
        assertEq(rec.paramsHash, keccak256(abi.encode(new IHaloRegistry.NamedValue[](0))));
        assertEq(rec.day0.cycles, DAY0_CYCLES);
        assertTrue(registry.isFactoryDeployed(a.almProxy));
        assertTrue(registry.isFactoryDeployed(a.rateLimits));
        assertTrue(registry.isFactoryDeployed(a.controller));
    }

    function test_deployClass_schedulesCbeamGrant_executableAfterDelay() public {
        uint256 start = block.timestamp;
        IHaloFactory.ClassAddresses memory a = _deployPortfolio();
        IHaloFactory.GrantOperation memory op = factory.cbeamGrantOperation(PCLASS);
        assertEq(op.target, address(beamState));
        assertEq(op.data, abi.encodeCall(beamState.addCBeam, (govOps)));
        assertEq(op.salt, keccak256(abi.encode("HALO_FACTORY_CBEAM", PCLASS)));
        assertEq(op.timestamp, start + DELAY);
        assertFalse(op.immediate);
        assertTrue(timelock.isOperationPending(op.id));
        assertFalse(timelock.isOperationReady(op.id));
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _grantBatch(op);
        assertEq(op.id, timelock.hashOperationBatch(targets, values, payloads, bytes32(0), op.salt));

        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                op.id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        timelock.executeBatch(targets, values, payloads, bytes32(0), op.salt);

        vm.warp(start + DELAY);
        vm.prank(outsider);
        timelock.executeBatch(targets, values, payloads, bytes32(0), op.salt);
        assertEq(beamState.cBeams(govOps), 1);
        assertEq(factory.cbeamGrantOperation(PCLASS).timestamp, 1); // OZ: done
        // the per-class grant is then the Core Council's direct action
        assertEq(beamState.rateLimitsCBeams(a.rateLimits, govOps), 0);
        _grantCBeamOnClass(a.rateLimits, a.controller, govOps);
        assertEq(beamState.rateLimitsCBeams(a.rateLimits, govOps), 1);
        assertEq(beamState.controllersCBeams(a.controller, govOps), 1);
    }

    /// @dev Issue 17: a Term class stores only its template, controller, kind, cBEAM flag and GovOps; the views
    ///      that read them answer as for a Portfolio class, scheduled and immediate alike.
    function test_cbeamGrantOperation_termClass_scheduledAndImmediate() public {
        uint256 start = block.timestamp;
        _deployTerm();
        IHaloFactory.GrantOperation memory op = factory.cbeamGrantOperation(TCLASS);
        IHaloFactory.GrantOperation memory planned = factory.cbeamGrantOperationFor(TCLASS, govOps);
        assertEq(op.id, planned.id);
        assertEq(op.data, abi.encodeCall(beamState.addCBeam, (govOps)));
        assertEq(op.salt, keccak256(abi.encode("HALO_FACTORY_CBEAM", TCLASS)));
        assertEq(op.timestamp, start + DELAY);
        assertFalse(op.immediate);
        // the unit approval digest of a Term class is defined (the deployment itself then refuses the kind)
        IHaloFactory.UnitRequest memory u = _unitRequest("acme-term-unit", TCLASS);
        assertTrue(factory.unitApprovalDigest(u, SALT, approver, block.timestamp + 1, 1) != bytes32(0));

        _vetCBeam(govOps);
        bytes32 second = "acme-term-2";
        vm.prank(deployer);
        factory.deployClass(_termClassRequest(second), SALT);
        assertTrue(factory.cbeamGrantOperation(second).immediate);
        assertEq(factory.cbeamGrantOperation(second).data, abi.encodeCall(beamState.addCBeam, (govOps)));
    }

    function test_cbeamGrantOperationFor_matchesBeforeDeployment() public {
        IHaloFactory.GrantOperation memory planned = factory.cbeamGrantOperationFor(PCLASS, govOps);
        assertEq(planned.timestamp, 0);
        assertFalse(planned.immediate);
        _deployPortfolio();
        IHaloFactory.GrantOperation memory op = factory.cbeamGrantOperation(PCLASS);
        assertEq(op.id, planned.id);
        assertEq(op.salt, planned.salt);
        assertEq(op.data, planned.data);
    }

    function test_deployClass_emitsOneCanonicalEvent() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.ClassAddresses memory predicted =
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, SALT, deployer);
        vm.recordLogs();
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 found;
        bytes32 sig = IHaloFactory.ClassDeployed.selector;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == address(factory) && logs[i].topics[0] == sig) {
                ++found;
                assertEq(uint256(logs[i].topics[1]), factory.METADATA_SCHEMA_VERSION());
                assertEq(logs[i].topics[2], PCLASS);
                assertEq(logs[i].topics[3], AGENT);
                IHaloFactory.ClassDeployment memory d = abi.decode(logs[i].data, (IHaloFactory.ClassDeployment));
                assertEq(d.addresses.almProxy, predicted.almProxy);
                assertEq(d.addresses.controller, predicted.controller);
                assertEq(d.authoriser, deployer);
                assertEq(d.salt, SALT);
                assertEq(d.kind, FactoryNames.PORTFOLIO_LCTS);
                assertEq(d.request.govOps, govOps);
                assertEq(d.request.beacons[0].operator, lctsBeacon);
                assertEq(d.day0Cycles, DAY0_CYCLES);
                assertEq(d.cbeamOperationId, factory.cbeamGrantOperation(PCLASS).id);
                assertEq(d.cbeamReadyAt, block.timestamp + DELAY);
            }
        }
        assertEq(found, 1);
    }

    // ---- Term ----

    function test_deployClass_term_wiresNfat() public {
        IHaloFactory.ClassAddresses memory predicted =
            factory.predictClassAddresses(NFAT_TEMPLATE, 1, TCLASS, SALT, deployer);
        vm.recordLogs();
        IHaloFactory.ClassAddresses memory a = _deployTerm();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(a.facility, predicted.facility);
        assertEq(a.dealToken, predicted.dealToken);
        assertEq(a.redeem, predicted.redeem);
        assertEq(a.almProxy, predicted.almProxy);

        NfatFacility f = NfatFacility(a.facility);
        _assertOnlyLogged(logs, a.facility, f.DEFAULT_ADMIN_ROLE(), address(timelock));
        _assertOnlyLogged(logs, a.facility, f.OPERATOR(), operator);
        _assertOnlyLogged(logs, a.facility, f.NFAT_BEACON(), nfatBeacon);
        _assertOnlyLogged(logs, a.facility, f.ATTEST_BEACON(), attestBeacon);
        assertEq(f.controller(), a.controller);
        assertEq(f.dealToken(), a.dealToken);
        assertEq(f.redeem(), a.redeem);
        assertEq(f.unitRecorder(), address(registry));
        INfatFacility.Buybox memory bb = f.buybox();
        assertEq(bb.termMin, 90 days);
        assertEq(bb.termMax, 730 days);
        assertEq(bb.sizeMin, 10_000e18);
        assertEq(bb.sizeMax, 50_000_000e18);
        assertEq(bb.apyMinBps, 400);
        assertEq(bb.apyMaxBps, 1200);
        assertEq(bb.assetType, bytes32("senior-secured-loan"));
        assertEq(bb.jurisdiction, bytes32("US-DE"));
        assertFalse(bb.transferAllowList);

        NfatDealToken t = NfatDealToken(a.dealToken);
        _assertOnlyLogged(logs, a.dealToken, t.DEFAULT_ADMIN_ROLE(), address(timelock));
        _assertOnlyLogged(logs, a.dealToken, t.OPERATOR(), operator);
        assertEq(t.name(), "Acme Term Deals");
        NfatRedeem rd = NfatRedeem(a.redeem);
        _assertOnlyLogged(logs, a.redeem, rd.DEFAULT_ADMIN_ROLE(), address(timelock));
        _assertOnlyLogged(logs, a.redeem, rd.NFAT_BEACON(), nfatBeacon);
        _assertGrantCount(logs, a.facility, 4);
        _assertGrantCount(logs, a.dealToken, 2);
        _assertGrantCount(logs, a.redeem, 2);

        HaloController c = HaloController(a.controller);
        assertEq(c.getRoleMemberCount(c.UNIT()), 2);
        assertTrue(c.hasRole(c.UNIT(), a.facility));
        assertTrue(c.hasRole(c.UNIT(), a.redeem));

        // Day-0 limits seeded and registered as PAS inits on this class's RateLimits only
        bytes32 inKey = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), a.facility);
        bytes32 outKey = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, address(usds), a.redeem);
        IRateLimits.RateLimitData memory d = RateLimits(a.rateLimits).getRateLimitData(inKey);
        assertEq(d.maxAmount, IRL);
        assertEq(d.slope, IRL_SLOPE);
        assertEq(RateLimits(a.rateLimits).getCurrentRateLimit(outKey), IRL);
        (uint256 maxAmount, uint256 slope) = beamState.initRateLimits(inKey, a.rateLimits);
        assertEq(maxAmount, IRL);
        assertEq(slope, IRL_SLOPE);
        (maxAmount, slope) = beamState.initRateLimits(outKey, a.rateLimits);
        assertEq(maxAmount, IRL);
        (maxAmount, slope) = beamState.initRateLimits(inKey, address(0));
        assertEq(maxAmount + slope, 0); // never a scope-wide init

        assertEq(registry.facilityClass(a.facility), TCLASS);
        assertTrue(registry.isFactoryDeployed(a.redeem));
        IHaloRegistry.ClassRecord memory rec = registry.getClass(TCLASS);
        assertEq(rec.contracts.length, 3);
        assertEq(rec.contracts[0].name, FactoryNames.NFAT_FACILITY);
        assertEq(rec.contracts[0].addr, a.facility);
        assertEq(rec.contracts[2].addr, a.redeem);
        assertEq(rec.paramsHash, keccak256(abi.encode(_termClassRequest(TCLASS).params)));
    }

    function test_deployClass_noRoleLeftToFactoryOrCaller() public {
        vm.recordLogs();
        IHaloFactory.ClassAddresses memory a = _deployTerm();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes32[] memory pauRoles = new bytes32[](5);
        HaloController c = HaloController(a.controller);
        pauRoles[0] = c.DEFAULT_ADMIN_ROLE();
        pauRoles[1] = c.RELAYER();
        pauRoles[2] = c.FREEZER();
        pauRoles[3] = c.UNIT();
        pauRoles[4] = ALMProxy(payable(a.almProxy)).CONTROLLER();
        _assertNoPower(a.almProxy, pauRoles);
        _assertNoPower(a.rateLimits, pauRoles);
        _assertNoPower(a.controller, pauRoles);
        NfatFacility f = NfatFacility(a.facility);
        bytes32[] memory nfatRoles = new bytes32[](4);
        nfatRoles[0] = f.DEFAULT_ADMIN_ROLE();
        nfatRoles[1] = f.OPERATOR();
        nfatRoles[2] = f.NFAT_BEACON();
        nfatRoles[3] = f.ATTEST_BEACON();
        _assertNoPower(a.facility, nfatRoles);
        _assertNoPower(a.dealToken, nfatRoles);
        _assertNoPower(a.redeem, nfatRoles);
        // and the total member count of each admin role is exactly one (no stray holder anywhere)
        assertEq(IAccessControlEnumerable(a.almProxy).getRoleMemberCount(pauRoles[0]), 1);
        _assertOnlyLogged(logs, a.facility, nfatRoles[0], address(timelock));
        _assertOnlyLogged(logs, a.dealToken, nfatRoles[0], address(timelock));
        _assertOnlyLogged(logs, a.redeem, nfatRoles[0], address(timelock));
    }

    // ---- reverts ----

    function test_deployClass_refusesNonDeployer() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, factory.DEPLOYER()
            )
        );
        vm.prank(outsider);
        factory.deployClass(r, SALT);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, approver, factory.DEPLOYER()
            )
        );
        vm.prank(approver);
        factory.deployClass(r, SALT);
    }

    function test_deployClass_secondDeploymentOfSameIdReverts() public {
        _deployPortfolio();
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        vm.startPrank(deployer);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ClassExists.selector, PCLASS));
        factory.deployClass(r, SALT);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ClassExists.selector, PCLASS));
        factory.deployClass(r, "other-salt");
        r.classId = AGENT; // ids share one namespace
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ClassExists.selector, AGENT));
        factory.deployClass(r, SALT);
        vm.stopPrank();
    }

    function test_deployClass_revertsBasicChecks() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(bytes32(0));
        vm.startPrank(deployer);
        vm.expectRevert(IHaloFactory.Factory_ZeroId.selector);
        factory.deployClass(r, SALT);
        r.classId = PCLASS;
        r.agentId = "ghost";
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnknownAgent.selector, bytes32("ghost")));
        factory.deployClass(r, SALT);
        r.agentId = AGENT;
        r.depositAsset = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ZeroAddress.selector, "depositAsset"));
        factory.deployClass(r, SALT);
        r.depositAsset = address(usds);
        r.govOps = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ZeroAddress.selector, "govOps"));
        factory.deployClass(r, SALT);
        vm.stopPrank();
    }

    function test_deployClass_revertsTemplateStatus() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        r.templateVersion = 2;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnknownTemplate.selector, LCTS_TEMPLATE, 2));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        ITemplateRegistry.TemplateSpec memory spec = _lctsSpec();
        vm.prank(deployer);
        templates.proposeTemplate(LCTS_TEMPLATE, 2, spec);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_TemplateNotApproved.selector, LCTS_TEMPLATE, 2));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        r.templateVersion = 1;
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.deprecateTemplate, (LCTS_TEMPLATE, 1)));
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_TemplateDeprecated.selector, LCTS_TEMPLATE, 1));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        _governance(address(templates), abi.encodeCall(ITemplateRegistry.revokeTemplate, (LCTS_TEMPLATE, 1)));
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_TemplateRevoked.selector, LCTS_TEMPLATE, 1));
        vm.prank(deployer);
        factory.deployClass(r, SALT);
    }

    function test_deployClass_revokedTemplateFlagsExistingClass() public {
        _deployPortfolio();
        assertFalse(registry.isClassTemplateRevoked(PCLASS));
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.revokeTemplate, (LCTS_TEMPLATE, 1)));
        assertTrue(registry.isClassTemplateRevoked(PCLASS));
        // the class itself is untouched
        assertEq(beamState.rateLimits(registry.getClass(PCLASS).rateLimits), 1);
    }

    function test_deployClass_revertsCodeHashMismatchAtDeployment() public {
        // The implementation's code changes after approval (here: etched), so the pinned hash no longer matches.
        bytes32 expected = address(controllerImpl).codehash;
        vm.etch(address(controllerImpl), address(rateLimitsImpl).code);
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloFactory.Factory_CodeHashMismatch.selector,
                FactoryNames.CONTROLLER,
                expected,
                address(rateLimitsImpl).codehash
            )
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);
    }

    function test_deployClass_revertsUnsupportedKind() public {
        ITemplateRegistry.TemplateSpec memory spec = _lctsSpec();
        spec.kind = keccak256("DIAMOND_PORTFOLIO");
        vm.prank(deployer);
        templates.proposeTemplate("diamond", 1, spec);
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.approveTemplate, ("diamond", 1)));
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        r.templateId = "diamond";
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_UnsupportedKind.selector, keccak256("DIAMOND_PORTFOLIO"))
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_UnsupportedKind.selector, keccak256("DIAMOND_PORTFOLIO"))
        );
        factory.predictClassAddresses("diamond", 1, PCLASS, SALT, deployer);
    }

    function test_deployClass_revertsMissingComponentAndUnsupportedFlow() public {
        ITemplateRegistry.TemplateSpec memory spec = _nfatSpec();
        spec.classComponents[5].name = "Something";
        vm.prank(deployer);
        templates.proposeTemplate("broken", 1, spec);
        spec = _nfatSpec();
        spec.day0Limits[1].flow = RateLimitKeys.LIMIT_TRANSFER;
        vm.prank(deployer);
        templates.proposeTemplate("broken", 2, spec);
        address[] memory targets = new address[](2);
        bytes[] memory payloads = new bytes[](2);
        targets[0] = address(templates);
        targets[1] = address(templates);
        payloads[0] = abi.encodeCall(ITemplateRegistry.approveTemplate, ("broken", 1));
        payloads[1] = abi.encodeCall(ITemplateRegistry.approveTemplate, ("broken", 2));
        _governanceBatch(targets, payloads);

        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        r.templateId = "broken";
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_ComponentMissing.selector, FactoryNames.NFAT_REDEEM)
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        r.templateVersion = 2;
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_UnsupportedDay0Flow.selector, RateLimitKeys.LIMIT_TRANSFER)
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);
    }

    function test_deployClass_parameterErrorsNameTheParameter() public {
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        r.params[3].value = 2e27; // sizeMax above the template's 1e27
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloFactory.Factory_ParameterOutOfRange.selector, FactoryNames.SIZE_MAX, 2e27, 1000e18, 1e27
            )
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        r = _termClassRequest(TCLASS);
        r.params[0].value = 1 days; // termMin below 30 days
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloFactory.Factory_ParameterOutOfRange.selector, FactoryNames.TERM_MIN, 1 days, 30 days, 3650 days
            )
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        r = _termClassRequest(TCLASS);
        r.params[9].name = "colour";
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ParameterUnknown.selector, bytes32("colour")));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        r = _termClassRequest(TCLASS);
        r.params[9].name = FactoryNames.TERM_MIN;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ParameterDuplicate.selector, FactoryNames.TERM_MIN));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        IHaloRegistry.NamedValue[] memory shorter = new IHaloRegistry.NamedValue[](9);
        for (uint256 i = 0; i < 9; ++i) {
            shorter[i] = r.params[i];
        }
        r.params = shorter;
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_ParameterMissing.selector, FactoryNames.JURISDICTION)
        );
        vm.prank(deployer);
        factory.deployClass(r, SALT);
    }

    function test_deployClass_beaconErrors() public {
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        r.beacons[1].kind = FactoryNames.BEACON_LCTS;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BeaconUnknown.selector, FactoryNames.BEACON_LCTS));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        r = _termClassRequest(TCLASS);
        r.beacons[1].kind = FactoryNames.BEACON_NFAT;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BeaconDuplicate.selector, FactoryNames.BEACON_NFAT));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        r = _termClassRequest(TCLASS);
        r.beacons[0].operator = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ZeroAddress.selector, "beacon"));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        r = _termClassRequest(TCLASS);
        IHaloRegistry.BeaconOperator[] memory one = new IHaloRegistry.BeaconOperator[](1);
        one[0] = r.beacons[0];
        r.beacons = one;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BeaconMissing.selector, FactoryNames.BEACON_ATTEST));
        vm.prank(deployer);
        factory.deployClass(r, SALT);
    }

    function test_deployClass_pausedTimelockBlocksDeploymentThatSchedules() public {
        vm.prank(pauser);
        timelock.pause();
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        assertFalse(registry.classExists(PCLASS));
    }

    // ---- predictions (fuzzed) ----

    function testFuzz_predictedEqualsDeployed(bytes32 classId, bytes32 salt, bool term, uint256 sizeMax) public {
        vm.assume(uint256(classId) >> 192 != 0 && classId != AGENT); // ids below 2^192 belong to deal units
        IHaloFactory.ClassRequest memory r = term ? _termClassRequest(classId) : _portfolioClassRequest(classId);
        if (term) r.params[3].value = bound(sizeMax, 10_000e18, 1e27);
        IHaloFactory.ClassAddresses memory p = factory.predictClassAddresses(r.templateId, 1, classId, salt, deployer);
        vm.prank(deployer);
        IHaloFactory.ClassAddresses memory a = factory.deployClass(r, salt);
        assertEq(keccak256(abi.encode(a)), keccak256(abi.encode(p)));
        assertGt(a.almProxy.code.length, 0);
        if (term) assertEq(NfatFacility(a.facility).buybox().sizeMax, r.params[3].value);
    }

    function testFuzz_parameterOutOfRange(uint256 termMin) public {
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        r.params[0].value = termMin;
        bool inRange = termMin >= 30 days && termMin <= 3650 days;
        if (!inRange) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IHaloFactory.Factory_ParameterOutOfRange.selector,
                    FactoryNames.TERM_MIN,
                    termMin,
                    30 days,
                    3650 days
                )
            );
        } else if (termMin > 730 days) {
            // inside the template's range but above termMax: the facility refuses an inverted buybox
            vm.expectRevert(
                abi.encodeWithSelector(INfatFacility.Facility_InvalidBuybox.selector, "term", termMin, 730 days)
            );
        }
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        if (inRange && termMin <= 730 days) assertTrue(registry.classExists(TCLASS));
    }

    function test_systemWiring_asDeployed() public view {
        assertEq(factory.timelock(), address(timelock));
        assertEq(factory.templateRegistry(), address(templates));
        assertEq(factory.haloRegistry(), address(registry));
        assertEq(factory.beamState(), address(beamState));
        assertEq(factory.configurator(), address(configurator));
        assertEq(factory.cbeamProposer(), address(cbeamProposer));
        assertEq(cbeamProposer.factory(), address(factory));
        assertEq(factory.getRoleMemberCount(factory.DEFAULT_ADMIN_ROLE()), 1);
        assertEq(factory.getRoleMember(factory.DEFAULT_ADMIN_ROLE(), 0), address(timelock));
        assertEq(factory.getRoleMember(factory.DEPLOYER(), 0), deployer);
        assertEq(factory.getRoleMember(factory.APPROVER(), 0), approver);
        // the factory: BeamState role 3 only (the spell); never a ward, never a timelock proposer
        assertTrue(beamState.hasUserRole(address(factory), 3));
        assertEq(beamState.userRoles(address(factory)), bytes32(uint256(1) << 3));
        assertEq(beamState.wards(address(factory)), 0);
        assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), address(factory)));
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(cbeamProposer)));
        assertEq(beamState.userRoles(address(cbeamProposer)), bytes32(0));
        assertTrue(registry.hasRole(registry.FACTORY(), address(factory)));
        // PASInit's roles
        assertEq(beamState.wards(pauseProxy), 1);
        assertTrue(beamState.hasUserRole(address(timelock), 1));
        assertTrue(beamState.hasUserRole(coreCouncil, 2));
        assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), pauseProxy));
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), governance));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), governance));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)));
        assertTrue(timelock.hasRole(timelock.PAUSER_ROLE(), pauser));
        assertEq(beamState.getHop(address(0)), 18 hours);
        assertEq(beamState.getMaxChange(address(0)), 1.25e18);
        // every temporary admin right of the deploying account is gone
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), deployer));
        assertEq(beamState.wards(deployer), 0);
        assertFalse(registry.hasRole(registry.DEFAULT_ADMIN_ROLE(), deployer));
        assertEq(registry.getRoleMemberCount(registry.DEFAULT_ADMIN_ROLE()), 1);
        assertEq(registry.getRoleMember(registry.DEFAULT_ADMIN_ROLE(), 0), address(timelock));
        assertEq(uint8(templates.getStatus(LCTS_TEMPLATE, 1)), uint8(ITemplateRegistry.TemplateStatus.APPROVED));
        assertEq(uint8(templates.getStatus(NFAT_TEMPLATE, 1)), uint8(ITemplateRegistry.TemplateStatus.APPROVED));
    }

    function test_predict_unknownTemplateReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnknownTemplate.selector, bytes32("nope"), 1));
        factory.predictClassAddresses("nope", 1, PCLASS, SALT, deployer);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnknownTemplate.selector, LCTS_TEMPLATE, 9));
        factory.predictUnitAddresses(LCTS_TEMPLATE, 9, "u", SALT, deployer);
    }

    function test_deployClass_portfolioBeaconMissing() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        r.beacons = new IHaloRegistry.BeaconOperator[](0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BeaconMissing.selector, FactoryNames.BEACON_LCTS));
        vm.prank(deployer);
        factory.deployClass(r, SALT);
    }

    function test_constructor_revertsZeroWiring() public {
        IHaloFactory.Wiring memory w = IHaloFactory.Wiring(
            address(timelock),
            address(templates),
            address(registry),
            address(beamState),
            address(configurator),
            address(cbeamProposer)
        );
        address[] memory none = new address[](0);
        w.cbeamProposer = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ZeroAddress.selector, "cbeamProposer"));
        new HaloFactoryHarness(w, none);
        w.configurator = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ZeroAddress.selector, "configurator"));
        new HaloFactoryHarness(w, none);
        w.timelock = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ZeroAddress.selector, "timelock"));
        new HaloFactoryHarness(w, none);
    }
}

import {HaloFactory} from "../../src/factory/HaloFactory.sol";

contract HaloFactoryHarness is HaloFactory {
    constructor(IHaloFactory.Wiring memory w, address[] memory none) HaloFactory(w, none, none) {}
}
