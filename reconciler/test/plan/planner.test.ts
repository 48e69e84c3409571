import { describe, expect, it } from "vitest";
import { decodeFunctionData, encodeFunctionData, getAddress } from "viem";
import { beamStateAbi, configuratorAbi } from "../../plan/actions.js";
import {
  PlanCycleError,
  buildPlan,
  formatDuration,
  observedFingerprint,
  summaryLine,
  topoSort,
} from "../../plan/planner.js";
import { decodeTimelockBatch, hashOperationBatch, planSalt } from "../../plan/timelock.js";
import {
  BEAM_STATE,
  CONFIGURATOR,
  DAY,
  GOVOPS1,
  GOVOPS2,
  HOUR,
  KEY_TRANSFER,
  M,
  NOW,
  PAU1,
  RELAYER1,
  SLOPE,
  SUSDS,
  TIMELOCK,
  desiredNewClass,
  desiredSummaryExample,
  fakeBuilders,
  observedBase,
} from "./fixtures.js";

describe("buildPlan: existing class, new relayer, new GovOps, raised rate limit", () => {
  const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });

  it("prints the spec's summary line", () => {
    expect(summaryLine(plan.summary)).toBe(
      "Plan: 2 to add, 1 to change, 0 to destroy; 1 timelock batch; 1 rate-limit ramp of 4 steps over 54 h",
    );
  });

  it("puts GovOps' calls of now into one Configurator multicall signed by the class's GovOps", () => {
    const b = plan.batches[0]!;
    expect(b.kind).toBe("multicall");
    expect(b.authority).toBe("govops");
    expect(b.signer).toBe(getAddress(GOVOPS1));
    expect(b.earliestAt).toBe(NOW);
    expect(b.transactions).toHaveLength(1);
    expect(b.transactions[0]!.to).toBe(CONFIGURATOR);
    const { functionName, args } = decodeFunctionData({ abi: configuratorAbi, data: b.transactions[0]!.data });
    expect(functionName).toBe("multicall");
    const inner = (args![0] as readonly `0x${string}`[]).map((d) =>
      decodeFunctionData({ abi: configuratorAbi, data: d }),
    );
    expect(inner.map((c) => [c.functionName, c.args])).toEqual([
      ["setRateLimit", [PAU1, KEY_TRANSFER, 12_500_000n * 10n ** 18n, SLOPE]],
      ["setRelayer", [PAU1, getAddress(RELAYER1)]],
    ]);
  });

  it("schedules the cBEAM grant as one scheduleBatch with a plan-derived salt and executes it after the delay", () => {
    const schedule = plan.batches.find((b) => b.kind === "timelock-schedule")!;
    expect(schedule.authority).toBe("timelock-proposer");
    expect(schedule.transactions[0]!.to).toBe(TIMELOCK);
    const decoded = decodeTimelockBatch(schedule.transactions[0]!.data);
    expect(decoded.delay).toBe(14n * DAY);
    expect(decoded.op.salt).toBe(planSalt(plan.seed, 0));
    expect(decoded.op.calls).toEqual([
      {
        target: BEAM_STATE,
        value: 0n,
        data: encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args: [PAU1, GOVOPS2] }),
      },
    ]);
    expect(schedule.timelock!.operationId).toBe(hashOperationBatch(decoded.op));
    const execute = plan.batches.find((b) => b.kind === "timelock-execute")!;
    expect(execute.authority).toBe("anyone");
    expect(execute.earliestAt).toBe(NOW + 14n * DAY);
    const ex = decodeTimelockBatch(execute.transactions[0]!.data);
    expect(ex.functionName).toBe("executeBatch");
    expect(hashOperationBatch(ex.op)).toBe(schedule.timelock!.operationId);
  });

  it("plans the later ramp steps as their own batches at +18 h, +36 h, +54 h", () => {
    const steps = plan.actions.filter((a) => a.kind === "ramp-step");
    expect(steps.map((s) => s.earliestAt! - NOW)).toEqual([18n * HOUR, 36n * HOUR, 54n * HOUR]);
    expect(steps[2]!.args).toEqual([PAU1, KEY_TRANSFER, (20n * M).toString(), SLOPE.toString()]);
    for (const s of steps) {
      const b = plan.batches.find((x) => x.actionIds.includes(s.id))!;
      expect(b.actionIds).toEqual([s.id]);
      expect(b.earliestAt).toBe(s.earliestAt);
    }
  });

  it("lists every action exactly once across batches, in a dependency-respecting order", () => {
    const inBatches = plan.batches.flatMap((b) => b.actionIds).sort();
    expect(inBatches).toEqual(plan.actions.map((a) => a.id).sort());
    const position = new Map(plan.batches.flatMap((b, i) => b.actionIds.map((id) => [id, i] as const)));
    for (const a of plan.actions)
      for (const d of a.dependsOn) expect(position.get(d)!).toBeLessThan(position.get(a.id)!);
  });

  it("fingerprints the observed state, not the block it was read at", () => {
    const later = {
      ...observedBase(),
      blockNumber: 999n,
      blockHash: ("0x" + "cd".repeat(32)) as `0x${string}`,
      blockTimestamp: NOW + 60n,
    };
    expect(observedFingerprint(later)).toBe(observedFingerprint(observedBase()));
    const changed = observedBase();
    changed.resources["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 11n * M;
    expect(observedFingerprint(changed)).not.toBe(observedFingerprint(observedBase()));
  });

  it("is deterministic", () => {
    const again = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
    expect(again.seed).toBe(plan.seed);
    expect(again.batches).toEqual(plan.batches);
  });
});

