// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IConfigurator} from "../../src/interfaces/IConfigurator.sol";
import {ConfiguratorTestBase} from "./ConfiguratorTestBase.sol";
import {StdStorage, stdStorage} from "forge-std/Test.sol";

/// @notice SORL (rule 4) and instant decreases (rule 5) against a reference model, with arbitrary current values,
///         requests, hop clocks and SORL parameters, including values near `type(uint256).max`.
contract SorlFuzzTest is ConfiguratorTestBase {
    using stdStorage for StdStorage;

    address internal stateAdmin = makeAddr("stateAdmin");
    bytes32 internal constant KEY = keccak256("fuzz key");
    uint256 internal constant NOW = 2_000_000_000;

    PauParts internal p;

    function setUp() public {
        vm.warp(NOW);
        _deployUnit(false, stateAdmin);
        p = _deployWiredPau(address(configurator), address(0));
        vm.startPrank(stateAdmin);
        state.setPauContracts(p.pau, address(p.controller), address(p.rateLimits));
        state.addGovOps(p.pau, govOps);
        vm.stopPrank();
    }

    // ---- reference model, written independently of the contract's 512-bit arithmetic ----

    /// @dev floor(current * (10000 + bps) / 10000) = current + floor(current * bps / 10000), split so that no
    ///      product overflows; saturates at the top.
    function _modelGrow(uint256 current, uint256 bps) internal pure returns (uint256) {
        uint256 growth = (current / 10_000) * bps + ((current % 10_000) * bps) / 10_000;
        return growth > type(uint256).max - current ? type(uint256).max : current + growth;
    }

    function _modelError(uint256 current, uint256 requested, uint256 initValue, uint256 bps)
        internal
        pure
        returns (bytes memory)
    {
        if (requested <= current) return "";
        if (current == 0) {
            if (requested > initValue) {
                return abi.encodeWithSelector(IConfigurator.Configurator_AboveInit.selector, KEY, requested, initValue);
            }
            return "";
        }
        uint256 allowed = _modelGrow(current, bps);
        if (requested > allowed) {
            return abi.encodeWithSelector(IConfigurator.Configurator_IncreaseTooLarge.selector, KEY, requested, allowed);
        }
        return "";
    }

    /// @dev Biases a raw fuzz value towards the interesting edges around `current`'s caps.
    function _pick(uint256 raw, uint256 current, uint256 initValue, uint256 bps) internal pure returns (uint256) {
        uint256 mode = raw % 8;
        uint256 noise = (raw >> 8) % 3; // 0, 1, 2
        if (mode == 0) return raw;
        if (mode == 1) return current;
        if (mode == 2) return current == 0 ? 0 : current - 1 - ((raw >> 16) % current); // a decrease
        uint256 cap = current == 0 ? initValue : _modelGrow(current, bps);
        if (mode == 3) return cap;
        if (mode == 4) return cap == type(uint256).max ? cap : cap + 1;
        if (mode == 5) return cap > noise ? cap - noise : 0;
        if (mode == 6) return type(uint256).max;
        return (raw >> 16) % 1e30;
    }

    function _boundValue(uint256 raw) internal pure returns (uint256) {
        // Half the runs near the top of the range, half at token-like magnitudes.
        return raw % 2 == 0 ? raw : raw % 1e33;
    }

    struct Case {
        uint256 initMax;
        uint256 initSlope;
        uint256 curMax;
        uint256 curSlope;
        uint256 reqMax;
        uint256 reqSlope;
        uint256 lastIncrease;
        uint256 hop;
        uint256 bps;
    }

    function testFuzz_setRateLimit_matchesModel(Case memory c, uint256 seedMax, uint256 seedSlope) public {
        c.hop = bound(c.hop, 1, 30 days);
        c.bps = bound(c.bps, 1, 10_000);
        c.initMax = bound(_boundValue(c.initMax), 1, type(uint256).max);
        c.initSlope = _boundValue(c.initSlope);
        c.curMax = c.curMax % 4 == 0 ? 0 : _boundValue(c.curMax);
        c.curSlope = c.curSlope % 4 == 0 ? 0 : _boundValue(c.curSlope);
        c.reqMax = _pick(seedMax, c.curMax, c.initMax, c.bps);
        c.reqSlope = _pick(seedSlope, c.curSlope, c.initSlope, c.bps);
        // 0 = never increased; exactly one hop ago (allowed) or one second short of it; else within two hops.
        uint256 clock = c.lastIncrease % 5;
        if (clock == 0) c.lastIncrease = 0;
        else if (clock == 1) c.lastIncrease = NOW - c.hop;
        else if (clock == 2) c.lastIncrease = NOW - c.hop + 1;
        else c.lastIncrease = NOW - bound(c.lastIncrease, 0, 2 * c.hop);

        vm.startPrank(stateAdmin);
        state.setSorlParams(c.hop, c.bps);
        state.addInitRateLimit(KEY, address(0), c.initMax, c.initSlope);
        vm.stopPrank();
        vm.prank(address(configurator)); // the PAU's admin: puts the key in an arbitrary current state
        p.rateLimits.setRateLimitData(KEY, c.curMax, c.curSlope);
        stdstore.target(address(configurator)).sig(IConfigurator.lastIncreaseAt.selector).with_key(p.pau).with_key(KEY)
            .checked_write(c.lastIncrease);

        bool increase = c.reqMax > c.curMax || c.reqSlope > c.curSlope;
        bytes memory expected;
        if (increase && c.lastIncrease != 0 && NOW < c.lastIncrease + c.hop) {
            expected = abi.encodeWithSelector(
                IConfigurator.Configurator_IncreaseTooSoon.selector, KEY, c.lastIncrease + c.hop
            );
        } else {
            expected = _modelError(c.curMax, c.reqMax, c.initMax, c.bps);
            if (expected.length == 0) expected = _modelError(c.curSlope, c.reqSlope, c.initSlope, c.bps);
        }

        if (expected.length != 0) vm.expectRevert(expected);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, KEY, c.reqMax, c.reqSlope);

        (uint256 m, uint256 s) = _limit(p, KEY);
        if (expected.length != 0) {
            assertEq(m, c.curMax, "refused: maxAmount unchanged");
            assertEq(s, c.curSlope, "refused: slope unchanged");
            assertEq(configurator.lastIncreaseAt(p.pau, KEY), c.lastIncrease);
        } else {
            assertEq(m, c.reqMax);
            assertEq(s, c.reqSlope);
            assertEq(configurator.lastIncreaseAt(p.pau, KEY), increase ? NOW : c.lastIncrease);
        }
    }

    /// @dev `sorlBounds` reports exactly the model's caps, and both caps are accepted when the hop allows.
    function testFuzz_sorlBounds_matchModelAndAreAccepted(uint256 curMax, uint256 curSlope, uint256 bps) public {
        bps = bound(bps, 1, 10_000);
        curMax = _boundValue(curMax);
        curSlope = _boundValue(curSlope);
        uint256 initMax = 7e24;
        uint256 initSlope = 3e20;
        vm.startPrank(stateAdmin);
        state.setSorlParams(18 hours, bps);
        state.addInitRateLimit(KEY, p.pau, initMax, initSlope);
        vm.stopPrank();
        vm.prank(address(configurator));
        p.rateLimits.setRateLimitData(KEY, curMax, curSlope);

        (uint256 capMax, uint256 capSlope, uint256 nextAt) = configurator.sorlBounds(p.pau, KEY);
        assertEq(capMax, curMax == 0 ? initMax : _modelGrow(curMax, bps));
        assertEq(capSlope, curSlope == 0 ? initSlope : _modelGrow(curSlope, bps));
        assertEq(nextAt, 0);

        vm.prank(govOps);
        configurator.setRateLimit(p.pau, KEY, capMax, capSlope);
        (uint256 m, uint256 s) = _limit(p, KEY);
        assertEq(m, capMax);
        assertEq(s, capSlope);
    }

    /// @dev Rule 5: a decrease of either field (the other not raised) succeeds at any time, right after an increase.
    function testFuzz_decreaseAlwaysInstant(uint256 reqMax, uint256 reqSlope, uint256 elapsed) public {
        uint256 initMax = 10_000_000e18;
        uint256 initSlope = 115e18;
        vm.prank(stateAdmin);
        state.addInitRateLimit(KEY, address(0), initMax, initSlope);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, KEY, initMax, initSlope);
        vm.warp(NOW + bound(elapsed, 0, 18 hours - 1));
        reqMax = bound(reqMax, 0, initMax);
        reqSlope = bound(reqSlope, 0, initSlope);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, KEY, reqMax, reqSlope);
        (uint256 m, uint256 s) = _limit(p, KEY);
        assertEq(m, reqMax);
        assertEq(s, reqSlope);
        assertEq(configurator.lastIncreaseAt(p.pau, KEY), NOW, "a decrease does not move the hop clock");
    }
}
