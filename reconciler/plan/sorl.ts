/**
 * Second-order rate limits (SORL) as the Configurator enforces them, so that a plan can turn a desired rate
 * limit into the exact sequence of `setRateLimit` calls the Configurator will accept, with their times.
 *
 * Rules mirrored (see IConfigurator):
 * - a decrease of `maxAmount` or `slope` is allowed at any time;
 * - the first instantiation (both current values zero) may go straight up to the init's values;
 * - afterwards an increase of either field is allowed once per `hop` (at `lastIncreaseAt + hop` or later) and
 *   to at most `current * (10000 + maxChangeBps) / 10000` (integer division, as in Solidity);
 * - one `setRateLimit` that raises either field counts as the one increase of its hop.
 */

export const MAX_UINT256 = (1n << 256n) - 1n;
export const BPS = 10_000n;
/** Ramps longer than this are refused as a plan: governance should raise the init instead. */
export const MAX_RAMP_STEPS = 64;

export interface RateLimitValues {
  maxAmount: bigint;
  slope: bigint;
}

export interface SorlParams {
  /** Seconds between two increases (18 h on mainnet). */
  hop: bigint;
  /** Largest increase per hop, in basis points of the current value (2500). */
  maxChangeBps: bigint;
}

export interface RampInput {
  current: RateLimitValues;
  desired: RateLimitValues;
  /** The init that applies to this (key, pau) or (key, 0); undefined if none exists. */
  init: RateLimitValues | undefined;
  /** `Configurator.lastIncreaseAt(pau, key)`; 0 = never increased. */
  lastIncreaseAt: bigint;
  now: bigint;
  sorl: SorlParams;
}

export type RampStepKind = "decrease" | "instantiate" | "increase";

export interface RampStep {
  index: number;
  earliestAt: bigint;
  maxAmount: bigint;
  slope: bigint;
  kind: RampStepKind;
}

export interface RampPlan {
  steps: RampStep[];
  /** Set when the desired values cannot be reached with `setRateLimit` calls alone; `steps` then stops early. */
  blocked?: string;
  /** From the first step's earliest time to the last step's. */
  durationSeconds: bigint;
}

/** The largest value an increase may reach from `current` in one hop (Solidity integer math). */
export function maxAllowedIncrease(current: bigint, maxChangeBps: bigint): bigint {
  if (current === MAX_UINT256) return MAX_UINT256;
  const grown = (current * (BPS + maxChangeBps)) / BPS;
  return grown > MAX_UINT256 ? MAX_UINT256 : grown;
}

export function nextIncreaseAt(lastIncreaseAt: bigint, hop: bigint): bigint {
  return lastIncreaseAt === 0n ? 0n : lastIncreaseAt + hop;
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

function fmt(v: bigint): string {
  return v === MAX_UINT256 ? "unlimited" : v.toString();
}

/** Plans the `setRateLimit` steps from the current to the desired values. An empty `steps` means in sync. */
export function planRamp(input: RampInput): RampPlan {
  const { desired, init, sorl, now } = input;
  let current = { ...input.current };
  let lastIncreaseAt = input.lastIncreaseAt;
  const steps: RampStep[] = [];
  const done = (blocked?: string): RampPlan => {
    const durationSeconds = steps.length === 0 ? 0n : steps[steps.length - 1]!.earliestAt - steps[0]!.earliestAt;
    return blocked === undefined ? { steps, durationSeconds } : { steps, blocked, durationSeconds };
  };
  const push = (earliestAt: bigint, v: RateLimitValues, kind: RampStepKind): void => {
    steps.push({ index: steps.length, earliestAt, maxAmount: v.maxAmount, slope: v.slope, kind });
  };
  const equal = (a: RateLimitValues, b: RateLimitValues) => a.maxAmount === b.maxAmount && a.slope === b.slope;

  if (equal(current, desired)) return done();

  const isFirst = current.maxAmount === 0n && current.slope === 0n;
  if (isFirst) {
    if (init === undefined) return done("no init exists for this rate limit: governance must add one (timelock)");
    const first = { maxAmount: min(desired.maxAmount, init.maxAmount), slope: min(desired.slope, init.slope) };
    push(now, first, "instantiate");
    current = first;
    lastIncreaseAt = now;
    if (equal(current, desired)) return done();
  }

  let t = now;
  while (!equal(current, desired)) {
    const canIncrease = t >= nextIncreaseAt(lastIncreaseAt, sorl.hop);
    const next = { ...current };
    let increased = false;
    let decreased = false;
    for (const field of ["maxAmount", "slope"] as const) {
      const c = current[field];
      const d = desired[field];
      if (d < c) {
        next[field] = d;
        decreased = true;
      } else if (d > c && canIncrease) {
        if (d === MAX_UINT256) {
          return done(`${field} cannot be raised to unlimited under SORL from ${fmt(c)}: governance must set it`);
        }
        const allowed = maxAllowedIncrease(c, sorl.maxChangeBps);
        if (allowed <= c) {
          return done(`${field} cannot rise from ${fmt(c)} under SORL (+${sorl.maxChangeBps} bps rounds to zero)`);
        }
        next[field] = min(d, allowed);
        increased = true;
      }
    }
    if (increased || decreased) {
      if (steps.length >= MAX_RAMP_STEPS) {
        return done(
          `reaching ${fmt(desired.maxAmount)} / ${fmt(desired.slope)} takes more than ${MAX_RAMP_STEPS} steps`,
        );
      }
      push(t, next, increased ? "increase" : "decrease");
      current = next;
      if (increased) lastIncreaseAt = t;
    }
    // Whatever is left after this step is an increase (decreases never wait): it waits for the next hop.
    t = max(t, nextIncreaseAt(lastIncreaseAt, sorl.hop));
  }
  return done();
}

/**
 * True when the observed values lie on the way from below to the desired values and the remaining ramp can
 * be driven by `setRateLimit` alone: drift treats this as expected, not as drift.
 */
export function isOnRamp(
  observed: RateLimitValues,
  desired: RateLimitValues,
  init: RateLimitValues | undefined,
  lastIncreaseAt: bigint,
  now: bigint,
  sorl: SorlParams,
): boolean {
  if (observed.maxAmount > desired.maxAmount || observed.slope > desired.slope) return false;
  if (observed.maxAmount === desired.maxAmount && observed.slope === desired.slope) return false;
  if (observed.maxAmount === 0n && observed.slope === 0n) return false;
  const plan = planRamp({ current: observed, desired, init, lastIncreaseAt, now, sorl });
  return plan.blocked === undefined && plan.steps.every((s) => s.kind === "increase");
}
