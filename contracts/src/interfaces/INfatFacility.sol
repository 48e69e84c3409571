// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title NFAT facility — the deposit queue, claim and Halo Books of a Term Halo Class
/// @notice Initialisation surface fixed for the factory. The NFAT template owner extends this interface with
///         the full operation set (deposit, withdraw, claim, books, views) and its NatSpec; see
///         `../shared/spec/nfat.md`.
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
        address admin; // DEFAULT_ADMIN_ROLE: governance (BEAMTimeLock)
        address operator; // OPERATOR role: the Halo operator (onboards depositors, allow-list)
        address nfatBeacon; // lpha-nfat
        address attestBeacon; // lpha-attest
        address depositAsset;
        address controller; // the class's HaloController
        address dealToken;
        address redeem;
        address unitRecorder; // the factory: records every minted deal as a Halo Unit in the registry
        Buybox buybox;
    }

    function initialize(FacilityConfig calldata config) external;
}

/// @notice Implemented by the factory: the facility reports each minted deal so the registry records it as a unit.
interface IHaloUnitRecorder {
    function recordDealUnit(uint256 tokenId, address depositor, uint256 principal, bytes32 bookId, bytes32 termsHash)
        external;
}
