// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {PasFixture} from "./PasFixture.sol";

/// @notice The stand-in Configurator's `setRateLimit` against a reference model of PAS's rule, on our RateLimits:
///         unlimited default → only `{max, 0}`; otherwise each of maxAmount / slope ≤ max(default, current,
///         current × maxChange); an increase of either needs a non-zero hop and `hop` seconds since the last
///         increase; on success the data is `{max, slope, min(max, available), now}` and zzz moves only on increases.
contract PasConfiguratorFuzzTest is PasFixture {
    bytes32 internal constant KEY = keccak256("fuzz-key");
    uint256 internal constant CAP = 1e36;

    Pau internal pau;
    IRateLimits internal rl;

    struct Case {
        uint256 initMax;
        uint256 initSlope;
        bool unlimitedInit;
        bool initOnAddressZero;
        uint256 curMax;
        uint256 curSlope;
        uint256 curLast;
        uint256 age;
        uint256 maxChange; // 0 = never set
        uint256 hop;
        bool hadIncrease;
        uint256 sinceIncrease;
        uint256 maxAmount;
        uint256 slope;
    }

    function setUp() public {
        _deployPas();
        pau = _deployPau(address(configurator), address(0));
        rl = IRateLimits(address(pau.rateLimits));
        vm.startPrank(PAUSE_PROXY);
        beamState.addRateLimits(address(rl));
        beamState.addCBeam(GOV_OPS);
        beamState.setCBeamForRateLimits(address(rl), GOV_OPS);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- reference model

    function _max3(uint256 a, uint256 b, uint256 c) internal pure returns (uint256 m) {
        m = a > b ? a : b;
        if (c > m) m = c;
    }

    function _expected(Case memory c, uint256 zzz) internal view returns (string memory) {
        if (c.unlimitedInit) {
            return (c.maxAmount == type(uint256).max && c.slope == 0) ? "" : "Configurator/unlimited-incorrect-params";
        }
        if (c.maxAmount > _max3(c.initMax, c.curMax, c.curMax * c.maxChange / WAD)) {
            return "Configurator/exceeds-max-amount";
        }
        if (c.slope > _max3(c.initSlope, c.curSlope, c.curSlope * c.maxChange / WAD)) {
            return "Configurator/exceeds-max-slope";
        }
        if (c.maxAmount > c.curMax || c.slope > c.curSlope) {
            if (c.hop == 0) return "Configurator/hop-not-set";
            if (block.timestamp < zzz + c.hop) return "Configurator/increment-too-soon";
        }
        return "";
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev Picks a request around the model's ceiling, with its exact value and one above it often.
    function _around(uint256 raw, uint256 ceiling) internal pure returns (uint256) {
        uint256 pick = raw % 5;
        if (pick == 0) return ceiling;
        if (pick == 1) return ceiling + 1;
        return bound(raw, 0, ceiling * 2 + 2);
    }

    function testFuzz_setRateLimit_matchesModel(Case memory c, uint256 rawMax, uint256 rawSlope) public {
        c.initMax = bound(c.initMax, 0, CAP);
        c.initSlope = bound(c.initSlope, 0, CAP);
        c.curMax = bound(c.curMax, 0, CAP);
        c.curSlope = bound(c.curSlope, 0, CAP);
        c.curLast = bound(c.curLast, 0, c.curMax);
        c.age = bound(c.age, 0, 30 days);
        c.maxChange = c.maxChange % 3 == 0 ? 0 : bound(c.maxChange, WAD, 10 * WAD);
        c.hop = c.hop % 4 == 0 ? 0 : bound(c.hop, 1, 10 days);
        // Often exactly at the hop boundary, or one second before it.
        uint256 mode = c.sinceIncrease % 3;
        if (mode == 0) c.sinceIncrease = c.hop;
        else if (mode == 1) c.sinceIncrease = c.hop == 0 ? 0 : c.hop - 1;
        else c.sinceIncrease = bound(c.sinceIncrease, 0, 20 days);
        if (c.unlimitedInit) {
            c.initMax = type(uint256).max;
            c.initSlope = 0;
            if (rawMax % 2 == 0) {
                rawMax = type(uint256).max;
                rawSlope = 0;
            }
        }
        if (!c.unlimitedInit && c.initMax == type(uint256).max && c.initSlope == 0) c.initSlope = 1;

        // 1. Optionally record an earlier increase (sets zzz), with a temporary default and hop.
        uint256 zzz;
        if (c.hadIncrease) {
            vm.startPrank(PAUSE_PROXY);
            beamState.addInitRateLimits(KEY, address(rl), 1, 0);
            beamState.setHop(address(rl), 1);
            vm.stopPrank();
            vm.prank(GOV_OPS);
            configurator.setRateLimit(address(rl), KEY, 1, 0);
            zzz = block.timestamp;
            assertEq(configurator.zzz(address(rl), KEY), zzz);
            vm.warp(block.timestamp + c.sinceIncrease);
        }

        // 2. The case's parameters and current data.
        vm.startPrank(PAUSE_PROXY);
        beamState.delInitRateLimits(KEY, address(rl));
        beamState.addInitRateLimits(KEY, c.initOnAddressZero ? address(0) : address(rl), c.initMax, c.initSlope);
        beamState.setHop(address(rl), c.hop);
        if (c.maxChange != 0) beamState.setMaxChange(address(rl), c.maxChange);
        vm.stopPrank();
        vm.prank(address(configurator));
        rl.setRateLimitData(KEY, c.curMax, c.curSlope, c.curLast, block.timestamp - c.age);

        // 3. The request, around the model's ceilings.
        if (!c.unlimitedInit) {
            c.maxAmount = _around(rawMax, _max3(c.initMax, c.curMax, c.curMax * c.maxChange / WAD));
            c.slope = _around(rawSlope, _max3(c.initSlope, c.curSlope, c.curSlope * c.maxChange / WAD));
        } else {
            c.maxAmount = rawMax;
            c.slope = rawSlope;
        }

        string memory reason = _expected(c, zzz);
        uint256 available = rl.getCurrentRateLimit(KEY);
        vm.prank(GOV_OPS);
        (bool ok, bytes memory ret) = address(configurator)
            .call(abi.encodeCall(configurator.setRateLimit, (address(rl), KEY, c.maxAmount, c.slope)));

        if (bytes(reason).length != 0) {
            assertFalse(ok, "model refuses, stand-in accepted");
            assertEq(ret, abi.encodeWithSignature("Error(string)", reason), reason);
            return;
        }
        assertTrue(ok, "model accepts, stand-in refused");
        IRateLimits.RateLimitData memory d = rl.getRateLimitData(KEY);
        if (c.unlimitedInit) {
            assertEq(d.maxAmount, type(uint256).max);
            assertEq(d.lastAmount, type(uint256).max);
            assertEq(configurator.zzz(address(rl), KEY), zzz, "unlimited does not move zzz");
            return;
        }
        assertEq(d.maxAmount, c.maxAmount);
        assertEq(d.slope, c.slope);
        assertEq(d.lastAmount, available < c.maxAmount ? available : c.maxAmount, "min(max, available)");
        assertEq(d.lastUpdated, block.timestamp);
        bool increase = c.maxAmount > c.curMax || c.slope > c.curSlope;
        assertEq(configurator.zzz(address(rl), KEY), increase ? block.timestamp : zzz, "zzz only on increases");
    }

    /// @dev The scope-wide maxChange and hop apply exactly like a specific one.
    function testFuzz_fallbackParameters(uint256 change, uint256 hop, uint256 request) public {
        change = bound(change, WAD, 10 * WAD);
        hop = bound(hop, 1, 10 days);
        vm.startPrank(PAUSE_PROXY);
        beamState.setMaxChange(address(0), change);
        beamState.setHop(address(0), hop);
        beamState.addInitRateLimits(KEY, address(0), 100e18, 0);
        vm.stopPrank();
        vm.prank(GOV_OPS);
        configurator.setRateLimit(address(rl), KEY, 100e18, 0);
        vm.warp(block.timestamp + hop);
        uint256 ceiling = 100e18 * change / WAD;
        request = bound(request, 100e18 + 1, ceiling * 2);
        vm.prank(GOV_OPS);
        if (request > ceiling) vm.expectRevert("Configurator/exceeds-max-amount");
        configurator.setRateLimit(address(rl), KEY, request, 0);
        assertEq(IBeamState(address(beamState)).getMaxChange(address(rl)), change);
    }
}
