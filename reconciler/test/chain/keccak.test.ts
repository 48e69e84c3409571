/**
 * model/keccak.ts (both backends: js-sha3, and hash-wasm's WebAssembly once started) and model/address.ts against
 * viem's keccak256 / getAddress / isAddress: the same hashes, checksums and refusals on random and edge inputs.
 */
import {
  type Hex,
  InvalidAddressError,
  getAddress as viemGetAddress,
  isAddress as viemIsAddress,
  keccak256,
} from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressFromBytes, getAddress, isAddress } from "../../model/address.js";
import {
  checksumBytes20,
  checksumHex,
  checksumLower40,
  keccak256Bytes,
  keccakBackend,
  keccakDigest,
  startKeccakWasm,
  useKeccakWasm,
} from "../../model/keccak.js";
import { prng } from "../helpers.js";

const rnd = prng(14);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString("hex")}` as Hex;
/** Random case per letter (a mixed-case input whose checksum is almost surely wrong). */
const mixCase = (s: string) => s.replace(/[a-f]/g, (c) => (rnd() < 0.5 ? c.toUpperCase() : c));

describe.each(["js", "wasm"] as const)("keccak256 and checksums, %s backend", (backend) => {
  beforeAll(async () => {
    expect(await startKeccakWasm()).toBe(true); // WebAssembly is there in every node the CLI supports
    useKeccakWasm(backend === "wasm");
    expect(keccakBackend()).toBe(backend);
  });
  afterAll(() => useKeccakWasm(true));

  it("keccak256Bytes / keccakDigest equal viem's keccak256 on empty, block-boundary and random inputs, Buffer or Uint8Array", () => {
    // 135 / 136 / 137: around keccak256's rate (136 bytes), where padding takes a block of its own
    for (const n of [0, 1, 31, 32, 33, 40, 64, 135, 136, 137, 271, 272, 704, 4096]) {
      const b = bytes(n);
      expect(keccak256Bytes(b), `${n} bytes`).toBe(keccak256(b));
      expect(keccak256Bytes(Buffer.from(b)), `${n} bytes (Buffer)`).toBe(keccak256(b));
      expect(hex(keccakDigest(b)), `${n} bytes (digest)`).toBe(keccak256(b));
    }
    for (let i = 0; i < 300; i++) {
      const b = bytes(Math.floor(rnd() * 1200));
      expect(keccak256Bytes(b), `case ${i}`).toBe(keccak256(b));
    }
    expect(keccak256Bytes(new Uint8Array(32).fill(0xff))).toBe(keccak256(`0x${"ff".repeat(32)}`));
    // a view into a larger buffer hashes only its own bytes
    const big = Buffer.from(bytes(100));
    expect(keccak256Bytes(big.subarray(10, 50))).toBe(keccak256(Uint8Array.from(big.subarray(10, 50))));
  });

  it("checksums from lower-case digits, any-case 0x strings and bytes at an offset equal viem's getAddress", () => {
    const inputs = [new Uint8Array(20), new Uint8Array(20).fill(0xff), new Uint8Array(20).fill(0x88), new Uint8Array(20).fill(0x77)];
    for (let i = 0; i < 500; i++) inputs.push(bytes(20));
    for (const b of inputs) {
      const lower = hex(b);
      const expected = viemGetAddress(lower);
      expect(checksumLower40(lower.slice(2)), lower).toBe(expected);
      expect(checksumHex(lower), lower).toBe(expected);
      expect(checksumHex(`0x${lower.slice(2).toUpperCase()}`), `${lower} upper`).toBe(expected);
      expect(checksumHex(mixCase(lower)), `${lower} mixed`).toBe(expected);
      const at = Math.floor(rnd() * 13);
      const around = Buffer.concat([Buffer.from(bytes(at)), Buffer.from(b), Buffer.from(bytes(7))]);
      expect(checksumBytes20(around, at), `${lower} at ${at}`).toBe(expected);
    }
  });

  it("addressFromBytes and getAddress of new addresses equal viem's, whichever is asked first", () => {
    for (let i = 0; i < 300; i++) {
      const b = Buffer.from(bytes(32));
      const lower = `0x${b.toString("hex", 12, 32)}`;
      const expected = viemGetAddress(lower);
      if (i % 2 === 0) {
        expect(addressFromBytes(b, 12), lower).toBe(expected);
        expect(getAddress(lower), `${lower} (remembered from bytes)`).toBe(expected);
      } else {
        expect(getAddress(lower), lower).toBe(expected);
        expect(addressFromBytes(b, 12), `${lower} (remembered from the string)`).toBe(expected);
      }
      // the entry is keyed by the 0x form: the bare 40 digits are still refused
      expect(() => getAddress(lower.slice(2)), lower).toThrow(InvalidAddressError);
      expect(isAddress(lower.slice(2)), lower).toBe(false);
    }
  });
});

describe("address checksums (model/address.ts)", () => {
  const edge = [
    `0x${"00".repeat(20)}`,
    `0x${"ff".repeat(20)}`,
    `0x${"FF".repeat(20)}`,
    "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    "0x5fbdb2315678afecb367f032d93f642f64180aa3",
    "0x5FBDB2315678AFECB367F032D93F642F64180AA3",
    "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  ];

  it("getAddress equals viem's on lower, upper, checksummed, wrongly mixed and random addresses", () => {
    const inputs = [...edge];
    for (let i = 0; i < 500; i++) {
      const lower = hex(bytes(20));
      inputs.push(lower, lower.toUpperCase().replace("0X", "0x"), mixCase(lower), viemGetAddress(lower));
    }
    for (const a of inputs) expect(getAddress(a), a).toBe(viemGetAddress(a));
    for (const a of inputs) expect(getAddress(a), `${a} (remembered)`).toBe(viemGetAddress(a));
    for (let i = 0; i < 100; i++) {
      const lower = hex(bytes(20)).slice(2);
      expect(checksumLower40(lower)).toBe(viemGetAddress(`0x${lower}`));
    }
  });

  it("strict isAddress equals viem's: lower case and a valid checksum pass, a wrong mix and an all-upper fail", () => {
    const inputs = [...edge, "0x5FbDB2315678afecb367f032d93F642f64180aA3", "0x1234", "0x", "", "5FbDB2315678afecb367f032d93F642f64180aa3"];
    for (let i = 0; i < 300; i++) {
      const lower = hex(bytes(20));
      inputs.push(lower, mixCase(lower), viemGetAddress(lower), lower.toUpperCase().replace("0X", "0x"));
    }
    for (const a of inputs) {
      expect(isAddress(a), a).toBe(viemIsAddress(a));
      expect(isAddress(a), `${a} (remembered)`).toBe(viemIsAddress(a));
      expect(isAddress(a, { strict: false }), `${a} (not strict)`).toBe(viemIsAddress(a, { strict: false }));
    }
  });

  it("addressFromBytes finds each address by all 20 bytes: 20,000 addresses that share their first and last four bytes in groups, read twice at other offsets", () => {
    // the table grows past its first size several times; addresses that differ only in their middle bytes hash alike
    // and must still come back as their own checksums, whether asked first or again
    const n = 20_000;
    const all = Buffer.alloc(n * 20);
    for (let i = 0; i < n; i++) {
      const a = all.subarray(i * 20, i * 20 + 20);
      a.set(bytes(20));
      if (i % 4 !== 0) {
        all.copy(a, 0, (i - (i % 4)) * 20, (i - (i % 4)) * 20 + 4); // the group's first four bytes
        all.copy(a, 16, (i - (i % 4)) * 20 + 16, (i - (i % 4)) * 20 + 20); // and its last four
      }
      if (i % 1000 === 1) a.fill(0, 0, 16); // small addresses: zeros but the last bytes
    }
    const expected = (i: number) => viemGetAddress(`0x${all.toString("hex", i * 20, i * 20 + 20)}`);
    for (let i = 0; i < n; i++) expect(addressFromBytes(all, i * 20)).toBe(expected(i));
    const shifted = Buffer.concat([Buffer.from([7, 7, 7]), all]);
    for (let i = n - 1; i >= 0; i -= 7) expect(addressFromBytes(shifted, 3 + i * 20), `again ${i}`).toBe(expected(i));
    for (let i = 0; i < n; i += 13) expect(getAddress(expected(i).toLowerCase()), `string ${i}`).toBe(expected(i));
  });

  it("refuses what viem refuses, with viem's error, and remembers nothing for it", () => {
    for (const bad of ["0x1234", "", "0x", `0X${"ab".repeat(20)}`, `0x${"ab".repeat(20)}0`, `0x${"zz".repeat(20)}`, `${"ab".repeat(20)}`]) {
      expect(() => viemGetAddress(bad), bad).toThrow(InvalidAddressError);
      expect(() => getAddress(bad), bad).toThrow(InvalidAddressError);
      expect(() => getAddress(bad), `${bad} (again)`).toThrow(InvalidAddressError);
    }
  });
});
