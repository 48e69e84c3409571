// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";

import {DeploySystem, SystemDeployment} from "../../script/DeploySystem.s.sol";
import {HaloPasSpell} from "../../script/HaloPasSpell.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";

/// @notice `DeploySystem.run()` in-process: PAS with PASInit's roles, the factory system, and Sky's spell run
///         (default) or left out (`PAS_SPELL=false`); `HaloPasSpell.calls` is the same seven calls `execute` makes.
contract DeploySystemScriptTest is Test {
    address internal pauseProxy = makeAddr("pauseProxy");

    function _run(bool spell) internal returns (SystemDeployment.System memory sys) {
        vm.setEnv("PAUSE_PROXY", vm.toString(pauseProxy));
        vm.setEnv("PAS_SPELL", spell ? "true" : "false");
        DeploySystem script = new DeploySystem();
        sys = script.run();
    }

    /// @dev One test function: environment variables are process-wide, and test functions run in parallel.
    function test_run_withAndWithoutTheSpell() public {
        _withSpell();
        _stopsBeforeTheSpell_thenTheSpellCalls();
    }

    function _withSpell() internal {
        SystemDeployment.System memory sys = _run(true);
        address broadcaster = address(this);
        assertTrue(sys.beamState.hasUserRole(address(sys.factory), HaloPasSpell.HALO_FACTORY_ROLE));
        assertTrue(sys.timelock.hasRole(sys.timelock.PROPOSER_ROLE(), address(sys.cbeamProposer)));
        assertEq(sys.beamState.wards(pauseProxy), 1);
        assertEq(sys.beamState.wards(broadcaster), 0);
        assertTrue(sys.timelock.hasRole(sys.timelock.DEFAULT_ADMIN_ROLE(), pauseProxy));
        assertFalse(sys.timelock.hasRole(sys.timelock.DEFAULT_ADMIN_ROLE(), broadcaster));
        assertTrue(sys.beamState.hasUserRole(address(sys.timelock), 1));
        assertTrue(sys.beamState.hasUserRole(broadcaster, 2));
        assertEq(sys.cbeamProposer.factory(), address(sys.factory));
        // templates proposed; their approval scheduled (14-day delay), not executed
        assertEq(uint8(sys.templates.getStatus("lcts-portfolio", 1)), uint8(ITemplateRegistry.TemplateStatus.PROPOSED));
        assertEq(sys.timelock.getOperationsCount(), 1);
    }

    function _stopsBeforeTheSpell_thenTheSpellCalls() internal {
        SystemDeployment.System memory sys = _run(false);
        assertFalse(sys.beamState.hasUserRole(address(sys.factory), HaloPasSpell.HALO_FACTORY_ROLE));
        assertFalse(sys.timelock.hasRole(sys.timelock.PROPOSER_ROLE(), address(sys.cbeamProposer)));
        (address[] memory targets, bytes[] memory data) = HaloPasSpell.calls(
            address(sys.beamState), address(sys.timelock), address(sys.factory), address(sys.cbeamProposer)
        );
        assertEq(targets.length, 7);
        for (uint256 i = 0; i < targets.length; ++i) {
            vm.prank(pauseProxy);
            (bool ok,) = targets[i].call(data[i]);
            assertTrue(ok);
        }
        assertTrue(sys.beamState.hasUserRole(address(sys.factory), HaloPasSpell.HALO_FACTORY_ROLE));
        assertTrue(sys.timelock.hasRole(sys.timelock.PROPOSER_ROLE(), address(sys.cbeamProposer)));
        bytes4[5] memory sels = HaloPasSpell.factorySelectors();
        for (uint256 i = 0; i < 5; ++i) {
            assertTrue(sys.beamState.isActionInRole(sels[i], 3));
        }
    }
}
