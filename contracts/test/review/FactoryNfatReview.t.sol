// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @title Reviews through the real factory: 2026-11-26 (R-01, R-02) and 2026-12-06 (A-01, R-15, …)
contract FactoryNfatReviewTest is SystemFixture {
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant SALT = "salt-1";

    function setUp() public {
        _deploySystem();
    }

    /// @dev The factory only checks that beacon *kinds* differ; one operator named for both is now refused by the
    ///      facility, so the whole class deployment reverts and nothing is left half-wired.
    function test_R01_factoryCannotDeployATermClassWithOneKeyForBothBeacons() public {
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        r.beacons[1] = IHaloRegistry.BeaconOperator(FactoryNames.BEACON_ATTEST, nfatBeacon);
        vm.prank(deployer);
        vm.expectRevert(abi.encodeWithSelector(INfatFacility.Facility_SameBeacon.selector, nfatBeacon));
        factory.deployClass(r, SALT);
    }

    /// @dev A class whose buybox requires the allow-list gets a deal token that the operator cannot open up.
    function test_R02_kycClassFromTheFactoryStaysKyc() public {
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        for (uint256 i = 0; i < r.params.length; ++i) {
            if (r.params[i].name == FactoryNames.TRANSFER_ALLOW_LIST) r.params[i].value = 1;
        }
        vm.prank(deployer);
        IHaloFactory.ClassAddresses memory a = factory.deployClass(r, SALT);
        NfatDealToken token = NfatDealToken(a.dealToken);
        assertTrue(token.allowListEnabled());
        vm.prank(operator);
        vm.expectRevert(INfatDealToken.DealToken_AllowListRequired.selector);
        token.setAllowListEnabled(false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Review 2026-12-06 (docs/review-2026-12-06.md)
    // ---------------------------------------------------------------------------------------------------------

    function _termClass() internal returns (IHaloFactory.ClassAddresses memory a) {
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        vm.prank(deployer);
        a = factory.deployClass(r, SALT);
    }

    function _claim(IHaloFactory.ClassAddresses memory a, address depositor, uint256 amount)
        internal
        returns (uint256 tokenId)
    {
        usds.mint(depositor, amount);
        vm.startPrank(depositor);
        usds.approve(a.facility, amount);
        NfatFacility(a.facility).deposit(amount);
        vm.stopPrank();
        vm.startPrank(nfatBeacon);
        if (NfatFacility(a.facility).book("book-1").status == INfatFacility.BookStatus.NONE) {
            NfatFacility(a.facility).openBook("book-1");
        }
        tokenId = NfatFacility(a.facility)
            .claim(
                depositor,
                amount,
                "book-1",
                INfatFacility.DealTerms({
                maturity: uint64(block.timestamp + 365 days),
                apyBps: 800,
                schedule: INfatFacility.Schedule.BULLET,
                documentHash: keccak256("term-sheet")
            })
            );
        vm.stopPrank();
    }

    /// @dev A-01: before the fix a deal unit's id was `keccak256(abi.encode(classId, tokenId))` in the namespace of
    ///      chosen ids. A REGISTRAR (or a DEPLOYER / signed approval) taking the next deal's id blocked every later
    ///      claim of the class, for good.
    function test_A01_chosenIdsCannotBlockClaims() public {
        IHaloFactory.ClassAddresses memory a = _termClass();
        // The old derivation of the first three deal ids, taken as agent ids by the REGISTRAR.
        for (uint256 t = 1; t <= 3; ++t) {
            vm.prank(registrar);
            registry.registerAgent(
                keccak256(abi.encode(TCLASS, t)), operator, IHaloRegistry.Artifact("ipfs://squat", bytes32(t))
            );
        }
        address prime = makeAddr("prime");
        for (uint256 i = 0; i < 3; ++i) {
            uint256 tokenId = _claim(a, prime, 20_000e18);
            bytes32 unitId = registry.dealUnitId(TCLASS, tokenId);
            assertEq(registry.getUnit(unitId).deal.tokenId, tokenId);
        }
        assertEq(registry.getClass(TCLASS).unitIds.length, 3);
    }

    /// @dev A-01: every id a deal unit can ever get is refused to every chooser (REGISTRAR, governance, the
    ///      factory's DEPLOYER path), even before the class exists.
    function test_A01_dealIdsAreRefusedToEveryChooser() public {
        // The deal ids of the first class recorded after this point, for its first token ids.
        bytes32 nextDeal = bytes32((uint256(registry.classCount() + 1) << 128) | 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ReservedId.selector, nextDeal));
        vm.prank(registrar);
        registry.registerAgent(nextDeal, operator, IHaloRegistry.Artifact("", 0));

        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(nextDeal);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ReservedId.selector, nextDeal));
        vm.prank(deployer);
        factory.deployClass(r, SALT);

        IHaloFactory.ClassAddresses memory a = _termClass();
        assertEq(registry.dealUnitId(TCLASS, 1), nextDeal);
        uint256 tokenId = _claim(a, makeAddr("prime"), 20_000e18);
        assertEq(tokenId, 1);
        assertTrue(registry.unitExists(nextDeal));
    }

    /// @dev R-15: claims no longer go through the factory. Retiring it (FACTORY revoked on the registry) leaves
    ///      the class's claims working; deal units are recorded by the registry for the class's own facility.
    function test_R15_claimsSurviveTheFactorysRetirement() public {
        IHaloFactory.ClassAddresses memory a = _termClass();
        _governance(
            address(registry), abi.encodeCall(IAccessControl.revokeRole, (registry.FACTORY(), address(factory)))
        );
        uint256 tokenId = _claim(a, makeAddr("prime"), 20_000e18);
        IHaloRegistry.UnitRecord memory u = registry.getUnit(registry.dealUnitId(TCLASS, tokenId));
        assertEq(u.classId, TCLASS);
        assertEq(uint8(u.origin), uint8(IHaloRegistry.Origin.FACTORY));
        assertEq(NfatFacility(a.facility).unitRecorder(), address(registry));
    }

    /// @dev A-04: the facility's buybox fields are narrower than uint256 (uint64 terms, uint128 sizes, uint32 APYs,
    ///      0/1 flags). Before the fix a template range wider than the field was accepted, and a class with
    ///      `termMax = 2^64 + 730 days` was signed, emitted and recorded with that value while the facility enforced
    ///      730 days. Now the TemplateRegistry refuses a Term template whose range does not fit its field.
    function test_A04_termRangesMustFitTheBuyboxFields() public {
        bytes32[8] memory names = [
            FactoryNames.TERM_MIN,
            FactoryNames.TERM_MAX,
            FactoryNames.SIZE_MIN,
            FactoryNames.SIZE_MAX,
            FactoryNames.APY_MIN_BPS,
            FactoryNames.APY_MAX_BPS,
            FactoryNames.RESTRICTED_DEPOSITORS,
            FactoryNames.TRANSFER_ALLOW_LIST
        ];
        uint256[8] memory fieldMax = [
            uint256(type(uint64).max),
            type(uint64).max,
            type(uint128).max,
            type(uint128).max,
            type(uint32).max,
            type(uint32).max,
            1,
            1
        ];
        for (uint256 i = 0; i < names.length; ++i) {
            ITemplateRegistry.TemplateSpec memory spec = _nfatSpec();
            for (uint256 k = 0; k < spec.classRanges.length; ++k) {
                if (spec.classRanges[k].name == names[i]) spec.classRanges[k].max = fieldMax[i] + 1;
            }
            vm.expectRevert(
                abi.encodeWithSelector(
                    ITemplateRegistry.TemplateRegistry_RangeExceedsField.selector,
                    names[i],
                    fieldMax[i] + 1,
                    fieldMax[i]
                )
            );
            vm.prank(deployer);
            templates.proposeTemplate(NFAT_TEMPLATE, 2, spec);
        }
        // the widest ranges that fit are accepted, and a class at the edge gets exactly its signed buybox
        ITemplateRegistry.TemplateSpec memory wide = _nfatSpec();
        for (uint256 k = 0; k < wide.classRanges.length; ++k) {
            for (uint256 i = 0; i < names.length; ++i) {
                if (wide.classRanges[k].name == names[i]) wide.classRanges[k].max = fieldMax[i];
            }
        }
        vm.prank(deployer);
        templates.proposeTemplate(NFAT_TEMPLATE, 2, wide);
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.approveTemplate, (NFAT_TEMPLATE, 2)));
        IHaloFactory.ClassRequest memory r = _termClassRequest(TCLASS);
        r.templateVersion = 2;
        r.params[1].value = type(uint64).max; // termMax
        r.params[3].value = type(uint128).max; // sizeMax
        vm.prank(deployer);
        IHaloFactory.ClassAddresses memory a = factory.deployClass(r, SALT);
        INfatFacility.Buybox memory b = NfatFacility(a.facility).buybox();
        assertEq(b.termMax, type(uint64).max);
        assertEq(b.sizeMax, type(uint128).max);
    }

    /// @dev Other kinds are not constrained by the Term buybox's field widths.
    function test_A04_otherKindsUnconstrained() public {
        ITemplateRegistry.TemplateSpec memory spec = _lctsSpec();
        spec.unitRanges[0] = ITemplateRegistry.ParamRange(FactoryNames.TERM_MAX, 0, type(uint256).max);
        vm.prank(deployer);
        templates.proposeTemplate(LCTS_TEMPLATE, 2, spec);
        assertEq(uint8(templates.getStatus(LCTS_TEMPLATE, 2)), uint8(ITemplateRegistry.TemplateStatus.PROPOSED));
    }
}
