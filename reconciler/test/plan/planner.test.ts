import { describe, expect, it } from "vitest";
import { type Hex, decodeFunctionData, encodeFunctionData, getAddress } from "viem";
import { PlanCycleError, buildPlan, formatDuration, observedFingerprint, summaryLine, topoSort } from "../../plan/planner.js";
import { beamStateAbi, configuratorAbi, controllerAbi, roleAction } from "../../plan/pas.js";
import { decodeTimelockBatch, hashOperationBatch, planSalt } from "../../plan/timelock.js";
import { canonicalHash } from "../../model/canonical.js";
import {
  BEAM_STATE,
  CONFIGURATOR,
  CTRL1,
  DAY,
  GOVOPS1,
  GOVOPS2,
  HOUR,
  KEY_TRANSFER,
  M,
  NOW,
  RELAYER1,
  RL1,
  SLOPE,
  TIMELOCK,
  desiredSummaryExample,
  observedBase,
} from "./fixtures.js";

const G2 = "class.acme-mmf.govOps.0xa000000000000000000000000000000000000002";
const R1 = `class.acme-mmf.relayer.${RELAYER1}`;

describe("buildPlan: existing class, new relayer, new GovOps, raised rate limit (PAS actors)", () => {
  const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });

  it("prints the summary line", () => {
    expect(summaryLine(plan.summary)).toBe(
      "Plan: 2 to add, 1 to change, 0 to destroy; 1 timelock batch; 1 rate-limit ramp of 4 steps over 54 h",
    );
  });

  it("orders the batches by time and actor: GovOps now, the Core Council's schedule now, execute / direct / GovOps after the delay", () => {
    expect(plan.batches.map((b) => [b.actor, b.kind, b.earliestAt - NOW])).toEqual([
      ["core-council-timelocked", "timelock-schedule", 0n],
      ["govops", "transactions", 0n],
      ["govops", "transactions", 18n * HOUR],
      ["govops", "transactions", 36n * HOUR],
      ["govops", "transactions", 54n * HOUR],
      ["core-council-timelocked", "timelock-execute", 14n * DAY],
      ["govops", "transactions", 14n * DAY],
      ["core-council-direct", "transactions", 14n * DAY],
    ]);
  });

  it("has GovOps raise the rate limit on the PAS Configurator, keyed by the class's RateLimits, +25% now", () => {
    const b = plan.batches[1]!;
    expect(b.signer).toBe(getAddress(GOVOPS1));
    expect(b.transactions).toHaveLength(1);
    expect(b.transactions[0]!.to).toBe(CONFIGURATOR);
    const d = decodeFunctionData({ abi: configuratorAbi, data: b.transactions[0]!.data });
    expect([d.functionName, d.args]).toEqual(["setRateLimit", [RL1, KEY_TRANSFER, 12_500_000n * 10n ** 18n, SLOPE]]);
  });

  it("schedules addCBeam and the RELAYER controller action in one scheduleBatch with a plan-derived salt", () => {
    const schedule = plan.batches[0]!;
    expect(schedule.transactions[0]!.to).toBe(TIMELOCK);
    const decoded = decodeTimelockBatch(schedule.transactions[0]!.data);
    expect(decoded.functionName).toBe("scheduleBatch");
    expect(decoded.delay).toBe(14n * DAY);
    expect(decoded.op.salt).toBe(planSalt(plan.seed, 0));
    const grant = roleAction("relayer", RELAYER1, true);
    expect(decoded.op.calls.map((c) => [c.target, c.data])).toEqual([
      [BEAM_STATE, encodeFunctionData({ abi: beamStateAbi, functionName: "addInitControllerActions", args: [grant.data, CTRL1] })],
      [BEAM_STATE, encodeFunctionData({ abi: beamStateAbi, functionName: "addCBeam", args: [getAddress(GOVOPS2)] })],
    ]);
    expect(schedule.timelock!.operationId).toBe(hashOperationBatch(decoded.op));
  });

  it("executes the operation permissionlessly after the delay", () => {
    const execute = plan.batches[5]!;
    expect(execute.permissionless).toBe(true);
    expect(execute.signer).toBeUndefined();
    const ex = decodeTimelockBatch(execute.transactions[0]!.data);
    expect(ex.functionName).toBe("executeBatch");
    expect(hashOperationBatch(ex.op)).toBe(plan.batches[0]!.timelock!.operationId);
  });

  it("has the Core Council grant the new cBEAM on the class's RateLimits and Controller directly", () => {
    const direct = plan.batches[7]!;
    expect(direct.signer).toBeUndefined();
    expect(direct.transactions.map((t) => decodeFunctionData({ abi: beamStateAbi, data: t.data })).map((d) => [d.functionName, d.args])).toEqual([
      ["setCBeamForController", [CTRL1, getAddress(GOVOPS2)]],
      ["setCBeamForRateLimits", [RL1, getAddress(GOVOPS2)]],
    ]);
  });

  it("has GovOps grant RELAYER through callControllerAction once it is enabled", () => {
    const b = plan.batches[6]!;
    expect(b.signer).toBe(getAddress(GOVOPS1));
    const d = decodeFunctionData({ abi: configuratorAbi, data: b.transactions[0]!.data });
    expect(d.functionName).toBe("callControllerAction");
    expect(d.args[0]).toBe(CTRL1);
    const inner = decodeFunctionData({ abi: controllerAbi, data: d.args[1] as Hex });
    expect([inner.functionName, inner.args[1]]).toEqual(["grantRole", getAddress(RELAYER1)]);
  });

  it("lists every action exactly once across batches, in a dependency-respecting order", () => {
    const inBatches = plan.batches.flatMap((b) => b.actionIds).sort();
    expect(inBatches).toEqual(plan.actions.map((a) => a.id).sort());
    const position = new Map(plan.batches.flatMap((b, i) => b.actionIds.map((id) => [id, i] as const)));
    for (const a of plan.actions) for (const d of a.dependsOn) expect(position.get(d)!).toBeLessThan(position.get(a.id)!);
  });

  it("fingerprints the observed state, not the block it was read at, and is deterministic", () => {
    const later = { ...observedBase(), blockNumber: 999n, blockHash: ("0x" + "cd".repeat(32)) as Hex, blockTimestamp: NOW + 60n };
    expect(observedFingerprint(later)).toBe(observedFingerprint(observedBase()));
    const again = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
    expect(again.batches).toEqual(plan.batches);
  });
});

