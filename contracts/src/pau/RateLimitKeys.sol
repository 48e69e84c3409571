// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title RateLimitKeys — how every rate-limit key of a Halo PAU is derived
/// @notice Keys are derived, never stored: `keccak256(abi.encode(LIMIT_X, asset))` or
///         `keccak256(abi.encode(LIMIT_X, asset, counterparty))`. The reconciler derives the same keys
///         off-chain, so a key in `halos/` YAML names a flow, not an opaque hash.
library RateLimitKeys {
    /// @notice Relayer moves `asset` from the ALMProxy to an approved destination (custodian, RWA endpoint).
    ///         Key: (LIMIT_TRANSFER, asset, destination).
    bytes32 internal constant LIMIT_TRANSFER = keccak256("LIMIT_TRANSFER");
    /// @notice A unit contract of the class sends `asset` into the ALMProxy (LCTS subscribe settlement,
    ///         NFAT claim). Key: (LIMIT_UNIT_INFLOW, asset, unitContract).
    bytes32 internal constant LIMIT_UNIT_INFLOW = keccak256("LIMIT_UNIT_INFLOW");
    /// @notice The ALMProxy pays `asset` out to a unit contract of the class (LCTS redeem settlement,
    ///         NFAT redeem funding). Key: (LIMIT_UNIT_OUTFLOW, asset, unitContract).
    bytes32 internal constant LIMIT_UNIT_OUTFLOW = keccak256("LIMIT_UNIT_OUTFLOW");

    function assetKey(bytes32 limitId, address asset) internal pure returns (bytes32) {
        return keccak256(abi.encode(limitId, asset));
    }

    function assetCounterpartyKey(bytes32 limitId, address asset, address counterparty)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(limitId, asset, counterparty));
    }
}
