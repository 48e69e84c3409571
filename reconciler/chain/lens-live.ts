/**
 * The refresh's live stage through the class lens (chain/lens-classes.ts): given the registry records, the log
 * index and the refresh's choice of what to read (role targets, cBEAM candidates, keys, destinations, controller
 * actions), read everything live in ONE log query and a few lens calls, and return it in exactly the shapes the
 * per-call stage returns, so that the assembly of resources is shared and the two paths give the same observed state.
 *
 *   1. one `eth_getLogs` of every class Controller's `DestinationSet` (all controllers in one address list);
 *   2. destinations per class (the logs' and the caller's), then the controller actions to check (they depend on
 *      the destinations);
 *   3. one lens read of every class (incl. its units and keys), every pre-factory PAU, every action and every
 *      watched timelock operation, at the pinned block hash.
 */
import type { Address, ContractFunctionReturnType, Hex } from "viem";
import { getAbiItem } from "viem";
import { haloControllerAbi, type haloRegistryAbi } from "../abi/index.js";
import { getAddress } from "../model/address.js";
import type { SystemAddresses } from "../model/observed.js";
import {
  type ClassLensOptions,
  type ClassLensQuery,
  type ClassLensView,
  type RoleQuery,
  classLensMemory,
  readThroughClassLens,
} from "./lens-classes.js";
import { getLogsOnce } from "./lens-logs.js";
import { roleId } from "./names.js";
import type { CountingClient } from "./rpc.js";

export type ClassRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getClassesPage">[number];
export type UnitRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getUnitsPage">[number];

const DESTINATION_SET = getAbiItem({ abi: haloControllerAbi, name: "DestinationSet" });

/** (contract, roles) to read, named `<prefix>.<ROLE>` as the per-call `readRoles` names them. */
export interface RoleTarget {
  prefix: string;
  address: Address;
  roles: readonly string[];
}

export interface LiveStageInput {
  rpc: CountingClient;
  system: SystemAddresses;
  blockNumber: bigint;
  blockHash: Hex;
  fromBlock: bigint;
  factoryClasses: readonly ClassRecord[];
  /** Factory Portfolio units (their live fields and roles are read). */
  portfolioUnits: readonly UnitRecord[];
  legacyClasses: readonly ClassRecord[];
  watchIds: readonly Hex[];
  /** The refresh's policy: what to read of each class. */
  rolesOfClass: (c: ClassRecord) => readonly RoleTarget[];
  rolesOfUnit: (u: UnitRecord) => readonly RoleTarget[];
  candidatesOf: (c: ClassRecord) => readonly Address[];
  keysOf: (c: ClassRecord) => readonly Hex[];
  /** The caller's destinations of a class beyond those its logs name. */
  extraDestinationsOf: (c: ClassRecord) => readonly Address[];
  /** The (controller, key) checks given each class's destinations: id → check. */
  actionChecks: (destinations: ReadonlyMap<ClassRecord, readonly Address[]>) => Map<string, { controller: Address; key: Hex }>;
  /** Named contracts of a class / unit (zero → undefined), for the Term reads and unit fields. */
  named: (list: readonly { name: Hex; addr: Address }[], name: string) => Address | undefined;
  components: { facility: string; dealToken: string; subscribeQueue: string; shareToken: string };
  term: (c: ClassRecord) => boolean;
  options?: ClassLensOptions;
}

/** Role ids by name, hashed once per run. */
const roleIds = new Map<string, Hex>();
const role = (name: string): Hex => {
  let id = roleIds.get(name);
  if (id === undefined) roleIds.set(name, (id = roleId(name)));
  return id;
};
const RELAYER = role("RELAYER");
const FREEZER = role("FREEZER");

const roleQueries = (targets: readonly RoleTarget[]): RoleQuery[] =>
  targets.flatMap((t) => t.roles.map((r) => ({ field: `${t.prefix}.${r}`, target: t.address, role: role(r) })));

