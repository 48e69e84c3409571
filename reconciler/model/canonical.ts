/**
 * Canonical JSON: object keys sorted, bigints as decimal strings, no whitespace. Used for every hash a plan
 * carries (observed-state fingerprint, desired-tree hash, plan seed) so that equal models hash equally no
 * matter how they were built.
 *
 * The saved plan format fixes the hash as keccak256 (docs/plan-format.md), which runs in JavaScript and is the
 * slow part over megabytes of observed state. `canonicalHash` therefore keeps a memo keyed by the JSON's
 * sha256 (node:crypto, native): equal content — the same plan hashed for its journal and its report, the state
 * fingerprinted when planning and again before applying — costs one keccak per run.
 */
import { createHash } from "node:crypto";
import { type Hex, keccak256 } from "viem";

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`canonicalJson: ${value} is not a finite number`);
    return JSON.stringify(value);
  }
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new Error(`canonicalJson: cannot encode a ${typeof value}`);
}

/** keccak256 by sha256 of the content (bounded: a run hashes a handful of distinct large values). */
const keccakBySha256 = new Map<string, Hex>();
const MEMO_ENTRIES = 1024;

/** keccak256 of the canonical JSON's UTF-8 bytes. */
export function canonicalHash(value: unknown): Hex {
  const bytes = Buffer.from(canonicalJson(value), "utf8");
  const key = createHash("sha256").update(bytes).digest("base64");
  const known = keccakBySha256.get(key);
  if (known !== undefined) return known;
  const hash = keccak256(bytes);
  if (keccakBySha256.size >= MEMO_ENTRIES) keccakBySha256.clear();
  keccakBySha256.set(key, hash);
  return hash;
}

/** JSON.stringify replacer that writes bigints as decimal strings. */
export function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}
