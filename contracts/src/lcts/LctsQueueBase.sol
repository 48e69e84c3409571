// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../interfaces/ILctsQueue.sol";
import {
    AccessControlEnumerableUpgradeable
} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlEnumerableUpgradeable.sol";
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
///      - a depositor's reward is `shares · (rewardPerToken − rewardDebt) / 1e18`;
///      so no operation ever loops over depositors. Every division rounds down, i.e. in the queue's favour: the
///      queue can only ever owe less than it holds, never more (docs/lcts.md, "Rounding policy").
///      Each state-changing entry point is `nonReentrant` and follows checks-effects-interactions: the books are
///      final before the first token moves.
///      Known limit of the spec's formulas: in a generation that never drains, shares per underlying grow with
///      every partial settlement and the 1e18 accumulator loses precision (in the queue's favour); see
///      docs/lcts.md, "Long-lived generations", for the measured bounds and the beacon's rule.
abstract contract LctsQueueBase is ILctsQueue, AccessControlEnumerableUpgradeable, ReentrancyGuardTransientUpgradeable {
    using SafeERC20 for IERC20;

    /// @inheritdoc ILctsQueue
    bytes32 public constant BEACON_ROLE = keccak256("BEACON_ROLE");

    /// @dev Scale of `rewardPerToken`.
    uint256 internal constant PRECISION = 1e18;

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

        __AccessControlEnumerable_init();
        __ReentrancyGuardTransient_init();

        _grantRole(DEFAULT_ADMIN_ROLE, config.admin);
        _grantRole(BEACON_ROLE, config.beacon);
        depositAsset = config.depositAsset;
        shareToken = config.shareToken;
        controller = config.controller;
        capacity = config.capacity;
        minDeposit = config.minDeposit;
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
        _checkCapacity(amount);

        Position storage position = _positions[msg.sender];
        uint256 reward;
        // One position per user: a position left behind in a finalized generation is closed first.
        if (position.generation != 0 && position.generation != id) reward = _closeFinalized(msg.sender, position);
        if (id == 0) id = _openGeneration();

        Generation storage gen = _generations[id];
        if (position.generation == id) {
            reward = _pendingReward(position, gen);
            emit RewardPaid(msg.sender, id, reward);
        }

        // totalUnderlying ≤ totalShares always holds in a generation, so `shares ≥ amount > 0`.
        shares = gen.totalShares == 0 ? amount : Math.mulDiv(amount, gen.totalShares, gen.totalUnderlying);

        gen.totalShares += shares;
        gen.totalUnderlying += amount;
        position.generation = SafeCast.toUint64(id);
        position.shares += shares;
        position.rewardDebt = SafeCast.toUint192(gen.rewardPerToken);
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
            reward = _pendingReward(position, gen);
            position.rewardDebt = SafeCast.toUint192(gen.rewardPerToken);
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

            uint256 shares = position.shares;
            reward = _pendingReward(position, gen);
            // The last leaver holds every share and so takes exactly the remaining underlying: nothing is stranded.
            underlying = Math.mulDiv(shares, gen.totalUnderlying, gen.totalShares);
            gen.totalShares -= shares;
            gen.totalUnderlying -= underlying;
            delete _positions[msg.sender];
            emit RewardPaid(msg.sender, id, reward);
            emit Exited(msg.sender, id, shares, underlying);
            if (gen.totalShares == 0) _finalize(id, gen);
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

        converted = Math.min(conversionCapacity, gen.totalUnderlying);
        if (converted != 0) {
            reward = _quoteReward(converted);
            gen.rewardPerToken += Math.mulDiv(reward, PRECISION, gen.totalShares);
            gen.totalUnderlying -= converted;
        }
        emit Settled(id, conversionCapacity, converted, reward, gen.rewardPerToken, gen.totalUnderlying);

        if (gen.totalUnderlying == 0) _finalize(id, gen);
        else gen.state = GenerationState.ACTIVE;

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
    function pendingReward(address user) external view returns (uint256) {
        Position storage position = _positions[user];
        if (position.generation == 0) return 0;
        return _pendingReward(position, _generations[position.generation]);
    }

    /// @inheritdoc ILctsQueue
    function underlyingOf(address user) external view returns (uint256) {
        Position storage position = _positions[user];
        if (position.generation == 0 || position.generation != currentGeneration) return 0;
        Generation storage gen = _generations[position.generation];
        return Math.mulDiv(position.shares, gen.totalUnderlying, gen.totalShares);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hooks for the concrete queues
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Revert if a deposit of `amount` is not allowed by the queue's capacity rule.
    function _checkCapacity(uint256 amount) internal view virtual;

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

    function _finalize(uint256 id, Generation storage gen) private {
        gen.state = GenerationState.FINALIZED;
        currentGeneration = 0;
        emit GenerationFinalized(id, gen.rewardPerToken);
    }

    /// @dev Book the reward of a position in a finalized generation and delete the position; returns the reward
    ///      for the caller to pay once the books are final.
    function _closeFinalized(address user, Position storage position) private returns (uint256 reward) {
        uint256 id = position.generation;
        reward = _pendingReward(position, _generations[id]);
        delete _positions[user];
        emit RewardPaid(user, id, reward);
        emit PositionSettled(user, id);
    }

    function _pendingReward(Position storage position, Generation storage gen) private view returns (uint256) {
        return Math.mulDiv(position.shares, gen.rewardPerToken - position.rewardDebt, PRECISION);
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
