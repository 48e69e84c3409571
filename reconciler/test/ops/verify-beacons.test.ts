/** ops/verify-beacons.ts: one check per unit contract the beacon serves; held by exactly the record's operator. */
import { type Address, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { beaconRoleChecks } from "../../ops/verify-beacons.js";

const a = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const BEACON = a(0xb1);
const units = [
  { label: "acme-mmf-senior", contracts: { HaloShareToken: a(0x10), SubscribeQueue: a(0x11), RedeemQueue: a(0x12), Other: a(0x13) } },
];

describe("beaconRoleChecks", () => {
  it("passes when only the record's operator holds the role", () => {
    const checks = beaconRoleChecks("lpha-lcts", BEACON, units, () => [BEACON]);
    expect(checks.map((c) => [c.name, c.ok])).toEqual([
      ["beacon.lpha-lcts.HaloShareToken.acme-mmf-senior.BEACON_ROLE", true],
      ["beacon.lpha-lcts.SubscribeQueue.acme-mmf-senior.BEACON_ROLE", true],
      ["beacon.lpha-lcts.RedeemQueue.acme-mmf-senior.BEACON_ROLE", true],
    ]);
    expect(checks[0]!.detail).toBe(`held by lpha-lcts ${BEACON} only`);
  });

  it("fails naming the missing operator and the stray holders", () => {
    const roles: string[] = [];
    const checks = beaconRoleChecks("lpha-lcts", BEACON, units, (c, role) => {
      roles.push(role);
      return c === a(0x11) ? [a(0xb2)] : [BEACON, a(0xb3)];
    });
    expect(roles).toEqual(["BEACON_ROLE", "BEACON_ROLE", "BEACON_ROLE"]);
    expect(checks.map((c) => c.ok)).toEqual([false, false, false]);
    expect(checks[1]!.detail).toBe(`lpha-lcts ${BEACON} (the registry's) does not hold it; stray holder(s) ${a(0xb2)}`);
    expect(checks[0]!.detail).toBe(`stray holder(s) ${a(0xb3)}`);
  });

  it("a beacon kind with no unit-side contracts has no unit checks", () => {
    expect(beaconRoleChecks("lpha-nfat", BEACON, units, () => [])).toEqual([]);
  });
});
