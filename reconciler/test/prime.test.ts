/**
 * The Prime side without a chain: halos/primes.yaml loading (schema, normalisation, cross-file checks), the Prime
 * controller's key derivation (vectors computed with `cast`), and the plan a Prime's changes become — each call by
 * its real actor, the SORL ramp by the Prime's GovOps, and the refusals that name what is missing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, decodeFunctionData } from "viem";
import { describe, expect, it } from "vitest";
import { primeKey } from "../chain/prime.js";
import { formatDiagnostic, loadDesiredState } from "../load/index.js";
import type { DesiredState } from "../model/desired.js";
import type { ObservedState } from "../model/observed.js";
import { beamStateAbi } from "../plan/pas.js";
import { buildPlan } from "../plan/planner.js";
import { primeBuilders, primeDesiredResources } from "../plan/prime.js";
import { detectDrift } from "../plan/drift.js";
import { fixturesDir, writeTree } from "./helpers.js";
import { BEAM_STATE, CONFIGURATOR, HOUR, NOW, observedBase } from "./plan/fixtures.js";

/** The example tree with primes.yaml, as a test fixture (tests never read halos/). */
const read = (path: string) => readFileSync(join(fixturesDir, "prime-tree", path), "utf8");
const EXAMPLE: Record<string, string> = {
  "templates.yaml": read("templates.yaml"),
  "acme/agent.yaml": read("acme/agent.yaml"),
  "acme/mmf.yaml": read("acme/mmf.yaml"),
  "bluecrest/agent.yaml": read("bluecrest/agent.yaml"),
  "bluecrest/senior-secured.yaml": read("bluecrest/senior-secured.yaml"),
  "primes.yaml": read("primes.yaml"),
};
const PRIMES = EXAMPLE["primes.yaml"]!;

function load(files: Record<string, string>) {
  return loadDesiredState(".", { cwd: writeTree(files) });
}

