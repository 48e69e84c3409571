/**
 * refresh stage, round 2 (reconciler/chain/refresh.ts): the live configuration of every factory class (RELAYER /
 * FREEZER holders, PAS registration, SORL and cBEAM grants, the cBEAM grant operation, the Term buybox and deal
 * token, component role holders, DestinationSet logs), of every Portfolio unit (capacity, minimum deposit, max
 * rate increase, token name, role holders), the timestamps of the watched timelock operations, and each legacy
 * class's PAS registration. Every read starts before the first await: one JSON-RPC batch.
 */
import { type Address, type Hex, getAbiItem } from "viem";
import { getLogs, readContract } from "viem/actions";
import {
  haloControllerAbi,
  haloFactoryAbi,
  haloShareTokenAbi,
  nfatDealTokenAbi,
  nfatFacilityAbi,
  pasTimelockAbi,
  subscribeQueueAbi,
} from "../abi/index.js";
import { getAddress } from "../model/address.js";
import type { SystemAddresses } from "../model/observed.js";
import { COMPONENT, fromBytes32Name, roleId } from "./names.js";
import { type BeamLogIndex, readPauPas } from "./refresh-pas.js";
import {
  type ClassRecord,
  KIND_TERM,
  ORIGIN_FACTORY,
  ORIGIN_LEGACY,
  type UnitRecord,
  ZERO_ADDRESS,
  componentRoleTargets,
  named,
  pauContracts,
  readRoles,
} from "./refresh-shared.js";
import { LOG_ROLE_CONTRACTS, type RoleBook, readRoleBook, roleFields } from "./roles-from-logs.js";
import type { CountingClient } from "./rpc.js";

type Client = CountingClient["client"];

const DESTINATION_SET = getAbiItem({ abi: haloControllerAbi, name: "DestinationSet" });

/** What round 2 needs besides the records: the pinned block, the log scan start and the caller's extra candidates. */
export interface LiveContext {
  client: Client;
  system: SystemAddresses;
  blockNumber: bigint;
  fromBlock: bigint;
  beam: BeamLogIndex;
  /** GovOps accounts to check beyond the recorded one and the logs' (class id → accounts). */
  govOps?: Record<string, readonly Address[]> | undefined;
  /** Transfer destinations to read beyond those the DestinationSet logs name (class id → addresses). */
  destinations?: Record<string, readonly Address[]> | undefined;
}

/** cBEAM candidates of a class: the recorded GovOps, the caller's, and every cBEAM the logs name on either contract. */
export function cBeamCandidates(ctx: Pick<LiveContext, "beam" | "govOps">, c: ClassRecord): Address[] {
  const candidates = new Map<string, Address>();
  const addCandidate = (a: Address) => {
    if (a !== ZERO_ADDRESS) candidates.set(a.toLowerCase(), getAddress(a));
  };
  addCandidate(c.govOps);
  for (const g of ctx.govOps?.[fromBytes32Name(c.classId)] ?? []) addCandidate(g);
  for (const g of ctx.beam.cBeamsOn.get(c.rateLimits.toLowerCase()) ?? []) addCandidate(g);
  for (const g of ctx.beam.cBeamsOn.get(c.controller.toLowerCase()) ?? []) addCandidate(g);
  return [...candidates.values()];
}

/**
 * A role target's contracts hold plain AccessControl: its holders come from role logs, not getRoleMembers. Answered
 * once per prefix (the prefixes are shared strings; the lens path asks for ~30,000 targets).
 */
export function fromLogs(t: { prefix: string }): boolean {
  let known = logPrefixes.get(t.prefix);
  if (known === undefined) logPrefixes.set(t.prefix, (known = LOG_ROLE_CONTRACTS.has(t.prefix.slice("roles.".length))));
  return known;
}
const logPrefixes = new Map<string, boolean>();

/** The class contracts whose role holders are read from logs (the NFAT contracts of a Term class). */
export function classLogRoleContracts(c: ClassRecord): Address[] {
  return componentRoleTargets(pauContracts(c))
    .filter(fromLogs)
    .map((t) => t.address);
}

