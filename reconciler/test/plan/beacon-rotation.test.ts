/**
 * plan/beacon-rotation.ts without a chain: the drafts of a beacon operator rotation (grant on every contract the
 * beacon serves, revoke from the old operator, the registry's setBeaconOperator), what the observed holders skip,
 * and the refusals.
 */
import { type Address, decodeFunctionData, getAddress, parseAbi } from "viem";
import { describe, expect, it } from "vitest";
import { haloRegistryAbi } from "../../abi/index.js";
import { roleId, toBytes32Name } from "../../chain/names.js";
import type { ObservedState } from "../../model/observed.js";
import type { ActionDraft } from "../../plan/actions.js";
import { beaconKindOf, beaconRotation, servedContracts, unitResourcesByClass } from "../../plan/beacon-rotation.js";
import type { ResourceChange } from "../../plan/diff.js";

const a = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const OLD = a(0xb1);
const NEW = a(0xb2);
const REGISTRY = a(0x99);
const TIMELOCKED = { actor: "core-council-timelocked", kind: "schedule" } as const;
const AC = parseAbi(["function grantRole(bytes32 role, address account)", "function revokeRole(bytes32 role, address account)"]);

function unit(base: number, holders?: Address[]) {
  const fields: Record<string, unknown> = {
    "address.HaloShareToken": a(base),
    "address.SubscribeQueue": a(base + 1),
    "address.RedeemQueue": a(base + 2),
  };
  if (holders !== undefined)
    for (const c of ["HaloShareToken", "SubscribeQueue", "RedeemQueue"]) fields[`roles.${c}.BEACON_ROLE`] = holders;
  return { type: "unit", fields };
}

function observed(resources: Record<string, unknown>): ObservedState {
  return { system: { haloRegistry: REGISTRY }, resources } as unknown as ObservedState;
}

const portfolio = (holders?: Address[]) =>
  observed({
    "class.acme-mmf": { type: "class", fields: { "beacons.lphaLcts": OLD } },
    "class.acme-mmf.unit.b-junior": unit(0x200, holders),
    "class.acme-mmf.unit.a-senior": unit(0x100, holders),
    "class.acme-mmf.rateLimit.x": { type: "rateLimit", fields: { "address.SubscribeQueue": a(0x999) } },
    "class.other.unit.z": unit(0x300, holders),
  });

const change = (field: string, old: unknown, now: unknown, classId = "acme-mmf"): ResourceChange => ({
  address: `class.${classId}`,
  type: "class",
  kind: "update",
  fields: [{ field, old: old as never, new: now as never, immutable: false }],
});

const decoded = (d: ActionDraft) => decodeFunctionData({ abi: AC, data: d.calldata });

