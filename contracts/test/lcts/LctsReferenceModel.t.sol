// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {LctsFixture} from "./LctsFixture.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Random deposits / exits / claims / settlements / rate moves against a deliberately naive reference
///         model that shares *nothing* with the contract's accounting: no shares and no accumulator, just each
///         depositor's remaining underlying and owed reward, updated by looping over every depositor at each
///         settlement ("convert pro rata to what each still has queued"). The contract must agree with it up
///         to rounding, and its roundings must never pay out more than the model.
contract LctsReferenceModelTest is LctsFixture {
    uint256 internal constant USERS = 4;
    uint256 internal constant STEPS = 40;
    uint256 internal constant WAD = 1e18;

    LctsQueueBase internal q;
    address[USERS] internal users;

    // ---- the model (amounts scaled by WAD for precision) ----
    uint256[USERS] internal modelGeneration;
    uint256[USERS] internal remainingWad;
    uint256[USERS] internal owedWad;
    uint256[USERS] internal settlementsSeen; // settlements since the user's position opened
    uint256[USERS] internal dustSeenAt; // `dustEvents` when the user's position opened
    uint256 internal dustEvents; // deposits and exits: each may leave < 1 wei of underlying to the others
    uint256 internal modelCurrent;
    uint256 internal modelLast;
    uint256 internal modelLocked;

    function _setUpModel(bool redeem) internal {
        q = redeem ? LctsQueueBase(redeemQueue) : LctsQueueBase(subscribeQueue);
        users = [alice, bob, carol, outsider];
        _fundProxy(1e40);
    }

    function testFuzz_subscribeQueueMatchesReferenceModel(uint256 seed) public {
        _setUpModel(false);
        _run(seed);
    }

    function testFuzz_redeemQueueMatchesReferenceModel(uint256 seed) public {
        _setUpModel(true);
        _run(seed);
    }

    function _run(uint256 seed) internal {
        for (uint256 step; step < STEPS; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            uint256 op = r % 10;
            uint256 u = (r >> 8) % USERS;
            if (modelLocked != 0) {
                _settleStep(r);
            } else if (op < 4) {
                _depositStep(u, bound(r >> 16, 1e6, 1e24));
            } else if (op < 5) {
                _exitStep(u);
            } else if (op < 6) {
                _claimStep(u);
            } else if (op < 8) {
                _lockStep();
            } else if (op < 9) {
                _rateStep(r);
            } else {
                vm.warp(block.timestamp + 1 days); // a skipped day
            }
            _compare();
        }
    }

    // ---- steps: act on the contract, then on the model ----

    function _depositStep(uint256 u, uint256 amount) internal {
        _fund(q, users[u], amount);
        uint256 rewardBefore = IERC20(q.rewardAsset()).balanceOf(users[u]);
        vm.prank(users[u]);
        q.deposit(amount);
        uint256 paid = IERC20(q.rewardAsset()).balanceOf(users[u]) - rewardBefore;

        _assertPaidMatches(u, paid);
        if (modelCurrent == 0) modelCurrent = ++modelLast;
        if (modelGeneration[u] != modelCurrent) {
            settlementsSeen[u] = 0;
            dustSeenAt[u] = dustEvents;
        }
        ++dustEvents;
        modelGeneration[u] = modelCurrent;
        remainingWad[u] += amount * WAD;
        owedWad[u] = 0;
    }

    function _exitStep(uint256 u) internal {
        if (modelGeneration[u] == 0) return;
        address user = users[u];
        uint256 expectedBack = modelGeneration[u] == modelCurrent ? remainingWad[u] : 0;
        vm.prank(user);
        (uint256 paid, uint256 back) = q.claimAndExit();

        _assertPaidMatches(u, paid);
        _assertClose(back * WAD, expectedBack, remainingWad[u], "exit underlying");
        _closeModelPosition(u);
        ++dustEvents;
        if (modelCurrent != 0 && _modelDepositors() == 0) modelCurrent = 0; // last one out: DORMANT
    }

    function _claimStep(uint256 u) internal {
        if (modelGeneration[u] == 0) return;
        vm.prank(users[u]);
        uint256 paid = q.claim();
        _assertPaidMatches(u, paid);
        owedWad[u] = 0;
        if (modelGeneration[u] != modelCurrent) _closeModelPosition(u);
    }

    function _lockStep() internal {
        _lock(q);
        if (modelCurrent != 0) modelLocked = modelCurrent;
    }

    function _settleStep(uint256 r) internal {
        ILctsQueue.Generation memory before = q.generation(modelCurrent);
        uint256 capacityAsked = (r >> 24) % 4 == 0 ? before.totalUnderlying : bound(r >> 32, 0, before.totalUnderlying);
        uint256 expectedReward = _quote(q, capacityAsked);
        (uint256 converted, uint256 bought) = _settle(q, capacityAsked);
        assertEq(converted, capacityAsked, "convert = min(capacity, totalUnderlying)");
        assertEq(bought, expectedReward, "reward at the exchange rate, rounded down");

        // The naive model: every depositor of the generation converts the same fraction of what they have.
        for (uint256 u; u < USERS; ++u) {
            if (modelGeneration[u] != modelCurrent || remainingWad[u] == 0) continue;
            owedWad[u] += bought * remainingWad[u] / before.totalUnderlying;
            remainingWad[u] -= converted * remainingWad[u] / before.totalUnderlying;
            settlementsSeen[u]++;
        }
        modelLocked = 0;
        if (converted == before.totalUnderlying) {
            for (uint256 u; u < USERS; ++u) {
                if (modelGeneration[u] == modelCurrent) remainingWad[u] = 0;
            }
            modelCurrent = 0;
        }
    }

    function _rateStep(uint256 r) internal {
        uint256 rate = shareToken.exchangeRate();
        uint256 next = (r >> 40) % 2 == 0 ? rate * 9 / 10 : rate * (10_000 + MAX_INCREASE_BPS) / 10_000;
        if (next == 0) return;
        vm.warp(block.timestamp + 1 days);
        vm.prank(beacon);
        shareToken.updateExchangeRate(next);
    }

    // ---- comparison ----

    function _compare() internal view {
        assertEq(q.currentGeneration(), modelCurrent, "current generation");
        assertEq(q.lastGeneration(), modelLast, "generation ids");
        for (uint256 u; u < USERS; ++u) {
            address user = users[u];
            ILctsQueue.Position memory position = q.positionOf(user);
            assertEq(position.generation, modelGeneration[u], "one position, in the model's generation");
            uint256 modelUnderlying = modelGeneration[u] == modelCurrent ? remainingWad[u] : 0;
            _assertClose(q.underlyingOf(user) * WAD, modelUnderlying, remainingWad[u], "underlying");
            _assertRewardClose(u, q.pendingReward(user));
        }
    }

    /// @dev The contract pays what the model owes, rounded down: never more (beyond the model's own rounding of
    ///      one wei per settlement), and less only by the accumulator's rounding.
    function _assertPaidMatches(uint256 u, uint256 paid) internal view {
        _assertRewardClose(u, paid);
    }

    function _assertRewardClose(uint256 u, uint256 reward) internal view {
        uint256 owed = owedWad[u];
        uint256 seen = settlementsSeen[u] + 1;
        // Upper bound: the model itself rounds down once per settlement, and each deposit or exit by anyone while
        // the position is open may leave the generation < 1 wei of underlying (worth < 2 wei of reward here).
        uint256 dust = modelGeneration[u] == 0 ? 0 : dustEvents - dustSeenAt[u];
        assertLe(reward * WAD, owed + (seen + 2 * dust) * WAD, "never more than the model owes");
        // Lower bound: each settlement's rewardPerToken loses < 1 / 1e18 per share, i.e. < shares / 1e18 units.
        uint256 shares = q.positionOf(users[u]).shares;
        uint256 slack = (seen * (shares / WAD + 1) + 1) * WAD + owed / 1e12;
        assertGe(reward * WAD + slack, owed, "at most rounding dust less than the model owes");
    }

    function _assertClose(uint256 actualWad, uint256 modelWad, uint256 scale, string memory what) internal pure {
        uint256 tolerance = scale / 1e12 + 4 * WAD; // rounding dust of the exits of others, in wad
        if (actualWad > modelWad) assertLe(actualWad - modelWad, tolerance, what);
        else assertLe(modelWad - actualWad, tolerance, what);
    }

    function _closeModelPosition(uint256 u) internal {
        modelGeneration[u] = 0;
        remainingWad[u] = 0;
        owedWad[u] = 0;
        settlementsSeen[u] = 0;
        dustSeenAt[u] = 0;
    }

    function _modelDepositors() internal view returns (uint256 count) {
        for (uint256 u; u < USERS; ++u) {
            if (modelGeneration[u] == modelCurrent) count++;
        }
    }
}
