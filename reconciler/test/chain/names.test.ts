/**
 * chain/names.ts's hand-written paths against viem on random inputs: `fromBytes32Name` (ASCII decoded byte for
 * byte, else viem's `hexToString`) and `assetCounterpartyKey` (three words written into one buffer, remembered by
 * limit id → asset → counterparty).
 */
import { randomBytes } from "node:crypto";
import { type Address, type Hex, encodeAbiParameters, hexToString, keccak256 } from "viem";
import { describe, expect, it } from "vitest";
import { LIMIT, assetCounterpartyKey, fromBytes32Name, toBytes32Name } from "../../chain/names.js";

/** What `fromBytes32Name` answered before its ASCII path: viem's decoder, trailing NULs dropped. */
const slowName = (value: Hex) => hexToString(value, { size: 32 }).replace(/\0+$/, "");

/** A random bytes32: a run of bytes (ASCII, any byte, with zeros inside) then zeros, in either letter case. */
function randomName(i: number): Hex {
  const length = i % 33;
  const bytes = Buffer.alloc(32);
  const body = randomBytes(length);
  for (let k = 0; k < length; k++) {
    const b = body[k]!;
    bytes[k] = i % 3 === 0 ? b : i % 3 === 1 ? b & 0x7f : k % 5 === 4 ? 0 : 0x20 + (b % 0x5f);
  }
  const hex = bytes.toString("hex");
  return `0x${i % 4 === 0 ? hex.toUpperCase() : hex}`;
}

describe("fromBytes32Name", () => {
  it("answers as viem's hexToString on random names (ASCII, non-ASCII, zeros inside, upper case)", () => {
    for (let i = 0; i < 3000; i++) {
      const value = randomName(i);
      // a fresh string each time: the remembered answer is not what is compared
      expect(fromBytes32Name(`${value}` as Hex), value).toBe(slowName(value));
    }
  });

  it("inverts toBytes32Name, and decodes zero, UTF-8 and a BOM as viem does", () => {
    for (const name of ["", "a", "acme-mmf", "x".repeat(32), "SubscribeQueue", "with space~"])
      expect(fromBytes32Name(toBytes32Name(name))).toBe(name);
    const cases: Hex[] = [
      `0x${"00".repeat(32)}`,
      `0x${"c3a9".padEnd(64, "0")}`, // é
      `0x${"efbbbf41".padEnd(64, "0")}`, // BOM, then A
      `0x${"ff".repeat(32)}`,
      `0x${"4100".repeat(16)}`,
      `0x${"41".repeat(31)}`, // 31 bytes
    ];
    for (const value of cases) expect(fromBytes32Name(value), value).toBe(slowName(value));
  });

  it("refuses what viem refuses (not hex, longer than 32 bytes)", () => {
    // "\u0131" is read as the digit "1" by node's own hex decoding: it must be refused, not read as 0x…41
    for (const value of [`0x${"zz".repeat(32)}`, `0x${"41".repeat(31)}4g`, `0x${"41".repeat(33)}`, `0x${"41".repeat(31)}4\u0131`] as Hex[]) {
      expect(() => slowName(value)).toThrow();
      expect(() => fromBytes32Name(value)).toThrow();
    }
  });
});

describe("assetCounterpartyKey on random inputs", () => {
  const viemKey = (id: Hex, a: Address, b: Address) =>
    keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "address" }, { type: "address" }], [id, a, b]));
  const randomAddress = () => `0x${randomBytes(20).toString("hex")}` as Address;
  const mixedCase = (hex: string) =>
    `0x${[...hex.slice(2)].map((ch, k) => (k % 3 === 0 ? ch.toUpperCase() : ch)).join("")}`;

  it("equals keccak256(abi.encode(bytes32, address, address)), first and remembered, in any letter case", () => {
    const ids = [LIMIT.LIMIT_UNIT_INFLOW, LIMIT.LIMIT_UNIT_OUTFLOW, `0x${randomBytes(32).toString("hex")}` as Hex];
    const assets = [randomAddress(), randomAddress()];
    for (let i = 0; i < 600; i++) {
      const id = ids[i % ids.length]!;
      const asset = assets[i % 2]!;
      const counterparty = randomAddress();
      const want = viemKey(id, asset, counterparty);
      expect(assetCounterpartyKey(id, asset, counterparty)).toBe(want);
      expect(assetCounterpartyKey(id, asset, counterparty)).toBe(want);
      expect(assetCounterpartyKey(mixedCase(id) as Hex, mixedCase(asset) as Address, mixedCase(counterparty) as Address)).toBe(want);
      // a neighbour's words must not leak into the next key (the buffer is shared)
      expect(assetCounterpartyKey(id, counterparty, asset)).toBe(viemKey(id, counterparty, asset));
    }
  });

  it("refuses malformed inputs as viem's encoder does, remembering nothing", () => {
    const a = randomAddress();
    const bad = ["0x1234", `0x${"zz".repeat(20)}`, `0X${a.slice(2)}`, `${a}00`, `${a.slice(0, 41)}\u0131`, `0x\u0131${a.slice(3)}`] as Address[];
    for (const b of bad) {
      expect(() => viemKey(LIMIT.LIMIT_TRANSFER, a, b)).toThrow();
      expect(() => assetCounterpartyKey(LIMIT.LIMIT_TRANSFER, a, b)).toThrow();
      expect(() => assetCounterpartyKey(LIMIT.LIMIT_TRANSFER, a, b)).toThrow();
    }
    expect(() => assetCounterpartyKey(`0x${"ab".repeat(31)}` as Hex, a, a)).toThrow();
    // a limit id with "\u0131" (node's hex decoding reads it as "1"): viem's answer (its encoder does not check a bytes32's
    // digits), never the key of the id it would be misread as
    const misread = `0x${"ab".repeat(31)}a\u0131` as Hex;
    expect(assetCounterpartyKey(misread, a, a)).toBe(viemKey(misread, a, a));
    expect(assetCounterpartyKey(misread, a, a)).not.toBe(assetCounterpartyKey(`0x${"ab".repeat(31)}a1`, a, a));
  });
});
