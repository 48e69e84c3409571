// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BeamState} from "../../pas/BeamState.sol";
import {Configurator} from "../../pas/Configurator.sol";
import {Timelock} from "../../pas/Timelock.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {IPasConfigurator} from "../../src/interfaces/pas/IPasConfigurator.sol";
import {IPasTimelock} from "../../src/interfaces/pas/IPasTimelock.sol";
import {PauFixture} from "../utils/PauFixture.sol";

/// @title PasFixture — the PAS stand-in wired the way Sky's PASInit wires PAS, plus PAUs administered by it
/// @notice Everything is used through the interfaces of Sky's contracts (`IPasTimelock`, `IBeamState`,
///         `IPasConfigurator`), so every test also checks that the stand-in answers that ABI.
///         BeamState role 1 (DELAYED) = the Timelock, role 2 (IMMEDIATE) = the Core Council, with PASInit's selector
///         split; the PauseProxy is the only ward and the Timelock's admin; the Core Council proposes and cancels;
///         `PAUSER` pauses.
abstract contract PasFixture is PauFixture {
    uint8 internal constant DELAYED = 1;
    uint8 internal constant IMMEDIATE = 2;
    uint256 internal constant WAD = 1e18;
    uint256 internal constant MIN_DELAY = 2 days;
    /// @dev A realistic clock: PAS's first increase of a key needs `block.timestamp >= hop`.
    uint256 internal constant START = 1_750_000_000;

    address internal constant PAUSE_PROXY = address(0x5A05E);
    address internal constant CORE_COUNCIL = address(0xC0C0);
    address internal constant PAUSER = address(0x9A05E);
    address internal constant GOV_OPS = address(0x60F5);
    address internal constant OUTSIDER = address(0xBAD);

    IBeamState internal beamState;
    IPasConfigurator internal configurator;
    IPasTimelock internal timelock;

    function _deployPas() internal {
        vm.warp(START);
        vm.startPrank(PAUSE_PROXY);
        beamState = IBeamState(address(new BeamState()));
        timelock = IPasTimelock(payable(address(new Timelock(MIN_DELAY, PAUSE_PROXY))));
        vm.stopPrank();
        configurator = IPasConfigurator(address(new Configurator(address(beamState))));
        vm.label(address(beamState), "BeamState");
        vm.label(address(timelock), "Timelock");
        vm.label(address(configurator), "Configurator");

        vm.startPrank(PAUSE_PROXY);
        bytes4[8] memory delayed = _delayedSelectors();
        for (uint256 i = 0; i < delayed.length; ++i) {
            beamState.setRoleAction(DELAYED, delayed[i], true);
        }
        bytes4[10] memory immediate = _immediateSelectors();
        for (uint256 i = 0; i < immediate.length; ++i) {
            beamState.setRoleAction(IMMEDIATE, immediate[i], true);
        }
        beamState.setUserRole(address(timelock), DELAYED, true);
        beamState.setUserRole(CORE_COUNCIL, IMMEDIATE, true);
        timelock.grantRole(timelock.PROPOSER_ROLE(), CORE_COUNCIL);
        timelock.grantRole(timelock.CANCELLER_ROLE(), CORE_COUNCIL);
        timelock.grantRole(timelock.PAUSER_ROLE(), PAUSER);
        vm.stopPrank();
    }

    function _delayedSelectors() internal pure returns (bytes4[8] memory s) {
        s = [
            IBeamState.start.selector,
            IBeamState.setHop.selector,
            IBeamState.setMaxChange.selector,
            IBeamState.addRateLimits.selector,
            IBeamState.addController.selector,
            IBeamState.addCBeam.selector,
            IBeamState.addInitRateLimits.selector,
            IBeamState.addInitControllerActions.selector
        ];
    }

    function _immediateSelectors() internal pure returns (bytes4[10] memory s) {
        s = [
            IBeamState.stop.selector,
            IBeamState.delRateLimits.selector,
            IBeamState.delController.selector,
            IBeamState.delCBeam.selector,
            IBeamState.setCBeamForRateLimits.selector,
            IBeamState.unsetCBeamForRateLimits.selector,
            IBeamState.setCBeamForController.selector,
            IBeamState.unsetCBeamForController.selector,
            IBeamState.delInitRateLimits.selector,
            IBeamState.delInitControllerActions.selector
        ];
    }

    /// @notice A one-call batch for the Timelock.
    function _batch(address target, bytes memory data)
        internal
        pure
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads)
    {
        targets = new address[](1);
        values = new uint256[](1);
        payloads = new bytes[](1);
        targets[0] = target;
        payloads[0] = data;
    }

    /// @notice The Core Council schedules `data` on `target` through the Timelock; after the delay anyone executes it.
    function _timelocked(address target, bytes memory data, bytes32 salt) internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads) = _batch(target, data);
        vm.prank(CORE_COUNCIL);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), salt, MIN_DELAY);
        vm.warp(block.timestamp + MIN_DELAY);
        vm.prank(OUTSIDER);
        timelock.executeBatch(targets, values, payloads, bytes32(0), salt);
    }
}
