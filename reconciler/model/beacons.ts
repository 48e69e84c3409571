/**
 * Which contracts each beacon kind serves, under which role (docs/roles.md): the table the beacon rotation
 * (plan/beacon-rotation.ts), beacon drift (plan/beacon-drift.ts) and `halo verify class` (ops/verify-beacons.ts) share.
 * A Portfolio class's `lpha-lcts` holds BEACON_ROLE on each unit's share token and queues; a Term class's `lpha-nfat`
 * holds NFAT_BEACON on the facility and the redeem contract, `lpha-attest` ATTEST_BEACON on the facility.
 */

/** Where a beacon kind holds its role: on the class's own contracts, or on every unit's. */
export interface BeaconService {
  scope: "class" | "unit";
  contract: "HaloShareToken" | "SubscribeQueue" | "RedeemQueue" | "NfatFacility" | "NfatRedeem";
  role: "BEACON_ROLE" | "NFAT_BEACON" | "ATTEST_BEACON";
}

/** Beacon kind (on-chain name) → the contracts it serves. */
export const BEACON_SERVES: Readonly<Record<string, readonly BeaconService[]>> = {
  "lpha-lcts": [
    { scope: "unit", contract: "HaloShareToken", role: "BEACON_ROLE" },
    { scope: "unit", contract: "SubscribeQueue", role: "BEACON_ROLE" },
    { scope: "unit", contract: "RedeemQueue", role: "BEACON_ROLE" },
  ],
  "lpha-nfat": [
    { scope: "class", contract: "NfatFacility", role: "NFAT_BEACON" },
    { scope: "class", contract: "NfatRedeem", role: "NFAT_BEACON" },
  ],
  "lpha-attest": [{ scope: "class", contract: "NfatFacility", role: "ATTEST_BEACON" }],
};
