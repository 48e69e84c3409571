/**
 * Maps the loader's normalized desired model (reconciler/model/desired.ts) onto the flat resource map the
 * diff compares. Addresses the tree cannot know (a class's PAU, a unit's queues) come from the factory's
 * `predict…` views, passed in as `predictions`; without them the keys of counterparty-contract rate limits
 * stay unknown and their builders refuse with a message saying so.
 */
import { type Address, type Hex, keccak256, stringToBytes } from "viem";
import { assetCounterpartyKey } from "../chain/names.js";
import type { DesiredClass, DesiredRateLimit, DesiredState, LimitId, UnitContractRole } from "../model/desired.js";
import type { FieldValue, ResourceMap } from "../model/observed.js";

export interface ClassPrediction {
  /** The class PAU (its ALMProxy). */
  pau: Address;
  /** The class's RateLimits: what PAS's BeamState and Configurator are keyed by for rate limits and inits. */
  rateLimits?: Address;
  /** The class's HaloController: what controller actions and cBEAM grants are keyed by. */
  controller?: Address;
  /** Counterparty contracts of the class (facility, redeem) by role. */
  contracts?: Partial<Record<UnitContractRole, Address>>;
  /** Per unit id: its contracts (subscribe-queue, redeem-queue) by role. */
  units?: Record<string, Partial<Record<UnitContractRole, Address>>>;
}

export type Predictions = Record<string, ClassPrediction>;

/** keccak256 of a limit id (a handful of distinct ids: remembered). */
export function limitIdHash(id: LimitId): Hex {
  let hash = limitIdHashes.get(id);
  if (hash === undefined) limitIdHashes.set(id, (hash = keccak256(stringToBytes(id))));
  return hash;
}
const limitIdHashes = new Map<string, Hex>();

/**
 * RateLimitKeys.assetCounterpartyKey(limitId, asset, counterparty): chain/names.ts's hand-encoded, remembered
 * form, so that a key the refresh already derived for the same limit costs a map lookup.
 */
export function rateLimitKey(limitId: LimitId, asset: Address, counterparty: Address): Hex {
  return assetCounterpartyKey(limitIdHash(limitId), asset, counterparty);
}

/** Resource addresses carry account addresses in lower case so that they compare as plain strings. */
export function memberAddress(classId: string, role: "relayer" | "freezer" | "govOps", who: Address): string {
  return `class.${classId}.${role}.${who.toLowerCase()}`;
}

/** `class.<id>.destination.<address>`: a destination approved on the class Controller (`setDestination`). */
export function destinationAddress(classId: string, destination: Address): string {
  return `class.${classId}.destination.${destination.toLowerCase()}`;
}

function counterpartyOf(
  rl: DesiredRateLimit,
  prediction: ClassPrediction | undefined,
  unitId: string | undefined,
): Address | undefined {
  if (rl.counterparty.kind === "address") return rl.counterparty.address;
  const role = rl.counterparty.contract;
  if (unitId !== undefined) return prediction?.units?.[unitId]?.[role];
  return prediction?.contracts?.[role];
}

function rateLimitFields(
  rl: DesiredRateLimit,
  prediction: ClassPrediction | undefined,
  unitId?: string,
): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = { maxAmount: rl.maxAmount, slope: rl.slopePerSecond };
  const cp = counterpartyOf(rl, prediction, unitId);
  if (cp !== undefined) fields.key = rateLimitKey(rl.limitId, rl.asset, cp);
  return fields;
}

function flatten(prefix: string, value: unknown, out: Record<string, FieldValue>): void {
  if (value === undefined) return;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) flatten(prefix === "" ? k : fieldName(prefix, k), record[k], out);
    return;
  }
  out[prefix] = value as FieldValue;
}

/**
 * `<prefix>.<key>`, one string per distinct pair for the run: the same ~30 field names of 11,000 classes and units
 * are not built (and made property keys) again for every resource.
 */
function fieldName(prefix: string, key: string): string {
  let names = fieldNames.get(prefix);
  if (names === undefined) {
    if (fieldNames.size >= 10_000) fieldNames.clear();
    fieldNames.set(prefix, (names = new Map()));
  }
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = `${prefix}.${key}`));
  return name;
}
const fieldNames = new Map<string, Map<string, string>>();

