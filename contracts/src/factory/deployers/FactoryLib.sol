// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {IHaloFactory} from "../../interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../interfaces/IHaloRegistry.sol";
import {IRateLimits} from "../../interfaces/IRateLimits.sol";
import {ITemplateRegistry} from "../../interfaces/ITemplateRegistry.sol";
import {IBeamState} from "../../interfaces/pas/IBeamState.sol";
import {RateLimitKeys} from "../../pau/RateLimitKeys.sol";

/// @title FactoryLib — lookups and cloning shared by the HaloFactory and its kind deployers
/// @notice Internal functions only: they run in the factory's context (directly, or inside a kind deployer that the
///         factory DELEGATECALLs), so every clone is created by the factory's address.
library FactoryLib {
    function component(ITemplateRegistry.Component[] memory cs, bytes32 name)
        internal
        pure
        returns (ITemplateRegistry.Component memory)
    {
        for (uint256 i = 0; i < cs.length; ++i) {
            if (cs[i].name == name) return cs[i];
        }
        revert IHaloFactory.Factory_ComponentMissing(name);
    }

    /// @notice The CREATE2 salt of one clone: bound to the instance id, the request salt, whoever authorised the
    ///         instance (deployer or approver) and the component, so no one else can occupy a predicted address.
    function cloneSalt(bytes32 id, bytes32 salt, address authoriser, bytes32 name) internal pure returns (bytes32) {
        return keccak256(abi.encode(id, salt, authoriser, name));
    }

    /// @notice Clone `name` from the template after checking its code hash again (code can change after
    ///         approval, e.g. a self-destructed implementation redeployed with other code at the same address).
    function clone(ITemplateRegistry.Component[] memory cs, bytes32 name, bytes32 id, bytes32 salt, address authoriser)
        internal
        returns (address)
    {
        ITemplateRegistry.Component memory c = component(cs, name);
        bytes32 actual = c.implementation.codehash;
        if (actual != c.codeHash) revert IHaloFactory.Factory_CodeHashMismatch(name, c.codeHash, actual);
        return Clones.cloneDeterministic(c.implementation, cloneSalt(id, salt, authoriser, name));
    }

    function predict(
        ITemplateRegistry.Component[] memory cs,
        bytes32 name,
        bytes32 id,
        bytes32 salt,
        address authoriser
    ) internal view returns (address) {
        return Clones.predictDeterministicAddress(
            component(cs, name).implementation, cloneSalt(id, salt, authoriser, name)
        );
    }

    function param(IHaloRegistry.NamedValue[] calldata params, bytes32 name) internal pure returns (uint256) {
        for (uint256 i = 0; i < params.length; ++i) {
            if (params[i].name == name) return params[i].value;
        }
        revert IHaloFactory.Factory_ParameterMissing(name);
    }

    /// @notice For parameters a template may leave out (then 0: off / untagged).
    function optionalParam(IHaloRegistry.NamedValue[] calldata params, bytes32 name) internal pure returns (uint256) {
        for (uint256 i = 0; i < params.length; ++i) {
            if (params[i].name == name) return params[i].value;
        }
        return 0;
    }

    function beacon(IHaloRegistry.BeaconOperator[] calldata beacons, bytes32 kind) internal pure returns (address) {
        for (uint256 i = 0; i < beacons.length; ++i) {
            if (beacons[i].kind == kind) return beacons[i].operator;
        }
        revert IHaloFactory.Factory_BeaconMissing(kind);
    }

    /// @notice Day-0 limits apply to the unit flows of the contracts just deployed: inflow from `inflowUnit` and
    ///         outflow to `outflowUnit`, both in the class's deposit asset. Other flows are refused. The template's
    ///         amounts are 18-decimal reference units, scaled here to the asset's decimals (A-02).
    function day0Limits(
        ITemplateRegistry.Day0Limit[] memory limits,
        address asset,
        address inflowUnit,
        address outflowUnit
    ) internal view returns (IHaloFactory.InitRateLimit[] memory inits) {
        uint256 decimals = assetDecimals(asset);
        inits = new IHaloFactory.InitRateLimit[](limits.length);
        for (uint256 i = 0; i < limits.length; ++i) {
            bytes32 flow = limits[i].flow;
            address counterparty;
            if (flow == RateLimitKeys.LIMIT_UNIT_INFLOW) counterparty = inflowUnit;
            else if (flow == RateLimitKeys.LIMIT_UNIT_OUTFLOW) counterparty = outflowUnit;
            else revert IHaloFactory.Factory_UnsupportedDay0Flow(flow);
            inits[i] = IHaloFactory.InitRateLimit(
                RateLimitKeys.assetCounterpartyKey(flow, asset, counterparty),
                scaleDay0(limits[i].maxAmount, decimals),
                scaleDay0(limits[i].slope, decimals)
            );
        }
    }

    /// @notice The deposit asset's `decimals()`, read defensively: the call must succeed and return exactly one ABI
    ///         word no larger than 36 (an EOA, a token without the optional function or with absurd decimals is
    ///         refused, since its Day-0 limits could not be sized).
    function assetDecimals(address asset) internal view returns (uint256 decimals) {
        (bool ok, bytes memory data) = asset.staticcall(abi.encodeWithSignature("decimals()"));
        if (!ok || data.length != 32) revert IHaloFactory.Factory_DepositAssetNoDecimals(asset);
        decimals = abi.decode(data, (uint256));
        if (decimals > 36) revert IHaloFactory.Factory_DepositAssetDecimals(asset, decimals);
    }

    /// @notice Refuse a deposit asset the template does not list (an empty list accepts any) or whose decimals
    ///         cannot be read.
    function checkDepositAsset(address asset, address[] memory allowed) internal view {
        if (allowed.length != 0) {
            uint256 i = 0;
            while (i < allowed.length && allowed[i] != asset) {
                ++i;
            }
            if (i == allowed.length) revert IHaloFactory.Factory_DepositAssetNotAllowed(asset);
        }
        assetDecimals(asset);
    }

    /// @notice `amount × 10^decimals / 1e18`, rounded down (towards the conservative side); unlimited stays unlimited.
    function scaleDay0(uint256 amount, uint256 decimals) internal pure returns (uint256) {
        if (amount == type(uint256).max || decimals == 18) return amount;
        if (decimals < 18) return amount / 10 ** (18 - decimals);
        uint256 factor = 10 ** (decimals - 18);
        if (amount > type(uint256).max / factor) revert IHaloFactory.Factory_Day0LimitOverflow(amount, decimals);
        return amount * factor;
    }

    /// @notice Seed the Day-0 data of fresh keys on `rateLimits` (the limit starts full at its conservative value)
    ///         and add each as the key's PAS init on that RateLimits (the factory's `addInitRateLimits`). Every key
    ///         names a unit contract created in this transaction (see `day0Limits`), and `rateLimits` is one the
    ///         factory deployed: the init can concern nothing else. A key GovOps already wrote (it can write a
    ///         predicted unit's key through the PAS Configurator) keeps its data and is not seeded, so it cannot
    ///         block the deployment (D4: only governance can stop a predicted deployment); its init is still added
    ///         and bounds every later increase.
    function seedAndInit(address beamState, address rateLimits, IHaloFactory.InitRateLimit[] memory inits) internal {
        for (uint256 i = 0; i < inits.length; ++i) {
            IHaloFactory.InitRateLimit memory init = inits[i];
            if (!IRateLimits(rateLimits).isConfigured(init.key)) {
                IRateLimits(rateLimits).setInitialRateLimitData(init.key, init.maxAmount, init.slope);
            }
            IBeamState(beamState).addInitRateLimits(init.key, rateLimits, init.maxAmount, init.slope);
        }
    }
}
