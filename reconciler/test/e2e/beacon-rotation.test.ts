/**
 * End to end against anvil: rotating the Portfolio class's lpha-lcts beacon operator through its governed path
 * (issue 16). The scenario tree (without legacy.yaml) is onboarded to "No changes."; the operator is changed in
 * acme/mmf.yaml; the plan shows one Core Council timelocked batch — grantRole / revokeRole of BEACON_ROLE on every
 * unit's share token and queues and HaloRegistry.setBeaconOperator —; apply schedules it, waits out the PAS
 * Timelock's delay and executes it; the re-plan says "No changes.", drift and verify pass, the old operator is
 * refused by the unit's lock / settle and the new one accepted; the indexed records name the new one. The Term
 * class's lpha-attest rotates the same way (facility only). A role granted by hand beside the record's beacon is
 * drift and fails `halo verify class`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, getAddress } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloRegistryAbi, subscribeQueueAbi } from "../../abi/index.js";
import { roleId, toBytes32Name } from "../../chain/names.js";
import { type Project, applyUntilConverged, startConvergedProject, unitContract } from "./project.js";

/** The tree's lpha-lcts beacon (anvil's account 2) and the new one (anvil's account 7). */
const OLD_BEACON: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const NEW_BEACON: Address = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";

describe("beacon operator rotation on anvil", () => {
  let p: Project;
  let converged: Hex;
  const mmf = () => join(p.dir, "halos", "acme", "mmf.yaml");

  const converge = (): Promise<number> => applyUntilConverged(p);

  const recordedBeacon = async (): Promise<Address> => {
    const c = await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name("acme-mmf")] });
    return getAddress(c.beacons.find((b) => b.kind === toBytes32Name("lpha-lcts"))!.operator);
  };

  beforeAll(async () => {
    ({ p, converged } = await startConvergedProject());
  }, 600_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("plan shows one PAS Timelock batch (roles on every unit contract + setBeaconOperator); apply; No changes.; drift, verify pass; old beacon refused, new accepted", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const original = readFileSync(mmf(), "utf8");
    writeFileSync(mmf(), original.replace(`lpha-lcts: "${OLD_BEACON}"`, `lpha-lcts: "${NEW_BEACON}"`));
    try {
      const plan = await p.halo(["plan", "--detailed-exitcode"]);
      expect(plan.stderr).toBe("");
      expect(plan.code).toBe(2);
      const out = plan.stdout;
      expect(out).toContain("# class.acme-mmf will be updated");
      expect(out).not.toContain("refused: ");
      expect(out).toContain("setBeaconOperator(");
      expect(out).toContain(`rotates class acme-mmf's lpha-lcts beacon from ${OLD_BEACON} to ${NEW_BEACON}`);
      // two units × three contracts: one grant and one revoke each
      expect(out.match(/grants BEACON_ROLE to the new lpha-lcts operator/g)?.length).toBe(6);
      expect(out.match(/revokes BEACON_ROLE from the old lpha-lcts operator/g)?.length).toBe(6);
      expect(out).toMatch(/core-council-timelocked/);
      // one timelock operation: one scheduleBatch, one executeBatch
      const json = await p.halo(["plan", "--format", "json"]);
      type Doc = { batches?: { actor: string; kind: string }[]; plan?: { batches: { actor: string; kind: string }[] } };
      const doc = JSON.parse(json.stdout) as Doc;
      const batches = doc.batches ?? doc.plan?.batches ?? [];
      expect(batches.map((b) => `${b.actor} ${b.kind}`)).toEqual([
        "core-council-timelocked timelock-schedule",
        "core-council-timelocked timelock-execute",
      ]);

      await converge();
      expect(await recordedBeacon()).toBe(getAddress(NEW_BEACON));
      const again = await p.halo(["plan", "--detailed-exitcode"]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("No changes.");
      expect((await p.halo(["drift"])).code).toBe(0);
      for (const [type, id] of [["class", "acme-mmf"], ["unit", "acme-mmf-senior"], ["unit", "acme-mmf-junior"]] as const) {
        const v = await p.halo(["verify", type, id]);
        expect(v.stdout + v.stderr).not.toContain("FAIL");
        expect(v.code).toBe(0);
      }

      // the Synome / Artifact records follow the rotation (BeaconOperatorSet): the class and its units
      const idx = await p.halo(["index", "--out", join(p.dir, "records")]);
      expect(idx.stderr).toBe("");
      expect(idx.code).toBe(0);
      for (const f of ["classes/acme-mmf.json", "units/acme-mmf-senior.json"]) {
        const rec = JSON.parse(readFileSync(join(p.dir, "records", f), "utf8")) as { beacons: { kind: string; operator: string }[] };
        expect(rec.beacons).toEqual([{ kind: "lpha-lcts", operator: getAddress(NEW_BEACON) }]);
      }

      // the old operator is refused by the unit's lock / settle; the new one is accepted
      const queue = await unitContract(p, "acme-mmf-senior", "SubscribeQueue");
      const redeem = await unitContract(p, "acme-mmf-senior", "RedeemQueue");
      await expect(p.tx.call(OLD_BEACON, queue, subscribeQueueAbi, "lock", [])).rejects.toThrow();
      await expect(p.tx.call(OLD_BEACON, redeem, subscribeQueueAbi, "settle", [0n])).rejects.toThrow();
      await p.tx.call(NEW_BEACON, queue, subscribeQueueAbi, "lock", []);
      await p.tx.call(NEW_BEACON, redeem, subscribeQueueAbi, "lock", []);
      const role = roleId("BEACON_ROLE");
      expect(await readContract(p.client, { address: queue, abi: subscribeQueueAbi, functionName: "hasRole", args: [role, NEW_BEACON] })).toBe(true);
      expect(await readContract(p.client, { address: queue, abi: subscribeQueueAbi, functionName: "hasRole", args: [role, OLD_BEACON] })).toBe(false);
    } finally {
      writeFileSync(mmf(), original);
    }
  }, 600_000);

  it("Term lpha-attest: ATTEST_BEACON moves on the facility only, with the registry record, in one batch; verify passes", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const file = join(p.dir, "halos", "bluecrest", "senior-secured.yaml");
    const original = readFileSync(file, "utf8");
    const OLD_ATTEST: Address = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
    const NEW_ATTEST: Address = "0x1111111111111111111111111111111111111111";
    writeFileSync(file, original.replace(`lpha-attest: "${OLD_ATTEST}"`, `lpha-attest: "${NEW_ATTEST}"`));
    try {
      const plan = await p.halo(["plan", "--detailed-exitcode"]);
      expect(plan.stderr).toBe("");
      expect(plan.code).toBe(2);
      expect(plan.stdout).not.toContain("refused: ");
      expect(plan.stdout.match(/grants ATTEST_BEACON to the new lpha-attest operator/g)?.length).toBe(1);
      expect(plan.stdout.match(/revokes ATTEST_BEACON from the old lpha-attest operator/g)?.length).toBe(1);
      expect(plan.stdout).toContain("admin of the class's NfatFacility");
      expect(plan.stdout).toContain("rotates class bluecrest-senior-secured's lpha-attest beacon");
      await converge();
      expect((await p.halo(["plan", "--detailed-exitcode"])).code).toBe(0);
      expect((await p.halo(["drift"])).code).toBe(0);
      const v = await p.halo(["verify", "class", "bluecrest-senior-secured"]);
      expect(v.stdout).not.toContain("FAIL");
      expect(v.code).toBe(0);
      const c = await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name("bluecrest-senior-secured")] });
      expect(c.beacons.map((b) => getAddress(b.operator))).toEqual([getAddress("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"), getAddress(NEW_ATTEST)]);
    } finally {
      writeFileSync(file, original);
    }
  }, 600_000);

  it("a rotation and a new unit in one plan: the unit's deployment waits for the rotation's execute, so the unit is born with the new operator", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const original = readFileSync(mmf(), "utf8");
    // a third unit (a copy of the junior, its limits at the Day-0 value so that it converges without Day-0 reviews)
    const junior = original.slice(original.indexOf("  - id: acme-mmf-junior"));
    const mezz = junior
      .replace("id: acme-mmf-junior", "id: acme-mmf-mezz")
      .replace("name: Acme MMF Junior, symbol: acMMF-J", "name: Acme MMF Mezzanine, symbol: acMMF-M")
      .replaceAll(/\{ maxAmount: 1_000_000e18, slopePerDay: 1_000_000e18 \}/g, "{ maxAmount: 100_000e18, slopePerDay: 100_000e18 }")
      .replace("ipfs://bafyexample-acme-mmf-junior", "ipfs://bafyexample-acme-mmf-mezz");
    writeFileSync(mmf(), `${original.replace(`lpha-lcts: "${OLD_BEACON}"`, `lpha-lcts: "${NEW_BEACON}"`).trimEnd()}\n${mezz}`);
    try {
      const plan = await p.halo(["plan", "--format", "json"]);
      expect(plan.stderr).toBe("");
      type A = { id: string; function?: string; resource: string; kind: string; dependsOn: string[] };
      type B = { id: string; kind: string; actionIds: string[] };
      const doc = JSON.parse(plan.stdout) as { actions: A[]; batches: B[] };
      const deploy = doc.actions.find((a) => a.function === "deployUnit" && a.resource === "class.acme-mmf.unit.acme-mmf-mezz")!;
      const batchOf = (id: string) => doc.batches.findIndex((b) => b.actionIds.includes(id));
      const rotation = doc.actions.find((a) => a.function === "setBeaconOperator")!;
      expect(doc.batches[batchOf(rotation.id)]!.kind).toBe("timelock-schedule");
      // the rotation completes with its PAS Timelock execute: the deployment depends on it and comes in a later batch
      const execute = doc.batches.find((b) => b.kind === "timelock-execute")!;
      expect(deploy.dependsOn.some((d) => execute.actionIds.includes(d))).toBe(true);
      expect(batchOf(deploy.id)).toBeGreaterThan(doc.batches.indexOf(execute));

      await converge();
      expect(await recordedBeacon()).toBe(getAddress(NEW_BEACON));
      expect((await p.halo(["plan", "--detailed-exitcode"])).code).toBe(0);
      const role = roleId("BEACON_ROLE");
      for (const name of ["HaloShareToken", "SubscribeQueue", "RedeemQueue"]) {
        const at = await unitContract(p, "acme-mmf-mezz", name);
        expect(await readContract(p.client, { address: at, abi: subscribeQueueAbi, functionName: "hasRole", args: [role, NEW_BEACON] })).toBe(true);
        expect(await readContract(p.client, { address: at, abi: subscribeQueueAbi, functionName: "hasRole", args: [role, OLD_BEACON] })).toBe(false);
      }
      const v = await p.halo(["verify", "class", "acme-mmf"]);
      expect(v.stdout).not.toContain("FAIL");
      expect(v.code).toBe(0);
    } finally {
      writeFileSync(mmf(), original);
    }
  }, 600_000);

  it("a beacon role granted by hand beside the record's operator is drift and fails verify class, naming the unit contract", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const queue = await unitContract(p, "acme-mmf-junior", "SubscribeQueue");
    await p.tx.call(p.d.addresses.timelock, queue, subscribeQueueAbi, "grantRole", [roleId("BEACON_ROLE"), NEW_BEACON]);
    const drift = await p.halo(["drift"]);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toMatch(/beacon-role-mismatch\s+class\.acme-mmf\.unit\.acme-mmf-junior: SubscribeQueue\.BEACON_ROLE/);
    const v = await p.halo(["verify", "class", "acme-mmf", "--json"]);
    expect(v.code).toBe(2);
    const failed = (JSON.parse(v.stdout) as { checks: { name: string; ok: boolean; detail: string }[] }).checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(["beacon.lpha-lcts.SubscribeQueue.acme-mmf-junior.BEACON_ROLE"]);
    expect(failed[0]!.detail).toBe(`stray holder(s) ${getAddress(NEW_BEACON)}`);
  }, 300_000);
});
