/**
 * Offboarding a Prime without a chain (plan/prime.ts): an allocation removed from halos/primes.yaml, or the whole
 * Prime with `offboard: true`, becomes the governed teardown — the Prime's GovOps sets the limit to 0 / 0 at once,
 * the Core Council deletes the init after it, a redeem flow waits while the Prime still holds shares in the target,
 * and with `offboard: true` the GovOps' cBEAM grant is revoked last. An undeclared cBEAM grant on a Prime's
 * RateLimits is drift and is revoked by the Core Council.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, decodeFunctionData, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { primeKey, primeOffboardTargets } from "../chain/prime.js";
import { formatDiagnostic, loadDesiredState } from "../load/index.js";
import type { ObservedState, ResourceMap } from "../model/observed.js";
import { detectDrift } from "../plan/drift.js";
import { beamStateAbi, configuratorAbi } from "../plan/pas.js";
import { buildPlan } from "../plan/planner.js";
import { primeBuilders, primeDesiredResources } from "../plan/prime.js";
import { fixturesDir, writeTree } from "./helpers.js";
import { BEAM_STATE, CONFIGURATOR, NOW, observedBase } from "./plan/fixtures.js";

const read = (path: string) => readFileSync(join(fixturesDir, "prime-tree", path), "utf8");
const FILES = ["templates.yaml", "acme/agent.yaml", "acme/mmf.yaml", "bluecrest/agent.yaml", "bluecrest/senior-secured.yaml"];
const TREE = Object.fromEntries(FILES.map((f) => [f, read(f)]));
const PRIMES = read("primes.yaml");
const E18 = 10n ** 18n;
const SUB = getAddress("0x5b00000000000000000000000000000000000001");
const RED = getAddress("0x5b00000000000000000000000000000000000002");
const FAC = getAddress("0xfa00000000000000000000000000000000000001");
const OTHER: Address = getAddress("0xbeef00000000000000000000000000000000beef");
const PREDICTIONS = {
  "acme-mmf": { pau: SUB, units: { "acme-mmf-senior": { "subscribe-queue": SUB, "redeem-queue": RED } } },
  "bluecrest-senior-secured": { pau: FAC, contracts: { facility: FAC } },
};

function load(primes: string) {
  const r = loadDesiredState(".", { cwd: writeTree({ ...TREE, "primes.yaml": primes }) });
  if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join("\n"));
  return r.state;
}

/** The example primes.yaml without its allocation to the senior unit (lines of the allocation cut out). */
const WITHOUT_SENIOR = PRIMES.replace(/      - target: acme-mmf-senior\n(?:        .*\n|          .*\n|            .*\n)+?(?=      - target)/, "");
const OFFBOARDED = PRIMES.replace(/    allocations:\n[\s\S]*$/, "    offboard: true\n    allocations: []\n");

const onboarded = load(PRIMES);
const spark = onboarded.primes![0]!;
const RL = spark.rateLimits;
const GOV = spark.govOps.toLowerCase();

/** The chain after a complete onboarding: every declared resource as declared, the GovOps vetted and granted. */
function onboardedChain(over: (o: ObservedState) => void = () => {}): ObservedState {
  const o = observedBase();
  const desired = primeDesiredResources(onboarded, PREDICTIONS);
  const resources: ResourceMap = {};
  for (const [address, r] of Object.entries(desired)) {
    const fields = { ...r.fields };
    if (r.type === "prime") delete fields.govOps;
    if (r.type === "primeRateLimit") delete fields.target;
    resources[address] = { type: r.type, fields };
  }
  o.resources = resources;
  o.pas.cBeams.push(GOV);
  over(o);
  return o;
}

const SENIOR = "prime.spark.rateLimit.acme-mmf-senior";
const SENIOR_INIT = "prime.spark.init.acme-mmf-senior";

function planFor(primes: string, o: ObservedState) {
  const desired = primeDesiredResources(load(primes), PREDICTIONS);
  return buildPlan({ desired, observed: o, builders: (onRamp) => primeBuilders(onRamp) });
}

