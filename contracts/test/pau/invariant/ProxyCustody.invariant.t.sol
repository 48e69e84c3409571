// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ALMProxy} from "../../../src/pau/ALMProxy.sol";
import {HaloController} from "../../../src/pau/HaloController.sol";
import {RateLimits} from "../../../src/pau/RateLimits.sol";
import {MockERC20} from "../../utils/MockERC20.sol";
import {PauFixture} from "../../utils/PauFixture.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Drives one PAU with legitimate actors (relayer, unit, donors) and outsiders who try every entry point
///         that could move funds or grant themselves the power to.
contract CustodyHandler is CommonBase, StdCheats, StdUtils {
    PauFixture.Pau internal pau;
    MockERC20 public token;
    address public relayer;
    address public unit;
    address public custodian;
    address[] public outsiders;

    uint256 public ghost_inflows;
    uint256 public ghost_authorisedOutflows;
    uint256 public ghost_outsiderSuccesses;
    uint256 public ghost_outsiderAttempts;
    uint256 public ghost_authorisedFlows;
    uint256 public ghost_toCustodian;

    constructor(
        PauFixture.Pau memory pau_,
        MockERC20 token_,
        address relayer_,
        address unit_,
        address custodian_,
        address[] memory outsiders_
    ) {
        pau = pau_;
        token = token_;
        relayer = relayer_;
        unit = unit_;
        custodian = custodian_;
        outsiders = outsiders_;
    }

    function proxyAddress() external view returns (address) {
        return address(pau.proxy);
    }

    function _outsider(uint256 seed) internal view returns (address) {
        return outsiders[seed % outsiders.length];
    }

    function _outsiderTried(bool success) internal {
        ++ghost_outsiderAttempts;
        if (success) ++ghost_outsiderSuccesses;
    }

    // ---- legitimate flows ----

    function relayerTransfer(uint256 amount) external {
        amount = bound(amount, 1, 2000e18);
        vm.prank(relayer);
        try pau.controller.transferAsset(address(token), custodian, amount) {
            ghost_authorisedOutflows += amount;
            ghost_toCustodian += amount;
            ++ghost_authorisedFlows;
        } catch {}
    }

    function unitSend(uint256 amount) external {
        amount = bound(amount, 1, 2000e18);
        vm.prank(unit);
        try pau.controller.sendToUnit(address(token), amount) {
            ghost_authorisedOutflows += amount;
            ++ghost_authorisedFlows;
        } catch {}
    }

    function unitReceive(uint256 amount) external {
        amount = bound(amount, 1, 2000e18);
        vm.prank(unit);
        try pau.controller.receiveFromUnit(address(token), amount) {
            ghost_inflows += amount;
            ++ghost_authorisedFlows;
        } catch {}
    }

    function donate(uint256 amount) external {
        amount = bound(amount, 0, 1000e18);
        token.mint(address(pau.proxy), amount);
        ghost_inflows += amount;
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 0, 2 days));
    }

    // ---- outsiders: every call must fail ----

    function outsiderDoCall(uint256 seed, uint256 amount) external {
        address o = _outsider(seed);
        bytes memory data = abi.encodeCall(token.transfer, (o, bound(amount, 1, 1e24)));
        vm.prank(o);
        try pau.proxy.doCall(address(token), data) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderDoCallWithValue(uint256 seed, uint256 amount) external {
        address o = _outsider(seed);
        bytes memory data = abi.encodeCall(token.transfer, (o, bound(amount, 1, 1e24)));
        vm.prank(o);
        try pau.proxy.doCallWithValue(address(token), data, 0) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderDoCallWithEth(uint256 seed, uint256 amount) external {
        address o = _outsider(seed);
        vm.prank(o);
        try pau.proxy.doCallWithValue(o, "", bound(amount, 1, 100 ether)) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderReceiveFromUnit(uint256 seed, uint256 amount) external {
        vm.prank(_outsider(seed));
        try pau.controller.receiveFromUnit(address(token), bound(amount, 1, 1e24)) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    /// @dev Freezer and admin actions: none may succeed for an outsider (an unfreeze would be a privilege too).
    function outsiderFreezerActions(uint256 seed, uint8 which) external {
        vm.prank(_outsider(seed));
        bool ok;
        if (which % 3 == 0) (ok,) = address(pau.controller).call(abi.encodeCall(HaloController.freeze, ()));
        else if (which % 3 == 1) (ok,) = address(pau.controller).call(abi.encodeCall(HaloController.unfreeze, ()));
        else (ok,) = address(pau.controller).call(abi.encodeCall(HaloController.removeRelayer, (relayer)));
        _outsiderTried(ok);
    }

    function outsiderDoDelegateCall(uint256 seed, uint256 amount) external {
        address o = _outsider(seed);
        bytes memory data = abi.encodeCall(token.transfer, (o, bound(amount, 1, 1e24)));
        vm.prank(o);
        try pau.proxy.doDelegateCall(address(token), data) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderTransferAsset(uint256 seed, uint256 amount, bool toSelf) external {
        address o = _outsider(seed);
        vm.prank(o);
        try pau.controller.transferAsset(address(token), toSelf ? o : custodian, bound(amount, 1, 1e24)) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderSendToUnit(uint256 seed, uint256 amount) external {
        vm.prank(_outsider(seed));
        try pau.controller.sendToUnit(address(token), bound(amount, 1, 1e24)) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderTransferFrom(uint256 seed, uint256 amount) external {
        address o = _outsider(seed);
        vm.prank(o);
        try token.transferFrom(address(pau.proxy), o, bound(amount, 1, 1e24)) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderGrantsSelf(uint256 seed, uint8 which) external {
        address o = _outsider(seed);
        HaloController c = pau.controller;
        bytes32[4] memory roles = [c.RELAYER(), c.FREEZER(), c.DEFAULT_ADMIN_ROLE(), pau.proxy.CONTROLLER()];
        bytes32 role = roles[which % 4];
        address target = which % 4 == 3 ? address(pau.proxy) : address(c);
        vm.prank(o);
        (bool ok,) = target.call(abi.encodeWithSignature("grantRole(bytes32,address)", role, o));
        _outsiderTried(ok);
    }

    function outsiderRegistersSelf(uint256 seed) external {
        address o = _outsider(seed);
        vm.prank(o);
        try pau.controller.registerUnit(o) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderApprovesSelf(uint256 seed) external {
        address o = _outsider(seed);
        vm.prank(o);
        try pau.controller.setDestination(o, true) {
            _outsiderTried(true);
        } catch {
            _outsiderTried(false);
        }
    }

    function outsiderTouchesLimits(uint256 seed, uint256 amount, uint8 which) external {
        address o = _outsider(seed);
        RateLimits rl = pau.rateLimits;
        bytes32 key = keccak256(abi.encode(which));
        amount = bound(amount, 0, 1e24);
        vm.startPrank(o);
        uint256 pick = which % 5;
        bool ok;
        if (pick == 0) {
            (ok,) = address(rl).call(abi.encodeCall(rl.triggerRateLimitDecrease, (key, amount)));
        } else if (pick == 1) {
            (ok,) = address(rl).call(abi.encodeCall(rl.triggerRateLimitIncrease, (key, amount)));
        } else if (pick == 2) {
            (ok,) = address(rl)
                .call(abi.encodeWithSignature("setRateLimitData(bytes32,uint256,uint256)", key, amount, amount));
        } else if (pick == 3) {
            (ok,) = address(rl).call(abi.encodeCall(rl.setUnlimitedRateLimitData, (key)));
        } else {
            (ok,) = address(rl).call(abi.encodeCall(rl.setInitialRateLimitData, (key, amount, amount)));
        }
        vm.stopPrank();
        _outsiderTried(ok);
    }
}

/// @notice Invariant (1): nobody without a role moves funds out of an ALMProxy; its balance is exactly the initial
///         balance plus inflows minus the outflows that succeeded for authorised actors.
contract ProxyCustodyInvariantTest is PauFixture {
    uint256 internal constant INITIAL = 100_000e18;
    uint256 internal constant INITIAL_ETH = 10 ether;

    CustodyHandler internal handler;
    Pau internal pau;
    MockERC20 internal token;
    address[] internal outsiders;
    address internal custodian = makeAddr("custodian");
    address internal unit = makeAddr("unit");

    function setUp() public {
        vm.warp(1_700_000_000);
        pau = _deployPau(makeAddr("admin"), makeAddr("factory"), makeAddr("freezer"));
        token = _deployToken("USDS", 18);
        token.mint(address(pau.proxy), INITIAL);
        vm.deal(address(pau.proxy), INITIAL_ETH);

        address relayer = makeAddr("relayer");
        _grantRelayer(pau, relayer);
        _registerUnit(pau, unit);
        _approveDestination(pau, custodian);
        _setTransferLimit(pau, address(token), custodian, 5000e18, 1e18);
        _setUnitOutflowLimit(pau, address(token), unit, 3000e18, 1e17);
        _setUnitInflowLimit(pau, address(token), unit, 4000e18, 1e17);
        token.mint(unit, 1_000_000e18);
        vm.prank(unit);
        token.approve(address(pau.controller), type(uint256).max);

        outsiders.push(makeAddr("outsider1"));
        outsiders.push(makeAddr("outsider2"));
        outsiders.push(makeAddr("outsider3"));

        handler = new CustodyHandler(pau, token, relayer, unit, custodian, outsiders);
        targetContract(address(handler));
    }

    function invariant_balanceIsInitialPlusInflowsMinusAuthorisedOutflows() public view {
        assertEq(
            token.balanceOf(address(pau.proxy)), INITIAL + handler.ghost_inflows() - handler.ghost_authorisedOutflows()
        );
    }

    function invariant_ethNeverLeaves() public view {
        assertEq(address(pau.proxy).balance, INITIAL_ETH);
    }

    function invariant_noOutsiderCallSucceeded() public view {
        assertEq(handler.ghost_outsiderSuccesses(), 0);
    }

    function invariant_outsidersHoldNothingAndNoRole() public view {
        for (uint256 i; i < outsiders.length; ++i) {
            address o = outsiders[i];
            assertEq(token.balanceOf(o), 0);
            assertFalse(pau.proxy.hasRole(pau.proxy.CONTROLLER(), o));
            assertFalse(pau.controller.hasRole(pau.controller.RELAYER(), o));
            assertFalse(pau.controller.hasRole(pau.controller.UNIT(), o));
            assertFalse(pau.controller.hasRole(pau.controller.DEFAULT_ADMIN_ROLE(), o));
            assertFalse(pau.controller.isApprovedDestination(o));
        }
    }

    function invariant_everyTokenIsWithALegitimateHolder() public view {
        assertEq(token.balanceOf(custodian), handler.ghost_toCustodian());
        assertEq(
            token.balanceOf(custodian) + token.balanceOf(unit) + token.balanceOf(address(pau.proxy)),
            token.totalSupply()
        );
    }

    function afterInvariant() public view {
        // Guards against a vacuous run: outsiders must actually have tried.
        assertGt(handler.ghost_outsiderAttempts(), 0);
    }
}
