// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../../src/interfaces/ILctsQueue.sol";
import {HaloShareToken} from "../../../src/lcts/HaloShareToken.sol";
import {LctsQueueBase} from "../../../src/lcts/LctsQueueBase.sol";
import {MockERC20} from "../mocks/MockERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives one queue through random depositor and beacon actions and keeps ghost books of everything that
///         went in and out, plus flags for any forbidden success (an action that worked while LOCKED, an exit
///         refused while ACTIVE).
contract LctsHandler is Test {
    LctsQueueBase public immutable queue;
    HaloShareToken public immutable shareToken;
    MockERC20 public immutable depositAsset;
    address public immutable beacon;
    address public immutable subscribeQueue;
    IERC20 public immutable underlying;
    IERC20 public immutable reward;

    address[] public actors;

    // ---- ghost books ----
    uint256 public ghostDeposited;
    uint256 public ghostExitedUnderlying;
    uint256 public ghostConverted;
    uint256 public ghostRewardIn;
    uint256 public ghostRewardPaid;
    mapping(address => uint256) public ghostDepositedBy;
    mapping(address => uint256) public ghostUnderlyingBackTo;

    uint256[] public finalizedIds;
    mapping(uint256 id => ILctsQueue.Generation) internal _finalizedSnapshot;
    mapping(uint256 id => bool) public isRecordedFinal;

    bool public ghostActedWhileLocked;
    bool public ghostExitRefusedWhileActive;
    uint256 public lockedAttempts;
    uint256 public roundingEvents; // deposits and exits: each may leave at most one wei of dust to the others
    uint256 public settlements;

    constructor(LctsQueueBase queue_, HaloShareToken shareToken_, MockERC20 depositAsset_, address beacon_) {
        queue = queue_;
        shareToken = shareToken_;
        depositAsset = depositAsset_;
        beacon = beacon_;
        subscribeQueue = shareToken_.subscribeQueue();
        underlying = IERC20(queue_.underlyingAsset());
        reward = IERC20(queue_.rewardAsset());
        for (uint256 i; i < 5; ++i) {
            actors.push(makeAddr(string.concat("actor", vm.toString(i))));
        }
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function finalizedCount() external view returns (uint256) {
        return finalizedIds.length;
    }

    function finalizedSnapshot(uint256 id) external view returns (ILctsQueue.Generation memory) {
        return _finalizedSnapshot[id];
    }

    // ---- depositor actions ----

    function deposit(uint256 actorSeed, uint256 amount) external {
        address actor = actors[actorSeed % actors.length];
        amount = bound(amount, 1, 1e27);
        _fund(actor, amount);
        uint256 rewardBefore = reward.balanceOf(actor);

        if (queue.queueState() == ILctsQueue.QueueState.LOCKED) {
            lockedAttempts++;
            vm.prank(actor);
            try queue.deposit(amount) {
                ghostActedWhileLocked = true;
            } catch {}
            return;
        }
        vm.prank(actor);
        queue.deposit(amount);
        ghostDeposited += amount;
        ghostDepositedBy[actor] += amount;
        roundingEvents++;
        ghostRewardPaid += reward.balanceOf(actor) - rewardBefore;
        _recordFinal();
    }

    function claim(uint256 actorSeed) external {
        address actor = actors[actorSeed % actors.length];
        ILctsQueue.Position memory position = queue.positionOf(actor);
        if (position.generation == 0) return;
        uint256 rewardBefore = reward.balanceOf(actor);

        if (position.generation == queue.currentGeneration() && queue.queueState() == ILctsQueue.QueueState.LOCKED) {
            lockedAttempts++;
            vm.prank(actor);
            try queue.claim() {
                ghostActedWhileLocked = true;
            } catch {}
            return;
        }
        vm.prank(actor);
        queue.claim();
        ghostRewardPaid += reward.balanceOf(actor) - rewardBefore;
    }

    function claimAndExit(uint256 actorSeed) external {
        address actor = actors[actorSeed % actors.length];
        ILctsQueue.Position memory position = queue.positionOf(actor);
        if (position.generation == 0) return;
        bool current = position.generation == queue.currentGeneration();
        uint256 rewardBefore = reward.balanceOf(actor);
        uint256 underlyingBefore = underlying.balanceOf(actor);

        vm.prank(actor);
        try queue.claimAndExit() {
            if (current && _wasLocked()) ghostActedWhileLocked = true;
        } catch {
            if (current && !_wasLocked()) ghostExitRefusedWhileActive = true;
            if (current) lockedAttempts++;
            return;
        }
        ghostRewardPaid += reward.balanceOf(actor) - rewardBefore;
        uint256 back = underlying.balanceOf(actor) - underlyingBefore;
        ghostExitedUnderlying += back;
        ghostUnderlyingBackTo[actor] += back;
        roundingEvents++;
        _recordFinal();
    }

    function settleFinalized(uint256 actorSeed) external {
        address actor = actors[actorSeed % actors.length];
        ILctsQueue.Position memory position = queue.positionOf(actor);
        if (position.generation == 0 || position.generation == queue.currentGeneration()) return;
        uint256 rewardBefore = reward.balanceOf(actor);
        vm.prank(actor);
        queue.settleFinalized();
        ghostRewardPaid += reward.balanceOf(actor) - rewardBefore;
    }

    // ---- beacon actions ----

    function lock() external {
        if (queue.queueState() == ILctsQueue.QueueState.LOCKED) return;
        vm.prank(beacon);
        queue.lock();
    }

    uint256 public rescales;

    function settle(uint256 capacitySeed) external {
        if (queue.queueState() != ILctsQueue.QueueState.LOCKED) return;
        uint256 id = queue.currentGeneration();
        uint256 total = queue.generation(id).totalUnderlying;
        // a quarter of the settlements drain the generation, a quarter leave a sliver (so the generation is
        // rescaled, P-01), the rest convert a random part (zero included)
        uint256 capacity = capacitySeed % 4 == 0
            ? total + capacitySeed % 1e18
            : capacitySeed % 4 == 1 && total > 1 ? total - 1 - (total >> 33) : bound(capacitySeed, 0, total);
        uint256 rewardBefore = reward.balanceOf(address(queue));
        uint256 scaleBefore = queue.generation(id).scale;
        vm.prank(beacon);
        (uint256 converted, uint256 bought) = queue.settle(capacity);
        if (queue.generation(id).scale != scaleBefore) {
            rescales++;
            roundingEvents += actors.length; // each position may lose < 1 wei of underlying to the last leaver
        }
        assertEq(reward.balanceOf(address(queue)) - rewardBefore, bought, "reward arrived as booked");
        ghostConverted += converted;
        ghostRewardIn += bought;
        settlements++;
        _recordFinal();
    }

    function moveRate(uint256 seed) external {
        uint256 rate = shareToken.exchangeRate();
        uint256 next = seed % 2 == 0 ? bound(seed, rate / 2 + 1, rate) : rate * 10_050 / 10_000;
        vm.warp(block.timestamp + 1 days);
        vm.prank(beacon);
        shareToken.updateExchangeRate(next);
    }

    // ---- helpers ----

    function _wasLocked() internal view returns (bool) {
        return queue.queueState() == ILctsQueue.QueueState.LOCKED;
    }

    function _fund(address actor, uint256 amount) internal {
        if (address(underlying) == address(shareToken)) {
            vm.prank(subscribeQueue);
            shareToken.mint(actor, amount);
        } else {
            depositAsset.mint(actor, amount);
        }
        vm.prank(actor);
        underlying.approve(address(queue), type(uint256).max);
    }

    /// @dev Snapshot every generation the moment it becomes FINALIZED, to check later that it never moves.
    function _recordFinal() internal {
        uint256 last = queue.lastGeneration();
        for (uint256 id = 1; id <= last; ++id) {
            if (isRecordedFinal[id]) continue;
            ILctsQueue.Generation memory gen = queue.generation(id);
            if (gen.state != ILctsQueue.GenerationState.FINALIZED) continue;
            isRecordedFinal[id] = true;
            finalizedIds.push(id);
            _finalizedSnapshot[id] = gen;
        }
    }
}
