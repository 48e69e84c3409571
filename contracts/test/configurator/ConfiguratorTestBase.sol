// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {BEAMState} from "../../src/configurator/BEAMState.sol";
import {BEAMTimeLock} from "../../src/configurator/BEAMTimeLock.sol";
import {Configurator} from "../../src/configurator/Configurator.sol";
import {IBEAMState} from "../../src/interfaces/IBEAMState.sol";
import {HaloController} from "../../src/pau/HaloController.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {PauFixture} from "../utils/PauFixture.sol";

/// @notice Shared actors and deployment helpers for the Configurator Unit tests. PAUs are the PAU engineer's real
///         contracts, stood up by `PauFixture` (ERC-1167 clones initialised the way the factory does it).
abstract contract ConfiguratorTestBase is PauFixture {
    /// @dev A PAU as BEAMState sees it: identified by its ALMProxy.
    struct PauParts {
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

    /// @notice A wired PAU whose admin is `admin` (the Configurator in production); `factory` may seed its keys.
    function _deployWiredPau(address admin, address freezer_) internal returns (PauParts memory p) {
        Pau memory fixture = _deployPau(admin, factory, freezer_);
        p.pau = address(fixture.proxy);
        p.controller = fixture.controller;
        p.rateLimits = fixture.rateLimits;
    }

    function _limit(PauParts memory p, bytes32 key) internal view returns (uint256 maxAmount, uint256 slope) {
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
