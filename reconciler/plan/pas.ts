/**
 * Sky's PAS (Timelock, BeamState, Configurator) as the planner speaks to it: the ABIs of the calls plans make,
 * BeamState's role numbers, the calls of the spell that authorises the HaloFactory in PAS (docs/pas-handoff.md
 * §2), the controller actions (RELAYER / FREEZER grants, destination approvals) that GovOps executes through
 * `Configurator.callControllerAction`, and the salt / operation of the cBEAM grant the factory schedules.
 */
import {
  type Address,
  type Hex,
  encodeAbiParameters,
  encodeFunctionData,
  keccak256,
  parseAbiParameters,
  toFunctionSelector,
  zeroAddress,
} from "viem";
import { haloControllerAbi } from "../abi/HaloController.js";
import { pasBeamStateAbi } from "../abi/PasBeamState.js";
import { pasConfiguratorAbi } from "../abi/PasConfigurator.js";
import { pasTimelockAbi } from "../abi/PasTimelock.js";
import { pasSpellCalls } from "../chain/pas.js";
import { HALO_FACTORY_ACTIONS, type ObservedPas } from "../model/observed.js";
import { CANCELLER_ROLE, DEFAULT_ADMIN_ROLE, FREEZER, PROPOSER_ROLE, RELAYER } from "../model/roles.js";
import { ZERO_BYTES32, hashOperationBatch, type TimelockOperation } from "./timelock.js";

/** The PAS ABIs, generated from the stand-in (contracts/pas), which implements Sky's interfaces. */
export const beamStateAbi = pasBeamStateAbi;
export const configuratorAbi = pasConfiguratorAbi;
export const timelockAbi = pasTimelockAbi;
export const controllerAbi = haloControllerAbi;

/** BeamState role numbers and the role ids below are defined once, in model/roles.ts. */
export { PAS_ROLE as ROLE } from "../model/roles.js";


/** The five BeamState functions the factory's role may call (docs/pas-handoff.md §2). */
export const FACTORY_ROLE_FUNCTIONS = HALO_FACTORY_ACTIONS;
export type FactoryRoleFunction = (typeof HALO_FACTORY_ACTIONS)[number];

const SIGNATURES: Record<FactoryRoleFunction, string> = {
  addRateLimits: "addRateLimits(address)",
  addController: "addController(address)",
  addInitRateLimits: "addInitRateLimits(bytes32,address,uint256,uint256)",
  setCBeamForRateLimits: "setCBeamForRateLimits(address,address)",
  setCBeamForController: "setCBeamForController(address,address)",
};

export function selectorOf(fn: FactoryRoleFunction): Hex {
  return toFunctionSelector(SIGNATURES[fn]);
}

export { CANCELLER_ROLE, DEFAULT_ADMIN_ROLE, FREEZER, PROPOSER_ROLE, RELAYER };
export const WAD = 10n ** 18n;

/** What the chain says about the factory's authorisation in PAS (refresh's `pas.factoryRole`). */
export type FactoryAuthorisation = NonNullable<ObservedPas["factoryRole"]>;

export interface SpellCall {
  target: Address;
  value: bigint;
  data: Hex;
  /** e.g. `setRoleAction(uint8,bytes4,bool)` */
  signature: string;
  /** JSON-safe arguments in order (bigints and numbers as decimal strings). */
  args: (string | boolean)[];
  /** Contract the call is made on, for people and the Solidity snippet (`BeamState`, `Timelock`). */
  contract: "BeamState" | "Timelock";
  /** For a selector argument: the function it names. */
  names?: string;
}

/**
 * The calls of the executive spell that authorises the factory in PAS, only the ones the chain shows missing:
 * `setRoleAction(3, sel, true)` for each factory function, `setUserRole(factory, 3, true)`, and
 * `Timelock.grantRole(PROPOSER_ROLE, HaloCBeamProposer)`. Empty when the factory is already authorised.
 */
