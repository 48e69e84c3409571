// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../interfaces/IHaloController.sol";
import {IHaloShareToken} from "../interfaces/IHaloShareToken.sol";
import {LctsQueueBase} from "./LctsQueueBase.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title SubscribeQueue — deposit asset in, unit shares out
/// @notice LCTS queue whose underlying is the unit's deposit asset (e.g. sUSDS) and whose reward is the unit's
///         share token. Settlement sends the converted deposit asset to the class ALMProxy through the class
///         controller (rate-limited) and has the share token mint `converted · 1e18 / exchangeRate` shares,
///         rounded down, to this queue for the generation to claim.
contract SubscribeQueue is LctsQueueBase {
    using SafeERC20 for IERC20;

    /// @inheritdoc LctsQueueBase
    function underlyingAsset() public view override returns (address) {
        return depositAsset;
    }

    /// @inheritdoc LctsQueueBase
    function rewardAsset() public view override returns (address) {
        return shareToken;
    }

    /// @dev Capacity caps the unit's outstanding deposit-asset value, i.e. the value of every share issued, rounded
    ///      up so the cap is never overshot by rounding. It is applied here, when a settlement converts, and not at
    ///      deposit (A-05): the room left is shared pro rata by the whole generation, so holding queue space buys
    ///      no priority and keeps nobody out. A conversion of `c ≤ room` mints `⌊c · 1e18 / rate⌋` shares worth at
    ///      most `c`, so the issued value afterwards stays ≤ capacity.
    function _conversionRoom() internal view override returns (uint256) {
        uint256 cap = capacity;
        if (cap == 0) return type(uint256).max;

        IHaloShareToken token = IHaloShareToken(shareToken);
        uint256 issuedValue = Math.mulDiv(token.totalSupply(), token.exchangeRate(), RATE_UNIT, Math.Rounding.Ceil);
        return cap > issuedValue ? cap - issuedValue : 0;
    }

    /// @dev Shares bought by `converted` deposit asset; rounded down (the unit never issues unbacked shares).
    function _quoteReward(uint256 converted) internal view override returns (uint256) {
        return Math.mulDiv(converted, RATE_UNIT, IHaloShareToken(shareToken).exchangeRate());
    }

    function _executeConversion(uint256 converted, uint256 reward) internal override {
        IERC20 asset = IERC20(depositAsset);
        uint256 balanceBefore = asset.balanceOf(address(this));
        asset.forceApprove(controller, converted);
        IHaloController(controller).receiveFromUnit(address(asset), converted);
        uint256 balanceAfter = asset.balanceOf(address(this));
        uint256 sent = balanceBefore > balanceAfter ? balanceBefore - balanceAfter : 0;
        if (sent != converted) revert LctsQueue_TransferMismatch(address(asset), converted, sent);

        if (reward != 0) IHaloShareToken(shareToken).mint(address(this), reward);
    }
}
