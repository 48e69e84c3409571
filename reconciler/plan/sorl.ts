/**
 * Second-order rate limits (SORL) as the PAS Configurator enforces them in `setRateLimit`, so that a plan can
 * turn a desired rate limit into the exact sequence of GovOps calls PAS accepts, with their times.
 *
 * PAS's rule, per field (maxAmount, slope), with `init = BeamState.getInitRateLimits(key, rateLimits)`,
 * `maxChange = getMaxChange(rateLimits)` (WAD, 1.25e18 = +25%) and `hop = getHop(rateLimits)`:
 * - the new value may be at most ceiling = max(init, current, current × maxChange / 1e18) (integer division);
 * - a call that raises either field is an increase: it needs `hop > 0` and `now >= zzz(rateLimits, key) + hop`,
 *   and it sets `zzz` to now (one increase per hop, counted from the last one);
 * - a decrease is allowed at any time;
 * - when the init is "unlimited" ({max uint256, 0}) the key can only be set unlimited.
 * A first instantiation (current 0/0) is an ordinary increase up to the init.
 */

export const MAX_UINT256 = (1n << 256n) - 1n;
export const WAD = 10n ** 18n;
/** Ramps longer than this are refused as a plan: governance should raise the init instead. */
export const MAX_RAMP_STEPS = 64;

export interface RateLimitValues {
  maxAmount: bigint;
  slope: bigint;
}

export interface SorlParams {
  /** `BeamState.getHop(rateLimits)`: seconds between two increases of a key. */
  hop: bigint;
  /** `BeamState.getMaxChange(rateLimits)`: WAD multiplier of the ceiling (≥ 1e18). */
  maxChange: bigint;
}

export interface RampInput {
  current: RateLimitValues;
  desired: RateLimitValues;
  /** `getInitRateLimits(key, rateLimits)`; undefined (or 0/0) when none is set. */
  init: RateLimitValues | undefined;
  /** `Configurator.zzz(rateLimits, key)`: the time of the last increase (0 = never). */
  zzz: bigint;
  now: bigint;
  sorl: SorlParams;
}

export type RampStepKind = "decrease" | "instantiate" | "increase" | "unlimited";

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

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

/** The highest value `setRateLimit` accepts for a field: max(init, current, current × maxChange / 1e18). */
export function ceilingOf(current: bigint, init: bigint, maxChange: bigint): bigint {
  const grown = current === 0n ? 0n : (current * maxChange) / WAD;
  return max(max(init, current), min(grown, MAX_UINT256));
}

/** The earliest time an increase is accepted: `zzz + hop`. */
export function nextIncreaseAt(zzz: bigint, hop: bigint): bigint {
  return zzz + hop;
}

export function isUnlimited(v: RateLimitValues | undefined): boolean {
  return v !== undefined && v.maxAmount === MAX_UINT256 && v.slope === 0n;
}

function fmt(v: bigint): string {
  return v === MAX_UINT256 ? "unlimited" : v.toString();
}

/** Plans the `setRateLimit` steps from the current to the desired values. An empty `steps` means in sync. */
export function planRamp(input: RampInput): RampPlan {
  const { desired, sorl, now } = input;
  const init = input.init ?? { maxAmount: 0n, slope: 0n };
  let current = { ...input.current };
  let zzz = input.zzz;
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

  if (isUnlimited(init)) {
    if (!isUnlimited(desired))
      return done(
        "the init of this key is unlimited: the Configurator only sets it unlimited (maxAmount = max uint256, slope = 0); change the init first (Core Council)",
      );
    push(now, desired, "unlimited");
    return done();
  }
  if (desired.maxAmount === MAX_UINT256 && init.maxAmount !== MAX_UINT256)
    return done("maxAmount cannot be raised to unlimited under SORL: governance must add an unlimited init");

  let t = now;
  while (!equal(current, desired)) {
    const canIncrease = t >= nextIncreaseAt(zzz, sorl.hop);
    const next = { ...current };
    let increased = false;
    let decreased = false;
    const first = current.maxAmount === 0n && current.slope === 0n;
    for (const field of ["maxAmount", "slope"] as const) {
      const c = current[field];
      const d = desired[field];
      if (d < c) {
        next[field] = d;
        decreased = true;
      } else if (d > c && canIncrease) {
        if (sorl.hop === 0n) return done("hop is not set for this RateLimits: the Configurator refuses increases");
        const ceiling = ceilingOf(c, init[field], sorl.maxChange);
        if (ceiling <= c) {
          return done(
            c === 0n
              ? `${field} cannot rise from 0: no init allows it (governance must add an init for this key)`
              : `${field} cannot rise from ${fmt(c)} under SORL (maxChange ${sorl.maxChange} leaves no room)`,
          );
        }
        next[field] = min(d, ceiling);
        increased = true;
      }
    }
    if (increased || decreased) {
      if (steps.length >= MAX_RAMP_STEPS) {
        return done(
          `reaching ${fmt(desired.maxAmount)} / ${fmt(desired.slope)} takes more than ${MAX_RAMP_STEPS} steps`,
        );
      }
      push(t, next, increased ? (first ? "instantiate" : "increase") : "decrease");
      current = next;
      if (increased) zzz = t;
    }
    // what is left is an increase (decreases never wait): it waits for the next hop
    t = max(t, nextIncreaseAt(zzz, sorl.hop));
  }
  return done();
}

/**
 * True when the observed values lie on the way from the init up to the desired values and the remaining ramp can
 * be driven by `setRateLimit` alone: drift treats this as expected, not as drift. Below the init is not a ramp.
 */
export function isOnRamp(
  observed: RateLimitValues,
  desired: RateLimitValues,
  init: RateLimitValues | undefined,
  zzz: bigint,
  now: bigint,
  sorl: SorlParams,
): boolean {
  if (observed.maxAmount > desired.maxAmount || observed.slope > desired.slope) return false;
  if (observed.maxAmount === desired.maxAmount && observed.slope === desired.slope) return false;
  if (observed.maxAmount === 0n && observed.slope === 0n) return false;
  // a ramp this tool drives starts at the init (the first instantiation goes straight to it): a value below
  // min(init, desired) was lowered by someone, not left behind by a ramp
  if (
    init !== undefined &&
    (observed.maxAmount < min(init.maxAmount, desired.maxAmount) || observed.slope < min(init.slope, desired.slope))
  )
    return false;
  const plan = planRamp({ current: observed, desired, init, zzz, now, sorl });
  return plan.blocked === undefined && plan.steps.every((s) => s.kind === "increase");
}
