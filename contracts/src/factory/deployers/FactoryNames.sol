// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title FactoryNames — the names the factory looks up in a template and in a request
/// @notice Kinds are keccak256 hashes (an open set); component, parameter and beacon names are left-aligned ASCII
///         bytes32 so that the reconciler, errors and events show them as text.
library FactoryNames {
    // ---- template kinds ----
    bytes32 internal constant PORTFOLIO_LCTS = keccak256("PORTFOLIO_LCTS");
    bytes32 internal constant TERM_NFAT = keccak256("TERM_NFAT");

    // ---- beacon kinds ----
    bytes32 internal constant BEACON_LCTS = "lpha-lcts";
    bytes32 internal constant BEACON_NFAT = "lpha-nfat";
    bytes32 internal constant BEACON_ATTEST = "lpha-attest";

    // ---- class components ----
    bytes32 internal constant ALM_PROXY = "ALMProxy";
    bytes32 internal constant RATE_LIMITS = "RateLimits";
    bytes32 internal constant CONTROLLER = "HaloController";
    bytes32 internal constant NFAT_FACILITY = "NfatFacility";
    bytes32 internal constant NFAT_DEAL_TOKEN = "NfatDealToken";
    bytes32 internal constant NFAT_REDEEM = "NfatRedeem";

    // ---- unit components (Portfolio) ----
    bytes32 internal constant SHARE_TOKEN = "HaloShareToken";
    bytes32 internal constant SUBSCRIBE_QUEUE = "SubscribeQueue";
    bytes32 internal constant REDEEM_QUEUE = "RedeemQueue";

    // ---- Term class parameters (the buybox) ----
    bytes32 internal constant TERM_MIN = "termMin";
    bytes32 internal constant TERM_MAX = "termMax";
    bytes32 internal constant SIZE_MIN = "sizeMin";
    bytes32 internal constant SIZE_MAX = "sizeMax";
    bytes32 internal constant APY_MIN_BPS = "apyMinBps";
    bytes32 internal constant APY_MAX_BPS = "apyMaxBps";
    bytes32 internal constant RESTRICTED_DEPOSITORS = "restrictedDepositors";
    bytes32 internal constant TRANSFER_ALLOW_LIST = "transferAllowList";
    bytes32 internal constant ASSET_TYPE = "assetType";
    bytes32 internal constant JURISDICTION = "jurisdiction";

    // ---- Portfolio unit parameters ----
    bytes32 internal constant CAPACITY = "capacity";
    bytes32 internal constant SENIORITY = "seniority";
    bytes32 internal constant TARGET_YIELD_BPS = "targetYieldBps";
    bytes32 internal constant MAX_RATE_INCREASE_BPS = "maxRateIncreaseBps";
    bytes32 internal constant MIN_DEPOSIT = "minDeposit";
    bytes32 internal constant INITIAL_EXCHANGE_RATE = "initialExchangeRate";
}
