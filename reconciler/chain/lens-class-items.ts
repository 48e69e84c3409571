/**
 * The class lens's items (chain/lens-classes.ts): one class, controller action or timelock operation to read. How an
 * item weighs (estimated reads, for slicing), its memory key, its part of `observe`'s arguments, and its answer in
 * the refresh's terms.
 */
import { type Address, type Hex, zeroAddress } from "viem";
import type { LensClassArgs, ObserveArgs } from "./lens-encode.js";
import type { RawClassView } from "./lens-decode.js";
import type {
  ActionLensQuery,
  ClassLensQuery,
  ClassLensView,
  LensSystem,
  Memory,
  RoleQuery,
  UnitLensView,
} from "./lens-class-types.js";
import { ZERO_BYTES32 } from "./names.js";

export type Item =
  | { kind: "class"; index: number; query: ClassLensQuery; names: boolean[]; dealNames: boolean; weight: number }
  | { kind: "action"; index: number; query: ActionLensQuery; weight: number }
  | { kind: "operation"; index: number; id: Hex; weight: number };

export const classWeight = (q: ClassLensQuery, names: boolean[], dealNames: boolean) =>
  4 +
  q.roles.length +
  3 * q.candidates.length +
  1 +
  (q.facility ? 1 : 0) +
  (dealNames ? 2 : 0) +
  4 * q.keys.length +
  q.destinations.length +
  q.units.reduce((n, u, i) => n + (u.queue ? 2 : 0) + (u.token ? 1 : 0) + (names[i] ? 2 : 0) + u.roles.length, 0);

/** A stable key of an item's question (for the per-run memory): the query itself, lower case. */
export function itemKey(item: Item): string {
  switch (item.kind) {
    case "class": {
      const q = item.query;
      const roles = (list: readonly RoleQuery[]) => list.map((r) => `${r.target}/${r.role}`).join(",");
      return [
        "class",
        q.classId ?? "",
        q.rateLimits,
        q.controller,
        q.facility ?? "",
        q.dealToken ?? "",
        roles(q.roles),
        q.candidates.join(","),
        q.keys.join(","),
        q.destinations.join(","),
        q.units.map((u) => `${u.queue ?? ""}/${u.token ?? ""}/${roles(u.roles)}`).join(";"),
      ]
        .join("|")
        .toLowerCase();
    }
    case "action":
      return `action:${item.query.controller.toLowerCase()}:${item.query.key.toLowerCase()}`;
    case "operation":
      return `operation:${item.id.toLowerCase()}`;
  }
}

const orZero = (a: Address | undefined) => a ?? zeroAddress;

export function encodeArgs(system: LensSystem, items: readonly Item[]): ObserveArgs {
  const classes: LensClassArgs[] = [];
  const actions: ActionLensQuery[] = [];
  const operations: Hex[] = [];
  for (const it of items) {
    if (it.kind === "action") actions.push(it.query);
    else if (it.kind === "operation") operations.push(it.id);
    else {
      const q = it.query;
      classes.push({
        classId: q.classId ?? ZERO_BYTES32,
        rateLimits: q.rateLimits,
        controller: q.controller,
        facility: orZero(q.facility),
        dealToken: it.dealNames ? orZero(q.dealToken) : zeroAddress,
        roles: q.roles,
        candidates: q.candidates,
        keys: q.keys,
        destinations: q.destinations,
        units: q.units.map((u, i) => ({ queue: orZero(u.queue), token: orZero(u.token), names: it.names[i]!, roles: u.roles })),
      });
    }
  }
  const ctx = {
    beamState: system.beamState,
    configurator: system.configurator,
    timelock: system.timelock,
    factory: orZero(system.factory),
  };
  return [ctx, classes, actions, operations];
}

export const nonZero = (a: Address | undefined): a is Address => a !== undefined && a !== zeroAddress;

/** One class's answer in the refresh's terms. */
export function toClassView(
  item: Extract<Item, { kind: "class" }>,
  raw: RawClassView,
  system: LensSystem,
  names: Memory["names"],
): ClassLensView {
  const q = item.query;
  const roles: Record<string, readonly Address[]> = {};
  q.roles.forEach((r, i) => (roles[r.field] = raw.roleMembers[i]!));
  const view: ClassLensView = {
    roles,
    pas: {
      rateLimitsRegistered: raw.rateLimitsRegistered === 1n,
      controllerRegistered: raw.controllerRegistered === 1n,
      hop: raw.hop,
      maxChange: raw.maxChange,
      grants: q.candidates.map((account, i) => ({
        account,
        cBeam: raw.grants[i]!.cBeam === 1n,
        rateLimits: raw.grants[i]!.onRateLimits === 1n,
        controller: raw.grants[i]!.onController === 1n,
      })),
    },
    limits: q.keys.map((key, i) => {
      const l = raw.limits[i]!;
      // the decoder's own objects (fresh per answer, never changed), not copies
      return { key, own: [l.ownMaxAmount, l.ownSlope] as const, init: l.init, data: l.data, zzz: l.zzz };
    }),
    destinations: raw.destinations,
    units: q.units.map((u, i) => {
      const r = raw.units[i]!;
      const uroles: Record<string, readonly Address[]> = {};
      u.roles.forEach((role, j) => (uroles[role.field] = r.roleMembers[j]!));
      const out: UnitLensView = { roles: uroles };
      if (nonZero(u.queue)) {
        out.capacity = r.capacity;
        out.minDeposit = r.minDeposit;
      }
      if (nonZero(u.token)) {
        out.maxRateIncreaseBps = r.maxRateIncreaseBps;
        const key = u.token.toLowerCase();
        if (item.names[i]) names.set(key, { name: r.name, symbol: r.symbol });
        const known = names.get(key)!;
        out.name = known.name;
        out.symbol = known.symbol;
      }
      return out;
    }),
  };
  if (q.classId !== undefined && nonZero(system.factory)) view.grant = { ...raw.grant };
  if (nonZero(q.facility)) view.buybox = { ...raw.buybox };
  if (nonZero(q.dealToken)) {
    const key = q.dealToken.toLowerCase();
    if (item.dealNames) names.set(key, { name: raw.dealName, symbol: raw.dealSymbol });
    const known = names.get(key)!;
    view.dealName = known.name;
    view.dealSymbol = known.symbol;
  }
  return view;
}
