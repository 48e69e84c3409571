// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

contract NfatDealTokenTest is NfatFixture {
    address internal fac;
    address internal red;

    function setUp() public override {
        super.setUp();
        fac = address(facility);
        red = address(redeem);
    }

    function _deal(uint256 principal) internal view returns (INfatDealToken.Deal memory) {
        return INfatDealToken.Deal({
            principal: uint128(principal),
            originalPrincipal: uint128(principal),
            depositor: primeA,
            mintedAt: uint40(block.timestamp),
            maturity: uint40(block.timestamp + YEAR),
            schedule: uint8(INfatFacility.Schedule.BULLET),
            bookId: BOOK,
            termsHash: keccak256("terms")
        });
    }

    function _mint(address to, uint256 principal) internal returns (uint256 id) {
        vm.prank(fac);
        id = token.mint(to, _deal(principal));
    }

    function _config() internal view returns (INfatDealToken.DealTokenConfig memory) {
        return INfatDealToken.DealTokenConfig({
            name: "NFAT",
            symbol: "NFAT",
            admin: admin,
            operator: operator,
            facility: fac,
            redeem: red,
            allowListEnabled: false
        });
    }

    // ---- initialize ----

    function test_Initialize_SetsRolesAndConfig() public view {
        assertEq(token.name(), "NFAT term-1");
        assertEq(token.symbol(), "NFAT");
        assertEq(token.facility(), fac);
        assertEq(token.redeem(), red);
        assertFalse(token.allowListEnabled());
        assertEq(token.OPERATOR(), OPERATOR_ROLE);
        assertTrue(token.hasRole(token.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(token.hasRole(OPERATOR_ROLE, operator));
        assertFalse(token.hasRole(OPERATOR_ROLE, admin));
    }

    function test_Initialize_ImplementationLockedAndOnce() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        tokenImpl.initialize(_config());
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        token.initialize(_config());
    }

    function test_Initialize_RevertsOnZeroAddress() public {
        NfatDealToken fresh = NfatDealToken(Clones.clone(address(tokenImpl)));
        INfatDealToken.DealTokenConfig memory cfg = _config();
        cfg.admin = address(0);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_ZeroAddress.selector, "admin"));
        fresh.initialize(cfg);
        cfg = _config();
        cfg.facility = address(0);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_ZeroAddress.selector, "facility"));
        fresh.initialize(cfg);
        cfg = _config();
        cfg.redeem = address(0);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_ZeroAddress.selector, "redeem"));
        fresh.initialize(cfg);
    }

    // ---- mint ----

    function test_Mint_ByFacility() public {
        INfatDealToken.Deal memory d = _deal(5 * M);
        vm.expectEmit(address(token));
        emit INfatDealToken.DealMinted(1, primeA, BOOK, d);
        uint256 id = _mint(primeA, 5 * M);
        assertEq(id, 1);
        assertEq(_mint(primeB, M), 2);
        assertEq(token.ownerOf(1), primeA);
        assertEq(token.totalMinted(), 2);
        assertEq(token.totalOutstanding(), 2);
        assertTrue(token.exists(1));
        assertEq(keccak256(abi.encode(token.deal(1))), keccak256(abi.encode(d)));
    }

    function test_Mint_RevertsOnZeroPrincipal() public {
        INfatDealToken.Deal memory d = _deal(0);
        vm.prank(fac);
        vm.expectRevert(INfatDealToken.DealToken_ZeroPrincipal.selector);
        token.mint(primeA, d);
    }

    function test_Mint_OutsiderRefused() public {
        INfatDealToken.Deal memory d = _deal(M);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_NotFacility.selector, outsider));
        token.mint(outsider, d);
        vm.prank(red);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_NotFacility.selector, red));
        token.mint(outsider, d);
    }

    function test_Mint_NotSubjectToAllowList() public {
        vm.prank(operator);
        token.setAllowListEnabled(true);
        uint256 id = _mint(primeA, M);
        assertEq(token.ownerOf(id), primeA);
    }

    // ---- burn ----

    function test_Burn_ByRedeem() public {
        uint256 id = _mint(primeA, M);
        vm.prank(operator);
        token.setAllowListEnabled(true); // burning is not a transfer
        vm.expectEmit(address(token));
        emit INfatDealToken.DealBurnt(id, primeA);
        vm.prank(red);
        token.burn(id);
        assertFalse(token.exists(id));
        assertEq(token.totalOutstanding(), 0);
        assertEq(token.totalMinted(), 1);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, id));
        token.deal(id);
    }

    function test_Burn_RevertsOnNonexistent() public {
        vm.prank(red);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 7));
        token.burn(7);
    }

    function test_Burn_OutsiderRefused() public {
        uint256 id = _mint(primeA, M);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_NotRedeem.selector, primeA));
        token.burn(id);
        vm.prank(fac);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_NotRedeem.selector, fac));
        token.burn(id);
    }

    // ---- reducePrincipal ----

    function test_ReducePrincipal_ByRedeem() public {
        uint256 id = _mint(primeA, 10 * M);
        vm.expectEmit(address(token));
        emit INfatDealToken.PrincipalReduced(id, 4 * M, 6 * M);
        vm.prank(red);
        assertEq(token.reducePrincipal(id, 4 * M), 6 * M);
        assertEq(token.deal(id).principal, 6 * M);
        assertEq(token.deal(id).originalPrincipal, 10 * M);
    }

    function test_ReducePrincipal_Reverts() public {
        uint256 id = _mint(primeA, 10 * M);
        vm.startPrank(red);
        vm.expectRevert(
            abi.encodeWithSelector(INfatDealToken.DealToken_PrincipalUnderflow.selector, id, 10 * M + 1, 10 * M)
        );
        token.reducePrincipal(id, 10 * M + 1);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 9));
        token.reducePrincipal(9, 1);
        vm.stopPrank();
    }

    function test_ReducePrincipal_OutsiderRefused() public {
        uint256 id = _mint(primeA, 10 * M);
        vm.prank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_NotRedeem.selector, primeA));
        token.reducePrincipal(id, 1);
    }

    // ---- allow-list ----

    function test_AllowList_OperatorControls() public {
        vm.expectEmit(address(token));
        emit INfatDealToken.AllowListEnabled(true, operator);
        vm.prank(operator);
        token.setAllowListEnabled(true);
        assertTrue(token.allowListEnabled());
        vm.expectEmit(address(token));
        emit INfatDealToken.AllowListed(primeB, true, operator);
        vm.prank(operator);
        token.setAllowed(primeB, true);
        assertTrue(token.isAllowed(primeB));
        vm.prank(operator);
        token.setAllowed(primeB, false);
        assertFalse(token.isAllowed(primeB));
    }

    function test_AllowList_RevertsOnZeroAccount() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_ZeroAddress.selector, "account"));
        token.setAllowed(address(0), true);
    }

    function test_AllowList_OutsiderRefused() public {
        vm.prank(outsider);
        vm.expectRevert(_missingRole(outsider, OPERATOR_ROLE));
        token.setAllowListEnabled(true);
        vm.prank(admin);
        vm.expectRevert(_missingRole(admin, OPERATOR_ROLE));
        token.setAllowed(outsider, true);
    }

    function test_Transfer_FreeWhenAllowListOff() public {
        uint256 id = _mint(primeA, M);
        vm.prank(primeA);
        token.safeTransferFrom(primeA, outsider, id);
        assertEq(token.ownerOf(id), outsider);
    }

    function test_Transfer_AllowListGatesReceivers() public {
        uint256 id = _mint(primeA, M);
        vm.startPrank(operator);
        token.setAllowListEnabled(true);
        token.setAllowed(primeB, true);
        vm.stopPrank();
        vm.startPrank(primeA);
        vm.expectRevert(abi.encodeWithSelector(INfatDealToken.DealToken_ReceiverNotAllowed.selector, outsider));
        token.transferFrom(primeA, outsider, id);
        token.transferFrom(primeA, primeB, id);
        vm.stopPrank();
        assertEq(token.ownerOf(id), primeB);
        // switching it off frees transfers again
        vm.prank(operator);
        token.setAllowListEnabled(false);
        vm.prank(primeB);
        token.transferFrom(primeB, outsider, id);
        assertEq(token.ownerOf(id), outsider);
    }

    function test_SupportsInterface() public view {
        assertTrue(token.supportsInterface(type(IERC721).interfaceId));
        assertTrue(token.supportsInterface(type(INfatDealToken).interfaceId));
        assertTrue(token.supportsInterface(type(IAccessControl).interfaceId));
        assertFalse(token.supportsInterface(type(IAccessControlEnumerable).interfaceId));
        assertFalse(token.supportsInterface(0xdeadbeef));
    }
}
