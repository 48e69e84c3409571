/**
 * The refresh's live stage through the class lens (chain/lens-classes.ts): rounds 2 and 3 of the refresh
 * (chain/refresh-live.ts, refresh-limits.ts) in ONE log query and a few lens calls, returned in exactly the shapes
 * those stages return, so the assembly is shared and both paths give the same observed state. What is read is the
 * per-call stages' own choice (`componentRoleTargets`, `cBeamCandidates`, `classKeys`, `controllerActionChecks`):
 * a change there (e.g. roles moving to event logs) changes both paths.
 *
 *   1. one `eth_getLogs` of every class Controller's `DestinationSet` (all controllers in one address list);
 *   2. destinations per class (the logs' and the caller's), then the controller actions they imply;
 *   3. one lens read of every factory class (with its units and keys), every legacy PAU, every action and every
 *      watched timelock operation, at the pinned block hash.
 */
import type { Address, Hex } from "viem";
import { getAbiItem } from "viem";
import { haloControllerAbi } from "../abi/index.js";
import { getAddress } from "../model/address.js";
import { FREEZER, RELAYER } from "../model/roles.js";
import { profileMark, profilePrefix } from "../model/profile.js";
import {
  type ClassLensOptions,
  type ClassLensQuery,
  type ClassLensView,
  type RoleQuery,
  classLensMemory,
  readThroughClassLens,
} from "./lens-classes.js";
import type { VerifiedHistory } from "./history-cache.js";
import { getLogsOnce } from "./lens-logs.js";
import { COMPONENT, fromBytes32Name } from "./names.js";
import { type Round3Input, classKeys, controllerActionChecks } from "./refresh-limits.js";
import { type ClassLive, type LiveContext, type UnitLive, cBeamCandidates, fromLogs } from "./refresh-live.js";
import {
  type ClassRecord,
  KIND_TERM,
  ORIGIN_FACTORY,
  ORIGIN_LEGACY,
  type UnitRecord,
  ZERO_ADDRESS,
  componentRoleTargets,
  named,
  ofClass,
  pauContracts,
  registryFlowsShared,
} from "./refresh-shared.js";
import {
  ADDRESSES_PER_QUERY,
  ROLE_GRANTED,
  ROLE_REVOKED,
  type RoleBook,
  readRoleBookCached,
  replayRoleLogs,
  roleLogsFromRaw,
  roleFields,
  roleIdOnce,
} from "./roles-from-logs.js";
import { type CountingClient, remember } from "./rpc.js";

const DESTINATION_SET = getAbiItem({ abi: haloControllerAbi, name: "DestinationSet" });

/** (contract, roles) to read, named `<prefix>.<ROLE>` as the per-call `readRoles` names them. */
interface RoleTarget {
  prefix: string;
  address: Address;
  roles: readonly string[];
}


type NamedContract = { name: Hex; addr: Address };

/**
 * A contract list's role targets, split by where their holders are read: contracts with on-chain member sets
 * through the lens, plain AccessControl contracts (`LOG_ROLE_CONTRACTS`) from the role book (role logs).
 */
function splitRoleTargets(contracts: readonly NamedContract[]): { lens: RoleTarget[]; logs: RoleTarget[] } {
  const lens: RoleTarget[] = [];
  const logs: RoleTarget[] = [];
  for (const t of componentRoleTargets(contracts)) (fromLogs(t) ? logs : lens).push(t);
  return { lens, logs };
}


const roleQueries = (targets: readonly RoleTarget[]): RoleQuery[] =>
  targets.flatMap((t) => t.roles.map((r) => ({ field: `${t.prefix}.${r}`, target: t.address, role: roleIdOnce(r) })));

interface RecordRoles {
  targets: { lens: RoleTarget[]; logs: RoleTarget[] };
  /** The lens's role queries of `targets.lens`. */
  queries: RoleQuery[];
}

/**
 * A class's or unit's role targets and lens role queries, once per record object: they depend on the record's
 * contracts only, and the records are remembered per client and block and never changed, so `observe`'s second
 * refresh reuses them.
 */
