// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

// Every stand-in and interface is imported (though not used) so that compiling this test alone — forge compiles only
// what a matched test needs — also refreshes the artifacts it reads.
/* solhint-disable no-unused-import */
import {BeamState} from "../../pas/BeamState.sol";
import {Configurator} from "../../pas/Configurator.sol";
import {Timelock} from "../../pas/Timelock.sol";
import {TimelockHelper} from "../../pas/TimelockHelper.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {IPasConfigurator} from "../../src/interfaces/pas/IPasConfigurator.sol";
import {IPasTimelock} from "../../src/interfaces/pas/IPasTimelock.sol";
import {IPasTimelockHelper} from "../../src/interfaces/pas/IPasTimelockHelper.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Each stand-in exposes exactly the functions of the interface of Sky's contract: the function signatures in
///         the compiled artifacts (`methodIdentifiers`) are equal as sets, so the stand-in has nothing PAS lacks and
///         lacks nothing PAS has. (Return types are checked by the other tests, which call everything through the
///         interfaces.)
contract PasArtifactAbiTest is Test {
    /// @dev forge nests an artifact under its folder when another source has the same file name (case-insensitive),
    ///      so both places are tried.
    function _artifact(string memory file, string memory name, string memory folder)
        internal
        view
        returns (string memory)
    {
        string memory root = string.concat(vm.projectRoot(), "/out/");
        string memory flat = string.concat(root, file, "/", name, ".json");
        if (vm.exists(flat)) return vm.readFile(flat);
        string memory nested = string.concat(root, folder, "/", file, "/", name, ".json");
        require(vm.exists(nested), string.concat("no artifact for ", name));
        return vm.readFile(nested);
    }

    function _signatures(string memory json) internal pure returns (string[] memory) {
        return vm.parseJsonKeys(json, ".methodIdentifiers");
    }

    function _assertSameFunctions(string memory implJson, string memory ifaceJson, string memory label) internal pure {
        string[] memory impl = _signatures(implJson);
        string[] memory iface = _signatures(ifaceJson);
        for (uint256 i = 0; i < iface.length; ++i) {
            assertTrue(_contains(impl, iface[i]), string.concat(label, " lacks ", iface[i]));
        }
        for (uint256 i = 0; i < impl.length; ++i) {
            assertTrue(_contains(iface, impl[i]), string.concat(label, " has extra ", impl[i]));
        }
        assertEq(impl.length, iface.length, label);
    }

    function _contains(string[] memory list, string memory item) internal pure returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (keccak256(bytes(list[i])) == keccak256(bytes(item))) return true;
        }
        return false;
    }

    function test_timelock_functionsAreIPasTimelocks() public view {
        _assertSameFunctions(
            _artifact("Timelock.sol", "Timelock", "pas"),
            _artifact("IPasTimelock.sol", "IPasTimelock", "pas"),
            "Timelock"
        );
    }

    function test_beamState_functionsAreIBeamStates() public view {
        _assertSameFunctions(
            _artifact("BeamState.sol", "BeamState", "pas"),
            _artifact("IBeamState.sol", "IBeamState", "pas"),
            "BeamState"
        );
    }

    function test_configurator_functionsAreIPasConfigurators() public view {
        _assertSameFunctions(
            _artifact("Configurator.sol", "Configurator", "pas"),
            _artifact("IPasConfigurator.sol", "IPasConfigurator", "pas"),
            "Configurator"
        );
    }

    function test_timelockHelper_functionsAreIPasTimelockHelpers() public view {
        _assertSameFunctions(
            _artifact("TimelockHelper.sol", "TimelockHelper", "pas"),
            _artifact("IPasTimelockHelper.sol", "IPasTimelockHelper", "pas"),
            "TimelockHelper"
        );
    }
}
