/**
 * Resource-by-resource diff of the desired model against the observed model. Both sides are flat maps of
 * resource address → fields; the type registry says which fields are immutable (→ refused), computed
 * (→ not compared) or sets (→ order-insensitive), and what a removal means.
 */
import type { FieldValue, Resource, ResourceMap, ResourceType } from "../model/observed.js";
import { RESOURCE_TYPES, type ResourceTypeSpec, fieldMatches } from "./resources.js";
import type { FieldChange, ResourceChange } from "../model/plan-doc.js";

// The change types are part of the plan document (model/plan-doc.ts).
export type { ChangeKind, FieldChange, ResourceChange } from "../model/plan-doc.js";


export interface DiffResult {
  changes: ResourceChange[];
  /** Observed resources not declared in `halos/` whose type is left alone (drift reports them). */
  undeclared: string[];
  /** Declared resources that match (in no particular order). */
  inSync: string[];
}

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const HEX_RE = /^0x[0-9a-fA-F]*$/;

/** A comparison key: numbers and bigints compare numerically, hex (addresses, hashes) case-insensitively. */
export function canonicalField(v: FieldValue | undefined, asSet = false): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "bigint") return `n:${v}`;
  if (typeof v === "number") return Number.isInteger(v) ? `n:${BigInt(v)}` : `f:${v}`;
  if (typeof v === "boolean") return `b:${v}`;
  if (typeof v === "string") return HEX_RE.test(v) || ADDRESS_RE.test(v) ? `h:${v.toLowerCase()}` : `s:${v}`;
  const items = v.map((x) => canonicalField(x));
  if (asSet) items.sort();
  return `[${items.join(",")}]`;
}

export function fieldsEqual(a: FieldValue | undefined, b: FieldValue | undefined, asSet = false): boolean {
  return canonicalField(a, asSet) === canonicalField(b, asSet);
}

function compare(spec: ResourceTypeSpec, desired: Resource, observed: Resource): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys(desired.fields)) {
    const want = desired.fields[field];
    const have = observed.fields[field];
    // the same scalar on both sides is equal under every comparison below (the common case: skip cheaply)
    if (want === have && (typeof want !== "object" || want === null)) continue;
    if (fieldMatches(spec.computed, field)) continue;
    if (!fieldsEqual(want, have, spec.sets.includes(field))) {
      out.push({ field, old: have, new: want, immutable: fieldMatches(spec.immutable, field) });
    }
  }
  // fields in sorted order (sorting only what differs)
  return out.length > 1 ? out.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0)) : out;
}

export function diffResources(
  desired: ResourceMap,
  observed: ResourceMap,
  types: Record<ResourceType, ResourceTypeSpec> = RESOURCE_TYPES,
): DiffResult {
  const changes: ResourceChange[] = [];
  const undeclared: string[] = [];
  const inSync: string[] = [];
  // Every address once: the declared ones, then the observed ones not declared. Outputs are sorted at the end
  // (changes and undeclared by address; inSync, which only counts, is left in that order): sorting the 54,000
  // addresses of 1,000 classes up front cost more than the comparison itself.
  const addresses = Object.keys(desired);
  for (const address of Object.keys(observed)) if (desired[address] === undefined) addresses.push(address);
  for (const address of addresses) {
    const want = desired[address];
    const have = observed[address];
    if (want !== undefined && have !== undefined && want.type !== have.type) {
      throw new Error(`${address}: declared as ${want.type} but observed as ${have.type}`);
    }
    const type = (want ?? have)!.type;
    const spec = types[type];
    if (want !== undefined && have === undefined) {
      const fields = Object.keys(want.fields)
        .sort()
        .filter((f) => !fieldMatches(spec.computed, f))
        .map((f) => ({ field: f, old: undefined, new: want.fields[f], immutable: false }));
      const predicted = Object.fromEntries(
        Object.entries(want.fields)
          .filter(([f]) => fieldMatches(spec.computed, f))
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      );
      const change: ResourceChange = { address, type, kind: "create", fields, desired: want };
      if (Object.keys(predicted).length > 0) change.predicted = predicted;
      changes.push(change);
    } else if (want === undefined && have !== undefined) {
      if (spec.onRemoved === "delete") changes.push({ address, type, kind: "delete", fields: [], observed: have });
      else if (spec.onRemoved === "refuse") {
        changes.push({
          address,
          type,
          kind: "refused",
          fields: [],
          observed: have,
          reason: `not declared any more, but ${spec.removeReason ?? "it cannot be removed"}`,
        });
      } else undeclared.push(address);
    } else if (want !== undefined && have !== undefined) {
      const fields = compare(spec, want, have);
      if (fields.length === 0) inSync.push(address);
      else if (fields.some((f) => f.immutable)) {
        const names = fields.filter((f) => f.immutable).map((f) => f.field);
        changes.push({
          address,
          type,
          kind: "refused",
          fields,
          desired: want,
          observed: have,
          reason: `${names.join(", ")} cannot change in place: ${spec.immutableReason}`,
        });
      } else changes.push({ address, type, kind: "update", fields, desired: want, observed: have });
    }
  }
  changes.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  undeclared.sort();
  return { changes, undeclared, inSync };
}
