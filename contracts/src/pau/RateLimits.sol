// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IRateLimits} from "../interfaces/IRateLimits.sol";
import {
    AccessControlEnumerableUpgradeable
} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlEnumerableUpgradeable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title RateLimits — linearly replenishing limits keyed by bytes32 (one per PAU)
/// @dev Deployed as an ERC-1167 clone. `type(uint256).max` as `maxAmount` means unlimited and is never decreased.
///      A key whose `maxAmount` is zero can never move anything, so triggers on it leave storage untouched: this
///      keeps a never-configured key seedable by the factory whatever the controller does.
contract RateLimits is IRateLimits, AccessControlEnumerableUpgradeable {
    uint256 private constant UNLIMITED = type(uint256).max;

    /// @inheritdoc IRateLimits
    bytes32 public constant CONTROLLER = keccak256("CONTROLLER");

    /// @inheritdoc IRateLimits
    address public factory;

    mapping(bytes32 key => RateLimitData data) private _data;

    modifier nonZeroKey(bytes32 key) {
        if (key == bytes32(0)) revert RateLimits_ZeroKey();
        _;
    }

    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IRateLimits
    /// @dev `factory_` may be zero for a PAU deployed by hand: nobody can then seed keys, only the admin sets data.
    function initialize(address admin, address controller, address factory_) external initializer {
        if (admin == address(0)) revert RateLimits_ZeroAddress("admin");
        if (controller == address(0)) revert RateLimits_ZeroAddress("controller");
        __AccessControlEnumerable_init();
        factory = factory_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(CONTROLLER, controller);
    }

    // ---- admin ----

    /// @inheritdoc IRateLimits
    function setRateLimitData(bytes32 key, uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        nonZeroKey(key)
    {
        if (lastAmount > maxAmount) revert RateLimits_LastAmountTooHigh(key, lastAmount, maxAmount);
        if (lastUpdated > block.timestamp) {
            revert RateLimits_LastUpdatedInFuture(key, lastUpdated, block.timestamp);
        }
        _store(key, maxAmount, slope, lastAmount, lastUpdated);
    }

    /// @inheritdoc IRateLimits
    /// @dev Keeping what was spent is what makes SORL meaningful: if re-setting a limit refilled it, GovOps could
    ///      spend it, "change" it to the same values and spend it again at once.
    function setRateLimitData(bytes32 key, uint256 maxAmount, uint256 slope)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        nonZeroKey(key)
    {
        uint256 lastAmount = isConfigured(key) ? Math.min(getCurrentRateLimit(key), maxAmount) : maxAmount;
        _store(key, maxAmount, slope, lastAmount, block.timestamp);
    }

    /// @inheritdoc IRateLimits
    function setUnlimitedRateLimitData(bytes32 key) external onlyRole(DEFAULT_ADMIN_ROLE) nonZeroKey(key) {
        _store(key, UNLIMITED, 0, UNLIMITED, block.timestamp);
    }

    // ---- factory ----

    /// @inheritdoc IRateLimits
    function setInitialRateLimitData(bytes32 key, uint256 maxAmount, uint256 slope) external nonZeroKey(key) {
        if (msg.sender != factory || factory == address(0)) revert RateLimits_NotFactory(msg.sender);
        if (isConfigured(key)) revert RateLimits_AlreadyConfigured(key);
        _store(key, maxAmount, slope, maxAmount, block.timestamp);
    }

    // ---- controller ----

    /// @inheritdoc IRateLimits
    function triggerRateLimitDecrease(bytes32 key, uint256 amount)
        external
        onlyRole(CONTROLLER)
        nonZeroKey(key)
        returns (uint256 newLimit)
    {
        RateLimitData storage d = _data[key];
        if (d.maxAmount == UNLIMITED) {
            emit RateLimitDecreaseTriggered(key, amount, UNLIMITED, UNLIMITED);
            return UNLIMITED;
        }
        uint256 available = getCurrentRateLimit(key);
        if (amount > available) revert RateLimits_RateLimitExceeded(key, amount, available);
        newLimit = available - amount;
        // maxAmount == 0 implies available == 0, so only a zero amount gets here: nothing to record.
        if (d.maxAmount != 0) {
            d.lastAmount = newLimit;
            d.lastUpdated = block.timestamp;
        }
        emit RateLimitDecreaseTriggered(key, amount, available, newLimit);
    }

    /// @inheritdoc IRateLimits
    function triggerRateLimitIncrease(bytes32 key, uint256 amount)
        external
        onlyRole(CONTROLLER)
        nonZeroKey(key)
        returns (uint256 newLimit)
    {
        RateLimitData storage d = _data[key];
        if (d.maxAmount == UNLIMITED) {
            emit RateLimitIncreaseTriggered(key, amount, UNLIMITED, UNLIMITED);
            return UNLIMITED;
        }
        uint256 available = getCurrentRateLimit(key);
        newLimit = Math.min(Math.saturatingAdd(available, amount), d.maxAmount);
        if (d.maxAmount != 0) {
            d.lastAmount = newLimit;
            d.lastUpdated = block.timestamp;
        }
        emit RateLimitIncreaseTriggered(key, amount, available, newLimit);
    }

    // ---- views ----

    /// @inheritdoc IRateLimits
    function getRateLimitData(bytes32 key) external view returns (RateLimitData memory) {
        return _data[key];
    }

    /// @inheritdoc IRateLimits
    /// @dev `slope * elapsed` and the sum saturate instead of overflowing: a huge slope or a long idle period
    ///      must yield a full limit, never a revert that would brick every flow on the key.
    function getCurrentRateLimit(bytes32 key) public view returns (uint256) {
        RateLimitData storage d = _data[key];
        uint256 maxAmount = d.maxAmount;
        if (maxAmount == UNLIMITED) return UNLIMITED;
        uint256 refill = Math.saturatingMul(d.slope, block.timestamp - d.lastUpdated);
        return Math.min(Math.saturatingAdd(d.lastAmount, refill), maxAmount);
    }

    /// @inheritdoc IRateLimits
    function isConfigured(bytes32 key) public view returns (bool) {
        RateLimitData storage d = _data[key];
        return d.maxAmount != 0 || d.lastUpdated != 0;
    }

    /// @notice ERC-165: also advertises `IRateLimits`, so a factory can check a template's components.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IRateLimits).interfaceId || super.supportsInterface(interfaceId);
    }

    function _store(bytes32 key, uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated) private {
        _data[key] = RateLimitData(maxAmount, slope, lastAmount, lastUpdated);
        emit RateLimitDataSet(key, maxAmount, slope, lastAmount, lastUpdated);
    }
}