export function factoryAuthorisationCalls(
  auth: FactoryAuthorisation,
  addresses: { beamState: Address; timelock: Address; factory: Address; cbeamProposer?: Address },
): SpellCall[] {
  // The whole spell is built once, in chain/pas.ts (the devnet runs the same calls); a plan keeps what is missing.
  const full = pasSpellCalls({ ...addresses, cbeamProposer: addresses.cbeamProposer ?? zeroAddress });
  const n = FACTORY_ROLE_FUNCTIONS.length;
  const missing = [
    ...FACTORY_ROLE_FUNCTIONS.map((fn) => auth.actions[selectorOf(fn).toLowerCase()] !== true),
    !auth.userRole,
    !auth.proposerIsAdapter && addresses.cbeamProposer !== undefined,
  ];
  return full.flatMap((call, i) =>
    missing[i] === true
      ? [
          {
            target: call.target,
            value: call.value,
            data: call.data,
            signature: call.signature,
            args: call.args.map((a) => (typeof a === "boolean" || typeof a === "string" ? a : String(a))),
            contract: i === n + 1 ? ("Timelock" as const) : ("BeamState" as const),
            ...(i < n ? { names: FACTORY_ROLE_FUNCTIONS[i] } : {}),
          },
        ]
      : [],
  );
}

// ---------------------------------------------------------------------------------------------------------
// Controller actions: calldata BeamState enables (keyed by keccak256(data)) and GovOps executes

export interface ControllerAction {
  data: Hex;
  hash: Hex;
  /** For people: `grantRole(RELAYER, 0x…)`. */
  describe: string;
}

/** keccak256 of each calldata seen in this run (a large tree names the same few accounts in every class). */
const actionHashes = new Map<Hex, Hex>();

function action(data: Hex, describe: string): ControllerAction {
  let hash = actionHashes.get(data);
  if (hash === undefined) {
    if (actionHashes.size >= 100_000) actionHashes.clear();
    actionHashes.set(data, (hash = keccak256(data)));
  }
  return { data, hash, describe };
}

/** `setDestination(destination, approved)` on the class's HaloController. */
export function setDestinationAction(destination: Address, approved: boolean): ControllerAction {
  return action(
    encodeFunctionData({ abi: controllerAbi, functionName: "setDestination", args: [destination, approved] }),
    `setDestination(${destination}, ${approved})`,
  );
}

/** `grantRole(RELAYER|FREEZER, who)` (or `revokeRole`) on the class's HaloController. */
export function roleAction(role: "relayer" | "freezer", who: Address, grant: boolean): ControllerAction {
  // remembered (frozen): a large tree names the same relayer / freezer in many classes, and viem's generic
  // encoder costs more than the hash
  const memoKey = `${role}:${grant}:${who}`;
  const known = roleActions.get(memoKey);
  if (known !== undefined) return known;
  const id = role === "relayer" ? RELAYER : FREEZER;
  const fn = grant ? "grantRole" : "revokeRole";
  const made = Object.freeze(
    action(
      encodeFunctionData({ abi: controllerAbi, functionName: fn, args: [id, who] }),
      `${fn}(${role === "relayer" ? "RELAYER" : "FREEZER"}, ${who})`,
    ),
  );
  if (roleActions.size >= 100_000) roleActions.clear();
  roleActions.set(memoKey, made);
  return made;
}
const roleActions = new Map<string, ControllerAction>();

/** The `controllerActions` entry of an enabled (controller, hash), as refresh reports it. */
export function controllerActionKey(controller: Address, hash: Hex): string {
  return `${controller.toLowerCase()}:${hash.toLowerCase()}`;
}

// ---------------------------------------------------------------------------------------------------------
// The cBEAM grant the factory schedules through HaloCBeamProposer

/** `keccak256(abi.encode("HALO_FACTORY_CBEAM", classId))`: the salt of a class's `addCBeam` operation. */
export function cbeamGrantSalt(classId: Hex): Hex {
  return keccak256(encodeAbiParameters(parseAbiParameters("string, bytes32"), ["HALO_FACTORY_CBEAM", classId]));
}

/** The one-call batch `[BeamState.addCBeam(govOps)]` the factory schedules for a class whose GovOps is no cBEAM. */
export function cbeamGrantOperation(beamState: Address, govOps: Address, classId: Hex): TimelockOperation {
  return {
    calls: [{ target: beamState, value: 0n, data: encodeFunctionData({ abi: beamStateAbi, functionName: "addCBeam", args: [govOps] }) }],
    predecessor: ZERO_BYTES32,
    salt: cbeamGrantSalt(classId),
  };
}

export function cbeamGrantOperationId(beamState: Address, govOps: Address, classId: Hex): Hex {
  return hashOperationBatch(cbeamGrantOperation(beamState, govOps, classId));
}
