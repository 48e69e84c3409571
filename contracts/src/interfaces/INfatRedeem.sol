// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title NFAT redeem contract: where funded principal and yield wait for whoever holds the deal NFT
/// @notice lpha-nfat funds a deal with `fund(tokenId, amount)`, which pulls the amount from the class's ALMProxy
///         through the controller (rate-limited outflow). The money then waits here, as long as needed, for
///         whoever holds the NFT. Per token the contract records `funded` and `paid`; it never pays more than
///         `funded - paid` for a token. Each funding is kept with its timestamp so late funding (after the
///         deal's maturity) is visible on-chain.
///
///         Holder operations (the owner of the NFT, or an address the owner approved, calls; the owner is paid):
///         - `redeem`: any schedule, once `funded - paid >= principal`; pays everything funded-but-unpaid and
///           burns the NFT (bullet loans, final payment of the others);
///         - `spend`: AMORTISING deals; pays everything funded-but-unpaid and reduces the recorded principal by
///           the declared principal part (which must be covered by the payment); the payment that brings the
///           principal to zero burns the NFT; once the funds cover the whole principal only that final payment
///           is possible;
///         - `claimInterest`: PERIODIC deals, before maturity; pays everything funded-but-unpaid while it does
///           not cover the outstanding principal, NFT unchanged. Once the funds cover the principal, or the deal
///           has matured, the holder must `redeem` (which pays the same money and more), so principal money can
///           never be taken as interest and leave an unredeemable unit behind.
///         - `writeDown` (governance): a loss. Lowers a deal's principal without a payment, so that a partial
///           recovery can be redeemed and the book can close (losses are shared pari passu off-chain; the
///           write-down records the outcome for each unit).
///         Roles: DEFAULT_ADMIN_ROLE (governance: `writeDown`, roles), NFAT_BEACON (lpha-nfat: fund).
interface INfatRedeem {
    struct RedeemConfig {
        address admin; // DEFAULT_ADMIN_ROLE: governance (the PAS Timelock)
        address nfatBeacon; // lpha-nfat: fund(tokenId, amount), pulled from the ALMProxy via the controller
        address depositAsset;
        address controller;
        address dealToken;
        address facility;
    }

    /// @notice One funding of a token.
    struct Funding {
        uint128 amount;
        uint64 at;
    }

    /// @notice Per-token account.
    struct Account {
        uint128 funded; // total ever funded for the token
        uint128 paid; // total ever paid out for the token
        uint64 firstFundedAt; // 0 = never funded
        uint64 lastFundedAt;
        bool late; // some funding arrived after the deal's maturity
    }

    event Funded(uint256 indexed tokenId, uint256 amount, uint256 funded, bool late, address indexed by);
    event Redeemed(uint256 indexed tokenId, address indexed holder, uint256 paid, uint256 principal);
    event Spent(uint256 indexed tokenId, address indexed holder, uint256 paid, uint256 principalPart, bool burnt);
    event InterestClaimed(uint256 indexed tokenId, address indexed holder, uint256 paid);
    /// @notice Governance wrote `amount` of `tokenId`'s principal off as a loss; `remaining` is still owed.
    event PrincipalWrittenDown(uint256 indexed tokenId, uint256 amount, uint256 remaining, address indexed by);

