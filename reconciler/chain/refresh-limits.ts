/**
 * refresh stage, round 3 (reconciler/chain/refresh.ts): per (class, key) — Day-0 keys of the deployment events, the
 * keys the registry's records imply, keys of the BeamState init logs, keys the caller names — the class's own init,
 * the effective init (address(0) fallback), the rate-limit data and the Configurator's `zzz`; per (class,
 * destination) `isApprovedDestination`; per (controller, action key) whether the action is enabled. Every read
 * starts before the first await: one JSON-RPC batch.
 */
import { type Address, type Hex, keccak256 } from "viem";
import { readContract } from "viem/actions";
import { haloControllerAbi, pasBeamStateAbi, pasConfiguratorAbi, rateLimitsAbi } from "../abi/index.js";
import { getAddress } from "../model/address.js";
import type { SystemAddresses } from "../model/observed.js";
import { fromBytes32Name } from "./names.js";
import type { ClassLive } from "./refresh-live.js";
import type { BeamLogIndex } from "./refresh-pas.js";
import {
  type ClassRecord,
  type UnitRecord,
  ZERO_ADDRESS,
  ofClass,
  registryFlowKeys,
  setDestinationActionId,
} from "./refresh-shared.js";
import type { CountingClient } from "./rpc.js";

export interface Round3Input {
  client: CountingClient["client"];
  system: SystemAddresses;
  blockNumber: bigint;
  beam: BeamLogIndex;
  classLive: readonly ClassLive[];
  allUnits: readonly UnitRecord[];
  /** Day-0 keys of every deployment, by class id (lower case). */
  day0Keys: Map<string, Set<string>>;
  /** Flow names of keys the caller names (class id → key → flow): their keys are read too. */
  flowNames?: Record<string, Record<string, string>> | undefined;
  /** Controller actions the caller names (class id → action keys or calldata). */
  controllerActions?: Record<string, readonly Hex[]> | undefined;
}

/**
 * Every known key of a class's RateLimits, sorted: the Day-0 keys of its deployment events, the keys its registry
 * records imply (unit queues, the Term facility and redeem) even without the events, the BeamState init logs' keys
 * on its RateLimits and on address(0), and the keys the caller names.
 */
export function classKeys(
  input: Pick<Round3Input, "beam" | "allUnits" | "day0Keys" | "flowNames">,
  c: ClassRecord,
): Hex[] {
  const rl = c.rateLimits.toLowerCase();
  const keys = new Set<string>(input.day0Keys.get(c.classId.toLowerCase()) ?? []);
  for (const k of registryFlowKeys(c, ofClass(input.allUnits, c.classId))) keys.add(k);
  for (const k of input.beam.initKeysOn.get(rl) ?? []) keys.add(k);
  for (const k of input.beam.initKeysOn.get(ZERO_ADDRESS) ?? []) keys.add(k);
  for (const k of Object.keys(input.flowNames?.[fromBytes32Name(c.classId)] ?? {})) keys.add(k.toLowerCase());
  return [...keys].sort() as Hex[];
}

/**
 * The controller actions to check, by id `<controller>:<key>` (lower case): every (controller, key) the logs name,
 * the caller's, and each destination's approve / revoke `setDestination` calls (`isControllerActionEnabled`
 * includes the address(0) fallback).
 */
export function controllerActionChecks(
  input: Pick<Round3Input, "beam" | "controllerActions">,
  classes: readonly (readonly [ClassRecord, readonly Address[]])[],
): Map<string, { controller: Address; key: Hex }> {
  const actionChecks = new Map<string, { controller: Address; key: Hex }>();
  const check = (controller: Address, key: Hex) =>
    actionChecks.set(`${controller.toLowerCase()}:${key.toLowerCase()}`, { controller, key });
  for (const [controller, keys] of input.beam.actionKeysOn)
    for (const k of keys) check(getAddress(controller), k as Hex);
  for (const [c, destinations] of classes) {
    for (const a of input.controllerActions?.[fromBytes32Name(c.classId)] ?? [])
      check(c.controller, a.length === 66 ? a : keccak256(a));
    for (const d of destinations)
      for (const approved of [true, false]) check(c.controller, setDestinationActionId(d, approved));
  }
  return actionChecks;
}

type At = { blockNumber: bigint };

/** One (class, key): the class's own init, the effective init (address(0) fallback), the rate-limit data, `zzz`. */
export async function readLimit(client: CountingClient["client"], system: SystemAddresses, c: ClassRecord, key: Hex, at: At) {
  const rl = c.rateLimits;
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
  return { classId: c.classId, pau: c.almProxy, rateLimits: rl, key, own, init, data, zzz };
}

/** One (class, destination): `isApprovedDestination` on the class's Controller. */
export async function readDestination(client: CountingClient["client"], c: ClassRecord, destination: Address, at: At) {
  return {
    classId: c.classId,
    destination,
    approved: await readContract(client, {
      address: c.controller,
      abi: haloControllerAbi,
      functionName: "isApprovedDestination",
      args: [destination],
      ...at,
    }),
  };
}

/** One controller action: enabled (`isControllerActionEnabled`; on address(0) the scope-wide `initControllerActions`). */
export function readActionEnabled(
  client: CountingClient["client"],
  system: SystemAddresses,
  { controller, key }: { controller: Address; key: Hex },
  at: At,
): Promise<boolean> {
  return controller.toLowerCase() === ZERO_ADDRESS
    ? readContract(client, {
        address: system.beamState,
        abi: pasBeamStateAbi,
        functionName: "initControllerActions",
        args: [key, controller],
        ...at,
      })
    : readContract(client, {
        address: system.beamState,
        abi: pasBeamStateAbi,
        functionName: "isControllerActionEnabled",
        args: [key, controller],
        ...at,
      });
}

/** Round 3: rate limits and inits per known key, destination approvals, enabled controller actions. */
export async function readRound3(input: Round3Input) {
  const { client, system, blockNumber, classLive } = input;
  const at = { blockNumber } as const;
  const limitReads = classLive.flatMap((c) => classKeys(input, c.record).map((key) => ({ c, key })));
  const destinationReads = classLive.flatMap((c) => c.destinations.map((destination) => ({ c, destination })));
  const limitsRead = Promise.all(limitReads.map(({ c, key }) => readLimit(client, system, c.record, key, at)));
  const destinationsRead = Promise.all(
    destinationReads.map(({ c, destination }) => readDestination(client, c.record, destination, at)),
  );
  const actionChecks = controllerActionChecks(
    input,
    classLive.map((c) => [c.record, c.destinations] as const),
  );
  const actionsRead = Promise.all(
    [...actionChecks.entries()].map(async ([id, check]) =>
      (await readActionEnabled(client, system, check, at)) ? id : undefined,
    ),
  );
  const [limits, destinationStates, enabledActions] = await Promise.all([limitsRead, destinationsRead, actionsRead]);
  return { limits, destinationStates, enabledActions };
}

export type Round3 = Awaited<ReturnType<typeof readRound3>>;
