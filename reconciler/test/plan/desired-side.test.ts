/**
 * observe's desired side computed ahead from the registry's lists (plan/desired-side.ts): it may only be used when it
 * is the one the refresh's observed state gives. `RecordedLookup.replay` is checked on random changes of an observed
 * state: whenever it accepts, the predictions built from the changed state are those recorded (and so is the
 * desired side); every change of an address the predictions use is refused. `DesiredAhead` hands over the side built
 * from registry records only for the same tree, with nothing predicted by the factory, and it equals the side built
 * after the refresh. The same on a devnet chain: test/plan/observe-names.test.ts (`desiredAhead: "now"` against
 * `"off"`).
 */
import { join } from "node:path";
import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { toBytes32Name } from "../../chain/names.js";
import type { RegistryLists } from "../../chain/refresh-registry.js";
import { loadDesiredState } from "../../load/index.js";
import { getAddress } from "../../model/address.js";
import type { DesiredState } from "../../model/desired.js";
import type { ObservedState, Resource } from "../../model/observed.js";
import {
  DesiredAhead,
  RecordedLookup,
  buildPredictions,
  desiredSide,
  observedLookup,
  registryLookup,
} from "../../plan/desired-side.js";
import { fixturesDir, prng, scenarioDir } from "../helpers.js";

function load(dir: string): DesiredState {
  const loaded = loadDesiredState(dir);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.state;
}

const trees: [string, () => DesiredState][] = [
  ["the scenario tree", () => load(scenarioDir)],
  ["the Prime tree", () => load(join(fixturesDir, "prime-tree"))],
];

let n = 0;
const next = (): Address => getAddress(`0x${(0xbeef0000 + ++n).toString(16).padStart(40, "0")}`);

/** A registry that holds every class and unit of the tree (class contracts: a facility and a redeem), in its shapes. */
function registryOf(state: DesiredState): RegistryLists {
  const classes = [];
  const units = [];
  for (const c of state.classes) {
    classes.push({
      classId: toBytes32Name(c.id),
      almProxy: next().toLowerCase(),
      rateLimits: next(),
      controller: next(),
      contracts: [
        { name: toBytes32Name("NfatFacility"), addr: next() },
        { name: toBytes32Name("NfatRedeem"), addr: next().toLowerCase() },
        { name: toBytes32Name("Other"), addr: next() },
      ],
    });
    for (const u of c.kind === "portfolio-lcts" ? c.units : [])
      units.push({
        classId: toBytes32Name(c.id),
        unitId: toBytes32Name(u.id),
        contracts: [
          { name: toBytes32Name("SubscribeQueue"), addr: next() },
          { name: toBytes32Name("RedeemQueue"), addr: next() },
        ],
      });
  }
  return { templates: [], agents: [], classes, units } as unknown as RegistryLists;
}

/** The observed state the refresh makes of that registry: the same addresses, checksummed, among other fields. */
function observedOf(lists: RegistryLists): ObservedState {
  const resources: Record<string, Resource> = {};
  const name = (h: string) => Buffer.from(h.slice(2), "hex").toString("latin1").replace(/\0+$/, "");
  for (const c of lists.classes) {
    const fields: Resource["fields"] = { kind: "portfolio-lcts", pau: getAddress(c.almProxy), almProxy: getAddress(c.almProxy) };
    fields.controller = getAddress(c.controller);
    fields.rateLimits = getAddress(c.rateLimits);
    for (const k of c.contracts) fields[`address.${name(k.name)}`] = getAddress(k.addr);
    resources[`class.${name(c.classId)}`] = { type: "class", fields };
  }
  for (const u of lists.units) {
    const fields: Resource["fields"] = { kind: "lcts" };
    for (const k of u.contracts) fields[`address.${name(k.name)}`] = getAddress(k.addr);
    resources[`class.${name(u.classId)}.unit.${name(u.unitId)}`] = { type: "unit", fields };
  }
  return { resources } as unknown as ObservedState;
}

function copy(o: ObservedState): ObservedState {
  const resources: Record<string, Resource> = {};
  for (const [a, r] of Object.entries(o.resources)) resources[a] = { type: r.type, fields: { ...r.fields } };
  return { resources } as unknown as ObservedState;
}

const ADDRESS_FIELDS = ["pau", "rateLimits", "controller", "address.NfatFacility", "address.NfatRedeem", "address.SubscribeQueue", "address.RedeemQueue"];

