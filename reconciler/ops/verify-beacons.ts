/**
 * `halo verify class` of a Portfolio class (issue 16): the class record's `lpha-lcts` operator holds BEACON_ROLE on
 * every unit's share token and queues, and nobody else does — so a rotation that changed the registry record but
 * not a unit's roles (or the reverse) fails verification. (A Term class's beacons hold their roles on the class's own
 * contracts, which the roles table already checks; a unit's verification checks its own contracts the same way.)
 * Holders are replayed from RoleGranted / RoleRevoked logs (the LCTS unit contracts do not enumerate members).
 */
import { type Address, getAddress } from "viem";
import { BEACON_SERVES } from "../model/beacons.js";

export interface BeaconRoleCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** One check per (unit contract served by `kind`, role): held by exactly `beacon`. */
export function beaconRoleChecks(
  kind: string,
  beacon: Address,
  units: readonly { label: string; contracts: Record<string, Address> }[],
  holders: (contract: Address, role: string) => Address[],
): BeaconRoleCheck[] {
  const out: BeaconRoleCheck[] = [];
  const want = getAddress(beacon);
  for (const u of units) {
    for (const s of (BEACON_SERVES[kind] ?? []).filter((x) => x.scope === "unit")) {
      const address = u.contracts[s.contract];
      if (address === undefined) continue;
      const held = holders(address, s.role).map((h) => getAddress(h));
      const stray = held.filter((h) => h !== want);
      const missing = !held.includes(want);
      const problems = [missing ? `${kind} ${want} (the registry's) does not hold it` : "", stray.length > 0 ? `stray holder(s) ${stray.join(", ")}` : ""].filter(Boolean);
      out.push({
        name: `beacon.${kind}.${s.contract}.${u.label}.${s.role}`,
        ok: problems.length === 0,
        detail: problems.length > 0 ? problems.join("; ") : `held by ${kind} ${want} only`,
      });
    }
  }
  return out;
}
