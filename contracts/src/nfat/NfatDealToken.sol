// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../interfaces/INfatDealToken.sol";
import {INfatFacility} from "../interfaces/INfatFacility.sol";
import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {ERC721Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC721/ERC721Upgradeable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title NfatDealToken — ERC-721 deal token of an NFAT Term Halo Class (one token = one Halo Unit)
/// @notice Cloned per class by the Halo Factory; see INfatDealToken.
contract NfatDealToken is INfatDealToken, ERC721Upgradeable, AccessControlUpgradeable {
    /// @inheritdoc INfatDealToken
    bytes32 public constant OPERATOR = keccak256("OPERATOR");

    /// @inheritdoc INfatDealToken
    address public facility;
    /// @inheritdoc INfatDealToken
    address public redeem;
    /// @inheritdoc INfatDealToken
    bool public allowListEnabled;
    /// @inheritdoc INfatDealToken
    uint256 public totalMinted;
    /// @inheritdoc INfatDealToken
    uint256 public totalOutstanding;

    mapping(address account => bool allowed) private _allowed;
    mapping(uint256 tokenId => Deal data) private _deals;

    /// @dev The implementation behind every clone must never be initialised by anybody.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc INfatDealToken
    function initialize(DealTokenConfig calldata config) external initializer {
        if (config.admin == address(0)) revert DealToken_ZeroAddress("admin");
        if (config.facility == address(0)) revert DealToken_ZeroAddress("facility");
        if (config.redeem == address(0)) revert DealToken_ZeroAddress("redeem");
        __ERC721_init(config.name, config.symbol);
        __AccessControl_init();
        _grantRole(DEFAULT_ADMIN_ROLE, config.admin);
        if (config.operator != address(0)) _grantRole(OPERATOR, config.operator);
        facility = config.facility;
        redeem = config.redeem;
        allowListEnabled = config.allowListEnabled;
        emit DealTokenInitialized(config);
        emit AllowListEnabled(config.allowListEnabled, msg.sender);
    }

    // ---- facility / redeem contract ----

    /// @inheritdoc INfatDealToken
    function mint(address to, Deal calldata data) external returns (uint256 tokenId) {
        if (msg.sender != facility) revert DealToken_NotFacility(msg.sender);
        if (data.principal == 0) revert DealToken_ZeroPrincipal();
        tokenId = ++totalMinted;
        ++totalOutstanding;
        _deals[tokenId] = data;
        // Plain `_mint`, not `_safeMint`: a Prime's ALMProxy need not implement IERC721Receiver, and the deal
        // must not depend on (or call back into) the receiver.
        _mint(to, tokenId);
        emit DealMinted(tokenId, to, data.bookId, data);
    }

    /// @inheritdoc INfatDealToken
    function burn(uint256 tokenId) external {
        if (msg.sender != redeem) revert DealToken_NotRedeem(msg.sender);
        address holder = _requireOwned(tokenId);
        --totalOutstanding;
        delete _deals[tokenId];
        _burn(tokenId);
        emit DealBurnt(tokenId, holder);
    }

    /// @inheritdoc INfatDealToken
    function reducePrincipal(uint256 tokenId, uint256 amount) external returns (uint256 remaining) {
        if (msg.sender != redeem) revert DealToken_NotRedeem(msg.sender);
        _requireOwned(tokenId);
        Deal storage data = _deals[tokenId];
        uint256 principal = data.principal;
        if (amount > principal) revert DealToken_PrincipalUnderflow(tokenId, amount, principal);
        remaining = principal - amount;
        data.principal = SafeCast.toUint128(remaining);
        emit PrincipalReduced(tokenId, amount, remaining);
    }

    // ---- operator ----

    /// @inheritdoc INfatDealToken
    /// @dev The buybox is fixed at class deployment and the beacon / operator act only inside it, so a KYC-only
    ///      class stays KYC-only: the operator may switch the list on at any time, off only when the buybox allows.
    function setAllowListEnabled(bool enabled) external onlyRole(OPERATOR) {
        if (!enabled && INfatFacility(facility).buybox().transferAllowList) revert DealToken_AllowListRequired();
        allowListEnabled = enabled;
        emit AllowListEnabled(enabled, msg.sender);
    }

    /// @inheritdoc INfatDealToken
    function setAllowed(address account, bool allowed) external onlyRole(OPERATOR) {
        if (account == address(0)) revert DealToken_ZeroAddress("account");
        _allowed[account] = allowed;
        emit AllowListed(account, allowed, msg.sender);
    }

    // ---- views ----

    /// @inheritdoc INfatDealToken
    function isAllowed(address account) external view returns (bool) {
        return _allowed[account];
    }

    /// @inheritdoc INfatDealToken
    function exists(uint256 tokenId) external view returns (bool) {
        return _ownerOf(tokenId) != address(0);
    }

    /// @inheritdoc INfatDealToken
    function deal(uint256 tokenId) external view returns (Deal memory) {
        _requireOwned(tokenId);
        return _deals[tokenId];
    }

    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721Upgradeable, AccessControlUpgradeable)
        returns (bool)
    {
        return interfaceId == type(INfatDealToken).interfaceId || ERC721Upgradeable.supportsInterface(interfaceId)
            || AccessControlUpgradeable.supportsInterface(interfaceId);
    }

    /// @dev The allow-list applies to transfers only: mints are governed by the facility's depositor rules and
    ///      burns by the redeem contract.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        if (allowListEnabled && to != address(0) && _ownerOf(tokenId) != address(0) && !_allowed[to]) {
            revert DealToken_ReceiverNotAllowed(to);
        }
        return super._update(to, tokenId, auth);
    }
}
