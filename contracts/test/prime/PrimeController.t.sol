// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {IBeamState} from "../../src/interfaces/pas/IBeamState.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";
import {PrimeController} from "./PrimeController.sol";

/// @notice A Prime's PAU (the test-only Spark-style PrimeController) onboarded into a Portfolio unit and a Term
///         class through PAS the way a new Prime is: the Prime's governance authorises the PAS Configurator in its
///         PAU, the Core Council registers its RateLimits, inits and GovOps (timelocked) and grants the cBEAM
///         (direct), GovOps instantiates and ramps the limits under SORL; the relayer then moves tokens within
///         the limits and is refused above them.
contract PrimeControllerTest is SystemFixture {
    bytes32 internal constant PORTFOLIO = "acme-mmf";
    bytes32 internal constant UNIT = "acme-mmf-senior";
    bytes32 internal constant TERM = "acme-term";
    uint256 internal constant INIT_MAX = 1_000_000e18;
    uint256 internal constant INIT_SLOPE = INIT_MAX / 1 days;

    address internal primeGovernance = makeAddr("primeGovernance");
    address internal primeGovOps = makeAddr("primeGovOps");
    address internal primeRelayer = makeAddr("primeRelayer");

    PrimeController internal prime;
    IRateLimits internal rl;
    address internal subscribeQueue;
    address internal redeemQueue;
    address internal facility;

    function setUp() public {
        _deploySystem();
        vm.startPrank(deployer);
        factory.deployClass(_portfolioClassRequest(PORTFOLIO), "v1");
        IHaloFactory.UnitAddresses memory u = factory.deployUnit(_unitRequest(UNIT, PORTFOLIO), "v1");
        IHaloFactory.ClassAddresses memory t = factory.deployClass(_termClassRequest(TERM), "v1");
        vm.stopPrank();
        subscribeQueue = u.subscribeQueue;
        redeemQueue = u.redeemQueue;
        facility = t.facility;

        prime = new PrimeController(primeGovernance, address(almProxyImpl), address(rateLimitsImpl));
        rl = IRateLimits(address(prime.rateLimits()));
        vm.startPrank(primeGovernance);
        prime.grantRole(prime.RELAYER(), primeRelayer);
        // PASAuthorizeInPAU: the Prime's governance makes the PAS Configurator admin of its controller and RateLimits.
        prime.grantRole(bytes32(0), address(configurator));
        prime.rateLimits().grantRole(bytes32(0), address(configurator));
        vm.stopPrank();
        usds.mint(address(prime.proxy()), 10_000_000e18);
    }

    function _keys() internal view returns (bytes32[] memory keys) {
        keys = new bytes32[](2);
        keys[0] = prime.lctsDepositKey(subscribeQueue);
        keys[1] = prime.nfatSubscribeKey(address(usds), facility);
    }

    /// @dev The Core Council's timelocked batch, then its direct grant, then GovOps instantiating both limits.
    function _onboard() internal {
        bytes32[] memory keys = _keys();
        address[] memory targets = new address[](4);
        bytes[] memory payloads = new bytes[](4);
        for (uint256 i = 0; i < 4; ++i) {
            targets[i] = address(beamState);
        }
        payloads[0] = abi.encodeCall(IBeamState.addRateLimits, (address(rl)));
        payloads[1] = abi.encodeCall(IBeamState.addInitRateLimits, (keys[0], address(rl), INIT_MAX, INIT_SLOPE));
        payloads[2] = abi.encodeCall(IBeamState.addInitRateLimits, (keys[1], address(rl), INIT_MAX, INIT_SLOPE));
        payloads[3] = abi.encodeCall(IBeamState.addCBeam, (primeGovOps));
        _governanceBatch(targets, payloads);
        vm.prank(coreCouncil);
        beamState.setCBeamForRateLimits(address(rl), primeGovOps);
        vm.startPrank(primeGovOps);
        configurator.setRateLimit(address(rl), keys[0], INIT_MAX, INIT_SLOPE);
        configurator.setRateLimit(address(rl), keys[1], INIT_MAX, INIT_SLOPE);
        vm.stopPrank();
    }

    function test_constructor_wiresThePau() public view {
        assertTrue(prime.hasRole(bytes32(0), primeGovernance));
        assertTrue(prime.proxy().hasRole(keccak256("CONTROLLER"), address(prime)));
        assertTrue(prime.rateLimits().hasRole(keccak256("CONTROLLER"), address(prime)));
        assertTrue(prime.rateLimits().hasRole(bytes32(0), primeGovernance));
        assertEq(prime.rateLimits().factory(), address(0));
    }

    function test_constructor_refusesZeroAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(PrimeController.PrimeController_ZeroAddress.selector, "admin"));
        new PrimeController(address(0), address(almProxyImpl), address(rateLimitsImpl));
    }

    function test_keys_followThePrimeControllersDerivation() public view {
        assertEq(
            prime.lctsDepositKey(subscribeQueue), keccak256(abi.encode(keccak256("LIMIT_7540_DEPOSIT"), subscribeQueue))
        );
        assertEq(prime.lctsRedeemKey(redeemQueue), keccak256(abi.encode(keccak256("LIMIT_7540_REDEEM"), redeemQueue)));
        assertEq(
            prime.nfatSubscribeKey(address(usds), facility),
            keccak256(abi.encode(keccak256("LIMIT_NFAT_PRIME_SUBSCRIBE"), address(usds), facility))
        );
        assertEq(
            prime.nfatWithdrawKey(facility), keccak256(abi.encode(keccak256("LIMIT_NFAT_PRIME_WITHDRAW"), facility))
        );
    }

    function test_onboarded_movesWithinLimits_refusesAbove() public {
        _onboard();
        bytes32[] memory keys = _keys();
        // A new key starts empty in PAS; half a day of slope refills half the limit.
        vm.warp(block.timestamp + 12 hours);
        uint256 available = rl.getCurrentRateLimit(keys[0]);
        assertEq(available, INIT_SLOPE * 12 hours);

        vm.startPrank(primeRelayer);
        prime.depositLcts(subscribeQueue, 300_000e18, false);
        prime.depositNfat(facility, 200_000e18);
        vm.stopPrank();
        assertEq(usds.balanceOf(subscribeQueue), 300_000e18);
        assertEq(usds.balanceOf(facility), 200_000e18);
        assertEq(rl.getCurrentRateLimit(keys[0]), available - 300_000e18);
        assertEq(usds.balanceOf(address(prime.proxy())), 10_000_000e18 - 500_000e18);

        // Over the limit: refused by the Prime's RateLimits.
        uint256 left = rl.getCurrentRateLimit(keys[0]);
        vm.expectRevert(
            abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, keys[0], left + 1, left)
        );
        vm.prank(primeRelayer);
        prime.depositLcts(subscribeQueue, left + 1, false);
    }

    function test_withdrawNfat_needsItsOwnKey() public {
        _onboard();
        vm.warp(block.timestamp + 12 hours);
        vm.prank(primeRelayer);
        prime.depositNfat(facility, 100_000e18);
        bytes32 key = prime.nfatWithdrawKey(facility);
        // No limit on the withdraw key yet: nothing may come back.
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 100_000e18, 0));
        vm.prank(primeRelayer);
        prime.withdrawNfat(facility);
        // The Prime's governance sets it (a Prime-side limit), then the position comes back.
        vm.prank(primeGovernance);
        rl.setRateLimitData(key, 1_000_000e18, 0);
        vm.prank(primeRelayer);
        prime.withdrawNfat(facility);
        assertEq(usds.balanceOf(address(prime.proxy())), 10_000_000e18);
        assertEq(rl.getCurrentRateLimit(key), 900_000e18);
    }

    function test_depositLcts_redeemKey() public {
        bytes32 key = prime.lctsRedeemKey(subscribeQueue);
        vm.prank(primeGovernance);
        rl.setRateLimitData(key, 1000e18, 0);
        vm.prank(primeRelayer);
        prime.depositLcts(subscribeQueue, 1000e18, true);
        assertEq(rl.getCurrentRateLimit(key), 0);
    }

    function test_depositLcts_redeemQueue_spendsShares() public {
        address shareToken = ILctsQueue(redeemQueue).underlyingAsset();
        address proxy = address(prime.proxy());
        vm.prank(subscribeQueue);
        IHaloShareToken(shareToken).mint(proxy, 400e18);
        bytes32 key = prime.lctsRedeemKey(redeemQueue);
        vm.prank(primeGovernance);
        rl.setRateLimitData(key, 1000e18, 0);
        vm.prank(primeRelayer);
        prime.depositLcts(redeemQueue, 400e18, true);
        assertEq(IERC20(shareToken).balanceOf(proxy), 0);
        assertEq(IERC20(shareToken).balanceOf(redeemQueue), 400e18);
        assertEq(usds.balanceOf(proxy), 10_000_000e18);
        assertEq(rl.getCurrentRateLimit(key), 600e18);
    }

    function test_beforeOnboarding_nothingMoves() public {
        bytes32 key = prime.lctsDepositKey(subscribeQueue);
        vm.expectRevert(abi.encodeWithSelector(IRateLimits.RateLimits_RateLimitExceeded.selector, key, 1e18, 0));
        vm.prank(primeRelayer);
        prime.depositLcts(subscribeQueue, 1e18, false);
        vm.expectRevert("Configurator/not-authorized-ratelimits-cBeam");
        vm.prank(primeGovOps);
        configurator.setRateLimit(address(rl), key, INIT_MAX, INIT_SLOPE);
    }

    function test_relayerActions_refuseOutsider() public {
        bytes32 relayer = prime.RELAYER();
        bytes memory denied =
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, relayer);
        vm.startPrank(outsider);
        vm.expectRevert(denied);
        prime.depositLcts(subscribeQueue, 1e18, false);
        vm.expectRevert(denied);
        prime.depositNfat(facility, 1e18);
        vm.expectRevert(denied);
        prime.withdrawNfat(facility);
        vm.stopPrank();
    }
}
