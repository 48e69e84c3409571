// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @title Review 2026-11-26: R-01 and R-02 through the real factory (nothing in the factory changed)
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
}
