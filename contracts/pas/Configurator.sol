// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

// Local stand-in of Sky's PAS Configurator for devnets and tests; not shipped. It reverts with PAS's strings (not the
// project's custom errors) because the reconciler must decode exactly what Sky's deployed contract returns.
/* solhint-disable gas-custom-errors */

import {IBeamState} from "../src/interfaces/pas/IBeamState.sol";
import {IPasConfigurator} from "../src/interfaces/pas/IPasConfigurator.sol";

/// @notice The four RateLimits functions PAS's Configurator calls, with Spark's ABI (`IRateLimits` of this repository
///         has the same selectors and return types; `PasRateLimitsAbi.t.sol` checks it).
interface IPasRateLimitsLike {
    struct RateLimitData {
        uint256 maxAmount;
        uint256 slope;
        uint256 lastAmount;
        uint256 lastUpdated;
    }

    function getRateLimitData(bytes32 key) external view returns (RateLimitData memory);
    function getCurrentRateLimit(bytes32 key) external view returns (uint256);
    function setRateLimitData(bytes32 key, uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated)
        external;
    function setUnlimitedRateLimitData(bytes32 key) external;
}

/// @title Configurator — stand-in of PAS's Configurator (same ABI, rules, events and revert strings)
/// @dev See `IPasConfigurator` for the rules. The order of the checks is PAS's, so the same call fails with the same
///      string (or the same arithmetic panic) on both.
contract Configurator is IPasConfigurator {
    uint256 private constant WAD = 1e18;

    /// @inheritdoc IPasConfigurator
    address public immutable beamState;

    /// @inheritdoc IPasConfigurator
    mapping(address rateLimits => mapping(bytes32 key => uint256 timestamp)) public zzz;

    /// @dev Refused while BeamState is stopped.
    modifier notStopped() {
        require(!IBeamState(beamState).stopped(), "Configurator/stopped");
        _;
    }

    /// @dev Only a cBEAM granted on `rateLimits`.
    modifier onlyRateLimitsCBeam(address rateLimits) {
        require(
            IBeamState(beamState).rateLimitsCBeams(rateLimits, msg.sender) == 1,
            "Configurator/not-authorized-ratelimits-cBeam"
        );
        _;
    }

    /// @dev Only a cBEAM granted on `controller`.
    modifier onlyControllerCBeam(address controller) {
        require(
            IBeamState(beamState).controllersCBeams(controller, msg.sender) == 1,
            "Configurator/not-authorized-controller-cBeam"
        );
        _;
    }

    /// @param beamState_ The BeamState to read authorisation and parameters from (not checked, as in PAS).
    constructor(address beamState_) {
        beamState = beamState_;
    }

    /// @inheritdoc IPasConfigurator
    function setRateLimit(address rateLimits, bytes32 key, uint256 maxAmount, uint256 slope)
        external
        notStopped
        onlyRateLimitsCBeam(rateLimits)
    {
        IBeamState state = IBeamState(beamState);
        IBeamState.DefaultRateLimits memory init = state.getInitRateLimits(key, rateLimits);
        IPasRateLimitsLike rl = IPasRateLimitsLike(rateLimits);

        if (init.maxAmount == type(uint256).max && init.slope == 0) {
            // An unlimited default binds the key to "unlimited": nothing else may be set.
            require(maxAmount == type(uint256).max && slope == 0, "Configurator/unlimited-incorrect-params");
            rl.setUnlimitedRateLimitData(key);
            emit SetRateLimit(rateLimits, key, type(uint256).max, 0);
            return;
        }

        IPasRateLimitsLike.RateLimitData memory current = rl.getRateLimitData(key);
        uint256 change = state.getMaxChange(rateLimits);
        // The ceiling is max(default, current, current × change). The comparisons short-circuit in this order, so a
        // value at or below the default or the current one never reaches the multiplication.
        require(
            maxAmount <= init.maxAmount || maxAmount <= current.maxAmount
                || maxAmount <= current.maxAmount * change / WAD,
            "Configurator/exceeds-max-amount"
        );
        require(
            slope <= init.slope || slope <= current.slope || slope <= current.slope * change / WAD,
            "Configurator/exceeds-max-slope"
        );

        if (maxAmount > current.maxAmount || slope > current.slope) {
            uint256 wait = state.getHop(rateLimits);
            require(wait > 0, "Configurator/hop-not-set");
            require(block.timestamp >= zzz[rateLimits][key] + wait, "Configurator/increment-too-soon");
            zzz[rateLimits][key] = block.timestamp;
        }

        // Never refill: what is available now carries over, capped by the new maximum (a fresh key starts at 0).
        uint256 available = rl.getCurrentRateLimit(key);
        uint256 lastAmount = available < maxAmount ? available : maxAmount;
        rl.setRateLimitData(key, maxAmount, slope, lastAmount, block.timestamp);
        emit SetRateLimit(rateLimits, key, maxAmount, slope);
    }

    /// @inheritdoc IPasConfigurator
    function callControllerAction(address controller, bytes calldata data)
        external
        notStopped
        onlyControllerCBeam(controller)
        returns (bytes memory ret)
    {
        require(
            IBeamState(beamState).isControllerActionEnabled(keccak256(data), controller), "Configurator/not-valid-data"
        );
        bool ok;
        (ok, ret) = controller.call(data);
        require(ok, "Configurator/call-failed");
        emit CallControllerAction(controller, data);
    }
}
