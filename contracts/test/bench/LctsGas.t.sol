// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {LctsFixture} from "../lcts/LctsFixture.sol";

/// @notice O(1) evidence: the gas of every LCTS operation with 1, 100 and 10,000 other depositors already in
///         the generation (plus the measured `member`; `deposit` is a newcomer's first deposit). Each operation is measured from the same snapshot with every touched account and slot
///         cooled first (`vm.cool`), i.e. as a user's first touch in a fresh transaction. Figures are the
///         call's execution gas (`vm.lastCallGas().gasTotalUsed`): the 21,000 intrinsic gas and calldata
///         are not included. Writes out/bench/lcts-gas.json.
/// @dev Run: FOUNDRY_PROFILE=default node_modules/.bin/forge test --match-path 'contracts/test/bench/LctsGas.t.sol'
contract LctsGasBenchmark is LctsFixture {
    uint256 internal constant DEPOSIT = 1000e18;
    uint256[3] internal populations = [uint256(1), 100, 10_000];

    string internal constant OPS = "deposit,depositTopUp,claim,claimAndExit,lock,settle,settleDrain,settleFinalized";
    string[8] internal opNames =
        ["deposit", "depositTopUp", "claim", "claimAndExit", "lock", "settle", "settleDrain", "settleFinalized"];

    // gas[queue][population][op]
    uint256[8][3][2] internal gas;

    function test_benchmark_lctsGas() public {
        _fundProxy(1e40);
        LctsQueueBase[2] memory queues = [LctsQueueBase(subscribeQueue), LctsQueueBase(redeemQueue)];

        for (uint256 qi; qi < 2; ++qi) {
            LctsQueueBase q = queues[qi];
            uint256 populated;
            for (uint256 pi; pi < populations.length; ++pi) {
                // grow the generation to the next population size; one earlier partial settlement so that
                // rewardPerToken > 0 and every claim pays something
                // the population is built without gas metering: only the measured calls count against the limit
                vm.pauseGasMetering();
                if (pi == 0) _deposit(q, makeAddr("member"), DEPOSIT);
                for (; populated < populations[pi]; ++populated) {
                    _deposit(q, _depositor(populated), DEPOSIT);
                }
                if (pi == 0) _lockAndSettle(q, DEPOSIT / 10);
                vm.resumeGasMetering();
                _measureAll(q, qi, pi);
            }
        }
        _report();
    }

    function _measureAll(LctsQueueBase q, uint256 qi, uint256 pi) internal {
        address newcomer = makeAddr("newcomer");
        address member = makeAddr("member"); // the measured depositor; the population is everyone else
        _fund(q, newcomer, DEPOSIT);
        _fund(q, member, DEPOSIT);
        uint256 snapshot = vm.snapshotState();
        // kept in memory: reverting to the snapshot also reverts this contract's storage
        uint256[8] memory m;

        _cool(q, newcomer);
        vm.prank(newcomer);
        q.deposit(DEPOSIT);
        m[0] = _last();
        vm.revertToState(snapshot);

        _cool(q, member);
        vm.prank(member);
        q.deposit(DEPOSIT);
        m[1] = _last();
        vm.revertToState(snapshot);

        _cool(q, member);
        vm.prank(member);
        q.claim();
        m[2] = _last();
        vm.revertToState(snapshot);

        _cool(q, member);
        vm.prank(member);
        q.claimAndExit();
        m[3] = _last();
        vm.revertToState(snapshot);

        _cool(q, beacon);
        vm.prank(beacon);
        q.lock();
        m[4] = _last();
        _cool(q, beacon);
        vm.prank(beacon);
        q.settle(DEPOSIT / 10);
        m[5] = _last();
        vm.revertToState(snapshot);

        _lock(q);
        _cool(q, beacon);
        vm.prank(beacon);
        q.settle(type(uint256).max);
        m[6] = _last();
        _cool(q, member);
        vm.prank(member);
        q.settleFinalized();
        m[7] = _last();
        vm.revertToState(snapshot);
        gas[qi][pi] = m;
    }

    function _report() internal {
        string memory root = "lcts";
        string[2] memory queueNames = ["subscribeQueue", "redeemQueue"];
        string memory json;
        for (uint256 qi; qi < 2; ++qi) {
            string memory queueJson;
            for (uint256 pi; pi < populations.length; ++pi) {
                string memory key = string.concat(queueNames[qi], "_", vm.toString(populations[pi]));
                string memory row;
                for (uint256 oi; oi < opNames.length; ++oi) {
                    row = vm.serializeUint(key, opNames[oi], gas[qi][pi][oi]);
                }
                queueJson = vm.serializeString(queueNames[qi], vm.toString(populations[pi]), row);
            }
            json = vm.serializeString(root, queueNames[qi], queueJson);
        }
        json = vm.serializeString(root, "unit", "execution gas per call, all state cold, excl. 21000 intrinsic");
        json = vm.serializeString(root, "depositorsInGeneration", "1,100,10000");
        json = vm.serializeString(root, "ops", OPS);
        json = vm.serializeString(root, "targets", "deposit<=120000,claim<=80000,settle<=150000,+-5% from 1 to 10000");
        vm.createDir("out/bench", true);
        vm.writeJson(json, "out/bench/lcts-gas.json");

        // O(1): every figure within ±5 % between 1 and 10,000 depositors; and the brief's absolute targets
        for (uint256 qi; qi < 2; ++qi) {
            for (uint256 pi; pi < populations.length; ++pi) {
                assertLe(gas[qi][pi][0], 120_000, "deposit target");
                assertLe(gas[qi][pi][1], 120_000, "top-up deposit target");
                assertLe(gas[qi][pi][2], 80_000, "claim target");
                assertLe(gas[qi][pi][5], 150_000, "settle target");
                assertLe(gas[qi][pi][6], 150_000, "draining settle target");
            }
            for (uint256 oi; oi < opNames.length; ++oi) {
                uint256 small = gas[qi][0][oi];
                uint256 large = gas[qi][2][oi];
                assertApproxEqRel(large, small, 0.05e18, string.concat(queueNames[qi], ".", opNames[oi]));
            }
        }
    }

    function _depositor(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("depositor", i)))));
    }

    function _cool(LctsQueueBase q, address user) internal {
        vm.cool(address(q));
        vm.cool(address(shareToken));
        vm.cool(address(usds));
        vm.cool(address(controller));
        vm.cool(almProxy);
        vm.cool(user);
    }

    function _last() internal view returns (uint256) {
        return vm.lastCallGas().gasTotalUsed;
    }
}
