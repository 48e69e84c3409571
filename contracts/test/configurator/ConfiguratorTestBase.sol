// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BEAMState} from "../../src/configurator/BEAMState.sol";
import {BEAMTimeLock} from "../../src/configurator/BEAMTimeLock.sol";
import {Configurator} from "../../src/configurator/Configurator.sol";
import {IBEAMState} from "../../src/interfaces/IBEAMState.sol";
import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Shared actors and deployment helpers for the Configurator Unit tests. PAUs are the PAU engineer's real
///         contracts (ERC-1167 clones initialised the way the factory does it), with the Configurator as admin.
abstract contract ConfiguratorTestBase is Test {
    struct Pau {
        address pau; // the ALMProxy: a PAU's identity in BEAMState
        HaloController controller;
        RateLimits rateLimits;
    }

    uint256 internal constant HOP = 18 hours;
    uint256 internal constant MAX_CHANGE_BPS = 2500;
    uint256 internal constant DELAY = 14 days;

    address internal governance = makeAddr("governance"); // the timelock's admin: the only one who unpauses
    address internal abeam = makeAddr("abeam");
    address internal abeam2 = makeAddr("abeam2");
    address internal govOps = makeAddr("govOps");
    address internal otherGovOps = makeAddr("otherGovOps");
    address internal outsider = makeAddr("outsider");
    address internal factory = makeAddr("factory");
    address internal freezer = makeAddr("freezer");
    address internal relayer = makeAddr("relayer");

    BEAMTimeLock internal timelock;
    BEAMState internal state;
    Configurator internal configurator;

    ALMProxy private _proxyImplementation;
    RateLimits private _rateLimitsImplementation;
    HaloController private _controllerImplementation;

    function _abeams() internal view returns (address[] memory list) {
        list = new address[](2);
        list[0] = abeam;
        list[1] = abeam2;
    }

    function _openExecutors() internal pure returns (address[] memory list) {
        list = new address[](1); // address(0): anyone may execute a ready operation
    }

    /// @notice Deploy the unit. `stateAdmin` is BEAMState's DEFAULT_ADMIN: the timelock in the stories, a plain
    ///         address in the unit tests so additions need no 14-day wait.
    function _deployUnit(bool stateAdminIsTimelock, address stateAdmin) internal {
        timelock = new BEAMTimeLock(DELAY, _abeams(), _openExecutors(), governance);
        state = new BEAMState(stateAdminIsTimelock ? address(timelock) : stateAdmin, _abeams());
        configurator = new Configurator(address(state));
        vm.label(address(timelock), "BEAMTimeLock");
        vm.label(address(state), "BEAMState");
        vm.label(address(configurator), "Configurator");
    }

    function _deployPau(address admin, address freezer_) internal returns (Pau memory p) {
        if (address(_controllerImplementation) == address(0)) {
            _proxyImplementation = new ALMProxy();
            _rateLimitsImplementation = new RateLimits();
            _controllerImplementation = new HaloController();
        }
        ALMProxy proxy = ALMProxy(payable(Clones.clone(address(_proxyImplementation))));
        p.pau = address(proxy);
        p.rateLimits = RateLimits(Clones.clone(address(_rateLimitsImplementation)));
        p.controller = HaloController(Clones.clone(address(_controllerImplementation)));
        proxy.initialize(admin, address(p.controller));
        p.rateLimits.initialize(admin, address(p.controller), factory);
        p.controller.initialize(admin, p.pau, address(p.rateLimits), freezer_, factory);
    }

    function _transferKey(address asset, address destination) internal pure returns (bytes32) {
        return RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_TRANSFER, asset, destination);
    }

    function _limit(Pau memory p, bytes32 key) internal view returns (uint256 maxAmount, uint256 slope) {
        RateLimits.RateLimitData memory d = p.rateLimits.getRateLimitData(key);
        return (d.maxAmount, d.slope);
    }

    function _inits(bytes32 key, uint256 maxAmount, uint256 slope)
        internal
        pure
        returns (IBEAMState.InitRateLimit[] memory list)
    {
        list = new IBEAMState.InitRateLimit[](1);
        list[0] = IBEAMState.InitRateLimit(key, maxAmount, slope);
    }
}
