// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title LCTS queue — generation-based, pro-rata conversion queue (SubscribeQueue / RedeemQueue)
/// @notice Depositors join the *current generation* of a queue with the queue's underlying token. Once a day the
///         `lpha-lcts` beacon locks the queue and settles it with a conversion capacity: the converted underlying
///         leaves the queue and the reward token it buys is credited to every share of the generation pro rata,
///         through a `rewardPerToken` accumulator. Nobody is first in line; every operation is O(1) in the
///         number of depositors.
///
///         A Portfolio Halo Unit has two queues that run the same state machine with the assets swapped:
///         - SubscribeQueue: underlying = deposit asset (e.g. sUSDS), reward = the unit's share token;
///         - RedeemQueue:    underlying = the unit's share token,     reward = deposit asset.
///
///         Queue states (`queueState()`) and generation states (`generation(id).state`):
///         ```
///         DORMANT --first deposit--> ACTIVE --lock--> LOCKED --settle--> ACTIVE      (underlying left)
///                                                            \--settle--> FINALIZED, queue DORMANT (drained)
///         ACTIVE --last depositor exits--> FINALIZED, queue DORMANT
///         ```
///         Rounding always favours the queue: shares, rewards and exit amounts are rounded down, so the queue's
///         balances always cover what it owes (see docs/lcts.md, "Rounding policy").
///
///         Roles: DEFAULT_ADMIN_ROLE (governance) sets `capacity` and `minDeposit` and manages roles;
///         BEACON_ROLE (`lpha-lcts`) locks and settles.
interface ILctsQueue {
    /// @notice Everything a queue clone needs, given by the factory in the transaction that creates it.
    struct QueueConfig {
        address admin; // DEFAULT_ADMIN_ROLE: governance (the PAS Timelock)
        address beacon; // BEACON role: lpha-lcts (lock / settle)
        address depositAsset; // e.g. sUSDS
        address shareToken; // the unit's share token
        address controller; // the class's HaloController (settlement flows go through it, rate-limited)
        uint256 capacity; // cap on the unit's outstanding deposit-asset value (subscribe side), 0 = none
        uint256 minDeposit; // smallest deposit accepted
    }

    /// @notice Life cycle of one generation. `NONE` is the state of an id that was never opened.
    enum GenerationState {
        NONE,
        ACTIVE,
        LOCKED,
        FINALIZED
    }

    /// @notice The queue as a whole: DORMANT when there is no current generation, else the current one's state.
    enum QueueState {
        DORMANT,
        ACTIVE,
        LOCKED
    }

    /// @notice One generation. While current, every field moves; once FINALIZED nothing ever changes again and
    ///         `rewardPerToken` is the generation's final reward per share (`finalRewardPerToken`).
    struct Generation {
        GenerationState state;
        uint256 totalShares; // shares of the depositors still in the generation
        uint256 totalUnderlying; // underlying not converted yet (0 once FINALIZED)
        uint256 rewardPerToken; // reward per share, scaled by 1e18, only ever increases
    }

    /// @notice A depositor's single position in this queue (not transferable). `generation == 0` = no position.
    ///         The spec's `{gen, shares, rewardDebt}`, with `generation` and `rewardDebt` packed into one storage
    ///         slot: a newcomer's deposit writes two fresh slots instead of three (about 20k gas).
    struct Position {
        uint64 generation;
        uint192 rewardDebt; // the generation's rewardPerToken when the position last collected its reward
        uint256 shares;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------------------------------

