/**
 * plan/beacon-drift.ts and its place in detectDrift: a beacon role held by someone other than the class record's
 * beacon operator (or not by it) is drift; in step, or with roles not read, nothing is reported.
 */
import { type Address, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import type { ObservedState } from "../../model/observed.js";
import { beaconRoleMismatches } from "../../plan/beacon-drift.js";
import { detectDrift } from "../../plan/drift.js";
import { observedBase } from "./fixtures.js";

const a = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const BEACON = a(0xb1);
const OTHER = a(0xb2);

function withBeacon(holders: Address[] | undefined): ObservedState {
  const o = observedBase();
  o.resources["class.acme-mmf"]!.fields["beacons.lphaLcts"] = BEACON;
  const fields: Record<string, unknown> = {
    "address.HaloShareToken": a(0x100),
    "address.SubscribeQueue": a(0x101),
    "address.RedeemQueue": a(0x102),
  };
  if (holders !== undefined)
    for (const c of ["HaloShareToken", "SubscribeQueue", "RedeemQueue"]) fields[`roles.${c}.BEACON_ROLE`] = holders;
  o.resources["class.acme-mmf.unit.senior"] = { type: "unit", fields } as never;
  return o;
}

describe("beacon role drift", () => {
  it("in step (the record's operator alone), or roles not read: nothing", () => {
    expect(beaconRoleMismatches(withBeacon([BEACON]))).toEqual([]);
    expect(beaconRoleMismatches(withBeacon(undefined))).toEqual([]);
  });

  it("the old operator still holding the role, the record's missing: one item per contract", () => {
    const m = beaconRoleMismatches(withBeacon([OTHER]));
    expect(m.map((x) => x.address)).toEqual(Array(3).fill("class.acme-mmf.unit.senior"));
    expect(m[1]!.detail).toBe(
      `SubscribeQueue.BEACON_ROLE (${a(0x101)}): the registry's lpha-lcts operator ${BEACON} does not hold it; held by ${OTHER}; the registry record and the role must name one operator`,
    );
  });

  it("the operator's address in lower case, or listed twice, is in step; one unit out of step among others is found", () => {
    expect(beaconRoleMismatches(withBeacon([BEACON.toLowerCase() as Address]))).toEqual([]);
    expect(beaconRoleMismatches(withBeacon([BEACON, BEACON]))).toEqual([]);
    const o = withBeacon([BEACON]);
    o.resources["class.acme-mmf.unit.junior"] = {
      type: "unit",
      fields: { "address.RedeemQueue": a(0x103), "roles.RedeemQueue.BEACON_ROLE": [BEACON], "roles.SubscribeQueue.BEACON_ROLE": [OTHER] },
    } as never;
    o.resources["class.acme-mmf.unit.mezz"] = { type: "unit", fields: { "address.RedeemQueue": a(0x104), "roles.RedeemQueue.BEACON_ROLE": [OTHER] } } as never;
    // junior's SubscribeQueue has no address: not a contract the beacon serves there
    expect(beaconRoleMismatches(o).map((m) => `${m.address} ${m.detail.split(" ")[0]}`)).toEqual(["class.acme-mmf.unit.mezz RedeemQueue.BEACON_ROLE"]);
  });

  it("a stray holder beside the record's operator", () => {
    const m = beaconRoleMismatches(withBeacon([BEACON, OTHER]));
    expect(m[0]!.detail).toBe(`HaloShareToken.BEACON_ROLE (${a(0x100)}): held by ${OTHER}; the registry record and the role must name one operator`);
  });

  it("detectDrift reports it as beacon-role-mismatch (exit 2)", () => {
    const o = withBeacon([OTHER]);
    const desired = structuredClone(o.resources);
    const r = detectDrift(desired, o);
    expect(r.items.map((i) => [i.kind, i.address, i.expected])).toEqual(Array(3).fill(["beacon-role-mismatch", "class.acme-mmf.unit.senior", false]));
    expect(r.exitCode).toBe(2);
    expect(detectDrift(structuredClone(withBeacon([BEACON]).resources), withBeacon([BEACON])).exitCode).toBe(0);
  });
});
