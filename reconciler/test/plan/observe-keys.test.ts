/**
 * observe's tree-side inputs of the second refresh and its inits for declared flows, found through the tree
 * (plan/session.ts `refreshKeysFromTree`, `addDeclaredInits`), against the scans of the whole desired map they
 * replace (kept here as the reference): the same flow names, destinations and controller actions in the same order,
 * the same inits added in the same order. On the scenario tree, the Prime tree and a scenario variant with transfer
 * flows that share a destination.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Address, Hex } from "viem";
import { describe, expect, it } from "vitest";
import { flowNamesFromResources } from "../../chain/refresh.js";
import { loadDesiredState } from "../../load/index.js";
import { getAddress } from "../../model/address.js";
import type { DesiredState } from "../../model/desired.js";
import type { ObservedState, ResourceMap } from "../../model/observed.js";
import { type Predictions, desiredResources } from "../../plan/from-desired.js";
import { roleAction, setDestinationAction } from "../../plan/pas.js";
import { primeDesiredResources } from "../../plan/prime.js";
import { addDeclaredInits, refreshKeysFromTree } from "../../plan/desired-side.js";
import { fixturesDir, scenarioDir } from "../helpers.js";

/** The resource scan observe used before (session 5): every destination / relayer / freezer resource of the map. */
function referenceKeys(desired: ResourceMap) {
  const destinations: Record<string, Address[]> = {};
  const controllerActions: Record<string, Hex[]> = {};
  for (const address of Object.keys(desired)) {
    const type = desired[address]!.type;
    if (type !== "destination" && type !== "relayer" && type !== "freezer") continue;
    const [, classId, , who] = address.split(".");
    if (classId === undefined || who === undefined) continue;
    if (type === "destination") {
      (destinations[classId] ??= []).push(getAddress(who));
      (controllerActions[classId] ??= []).push(setDestinationAction(getAddress(who), true).hash);
    } else (controllerActions[classId] ??= []).push(roleAction(type, getAddress(who), true).hash);
  }
  return { flowNames: flowNamesFromResources(desired), destinations, controllerActions };
}

/** The init scan observe used before: every rateLimit resource of the map. */
function referenceInits(desired: ResourceMap, observed: ObservedState, predictions: Predictions): void {
  for (const address of Object.keys(desired)) {
    const r = desired[address]!;
    if (r.type !== "rateLimit") continue;
    const flow = address.split(".").slice(3).join(".");
    const day0Flow =
      flow === "facility-claim" || flow === "redeem-fund" || flow.endsWith(".subscribe-settle") || flow.endsWith(".redeem-settle");
    if (day0Flow || observed.resources[address] !== undefined) continue;
    const initAddress = address.replace(".rateLimit.", ".init.");
    if (observed.resources[initAddress] !== undefined) continue;
    const classId = address.split(".")[1]!;
    const rateLimits = predictions[classId]?.rateLimits;
    if (rateLimits === undefined || typeof r.fields.key !== "string") continue;
    desired[initAddress] = {
      type: "init",
      fields: { key: r.fields.key, rateLimits, maxAmount: r.fields.maxAmount!, slope: r.fields.slope! },
    };
  }
}

let n = 0;
const next = (): Address => getAddress(`0x${(0xa11ce000 + ++n).toString(16).padStart(40, "0")}`);

/** Synthetic predictions for every class and unit (so every counterparty key is known). */
function predictionsFor(state: DesiredState): Predictions {
  const out: Predictions = {};
  for (const c of state.classes)
    out[c.id] = {
      pau: next(),
      rateLimits: next(),
      controller: next(),
      contracts: { facility: next(), redeem: next() },
      units: Object.fromEntries(c.units.map((u) => [u.id, { "subscribe-queue": next(), "redeem-queue": next() }])),
    };
  return out;
}

function load(dir: string): DesiredState {
  const loaded = loadDesiredState(dir);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.state;
}

const OTHER_ASSET = "0x0000000000000000000000000000000000a55e70";

/** The scenario tree with acme-mmf transferring to three more destinations, two flows sharing one. */
function sharedDestinationTree(): { dir: string; state: DesiredState } {
  const dir = mkdtempSync(join(tmpdir(), "halo-keys-"));
  cpSync(scenarioDir, dir, { recursive: true });
  const file = join(dir, "acme", "mmf.yaml");
  const extra = ["0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", "0x976EA74026E726554dB657fA54763abd0C3a0aa9", "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955"]
    // the second flow to the custodian moves another asset (one key per asset and destination)
    .map((d, i) => `  transfer-to-x${i}:\n    destination: "${d}"\n${i === 1 ? `    asset: "${OTHER_ASSET}"\n` : ""}    maxAmount: 1_000e18\n    slopePerDay: 1_000e18\n`)
    .join("");
  writeFileSync(file, readFileSync(file, "utf8").replace(/^rateLimits:\n/m, `rateLimits:\n${extra}`));
  return { dir, state: load(dir) };
}

describe("observe's keys and inits through the tree equal the scans of the desired map", () => {
  const trees: [string, () => DesiredState][] = [
    ["the scenario tree", () => load(scenarioDir)],
    ["the Prime tree", () => load(join(fixturesDir, "prime-tree"))],
    [
      "transfer flows sharing a destination",
      () => {
        const { dir, state } = sharedDestinationTree();
        rmSync(dir, { recursive: true, force: true });
        return state;
      },
    ],
  ];
  it.each(trees)("%s", (_, make) => {
    const state = make();
    const predictions = predictionsFor(state);
    const desired = { ...desiredResources(state, predictions), ...primeDesiredResources(state, predictions) };
    const keys = refreshKeysFromTree(state, desired);
    expect(keys).toEqual(referenceKeys(desired));
    // same order too (the second refresh's action list and flow names are built in it)
    expect(JSON.stringify(keys)).toBe(JSON.stringify(referenceKeys(desired)));
    expect(Object.keys(keys.flowNames).length).toBeGreaterThan(0);

    // inits: none observed, then one class's transfer limit and another's init on chain
    const transfer = Object.keys(desired).find((a) => /^class\.[^.]+\.rateLimit\.transfer-/.test(a));
    const observedSets: ResourceMap[] = [{}];
    if (transfer !== undefined) {
      observedSets.push({ [transfer]: desired[transfer]! });
      observedSets.push({ [transfer.replace(".rateLimit.", ".init.")]: desired[transfer]! });
    }
    for (const resources of observedSets) {
      const observed = { resources } as ObservedState;
      const mine = { ...desired };
      const reference = { ...desired };
      addDeclaredInits(state, mine, observed, predictions);
      referenceInits(reference, observed, predictions);
      expect(Object.keys(mine)).toEqual(Object.keys(reference));
      expect(mine).toEqual(reference);
    }
  });

  it("the shared-destination tree names each destination once, its approval once", () => {
    const { dir, state } = sharedDestinationTree();
    rmSync(dir, { recursive: true, force: true });
    const desired = desiredResources(state, predictionsFor(state));
    const keys = refreshKeysFromTree(state, desired);
    expect(keys.destinations["acme-mmf"]).toHaveLength(3);
    // RELAYER, FREEZER, then one approval per destination
    expect(keys.controllerActions["acme-mmf"]).toHaveLength(5);
  });
});
