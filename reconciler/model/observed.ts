/**
 * The observed model: what `refresh` reads from the chain at one pinned block, normalised into the same
 * resource shape the desired model is mapped to, so that `diff` can compare the two field by field.
 *
 * Resource addresses (the keys of `resources`):
 *   template.<id>.v<version>            a template version in the template registry
 *   agent.<id>                          a Halo Agent in the Halo registry
 *   legacy.<id>                         a pre-factory Halo recorded by governance
 *   class.<id>                          a Halo Class (its PAU and class contracts)
 *   class.<id>.unit.<unitId>            a Halo Unit of that class
 *   class.<id>.init.<flow>              a rate-limit init in BEAMState for that class's PAU
 *   class.<id>.rateLimit.<flow>         a rate limit set through the Configurator
 *   class.<id>.relayer.<address>        a RELAYER of the class Controller
 *   class.<id>.freezer.<address>        a FREEZER of the class Controller
 *   class.<id>.govOps.<address>         a GovOps accordant to the class PAU (cBEAM)
 *   class.<id>.destination.<address>    a transfer destination approved on the class Controller
 * Field values are flat (nested parameters use dotted names such as `params.capacity`).
 */
import type { Address, Hex } from "viem";
import type { TimelockCall } from "../plan/timelock.js";

export type FieldValue = bigint | string | number | boolean | null | readonly FieldValue[];

export type ResourceType =
  | "template"
  | "agent"
  | "legacy"
  | "class"
  | "unit"
  | "init"
  | "rateLimit"
  | "relayer"
  | "freezer"
  | "govOps"
  | "destination";

export interface Resource {
  type: ResourceType;
  fields: Record<string, FieldValue>;
}

/** Resources keyed by resource address. */
export type ResourceMap = Record<string, Resource>;

/** A call scheduled on BEAMTimeLock that has not been executed or cancelled (from `CallScheduled` + `getTimestamp`). */
export interface ObservedTimelockOperation {
  id: Hex;
  calls: TimelockCall[];
  predecessor: Hex;
  salt: Hex;
  /** `getTimestamp(id)`: the time it becomes ready (1 = done). */
  timestamp: bigint;
}

export interface SystemAddresses {
  configurator: Address;
  beamState: Address;
  timelock: Address;
  factory?: Address;
  templateRegistry?: Address;
  haloRegistry?: Address;
}

export interface ObservedState {
  chainId: number;
  blockNumber: bigint;
  blockHash: Hex;
  blockTimestamp: bigint;
  system: SystemAddresses;
  /** BEAMState's SORL parameters. */
  sorl: { hop: bigint; maxChangeBps: bigint };
  /** BEAMTimeLock's `getMinDelay()`. */
  timelockMinDelay: bigint;
  resources: ResourceMap;
  timelockOperations: ObservedTimelockOperation[];
  /**
   * Controller-action hashes enabled in BEAMState (`isInitControllerAction`) among those refresh was able to
   * name (the `setDestination` calls of every known destination), as `<pau>:<hash>` in lower case.
   */
  controllerActions?: string[];
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
