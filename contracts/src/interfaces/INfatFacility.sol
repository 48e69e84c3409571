// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title NFAT facility — the deposit queue, claim and Halo Books of a Term Halo Class
/// @notice A Term Halo Class *is* an NFAT facility: this contract (the per-depositor queue and the Halo Books),
///         a deal token (ERC-721, one token = one Halo Unit) and a redeem contract, all bound by the class's
///         buybox and operating on the class's PAU through its HaloController.
///
///         Queue: Primes deposit the deposit asset (sUSDS) and receive non-transferable queue shares
///         (`shares = amount` when `totalShares == 0`, else `amount * totalShares / totalUnderlying`, rounded
///         down). A depositor may withdraw everything that has not been claimed at any time. `totalUnderlying`
///         is internal accounting (deposits − withdrawals − claims): tokens sent to the facility directly are
///         ignored, so nobody can move the share price by donation.
///
///         Claim: `lpha-nfat` turns part of a depositor's queue balance into a deal. The amount leaves the
///         queue for the class's ALMProxy (rate-limited inflow), a deal NFT is minted to the depositor and the
///         deal is recorded as a Halo Unit on one Halo Book. Size, term and APY must lie inside the buybox.
///
///         Books: `CREATED -> FILLING -> DEPLOYING -> AT_REST -> UNWINDING -> CLOSED`. Every change to a book
///         (a claim into it, a status change, a repayment) bumps its `version`; an attestation by `lpha-attest`
///         records the version it saw. An attestation is *fresh* when nothing has changed on the book since it
///         was recorded (`attestedVersion == version`) and it is at most `MAX_ATTESTATION_AGE` old. The moves
///         FILLING -> DEPLOYING and DEPLOYING -> AT_REST need a fresh attestation, so neither beacon alone can
///         make them. A book closes only when it has no outstanding unit and no outstanding principal.
///
///         Roles (AccessControlEnumerable): DEFAULT_ADMIN_ROLE (governance), OPERATOR (Halo operator: depositor
///         onboarding), NFAT_BEACON (lpha-nfat: books, claims), ATTEST_BEACON (lpha-attest: attestations).
///         The redeem contract of the class is fixed at initialisation and alone may reduce book liabilities.
interface INfatFacility {
    /// @notice The class's buybox: fixed at deployment, validated by the factory against the template's ranges.
    struct Buybox {
        uint64 termMin; // seconds
        uint64 termMax; // seconds
        uint128 sizeMin; // deposit-asset units per NFAT
        uint128 sizeMax;
        uint32 apyMinBps;
        uint32 apyMaxBps;
        bool restrictedDepositors; // only onboarded Primes may deposit
        bool transferAllowList; // deal NFTs transfer only to allow-listed receivers
        bytes32 assetType; // tag, e.g. "senior-secured-loan"
        bytes32 jurisdiction; // tag, e.g. "US-DE"
    }

    struct FacilityConfig {
        address admin; // DEFAULT_ADMIN_ROLE: governance (the PAS Timelock)
        address operator; // OPERATOR role: the Halo operator (onboards depositors, allow-list)
        address nfatBeacon; // lpha-nfat
        address attestBeacon; // lpha-attest
        address depositAsset;
        address controller; // the class's HaloController
        address dealToken;
        address redeem;
        address unitRecorder; // the HaloRegistry: records every minted deal as a Halo Unit
        Buybox buybox;
    }

    /// @notice How a deal pays back; decides which redeem-contract operations the holder may use.
    enum Schedule {
        BULLET, // principal + yield at maturity: `redeem`
        AMORTISING, // principal paid down in instalments: `spend`, the final one burns (or `redeem`)
        PERIODIC // interest coupons (`claimInterest`), principal at maturity (`redeem`)
    }

