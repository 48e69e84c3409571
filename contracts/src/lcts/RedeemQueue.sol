// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../interfaces/IHaloController.sol";
import {IHaloShareToken} from "../interfaces/IHaloShareToken.sol";
import {LctsQueueBase} from "./LctsQueueBase.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title RedeemQueue — unit shares in, deposit asset out
/// @notice LCTS queue whose underlying is the unit's share token and whose reward is the deposit asset.
///         Settlement burns the converted shares and has the class controller pay
///         `converted · exchangeRate / 1e18` deposit asset, rounded down, from the class ALMProxy to this queue
///         (rate-limited) for the generation to claim. `capacity` is not enforced here: redemptions are never
///         capped at deposit time, only by the settlement capacity and the controller's rate limit.
contract RedeemQueue is LctsQueueBase {
    /// @inheritdoc LctsQueueBase
    function underlyingAsset() public view override returns (address) {
        return shareToken;
    }

    /// @inheritdoc LctsQueueBase
    function rewardAsset() public view override returns (address) {
        return depositAsset;
    }

    function _conversionRoom() internal pure override returns (uint256) {
        return type(uint256).max;
    }

    /// @dev Deposit asset paid for `converted` shares; rounded down (the unit never overpays a redemption).
    function _quoteReward(uint256 converted) internal view override returns (uint256) {
        return Math.mulDiv(converted, IHaloShareToken(shareToken).exchangeRate(), RATE_UNIT);
    }

    function _executeConversion(uint256 converted, uint256 reward) internal override {
        IHaloShareToken(shareToken).burn(converted);
        if (reward == 0) return;

        IERC20 asset = IERC20(depositAsset);
        uint256 balanceBefore = asset.balanceOf(address(this));
        IHaloController(controller).sendToUnit(address(asset), reward);
        uint256 received = _increase(balanceBefore, asset.balanceOf(address(this)));
        if (received != reward) revert LctsQueue_TransferMismatch(address(asset), reward, received);
    }
}
