// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

/// @title RateLimits — linearly replenishing limits keyed by bytes32
/// @notice Every capital movement of a PAU is bounded by a rate limit. For a key with data
///         `{maxAmount, slope, lastAmount, lastUpdated}` the limit available now is
///         `min(lastAmount + slope * (block.timestamp - lastUpdated), maxAmount)`. A `maxAmount` of
///         `type(uint256).max` means unlimited. A key that was never set has a limit of zero: an
///         un-configured flow cannot move anything.
/// @dev Roles: DEFAULT_ADMIN (the Configurator) sets data; CONTROLLER (the class's HaloController) spends
///      (decrease) and refills (increase). The factory that initialised the clone may set the Day-0 data of
///      keys that were never configured (`setInitialRateLimitData`), and nothing else.
interface IRateLimits is IAccessControlEnumerable {
    struct RateLimitData {
        uint256 maxAmount;
        uint256 slope; // amount per second
        uint256 lastAmount;
        uint256 lastUpdated;
    }

    /// @notice The data of `key` was set (by the admin or, for a fresh key, by the factory).
    event RateLimitDataSet(
        bytes32 indexed key, uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated
    );
    /// @notice The CONTROLLER spent `amount` of the limit of `key`.
    event RateLimitDecreaseTriggered(bytes32 indexed key, uint256 amount, uint256 oldRateLimit, uint256 newRateLimit);
    /// @notice The CONTROLLER gave back `amount` to the limit of `key` (a reverse flow).
    event RateLimitIncreaseTriggered(bytes32 indexed key, uint256 amount, uint256 oldRateLimit, uint256 newRateLimit);

    error RateLimits_ZeroKey();
    error RateLimits_ZeroAddress(string what);
    error RateLimits_LastAmountTooHigh(bytes32 key, uint256 lastAmount, uint256 maxAmount);
    error RateLimits_LastUpdatedInFuture(bytes32 key, uint256 lastUpdated, uint256 nowTimestamp);
    error RateLimits_RateLimitExceeded(bytes32 key, uint256 amount, uint256 available);
    error RateLimits_NotFactory(address caller);
    error RateLimits_AlreadyConfigured(bytes32 key);

    function CONTROLLER() external view returns (bytes32);

    /// @notice The factory that initialised this clone (may only seed never-configured keys).
    function factory() external view returns (address);

    /// @notice Initialise a fresh clone.
    /// @param admin DEFAULT_ADMIN (the Configurator).
    /// @param controller CONTROLLER (the class's HaloController).
    /// @param factory_ The Halo Factory, allowed to seed Day-0 data of fresh keys.
    function initialize(address admin, address controller, address factory_) external;

    /// @notice Set every field of `key`'s data. Admin only.
    function setRateLimitData(bytes32 key, uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated)
        external;

    /// @notice Set `maxAmount` and `slope` of `key`. Admin only. For a fresh key the limit starts full
    ///         (`lastAmount = maxAmount`); for a configured key what was already spent stays spent
    ///         (`lastAmount = min(current limit, maxAmount)`), so lowering and raising a limit never refills it.
    function setRateLimitData(bytes32 key, uint256 maxAmount, uint256 slope) external;

    /// @notice Make `key` unlimited. Admin only.
    function setUnlimitedRateLimitData(bytes32 key) external;

    /// @notice Seed the Day-0 data of a key that was never configured; the limit starts full.
    ///         Factory only; reverts `RateLimits_AlreadyConfigured` for a key that has data.
    function setInitialRateLimitData(bytes32 key, uint256 maxAmount, uint256 slope) external;

    /// @notice The stored data of `key`.
    function getRateLimitData(bytes32 key) external view returns (RateLimitData memory);

    /// @notice The limit available now for `key` (see the formula above).
    function getCurrentRateLimit(bytes32 key) external view returns (uint256);

    /// @notice Whether `key` has ever been given data (`maxAmount != 0 || lastUpdated != 0`). A key that is not
    ///         configured starts full when first set and is the only kind the factory may seed.
    function isConfigured(bytes32 key) external view returns (bool);

    /// @notice Spend `amount` of `key`'s limit. CONTROLLER only; reverts `RateLimits_RateLimitExceeded`.
    /// @return newLimit The limit left after spending (unchanged for an unlimited key).
    function triggerRateLimitDecrease(bytes32 key, uint256 amount) external returns (uint256 newLimit);

    /// @notice Give back `amount` to `key`'s limit, capped at `maxAmount`. CONTROLLER only.
    /// @return newLimit The limit after the refill.
    function triggerRateLimitIncrease(bytes32 key, uint256 amount) external returns (uint256 newLimit);
}
