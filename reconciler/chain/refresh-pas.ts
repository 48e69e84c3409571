/**
 * Reads of Sky's PAS for refresh (reconciler/chain/refresh.ts): the BeamState logs that nominate cBEAM, init and
 * controller-action candidates, PAS-wide state (stopped, paused, SORL fallback, the factory's readiness), one
 * PAU's registration / SORL / cBEAM grants, and the PAS Timelock's pending list. Every read names the pinned
 * block; the caller starts them in one round (one JSON-RPC batch).
 */
import { type Address, type Hex, getAbiItem, toFunctionSelector, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import { pasBeamStateAbi, pasTimelockAbi } from "../abi/index.js";
import { getAddress } from "../model/address.js";
import { HALO_FACTORY_ACTIONS, HALO_FACTORY_ROLE, type ObservedPas, type SystemAddresses } from "../model/observed.js";
import { ZERO_BYTES32, roleId } from "./names.js";
import type { CountingClient } from "./rpc.js";


export const BEAM_STATE_EVENTS = [
  getAbiItem({ abi: pasBeamStateAbi, name: "SetCBeamForRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "UnsetCBeamForRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "SetCBeamForController" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "UnsetCBeamForController" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "AddInitRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "DelInitRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "AddInitControllerActions" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "DelInitControllerActions" }),
] as const;

export interface BeamLogIndex {
  /** RateLimits / Controller (lower case) → every cBEAM a Set- / UnsetCBeamFor… log names on it (the state is read, not replayed). */
  cBeamsOn: Map<string, Set<Address>>;
  /** RateLimits or the zero address (lower case) → every init key an Add/DelInitRateLimits log names (lower case). */
  initKeysOn: Map<string, Set<string>>;
  /** Controller or the zero address (lower case) → every action key an Add/DelInitControllerActions log names. */
  actionKeysOn: Map<string, Set<string>>;
}

/** Which (contract, account / key) pairs the BeamState logs name: candidates whose current state refresh reads. */
export function collectBeamLogs(logs: readonly { eventName: string; args: Record<string, unknown> }[]): BeamLogIndex {
  const index: BeamLogIndex = { cBeamsOn: new Map(), initKeysOn: new Map(), actionKeysOn: new Map() };
  const add = <T>(map: Map<string, Set<T>>, at: string, value: T) => {
    const key = at.toLowerCase();
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = new Set<T>()));
    set.add(value);
  };
  for (const log of logs) {
    const a = log.args;
    switch (log.eventName) {
      case "SetCBeamForRateLimits":
      case "UnsetCBeamForRateLimits":
        add(index.cBeamsOn, a.rateLimits_ as string, getAddress(a.cBeam as string));
        break;
      case "SetCBeamForController":
      case "UnsetCBeamForController":
        add(index.cBeamsOn, a.controller as string, getAddress(a.cBeam as string));
        break;
      case "AddInitRateLimits":
      case "DelInitRateLimits":
        add(index.initKeysOn, a.rateLimits_ as string, (a.key as string).toLowerCase());
        break;
      case "AddInitControllerActions":
      case "DelInitControllerActions":
        add(index.actionKeysOn, a.controller as string, (a.key as string).toLowerCase());
        break;
    }
  }
  return index;
}

