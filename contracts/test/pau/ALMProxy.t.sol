// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IALMProxy} from "../../src/interfaces/IALMProxy.sol";
import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {PauFixture} from "../utils/PauFixture.sol";
import {CallTarget, DelegateTarget} from "./mocks/PauMocks.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";

contract ALMProxyTest is PauFixture {
    address internal admin = makeAddr("admin");
    address internal factory = makeAddr("factory");
    address internal outsider = makeAddr("outsider");

    Pau internal pau;
    ALMProxy internal proxy;
    address internal controller;
    CallTarget internal target;
    DelegateTarget internal delegateTarget;
    bytes32 internal controllerRole;

    function setUp() public {
        pau = _deployPau(admin, factory);
        proxy = pau.proxy;
        controller = address(pau.controller);
        controllerRole = proxy.CONTROLLER();
        target = new CallTarget();
        delegateTarget = new DelegateTarget();
        vm.deal(controller, 100 ether);
    }

    // ---- initialize ----

    function test_initialize_wiresRoles() public view {
        assertEq(controllerRole, keccak256("CONTROLLER"));
        assertEq(proxy.getRoleMemberCount(proxy.DEFAULT_ADMIN_ROLE()), 1);
        assertEq(proxy.getRoleMember(proxy.DEFAULT_ADMIN_ROLE(), 0), admin);
        assertEq(proxy.getRoleMemberCount(controllerRole), 1);
        assertEq(proxy.getRoleMember(controllerRole, 0), controller);
        assertTrue(proxy.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertTrue(proxy.supportsInterface(type(IALMProxy).interfaceId));
        assertFalse(proxy.supportsInterface(0xdeadbeef));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        proxy.initialize(outsider, outsider);
    }

    function test_initialize_implementationIsLocked() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        almProxyImplementation.initialize(outsider, outsider);
    }

    function test_initialize_revertsOnZeroAdmin() public {
        ALMProxy fresh = ALMProxy(payable(Clones.clone(address(almProxyImplementation))));
        vm.expectRevert(abi.encodeWithSelector(IALMProxy.ALMProxy_ZeroAddress.selector, "admin"));
        fresh.initialize(address(0), controller);
    }

    function test_initialize_revertsOnZeroController() public {
        ALMProxy fresh = ALMProxy(payable(Clones.clone(address(almProxyImplementation))));
        vm.expectRevert(abi.encodeWithSelector(IALMProxy.ALMProxy_ZeroAddress.selector, "controller"));
        fresh.initialize(admin, address(0));
    }

    // ---- doCall ----

    function test_doCall_forwardsAndReturns() public {
        bytes memory data = abi.encodeCall(CallTarget.record, (21));
        vm.expectEmit(address(proxy));
        emit IALMProxy.Forwarded(controller, address(target), 0, CallTarget.record.selector, false);
        vm.prank(controller);
        bytes memory result = proxy.doCall(address(target), data);
        assertEq(abi.decode(result, (uint256)), 42);
        assertEq(target.lastCaller(), address(proxy));
        assertEq(target.lastData(), data);
    }

    function test_doCall_movesTokensOfTheProxy() public {
        MockERC20 token = _deployToken("TKN", 18);
        token.mint(address(proxy), 10e18);
        vm.prank(controller);
        proxy.doCall(address(token), abi.encodeCall(token.transfer, (outsider, 4e18)));
        assertEq(token.balanceOf(address(proxy)), 6e18);
        assertEq(token.balanceOf(outsider), 4e18);
    }

    function test_doCall_shortDataHasZeroSelector() public {
        vm.expectEmit(address(proxy));
        emit IALMProxy.Forwarded(controller, address(target), 0, bytes4(0), false);
        vm.prank(controller);
        proxy.doCall(address(target), hex"aabbcc");
        assertEq(target.lastData(), hex"aabbcc");
    }

    function test_doCall_bubblesUpRevert() public {
        vm.expectRevert(abi.encodeWithSelector(CallTarget.CallTarget_Boom.selector, 7));
        vm.prank(controller);
        proxy.doCall(address(target), abi.encodeCall(CallTarget.boom, (7)));
    }

    function test_doCall_revertsOnAccountWithoutCode() public {
        vm.expectRevert(abi.encodeWithSelector(Address.AddressEmptyCode.selector, outsider));
        vm.prank(controller);
        proxy.doCall(outsider, "");
    }

    function test_doCall_refusesOutsiderAndAdmin() public {
        bytes memory data = abi.encodeCall(CallTarget.record, (1));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, controllerRole)
        );
        vm.prank(outsider);
        proxy.doCall(address(target), data);

        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, controllerRole)
        );
        vm.prank(admin);
        proxy.doCall(address(target), data);
        assertEq(target.lastCaller(), address(0));
    }

    // ---- doCallWithValue ----

    function test_doCallWithValue_forwardsAttachedValue() public {
        bytes memory data = abi.encodeCall(CallTarget.record, (5));
        vm.expectEmit(address(proxy));
        emit IALMProxy.Forwarded(controller, address(target), 1 ether, CallTarget.record.selector, false);
        vm.prank(controller);
        bytes memory result = proxy.doCallWithValue{value: 1 ether}(address(target), data, 1 ether);
        assertEq(abi.decode(result, (uint256)), 10);
        assertEq(target.lastValue(), 1 ether);
        assertEq(address(target).balance, 1 ether);
        assertEq(address(proxy).balance, 0);
    }

    function test_doCallWithValue_paysFromProxyBalance() public {
        vm.deal(address(proxy), 3 ether);
        vm.prank(controller);
        proxy.doCallWithValue(address(target), abi.encodeCall(CallTarget.record, (1)), 2 ether);
        assertEq(address(target).balance, 2 ether);
        assertEq(address(proxy).balance, 1 ether);
        assertEq(target.lastCaller(), address(proxy));
    }

    function test_doCallWithValue_revertsOnInsufficientBalance() public {
        vm.deal(address(proxy), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(Errors.InsufficientBalance.selector, 1 ether, 2 ether));
        vm.prank(controller);
        proxy.doCallWithValue(address(target), abi.encodeCall(CallTarget.record, (1)), 2 ether);
    }

    function test_doCallWithValue_bubblesUpRevert() public {
        vm.deal(address(proxy), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(CallTarget.CallTarget_Boom.selector, 9));
        vm.prank(controller);
        proxy.doCallWithValue(address(target), abi.encodeCall(CallTarget.boom, (9)), 1 ether);
    }

    function test_doCallWithValue_refusesOutsider() public {
        vm.deal(address(proxy), 1 ether);
        vm.deal(outsider, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, controllerRole)
        );
        vm.prank(outsider);
        proxy.doCallWithValue{value: 1 ether}(outsider, "", 2 ether);
        assertEq(address(proxy).balance, 1 ether);
    }

    // ---- doDelegateCall ----

    function test_doDelegateCall_runsInProxyContext() public {
        vm.expectEmit(address(proxy));
        emit IALMProxy.Forwarded(controller, address(delegateTarget), 0, DelegateTarget.writeSlot.selector, true);
        vm.prank(controller);
        bytes memory result =
            proxy.doDelegateCall(address(delegateTarget), abi.encodeCall(DelegateTarget.writeSlot, (123)));
        assertEq(abi.decode(result, (address)), address(proxy));
        assertEq(uint256(vm.load(address(proxy), delegateTarget.SLOT())), 123);
        assertEq(uint256(vm.load(address(delegateTarget), delegateTarget.SLOT())), 0);
    }

    function test_doDelegateCall_bubblesUpRevert() public {
        vm.expectRevert(DelegateTarget.DelegateTarget_Boom.selector);
        vm.prank(controller);
        proxy.doDelegateCall(address(delegateTarget), abi.encodeCall(DelegateTarget.boom, ()));
    }

    function test_doDelegateCall_refusesOutsider() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, controllerRole)
        );
        vm.prank(outsider);
        proxy.doDelegateCall(address(delegateTarget), abi.encodeCall(DelegateTarget.writeSlot, (1)));
        assertEq(uint256(vm.load(address(proxy), delegateTarget.SLOT())), 0);
    }

    // ---- receive ----

    function test_receive_acceptsEth() public {
        vm.deal(outsider, 1 ether);
        vm.prank(outsider);
        (bool ok,) = address(proxy).call{value: 1 ether}("");
        assertTrue(ok);
        assertEq(address(proxy).balance, 1 ether);
    }

    // ---- roles ----

    function test_grantRole_onlyAdmin() public {
        bytes32 adminRole = proxy.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, adminRole)
        );
        vm.prank(outsider);
        proxy.grantRole(controllerRole, outsider);

        vm.prank(admin);
        proxy.grantRole(controllerRole, outsider);
        assertTrue(proxy.hasRole(controllerRole, outsider));
        assertEq(proxy.getRoleMemberCount(controllerRole), 2);
    }
}
