// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice Gas of the factory's deployments, written to out/bench/factory-gas.json.
///         Targets: deployClass <= 2,000,000 gas per template; LCTS deployUnit <= 700,000.
///         Run: FOUNDRY_PROFILE=default forge test --match-path contracts/test/bench/FactoryGas.t.sol
contract FactoryGasTest is SystemFixture {
    string internal constant KEY = "factory-gas";

    function setUp() public {
        _deploySystem();
    }

    /// @dev Everything one deployment touches, made cold again so each figure is what a lone transaction pays
    ///      (all measurements share one test transaction otherwise).
    function _cool(IHaloFactory.ClassAddresses memory c) internal {
        address[17] memory list = [
            address(factory),
            address(cbeamProposer),
            address(registry),
            address(templates),
            address(beamState),
            address(timelock),
            address(configurator),
            impls.almProxy,
            impls.rateLimits,
            impls.controller,
            impls.facility,
            impls.dealToken,
            impls.redeem,
            impls.shareToken,
            impls.subscribeQueue,
            impls.redeemQueue,
            address(usds)
        ];
        for (uint256 i = 0; i < list.length; ++i) {
            vm.cool(list[i]);
        }
        if (c.almProxy != address(0)) {
            vm.cool(c.almProxy);
            vm.cool(c.controller);
            vm.cool(c.rateLimits);
        }
    }

    /// @dev A Term class whose GovOps is already a cBEAM (as in the launch benchmark): no cBEAM proposal in the
    ///      figure. Called after `_vetCBeam(govOps)`.
    function _deployVettedTermClass() internal returns (uint256 used) {
        IHaloFactory.ClassRequest memory t = _termClassRequest("acme-term-vetted");
        IHaloFactory.ClassAddresses memory none;
        _cool(none);
        vm.prank(deployer);
        uint256 g = gasleft();
        factory.deployClass(t, "s");
        used = g - gasleft();
    }

    function test_benchmark() public {
        IHaloFactory.ClassRequest memory p = _portfolioClassRequest("acme-mmf");
        IHaloFactory.ClassRequest memory t = _termClassRequest("acme-term");
        IHaloFactory.ClassRequest memory signed = _portfolioClassRequest("acme-signed");
        IHaloFactory.Approval memory approval = _classApproval(approverKey, signed, "s", block.timestamp + 1 days, 1);
        IHaloFactory.UnitRequest memory u1 = _unitRequest("acme-mmf-senior", "acme-mmf");
        IHaloFactory.UnitRequest memory u2 = _unitRequest("acme-mmf-junior", "acme-mmf");

        IHaloFactory.ClassAddresses memory none;
        vm.startPrank(deployer);
        _cool(none);
        uint256 g = gasleft();
        IHaloFactory.ClassAddresses memory pc = factory.deployClass(p, "s");
        uint256 portfolioClass = g - gasleft();

        _cool(none);
        g = gasleft();
        IHaloFactory.ClassAddresses memory tc = factory.deployClass(t, "s");
        uint256 termClass = g - gasleft();

        _cool(pc);
        g = gasleft();
        factory.deployUnit(u1, "s");
        uint256 firstUnit = g - gasleft();

        _cool(pc);
        g = gasleft();
        factory.deployUnit(u2, "s");
        uint256 secondUnit = g - gasleft();
        vm.stopPrank();

        _cool(none);
        g = gasleft();
        factory.deployClassWithApproval(signed, "s", approval);
        uint256 signedClass = g - gasleft();

        // the registry's share of an NFAT claim: recordDealUnit, called by the facility
        address prime = makeAddr("prime");
        usds.mint(prime, 50_000e18);
        vm.startPrank(prime);
        usds.approve(tc.facility, 50_000e18);
        NfatFacility(tc.facility).deposit(50_000e18);
        vm.stopPrank();
        vm.prank(nfatBeacon);
        NfatFacility(tc.facility).openBook("book-1");
        INfatFacility.DealTerms memory terms = INfatFacility.DealTerms({
            maturity: uint64(block.timestamp + 365 days),
            apyBps: 800,
            schedule: INfatFacility.Schedule.BULLET,
            documentHash: keccak256("ts")
        });
        _cool(tc);
        vm.cool(tc.facility);
        vm.cool(tc.dealToken);
        vm.prank(nfatBeacon);
        g = gasleft();
        NfatFacility(tc.facility).claim(prime, 50_000e18, "book-1", terms);
        uint256 claimWithRecord = g - gasleft();
        _cool(none);
        vm.prank(tc.facility);
        g = gasleft();
        registry.recordDealUnit(99, prime, 1e18, "book-1", bytes32(0));
        uint256 recordDeal = g - gasleft();

        // the streamlined grant: GovOps already vetted as a cBEAM, so nothing is scheduled
        _vetCBeam(govOps);
        IHaloFactory.ClassRequest memory vetted = _portfolioClassRequest("acme-vetted");
        _cool(none);
        vm.prank(deployer);
        g = gasleft();
        factory.deployClass(vetted, "s");
        uint256 immediateClass = g - gasleft();

        vm.serializeUint(KEY, "deployClass_portfolioLcts", portfolioClass);
        vm.serializeUint(KEY, "deployClass_portfolioLcts_cbeamImmediate", immediateClass);
        vm.serializeUint(KEY, "deployClass_termNfat", termClass);
        vm.serializeUint(KEY, "deployClass_termNfat_cbeamImmediate", _deployVettedTermClass());
        vm.serializeUint(KEY, "deployClassWithApproval_portfolioLcts", signedClass);
        vm.serializeUint(KEY, "deployUnit_lcts_firstInClass", firstUnit);
        vm.serializeUint(KEY, "deployUnit_lcts_secondInClass", secondUnit);
        vm.serializeUint(KEY, "nfatClaim_includingRecordDealUnit", claimWithRecord);
        vm.serializeUint(KEY, "recordDealUnit", recordDeal);
        vm.serializeUint(KEY, "target_deployClass", 2_000_000);
        vm.serializeUint(KEY, "target_deployUnit_lcts", 700_000);
        string memory json = vm.serializeUint(KEY, "factoryRuntimeBytes", address(factory).code.length);
        vm.createDir("out/bench", true);
        vm.writeJson(json, "out/bench/factory-gas.json");

        assertGt(portfolioClass, 0);
        assertLt(address(factory).code.length, 24_576);
    }
}
