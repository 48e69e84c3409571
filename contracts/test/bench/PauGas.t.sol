// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {MockERC20} from "../utils/MockERC20.sol";
import {PauFixture} from "../utils/PauFixture.sol";

/// @notice Gas of the PAU's hot paths and of standing up a PAU; written to out/bench/pau-gas.json.
contract PauGasBench is PauFixture {
    address internal admin = makeAddr("admin");
    address internal factory = makeAddr("factory");
    address internal relayer = makeAddr("relayer");
    address internal unit = makeAddr("unit");
    address internal custodian = makeAddr("custodian");

    function test_benchPauGas() public {
        vm.warp(1_700_000_000);
        _deployPauImplementations();

        uint256 g = gasleft();
        Pau memory pau = _deployPau(admin, factory, makeAddr("freezer"));
        uint256 deployPau = g - gasleft(); // three clones + three initialisers, from the deployer's frame

        MockERC20 token = _deployToken("USDS", 18);
        token.mint(address(pau.proxy), 1_000_000e18);
        token.mint(unit, 1_000_000e18);
        token.mint(custodian, 1); // warm recipient balances like a live system
        _grantRelayer(pau, relayer);
        _registerUnit(pau, unit);
        _approveDestination(pau, custodian);
        _setTransferLimit(pau, address(token), custodian, 100_000e18, 1e18);
        _setUnitInflowLimit(pau, address(token), unit, 100_000e18, 1e18);
        _setUnitOutflowLimit(pau, address(token), unit, 100_000e18, 1e18);
        vm.prank(unit);
        token.approve(address(pau.controller), type(uint256).max);
        vm.warp(block.timestamp + 1);

        _cool(pau, token);
        vm.prank(factory);
        pau.rateLimits.setInitialRateLimitData(keccak256("day0"), 1e24, 1e18);
        uint256 seedLimit = vm.lastCallGas().gasTotalUsed;

        _cool(pau, token);
        vm.prank(relayer);
        pau.controller.transferAsset(address(token), custodian, 1000e18);
        uint256 transferAsset = vm.lastCallGas().gasTotalUsed;

        _cool(pau, token);
        vm.prank(unit);
        pau.controller.sendToUnit(address(token), 1000e18);
        uint256 sendToUnit = vm.lastCallGas().gasTotalUsed;

        _cool(pau, token);
        vm.prank(unit);
        pau.controller.receiveFromUnit(address(token), 1000e18);
        uint256 receiveFromUnit = vm.lastCallGas().gasTotalUsed;

        string memory obj = "pau";
        vm.serializeUint(obj, "deployPau_3clones_and_initialize", deployPau);
        vm.serializeUint(obj, "rateLimits_setInitialRateLimitData", seedLimit);
        vm.serializeUint(obj, "controller_transferAsset", transferAsset);
        vm.serializeUint(obj, "controller_sendToUnit", sendToUnit);
        string memory json = vm.serializeUint(obj, "controller_receiveFromUnit", receiveFromUnit);
        vm.createDir("out/bench", true);
        vm.writeJson(json, "out/bench/pau-gas.json");

        // Sanity bounds so a regression that makes a hot path absurdly expensive fails loudly.
        assertLt(transferAsset, 120_000);
        assertLt(sendToUnit, 120_000);
        assertLt(receiveFromUnit, 120_000);
        assertLt(deployPau, 1_000_000);
    }

    /// @dev Every measured call starts with cold accounts and storage, as the first call of a real transaction would
    ///      (execution gas only: the 21k base and calldata are not included).
    function _cool(Pau memory pau, MockERC20 token) internal {
        vm.cool(address(pau.proxy));
        vm.cool(address(pau.rateLimits));
        vm.cool(address(pau.controller));
        vm.cool(address(token));
        vm.cool(custodian);
        vm.cool(unit);
    }
}
