// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Halo unit share token (LCTS Portfolio units)
/// @notice The ERC-20 an investor holds for a Portfolio Halo Unit (18 decimals). Supply moves only through the
///         unit's LCTS queues: the SubscribeQueue mints at settlement, the RedeemQueue burns what it converts.
///         `exchangeRate()` prices a share: underlying (in the deposit asset's decimals) per 1e18 shares.
///
///         Exchange-rate rule ("instant decrease, constrained increase"), applied by the `lpha-lcts` beacon at
///         settlement:
///         - a decrease (haircut) takes effect at once, by any amount (never to zero);
///         - an increase is at most `maxRateIncreaseBps` over the current rate, and at most one increase per
///           settlement day: two increases must be at least `MIN_INCREASE_INTERVAL` (20 h) apart. Decreases do
///           not reset that clock.
///
///         Roles: DEFAULT_ADMIN_ROLE (governance) manages roles and `maxRateIncreaseBps`; BEACON_ROLE
///         (`lpha-lcts`) updates the rate. The minter and the burner are fixed at initialisation and cannot be
///         changed by anyone.
interface IHaloShareToken is IERC20 {
    struct TokenConfig {
        string name;
        string symbol;
        address admin; // DEFAULT_ADMIN_ROLE: governance (the PAS Timelock)
        address beacon; // lpha-lcts: updates the exchange rate within bounds
        address subscribeQueue; // the only minter
        address redeemQueue; // the only burner
        uint256 initialExchangeRate; // underlying per 1e18 shares
        uint256 maxRateIncreaseBps; // largest increase per update
    }

    /// @notice The beacon moved the exchange rate from `oldRate` to `newRate`.
    event ExchangeRateUpdated(uint256 oldRate, uint256 newRate);
    /// @notice Governance changed the bound on a single increase.
    event MaxRateIncreaseBpsSet(uint256 oldBps, uint256 newBps);

    /// @notice A configuration address is zero; `what` names the field.
    error ShareToken_ZeroAddress(string what);
    /// @notice `caller` is not the unit's SubscribeQueue (the only minter).
    error ShareToken_NotSubscribeQueue(address caller);
    /// @notice `caller` is not the unit's RedeemQueue (the only burner).
    error ShareToken_NotRedeemQueue(address caller);
    /// @notice An exchange rate of zero would make every share worthless and every subscription infinite.
    error ShareToken_ZeroExchangeRate();
    /// @notice `bps` exceeds `MAX_RATE_INCREASE_BPS_LIMIT`.
    error ShareToken_MaxRateIncreaseTooHigh(uint256 bps, uint256 limit);
    /// @notice The increase to `newRate` exceeds `maxRate`, the most one update may reach.
    error ShareToken_RateIncreaseTooLarge(uint256 newRate, uint256 maxRate);
    /// @notice The previous increase was too recent; the next one is allowed from `nextIncreaseAt`.
    error ShareToken_RateIncreaseTooSoon(uint256 nextIncreaseAt);

    /// @notice Initialise a fresh clone: name, symbol, roles, queues, initial rate and increase bound.
    function initialize(TokenConfig calldata config) external;

    /// @notice Underlying (in the deposit asset's decimals) per 1e18 shares. Never zero.
    function exchangeRate() external view returns (uint256);

    /// @notice Mint `amount` shares to `to`. SubscribeQueue only (at settlement, to itself).
    function mint(address to, uint256 amount) external;

    /// @notice Burn `amount` of the caller's own shares. RedeemQueue only (at settlement).
    function burn(uint256 amount) external;

    /// @notice Move the exchange rate (see the rule above). BEACON_ROLE only.
    function updateExchangeRate(uint256 newRate) external;

    /// @notice Set the bound on a single increase, at most `MAX_RATE_INCREASE_BPS_LIMIT`. DEFAULT_ADMIN_ROLE only.
    function setMaxRateIncreaseBps(uint256 newBps) external;

    /// @notice keccak256("BEACON_ROLE"): the `lpha-lcts` beacon.
    function BEACON_ROLE() external view returns (bytes32);

    /// @notice Smallest gap between two rate increases: 20 hours, so one per daily settlement even when the
    ///         beacon's settlement time drifts by a few hours from one day to the next.
    function MIN_INCREASE_INTERVAL() external view returns (uint256);

    /// @notice Largest value `maxRateIncreaseBps` may take (10,000 bps: a rate may at most double per day).
    function MAX_RATE_INCREASE_BPS_LIMIT() external view returns (uint256);

    function subscribeQueue() external view returns (address);
    function redeemQueue() external view returns (address);
    function maxRateIncreaseBps() external view returns (uint256);

    /// @notice When the last increase took effect (0 before the first).
    function lastIncreaseAt() external view returns (uint256);
}
