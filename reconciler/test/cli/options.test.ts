/**
 * The option parsers every command shares (reconciler/cli/options.ts): one rule per kind of value, the same words
 * everywhere, and through a real command the one-line refusal commander prints.
 */
import { InvalidArgumentError } from "commander";
import { isAddress } from "viem";
import { describe, expect, it } from "vitest";
import { run } from "../../cli/program.js";
import type { CliIo } from "../../cli/io.js";
import { ADDRESS_RULE, addressOption, blockNumberOption, hashOption, wholeNumberOption } from "../../cli/options.js";

const CHECKSUMMED = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"; // EIP-55's own example

async function halo(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const io: CliIo = { stdout: () => {}, stderr: (t) => (stderr += t), cwd: process.cwd(), env: {} };
  return { code: await run(args, io), stderr };
}

describe("addressOption", () => {
  it("accepts lower case and a valid checksum, and returns the checksum form", () => {
    expect(addressOption(CHECKSUMMED.toLowerCase())).toBe(CHECKSUMMED);
    expect(addressOption(CHECKSUMMED)).toBe(CHECKSUMMED);
  });

  it("follows the tree loader's rule (viem strict): all upper case is not a checksum, refused by both", () => {
    const upper = `0x${CHECKSUMMED.slice(2).toUpperCase()}`;
    expect(() => addressOption(upper)).toThrow(ADDRESS_RULE);
    expect(isAddress(upper, { strict: true })).toBe(false);
  });

  it("refuses a mixed-case address whose checksum is wrong (one character's case flipped)", () => {
    const flipped = `0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed`;
    expect(() => addressOption(flipped)).toThrow(InvalidArgumentError);
    expect(() => addressOption(flipped)).toThrow(ADDRESS_RULE);
  });

  it.each(["", "0x", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", `${CHECKSUMMED}00`, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg"])(
    "refuses %j",
    (value) => expect(() => addressOption(value)).toThrow(ADDRESS_RULE),
  );
});

describe("number and hash options", () => {
  it("whole numbers: digits only, named in the refusal", () => {
    expect(wholeNumberOption()("0")).toBe(0n);
    expect(wholeNumberOption()("115792089237316195423570985008687907853269984665640564039457584007913129639935")).toBe(2n ** 256n - 1n);
    for (const bad of ["", "-1", "1.5", "1e3", "0x10", " 1"])
      expect(() => wholeNumberOption("a nonce")(bad)).toThrow("must be a nonce");
    expect(() => blockNumberOption("latest")).toThrow("must be a block number");
  });

  it("hashes: 32 bytes, returned in lower case", () => {
    expect(hashOption(`0x${"AB".repeat(32)}`)).toBe(`0x${"ab".repeat(32)}`);
    expect(() => hashOption(`0x${"ab".repeat(31)}`)).toThrow("must be a 32-byte hash");
  });
});

describe("through the commands: the same one-line refusal", () => {
  const bad = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
  it.each([
    ["approve", ["approve", "class", "x", "plan.json", "--safe", bad]],
    ["apply --multisend", ["apply", "plan.json", "--multisend", bad]],
    ["apply --safe", ["apply", "plan.json", "--safe", bad]],
    ["devnet --core-council", ["devnet", "--core-council", bad]],
  ])("%s", async (_name, args) => {
    const r = await halo(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(ADDRESS_RULE);
    expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
