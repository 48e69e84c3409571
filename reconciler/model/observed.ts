/**
 * The observed model: what `refresh` reads from the chain at one pinned block, normalised into the same
 * resource shape the desired model is mapped to, so that `diff` can compare the two field by field.
 *
 * Resource addresses (the keys of `resources`):
 *   template.<id>.v<version>            a template version in the template registry
 *   agent.<id>                          a Halo Agent in the Halo registry
 *   legacy.<id>                         a pre-factory Halo recorded by governance
 *   legacy.<id>.unit.<unitId>           a unit of that pre-factory Halo (recordLegacyUnit)
 *   class.<id>                          a Halo Class (its PAU and class contracts)
 *   class.<id>.unit.<unitId>            a Halo Unit of that class
 *   class.<id>.init.<flow>              a PAS init `BeamState.initRateLimits[key][rateLimits]` of the class's RateLimits
 *                                       (fields key, rateLimits, maxAmount, slope)
 *   class.<id>.rateLimit.<flow>         a rate limit on the class's RateLimits (fields key, rateLimits, maxAmount, slope,
 *                                       zzz = `Configurator.zzz(rl, key)`, init.maxAmount / init.slope / init.scope =
 *                                       `getInitRateLimits(key, rl)` and whether it came from the RateLimits or address(0))
 *   class.<id>.relayer.<address>        a RELAYER of the class Controller
 *   class.<id>.freezer.<address>        a FREEZER of the class Controller
 *   class.<id>.govOps.<address>         a cBEAM granted on the class's RateLimits or Controller (fields cBeam, rateLimits,
 *                                       controller: booleans; `rateLimitsCBeams` / `controllersCBeams` / `cBeams`). Present
 *                                       for the declared GovOps and for every cBEAM the BeamState logs name on either
 *                                       contract, so an undeclared cBEAM is a resource the desired model lacks (drift).
 *   class.<id>.destination.<address>    a transfer destination approved on the class Controller
 * Class resources also carry their PAS registration: `pas.rateLimits` (`BeamState.rateLimits(rl) == 1`),
 * `pas.controller` (`controllers(ctrl) == 1`), `pas.hop` / `pas.maxChange` (effective, with the address(0) fallback).
 * Legacy resources carry `pas.rateLimits` / `pas.controller` for their recorded PAU.
 * Field values are flat (nested parameters use dotted names such as `params.capacity`).
 */
import { type Address, type Hex, zeroAddress } from "viem";

export type FieldValue = bigint | string | number | boolean | null | readonly FieldValue[];

export type ResourceType =
  | "template"
  | "agent"
  | "legacy"
  | "legacyUnit"
  | "class"
  | "unit"
  | "init"
  | "rateLimit"
  | "relayer"
  | "freezer"
  | "govOps"
  | "destination"
  // the Prime side (halos/primes.yaml; chain/prime.ts documents the addresses `prime.<id>…`)
  | "prime"
  | "primeInit"
  | "primeRateLimit"
  | "primeGovOps";

export interface Resource {
  type: ResourceType;
  fields: Record<string, FieldValue>;
}

/** Resources keyed by resource address. */
export type ResourceMap = Record<string, Resource>;

/** A single call inside a PAS Timelock operation. */
export interface TimelockCall {
  target: Address;
  value: bigint;
  data: Hex;
}

/** Everything that determines a PAS Timelock operation's id (the `delay` does not). */
export interface TimelockOperation {
  calls: readonly TimelockCall[];
  predecessor: Hex;
  salt: Hex;
}

/**
 * A batch scheduled on the PAS Timelock that has not been executed or cancelled: from its `CallScheduled` /
 * `CallSalt` logs, or from the Timelock's pending list (`getOperation`) for operations older than the log scan;
 * `getTimestamp` for the state.
 */
export interface ObservedTimelockOperation {
  id: Hex;
  calls: TimelockCall[];
  predecessor: Hex;
  salt: Hex;
  /** `getTimestamp(id)`: the time it becomes ready (1 = done). */
  timestamp: bigint;
}

export interface SystemAddresses {
  /** PAS Configurator (what cBEAMs call). */
  configurator: Address;
  /** PAS BeamState. */
  beamState: Address;
  /** PAS Timelock (Core Council, delayed). */
  timelock: Address;
  factory?: Address;
  templateRegistry?: Address;
  haloRegistry?: Address;
  /** HaloCBeamProposer: the factory's narrow PROPOSER adapter on the PAS Timelock. */
  cbeamProposer?: Address;
  /** Sky's PauseProxy (executive spells): ward of BeamState, admin of the PAS Timelock. */
  pauseProxy?: Address;
}

