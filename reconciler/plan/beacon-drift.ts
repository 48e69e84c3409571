/**
 * Drift between a class's registry record and the beacon roles (issue 16): every beacon the record names must hold
 * its role on every contract it serves (model/beacons.ts), and nobody else may. A rotation made by hand on one side
 * only (a grantRole without `setBeaconOperator`, or the reverse), a forgotten revoke, or a unit deployed while a
 * rotation was scheduled shows here. Contracts whose roles the refresh did not read are skipped.
 */
import { getAddress } from "../model/address.js";
import { BEACON_FIELD } from "../chain/names.js";
import type { ObservedState } from "../model/observed.js";
import { servedContracts, servedRolesHeldOnlyBy, unitResourcesByClass } from "./beacon-rotation.js";

export interface BeaconRoleMismatch {
  /** The resource of the contract (`class.<id>` or `class.<id>.unit.<unit>`). */
  address: string;
  detail: string;
}

/** Every (contract, role) whose holders differ from the class record's beacon operator. */
export function beaconRoleMismatches(observed: ObservedState): BeaconRoleMismatch[] {
  const out: BeaconRoleMismatch[] = [];
  const units = unitResourcesByClass(observed);
  const fields = Object.entries(BEACON_FIELD).map(([kind, field]) => [kind, `beacons.${field}`] as const);
  const resources = observed.resources;
  for (const address in resources) {
    const r = resources[address]!;
    if (r.type !== "class") continue;
    const classId = address.slice("class.".length);
    for (const [kind, field] of fields) {
      const operator = r.fields[field];
      if (typeof operator !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(operator)) continue;
      const want = getAddress(operator);
      if (servedRolesHeldOnlyBy(observed, classId, kind, units, want)) continue; // the usual case: nothing to report
      for (const s of servedContracts(observed, classId, kind, units)) {
        if (s.holders === undefined) continue;
        const stray = s.holders.filter((h) => h !== want);
        const missing = !s.holders.includes(want);
        if (stray.length === 0 && !missing) continue;
        const problems = [missing ? `the registry's ${kind} operator ${want} does not hold it` : "", stray.length > 0 ? `held by ${stray.join(", ")}` : ""];
        out.push({
          address: s.resource,
          detail: `${s.contract}.${s.role} (${s.address}): ${problems.filter(Boolean).join("; ")}; the registry record and the role must name one operator`,
        });
      }
    }
  }
  return out;
}
