/**
 * plan/lifecycle.ts without a chain: a deployed unit's live parameters (range-checked, through the PAS Timelock),
 * the refusals with file:line:col (fixed unit parameters, immutable fields explained), a class update's beacon and
 * artifact parts (the rotation itself: beacon-rotation.test.ts).
 */
import { join } from "node:path";
import { type Address, decodeFunctionData, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { subscribeQueueAbi } from "../../abi/index.js";
import { loadDesiredState } from "../../load/index.js";
import { type DesiredPortfolioClass, type DesiredState, fieldSource } from "../../model/desired.js";
import type { ObservedState } from "../../model/observed.js";
import type { ActionDraft, BuildContext } from "../../plan/actions.js";
import type { ResourceChange } from "../../plan/diff.js";
import { type LiveRange, classUpdate, explainImmutable, unitUpdate } from "../../plan/lifecycle.js";
import { repoRoot } from "../helpers.js";

const E18 = 10n ** 18n;
const a = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const QUEUE = a(0x51);
const TOKEN = a(0x57);

function load(): { state: DesiredState; c: DesiredPortfolioClass } {
  const r = loadDesiredState(join(repoRoot, "reconciler", "test", "fixtures", "valid"), { cwd: repoRoot });
  if (!r.ok) throw new Error("fixture tree does not load");
  const c = r.state.classes.find((x) => x.kind === "portfolio-lcts") as DesiredPortfolioClass;
  return { state: r.state, c };
}

function ctxFor(address: string, fields: Record<string, string>): BuildContext {
  const observed = { resources: { [address]: { type: "unit", fields } } } as unknown as ObservedState;
  return { observed, desired: {}, expected: {}, now: 0n };
}

const RANGES: LiveRange[] = [
  { scope: "unit", name: "capacity", min: 0n, max: 1_000_000_000n * E18 },
  { scope: "unit", name: "minDeposit", min: 0n, max: 10n ** 30n },
];

describe("unitUpdate", () => {
  const { c } = load();
  const u = c.units[0]!;
  const address = `class.${c.id}.unit.${u.id}`;
  const change = (fields: ResourceChange["fields"]): ResourceChange => ({ address, type: "unit", kind: "update", fields });
  const noArtifact = () => {
    throw new Error("no artifact change expected");
  };

  it("a capacity change is SubscribeQueue.setCapacity, scheduled by the Core Council through the PAS Timelock", () => {
    const r = unitUpdate(
      change([{ field: "params.capacity", old: 1n, new: u.params.capacity, immutable: false }]),
      c,
      u,
      ctxFor(address, { "address.SubscribeQueue": QUEUE, "address.HaloShareToken": TOKEN }),
      RANGES,
      noArtifact,
    ) as ActionDraft[];
    expect(Array.isArray(r)).toBe(true);
    expect(r.map((d) => [d.function, d.target, d.actor, d.kind])).toEqual([["setCapacity", QUEUE, "core-council-timelocked", "schedule"]]);
    expect(decodeFunctionData({ abi: subscribeQueueAbi, data: r[0]!.calldata }).args).toEqual([u.params.capacity]);
  });

  it("maxRateIncreaseBps goes to the HaloShareToken; the artifact part is left to the artifact builder", () => {
    const seen: string[] = [];
    const r = unitUpdate(
      change([
        { field: "params.maxRateIncreaseBps", old: 1, new: u.params.maxRateIncreaseBps, immutable: false },
        { field: "artifact.uri", old: "ipfs://old", new: u.artifact.uri, immutable: false },
      ]),
      c,
      u,
      ctxFor(address, { "address.SubscribeQueue": QUEUE, "address.HaloShareToken": TOKEN }),
      RANGES,
      (rest) => {
        seen.push(...rest.fields.map((f) => f.field));
        return [];
      },
    ) as ActionDraft[];
    expect(r.map((d) => [d.function, d.target])).toEqual([["setMaxRateIncreaseBps", TOKEN]]);
    expect(seen).toEqual(["artifact.uri"]);
  });

  it("a value outside the template's range is refused at its file:line:col", () => {
    const r = unitUpdate(
      change([{ field: "params.capacity", old: 1n, new: u.params.capacity, immutable: false }]),
      c,
      u,
      ctxFor(address, { "address.SubscribeQueue": QUEUE }),
      [{ scope: "unit", name: "capacity", min: 0n, max: 1n }],
      noArtifact,
    );
    const src = fieldSource(u, "params.capacity")!;
    expect(r).toEqual({
      refused: `${src.file}:${src.line}:${src.col} ${src.path}: ${u.params.capacity} is outside template ${c.template.id} v${c.template.version}'s range for capacity: 0..1`,
    });
  });

  it("an unknown SubscribeQueue is refused; targetYieldBps is refused naming the way out", () => {
    const unknown = unitUpdate(
      change([{ field: "params.minDeposit", old: 1n, new: u.params.minDeposit, immutable: false }]),
      c,
      u,
      ctxFor(address, {}),
      RANGES,
      noArtifact,
    );
    expect(unknown).toEqual({ refused: expect.stringContaining("the unit's SubscribeQueue is unknown: cannot plan setMinDeposit") });
    const fixed = unitUpdate(
      change([{ field: "params.targetYieldBps", old: 1, new: u.params.targetYieldBps, immutable: false }]),
      c,
      u,
      ctxFor(address, { "address.SubscribeQueue": QUEUE }),
      RANGES,
      noArtifact,
    );
    const src = fieldSource(u, "params.targetYieldBps")!;
    expect(fixed).toEqual({ refused: expect.stringContaining(`${src.file}:${src.line}:${src.col} ${src.path}: targetYieldBps is recorded only`) });
  });
});

describe("classUpdate and explainImmutable", () => {
  const { state, c } = load();
  it("a beacon operator change becomes the rotation batch; an artifact change goes to the artifact builder", () => {
    const beacon: ResourceChange = {
      address: `class.${c.id}`,
      type: "class",
      kind: "update",
      fields: [{ field: "beacons.lphaLcts", old: a(1), new: a(2), immutable: false }],
    };
    const observed = { system: { haloRegistry: a(0x99) }, resources: {} } as unknown as ObservedState;
    const call = { actor: "core-council-timelocked", kind: "schedule" } as const;
    const r = classUpdate(beacon, c, observed, call, () => {
      throw new Error("not reached");
    });
    expect(Array.isArray(r) ? r.map((d) => d.function) : r).toEqual(["setBeaconOperator"]);
    const artifact: ResourceChange = { ...beacon, fields: [{ field: "artifact.uri", old: "x", new: "y", immutable: false }] };
    expect(classUpdate(artifact, c, observed, call, () => [])).toEqual([]);
    const both: ResourceChange = { ...beacon, fields: [...beacon.fields, ...artifact.fields] };
    const setArtifact = { key: "setArtifact" } as ActionDraft;
    const r2 = classUpdate(both, c, observed, call, (rest) => {
      expect(rest.fields.map((f) => f.field)).toEqual(["artifact.uri"]);
      return [setArtifact];
    });
    expect(Array.isArray(r2) ? r2.map((d) => d.key) : r2).toEqual(["setBeaconOperator.lpha-lcts", "setArtifact"]);
    expect(classUpdate(both, c, observed, call, () => ({ refused: "no" }))).toEqual({ refused: "no" });
  });

  it("explains a refused template migration and a refused unit seniority with file:line:col; other refusals unchanged", () => {
    const migrate: ResourceChange = {
      address: `class.${c.id}`,
      type: "class",
      kind: "refused",
      fields: [{ field: "template.version", old: 1, new: 2, immutable: true }],
      observed: { type: "class", fields: { "template.id": c.template.id, "template.version": 1 } },
    };
    expect(explainImmutable(migrate, state)).toContain(
      `class ${c.id} was deployed from template ${c.template.id} v1; migrating it to ${c.template.id} v${c.template.version} is refused`,
    );
    const u = c.units[0]!;
    const seniority: ResourceChange = {
      address: `class.${c.id}.unit.${u.id}`,
      type: "unit",
      kind: "refused",
      fields: [{ field: "params.seniority", old: "junior", new: "senior", immutable: true }],
    };
    const src = fieldSource(u, "params.seniority")!;
    expect(explainImmutable(seniority, state)).toContain(`${src.file}:${src.line}:${src.col} ${src.path}: params.seniority is fixed at deployment`);
    expect(explainImmutable({ ...seniority, kind: "update" }, state)).toBeUndefined();
    expect(explainImmutable({ ...seniority, fields: [] }, state)).toBeUndefined();
  });
});
