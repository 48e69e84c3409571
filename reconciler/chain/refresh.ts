/**
 * refresh: read the observed state (reconciler/model/observed.ts) of a network at ONE pinned block, in a
 * fixed number of batched rounds. Each round is a `Promise.all` of reads that viem's HTTP transport sends as
 * one JSON-RPC batch, so the number of HTTP requests depends on the depth of the read graph, not on the number
 * of resources:
 *
 *   round 0  chain id + the block to pin (number, hash, timestamp)
 *   round 1  PAS: BeamState `stopped` and the address(0) `hop` / `maxChange`, the Timelock's delay, `paused`
 *            and `getOperationsCount`, the factory's BeamState role and the adapter's PROPOSER role; the first
 *            page of every registry list (templates, agents, classes, units) with the counts, the system
 *            contracts' role holders; logs up to the block: the Timelock's CallScheduled / CallSalt, the
 *            BeamState's cBEAM grants, inits and controller actions (Set/Unset*, Add/DelInit*), the factory's
 *            ClassDeployed / UnitDeployed
 *   round 1b further pages, all at once (only when a list is longer than a page)
 *   round 2  per class: RELAYER / FREEZER holders, PAS registration (`rateLimits(rl)`, `controllers(ctrl)`),
 *            `hop(rl)` / `maxChange(rl)`, per cBEAM candidate (declared GovOps + every cBEAM the logs name on its
 *            RateLimits or Controller) `cBeams`, `rateLimitsCBeams`, `controllersCBeams`; the cBEAM grant
 *            operation, (Term) buybox and deal-token name, the role holders of every class contract; per legacy
 *            class: its PAS registration and SORL; per unit: capacity, minimum deposit, max rate increase, token
 *            name, role holders; per timelock operation seen in the logs or asked for: its timestamp; per class:
 *            the controller's DestinationSet logs
 *   round 3  per (class, key) — Day-0 keys of the deployment events, keys of the BeamState init logs, keys the
 *            caller names: `initRateLimits(key, rl)`, `getInitRateLimits(key, rl)` (address(0) fallback), the
 *            rate-limit data, `Configurator.zzz(rl, key)`; per (class, destination): isApprovedDestination; per
 *            (controller, action key): `isControllerActionEnabled`
 *
 * Every `eth_call` names the pinned block number, so the state is one consistent snapshot.
 * See docs/chain.md for the mapping from on-chain records to resources and for the request budget.
 */
import {
  type Address,
  type ContractFunctionReturnType,
  type Hex,
  encodeAbiParameters,
  encodeFunctionData,
  getAbiItem,
  keccak256,
  parseAbiItem,
} from "viem";
import { getAddress } from "../model/address.js";
import { getBlock, getChainId, getLogs, readContract } from "viem/actions";
import {
  haloControllerAbi,
  haloFactoryAbi,
  haloRegistryAbi,
  haloShareTokenAbi,
  nfatDealTokenAbi,
  nfatFacilityAbi,
  pasBeamStateAbi,
  pasConfiguratorAbi,
  pasTimelockAbi,
  rateLimitsAbi,
  subscribeQueueAbi,
  templateRegistryAbi,
} from "../abi/index.js";
import type { SystemAddresses as ConfigAddresses } from "../config/index.js";
import type {
  FieldValue,
  ObservedState,
  ObservedTimelockOperation,
  Resource,
  ResourceMap,
  SystemAddresses,
} from "../model/observed.js";
import {
  BEACON_FIELD,
  COMPONENT,
  KIND,
  LIMIT,
  assetCounterpartyKey,
  fromBytes32Name,
  kindName,
  roleId,
  seniorityName,
  toBytes32Name,
} from "./names.js";
import { type CountingClient, type RpcStats, createCountingClient } from "./rpc.js";
import { ChainError } from "../errors.js";
import { type ClassLensOptions, LensFailedError } from "./lens-classes.js";
import { readLiveThroughLens } from "./lens-live.js";
import { getLogsOnce } from "./lens-logs.js";
import { BEAM_STATE_EVENTS, collectBeamLogs, readPasGlobals, readPauPas, walkPendingList } from "./refresh-pas.js";

/** Names of rate-limit keys the chain cannot give (a transfer's destination): class id → key (lower case) → flow. */
export type FlowNames = Record<string, Record<string, string>>;

export interface RefreshOptions {
  /** The system's addresses as reconciler/config resolves them (configurator, beamState, timelock required). */
  addresses: ConfigAddresses;
  /** Pin this block instead of the latest. */
  blockNumber?: bigint;
  /** First block of the timelock log scan (the system's deploy block; default 0). */
  fromBlock?: bigint;
  /** Registry page size (records per call; default 100). */
  pageSize?: number;
  /** Flow names of keys the chain cannot name (see `flowNamesFromResources`). */
  flowNames?: FlowNames;
  /**
   * Transfer destinations to read on each class Controller beyond those its `DestinationSet` events name
   * (class id → addresses): the tree's, so a declared one is read even when the log scan starts late.
   */
  destinations?: Record<string, readonly Address[]>;
  /** Further timelock operation ids whose state the caller wants (e.g. a saved plan's operations). */
  watch?: readonly Hex[];
  /**
   * Controller actions to check on each class Controller beyond those the BeamState logs name (class id → action
   * keys `keccak256(calldata)`, or the calldata itself): the tree's (RELAYER grants, destination approvals).
   */
  controllerActions?: Record<string, readonly Hex[]>;
  /** GovOps accounts to check on each class beyond the recorded one and the logs' (class id → accounts). */
  govOps?: Record<string, readonly Address[]>;
  /** The chain the caller expects: checked right after round 0, before any contract is read. */
  chainId?: number;
  /**
   * The live stage (role members, PAS state, limits, units, destinations, actions, operation timestamps) through the
   * class lens (chain/lens-live.ts), the default: its options, or true. false (or HALO_LENS=0) reads one `eth_call`
   * per value: the reference path, also taken when the lens cannot answer.
   */
  lens?: boolean | ClassLensOptions;
}

