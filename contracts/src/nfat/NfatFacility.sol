// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloController} from "../interfaces/IHaloController.sol";
import {INfatDealToken} from "../interfaces/INfatDealToken.sol";
import {IHaloUnitRecorder, INfatFacility} from "../interfaces/INfatFacility.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title NfatFacility — deposit queue, claims and Halo Books of an NFAT Term Halo Class
/// @notice Cloned per class by the Halo Factory; see INfatFacility.
contract NfatFacility is INfatFacility, AccessControlUpgradeable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc INfatFacility
    bytes32 public constant OPERATOR = keccak256("OPERATOR");
    /// @inheritdoc INfatFacility
    bytes32 public constant NFAT_BEACON = keccak256("NFAT_BEACON");
    /// @inheritdoc INfatFacility
    bytes32 public constant ATTEST_BEACON = keccak256("ATTEST_BEACON");
    /// @inheritdoc INfatFacility
    uint256 public constant MAX_ATTESTATION_AGE = 1 days;

    /// @inheritdoc INfatFacility
    address public depositAsset;
    /// @inheritdoc INfatFacility
    address public controller;
    /// @inheritdoc INfatFacility
    address public dealToken;
    /// @inheritdoc INfatFacility
    address public redeem;
    /// @inheritdoc INfatFacility
    address public unitRecorder;
    Buybox private _buybox;

    /// @inheritdoc INfatFacility
    uint256 public totalShares;
    /// @inheritdoc INfatFacility
    uint256 public totalUnderlying;
    mapping(address depositor => uint256 shares) private _shares;
    mapping(address depositor => bool onboarded) private _onboarded;

    mapping(bytes32 bookId => Book record) private _books;
    bytes32[] private _bookIds;

    /// @dev The implementation behind every clone must never be initialised by anybody.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc INfatFacility
    function initialize(FacilityConfig calldata config) external initializer {
        if (config.admin == address(0)) revert Facility_ZeroAddress("admin");
        if (config.nfatBeacon == address(0)) revert Facility_ZeroAddress("nfatBeacon");
        if (config.attestBeacon == address(0)) revert Facility_ZeroAddress("attestBeacon");
        if (config.depositAsset == address(0)) revert Facility_ZeroAddress("depositAsset");
        if (config.controller == address(0)) revert Facility_ZeroAddress("controller");
        if (config.dealToken == address(0)) revert Facility_ZeroAddress("dealToken");
        if (config.redeem == address(0)) revert Facility_ZeroAddress("redeem");
        if (config.unitRecorder == address(0)) revert Facility_ZeroAddress("unitRecorder");
        if (config.nfatBeacon == config.attestBeacon) revert Facility_SameBeacon(config.nfatBeacon);
        Buybox calldata bb = config.buybox;
        if (bb.termMin > bb.termMax) revert Facility_InvalidBuybox("term", bb.termMin, bb.termMax);
        if (bb.sizeMin > bb.sizeMax || bb.sizeMax == 0) revert Facility_InvalidBuybox("size", bb.sizeMin, bb.sizeMax);
        if (bb.apyMinBps > bb.apyMaxBps) revert Facility_InvalidBuybox("apy", bb.apyMinBps, bb.apyMaxBps);

        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, config.admin);
        if (config.operator != address(0)) _grantRole(OPERATOR, config.operator);
        _grantRole(NFAT_BEACON, config.nfatBeacon);
        _grantRole(ATTEST_BEACON, config.attestBeacon);

        depositAsset = config.depositAsset;
        controller = config.controller;
        dealToken = config.dealToken;
        redeem = config.redeem;
        unitRecorder = config.unitRecorder;
        _buybox = bb;
        emit FacilityInitialized(config);
    }

    // ---- depositors ----

    /// @inheritdoc INfatFacility
    function deposit(uint256 amount) external nonReentrant returns (uint256 shares) {
        if (amount == 0) revert Facility_ZeroAmount();
        if (_buybox.restrictedDepositors && !_onboarded[msg.sender]) {
            revert Facility_DepositorNotOnboarded(msg.sender);
        }
        uint256 supply = totalShares;
        shares = supply == 0 ? amount : Math.mulDiv(amount, supply, totalUnderlying);
        if (shares == 0) revert Facility_ZeroShares(amount);

        totalShares = supply + shares;
        totalUnderlying += amount;
        _shares[msg.sender] += shares;
        emit Deposited(msg.sender, amount, shares);

        // Booked as received: a token that delivers less than `amount` (fee-on-transfer) is refused (D1).
        IERC20 asset = IERC20(depositAsset);
        uint256 balanceBefore = asset.balanceOf(address(this));
        asset.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = _increase(balanceBefore, asset.balanceOf(address(this)));
        if (received != amount) revert Facility_TransferMismatch(address(asset), amount, received);
    }

    /// @inheritdoc INfatFacility
    function withdraw() external nonReentrant returns (uint256 amount) {
        uint256 shares = _shares[msg.sender];
        if (shares == 0) revert Facility_NothingToWithdraw(msg.sender);
        uint256 supply = totalShares;
        // Rounded down: the last share holder receives exactly what is left, earlier ones never more than theirs.
        amount = Math.mulDiv(shares, totalUnderlying, supply);

        _shares[msg.sender] = 0;
        totalShares = supply - shares;
        totalUnderlying -= amount;
        IERC20(depositAsset).safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount, shares);
    }

    // ---- operator ----

    /// @inheritdoc INfatFacility
    function onboardDepositor(address depositor) external onlyRole(OPERATOR) {
        if (depositor == address(0)) revert Facility_ZeroAddress("depositor");
        _onboarded[depositor] = true;
        emit DepositorOnboarded(depositor, msg.sender);
    }

    /// @inheritdoc INfatFacility
    function offboardDepositor(address depositor) external onlyRole(OPERATOR) {
        _onboarded[depositor] = false;
        emit DepositorOffboarded(depositor, msg.sender);
    }

    // ---- lpha-nfat: claims ----

    /// @inheritdoc INfatFacility
    function claim(address depositor, uint256 amount, bytes32 bookId, DealTerms calldata terms)
        external
        nonReentrant
        onlyRole(NFAT_BEACON)
        returns (uint256 tokenId)
    {
        Book storage b = _books[bookId];
        if (b.status == BookStatus.NONE) revert Facility_UnknownBook(bookId);
        if (b.status != BookStatus.CREATED && b.status != BookStatus.FILLING) {
            revert Facility_BookNotFilling(bookId, b.status);
        }
        _checkBuybox(amount, terms);
        if (_buybox.restrictedDepositors && !_onboarded[depositor]) revert Facility_DepositorNotOnboarded(depositor);

        uint256 sharesBurnt = _burnForClaim(depositor, amount);
        bytes32 termsHash = keccak256(abi.encode(terms));

        if (b.status == BookStatus.CREATED) _setStatus(bookId, b, BookStatus.FILLING);
        b.liabilities += amount;
        ++b.unitCount;
        ++b.version;

        _moveToProxy(amount);
        tokenId = _mintDeal(depositor, amount, bookId, terms, termsHash);

        IHaloUnitRecorder(unitRecorder).recordDealUnit(tokenId, depositor, amount, bookId, termsHash);
        emit Claimed(tokenId, depositor, bookId, amount, sharesBurnt, termsHash, terms);
    }

    // ---- lpha-nfat: books ----

    /// @inheritdoc INfatFacility
    function openBook(bytes32 bookId) external onlyRole(NFAT_BEACON) {
        if (bookId == bytes32(0)) revert Facility_ZeroBookId();
        Book storage b = _books[bookId];
        if (b.status != BookStatus.NONE) revert Facility_BookExists(bookId);
        b.status = BookStatus.CREATED;
        b.statusSince = SafeCast.toUint64(block.timestamp);
        b.version = 1;
        _bookIds.push(bookId);
        emit BookOpened(bookId, msg.sender);
        emit BookStatusChanged(bookId, BookStatus.NONE, BookStatus.CREATED, 1);
    }

    /// @inheritdoc INfatFacility
    function setBookStatus(bytes32 bookId, BookStatus next) external onlyRole(NFAT_BEACON) {
        Book storage b = _books[bookId];
        BookStatus current = b.status;
        if (current == BookStatus.NONE) revert Facility_UnknownBook(bookId);
        if (current == BookStatus.CLOSED) revert Facility_BookClosed(bookId);

        if (next == BookStatus.CLOSED) {
            // An empty book may be wound up from any open status (e.g. a deal that never happened).
            if (b.unitCount != 0 || b.liabilities != 0) {
                revert Facility_BookNotEmpty(bookId, b.unitCount, b.liabilities);
            }
        } else {
            if (uint8(next) != uint8(current) + 1) revert Facility_InvalidTransition(bookId, current, next);
            if (next == BookStatus.DEPLOYING || next == BookStatus.AT_REST) {
                // Two beacons: lpha-attest must have attested this exact book state, recently.
                if (!_isFresh(b)) {
                    revert Facility_AttestationNotFresh(bookId, b.attestedVersion, b.version, b.attestedAt);
                }
            }
        }
        _setStatus(bookId, b, next);
    }

    // ---- lpha-attest ----

    /// @inheritdoc INfatFacility
    function attestBook(bytes32 bookId, bytes32 attestationHash) external onlyRole(ATTEST_BEACON) {
        if (attestationHash == bytes32(0)) revert Facility_ZeroAttestation();
        Book storage b = _books[bookId];
        if (b.status == BookStatus.NONE) revert Facility_UnknownBook(bookId);
        if (b.status == BookStatus.CLOSED) revert Facility_BookClosed(bookId);
        b.attestationHash = attestationHash;
        b.attestedAt = SafeCast.toUint64(block.timestamp);
        b.attestedVersion = b.version;
        emit BookAttested(bookId, attestationHash, b.version, msg.sender);
    }

    // ---- redeem contract ----

    /// @inheritdoc INfatFacility
    function reduceBookLiability(bytes32 bookId, uint256 principalRepaid, bool unitRedeemed) external {
        if (msg.sender != redeem) revert Facility_NotRedeem(msg.sender);
        Book storage b = _books[bookId];
        if (b.status == BookStatus.NONE) revert Facility_UnknownBook(bookId);
        uint256 liabilities = b.liabilities;
        if (principalRepaid > liabilities) revert Facility_LiabilityUnderflow(bookId, principalRepaid, liabilities);
        liabilities -= principalRepaid;
        b.liabilities = liabilities;
        if (unitRedeemed) --b.unitCount;
        ++b.version;
        emit BookLiabilityReduced(bookId, principalRepaid, unitRedeemed, liabilities, b.unitCount);
    }

    // ---- views ----

    /// @inheritdoc INfatFacility
    function buybox() external view returns (Buybox memory) {
        return _buybox;
    }

    /// @inheritdoc INfatFacility
    function sharesOf(address depositor) external view returns (uint256) {
        return _shares[depositor];
    }

    /// @inheritdoc INfatFacility
    function balanceOf(address depositor) public view returns (uint256) {
        uint256 supply = totalShares;
        return supply == 0 ? 0 : Math.mulDiv(_shares[depositor], totalUnderlying, supply);
    }

    /// @inheritdoc INfatFacility
    function isOnboarded(address depositor) external view returns (bool) {
        return _onboarded[depositor];
    }

    /// @inheritdoc INfatFacility
    function book(bytes32 bookId) external view returns (Book memory) {
        return _books[bookId];
    }

    /// @inheritdoc INfatFacility
    function bookCount() external view returns (uint256) {
        return _bookIds.length;
    }

    /// @inheritdoc INfatFacility
    function bookIdAt(uint256 index) external view returns (bytes32) {
        return _bookIds[index];
    }

    /// @inheritdoc INfatFacility
    function isAttestationFresh(bytes32 bookId) external view returns (bool) {
        return _isFresh(_books[bookId]);
    }

    /// @inheritdoc INfatFacility
    function hashTerms(DealTerms calldata terms) external pure returns (bytes32) {
        return keccak256(abi.encode(terms));
    }

    /// @notice ERC-165: also advertises `INfatFacility`, so a factory or indexer can check the component.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(INfatFacility).interfaceId || super.supportsInterface(interfaceId);
    }

    // ---- internals ----

    /// @dev Every grant path (initialisation, the admin's `grantRole`) ends here, so the two-beacon rule cannot be
    ///      collapsed onto one key by configuration: a key must give up one beacon role before taking the other.
    function _grantRole(bytes32 role, address account) internal override returns (bool) {
        if (
            (role == NFAT_BEACON && hasRole(ATTEST_BEACON, account))
                || (role == ATTEST_BEACON && hasRole(NFAT_BEACON, account))
        ) revert Facility_SameBeacon(account);
        return super._grantRole(role, account);
    }

    /// @dev The ALMProxy takes custody before the deal exists: the controller's inflow limit bounds how fast the
    ///      beacon can turn queue balances into deals.
    ///      Both ends are measured: the facility must lose exactly `amount` (`Facility_InflowMismatch`) and the
    ///      ALMProxy must gain exactly `amount` (`Facility_TransferMismatch`), so a deal's principal is always fully
    ///      in custody and can be funded back for redemption (D1: a fee-on-transfer asset is refused here too).
    function _moveToProxy(uint256 amount) private {
        address asset = depositAsset;
        IHaloController ctl = IHaloController(controller);
        address proxy = ctl.proxy();
        uint256 balanceBefore = IERC20(asset).balanceOf(address(this));
        uint256 proxyBefore = IERC20(asset).balanceOf(proxy);
        IERC20(asset).forceApprove(address(ctl), amount);
        ctl.receiveFromUnit(asset, amount);
        uint256 moved = balanceBefore - IERC20(asset).balanceOf(address(this));
        if (moved != amount) revert Facility_InflowMismatch(amount, moved);
        uint256 received = _increase(proxyBefore, IERC20(asset).balanceOf(proxy));
        if (received != amount) revert Facility_TransferMismatch(asset, amount, received);
    }

    /// @dev How much a balance grew (0 if it shrank), so a misbehaving token reports a mismatch, not a panic.
    function _increase(uint256 before, uint256 afterwards) private pure returns (uint256) {
        return afterwards > before ? afterwards - before : 0;
    }

    function _mintDeal(address depositor, uint256 amount, bytes32 bookId, DealTerms calldata terms, bytes32 termsHash)
        private
        returns (uint256 tokenId)
    {
        tokenId = INfatDealToken(dealToken)
            .mint(
                depositor,
                INfatDealToken.Deal({
                principal: SafeCast.toUint128(amount), // also bounded by sizeMax (uint128) in _checkBuybox
                originalPrincipal: SafeCast.toUint128(amount),
                depositor: depositor,
                mintedAt: SafeCast.toUint40(block.timestamp),
                maturity: SafeCast.toUint40(terms.maturity),
                schedule: uint8(terms.schedule),
                bookId: bookId,
                termsHash: termsHash
            })
            );
    }

    /// @dev Reads the buybox through a storage pointer: only the two slots holding the bounds are loaded, not the
    ///      tag slots (`assetType`, `jurisdiction`) a claim never needs (issue 17: 2 cold SLOADs less per claim).
    function _checkBuybox(uint256 amount, DealTerms calldata terms) private view {
        Buybox storage bb = _buybox;
        if (amount < bb.sizeMin || amount > bb.sizeMax) {
            revert Facility_OutsideBuybox("size", amount, bb.sizeMin, bb.sizeMax);
        }
        if (terms.maturity <= block.timestamp) revert Facility_MaturityNotInFuture(terms.maturity, block.timestamp);
        uint256 term = terms.maturity - block.timestamp;
        if (term < bb.termMin || term > bb.termMax) {
            revert Facility_OutsideBuybox("term", term, bb.termMin, bb.termMax);
        }
        if (terms.apyBps < bb.apyMinBps || terms.apyBps > bb.apyMaxBps) {
            revert Facility_OutsideBuybox("apy", terms.apyBps, bb.apyMinBps, bb.apyMaxBps);
        }
    }

    /// @dev Burns `ceil(amount * totalShares / totalUnderlying)`: rounding up keeps the remaining depositors'
    ///      share price from ever falling because of a claim.
    function _burnForClaim(address depositor, uint256 amount) private returns (uint256 sharesBurnt) {
        uint256 held = _shares[depositor];
        uint256 supply = totalShares;
        uint256 underlying = totalUnderlying;
        sharesBurnt = supply == 0 ? type(uint256).max : Math.mulDiv(amount, supply, underlying, Math.Rounding.Ceil);
        if (sharesBurnt > held) revert Facility_InsufficientQueueBalance(depositor, amount, balanceOf(depositor));
        _shares[depositor] = held - sharesBurnt;
        totalShares = supply - sharesBurnt;
        totalUnderlying = underlying - amount;
    }

    function _isFresh(Book storage b) private view returns (bool) {
        if (b.attestedAt == 0 || b.attestedVersion != b.version) return false;
        return block.timestamp - b.attestedAt <= MAX_ATTESTATION_AGE;
    }

    function _setStatus(bytes32 bookId, Book storage b, BookStatus next) private {
        BookStatus previous = b.status;
        b.status = next;
        b.statusSince = SafeCast.toUint64(block.timestamp);
        uint64 version = ++b.version;
        emit BookStatusChanged(bookId, previous, next, version);
    }
}
