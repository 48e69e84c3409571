/**
 * The amount and duration grammars of halos/ (documented in docs/desired-state.md) and the per-day →
 * per-second slope conversion. Every function throws `GrammarError` with a message fit for
 * `file:line:col path: message`.
 */
import { MAX_UINT256, SECONDS_PER_DAY } from "../model/desired.js";
import { InputError } from "../errors.js";

export class GrammarError extends InputError {
  override name = "GrammarError";
}

const AMOUNT = /^([0-9]+(?:_[0-9]+)*)(?:\.([0-9]+(?:_[0-9]+)*))?(?:[eE]([0-9]+))?$/;
const DURATION = /^([0-9]+(?:_[0-9]+)*)(s|h|d|w|y)?$/;

/** Largest exponent accepted: 10^78 already exceeds uint256, so anything above is a typo. */
const MAX_EXPONENT = 78;

const UNIT_SECONDS: Record<string, bigint> = {
  s: 1n,
  h: 3_600n,
  d: 86_400n,
  w: 604_800n,
  y: 31_536_000n, // 365 days: terms are contractual day counts, not calendar years
};

/** The text of an amount as written: YAML numbers are passed as their source text so nothing is rounded. */
export type AmountText = string;

/**
 * Parse an amount in base units: `digits[_digits]*[.digits[_digits]*][e|E exponent]`. The result must be a
 * whole number of base units that fits in uint256 ("1.5e18" is fine, "1.5" is not).
 */
export function parseAmount(text: AmountText): bigint {
  const match = AMOUNT.exec(text.trim());
  if (!match) {
    throw new GrammarError(
      `"${text}" is not an amount: use digits with optional _ separators and an optional exponent, e.g. "10_000_000e18"`,
    );
  }
  const whole = (match[1] ?? "").replaceAll("_", "");
  const fraction = (match[2] ?? "").replaceAll("_", "");
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  if (exponent > MAX_EXPONENT) throw new GrammarError(`"${text}" exceeds uint256 (exponent ${exponent} > ${MAX_EXPONENT})`);
  // Drop trailing zeros of the fraction: they never make a value fractional.
  const significantFraction = fraction.replace(/0+$/, "");
  if (significantFraction.length > exponent) {
    throw new GrammarError(`"${text}" is not a whole number of base units`);
  }
  const value = BigInt(whole + significantFraction) * 10n ** BigInt(exponent - significantFraction.length);
  if (value > MAX_UINT256) throw new GrammarError(`"${text}" exceeds uint256`);
  return value;
}

/** Parse a rate-limit amount: "unlimited" (→ MAX_UINT256) or an amount. */
export function parseLimitAmount(text: AmountText): bigint {
  return text.trim() === "unlimited" ? MAX_UINT256 : parseAmount(text);
}

/** Parse a duration into seconds: whole seconds, or digits with a unit s, h, d, w, y (365 days). */
export function parseDuration(text: string): bigint {
  const match = DURATION.exec(text.trim());
  if (!match) {
    throw new GrammarError(`"${text}" is not a duration: use whole seconds or digits with a unit s, h, d, w or y, e.g. "90d"`);
  }
  const count = BigInt((match[1] ?? "").replaceAll("_", ""));
  return count * (UNIT_SECONDS[match[2] ?? "s"] ?? 1n);
}

/**
 * Per-day slope → per-second slope as RateLimits stores it: floor(perDay / 86400). Rounding down keeps the
 * on-chain refill at or below what was declared. An unlimited slope stays unlimited.
 */
export function slopePerSecond(perDay: bigint): bigint {
  return perDay === MAX_UINT256 ? MAX_UINT256 : perDay / SECONDS_PER_DAY;
}

/** Human form of a base-unit amount for messages: "unlimited" or digits grouped by _. */
export function formatAmount(value: bigint): string {
  if (value === MAX_UINT256) return "unlimited";
  return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, "_");
}
