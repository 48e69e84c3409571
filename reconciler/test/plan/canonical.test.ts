import { getAddress as viemGetAddress, keccak256, stringToBytes } from "viem";
import { describe, expect, it } from "vitest";
import { getAddress, isAddress } from "../../model/address.js";
import { canonicalHash, canonicalJson } from "../../plan/canonical.js";

describe("canonicalHash (plan/canonical.ts)", () => {
  it("is keccak256 of the canonical JSON (the saved plan format)", () => {
    const value = { b: 1n, a: [true, null, undefined, "é"], c: undefined, nested: { z: 0, y: "x" } };
    const json = '{"a":[true,null,null,"é"],"b":"1","nested":{"y":"x","z":0}}';
    expect(canonicalJson(value)).toBe(json);
    expect(canonicalHash(value)).toBe(keccak256(stringToBytes(json)));
  });

  it("equal content hashes equally however it was built; the memo never answers for other content", () => {
    const rows = (n: number) => Array.from({ length: 2_000 }, (_, i) => ({ id: `r${i}`, amount: BigInt(i * n) }));
    const first = canonicalHash({ rows: rows(1) });
    expect(canonicalHash({ rows: rows(1) })).toBe(first);
    expect(canonicalHash({ rows: rows(1) })).toBe(keccak256(stringToBytes(canonicalJson({ rows: rows(1) }))));
    const other = canonicalHash({ rows: rows(2) });
    expect(other).not.toBe(first);
    expect(other).toBe(keccak256(stringToBytes(canonicalJson({ rows: rows(2) }))));
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
