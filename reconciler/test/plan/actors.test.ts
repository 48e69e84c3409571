/** Every kind of change names the PAS actor that really signs it (docs/pas-handoff.md §5). */
import { describe, expect, it } from "vitest";
import { decodeFunctionData, getAddress } from "viem";
import type { ResourceMap } from "../../model/observed.js";
import { ACTOR_INFO } from "../../plan/actors.js";
import { templateBuilder } from "../../plan/factory.js";
import { FACTORY_AUTHORISATION, buildPlan } from "../../plan/planner.js";
import { PROPOSER_ROLE, ROLE, beamStateAbi, cbeamGrantOperationId, selectorOf, setDestinationAction, timelockAbi } from "../../plan/pas.js";
import {
  BEAM_STATE,
  CTRL1,
  CTRL2,
  DAY,
  FACTORY,
  GOVOPS1,
  GOVOPS2,
  NOW,
  PROPOSER_ADAPTER,
  RL2,
  SUSDS,
  TIMELOCK,
  desiredNewClass,
  desiredSummaryExample,
  fakeBuilders,
  observedBase,
} from "./fixtures.js";

const DEST = "0xdd00000000000000000000000000000000000001";

function actorsOf(desired: ResourceMap, observed = observedBase(), builders = fakeBuilders) {
  const plan = buildPlan({ desired, observed, builders });
  return {
    plan,
    by: (resource: string) => plan.actions.filter((a) => a.resource === resource).map((a) => [a.function, a.actor]),
    sorted: (resource: string) =>
      plan.actions
        .filter((a) => a.resource === resource)
        .map((a) => [a.function, a.actor])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
  };
}

