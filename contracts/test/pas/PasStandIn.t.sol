// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BeamState} from "../../pas/BeamState.sol";
import {Configurator} from "../../pas/Configurator.sol";
import {Timelock} from "../../pas/Timelock.sol";
import {Test} from "forge-std/Test.sol";

contract PasStandInCompiles is Test {
    function test_deploys() public {
        BeamState state = new BeamState();
        Configurator configurator = new Configurator(address(state));
        Timelock timelock = new Timelock(1 days, address(this));
        assertEq(configurator.beamState(), address(state));
        assertEq(timelock.getMinDelay(), 1 days);
    }
}
