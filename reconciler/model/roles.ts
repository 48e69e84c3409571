/**
 * Every role constant the reconciler uses, defined once (docs/reconciler-layout.md):
 * - PAS BeamState role numbers (bits of `userRoles`): PASInit's DELAYED (the Timelock) and IMMEDIATE (the Core
 *   Council's account), and HALO_FACTORY, the role a spell grants the factory (docs/pas-handoff.md §2), with the
 *   BeamState functions that role may call;
 * - OpenZeppelin AccessControl role ids (`keccak256(name)`, DEFAULT_ADMIN_ROLE = 0x0): `roleId`, and the ids the
 *   planner and apply name directly.
 */
import { type Hex, keccak256, toBytes } from "viem";

/** BeamState role numbers (bits of `userRoles`): PASInit's two, plus the factory's (granted by a spell). */
export const PAS_ROLE = { DELAYED: 1, IMMEDIATE: 2, HALO_FACTORY: 3 } as const;

/** The BeamState role the factory holds once a spell has granted it (docs/pas-handoff.md §2). */
export const HALO_FACTORY_ROLE = PAS_ROLE.HALO_FACTORY;

/** The BeamState selectors of the factory's role, by function name. */
export const HALO_FACTORY_ACTIONS = [
  "addRateLimits",
  "addController",
  "addInitRateLimits",
  "setCBeamForRateLimits",
  "setCBeamForController",
] as const;

const ZERO_BYTES32: Hex = `0x${"00".repeat(32)}`;

/** An AccessControl role id: keccak256 of its name; DEFAULT_ADMIN_ROLE is 0x0. */
export function roleId(name: string): Hex {
  return name === "DEFAULT_ADMIN_ROLE" ? ZERO_BYTES32 : keccak256(toBytes(name));
}

export const DEFAULT_ADMIN_ROLE: Hex = roleId("DEFAULT_ADMIN_ROLE");
/** OpenZeppelin's role ids of a TimelockController's proposers and cancellers. */
export const PROPOSER_ROLE: Hex = roleId("PROPOSER_ROLE");
export const CANCELLER_ROLE: Hex = roleId("CANCELLER_ROLE");
/** The HaloController's RELAYER and FREEZER. */
export const RELAYER: Hex = roleId("RELAYER");
export const FREEZER: Hex = roleId("FREEZER");