    /// @notice A new generation became current (the queue left DORMANT).
    event GenerationOpened(uint256 indexed generation);
    /// @notice `user` deposited `amount` of underlying into `generation` and received `shares`.
    event Deposited(address indexed user, uint256 indexed generation, uint256 amount, uint256 shares);
    /// @notice `user` was paid `amount` of reward from `generation`.
    event RewardPaid(address indexed user, uint256 indexed generation, uint256 amount);
    /// @notice `user` left the current generation, burning `shares` and taking back `underlying`.
    event Exited(address indexed user, uint256 indexed generation, uint256 shares, uint256 underlying);
    /// @notice `user`'s position in the finalized `generation` was closed (its reward paid with `RewardPaid`).
    event PositionSettled(address indexed user, uint256 indexed generation);
    /// @notice The beacon locked `generation`: no deposit, claim or exit until it is settled.
    event Locked(uint256 indexed generation);
    /// @notice The beacon settled `generation`: `converted` underlying bought `reward`, the accumulator moved to
    ///         `rewardPerToken`, and `remainingUnderlying` waits for the next settlement.
    event Settled(
        uint256 indexed generation,
        uint256 conversionCapacity,
        uint256 converted,
        uint256 reward,
        uint256 rewardPerToken,
        uint256 remainingUnderlying
    );
    /// @notice `generation` has no underlying left and is frozen with `finalRewardPerToken`; the queue is DORMANT.
    event GenerationFinalized(uint256 indexed generation, uint256 finalRewardPerToken);
    /// @notice Governance changed the subscription capacity.
    event CapacitySet(uint256 oldCapacity, uint256 newCapacity);
    /// @notice Governance changed the smallest accepted deposit.
    event MinDepositSet(uint256 oldMinDeposit, uint256 newMinDeposit);

    // ---------------------------------------------------------------------------------------------------------
    // Errors
    // ---------------------------------------------------------------------------------------------------------

    /// @notice A configuration address is zero; `what` names the field.
    error LctsQueue_ZeroAddress(string what);
    /// @notice `amount` is below `minDeposit` (or zero).
    error LctsQueue_DepositTooSmall(uint256 amount, uint256 minDeposit);
    /// @notice The operation needs the queue in `expected` but it is in `actual`.
    error LctsQueue_WrongState(QueueState expected, QueueState actual);
    /// @notice The current generation is LOCKED until the beacon settles it.
    error LctsQueue_Locked(uint256 generation);
    /// @notice `user` has no position in this queue.
    error LctsQueue_NoPosition(address user);
    /// @notice `user` has no position in a finalized generation.
    error LctsQueue_NoFinalizedPosition(address user);
    /// @notice SubscribeQueue: the deposit would raise the unit's outstanding deposit-asset value to
    ///         `outstanding`, above `capacity`.
    error LctsQueue_CapacityExceeded(uint256 outstanding, uint256 capacity);
    /// @notice A token moved a different amount than asked (fee-on-transfer or otherwise non-standard token).
    error LctsQueue_TransferMismatch(address token, uint256 expected, uint256 actual);

    // ---------------------------------------------------------------------------------------------------------
    // Initialisation
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Initialise a fresh clone. Grants DEFAULT_ADMIN_ROLE to `config.admin` and BEACON_ROLE to
    ///         `config.beacon`. Reverts with `LctsQueue_ZeroAddress` when any address is zero.
    function initialize(QueueConfig calldata config) external;

    // ---------------------------------------------------------------------------------------------------------
    // Depositors
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Join (or add to a position in) the current generation with `amount` of underlying.
    ///         Not while LOCKED. A position left in a finalized generation is settled first; a DORMANT queue
    ///         opens a new generation; pending rewards of an existing position are paid. Shares minted:
    ///         `amount` for the first depositor of a generation, else `amount · totalShares / totalUnderlying`
    ///         rounded down — never less than `amount`, since a generation's `totalUnderlying` never exceeds its
    ///         `totalShares` (settlements only lower the underlying; roundings only raise the shares). The queue
    ///         pulls exactly
    ///         `amount` (the caller approves the queue) and reverts on any shortfall.
    /// @return shares The shares added to the caller's position.
    function deposit(uint256 amount) external returns (uint256 shares);

    /// @notice Collect the reward earned so far: `shares · (rewardPerToken − rewardDebt) / 1e18`, rounded down.
    ///         On the current generation only while it is ACTIVE. A position in a finalized generation is
    ///         settled instead (as `settleFinalized`), whatever the state of the current generation.
    /// @return reward The amount paid.
    function claim() external returns (uint256 reward);