describe("actor of every kind of change", () => {
  it("rate limit → govops; relayer / destination → core-council-timelocked enables, govops executes", () => {
    const d = desiredSummaryExample();
    d[`class.acme-mmf.destination.${DEST}`] = { type: "destination", fields: {} };
    const { by } = actorsOf(d);
    expect(by("class.acme-mmf.rateLimit.transfer")[0]).toEqual(["setRateLimit", "govops"]);
    expect(by("class.acme-mmf.relayer.0xb000000000000000000000000000000000000001")).toEqual([
      ["addInitControllerActions", "core-council-timelocked"],
      ["callControllerAction", "govops"],
    ]);
    expect(by(`class.acme-mmf.destination.${DEST}`)).toEqual([
      ["addInitControllerActions", "core-council-timelocked"],
      ["callControllerAction", "govops"],
    ]);
  });

  it("an already enabled controller action (for the controller or for all) is only executed by GovOps", () => {
    const d = desiredSummaryExample();
    d[`class.acme-mmf.destination.${DEST}`] = { type: "destination", fields: {} };
    const observed = observedBase();
    observed.controllerActions = [`0x0000000000000000000000000000000000000000:${setDestinationAction(getAddress(DEST), true).hash.toLowerCase()}`];
    expect(actorsOf(d, observed).by(`class.acme-mmf.destination.${DEST}`)).toEqual([["callControllerAction", "govops"]]);
  });

  it("GovOps that is a cBEAM already → core-council-direct grants only; a new one → addCBeam timelocked first", () => {
    const d = desiredSummaryExample();
    const observed = observedBase();
    observed.pas.cBeams.push(GOVOPS2.toLowerCase());
    expect(actorsOf(d, observed).sorted("class.acme-mmf.govOps.0xa000000000000000000000000000000000000002")).toEqual([
      ["setCBeamForController", "core-council-direct"],
      ["setCBeamForRateLimits", "core-council-direct"],
    ]);
    expect(actorsOf(d).sorted("class.acme-mmf.govOps.0xa000000000000000000000000000000000000002")).toEqual([
      ["addCBeam", "core-council-timelocked"],
      ["setCBeamForController", "core-council-direct"],
      ["setCBeamForRateLimits", "core-council-direct"],
    ]);
  });

  it("a half grant (Controller only) is completed on the RateLimits alone", () => {
    const observed = observedBase();
    observed.resources["class.acme-mmf.govOps.0xa000000000000000000000000000000000000001"]!.fields.rateLimits = false;
    expect(actorsOf(desiredSummaryExample(), observed).by("class.acme-mmf.govOps.0xa000000000000000000000000000000000000001")).toEqual([
      ["setCBeamForRateLimits", "core-council-direct"],
    ]);
  });

  it("init add / overwrite → core-council-timelocked; init delete → core-council-direct", () => {
    const d = desiredSummaryExample();
    d["class.acme-mmf.init.transfer"]!.fields.slope = 1n;
    expect(actorsOf(d).by("class.acme-mmf.init.transfer")).toEqual([["addInitRateLimits", "core-council-timelocked"]]);
    const builders = { ...fakeBuilders };
    const observed = observedBase();
    observed.resources["class.acme-mmf.init.other"] = {
      type: "init",
      fields: { key: ("0x" + "ee".repeat(32)) as `0x${string}`, rateLimits: RL2, maxAmount: 1n, slope: 1n },
    };
    // inits are left alone when undeclared (Day-0 inits come from templates): a declared removal needs a builder call
    const { plan } = actorsOf(desiredSummaryExample(), observed, builders);
    expect(plan.actions.some((a) => a.resource === "class.acme-mmf.init.other")).toBe(false);
  });

  it("template status → the registries' admin: core-council-timelocked (PAS Timelock) or sky-governance (PauseProxy)", () => {
    const observed = observedBase();
    observed.system.templateRegistry = "0x7e00000000000000000000000000000000000001";
    observed.resources["template.t.v1"] = { type: "template", fields: { status: "proposed" } };
    const d = desiredSummaryExample();
    d["template.t.v1"] = { type: "template", fields: { status: "approved" } };
    for (const [who, kind, batch] of [
      ["core-council-timelocked", "schedule", "timelock-schedule"],
      ["sky-governance", "spell", "spell"],
    ] as const) {
      const plan = buildPlan({ desired: d, observed, builders: { template: templateBuilder(who) } });
      const a = plan.actions.find((x) => x.resource === "template.t.v1")!;
      expect([a.function, a.actor, a.kind]).toEqual(["approveTemplate", who, kind]);
      expect(plan.batches.find((b) => b.actionIds.includes(a.id))!.kind).toBe(batch);
    }
  });

  it("every actor has a description of who signs and a payload kind", () => {
    for (const info of Object.values(ACTOR_INFO)) expect(info.signs.length).toBeGreaterThan(10);
    expect(ACTOR_INFO["sky-governance"].payload).toBe("spell");
    expect(ACTOR_INFO["core-council-timelocked"].payload).toBe("timelock");
  });
});

