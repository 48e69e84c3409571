// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BenchScript} from "./BenchScript.sol";

/// @title FactoryLaunch — the launch through the HaloFactory (templates already approved by `BenchSystem`)
/// @notice `deploy()` on day 0: deployClass ×2 and deployUnit ×2 (the factory schedules both addCBeam batches).
///         `flow()`: the first capital flow at Day-0 limits, right away. `execute()` after the 14-day delay: anyone
///         executes the two addCBeam batches; the Core Council grants GovOps on both classes.
contract FactoryLaunch is BenchScript {
    function deploy() external {
        Launch memory l = _factoryDeploy(_system());
        _save("factory.hex", abi.encode(l));
        address[] memory a = _launchAddresses(l);
        string memory list = "[";
        for (uint256 i = 0; i < a.length - 1; ++i) {
            // The last entry is the manual path's recorder: the factory records deals itself.
            list = string.concat(list, i == 0 ? "" : ",", '"', vm.toString(a[i]), '"');
        }
        vm.writeFile(string.concat(DIR, "factory.json"), string.concat('{"contracts":', list, "]}"));
    }

    function flow() external {
        _firstCapitalFlow(_system(), _launch("factory.hex"));
    }

    function execute() external {
        _factoryExecute(_system(), _launch("factory.hex"));
    }
}
