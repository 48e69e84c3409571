// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BenchScript} from "./BenchScript.sol";

/// @title BenchSystem — the Halo Factory system both launches run against (setup: counted by neither path)
/// @notice `deploy()` on day 0 (system + both templates proposed, approval scheduled), then after the delay
///         `approve()` (templates approved through the timelock, agent registered).
contract BenchSystem is BenchScript {
    function deploy() external {
        _save("system.hex", abi.encode(_systemDeploy()));
    }

    function approve() external {
        _systemApprove(_system());
    }
}