function classFields(c: DesiredClass, prediction: ClassPrediction | undefined): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  flatten(
    "",
    {
      kind: c.kind,
      agent: c.agent,
      template: c.template,
      params: c.params,
      beacons: c.beacons,
      operator: c.operator,
      freezer: c.freezer,
      govOps: c.govOps,
      relayer: c.relayer,
      artifact: c.artifact,
    },
    out,
  );
  if (c.kind === "term-nfat") flatten("dealToken", c.dealToken, out);
  if (prediction !== undefined) {
    out.pau = prediction.pau;
    if (prediction.rateLimits !== undefined) out.rateLimits = prediction.rateLimits;
    if (prediction.controller !== undefined) out.controller = prediction.controller;
  }
  return out;
}

export function desiredResources(state: DesiredState, predictions: Predictions = {}): ResourceMap {
  return drain(desiredResourceSteps(state, predictions));
}

/** Runs steps to their end: their value. */
export function drain<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Classes mapped between two steps of `desiredResourceSteps`. */
export const CLASSES_PER_STEP = 20;

/**
 * `desiredResources` in steps (a pause after every `CLASSES_PER_STEP` classes), for a caller that spreads the work
 * over the event loop's idle moments (plan/desired-side.ts): the same map, built in the same order.
 */
export function* desiredResourceSteps(state: DesiredState, predictions: Predictions = {}): Generator<void, ResourceMap> {
  const map: ResourceMap = {};
  const put = (address: string, type: ResourceMap[string]["type"], fields: Record<string, FieldValue>) => {
    if (map[address] !== undefined) throw new Error(`two declarations map to the resource ${address}`);
    map[address] = { type, fields };
  };
  for (const t of state.templates) {
    const fields: Record<string, FieldValue> = {};
    flatten("", { kind: t.kind, status: t.status, audit: t.audit }, fields);
    put(`template.${t.id}.v${t.version}`, "template", fields);
  }
  for (const a of state.agents) {
    const fields: Record<string, FieldValue> = {};
    flatten("", { name: a.name, operator: a.operator, artifact: a.artifact }, fields);
    put(`agent.${a.id}`, "agent", fields);
  }
  for (const l of state.legacy) {
    const fields: Record<string, FieldValue> = {};
    flatten(
      "",
      {
        name: l.name,
        agent: l.agent,
        addresses: l.addresses,
        beaconOperator: l.beaconOperator,
        artifact: l.artifact,
        conformsTo: l.conformsTo,
      },
      fields,
    );
    // its PAU registered in PAS (the Core Council, timelocked) so that GovOps can operate it
    fields["pas.rateLimits"] = true;
    fields["pas.controller"] = true;
    put(`legacy.${l.id}`, "legacy", fields);
    for (const u of l.units) {
      const unitFields: Record<string, FieldValue> = {};
      flatten("", { contracts: u.contracts, artifact: u.artifact }, unitFields);
      put(`legacy.${l.id}.unit.${u.id}`, "legacyUnit", unitFields);
    }
  }
  let mapped = 0;
  for (const c of state.classes) {
    if (++mapped % CLASSES_PER_STEP === 0) yield;
    const prediction = predictions[c.id];
    put(`class.${c.id}`, "class", classFields(c, prediction));
    put(memberAddress(c.id, "relayer", c.relayer), "relayer", {});
    put(memberAddress(c.id, "freezer", c.freezer), "freezer", {});
    // granted on both the class's RateLimits and its Controller (a half grant diffs as an update)
    put(memberAddress(c.id, "govOps", c.govOps), "govOps", { rateLimits: true, controller: true });
    for (const rl of c.rateLimits) {
      put(`class.${c.id}.rateLimit.${rl.flow}`, "rateLimit", rateLimitFields(rl, prediction));
      // a transfer can only reach a destination the class Controller approves (one approval for every
      // asset sent there: two transfer flows of different assets may share a destination)
      if (rl.limitId === "LIMIT_TRANSFER" && rl.counterparty.kind === "address") {
        const destination = destinationAddress(c.id, rl.counterparty.address);
        if (map[destination] === undefined) put(destination, "destination", {});
      }
    }
    if (c.kind === "portfolio-lcts") {
      for (const u of c.units) {
        const fields: Record<string, FieldValue> = {};
        flatten("", { kind: u.kind, token: u.token, params: u.params, artifact: u.artifact }, fields);
        put(`class.${c.id}.unit.${u.id}`, "unit", fields);
        for (const rl of u.rateLimits)
          put(`class.${c.id}.rateLimit.${u.id}.${rl.flow}`, "rateLimit", rateLimitFields(rl, prediction, u.id));
      }
    }
  }
  return map;
}