describe("beaconRotation", () => {
  it("Portfolio lpha-lcts: grant and revoke BEACON_ROLE on each unit's share token and queues, then setBeaconOperator, all by the PAS Timelock", () => {
    const r = beaconRotation(change("beacons.lphaLcts", OLD, NEW), undefined, portfolio([OLD]), TIMELOCKED);
    if (!Array.isArray(r)) throw new Error(r.refused);
    expect(r.map((d) => `${d.function} ${d.target}`)).toEqual([
      `grantRole ${a(0x100)}`,
      `revokeRole ${a(0x100)}`,
      `grantRole ${a(0x101)}`,
      `revokeRole ${a(0x101)}`,
      `grantRole ${a(0x102)}`,
      `revokeRole ${a(0x102)}`,
      `grantRole ${a(0x200)}`,
      `revokeRole ${a(0x200)}`,
      `grantRole ${a(0x201)}`,
      `revokeRole ${a(0x201)}`,
      `grantRole ${a(0x202)}`,
      `revokeRole ${a(0x202)}`,
      `setBeaconOperator ${REGISTRY}`,
    ]);
    expect(r.every((d) => d.actor === "core-council-timelocked" && d.kind === "schedule")).toBe(true);
    expect(decoded(r[0]!)).toEqual({ functionName: "grantRole", args: [roleId("BEACON_ROLE"), NEW] });
    expect(decoded(r[1]!)).toEqual({ functionName: "revokeRole", args: [roleId("BEACON_ROLE"), OLD] });
    expect(r[0]!.reason).toBe(`the PAS Timelock (admin of unit a-senior's HaloShareToken) grants BEACON_ROLE to the new lpha-lcts operator ${NEW}`);
    const set = decodeFunctionData({ abi: haloRegistryAbi, data: r[12]!.calldata });
    expect(set).toEqual({ functionName: "setBeaconOperator", args: [toBytes32Name("acme-mmf"), toBytes32Name("lpha-lcts"), NEW] });
    expect(r[12]!.args).toEqual([toBytes32Name("acme-mmf"), toBytes32Name("lpha-lcts"), NEW]);
    expect(new Set(r.map((d) => d.key)).size).toBe(r.length);
  });

  it("observed holders: no grant to an operator that holds the role already, no revoke from one that does not", () => {
    const r = beaconRotation(change("beacons.lphaLcts", OLD, NEW), undefined, portfolio([NEW]), TIMELOCKED);
    expect(Array.isArray(r) && r.map((d) => d.function)).toEqual(["setBeaconOperator"]);
    // roles not read: grant and revoke everywhere
    const unread = beaconRotation(change("beacons.lphaLcts", OLD, NEW), undefined, portfolio(), TIMELOCKED);
    expect(Array.isArray(unread) && unread.length).toBe(13);
  });

  it("Term lpha-attest: ATTEST_BEACON on the facility only; lpha-nfat: NFAT_BEACON on the facility and the redeem", () => {
    const term = observed({
      "class.acme-term": {
        type: "class",
        fields: {
          "address.NfatFacility": a(0x10),
          "address.NfatRedeem": a(0x11),
          "address.NfatDealToken": a(0x12),
          "roles.NfatFacility.ATTEST_BEACON": [OLD],
          "roles.NfatFacility.NFAT_BEACON": [a(0xee)],
          "roles.NfatRedeem.NFAT_BEACON": [a(0xee)],
        },
      },
    });
    const attest = beaconRotation(change("beacons.lphaAttest", OLD, NEW, "acme-term"), undefined, term, TIMELOCKED);
    if (!Array.isArray(attest)) throw new Error(attest.refused);
    expect(attest.map((d) => `${d.function} ${d.target}`)).toEqual([`grantRole ${a(0x10)}`, `revokeRole ${a(0x10)}`, `setBeaconOperator ${REGISTRY}`]);
    expect(decoded(attest[0]!).args[0]).toBe(roleId("ATTEST_BEACON"));
    expect(attest[1]!.reason).toBe(`the PAS Timelock (admin of the class's NfatFacility) revokes ATTEST_BEACON from the old lpha-attest operator ${OLD}`);
    const nfat = beaconRotation(change("beacons.lphaNfat", a(0xee), NEW, "acme-term"), undefined, term, TIMELOCKED);
    if (!Array.isArray(nfat)) throw new Error(nfat.refused);
    expect(nfat.map((d) => `${d.function} ${d.target}`)).toEqual([
      `grantRole ${a(0x10)}`,
      `revokeRole ${a(0x10)}`,
      `grantRole ${a(0x11)}`,
      `revokeRole ${a(0x11)}`,
      `setBeaconOperator ${REGISTRY}`,
    ]);
    expect(decoded(nfat[2]!).args).toEqual([roleId("NFAT_BEACON"), NEW]);
  });

  it("the registry's call goes to whoever administers it (a spell when that is Sky governance)", () => {
    const r = beaconRotation(change("beacons.lphaLcts", OLD, NEW), undefined, portfolio([OLD]), { actor: "sky-governance", kind: "spell" });
    if (!Array.isArray(r)) throw new Error(r.refused);
    expect(r.at(-1)).toMatchObject({ actor: "sky-governance", kind: "spell", function: "setBeaconOperator" });
    expect(r[0]).toMatchObject({ actor: "core-council-timelocked", kind: "schedule" });
  });

  it("refuses an unknown beacon kind, a non-address, and a missing registry address", () => {
    expect(beaconRotation(change("beacons.legacy", OLD, NEW), undefined, portfolio(), TIMELOCKED)).toEqual({
      refused: "class.acme-mmf beacons.legacy: legacy is no beacon kind this tool rotates (lpha-lcts, lpha-nfat, lpha-attest)",
    });
    expect(beaconRotation(change("beacons.lphaLcts", undefined, NEW), undefined, portfolio(), TIMELOCKED)).toEqual({
      refused: expect.stringContaining("must be an address on both sides"),
    });
    const noRegistry = { ...portfolio(), system: {} } as ObservedState;
    expect(beaconRotation(change("beacons.lphaLcts", OLD, NEW), undefined, noRegistry, TIMELOCKED)).toEqual({
      refused: "the Halo registry's address is not configured",
    });
  });

  it("servedContracts and beaconKindOf", () => {
    expect(servedContracts(portfolio([OLD]), "acme-mmf", "lpha-lcts").map((s) => s.resource)).toEqual([
      ...Array(3).fill("class.acme-mmf.unit.a-senior"),
      ...Array(3).fill("class.acme-mmf.unit.b-junior"),
    ]);
    expect(servedContracts(portfolio([OLD]), "acme-mmf", "lpha-nfat")).toEqual([]);
    expect(servedContracts(portfolio([OLD]), "missing", "lpha-lcts")).toEqual([]);
    expect(beaconKindOf("beacons.lphaNfat")).toBe("lpha-nfat");
    expect(beaconKindOf("beacons.other")).toBe("other");
  });
});

describe("unitResourcesByClass: one pass over the observed state", () => {
  it("groups each class's unit resources, sorted, and leaves other resources out", () => {
    const resources = Object.fromEntries(
      ["class.b.unit.z", "class.a", "class.a.unit.y", "class.a.unit.x", "class.a.rateLimit.unit.q", "agent.unit.x", "class.b.unit.z.init.f"].map(
        (k) => [k, { type: "unit", fields: {} }],
      ),
    );
    const byClass = unitResourcesByClass({ resources } as never);
    expect([...byClass.keys()].sort()).toEqual(["a", "b"]);
    expect(byClass.get("a")).toEqual(["class.a.unit.x", "class.a.unit.y"]);
    expect(byClass.get("b")).toEqual(["class.b.unit.z", "class.b.unit.z.init.f"]);
  });
});