    error Redeem_ZeroAddress(string what);
    error Redeem_ZeroAmount();
    error Redeem_UnknownToken(uint256 tokenId);
    error Redeem_NotHolder(uint256 tokenId, address caller);
    error Redeem_FundingShortfall(uint256 tokenId, uint256 expected, uint256 received);
    error Redeem_Underfunded(uint256 tokenId, uint256 available, uint256 principal);
    error Redeem_WrongSchedule(uint256 tokenId, uint8 schedule);
    error Redeem_PrincipalPartTooLarge(uint256 tokenId, uint256 principalPart, uint256 principal, uint256 available);
    error Redeem_NothingToPay(uint256 tokenId);
    error Redeem_PrincipalCovered(uint256 tokenId, uint256 available, uint256 principal);
    /// @notice A write-down of `amount` exceeds the outstanding `principal` of `tokenId`.
    error Redeem_WriteDownTooLarge(uint256 tokenId, uint256 amount, uint256 principal);
    /// @notice `claimInterest` after the deal's `maturity`: from then on money waiting for a PERIODIC deal is
    ///         principal repayment (often funded in several tranches under the outflow rate limit) and is paid
    ///         only through `redeem` (review 2026-11-26, R-04).
    error Redeem_Matured(uint256 tokenId, uint256 maturity);

    /// @notice Initialise a fresh clone. Reverts `Redeem_ZeroAddress` for any missing address.
    function initialize(RedeemConfig calldata config) external;

    /// @notice Role of lpha-nfat: funds deals.
    function NFAT_BEACON() external view returns (bytes32);

    /// @notice Pull `amount` of the deposit asset from the ALMProxy (via `controller.sendToUnit`, rate-limited)
    ///         and credit it to `tokenId`. NFAT_BEACON only; the token must exist.
    function fund(uint256 tokenId, uint256 amount) external;

    /// @notice Bullet / final redemption: pay the holder everything funded-but-unpaid and burn the NFT.
    ///         Needs `funded - paid >= principal` (`Redeem_Underfunded`).
    /// @return paid Deposit-asset units paid.
    function redeem(uint256 tokenId) external returns (uint256 paid);

    /// @notice Amortising payment: pay the holder everything funded-but-unpaid and reduce the principal by
    ///         `principalPart` (0 < principalPart <= min(principal, funded-but-unpaid)); burns at zero principal.
    ///         When the funds cover the whole principal, `principalPart` must be the whole principal
    ///         (`Redeem_PrincipalCovered`).
    /// @return paid Deposit-asset units paid.
    function spend(uint256 tokenId, uint256 principalPart) external returns (uint256 paid);

    /// @notice Periodic interest: pay the holder everything funded-but-unpaid; NFT unchanged. Reverts
    ///         `Redeem_PrincipalCovered` once the funds cover the outstanding principal (use `redeem`), and
    ///         `Redeem_Matured` from the deal's maturity on (principal tranches are paid only by `redeem`).
    /// @return paid Deposit-asset units paid.
    function claimInterest(uint256 tokenId) external returns (uint256 paid);

    /// @notice Write `amount` of `tokenId`'s outstanding principal off as a loss (default, workout, pari-passu
    ///         loss on its book): the deal's principal and the book's liabilities drop by `amount`, nothing is
    ///         paid and the NFT stays with its holder, who can then `redeem` whatever was funded once it covers
    ///         the remaining principal (a write-down to zero lets the holder redeem what is there, even nothing,
    ///         and frees the book to close). DEFAULT_ADMIN_ROLE only (governance, through the timelock).
    ///         Reverts `Redeem_ZeroAmount`, `Redeem_UnknownToken`, `Redeem_WriteDownTooLarge`.
    function writeDown(uint256 tokenId, uint256 amount) external;

    function depositAsset() external view returns (address);
    function controller() external view returns (address);
    function dealToken() external view returns (address);
    function facility() external view returns (address);

    function account(uint256 tokenId) external view returns (Account memory);
    /// @notice Funded-but-unpaid amount waiting for the holder of `tokenId`.
    function available(uint256 tokenId) external view returns (uint256);
    /// @notice Every funding of `tokenId`, oldest first.
    function fundings(uint256 tokenId) external view returns (Funding[] memory);
    /// @notice Whether any funding of `tokenId` arrived after its maturity.
    function fundedLate(uint256 tokenId) external view returns (bool);
    /// @notice Sum over all tokens of funded-but-unpaid (what this contract owes holders).
    function totalOwed() external view returns (uint256);
}