function holds(o: ObservedState, held: bigint, queued = 0n) {
  for (const a of [`${SENIOR}.redeem`, `${SENIOR_INIT}.redeem`]) Object.assign(o.resources[a]!.fields, { held, queued });
}

describe("halos/primes.yaml: offboarding", () => {
  it("allocations may be empty; offboard: true with allocations is refused at its position", () => {
    expect(load(PRIMES.replace(/    allocations:\n[\s\S]*$/, "    allocations: []\n")).primes![0]!.allocations).toEqual([]);
    expect(load(OFFBOARDED).primes![0]!.offboard).toBe(true);
    const r = loadDesiredState(".", { cwd: writeTree({ ...TREE, "primes.yaml": PRIMES.replace("    allocations:\n", "    offboard: true\n    allocations:\n") }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic)[0]).toMatch(/primes\[0\]\.allocations: an offboarded Prime declares no allocations/);
    expect(WITHOUT_SENIOR).not.toContain("acme-mmf-senior");
    expect(load(WITHOUT_SENIOR).primes![0]!.allocations.map((a) => a.target)).toEqual(["bluecrest-senior-secured"]);
  });

  it("an offboarded Prime desires no GovOps grant; its PAU and registration stay", () => {
    const desired = primeDesiredResources(load(OFFBOARDED), PREDICTIONS);
    expect(Object.keys(desired).sort()).toEqual(["prime.spark", "prime.spark.pas"]);
    expect(desired["prime.spark"]!.fields.govOps).toBe(spark.govOps);
  });

  it("the teardown targets come from the observed registry records (deployed units and Term classes)", () => {
    const o = observedBase();
    o.resources["class.acme-mmf.unit.acme-mmf-senior"] = {
      type: "unit",
      fields: { "address.SubscribeQueue": SUB, "address.RedeemQueue": RED, "address.HaloShareToken": OTHER },
    };
    o.resources["class.bluecrest-senior-secured"] = { type: "class", fields: { "address.NfatFacility": FAC } };
    const targets = primeOffboardTargets(onboarded, o);
    expect(targets.map((t) => t.id).sort()).toEqual(["acme-mmf-senior", "bluecrest-senior-secured"]);
    expect(targets.find((t) => t.id === "acme-mmf-senior")).toMatchObject({ shareToken: OTHER, contracts: { kind: "unit", subscribeQueue: SUB } });
  });
});

describe("plan: an allocation removed from halos/primes.yaml", () => {
  it("deposit to 0 at once by the Prime's GovOps, its init deleted after; redeem waits while the Prime holds shares", () => {
    const o = onboardedChain((x) => holds(x, 500_000n * E18));
    const p = planFor(WITHOUT_SENIOR, o);
    const dep = p.actions.filter((a) => a.resource === `${SENIOR}.deposit`);
    expect(dep.map((a) => [a.function, a.actor, a.signer, a.target])).toEqual([["setRateLimit", "govops", spark.govOps, CONFIGURATOR]]);
    const args = decodeFunctionData({ abi: configuratorAbi, data: dep[0]!.calldata! }).args;
    expect(args).toEqual([RL, primeKey({ kind: "unit", subscribeQueue: SUB, redeemQueue: RED }, "deposit"), 0n, 0n]);
    expect(p.actions.find((a) => a.resource === `${SENIOR}.deposit`)!.earliestAt).toBe(NOW);
    const del = p.actions.find((a) => a.resource === `${SENIOR_INIT}.deposit`)!;
    expect([del.function, del.actor, del.target]).toEqual(["delInitRateLimits", "core-council-direct", BEAM_STATE]);
    expect(del.dependsOn).toEqual([dep[0]!.id]);
    // the redeem path stays open: limit and init refused, saying what the Prime still holds
    const refused = p.actions.filter((a) => a.kind === "replace-refused");
    expect(refused.map((a) => a.resource).sort()).toEqual([`${SENIOR_INIT}.redeem`, `${SENIOR}.redeem`]);
    expect(refused[0]!.reason).toBe(
      "waiting: Prime spark still holds 500,000 (18 decimals) shares in acme-mmf-senior: its redeem limit stays open until the Prime has redeemed them (re-plan then)",
    );
    // nothing else: the GovOps keeps its grant (the Prime still allocates into the Term class)
    expect(p.actions.every((a) => a.resource.startsWith(SENIOR) || a.resource.startsWith(SENIOR_INIT))).toBe(true);
    expect(p.summary).toMatchObject({ add: 0, change: 0, destroy: 2, refused: 2 });
  });

  it("deposits still queued in the subscribe queue keep the redeem path open too", () => {
    const o = onboardedChain((x) => holds(x, 0n, 42n * E18));
    const refused = planFor(WITHOUT_SENIOR, o).actions.filter((a) => a.kind === "replace-refused");
    expect(refused[0]!.reason).toMatch(/still holds 42 \(18 decimals\) of deposits queued in acme-mmf-senior/);
  });

  it("shares queued for redemption, a settled redemption not yet claimed, and deal NFTs keep the redeem path open too", () => {
    for (const [extra, text] of [
      [{ redeeming: 400n * E18 }, "400 (18 decimals) shares queued for redemption"],
      [{ owed: 401n * E18 }, "401 (18 decimals) redeemed but not yet claimed"],
      [{ deals: 2n }, "2 deal NFTs not yet redeemed"],
      [{ deals: 1n, owed: 5n * E18 }, "5 (18 decimals) redeemed but not yet claimed and 1 deal NFT not yet redeemed"],
    ] as const) {
      const o = onboardedChain((x) => {
        holds(x, 0n);
        for (const a of [`${SENIOR}.redeem`, `${SENIOR_INIT}.redeem`]) Object.assign(x.resources[a]!.fields, extra);
      });
      const refused = planFor(WITHOUT_SENIOR, o).actions.filter((a) => a.kind === "replace-refused");
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0]!.reason).toContain(`waiting: Prime spark still holds ${text} in acme-mmf-senior`);
    }
  });

  it("queued deposits are shown in the target's deposit-asset decimals (a 6-decimal unit: 42,000 (6 decimals))", () => {
    const o = onboardedChain((x) => holds(x, 0n, 42_000n * 10n ** 6n));
    const desired = primeDesiredResources(load(WITHOUT_SENIOR), PREDICTIONS);
    const decimalsOf = (target: string) => (target === "acme-mmf-senior" ? 6 : undefined);
    const plan = buildPlan({ desired, observed: o, builders: (onRamp) => primeBuilders(onRamp, decimalsOf) });
    const refused = plan.actions.filter((a) => a.kind === "replace-refused");
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.reason).toMatch(/still holds 42,000 \(6 decimals\) of deposits queued in acme-mmf-senior/);
  });

  it("once the Prime holds nothing there: both limits to 0, then both inits deleted; afterwards nothing to do", () => {
    const o = onboardedChain((x) => holds(x, 0n));
    const p = planFor(WITHOUT_SENIOR, o);
    expect(p.actions.filter((a) => a.kind === "replace-refused")).toEqual([]);
    expect(p.actions.map((a) => `${a.resource} ${a.function}`).sort()).toEqual([
      `${SENIOR_INIT}.deposit delInitRateLimits`,
      `${SENIOR_INIT}.redeem delInitRateLimits`,
      `${SENIOR}.deposit setRateLimit`,
      `${SENIOR}.redeem setRateLimit`,
    ]);
    // the chain after: the limits at 0 / 0 and the inits gone are not observed any more (chain/prime.ts)
    const after = onboardedChain((x) => {
      for (const f of ["deposit", "redeem"]) {
        delete x.resources[`${SENIOR}.${f}`];
        delete x.resources[`${SENIOR_INIT}.${f}`];
      }
    });
    expect(planFor(WITHOUT_SENIOR, after).actions).toEqual([]);
    expect(detectDrift(primeDesiredResources(load(WITHOUT_SENIOR), PREDICTIONS), after).exitCode).toBe(0);
  });

  it("a limit still set toward a removed target is drift until it is torn down", () => {
    const d = detectDrift(primeDesiredResources(load(WITHOUT_SENIOR), PREDICTIONS), onboardedChain());
    expect(d.exitCode).toBe(2);
    expect(d.items.map((i) => i.address)).toContain(`${SENIOR}.deposit`);
  });
});

