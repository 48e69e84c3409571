/**
 * The Day-0 rule, written once. The planner (plan/day0-gate.ts), `halo verify` (ops/verify.ts) and `halo apply`
 * (through the plan it re-checks) import it; docs/day0.md explains it.
 *
 * Mission document, "Factory Day-0 checklist": for the first N settlement cycles, enforce conservative initial rate
 * limits and require a daily human review during the Processing Window. As code:
 *
 * - An entry (class or unit) is in Day-0 from its recording until the HaloRegistry records `day0.endedAt`, which it
 *   does when the N-th review (`day0.cycles`, from the template) is recorded.
 * - Reviews are dated and distinct: at most one per entry per review window. A window is one day starting at
 *   13:00 UTC (the LCTS lock that opens the Processing Window); HaloRegistry.recordReview enforces it on chain
 *   (`HaloRegistry_ReviewWindowTaken`). The constants below mirror `REVIEW_WINDOW_START` and `1 days`.
 * - While the entry that owns a rate-limit key is in Day-0, the key's limit stays at or below its Day-0 value (per
 *   field, maxAmount and slope): the PAS init the factory seeded from the template. A decrease is always allowed; a
 *   SORL ramp above the Day-0 value waits until Day-0 has ended.
 */

/** Seconds after 00:00 UTC at which a review window opens (HaloRegistry.REVIEW_WINDOW_START). */
export const REVIEW_WINDOW_START = 13n * 3600n;
/** Length of a review window (one day). */
export const REVIEW_WINDOW = 86_400n;

export interface Day0Status {
  /** Reviews required (the template's `day0Cycles`). */
  cycles: number;
  reviewCount: number;
  /** 0 while in Day-0. */
  endedAt: bigint;
}

export interface LimitValues {
  maxAmount: bigint;
  slope: bigint;
}

/** The index of the review window `timestamp` falls in (HaloRegistry `_reviewWindow`). */
export function reviewWindowOf(timestamp: bigint): bigint {
  return (timestamp + (REVIEW_WINDOW - REVIEW_WINDOW_START)) / REVIEW_WINDOW;
}

/** When window `window` opens (unix seconds). */
export function windowStart(window: bigint): bigint {
  return window * REVIEW_WINDOW - (REVIEW_WINDOW - REVIEW_WINDOW_START);
}

/** True while the entry is in Day-0 (the registry has not recorded its end). */
export function inDay0(status: Day0Status): boolean {
  return status.endedAt === 0n;
}

/** `3 of 7 reviews` */
export function progress(status: Day0Status): string {
  return `${status.reviewCount} of ${status.cycles} review${status.cycles === 1 ? "" : "s"}`;
}

/**
 * The earliest time Day-0 can end: one review per window, the next one in the current window unless the last
 * review already took it. Undefined once ended (use `endedAt`).
 */
export function earliestEnd(status: Day0Status, now: bigint, lastReviewAt?: bigint): bigint | undefined {
  if (!inDay0(status)) return undefined;
  const left = BigInt(Math.max(0, status.cycles - status.reviewCount));
  if (left === 0n) return now;
  const current = reviewWindowOf(now);
  const taken = lastReviewAt !== undefined && reviewWindowOf(lastReviewAt) === current;
  const first = taken ? windowStart(current + 1n) : now;
  return left === 1n ? first : windowStart(reviewWindowOf(first) + left - 1n);
}

/** When a review may next be recorded for this entry (now, or the next window's opening). */
export function nextReviewAt(now: bigint, lastReviewAt?: bigint): bigint {
  if (lastReviewAt === undefined) return now;
  const current = reviewWindowOf(now);
  return reviewWindowOf(lastReviewAt) === current ? windowStart(current + 1n) : now;
}

/** True when `value` is within the Day-0 value, field by field (a decrease is always allowed). */
export function withinDay0(value: LimitValues, day0: LimitValues): boolean {
  return value.maxAmount <= day0.maxAmount && value.slope <= day0.slope;
}

/** `desired` capped at the Day-0 value, field by field. */
export function capAtDay0(desired: LimitValues, day0: LimitValues): LimitValues {
  return {
    maxAmount: desired.maxAmount < day0.maxAmount ? desired.maxAmount : day0.maxAmount,
    slope: desired.slope < day0.slope ? desired.slope : day0.slope,
  };
}

/** The verdict of the rule on one key's limit. */
export interface Day0LimitVerdict {
  ok: boolean;
  /** True when the rule applies (the owning entry is in Day-0). */
  binding: boolean;
  detail: string;
}

/** The rule itself: while in Day-0, a key's limit is at most its Day-0 value; after Day-0 the rule is silent. */
export function checkDay0Limit(status: Day0Status, value: LimitValues, day0: LimitValues): Day0LimitVerdict {
  if (!inDay0(status)) return { ok: true, binding: false, detail: `Day-0 ended at ${isoDate(status.endedAt)}` };
  const ok = withinDay0(value, day0);
  return {
    ok,
    binding: true,
    detail: ok
      ? `in Day-0 (${progress(status)}): maxAmount ${value.maxAmount} slope ${value.slope} within the Day-0 value maxAmount ${day0.maxAmount} slope ${day0.slope}`
      : `in Day-0 (${progress(status)}) the limit may not exceed maxAmount ${day0.maxAmount} slope ${day0.slope}; it is maxAmount ${value.maxAmount} slope ${value.slope}`,
  };
}

/**
 * The entry that owns a rate-limit resource (`class.<c>.rateLimit.<flow>`): a unit flow (`<unit>.<flow>`) belongs to
 * the unit `class.<c>.unit.<unit>`, any other flow to the class `class.<c>`. Undefined for other addresses.
 */
export function day0OwnerOf(rateLimitAddress: string): string | undefined {
  const parts = rateLimitAddress.split(".");
  if (parts[0] !== "class" || parts[2] !== "rateLimit" || parts.length < 4) return undefined;
  const flow = parts.slice(3);
  return flow.length > 1 ? `class.${parts[1]}.unit.${flow[0]}` : `class.${parts[1]}`;
}

/** `2026-12-06T13:00:00Z` */
export function isoDate(t: bigint): string {
  return new Date(Number(t) * 1000).toISOString().replace(".000Z", "Z");
}

/** `waiting for Day-0: 2 of 7 reviews of class.x.unit.y (earliest end 2026-12-11T13:00:00Z)` */
export function waitingText(owner: string, status: Day0Status, now: bigint, lastReviewAt?: bigint): string {
  const end = earliestEnd(status, now, lastReviewAt);
  return `waiting for Day-0: ${progress(status)} of ${owner}${end === undefined ? "" : ` (one per daily window from 13:00 UTC; earliest end ${isoDate(end)})`}`;
}