describe("buildPlan: pending timelock operations", () => {
  it("never schedules a call that is already pending, and plans its execution at its ready time", () => {
    const observed = observedBase();
    const data = encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args: [PAU1, GOVOPS2] });
    const op = {
      calls: [{ target: BEAM_STATE, value: 0n, data }],
      predecessor: ("0x" + "00".repeat(32)) as `0x${string}`,
      salt: ("0x" + "11".repeat(32)) as `0x${string}`,
    };
    observed.timelockOperations.push({ id: hashOperationBatch(op), ...op, timestamp: NOW + 3n * DAY });
    const plan = buildPlan({ desired: desiredSummaryExample(), observed });
    expect(plan.summary.timelockBatches).toBe(0);
    expect(plan.batches.some((b) => b.kind === "timelock-schedule")).toBe(false);
    const exec = plan.batches.find((b) => b.kind === "timelock-execute")!;
    expect(exec.earliestAt).toBe(NOW + 3n * DAY);
    expect(exec.timelock!.operationId).toBe(hashOperationBatch(op));
    expect(summaryLine(plan.summary)).toBe(
      "Plan: 2 to add, 1 to change, 0 to destroy; 1 rate-limit ramp of 4 steps over 54 h",
    );
  });

  it("plans execution at once when the pending operation is ready", () => {
    const observed = observedBase();
    const data = encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args: [PAU1, GOVOPS2] });
    const op = {
      calls: [{ target: BEAM_STATE, value: 0n, data }],
      predecessor: ("0x" + "00".repeat(32)) as `0x${string}`,
      salt: ("0x" + "22".repeat(32)) as `0x${string}`,
    };
    observed.timelockOperations.push({ id: hashOperationBatch(op), ...op, timestamp: NOW - 1n });
    const plan = buildPlan({ desired: desiredSummaryExample(), observed });
    expect(plan.batches.find((b) => b.kind === "timelock-execute")!.earliestAt).toBe(NOW);
  });
});

describe("buildPlan: a new class from the factory", () => {
  const plan = buildPlan({ desired: desiredNewClass(), observed: observedBase(), builders: fakeBuilders });

  it("deploys first, executes the factory-scheduled grant after the delay, then configures", () => {
    expect(plan.batches.map((b) => [b.kind, b.authority, b.earliestAt - NOW])).toEqual([
      ["transactions", "deployer", 0n],
      ["timelock-execute", "anyone", 14n * DAY],
      ["multicall", "govops", 14n * DAY],
    ]);
    expect(plan.batches[2]!.signer).toBe(getAddress(GOVOPS2));
    const first = plan.actions.find((a) => a.id === "class.acme-tbill.rateLimit.transfer/setRateLimit#0")!;
    expect(first.kind).toBe("create");
    expect(first.reason).toBe("SORL instantiate, step 1 of 1");
    expect(first.dependsOn).toContain("class.acme-tbill/deployClass");
    expect(first.dependsOn).toContain("timelock/execute-by-class.acme-tbill");
  });

  it("does not schedule what the factory already provides (Day-0 inits, the grant)", () => {
    expect(plan.actions.some((a) => a.function === "addInitRateLimit" || a.function === "addGovOps")).toBe(false);
    expect(plan.summary.add).toBe(5);
    expect(plan.summary.timelockBatches).toBe(0);
  });

  it("refuses a class creation when no factory builder is configured", () => {
    const p = buildPlan({ desired: desiredNewClass(), observed: observedBase() });
    const refused = p.actions.find((a) => a.resource === "class.acme-tbill")!;
    expect(refused.kind).toBe("replace-refused");
    expect(refused.reason).toMatch(/no builder is configured to create a class/);
    const children = p.actions.filter(
      (a) => a.resource.startsWith("class.acme-tbill.") && a.kind === "replace-refused",
    );
    expect(children.map((a) => a.resource).sort()).toEqual([
      "class.acme-tbill.govOps.0xa000000000000000000000000000000000000002",
      "class.acme-tbill.init.transfer",
      "class.acme-tbill.rateLimit.transfer",
      "class.acme-tbill.relayer.0xb000000000000000000000000000000000000001",
    ]);
    expect(
      children.every((a) => a.reason === "depends on class.acme-tbill, which does not exist and cannot be planned"),
    ).toBe(true);
    expect(p.actions.some((a) => a.resource.startsWith("class.acme-tbill") && a.kind !== "replace-refused")).toBe(
      false,
    );
    expect(p.summary.refused).toBe(5);
  });
});

