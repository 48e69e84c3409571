/**
 * A class's beacon operator rotation (issue 16), through its governed path: the PAS Timelock administers both the
 * beacon roles on the contracts a beacon serves (the unit contracts of a Portfolio class, the NFAT facility and
 * redeem of a Term class) and the Halo registry, so one Core Council timelocked batch
 *   - grants the beacon's role to the new operator on every contract the beacon serves,
 *   - revokes it from the old operator there,
 *   - rotates the registry's record (`HaloRegistry.setBeaconOperator(classId, kind, operator)`),
 * and the registry record and the roles never disagree once it executes.
 *
 * The contracts a beacon serves come from model/beacons.ts (BEACON_SERVES) and the observed class and unit
 * resources (their `address.*` and `roles.*` fields).
 *
 * Pure: the caller passes the observed state and who signs for the registry.
 */
import { type Address, encodeFunctionData, parseAbi } from "viem";
import { getAddress } from "../model/address.js";
import { haloRegistryAbi } from "../abi/index.js";
import { BEACON_FIELD, roleId, toBytes32Name } from "../chain/names.js";
import { BEACON_SERVES, type BeaconService } from "../model/beacons.js";
import { type DesiredClass, fieldSource, formatAt } from "../model/desired.js";
import type { ObservedState } from "../model/observed.js";
import type { ActionDraft, BuildResult, JsonValue } from "./actions.js";
import { toJsonValue } from "./actions.js";
import type { ResourceChange } from "./diff.js";

/** One contract a beacon serves, with its observed holders of the role (undefined when not read). */
export interface ServedContract {
  /** `class.<id>` or `class.<id>.unit.<unit>`. */
  resource: string;
  contract: BeaconService["contract"];
  role: BeaconService["role"];
  address: Address;
  holders?: Address[];
}

const isAddress = (v: unknown): v is string => typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v);

/** A service with the two field names it reads (`address.<contract>`, `roles.<contract>.<role>`), built once. */
interface ServiceFields {
  service: BeaconService;
  address: string;
  roles: string;
}

/** Each beacon kind's services by scope, with their field names: drift asks for every class (~1,000 × 3 kinds). */
const servicesByKind = new Map<string, Record<"class" | "unit", ServiceFields[]>>();
function servicesOf(kind: string): Record<"class" | "unit", ServiceFields[]> {
  let out = servicesByKind.get(kind);
  if (out === undefined) {
    out = { class: [], unit: [] };
    for (const service of BEACON_SERVES[kind] ?? [])
      out[service.scope].push({ service, address: `address.${service.contract}`, roles: `roles.${service.contract}.${service.role}` });
    servicesByKind.set(kind, out);
  }
  return out;
}

/** The observed contracts `kind` serves in class `classId`, in a stable order (class first, then units by id). */
export function servedContracts(
  observed: ObservedState,
  classId: string,
  kind: string,
  units: ReadonlyMap<string, string[]> = unitResourcesByClass(observed),
): ServedContract[] {
  const out: ServedContract[] = [];
  const services = servicesOf(kind);
  const add = (resource: string, scope: "class" | "unit") => {
    const r = observed.resources[resource];
    if (r === undefined || (scope === "unit" && r.type !== "unit")) return;
    for (const s of services[scope]) {
      const address = r.fields[s.address];
      if (!isAddress(address)) continue;
      const held = r.fields[s.roles];
      let holders: Address[] | undefined;
      if (Array.isArray(held)) {
        holders = [];
        for (const h of held) if (isAddress(h)) holders.push(getAddress(h));
      }
      out.push({
        resource,
        contract: s.service.contract,
        role: s.service.role,
        address: getAddress(address),
        ...(holders !== undefined ? { holders } : {}),
      });
    }
  };
  const base = `class.${classId}`;
  add(base, "class");
  if (services.unit.length > 0) for (const resource of units.get(classId) ?? []) if (resource !== base) add(resource, "unit");
  return out;
}

/**
 * True when every observed contract `kind` serves in class `classId` whose role holders were read has exactly one
 * holder, `want` (checksummed): the usual case, answered without building `servedContracts`' records. False means
 * "look closer" (servedContracts), not necessarily a mismatch.
 */
export function servedRolesHeldOnlyBy(
  observed: ObservedState,
  classId: string,
  kind: string,
  units: ReadonlyMap<string, string[]>,
  want: Address,
): boolean {
  const services = servicesOf(kind);
  const held = (resource: string, scope: "class" | "unit") => {
    const r = observed.resources[resource];
    if (r === undefined || (scope === "unit" && r.type !== "unit")) return true;
    for (const s of services[scope]) {
      const holders = r.fields[s.roles];
      if (Array.isArray(holders) && (holders.length !== 1 || holders[0] !== want)) return false;
    }
    return true;
  };
  const base = `class.${classId}`;
  if (!held(base, "class")) return false;
  if (services.unit.length > 0) for (const resource of units.get(classId) ?? []) if (resource !== base && !held(resource, "unit")) return false;
  return true;
}

