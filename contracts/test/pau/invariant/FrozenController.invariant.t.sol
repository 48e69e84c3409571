// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../../../src/interfaces/IHaloController.sol";
import {MockERC20} from "../../utils/MockERC20.sol";
import {PauFixture} from "../../utils/PauFixture.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Freezes and unfreezes a controller while its relayer and unit keep trying to move funds.
contract FreezeHandler is CommonBase, StdCheats, StdUtils {
    PauFixture.Pau internal pau;
    MockERC20 public token;
    address public relayer;
    address public unit;
    address public custodian;
    address public freezer;

    // Balances when the current freeze started.
    uint256 public snapProxy;
    uint256 public snapUnit;
    uint256 public snapCustodian;

    uint256 public ghost_movesWhileFrozen;
    uint256 public ghost_wrongRevertWhileFrozen;
    uint256 public ghost_attemptsWhileFrozen;

    constructor(
        PauFixture.Pau memory pau_,
        MockERC20 token_,
        address relayer_,
        address unit_,
        address custodian_,
        address freezer_
    ) {
        pau = pau_;
        token = token_;
        relayer = relayer_;
        unit = unit_;
        custodian = custodian_;
        freezer = freezer_;
    }

    function freeze(bool byAdmin) external {
        bool wasFrozen = pau.controller.frozen();
        vm.prank(byAdmin ? pau.admin : freezer);
        pau.controller.freeze();
        if (!wasFrozen) {
            snapProxy = token.balanceOf(address(pau.proxy));
            snapUnit = token.balanceOf(unit);
            snapCustodian = token.balanceOf(custodian);
        }
    }

    function unfreeze() external {
        vm.prank(pau.admin);
        pau.controller.unfreeze();
    }

    function transferAsset(uint256 amount) external {
        amount = bound(amount, 0, 2000e18);
        vm.prank(relayer);
        try pau.controller.transferAsset(address(token), custodian, amount) {
            _succeeded();
        } catch (bytes memory reason) {
            _failed(reason);
        }
    }

    function sendToUnit(uint256 amount) external {
        amount = bound(amount, 0, 2000e18);
        vm.prank(unit);
        try pau.controller.sendToUnit(address(token), amount) {
            _succeeded();
        } catch (bytes memory reason) {
            _failed(reason);
        }
    }

    function receiveFromUnit(uint256 amount) external {
        amount = bound(amount, 0, 2000e18);
        vm.prank(unit);
        try pau.controller.receiveFromUnit(address(token), amount) {
            _succeeded();
        } catch (bytes memory reason) {
            _failed(reason);
        }
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 0, 1 days));
    }

    function _succeeded() internal {
        if (pau.controller.frozen()) ++ghost_movesWhileFrozen;
    }

    function _failed(bytes memory reason) internal {
        if (!pau.controller.frozen()) return;
        ++ghost_attemptsWhileFrozen;
        // While frozen, the freeze must be the reason, whatever else is wrong with the call.
        if (reason.length < 4 || bytes4(reason) != IHaloController.Controller_Frozen.selector) {
            ++ghost_wrongRevertWhileFrozen;
        }
    }
}

/// @notice Invariant (2): a frozen controller moves nothing.
contract FrozenControllerInvariantTest is PauFixture {
    FreezeHandler internal handler;
    Pau internal pau;
    MockERC20 internal token;
    address internal unit = makeAddr("unit");
    address internal custodian = makeAddr("custodian");

    function setUp() public {
        vm.warp(1_700_000_000);
        address freezer = makeAddr("freezer");
        pau = _deployPau(makeAddr("admin"), makeAddr("factory"), freezer);
        token = _deployToken("USDS", 18);
        token.mint(address(pau.proxy), 100_000e18);

        address relayer = makeAddr("relayer");
        _grantRelayer(pau, relayer);
        _registerUnit(pau, unit);
        _approveDestination(pau, custodian);
        _setTransferLimit(pau, address(token), custodian, 5000e18, 1e18);
        _setUnitOutflowLimit(pau, address(token), unit, 3000e18, 1e17);
        _setUnitInflowLimit(pau, address(token), unit, 4000e18, 1e17);
        token.mint(unit, 100_000e18);
        vm.prank(unit);
        token.approve(address(pau.controller), type(uint256).max);

        handler = new FreezeHandler(pau, token, relayer, unit, custodian, freezer);
        targetContract(address(handler));
    }

    function invariant_frozenMovesNothing() public view {
        assertEq(handler.ghost_movesWhileFrozen(), 0);
        assertEq(handler.ghost_wrongRevertWhileFrozen(), 0);
        if (pau.controller.frozen()) {
            assertEq(token.balanceOf(address(pau.proxy)), handler.snapProxy());
            assertEq(token.balanceOf(unit), handler.snapUnit());
            assertEq(token.balanceOf(custodian), handler.snapCustodian());
        }
    }
}