describe("buildPlan: the fingerprint and seed are computed when first read", () => {
  it("equal the eager definitions, are stable, and do not hash the observed state unless read", () => {
    const observed = observedBase();
    // a member only the canonical JSON of the whole state visits: its reads tell whether the state was hashed
    let reads = 0;
    Object.defineProperty(observed, "probe", {
      enumerable: true,
      get: () => {
        reads++;
        return 1;
      },
    });
    const p = buildPlan({ desired: {}, observed });
    expect(reads).toBe(0);
    expect(p.observedFingerprint).toBe(observedFingerprint(observed));
    expect(reads).toBe(2);
    expect(p.observedFingerprint).toBe(observedFingerprint(observed));
    expect(reads).toBe(3); // remembered: only the direct call above hashed again
    const seed = canonicalHash({
      chainId: observed.chainId,
      blockNumber: observed.blockNumber,
      blockHash: observed.blockHash,
      observedFingerprint: p.observedFingerprint,
      desiredHash: canonicalHash({}),
    });
    expect(p.seed).toBe(seed);
    expect(p.seed).toBe(seed);
    expect({ ...p }.seed).toBe(seed); // enumerable: spread, JSON and structuredClone see the value
    p.seed = "0x01";
    expect(p.seed).toBe("0x01");
  });
});

