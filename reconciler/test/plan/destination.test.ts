/**
 * Transfer destinations: `class.<id>.destination.<address>` resources, planned as the Core Council's timelocked
 * `BeamState.addInitControllerActions(data, controller)` followed by GovOps'
 * `Configurator.callControllerAction(controller, setDestination(…))`.
 */
import { type Address, decodeFunctionData, encodeFunctionData, getAddress, keccak256 } from "viem";
import { describe, expect, it } from "vitest";
import type { ObservedState, ResourceMap } from "../../model/observed.js";
import {
  beamStateAbi,
  configuratorAbi,
  controllerActionKey,
  destinationBuilder,
  setDestinationAction,
} from "../../plan/actions.js";
import { detectDrift } from "../../plan/drift.js";
import { buildPlan } from "../../plan/planner.js";
import { hashOperationBatch } from "../../plan/timelock.js";
import { BEAM_STATE, CONFIGURATOR, CTRL1, DAY, GOVOPS1, NOW, observedBase } from "./fixtures.js";

const CUSTODIAN = "0xc000000000000000000000000000000000000006" as Address;
const OTHER = "0xc000000000000000000000000000000000000007" as Address;
const DEST = `class.acme-mmf.destination.${CUSTODIAN.toLowerCase()}`;

/** The observed base, declared as is, plus what the test adds. */
function desiredWith(extra: ResourceMap = {}): ResourceMap {
  const observed = observedBase();
  const desired: ResourceMap = structuredClone(observed.resources);
  return { ...desired, ...extra };
}

const planFor = (desired: ResourceMap, observed: ObservedState = observedBase()) => buildPlan({ desired, observed });

describe("transfer destinations", () => {
  it("setDestinationAction encodes the controller call and its hash", () => {
    const { data, hash } = setDestinationAction(CUSTODIAN, true);
    expect(data.slice(0, 10)).toBe("0x86f61eee"); // setDestination(address,bool)
    expect(hash).toBe(keccak256(data));
    expect(setDestinationAction(CUSTODIAN, false).hash).not.toBe(hash);
  });

  it("a new destination: the action is enabled through the timelock, then GovOps calls it after the delay", () => {
    const plan = planFor(desiredWith({ [DEST]: { type: "destination", fields: {} } }));
    const enable = plan.actions.find((a) => a.id === `${DEST}/addInitControllerActions`)!;
    const call = plan.actions.find((a) => a.id === `${DEST}/callControllerAction`)!;
    const { data, hash } = setDestinationAction(CUSTODIAN, true);
    expect(enable).toMatchObject({ kind: "schedule", target: BEAM_STATE, actor: "core-council-timelocked" });
    expect(decodeFunctionData({ abi: beamStateAbi, data: enable.calldata! }).args).toEqual([data, CTRL1]);
    expect(keccak256(data)).toBe(hash);
    expect(call).toMatchObject({ kind: "create", target: CONFIGURATOR, actor: "govops", signer: getAddress(GOVOPS1) });
    expect(call.calldata).toBe(
      encodeFunctionData({ abi: configuratorAbi, functionName: "callControllerAction", args: [CTRL1, data] }),
    );
    const exec = plan.actions.find((a) => a.kind === "execute")!;
    expect(call.dependsOn).toContain(exec.id);
    expect(call.dependsOn).not.toContain(enable.id);
    expect(enable.earliestAt).toBe(NOW);
    expect(call.earliestAt).toBe(NOW + 14n * DAY);
    expect(plan.summary.add).toBe(1);
    expect(plan.summary.timelockBatches).toBe(1);
  });

  it("an action already enabled in BEAMState is not enabled again: GovOps calls it now", () => {
    const observed = observedBase();
    observed.controllerActions = [controllerActionKey(CTRL1, setDestinationAction(CUSTODIAN, true).hash)];
    const plan = planFor(desiredWith({ [DEST]: { type: "destination", fields: {} } }), observed);
    expect(plan.actions.map((a) => a.id)).toEqual([`${DEST}/callControllerAction`]);
    expect(plan.actions[0]!.earliestAt).toBe(NOW);
  });

  it("an enabling operation already pending is reused: the call waits for its execute", () => {
    const observed = observedBase();
    const { data } = setDestinationAction(CUSTODIAN, true);
    const call = {
      target: BEAM_STATE,
      value: 0n,
      data: encodeFunctionData({ abi: beamStateAbi, functionName: "addInitControllerActions", args: [data, CTRL1] }),
    };
    const op = { calls: [call], predecessor: `0x${"00".repeat(32)}` as const, salt: `0x${"01".repeat(32)}` as const };
    const id = hashOperationBatch(op);
    observed.timelockOperations = [{ id, ...op, timestamp: NOW + 3n * DAY }];
    const desired = desiredWith({ [DEST]: { type: "destination", fields: {} } });
    const plan = planFor(desired, observed);
    expect(plan.actions.some((a) => a.kind === "schedule")).toBe(false);
    expect(plan.actions.find((a) => a.id === `${DEST}/callControllerAction`)!.earliestAt).toBe(NOW + 3n * DAY);
    // drift: the approval is on its way, not missing
    const drift = detectDrift(desired, observed, NOW, { destination: destinationBuilder });
    expect(drift.items).toEqual([expect.objectContaining({ kind: "pending-timelock", address: DEST, expected: true })]);
    expect(drift.exitCode).toBe(0);
  });

  it("an approved destination nobody declares is withdrawn with setDestination(d, false), and is drift", () => {
    const observed = observedBase();
    const stray = `class.acme-mmf.destination.${OTHER.toLowerCase()}`;
    observed.resources[stray] = { type: "destination", fields: {} };
    const desired = desiredWith();
    const plan = planFor(desired, observed);
    const call = plan.actions.find((a) => a.id === `${stray}/callControllerAction`)!;
    expect(call.kind).toBe("delete");
    expect(decodeFunctionData({ abi: configuratorAbi, data: call.calldata! }).args).toEqual([
      CTRL1,
      setDestinationAction(OTHER, false).data,
    ]);
    const drift = detectDrift(desired, observed);
    expect(drift.items).toEqual([
      expect.objectContaining({ kind: "undeclared-resource", address: stray, expected: false }),
    ]);
    expect(drift.exitCode).toBe(2);
  });

  it("a declared destination that is not approved (and nothing pending) is missing", () => {
    const drift = detectDrift(desiredWith({ [DEST]: { type: "destination", fields: {} } }), observedBase());
    expect(drift.items).toEqual([expect.objectContaining({ kind: "missing", address: DEST })]);
    expect(drift.exitCode).toBe(2);
  });
});
