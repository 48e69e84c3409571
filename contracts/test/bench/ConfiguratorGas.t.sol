// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IBEAMState} from "../../src/interfaces/IBEAMState.sol";
import {IConfigurator} from "../../src/interfaces/IConfigurator.sol";
import {IHaloController} from "../../src/interfaces/IHaloController.sol";
import {ConfiguratorTestBase} from "../configurator/ConfiguratorTestBase.sol";

/// @notice Gas of the Configurator Unit's GovOps and governance paths; written to out/bench/configurator-gas.json.
///         Execution gas of each call with cold contracts (no 21k base, no calldata).
contract ConfiguratorGasBench is ConfiguratorTestBase {
    mapping(string label => uint256) internal _gas;
    string internal _json;

    function test_benchConfiguratorGas() public {
        vm.warp(1_700_000_000);
        _deployUnit(true, address(0));
        PauParts memory p = _deployWiredPau(address(configurator), address(0));
        bytes32 key = _transferKey(makeAddr("USDS"), makeAddr("custodian"));
        bytes memory action = abi.encodeCall(IHaloController.setDestination, (makeAddr("custodian"), true));

        // Governance: the onboarding batch through the timelock.
        address[] memory targets = new address[](4);
        uint256[] memory values = new uint256[](4);
        bytes[] memory payloads = new bytes[](4);
        targets[0] = targets[1] = targets[2] = targets[3] = address(state);
        payloads[0] = abi.encodeCall(IBEAMState.setPauContracts, (p.pau, address(p.controller), address(p.rateLimits)));
        payloads[1] = abi.encodeCall(IBEAMState.addInitRateLimit, (key, address(0), 10_000_000e18, 115e18));
        payloads[2] = abi.encodeCall(IBEAMState.addGovOps, (p.pau, govOps));
        payloads[3] = abi.encodeCall(IBEAMState.addInitControllerAction, (keccak256(action), address(0)));
        _cool(p);
        vm.prank(abeam);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), DELAY);
        _record("timelock_scheduleBatch_4calls");
        vm.warp(block.timestamp + DELAY);
        _cool(p);
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32(0));
        _record("timelock_executeBatch_onboarding_4calls");

        // GovOps.
        _cool(p);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, key, 10_000_000e18, 115e18);
        _record("configurator_setRateLimit_firstInstantiation");

        vm.warp(block.timestamp + HOP);
        _cool(p);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, key, 12_500_000e18, 115e18);
        _record("configurator_setRateLimit_increase");

        _cool(p);
        vm.prank(govOps);
        configurator.setRateLimit(p.pau, key, 1_000_000e18, 115e18);
        _record("configurator_setRateLimit_decrease");

        _cool(p);
        vm.prank(govOps);
        configurator.setRelayer(p.pau, relayer);
        _record("configurator_setRelayer");

        _cool(p);
        vm.prank(govOps);
        configurator.callControllerAction(p.pau, action);
        _record("configurator_callControllerAction");

        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(IConfigurator.removeRateLimit, (p.pau, key));
        calls[1] = abi.encodeCall(IConfigurator.removeRelayer, (p.pau, relayer));
        _cool(p);
        vm.prank(govOps);
        configurator.multicall(calls);
        _record("configurator_multicall_remove2");

        // Factory hand-off with three Day-0 inits.
        bytes32 factoryRole = state.FACTORY();
        vm.prank(address(timelock));
        state.grantRole(factoryRole, factory);
        PauParts memory q = _deployWiredPau(address(configurator), address(0));
        IBEAMState.InitRateLimit[] memory inits = new IBEAMState.InitRateLimit[](3);
        for (uint256 i = 0; i < 3; ++i) {
            inits[i] = IBEAMState.InitRateLimit(keccak256(abi.encode(i)), 100_000e18, 1e18);
        }
        _cool(q);
        vm.prank(factory);
        state.registerFactoryPau(q.pau, address(q.controller), address(q.rateLimits), inits);
        _record("beamState_registerFactoryPau_3inits");

        vm.createDir("out/bench", true);
        vm.writeJson(_json, "out/bench/configurator-gas.json");

        // Sanity bounds so that a regression making a GovOps path absurdly expensive fails loudly.
        assertLt(_gas["configurator_setRateLimit_firstInstantiation"], 150_000);
        assertLt(_gas["configurator_setRateLimit_increase"], 100_000);
        assertLt(_gas["timelock_executeBatch_onboarding_4calls"], 400_000);
    }

    function _record(string memory label) internal {
        uint256 used = vm.lastCallGas().gasTotalUsed;
        _gas[label] = used;
        _json = vm.serializeUint("configurator", label, used);
    }

    function _cool(PauParts memory p) internal {
        vm.cool(address(timelock));
        vm.cool(address(state));
        vm.cool(address(configurator));
        vm.cool(p.pau);
        vm.cool(address(p.controller));
        vm.cool(address(p.rateLimits));
    }
}