describe("buildPlan: pending PAS Timelock operations", () => {
  it("never schedules a call that is already pending, and executes it at its ready time", () => {
    const observed = observedBase();
    const data = encodeFunctionData({ abi: beamStateAbi, functionName: "addCBeam", args: [getAddress(GOVOPS2)] });
    const op = { calls: [{ target: BEAM_STATE, value: 0n, data }], predecessor: ("0x" + "00".repeat(32)) as Hex, salt: ("0x" + "11".repeat(32)) as Hex };
    observed.timelockOperations.push({ id: hashOperationBatch(op), ...op, timestamp: NOW + 3n * DAY });
    const plan = buildPlan({ desired: desiredSummaryExample(), observed });
    const execs = plan.batches.filter((b) => b.kind === "timelock-execute");
    expect(execs.map((b) => [b.timelock!.operationId, b.earliestAt - NOW])).toContainEqual([hashOperationBatch(op), 3n * DAY]);
    const schedule = plan.batches.find((b) => b.kind === "timelock-schedule")!;
    expect(decodeTimelockBatch(schedule.transactions[0]!.data).op.calls).toHaveLength(1); // only the RELAYER action
    const direct = plan.batches.find((b) => b.actor === "core-council-direct")!;
    expect(direct.earliestAt - NOW).toBe(3n * DAY);
  });
});

describe("buildPlan: refusals and removals", () => {
  it("refuses a template change of a class with an explanation and plans nothing for it", () => {
    const desired = desiredSummaryExample();
    desired["class.acme-mmf"]!.fields["template.version"] = 2n;
    const plan = buildPlan({ desired, observed: observedBase() });
    const refused = plan.actions.find((a) => a.kind === "replace-refused")!;
    expect(refused.resource).toBe("class.acme-mmf");
    expect(refused.reason).toMatch(/template.version cannot change in place/);
    expect(plan.batches.flatMap((b) => b.actionIds)).not.toContain(refused.id);
  });

  it("removes an undeclared relayer (GovOps revokeRole via an enabled controller action) and GovOps (Core Council direct)", () => {
    const observed = observedBase();
    observed.resources[R1] = { type: "relayer", fields: {} };
    const revoke = roleAction("relayer", RELAYER1, false);
    observed.controllerActions = [`${CTRL1.toLowerCase()}:${revoke.hash.toLowerCase()}`];
    const desired = desiredSummaryExample();
    delete desired[R1];
    delete desired[G2];
    delete desired["class.acme-mmf.govOps.0xa000000000000000000000000000000000000001"];
    desired["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 5n * M;
    const plan = buildPlan({ desired, observed });
    expect(summaryLine(plan.summary)).toBe("Plan: 0 to add, 1 to change, 2 to destroy");
    const byFn = Object.fromEntries(plan.actions.map((a) => [a.function, a]));
    expect(byFn.callControllerAction!.actor).toBe("govops");
    expect(byFn.callControllerAction!.args![1]).toBe(revoke.data);
    expect(byFn.unsetCBeamForRateLimits!.actor).toBe("core-council-direct");
    expect(byFn.unsetCBeamForController!.actor).toBe("core-council-direct");
    expect(byFn.setRateLimit!.args).toEqual([RL1, KEY_TRANSFER, (5n * M).toString(), SLOPE.toString()]);
    expect(plan.actions.every((a) => a.earliestAt === NOW)).toBe(true);
  });

  it("overwrites a changed init through the Timelock (addInitRateLimits replaces) and deletes one directly", () => {
    const desired = desiredSummaryExample();
    desired["class.acme-mmf.init.transfer"]!.fields.maxAmount = 30n * M;
    const plan = buildPlan({ desired, observed: observedBase() });
    const add = plan.actions.find((a) => a.function === "addInitRateLimits")!;
    expect([add.actor, add.kind]).toEqual(["core-council-timelocked", "schedule"]);
    expect(add.args).toEqual([KEY_TRANSFER, RL1, (30n * M).toString(), SLOPE.toString()]);
  });

  it("sets a rate limit that leaves halos/ to 0 / 0 (PAS has no removal): an immediate GovOps decrease", () => {
    const desired = desiredSummaryExample();
    delete desired["class.acme-mmf.rateLimit.transfer"];
    const plan = buildPlan({ desired, observed: observedBase() });
    const a = plan.actions.find((x) => x.resource === "class.acme-mmf.rateLimit.transfer")!;
    expect([a.actor, a.kind, a.args, a.earliestAt]).toEqual(["govops", "delete", [RL1, KEY_TRANSFER, "0", "0"], NOW]);
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
    expect(() => topoSort(nodes, () => 0)).toThrow(PlanCycleError);
    expect(() => topoSort(nodes, () => 0)).toThrow(/cycle: a -> c -> b -> a/);
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
