/**
 * The class lens's vocabulary (chain/lens-classes.ts): what the refresh asks (queries), what it gets back (views),
 * the options, the per-client memory and counters, and the one error that sends the refresh to per-call reads.
 */
import type { Address, Hex } from "viem";
import type { LensCallMode } from "./lens-capability.js";
import type { RawBuybox, RawGrantOperation } from "./lens-decode.js";
import type { CountingClient } from "./rpc.js";

/** Where the state override puts the class lens (no key controls it; nothing is ever deployed there). */
export const CLASS_LENS_ADDRESS: Address = "0x00000000000000000000000000000000434c454e";

/** One (contract, role) read with `getRoleMembers`; `field` is the caller's name for the answer. */
export interface RoleQuery {
  field: string;
  target: Address;
  role: Hex;
}

export interface UnitLensQuery {
  queue?: Address;
  token?: Address;
  roles: readonly RoleQuery[];
}

export interface ClassLensQuery {
  /** Undefined for a pre-factory PAU (no grant operation is read). */
  classId?: Hex;
  rateLimits: Address;
  controller: Address;
  facility?: Address;
  dealToken?: Address;
  roles: readonly RoleQuery[];
  candidates: readonly Address[];
  keys: readonly Hex[];
  destinations: readonly Address[];
  units: readonly UnitLensQuery[];
}

export interface ActionLensQuery {
  /** The zero address reads the scope-wide `initControllerActions`. */
  controller: Address;
  key: Hex;
}

export interface LensSystem {
  beamState: Address;
  configurator: Address;
  timelock: Address;
  factory?: Address;
}

/** A class's pending grant operation as the lens returns it (the decoder's shape). */
export type GrantOperationView = RawGrantOperation;

/** A Term class's buybox as the lens returns it (the decoder's shape). */
export type BuyboxView = RawBuybox;

export interface LimitView {
  key: Hex;
  own: readonly [bigint, bigint];
  init: { maxAmount: bigint; slope: bigint };
  data: { maxAmount: bigint; slope: bigint; lastAmount: bigint; lastUpdated: bigint };
  zzz: bigint;
}

export interface UnitLensView {
  capacity?: bigint;
  minDeposit?: bigint;
  maxRateIncreaseBps?: bigint;
  name?: string;
  symbol?: string;
  /** field → members, in the order the contract returns them. */
  roles: Record<string, readonly Address[]>;
}

export interface ClassLensView {
  roles: Record<string, readonly Address[]>;
  pas: {
    rateLimitsRegistered: boolean;
    controllerRegistered: boolean;
    hop: bigint;
    maxChange: bigint;
    grants: { account: Address; cBeam: boolean; rateLimits: boolean; controller: boolean }[];
  };
  /** Undefined without a factory or for a pre-factory PAU. */
  grant?: GrantOperationView;
  buybox?: BuyboxView;
  dealName?: string;
  dealSymbol?: string;
  limits: LimitView[];
  /** isApprovedDestination, in the query's order. */
  destinations: readonly boolean[];
  units: UnitLensView[];
}

export type ClassLensMode = LensCallMode | "auto";

export interface ClassLensOptions {
  mode?: ClassLensMode;
  /** Gas each lens call may use: the node's `eth_call` cap (default 50M, geth / erigon's default). */
  gas?: bigint;
  /**
   * Gas a read is assumed to cost when slices are cut (default 10,000: cold account, cold slots, copying, memory;
   * 7,000 made 34-class slices that ran out of 50M gas).
   */
  gasPerRead?: number;
  /**
   * Slices sent together in one HTTP request (one JSON-RPC batch; default 6: about 3 MB of answer for full slices;
   * anvil dropped answers from batches of 8 full slices at 1,000 classes).
   */
  slicesPerRequest?: number;
  /** HTTP requests in flight at once (default 2: a node answers concurrent requests on several cores). */
  parallelRequests?: number;
}

export interface ClassLensStats {
  /** Lens `eth_call`s sent (retries after a halving included). */
  calls: number;
  /** Items (classes, actions, operations) answered from a lens call / from this client's memory. */
  items: number;
  remembered: number;
  /** Reads the lens performed on chain (estimated from the queries). */
  reads: number;
  /** Halvings after a gas / size error. */
  halvings: number;
  /** The mode of the latest lens call (what the node accepted: chain/lens-capability.ts). */
  mode: Exclude<ClassLensMode, "auto">;
  /** Time spent encoding queries and decoding answers (ms). */
  codecMs: number;
  /** Bytes of the queries sent and of the answers received (ABI bytes: the JSON text is twice as long). */
  queryBytes: number;
  answerBytes: number;
  /** Lens calls answered packed (`observePacked`, state-override mode); the others are ABI-encoded. */
  packedCalls: number;
}

/** The lens could not answer (a read reverted, or the node refuses even one item): read per call instead. */
export class LensFailedError extends Error {
  override name = "LensFailedError";
}

export interface Memory {
  /** Answers of one block (`answersBlock`): a call at another block starts them afresh, so a long-lived client keeps one block's answers, not every block's. */
  answers: Map<string, unknown>;
  answersBlock?: string;
  names: Map<string, { name: string; symbol: string }>;
  /** False once a packed answer did not decode: this client's later calls ask for ABI answers. */
  packed: boolean;
  stats: ClassLensStats;
}

const memories = new WeakMap<object, Memory>();

/** This client's lens memory (the latest block's answers by query, token names for the life of the client) and counters. */
export function classLensMemory(rpc: CountingClient): Memory {
  let m = memories.get(rpc);
  if (m === undefined) {
    m = {
      answers: new Map(),
      names: new Map(),
      packed: true,
      stats: {
        calls: 0,
        items: 0,
        remembered: 0,
        reads: 0,
        halvings: 0,
        mode: "override",
        codecMs: 0,
        queryBytes: 0,
        answerBytes: 0,
        packedCalls: 0,
      },
    };
    memories.set(rpc, m);
  }
  return m;
}

export interface ClassLensInput {
  system: LensSystem;
  /** The pinned block: every lens call names it by hash. */
  blockHash: Hex;
  classes: readonly ClassLensQuery[];
  actions: readonly ActionLensQuery[];
  operations: readonly Hex[];
  options?: ClassLensOptions;
}

export interface ClassLensResult {
  classes: ClassLensView[];
  actions: boolean[];
  operations: bigint[];
}
