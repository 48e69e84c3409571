/**
 * observe's desired side: the tree mapped onto resources with the addresses of what is deployed (the first refresh's
 * observed state) or predicted (the factory's `predict…` views), and the tree's names for the second refresh.
 *
 * It depends on the tree and on a few addresses per class and unit only. In a warm `halo plan` / `halo drift` those
 * addresses are known as soon as the registry's lists are read, about a second before the refresh ends, while the
 * process mostly waits for the node's answers to the live stage. `observe` therefore computes the desired side
 * ahead, from the lists (`DesiredAhead`), in short slices between the refresh's callbacks (plan/idle-steps.ts), and
 * uses it after the refresh only if every
 * address it was computed from is what the observed state says (`replay`) and the factory predicted nothing:
 * the desired side is a function of the tree and those answers, so it is then the one the refresh's state gives.
 * Otherwise (a new class, a changed registry record, the job not run yet) it is computed again as before.
 */
import type { Address, Hex } from "viem";
import { fromBytes32Name } from "../chain/names.js";
import type { RegistryLists } from "../chain/refresh-registry.js";
import type { FlowNames } from "../chain/refresh.js";
import { getAddress } from "../model/address.js";
import type { DesiredState } from "../model/desired.js";
import type { ObservedState, ResourceMap } from "../model/observed.js";
import type { PredictedClass, PredictedUnit } from "./factory-context.js";
import { CLASSES_PER_STEP, type Predictions, desiredResourceSteps, destinationAddress, drain, memberAddress } from "./from-desired.js";
import { IdleSteps } from "./idle-steps.js";
import { roleAction, setDestinationAction } from "./pas.js";
import { primeDesiredResources } from "./prime.js";

const PORTFOLIO = "portfolio-lcts";
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** The address a resource's field holds (checksummed), when it holds one. */
export type AddressLookup = (address: string, field: string) => Address | undefined;

/** `AddressLookup` of an observed state: a field holding a `0x` + 40 hex string, checksummed. */
export function observedLookup(observed: ObservedState): AddressLookup {
  return (address, field) => {
    const v = observed.resources[address]?.fields[field];
    return typeof v === "string" && ADDRESS.test(v) ? getAddress(v) : undefined;
  };
}

/**
 * Per declared class: its PAU, RateLimits and Controller, its facility / redeem and its units' queues — the deployed
 * ones (`lookup`), else the factory's predictions (`classes`, `units`). A class without PAU, RateLimits or Controller
 * gets no entry.
 */
export function buildPredictions(
  state: DesiredState,
  lookup: AddressLookup,
  classes: Readonly<Record<string, PredictedClass>> = {},
  units: Readonly<Record<string, PredictedUnit>> = {},
): Predictions {
  return drain(predictionSteps(state, lookup, classes, units));
}

/** `buildPredictions` in steps (`CLASSES_PER_STEP` classes each). */
function* predictionSteps(
  state: DesiredState,
  lookup: AddressLookup,
  classes: Readonly<Record<string, PredictedClass>> = {},
  units: Readonly<Record<string, PredictedUnit>> = {},
): Generator<void, Predictions> {
  const predictions: Predictions = {};
  let done = 0;
  for (const c of state.classes) {
    if (++done % CLASSES_PER_STEP === 0) yield;
    const cls = `class.${c.id}`;
    const pau = lookup(cls, "pau") ?? classes[c.id]?.almProxy;
    const rateLimits = lookup(cls, "rateLimits") ?? classes[c.id]?.rateLimits;
    const controller = lookup(cls, "controller") ?? classes[c.id]?.controller;
    if (pau === undefined || rateLimits === undefined || controller === undefined) continue;
    const facility = lookup(cls, "address.NfatFacility") ?? classes[c.id]?.facility;
    const redeem = lookup(cls, "address.NfatRedeem") ?? classes[c.id]?.redeem;
    // built field by field (no spread copies: 11,000 of them at 1,000 classes)
    const contracts: NonNullable<Predictions[string]["contracts"]> = {};
    if (facility) contracts.facility = facility;
    if (redeem) contracts.redeem = redeem;
    const unitContracts: NonNullable<Predictions[string]["units"]> = {};
    if (c.kind === PORTFOLIO)
      for (const u of c.units) {
        const ua = `${cls}.unit.${u.id}`;
        const sub = lookup(ua, "address.SubscribeQueue") ?? units[u.id]?.subscribeQueue;
        const red = lookup(ua, "address.RedeemQueue") ?? units[u.id]?.redeemQueue;
        const own: NonNullable<Predictions[string]["units"]>[string] = {};
        if (sub) own["subscribe-queue"] = sub;
        if (red) own["redeem-queue"] = red;
        unitContracts[u.id] = own;
      }
    predictions[c.id] = { pau, rateLimits, controller, contracts, units: unitContracts };
  }
  return predictions;
}

