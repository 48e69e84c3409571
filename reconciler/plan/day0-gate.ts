/**
 * The planner's side of the Day-0 rule (model/day0.ts): a rate limit whose owning class or unit is still in Day-0 is
 * planned no higher than its Day-0 value (the key's PAS init, seeded by the factory from the template). What lies
 * above waits: the plan says "waiting for Day-0: k of N reviews" instead of scheduling a SORL ramp that `halo verify`
 * would then fail. Once the registry records the end of Day-0, the next plan ramps as usual.
 */
import type { Day0Status, LimitValues } from "../model/day0.js";
import { capAtDay0, day0OwnerOf, inDay0, waitingText, withinDay0 } from "../model/day0.js";
import type { FieldValue, ResourceMap } from "../model/observed.js";

export interface Day0Gate {
  /** The values the plan may reach now (the desired values, capped while in Day-0). */
  target: LimitValues;
  /** Set when the desired values wait for the end of Day-0. */
  waiting?: string;
}

function big(v: FieldValue | undefined): bigint | undefined {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "string" && /^[0-9]+$/.test(v)) return BigInt(v);
  return undefined;
}

/**
 * The Day-0 status of the entry at `owner`: from the chain, or — for an entry this plan deploys — a fresh Day-0 with
 * the template's cycles (`template.<id>.v<n>` `day0.cycles`, when known).
 */
export function day0StatusOf(owner: string, observed: ResourceMap, desired: ResourceMap): { status: Day0Status; lastReviewAt?: bigint } | undefined {
  const fields = observed[owner]?.fields;
  // an entry on chain whose state carries no Day-0 fields (hand-made states, pre-factory Halos): no rule to apply
  if (fields !== undefined && fields["day0.cycles"] === undefined) return undefined;
  if (fields !== undefined) {
    const last = big(fields["day0.lastReviewAt"]);
    return {
      status: { cycles: Number(fields["day0.cycles"]), reviewCount: Number(fields["day0.reviewCount"] ?? 0), endedAt: big(fields["day0.endedAt"]) ?? 0n },
      ...(last !== undefined && last !== 0n ? { lastReviewAt: last } : {}),
    };
  }
  const classAddress = owner.split(".").slice(0, 2).join(".");
  const cls = observed[classAddress]?.fields ?? desired[classAddress]?.fields ?? {};
  const template = observed[`template.${String(cls["template.id"])}.v${String(cls["template.version"])}`]?.fields;
  const cycles = Number(template?.["day0.cycles"] ?? 1);
  return { status: { cycles, reviewCount: 0, endedAt: cycles === 0 ? 1n : 0n } };
}

/** Caps `desired` at the Day-0 value (`init`) while the owner of `address` is in Day-0. */
export function day0Gate(
  address: string,
  desired: LimitValues,
  init: LimitValues | undefined,
  observed: ResourceMap,
  declared: ResourceMap,
  now: bigint,
): Day0Gate {
  const owner = day0OwnerOf(address);
  if (owner === undefined || init === undefined || withinDay0(desired, init)) return { target: desired };
  const found = day0StatusOf(owner, observed, declared);
  if (found === undefined || !inDay0(found.status)) return { target: desired };
  const { status, lastReviewAt } = found;
  return { target: capAtDay0(desired, init), waiting: waitingText(owner, status, now, lastReviewAt) };
}
