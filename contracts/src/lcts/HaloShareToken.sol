// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloShareToken} from "../interfaces/IHaloShareToken.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title HaloShareToken — the ERC-20 share of a Portfolio Halo Unit
/// @notice Minted only by the unit's SubscribeQueue and burnt only by its RedeemQueue, both fixed for ever at
///         initialisation. Carries the unit's exchange rate, which the `lpha-lcts` beacon moves at settlement:
///         decreases at once, increases by at most `maxRateIncreaseBps` and at most once per `MIN_INCREASE_INTERVAL`.
contract HaloShareToken is IHaloShareToken, ERC20Upgradeable, AccessControlUpgradeable {
    /// @inheritdoc IHaloShareToken
    bytes32 public constant BEACON_ROLE = keccak256("BEACON_ROLE");
    /// @inheritdoc IHaloShareToken
    uint256 public constant MIN_INCREASE_INTERVAL = 20 hours;
    /// @inheritdoc IHaloShareToken
    uint256 public constant MAX_RATE_INCREASE_BPS_LIMIT = 10_000;

    uint256 private constant BPS = 10_000;

    // Two small values share the queues' slots (docs/gas.md): the initialiser writes one slot fewer and the first
    // increase writes a slot that is already non-zero. `_maxRateIncreaseBps` never exceeds
    // MAX_RATE_INCREASE_BPS_LIMIT (checked on every write) and `_lastIncreaseAt` is a block timestamp.

    /// @inheritdoc IHaloShareToken
    address public subscribeQueue;
    uint96 private _maxRateIncreaseBps;
    /// @inheritdoc IHaloShareToken
    address public redeemQueue;
    uint96 private _lastIncreaseAt;
    /// @inheritdoc IHaloShareToken
    uint256 public exchangeRate;

    /// @dev The implementation behind the clones can never be initialised by anyone.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IHaloShareToken
    function initialize(TokenConfig calldata config) external initializer {
        if (config.admin == address(0)) revert ShareToken_ZeroAddress("admin");
        if (config.beacon == address(0)) revert ShareToken_ZeroAddress("beacon");
        if (config.subscribeQueue == address(0)) revert ShareToken_ZeroAddress("subscribeQueue");
        if (config.redeemQueue == address(0)) revert ShareToken_ZeroAddress("redeemQueue");
        if (config.initialExchangeRate == 0) revert ShareToken_ZeroExchangeRate();
        _checkMaxRateIncreaseBps(config.maxRateIncreaseBps);

        __ERC20_init(config.name, config.symbol);
        __AccessControl_init();

        _grantRole(DEFAULT_ADMIN_ROLE, config.admin);
        _grantRole(BEACON_ROLE, config.beacon);
        subscribeQueue = config.subscribeQueue;
        redeemQueue = config.redeemQueue;
        exchangeRate = config.initialExchangeRate;
        _maxRateIncreaseBps = uint96(config.maxRateIncreaseBps); // ≤ 10,000: checked above
        emit ShareTokenInitialized(config);
        emit ExchangeRateUpdated(0, config.initialExchangeRate);
        emit MaxRateIncreaseBpsSet(0, config.maxRateIncreaseBps);
    }

    /// @inheritdoc IHaloShareToken
    function mint(address to, uint256 amount) external {
        if (msg.sender != subscribeQueue) revert ShareToken_NotSubscribeQueue(msg.sender);
        _mint(to, amount);
    }

    /// @inheritdoc IHaloShareToken
    function burn(uint256 amount) external {
        if (msg.sender != redeemQueue) revert ShareToken_NotRedeemQueue(msg.sender);
        _burn(msg.sender, amount);
    }

    /// @inheritdoc IHaloShareToken
    function updateExchangeRate(uint256 newRate) external onlyRole(BEACON_ROLE) {
        if (newRate == 0) revert ShareToken_ZeroExchangeRate();
        uint256 oldRate = exchangeRate;
        if (newRate > oldRate) {
            // The clock starts at the first increase: a fresh unit may be marked up on its first settlement day.
            // A validator's few seconds of timestamp leeway are immaterial against a 20-hour interval.
            uint256 last = _lastIncreaseAt;
            // forge-lint: disable-next-line(block-timestamp)
            if (last != 0 && block.timestamp < last + MIN_INCREASE_INTERVAL) {
                revert ShareToken_RateIncreaseTooSoon(last + MIN_INCREASE_INTERVAL);
            }
            uint256 maxRate = oldRate * (BPS + _maxRateIncreaseBps) / BPS;
            if (newRate > maxRate) revert ShareToken_RateIncreaseTooLarge(newRate, maxRate);
            _lastIncreaseAt = SafeCast.toUint96(block.timestamp);
        }
        exchangeRate = newRate;
        emit ExchangeRateUpdated(oldRate, newRate);
    }

    /// @inheritdoc IHaloShareToken
    function setMaxRateIncreaseBps(uint256 newBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _checkMaxRateIncreaseBps(newBps);
        emit MaxRateIncreaseBpsSet(_maxRateIncreaseBps, newBps);
        _maxRateIncreaseBps = uint96(newBps); // ≤ 10,000: checked above
    }

    /// @inheritdoc IHaloShareToken
    function maxRateIncreaseBps() external view returns (uint256) {
        return _maxRateIncreaseBps;
    }

    /// @inheritdoc IHaloShareToken
    function lastIncreaseAt() external view returns (uint256) {
        return _lastIncreaseAt;
    }

    /// @notice ERC-165: also advertises `IHaloShareToken` and `IERC20`, so a factory or the reconciler can check it.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IHaloShareToken).interfaceId || interfaceId == type(IERC20).interfaceId
            || super.supportsInterface(interfaceId);
    }

    function _checkMaxRateIncreaseBps(uint256 bps) private pure {
        if (bps > MAX_RATE_INCREASE_BPS_LIMIT) {
            revert ShareToken_MaxRateIncreaseTooHigh(bps, MAX_RATE_INCREASE_BPS_LIMIT);
        }
    }
}
