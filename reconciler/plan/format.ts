/**
 * Values of a plan for people: amounts in the units the YAML uses (`10_000_000e18` → `10,000,000 (18 decimals)`),
 * durations in hours / days, slopes per day, enum names instead of indices, and long strings / arrays as a
 * line diff. Pure and exact: amounts are bigints throughout, never floating point.
 */
import { diffArrays, diffLines } from "diff";
import type { FieldValue } from "../model/observed.js";
import { MAX_UINT256 } from "./sorl.js";

/** The YAML writes amounts as `N e18` (wad): the default scale of amount fields. */
export const DEFAULT_DECIMALS = 18;
const SECONDS_PER_DAY = 86_400n;

/** `1234567` → `1,234,567`. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * An integer amount in base units shown in whole units, exactly: `10_000_000e18` → `10,000,000 (18 decimals)`,
 * `1.5e18` → `1.5 (18 decimals)`, `1` → `0.000000000000000001 (18 decimals)`, `type(uint256).max` → `unlimited`.
 */
export function formatAmount(v: bigint, decimals = DEFAULT_DECIMALS): string {
  if (v === MAX_UINT256) return "unlimited";
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const scale = 10n ** BigInt(decimals);
  const whole = abs / scale;
  const frac = (abs % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  const num = `${neg ? "-" : ""}${groupThousands(whole.toString())}${frac === "" ? "" : `.${frac}`}`;
  return decimals === 0 ? num : `${num} (${decimals} decimals)`;
}

/** `64800` → `18 h`, `1209600` → `14 d`, `90` → `90 s`, `5400` → `1 h 30 min`. */
export function formatSeconds(s: bigint): string {
  if (s < 0n) return `-${formatSeconds(-s)}`;
  if (s === 0n) return "0 s";
  const d = s / SECONDS_PER_DAY;
  const h = (s % SECONDS_PER_DAY) / 3600n;
  const m = (s % 3600n) / 60n;
  const sec = s % 60n;
  // whole days read better as days from two days up; 18 h / 36 h stay in hours like SORL's hop
  if (sec === 0n && m === 0n && h === 0n && d >= 2n) return `${d} d`;
  const hours = d * 24n + h;
  const parts: string[] = [];
  if (hours > 0n) parts.push(`${hours} h`);
  if (m > 0n) parts.push(`${m} min`);
  if (sec > 0n) parts.push(`${sec} s`);
  return parts.join(" ");
}

/**
 * A per-second slope as the YAML's `slopePerDay`. The loader stores `floor(slopePerDay / 86400)`, so every
 * per-day value in `[slope·86400, slope·86400 + 86399]` gives the same slope: the roundest one of them is shown
 * (`115740740740740740740` → `10,000,000 (18 decimals) per day`).
 */
export function formatSlope(slope: bigint, decimals = DEFAULT_DECIMALS): string {
  if (slope === MAX_UINT256) return "unlimited";
  return `${formatAmount(roundestPerDay(slope), decimals)} per day`;
}

/** The per-day value with the most trailing zeros that floors to `slope` per second. */
export function roundestPerDay(slope: bigint): bigint {
  const lo = slope * SECONDS_PER_DAY;
  const hi = lo + SECONDS_PER_DAY - 1n;
  let best = lo;
  for (let p = 10n; p <= hi; p *= 10n) {
    const candidate = ((lo + p - 1n) / p) * p; // the smallest multiple of p ≥ lo
    if (candidate <= hi) best = candidate;
    else break;
  }
  return best;
}

/** Solidity enums whose values a plan may carry, by field name (index = the enum's value). */
export const ENUMS: Record<string, readonly string[]> = {
  status: ["NONE", "PROPOSED", "APPROVED", "DEPRECATED", "REVOKED"], // ITemplateRegistry.TemplateStatus
  origin: ["NONE", "FACTORY", "LEGACY"], // IHaloRegistry.Origin
  entryType: ["NONE", "AGENT", "CLASS", "UNIT"], // HaloRegistry.EntryType
  state: ["Unset", "Waiting", "Ready", "Done"], // IPasTimelock.OperationState
};

/** The enum name for a numeric value of an enum field (`status: 2` → `APPROVED (2)`); undefined otherwise. */
export function enumName(field: string, v: FieldValue | undefined): string | undefined {
  const names = ENUMS[lastSegment(field)];
  if (names === undefined) return undefined;
  const i = typeof v === "bigint" ? v : typeof v === "number" && Number.isInteger(v) ? BigInt(v) : undefined;
  if (i === undefined || i < 0n || i >= BigInt(names.length)) return undefined;
  return `${names[Number(i)]} (${i})`;
}

function lastSegment(field: string): string {
  const parts = field.split(".");
  return parts[parts.length - 1]!;
}

/** Fields counted in base units of a token (wad in the YAML). */
const AMOUNT_FIELD = /(amount|capacity|deposit|min|max|size|balance|supply|cap)$/i;
/** Fields that are durations in seconds. */
const DURATION_FIELD = /(delay|hop|duration|period|seconds|ttl|window)$/i;

/**
 * How a field's value is shown: by its name (`maxAmount`, `slope`, `delay`, `status`), else plainly. Amounts and
 * slopes are counted in `decimals` (the deposit asset's; the change's `decimals`, default 18).
 */
export function formatFieldValue(field: string, v: FieldValue | undefined, decimals = DEFAULT_DECIMALS): string {
  if (v === undefined) return "(none)";
  if (v === null) return "null";
  const named = enumName(field, v);
  if (named !== undefined) return named;
  if (typeof v === "bigint") {
    const leaf = lastSegment(field);
    if (v === MAX_UINT256) return "unlimited";
    if (/^slope$/i.test(leaf) || /slope$/i.test(leaf)) return `${v}/s (${formatSlope(v, decimals)})`;
    if (DURATION_FIELD.test(leaf)) return formatSeconds(v);
    if (/rate$/i.test(leaf)) return formatAmount(v, decimals);
    if (AMOUNT_FIELD.test(leaf)) return formatAmount(v, decimals);
    return v.toString();
  }
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => formatFieldValue(field, x, decimals)).join(", ")}]`;
  return String(v);
}

/** Strings longer than this, and arrays longer than `LONG_ARRAY`, are shown as a diff when they change. */
export const LONG_STRING = 60;
export const LONG_ARRAY = 4;

/** Whether an old → new change is better read as a line diff than as `old -> new`. */
export function isLong(old: FieldValue | undefined, now: FieldValue | undefined): boolean {
  const long = (v: FieldValue | undefined) =>
    (typeof v === "string" && (v.length > LONG_STRING || v.includes("\n"))) ||
    (Array.isArray(v) && v.length > LONG_ARRAY);
  return (long(old) || long(now)) && (old === undefined || now === undefined || Array.isArray(old) === Array.isArray(now));
}

/**
 * A changed long field as diff lines (`- removed`, `+ added`, `  kept`), arrays element by element, strings
 * line by line (a long one-line string is split at `,` / spaces to make the diff readable).
 */
export function fieldDiff(field: string, old: FieldValue | undefined, now: FieldValue | undefined, decimals = DEFAULT_DECIMALS): string[] {
  if (Array.isArray(old) || Array.isArray(now)) {
    const a = (Array.isArray(old) ? old : []).map((x) => formatFieldValue(field, x, decimals));
    const b = (Array.isArray(now) ? now : []).map((x) => formatFieldValue(field, x, decimals));
    const out: string[] = [];
    for (const part of diffArrays(a, b)) {
      const mark = part.added ? "+ " : part.removed ? "- " : "  ";
      for (const x of part.value) out.push(`${mark}${x}`);
    }
    return out;
  }
  const split = (v: FieldValue | undefined) => {
    if (typeof v !== "string") return v === undefined ? "" : `${formatFieldValue(field, v, decimals)}\n`;
    const text = v.includes("\n") ? v : v.replace(/([,;]) */g, "$1\n");
    return text.endsWith("\n") ? text : `${text}\n`;
  };
  const out: string[] = [];
  for (const part of diffLines(split(old), split(now))) {
    const mark = part.added ? "+ " : part.removed ? "- " : "  ";
    for (const line of part.value.replace(/\n$/, "").split("\n")) out.push(`${mark}${line}`);
  }
  return out;
}

/**
 * The lines of one changed field: `field = value` for a creation, `field: old -> new` for an update, and for a
 * long string or array `field:` followed by its line diff, indented.
 */
export function fieldLines(
  f: { field: string; old?: FieldValue | undefined; new?: FieldValue | undefined; immutable: boolean },
  kind: "create" | "update" | "delete" | "refused",
  decimals = DEFAULT_DECIMALS,
): string[] {
  const mark = f.immutable && kind !== "create" ? "  # cannot change in place" : "";
  if (kind !== "create" && isLong(f.old, f.new))
    return [`${f.field}:${mark}`, ...fieldDiff(f.field, f.old, f.new, decimals).map((l) => `    ${l}`)];
  if (kind === "create") return [`${f.field} = ${formatFieldValue(f.field, f.new, decimals)}`];
  return [`${f.field}: ${formatFieldValue(f.field, f.old, decimals)} -> ${formatFieldValue(f.field, f.new, decimals)}${mark}`];
}