/** The factory's BeamState role and the functions it may call: defined with every other role in model/roles.ts. */
export { HALO_FACTORY_ACTIONS, HALO_FACTORY_ROLE } from "./roles.js";

/** PAS state that is not per resource (read at the pinned block). */
export interface ObservedPas {
  /** `BeamState.stopped()`: a stopped BeamState halts the Configurator. */
  stopped: boolean;
  /** `Timelock.paused()`: a paused Timelock refuses scheduleBatch, cancel and executeBatch. */
  timelockPaused: boolean;
  /**
   * `BeamState.hop(rl)` as stored (0 = unset), keyed by lower-case RateLimits address, for every class / legacy
   * RateLimits, plus the scope-wide fallback under the zero address. Use `sorlOf` for the effective values.
   */
  hop: Record<string, bigint>;
  /** `BeamState.maxChange(rl)` (WAD; 1.2e18 = +20%), keyed like `hop`. */
  maxChange: Record<string, bigint>;
  /** Is the factory authorised in PAS (the one-time `sky-governance` spell)? Absent without a factory address. */
  factoryRole?: {
    role: number;
    /** `hasUserRole(factory, role)`. */
    userRole: boolean;
    /** `isActionInRole(selector, role)` per selector (`0x…` lower case) of `HALO_FACTORY_ACTIONS`. */
    actions: Record<string, boolean>;
    /** `Timelock.hasRole(PROPOSER_ROLE, cbeamProposer)` (false without an adapter address). */
    proposerIsAdapter: boolean;
  };
  /** Lower-case accounts with `cBeams(account) == 1` among every account refresh looked at (declared + logs). */
  cBeams: string[];
  /**
   * `Timelock.getOperationsCount()`: pending operations the Timelock lists. When the log scan found fewer, refresh
   * walks the Timelock's pending list (`getFirstOperationId` / `getNextOperationId`) and reads the missing ones with
   * `getOperation`, so `timelockOperations` holds every pending operation either way.
   */
  timelockOperationCount: bigint;
}

/** The effective SORL parameters of a RateLimits: its own `hop` / `maxChange`, else the address(0) fallback. */
export function sorlOf(observed: Pick<ObservedState, "pas">, rateLimits: string): { hop: bigint; maxChange: bigint } {
  const rl = rateLimits.toLowerCase();
  const own = (m: Record<string, bigint>) => m[rl] ?? 0n;
  const hop = own(observed.pas.hop) !== 0n ? own(observed.pas.hop) : (observed.pas.hop[zeroAddress] ?? 0n);
  const maxChange =
    own(observed.pas.maxChange) !== 0n ? own(observed.pas.maxChange) : (observed.pas.maxChange[zeroAddress] ?? 0n);
  return { hop, maxChange };
}

export interface ObservedState {
  chainId: number;
  blockNumber: bigint;
  blockHash: Hex;
  blockTimestamp: bigint;
  system: SystemAddresses;
  /** PAS state beyond the resources: stopped, paused, SORL parameters, the factory's authorisation, cBEAMs. */
  pas: ObservedPas;
  /** The PAS Timelock's `getMinDelay()`. */
  timelockMinDelay: bigint;
  resources: ResourceMap;
  timelockOperations: ObservedTimelockOperation[];
  /**
   * Enabled controller actions, as `<controller>:<keccak256(calldata)>` in lower case, `controller` being the
   * Controller or the zero address (every controller): every key the BeamState's `AddInitControllerActions` logs
   * name and every key the caller asked for (`isControllerActionEnabled` / `initControllerActions`, still enabled
   * at the pinned block).
   */
  controllerActions: string[];
}

/** `class.acme.rateLimit.x` → `class.acme`; top-level addresses have no parent. */
export function parentOf(address: string): string | undefined {
  const parts = address.split(".");
  if (parts[0] !== "class" || parts.length < 4) return undefined;
  return parts.slice(0, 2).join(".");
}

/** The class id of any `class.<id>…` address. */
export function classIdOf(address: string): string | undefined {
  const parts = address.split(".");
  return parts[0] === "class" ? parts[1] : undefined;
}
