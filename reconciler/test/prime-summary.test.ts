/**
 * The plan summary counts a Prime's SORL ramps like the Halo side's (plan/planner-summary.ts): the planner gives the
 * Prime builders its ramp collector when the builders are passed as a function (plan/session.ts `planFrom`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { loadDesiredState } from "../load/index.js";
import { buildPlan, summaryLine } from "../plan/planner.js";
import { primeBuilders, primeDesiredResources } from "../plan/prime.js";
import { fixturesDir, writeTree } from "./helpers.js";
import { observedBase } from "./plan/fixtures.js";

const read = (path: string) => readFileSync(join(fixturesDir, "prime-tree", path), "utf8");
const FILES = ["templates.yaml", "acme/agent.yaml", "acme/mmf.yaml", "bluecrest/agent.yaml", "bluecrest/senior-secured.yaml", "primes.yaml"];

describe("plan summary: Prime ramps", () => {
  const loaded = loadDesiredState(".", { cwd: writeTree(Object.fromEntries(FILES.map((f) => [f, read(f)]))) });
  if (!loaded.ok) throw new Error("the example tree does not load");
  const spark = loaded.state.primes![0]!;
  const SUB = "0x5b00000000000000000000000000000000000001" as Address;
  const RED = "0x5b00000000000000000000000000000000000002" as Address;
  const FAC = "0xfa00000000000000000000000000000000000001" as Address;
  const desired = primeDesiredResources(loaded.state, {
    "acme-mmf": { pau: SUB, units: { "acme-mmf-senior": { "subscribe-queue": SUB, "redeem-queue": RED } } },
    "bluecrest-senior-secured": { pau: FAC, contracts: { facility: FAC } },
  });
  const observed = () => {
    const o = observedBase();
    o.resources["prime.spark"] = {
      type: "prime",
      fields: { rateLimits: spark.rateLimits, controller: spark.controller, almProxy: spark.almProxy, code: true, "pas.configuratorAdmin": true },
    };
    return o;
  };

  it("the Prime's ramps (1M -> 2M deposit into the unit, 2M -> 3M into the Term class) are in the ramp line", () => {
    const plan = buildPlan({ desired, observed: observed(), builders: (onRamp) => primeBuilders(onRamp) });
    const ramps = plan.summary.ramps.map((r) => r.resource).sort();
    expect(ramps).toEqual([
      "prime.spark.rateLimit.acme-mmf-senior.deposit",
      "prime.spark.rateLimit.bluecrest-senior-secured.deposit",
    ]);
    // 1M -> 2M: instantiate, then 4 hops of at most +25% (18 h apart): 5 steps over 54 h; 2M -> 3M: 1 + 2 hops
    expect(plan.summary.ramps.find((r) => r.resource.endsWith("acme-mmf-senior.deposit"))).toMatchObject({ steps: 5, durationSeconds: 4n * 18n * 3600n });
    expect(summaryLine(plan.summary)).toMatch(/; 2 rate-limit ramps of \d+ steps in all over up to 72 h$/);
  });

  it("builders passed as a map (no ramp collector) leave the Prime's ramps out, as before", () => {
    const plan = buildPlan({ desired, observed: observed(), builders: primeBuilders() });
    expect(plan.summary.ramps).toEqual([]);
    expect(summaryLine(plan.summary)).not.toMatch(/ramp/);
  });
});
