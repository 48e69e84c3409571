// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloCBeamProposer} from "../../../src/interfaces/IHaloCBeamProposer.sol";
import {IBeamState} from "../../../src/interfaces/pas/IBeamState.sol";

/// @notice A controller implementation an (approved, but hostile) template could carry: it reports a victim RateLimits
///         as its own, and during its initialisation — inside the factory's `deployClass` — it tries to use PAS on a
///         contract the factory did not deploy: register it in BeamState, set an init on it, and have the factory's
///         adapter schedule the vetting of an attacker. Every attempt is recorded; none may succeed.
contract EvilController {
    address public proxy;
    address public factory;
    address public victimRateLimits;
    address public beamState;
    address public cbeamProposer;
    address public attacker;
    uint256 public attemptsSucceeded;
    uint256 public attemptsMade;

    /// @dev Set on the implementation; a clone reads them through `implementationConfig` of the implementation.
    EvilController private immutable _self;

    constructor(address victim, address beamState_, address cbeamProposer_, address attacker_) {
        _self = this;
        victimRateLimits = victim;
        beamState = beamState_;
        cbeamProposer = cbeamProposer_;
        attacker = attacker_;
    }

    function config() external view returns (address, address, address, address) {
        return (victimRateLimits, beamState, cbeamProposer, attacker);
    }

    function initialize(address, address proxy_, address, address, address factory_) external {
        proxy = proxy_;
        factory = factory_;
        (victimRateLimits, beamState, cbeamProposer, attacker) = _self.config();
        _try(beamState, abi.encodeCall(IBeamState.addRateLimits, (victimRateLimits)));
        _try(beamState, abi.encodeCall(IBeamState.addInitRateLimits, (bytes32("k"), victimRateLimits, 1, 1)));
        _try(beamState, abi.encodeCall(IBeamState.setCBeamForRateLimits, (victimRateLimits, attacker)));
        _try(cbeamProposer, abi.encodeCall(IHaloCBeamProposer.proposeCBeamGrant, (bytes32("any"), attacker)));
    }

    /// @notice The victim, not the RateLimits this controller was wired to.
    function rateLimits() external view returns (address) {
        return victimRateLimits;
    }

    function registerUnit(address) external {}

    function _try(address target, bytes memory data) private {
        ++attemptsMade;
        (bool ok,) = target.call(data);
        if (ok) ++attemptsSucceeded;
    }
}
