// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {MockERC20} from "./MockERC20.sol";

/// @notice Hostile deposit asset: on every transfer it calls `target` with `callData` (e.g. the queue's
///         `claimAndExit`) before moving the tokens, the way an ERC-777 hook would. It records whether the
///         re-entry succeeded and the revert data if it did not, so a test can see the guard at work.
contract ReentrantERC20 is MockERC20 {
    address public target;
    bytes public callData;
    bool public armed;
    bool public reentrySucceeded;
    bytes public reentryRevertData;

    constructor() MockERC20("Reentrant Token", "REE", 18) {}

    function arm(address target_, bytes calldata callData_) external {
        target = target_;
        callData = callData_;
        armed = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (armed && from != address(0) && to != address(0)) {
            armed = false; // one shot, so the hook cannot recurse into itself
            (bool ok, bytes memory data) = target.call(callData);
            reentrySucceeded = ok;
            reentryRevertData = data;
        }
        super._update(from, to, value);
    }
}
