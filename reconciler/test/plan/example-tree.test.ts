// The engine end to end on the scenario tree (reconciler/test/fixtures/scenario), with stand-in factory builders: load →
// resources → diff against an empty chain → plan → render → save → read back.
import { describe, expect, it } from "vitest";
import { type Address, getAddress, keccak256, stringToBytes } from "viem";
import { loadDesiredState } from "../../load/index.js";
import { type ActionBuilder, type JsonValue, toJsonValue } from "../../plan/actions.js";
import { desiredResources, type Predictions } from "../../plan/from-desired.js";
import { parsePlan, planToJson } from "../../plan/planfile.js";
import { buildPlan, summaryLine } from "../../plan/planner.js";
import { renderMarkdown, renderText } from "../../plan/render.js";
import { fixturesDir } from "../helpers.js";
import { fakeClassBuilder, observedBase } from "./fixtures.js";

const addr = (label: string): Address => getAddress(keccak256(stringToBytes(label)).slice(0, 42));

describe("the scenario tree", () => {
  const loaded = loadDesiredState("scenario", { cwd: fixturesDir });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  const state = loaded.state;
  const predictions: Predictions = {};
  for (const c of state.classes) {
    predictions[c.id] = {
      pau: addr(`${c.id}/pau`),
      rateLimits: addr(`${c.id}/rateLimits`),
      controller: addr(`${c.id}/controller`),
      contracts: { facility: addr(`${c.id}/facility`), redeem: addr(`${c.id}/redeem`) },
      units: Object.fromEntries(
        c.units.map((u) => [u.id, { "subscribe-queue": addr(`${u.id}/sq`), "redeem-queue": addr(`${u.id}/rq`) }]),
      ),
    };
  }
  const desired = desiredResources(state, predictions);
  const observed = observedBase();
  observed.resources = {};
  // Day-0 inits the stand-in factory registers: 100k, 100k per day, for every flow the tree declares
  const IRL = 100_000n * 10n ** 18n;
  const day0 = (prefix: string, ctx: { desired: Record<string, { type: string; fields: Record<string, unknown> }> }) =>
    Object.fromEntries(
      Object.entries(ctx.desired)
        .filter(
          ([a, r]) =>
            r.type === "rateLimit" &&
            a.startsWith(prefix) &&
            (prefix.includes(".rateLimit.") || a.split(".").length === 4),
        )
        .map(([a, r]) => [
          a.replace(".rateLimit.", ".init."),
          { type: "init" as const, fields: { key: r.fields.key as string, maxAmount: IRL, slope: IRL / 86_400n } },
        ]),
    );
  const classBuilder: ActionBuilder = (change, ctx) => {
    const drafts = fakeClassBuilder(change, ctx);
    if (!Array.isArray(drafts)) return drafts;
    return drafts.map((d) => ({ ...d, expects: day0(`${change.address}.rateLimit.`, ctx) }));
  };
  const unitBuilder: ActionBuilder = (change, ctx) => [
    {
      key: "deployUnit",
      kind: "create",
      target: ctx.observed.system.factory!,
      function: "deployUnit",
      args: toJsonValue([change.address]) as JsonValue[],
      calldata: keccak256(stringToBytes(change.address)),
      actor: "deployer",
      expects: day0(`class.${change.address.split(".")[1]}.rateLimit.${change.address.split(".")[3]}.`, ctx),
    },
  ];
  const noop: ActionBuilder = (change, ctx) => [
    {
      key: "record",
      kind: "create",
      target: ctx.observed.system.factory!,
      function: "record",
      args: [change.address],
      calldata: "0x01",
      actor: "deployer",
    },
  ];
  const plan = buildPlan({
    desired,
    observed,
    desiredHash: state.treeHash,
    builders: { class: classBuilder, unit: unitBuilder, agent: noop, legacy: noop, legacyUnit: noop, template: noop },
  });

  it("plans every declared resource, with nothing refused", () => {
    expect(plan.actions.filter((a) => a.kind === "replace-refused")).toEqual([]);
    expect(plan.summary.add).toBe(Object.keys(desired).length);
    expect(plan.desiredHash).toBe(state.treeHash);
    expect(summaryLine(plan.summary)).toMatch(/^Plan: \d+ to add, 0 to change, 0 to destroy/);
  });

  it("deploys before it configures, and configures only after the factory's addCBeam is executed and the Core Council granted it", () => {
    const position = new Map(plan.actions.map((a, i) => [a.id, i]));
    for (const a of plan.actions.filter((x) => x.actor === "govops")) {
      const cls = a.resource.split(".")[1]!;
      expect(position.get(a.id)!).toBeGreaterThan(position.get(`class.${cls}/deployClass`)!);
      if (a.kind === "ramp-step")
        expect(a.earliestAt! > observed.blockTimestamp + observed.timelockMinDelay).toBe(true);
      else expect(a.earliestAt).toBe(observed.blockTimestamp + observed.timelockMinDelay);
    }
  });

  it("instantiates every new rate limit at its Day-0 init and waits for the end of Day-0 before any ramp", () => {
    const firsts = plan.actions.filter((a) => a.function === "setRateLimit" && a.kind === "create");
    expect(firsts.length).toBe(Object.values(desired).filter((r) => r.type === "rateLimit").length);
    for (const a of firsts) expect(BigInt(a.args![2] as string) <= IRL).toBe(true);
    // every class and unit this plan deploys starts in Day-0: no SORL step above the Day-0 value
    expect(plan.actions.filter((a) => a.kind === "ramp-step")).toEqual([]);
    const capped = firsts.filter((a) => /stops at the Day-0 value, waiting for Day-0: 0 of \d+ reviews? of class\./.test(a.reason ?? ""));
    expect(capped.length).toBeGreaterThan(0);
    expect(summaryLine(plan.summary)).not.toMatch(/rate-limit ramps? of/);
  });

  it("renders and round-trips", () => {
    expect(renderText(plan, { color: false })).toContain("Plan: ");
    expect(renderMarkdown(plan).length).toBeLessThan(65_536);
    expect(parsePlan(planToJson(plan, { toolVersion: "0.1.0" })).plan).toEqual(plan);
  });
});
