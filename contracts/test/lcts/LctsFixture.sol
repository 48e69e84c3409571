// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {LctsQueueBase} from "../../src/lcts/LctsQueueBase.sol";
import {RedeemQueue} from "../../src/lcts/RedeemQueue.sol";
import {SubscribeQueue} from "../../src/lcts/SubscribeQueue.sol";
import {MockController} from "./mocks/MockController.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Deploys one Portfolio unit the way the factory does: three clones of locked implementations,
///         initialised with `ILctsQueue.initialize(QueueConfig)` / `IHaloShareToken.initialize(TokenConfig)`,
///         wired to a mock class controller whose "ALMProxy" is a plain address.
abstract contract LctsFixture is Test {
    uint256 internal constant INITIAL_RATE = 1.25e18; // 1.25 deposit asset per share
    uint256 internal constant MAX_INCREASE_BPS = 50; // 0.5 % per day

    uint256 internal initialRate = INITIAL_RATE; // a test may change it before `_deployUnit`

    address internal governance = makeAddr("governance");
    address internal beacon = makeAddr("lpha-lcts");
    address internal outsider = makeAddr("outsider");
    address internal almProxy = makeAddr("almProxy");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    HaloShareToken internal tokenImpl;
    SubscribeQueue internal subscribeImpl;
    RedeemQueue internal redeemImpl;

    MockERC20 internal usds;
    MockController internal controller;
    address internal unitController; // what the queues call: the mock, or a real HaloController
    address internal unitProxy; // where settlement custody goes: `almProxy` for the mock, or a real ALMProxy
    HaloShareToken internal shareToken;
    SubscribeQueue internal subscribeQueue;
    RedeemQueue internal redeemQueue;

    function setUp() public virtual {
        usds = new MockERC20("Savings USDS", "sUSDS", 18);
        _deployUnit(address(usds), 0, 0);
    }

    function _deployUnit(address depositAsset, uint256 capacity, uint256 minDeposit) internal {
        controller = new MockController(almProxy);
        _deployUnitOn(depositAsset, capacity, minDeposit, address(controller), almProxy);

        vm.startPrank(almProxy);
        IERC20(depositAsset).approve(address(controller), type(uint256).max);
        shareToken.approve(address(controller), type(uint256).max);
        vm.stopPrank();
    }

    /// @dev The three clones of a unit, wired to `controller_` (whose custody lives at `proxy_`).
    function _deployUnitOn(
        address depositAsset,
        uint256 capacity,
        uint256 minDeposit,
        address controller_,
        address proxy_
    ) internal {
        unitController = controller_;
        unitProxy = proxy_;
        tokenImpl = new HaloShareToken();
        subscribeImpl = new SubscribeQueue();
        redeemImpl = new RedeemQueue();

        shareToken = HaloShareToken(Clones.clone(address(tokenImpl)));
        subscribeQueue = SubscribeQueue(Clones.clone(address(subscribeImpl)));
        redeemQueue = RedeemQueue(Clones.clone(address(redeemImpl)));

        shareToken.initialize(_tokenConfig());
        subscribeQueue.initialize(_queueConfig(depositAsset, capacity, minDeposit));
        redeemQueue.initialize(_queueConfig(depositAsset, capacity, minDeposit));
    }

    function _tokenConfig() internal view returns (IHaloShareToken.TokenConfig memory) {
        return IHaloShareToken.TokenConfig({
            name: "Halo Portfolio Unit",
            symbol: "HPU",
            admin: governance,
            beacon: beacon,
            subscribeQueue: address(subscribeQueue),
            redeemQueue: address(redeemQueue),
            initialExchangeRate: initialRate,
            maxRateIncreaseBps: MAX_INCREASE_BPS
        });
    }

    function _queueConfig(address depositAsset, uint256 capacity, uint256 minDeposit)
        internal
        view
        returns (ILctsQueue.QueueConfig memory)
    {
        return ILctsQueue.QueueConfig({
            admin: governance,
            beacon: beacon,
            depositAsset: depositAsset,
            shareToken: address(shareToken),
            controller: unitController,
            capacity: capacity,
            minDeposit: minDeposit
        });
    }

    // ---- funding ----

    /// @dev Give `user` `amount` of `queue`'s underlying and let the queue pull it.
    function _fund(LctsQueueBase queue, address user, uint256 amount) internal {
        if (address(queue) == address(redeemQueue)) {
            vm.prank(address(subscribeQueue)); // the only minter; stands in for an earlier subscription
            shareToken.mint(user, amount);
        } else {
            MockERC20(queue.depositAsset()).mint(user, amount);
        }
        IERC20 token = IERC20(queue.underlyingAsset());
        vm.prank(user);
        token.approve(address(queue), type(uint256).max);
    }

    /// @dev Make sure the ALMProxy can pay whatever a redeem settlement asks for.
    function _fundProxy(uint256 amount) internal {
        MockERC20(address(usds)).mint(unitProxy, amount);
    }

    function _deposit(LctsQueueBase queue, address user, uint256 amount) internal returns (uint256 shares) {
        _fund(queue, user, amount);
        vm.prank(user);
        shares = queue.deposit(amount);
    }

    function _lock(LctsQueueBase queue) internal {
        vm.prank(beacon);
        queue.lock();
    }

    function _settle(LctsQueueBase queue, uint256 capacity) internal returns (uint256 converted, uint256 reward) {
        vm.prank(beacon);
        (converted, reward) = queue.settle(capacity);
    }

    function _lockAndSettle(LctsQueueBase queue, uint256 capacity)
        internal
        returns (uint256 converted, uint256 reward)
    {
        _lock(queue);
        (converted, reward) = _settle(queue, capacity);
    }

    /// @dev The reward `converted` underlying buys in `queue` at the token's current rate (rounded down).
    function _quote(LctsQueueBase queue, uint256 converted) internal view returns (uint256) {
        uint256 rate = shareToken.exchangeRate();
        return address(queue) == address(subscribeQueue) ? converted * 1e18 / rate : converted * rate / 1e18;
    }

    function _missingRole(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("AccessControlUnauthorizedAccount(address,bytes32)", account, role);
    }
}
