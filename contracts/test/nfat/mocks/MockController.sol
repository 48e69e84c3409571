// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @dev Minimal stand-in for the HaloController's unit surface: moves real tokens between the calling unit
///      contract and a "proxy" address (which must have approved this mock), with optional remaining limits.
///      Only registered units may call, like the real controller's UNIT role.
contract MockController {
    error MockController_NotUnit(address caller);
    error MockController_RateLimited(string flow, uint256 amount, uint256 remaining);

    address public immutable proxy;
    mapping(address unit => bool registered) public isUnit;
    uint256 public inflowRemaining = type(uint256).max;
    uint256 public outflowRemaining = type(uint256).max;
    uint256 public totalIn;
    uint256 public totalOut;

    constructor(address proxy_) {
        proxy = proxy_;
    }

    function registerUnit(address unit) external {
        isUnit[unit] = true;
    }

    function setLimits(uint256 inflow, uint256 outflow) external {
        inflowRemaining = inflow;
        outflowRemaining = outflow;
    }

    function receiveFromUnit(address asset, uint256 amount) external {
        if (!isUnit[msg.sender]) revert MockController_NotUnit(msg.sender);
        if (amount > inflowRemaining) revert MockController_RateLimited("inflow", amount, inflowRemaining);
        if (inflowRemaining != type(uint256).max) inflowRemaining -= amount;
        totalIn += amount;
        IERC20(asset).transferFrom(msg.sender, proxy, amount);
    }

    function sendToUnit(address asset, uint256 amount) external {
        if (!isUnit[msg.sender]) revert MockController_NotUnit(msg.sender);
        if (amount > outflowRemaining) revert MockController_RateLimited("outflow", amount, outflowRemaining);
        if (outflowRemaining != type(uint256).max) outflowRemaining -= amount;
        totalOut += amount;
        IERC20(asset).transferFrom(proxy, msg.sender, amount);
    }
}

/// @dev A broken controller that takes less than asked, to prove the unit contracts check what actually moved.
contract ShortchangingController {
    address public immutable proxy;

    constructor(address proxy_) {
        proxy = proxy_;
    }

    function receiveFromUnit(address asset, uint256 amount) external {
        IERC20(asset).transferFrom(msg.sender, proxy, amount - 1);
    }

    function sendToUnit(address asset, uint256 amount) external {
        IERC20(asset).transferFrom(proxy, msg.sender, amount - 1);
    }
}
