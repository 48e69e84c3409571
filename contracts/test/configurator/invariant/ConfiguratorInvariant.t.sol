// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ConfiguratorTestBase} from "../ConfiguratorTestBase.sol";
import {ConfiguratorHandler} from "./ConfiguratorHandler.sol";

/// @notice No sequence of GovOps calls, outsider calls and time jumps ever raises `maxAmount` or `slope` by more
///         than `maxChange` per `hop`; decreases always succeed; a non-accordant caller never changes anything.
contract ConfiguratorInvariantTest is ConfiguratorTestBase {
    address internal stateAdmin = makeAddr("stateAdmin");
    ConfiguratorHandler internal handler;
    PauParts internal p;

    function setUp() public {
        vm.warp(1_700_000_000);
        _deployUnit(false, stateAdmin);
        p = _deployWiredPau(address(configurator), address(0));

        bytes32[] memory keys = new bytes32[](3);
        uint256[] memory maxes = new uint256[](3);
        uint256[] memory slopes = new uint256[](3);
        keys[0] = _transferKey(makeAddr("USDS"), makeAddr("custodian"));
        (maxes[0], slopes[0]) = (10_000_000e18, 115e18);
        keys[1] = _transferKey(makeAddr("USDC"), makeAddr("custodian"));
        (maxes[1], slopes[1]) = (100_000e6, 0);
        keys[2] = keccak256("near the top");
        (maxes[2], slopes[2]) = (type(uint256).max / 3, type(uint256).max);

        vm.startPrank(stateAdmin);
        state.setPauContracts(p.pau, address(p.controller), address(p.rateLimits));
        state.addGovOps(p.pau, govOps);
        state.addInitRateLimit(keys[0], address(0), maxes[0], slopes[0]); // scope-wide
        state.addInitRateLimit(keys[1], p.pau, maxes[1], slopes[1]); // PAU-specific
        state.addInitRateLimit(keys[2], p.pau, maxes[2], slopes[2]);
        vm.stopPrank();

        handler = new ConfiguratorHandler(
            configurator, state, p.rateLimits, p.controller, p.pau, govOps, keys, maxes, slopes
        );
        targetContract(address(handler));
    }

    function invariant_sorlNeverExceeded() public view {
        assertFalse(handler.sorlViolated(), "an increase beat maxChange or the hop");
    }

    function invariant_decreasesAlwaysSucceed() public view {
        assertFalse(handler.decreaseFailed(), "a decrease or removal was refused");
    }

    function invariant_outsiderChangesNothing() public view {
        assertFalse(handler.outsiderSucceeded(), "a non-accordant caller got through");
        assertEq(p.controller.getRoleMemberCount(p.controller.RELAYER()), 0);
        assertEq(p.controller.getRoleMemberCount(p.controller.FREEZER()), 0);
    }

    /// @dev The chain equals the ghost model: nothing but the accepted GovOps calls ever changed a limit.
    function invariant_chainMatchesGhost() public view {
        for (uint256 i = 0; i < handler.keyCount(); ++i) {
            bytes32 key = handler.keys(i);
            (uint256 m, uint256 s) = _limit(p, key);
            assertEq(m, handler.ghostMax(key), "maxAmount");
            assertEq(s, handler.ghostSlope(key), "slope");
            assertEq(configurator.lastIncreaseAt(p.pau, key), handler.ghostLastIncrease(key), "hop clock");
        }
    }

    function afterInvariant() external view {
        // The campaign must have exercised both sides of rule 4, or the invariants above prove little.
        assertGt(handler.increases() + handler.refusedIncreases() + handler.decreases(), 0);
    }
}
