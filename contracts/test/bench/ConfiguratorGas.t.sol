// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {PauFixture} from "../utils/PauFixture.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice Gas of the Configurator Unit (Sky's PAS, the local stand-in) on the paths GovOps and the Core Council use;
///         written to out/bench/configurator-gas.json. Execution gas of each call with cold contracts (no 21k base,
///         no calldata).
contract ConfiguratorGasBench is SystemFixture, PauFixture {
    mapping(string label => uint256) internal _gas;
    string internal _json;

    function test_benchConfiguratorGas() public {
        _deploySystem();
        Pau memory p = _deployPau(address(configurator), address(0));
        bytes32 key = _transferKey(makeAddr("USDS"), makeAddr("custodian"));
        address relayer = makeAddr("relayer");
        bytes memory action = abi.encodeCall(IAccessControl.grantRole, (p.controller.RELAYER(), relayer));

        // Core Council, timelocked: the onboarding batch.
        address[] memory targets = new address[](4);
        uint256[] memory values = new uint256[](4);
        bytes[] memory payloads = new bytes[](4);
        targets[0] = targets[1] = targets[2] = targets[3] = address(beamState);
        payloads[0] = abi.encodeCall(IBeamState.addRateLimits, (address(p.rateLimits)));
        payloads[1] = abi.encodeCall(IBeamState.addInitRateLimits, (key, address(p.rateLimits), 10_000_000e18, 115e18));
        payloads[2] = abi.encodeCall(IBeamState.addCBeam, (govOps));
        payloads[3] = abi.encodeCall(IBeamState.addInitControllerActions, (action, address(p.controller)));
        _cool(p);
        vm.prank(governance);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), DELAY);
        _record("timelock_scheduleBatch_4calls");
        vm.warp(block.timestamp + DELAY);
        _cool(p);
        timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32(0));
        _record("timelock_executeBatch_onboarding_4calls");
        _governance(address(beamState), abi.encodeCall(IBeamState.addController, (address(p.controller))));

        // Core Council, direct: the per-contract grant.
        _cool(p);
        vm.prank(coreCouncil);
        beamState.setCBeamForRateLimits(address(p.rateLimits), govOps);
        _record("beamState_setCBeamForRateLimits");
        vm.prank(coreCouncil);
        beamState.setCBeamForController(address(p.controller), govOps);

        // GovOps.
        _cool(p);
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), key, 10_000_000e18, 115e18);
        _record("configurator_setRateLimit_firstInstantiation");

        vm.warp(block.timestamp + 18 hours);
        _cool(p);
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), key, 12_500_000e18, 115e18);
        _record("configurator_setRateLimit_increase");

        _cool(p);
        vm.prank(govOps);
        configurator.setRateLimit(address(p.rateLimits), key, 1_000_000e18, 115e18);
        _record("configurator_setRateLimit_decrease");

        _cool(p);
        vm.prank(govOps);
        configurator.callControllerAction(address(p.controller), action);
        _record("configurator_callControllerAction_grantRelayer");
        assertTrue(p.controller.hasRole(p.controller.RELAYER(), relayer));

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

    function _cool(Pau memory p) internal {
        vm.cool(address(timelock));
        vm.cool(address(beamState));
        vm.cool(address(configurator));
        vm.cool(address(p.proxy));
        vm.cool(address(p.controller));
        vm.cool(address(p.rateLimits));
    }
}
