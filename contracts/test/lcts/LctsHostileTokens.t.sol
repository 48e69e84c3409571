// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {LctsFixture} from "./LctsFixture.sol";
import {FeeOnTransferERC20} from "./mocks/FeeOnTransferERC20.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {ReentrantERC20} from "./mocks/ReentrantERC20.sol";
import {
    ReentrancyGuardTransientUpgradeable
} from "@openzeppelin/contracts-upgradeable/utils/ReentrancyGuardTransientUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Decision (docs/lcts.md, "Hostile tokens"): a deposit asset that does not move exactly what it is asked
///         to is refused, not accounted for; re-entry from a token hook hits the reentrancy guard.
contract LctsFeeOnTransferTest is LctsFixture {
    FeeOnTransferERC20 internal feeToken;

    function setUp() public override {
        feeToken = new FeeOnTransferERC20(100); // 1 %
        _deployUnit(address(feeToken), 0, 0);
    }

    function test_feeOnTransfer_depositRefused() public {
        feeToken.mint(alice, 100e18);
        vm.prank(alice);
        feeToken.approve(address(subscribeQueue), type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSelector(ILctsQueue.LctsQueue_TransferMismatch.selector, address(feeToken), 100e18, 99e18)
        );
        vm.prank(alice);
        subscribeQueue.deposit(100e18);
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.DORMANT));
    }

    function test_feeOnTransfer_redeemPayoutRefused() public {
        // The fee is switched on after shares exist: the ALMProxy's payout arrives short, so settlement reverts
        // and the generation stays LOCKED for the beacon to handle, with no reward booked.
        feeToken.setFeeBps(0);
        feeToken.mint(almProxy, 1000e18);
        _deposit(redeemQueue, alice, 100e18);
        _lock(redeemQueue);
        feeToken.setFeeBps(100);
        vm.expectRevert(
            abi.encodeWithSelector(ILctsQueue.LctsQueue_TransferMismatch.selector, address(feeToken), 125e18, 123.75e18)
        );
        _settle(redeemQueue, 100e18);
        assertEq(uint8(redeemQueue.queueState()), uint8(ILctsQueue.QueueState.LOCKED));
        assertEq(redeemQueue.generation(1).rewardPerToken, 0);
    }

    function test_feeOnTransfer_subscribeSettlementBooksWhatLeftTheQueue() public {
        feeToken.setFeeBps(0);
        _deposit(subscribeQueue, alice, 100e18);
        _lock(subscribeQueue);
        feeToken.setFeeBps(100);
        // The controller pulls 100 but the proxy receives 99: the queue still lost exactly 100, so the queue's
        // own books are right and the settlement goes through; the shortfall is the ALMProxy's to see.
        (uint256 converted,) = _settle(subscribeQueue, 100e18);
        assertEq(converted, 100e18);
        assertEq(feeToken.balanceOf(address(subscribeQueue)), 0);
    }
}

contract LctsReentrantTokenTest is LctsFixture {
    ReentrantERC20 internal hostile;

    function setUp() public override {
        hostile = new ReentrantERC20();
        _deployUnit(address(hostile), 0, 0);
    }

    function _expectGuardTripped() internal view {
        assertFalse(hostile.reentrySucceeded(), "re-entry must fail");
        assertEq(
            hostile.reentryRevertData(),
            abi.encodeWithSelector(ReentrancyGuardTransientUpgradeable.ReentrancyGuardReentrantCall.selector)
        );
    }

    function test_reentrant_depositCannotReenterExit() public {
        _deposit(subscribeQueue, alice, 100e18);
        hostile.mint(bob, 10e18);
        vm.prank(bob);
        hostile.approve(address(subscribeQueue), type(uint256).max);
        hostile.arm(address(subscribeQueue), abi.encodeCall(ILctsQueue.claimAndExit, ()));
        vm.prank(bob);
        subscribeQueue.deposit(10e18);
        _expectGuardTripped();
        assertEq(subscribeQueue.generation(1).totalUnderlying, 110e18);
        assertEq(hostile.balanceOf(address(subscribeQueue)), 110e18);
    }

    function test_reentrant_exitCannotReenterExit() public {
        _deposit(subscribeQueue, alice, 100e18);
        _deposit(subscribeQueue, bob, 100e18);
        // Whatever the hook tries (here: a second exit through the token's own call), the guard refuses it and
        // alice's single exit pays exactly her half.
        hostile.arm(address(subscribeQueue), abi.encodeCall(ILctsQueue.claimAndExit, ()));
        vm.prank(alice);
        (, uint256 back) = subscribeQueue.claimAndExit();
        _expectGuardTripped();
        assertEq(back, 100e18);
        assertEq(hostile.balanceOf(alice), 100e18);
        assertEq(hostile.balanceOf(address(subscribeQueue)), 100e18);
        assertEq(subscribeQueue.generation(1).totalUnderlying, 100e18);
    }

    function test_reentrant_settleCannotReenterDeposit() public {
        _deposit(subscribeQueue, alice, 100e18);
        hostile.mint(bob, 10e18);
        vm.prank(bob);
        hostile.approve(address(subscribeQueue), type(uint256).max);
        _lock(subscribeQueue);
        hostile.arm(address(subscribeQueue), abi.encodeCall(ILctsQueue.deposit, (10e18)));
        _settle(subscribeQueue, 40e18);
        _expectGuardTripped();
        assertEq(subscribeQueue.generation(1).totalUnderlying, 60e18);
        assertEq(hostile.balanceOf(address(subscribeQueue)), 60e18);
    }

    function test_reentrant_redeemPayoutCannotReenterClaim() public {
        hostile.mint(almProxy, 1000e18);
        _deposit(redeemQueue, alice, 100e18);
        _lock(redeemQueue);
        hostile.arm(address(redeemQueue), abi.encodeCall(ILctsQueue.claim, ()));
        (, uint256 paid) = _settle(redeemQueue, 100e18);
        _expectGuardTripped();
        assertEq(hostile.balanceOf(address(redeemQueue)), paid);
    }
}

/// @dev A broken class controller that takes one unit less than asked from the unit.
contract ShortchangingLctsController {
    address public immutable proxy;

    constructor(address proxy_) {
        proxy = proxy_;
    }

    function receiveFromUnit(address asset, uint256 amount) external {
        IERC20(asset).transferFrom(msg.sender, proxy, amount - 1);
    }
}

/// @notice The SubscribeQueue checks what actually left it at settlement, whatever the controller does.
contract LctsShortchangingControllerTest is LctsFixture {
    function setUp() public override {
        usds = new MockERC20("Savings USDS", "sUSDS", 18);
        ShortchangingLctsController short = new ShortchangingLctsController(almProxy);
        _deployUnitOn(address(usds), 0, 0, address(short), almProxy);
    }

    function test_subscribeSettlementRefusesAControllerThatTakesLess() public {
        _deposit(subscribeQueue, alice, 100e18);
        _lock(subscribeQueue);
        vm.expectRevert(
            abi.encodeWithSelector(ILctsQueue.LctsQueue_TransferMismatch.selector, address(usds), 100e18, 100e18 - 1)
        );
        _settle(subscribeQueue, 100e18);
        assertEq(uint8(subscribeQueue.queueState()), uint8(ILctsQueue.QueueState.LOCKED));
        assertEq(subscribeQueue.sharesOf(bob), 0, "no position, no shares");
    }
}
