// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Vm} from "forge-std/Vm.sol";

import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {RedeemQueue} from "../../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice Unit deployment: LCTS units, NFAT deal units recorded through the facility, every revert.
contract HaloFactoryUnitTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant UNIT = "acme-mmf-senior";
    bytes32 internal constant SALT = "salt-1";

    IHaloFactory.ClassAddresses internal pclass;
    IHaloFactory.ClassAddresses internal tclass;

    function setUp() public {
        _deploySystem();
        IHaloFactory.ClassRequest memory p = _portfolioClassRequest(PCLASS);
        IHaloFactory.ClassRequest memory t = _termClassRequest(TCLASS);
        vm.startPrank(deployer);
        pclass = factory.deployClass(p, SALT);
        tclass = factory.deployClass(t, SALT);
        vm.stopPrank();
    }

    function _deployUnit(bytes32 unitId) internal returns (IHaloFactory.UnitAddresses memory) {
        IHaloFactory.UnitRequest memory r = _unitRequest(unitId, PCLASS);
        vm.prank(deployer);
        return factory.deployUnit(r, SALT);
    }

    // ---- LCTS units ----

    function test_deployUnit_wiresEverything() public {
        IHaloFactory.UnitAddresses memory p = factory.predictUnitAddresses(LCTS_TEMPLATE, 1, UNIT, SALT, deployer);
        vm.recordLogs();
        IHaloFactory.UnitAddresses memory a = _deployUnit(UNIT);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(a.shareToken, p.shareToken);
        assertEq(a.subscribeQueue, p.subscribeQueue);
        assertEq(a.redeemQueue, p.redeemQueue);

        HaloShareToken token = HaloShareToken(a.shareToken);
        assertEq(token.name(), "Acme MMF Senior");
        assertEq(token.exchangeRate(), 1e18);
        assertEq(token.maxRateIncreaseBps(), 10);
        assertEq(token.subscribeQueue(), a.subscribeQueue);
        assertEq(token.redeemQueue(), a.redeemQueue);
        _assertOnlyLogged(logs, a.shareToken, token.DEFAULT_ADMIN_ROLE(), address(timelock));
        _assertOnlyLogged(logs, a.shareToken, token.BEACON_ROLE(), lctsBeacon);

        SubscribeQueue sq = SubscribeQueue(a.subscribeQueue);
        RedeemQueue rq = RedeemQueue(a.redeemQueue);
        _assertOnlyLogged(logs, a.subscribeQueue, sq.DEFAULT_ADMIN_ROLE(), address(timelock));
        _assertOnlyLogged(logs, a.subscribeQueue, sq.BEACON_ROLE(), lctsBeacon);
        _assertOnlyLogged(logs, a.redeemQueue, rq.DEFAULT_ADMIN_ROLE(), address(timelock));
        _assertOnlyLogged(logs, a.redeemQueue, rq.BEACON_ROLE(), lctsBeacon);
        assertEq(sq.capacity(), 50_000_000e18);
        assertEq(sq.minDeposit(), 1e18);
        assertEq(rq.capacity(), 0);
        assertEq(sq.controller(), pclass.controller);
        assertEq(sq.depositAsset(), address(usds));
        assertEq(rq.shareToken(), a.shareToken);

        HaloController c = HaloController(pclass.controller);
        assertEq(c.getRoleMemberCount(c.UNIT()), 2);
        assertTrue(c.hasRole(c.UNIT(), a.subscribeQueue));
        assertTrue(c.hasRole(c.UNIT(), a.redeemQueue));

        bytes32 inKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), a.subscribeQueue);
        bytes32 outKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, address(usds), a.redeemQueue);
        assertEq(RateLimits(pclass.rateLimits).getCurrentRateLimit(inKey), IRL);
        assertEq(RateLimits(pclass.rateLimits).getRateLimitData(outKey).slope, IRL_SLOPE);
        (uint256 maxAmount, uint256 slope) = beamState.initRateLimits(outKey, pclass.rateLimits);
        assertEq(maxAmount, IRL);
        assertEq(slope, IRL_SLOPE);
        (maxAmount,) = beamState.initRateLimits(inKey, pclass.rateLimits);
        assertEq(maxAmount, IRL);
        (maxAmount,) = beamState.initRateLimits(inKey, address(0));
        assertEq(maxAmount, 0);

        IHaloRegistry.UnitRecord memory u = registry.getUnit(UNIT);
        assertEq(u.classId, PCLASS);
        assertEq(uint8(u.origin), uint8(IHaloRegistry.Origin.FACTORY));
        assertEq(u.contracts[0].addr, a.shareToken);
        assertEq(u.paramsHash, keccak256(abi.encode(_unitRequest(UNIT, PCLASS).params)));
        assertEq(u.day0.cycles, DAY0_CYCLES);
        assertTrue(registry.isFactoryDeployed(a.subscribeQueue));
        assertEq(registry.getClass(PCLASS).unitIds[0], UNIT);

        // no power left to the factory or the caller
        bytes32[] memory roles = new bytes32[](2);
        roles[0] = token.DEFAULT_ADMIN_ROLE();
        roles[1] = token.BEACON_ROLE();
        address[3] memory contracts = [a.shareToken, a.subscribeQueue, a.redeemQueue];
        for (uint256 i = 0; i < 3; ++i) {
            for (uint256 j = 0; j < roles.length; ++j) {
                assertFalse(IAccessControl(contracts[i]).hasRole(roles[j], address(factory)));
                assertFalse(IAccessControl(contracts[i]).hasRole(roles[j], deployer));
            }
        }
    }

    function test_deployUnit_twoUnitsInOneClass() public {
        IHaloFactory.UnitAddresses memory a = _deployUnit(UNIT);
        IHaloFactory.UnitRequest memory r = _unitRequest("acme-mmf-junior", PCLASS);
        r.params[1].value = 1;
        r.params[2].value = 900;
        vm.prank(deployer);
        IHaloFactory.UnitAddresses memory b = factory.deployUnit(r, SALT);
        assertTrue(a.shareToken != b.shareToken);
        assertEq(registry.getClass(PCLASS).unitIds.length, 2);
        bytes32 juniorIn =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), b.subscribeQueue);
        (uint256 maxAmount,) = beamState.initRateLimits(juniorIn, pclass.rateLimits);
        assertEq(maxAmount, IRL);
        HaloController c = HaloController(pclass.controller);
        assertEq(c.getRoleMemberCount(c.UNIT()), 4);
    }

    function test_deployUnit_emitsCanonicalEvent() public {
        IHaloFactory.UnitRequest memory r = _unitRequest(UNIT, PCLASS);
        vm.recordLogs();
        vm.prank(deployer);
        IHaloFactory.UnitAddresses memory a = factory.deployUnit(r, SALT);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 found;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == address(factory) && logs[i].topics[0] == IHaloFactory.UnitDeployed.selector) {
                ++found;
                assertEq(logs[i].topics[2], UNIT);
                assertEq(logs[i].topics[3], PCLASS);
                IHaloFactory.UnitDeployment memory d = abi.decode(logs[i].data, (IHaloFactory.UnitDeployment));
                assertEq(d.addresses.redeemQueue, a.redeemQueue);
                assertEq(d.templateId, LCTS_TEMPLATE);
                assertEq(d.almProxy, pclass.almProxy);
                assertEq(d.authoriser, deployer);
                assertEq(d.day0Limits.length, 2);
                assertEq(d.request.params[0].value, 50_000_000e18);
            }
        }
        assertEq(found, 1);
    }

    function test_deployUnit_reverts() public {
        IHaloFactory.UnitRequest memory r = _unitRequest(UNIT, PCLASS);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, factory.DEPLOYER()
            )
        );
        vm.prank(outsider);
        factory.deployUnit(r, SALT);

        vm.startPrank(deployer);
        r.unitId = bytes32(0);
        vm.expectRevert(IHaloFactory.Factory_ZeroId.selector);
        factory.deployUnit(r, SALT);
        r.unitId = UNIT;
        r.classId = "ghost";
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnknownClass.selector, bytes32("ghost")));
        factory.deployUnit(r, SALT);
        r.classId = TCLASS;
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloFactory.Factory_WrongKind.selector, TCLASS, FactoryNames.PORTFOLIO_LCTS, FactoryNames.TERM_NFAT
            )
        );
        factory.deployUnit(r, SALT);
        r.classId = PCLASS;
        r.unitId = TCLASS;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnitExists.selector, TCLASS));
        factory.deployUnit(r, SALT);
        r.unitId = UNIT;
        factory.deployUnit(r, SALT);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnitExists.selector, UNIT));
        factory.deployUnit(r, "another-salt");
        vm.stopPrank();
    }

    function test_deployUnit_parameterErrorsNameTheParameter() public {
        IHaloFactory.UnitRequest memory r = _unitRequest(UNIT, PCLASS);
        r.params[3].value = 101;
        vm.expectRevert(
            abi.encodeWithSelector(
                IHaloFactory.Factory_ParameterOutOfRange.selector, FactoryNames.MAX_RATE_INCREASE_BPS, 101, 1, 100
            )
        );
        vm.prank(deployer);
        factory.deployUnit(r, SALT);

        r = _unitRequest(UNIT, PCLASS);
        IHaloRegistry.NamedValue[] memory fewer = new IHaloRegistry.NamedValue[](5);
        for (uint256 i = 0; i < 5; ++i) {
            fewer[i] = r.params[i];
        }
        r.params = fewer;
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_ParameterMissing.selector, FactoryNames.INITIAL_EXCHANGE_RATE)
        );
        vm.prank(deployer);
        factory.deployUnit(r, SALT);
    }

    function testFuzz_deployUnit_rangesAndPrediction(uint256 capacity, uint256 yieldBps, bytes32 unitId, bytes32 salt)
        public
    {
        vm.assume(uint256(unitId) >> 192 != 0 && unitId != PCLASS && unitId != TCLASS && unitId != AGENT);
        IHaloFactory.UnitRequest memory r = _unitRequest(unitId, PCLASS);
        r.params[0].value = capacity;
        r.params[2].value = yieldBps;
        IHaloFactory.UnitAddresses memory p = factory.predictUnitAddresses(LCTS_TEMPLATE, 1, unitId, salt, deployer);
        if (capacity > 1e27) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IHaloFactory.Factory_ParameterOutOfRange.selector, FactoryNames.CAPACITY, capacity, 0, 1e27
                )
            );
        } else if (yieldBps > 2000) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IHaloFactory.Factory_ParameterOutOfRange.selector, FactoryNames.TARGET_YIELD_BPS, yieldBps, 0, 2000
                )
            );
        }
        vm.prank(deployer);
        IHaloFactory.UnitAddresses memory a = factory.deployUnit(r, salt);
        if (capacity <= 1e27 && yieldBps <= 2000) {
            assertEq(keccak256(abi.encode(a)), keccak256(abi.encode(p)));
            assertEq(SubscribeQueue(a.subscribeQueue).capacity(), capacity);
        }
    }

    /// @dev Reference model of the parameter check: the first offending entry (in request order) decides the error,
    ///      then a missing range (in template order).
    function testFuzz_parameterSetAgainstModel(uint8 op, uint8 index, uint256 value) public {
        IHaloFactory.UnitRequest memory r = _unitRequest(UNIT, PCLASS);
        ITemplateRegistry.ParamRange[] memory ranges = templates.getTemplate(LCTS_TEMPLATE, 1).spec.unitRanges;
        uint256 i = bound(index, 0, r.params.length - 1);
        bytes memory expected;
        op = op % 4;
        if (op == 0) {
            // change a value: out of range iff outside [min, max]
            r.params[i].value = value;
            if (value < ranges[i].min || value > ranges[i].max) {
                expected = abi.encodeWithSelector(
                    IHaloFactory.Factory_ParameterOutOfRange.selector,
                    ranges[i].name,
                    value,
                    ranges[i].min,
                    ranges[i].max
                );
            }
        } else if (op == 1) {
            // drop one entry: the dropped name is missing
            IHaloRegistry.NamedValue[] memory fewer = new IHaloRegistry.NamedValue[](r.params.length - 1);
            for (uint256 k = 0; k < fewer.length; ++k) {
                fewer[k] = r.params[k < i ? k : k + 1];
            }
            r.params = fewer;
            expected = abi.encodeWithSelector(IHaloFactory.Factory_ParameterMissing.selector, ranges[i].name);
        } else if (op == 2) {
            // rename one entry to a name the template does not know
            r.params[i].name = bytes32(uint256(keccak256(abi.encode(value))) | 1);
            expected = abi.encodeWithSelector(IHaloFactory.Factory_ParameterUnknown.selector, r.params[i].name);
        } else {
            // repeat an earlier entry's name at position i (i > 0)
            if (i == 0) i = 1;
            r.params[i].name = r.params[0].name;
            r.params[i].value = r.params[0].value;
            expected = abi.encodeWithSelector(IHaloFactory.Factory_ParameterDuplicate.selector, r.params[0].name);
        }
        if (expected.length != 0) vm.expectRevert(expected);
        vm.prank(deployer);
        factory.deployUnit(r, SALT);
        assertEq(registry.unitExists(UNIT), expected.length == 0);
    }

    function test_deployUnit_deprecatedTemplateBlocksNewUnits() public {
        _deployUnit(UNIT);
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.deprecateTemplate, (LCTS_TEMPLATE, 1)));
        IHaloFactory.UnitRequest memory r = _unitRequest("u2", PCLASS);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_TemplateDeprecated.selector, LCTS_TEMPLATE, 1));
        vm.prank(deployer);
        factory.deployUnit(r, SALT);
        // existing units untouched
        assertTrue(registry.unitExists(UNIT));
    }

    function test_deployUnit_refusedAfterDelRateLimits() public {
        vm.prank(coreCouncil); // Core Council's direct removal
        beamState.delRateLimits(pclass.rateLimits);
        IHaloFactory.UnitRequest memory r = _unitRequest(UNIT, PCLASS);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_RateLimitsNotRegistered.selector, pclass.rateLimits)
        );
        vm.prank(deployer);
        factory.deployUnit(r, SALT);
    }

    function test_deployUnit_refusedAfterDelController() public {
        vm.prank(coreCouncil);
        beamState.delController(pclass.controller);
        IHaloFactory.UnitRequest memory r = _unitRequest(UNIT, PCLASS);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloFactory.Factory_ControllerNotRegistered.selector, pclass.controller)
        );
        vm.prank(deployer);
        factory.deployUnit(r, SALT);
        // re-registered through the Timelock: units again
        _governance(address(beamState), abi.encodeCall(beamState.addController, (pclass.controller)));
        vm.prank(deployer);
        factory.deployUnit(r, SALT);
        assertTrue(registry.unitExists(UNIT));
    }

    function test_predictUnitAddresses_refusesTermTemplate() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnsupportedKind.selector, FactoryNames.TERM_NFAT));
        factory.predictUnitAddresses(NFAT_TEMPLATE, 1, UNIT, SALT, deployer);
    }

    // ---- NFAT deal units ----

    function _claim(address depositor, uint256 amount, bytes32 bookId) internal returns (uint256 tokenId) {
        usds.mint(depositor, amount);
        vm.startPrank(depositor);
        usds.approve(tclass.facility, amount);
        NfatFacility(tclass.facility).deposit(amount);
        vm.stopPrank();
        vm.startPrank(nfatBeacon);
        if (NfatFacility(tclass.facility).book(bookId).status == INfatFacility.BookStatus.NONE) {
            NfatFacility(tclass.facility).openBook(bookId);
        }
        tokenId = NfatFacility(tclass.facility)
            .claim(
                depositor,
                amount,
                bookId,
                INfatFacility.DealTerms({
                maturity: uint64(block.timestamp + 365 days),
                apyBps: 800,
                schedule: INfatFacility.Schedule.BULLET,
                documentHash: keccak256("term-sheet")
            })
            );
        vm.stopPrank();
    }

    function test_recordDealUnit_viaFacilityClaim() public {
        address prime = makeAddr("prime");
        uint256 tokenId = _claim(prime, 50_000e18, "book-1");
        bytes32 unitId = registry.dealUnitId(TCLASS, tokenId);
        IHaloRegistry.UnitRecord memory u = registry.getUnit(unitId);
        assertEq(u.classId, TCLASS);
        assertEq(u.deal.dealToken, tclass.dealToken);
        assertEq(u.deal.tokenId, tokenId);
        assertEq(u.deal.depositor, prime);
        assertEq(u.deal.principal, 50_000e18);
        assertEq(u.deal.bookId, bytes32("book-1"));
        assertTrue(u.deal.termsHash != bytes32(0));
        assertEq(u.contracts.length, 0);
        assertEq(u.paramsHash, bytes32(0));
        assertEq(u.day0.cycles, DAY0_CYCLES);
        assertEq(usds.balanceOf(tclass.almProxy), 50_000e18);

        uint256 second = _claim(prime, 20_000e18, "book-1");
        assertEq(registry.getClass(TCLASS).unitIds.length, 2);
        assertEq(registry.getUnit(registry.dealUnitId(TCLASS, second)).deal.principal, 20_000e18);
    }

    function test_recordDealUnit_emitsEvent() public {
        address prime = makeAddr("prime");
        usds.mint(prime, 30_000e18);
        vm.startPrank(prime);
        usds.approve(tclass.facility, 30_000e18);
        NfatFacility(tclass.facility).deposit(30_000e18);
        vm.stopPrank();
        vm.startPrank(nfatBeacon);
        NfatFacility(tclass.facility).openBook("book-9");
        INfatFacility.DealTerms memory terms = INfatFacility.DealTerms({
            maturity: uint64(block.timestamp + 200 days),
            apyBps: 500,
            schedule: INfatFacility.Schedule.BULLET,
            documentHash: keccak256("ts")
        });
        uint256 expectedToken = 1;
        vm.expectEmit(address(registry));
        emit IHaloRegistry.DealUnitRecorded(
            registry.METADATA_SCHEMA_VERSION(),
            registry.dealUnitId(TCLASS, expectedToken),
            TCLASS,
            tclass.dealToken,
            expectedToken,
            prime,
            30_000e18,
            "book-9",
            keccak256(abi.encode(terms))
        );
        NfatFacility(tclass.facility).claim(prime, 30_000e18, "book-9", terms);
        vm.stopPrank();
    }

    function test_recordDealUnit_sameTokenTwiceReverts() public {
        vm.startPrank(tclass.facility);
        registry.recordDealUnit(7, outsider, 1e18, "b", "t");
        bytes32 unitId = registry.dealUnitId(TCLASS, 7);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnitExists.selector, unitId));
        registry.recordDealUnit(7, outsider, 1e18, "b", "t");
        vm.stopPrank();
        // the second recorded class (after PCLASS), token 7
        assertEq(unitId, bytes32((uint256(2) << 128) | 7));
    }

    function test_recordDealUnit_refusesNonFacility() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotFacility.selector, outsider));
        vm.prank(outsider);
        registry.recordDealUnit(1, outsider, 1, "b", "t");
        // a PAU contract of the same class is not a facility either, nor is the factory
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotFacility.selector, tclass.controller));
        vm.prank(tclass.controller);
        registry.recordDealUnit(1, outsider, 1, "b", "t");
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_NotFacility.selector, address(factory)));
        vm.prank(address(factory));
        registry.recordDealUnit(1, outsider, 1, "b", "t");
        assertEq(registry.facilityClass(outsider), bytes32(0));
        assertEq(registry.facilityClass(tclass.facility), TCLASS);
    }

    function test_recordDealUnit_tokenIdTooLargeReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_TokenIdTooLarge.selector, uint256(1) << 128));
        vm.prank(tclass.facility);
        registry.recordDealUnit(uint256(1) << 128, outsider, 1, "b", "t");
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownClass.selector, bytes32("nope")));
        registry.dealUnitId("nope", 1);
    }

    function test_recordDealUnit_continuesUnderRevokedTemplate() public {
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.revokeTemplate, (NFAT_TEMPLATE, 1)));
        uint256 tokenId = _claim(makeAddr("prime"), 40_000e18, "book-1");
        assertTrue(registry.unitExists(registry.dealUnitId(TCLASS, tokenId)));
        assertTrue(registry.isClassTemplateRevoked(TCLASS));
    }

    // ---- review 2026-12-06 ----

    /// @dev D4 (R-10): GovOps of the class writes (0, 0) on the predicted unit's Day-0 keys before the unit exists
    ///      (through the PAS Configurator: the key's init is still {0, 0}). Before the fix the factory's seed reverted
    ///      `RateLimits_AlreadyConfigured` and the approved unit could never be deployed at its predicted addresses.
    ///      Now the deployment goes ahead; the key keeps GovOps' value and the Day-0 init still bounds every later
    ///      increase.
    function test_D4_govOpsCannotBlockAPredictedUnit() public {
        _executeCBeamGrant(PCLASS);
        _grantCBeamOnClass(pclass.rateLimits, pclass.controller, govOps);
        IHaloFactory.UnitAddresses memory p = factory.predictUnitAddresses(LCTS_TEMPLATE, 1, UNIT, SALT, deployer);
        bytes32 inKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), p.subscribeQueue);
        bytes32 outKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, address(usds), p.redeemQueue);
        vm.startPrank(govOps);
        configurator.setRateLimit(pclass.rateLimits, inKey, 0, 0);
        configurator.setRateLimit(pclass.rateLimits, outKey, 0, 0);
        vm.stopPrank();
        assertTrue(RateLimits(pclass.rateLimits).isConfigured(inKey));

        IHaloFactory.UnitAddresses memory a = _deployUnit(UNIT);
        assertEq(a.subscribeQueue, p.subscribeQueue);
        assertEq(a.redeemQueue, p.redeemQueue);
        assertEq(RateLimits(pclass.rateLimits).getRateLimitData(inKey).maxAmount, 0); // GovOps' value kept
        assertEq(beamState.getInitRateLimits(inKey, pclass.rateLimits).maxAmount, IRL);
        // GovOps may raise it to the Day-0 init, not above
        vm.warp(block.timestamp + 1 days);
        vm.prank(govOps);
        configurator.setRateLimit(pclass.rateLimits, inKey, IRL, IRL_SLOPE);
        assertEq(RateLimits(pclass.rateLimits).getRateLimitData(inKey).maxAmount, IRL);
        // a key nobody touched was seeded as before
        IHaloFactory.UnitAddresses memory b = _deployUnit("acme-mmf-junior");
        bytes32 fresh =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usds), b.subscribeQueue);
        assertEq(RateLimits(pclass.rateLimits).getCurrentRateLimit(fresh), IRL);
    }
}