describe("buildPlan: refusals and removals", () => {
  it("refuses a template change of a class with an explanation and plans nothing for it", () => {
    const desired = desiredSummaryExample();
    desired["class.acme-mmf"]!.fields["template.version"] = 2n;
    desired["class.acme-mmf"]!.fields["params.depositAsset"] = PAU1;
    const plan = buildPlan({ desired, observed: observedBase() });
    const refused = plan.actions.find((a) => a.kind === "replace-refused")!;
    expect(refused.resource).toBe("class.acme-mmf");
    expect(refused.reason).toMatch(
      /params.depositAsset, template.version cannot change in place: on-chain classes cannot be replaced/,
    );
    expect(plan.batches.flatMap((b) => b.actionIds)).not.toContain(refused.id);
    expect(summaryLine(plan.summary)).toMatch(/^Plan: 2 to add, 1 to change, 0 to destroy; 1 refused;/);
  });

  it("removes undeclared relayers and GovOps instantly, by GovOps and aBEAM respectively", () => {
    const observed = observedBase();
    observed.resources[`class.acme-mmf.relayer.${RELAYER1}`] = { type: "relayer", fields: {} };
    const desired = desiredSummaryExample();
    delete desired[`class.acme-mmf.relayer.${RELAYER1}`];
    delete desired["class.acme-mmf.govOps.0xa000000000000000000000000000000000000002"];
    delete desired["class.acme-mmf.govOps.0xa000000000000000000000000000000000000001"];
    desired["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 5n * M;
    const plan = buildPlan({ desired, observed });
    expect(summaryLine(plan.summary)).toBe("Plan: 0 to add, 1 to change, 2 to destroy");
    const byFn = Object.fromEntries(plan.actions.map((a) => [a.function, a]));
    expect(byFn.removeRelayer!.authority).toBe("govops");
    expect(byFn.removeGovOps!.authority).toBe("abeam");
    expect(byFn.removeGovOps!.target).toBe(BEAM_STATE);
    expect(byFn.setRateLimit!.args).toEqual([PAU1, KEY_TRANSFER, (5n * M).toString(), SLOPE.toString()]);
    expect(plan.actions.every((a) => a.earliestAt === NOW)).toBe(true);
  });

  it("replaces a changed init by an instant removal and a timelocked addition", () => {
    const desired = desiredSummaryExample();
    desired["class.acme-mmf.init.transfer"]!.fields.maxAmount = 30n * M;
    const plan = buildPlan({ desired, observed: observedBase() });
    const remove = plan.actions.find((a) => a.function === "removeInitRateLimit")!;
    const add = plan.actions.find((a) => a.function === "addInitRateLimit")!;
    expect(remove.authority).toBe("abeam");
    expect(add.kind).toBe("schedule");
    expect(add.dependsOn).toContain(remove.id);
    expect(add.reason).toMatch(/cannot edit an init/);
  });
});

describe("buildPlan: timelocked calls that wait for each other", () => {
  it("puts them into successive operations, the second scheduled once the first is executed", () => {
    const observed = observedBase();
    const desired = desiredSummaryExample();
    desired["template.t.v1"] = { type: "template", fields: { status: "approved" } };
    desired["legacy.old"] = { type: "legacy", fields: { name: "Old" } };
    const viaTimelock = (key: string, data: `0x${string}`, deps: string[]) => () => [
      {
        key,
        kind: "schedule" as const,
        target: TIMELOCK,
        function: key,
        args: [],
        calldata: data,
        authority: "timelock-proposer" as const,
        viaTimelock: true,
        dependsOn: deps.map((resource) => ({ resource })),
      },
    ];
    const plan = buildPlan({
      desired,
      observed,
      builders: {
        template: viaTimelock("approve", "0x01", []),
        legacy: viaTimelock("record", "0x02", ["template.t.v1"]),
      },
    });
    const schedules = plan.batches.filter((b) => b.kind === "timelock-schedule");
    expect(schedules.map((b) => [b.actionIds, b.earliestAt - NOW])).toEqual([
      [["template.t.v1/approve", "class.acme-mmf.govOps.0xa000000000000000000000000000000000000002/addGovOps"], 0n],
      [["legacy.old/record"], 14n * DAY],
    ]);
    expect(schedules.map((b) => b.timelock!.salt)).toEqual([planSalt(plan.seed, 0), planSalt(plan.seed, 1)]);
    const executes = plan.batches.filter((b) => b.kind === "timelock-execute");
    expect(executes.map((b) => b.earliestAt - NOW)).toEqual([14n * DAY, 28n * DAY]);
    expect(plan.summary.timelockBatches).toBe(2);
    expect(summaryLine(plan.summary)).toContain("; 2 timelock batches;");
  });
});

describe("buildPlan: one timelock operation, members with different times", () => {
  it("schedules the whole operation in one batch, at the latest member's time", () => {
    const desired = desiredSummaryExample();
    desired["template.t.v1"] = { type: "template", fields: { status: "approved" } };
    desired["legacy.old"] = { type: "legacy", fields: { name: "Old" } };
    const plan = buildPlan({
      desired,
      observed: observedBase(),
      builders: {
        // the legacy record is a deployer call; the template approval (timelocked) waits for it
        legacy: () => [
          {
            key: "record",
            kind: "create",
            target: TIMELOCK,
            function: "record",
            args: [],
            calldata: "0x02",
            authority: "deployer",
            earliestAt: NOW + HOUR,
          },
        ],
        template: () => [
          {
            key: "approve",
            kind: "schedule",
            target: TIMELOCK,
            function: "approve",
            args: [],
            calldata: "0x01",
            authority: "timelock-proposer",
            viaTimelock: true,
            dependsOn: [{ resource: "legacy.old" }],
          },
        ],
      },
    });
    const schedules = plan.batches.filter((b) => b.kind === "timelock-schedule");
    expect(schedules).toHaveLength(1);
    expect(schedules[0]!.actionIds).toEqual([
      "template.t.v1/approve",
      "class.acme-mmf.govOps.0xa000000000000000000000000000000000000002/addGovOps",
    ]);
    expect(schedules[0]!.earliestAt).toBe(NOW + HOUR);
    expect(decodeTimelockBatch(schedules[0]!.transactions[0]!.data).op.calls.map((c) => c.data)).toEqual([
      "0x01",
      encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args: [PAU1, GOVOPS2] }),
    ]);
    const position = new Map(plan.batches.flatMap((b, i) => b.actionIds.map((id) => [id, i] as const)));
    expect(position.get("legacy.old/record")!).toBeLessThan(position.get("template.t.v1/approve")!);
  });
});

