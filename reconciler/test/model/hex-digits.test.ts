import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { writeHexDigits } from "../../model/hex-digits.js";

describe("writeHexDigits", () => {
  it("writes what Buffer's hex decoding writes for hex digits in either case", () => {
    for (let i = 0; i < 500; i++) {
      const bytes = randomBytes(1 + (i % 40));
      const hex = bytes.toString("hex");
      const mixed = [...hex].map((c, k) => (k % 3 === 0 ? c.toUpperCase() : c)).join("");
      const out = Buffer.alloc(bytes.length + 4);
      expect(writeHexDigits(out, 2, `0x${mixed}`, bytes.length)).toBe(true);
      expect(out.subarray(2, 2 + bytes.length).equals(bytes)).toBe(true);
      expect(out[0]! | out[1]! | out[bytes.length + 2]! | out[bytes.length + 3]!).toBe(0);
    }
  });

  it("refuses a character that is not a hex digit, wherever it is, and a string too short", () => {
    const good = "0x" + "ab".repeat(20);
    for (let at = 2; at < good.length; at++) {
      for (const c of ["g", "G", " ", "x", "\u0131", "\u0130", "\uff11", "\u0000"]) {
        const s = good.slice(0, at) + c + good.slice(at + 1);
        expect(writeHexDigits(Buffer.alloc(20), 0, s, 20), JSON.stringify(s)).toBe(false);
      }
    }
    expect(writeHexDigits(Buffer.alloc(20), 0, good.slice(0, 41), 20)).toBe(false);
    // node's own decoding reads "\u0131" as "1": the reason this function exists
    expect(Buffer.from("\u0131\u0131", "hex")).toEqual(Buffer.from("11", "hex"));
  });

  it("starts where it is told", () => {
    const out = Buffer.alloc(2);
    expect(writeHexDigits(out, 0, "abff00", 2, 2)).toBe(true);
    expect(out).toEqual(Buffer.from([0xff, 0x00]));
  });
});