describe("plan: offboard: true", () => {
  it("every limit torn down, then the GovOps' grant revoked by the Core Council after the limits went to 0", () => {
    const o = onboardedChain((x) => holds(x, 0n));
    const p = planFor(OFFBOARDED, o);
    expect(p.actions.filter((a) => a.kind === "replace-refused")).toEqual([]);
    const zeroes = p.actions.filter((a) => a.function === "setRateLimit");
    expect(zeroes).toHaveLength(3);
    expect(zeroes.every((a) => a.signer === spark.govOps && a.args![2] === "0")).toBe(true);
    const revoke = p.actions.find((a) => a.function === "unsetCBeamForRateLimits")!;
    expect(revoke.actor).toBe("core-council-direct");
    expect(decodeFunctionData({ abi: beamStateAbi, data: revoke.calldata! }).args).toEqual([RL, spark.govOps]);
    for (const z of zeroes) expect(revoke.dependsOn).toContain(z.id);
    expect(p.actions.filter((a) => a.function === "delInitRateLimits")).toHaveLength(3);
    // PAS registration stays (the Core Council's own decision)
    expect(p.actions.some((a) => a.function === "delRateLimits")).toBe(false);
  });

  it("while the Prime still holds shares, the redeem flow and the grant wait; the rest goes ahead", () => {
    const o = onboardedChain((x) => holds(x, 1n));
    const p = planFor(OFFBOARDED, o);
    const refused = p.actions.filter((a) => a.kind === "replace-refused").map((a) => a.resource).sort();
    expect(refused).toEqual([`prime.spark.govOps.${GOV}`, `${SENIOR_INIT}.redeem`, `${SENIOR}.redeem`]);
    expect(p.actions.find((a) => a.resource === `prime.spark.govOps.${GOV}`)!.reason).toMatch(
      /^waiting: Prime spark still holds 0\.000000000000000001 \(18 decimals\) shares in acme-mmf-senior: .*; the cBEAM grant on its RateLimits is revoked after that$/,
    );
    expect(p.actions.filter((a) => a.function === "setRateLimit")).toHaveLength(2);
  });
});