    /// @notice The on-chain part of a deal's terms, given by lpha-nfat at claim time.
    /// @dev `termsHash = keccak256(abi.encode(terms))` is stored on the deal NFT and reported to the registry.
    ///      The fields the buybox bounds are explicit so the facility can check them; everything else of the
    ///      deal (payment calendar, collateral, covenants, legal documents) lives off-chain in the Synome and is
    ///      committed to by `documentHash`, so the off-chain record can be checked against the NFT.
    struct DealTerms {
        uint64 maturity; // unix time the principal is due; term = maturity - claim time
        uint32 apyBps; // the deal's yield, inside the buybox APY range
        Schedule schedule;
        bytes32 documentHash; // hash of the off-chain term sheet / Synome record
    }

    /// @notice Life cycle of a Halo Book. NONE = never opened.
    enum BookStatus {
        NONE,
        CREATED,
        FILLING,
        DEPLOYING,
        AT_REST,
        UNWINDING,
        CLOSED
    }

    /// @notice The on-chain record of a Halo Book (the asset side of its units).
    struct Book {
        BookStatus status;
        uint64 statusSince; // when the current status was entered
        uint64 attestedAt; // time of the latest attestation (0 = none)
        uint64 attestedVersion; // the book version the latest attestation saw
        uint64 version; // bumped by every change to the book: claim, status change, repayment
        uint64 unitCount; // deal NFTs on this book that are not yet redeemed
        uint256 liabilities; // sum of the outstanding principal of those units
        bytes32 attestationHash; // latest attestation (hash of the off-chain attestation document)
    }

    // ---- events ----

    /// @notice The clone was initialised with `config`, buybox included (review 2026-11-26, R-13).
    event FacilityInitialized(FacilityConfig config);
    event Deposited(address indexed depositor, uint256 amount, uint256 shares);
    event Withdrawn(address indexed depositor, uint256 amount, uint256 shares);
    event Claimed(
        uint256 indexed tokenId,
        address indexed depositor,
        bytes32 indexed bookId,
        uint256 amount,
        uint256 sharesBurnt,
        bytes32 termsHash,
        DealTerms terms
    );
    event DepositorOnboarded(address indexed depositor, address indexed by);
    event DepositorOffboarded(address indexed depositor, address indexed by);
    event BookOpened(bytes32 indexed bookId, address indexed by);
    event BookStatusChanged(bytes32 indexed bookId, BookStatus from, BookStatus to, uint64 version);
    event BookAttested(bytes32 indexed bookId, bytes32 attestationHash, uint64 version, address indexed by);
    event BookLiabilityReduced(
        bytes32 indexed bookId, uint256 principalRepaid, bool unitRedeemed, uint256 liabilities, uint64 unitCount
    );

    // ---- errors ----

