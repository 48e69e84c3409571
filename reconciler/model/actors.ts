/**
 * The governance actors of Sky's PAS (docs/pas-handoff.md §5): every batch of a plan names the one actor that
 * really signs it, and `halo apply` writes the payload that actor uses.
 */

export type Actor =
  /** Sky governance: an executive spell, executed by the PauseProxy (a BeamState ward, the Timelock's admin). */
  | "sky-governance"
  /** The Core Council through the PAS Timelock: `scheduleBatch` by a proposer, `executeBatch` (anyone) after the delay. */
  | "core-council-timelocked"
  /** The Core Council's account holding BeamState's IMMEDIATE role: direct BeamState calls. */
  | "core-council-direct"
  /** The class's GovOps, a cBEAM granted on its RateLimits and Controller: PAS Configurator calls. */
  | "govops"
  /** A HaloFactory DEPLOYER (deployClass / deployUnit) or the Halo registry's REGISTRAR (registerAgent). */
  | "deployer";

export const ACTORS: readonly Actor[] = [
  "sky-governance",
  "deployer",
  "core-council-timelocked",
  "core-council-direct",
  "govops",
];

export type PayloadKind = "spell" | "timelock" | "transactions";

export interface ActorInfo {
  /** Who signs, in one line. */
  signs: string;
  /** The payload `halo apply` writes for this actor when it does not send. */
  payload: PayloadKind;
}

export const ACTOR_INFO: Record<Actor, ActorInfo> = {
  "sky-governance": { signs: "an executive spell, executed by the PauseProxy", payload: "spell" },
  deployer: { signs: "a HaloFactory DEPLOYER (or the Halo registry's REGISTRAR)", payload: "transactions" },
  "core-council-timelocked": {
    signs: "a Core Council proposer on the PAS Timelock (executeBatch: anyone, after the delay)",
    payload: "timelock",
  },
  "core-council-direct": { signs: "the Core Council's BeamState IMMEDIATE-role account", payload: "transactions" },
  govops: { signs: "the class's GovOps (cBEAM) on the PAS Configurator", payload: "transactions" },
};

export function actorRank(a: Actor): number {
  return ACTORS.indexOf(a);
}

export function isActor(v: unknown): v is Actor {
  return typeof v === "string" && (ACTORS as readonly string[]).includes(v);
}