const recordRoles = new WeakMap<object, RecordRoles>();
function rolesOfRecord(record: object, contracts: () => readonly NamedContract[]): RecordRoles {
  let known = recordRoles.get(record);
  if (known === undefined) {
    const targets = splitRoleTargets(contracts());
    known = { targets, queries: roleQueries(targets.lens) };
    recordRoles.set(record, known);
  }
  return known;
}

/** `{ ...lens, ...logs }` without a copy when one side is empty. */
function mergeRoles(lens: Record<string, Address[]>, logs: Record<string, Address[]>): Record<string, Address[]> {
  if (isEmpty(logs)) return lens;
  return isEmpty(lens) ? logs : { ...lens, ...logs };
}

function isEmpty(o: object): boolean {
  for (const key in o) if (Object.hasOwn(o, key)) return false;
  return true;
}

/** `readRoles`'s shape: field → checksummed members sorted by lower-case address (`fields` from index `from`). */
function sortedRoles(roles: Record<string, readonly Address[]>, fields: readonly RoleQuery[], from = 0): Record<string, Address[]> {
  const out: Record<string, Address[]> = {};
  for (let i = from; i < fields.length; i++) {
    const r = fields[i]!;
    const members = roles[r.field]!;
    // most roles have one holder: nothing to sort
    out[r.field] =
      members.length <= 1
        ? members.map((a) => getAddress(a))
        : members.map((a) => getAddress(a)).sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase()));
  }
  return out;
}

/**
 * The registry flows' names of `classes` (`registryFlowsShared`, remembered per record), built in turns of 100
 * classes, one per turn of the event loop (setImmediate): the requests' flushes and the answers wait at most one turn.
 * Only a head start: a record that fails here stops it (a throw in an immediate would end the process); the assembly
 * names the flows again and reports that failure where it belongs.
 */
export function nameFlowsMeanwhile(classes: readonly ClassRecord[], allUnits: readonly UnitRecord[]): void {
  let next = 0;
  const turn = () => {
    const end = Math.min(classes.length, next + 100);
    try {
      for (; next < end; next++) registryFlowsShared(classes[next]!, ofClass(allUnits, classes[next]!.classId));
    } catch {
      return;
    }
    if (next < classes.length) setImmediate(turn);
  };
  if (classes.length > 0) setImmediate(turn);
}