/**
 * One factory class's live configuration. Role holders of the PAU come from getRoleMembers; those of the NFAT
 * contracts (plain AccessControl) from `roleBook` (one role-log scan over every class, roles-from-logs.ts), read
 * from the chain when not given.
 */
export async function readClassLive(ctx: LiveContext, c: ClassRecord, roleBook?: Promise<RoleBook>) {
  const { client, system, blockNumber, fromBlock, beam } = ctx;
  const at = { blockNumber } as const;
  const factory = system.factory;
  const RELAYER = roleId("RELAYER");
  const FREEZER = roleId("FREEZER");
  const term = c.kind.toLowerCase() === KIND_TERM;
  const facility = named(c.contracts, COMPONENT.NFAT_FACILITY);
  const dealToken = named(c.contracts, COMPONENT.NFAT_DEAL_TOKEN);
  const [relayers, freezers, pas, grant, buybox, dealName, dealSymbol, roles, destinationLogs] = await Promise.all([
    readContract(client, {
      address: c.controller,
      abi: haloControllerAbi,
      functionName: "getRoleMembers",
      args: [RELAYER],
      ...at,
    }),
    readContract(client, {
      address: c.controller,
      abi: haloControllerAbi,
      functionName: "getRoleMembers",
      args: [FREEZER],
      ...at,
    }),
    readPauPas(client, system.beamState, c.rateLimits, c.controller, cBeamCandidates(ctx, c), blockNumber),
    factory
      ? readContract(client, {
          address: factory,
          abi: haloFactoryAbi,
          functionName: "cbeamGrantOperation",
          args: [c.classId],
          ...at,
        })
      : Promise.resolve(undefined),
    term && facility
      ? readContract(client, { address: facility, abi: nfatFacilityAbi, functionName: "buybox", ...at })
      : Promise.resolve(undefined),
    term && dealToken
      ? readContract(client, { address: dealToken, abi: nfatDealTokenAbi, functionName: "name", ...at })
      : Promise.resolve(undefined),
    term && dealToken
      ? readContract(client, { address: dealToken, abi: nfatDealTokenAbi, functionName: "symbol", ...at })
      : Promise.resolve(undefined),
    classRoles(ctx, c, roleBook),
    // every destination ever set on the Controller: approvals nobody declared are drift
    getLogs(client, {
      address: c.controller,
      event: DESTINATION_SET,
      fromBlock,
      toBlock: blockNumber,
    }),
  ]);
  const destinations = new Map<string, Address>();
  for (const log of destinationLogs)
    if (log.args.destination !== undefined)
      destinations.set(log.args.destination.toLowerCase(), getAddress(log.args.destination));
  for (const d of ctx.destinations?.[fromBytes32Name(c.classId)] ?? [])
    destinations.set(d.toLowerCase(), getAddress(d));
  return {
    record: c,
    relayers,
    freezers,
    pas,
    grant,
    buybox,
    dealName,
    dealSymbol,
    roles,
    destinations: [...destinations.values()],
  };
}

export type ClassLive = Awaited<ReturnType<typeof readClassLive>>;

/** Every role field of a class's contracts: enumerable ones by eth_call, plain-AccessControl ones from the book. */
function classRoles(ctx: LiveContext, c: ClassRecord, roleBook?: Promise<RoleBook>): Promise<Record<string, Address[]>> {
  const targets = componentRoleTargets(pauContracts(c));
  const logged = targets.filter(fromLogs);
  const enumerable = readRoles(ctx.client, targets.filter((t) => !fromLogs(t)), ctx.blockNumber);
  if (logged.length === 0) return enumerable;
  const book = roleBook ?? readRoleBook(ctx.client, logged.map((t) => t.address), ctx.fromBlock, ctx.blockNumber);
  return Promise.all([enumerable, book]).then(([onChain, b]) => ({ ...onChain, ...roleFields(b, logged) }));
}

