// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {MockERC20} from "./MockERC20.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Test} from "forge-std/Test.sol";

/// @title PauFixture — reusable test base that stands up wired PAUs (ALMProxy + RateLimits + HaloController)
/// @notice Usage from a test's `setUp`:
///         `Pau memory pau = _deployPau(admin, factory, freezer);` then e.g.
///         `_grantRelayer(pau, relayer); _approveDestination(pau, custodian);
///          _setTransferLimit(pau, address(token), custodian, 1_000e18, 1e18);`
///         Each PAU is three ERC-1167 clones of implementations deployed once per test contract, initialised the
///         way the factory does it: the proxy and rate limits name the controller as CONTROLLER, and `admin`
///         (in production the Configurator) holds DEFAULT_ADMIN on all three.
abstract contract PauFixture is Test {
    struct Pau {
        ALMProxy proxy;
        RateLimits rateLimits;
        HaloController controller;
        address admin;
        address factory;
    }

    ALMProxy internal almProxyImplementation;
    RateLimits internal rateLimitsImplementation;
    HaloController internal controllerImplementation;

    /// @notice Deploy the three implementations; later calls are no-ops, so several setUp layers may call it.
    function _deployPauImplementations() internal {
        if (address(controllerImplementation) != address(0)) return;
        almProxyImplementation = new ALMProxy();
        rateLimitsImplementation = new RateLimits();
        controllerImplementation = new HaloController();
    }

    /// @notice Clone and wire a PAU. `factory` may call `registerUnit` / `setInitialRateLimitData`; `freezer` may be
    ///         zero for none.
    function _deployPau(address admin, address factory, address freezer) internal returns (Pau memory pau) {
        _deployPauImplementations();
        pau.proxy = ALMProxy(payable(Clones.clone(address(almProxyImplementation))));
        pau.rateLimits = RateLimits(Clones.clone(address(rateLimitsImplementation)));
        pau.controller = HaloController(Clones.clone(address(controllerImplementation)));
        pau.admin = admin;
        pau.factory = factory;

        pau.proxy.initialize(admin, address(pau.controller));
        pau.rateLimits.initialize(admin, address(pau.controller), factory);
        pau.controller.initialize(admin, address(pau.proxy), address(pau.rateLimits), freezer, factory);
    }

    /// @notice `_deployPau` without a freezer.
    function _deployPau(address admin, address factory) internal returns (Pau memory) {
        return _deployPau(admin, factory, address(0));
    }

    /// @notice A fresh mintable token, labelled for traces.
    function _deployToken(string memory symbol, uint8 decimals) internal returns (MockERC20 token) {
        token = new MockERC20(symbol, symbol, decimals);
        vm.label(address(token), symbol);
    }

    /// @notice A fresh mintable 18-decimal token.
    function _deployToken(string memory symbol) internal returns (MockERC20) {
        return _deployToken(symbol, 18);
    }

    // ---- roles and parameters (each acts as the PAU's admin or factory) ----

    function _grantRelayer(Pau memory pau, address relayer) internal {
        bytes32 role = pau.controller.RELAYER();
        vm.prank(pau.admin);
        pau.controller.grantRole(role, relayer);
    }

    function _grantFreezer(Pau memory pau, address freezer) internal {
        bytes32 role = pau.controller.FREEZER();
        vm.prank(pau.admin);
        pau.controller.grantRole(role, freezer);
    }

    function _registerUnit(Pau memory pau, address unit) internal {
        vm.prank(pau.factory);
        pau.controller.registerUnit(unit);
    }

    function _approveDestination(Pau memory pau, address destination) internal {
        vm.prank(pau.admin);
        pau.controller.setDestination(destination, true);
    }

    // ---- rate limits (3-argument admin setter: a fresh key starts full) ----

    function _setLimit(Pau memory pau, bytes32 key, uint256 maxAmount, uint256 slope) internal {
        vm.prank(pau.admin);
        pau.rateLimits.setRateLimitData(key, maxAmount, slope);
    }

    function _setUnlimited(Pau memory pau, bytes32 key) internal {
        vm.prank(pau.admin);
        pau.rateLimits.setUnlimitedRateLimitData(key);
    }

    /// @notice Limit of `transferAsset(asset, destination, ·)`.
    function _setTransferLimit(Pau memory pau, address asset, address destination, uint256 maxAmount, uint256 slope)
        internal
    {
        _setLimit(pau, _transferKey(asset, destination), maxAmount, slope);
    }

    /// @notice Limit of `receiveFromUnit(asset, ·)` called by `unit`.
    function _setUnitInflowLimit(Pau memory pau, address asset, address unit, uint256 maxAmount, uint256 slope)
        internal
    {
        _setLimit(pau, _unitInflowKey(asset, unit), maxAmount, slope);
    }

    /// @notice Limit of `sendToUnit(asset, ·)` called by `unit`.
    function _setUnitOutflowLimit(Pau memory pau, address asset, address unit, uint256 maxAmount, uint256 slope)
        internal
    {
        _setLimit(pau, _unitOutflowKey(asset, unit), maxAmount, slope);
    }

    function _transferKey(address asset, address destination) internal pure returns (bytes32) {
        return RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_TRANSFER, asset, destination);
    }

    function _unitInflowKey(address asset, address unit) internal pure returns (bytes32) {
        return RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, asset, unit);
    }

    function _unitOutflowKey(address asset, address unit) internal pure returns (bytes32) {
        return RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, asset, unit);
    }
}