/** One random change of an observed state: of an address field the predictions read, or of anything else. */
function change(o: ObservedState, random: () => number): string {
  const addresses = Object.keys(o.resources);
  const address = addresses[Math.floor(random() * addresses.length)]!;
  const r = o.resources[address]!;
  const field = ADDRESS_FIELDS[Math.floor(random() * ADDRESS_FIELDS.length)]!;
  const v = r.fields[field];
  switch (Math.floor(random() * 7)) {
    case 0:
      r.fields[field] = next();
      return `${address} ${field}: another address`;
    case 1:
      if (typeof v === "string") r.fields[field] = v.toLowerCase();
      return `${address} ${field}: lower case`;
    case 2:
      delete r.fields[field];
      return `${address} ${field}: deleted`;
    case 3:
      delete o.resources[address];
      return `${address}: deleted`;
    case 4:
      r.fields[field] = random() < 0.5 ? "not an address" : `0x${"1".repeat(39)}`;
      return `${address} ${field}: not an address`;
    case 5:
      r.fields[field] = 7n;
      return `${address} ${field}: a number`;
    default:
      r.fields.kind = "something else";
      r.fields["address.Other"] = next();
      return `${address}: fields the predictions do not read`;
  }
}

describe("the desired side computed ahead", () => {
  it.each(trees)("replay accepts exactly the observed states that give the recorded predictions (%s)", (_, make) => {
    const state = make();
    const observed = observedOf(registryOf(state));
    const recorded = new RecordedLookup(observedLookup(observed));
    const predictions = buildPredictions(state, recorded.lookup);
    expect(predictions).toEqual(buildPredictions(state, observedLookup(observed)));
    expect(Object.keys(predictions)).toEqual(state.classes.map((c) => c.id));
    expect(recorded.replay(observed)).toBe(true);
    const random = prng(0x5eed);
    let refused = 0;
    let accepted = 0;
    for (let trial = 0; trial < 400; trial++) {
      const changed = copy(observed);
      const what = [change(changed, random), ...(random() < 0.3 ? [change(changed, random)] : [])];
      const again = buildPredictions(state, observedLookup(changed));
      const same = JSON.stringify(again) === JSON.stringify(predictions);
      const ok = recorded.replay(changed);
      // accepted only when the predictions are the same (soundness); a different prediction is always refused
      if (ok) expect(again, what.join("; ")).toEqual(predictions);
      if (!same) expect(ok, what.join("; ")).toBe(false);
      if (ok) accepted++;
      else refused++;
    }
    // both outcomes occur (the changes of fields nobody reads are accepted)
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it.each(trees)("from the registry's lists: the side the observed state gives, for the same tree only (%s)", (_, make) => {
    const state = make();
    const lists = registryOf(state);
    const observed = observedOf(lists);
    const reference = desiredSide(state, buildPredictions(state, observedLookup(observed)));
    // the registry's addresses answer as the observed state does (lower-case records included)
    const fromRegistry = new RecordedLookup(registryLookup(lists));
    expect(buildPredictions(state, fromRegistry.lookup)).toEqual(reference.predictions);
    expect(fromRegistry.replay(observed)).toBe(true);

    const used = new DesiredAhead(() => state, "now");
    used.start(lists);
    const side = used.take(state, observed, false);
    expect(used.outcome).toBe("used");
    expect(side).toEqual(reference);
    expect(JSON.stringify(Object.keys(side!.desired))).toBe(JSON.stringify(Object.keys(reference.desired)));

    // the factory predicted something: not used
    const predicted = new DesiredAhead(() => state, "now");
    predicted.start(lists);
    expect(predicted.take(state, observed, true)).toBeUndefined();
    expect(predicted.outcome).toBe("stale");
    // another tree object: not used
    const other = new DesiredAhead(() => state, "now");
    other.start(lists);
    expect(other.take({ ...state }, observed, false)).toBeUndefined();
    // a class the refresh observes elsewhere: not used
    const moved = copy(observed);
    const first = Object.keys(moved.resources)[0]!;
    moved.resources[first]!.fields.pau = next();
    const stale = new DesiredAhead(() => state, "now");
    stale.start(lists);
    expect(stale.take(state, moved, false)).toBeUndefined();
    expect(stale.outcome).toBe("stale");
    // off, or not run yet (idle: the take closes it; it never runs afterwards)
    const off = new DesiredAhead(() => state, "off");
    off.start(lists);
    expect(off.take(state, observed, false)).toBeUndefined();
    expect(off.outcome).toBe("off");
    const idle = new DesiredAhead(() => state, "idle");
    idle.start(lists);
    expect(idle.take(state, observed, false)).toBeUndefined();
    expect(idle.outcome).toBe("not run");
  });

  it("a tree that fails to load is left to the usual path", () => {
    const state = load(scenarioDir);
    const failing = new DesiredAhead(() => {
      throw new Error("invalid tree");
    }, "now");
    expect(() => failing.start(registryOf(state))).not.toThrow();
    expect(failing.take(state, observedOf(registryOf(state)), false)).toBeUndefined();
    expect(failing.outcome).toBe("not run");
  });
});