describe("an undeclared cBEAM grant on a Prime's RateLimits", () => {
  it("is drift, and the plan revokes it (Core Council, direct); the declared GovOps keeps its grant", () => {
    const o = onboardedChain((x) => {
      x.resources[`prime.spark.govOps.${OTHER.toLowerCase()}`] = { type: "primeGovOps", fields: { cBeam: true, rateLimits: true } };
    });
    const desired = primeDesiredResources(onboarded, PREDICTIONS);
    const drift = detectDrift(desired, o, NOW, primeBuilders());
    expect(drift.exitCode).toBe(2);
    expect(drift.items.map((i) => [i.kind, i.address])).toContainEqual(["undeclared-role-holder", `prime.spark.govOps.${OTHER.toLowerCase()}`]);
    const p = planFor(PRIMES, o);
    expect(p.actions.map((a) => [a.function, a.actor])).toEqual([["unsetCBeamForRateLimits", "core-council-direct"]]);
    expect(decodeFunctionData({ abi: beamStateAbi, data: p.actions[0]!.calldata! }).args).toEqual([RL, OTHER]);
    expect(p.actions[0]!.reason).toMatch(/halos\/primes\.yaml declares 0xa0Ee7A142d267C1f36714E4a8F75612F20a79720 as its GovOps/);
  });
});
