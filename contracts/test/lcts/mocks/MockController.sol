// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @notice Stand-in for the class HaloController: only the two unit flows the LCTS queues use. Tokens really
///         move between the calling unit and `proxy` (which approves this mock), and an optional per-call limit
///         per asset makes a too-large settlement revert like an exhausted rate limit.
contract MockController {
    using SafeERC20 for IERC20;

    error MockController_RateLimitExceeded(address asset, uint256 amount, uint256 limit);

    address public immutable proxy;
    mapping(address asset => uint256) public inflowLimit;
    mapping(address asset => uint256) public outflowLimit;
    mapping(address asset => bool) public limited;

    uint256 public inflowCalls;
    uint256 public outflowCalls;

    constructor(address proxy_) {
        proxy = proxy_;
    }

    function setLimits(address asset, uint256 inflow, uint256 outflow) external {
        limited[asset] = true;
        inflowLimit[asset] = inflow;
        outflowLimit[asset] = outflow;
    }

    function receiveFromUnit(address asset, uint256 amount) external {
        if (limited[asset] && amount > inflowLimit[asset]) {
            revert MockController_RateLimitExceeded(asset, amount, inflowLimit[asset]);
        }
        inflowCalls++;
        IERC20(asset).safeTransferFrom(msg.sender, proxy, amount);
    }

    function sendToUnit(address asset, uint256 amount) external {
        if (limited[asset] && amount > outflowLimit[asset]) {
            revert MockController_RateLimitExceeded(asset, amount, outflowLimit[asset]);
        }
        outflowCalls++;
        IERC20(asset).safeTransferFrom(proxy, msg.sender, amount);
    }
}
