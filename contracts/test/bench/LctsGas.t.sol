// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {LctsFixture} from "../lcts/LctsFixture.sol";
import {MockERC20} from "../lcts/mocks/MockERC20.sol";
import {PauFixture} from "../utils/PauFixture.sol";

/// @notice O(1) evidence: the gas of every LCTS operation with 1, 100 and 10,000 other depositors already in
///         the generation (plus the measured `member`; `deposit` is a newcomer's first deposit). Each operation
///         is measured from the same snapshot with every touched account cooled first (`vm.cool`), i.e. as a
///         first touch in a fresh transaction. Figures are the call's execution gas
///         (`vm.lastCallGas().gasTotalUsed`): the 21,000 intrinsic gas and calldata are not included.
///         Two set-ups: the unit on the mock controller (the LCTS contracts alone), and on the real class PAU
///         (HaloController + RateLimits + ALMProxy), which adds the rate-limit bookkeeping to `settle`.
///         Writes out/bench/lcts-gas.json.
/// @dev Run: FOUNDRY_PROFILE=default node_modules/.bin/forge test --match-path 'contracts/test/bench/LctsGas.t.sol'
contract LctsGasBenchmark is LctsFixture, PauFixture {
    uint256 internal constant DEPOSIT = 1000e18;
    uint256[3] internal populations = [uint256(1), 100, 10_000];

    string internal constant OPS = "deposit,depositTopUp,claim,claimAndExit,lock,settle,settleDrain,settleFinalized";
    string[8] internal opNames =
        ["deposit", "depositTopUp", "claim", "claimAndExit", "lock", "settle", "settleDrain", "settleFinalized"];

    string[2] internal setups = ["mockController", "pau"];
    string[2] internal queueNames = ["subscribeQueue", "redeemQueue"];

    // gas[setup][queue][population][op]
    uint256[8][3][2][2] internal gas;
    uint256 internal setup;
    address internal pauRateLimits;

    /// @dev A subscription cap is set (far above the benchmark's volume) so that every subscribe deposit pays for
    ///      the capacity check, as in a production unit.
    uint256 internal constant CAPACITY = 1e40;

    function setUp() public override {
        usds = new MockERC20("Savings USDS", "sUSDS", 18);
        _deployUnit(address(usds), CAPACITY, 0); // the unit on the mock controller
    }

    function test_benchmark_lctsGas() public {
        _measureSetup();

        setup = 1;
        Pau memory pau = _deployPau(governance, address(this));
        pauRateLimits = address(pau.rateLimits);
        _deployUnitOn(address(usds), CAPACITY, 0, address(pau.controller), address(pau.proxy));
        pau.controller.registerUnit(address(subscribeQueue));
        pau.controller.registerUnit(address(redeemQueue));
        _setUnitInflowLimit(pau, address(usds), address(subscribeQueue), 1e30, 1e24);
        _setUnitOutflowLimit(pau, address(usds), address(redeemQueue), 1e30, 1e24);
        _measureSetup();

        _report();
    }

    function _measureSetup() internal {
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
        gas[setup][qi][pi] = m;
    }

    function _report() internal {
        string memory root = "lcts";
        string memory json;
        for (uint256 si; si < 2; ++si) {
            string memory setupJson;
            for (uint256 qi; qi < 2; ++qi) {
                string memory queueKey = string.concat(setups[si], "_", queueNames[qi]);
                string memory queueJson;
                for (uint256 pi; pi < populations.length; ++pi) {
                    string memory key = string.concat(queueKey, "_", vm.toString(populations[pi]));
                    string memory row;
                    for (uint256 oi; oi < opNames.length; ++oi) {
                        row = vm.serializeUint(key, opNames[oi], gas[si][qi][pi][oi]);
                    }
                    queueJson = vm.serializeString(queueKey, vm.toString(populations[pi]), row);
                }
                setupJson = vm.serializeString(setups[si], queueNames[qi], queueJson);
            }
            json = vm.serializeString(root, setups[si], setupJson);
        }
        json = vm.serializeString(root, "unit", "execution gas per call, all accounts cold, excl. 21000 intrinsic");
        json = vm.serializeString(root, "depositorsInGeneration", "1,100,10000");
        json = vm.serializeString(root, "ops", OPS);
        json = vm.serializeString(root, "targets", "deposit<=120000,claim<=80000,settle<=150000,+-5% from 1 to 10000");
        vm.createDir("out/bench", true);
        vm.writeJson(json, "out/bench/lcts-gas.json");

        // O(1): every figure within ±5 % between 1 and 10,000 depositors; and the brief's absolute targets
        for (uint256 si; si < 2; ++si) {
            for (uint256 qi; qi < 2; ++qi) {
                string memory where = string.concat(setups[si], ".", queueNames[qi], ".");
                for (uint256 pi; pi < populations.length; ++pi) {
                    assertLe(gas[si][qi][pi][0], 120_000, string.concat(where, "deposit target"));
                    assertLe(gas[si][qi][pi][1], 120_000, string.concat(where, "top-up deposit target"));
                    assertLe(gas[si][qi][pi][2], 80_000, string.concat(where, "claim target"));
                    assertLe(gas[si][qi][pi][5], 150_000, string.concat(where, "settle target"));
                    assertLe(gas[si][qi][pi][6], 150_000, string.concat(where, "draining settle target"));
                }
                for (uint256 oi; oi < opNames.length; ++oi) {
                    assertApproxEqRel(
                        gas[si][qi][2][oi], gas[si][qi][0][oi], 0.05e18, string.concat(where, opNames[oi])
                    );
                }
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
        vm.cool(unitController);
        vm.cool(unitProxy);
        // clones delegate to their implementations: those accounts are cold in a real transaction too
        vm.cool(address(tokenImpl));
        vm.cool(address(subscribeImpl));
        vm.cool(address(redeemImpl));
        if (pauRateLimits != address(0)) {
            vm.cool(pauRateLimits);
            vm.cool(address(controllerImplementation));
            vm.cool(address(rateLimitsImplementation));
            vm.cool(address(almProxyImplementation));
        }
        vm.cool(user);
    }

    function _last() internal view returns (uint256) {
        return vm.lastCallGas().gasTotalUsed;
    }
}