export class ChainMismatchError extends ChainError {
  override name = "ChainMismatchError";
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the RPC serves chain ${actual}, not ${expected}`);
  }
}

export interface RefreshResult {
  state: ObservedState;
  /** `getTimestamp` of every operation seen in the logs, every cBEAM grant and every watched id (0 unknown / cancelled, 1 done). */
  operationTimestamps: Record<Hex, bigint>;
  /**
   * Holders of every role of the system contracts (`factory.DEPLOYER`, `timelock.PROPOSER_ROLE`, …): not
   * resources of the desired model, read for audits and drift reports.
   */
  systemRoles: Record<string, Address[]>;
  /** Rounds of batched reads (each one JSON-RPC batch, i.e. one HTTP request while it fits `batchSize`). */
  rounds: number;
  /** What this refresh cost: HTTP requests and JSON-RPC calls (a shared client's earlier traffic excluded). */
  stats: RpcStats;
}

const PAGE = 100;

type Rec = Record<string, FieldValue>;

/** Flow names of every rate limit and init a desired resource map names with a `key`. */
export function flowNamesFromResources(resources: ResourceMap): FlowNames {
  const out: FlowNames = {};
  for (const [address, resource] of Object.entries(resources)) {
    const parts = address.split(".");
    if (parts[0] !== "class" || (parts[2] !== "rateLimit" && parts[2] !== "init") || parts.length < 4) continue;
    const key = resource.fields.key;
    if (typeof key !== "string") continue;
    const classId = parts[1]!;
    (out[classId] ??= {})[key.toLowerCase()] = parts.slice(3).join(".");
  }
  return out;
}

const TEMPLATE_STATUS = ["none", "proposed", "approved", "deprecated", "revoked"] as const;

/** One holder → its address; none → null; several → the sorted list (as the desired model declares one). */
function holders(list: readonly Address[]): FieldValue {
  const sorted = [...list].map((a) => getAddress(a)).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  if (sorted.length === 0) return null;
  if (sorted.length === 1) return sorted[0]!;
  return sorted;
}

function artifactFields(prefix: string, artifact: { uri: string; sha256: Hex }, out: Rec): void {
  out[`${prefix}.uri`] = artifact.uri;
  out[`${prefix}.sha256`] = artifact.sha256;
}

/** Small parameters (bps) as numbers, like the desired model; anything larger stays exact. */
const toNumber = (v: bigint): number | bigint => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

const CALL_SCHEDULED = parseAbiItem(
  "event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)",
);
const CALL_SALT = parseAbiItem("event CallSalt(bytes32 indexed id, bytes32 salt)");
const CLASS_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "ClassDeployed" });
const UNIT_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "UnitDeployed" });
const DESTINATION_SET = getAbiItem({ abi: haloControllerAbi, name: "DestinationSet" });

/** Refresh with a fresh counting client on `rpcUrl`. */
export async function refresh(rpcUrl: string, options: RefreshOptions): Promise<RefreshResult> {
  return refreshWith(createCountingClient(rpcUrl), options);
}

export async function refreshWith(rpc: CountingClient, options: RefreshOptions): Promise<RefreshResult> {
  const { client } = rpc;
  const before = { ...rpc.stats };
  const a = options.addresses;
  if (a.configurator === undefined || a.beamState === undefined || a.timelock === undefined) {
    throw new Error("refresh needs the PAS configurator, beamState and timelock addresses of the network");
  }
  const system: SystemAddresses = {
    configurator: a.configurator,
    beamState: a.beamState,
    timelock: a.timelock,
    ...(a.factory !== undefined ? { factory: a.factory } : {}),
    ...(a.templateRegistry !== undefined ? { templateRegistry: a.templateRegistry } : {}),
    ...(a.haloRegistry !== undefined ? { haloRegistry: a.haloRegistry } : {}),
    ...(a.cbeamProposer !== undefined ? { cbeamProposer: a.cbeamProposer } : {}),
    ...(a.pauseProxy !== undefined ? { pauseProxy: a.pauseProxy } : {}),
  };
  const pageSize = options.pageSize ?? PAGE;
  let rounds = 0;

  // ---- round 0: pin the block ----
  rounds++;
  const [chainId, block] = await Promise.all([
    getChainId(client),
    options.blockNumber !== undefined
      ? getBlock(client, { blockNumber: options.blockNumber })
      : getBlock(client, { blockTag: "latest" }),
  ]);
  if (block.number === null || block.hash === null) throw new Error("the pinned block is still pending");
  if (options.chainId !== undefined && chainId !== options.chainId)
    throw new ChainMismatchError(options.chainId, chainId);
  const blockNumber = block.number;
  const at = { blockNumber } as const;

  // ---- round 1: system parameters, first pages, timelock logs ----
  rounds++;
  const templates = system.templateRegistry;
  const registry = system.haloRegistry;
  const zero = Promise.resolve(0n);
  const none = <T>(): Promise<readonly T[]> => Promise.resolve([]);
  const systemRolesRead = readRoles(
    client,
    (Object.keys(SYSTEM_ROLES) as (keyof SystemAddresses)[]).flatMap((name) => {
      const address = system[name];
      return address === undefined ? [] : [{ prefix: name, address, roles: SYSTEM_ROLES[name] }];
    }),
    blockNumber,
  );
  const fromBlock = options.fromBlock ?? 0n;
  // PAS-wide state: stopped / paused, the address(0) SORL fallback, the pending-operation count, readiness.
  const pasRead = readPasGlobals(client, system, blockNumber);
  // Every cBEAM grant, init and enabled controller action BeamState ever logged (PAS has no lists to page).
  // ONE log query for the Timelock (CallScheduled / CallSalt), BeamState (cBEAM grants, inits, controller actions:
  // PAS has no lists to page) and the factory's canonical events (every deployed parameter; the registry keeps only
  // their hash), decoded by topic without re-hashing event signatures per log (chain/lens-logs.ts).
  const systemLogsRead = getLogsOnce(rpc, {
    address: [system.timelock, system.beamState, ...(system.factory ? [system.factory] : [])],
    events: [CALL_SCHEDULED, CALL_SALT, ...BEAM_STATE_EVENTS, ...(system.factory ? [CLASS_DEPLOYED, UNIT_DEPLOYED] : [])],
    fromBlock,
    toBlock: blockNumber,
  });
  const [
    minDelay,
    templateCount,
    templatePage,
    agentCount,
    agentPage,
    classCount,
    classPage,
    unitCount,
    unitPage,
    systemLogs,
  ] = await Promise.all([
    readContract(client, { address: system.timelock, abi: pasTimelockAbi, functionName: "getMinDelay", ...at }),
    templates
      ? readContract(client, {
          address: templates,
          abi: templateRegistryAbi,
          functionName: "templateVersionCount",
          ...at,
        })
      : zero,
    templates
      ? readContract(client, {
          address: templates,
          abi: templateRegistryAbi,
          functionName: "getTemplatesPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        })
      : none<TemplateVersion>(),
    registry
      ? readContract(client, { address: registry, abi: haloRegistryAbi, functionName: "agentCount", ...at })
      : zero,
    registry
      ? readContract(client, {
          address: registry,
          abi: haloRegistryAbi,
          functionName: "getAgentsPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        })
      : none<AgentRecord>(),
    registry
      ? readContract(client, { address: registry, abi: haloRegistryAbi, functionName: "classCount", ...at })
      : zero,
    registry
      ? readContract(client, {
          address: registry,
          abi: haloRegistryAbi,
          functionName: "getClassesPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        })
      : none<ClassRecord>(),
    registry
      ? readContract(client, { address: registry, abi: haloRegistryAbi, functionName: "unitCount", ...at })
      : zero,
    registry
      ? readContract(client, {
          address: registry,
          abi: haloRegistryAbi,
          functionName: "getUnitsPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        })
      : none<UnitRecord>(),
    systemLogsRead,
  ]);
  const [systemRoles, pasGlobals] = await Promise.all([systemRolesRead, pasRead]);
  const from = (address: Address | undefined) =>
    address === undefined ? [] : systemLogs.filter((l) => l.address.toLowerCase() === address.toLowerCase());
  const logs = from(system.timelock);
  const beamLogs = from(system.beamState);
  const factoryLogs = from(system.factory) as unknown as FactoryLog[];
  const beam = collectBeamLogs(beamLogs);
  // Deployed parameters by class / unit id (bytes32, lower case); the last event of an id wins.
  const deployedParams = new Map<string, readonly { name: Hex; value: bigint }[]>();
  // Day-0 keys of every deployment, by class id (lower case): the inits the factory added on the class's RateLimits.
  const day0Keys = new Map<string, Set<string>>();
  for (const log of factoryLogs) {
    const deployment = log.args.deployment;
    const request = deployment?.request;
    if (request === undefined || deployment === undefined) continue;
    const id = "unitId" in request ? `unit:${request.unitId}` : `class:${request.classId}`;
    deployedParams.set(id.toLowerCase(), request.params);
    const classId = request.classId.toLowerCase();
    const keys = day0Keys.get(classId) ?? new Set<string>();
    for (const l of deployment.day0Limits ?? []) keys.add(l.key.toLowerCase());
    day0Keys.set(classId, keys);
  }
  /** The deployed parameters of a record, when the event was found and matches the recorded hash. */
  const paramsOf = (kind: "class" | "unit", id: Hex, paramsHash: Hex) => {
    const params = deployedParams.get(`${kind}:${id}`.toLowerCase());
    return params !== undefined && namedValuesHash(params) === paramsHash.toLowerCase() ? params : undefined;
  };

  // ---- round 1b: the remaining pages of every list, at once ----
  const pagesOf = (count: bigint) => {
    const offsets: bigint[] = [];
    for (let o = BigInt(pageSize); o < count; o += BigInt(pageSize)) offsets.push(o);
    return offsets;
  };
  const more = {
    templates: templates ? pagesOf(templateCount) : [],
    agents: registry ? pagesOf(agentCount) : [],
    classes: registry ? pagesOf(classCount) : [],
    units: registry ? pagesOf(unitCount) : [],
  };
  const allTemplates: TemplateVersion[] = [...templatePage];
  const allAgents: AgentRecord[] = [...agentPage];
  const allClasses: ClassRecord[] = [...classPage];
  const allUnits: UnitRecord[] = [...unitPage];
  if (more.templates.length + more.agents.length + more.classes.length + more.units.length > 0) {
    rounds++;
    const limit = BigInt(pageSize);
    const [t, ag, c, u] = await Promise.all([
      Promise.all(
        more.templates.map((o) =>
          readContract(client, {
            address: templates!,
            abi: templateRegistryAbi,
            functionName: "getTemplatesPage",
            args: [o, limit],
            ...at,
          }),
        ),
      ),
      Promise.all(
        more.agents.map((o) =>
          readContract(client, {
            address: registry!,
            abi: haloRegistryAbi,
            functionName: "getAgentsPage",
            args: [o, limit],
            ...at,
          }),
        ),
      ),
      Promise.all(
        more.classes.map((o) =>
          readContract(client, {
            address: registry!,
            abi: haloRegistryAbi,
            functionName: "getClassesPage",
            args: [o, limit],
            ...at,
          }),
        ),
      ),
      Promise.all(
        more.units.map((o) =>
          readContract(client, {
            address: registry!,
            abi: haloRegistryAbi,
            functionName: "getUnitsPage",
            args: [o, limit],
            ...at,
          }),
        ),
      ),
    ]);
    for (const page of t) allTemplates.push(...page);
    for (const page of ag) allAgents.push(...page);
    for (const page of c) allClasses.push(...page);
    for (const page of u) allUnits.push(...page);
  }

  // Timelock operations from the logs: calls by index, salt from CallSalt (absent = zero salt).
  const scheduled = new Map<
    Hex,
    { calls: { index: bigint; target: Address; value: bigint; data: Hex }[]; predecessor: Hex; salt: Hex }
  >();
  for (const log of logs) {
    const id = log.args.id as Hex;
    const entry = scheduled.get(id) ?? {
      calls: [],
      predecessor: `0x${"00".repeat(32)}` as Hex,
      salt: `0x${"00".repeat(32)}` as Hex,
    };
    if (log.eventName === "CallScheduled") {
      const args = log.args as { index: bigint; target: Address; value: bigint; data: Hex; predecessor: Hex };
      // A re-scheduled id (after a cancel) replaces the earlier calls of the same index.
      entry.calls = entry.calls.filter((c) => c.index !== args.index);
      entry.calls.push({ index: args.index, target: getAddress(args.target), value: args.value, data: args.data });
      entry.predecessor = args.predecessor;
    } else {
      entry.salt = (log.args as { salt: Hex }).salt;
    }
    scheduled.set(id, entry);
  }

  // ---- round 2: per class and unit live configuration; operation states ----
  rounds++;
  const factoryClasses = allClasses.filter((c) => c.origin === ORIGIN_FACTORY);
  const classById = new Map(allClasses.map((c) => [c.classId, c] as const));
  const portfolioUnits = allUnits.filter((u) => u.origin === ORIGIN_FACTORY && u.deal.dealToken === ZERO_ADDRESS);
  const RELAYER = roleId("RELAYER");
  const FREEZER = roleId("FREEZER");
  const factory = system.factory;
  const watchIds = [...new Set([...scheduled.keys(), ...(options.watch ?? [])].map((id) => id.toLowerCase() as Hex))];

  const legacyClasses = allClasses.filter((c) => c.origin === ORIGIN_LEGACY);
  // cBEAM candidates: the recorded GovOps, the caller's, and every cBEAM the logs name on either contract.
  const candidatesOf = (c: ClassRecord): Address[] => {
    const candidates = new Map<string, Address>();
    const addCandidate = (a: Address) => {
      if (a !== ZERO_ADDRESS) candidates.set(a.toLowerCase(), getAddress(a));
    };
    addCandidate(c.govOps);
    for (const g of options.govOps?.[fromBytes32Name(c.classId)] ?? []) addCandidate(g);
    for (const g of beam.cBeamsOn.get(c.rateLimits.toLowerCase()) ?? []) addCandidate(g);
    for (const g of beam.cBeamsOn.get(c.controller.toLowerCase()) ?? []) addCandidate(g);
    return [...candidates.values()];
  };
  const unitsOfClass = new Map<string, UnitRecord[]>();
  for (const u of allUnits) {
    const list = unitsOfClass.get(u.classId) ?? [];
    list.push(u);
    unitsOfClass.set(u.classId, list);
  }
  // The flows a class's registry records imply, computed once per class (keccak256 per key).
  const flowsMemo = new Map<string, Record<string, string>>();
  const flowsOf = (c: ClassRecord): Record<string, string> => {
    let flows = flowsMemo.get(c.classId);
    if (flows === undefined) flowsMemo.set(c.classId, (flows = registryFlows(c, unitsOfClass.get(c.classId) ?? [])));
    return flows;
  };
  // Every known key of a class's RateLimits: Day-0 keys, the registry's, the logs', the caller's.
  const keysOf = (c: ClassRecord): Hex[] => {
    const rl = c.rateLimits.toLowerCase();
    const keys = new Set<string>(day0Keys.get(c.classId.toLowerCase()) ?? []);
    // the keys the registry's records imply (unit queues, the Term facility and redeem), even without the events
    for (const k of Object.keys(flowsOf(c))) keys.add(k);
    for (const k of beam.initKeysOn.get(rl) ?? []) keys.add(k);
    for (const k of beam.initKeysOn.get(ZERO_ADDRESS) ?? []) keys.add(k);
    for (const k of Object.keys(options.flowNames?.[fromBytes32Name(c.classId)] ?? {})) keys.add(k.toLowerCase());
    return [...keys].sort() as Hex[];
  };
  // Enabled controller actions: every (controller, key) the logs name, the caller's, and each destination's
  // approve / revoke `setDestination` calls; `isControllerActionEnabled` includes the address(0) fallback.
  const actionChecksOf = (destinations: ReadonlyMap<ClassRecord, readonly Address[]>) => {
    const actionChecks = new Map<string, { controller: Address; key: Hex }>();
    const check = (controller: Address, key: Hex) =>
      actionChecks.set(`${controller.toLowerCase()}:${key.toLowerCase()}`, { controller, key });
    for (const [controller, keys] of beam.actionKeysOn) for (const k of keys) check(getAddress(controller), k as Hex);
    for (const [c, list] of destinations) {
      for (const a of options.controllerActions?.[fromBytes32Name(c.classId)] ?? [])
        check(c.controller, a.length === 66 ? a : keccak256(a));
      for (const d of list)
        for (const approved of [true, false]) check(c.controller, keccak256(setDestinationData(d, approved)));
    }
    return actionChecks;
  };
  const perCallLive = async () => {
  const [classLive, unitLive, timestamps, legacyPas] = await Promise.all([
    Promise.all(
      factoryClasses.map(async (c) => {
        const term = c.kind.toLowerCase() === KIND_TERM;
        const facility = named(c.contracts, COMPONENT.NFAT_FACILITY);
        const dealToken = named(c.contracts, COMPONENT.NFAT_DEAL_TOKEN);
        const [relayers, freezers, pas, grant, buybox, dealName, dealSymbol, roles, destinationLogs] =
          await Promise.all([
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
          readPauPas(client, system.beamState, c.rateLimits, c.controller, candidatesOf(c), blockNumber),
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
          readRoles(client, componentRoleTargets(pauContracts(c)), blockNumber),
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
        for (const d of options.destinations?.[fromBytes32Name(c.classId)] ?? [])
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
      }),
    ),
    Promise.all(
      portfolioUnits.map(async (u) => {
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
          readRoles(client, componentRoleTargets(u.contracts), blockNumber),
        ]);
        return { record: u, capacity, minDeposit, maxRateIncreaseBps, name, symbol, roles };
      }),
    ),
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
  ]);

  // ---- round 3: every known key of every class RateLimits; destinations; controller actions ----
  rounds++;
  const limitReads = classLive.flatMap((c) => keysOf(c.record).map((key) => ({ c, key })));
  const destinationReads = classLive.flatMap((c) => c.destinations.map((destination) => ({ c, destination })));
  const limitsRead = Promise.all(
    limitReads.map(async ({ c, key }) => {
      const rl = c.record.rateLimits;
      const [own, init, data, zzz] = await Promise.all([
        readContract(client, {
          address: system.beamState,
          abi: pasBeamStateAbi,
          functionName: "initRateLimits",
          args: [key, rl],
          ...at,
        }),
        readContract(client, {
          address: system.beamState,
          abi: pasBeamStateAbi,
          functionName: "getInitRateLimits",
          args: [key, rl],
          ...at,
        }),
        readContract(client, { address: rl, abi: rateLimitsAbi, functionName: "getRateLimitData", args: [key], ...at }),
        readContract(client, {
          address: system.configurator,
          abi: pasConfiguratorAbi,
          functionName: "zzz",
          args: [rl, key],
          ...at,
        }),
      ]);
      return { classId: c.record.classId, pau: c.record.almProxy, rateLimits: rl, key, own, init, data, zzz };
    }),
  );
  const destinationsRead = Promise.all(
    destinationReads.map(async ({ c, destination }) => ({
      classId: c.record.classId,
      destination,
      approved: await readContract(client, {
        address: c.record.controller,
        abi: haloControllerAbi,
        functionName: "isApprovedDestination",
        args: [destination],
        ...at,
      }),
    })),
  );
  const actionChecks = actionChecksOf(new Map(classLive.map((c) => [c.record, c.destinations] as const)));
  const actionsRead = Promise.all(
    [...actionChecks.entries()].map(async ([id, { controller, key }]) => {
      const on =
        controller.toLowerCase() === ZERO_ADDRESS
          ? await readContract(client, {
              address: system.beamState,
              abi: pasBeamStateAbi,
              functionName: "initControllerActions",
              args: [key, controller],
              ...at,
            })
          : await readContract(client, {
              address: system.beamState,
              abi: pasBeamStateAbi,
              functionName: "isControllerActionEnabled",
              args: [key, controller],
              ...at,
            });
      return on ? id : undefined;
    }),
  );
  const [limits, destinationStates, enabledActions] = await Promise.all([limitsRead, destinationsRead, actionsRead]);
  return { classLive, unitLive, timestamps, legacyPas, limits, destinationStates, enabledActions };
  };
  // The class lens is the default; `lens: false` (or HALO_LENS=0) reads per call, the reference path.
  const perCallOnly = options.lens === false || (options.lens === undefined && process.env.HALO_LENS === "0");
  const lensOptions = perCallOnly ? undefined : typeof options.lens === "object" ? options.lens : {};
  // Through the lens by default; per call when asked, or when the lens cannot answer (LensFailedError: the per-call
  // reads then report the failing read exactly).
  const viaLens = (o: ClassLensOptions) =>
    readLiveThroughLens({
          rpc,
          system,
          blockNumber,
          blockHash: block.hash,
          fromBlock,
          factoryClasses,
          portfolioUnits,
          legacyClasses,
          watchIds,
          rolesOfClass: (c) => componentRoleTargets(pauContracts(c)),
          rolesOfUnit: (u) => componentRoleTargets(u.contracts),
          candidatesOf,
          keysOf,
          extraDestinationsOf: (c) => options.destinations?.[fromBytes32Name(c.classId)] ?? [],
          actionChecks: actionChecksOf,
          named,
          components: {
            facility: COMPONENT.NFAT_FACILITY,
            dealToken: COMPONENT.NFAT_DEAL_TOKEN,
            subscribeQueue: COMPONENT.SUBSCRIBE_QUEUE,
            shareToken: COMPONENT.SHARE_TOKEN,
          },
          term: (c) => c.kind.toLowerCase() === KIND_TERM,
          options: o,
        }).catch((error: unknown) => {
          if (error instanceof LensFailedError) return undefined;
          throw error;
        });
  const lensLive = lensOptions !== undefined ? await viaLens(lensOptions) : undefined;
  if (lensLive !== undefined) rounds += lensLive.rounds - 1; // round 2 is counted above
  const live = lensLive ?? (await perCallLive());
  const { classLive, unitLive, timestamps, legacyPas, limits, destinationStates, enabledActions } = live;

  // ---- assemble the resources ----
  const resources: ResourceMap = {};
  const put = (address: string, resource: Resource) => {
    if (resources[address] !== undefined)
      throw new Error(`refresh: two on-chain records map to the resource ${address}`);
    resources[address] = resource;
  };

  const templateStatus = new Map<string, string>();
  for (const t of allTemplates) {
    const id = fromBytes32Name(t.templateId);
    const status = TEMPLATE_STATUS[t.status] ?? String(t.status);
    templateStatus.set(`${id}.v${t.version}`, status);
    const s = t.spec;
    const fields: Rec = {
      kind: kindName(s.kind),
      status,
      "audit.uri": s.audit.uri,
      "audit.sha256": s.audit.hash,
      beacon: s.beaconKinds.map(fromBytes32Name),
      implementations: [...s.classComponents, ...s.unitComponents].map((c) => getAddress(c.implementation)),
      codehashes: [...s.classComponents, ...s.unitComponents].map((c) => c.codeHash),
      components: [
        ...s.classComponents.map((c) => `class:${fromBytes32Name(c.name)}`),
        ...s.unitComponents.map((c) => `unit:${fromBytes32Name(c.name)}`),
      ],
      ranges: [
        ...s.classRanges.map((r) => `class.${fromBytes32Name(r.name)}=${r.min}..${r.max}`),
        ...s.unitRanges.map((r) => `unit.${fromBytes32Name(r.name)}=${r.min}..${r.max}`),
      ],
      "day0.limits": s.day0Limits.map((l) => `${flowIdName(l.flow)}=${l.maxAmount}@${l.slope}/s`),
      "day0.cycles": s.day0Cycles,
      proposer: getAddress(t.proposer),
    };
    put(`template.${id}.v${t.version}`, { type: "template", fields });
  }

  for (const ag of allAgents) {
    const fields: Rec = { operator: getAddress(ag.operator), classes: ag.classIds.map(fromBytes32Name) };
    artifactFields("artifact", ag.artifact, fields);
    put(`agent.${fromBytes32Name(ag.agentId)}`, { type: "agent", fields });
  }

  // SORL parameters as stored, per RateLimits (the zero address = the scope-wide fallback).
  const hop: Record<string, bigint> = { [ZERO_ADDRESS]: pasGlobals.hop };
  const maxChange: Record<string, bigint> = { [ZERO_ADDRESS]: pasGlobals.maxChange };
  const cBeams = new Set<string>();
  const effective = (own: bigint, fallback: bigint) => (own !== 0n ? own : fallback);

  legacyClasses.forEach((c, i) => {
    const pas = legacyPas[i]!;
    hop[c.rateLimits.toLowerCase()] = pas.hop;
    maxChange[c.rateLimits.toLowerCase()] = pas.maxChange;
    const fields: Rec = {
      "pas.rateLimits": pas.rateLimitsRegistered,
      "pas.controller": pas.controllerRegistered,
      agent: c.agentId === ZERO_BYTES32 ? null : fromBytes32Name(c.agentId),
      "addresses.controller": getAddress(c.controller),
      "addresses.almProxy": getAddress(c.almProxy),
      "addresses.rateLimits": getAddress(c.rateLimits),
      beaconOperator: c.beacons.length > 0 ? getAddress(c.beacons[0]!.operator) : null,
    };
    for (const n of c.contracts) {
      const name = fromBytes32Name(n.name);
      if (name !== COMPONENT.ALM_PROXY && name !== COMPONENT.RATE_LIMITS && name !== COMPONENT.CONTROLLER)
        fields[`addresses.others.${name}`] = getAddress(n.addr);
    }
    artifactFields("artifact", c.artifact, fields);
    if (c.conformsToTemplate && c.templateId !== ZERO_BYTES32) {
      fields["conformsTo.id"] = fromBytes32Name(c.templateId);
      fields["conformsTo.version"] = c.templateVersion;
    } else fields.conformsTo = null;
    put(`legacy.${fromBytes32Name(c.classId)}`, { type: "legacy", fields });
  });

  const operationTimestamps: Record<Hex, bigint> = {};
  watchIds.forEach((id, i) => (operationTimestamps[id] = timestamps[i]!));
  const timelockOperations = new Map<string, ObservedTimelockOperation>();
  for (const [id, op] of scheduled) {
    const timestamp = operationTimestamps[id.toLowerCase() as Hex] ?? 0n;
    if (timestamp <= 1n) continue; // cancelled (0) or executed (1)
    const calls = [...op.calls]
      .sort((x, y) => (x.index < y.index ? -1 : x.index > y.index ? 1 : 0))
      .map(({ target, value, data }) => ({ target, value, data }));
    timelockOperations.set(id.toLowerCase(), { id, calls, predecessor: op.predecessor, salt: op.salt, timestamp });
  }
  // The Timelock lists more pending operations than the log scan found (scheduled before `fromBlock`): walk its
  // pending list (sequential reads, only in this case) and read each missing operation from the Timelock itself.
  if (pasGlobals.operationCount > BigInt(timelockOperations.size)) {
    rounds++;
    const missing = (await walkPendingList(client, system.timelock, pasGlobals.operationCount, blockNumber)).filter(
      (id) => !timelockOperations.has(id.toLowerCase()),
    );
    const read = await Promise.all(
      missing.map((id) =>
        Promise.all([
          readContract(client, { address: system.timelock, abi: pasTimelockAbi, functionName: "getOperation", args: [id], ...at }),
          readContract(client, { address: system.timelock, abi: pasTimelockAbi, functionName: "getTimestamp", args: [id], ...at }),
        ]),
      ),
    );
    missing.forEach((id, i) => {
      const [op, timestamp] = read[i]!;
      operationTimestamps[id.toLowerCase() as Hex] = timestamp;
      timelockOperations.set(id.toLowerCase(), {
        id,
        calls: op.targets.map((target, j) => ({ target: getAddress(target), value: op.values[j]!, data: op.payloads[j]! })),
        predecessor: op.predecessor,
        salt: op.salt,
        timestamp,
      });
    });
  }

  const units = new Map<string, (typeof unitLive)[number][]>();
  for (const u of unitLive) {
    const list = units.get(u.record.classId) ?? [];
    list.push(u);
    units.set(u.record.classId, list);
  }

  const byClass = <T extends { classId: Hex }>(list: readonly T[]) => {
    const out = new Map<Hex, T[]>();
    for (const x of list) {
      const l = out.get(x.classId) ?? [];
      l.push(x);
      out.set(x.classId, l);
    }
    return out;
  };
  const limitsByClass = byClass(limits);
  const destinationsByClass = byClass(destinationStates);
  for (const live of classLive) {
    const c = live.record;
    const classId = fromBytes32Name(c.classId);
    const base = `class.${classId}`;
    const term = c.kind.toLowerCase() === KIND_TERM;
    const templateId = fromBytes32Name(c.templateId);
    const depositAsset = getAddress(c.depositAsset);
    const pas = live.pas;
    hop[c.rateLimits.toLowerCase()] = pas.hop;
    maxChange[c.rateLimits.toLowerCase()] = pas.maxChange;
    for (const g of pas.grants) if (g.cBeam) cBeams.add(g.account.toLowerCase());
    const fields: Rec = {
      kind: kindName(c.kind),
      agent: fromBytes32Name(c.agentId),
      "template.id": templateId,
      "template.version": c.templateVersion,
      "template.status": templateStatus.get(`${templateId}.v${c.templateVersion}`) ?? "unknown",
      "params.depositAsset": depositAsset,
      operator: getAddress(c.operator),
      relayer: holders(live.relayers),
      freezer: holders(live.freezers),
      pau: getAddress(c.almProxy),
      almProxy: getAddress(c.almProxy),
      controller: getAddress(c.controller),
      rateLimits: getAddress(c.rateLimits),
      "day0.cycles": c.day0.cycles,
      "day0.reviewCount": c.day0.reviewCount,
      "day0.endedAt": c.day0.endedAt,
      "pas.rateLimits": pas.rateLimitsRegistered,
      "pas.controller": pas.controllerRegistered,
      "pas.hop": effective(pas.hop, pasGlobals.hop),
      "pas.maxChange": effective(pas.maxChange, pasGlobals.maxChange),
    };
    for (const n of pauContracts(c)) fields[`address.${fromBytes32Name(n.name)}`] = getAddress(n.addr);
    fields.paramsHash = c.paramsHash;
    Object.assign(fields, live.roles);
    for (const b of c.beacons) {
      const kind = fromBytes32Name(b.kind);
      fields[`beacons.${BEACON_FIELD[kind] ?? kind}`] = getAddress(b.operator);
    }
    artifactFields("artifact", c.artifact, fields);

    // GovOps: the cBEAMs granted on both the RateLimits and the Controller; while the factory's addCBeam is still
    // pending, its beneficiary (recorded at deployment) is what the class expects, and the operation is in
    // `timelockOperations`.
    const grant = live.grant;
    const grantPending = grant !== undefined && !grant.immediate && grant.timestamp > 1n;
    const granted = pas.grants.filter((g) => g.rateLimits && g.controller).map((g) => g.account);
    fields.govOps = granted.length === 0 && grantPending ? getAddress(c.govOps) : holders(granted);
    if (grant !== undefined) fields["cbeamGrant.immediate"] = grant.immediate;
    if (grant !== undefined && grant.id !== ZERO_BYTES32) {
      fields["cbeamGrant.id"] = grant.id;
      fields["cbeamGrant.readyAt"] = grant.timestamp;
      operationTimestamps[grant.id.toLowerCase() as Hex] = grant.timestamp;
      if (grantPending && !timelockOperations.has(grant.id.toLowerCase())) {
        timelockOperations.set(grant.id.toLowerCase(), {
          id: grant.id,
          calls: [{ target: getAddress(grant.target), value: grant.value, data: grant.data }],
          predecessor: grant.predecessor,
          salt: grant.salt,
          timestamp: grant.timestamp,
        });
      }
    }

    if (term) {
      const bb = live.buybox;
      if (bb !== undefined) {
        fields["params.buybox.termMinSeconds"] = bb.termMin;
        fields["params.buybox.termMaxSeconds"] = bb.termMax;
        fields["params.buybox.sizeMin"] = bb.sizeMin;
        fields["params.buybox.sizeMax"] = bb.sizeMax;
        fields["params.buybox.apyMinBps"] = bb.apyMinBps;
        fields["params.buybox.apyMaxBps"] = bb.apyMaxBps;
        fields["params.buybox.restrictedDepositors"] = bb.restrictedDepositors;
        fields["params.buybox.transferAllowList"] = bb.transferAllowList;
        fields["params.buybox.assetType"] = fromBytes32Name(bb.assetType);
        fields["params.buybox.jurisdiction"] = fromBytes32Name(bb.jurisdiction);
      }
      if (live.dealName !== undefined) fields["dealToken.name"] = live.dealName;
      if (live.dealSymbol !== undefined) fields["dealToken.symbol"] = live.dealSymbol;
      // Deal units are minted by the beacon inside the buybox, never declared: counted, not listed.
      fields.deals = allUnits.filter((u) => u.classId === c.classId && u.deal.dealToken !== ZERO_ADDRESS).length;
    }
    put(base, { type: "class", fields });

    for (const r of live.relayers) put(`${base}.relayer.${r.toLowerCase()}`, { type: "relayer", fields: {} });
    for (const f of live.freezers) put(`${base}.freezer.${f.toLowerCase()}`, { type: "freezer", fields: {} });
    // every cBEAM granted on either contract: an undeclared one is a resource the desired model lacks (drift)
    for (const g of pas.grants.filter((x) => x.rateLimits || x.controller))
      put(`${base}.govOps.${g.account.toLowerCase()}`, {
        type: "govOps",
        fields: { cBeam: g.cBeam, rateLimits: g.rateLimits, controller: g.controller },
      });
    for (const d of (destinationsByClass.get(c.classId) ?? []).filter((x) => x.approved))
      put(`${base}.destination.${d.destination.toLowerCase()}`, { type: "destination", fields: {} });

    // Flow names: what the chain can derive (unit queues, the Term facility and redeem), then the caller's names.
    const flows: Record<string, string> = { ...flowsOf(c) };

    for (const u of units.get(c.classId) ?? []) {
      const unitId = fromBytes32Name(u.record.unitId);
      const deployed = paramsOf("unit", u.record.unitId, u.record.paramsHash);
      const param = (name: string) => deployed?.find((p) => fromBytes32Name(p.name) === name)?.value;
      const ufields: Rec = { kind: kindName(c.kind) };
      if (u.name !== undefined) ufields["token.name"] = u.name;
      if (u.symbol !== undefined) ufields["token.symbol"] = u.symbol;
      const seniority = param("seniority");
      if (seniority !== undefined) ufields["params.seniority"] = seniorityName(seniority);
      ufields["params.capacity"] = u.capacity ?? param("capacity") ?? null;
      const targetYield = param("targetYieldBps");
      if (targetYield !== undefined) ufields["params.targetYieldBps"] = toNumber(targetYield);
      const maxIncrease = u.maxRateIncreaseBps ?? param("maxRateIncreaseBps");
      if (maxIncrease !== undefined) ufields["params.maxRateIncreaseBps"] = toNumber(maxIncrease);
      ufields["params.minDeposit"] = u.minDeposit ?? param("minDeposit") ?? null;
      const rate = param("initialExchangeRate");
      if (rate !== undefined) ufields["params.initialExchangeRate"] = rate;
      ufields.paramsHash = u.record.paramsHash;
      for (const n of u.record.contracts) ufields[`address.${fromBytes32Name(n.name)}`] = getAddress(n.addr);
      Object.assign(ufields, u.roles);
      artifactFields("artifact", u.record.artifact, ufields);
      ufields["day0.cycles"] = u.record.day0.cycles;
      ufields["day0.reviewCount"] = u.record.day0.reviewCount;
      ufields["day0.endedAt"] = u.record.day0.endedAt;
      put(`${base}.unit.${unitId}`, { type: "unit", fields: ufields });

    }
    Object.assign(flows, options.flowNames?.[classId] ?? {});

    for (const l of limitsByClass.get(c.classId) ?? []) {
      const flow = flows[l.key.toLowerCase()] ?? l.key.toLowerCase();
      const [ownMax, ownSlope] = l.own;
      const ownExists = ownMax !== 0n || ownSlope !== 0n;
      const initExists = l.init.maxAmount !== 0n || l.init.slope !== 0n;
      // An init stored under the class's RateLimits is the class's resource; a scope-wide one only bounds its limit.
      if (ownExists) {
        put(`${base}.init.${flow}`, {
          type: "init",
          fields: { key: l.key, rateLimits: getAddress(l.rateLimits), maxAmount: ownMax, slope: ownSlope },
        });
      }
      // A removed limit is (0, 0): nothing to reconcile. lastAmount / lastUpdated move with every flow: not configuration.
      if (l.data.maxAmount !== 0n || l.data.slope !== 0n) {
        const rl: Rec = {
          key: l.key,
          pau: getAddress(l.pau),
          rateLimits: getAddress(l.rateLimits),
          maxAmount: l.data.maxAmount,
          slope: l.data.slope,
          zzz: l.zzz,
        };
        if (initExists) {
          rl["init.maxAmount"] = l.init.maxAmount;
          rl["init.slope"] = l.init.slope;
          rl["init.scope"] = ownExists ? "rateLimits" : "global";
        }
        put(`${base}.rateLimit.${flow}`, { type: "rateLimit", fields: rl });
      }
    }
  }

  const sortedResources: ResourceMap = {};
  for (const key of Object.keys(resources).sort()) sortedResources[key] = resources[key]!;

  const state: ObservedState = {
    chainId,
    blockNumber,
    blockHash: block.hash,
    blockTimestamp: block.timestamp,
    system,
    pas: {
      stopped: pasGlobals.stopped,
      timelockPaused: pasGlobals.timelockPaused,
      hop,
      maxChange,
      ...(pasGlobals.factoryRole !== undefined ? { factoryRole: pasGlobals.factoryRole } : {}),
      cBeams: [...cBeams].sort(),
      timelockOperationCount: pasGlobals.operationCount,
    },
    timelockMinDelay: minDelay,
    resources: sortedResources,
    timelockOperations: [...timelockOperations.values()].sort((x, y) => x.id.localeCompare(y.id)),
    controllerActions: enabledActions.filter((a): a is string => a !== undefined).sort(),
  };
  const stats = {
    httpRequests: rpc.stats.httpRequests - before.httpRequests,
    rpcCalls: rpc.stats.rpcCalls - before.rpcCalls,
  };
  return { state, operationTimestamps, systemRoles, rounds, stats };
}

// ---------------------------------------------------------------------------------------------------------
// Record shapes (as viem decodes the registries' structs) and small helpers

/** Roles read on every contract of a class or unit (RELAYER / FREEZER of the controller are member resources). */
const COMPONENT_ROLES: Record<string, readonly string[]> = {
  ALMProxy: ["DEFAULT_ADMIN_ROLE", "CONTROLLER"],
  RateLimits: ["DEFAULT_ADMIN_ROLE", "CONTROLLER"],
  HaloController: ["DEFAULT_ADMIN_ROLE", "UNIT"],
  NfatFacility: ["DEFAULT_ADMIN_ROLE", "OPERATOR", "NFAT_BEACON", "ATTEST_BEACON"],
  NfatDealToken: ["DEFAULT_ADMIN_ROLE", "OPERATOR"],
  NfatRedeem: ["DEFAULT_ADMIN_ROLE", "NFAT_BEACON"],
  HaloShareToken: ["DEFAULT_ADMIN_ROLE", "BEACON_ROLE"],
  SubscribeQueue: ["DEFAULT_ADMIN_ROLE", "BEACON_ROLE"],
  RedeemQueue: ["DEFAULT_ADMIN_ROLE", "BEACON_ROLE"],
};

/**
 * Roles of the system contracts, keyed as `SystemAddresses` names them (enumerable AccessControl only: PAS's
 * Timelock is OpenZeppelin's non-enumerable TimelockController and BeamState uses wards and role bitmasks, so
 * their readiness is read as `pas.factoryRole` instead).
 */
const SYSTEM_ROLES: Record<keyof SystemAddresses, readonly string[]> = {
  timelock: [],
  beamState: [],
  configurator: [],
  cbeamProposer: [],
  pauseProxy: [],
  factory: ["DEFAULT_ADMIN_ROLE", "DEPLOYER", "APPROVER"],
  templateRegistry: ["DEFAULT_ADMIN_ROLE", "TEMPLATE_PROPOSER"],
  haloRegistry: ["DEFAULT_ADMIN_ROLE", "REGISTRAR", "REVIEWER", "FACTORY"],
};

/**
 * `getRoleMembers` of every (contract, role): `<prefix>.<ROLE>` → sorted holders. Every call starts before the
 * first await, so they all travel in the caller's round.
 */
function readRoles(
  client: CountingClient["client"],
  targets: readonly { prefix: string; address: Address; roles: readonly string[] }[],
  blockNumber: bigint,
): Promise<Record<string, Address[]>> {
  const reads = targets.flatMap((t) =>
    t.roles.map((role) => ({
      field: `${t.prefix}.${role}`,
      members: readContract(client, {
        address: t.address,
        abi: haloControllerAbi,
        functionName: "getRoleMembers",
        args: [roleId(role)],
        blockNumber,
      }),
    })),
  );
  return Promise.all(reads.map((r) => r.members)).then((all) =>
    Object.fromEntries(
      reads.map((r, i) => [
        r.field,
        [...all[i]!].map((a) => getAddress(a)).sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())),
      ]),
    ),
  );
}

/**
 * The rate-limit keys a class's registry records imply, named: the Term facility's claim and redeem's funding, each
 * Portfolio unit's subscribe / redeem settlement (keyed by the class's deposit asset and the counterparty).
 */
function registryFlows(c: ClassRecord, units: readonly UnitRecord[]): Record<string, string> {
  const flows: Record<string, string> = {};
  const asset = getAddress(c.depositAsset);
  const facility = named(c.contracts, COMPONENT.NFAT_FACILITY);
  const redeem = named(c.contracts, COMPONENT.NFAT_REDEEM);
  if (facility) flows[assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, asset, facility).toLowerCase()] = "facility-claim";
  if (redeem) flows[assetCounterpartyKey(LIMIT.LIMIT_UNIT_OUTFLOW, asset, redeem).toLowerCase()] = "redeem-fund";
  for (const u of units.filter((x) => x.classId === c.classId && x.origin === ORIGIN_FACTORY)) {
    const unitId = fromBytes32Name(u.unitId);
    const sub = named(u.contracts, COMPONENT.SUBSCRIBE_QUEUE);
    const red = named(u.contracts, COMPONENT.REDEEM_QUEUE);
    if (sub) flows[assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, asset, sub).toLowerCase()] = `${unitId}.subscribe-settle`;
    if (red) flows[assetCounterpartyKey(LIMIT.LIMIT_UNIT_OUTFLOW, asset, red).toLowerCase()] = `${unitId}.redeem-settle`;
  }
  return flows;
}

/** The calldata of `HaloController.setDestination(destination, approved)` (an enabled controller action). */
function setDestinationData(destination: Address, approved: boolean): Hex {
  return encodeFunctionData({ abi: haloControllerAbi, functionName: "setDestination", args: [destination, approved] });
}

/** Every contract of a class, the PAU's three (kept in their own record fields) first. */
function pauContracts(c: {
  almProxy: Address;
  rateLimits: Address;
  controller: Address;
  contracts: readonly { name: Hex; addr: Address }[];
}): { name: Hex; addr: Address }[] {
  return [
    { name: toBytes32Name(COMPONENT.ALM_PROXY), addr: c.almProxy },
    { name: toBytes32Name(COMPONENT.RATE_LIMITS), addr: c.rateLimits },
    { name: toBytes32Name(COMPONENT.CONTROLLER), addr: c.controller },
    ...c.contracts,
  ];
}

/** The registry's `paramsHash`: keccak256(abi.encode(NamedValue[])). */
function namedValuesHash(params: readonly { name: Hex; value: bigint }[]): string {
  return keccak256(
    encodeAbiParameters(
      [
        {
          type: "tuple[]",
          components: [
            { name: "name", type: "bytes32" },
            { name: "value", type: "uint256" },
          ],
        },
      ],
      [params],
    ),
  ).toLowerCase();
}

function componentRoleTargets(contracts: readonly { name: Hex; addr: Address }[]) {
  return contracts.flatMap((n) => {
    const name = fromBytes32Name(n.name);
    const roles = COMPONENT_ROLES[name];
    return roles === undefined || n.addr === ZERO_ADDRESS ? [] : [{ prefix: `roles.${name}`, address: n.addr, roles }];
  });
}

const ORIGIN_FACTORY = 1;
const ORIGIN_LEGACY = 2;
const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
const ZERO_BYTES32 = `0x${"00".repeat(32)}` as Hex;
const KIND_TERM = KIND.TERM_NFAT.toLowerCase();

function named(list: readonly { name: Hex; addr: Address }[], name: string): Address | undefined {
  const wanted = toBytes32Name(name).toLowerCase();
  const hit = list.find((n) => n.name.toLowerCase() === wanted);
  return hit === undefined || hit.addr === ZERO_ADDRESS ? undefined : getAddress(hit.addr);
}

function flowIdName(flow: Hex): string {
  for (const [name, hash] of Object.entries(LIMIT)) if (hash === flow.toLowerCase()) return name;
  return flow;
}

type TemplateVersion = ContractFunctionReturnType<typeof templateRegistryAbi, "view", "getTemplatesPage">[number];
type AgentRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getAgentsPage">[number];
type ClassRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getClassesPage">[number];
type UnitRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getUnitsPage">[number];
/** A ClassDeployed / UnitDeployed log as the refresh reads it. */
type FactoryLog = {
  args: {
    deployment?: {
      request?: { classId: Hex; unitId?: Hex; params: readonly { name: Hex; value: bigint }[] };
      day0Limits?: readonly { key: Hex }[];
    };
  };
};
