import { createHash } from "node:crypto";
import { getAddress as viemGetAddress } from "viem";
import { describe, expect, it } from "vitest";
import { getAddress, isAddress } from "../../model/address.js";
import { CanonicalJsonError, canonicalJsonByHand, jcsJson } from "../../model/canonical.js";
import { canonicalHash, canonicalJson } from "../../plan/canonical.js";
import { jcs } from "../../plan/integrity.js";
import { PlanError } from "../../errors.js";
import { prng } from "../helpers.js";

const sha256 = (text: string) => `0x${createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex")}`;

/** The straightforward serialiser the fast one replaced (entries, filter, sort, map, join): the reference. */
function reference(value: unknown, bigints: boolean): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") {
    if (!bigints) throw new Error("bigint");
    return JSON.stringify(value.toString());
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("not finite");
    return JSON.stringify(value);
  }
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => reference(v === undefined ? null : v, bigints)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v, bigints)}`).join(",")}}`;
}

/** Random JSON-ish values: every scalar kind, awkward strings (escapes, non-ASCII, astral, lone surrogates), awkward numbers. */
function randomValue(next: () => number, depth: number, bigints: boolean): unknown {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chars = ["a", "Z", "0", "_", ".", "\"", "\\", "\n", "\t", "\u0000", "\u001f", "\u007f", "é", "€", "\u2028", "😀", "\ud800", "\udfff", "דּ", " "];
  const str = () => Array.from({ length: Math.floor(next() * 6) }, () => pick(chars)).join("");
  const kinds = depth > 3 ? 6 : 8;
  switch (Math.floor(next() * kinds)) {
    case 0:
      return str();
    case 1:
      return pick([0, -0, 1, -1, 0.1, 1e21, 1e-7, 333333333.33333329, 2 ** 53, -(2 ** 60), 5e-324, 1.7976931348623157e308, (next() - 0.5) * 10 ** Math.floor(next() * 40 - 20)]);
    case 2:
      return next() < 0.5;
    case 3:
      return null;
    case 4:
      return bigints ? pick([0n, -1n, 10n ** 30n, BigInt(Math.floor(next() * 1e15))]) : Math.floor(next() * 1e6);
    case 5:
      return str();
    case 6:
      return Array.from({ length: Math.floor(next() * 5) }, () => (next() < 0.1 ? undefined : randomValue(next, depth + 1, bigints)));
    default: {
      const out: Record<string, unknown> = {};
      // sometimes array-index keys (JavaScript orders them first: the native path falls back), sometimes in order
      const key = () => (next() < 0.08 ? pick(["0", "1", "9", "10", "007", "4294967294", "4294967295", "-1"]) : str());
      for (let i = Math.floor(next() * 6); i > 0; i--) out[key()] = next() < 0.1 ? undefined : randomValue(next, depth + 1, bigints);
      if (next() < 0.05) return Object.assign(Object.create(null) as object, out);
      return out;
    }
  }
}

describe("canonical JSON and its hash (model/canonical.ts, plan format 3)", () => {
  it("is SHA-256 of the canonical JSON's UTF-8 bytes", () => {
    const value = { b: 1n, a: [true, null, undefined, "é"], c: undefined, nested: { z: 0, y: "x" } };
    const json = '{"a":[true,null,null,"é"],"b":"1","nested":{"y":"x","z":0}}';
    expect(canonicalJson(value)).toBe(json);
    expect(canonicalHash(value)).toBe(sha256(json));
    expect(canonicalHash(value)).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it("equal content hashes equally however it was built; different content differently", () => {
    const rows = (n: number) => Array.from({ length: 2_000 }, (_, i) => ({ id: `r${i}`, amount: BigInt(i * n) }));
    const first = canonicalHash({ rows: rows(1) });
    expect(canonicalHash(Object.fromEntries(Object.entries({ rows: rows(1) }).reverse()))).toBe(first);
    expect(canonicalHash({ rows: rows(2) })).not.toBe(first);
  });

  it("both serialisers (native with a sorting replacer, and by hand) equal the reference on 5,000 random values", () => {
    const next = prng(14);
    for (let i = 0; i < 5_000; i++) {
      const withBigints = randomValue(next, 0, true);
      const expected = reference(withBigints, true);
      expect(canonicalJson(withBigints)).toBe(expected);
      expect(canonicalJsonByHand(withBigints)).toBe(expected);
      const plain = randomValue(next, 0, false);
      expect(jcsJson(plain)).toBe(reference(plain, false));
      expect(canonicalJsonByHand(plain, false)).toBe(reference(plain, false));
      if (plain !== undefined) expect(jcs(plain)).toBe(reference(plain, false));
    }
  });

  it("what the native path cannot write exactly goes by hand: index keys, a Date (toJSON), class instances", () => {
    expect(canonicalJson({ b: 1, 10: "x", 9: "y", a: [{ 1: 0, "0a": 1 }] })).toBe('{"10":"x","9":"y","a":[{"0a":1,"1":0}],"b":1}');
    expect(canonicalJson({ when: new Date(0) })).toBe(reference({ when: new Date(0) }, true));
    class Point {
      constructor(
        readonly y: number,
        readonly x: number,
      ) {}
    }
    expect(canonicalJson([new Point(2, 1)])).toBe('[{"x":1,"y":2}]');
    expect(canonicalJson({ __proto__: null, b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson(JSON.parse('{"__proto__": 1, "a": 2}'))).toBe('{"__proto__":1,"a":2}');
  });

  it("keys sort by UTF-16 code units (RFC 8785 §3.2.3), not by code points or locale", () => {
    expect(canonicalJson({ "\ufb33": 1, "\ud83d\ude00": 2, a: 3, B: 4 })).toBe('{"B":4,"a":3,"😀":2,"דּ":1}');
  });

  it("refuses what JSON cannot carry: non-finite numbers, functions, symbols; jcs also bigints and a bare undefined", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson([Infinity])).toThrow(/not a finite number/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/cannot encode a function/);
    expect(() => canonicalJson(Symbol("s"))).toThrow(/cannot encode a symbol/);
    expect(() => jcsJson({ a: 1n })).toThrow(/cannot encode a bigint/);
    expect(() => jcs({ a: 1n })).toThrow(PlanError);
    expect(() => jcs(undefined)).toThrow(PlanError);
  });
});

describe("memoized address checks (model/address.ts)", () => {
  const lower = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
  const checksummed = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

  it("getAddress answers as viem's, every time", () => {
    expect(getAddress(lower)).toBe(viemGetAddress(lower));
    expect(getAddress(lower)).toBe(checksummed);
    expect(getAddress(checksummed)).toBe(checksummed);
  });

  it("an invalid address throws every time (nothing remembered)", () => {
    expect(() => getAddress("0x1234")).toThrow();
    expect(() => getAddress("0x1234")).toThrow();
    expect(() => getAddress("0xzz9fd6e51aad88f6f4ce6ab8827279cfffb92266")).toThrow();
  });

  it("isAddress: strict by default (a wrong checksum is refused), loose on request", () => {
    const wrongChecksum = "0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266";
    expect(isAddress(checksummed)).toBe(true);
    expect(isAddress(lower)).toBe(true);
    expect(isAddress(wrongChecksum)).toBe(false);
    expect(isAddress(wrongChecksum)).toBe(false);
    expect(isAddress(wrongChecksum, { strict: false })).toBe(true);
    expect(isAddress("0x12")).toBe(false);
  });
});