/** What the second refresh is given besides the first one: the tree's flow names, destinations, actions, GovOps. */
export interface TreeKeys {
  flowNames: FlowNames;
  destinations: Record<string, Address[]>;
  controllerActions: Record<string, Hex[]>;
  govOps: Record<string, Address[]>;
}

export interface DesiredSide {
  predictions: Predictions;
  /** The declared resources (the Primes' included; agents' and pre-factory Halos' names dropped). */
  desired: ResourceMap;
  /** The Primes' part of `desired` (its keys name the Primes' limits to read). */
  primeDesired: ResourceMap;
  keys: TreeKeys;
}

/** The desired side of `state` with these predictions. */
export function desiredSide(state: DesiredState, predictions: Predictions): DesiredSide {
  return drain(desiredSideSteps(state, predictions));
}

/** `desiredSide` in steps. */
function* desiredSideSteps(state: DesiredState, predictions: Predictions): Generator<void, DesiredSide> {
  const desired = yield* desiredResourceSteps(state, predictions);
  yield;
  const primeDesired = primeDesiredResources(state, predictions);
  for (const address of Object.keys(primeDesired)) desired[address] = primeDesired[address]!;
  // Declared for people, stored nowhere on chain: agent and pre-factory names are not compared.
  for (const a of state.agents) delete desired[`agent.${a.id}`]?.fields.name;
  for (const l of state.legacy) delete desired[`legacy.${l.id}`]?.fields.name;
  yield;
  const keys = {
    ...(yield* refreshKeySteps(state, desired)),
    govOps: Object.fromEntries(state.classes.map((c) => [c.id, [c.govOps]])),
  };
  return { predictions, desired, primeDesired, keys };
}

/**
 * The registry's addresses by resource, as the refresh will observe them: a class's `pau`, `rateLimits`,
 * `controller` and `address.<component>` of its contracts, a unit's `address.<component>`; checksummed when asked.
 */
export function registryLookup(lists: RegistryLists): AddressLookup {
  return drain(registryLookupSteps(lists));
}

/** `registryLookup` in steps (a pause every `RECORDS_PER_STEP` records). */
function* registryLookupSteps(lists: RegistryLists): Generator<void, AddressLookup> {
  const byResource = new Map<string, Record<string, string>>();
  let done = 0;
  for (const c of lists.classes) {
    if (++done % RECORDS_PER_STEP === 0) yield;
    const fields: Record<string, string> = { pau: c.almProxy, rateLimits: c.rateLimits, controller: c.controller };
    for (const n of c.contracts) fields[`address.${fromBytes32Name(n.name)}`] = n.addr;
    byResource.set(`class.${fromBytes32Name(c.classId)}`, fields);
  }
  for (const u of lists.units) {
    if (++done % RECORDS_PER_STEP === 0) yield;
    const fields: Record<string, string> = {};
    for (const n of u.contracts) fields[`address.${fromBytes32Name(n.name)}`] = n.addr;
    byResource.set(`class.${fromBytes32Name(u.classId)}.unit.${fromBytes32Name(u.unitId)}`, fields);
  }
  return (address, field) => {
    const v = byResource.get(address)?.[field];
    return v !== undefined && ADDRESS.test(v) ? getAddress(v) : undefined;
  };
}

const RECORDS_PER_STEP = 200;

/** A lookup that records every question and answer, and checks them again against an observed state. */
export class RecordedLookup {
  private readonly addresses: string[] = [];
  private readonly fields: string[] = [];
  private readonly answers: (Address | undefined)[] = [];

  constructor(private readonly inner: AddressLookup) {}