/** PAS-wide state: stopped / paused, the address(0) SORL fallback, the operation count, the factory's readiness. */
export async function readPasGlobals(client: CountingClient["client"], system: SystemAddresses, blockNumber: bigint) {
  const at = { blockNumber } as const;
  const beamState = { address: system.beamState, abi: pasBeamStateAbi, ...at } as const;
  const timelock = { address: system.timelock, abi: pasTimelockAbi, ...at } as const;
  const factory = system.factory;
  const proposer = system.cbeamProposer;
  const [stopped, hop, maxChange, timelockPaused, operationCount, userRole, actions, proposerIsAdapter] =
    await Promise.all([
      readContract(client, { ...beamState, functionName: "stopped" }),
      readContract(client, { ...beamState, functionName: "hop", args: [zeroAddress] }),
      readContract(client, { ...beamState, functionName: "maxChange", args: [zeroAddress] }),
      readContract(client, { ...timelock, functionName: "paused" }),
      readContract(client, { ...timelock, functionName: "getOperationsCount" }),
      factory
        ? readContract(client, { ...beamState, functionName: "hasUserRole", args: [factory, HALO_FACTORY_ROLE] })
        : Promise.resolve(false),
      Promise.all(
        HALO_FACTORY_ACTIONS.map((name) =>
          factory
            ? readContract(client, {
                ...beamState,
                functionName: "isActionInRole",
                args: [FACTORY_SELECTORS[name], HALO_FACTORY_ROLE],
              })
            : Promise.resolve(false),
        ),
      ),
      proposer
        ? readContract(client, { ...timelock, functionName: "hasRole", args: [roleId("PROPOSER_ROLE"), proposer] })
        : Promise.resolve(false),
    ]);
  const factoryRole: ObservedPas["factoryRole"] = factory
    ? {
        role: HALO_FACTORY_ROLE,
        userRole,
        actions: Object.fromEntries(HALO_FACTORY_ACTIONS.map((name, i) => [FACTORY_SELECTORS[name], actions[i]!])),
        proposerIsAdapter,
      }
    : undefined;
  return { stopped, hop, maxChange, timelockPaused, operationCount, factoryRole };
}

/** The PAS Timelock's pending-operation list, first to last (`getFirstOperationId`, `getNextOperationId`). */
export async function walkPendingList(
  client: CountingClient["client"],
  timelock: Address,
  count: bigint,
  blockNumber: bigint,
): Promise<Hex[]> {
  const tl = { address: timelock, abi: pasTimelockAbi, blockNumber } as const;
  const ids: Hex[] = [];
  let id = await readContract(client, { ...tl, functionName: "getFirstOperationId" });
  while (id !== ZERO_BYTES32 && BigInt(ids.length) < count) {
    ids.push(id);
    id = await readContract(client, { ...tl, functionName: "getNextOperationId", args: [id] });
  }
  return ids;
}

/** Selectors (lower case) of the factory's BeamState role, by function name. */
const FACTORY_SELECTORS: Record<(typeof HALO_FACTORY_ACTIONS)[number], Hex> = Object.fromEntries(
  HALO_FACTORY_ACTIONS.map((name) => [
    name,
    toFunctionSelector(getAbiItem({ abi: pasBeamStateAbi, name }) as never).toLowerCase() as Hex,
  ]),
) as Record<(typeof HALO_FACTORY_ACTIONS)[number], Hex>;

/** One PAU in PAS: registration, stored SORL parameters and, per candidate account, its cBEAM grants. */
export async function readPauPas(
  client: CountingClient["client"],
  beamStateAddress: Address,
  rateLimits: Address,
  controller: Address,
  candidates: readonly Address[],
  blockNumber: bigint,
) {
  const beamState = { address: beamStateAddress, abi: pasBeamStateAbi, blockNumber } as const;
  const [rl, ctrl, hop, maxChange, grants] = await Promise.all([
    readContract(client, { ...beamState, functionName: "rateLimits", args: [rateLimits] }),
    readContract(client, { ...beamState, functionName: "controllers", args: [controller] }),
    readContract(client, { ...beamState, functionName: "hop", args: [rateLimits] }),
    readContract(client, { ...beamState, functionName: "maxChange", args: [rateLimits] }),
    Promise.all(
      candidates.map(async (account) => {
        const [cBeam, onRl, onCtrl] = await Promise.all([
          readContract(client, { ...beamState, functionName: "cBeams", args: [account] }),
          readContract(client, { ...beamState, functionName: "rateLimitsCBeams", args: [rateLimits, account] }),
          readContract(client, { ...beamState, functionName: "controllersCBeams", args: [controller, account] }),
        ]);
        return { account, cBeam: cBeam === 1n, rateLimits: onRl === 1n, controller: onCtrl === 1n };
      }),
    ),
  ]);
  return { rateLimitsRegistered: rl === 1n, controllerRegistered: ctrl === 1n, hop, maxChange, grants };
}

/** One PAU's PAS registration, SORL and cBEAM grants as `readPauPas` reads them. */
export type PauPas = Awaited<ReturnType<typeof readPauPas>>;
