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
 * Speed (the observed state of 1,000 classes is about 30 MB of canonical JSON): the native JSON.stringify does the
 * writing, with a replacer that hands it each plain object as a copy with its members in sorted order (and bigints
 * as strings). What that cannot express exactly falls back to the hand-written serialiser `write`: an object with
 * an array-index key (JavaScript puts "1" before "0a" whatever the insertion order), an object that is not plain
 * (a class instance, a Date — whose toJSON the native path would call —, a boxed primitive). Both paths are
 * tested equal to a straightforward reference on random data (test/plan/canonical.test.ts).
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

/** Thrown inside the native path when the value needs the hand-written one. */
const FALLBACK = Symbol("canonical JSON: hand-written path");

/** An array index ("0", "17"): JavaScript orders such keys numerically before all others. */
function isIndexKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

function replacer(bigints: boolean) {
  return function (this: Record<string, unknown>, key: string, value: unknown): unknown {
    if (this[key] !== value) throw FALLBACK; // a toJSON method replaced the value (or NaN: refused by hand)
    switch (typeof value) {
      case "string":
      case "boolean":
      case "undefined":
        return value;
      case "number":
        if (!Number.isFinite(value)) throw new CanonicalJsonError(`canonical JSON: ${value} is not a finite number`);
        return value;
      case "bigint":
        if (bigints) return value.toString();
        throw new CanonicalJsonError("canonical JSON: cannot encode a bigint");
      case "object": {
        if (value === null) return null;
        if (Array.isArray(value)) return value;
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) throw FALLBACK;
        const keys = Object.keys(value);
        let inOrder = true;
        for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1]! < keys[i]!;
        if (inOrder) return value; // the native order is already the canonical one
        keys.sort();
        const sorted = Object.create(null) as Record<string, unknown>;
        for (const k of keys) {
          if (isIndexKey(k)) throw FALLBACK;
          sorted[k] = (value as Record<string, unknown>)[k];
        }
        return sorted;
      }
    }
    throw new CanonicalJsonError(`canonical JSON: cannot encode a ${typeof value}`);
  };
}
const withBigints = replacer(true);
const withoutBigints = replacer(false);

function serialise(value: unknown, bigints: boolean): string {
  if (value === undefined) return "null";
  try {
    return JSON.stringify(value, bigints ? withBigints : withoutBigints) as string;
  } catch (error) {
    if (error === FALLBACK) return write(value, bigints);
    throw error;
  }
}

/** Canonical JSON with bigints as decimal strings (the models' form). */
export function canonicalJson(value: unknown): string {
  return serialise(value, true);
}

/** RFC 8785 canonical JSON of a plain JSON value (a bigint is refused). */
export function jcsJson(value: unknown): string {
  return serialise(value, false);
}

/** The hand-written serialiser alone (the fallback; exported for the equality test). */
export function canonicalJsonByHand(value: unknown, bigints = true): string {
  return write(value, bigints);
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
