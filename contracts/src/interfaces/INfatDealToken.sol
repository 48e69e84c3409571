// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title NFAT deal token (ERC-721): one token = one Halo Unit of a Term class
/// @notice Minted only by the class's facility (at claim), burnt and its principal reduced only by the class's
///         redeem contract. Transferable (secondary sales: whoever holds the token is paid); the OPERATOR may
///         switch on an allow-list so that transfers only reach allow-listed receivers (KYC). Mints and burns
///         are not transfers and are not subject to the allow-list: the facility's own depositor controls
///         govern who receives a new deal.
///         Roles: DEFAULT_ADMIN_ROLE (governance), OPERATOR (allow-list). Facility and redeem contract are fixed
///         at initialisation.
interface INfatDealToken {
    struct DealTokenConfig {
        string name;
        string symbol;
        address admin; // DEFAULT_ADMIN_ROLE: governance (the PAS Timelock)
        address operator; // OPERATOR role: manages the allow-list
        address facility; // the only minter
        address redeem; // the only burner / principal reducer
        bool allowListEnabled;
    }

    /// @notice The on-chain data of one deal. Off-chain terms are committed to by `termsHash`.
    struct Deal {
        uint128 principal; // outstanding principal (reduced by amortising payments)
        uint128 originalPrincipal; // principal at mint
        address depositor; // the Prime the deal was minted to (unchanged by transfers)
        uint40 mintedAt; // uint40 keeps depositor, both times and the schedule in one storage slot
        uint40 maturity; // from the terms: when the principal is due
        uint8 schedule; // INfatFacility.Schedule
        bytes32 bookId;
        bytes32 termsHash; // keccak256(abi.encode(INfatFacility.DealTerms))
    }

    event DealMinted(uint256 indexed tokenId, address indexed depositor, bytes32 indexed bookId, Deal deal);
    event DealBurnt(uint256 indexed tokenId, address indexed holder);
    event PrincipalReduced(uint256 indexed tokenId, uint256 amount, uint256 remaining);
    event AllowListEnabled(bool enabled, address indexed by);
    event AllowListed(address indexed account, bool allowed, address indexed by);

    error DealToken_ZeroAddress(string what);
    error DealToken_NotFacility(address caller);
    error DealToken_NotRedeem(address caller);
    error DealToken_ReceiverNotAllowed(address receiver);
    error DealToken_ZeroPrincipal();
    error DealToken_PrincipalUnderflow(uint256 tokenId, uint256 amount, uint256 principal);
    /// @notice The class's buybox requires the transfer allow-list (`transferAllowList`); it cannot be switched
    ///         off without governance deploying a class with a different buybox (review 2026-11-26, R-02).
    error DealToken_AllowListRequired();

    /// @notice Initialise a fresh clone. Reverts `DealToken_ZeroAddress` for a missing admin / facility / redeem.
    function initialize(DealTokenConfig calldata config) external;

    /// @notice Role that manages the allow-list.
    function OPERATOR() external view returns (bytes32);

    /// @notice Mint the next token id (ids start at 1) to `to` with `deal`. Facility only.
    /// @return tokenId The new token.
    function mint(address to, Deal calldata deal) external returns (uint256 tokenId);

    /// @notice Burn `tokenId` (deal fully repaid). Redeem contract only.
    function burn(uint256 tokenId) external;

    /// @notice Reduce the outstanding principal of `tokenId` by `amount`. Redeem contract only.
    /// @return remaining The outstanding principal afterwards.
    function reducePrincipal(uint256 tokenId, uint256 amount) external returns (uint256 remaining);

    /// @notice Switch the transfer allow-list on or off. OPERATOR only. Switching it off reverts
    ///         `DealToken_AllowListRequired` when the facility's buybox has `transferAllowList` set.
    function setAllowListEnabled(bool enabled) external;

    /// @notice Add `account` to (or remove it from) the transfer allow-list. OPERATOR only.
    function setAllowed(address account, bool allowed) external;

    function facility() external view returns (address);
    function redeem() external view returns (address);
    function allowListEnabled() external view returns (bool);
    function isAllowed(address account) external view returns (bool);
    /// @notice Whether `tokenId` exists (minted and not burnt).
    function exists(uint256 tokenId) external view returns (bool);
    /// @notice The deal data of an existing token (reverts `ERC721NonexistentToken` otherwise).
    function deal(uint256 tokenId) external view returns (Deal memory);
    /// @notice Number of tokens ever minted (the last token id).
    function totalMinted() external view returns (uint256);
    /// @notice Number of tokens minted and not burnt.
    function totalOutstanding() external view returns (uint256);
}