    error Facility_ZeroAddress(string what);
    /// @notice A buybox bound was violated: `field` is "size", "term" or "apy"; `value` lies outside [min, max].
    error Facility_OutsideBuybox(string field, uint256 value, uint256 min, uint256 max);
    error Facility_InvalidBuybox(string field, uint256 min, uint256 max);
    error Facility_MaturityNotInFuture(uint64 maturity, uint256 nowTime);
    error Facility_ZeroAmount();
    error Facility_ZeroShares(uint256 amount);
    error Facility_DepositorNotOnboarded(address depositor);
    error Facility_NothingToWithdraw(address depositor);
    error Facility_InsufficientQueueBalance(address depositor, uint256 requested, uint256 available);
    error Facility_ZeroBookId();
    error Facility_BookExists(bytes32 bookId);
    error Facility_UnknownBook(bytes32 bookId);
    error Facility_BookNotFilling(bytes32 bookId, BookStatus status);
    error Facility_BookClosed(bytes32 bookId);
    error Facility_InvalidTransition(bytes32 bookId, BookStatus from, BookStatus to);
    /// @notice The move needs a fresh attestation: one recorded at the current book version and at most
    ///         `MAX_ATTESTATION_AGE` old. `attestedVersion`/`attestedAt` describe the latest attestation.
    error Facility_AttestationNotFresh(bytes32 bookId, uint64 attestedVersion, uint64 version, uint64 attestedAt);
    error Facility_BookNotEmpty(bytes32 bookId, uint64 unitCount, uint256 liabilities);
    error Facility_ZeroAttestation();
    error Facility_NotRedeem(address caller);
    error Facility_LiabilityUnderflow(bytes32 bookId, uint256 amount, uint256 liabilities);
    /// @notice The controller did not take exactly the claimed amount into the ALMProxy.
    error Facility_InflowMismatch(uint256 expected, uint256 moved);
    /// @notice `token` delivered `received` where `expected` was sent: on `deposit` to the facility, on `claim` to
    ///         the ALMProxy. Fee-on-transfer (or otherwise short-delivering) deposit assets are refused, never booked
    ///         at the amount sent (review 2026-12-06, D1).
    error Facility_TransferMismatch(address token, uint256 expected, uint256 received);
    /// @notice `account` would hold both NFAT_BEACON and ATTEST_BEACON: one key could then attest a book and move
    ///         it alone, which the two-beacon rule forbids (review 2026-11-26, R-01).
    error Facility_SameBeacon(address account);

    // ---- initialisation ----

    /// @notice Initialise a fresh clone (the factory calls this in the transaction that creates the clone).
    /// @dev Reverts `Facility_ZeroAddress` for any missing address, `Facility_SameBeacon` when `nfatBeacon` and
    ///      `attestBeacon` are one account, and `Facility_InvalidBuybox` for a range whose min exceeds its max (or a
    ///      zero size max). Later grants keep the two beacon roles on distinct accounts too.
    function initialize(FacilityConfig calldata config) external;

    // ---- roles ----

    /// @notice Role of the Halo operator: onboards / offboards depositors.
    function OPERATOR() external view returns (bytes32);
    /// @notice Role of lpha-nfat: opens books, claims, moves book status.
    function NFAT_BEACON() external view returns (bytes32);
    /// @notice Role of lpha-attest: records book attestations.
    function ATTEST_BEACON() external view returns (bytes32);
    /// @notice How old an attestation may be and still count as fresh for a gated book move (seconds).
    function MAX_ATTESTATION_AGE() external view returns (uint256);

    // ---- depositors (Primes) ----

    /// @notice Deposit `amount` of the deposit asset into the queue and receive queue shares.
    /// @dev Pulls with `transferFrom` (approve the facility first). Only onboarded depositors when the buybox
    ///      restricts depositors. Reverts `Facility_ZeroAmount`, `Facility_DepositorNotOnboarded`,
    ///      `Facility_ZeroShares` (amount too small to mint a share).
    /// @return shares Queue shares minted.
    function deposit(uint256 amount) external returns (uint256 shares);

    /// @notice Withdraw the caller's whole remaining queue balance (everything not yet claimed). Any time; an
    ///         offboarded depositor may still withdraw. Reverts `Facility_NothingToWithdraw` without shares.
    /// @return amount Deposit-asset units paid to the caller.
    function withdraw() external returns (uint256 amount);

    // ---- operator ----

    /// @notice Allow `depositor` to deposit (meaningful when the buybox restricts depositors). OPERATOR only.
    function onboardDepositor(address depositor) external;

    /// @notice Stop `depositor` from depositing and from being claimed; its queue balance stays withdrawable.
    ///         OPERATOR only.
    function offboardDepositor(address depositor) external;

    // ---- lpha-nfat ----

