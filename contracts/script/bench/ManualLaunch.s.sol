// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BenchScript} from "./BenchScript.sol";

/// @title ManualLaunch — the Phase 1–3 style launch, in three broadcast phases
/// @notice `deploy()` on day 0: every contract in its own transaction, every governance operation scheduled on
///         the PAS Timelock (one-call batches). `execute()` after the 14-day delay: every operation executed. `flow()`: the first capital
///         flow at Day-0 limits (it reverts before `execute()`: the units hold no UNIT role and no limit yet).
///         See `LaunchPaths` for what each operation is and why.
contract ManualLaunch is BenchScript {
    function deploy() external {
        _deploy(false, "manual");
    }

    function execute() external {
        _manualExecute(_system(), _launch("manual.hex"), false);
    }

    function flow() external {
        _firstCapitalFlow(_system(), _launch("manual.hex"));
    }

    /// @notice The variant: the same operations as one executive-spell batch (one scheduleBatch, one executeBatch).
    function deploySpell() external {
        _deploy(true, "manual-spell");
    }

    function executeSpell() external {
        _manualExecute(_system(), _launch("manual-spell.hex"), true);
    }

    function flowSpell() external {
        _firstCapitalFlow(_system(), _launch("manual-spell.hex"));
    }

    function _deploy(bool spell, string memory name) internal {
        (Launch memory l, Op[] memory ops) = _manualDeploy(_system(), spell);
        _save(string.concat(name, ".hex"), abi.encode(l));
        string memory kinds = "";
        for (uint256 i = 0; i < ops.length; ++i) {
            kinds = string.concat(kinds, i == 0 ? "" : ",", '"', ops[i].kind, '"');
        }
        string memory json =
            string.concat('{"contracts":', _addressList(_launchAddresses(l)), ',"operations":[', kinds, "]}");
        vm.writeFile(string.concat(DIR, name, ".json"), json);
    }

    function _addressList(address[] memory a) internal pure returns (string memory out) {
        out = "[";
        for (uint256 i = 0; i < a.length; ++i) {
            out = string.concat(out, i == 0 ? "" : ",", '"', vm.toString(a[i]), '"');
        }
        out = string.concat(out, "]");
    }
}
