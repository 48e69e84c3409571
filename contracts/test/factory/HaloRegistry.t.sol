// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";

import {HaloRegistry} from "../../src/factory/HaloRegistry.sol";
import {TemplateRegistry} from "../../src/factory/TemplateRegistry.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";

contract HaloRegistryTest is Test {
    HaloRegistry internal registry;
    TemplateRegistry internal templates;
    address internal governance = makeAddr("governance");
    address internal registrar = makeAddr("registrar");
    address internal factory = makeAddr("factory");
    address internal reviewer = makeAddr("reviewer");
    address internal agentOperator = makeAddr("agentOperator");
    address internal outsider = makeAddr("outsider");

    bytes32 internal constant AGENT = "acme";
    bytes32 internal constant CLASS = "acme-mmf";
    bytes32 internal constant UNIT = "acme-mmf-senior";
    bytes32 internal constant TEMPLATE = "lcts-portfolio";

    function setUp() public {
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        templates = new TemplateRegistry(governance, proposers);
        registry = new HaloRegistry(governance, address(templates));
        vm.startPrank(governance);
        registry.grantRole(registry.REGISTRAR(), registrar);
        registry.grantRole(registry.FACTORY(), factory);
        registry.grantRole(registry.REVIEWER(), reviewer);
        vm.stopPrank();
    }

    function _artifact(string memory uri) internal pure returns (IHaloRegistry.Artifact memory) {
        return IHaloRegistry.Artifact(uri, sha256(bytes(uri)));
    }

    function _registerAgent() internal {
        IHaloRegistry.Artifact memory artifact = _artifact("ipfs://agent");
        vm.prank(registrar);
        registry.registerAgent(AGENT, agentOperator, artifact);
    }

    function _classRecord(bytes32 classId, uint160 base, uint32 cycles)
        internal
        pure
        returns (IHaloRegistry.ClassRecord memory r)
    {
        r.classId = classId;
        r.agentId = AGENT;
        r.kind = keccak256("PORTFOLIO_LCTS");
        r.templateId = TEMPLATE;
        r.templateVersion = 1;
        r.almProxy = address(base + 1);
        r.controller = address(base + 2);
        r.rateLimits = address(base + 3);
        r.operator = address(base + 4);
        r.freezer = address(base + 5);
        r.govOps = address(base + 6);
        r.depositAsset = address(base + 7);
        r.contracts = new IHaloRegistry.NamedAddress[](1);
        r.contracts[0] = IHaloRegistry.NamedAddress("NfatFacility", address(base + 9));
        r.beacons = new IHaloRegistry.BeaconOperator[](1);
        r.beacons[0] = IHaloRegistry.BeaconOperator("lpha-lcts", address(base + 8));
        r.paramsHash = keccak256("class-params");
        r.artifact = IHaloRegistry.Artifact("ipfs://class", bytes32(uint256(1)));
        r.day0.cycles = cycles;
        // bookkeeping fields a caller might try to forge: the registry must overwrite them
        r.origin = IHaloRegistry.Origin.LEGACY;
        r.recordedAt = 77;
        r.day0.reviewCount = 9;
        r.day0.endedAt = 99;
        r.unitIds = new bytes32[](1);
    }

    function _unitRecord(bytes32 unitId, bytes32 classId, uint160 base)
        internal
        pure
        returns (IHaloRegistry.UnitRecord memory r)
    {
        r.unitId = unitId;
        r.classId = classId;
        r.contracts = new IHaloRegistry.NamedAddress[](2);
        r.contracts[0] = IHaloRegistry.NamedAddress("SubscribeQueue", address(base + 1));
        r.contracts[1] = IHaloRegistry.NamedAddress("RedeemQueue", address(base + 2));
        r.paramsHash = keccak256("unit-params");
        r.artifact = IHaloRegistry.Artifact("ipfs://unit", bytes32(uint256(2)));
        r.day0.cycles = 2;
    }

    // ---- agents ----

    function test_registerAgent_byRegistrarAndGovernance() public {
        vm.warp(123);
        vm.expectEmit(address(registry));
        emit IHaloRegistry.AgentRegistered(AGENT, agentOperator, "ipfs://agent", sha256("ipfs://agent"));
        _registerAgent();
        IHaloRegistry.AgentRecord memory a = registry.getAgent(AGENT);
        assertEq(a.operator, agentOperator);
        assertEq(a.artifact.sha256, sha256("ipfs://agent"));
        assertEq(a.registeredAt, 123);
        assertTrue(registry.agentExists(AGENT));

        IHaloRegistry.Artifact memory x = _artifact("x");
        vm.prank(governance);
        registry.registerAgent("beta", outsider, x);
        assertEq(registry.agentCount(), 2);
    }

    function test_registerAgent_reverts() public {
        IHaloRegistry.Artifact memory x = _artifact("x");
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotRegistrar.selector, outsider));
        vm.prank(outsider);
        registry.registerAgent(AGENT, agentOperator, x);

        vm.startPrank(registrar);
        vm.expectRevert(IHaloRegistry.HaloRegistry_ZeroId.selector);
        registry.registerAgent(bytes32(0), agentOperator, x);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroAddress.selector, "operator"));
        registry.registerAgent(AGENT, address(0), x);
        registry.registerAgent(AGENT, agentOperator, x);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_IdTaken.selector, AGENT));
        registry.registerAgent(AGENT, agentOperator, x);
        vm.stopPrank();
    }

    function test_setAgentOperator() public {
        _registerAgent();
        vm.expectEmit(address(registry));
        emit IHaloRegistry.AgentOperatorSet(AGENT, agentOperator, outsider);
        vm.prank(governance);
        registry.setAgentOperator(AGENT, outsider);
        assertEq(registry.getAgent(AGENT).operator, outsider);

        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownAgent.selector, bytes32("nope")));
        registry.setAgentOperator("nope", outsider);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroAddress.selector, "operator"));
        registry.setAgentOperator(AGENT, address(0));
        vm.stopPrank();

        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, registrar, registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(registrar);
        registry.setAgentOperator(AGENT, registrar);
    }

    // ---- classes ----

    function test_recordFactoryClass_storesAndOverwritesBookkeeping() public {
        _registerAgent();
        vm.warp(1000);
        vm.expectEmit(address(registry));
        emit IHaloRegistry.ClassRecorded(CLASS, AGENT, IHaloRegistry.Origin.FACTORY, TEMPLATE, 1, address(101));
        vm.prank(factory);
        registry.recordFactoryClass(_classRecord(CLASS, 100, 3));

        IHaloRegistry.ClassRecord memory c = registry.getClass(CLASS);
        assertEq(uint8(c.origin), uint8(IHaloRegistry.Origin.FACTORY));
        assertTrue(c.conformsToTemplate);
        assertEq(c.recordedAt, 1000);
        assertEq(c.day0.cycles, 3);
        assertEq(c.day0.reviewCount, 0);
        assertEq(c.day0.endedAt, 0);
        assertEq(c.unitIds.length, 0);
        assertEq(c.almProxy, address(101));
        assertEq(c.depositAsset, address(107));
        assertEq(c.contracts.length, 1);
        assertEq(c.contracts[0].addr, address(109));
        assertEq(c.beacons[0].operator, address(108));
        assertEq(c.paramsHash, keccak256("class-params"));
        assertEq(c.artifact.uri, "ipfs://class");
        assertTrue(registry.isFactoryDeployed(address(101)));
        assertTrue(registry.isFactoryDeployed(address(103)));
        assertTrue(registry.isFactoryDeployed(address(109)));
        assertFalse(registry.isFactoryDeployed(address(104)));
        assertEq(registry.ownerOf(address(109)), CLASS);
        assertEq(registry.ownerOf(address(102)), CLASS);
        assertEq(registry.getAgent(AGENT).classIds[0], CLASS);
        assertTrue(registry.classExists(CLASS));

        // Every field read back (the blob's and storage's halves): the record as sent, its bookkeeping overwritten.
        IHaloRegistry.ClassRecord memory expected = _classRecord(CLASS, 100, 3);
        expected.origin = IHaloRegistry.Origin.FACTORY;
        expected.conformsToTemplate = true;
        expected.recordedAt = 1000;
        expected.day0.reviewCount = 0;
        expected.day0.endedAt = 0;
        expected.unitIds = new bytes32[](0);
        assertEq(keccak256(abi.encode(c)), keccak256(abi.encode(expected)));
    }

    function test_recordLegacyClass_notFactoryDeployed() public {
        _registerAgent();
        IHaloRegistry.ClassRecord memory r = _classRecord(CLASS, 100, 0);
        r.templateId = bytes32(0);
        r.templateVersion = 0;
        r.conformsToTemplate = false;
        vm.expectEmit(address(registry));
        emit IHaloRegistry.Day0Ended(CLASS, 0, uint64(block.timestamp));
        vm.prank(governance);
        registry.recordLegacyClass(r);
        IHaloRegistry.ClassRecord memory c = registry.getClass(CLASS);
        assertEq(uint8(c.origin), uint8(IHaloRegistry.Origin.LEGACY));
        assertFalse(c.conformsToTemplate);
        assertEq(c.day0.endedAt, block.timestamp);
        assertFalse(registry.isFactoryDeployed(address(101)));
        assertEq(registry.ownerOf(address(101)), CLASS);
        assertFalse(registry.isClassTemplateRevoked(CLASS));
        // Every field read back: the record as sent, its bookkeeping overwritten (no cycles: Day-0 ended).
        r.origin = IHaloRegistry.Origin.LEGACY;
        r.recordedAt = uint64(block.timestamp);
        r.day0.reviewCount = 0;
        r.day0.endedAt = uint64(block.timestamp);
        r.unitIds = new bytes32[](0);
        assertEq(keccak256(abi.encode(c)), keccak256(abi.encode(r)));
    }

    function test_recordClass_authorisation() public {
        _registerAgent();
        IHaloRegistry.ClassRecord memory r = _classRecord(CLASS, 100, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, governance, registry.FACTORY()
            )
        );
        vm.prank(governance);
        registry.recordFactoryClass(r);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, factory, registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(factory);
        registry.recordLegacyClass(r);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, registry.FACTORY()
            )
        );
        vm.prank(outsider);
        registry.recordFactoryClass(r);
    }

    function test_recordClass_reverts() public {
        IHaloRegistry.ClassRecord memory r = _classRecord(CLASS, 100, 1);
        vm.startPrank(factory);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownAgent.selector, AGENT));
        registry.recordFactoryClass(r);
        vm.stopPrank();
        _registerAgent();
        vm.startPrank(factory);
        r.classId = bytes32(0);
        vm.expectRevert(IHaloRegistry.HaloRegistry_ZeroId.selector);
        registry.recordFactoryClass(r);
        r.classId = AGENT;
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ClassExists.selector, AGENT));
        registry.recordFactoryClass(r);
        r.classId = CLASS;
        r.almProxy = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroAddress.selector, "almProxy"));
        registry.recordFactoryClass(r);
        r = _classRecord(CLASS, 100, 1);
        r.contracts[0].addr = address(0);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroAddress.selector, "contract"));
        registry.recordFactoryClass(r);
        registry.recordFactoryClass(_classRecord(CLASS, 100, 1));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ClassExists.selector, CLASS));
        registry.recordFactoryClass(_classRecord(CLASS, 200, 1));
        // the same contract cannot belong to two classes
        vm.expectRevert(
            abi.encodeWithSelector(IHaloRegistry.HaloRegistry_AddressAlreadyRecorded.selector, address(101), CLASS)
        );
        registry.recordFactoryClass(_classRecord("other", 100, 1));
        vm.stopPrank();
    }

    function test_recordClass_contractListedTwiceInOneRecordReverts() public {
        _registerAgent();
        IHaloRegistry.ClassRecord memory r = _classRecord(CLASS, 100, 1);
        r.contracts[0].addr = r.almProxy; // the PAU is recorded from its own field already
        vm.expectRevert(
            abi.encodeWithSelector(IHaloRegistry.HaloRegistry_AddressAlreadyRecorded.selector, r.almProxy, CLASS)
        );
        vm.prank(factory);
        registry.recordFactoryClass(r);
    }

    function test_unitContractCannotReuseClassContract() public {
        _registerAgent();
        vm.prank(factory);
        registry.recordFactoryClass(_classRecord(CLASS, 100, 1));
        IHaloRegistry.UnitRecord memory u = _unitRecord(UNIT, CLASS, 300);
        u.contracts[1].addr = address(102); // the class's controller
        vm.expectRevert(
            abi.encodeWithSelector(IHaloRegistry.HaloRegistry_AddressAlreadyRecorded.selector, address(102), CLASS)
        );
        vm.prank(factory);
        registry.recordFactoryUnit(u);
    }

    function test_legacyUnitInFactoryClassIsNotFactoryDeployed() public {
        _registerAgent();
        vm.prank(factory);
        registry.recordFactoryClass(_classRecord(CLASS, 100, 1));
        vm.prank(governance);
        registry.recordLegacyUnit(_unitRecord(UNIT, CLASS, 300));
        assertFalse(registry.isFactoryDeployed(address(301)));
        assertTrue(registry.isFactoryDeployed(address(101)));
        assertFalse(registry.isFactoryDeployed(address(0xdead)));
        assertEq(registry.getReviews(UNIT).length, 0);
    }

    // ---- units ----

    function _recordClassAndUnit() internal {
        _registerAgent();
        vm.startPrank(factory);
        registry.recordFactoryClass(_classRecord(CLASS, 100, 1));
        registry.recordFactoryUnit(_unitRecord(UNIT, CLASS, 300));
        vm.stopPrank();
    }

    function test_recordFactoryUnit() public {
        _registerAgent();
        vm.prank(factory);
        registry.recordFactoryClass(_classRecord(CLASS, 100, 1));
        vm.expectEmit(address(registry));
        emit IHaloRegistry.UnitRecorded(UNIT, CLASS, IHaloRegistry.Origin.FACTORY);
        vm.prank(factory);
        registry.recordFactoryUnit(_unitRecord(UNIT, CLASS, 300));
        IHaloRegistry.UnitRecord memory u = registry.getUnit(UNIT);
        assertEq(u.classId, CLASS);
        assertEq(uint8(u.origin), uint8(IHaloRegistry.Origin.FACTORY));
        assertEq(u.contracts[1].addr, address(302));
        assertEq(u.paramsHash, keccak256("unit-params"));
        assertEq(u.deal.dealToken, address(0));
        assertEq(u.day0.cycles, 2);
        assertTrue(registry.isFactoryDeployed(address(301)));
        assertEq(registry.ownerOf(address(302)), UNIT);
        assertEq(registry.getClass(CLASS).unitIds[0], UNIT);
        assertTrue(registry.unitExists(UNIT));
        assertEq(registry.unitCount(), 1);

        // Every field read back (the blob's and storage's halves).
        IHaloRegistry.UnitRecord memory expected = _unitRecord(UNIT, CLASS, 300);
        expected.origin = IHaloRegistry.Origin.FACTORY;
        expected.recordedAt = uint64(block.timestamp);
        assertEq(keccak256(abi.encode(u)), keccak256(abi.encode(expected)));
    }

    function test_recordUnit_reverts() public {
        _recordClassAndUnit();
        vm.startPrank(factory);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnitExists.selector, UNIT));
        registry.recordFactoryUnit(_unitRecord(UNIT, CLASS, 400));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownClass.selector, bytes32("nope")));
        registry.recordFactoryUnit(_unitRecord("u2", "nope", 400));
        vm.expectRevert(IHaloRegistry.HaloRegistry_ZeroId.selector);
        registry.recordFactoryUnit(_unitRecord(bytes32(0), CLASS, 400));
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, registry.FACTORY()
            )
        );
        vm.prank(outsider);
        registry.recordFactoryUnit(_unitRecord("u2", CLASS, 400));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, factory, registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(factory);
        registry.recordLegacyUnit(_unitRecord("u2", CLASS, 400));
    }

    function test_recordLegacyUnit_dealInfo() public {
        _recordClassAndUnit();
        IHaloRegistry.UnitRecord memory r = _unitRecord("deal-1", CLASS, 500);
        r.contracts = new IHaloRegistry.NamedAddress[](0);
        r.deal = IHaloRegistry.DealInfo(address(777), 1, address(778), 30e24, "book-1", keccak256("terms"));
        vm.prank(governance);
        registry.recordLegacyUnit(r);
        IHaloRegistry.UnitRecord memory u = registry.getUnit("deal-1");
        assertEq(uint8(u.origin), uint8(IHaloRegistry.Origin.LEGACY));
        assertEq(u.deal.principal, 30e24);
        assertEq(u.deal.bookId, bytes32("book-1"));
        assertEq(u.deal.termsHash, keccak256("terms"));
        // Every field read back, the deal's dealToken, tokenId and depositor included.
        r.origin = IHaloRegistry.Origin.LEGACY;
        r.recordedAt = uint64(block.timestamp);
        assertEq(keccak256(abi.encode(u)), keccak256(abi.encode(r)));
    }

    // ---- artifacts ----

    function test_setArtifact_byGovernanceAndAgentOperator() public {
        _recordClassAndUnit();
        bytes32[3] memory ids = [AGENT, CLASS, UNIT];
        for (uint256 i = 0; i < 3; ++i) {
            bytes32 previous = i == 0 ? sha256("ipfs://agent") : bytes32(i);
            vm.expectEmit(address(registry));
            emit IHaloRegistry.ArtifactUpdated(ids[i], previous, keccak256("v2"), "ipfs://v2", agentOperator);
            vm.prank(agentOperator);
            registry.setArtifact(ids[i], IHaloRegistry.Artifact("ipfs://v2", keccak256("v2")));
            vm.expectEmit(address(registry));
            emit IHaloRegistry.ArtifactUpdated(ids[i], keccak256("v2"), keccak256("v3"), "ipfs://v3", governance);
            vm.prank(governance);
            registry.setArtifact(ids[i], IHaloRegistry.Artifact("ipfs://v3", keccak256("v3")));
        }
        assertEq(registry.getAgent(AGENT).artifact.uri, "ipfs://v3");
        assertEq(registry.getClass(CLASS).artifact.sha256, keccak256("v3"));
        assertEq(registry.getUnit(UNIT).artifact.sha256, keccak256("v3"));
    }

    function test_setArtifact_reverts() public {
        _recordClassAndUnit();
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotArtifactUpdater.selector, UNIT, factory));
        vm.prank(factory);
        registry.setArtifact(UNIT, IHaloRegistry.Artifact("x", 0));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotArtifactUpdater.selector, CLASS, outsider));
        vm.prank(outsider);
        registry.setArtifact(CLASS, IHaloRegistry.Artifact("x", 0));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownId.selector, bytes32("nope")));
        vm.prank(governance);
        registry.setArtifact("nope", IHaloRegistry.Artifact("x", 0));
    }

    // ---- Day-0 ----

    function test_recordReview_endsDay0AtCycleCount() public {
        _recordClassAndUnit();
        vm.warp(2000);
        vm.expectEmit(address(registry));
        emit IHaloRegistry.Day0Reviewed(UNIT, 0, keccak256("r1"), reviewer);
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r1"));
        assertEq(registry.getUnit(UNIT).day0.endedAt, 0);
        vm.warp(2000 + 1 days);
        vm.expectEmit(address(registry));
        emit IHaloRegistry.Day0Ended(UNIT, 2, uint64(2000 + 1 days));
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r2"));
        IHaloRegistry.UnitRecord memory u = registry.getUnit(UNIT);
        assertEq(u.day0.reviewCount, 2);
        assertEq(u.day0.endedAt, 2000 + 1 days);
        IHaloRegistry.Review[] memory reviews = registry.getReviews(UNIT);
        assertEq(reviews.length, 2);
        assertEq(reviews[1].reportHash, keccak256("r2"));
        assertEq(reviews[1].reviewer, reviewer);
        assertEq(reviews[0].timestamp, 2000);

        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_Day0Over.selector, UNIT));
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r3"));

        // the class had one cycle
        vm.prank(reviewer);
        registry.recordReview(CLASS, keccak256("c1"));
        assertEq(registry.getClass(CLASS).day0.endedAt, 2000 + 1 days);
    }

    function test_recordReview_oneReviewPerWindow() public {
        _recordClassAndUnit();
        // day 10, 12:00 UTC: the window that opened on day 9 at 13:00 UTC
        uint256 day10 = 10 days;
        vm.warp(day10 + 12 hours);
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r1"));
        // a second review in the same window (12:59:59) is refused, naming the next window
        vm.warp(day10 + 13 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloRegistry.HaloRegistry_ReviewWindowTaken.selector,
                UNIT,
                uint64(day10 + 12 hours),
                uint64(day10 + 13 hours)
            )
        );
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r2"));
        assertEq(registry.getUnit(UNIT).day0.reviewCount, 1);
        // another entry's review in the same window is its own
        vm.prank(reviewer);
        registry.recordReview(CLASS, keccak256("c1"));
        // 13:00 UTC opens the next window: an hour after the first review is enough, a day is not needed
        vm.warp(day10 + 13 hours);
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r2"));
        IHaloRegistry.UnitRecord memory u = registry.getUnit(UNIT);
        assertEq(u.day0.reviewCount, 2);
        assertEq(u.day0.endedAt, day10 + 13 hours);
        assertEq(registry.REVIEW_WINDOW_START(), 13 hours);
    }

    function test_recordReview_windowTakenEvenAfterAlmostADay() public {
        _recordClassAndUnit();
        vm.warp(20 days + 13 hours);
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r1"));
        vm.warp(21 days + 13 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloRegistry.HaloRegistry_ReviewWindowTaken.selector,
                UNIT,
                uint64(20 days + 13 hours),
                uint64(21 days + 13 hours)
            )
        );
        vm.prank(reviewer);
        registry.recordReview(UNIT, keccak256("r2"));
    }

    function test_recordReview_reverts() public {
        _recordClassAndUnit();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, governance, registry.REVIEWER()
            )
        );
        vm.prank(governance);
        registry.recordReview(UNIT, keccak256("r"));
        vm.startPrank(reviewer);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownId.selector, AGENT));
        registry.recordReview(AGENT, keccak256("r"));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownId.selector, bytes32("nope")));
        registry.recordReview("nope", keccak256("r"));
        vm.stopPrank();
    }

    // ---- template revocation flag ----

    function test_isClassTemplateRevoked_followsTemplateRegistry() public {
        ITemplateRegistry.TemplateSpec memory s;
        s.kind = keccak256("PORTFOLIO_LCTS");
        s.classComponents = new ITemplateRegistry.Component[](1);
        s.classComponents[0] = ITemplateRegistry.Component("ALMProxy", address(templates), address(templates).codehash);
        templates.proposeTemplate(TEMPLATE, 1, s);
        _recordClassAndUnit();
        assertFalse(registry.isClassTemplateRevoked(CLASS));
        vm.prank(governance);
        templates.revokeTemplate(TEMPLATE, 1);
        assertTrue(registry.isClassTemplateRevoked(CLASS));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownClass.selector, UNIT));
        registry.isClassTemplateRevoked(UNIT);
    }

    // ---- views ----

    function test_getters_revertUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownAgent.selector, AGENT));
        registry.getAgent(AGENT);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownClass.selector, CLASS));
        registry.getClass(CLASS);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownId.selector, UNIT));
        registry.getUnit(UNIT);
    }

    function test_constructor_revertsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroAddress.selector, "admin"));
        new HaloRegistry(address(0), address(templates));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroAddress.selector, "templateRegistry"));
        new HaloRegistry(governance, address(0));
    }

    function testFuzz_pages_matchModel(uint8 classes, uint8 offset, uint8 limit) public {
        classes = uint8(bound(classes, 0, 10));
        _registerAgent();
        vm.startPrank(factory);
        for (uint160 i = 0; i < classes; ++i) {
            registry.recordFactoryClass(_classRecord(bytes32(uint256(i + 1) << 200), (i + 1) * 1000, 1));
            registry.recordFactoryUnit(
                _unitRecord(bytes32(uint256(i + 1) << 240), bytes32(uint256(i + 1) << 200), (i + 1) * 1000 + 500)
            );
        }
        vm.stopPrank();
        IHaloRegistry.ClassRecord[] memory page = registry.getClassesPage(offset, limit);
        IHaloRegistry.UnitRecord[] memory units = registry.getUnitsPage(offset, limit);
        uint256 expected = offset >= classes ? 0 : (classes - offset < limit ? classes - offset : limit);
        assertEq(page.length, expected);
        assertEq(units.length, expected);
        for (uint256 i = 0; i < page.length; ++i) {
            assertEq(page[i].classId, bytes32((offset + i + 1) << 200));
            assertEq(page[i].almProxy, address(uint160((offset + i + 1) * 1000 + 1)));
            assertEq(page[i].unitIds.length, 1);
            assertEq(units[i].classId, page[i].classId);
        }
        assertEq(registry.getAgentsPage(0, 10).length, 1);
        assertEq(registry.getAgentsPage(1, 10).length, 0);
        assertEq(registry.classCount(), classes);
    }

    // ---- deal units (A-01, R-15) ----

    function _recordWithDealToken(bytes32 classId, uint160 base, bool legacy) internal {
        IHaloRegistry.ClassRecord memory r = _classRecord(classId, base, 0);
        r.kind = keccak256("TERM_NFAT");
        r.contracts = new IHaloRegistry.NamedAddress[](2);
        r.contracts[0] = IHaloRegistry.NamedAddress("NfatFacility", address(base + 9));
        r.contracts[1] = IHaloRegistry.NamedAddress("NfatDealToken", address(base + 10));
        vm.prank(legacy ? governance : factory);
        if (legacy) registry.recordLegacyClass(r);
        else registry.recordFactoryClass(r);
    }

    function test_recordDealUnit_byTheClasssFacilityOnly() public {
        _registerAgent();
        _recordWithDealToken(CLASS, 1000, false);
        address facility = address(1009);
        bytes32 id = registry.dealUnitId(CLASS, 1);
        assertEq(id, bytes32((uint256(1) << 128) | 1));
        assertEq(registry.facilityClass(facility), CLASS);

        vm.expectEmit(address(registry));
        emit IHaloRegistry.UnitRecorded(id, CLASS, IHaloRegistry.Origin.FACTORY);
        vm.expectEmit(address(registry));
        emit IHaloRegistry.DealUnitRecorded(1, id, CLASS, address(1010), 1, outsider, 5e18, "book", "terms");
        vm.prank(facility);
        registry.recordDealUnit(1, outsider, 5e18, "book", "terms");

        IHaloRegistry.UnitRecord memory u = registry.getUnit(id);
        assertEq(u.classId, CLASS);
        assertEq(uint8(u.origin), uint8(IHaloRegistry.Origin.FACTORY));
        assertEq(u.deal.dealToken, address(1010));
        assertEq(u.deal.principal, 5e18);
        assertEq(u.day0.cycles, 0);
        assertTrue(u.day0.endedAt != 0); // class with zero Day-0 cycles: so are its deals
        assertEq(registry.getClass(CLASS).unitIds[0], id);

        // outsiders, the factory and other contracts of the class are refused
        address[3] memory refused = [outsider, factory, address(1001)];
        for (uint256 i = 0; i < refused.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotFacility.selector, refused[i]));
            vm.prank(refused[i]);
            registry.recordDealUnit(2, outsider, 1, "book", "terms");
        }
    }

    function test_recordDealUnit_legacyFacilityRecordsLegacyDeals() public {
        _registerAgent();
        _recordWithDealToken(CLASS, 1000, true);
        vm.prank(address(1009));
        registry.recordDealUnit(3, outsider, 1, "book", "terms");
        IHaloRegistry.UnitRecord memory u = registry.getUnit(registry.dealUnitId(CLASS, 3));
        assertEq(uint8(u.origin), uint8(IHaloRegistry.Origin.LEGACY));
        assertFalse(registry.isFactoryDeployed(address(1009)));
    }

    /// @dev A deal unit keeps no blob: its class comes from its id, its deal token from its class, its token id
    ///      from its id; every field of the record matches what the facility reported.
    function test_recordDealUnit_recordReadsBackEveryField() public {
        _registerAgent();
        _recordWithDealToken(CLASS, 1000, false);
        vm.warp(1_000_000);
        vm.prank(address(1009));
        registry.recordDealUnit(7, outsider, 5e18, "book", "terms");
        bytes32 id = registry.dealUnitId(CLASS, 7);
        IHaloRegistry.UnitRecord memory u = registry.getUnit(id);
        assertEq(u.unitId, id);
        assertEq(u.classId, CLASS);
        assertEq(u.recordedAt, 1_000_000);
        assertEq(u.paramsHash, bytes32(0));
        assertEq(u.contracts.length, 0);
        assertEq(u.deal.dealToken, address(1010));
        assertEq(u.deal.tokenId, 7);
        assertEq(u.deal.depositor, outsider);
        assertEq(u.deal.principal, 5e18);
        assertEq(u.deal.bookId, "book");
        assertEq(u.deal.termsHash, "terms");
        assertEq(u.artifact.uri, "");
        assertEq(registry.getUnitsPage(0, 10)[0].deal.tokenId, 7);
        assertEq(registry.ownerOf(address(1010)), CLASS); // the deal token belongs to the class, not the deal

        // its artifact: first update names no previous hash, the agent's operator may set it
        vm.expectEmit(address(registry));
        emit IHaloRegistry.ArtifactUpdated(id, bytes32(0), keccak256("d"), "ipfs://d", agentOperator);
        vm.prank(agentOperator);
        registry.setArtifact(id, IHaloRegistry.Artifact("ipfs://d", keccak256("d")));
        assertEq(registry.getUnit(id).artifact.uri, "ipfs://d");
        assertEq(registry.getUnit(id).deal.principal, 5e18);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotArtifactUpdater.selector, id, outsider));
        vm.prank(outsider);
        registry.setArtifact(id, IHaloRegistry.Artifact("x", 0));
    }

    function test_recordDealUnit_tokenIdTooLargeReverts() public {
        _registerAgent();
        _recordWithDealToken(CLASS, 1000, false);
        uint256 tooLarge = uint256(1) << 128;
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_TokenIdTooLarge.selector, tooLarge));
        vm.prank(address(1009));
        registry.recordDealUnit(tooLarge, outsider, 1, "book", "terms");
    }

    /// @dev The artifact replaced after recording wins over the recorded one; nothing else of the record moves.
    function test_setArtifact_keepsTheRestOfTheRecord() public {
        _recordClassAndUnit();
        IHaloRegistry.ClassRecord memory before = registry.getClass(CLASS);
        IHaloRegistry.UnitRecord memory unitBefore = registry.getUnit(UNIT);
        vm.startPrank(governance);
        registry.setArtifact(CLASS, IHaloRegistry.Artifact("ipfs://c2", keccak256("c2")));
        registry.setArtifact(UNIT, IHaloRegistry.Artifact("ipfs://u2", keccak256("u2")));
        vm.stopPrank();
        before.artifact = IHaloRegistry.Artifact("ipfs://c2", keccak256("c2"));
        unitBefore.artifact = IHaloRegistry.Artifact("ipfs://u2", keccak256("u2"));
        assertEq(keccak256(abi.encode(registry.getClass(CLASS))), keccak256(abi.encode(before)));
        assertEq(keccak256(abi.encode(registry.getUnit(UNIT))), keccak256(abi.encode(unitBefore)));
    }

    /// @dev A record without a facility gives no one the right to record deals.
    function test_recordDealUnit_classWithoutFacility() public {
        _registerAgent();
        IHaloRegistry.ClassRecord memory r = _classRecord(CLASS, 1000, 0);
        r.contracts[0].name = "Other";
        vm.prank(factory);
        registry.recordFactoryClass(r);
        assertEq(registry.facilityClass(address(1009)), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotFacility.selector, address(1009)));
        vm.prank(address(1009));
        registry.recordDealUnit(1, outsider, 1, "book", "terms");
    }

    /// @dev Deal ids of distinct classes and tokens never meet, and every one lies in the reserved range.
    function testFuzz_dealUnitIds_distinctAndReserved(uint128 t1, uint128 t2) public {
        _registerAgent();
        _recordWithDealToken(CLASS, 1000, false);
        _recordWithDealToken("acme-term-2", 2000, false);
        bytes32 a = registry.dealUnitId(CLASS, t1);
        bytes32 b = registry.dealUnitId("acme-term-2", t2);
        assertTrue(a != b);
        assertEq(uint256(a) >> 192, 0);
        assertEq(uint256(b) >> 192, 0);
        assertEq(registry.dealUnitId(CLASS, t2) == a, t1 == t2);
    }

    /// @dev A-01: every chooser of an id (REGISTRAR / governance for agents, FACTORY and governance for classes and
    ///      units) is refused the range deal units live in, whatever the id.
    function testFuzz_chosenIdsInTheDealRangeAreRefused(uint192 low) public {
        bytes32 id = bytes32(uint256(low));
        bytes memory err = low == 0
            ? abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroId.selector)
            : abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ReservedId.selector, id);
        IHaloRegistry.Artifact memory art = _artifact("x");
        vm.expectRevert(err);
        vm.prank(registrar);
        registry.registerAgent(id, agentOperator, art);
        vm.expectRevert(err);
        vm.prank(governance);
        registry.registerAgent(id, agentOperator, art);

        _registerAgent();
        IHaloRegistry.ClassRecord memory c = _classRecord(id, 1000, 0);
        vm.expectRevert(err);
        vm.prank(factory);
        registry.recordFactoryClass(c);
        vm.expectRevert(err);
        vm.prank(governance);
        registry.recordLegacyClass(c);

        vm.prank(factory);
        registry.recordFactoryClass(_classRecord(CLASS, 1000, 0));
        IHaloRegistry.UnitRecord memory u = _unitRecord(id, CLASS, 5000);
        vm.expectRevert(err);
        vm.prank(factory);
        registry.recordFactoryUnit(u);
        vm.expectRevert(err);
        vm.prank(governance);
        registry.recordLegacyUnit(u);
    }
}