    /// @notice Turn `amount` of `depositor`'s queue balance into a deal NFT on book `bookId`. NFAT_BEACON only.
    /// @dev Checks the book is CREATED or FILLING (the first claim moves CREATED to FILLING), the amount, term
    ///      (`maturity - block.timestamp`) and APY against the buybox, and, when the buybox restricts
    ///      depositors, that `depositor` is onboarded. Burns `ceil(amount * totalShares / totalUnderlying)`
    ///      of the depositor's shares, moves `amount` into the ALMProxy with `controller.receiveFromUnit`
    ///      (rate-limited), mints the NFT to `depositor`, adds `amount` to the book's liabilities and reports the
    ///      unit to the unit recorder.
    /// @return tokenId The deal NFT minted.
    function claim(address depositor, uint256 amount, bytes32 bookId, DealTerms calldata terms)
        external
        returns (uint256 tokenId);

    /// @notice Open a new Halo Book in CREATED. NFAT_BEACON only. Reverts `Facility_ZeroBookId`,
    ///         `Facility_BookExists`.
    function openBook(bytes32 bookId) external;

    /// @notice Move a book to `next`. NFAT_BEACON only.
    /// @dev Only the immediate successor is allowed, except that an empty book (no units, no liabilities) may be
    ///      CLOSED from any open status. FILLING -> DEPLOYING and DEPLOYING -> AT_REST need a fresh attestation
    ///      (`Facility_AttestationNotFresh`); CLOSED needs an empty book (`Facility_BookNotEmpty`). Other
    ///      moves revert `Facility_InvalidTransition`.
    function setBookStatus(bytes32 bookId, BookStatus next) external;

    // ---- lpha-attest ----

    /// @notice Record an attestation for a book (replaces the previous one: hash, time and the book version it
    ///         saw). ATTEST_BEACON only. Any status except NONE and CLOSED.
    function attestBook(bytes32 bookId, bytes32 attestationHash) external;

    // ---- redeem contract ----

    /// @notice Take `principalRepaid` off the book's liabilities and, when `unitRedeemed`, one unit off its
    ///         unit count. Called by the class's redeem contract only (`Facility_NotRedeem`).
    function reduceBookLiability(bytes32 bookId, uint256 principalRepaid, bool unitRedeemed) external;

    // ---- views ----

    function depositAsset() external view returns (address);
    function controller() external view returns (address);
    function dealToken() external view returns (address);
    function redeem() external view returns (address);
    function unitRecorder() external view returns (address);
    function buybox() external view returns (Buybox memory);

    function totalShares() external view returns (uint256);
    /// @notice Deposit-asset units held for depositors (deposits − withdrawals − claims).
    function totalUnderlying() external view returns (uint256);
    function sharesOf(address depositor) external view returns (uint256);
    /// @notice `depositor`'s withdrawable / claimable queue balance (rounded down).
    function balanceOf(address depositor) external view returns (uint256);
    function isOnboarded(address depositor) external view returns (bool);

    function book(bytes32 bookId) external view returns (Book memory);
    function bookCount() external view returns (uint256);
    function bookIdAt(uint256 index) external view returns (bytes32);
    /// @notice Whether the book's latest attestation is fresh right now (see the contract notice).
    function isAttestationFresh(bytes32 bookId) external view returns (bool);

    /// @notice `keccak256(abi.encode(terms))`: the terms hash a claim with `terms` stores.
    function hashTerms(DealTerms calldata terms) external pure returns (bytes32);
}

/// @notice Implemented by the HaloRegistry: the facility reports each minted deal, the registry records it as a unit.
interface IHaloUnitRecorder {
    /// @notice Record deal NFT `tokenId` of the calling facility as a Halo Unit on `bookId`.
    /// @param tokenId The deal NFT id in the class's deal token.
    /// @param depositor The Prime the NFT was minted to.
    /// @param principal The deal's principal (deposit-asset units).
    /// @param bookId The Halo Book the unit sits on.
    /// @param termsHash `keccak256(abi.encode(INfatFacility.DealTerms))` of the deal.
    function recordDealUnit(uint256 tokenId, address depositor, uint256 principal, bytes32 bookId, bytes32 termsHash)
        external;
}
