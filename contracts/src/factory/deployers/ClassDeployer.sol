// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IALMProxy} from "../../interfaces/IALMProxy.sol";
import {IHaloCBeamProposer} from "../../interfaces/IHaloCBeamProposer.sol";
import {IHaloController} from "../../interfaces/IHaloController.sol";
import {IHaloFactory} from "../../interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../interfaces/IHaloRegistry.sol";
import {IRateLimits} from "../../interfaces/IRateLimits.sol";
import {ITemplateRegistry} from "../../interfaces/ITemplateRegistry.sol";
import {IBeamState} from "../../interfaces/pas/IBeamState.sol";
import {FactoryLib} from "./FactoryLib.sol";
import {FactoryNames} from "./FactoryNames.sol";
import {NfatClassDeployer} from "./NfatClassDeployer.sol";

/// @title ClassDeployer — everything a class deployment writes, after the factory has validated the request
/// @notice An external library: the HaloFactory DELEGATECALLs it, so every clone is the factory's CREATE2 child,
///         every call below is made by the factory, and the factory's bytecode stays under EIP-170.
library ClassDeployer {
    /// @notice Deploy and wire the class, register it in PAS, grant or schedule the cBEAM, record it.
    /// @dev Every BeamState call below concerns a contract cloned in this call (`a.rateLimits`, `a.controller`, keys
    ///      of `a.facility` / `a.redeem`) or the request's GovOps on those contracts: nothing else reaches the
    ///      factory's BeamState role.
    /// @return a Every class address.
    /// @return day0 The Day-0 limits seeded and added as PAS inits on the class's RateLimits (Term only; Portfolio
    ///         units bring their own).
    /// @return cbeamOperationId The scheduled addCBeam operation (zero when the grant was immediate).
    /// @return cbeamReadyAt When it becomes executable (zero when the grant was immediate).
    function deploy(
        IHaloFactory.ClassRequest calldata req,
        bytes32 salt,
        address authoriser,
        ITemplateRegistry.DeploymentView memory spec,
        IHaloFactory.Wiring memory w
    )
        external
        returns (
            IHaloFactory.ClassAddresses memory a,
            IHaloFactory.InitRateLimit[] memory day0,
            bytes32 cbeamOperationId,
            uint256 cbeamReadyAt
        )
    {
        a = _deployPau(spec.components, req, salt, authoriser, w.configurator);
        if (spec.kind == FactoryNames.TERM_NFAT) {
            a = NfatClassDeployer.deploy(spec.components, req, salt, authoriser, w.timelock, a);
            day0 = FactoryLib.day0Limits(spec.day0Limits, req.depositAsset, a.facility, a.redeem);
        } else {
            day0 = new IHaloFactory.InitRateLimit[](0);
        }
        IBeamState beam = IBeamState(w.beamState);
        beam.addRateLimits(a.rateLimits);
        beam.addController(a.controller);
        FactoryLib.seedAndInit(w.beamState, a.rateLimits, day0);

        address govOps = req.govOps;
        if (beam.cBeams(govOps) == 1) {
            // Core Council vetted this GovOps account before (timelocked addCBeam): grant it on the new class at
            // once. The class starts at its Day-0 inits and SORL bounds every increase from there.
            beam.setCBeamForRateLimits(a.rateLimits, govOps);
            beam.setCBeamForController(a.controller, govOps);
        } else {
            // A new GovOps account: vetting it stays timelocked (Core Council may cancel it during the delay).
            (cbeamOperationId, cbeamReadyAt) =
                IHaloCBeamProposer(w.cbeamProposer).proposeCBeamGrant(req.classId, govOps);
        }

        IHaloRegistry(w.haloRegistry).recordFactoryClass(_record(req, spec, a));
    }

    function _deployPau(
        ITemplateRegistry.Component[] memory cs,
        IHaloFactory.ClassRequest calldata req,
        bytes32 salt,
        address authoriser,
        address configurator
    ) private returns (IHaloFactory.ClassAddresses memory a) {
        bytes32 classId = req.classId;
        a.almProxy = FactoryLib.clone(cs, FactoryNames.ALM_PROXY, classId, salt, authoriser);
        a.rateLimits = FactoryLib.clone(cs, FactoryNames.RATE_LIMITS, classId, salt, authoriser);
        a.controller = FactoryLib.clone(cs, FactoryNames.CONTROLLER, classId, salt, authoriser);
        IALMProxy(a.almProxy).initialize(configurator, a.controller);
        IRateLimits(a.rateLimits).initialize(configurator, a.controller, address(this));
        IHaloController(a.controller).initialize(configurator, a.almProxy, a.rateLimits, req.freezer, address(this));
    }

    function _record(
        IHaloFactory.ClassRequest calldata req,
        ITemplateRegistry.DeploymentView memory spec,
        IHaloFactory.ClassAddresses memory a
    ) private pure returns (IHaloRegistry.ClassRecord memory r) {
        r.classId = req.classId;
        r.agentId = req.agentId;
        r.kind = spec.kind;
        r.templateId = req.templateId;
        r.templateVersion = req.templateVersion;
        r.conformsToTemplate = true;
        r.almProxy = a.almProxy;
        r.controller = a.controller;
        r.rateLimits = a.rateLimits;
        r.operator = req.operator;
        r.freezer = req.freezer;
        r.govOps = req.govOps;
        r.depositAsset = req.depositAsset;
        if (spec.kind == FactoryNames.TERM_NFAT) {
            r.contracts = new IHaloRegistry.NamedAddress[](3);
            r.contracts[0] = IHaloRegistry.NamedAddress(FactoryNames.NFAT_FACILITY, a.facility);
            r.contracts[1] = IHaloRegistry.NamedAddress(FactoryNames.NFAT_DEAL_TOKEN, a.dealToken);
            r.contracts[2] = IHaloRegistry.NamedAddress(FactoryNames.NFAT_REDEEM, a.redeem);
        }
        r.beacons = req.beacons;
        r.paramsHash = keccak256(abi.encode(req.params));
        r.artifact = req.artifact;
        r.day0.cycles = spec.day0Cycles;
    }
}