/** `readRoles`'s shape: field → checksummed members sorted by lower-case address. */
function sortedRoles(roles: Record<string, readonly Address[]>, fields: readonly RoleQuery[]): Record<string, Address[]> {
  const out: Record<string, Address[]> = {};
  for (const r of fields)
    out[r.field] = [...roles[r.field]!]
      .map((a) => getAddress(a))
      .sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase()));
  return out;
}

/** Rounds 2 and 3 of the refresh, through the lens. */
export async function readLiveThroughLens(input: LiveStageInput) {
  const { rpc, system, factoryClasses } = input;
  // 1. every DestinationSet of every class Controller, in one log query
  const controllers = factoryClasses.map((c) => c.controller);
  const logs =
    controllers.length === 0
      ? []
      : await getLogsOnce(rpc, {
          address: controllers,
          events: [DESTINATION_SET],
          fromBlock: input.fromBlock,
          toBlock: input.blockNumber,
        });
  const logDestinations = new Map<string, Map<string, Address>>();
  for (const log of logs) {
    const destination = log.args.destination as Address | undefined;
    if (destination === undefined) continue;
    const at = log.address.toLowerCase();
    const m = logDestinations.get(at) ?? new Map<string, Address>();
    m.set(destination.toLowerCase(), getAddress(destination));
    logDestinations.set(at, m);
  }
  // 2. destinations per class (logs first, then the caller's), and the actions they imply
  const destinations = new Map<ClassRecord, Address[]>();
  for (const c of factoryClasses) {
    const m = new Map(logDestinations.get(c.controller.toLowerCase()) ?? []);
    for (const d of input.extraDestinationsOf(c)) m.set(d.toLowerCase(), getAddress(d));
    destinations.set(c, [...m.values()]);
  }
  const checks = [...input.actionChecks(destinations).entries()];

  // 3. one lens read of everything
  const unitsByClass = new Map<string, UnitRecord[]>();
  for (const u of input.portfolioUnits) {
    const list = unitsByClass.get(u.classId.toLowerCase()) ?? [];
    list.push(u);
    unitsByClass.set(u.classId.toLowerCase(), list);
  }
  const classRoles = factoryClasses.map((c) => [
    { field: "relayers", target: c.controller, role: RELAYER },
    { field: "freezers", target: c.controller, role: FREEZER },
    ...roleQueries(input.rolesOfClass(c)),
  ]);
  const unitRoles = new Map(input.portfolioUnits.map((u) => [u, roleQueries(input.rolesOfUnit(u))] as const));
  const keys = factoryClasses.map((c) => [...input.keysOf(c)]);
  const { facility, dealToken, subscribeQueue, shareToken } = input.components;
  const queries: ClassLensQuery[] = factoryClasses.map((c, i) => {
    const term = input.term(c);
    const f = term ? input.named(c.contracts, facility) : undefined;
    const d = term ? input.named(c.contracts, dealToken) : undefined;
    return {
      classId: c.classId,
      rateLimits: c.rateLimits,
      controller: c.controller,
      ...(f ? { facility: f } : {}),
      ...(d ? { dealToken: d } : {}),
      roles: classRoles[i]!,
      candidates: input.candidatesOf(c),
      keys: keys[i]!,
      destinations: destinations.get(c)!,
      units: (unitsByClass.get(c.classId.toLowerCase()) ?? []).map((u) => {
        const queue = input.named(u.contracts, subscribeQueue);
        const token = input.named(u.contracts, shareToken);
        return { ...(queue ? { queue } : {}), ...(token ? { token } : {}), roles: unitRoles.get(u)! };
      }),
    };
  });
  // Portfolio units of classes the registry does not list as factory classes are read on their own.
  const listed = new Set(factoryClasses.map((c) => c.classId.toLowerCase()));
  const orphans = input.portfolioUnits.filter((u) => !listed.has(u.classId.toLowerCase()));
  const legacy: ClassLensQuery[] = [...input.legacyClasses, ...orphans.map(() => undefined)].map((c) => ({
    rateLimits: c?.rateLimits ?? system.beamState,
    controller: c?.controller ?? system.beamState,
    roles: [],
    candidates: [],
    keys: [],
    destinations: [],
    units: [],
  }));
  orphans.forEach((u, i) => {
    const queue = input.named(u.contracts, subscribeQueue);
    const token = input.named(u.contracts, shareToken);
    legacy[input.legacyClasses.length + i]!.units = [
      { ...(queue ? { queue } : {}), ...(token ? { token } : {}), roles: unitRoles.get(u)! },
    ];
  });
  const callsBefore = classLensMemory(rpc).stats.calls;
  const read = await readThroughClassLens(rpc, {
    system: {
      beamState: system.beamState,
      configurator: system.configurator,
      timelock: system.timelock,
      ...(system.factory !== undefined ? { factory: system.factory } : {}),
    },
    blockHash: input.blockHash,
    classes: [...queries, ...legacy],
    actions: checks.map(([, check]) => check),
    operations: input.watchIds,
    ...(input.options !== undefined ? { options: input.options } : {}),
  });

  // ---- the per-call stage's shapes ----
  const views = read.classes;
  const classLive = factoryClasses.map((c, i) => {
    const v = views[i]!;
    const rolesOut = sortedRoles(v.roles, classRoles[i]!.slice(2));
    return {
      record: c,
      relayers: v.roles.relayers as readonly Address[],
      freezers: v.roles.freezers as readonly Address[],
      pas: v.pas,
      grant: v.grant,
      buybox: v.buybox,
      dealName: v.dealName,
      dealSymbol: v.dealSymbol,
      roles: rolesOut,
      destinations: destinations.get(c)!,
    };
  });
  const unitViews = new Map<UnitRecord, ClassLensView["units"][number]>();
  factoryClasses.forEach((c, i) =>
    (unitsByClass.get(c.classId.toLowerCase()) ?? []).forEach((u, j) => unitViews.set(u, views[i]!.units[j]!)),
  );
  orphans.forEach((u, i) => unitViews.set(u, views[factoryClasses.length + input.legacyClasses.length + i]!.units[0]!));
  const unitLive = input.portfolioUnits.map((u) => {
    const v = unitViews.get(u)!;
    return {
      record: u,
      capacity: v.capacity,
      minDeposit: v.minDeposit,
      maxRateIncreaseBps: v.maxRateIncreaseBps,
      name: v.name,
      symbol: v.symbol,
      roles: sortedRoles(v.roles, unitRoles.get(u)!),
    };
  });
  const legacyPas = input.legacyClasses.map((_, i) => views[factoryClasses.length + i]!.pas);
  const limits = factoryClasses.flatMap((c, i) =>
    views[i]!.limits.map((l) => ({
      classId: c.classId,
      pau: c.almProxy,
      rateLimits: c.rateLimits,
      key: l.key,
      own: l.own,
      init: l.init,
      data: l.data,
      zzz: l.zzz,
    })),
  );
  const destinationStates = factoryClasses.flatMap((c, i) =>
    destinations.get(c)!.map((destination, j) => ({
      classId: c.classId,
      destination,
      approved: views[i]!.destinations[j]!,
    })),
  );
  const enabledActions = checks.map(([id], i) => (read.actions[i] ? id : undefined));
  return {
    classLive,
    unitLive,
    timestamps: read.operations,
    legacyPas,
    limits,
    destinationStates,
    enabledActions,
    /** Sequential request rounds this stage took: the log query, and the lens calls unless all were remembered. */
    rounds: (controllers.length === 0 ? 0 : 1) + (classLensMemory(rpc).stats.calls > callsBefore ? 1 : 0),
  };
}
