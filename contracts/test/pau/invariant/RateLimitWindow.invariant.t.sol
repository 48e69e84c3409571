// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {RateLimits} from "../../../src/pau/RateLimits.sol";
import {PauFixture} from "../../utils/PauFixture.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Spends and refills two keys as the CONTROLLER (and lets the admin re-set them to the same values),
///         recording after every action a checkpoint {time, limit, cumulative decreases, cumulative increases}.
contract WindowHandler is CommonBase, StdCheats, StdUtils {
    struct Checkpoint {
        uint256 t;
        uint256 limit;
        uint256 dec;
        uint256 inc;
    }

    RateLimits public rl;
    address public controller;
    address public admin;
    bytes32[2] public keys;
    uint256[2] public maxAmounts;
    uint256[2] public slopes;

    uint256[2] internal _cumDec;
    uint256[2] internal _cumInc;
    mapping(uint256 k => Checkpoint[] list) internal _checkpoints;

    uint256 public ghost_successfulDecreases;

    constructor(
        RateLimits rl_,
        address controller_,
        address admin_,
        bytes32[2] memory keys_,
        uint256[2] memory maxAmounts_,
        uint256[2] memory slopes_
    ) {
        rl = rl_;
        controller = controller_;
        admin = admin_;
        keys = keys_;
        maxAmounts = maxAmounts_;
        slopes = slopes_;
        _checkpoint(0);
        _checkpoint(1);
    }

    function decrease(uint256 k, uint256 amount) external {
        k %= 2;
        // Up to 1.5x the max so that some spends are refused.
        amount = bound(amount, 0, maxAmounts[k] + maxAmounts[k] / 2);
        vm.prank(controller);
        try rl.triggerRateLimitDecrease(keys[k], amount) {
            _cumDec[k] += amount;
            ++ghost_successfulDecreases;
        } catch {}
        _checkpoint(k);
    }

    function increase(uint256 k, uint256 amount) external {
        k %= 2;
        amount = bound(amount, 0, maxAmounts[k] / 2);
        vm.prank(controller);
        rl.triggerRateLimitIncrease(keys[k], amount);
        _cumInc[k] += amount;
        _checkpoint(k);
    }

    /// @dev Re-setting a key to its own values must not refill it.
    function adminResets(uint256 k) external {
        k %= 2;
        vm.prank(admin);
        rl.setRateLimitData(keys[k], maxAmounts[k], slopes[k]);
        _checkpoint(k);
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 0, 2 days));
    }

    function _checkpoint(uint256 k) internal {
        _checkpoints[k].push(Checkpoint(block.timestamp, rl.getCurrentRateLimit(keys[k]), _cumDec[k], _cumInc[k]));
    }

    /// @notice Windows between two checkpoints where more was spent than the formula allowed.
    ///         tight: D + L_end <= L_start + slope*dt + I (uses the limits the contract reported);
    ///         loose: D <= maxAmount + slope*dt + I (independent of the contract).
    function windowViolations(uint256 k) external view returns (uint256 tight, uint256 loose, uint256 aboveMax) {
        Checkpoint[] storage cps = _checkpoints[k];
        uint256 n = cps.length;
        for (uint256 b; b < n; ++b) {
            Checkpoint storage end = cps[b];
            if (end.limit > maxAmounts[k]) ++aboveMax;
            for (uint256 a; a < b; ++a) {
                Checkpoint storage start = cps[a];
                uint256 spent = end.dec - start.dec;
                uint256 allowance = slopes[k] * (end.t - start.t) + (end.inc - start.inc);
                if (spent + end.limit > start.limit + allowance) ++tight;
                if (spent > maxAmounts[k] + allowance) ++loose;
            }
        }
    }
}

/// @notice Invariant (3): within any window, the sum of decreases on a key never exceeds what the formula allowed.
contract RateLimitWindowInvariantTest is PauFixture {
    WindowHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        Pau memory pau = _deployPau(makeAddr("admin"), makeAddr("factory"));
        bytes32[2] memory keys = [keccak256("window key 0"), keccak256("window key 1")];
        uint256[2] memory maxAmounts = [uint256(1000e18), uint256(50)];
        uint256[2] memory slopes = [uint256(1e16), uint256(3)];
        for (uint256 k; k < 2; ++k) {
            _setLimit(pau, keys[k], maxAmounts[k], slopes[k]);
        }
        handler = new WindowHandler(pau.rateLimits, address(pau.controller), pau.admin, keys, maxAmounts, slopes);
        targetContract(address(handler));
    }

    function invariant_decreasesWithinFormulaInEveryWindow() public view {
        for (uint256 k; k < 2; ++k) {
            (uint256 tight, uint256 loose, uint256 aboveMax) = handler.windowViolations(k);
            assertEq(tight, 0, "tight window bound");
            assertEq(loose, 0, "loose window bound");
            assertEq(aboveMax, 0, "limit above max");
        }
    }
}