    /// @notice Leave the current generation: collect pending rewards and take back
    ///         `shares · totalUnderlying / totalShares` (rounded down) of underlying; the whole position is closed
    ///         (no partial exit). ACTIVE only. A position in a finalized generation is settled instead.
    /// @return reward The reward paid.
    /// @return underlying The underlying returned.
    function claimAndExit() external returns (uint256 reward, uint256 underlying);

    /// @notice Close the caller's position in a FINALIZED generation: pay
    ///         `shares · (finalRewardPerToken − rewardDebt) / 1e18` and clear it. Never blocked by the state of
    ///         the current generation. Reverts with `LctsQueue_NoFinalizedPosition` otherwise.
    /// @return reward The amount paid.
    function settleFinalized() external returns (uint256 reward);

    // ---------------------------------------------------------------------------------------------------------
    // Beacon (BEACON_ROLE)
    // ---------------------------------------------------------------------------------------------------------

    /// @notice ACTIVE → LOCKED, freezing the current generation for settlement. No-op when DORMANT; reverts with
    ///         `LctsQueue_Locked` when already LOCKED.
    function lock() external;

    /// @notice Settle the LOCKED generation with `conversionCapacity` underlying units:
    ///         `convert = min(conversionCapacity, totalUnderlying)` is converted through the class controller at
    ///         the unit's current exchange rate, `rewardPerToken += reward · 1e18 / totalShares` (rounded down),
    ///         `totalUnderlying −= convert`.
    ///         Drained → the generation is FINALIZED and the queue DORMANT; else back to ACTIVE. Zero capacity
    ///         just unlocks. Reverts with the controller's error when the settlement exceeds its rate limit.
    /// @return converted The underlying converted.
    /// @return reward The reward received for it.
    function settle(uint256 conversionCapacity) external returns (uint256 converted, uint256 reward);

    // ---------------------------------------------------------------------------------------------------------
    // Governance (DEFAULT_ADMIN_ROLE)
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Set the subscription capacity (see `capacity()`); 0 = no cap. Lowering it never touches existing
    ///         deposits, it only refuses new ones.
    function setCapacity(uint256 newCapacity) external;

    /// @notice Set the smallest accepted deposit.
    function setMinDeposit(uint256 newMinDeposit) external;

    // ---------------------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------------------

    /// @notice keccak256("BEACON_ROLE"): the `lpha-lcts` beacon.
    function BEACON_ROLE() external view returns (bytes32);

    /// @notice The token depositors bring (SubscribeQueue: deposit asset; RedeemQueue: share token).
    function underlyingAsset() external view returns (address);

    /// @notice The token the conversion pays (SubscribeQueue: share token; RedeemQueue: deposit asset).
    function rewardAsset() external view returns (address);

    function depositAsset() external view returns (address);
    function shareToken() external view returns (address);
    function controller() external view returns (address);

    /// @notice SubscribeQueue: the cap on the unit's outstanding deposit-asset value — underlying waiting in the
    ///         subscribe queue plus the value of every share already issued (`totalSupply · exchangeRate / 1e18`,
    ///         rounded up) — that a deposit may not push above; 0 = no cap. RedeemQueue: stored, not enforced
    ///         (redemptions are never capped).
    function capacity() external view returns (uint256);

    function minDeposit() external view returns (uint256);

    /// @notice DORMANT, or the state of the current generation.
    function queueState() external view returns (QueueState);

    /// @notice The current generation's id, 0 when DORMANT.
    function currentGeneration() external view returns (uint256);

    /// @notice The id the most recent generation was opened with (ids start at 1).
    function lastGeneration() external view returns (uint256);

    function generation(uint256 id) external view returns (Generation memory);

    function positionOf(address user) external view returns (Position memory);

    /// @notice Reward `user` could collect now (current or finalized generation).
    function pendingReward(address user) external view returns (uint256);

    /// @notice Underlying `user` would take back by exiting now (0 for a finalized position).
    function underlyingOf(address user) external view returns (uint256);
}
