// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloShareToken} from "../../src/interfaces/IHaloShareToken.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {LctsFixture} from "./LctsFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract HaloShareTokenTest is LctsFixture {
    uint256 internal constant DAY_ONE = 1_800_000_000;

    function setUp() public override {
        super.setUp();
        vm.warp(DAY_ONE);
    }

    // ---- initialize ----

    function test_initialize_setsConfigAndRoles() public view {
        assertEq(shareToken.name(), "Halo Portfolio Unit");
        assertEq(shareToken.symbol(), "HPU");
        assertEq(shareToken.decimals(), 18);
        assertEq(shareToken.exchangeRate(), INITIAL_RATE);
        assertEq(shareToken.maxRateIncreaseBps(), MAX_INCREASE_BPS);
        assertEq(shareToken.subscribeQueue(), address(subscribeQueue));
        assertEq(shareToken.redeemQueue(), address(redeemQueue));
        assertEq(shareToken.lastIncreaseAt(), 0);
        assertTrue(shareToken.hasRole(shareToken.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(shareToken.hasRole(shareToken.BEACON_ROLE(), beacon));
        assertFalse(shareToken.hasRole(shareToken.DEFAULT_ADMIN_ROLE(), beacon));
        assertFalse(shareToken.hasRole(shareToken.BEACON_ROLE(), governance));
    }

    function test_initialize_revertsWhenCalledTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        shareToken.initialize(_tokenConfig());
    }

    function test_initialize_implementationIsLocked() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        tokenImpl.initialize(_tokenConfig());
    }

    function test_initialize_revertsOnEachZeroAddress() public {
        string[4] memory fields = ["admin", "beacon", "subscribeQueue", "redeemQueue"];
        for (uint256 i; i < fields.length; ++i) {
            IHaloShareToken.TokenConfig memory config = _tokenConfig();
            if (i == 0) config.admin = address(0);
            if (i == 1) config.beacon = address(0);
            if (i == 2) config.subscribeQueue = address(0);
            if (i == 3) config.redeemQueue = address(0);
            HaloShareToken fresh = HaloShareToken(Clones.clone(address(tokenImpl)));
            vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_ZeroAddress.selector, fields[i]));
            fresh.initialize(config);
        }
    }

    function test_initialize_revertsOnZeroRate() public {
        IHaloShareToken.TokenConfig memory config = _tokenConfig();
        config.initialExchangeRate = 0;
        HaloShareToken fresh = HaloShareToken(Clones.clone(address(tokenImpl)));
        vm.expectRevert(IHaloShareToken.ShareToken_ZeroExchangeRate.selector);
        fresh.initialize(config);
    }

    function test_initialize_revertsOnExcessiveIncreaseBound() public {
        IHaloShareToken.TokenConfig memory config = _tokenConfig();
        config.maxRateIncreaseBps = 10_001;
        HaloShareToken fresh = HaloShareToken(Clones.clone(address(tokenImpl)));
        vm.expectRevert(
            abi.encodeWithSelector(IHaloShareToken.ShareToken_MaxRateIncreaseTooHigh.selector, 10_001, 10_000)
        );
        fresh.initialize(config);
    }

    // ---- mint / burn ----

    function test_mint_bySubscribeQueueOnly() public {
        vm.prank(address(subscribeQueue));
        shareToken.mint(alice, 5e18);
        assertEq(shareToken.balanceOf(alice), 5e18);
        assertEq(shareToken.totalSupply(), 5e18);

        address[4] memory refused = [outsider, governance, beacon, address(redeemQueue)];
        for (uint256 i; i < refused.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_NotSubscribeQueue.selector, refused[i]));
            vm.prank(refused[i]);
            shareToken.mint(refused[i], 1);
        }
    }

    function test_burn_byRedeemQueueOnlyAndOwnBalance() public {
        vm.startPrank(address(subscribeQueue));
        shareToken.mint(address(redeemQueue), 5e18);
        shareToken.mint(alice, 5e18);
        vm.stopPrank();

        vm.prank(address(redeemQueue));
        shareToken.burn(2e18);
        assertEq(shareToken.balanceOf(address(redeemQueue)), 3e18);
        assertEq(shareToken.totalSupply(), 8e18);

        address[4] memory refused = [outsider, governance, beacon, address(subscribeQueue)];
        for (uint256 i; i < refused.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_NotRedeemQueue.selector, refused[i]));
            vm.prank(refused[i]);
            shareToken.burn(1);
        }
        vm.prank(alice); // a holder cannot burn either: supply moves only through the queues
        vm.expectRevert(abi.encodeWithSelector(IHaloShareToken.ShareToken_NotRedeemQueue.selector, alice));
        shareToken.burn(1);
    }

    // ---- exchange rate ----

    function test_updateExchangeRate_haircutIsInstantAndRepeatable() public {
        vm.expectEmit(address(shareToken));
        emit IHaloShareToken.ExchangeRateUpdated(INITIAL_RATE, 1e18);
        vm.prank(beacon);
        shareToken.updateExchangeRate(1e18);
        vm.prank(beacon);
        shareToken.updateExchangeRate(0.5e18); // same block: decreases are never throttled
        assertEq(shareToken.exchangeRate(), 0.5e18);
        assertEq(shareToken.lastIncreaseAt(), 0, "decreases do not touch the increase clock");
    }

    function test_updateExchangeRate_boundedIncrease() public {
        uint256 maxRate = INITIAL_RATE * (10_000 + MAX_INCREASE_BPS) / 10_000;
        vm.expectRevert(
            abi.encodeWithSelector(IHaloShareToken.ShareToken_RateIncreaseTooLarge.selector, maxRate + 1, maxRate)
        );
        vm.prank(beacon);
        shareToken.updateExchangeRate(maxRate + 1);

        vm.prank(beacon);
        shareToken.updateExchangeRate(maxRate);
        assertEq(shareToken.exchangeRate(), maxRate);
        assertEq(shareToken.lastIncreaseAt(), DAY_ONE);
    }

    function test_updateExchangeRate_oneIncreasePerSettlementDay() public {
        vm.prank(beacon);
        shareToken.updateExchangeRate(INITIAL_RATE + 1);

        vm.warp(DAY_ONE + 20 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloShareToken.ShareToken_RateIncreaseTooSoon.selector, DAY_ONE + 20 hours)
        );
        vm.prank(beacon);
        shareToken.updateExchangeRate(INITIAL_RATE + 2);

        vm.prank(beacon);
        shareToken.updateExchangeRate(INITIAL_RATE); // a decrease is still allowed at once

        vm.warp(DAY_ONE + 20 hours);
        vm.prank(beacon);
        shareToken.updateExchangeRate(INITIAL_RATE + 2);
        assertEq(shareToken.exchangeRate(), INITIAL_RATE + 2);
        assertEq(shareToken.lastIncreaseAt(), DAY_ONE + 20 hours);
    }

    function test_updateExchangeRate_haircutThenRecoveryStillBounded() public {
        vm.prank(beacon);
        shareToken.updateExchangeRate(1e18);
        uint256 maxRate = 1e18 * (10_000 + MAX_INCREASE_BPS) / 10_000; // measured from the haircut rate
        vm.expectRevert(
            abi.encodeWithSelector(IHaloShareToken.ShareToken_RateIncreaseTooLarge.selector, INITIAL_RATE, maxRate)
        );
        vm.prank(beacon);
        shareToken.updateExchangeRate(INITIAL_RATE);
    }

    function test_updateExchangeRate_equalRateIsNotAnIncrease() public {
        vm.prank(beacon);
        shareToken.updateExchangeRate(INITIAL_RATE);
        assertEq(shareToken.lastIncreaseAt(), 0);
    }

    function test_updateExchangeRate_revertsOnZero() public {
        vm.expectRevert(IHaloShareToken.ShareToken_ZeroExchangeRate.selector);
        vm.prank(beacon);
        shareToken.updateExchangeRate(0);
    }

    function test_updateExchangeRate_refusesOutsiderAndGovernance() public {
        bytes32 role = shareToken.BEACON_ROLE();
        vm.expectRevert(_missingRole(outsider, role));
        vm.prank(outsider);
        shareToken.updateExchangeRate(1e18);
        vm.expectRevert(_missingRole(governance, role));
        vm.prank(governance);
        shareToken.updateExchangeRate(1e18);
    }

    /// @dev Over any sequence of daily updates the rate can never outgrow (1 + bps)^days.
    function testFuzz_updateExchangeRate_neverOutgrowsTheDailyBound(uint256[8] memory asks, uint8 gapsHours) public {
        uint256 rate = INITIAL_RATE;
        uint256 gap = bound(gapsHours, 1, 48) * 1 hours;
        uint256 increases;
        for (uint256 i; i < asks.length; ++i) {
            vm.warp(block.timestamp + gap);
            uint256 ask = bound(asks[i], 1, rate * 2);
            vm.prank(beacon);
            try shareToken.updateExchangeRate(ask) {
                if (ask > rate) increases++;
                rate = ask;
            } catch {}
            assertEq(shareToken.exchangeRate(), rate);
        }
        uint256 ceiling = INITIAL_RATE;
        for (uint256 i; i < increases; ++i) {
            ceiling = ceiling * (10_000 + MAX_INCREASE_BPS) / 10_000;
        }
        assertLe(rate, ceiling);
        assertLe(increases, (asks.length * gap) / 20 hours + 1, "at most one increase per 20 h");
    }

    // ---- governance ----

    function test_setMaxRateIncreaseBps_byGovernance() public {
        vm.expectEmit(address(shareToken));
        emit IHaloShareToken.MaxRateIncreaseBpsSet(MAX_INCREASE_BPS, 100);
        vm.prank(governance);
        shareToken.setMaxRateIncreaseBps(100);
        assertEq(shareToken.maxRateIncreaseBps(), 100);
    }

    function test_setMaxRateIncreaseBps_revertsAboveLimit() public {
        vm.expectRevert(
            abi.encodeWithSelector(IHaloShareToken.ShareToken_MaxRateIncreaseTooHigh.selector, 10_001, 10_000)
        );
        vm.prank(governance);
        shareToken.setMaxRateIncreaseBps(10_001);
    }

    function test_setMaxRateIncreaseBps_refusesOutsiderAndBeacon() public {
        bytes32 role = shareToken.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(_missingRole(outsider, role));
        vm.prank(outsider);
        shareToken.setMaxRateIncreaseBps(1);
        vm.expectRevert(_missingRole(beacon, role));
        vm.prank(beacon);
        shareToken.setMaxRateIncreaseBps(1);
    }

    function test_supportsInterface() public view {
        assertTrue(shareToken.supportsInterface(type(IHaloShareToken).interfaceId));
        assertTrue(shareToken.supportsInterface(type(IERC20).interfaceId));
        assertTrue(shareToken.supportsInterface(type(IAccessControl).interfaceId));
        // Plain AccessControl (docs/gas.md): holders are read from RoleGranted / RoleRevoked, not on chain.
        assertFalse(shareToken.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertFalse(shareToken.supportsInterface(0xffffffff));
    }

    function test_constants() public view {
        assertEq(shareToken.MIN_INCREASE_INTERVAL(), 20 hours);
        assertEq(shareToken.MAX_RATE_INCREASE_BPS_LIMIT(), 10_000);
        assertEq(shareToken.BEACON_ROLE(), keccak256("BEACON_ROLE"));
    }
}