  readonly lookup: AddressLookup = (address, field) => {
    const answer = this.inner(address, field);
    this.addresses.push(address);
    this.fields.push(field);
    this.answers.push(answer);
    return answer;
  };

  /**
   * True when `observedLookup(observed)` answers every recorded question as recorded (then `buildPredictions` with it
   * asks the same questions in the same order and builds the same predictions). A recorded address is checksummed,
   * so an observed field equal to it answers it; an observed value that differs in any way counts as a difference.
   */
  replay(observed: ObservedState): boolean {
    const { resources } = observed;
    for (let i = 0; i < this.answers.length; i++) {
      const v = resources[this.addresses[i]!]?.fields[this.fields[i]!];
      const answer = this.answers[i];
      if (v === answer) continue;
      if (answer === undefined && !(typeof v === "string" && ADDRESS.test(v))) continue;
      return false;
    }
    return true;
  }

  get questions(): number {
    return this.answers.length;
  }
}

/** How `observe` came by its desired side (for tests and the profile). */
export type AheadOutcome = "used" | "stale" | "not run" | "off";

interface Ahead {
  state: DesiredState;
  recorded: RecordedLookup;
  side: DesiredSide;
}

/** The desired side from the registry's lists, in steps; the tree is asked for at the first step. */
function* aheadSteps(tree: () => DesiredState, lists: RegistryLists): Generator<void, Ahead> {
  const state = tree();
  yield;
  const recorded = new RecordedLookup(yield* registryLookupSteps(lists));
  const predictions = yield* predictionSteps(state, recorded.lookup);
  return { state, recorded, side: yield* desiredSideSteps(state, predictions) };
}

/**
 * The desired side computed ahead from the registry's lists: `start` (the refresh's `onRegistryLists`) runs its steps
 * in slices at the event loop's turns ("idle", plan/idle-steps.ts), all at once ("now": tests), or not at all ("off");
 * `take` hands it over after the refresh when it holds, running what is left of it first. A tree that fails to load
 * or to map is left to the usual path, which reports it as before.
 */
export class DesiredAhead {
  private job: IdleSteps<Ahead> | undefined;
  private closed = false;
  outcome: AheadOutcome;

  constructor(
    private readonly tree: () => DesiredState,
    private readonly mode: "idle" | "now" | "off" = "idle",
  ) {
    this.outcome = mode === "off" ? "off" : "not run";
  }

  start(lists: RegistryLists): void {
    if (this.mode === "off" || this.job !== undefined || this.closed) return;
    this.job = new IdleSteps(aheadSteps(this.tree, lists));
    if (this.mode === "now") {
      try {
        this.job.finish();
      } catch {
        // left to the usual path
      }
    } else this.job.start();
  }

  /**
   * The side computed ahead, when it was computed for `state`, the factory predicted nothing (`predicted` false) and
   * `observed` answers every address it used as it did; else undefined. A job that ran no step before the refresh ended is
   * dropped (the usual path costs less); one that did is finished first (what is left costs about what the usual path
   * does, plus the replay; the checksums it computed are remembered either way). Closes the job either way.
   */
  take(state: DesiredState, observed: ObservedState, predicted: boolean): DesiredSide | undefined {
    this.closed = true;
    const job = this.job;
    this.job = undefined;
    if (this.mode === "off") return undefined;
    job?.stop();
    if (job === undefined || job.steps === 0) {
      this.outcome = "not run";
      return undefined;
    }
    if (predicted) {
      this.outcome = "stale";
      return undefined;
    }
    let ahead: Ahead;
    try {
      ahead = job.finish();
    } catch {
      this.outcome = "not run";
      return undefined;
    }
    const holds = ahead.state === state && ahead.recorded.replay(observed);
    this.outcome = holds ? "used" : "stale";
    return holds ? ahead.side : undefined;
  }
}

/**
 * What the second refresh needs from the desired resources, found through the tree (at 1,000 classes the map holds
 * 54,000 resources; a class's own are looked up by address instead of scanning them all): per class id the flow
 * names of its declared rate limits' keys (`flowNamesFromResources` of the map: `class.<id>.rateLimit.<flow>` →
 * key → flow), the declared transfer destinations (`class.<id>.destination.<address>`), and the controller actions
 * the tree implies (RELAYER / FREEZER grants, then the destinations' approvals, in the map's order).
 */
