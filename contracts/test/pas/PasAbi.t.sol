// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IPasRateLimitsLike} from "../../pas/Configurator.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {IPasTimelock} from "../../src/interfaces/pas/IPasTimelock.sol";
import {PasFixture} from "./PasFixture.sol";

/// @notice ABI fit: what PAS's Configurator calls on a RateLimits is in our `IRateLimits` with the same selectors
///         (Spark's ABI); the stand-in Timelock has every selector of `IPasTimelock`; and PASInit's role split holds.
contract PasAbiTest is PasFixture {
    function setUp() public {
        _deployPas();
    }

    function test_rateLimitsLike_matchesOurRateLimits() public pure {
        assertEq(IPasRateLimitsLike.getRateLimitData.selector, IRateLimits.getRateLimitData.selector);
        assertEq(IPasRateLimitsLike.getCurrentRateLimit.selector, IRateLimits.getCurrentRateLimit.selector);
        assertEq(
            IPasRateLimitsLike.setRateLimitData.selector,
            bytes4(keccak256("setRateLimitData(bytes32,uint256,uint256,uint256,uint256)"))
        );
        assertEq(IPasRateLimitsLike.setUnlimitedRateLimitData.selector, IRateLimits.setUnlimitedRateLimitData.selector);
    }

    /// @dev Our RateLimits answers the 5-argument setter PAS uses (it is overloaded with a 3-argument one).
    function test_rateLimits_fiveArgumentSetterExists() public {
        Pau memory pau = _deployPau(address(this), address(0));
        IPasRateLimitsLike rl = IPasRateLimitsLike(address(pau.rateLimits));
        rl.setRateLimitData(keccak256("k"), 10, 1, 4, block.timestamp - 2);
        IPasRateLimitsLike.RateLimitData memory d = rl.getRateLimitData(keccak256("k"));
        assertEq(d.maxAmount, 10);
        assertEq(d.slope, 1);
        assertEq(d.lastAmount, 4);
        assertEq(d.lastUpdated, block.timestamp - 2);
        assertEq(rl.getCurrentRateLimit(keccak256("k")), 6);
        rl.setUnlimitedRateLimitData(keccak256("k"));
        assertEq(rl.getCurrentRateLimit(keccak256("k")), type(uint256).max);
    }

    /// @dev The members of `IPasTimelock` that the Timelock tests do not otherwise call, called through the
    ///      interface (a missing function would revert without data; a different return type would not decode).
    function test_timelock_answersTheRestOfIPasTimelock() public {
        address[] memory targets = new address[](1);
        uint256[] memory values = new uint256[](1);
        bytes[] memory payloads = new bytes[](1);
        targets[0] = address(0xA);
        payloads[0] = hex"01";
        assertEq(
            timelock.hashOperation(address(0xA), 0, hex"01", bytes32(0), bytes32("s")),
            keccak256(abi.encode(address(0xA), uint256(0), bytes(hex"01"), bytes32(0), bytes32("s")))
        );
        assertEq(
            timelock.hashOperationBatch(targets, values, payloads, bytes32(0), bytes32("s")),
            keccak256(abi.encode(targets, values, payloads, bytes32(0), bytes32("s")))
        );
        assertEq(timelock.onERC721Received(address(1), address(2), 3, ""), bytes4(0x150b7a02));
        assertEq(timelock.onERC1155Received(address(1), address(2), 3, 4, ""), bytes4(0xf23a6e61));
        assertEq(
            timelock.onERC1155BatchReceived(address(1), address(2), new uint256[](0), new uint256[](0), ""),
            bytes4(0xbc197c81)
        );
        vm.deal(address(this), 1 ether);
        (bool ok,) = address(timelock).call{value: 1 ether}("");
        assertTrue(ok, "receive");
        assertEq(address(timelock).balance, 1 ether);
        assertFalse(timelock.isOperation(bytes32("none")));
        assertFalse(timelock.isOperationPending(bytes32("none")));
        assertEq(timelock.getTimestamp(bytes32("none")), 0);
        assertEq(uint8(timelock.getOperationState(bytes32("none"))), uint8(IPasTimelock.OperationState.Unset));
    }

    // ---------------------------------------------------------------- PASInit's role split

    function test_roleSplit_delayedIsTheTimelockOnly() public {
        bytes4[8] memory delayed = _delayedSelectors();
        for (uint256 i = 0; i < delayed.length; ++i) {
            assertTrue(beamState.isActionInRole(delayed[i], DELAYED));
            assertFalse(beamState.isActionInRole(delayed[i], IMMEDIATE));
        }
        assertTrue(beamState.hasUserRole(address(timelock), DELAYED));
        assertFalse(beamState.hasUserRole(address(timelock), IMMEDIATE));
        // The Core Council cannot vet a cBEAM directly: it must go through the Timelock.
        vm.prank(CORE_COUNCIL);
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.addCBeam(GOV_OPS);
        _timelocked(address(beamState), abi.encodeCall(IBeamState.addCBeam, (GOV_OPS)), bytes32(0));
        assertEq(beamState.cBeams(GOV_OPS), 1);
    }

    function test_roleSplit_immediateIsTheCoreCouncilOnly() public {
        bytes4[10] memory immediate = _immediateSelectors();
        for (uint256 i = 0; i < immediate.length; ++i) {
            assertTrue(beamState.isActionInRole(immediate[i], IMMEDIATE));
            assertFalse(beamState.isActionInRole(immediate[i], DELAYED));
        }
        assertTrue(beamState.hasUserRole(CORE_COUNCIL, IMMEDIATE));
        vm.prank(CORE_COUNCIL);
        beamState.stop();
        assertTrue(beamState.stopped());
        // The Core Council cannot start again directly (start is timelocked), nor can anyone else.
        vm.prank(CORE_COUNCIL);
        vm.expectRevert("BeamState/role-not-authorized");
        beamState.start();
        // Wards (the PauseProxy) can do everything.
        vm.prank(PAUSE_PROXY);
        beamState.start();
        assertFalse(beamState.stopped());
    }
}