/**
 * The observed resources under each class's `class.<id>.unit.` prefix, sorted: one pass over the state, so that a
 * caller going through every class (drift) does not scan every resource once per class.
 */
export function unitResourcesByClass(observed: ObservedState): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of Object.keys(observed.resources)) {
    if (!key.startsWith("class.")) continue;
    const at = key.indexOf(".unit.", "class.".length);
    if (at < 0) continue;
    const classId = key.slice("class.".length, at);
    if (classId.includes(".")) continue;
    const list = out.get(classId);
    if (list === undefined) out.set(classId, [key]);
    else list.push(key);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** `beacons.lphaLcts` → `lpha-lcts`. */
export function beaconKindOf(field: string): string {
  const name = field.slice("beacons.".length);
  return Object.entries(BEACON_FIELD).find(([, f]) => f === name)?.[0] ?? name;
}

const ACCESS_CONTROL = parseAbi([
  "function grantRole(bytes32 role, address account)",
  "function revokeRole(bytes32 role, address account)",
]);

function roleCall(fn: "grantRole" | "revokeRole", s: ServedContract, account: Address, kind: string): ActionDraft {
  const args = [roleId(s.role), account] as const;
  const where = s.resource.includes(".unit.") ? `unit ${s.resource.split(".unit.")[1]}'s ${s.contract}` : `the class's ${s.contract}`;
  return {
    key: `${fn}.${kind}.${s.resource}.${s.contract}`,
    kind: "schedule",
    target: s.address,
    function: fn,
    args: toJsonValue(args) as JsonValue[],
    calldata: encodeFunctionData({ abi: ACCESS_CONTROL, functionName: fn, args }),
    actor: "core-council-timelocked",
    reason:
      fn === "grantRole"
        ? `the PAS Timelock (admin of ${where}) grants ${s.role} to the new ${kind} operator ${account}`
        : `the PAS Timelock (admin of ${where}) revokes ${s.role} from the old ${kind} operator ${account}`,
  };
}

/**
 * The drafts of one class's beacon rotations (every `beacons.*` field of `change`), or a refusal naming what is
 * missing. `registryCall`: who calls the registry (its admin: the PAS Timelock by default). `units`: the index of
 * unitResourcesByClass, when the caller plans several classes over one observed state (built here otherwise).
 */
export function beaconRotation(
  change: ResourceChange,
  c: DesiredClass | undefined,
  observed: ObservedState,
  registryCall: Pick<ActionDraft, "actor" | "kind">,
  units?: ReadonlyMap<string, string[]>,
): BuildResult {
  const classId = change.address.slice("class.".length);
  const registry = observed.system.haloRegistry;
  const problems: string[] = [];
  const drafts: ActionDraft[] = [];
  for (const f of change.fields.filter((x) => x.field.startsWith("beacons."))) {
    const kind = beaconKindOf(f.field);
    const at = (msg: string) =>
      c === undefined ? `${change.address} ${f.field}: ${msg}` : formatAt(fieldSource(c, f.field) ?? fieldSource(c, `beacons.${kind}`) ?? c.source, msg);
    if (BEACON_SERVES[kind] === undefined) {
      problems.push(at(`${kind} is no beacon kind this tool rotates (lpha-lcts, lpha-nfat, lpha-attest)`));
      continue;
    }
    if (!isAddress(f.new) || !isAddress(f.old)) {
      problems.push(at(`the ${kind} operator must be an address on both sides (on chain ${String(f.old)}, declared ${String(f.new)})`));
      continue;
    }
    if (registry === undefined) {
      problems.push("the Halo registry's address is not configured");
      continue;
    }
    const from = getAddress(f.old);
    const to = getAddress(f.new);
    units ??= unitResourcesByClass(observed);
    for (const s of servedContracts(observed, classId, kind, units)) {
      if (!(s.holders?.includes(to) ?? false)) drafts.push(roleCall("grantRole", s, to, kind));
      if (s.holders?.includes(from) ?? true) drafts.push(roleCall("revokeRole", s, from, kind));
    }
    const args = [toBytes32Name(classId), toBytes32Name(kind), to] as const;
    drafts.push({
      key: `setBeaconOperator.${kind}`,
      ...registryCall,
      target: registry,
      function: "setBeaconOperator",
      args: toJsonValue(args) as JsonValue[],
      calldata: encodeFunctionData({ abi: haloRegistryAbi, functionName: "setBeaconOperator", args }),
      reason: `the Halo registry's admin rotates class ${classId}'s ${kind} beacon from ${from} to ${to} in its record`,
    });
  }
  if (problems.length > 0) return { refused: problems.join("; ") };
  return drafts;
}