export function refreshKeysFromTree(
  state: DesiredState,
  desired: ResourceMap,
): { flowNames: FlowNames; destinations: Record<string, Address[]>; controllerActions: Record<string, Hex[]> } {
  return drain(refreshKeySteps(state, desired));
}

/** `refreshKeysFromTree` in steps (`CLASSES_PER_STEP` classes each). */
function* refreshKeySteps(
  state: DesiredState,
  desired: ResourceMap,
): Generator<void, { flowNames: FlowNames; destinations: Record<string, Address[]>; controllerActions: Record<string, Hex[]> }> {
  const flowNames: FlowNames = {};
  const destinations: Record<string, Address[]> = {};
  const controllerActions: Record<string, Hex[]> = {};
  let done = 0;
  for (const c of state.classes) {
    if (++done % CLASSES_PER_STEP === 0) yield;
    const base = `class.${c.id}`;
    const actions: Hex[] = [];
    const named = (flow: string) => {
      const key = desired[`${base}.rateLimit.${flow}`]?.fields.key;
      // a dictionary from the start: 20 hex keys per class would each add a hidden class to a literal object
      if (typeof key === "string") (flowNames[c.id] ??= Object.create(null) as Record<string, string>)[key.toLowerCase()] = flow;
    };
    for (const [type, who] of [["relayer", c.relayer], ["freezer", c.freezer]] as const)
      if (desired[memberAddress(c.id, type, who)]?.type === type)
        actions.push(roleAction(type, getAddress(who.toLowerCase()), true).hash);
    for (const rl of c.rateLimits) {
      named(rl.flow);
      if (rl.limitId !== "LIMIT_TRANSFER" || rl.counterparty.kind !== "address") continue;
      const who = rl.counterparty.address.toLowerCase();
      const list = (destinations[c.id] ??= []);
      const destination = getAddress(who);
      // one resource per destination (two transfer flows may share one)
      if (list.includes(destination) || desired[destinationAddress(c.id, destination)]?.type !== "destination") continue;
      list.push(destination);
      actions.push(setDestinationAction(destination, true).hash);
    }
    if (c.kind === PORTFOLIO) for (const u of c.units) for (const rl of u.rateLimits) named(`${u.id}.${rl.flow}`);
    if (actions.length > 0) controllerActions[c.id] = actions;
    if (destinations[c.id]?.length === 0) delete destinations[c.id];
  }
  return { flowNames, destinations, controllerActions };
}

/**
 * A declared rate limit needs an init for its first instantiation. Day-0 flows get theirs from the deployment; any
 * other flow without a limit or an init on chain gets one added to `desired` (`class.<id>.init.<flow>`, through the
 * timelock, at the declared values). The declared rate limits are found through the tree, class by class in the
 * map's order, not by a scan of the map.
 */
export function addDeclaredInits(state: DesiredState, desired: ResourceMap, observed: ObservedState, predictions: Predictions): void {
  const initFor = (classId: string, flow: string) => {
    const day0Flow =
      flow === "facility-claim" ||
      flow === "redeem-fund" ||
      flow.endsWith(".subscribe-settle") ||
      flow.endsWith(".redeem-settle");
    if (day0Flow) return;
    const address = `class.${classId}.rateLimit.${flow}`;
    const r = desired[address];
    if (r?.type !== "rateLimit" || observed.resources[address] !== undefined) return;
    const initAddress = `class.${classId}.init.${flow}`;
    if (observed.resources[initAddress] !== undefined) return;
    const rateLimits = predictions[classId]?.rateLimits;
    if (rateLimits === undefined || typeof r.fields.key !== "string") return;
    desired[initAddress] = {
      type: "init",
      fields: { key: r.fields.key, rateLimits, maxAmount: r.fields.maxAmount!, slope: r.fields.slope! },
    };
  };
  for (const c of state.classes) {
    for (const rl of c.rateLimits) initFor(c.id, rl.flow);
    if (c.kind === PORTFOLIO) for (const u of c.units) for (const rl of u.rateLimits) initFor(c.id, `${u.id}.${rl.flow}`);
  }
}
