// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IRateLimits} from "../../src/interfaces/IRateLimits.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {RateLimitKeys} from "../../src/pau/RateLimitKeys.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice An ERC-20 without `decimals()` (the function is optional in ERC-20).
contract NoDecimalsToken {
    function balanceOf(address) external pure returns (uint256) {
        return 0;
    }
}

/// @notice A token whose `decimals()` returns something that is not one ABI word.
contract ShortDecimalsToken {
    fallback() external {
        assembly {
            mstore(0, 6)
            return(31, 1)
        }
    }
}

/// @notice A-02: Day-0 limits are template amounts in 18-decimal reference units, scaled to the deposit asset's
///         decimals, and a template may list the deposit assets it accepts.
contract HaloFactoryAssetTest is SystemFixture {
    bytes32 internal constant SALT = "salt-1";

    function setUp() public {
        _deploySystem();
    }

    function _portfolioUnitDay0(address asset, bytes32 classId) internal returns (IRateLimits.RateLimitData memory) {
        IHaloFactory.ClassRequest memory c = _portfolioClassRequest(classId);
        c.depositAsset = asset;
        vm.startPrank(deployer);
        IHaloFactory.ClassAddresses memory a = factory.deployClass(c, SALT);
        IHaloFactory.UnitAddresses memory u =
            factory.deployUnit(_unitRequest(bytes32("u-") | (classId >> 16), classId), SALT);
        vm.stopPrank();
        bytes32 key = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, asset, u.subscribeQueue);
        return RateLimits(a.rateLimits).getRateLimitData(key);
    }

    /// @dev Before the fix a 6-decimal asset got IRL = 1e23 raw units, i.e. 1e17 tokens on Day-0.
    function test_A02_day0LimitsScaleWithDecimals() public {
        uint8[3] memory decimals = [6, 8, 18];
        bytes32[3] memory ids = [bytes32("usdc-class"), bytes32("wbtc-class"), bytes32("susds-class")];
        for (uint256 i = 0; i < 3; ++i) {
            MockERC20 token = new MockERC20("T", "T", decimals[i]);
            IRateLimits.RateLimitData memory d = _portfolioUnitDay0(address(token), ids[i]);
            // 100,000 tokens whatever the decimals
            assertEq(d.maxAmount, 100_000 * 10 ** decimals[i]);
            assertEq(d.slope, IRL_SLOPE / 10 ** (18 - decimals[i]));
        }
    }

    function test_A02_termClassDay0LimitsScale() public {
        MockERC20 usdc = new MockERC20("USD Coin", "USDC", 6);
        IHaloFactory.ClassRequest memory c = _termClassRequest("usdc-term");
        c.depositAsset = address(usdc);
        vm.prank(deployer);
        IHaloFactory.ClassAddresses memory a = factory.deployClass(c, SALT);
        bytes32 key = RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usdc), a.facility);
        assertEq(RateLimits(a.rateLimits).getRateLimitData(key).maxAmount, 100_000e6);
        uint256 maxAmount = beamState.getInitRateLimits(key, a.rateLimits).maxAmount;
        assertEq(maxAmount, 100_000e6);
    }

    function test_A02_36DecimalsAccepted() public {
        MockERC20 token = new MockERC20("T", "T", 36);
        IRateLimits.RateLimitData memory d = _portfolioUnitDay0(address(token), "wide-class");
        assertEq(d.maxAmount, 100_000e36);
        assertEq(d.slope, IRL_SLOPE * 1e18);
    }

    function test_A02_assetsWithoutUsableDecimalsRefused() public {
        address[4] memory bad = [
            address(new NoDecimalsToken()),
            address(new ShortDecimalsToken()),
            makeAddr("eoa"),
            address(new MockERC20("T", "T", 37))
        ];
        for (uint256 i = 0; i < bad.length; ++i) {
            IHaloFactory.ClassRequest memory c = _portfolioClassRequest("bad-class");
            c.depositAsset = bad[i];
            vm.expectRevert(
                i == 3
                    ? abi.encodeWithSelector(IHaloFactory.Factory_DepositAssetDecimals.selector, bad[i], 37)
                    : abi.encodeWithSelector(IHaloFactory.Factory_DepositAssetNoDecimals.selector, bad[i])
            );
            vm.prank(deployer);
            factory.deployClass(c, SALT);
        }
    }

    /// @dev A template may list its deposit assets (e.g. the dollar stablecoins its Day-0 limits are sized for):
    ///      a 100,000-unit Day-0 limit is then never applied to WETH.
    function test_A02_templateAllowList() public {
        MockERC20 weth = new MockERC20("Wrapped Ether", "WETH", 18);
        ITemplateRegistry.TemplateSpec memory spec = _lctsSpec();
        spec.depositAssets = new address[](1);
        spec.depositAssets[0] = address(usds);
        vm.prank(deployer);
        templates.proposeTemplate(LCTS_TEMPLATE, 2, spec);
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.approveTemplate, (LCTS_TEMPLATE, 2)));
        assertEq(templates.getTemplate(LCTS_TEMPLATE, 2).spec.depositAssets[0], address(usds));

        IHaloFactory.ClassRequest memory c = _portfolioClassRequest("weth-class");
        c.templateVersion = 2;
        c.depositAsset = address(weth);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_DepositAssetNotAllowed.selector, address(weth)));
        vm.prank(deployer);
        factory.deployClass(c, SALT);

        c.depositAsset = address(usds);
        vm.prank(deployer);
        factory.deployClass(c, SALT);
        assertTrue(registry.classExists("weth-class"));
    }

    function test_A02_templateAllowListRefusesZero() public {
        ITemplateRegistry.TemplateSpec memory spec = _lctsSpec();
        spec.depositAssets = new address[](1);
        vm.expectRevert(abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_ZeroAddress.selector, "depositAsset"));
        vm.prank(deployer);
        templates.proposeTemplate(LCTS_TEMPLATE, 2, spec);
    }

    /// @dev A Day-0 amount that overflows once scaled up is refused by name; an unlimited one stays unlimited.
    function test_A02_scalingEdges() public {
        ITemplateRegistry.TemplateSpec memory spec = _lctsSpec();
        uint256 huge = type(uint256).max / 1e17;
        spec.day0Limits[0].maxAmount = huge;
        spec.day0Limits[1].maxAmount = type(uint256).max;
        spec.day0Limits[1].slope = 0;
        vm.prank(deployer);
        templates.proposeTemplate(LCTS_TEMPLATE, 2, spec);
        _governance(address(templates), abi.encodeCall(ITemplateRegistry.approveTemplate, (LCTS_TEMPLATE, 2)));

        MockERC20 wide = new MockERC20("T", "T", 36);
        IHaloFactory.ClassRequest memory c = _portfolioClassRequest("wide-class");
        c.templateVersion = 2;
        c.depositAsset = address(wide);
        vm.startPrank(deployer);
        factory.deployClass(c, SALT);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_Day0LimitOverflow.selector, huge, 36));
        factory.deployUnit(_unitRequest("wide-unit", "wide-class"), SALT);

        MockERC20 usdc = new MockERC20("T", "T", 6);
        c.classId = "usdc-class";
        c.depositAsset = address(usdc);
        IHaloFactory.ClassAddresses memory a = factory.deployClass(c, SALT);
        IHaloFactory.UnitAddresses memory u = factory.deployUnit(_unitRequest("usdc-unit", "usdc-class"), SALT);
        vm.stopPrank();
        bytes32 outKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_OUTFLOW, address(usdc), u.redeemQueue);
        bytes32 inKey =
            RateLimitKeys.assetCounterpartyKey(RateLimitKeys.LIMIT_UNIT_INFLOW, address(usdc), u.subscribeQueue);
        assertEq(RateLimits(a.rateLimits).getRateLimitData(outKey).maxAmount, type(uint256).max);
        assertEq(RateLimits(a.rateLimits).getRateLimitData(inKey).maxAmount, huge / 1e12);
    }
}