describe("topoSort", () => {
  it("orders by dependencies, then rank, then id", () => {
    const nodes = [
      { id: "c", dependsOn: ["a"] },
      { id: "b", dependsOn: [] },
      { id: "a", dependsOn: [] },
    ];
    expect(topoSort(nodes, (n) => (n.id === "b" ? 0 : 1)).map((n) => n.id)).toEqual(["b", "a", "c"]);
  });

  it("reports a cycle by name", () => {
    const nodes = [
      { id: "x", dependsOn: [] },
      { id: "a", dependsOn: ["c", "x"] },
      { id: "b", dependsOn: ["a"] },
      { id: "c", dependsOn: ["b"] },
    ];
    let caught: unknown;
    try {
      topoSort(nodes, () => 0);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PlanCycleError);
    const cycle = (caught as PlanCycleError).cycle;
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    expect(new Set(cycle)).toEqual(new Set(["a", "b", "c"]));
    expect((caught as Error).message).toMatch(/cycle: a -> c -> b -> a/);
  });

  it("rejects a dependency on an unknown action", () => {
    expect(() => topoSort([{ id: "a", dependsOn: ["ghost"] }], () => 0)).toThrow(/unknown action ghost/);
  });
});

describe("formatDuration", () => {
  it("prints hours", () => {
    expect(formatDuration(54n * HOUR)).toBe("54 h");
    expect(formatDuration(90n * 60n)).toBe("1.5 h");
  });
});

void SUSDS;
