// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../interfaces/ILctsQueue.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {
    ReentrancyGuardTransientUpgradeable
} from "@openzeppelin/contracts-upgradeable/utils/ReentrancyGuardTransientUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title LctsQueueBase — the generation engine shared by the SubscribeQueue and the RedeemQueue
/// @notice Implements the LCTS state machine once; a concrete queue only says which token is the underlying,
///         which is the reward, how much reward a conversion buys, and how the conversion moves the tokens.
/// @dev Accounting is the classic reward-per-share accumulator, scoped to a generation:
///      - a depositor's share of the generation's remaining underlying is `shares / totalShares`;
///      - a depositor's reward is `shares · (rewardPerToken − rewardDebt) / 1e36`;
///      so no operation ever loops over depositors. Every division rounds down, i.e. in the queue's favour: the
///      queue can only ever owe less than it holds, never more (docs/lcts.md, "Rounding policy").
///      Each state-changing entry point is `nonReentrant` and follows checks-effects-interactions: the books are
///      final before the first token moves.
///      Precision (P-01): partial settlements lower the underlying but not the shares, so shares per underlying
///      grow. When they reach `SCALE_FACTOR` the generation is rescaled (Liquity's stability-pool idea): its
///      shares are divided by `SCALE_FACTOR`, the finished scale's accumulator is frozen in `_scaleRewards` and a
///      new one starts at 0. Positions convert lazily: a position `k` scales behind holds
///      `shares / SCALE_FACTOR^k` current shares and collects each scale it spans in turn; after at most
///      `MAX_SCALE_SPAN` scales its shares are 0, so that walk is bounded by a constant (docs/lcts.md, "Precision").
abstract contract LctsQueueBase is ILctsQueue, AccessControlUpgradeable, ReentrancyGuardTransientUpgradeable {
    using SafeERC20 for IERC20;

    /// @inheritdoc ILctsQueue
    bytes32 public constant BEACON_ROLE = keccak256("BEACON_ROLE");

    /// @dev Scale of `rewardPerToken` (1e36, not 1e18: with shares per underlying below 1e9, the truncation of
    ///      an accumulator step costs each position less than `shares / 1e36` of a reward unit; see docs/lcts.md).
    uint256 internal constant PRECISION = 1e36;

    /// @dev A generation is rescaled when its shares reach this many per underlying unit (P-01).
    uint256 internal constant SCALE_FACTOR = 1e9;

    /// @dev `SCALE_FACTOR^9 > 2^256`: a position nine or more scales behind has no shares left in the current one.
    uint256 internal constant MAX_SCALE_SPAN = 9;

    /// @dev The share amount `IHaloShareToken.exchangeRate()` is quoted for (independent of `PRECISION`).
    uint256 internal constant RATE_UNIT = 1e18;

    /// @inheritdoc ILctsQueue
    address public depositAsset;
    /// @inheritdoc ILctsQueue
    address public shareToken;
    /// @inheritdoc ILctsQueue
    address public controller;
    /// @inheritdoc ILctsQueue
    uint256 public capacity;
    /// @inheritdoc ILctsQueue
    uint256 public minDeposit;
    /// @inheritdoc ILctsQueue
    uint256 public currentGeneration;
    /// @inheritdoc ILctsQueue
    uint256 public lastGeneration;

    mapping(uint256 id => Generation) internal _generations;
    mapping(address user => Position) internal _positions;
    /// @dev The frozen accumulator of every finished scale of a generation (P-01).
    mapping(uint256 id => mapping(uint256 scale => uint256 rewardPerToken)) internal _scaleRewards;

    /// @dev The implementation behind the clones can never be initialised by anyone.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc ILctsQueue
    function initialize(QueueConfig calldata config) external initializer {
        if (config.admin == address(0)) revert LctsQueue_ZeroAddress("admin");
        if (config.beacon == address(0)) revert LctsQueue_ZeroAddress("beacon");
        if (config.depositAsset == address(0)) revert LctsQueue_ZeroAddress("depositAsset");
        if (config.shareToken == address(0)) revert LctsQueue_ZeroAddress("shareToken");
        if (config.controller == address(0)) revert LctsQueue_ZeroAddress("controller");

        __AccessControl_init();
        __ReentrancyGuardTransient_init();

        _grantRole(DEFAULT_ADMIN_ROLE, config.admin);
        _grantRole(BEACON_ROLE, config.beacon);
        depositAsset = config.depositAsset;
        shareToken = config.shareToken;
        controller = config.controller;
        // A fresh clone's slots are zero: a zero value (always so for a redeem queue) is not written again, which
        // would cost a cold SSTORE each (issue 17).
        if (config.capacity != 0) capacity = config.capacity;
        if (config.minDeposit != 0) minDeposit = config.minDeposit;
        emit QueueInitialized(config);
        emit CapacitySet(0, config.capacity);
        emit MinDepositSet(0, config.minDeposit);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Depositors
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc ILctsQueue
    function deposit(uint256 amount) external nonReentrant returns (uint256 shares) {
        uint256 smallest = minDeposit;
        if (amount == 0 || amount < smallest) revert LctsQueue_DepositTooSmall(amount, smallest);

        uint256 id = currentGeneration;
        if (id != 0 && _generations[id].state == GenerationState.LOCKED) revert LctsQueue_Locked(id);
        // No capacity check here (A-05): the cap limits what a settlement converts, never who may queue.

        Position storage position = _positions[msg.sender];
        uint256 reward;
        // One position per user: a position left behind in a finalized generation is closed first.
        if (position.generation != 0 && position.generation != id) reward = _closeFinalized(msg.sender, position);
        if (id == 0) id = _openGeneration();

        Generation storage gen = _generations[id];
        uint256 held;
        if (position.generation == id) {
            (reward, held) = _pendingReward(position, id, gen);
            emit RewardPaid(msg.sender, id, reward);
        } else {
            ++gen.depositors;
        }

        // totalUnderlying ≤ totalShares always holds in a generation, so `shares ≥ amount > 0`.
        uint256 totalShares = gen.totalShares;
        shares = totalShares == 0 ? amount : Math.mulDiv(amount, totalShares, gen.totalUnderlying);

        gen.totalShares = totalShares + shares;
        gen.totalUnderlying += amount;
        position.generation = SafeCast.toUint64(id);
        position.rewardDebt = SafeCast.toUint192(gen.rewardPerToken);
        position.scale = gen.scale;
        position.shares = SafeCast.toUint224(held + shares);
        emit Deposited(msg.sender, id, amount, shares);

        _pullExactly(underlyingAsset(), msg.sender, amount);
        _send(rewardAsset(), msg.sender, reward);
    }

    /// @inheritdoc ILctsQueue
    function claim() external nonReentrant returns (uint256 reward) {
        Position storage position = _positions[msg.sender];
        uint256 id = position.generation;
        if (id == 0) revert LctsQueue_NoPosition(msg.sender);

        if (id != currentGeneration) {
            reward = _closeFinalized(msg.sender, position);
        } else {
            Generation storage gen = _generations[id];
            if (gen.state == GenerationState.LOCKED) revert LctsQueue_Locked(id);
            uint256 held;
            (reward, held) = _pendingReward(position, id, gen);
            position.rewardDebt = SafeCast.toUint192(gen.rewardPerToken);
            uint32 scale = gen.scale;
            if (position.scale != scale) {
                // Bring the position to the current scale (written only after a rescale).
                position.scale = scale;
                position.shares = SafeCast.toUint224(held);
            }
            emit RewardPaid(msg.sender, id, reward);
        }

        _send(rewardAsset(), msg.sender, reward);
    }

    /// @inheritdoc ILctsQueue
    function claimAndExit() external nonReentrant returns (uint256 reward, uint256 underlying) {
        Position storage position = _positions[msg.sender];
        uint256 id = position.generation;
        if (id == 0) revert LctsQueue_NoPosition(msg.sender);

        if (id != currentGeneration) {
            reward = _closeFinalized(msg.sender, position);
        } else {
            Generation storage gen = _generations[id];
            if (gen.state == GenerationState.LOCKED) revert LctsQueue_Locked(id);

            uint256 shares;
            (reward, shares) = _pendingReward(position, id, gen);
            uint64 left = gen.depositors - 1;
            gen.depositors = left;
            if (left == 0) {
                // The last leaver takes exactly the remaining underlying, including any rounding dust of earlier
                // exits and rescales: nothing is stranded.
                underlying = gen.totalUnderlying;
                gen.totalShares = 0;
                gen.totalUnderlying = 0;
            } else {
                uint256 totalShares = gen.totalShares;
                // A position whose shares all rounded away in rescales may meet a generation with no shares left.
                if (totalShares != 0) underlying = Math.mulDiv(shares, gen.totalUnderlying, totalShares);
                gen.totalShares = totalShares - shares;
                gen.totalUnderlying -= underlying;
            }
            delete _positions[msg.sender];
            emit RewardPaid(msg.sender, id, reward);
            emit Exited(msg.sender, id, shares, underlying);
            if (left == 0) _finalize(id, gen);
        }

        _send(rewardAsset(), msg.sender, reward);
        _send(underlyingAsset(), msg.sender, underlying);
    }

    /// @inheritdoc ILctsQueue
    function settleFinalized() external nonReentrant returns (uint256 reward) {
        Position storage position = _positions[msg.sender];
        uint256 id = position.generation;
        if (id == 0 || id == currentGeneration) revert LctsQueue_NoFinalizedPosition(msg.sender);

        reward = _closeFinalized(msg.sender, position);
        _send(rewardAsset(), msg.sender, reward);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Beacon
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc ILctsQueue
    function lock() external onlyRole(BEACON_ROLE) nonReentrant {
        uint256 id = currentGeneration;
        // Nothing to freeze on a day nobody deposited: the beacon's daily run stays a single code path.
        if (id == 0) return;

        Generation storage gen = _generations[id];
        if (gen.state == GenerationState.LOCKED) revert LctsQueue_Locked(id);
        gen.state = GenerationState.LOCKED;
        emit Locked(id);
    }

    /// @inheritdoc ILctsQueue
    function settle(uint256 conversionCapacity)
        external
        onlyRole(BEACON_ROLE)
        nonReentrant
        returns (uint256 converted, uint256 reward)
    {
        uint256 id = currentGeneration;
        Generation storage gen = _generations[id];
        if (id == 0 || gen.state != GenerationState.LOCKED) {
            revert LctsQueue_WrongState(QueueState.LOCKED, queueState());
        }

        uint256 remaining = gen.totalUnderlying;
        converted = Math.min(conversionCapacity, remaining);
        // The capacity rule applies here, to the whole generation pro rata (A-05).
        if (converted != 0) converted = Math.min(converted, _conversionRoom());
        uint256 totalShares = gen.totalShares;
        if (converted != 0) {
            reward = _quoteReward(converted);
            gen.rewardPerToken += Math.mulDiv(reward, PRECISION, totalShares);
            remaining -= converted;
            gen.totalUnderlying = remaining;
        }
        emit Settled(id, conversionCapacity, converted, reward, gen.rewardPerToken, remaining);

        if (remaining == 0) {
            _finalize(id, gen);
        } else {
            gen.state = GenerationState.ACTIVE;
            // Keep shares per underlying below SCALE_FACTOR (P-01); `totalShares / F >= remaining` ⇔ S ≥ F·U.
            if (totalShares / SCALE_FACTOR >= remaining) _rescale(id, gen, totalShares, remaining);
        }

        if (converted != 0) _executeConversion(converted, reward);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Governance
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc ILctsQueue
    function setCapacity(uint256 newCapacity) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit CapacitySet(capacity, newCapacity);
        capacity = newCapacity;
    }

    /// @inheritdoc ILctsQueue
    function setMinDeposit(uint256 newMinDeposit) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit MinDepositSet(minDeposit, newMinDeposit);
        minDeposit = newMinDeposit;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc ILctsQueue
    function underlyingAsset() public view virtual returns (address);

    /// @inheritdoc ILctsQueue
    function rewardAsset() public view virtual returns (address);

    /// @notice ERC-165: also advertises `ILctsQueue`, so a factory or the reconciler can check a component.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(ILctsQueue).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @inheritdoc ILctsQueue
    function queueState() public view returns (QueueState) {
        uint256 id = currentGeneration;
        if (id == 0) return QueueState.DORMANT;
        return _generations[id].state == GenerationState.LOCKED ? QueueState.LOCKED : QueueState.ACTIVE;
    }

    /// @inheritdoc ILctsQueue
    function generation(uint256 id) external view returns (Generation memory) {
        return _generations[id];
    }

    /// @inheritdoc ILctsQueue
    function positionOf(address user) external view returns (Position memory) {
        return _positions[user];
    }

    /// @inheritdoc ILctsQueue
    function sharesOf(address user) external view returns (uint256 shares) {
        Position storage position = _positions[user];
        uint256 id = position.generation;
        if (id == 0) return 0;
        (, shares) = _pendingReward(position, id, _generations[id]);
    }

    /// @inheritdoc ILctsQueue
    function rewardPerTokenAt(uint256 id, uint256 scale) external view returns (uint256) {
        Generation storage gen = _generations[id];
        return scale == gen.scale ? gen.rewardPerToken : _scaleRewards[id][scale];
    }

    /// @inheritdoc ILctsQueue
    function pendingReward(address user) external view returns (uint256 reward) {
        Position storage position = _positions[user];
        uint256 id = position.generation;
        if (id == 0) return 0;
        (reward,) = _pendingReward(position, id, _generations[id]);
    }

    /// @inheritdoc ILctsQueue
    function underlyingOf(address user) external view returns (uint256) {
        Position storage position = _positions[user];
        uint256 id = position.generation;
        if (id == 0 || id != currentGeneration) return 0;
        Generation storage gen = _generations[id];
        if (gen.depositors == 1) return gen.totalUnderlying; // the last one takes what is left
        (, uint256 shares) = _pendingReward(position, id, gen);
        return gen.totalShares == 0 ? 0 : Math.mulDiv(shares, gen.totalUnderlying, gen.totalShares);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hooks for the concrete queues
    // ---------------------------------------------------------------------------------------------------------

    /// @dev The most a settlement may convert under the queue's capacity rule (`type(uint256).max` = no rule).
    function _conversionRoom() internal view virtual returns (uint256);

    /// @dev The reward `converted` underlying buys at the current exchange rate, rounded down.
    function _quoteReward(uint256 converted) internal view virtual returns (uint256);

    /// @dev Move `converted` underlying out and `reward` in. Runs after the books are final; must revert if the
    ///      tokens do not move exactly as booked.
    function _executeConversion(uint256 converted, uint256 reward) internal virtual;

    // ---------------------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------------------

    function _openGeneration() private returns (uint256 id) {
        id = ++lastGeneration;
        currentGeneration = id;
        _generations[id].state = GenerationState.ACTIVE;
        emit GenerationOpened(id);
    }

    /// @dev Divide the generation's shares by SCALE_FACTOR until fewer than SCALE_FACTOR remain per underlying unit
    ///      (once in practice; a settlement converting all but a 1e-18 sliver may need two). The finished scale's
    ///      accumulator is frozen for the positions still counted in it; the new scale's starts at 0. Rounding
    ///      `totalShares` down keeps `totalUnderlying ≤ totalShares`, since `totalShares ≥ SCALE_FACTOR · remaining`.
    function _rescale(uint256 id, Generation storage gen, uint256 totalShares, uint256 remaining) private {
        uint256 scale = gen.scale;
        uint256 finished = gen.rewardPerToken;
        _scaleRewards[id][scale] = finished;
        do {
            totalShares /= SCALE_FACTOR;
            ++scale; // a skipped scale keeps accumulator 0: no reward was ever credited to it
        } while (totalShares / SCALE_FACTOR >= remaining);
        gen.scale = SafeCast.toUint32(scale);
        gen.totalShares = totalShares;
        gen.rewardPerToken = 0;
        emit GenerationRescaled(id, scale, totalShares, finished);
    }

    function _finalize(uint256 id, Generation storage gen) private {
        gen.state = GenerationState.FINALIZED;
        currentGeneration = 0;
        emit GenerationFinalized(id, gen.rewardPerToken);
    }

    /// @dev Book the reward of a position in a finalized generation and delete the position; returns the reward
    ///      for the caller to pay once the books are final.
    function _closeFinalized(address user, Position storage position) private returns (uint256 reward) {
        uint256 id = position.generation;
        (reward,) = _pendingReward(position, id, _generations[id]);
        delete _positions[user];
        emit RewardPaid(user, id, reward);
        emit PositionSettled(user, id);
    }

    /// @dev The reward a position has earned since it last collected, and its shares counted in the generation's
    ///      current scale. A position `k` scales behind collects the rest of its own scale, then each later scale
    ///      with its shares divided by SCALE_FACTOR once more; once they round to 0 nothing further is owed, so the
    ///      walk reads at most MAX_SCALE_SPAN accumulators whatever the number of scales or depositors.
    function _pendingReward(Position storage position, uint256 id, Generation storage gen)
        private
        view
        returns (uint256 reward, uint256 shares)
    {
        shares = position.shares;
        uint256 scale = position.scale;
        uint256 current = gen.scale;
        if (scale == current) {
            return (Math.mulDiv(shares, gen.rewardPerToken - position.rewardDebt, PRECISION), shares);
        }
        reward = Math.mulDiv(shares, _scaleRewards[id][scale] - position.rewardDebt, PRECISION);
        uint256 last = Math.min(current, scale + MAX_SCALE_SPAN);
        while (scale < last) {
            ++scale;
            shares /= SCALE_FACTOR;
            if (shares == 0) break;
            uint256 perShare = scale == current ? gen.rewardPerToken : _scaleRewards[id][scale];
            reward += Math.mulDiv(shares, perShare, PRECISION);
        }
        if (scale != current) shares = 0; // stopped early: nothing left in the current scale
    }

    /// @dev Pull exactly `amount` of `token` from `from`; a token that delivers anything else (fee-on-transfer,
    ///      rebasing mid-transfer) is refused rather than accounted for, so that `totalUnderlying` always is what
    ///      the queue actually holds for the generation.
    function _pullExactly(address token, address from, uint256 amount) internal {
        uint256 balanceBefore = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        uint256 received = _increase(balanceBefore, IERC20(token).balanceOf(address(this)));
        if (received != amount) revert LctsQueue_TransferMismatch(token, amount, received);
    }

    function _send(address token, address to, uint256 amount) internal {
        if (amount != 0) IERC20(token).safeTransfer(to, amount);
    }

    /// @dev How much a balance grew (0 if it shrank), so a misbehaving token reports a mismatch, not a panic.
    function _increase(uint256 before, uint256 afterwards) internal pure returns (uint256) {
        return afterwards > before ? afterwards - before : 0;
    }
}