describe("a new class: the factory authorisation spell, the deployer, the cBEAM grant", () => {
  it("deploys with no spell when the factory is authorised; a cBEAM GovOps is granted by the deployment itself", () => {
    const observed = observedBase();
    observed.pas.cBeams.push(GOVOPS2.toLowerCase());
    const plan = buildPlan({ desired: desiredNewClass(), observed, builders: fakeBuilders });
    expect(plan.batches.map((b) => [b.actor, b.kind, b.earliestAt - NOW])).toEqual([
      ["deployer", "transactions", 0n],
      ["core-council-timelocked", "timelock-schedule", 0n], // the RELAYER controller action
      ["govops", "transactions", 0n], // the rate limit, at once: the deployment granted the cBEAM
      ["core-council-timelocked", "timelock-execute", 14n * DAY],
      ["govops", "transactions", 14n * DAY], // grantRole(RELAYER) through callControllerAction
    ]);
    expect(plan.summary.spellBatches).toBe(0);
    expect(plan.actions.some((a) => a.actor === "core-council-direct")).toBe(false);
  });

  it("a GovOps that is no cBEAM: deploy → executeBatch of the factory's addCBeam after the delay (anyone) → Core Council direct grant → GovOps", () => {
    const plan = buildPlan({ desired: desiredNewClass(), observed: observedBase(), builders: fakeBuilders });
    expect(plan.batches.map((b) => [b.actor, b.kind, b.earliestAt - NOW, b.actionIds.length])).toEqual([
      ["deployer", "transactions", 0n, 1],
      ["core-council-timelocked", "timelock-schedule", 0n, 1],
      ["core-council-timelocked", "timelock-execute", 14n * DAY, 1], // the factory's addCBeam
      ["core-council-timelocked", "timelock-execute", 14n * DAY, 1], // the RELAYER enabling
      ["core-council-direct", "transactions", 14n * DAY, 2],
      ["govops", "transactions", 14n * DAY, 2],
    ]);
    expect(plan.batches[2]!.permissionless).toBe(true);
    expect(plan.batches[2]!.actionIds).toEqual(["timelock/execute-by-class.acme-tbill"]);
    expect(plan.actions.some((a) => a.function === "addCBeam")).toBe(false); // the factory scheduled it
    expect(plan.batches[4]!.transactions.map((t) => decodeFunctionData({ abi: beamStateAbi, data: t.data }).args)).toEqual([
      [CTRL2, getAddress(GOVOPS2)],
      [RL2, getAddress(GOVOPS2)],
    ]);
  });

  it("when the chain shows the factory unauthorised in PAS, a sky-governance spell comes first with exactly the missing calls", () => {
    const observed = observedBase();
    observed.pas.factoryRole = { role: 3, userRole: false, actions: {}, proposerIsAdapter: false };
    const plan = buildPlan({ desired: desiredNewClass(), observed, builders: fakeBuilders });
    const spell = plan.batches[0]!;
    expect([spell.actor, spell.kind, spell.earliestAt]).toEqual(["sky-governance", "spell", NOW]);
    expect(plan.summary.spellBatches).toBe(1);
    expect(spell.actionIds.every((id) => id.startsWith(`${FACTORY_AUTHORISATION}/`))).toBe(true);
    const calls = spell.transactions.map((t) =>
      t.to === TIMELOCK ? decodeFunctionData({ abi: timelockAbi, data: t.data }) : decodeFunctionData({ abi: beamStateAbi, data: t.data }),
    );
    expect(calls.map((c) => [c.functionName, c.args])).toEqual([
      // (the factory's address is checksummed by viem)
      ...(["addRateLimits", "addController", "addInitRateLimits", "setCBeamForRateLimits", "setCBeamForController"] as const).map((fn) => [
        "setRoleAction",
        [ROLE.HALO_FACTORY, selectorOf(fn), true],
      ]),
      ["setUserRole", [getAddress(FACTORY), ROLE.HALO_FACTORY, true]],
      ["grantRole", [PROPOSER_ROLE, getAddress(PROPOSER_ADAPTER)]],
    ]);
    expect(spell.transactions.slice(0, 6).every((t) => t.to === BEAM_STATE)).toBe(true);
    const deploy = plan.actions.find((a) => a.function === "deployClass")!;
    expect(deploy.dependsOn.some((d) => d.startsWith(FACTORY_AUTHORISATION))).toBe(true);
    expect(plan.summary.add).toBe(5); // the spell is not a declared resource
  });

  it("asks only for what is missing, and for nothing when no deployment is planned", () => {
    const observed = observedBase();
    observed.pas.factoryRole = { role: 3, userRole: true, actions: {}, proposerIsAdapter: true };
    observed.pas.factoryRole.actions[selectorOf("addRateLimits").toLowerCase()] = true;
    const plan = buildPlan({ desired: desiredNewClass(), observed, builders: fakeBuilders });
    expect(plan.batches[0]!.transactions).toHaveLength(4);
    const none = buildPlan({ desired: desiredSummaryExample(), observed, builders: fakeBuilders });
    expect(none.batches.some((b) => b.actor === "sky-governance")).toBe(false);
  });

  it("the factory's addCBeam operation id is the one HaloCBeamProposer schedules", () => {
    const plan = buildPlan({ desired: desiredNewClass(), observed: observedBase(), builders: fakeBuilders });
    const exec = plan.batches.find((b) => b.kind === "timelock-execute")!;
    expect(exec.timelock!.operationId).toMatch(/^0x[0-9a-f]{64}$/);
    expect(typeof cbeamGrantOperationId(BEAM_STATE, GOVOPS2, ("0x" + "00".repeat(32)) as `0x${string}`)).toBe("string");
  });
});

void CTRL1;
void GOVOPS1;
void SUSDS;
