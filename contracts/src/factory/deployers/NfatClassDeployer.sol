// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IHaloController} from "../../interfaces/IHaloController.sol";
import {IHaloFactory} from "../../interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../interfaces/IHaloRegistry.sol";
import {INfatDealToken} from "../../interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../interfaces/INfatFacility.sol";
import {INfatRedeem} from "../../interfaces/INfatRedeem.sol";
import {ITemplateRegistry} from "../../interfaces/ITemplateRegistry.sol";
import {FactoryLib} from "./FactoryLib.sol";
import {FactoryNames} from "./FactoryNames.sol";

/// @title NfatClassDeployer — the Term (NFAT) part of a class deployment
/// @notice Internal functions, compiled into `ClassDeployer` (which the HaloFactory DELEGATECALLs).
library NfatClassDeployer {
    /// @notice Clone and initialise the facility, deal token and redeem contract; grant them UNIT on the controller.
    /// @param a The class's PAU addresses; returned with the NFAT addresses filled in.
    function deploy(
        ITemplateRegistry.Component[] memory cs,
        IHaloFactory.ClassRequest calldata req,
        bytes32 salt,
        address authoriser,
        address governance,
        IHaloFactory.ClassAddresses memory a
    ) internal returns (IHaloFactory.ClassAddresses memory) {
        bytes32 classId = req.classId;
        a.facility = FactoryLib.clone(cs, FactoryNames.NFAT_FACILITY, classId, salt, authoriser);
        a.dealToken = FactoryLib.clone(cs, FactoryNames.NFAT_DEAL_TOKEN, classId, salt, authoriser);
        a.redeem = FactoryLib.clone(cs, FactoryNames.NFAT_REDEEM, classId, salt, authoriser);
        address nfatBeacon = FactoryLib.beacon(req.beacons, FactoryNames.BEACON_NFAT);
        INfatFacility.Buybox memory buybox = _buybox(req.params);

        _initFacility(req, governance, nfatBeacon, buybox, a);
        INfatDealToken(a.dealToken)
            .initialize(
                INfatDealToken.DealTokenConfig({
                name: req.name,
                symbol: req.symbol,
                admin: governance,
                operator: req.operator,
                facility: a.facility,
                redeem: a.redeem,
                allowListEnabled: buybox.transferAllowList
            })
            );
        INfatRedeem(a.redeem)
            .initialize(
                INfatRedeem.RedeemConfig({
                admin: governance,
                nfatBeacon: nfatBeacon,
                depositAsset: req.depositAsset,
                controller: a.controller,
                dealToken: a.dealToken,
                facility: a.facility
            })
            );
        IHaloController(a.controller).registerUnit(a.facility);
        IHaloController(a.controller).registerUnit(a.redeem);
        return a;
    }

    function _initFacility(
        IHaloFactory.ClassRequest calldata req,
        address governance,
        address nfatBeacon,
        INfatFacility.Buybox memory buybox,
        IHaloFactory.ClassAddresses memory a
    ) private {
        INfatFacility.FacilityConfig memory config = INfatFacility.FacilityConfig({
            admin: governance,
            operator: req.operator,
            nfatBeacon: nfatBeacon,
            attestBeacon: FactoryLib.beacon(req.beacons, FactoryNames.BEACON_ATTEST),
            depositAsset: req.depositAsset,
            controller: a.controller,
            dealToken: a.dealToken,
            redeem: a.redeem,
            // Deals are recorded by the registry for the class's facility: claims never depend on this factory.
            // (`this` is the factory: this library runs by DELEGATECALL.)
            unitRecorder: IHaloFactory(address(this)).haloRegistry(),
            buybox: buybox
        });
        INfatFacility(a.facility).initialize(config);
    }

    /// @dev The buybox is read by name from the class parameters the factory already validated against the
    ///      template's ranges, which the TemplateRegistry keeps inside each field's width (A-04); the casts are
    ///      checked anyway, so a value that does not fit reverts instead of being truncated. Flags are 0 / 1; tags
    ///      are bytes32 values carried as uint256.
    function _buybox(IHaloRegistry.NamedValue[] calldata params) private pure returns (INfatFacility.Buybox memory b) {
        b.termMin = SafeCast.toUint64(FactoryLib.param(params, FactoryNames.TERM_MIN));
        b.termMax = SafeCast.toUint64(FactoryLib.param(params, FactoryNames.TERM_MAX));
        b.sizeMin = SafeCast.toUint128(FactoryLib.param(params, FactoryNames.SIZE_MIN));
        b.sizeMax = SafeCast.toUint128(FactoryLib.param(params, FactoryNames.SIZE_MAX));
        b.apyMinBps = SafeCast.toUint32(FactoryLib.param(params, FactoryNames.APY_MIN_BPS));
        b.apyMaxBps = SafeCast.toUint32(FactoryLib.param(params, FactoryNames.APY_MAX_BPS));
        b.restrictedDepositors = FactoryLib.optionalParam(params, FactoryNames.RESTRICTED_DEPOSITORS) != 0;
        b.transferAllowList = FactoryLib.optionalParam(params, FactoryNames.TRANSFER_ALLOW_LIST) != 0;
        b.assetType = bytes32(FactoryLib.optionalParam(params, FactoryNames.ASSET_TYPE));
        b.jurisdiction = bytes32(FactoryLib.optionalParam(params, FactoryNames.JURISDICTION));
    }
}
