/**
 * Canonical JSON (RFC 8785, the JSON Canonicalization Scheme): object members sorted by their names' UTF-16 code
 * units, no whitespace, numbers in ECMAScript's shortest round-trip form, strings with JSON.stringify's escaping
 * (which is the RFC's), `undefined` members dropped and `undefined` array elements written as null. Our one
 * extension: a bigint is written as its decimal string (`canonicalJson`); `jcsJson` refuses bigints (plain JSON).
 *
 * Used for every hash a plan carries (observed-state fingerprint, plan seed, the saved plan's integrity hash)
 * so that equal models hash equally no matter how they were built. The hash is SHA-256 (node:crypto, native):
 * plan format 3 (docs/plan-format.md). Format 2 used keccak256 in JavaScript, the slow part of a large plan.
 *
 * The serialiser is hand-written for speed (no intermediate arrays of entries, one string built by
 * concatenation) and tested equal to a straightforward reference on random data (test/plan/canonical.test.ts).
 */
import { createHash } from "node:crypto";
import type { Hex } from "viem";

/** Thrown for a value canonical JSON cannot encode (callers may translate it into their own error class). */
export class CanonicalJsonError extends Error {
  override name = "CanonicalJsonError";
}

function write(value: unknown, bigints: boolean): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`canonical JSON: ${value} is not a finite number`);
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      // decimal digits and "-" need no escaping
      if (bigints) return `"${value.toString()}"`;
      break;
    case "undefined":
      return "null";
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ",") + write(value[i], bigints);
        return out + "]";
      }
      const record = value as Record<string, unknown>;
      // Array.prototype.sort without a comparator orders strings by UTF-16 code units (RFC 8785 §3.2.3)
      const keys = Object.keys(record).sort();
      let out = "{";
      let first = true;
      for (const key of keys) {
        const v = record[key];
        if (v === undefined) continue;
        out += (first ? "" : ",") + JSON.stringify(key) + ":" + write(v, bigints);
        first = false;
      }
      return out + "}";
    }
  }
  throw new CanonicalJsonError(`canonical JSON: cannot encode a ${typeof value}`);
}

/** Canonical JSON with bigints as decimal strings (the models' form). */
export function canonicalJson(value: unknown): string {
  return write(value, true);
}

/** RFC 8785 canonical JSON of a plain JSON value (a bigint is refused). */
export function jcsJson(value: unknown): string {
  return write(value, false);
}

/** SHA-256 of a string's UTF-8 bytes, as 0x-hex. */
export function sha256Hex(text: string): Hex {
  return `0x${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

/** SHA-256 of the canonical JSON's UTF-8 bytes (plan format 3). */
export function canonicalHash(value: unknown): Hex {
  return sha256Hex(canonicalJson(value));
}

/** JSON.stringify replacer that writes bigints as decimal strings. */
export function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}
