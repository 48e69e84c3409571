// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../interfaces/IHaloController.sol";
import {INfatDealToken} from "../interfaces/INfatDealToken.sol";
import {INfatFacility} from "../interfaces/INfatFacility.sol";
import {INfatRedeem} from "../interfaces/INfatRedeem.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title NfatRedeem — funded principal and yield of NFAT deals, paid to whoever holds the deal NFT
/// @notice Cloned per class by the Halo Factory; see INfatRedeem.
contract NfatRedeem is INfatRedeem, AccessControlUpgradeable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc INfatRedeem
    bytes32 public constant NFAT_BEACON = keccak256("NFAT_BEACON");

    /// @inheritdoc INfatRedeem
    address public depositAsset;
    /// @inheritdoc INfatRedeem
    address public controller;
    /// @inheritdoc INfatRedeem
    address public dealToken;
    /// @inheritdoc INfatRedeem
    address public facility;
    /// @inheritdoc INfatRedeem
    uint256 public totalOwed;

    mapping(uint256 tokenId => Account record) private _accounts;
    mapping(uint256 tokenId => Funding[] history) private _fundings;

    /// @dev The implementation behind every clone must never be initialised by anybody.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc INfatRedeem
    function initialize(RedeemConfig calldata config) external initializer {
        if (config.admin == address(0)) revert Redeem_ZeroAddress("admin");
        if (config.nfatBeacon == address(0)) revert Redeem_ZeroAddress("nfatBeacon");
        if (config.depositAsset == address(0)) revert Redeem_ZeroAddress("depositAsset");
        if (config.controller == address(0)) revert Redeem_ZeroAddress("controller");
        if (config.dealToken == address(0)) revert Redeem_ZeroAddress("dealToken");
        if (config.facility == address(0)) revert Redeem_ZeroAddress("facility");
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, config.admin);
        _grantRole(NFAT_BEACON, config.nfatBeacon);
        depositAsset = config.depositAsset;
        controller = config.controller;
        dealToken = config.dealToken;
        facility = config.facility;
        emit RedeemInitialized(config);
    }

    // ---- lpha-nfat ----

    /// @inheritdoc INfatRedeem
    function fund(uint256 tokenId, uint256 amount) external nonReentrant onlyRole(NFAT_BEACON) {
        if (amount == 0) revert Redeem_ZeroAmount();
        // Funding a burnt (or never minted) token would strand the money: nobody could ever claim it.
        if (!INfatDealToken(dealToken).exists(tokenId)) revert Redeem_UnknownToken(tokenId);
        INfatDealToken.Deal memory data = INfatDealToken(dealToken).deal(tokenId);

        address asset = depositAsset;
        uint256 balanceBefore = IERC20(asset).balanceOf(address(this));
        IHaloController(controller).sendToUnit(asset, amount);
        uint256 received = IERC20(asset).balanceOf(address(this)) - balanceBefore;
        if (received != amount) revert Redeem_FundingShortfall(tokenId, amount, received);

        bool late = block.timestamp > data.maturity;
        Account storage acct = _accounts[tokenId];
        uint256 funded = acct.funded + amount;
        // Checked (A-04): the account stores exactly what was funded, or the funding reverts. `amount` ≤ `funded`,
        // so once `funded` fits 128 bits so does `amount`: its narrowing below needs no second check.
        acct.funded = SafeCast.toUint128(funded);
        uint64 nowTime = SafeCast.toUint64(block.timestamp);
        if (acct.firstFundedAt == 0) acct.firstFundedAt = nowTime;
        acct.lastFundedAt = nowTime;
        if (late) acct.late = true;
        _fundings[tokenId].push(Funding({amount: uint128(amount), at: nowTime}));
        totalOwed += amount;
        emit Funded(tokenId, amount, funded, late, msg.sender);
    }

    // ---- holder ----

    /// @inheritdoc INfatRedeem
    function redeem(uint256 tokenId) external nonReentrant returns (uint256 paid) {
        (address holder, INfatDealToken.Deal memory data) = _holderAndDeal(tokenId);
        paid = available(tokenId);
        if (paid < data.principal) revert Redeem_Underfunded(tokenId, paid, data.principal);

        _recordPayment(tokenId, paid);
        INfatDealToken(dealToken).burn(tokenId);
        INfatFacility(facility).reduceBookLiability(data.bookId, data.principal, true);
        IERC20(depositAsset).safeTransfer(holder, paid);
        emit Redeemed(tokenId, holder, paid, data.principal);
    }

    /// @inheritdoc INfatRedeem
    function spend(uint256 tokenId, uint256 principalPart) external nonReentrant returns (uint256 paid) {
        (address holder, INfatDealToken.Deal memory data) = _holderAndDeal(tokenId);
        if (data.schedule != uint8(INfatFacility.Schedule.AMORTISING)) {
            revert Redeem_WrongSchedule(tokenId, data.schedule);
        }
        if (principalPart == 0) revert Redeem_ZeroAmount();
        paid = available(tokenId);
        if (principalPart > data.principal || principalPart > paid) {
            revert Redeem_PrincipalPartTooLarge(tokenId, principalPart, data.principal, paid);
        }
        bool burnt = principalPart == data.principal;
        // Once the money waiting covers the whole principal, only the final payment may take it: otherwise the
        // principal money could leave while the unit stays outstanding with nothing left to repay it.
        if (!burnt && paid >= data.principal) revert Redeem_PrincipalCovered(tokenId, paid, data.principal);

        _recordPayment(tokenId, paid);
        if (burnt) INfatDealToken(dealToken).burn(tokenId);
        else INfatDealToken(dealToken).reducePrincipal(tokenId, principalPart);
        INfatFacility(facility).reduceBookLiability(data.bookId, principalPart, burnt);
        IERC20(depositAsset).safeTransfer(holder, paid);
        emit Spent(tokenId, holder, paid, principalPart, burnt);
    }

    /// @inheritdoc INfatRedeem
    function claimInterest(uint256 tokenId) external nonReentrant returns (uint256 paid) {
        (address holder, INfatDealToken.Deal memory data) = _holderAndDeal(tokenId);
        if (data.schedule != uint8(INfatFacility.Schedule.PERIODIC)) {
            revert Redeem_WrongSchedule(tokenId, data.schedule);
        }
        paid = available(tokenId);
        if (paid == 0) revert Redeem_NothingToPay(tokenId);
        if (paid >= data.principal) revert Redeem_PrincipalCovered(tokenId, paid, data.principal);
        // From maturity on the money is principal coming back, often in tranches under the outflow limit; paid
        // as "interest" it would leave the unit (and its book) showing principal that was in fact repaid.
        if (block.timestamp >= data.maturity) revert Redeem_Matured(tokenId, data.maturity);

        _recordPayment(tokenId, paid);
        IERC20(depositAsset).safeTransfer(holder, paid);
        emit InterestClaimed(tokenId, holder, paid);
    }

    // ---- governance ----

    /// @inheritdoc INfatRedeem
    /// @dev Without it a partially recovered deal could never be redeemed (`redeem` needs the whole principal) and
    ///      its book never closed: the recovered money would wait here for ever. Only principal is touched; what
    ///      was funded stays the holder's.
    function writeDown(uint256 tokenId, uint256 amount) external nonReentrant onlyRole(DEFAULT_ADMIN_ROLE) {
        if (amount == 0) revert Redeem_ZeroAmount();
        INfatDealToken token = INfatDealToken(dealToken);
        if (!token.exists(tokenId)) revert Redeem_UnknownToken(tokenId);
        INfatDealToken.Deal memory data = token.deal(tokenId);
        if (amount > data.principal) revert Redeem_WriteDownTooLarge(tokenId, amount, data.principal);

        uint256 remaining = token.reducePrincipal(tokenId, amount);
        INfatFacility(facility).reduceBookLiability(data.bookId, amount, false);
        emit PrincipalWrittenDown(tokenId, amount, remaining, msg.sender);
    }

    // ---- views ----

    /// @inheritdoc INfatRedeem
    function account(uint256 tokenId) external view returns (Account memory) {
        return _accounts[tokenId];
    }

    /// @inheritdoc INfatRedeem
    function available(uint256 tokenId) public view returns (uint256) {
        Account storage acct = _accounts[tokenId];
        return acct.funded - acct.paid;
    }

    /// @inheritdoc INfatRedeem
    function fundings(uint256 tokenId) external view returns (Funding[] memory) {
        return _fundings[tokenId];
    }

    /// @inheritdoc INfatRedeem
    function fundedLate(uint256 tokenId) external view returns (bool) {
        return _accounts[tokenId].late;
    }

    /// @notice ERC-165: also advertises `INfatRedeem`, so a factory or indexer can check the component.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(INfatRedeem).interfaceId || super.supportsInterface(interfaceId);
    }

    // ---- internals ----

    /// @dev The owner is paid; the owner or anyone the owner approved may trigger the payment.
    function _holderAndDeal(uint256 tokenId) private view returns (address holder, INfatDealToken.Deal memory data) {
        INfatDealToken token = INfatDealToken(dealToken);
        if (!token.exists(tokenId)) revert Redeem_UnknownToken(tokenId);
        holder = IERC721(address(token)).ownerOf(tokenId);
        if (
            msg.sender != holder && !IERC721(address(token)).isApprovedForAll(holder, msg.sender)
                && IERC721(address(token)).getApproved(tokenId) != msg.sender
        ) revert Redeem_NotHolder(tokenId, msg.sender);
        data = token.deal(tokenId);
    }

    function _recordPayment(uint256 tokenId, uint256 amount) private {
        _accounts[tokenId].paid += SafeCast.toUint128(amount); // amount <= funded - paid, so paid stays <= funded
        totalOwed -= amount;
    }
}