function check(primes: string): string[] {
  const r = load({ ...EXAMPLE, "primes.yaml": primes });
  return r.ok ? [] : r.diagnostics.map(formatDiagnostic);
}

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not found`);
  return text.replace(from, to);
}

describe("halos/primes.yaml", () => {
  it("the example loads, amounts in base units and slopes per second", () => {
    const r = load(EXAMPLE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [spark] = r.state.primes!;
    expect(spark!.id).toBe("spark");
    expect(spark!.keyDerivation).toBe("spark-alm");
    expect(spark!.allocations.map((a) => a.target)).toEqual(["acme-mmf-senior", "bluecrest-senior-secured"]);
    const deposit = spark!.allocations[0]!.limits[0]!;
    expect(deposit.flow).toBe("deposit");
    expect(deposit.init.maxAmount).toBe(1_000_000n * 10n ** 18n);
    expect(deposit.target.slopePerSecond).toBe((2_000_000n * 10n ** 18n) / 86_400n);
  });

  it("a tree without primes.yaml has no primes", () => {
    const { "primes.yaml": _, ...rest } = EXAMPLE;
    const r = load(rest);
    expect(r.ok && r.state.primes).toBeUndefined();
  });

  it("a target that is neither a Portfolio unit nor a Term class is refused at its position", () => {
    expect(check(replace(PRIMES, "target: acme-mmf-senior", "target: acme-mmf"))).toEqual([
      'primes.yaml:21:17 primes[0].allocations[0].target: "acme-mmf" is neither a Portfolio unit nor a Term class declared in halos/ (a Prime allocates into a unit of a Portfolio class or into a Term class)',
    ]);
  });

  it("one entry per target; ids share the tree's namespace", () => {
    const twice = replace(PRIMES, "target: bluecrest-senior-secured", "target: acme-mmf-senior");
    expect(check(twice)[0]).toMatch(/primes\[0\]\.allocations\[1\]\.target: "acme-mmf-senior" is already allocated to at allocations\[0\]/);
    expect(check(replace(PRIMES, "id: spark", "id: acme"))[0]).toMatch(/primes\[0\]\.id: duplicate id "acme": already used by the agent/);
  });

  it("schema errors name the field: an unknown flow, a bad address, an unknown key derivation", () => {
    expect(check(replace(PRIMES, "          redeem:\n", "          withdraw:\n"))[0]).toMatch(/unknown property "withdraw" \(allowed: deposit, redeem\)/);
    expect(check(replace(PRIMES, 'govOps: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"', 'govOps: "0x1234"'))[0]).toMatch(
      /primes\[0\]\.govOps: must be an address/,
    );
    expect(check(replace(PRIMES, "keyDerivation: spark-alm", "keyDerivation: maker"))[0]).toMatch(/keyDerivation: must be one of spark-alm/);
  });
});

describe("the Prime controller's keys (spark-alm)", () => {
  const queue = "0x1000000000000000000000000000000000000001" as Address;
  const facility = "0x1000000000000000000000000000000000000002" as Address;
  const asset = "0xd000000000000000000000000000000000000001" as Address;
  it("match the Solidity derivation (cast keccak of abi.encode)", () => {
    expect(primeKey({ kind: "unit", subscribeQueue: queue, redeemQueue: facility }, "deposit")).toBe(
      "0xcba1f32411bcafa0fe0ca2a43bcd335f6cb28afe7f574c32e37948d3f04ac5a9",
    );
    expect(primeKey({ kind: "term-class", facility, asset }, "deposit")).toBe(
      "0x62ce6d623ff3fd9e83cc753d6d9af57982f2bf6e5f1f757029f42d55eec583d4",
    );
  });
  it("differ per flow and per target", () => {
    const u = { kind: "unit", subscribeQueue: queue, redeemQueue: queue } as const;
    const t = { kind: "term-class", facility: queue, asset } as const;
    const keys = new Set([primeKey(u, "deposit"), primeKey(u, "redeem"), primeKey(t, "deposit"), primeKey(t, "redeem")]);
    expect(keys.size).toBe(4);
  });
});

describe("plan: a Prime's onboarding by the real actors", () => {
  const loaded = load(EXAMPLE);
  if (!loaded.ok) throw new Error("the example tree does not load");
  const state: DesiredState = loaded.state;
  const SUB = "0x5b00000000000000000000000000000000000001" as Address;
  const RED = "0x5b00000000000000000000000000000000000002" as Address;
  const FAC = "0xfa00000000000000000000000000000000000001" as Address;
  const predictions = {
    "acme-mmf": { pau: SUB, units: { "acme-mmf-senior": { "subscribe-queue": SUB, "redeem-queue": RED } } },
    "bluecrest-senior-secured": { pau: FAC, contracts: { facility: FAC } },
  };
  const spark = state.primes![0]!;
  const RL = spark.rateLimits;
  const GOV = spark.govOps;
  const desired = primeDesiredResources(state, predictions);

  function observed(over: (o: ObservedState) => void = () => {}): ObservedState {
    const o = observedBase();
    o.resources = {
      "prime.spark": {
        type: "prime",
        fields: { rateLimits: RL, controller: spark.controller, almProxy: spark.almProxy, code: true, "pas.configuratorAdmin": true },
      },
    };
    over(o);
    return o;
  }

  const plan = (o: ObservedState) => buildPlan({ desired, observed: o, builders: primeBuilders() });

  it("first plan: registration, inits and the cBEAM vetting timelocked; the grant direct; ramps by the Prime's GovOps", () => {
    const p = plan(observed());
    const by = (actor: string) => p.actions.filter((a) => a.actor === actor && a.kind !== "execute");
    expect(by("core-council-timelocked").map((a) => a.function).sort()).toEqual([
      "addCBeam",
      "addInitRateLimits",
      "addInitRateLimits",
      "addInitRateLimits",
      "addRateLimits",
    ]);
    const direct = by("core-council-direct");
    expect(direct.map((a) => a.function)).toEqual(["setCBeamForRateLimits"]);
    const d = decodeFunctionData({ abi: beamStateAbi, data: direct[0]!.calldata! });
    expect(d.args).toEqual([RL, GOV]);
    const govops = by("govops");
    expect(govops.every((a) => a.signer === GOV && a.target === CONFIGURATOR && a.function === "setRateLimit")).toBe(true);
    // 1M -> 2M under +25% per 18 h hop: instantiate at 1M, then 1.25M, 1.5625M, 1.953125M, 2M
    const dep = govops.filter((a) => a.resource === "prime.spark.rateLimit.acme-mmf-senior.deposit");
    expect(dep.map((a) => BigInt(a.args![2] as string) / 10n ** 18n)).toEqual([1_000_000n, 1_250_000n, 1_562_500n, 1_953_125n, 2_000_000n]);
    expect(dep[1]!.earliestAt! - dep[0]!.earliestAt!).toBe(18n * HOUR);
    // the grant comes after the timelock (14 days), the ramp after the grant
    const grant = p.actions.find((a) => a.function === "setCBeamForRateLimits")!;
    expect(grant.earliestAt! - NOW).toBeGreaterThanOrEqual(14n * 86_400n);
    expect(dep[0]!.earliestAt!).toBeGreaterThanOrEqual(grant.earliestAt!);
    // the key is the one the Prime's controller spends
    expect(dep[0]!.args![1]).toBe(primeKey({ kind: "unit", subscribeQueue: SUB, redeemQueue: RED }, "deposit"));
    // no refusals
    expect(p.actions.filter((a) => a.kind === "replace-refused")).toEqual([]);
  });

  it("an onboarded Prime at its targets plans nothing; a GovOps already a cBEAM is only granted", () => {
    const done = observed((o) => {
      o.resources["prime.spark.pas"] = { type: "prime", fields: { rateLimits: RL } };
      o.pas.cBeams.push(GOV.toLowerCase());
      for (const [address, r] of Object.entries(desired)) {
        if (r.type === "primeInit" || r.type === "primeRateLimit") o.resources[address] = { type: r.type, fields: { ...r.fields } };
      }
    });
    delete (done.resources as Record<string, unknown>)["prime.spark.govOps"];
    const p = plan(done);
    expect(p.actions.map((a) => a.function)).toEqual(["setCBeamForRateLimits"]);
    done.resources[`prime.spark.govOps.${GOV.toLowerCase()}`] = { type: "primeGovOps", fields: { cBeam: true, rateLimits: true } };
    expect(plan(done).actions).toEqual([]);
    expect(detectDrift(desired, done).exitCode).toBe(0);
    // a limit lowered by hand is drift
    done.resources["prime.spark.rateLimit.acme-mmf-senior.deposit"]!.fields.maxAmount = 1n;
    const drift = detectDrift(desired, done);
    expect(drift.exitCode).toBe(2);
    expect(drift.items.map((i) => [i.kind, i.address])).toContainEqual([
      "value-changed",
      "prime.spark.rateLimit.acme-mmf-senior.deposit",
    ]);
  });

  it("without PASAuthorizeInPAU the ramp is refused, naming the Prime's governance step", () => {
    const p = plan(observed((o) => (o.resources["prime.spark"]!.fields["pas.configuratorAdmin"] = false)));
    const refused = p.actions.filter((a) => a.kind === "replace-refused");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.reason).toMatch(/PASAuthorizeInPAU/);
    // the PAS side still goes ahead
    expect(p.actions.some((a) => a.function === "addRateLimits")).toBe(true);
  });

  it("no contract at the Prime's RateLimits: every Prime change is refused with the reason", () => {
    const p = plan(observed((o) => (o.resources["prime.spark"]!.fields.code = false)));
    expect(p.actions.filter((a) => a.kind !== "replace-refused")).toEqual([]);
    expect(p.actions[0]!.reason).toMatch(/no contract at the RateLimits of Prime spark .*the Prime deploys its PAU first/);
  });

  it("a target without an address yet: its flows are refused, the rest is planned", () => {
    const noUnit = primeDesiredResources(state, { "bluecrest-senior-secured": predictions["bluecrest-senior-secured"] });
    const p = buildPlan({ desired: noUnit, observed: observed(), builders: primeBuilders() });
    const refused = p.actions.filter((a) => a.kind === "replace-refused").map((a) => a.resource);
    expect(refused).toContain("prime.spark.rateLimit.acme-mmf-senior.deposit");
    expect(refused).toContain("prime.spark.init.acme-mmf-senior.redeem");
    expect(p.actions.some((a) => a.resource === "prime.spark.rateLimit.bluecrest-senior-secured.deposit")).toBe(true);
  });

  it("a pending timelock operation is expected in drift, not missing", () => {
    const p = plan(observed());
    const schedule = p.actions.find((a) => a.kind === "schedule" && a.timelockOperationId !== undefined)!;
    expect(schedule).toBeDefined();
    const o = observed((x) => {
      x.timelockOperations = [
        {
          id: schedule.timelockOperationId!,
          calls: p.actions
            .filter((a) => a.kind === "schedule" && a.timelockOperationId === schedule.timelockOperationId)
            .map((a) => ({ target: a.target!, value: 0n, data: a.calldata! as Hex })),
          predecessor: `0x${"00".repeat(32)}`,
          salt: `0x${"00".repeat(32)}`,
          timestamp: NOW + 14n * 86_400n,
        },
      ];
    });
    const drift = detectDrift(desired, o, NOW, primeBuilders());
    const kinds = Object.fromEntries(drift.items.map((i) => [i.address, i.kind]));
    expect(kinds["prime.spark.pas"]).toBe("pending-timelock");
    expect(kinds["prime.spark.init.acme-mmf-senior.deposit"]).toBe("pending-timelock");
    expect(kinds[`prime.spark.govOps.${GOV.toLowerCase()}`]).toBe("pending-timelock");
    expect(BEAM_STATE).toBe(o.system.beamState);
  });
});