/** Rounds 2 and 3 of the refresh, through the lens; throws LensFailedError when the lens cannot answer. */
export async function readLiveThroughLens(
  rpc: CountingClient,
  ctx: LiveContext & Omit<Round3Input, "client" | "system" | "blockNumber" | "classLive"> & { history?: VerifiedHistory | undefined },
  classes: readonly ClassRecord[],
  watchIds: readonly Hex[],
  blockHash: Hex,
  options?: ClassLensOptions,
) {
  const { system } = ctx;
  const factoryClasses = classes.filter((c) => c.origin === ORIGIN_FACTORY);
  const portfolioUnits = ctx.allUnits.filter((u) => u.origin === ORIGIN_FACTORY && u.deal.dealToken === ZERO_ADDRESS);
  const legacyClasses = classes.filter((c) => c.origin === ORIGIN_LEGACY);
  // Role targets: the lens reads those with on-chain member sets, the role book (role logs) the others.
  const classOwn = factoryClasses.map((c) => rolesOfRecord(c, () => pauContracts(c)));
  const classTargets = classOwn.map((r) => r.targets);
  const unitOwn = new Map(portfolioUnits.map((u) => [u, rolesOfRecord(u, () => u.contracts)] as const));
  const unitTargets = new Map([...unitOwn].map(([u, r]) => [u, r.targets] as const));
  const logRoleAddresses = [
    ...classTargets.flatMap((t) => t.logs.map((l) => l.address)),
    ...[...unitTargets.values()].flatMap((t) => t.logs.map((l) => l.address)),
  ];
  // 1. every DestinationSet of every class Controller and every role log of the plain AccessControl contracts:
  // one log query per ADDRESSES_PER_QUERY addresses, all in one JSON-RPC round
  const controllers = factoryClasses.map((c) => c.controller);
  const logQueries: Promise<Awaited<ReturnType<typeof getLogsOnce>>>[] = [];
  let sent = 0;
  // role logs come undecoded (`raw`): the replay reads their role and account topics (roleLogsFromRaw)
  const chunked = (addresses: readonly Address[], events: Parameters<typeof getLogsOnce>[1]["events"], raw = false) => {
    for (let i = 0; i < addresses.length; i += ADDRESSES_PER_QUERY) {
      const address = addresses.slice(i, i + ADDRESSES_PER_QUERY);
      // once per client and block: `observe`'s second refresh asks the same queries (rpc.ts, remember)
      const read = remember(
        rpc,
        blockHash,
        `logs|${events.map((e) => e.name).join(",")}${raw ? "|raw" : ""}|${ctx.fromBlock}|${address.join(",")}`,
        () =>
          getLogsOnce(rpc.client, {
            address,
            events: raw ? [] : events,
            raw: raw ? events : [],
            fromBlock: ctx.fromBlock,
            toBlock: ctx.blockNumber,
          }),
      );
      if (!read.remembered) sent += 1;
      logQueries.push(read.promise);
    }
  };
  chunked(controllers, [DESTINATION_SET]);
  const destinationQueries = logQueries.length;
  // With the history cache (chain/history-cache.ts): the cached holders plus the logs after its block, in this round.
  const { history } = ctx;
  let cachedBook: Promise<RoleBook> | undefined;
  if (history !== undefined && logRoleAddresses.length > 0) {
    const read = remember(rpc, blockHash, `rolebook|${ctx.fromBlock}|${logRoleAddresses.join(",")}`, () =>
      readRoleBookCached(rpc.client, logRoleAddresses, ctx.fromBlock, ctx.blockNumber, history),
    );
    if (!read.remembered) sent += 1;
    cachedBook = read.promise;
  } else chunked(logRoleAddresses, [ROLE_GRANTED, ROLE_REVOKED], true);
  const [logResults, bookFromCache] = await Promise.all([Promise.all(logQueries), cachedBook]);
  profileMark(`${profilePrefix()}: live: destination and role logs (request)`);
  const logs = logResults.slice(0, destinationQueries).flat();
  const roleBook = bookFromCache ?? replayRoleLogs(roleLogsFromRaw(logResults.slice(destinationQueries).flat()));
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
    for (const d of ctx.destinations?.[fromBytes32Name(c.classId)] ?? []) m.set(d.toLowerCase(), getAddress(d));
    destinations.set(c, [...m.values()]);
  }
  const checks = [...controllerActionChecks(ctx, [...destinations.entries()]).entries()];
  profileMark(`${profilePrefix()}: live: replay logs, destinations, actions`);

  // 3. one lens read of everything
  const unitsByClass = new Map<string, UnitRecord[]>();
  for (const u of portfolioUnits) {
    const list = unitsByClass.get(u.classId.toLowerCase()) ?? [];
    list.push(u);
    unitsByClass.set(u.classId.toLowerCase(), list);
  }
  const classRoles = factoryClasses.map((c, i) => [
    { field: "relayers", target: c.controller, role: RELAYER },
    { field: "freezers", target: c.controller, role: FREEZER },
    ...classOwn[i]!.queries,
  ]);
  const unitRoles = new Map(portfolioUnits.map((u) => [u, unitOwn.get(u)!.queries] as const));
  const unitQuery = (u: UnitRecord): ClassLensQuery["units"][number] => {
    const queue = named(u.contracts, COMPONENT.SUBSCRIBE_QUEUE);
    const token = named(u.contracts, COMPONENT.SHARE_TOKEN);
    return { ...(queue ? { queue } : {}), ...(token ? { token } : {}), roles: unitRoles.get(u)! };
  };
  const keys = factoryClasses.map((c) => classKeys(ctx, c));
  const queries: ClassLensQuery[] = factoryClasses.map((c, i) => {
    const term = c.kind.toLowerCase() === KIND_TERM;
    const f = term ? named(c.contracts, COMPONENT.NFAT_FACILITY) : undefined;
    const d = term ? named(c.contracts, COMPONENT.NFAT_DEAL_TOKEN) : undefined;
    return {
      classId: c.classId,
      rateLimits: c.rateLimits,
      controller: c.controller,
      ...(f ? { facility: f } : {}),
      ...(d ? { dealToken: d } : {}),
      roles: classRoles[i]!,
      candidates: cBeamCandidates(ctx, c),
      keys: keys[i]!,
      destinations: destinations.get(c)!,
      units: (unitsByClass.get(c.classId.toLowerCase()) ?? []).map(unitQuery),
    };
  });
  // Portfolio units of classes the registry does not list as factory classes are read on their own.
  const listed = new Set(factoryClasses.map((c) => c.classId.toLowerCase()));
  const orphans = portfolioUnits.filter((u) => !listed.has(u.classId.toLowerCase()));
  const legacy: ClassLensQuery[] = [...legacyClasses, ...orphans.map(() => undefined)].map((c) => ({
    rateLimits: c?.rateLimits ?? system.beamState,
    controller: c?.controller ?? system.beamState,
    roles: [],
    candidates: [],
    keys: [],
    destinations: [],
    units: [],
  }));
  orphans.forEach((u, i) => (legacy[legacyClasses.length + i]!.units = [unitQuery(u)]));
  const callsBefore = classLensMemory(rpc).stats.calls;
  profileMark(`${profilePrefix()}: live: build lens queries`);
  const reading = readThroughClassLens(rpc, {
    system: {
      beamState: system.beamState,
      configurator: system.configurator,
      timelock: system.timelock,
      ...(system.factory !== undefined ? { factory: system.factory } : {}),
    },
    blockHash,
    classes: [...queries, ...legacy],
    actions: checks.map(([, check]) => check),
    operations: watchIds,
    ...(options !== undefined ? { options } : {}),
  });
  // the slices need the keys only: the flows' names (the assembly's) are built while the node works
  nameFlowsMeanwhile(factoryClasses, ctx.allUnits);
  const read = await reading;
  profileMark(`${profilePrefix()}: live: lens calls (requests, encode, decode)`);

  // ---- the per-call stage's shapes ----
  const views = read.classes;
  const classLive: ClassLive[] = factoryClasses.map((c, i) => {
    const v = views[i]!;
    const rolesOut = mergeRoles(sortedRoles(v.roles, classRoles[i]!, 2), roleFields(roleBook, classTargets[i]!.logs));
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
    } as ClassLive;
  });
  const unitViews = new Map<UnitRecord, ClassLensView["units"][number]>();
  factoryClasses.forEach((c, i) =>
    (unitsByClass.get(c.classId.toLowerCase()) ?? []).forEach((u, j) => unitViews.set(u, views[i]!.units[j]!)),
  );
  orphans.forEach((u, i) => unitViews.set(u, views[factoryClasses.length + legacyClasses.length + i]!.units[0]!));
  const unitLive: UnitLive[] = portfolioUnits.map((u) => {
    const v = unitViews.get(u)!;
    return {
      record: u,
      capacity: v.capacity,
      minDeposit: v.minDeposit,
      maxRateIncreaseBps: v.maxRateIncreaseBps,
      name: v.name,
      symbol: v.symbol,
      // a unit's contracts are plain AccessControl (no lens roles): the role book's fields as they are, no copy
      roles: mergeRoles(sortedRoles(v.roles, unitRoles.get(u)!), roleFields(roleBook, unitTargets.get(u)!.logs)),
    };
  });
  const legacyPas = legacyClasses.map((_, i) => views[factoryClasses.length + i]!.pas);
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
    legacyClasses,
    limits,
    destinationStates,
    enabledActions,
    /** Sequential request rounds this stage took: the log query, and the lens calls unless all were remembered. */
    rounds: (sent === 0 ? 0 : 1) + (classLensMemory(rpc).stats.calls > callsBefore ? 1 : 0),
  };
}
