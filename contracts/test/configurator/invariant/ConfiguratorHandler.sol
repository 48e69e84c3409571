// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BEAMState} from "../../../src/configurator/BEAMState.sol";
import {Configurator} from "../../../src/configurator/Configurator.sol";
import {IHaloController} from "../../../src/interfaces/IHaloController.sol";
import {RateLimits} from "../../../src/pau/RateLimits.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Drives the Configurator with GovOps calls, outsider calls and time jumps, and keeps a ghost model of
///         every key: what its values must be, when it was last raised, and whether any rule was ever broken.
contract ConfiguratorHandler is CommonBase, StdUtils {
    uint256 internal constant BPS = 10_000;

    Configurator internal immutable configurator;
    BEAMState internal immutable state;
    RateLimits internal immutable rateLimits;
    address internal immutable pau;
    address internal immutable govOps;
    IHaloController internal immutable controller;

    bytes32[] public keys;
    mapping(bytes32 key => uint256) public initMax;
    mapping(bytes32 key => uint256) public initSlope;

    // ---- ghost model ----
    mapping(bytes32 key => uint256) public ghostMax;
    mapping(bytes32 key => uint256) public ghostSlope;
    mapping(bytes32 key => uint256) public ghostLastIncrease;

    bool public sorlViolated;
    bool public decreaseFailed;
    bool public outsiderSucceeded;
    uint256 public increases;
    uint256 public refusedIncreases;
    uint256 public decreases;
    uint256 public outsiderAttempts;

    constructor(
        Configurator configurator_,
        BEAMState state_,
        RateLimits rateLimits_,
        IHaloController controller_,
        address pau_,
        address govOps_,
        bytes32[] memory keys_,
        uint256[] memory initMax_,
        uint256[] memory initSlope_
    ) {
        configurator = configurator_;
        state = state_;
        rateLimits = rateLimits_;
        controller = controller_;
        pau = pau_;
        govOps = govOps_;
        for (uint256 i = 0; i < keys_.length; ++i) {
            keys.push(keys_[i]);
            initMax[keys_[i]] = initMax_[i];
            initSlope[keys_[i]] = initSlope_[i];
        }
    }

    function keyCount() external view returns (uint256) {
        return keys.length;
    }

    // ---- actions ----

    /// @notice GovOps asks for arbitrary values, biased around the caps; the ghost checks every accepted change.
    function setRateLimit(uint256 keySeed, uint256 maxSeed, uint256 slopeSeed) external {
        _setRateLimit(keySeed, maxSeed, slopeSeed);
    }

    function _setRateLimit(uint256 keySeed, uint256 maxSeed, uint256 slopeSeed) internal {
        bytes32 key = keys[keySeed % keys.length];
        uint256 prevMax = ghostMax[key];
        uint256 prevSlope = ghostSlope[key];
        uint256 newMax = _pick(maxSeed, prevMax, initMax[key]);
        uint256 newSlope = _pick(slopeSeed, prevSlope, initSlope[key]);
        bool increase = newMax > prevMax || newSlope > prevSlope;

        vm.prank(govOps);
        try configurator.setRateLimit(pau, key, newMax, newSlope) {
            if (increase) {
                uint256 last = ghostLastIncrease[key];
                if (last != 0 && block.timestamp < last + state.hop()) sorlViolated = true;
                if (newMax > _allowed(prevMax, initMax[key])) sorlViolated = true;
                if (newSlope > _allowed(prevSlope, initSlope[key])) sorlViolated = true;
                ghostLastIncrease[key] = block.timestamp;
                ++increases;
            } else {
                ++decreases;
            }
            ghostMax[key] = newMax;
            ghostSlope[key] = newSlope;
        } catch {
            // Only an increase may ever be refused (every key has an init and GovOps is accordant).
            if (!increase) decreaseFailed = true;
            else ++refusedIncreases;
        }
    }

    /// @notice Jump to the hop boundary of a key (exactly on it, or up to an hour short) and try the largest legal
    ///         raise there: the boundary is where an off-by-some hop check would show.
    function raiseAtHopEdge(uint256 keySeed, uint256 earlySeed, bool bothFields) external {
        bytes32 key = keys[keySeed % keys.length];
        uint256 last = ghostLastIncrease[key];
        if (last != 0) {
            uint256 target = last + state.hop() - (earlySeed % 3 == 0 ? 0 : bound(earlySeed, 1, 1 hours));
            if (target > block.timestamp) vm.warp(target);
        }
        _setRateLimit(keySeed, 0, bothFields ? 0 : 2); // mode 0 = the cap, mode 2 = unchanged
    }

    /// @notice GovOps lowers one or both fields: must always succeed (rule 5).
    function decrease(uint256 keySeed, uint256 maxSeed, uint256 slopeSeed) external {
        bytes32 key = keys[keySeed % keys.length];
        uint256 newMax = _atMost(maxSeed, ghostMax[key]);
        uint256 newSlope = _atMost(slopeSeed, ghostSlope[key]);
        vm.prank(govOps);
        try configurator.setRateLimit(pau, key, newMax, newSlope) {
            ghostMax[key] = newMax;
            ghostSlope[key] = newSlope;
            ++decreases;
        } catch {
            decreaseFailed = true;
        }
    }

    /// @notice GovOps removes a limit: must always succeed (rule 5).
    function removeRateLimit(uint256 keySeed) external {
        bytes32 key = keys[keySeed % keys.length];
        vm.prank(govOps);
        try configurator.removeRateLimit(pau, key) {
            ghostMax[key] = 0;
            ghostSlope[key] = 0;
            ++decreases;
        } catch {
            decreaseFailed = true;
        }
    }

    function warp(uint256 secondsSeed) external {
        // Mostly short jumps so that many calls land inside a hop; sometimes past one.
        uint256 jump = secondsSeed % 4 == 0 ? bound(secondsSeed, 17 hours, 40 hours) : bound(secondsSeed, 0, 6 hours);
        vm.warp(block.timestamp + jump);
    }

    /// @notice Someone who is not accordant tries every Configurator entry point; none may succeed.
    function outsiderCall(uint256 callerSeed, uint256 which, uint256 keySeed, uint256 valueSeed) external {
        address caller = address(uint160(bound(callerSeed, 1, type(uint160).max)));
        if (caller == govOps) caller = address(uint160(govOps) ^ 1);
        bytes32 key = keys[keySeed % keys.length];
        ++outsiderAttempts;
        vm.startPrank(caller);
        uint256 choice = which % 6;
        bool ok;
        if (choice == 0) {
            try configurator.setRateLimit(pau, key, valueSeed % 1e30, valueSeed % 1e20) {
                ok = true;
            } catch {}
        } else if (choice == 1) {
            try configurator.removeRateLimit(pau, key) {
                ok = true;
            } catch {}
        } else if (choice == 2) {
            try configurator.setRelayer(pau, caller) {
                ok = true;
            } catch {}
        } else if (choice == 3) {
            try configurator.setFreezer(pau, caller) {
                ok = true;
            } catch {}
        } else if (choice == 4) {
            try configurator.callControllerAction(pau, abi.encodeCall(IHaloController.setDestination, (caller, true))) {
                ok = true;
            } catch {}
        } else {
            bytes[] memory calls = new bytes[](1);
            calls[0] = abi.encodeCall(Configurator.setRateLimit, (pau, key, 1, 1));
            try configurator.multicall(calls) {
                ok = true;
            } catch {}
        }
        vm.stopPrank();
        if (ok) outsiderSucceeded = true;
    }

    // ---- model helpers ----

    /// @dev The largest accepted value for a field now at `prev`: the init from zero, else prev + 25% (floored).
    function _allowed(uint256 prev, uint256 initValue) internal view returns (uint256) {
        if (prev == 0) return initValue;
        uint256 bps = state.maxChangeBps();
        uint256 growth = (prev / BPS) * bps + ((prev % BPS) * bps) / BPS;
        return growth > type(uint256).max - prev ? type(uint256).max : prev + growth;
    }

    /// @dev A value in [0, ceiling], without overflowing when `ceiling` is the top of the range.
    function _atMost(uint256 seed, uint256 ceiling) internal pure returns (uint256) {
        return ceiling == type(uint256).max ? seed : seed % (ceiling + 1);
    }

    function _pick(uint256 seed, uint256 prev, uint256 initValue) internal view returns (uint256) {
        uint256 cap = _allowed(prev, initValue);
        uint256 r = seed >> 8;
        uint256 mode = seed % 6;
        if (mode == 0) return cap; // the largest legal raise
        if (mode == 1) return cap > type(uint256).max - 1001 ? type(uint256).max : cap + 1 + r % 1000; // too large
        if (mode == 2) return prev; // no change
        if (mode == 3) return _atMost(r, prev); // a decrease (or no change)
        if (mode == 4) return cap - _atMost(r, cap - prev); // somewhere in the legal range
        return initValue > type(uint256).max / 4 ? r : r % (4 * initValue + 1);
    }
}
