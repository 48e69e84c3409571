/**
 * The pre-factory (legacy) inventory end to end on a devnet: the devnet's Genesis Halo (a PAU and a Portfolio unit
 * deployed the old way, chain/legacy-devnet.ts) declared in legacy.yaml (fixture legacy-only: one agent, no
 * factory class) is checked against lcts-portfolio v1 before anything is planned, recorded through the PAS
 * Timelock (recordLegacyClass, recordLegacyUnit, the PAU's PAS registration), verified (`halo verify class|unit`),
 * and kept under drift; a declaration that does not conform is an input error naming what differs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, getAddress, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { almProxyAbi, haloRegistryAbi } from "../../abi/index.js";
import { predictLegacyHalo } from "../../chain/legacy-devnet.js";
import { toBytes32Name } from "../../chain/names.js";
import { loadDesiredState } from "../../load/index.js";
import { fixturesDir, scenarioDir } from "../helpers.js";
import { type Project, startProject } from "./project.js";

const DAY = 86_400n;

describe("pre-factory Halos on a devnet: declared, checked, recorded, verified, drift-watched", () => {
  let p: Project;
  let legacyFile: string;
  let original: string;

  beforeAll(async () => {
    p = await startProject({ tree: join(fixturesDir, "legacy-only") });
    legacyFile = join(p.dir, "halos", "legacy.yaml");
    original = readFileSync(legacyFile, "utf8");
  }, 120_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("the devnet deploys Genesis Halo the old way, where the scenario's (and the example's) legacy.yaml say", async () => {
    const d = p.d.legacy!;
    expect(d).toEqual(predictLegacyHalo(p.d.implementations, true));
    const loaded = loadDesiredState(scenarioDir);
    if (!loaded.ok) throw new Error("scenario does not load");
    const genesis = loaded.state.legacy.find((l) => l.id === "genesis-halo")!;
    expect([genesis.addresses.almProxy, genesis.addresses.rateLimits, genesis.addresses.controller]).toEqual([d.almProxy, d.rateLimits, d.controller]);
    expect(genesis.units[0]!.contracts).toEqual({ HaloShareToken: d.unit!.shareToken, SubscribeQueue: d.unit!.subscribeQueue, RedeemQueue: d.unit!.redeemQueue });
    // not through the factory: nothing of it is in the registry, nothing factory-deployed
    for (const a of [d.almProxy, d.rateLimits, d.controller, d.unit!.subscribeQueue]) {
      const owner = await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "ownerOf", args: [a] });
      expect(BigInt(owner)).toBe(0n);
    }
  });

  it("verify before it is recorded: one line saying so (not a bare revert)", async () => {
    const r = await p.halo(["verify", "class", "genesis-halo"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("halo: class genesis-halo is not in the HaloRegistry\n");
  });

  it("a declaration whose contracts are not the template's code is refused before anything is planned (exit 1)", async () => {
    // the example's old mistake: the BeamState's address as the RateLimits
    writeFileSync(legacyFile, original.replace(p.d.legacy!.rateLimits, p.d.addresses.beamState));
    const r = await p.halo(["plan"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const line = original.split("\n").findIndex((l) => l.includes("conformsTo:")) + 1;
    expect(r.stderr).toContain(`halos/legacy.yaml:${line}:17 legacy[0].conformsTo: genesis-halo does not conform to lcts-portfolio v1: `);
    expect(r.stderr).toContain(`${getAddress(p.d.addresses.beamState)} is not an EIP-1167 clone and its code hash`);
    // the controller drives another RateLimits than the one declared
    expect(r.stderr).toContain(`rateLimits() is ${p.d.legacy!.rateLimits}, the entry declares ${getAddress(p.d.addresses.beamState)}`);
    expect(r.stderr).toContain("nothing planned");

    // the implementation itself as the ALMProxy: its own code hash is the pinned one (code passes), but the
    // HaloController drives another ALMProxy (wiring fails)
    writeFileSync(legacyFile, original.replace(p.d.legacy!.almProxy, p.d.implementations.ALMProxy.address));
    const impl = await p.halo(["plan"]);
    expect(impl.code).toBe(1);
    expect(impl.stderr).not.toContain("code hash");
    expect(impl.stderr).toContain(`proxy() is ${p.d.legacy!.almProxy}, the entry declares ${p.d.implementations.ALMProxy.address}`);

    // a unit whose queues are swapped: each runs the other's code
    const u = p.d.legacy!.unit!;
    const swapped = original.replace(u.subscribeQueue, "SWAP").replace(u.redeemQueue, u.subscribeQueue).replace("SWAP", u.redeemQueue);
    writeFileSync(legacyFile, swapped);
    const s = await p.halo(["plan"]);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/halos\/legacy\.yaml:22:11 legacy\[0\]\.units\[0\]\.contracts: unit genesis-halo-senior does not conform to lcts-portfolio v1: .*clone of 0x[0-9a-fA-F]{40}, whose code hash 0x[0-9a-f]{64} is not the pinned/);
    writeFileSync(legacyFile, original);
  });

  it("plan records the Halo and its unit through the PAS Timelock and registers its PAU in PAS; apply; No changes; drift clean", async () => {
    const plan = await p.halo(["plan"]);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("# legacy.genesis-halo will be created");
    expect(plan.stdout).toContain("# legacy.genesis-halo.unit.genesis-halo-senior will be created");
    for (const fn of ["recordLegacyClass(", "recordLegacyUnit(", "addRateLimits(", "addController("]) expect(plan.stdout).toContain(fn);
    const first = await p.halo(["apply", "--auto-approve"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    await p.warp(14n * DAY);
    const second = await p.halo(["apply", "--auto-approve"]);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    const again = await p.halo(["plan", "--detailed-exitcode"]);
    expect(again.stdout).toContain("No changes.");
    expect(again.code).toBe(0);
    const drift = await p.halo(["drift"]);
    expect(drift.code).toBe(0);

    const cls = await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name("genesis-halo")] });
    expect([cls.origin, cls.conformsToTemplate, cls.templateVersion]).toEqual([2, true, 1]);
    expect(cls.unitIds).toEqual([toBytes32Name("genesis-halo-senior")]);
    const unit = await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getUnit", args: [toBytes32Name("genesis-halo-senior")] });
    expect(unit.origin).toBe(2);
    expect(unit.contracts.map((c) => [c.name, c.addr as Address])).toEqual([
      [toBytes32Name("HaloShareToken"), p.d.legacy!.unit!.shareToken],
      [toBytes32Name("RedeemQueue"), p.d.legacy!.unit!.redeemQueue],
      [toBytes32Name("SubscribeQueue"), p.d.legacy!.unit!.subscribeQueue],
    ]);
  }, 120_000);

  it("verify class: the legacy checklist passes (registry, code as pinned, wiring, PAS registration and admin, artifact)", async () => {
    const r = await p.halo(["verify", "class", "genesis-halo", "--json"]);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout) as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.checks.map((c) => c.name)).toEqual([
      "registry.recorded",
      "template.status",
      "code.ALMProxy",
      "code.RateLimits",
      "code.HaloController",
      "wiring.HaloController.proxy",
      "wiring.HaloController.rateLimits",
      "pas.registered",
      "pas.configuratorAdmin",
      "beacon.operator",
      "artifact",
      "day0.status",
    ]);
    expect(result.checks.find((c) => c.name === "code.ALMProxy")!.detail).toContain(`is an EIP-1167 clone of ${p.d.implementations.ALMProxy.address}`);
    expect(r.code).toBe(0);
  });

  it("verify unit: its contracts run the pinned code, point at the Halo's controller, and its parameters are in range", async () => {
    const r = await p.halo(["verify", "unit", "genesis-halo-senior", "--json"]);
    const result = JSON.parse(r.stdout) as { checks: { name: string; ok: boolean; detail: string }[] };
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    for (const name of ["code.SubscribeQueue", "wiring.SubscribeQueue.controller", "wiring.RedeemQueue.shareToken", "range.capacity", "range.minDeposit", "range.maxRateIncreaseBps"])
      expect(result.checks.map((c) => c.name)).toContain(name);
    expect(result.checks.find((c) => c.name === "range.capacity")!.detail).toBe(
      "capacity 20000000000000000000000000 inside the template's range 0..1000000000000000000000000000",
    );
    expect(r.code).toBe(0);
  });

  it("verify fails (exit 2) naming the row when the PAU's admin is no longer the PAS Configurator", async () => {
    const snap = await p.snapshot();
    const admin = "0x0000000000000000000000000000000000000000000000000000000000000000";
    await p.tx.call(p.d.addresses.configurator, p.d.legacy!.almProxy, almProxyAbi, "renounceRole", [admin, p.d.addresses.configurator]);
    const r = await p.halo(["verify", "class", "genesis-halo"]);
    await p.revert(snap);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/pas\.configuratorAdmin +FAIL +the PAS Configurator is not admin of ALMProxy 0x/);
  });

  it("verify class --artifact FILE compares the registry's hash with the document's (exit 2 on a different document)", async () => {
    const doc = join(p.dir, "not-the-artifact.json");
    writeFileSync(doc, '{"not":"the genesis halo artifact"}\n');
    const r = await p.halo(["verify", "class", "genesis-halo", "--artifact", doc]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/artifact +FAIL +registry records 0x[0-9a-f]{64} \(.*\), the document hashes to 0x[0-9a-f]{64}/);
  });

  it("drift and plan follow a legacy entry: a new unit artifact is a setArtifact by the registry's admin", async () => {
    writeFileSync(legacyFile, original.replace("ipfs://bafyexample-genesis-halo-senior", "ipfs://bafyexample-genesis-halo-senior-v2"));
    const drift = await p.halo(["drift"]);
    const plan = await p.halo(["plan"]);
    writeFileSync(legacyFile, original);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain("legacy.genesis-halo.unit.genesis-halo-senior");
    expect(plan.stdout).toContain("# legacy.genesis-halo.unit.genesis-halo-senior will be updated in place");
    expect(plan.stdout).toContain("setArtifact(");
    // a contract of a recorded unit cannot change: refused, naming the path
    writeFileSync(legacyFile, original.replace(p.d.legacy!.unit!.shareToken, zeroAddress.replace(/0$/, "1")));
    const refused = await p.halo(["plan"]);
    writeFileSync(legacyFile, original);
    expect(refused.stdout).toContain("a recorded pre-factory unit keeps its contracts: record a new unit instead");
  });
});