/**
 * One Portfolio unit's live configuration. The unit contracts have plain AccessControl: their role holders come
 * from `roleBook` (one role-log scan over every unit, roles-from-logs.ts), read from the chain when not given.
 */
export async function readUnitLive(ctx: LiveContext, u: UnitRecord, roleBook?: Promise<RoleBook>) {
  const { client, blockNumber } = ctx;
  const at = { blockNumber } as const;
  const queue = named(u.contracts, COMPONENT.SUBSCRIBE_QUEUE);
  const token = named(u.contracts, COMPONENT.SHARE_TOKEN);
  const [capacity, minDeposit, maxRateIncreaseBps, name, symbol, roles] = await Promise.all([
    queue
      ? readContract(client, { address: queue, abi: subscribeQueueAbi, functionName: "capacity", ...at })
      : Promise.resolve(undefined),
    queue
      ? readContract(client, { address: queue, abi: subscribeQueueAbi, functionName: "minDeposit", ...at })
      : Promise.resolve(undefined),
    token
      ? readContract(client, {
          address: token,
          abi: haloShareTokenAbi,
          functionName: "maxRateIncreaseBps",
          ...at,
        })
      : Promise.resolve(undefined),
    token
      ? readContract(client, { address: token, abi: haloShareTokenAbi, functionName: "name", ...at })
      : Promise.resolve(undefined),
    token
      ? readContract(client, { address: token, abi: haloShareTokenAbi, functionName: "symbol", ...at })
      : Promise.resolve(undefined),
    (roleBook ?? readRoleBook(client, u.contracts.map((n) => n.addr), ctx.fromBlock, blockNumber)).then((book) =>
      roleFields(book, componentRoleTargets(u.contracts)),
    ),
  ]);
  return { record: u, capacity, minDeposit, maxRateIncreaseBps, name, symbol, roles };
}

export type UnitLive = Awaited<ReturnType<typeof readUnitLive>>;

/**
 * Round 2: every factory class's and Portfolio unit's live configuration, the `getTimestamp` of every watched
 * operation (in `watchIds` order), and every legacy class's PAS registration and SORL.
 */
export function readRound2(
  ctx: LiveContext,
  classes: readonly ClassRecord[],
  units: readonly UnitRecord[],
  watchIds: readonly Hex[],
) {
  const { client, system, blockNumber } = ctx;
  const at = { blockNumber } as const;
  const factoryClasses = classes.filter((c) => c.origin === ORIGIN_FACTORY);
  const portfolioUnits = units.filter((u) => u.origin === ORIGIN_FACTORY && u.deal.dealToken === ZERO_ADDRESS);
  const legacyClasses = classes.filter((c) => c.origin === ORIGIN_LEGACY);
  // One role-log scan for every unit contract (plain AccessControl), in this round like the other reads.
  const unitRoleBook = readRoleBook(
    client,
    portfolioUnits.flatMap((u) => u.contracts.map((n) => n.addr)),
    ctx.fromBlock,
    blockNumber,
  );
  // And one for every class's NFAT contracts (plain AccessControl too).
  const classRoleBook = readRoleBook(client, factoryClasses.flatMap(classLogRoleContracts), ctx.fromBlock, blockNumber);
  return Promise.all([
    Promise.all(factoryClasses.map((c) => readClassLive(ctx, c, classRoleBook))),
    Promise.all(portfolioUnits.map((u) => readUnitLive(ctx, u, unitRoleBook))),
    Promise.all(
      watchIds.map((id) =>
        readContract(client, {
          address: system.timelock,
          abi: pasTimelockAbi,
          functionName: "getTimestamp",
          args: [id],
          ...at,
        }),
      ),
    ),
    Promise.all(
      legacyClasses.map((c) => readPauPas(client, system.beamState, c.rateLimits, c.controller, [], blockNumber)),
    ),
  ]).then(([classLive, unitLive, timestamps, legacyPas]) => ({
    classLive,
    unitLive,
    timestamps,
    legacyPas,
    legacyClasses,
  }));
}
