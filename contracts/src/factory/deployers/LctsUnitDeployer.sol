// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../../interfaces/IHaloController.sol";
import {IHaloFactory} from "../../interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../interfaces/IHaloRegistry.sol";
import {IHaloShareToken} from "../../interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../interfaces/ILctsQueue.sol";
import {ITemplateRegistry} from "../../interfaces/ITemplateRegistry.sol";
import {FactoryLib} from "./FactoryLib.sol";
import {FactoryNames} from "./FactoryNames.sol";

/// @title LctsUnitDeployer — the contracts of a Portfolio (LCTS) unit
/// @notice An external library the HaloFactory DELEGATECALLs (clones stay the factory's CREATE2 children and every
///         call below is made by the factory) after it has validated the request.
library LctsUnitDeployer {
    /// @notice What the unit inherits from its class.
    struct ClassContext {
        address governance; // DEFAULT_ADMIN of the unit contracts
        address beacon; // lpha-lcts of the class
        address depositAsset;
        address controller;
        address rateLimits;
        address beamState;
        address haloRegistry;
    }

    /// @notice Deploy the unit's contracts, seed their Day-0 limits on the class's RateLimits and add the matching
    ///         PAS inits on it (keys of the unit contracts just created), record the unit.
    function deploy(
        IHaloFactory.UnitRequest calldata req,
        bytes32 salt,
        address authoriser,
        ITemplateRegistry.DeploymentView memory spec,
        ClassContext memory c
    ) external returns (IHaloFactory.UnitAddresses memory a, IHaloFactory.InitRateLimit[] memory day0) {
        a = _deployContracts(spec.components, req, salt, authoriser, c);
        day0 = FactoryLib.day0Limits(spec.day0Limits, c.depositAsset, a.subscribeQueue, a.redeemQueue);
        FactoryLib.seedAndInit(c.beamState, c.rateLimits, day0);
        IHaloRegistry(c.haloRegistry).recordFactoryUnit(_record(req, a, spec.day0Cycles));
    }

    /// @dev Clone and initialise the share token and both queues; grant the queues UNIT on the controller.
    function _deployContracts(
        ITemplateRegistry.Component[] memory cs,
        IHaloFactory.UnitRequest calldata req,
        bytes32 salt,
        address authoriser,
        ClassContext memory c
    ) private returns (IHaloFactory.UnitAddresses memory a) {
        bytes32 unitId = req.unitId;
        a.shareToken = FactoryLib.clone(cs, FactoryNames.SHARE_TOKEN, unitId, salt, authoriser);
        a.subscribeQueue = FactoryLib.clone(cs, FactoryNames.SUBSCRIBE_QUEUE, unitId, salt, authoriser);
        a.redeemQueue = FactoryLib.clone(cs, FactoryNames.REDEEM_QUEUE, unitId, salt, authoriser);

        IHaloShareToken(a.shareToken)
            .initialize(
                IHaloShareToken.TokenConfig({
                name: req.name,
                symbol: req.symbol,
                admin: c.governance,
                beacon: c.beacon,
                subscribeQueue: a.subscribeQueue,
                redeemQueue: a.redeemQueue,
                initialExchangeRate: FactoryLib.param(req.params, FactoryNames.INITIAL_EXCHANGE_RATE),
                maxRateIncreaseBps: FactoryLib.param(req.params, FactoryNames.MAX_RATE_INCREASE_BPS)
            })
            );
        ILctsQueue.QueueConfig memory q = ILctsQueue.QueueConfig({
            admin: c.governance,
            beacon: c.beacon,
            depositAsset: c.depositAsset,
            shareToken: a.shareToken,
            controller: c.controller,
            capacity: FactoryLib.param(req.params, FactoryNames.CAPACITY),
            minDeposit: FactoryLib.param(req.params, FactoryNames.MIN_DEPOSIT)
        });
        ILctsQueue(a.subscribeQueue).initialize(q);
        // Capacity and the minimum deposit bound subscriptions; a holder may always queue any share amount out.
        q.capacity = 0;
        q.minDeposit = 0;
        ILctsQueue(a.redeemQueue).initialize(q);
        IHaloController(c.controller).registerUnit(a.subscribeQueue);
        IHaloController(c.controller).registerUnit(a.redeemQueue);
    }

    function _record(IHaloFactory.UnitRequest calldata req, IHaloFactory.UnitAddresses memory a, uint32 day0Cycles)
        private
        pure
        returns (IHaloRegistry.UnitRecord memory r)
    {
        r.unitId = req.unitId;
        r.classId = req.classId;
        r.contracts = new IHaloRegistry.NamedAddress[](3);
        r.contracts[0] = IHaloRegistry.NamedAddress(FactoryNames.SHARE_TOKEN, a.shareToken);
        r.contracts[1] = IHaloRegistry.NamedAddress(FactoryNames.SUBSCRIBE_QUEUE, a.subscribeQueue);
        r.contracts[2] = IHaloRegistry.NamedAddress(FactoryNames.REDEEM_QUEUE, a.redeemQueue);
        r.paramsHash = keccak256(abi.encode(req.params));
        r.artifact = req.artifact;
        r.day0.cycles = day0Cycles;
    }
}
