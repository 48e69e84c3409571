/**
 * The class lens's hand-written query encoder (chain/lens-encode.ts) against viem's encodeFunctionData /
 * encodeDeployData: the same bytes on random and edge-case arguments, and a refusal where viem refuses.
 */
import { type Address, type Hex, encodeDeployData, encodeFunctionData, getAddress, toFunctionSelector, getAbiItem, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { haloClassLensAbi, haloClassLensBytecode } from "../../abi/HaloClassLens.js";
import { LensEncodeError, type ObserveArgs, encodeObserveArgs } from "../../chain/lens-encode.js";
import { prng } from "../helpers.js";

const SELECTOR = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observe" }));
const MAX_ADDRESS = `0x${"ff".repeat(20)}` as Address;
const MAX_WORD = `0x${"ff".repeat(32)}` as Hex;
const ZERO_WORD = `0x${"00".repeat(32)}` as Hex;

function generator(seed: number) {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const hexBytes = (n: number) =>
    `0x${Array.from({ length: n }, () => int(256).toString(16).padStart(2, "0")).join("")}` as Hex;
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  // lower case, checksummed (mixed case), zero and all-ones addresses
  const address = (): Address => {
    const a = hexBytes(20);
    return pick([zeroAddress, MAX_ADDRESS, a, getAddress(a)]) as Address;
  };
  // bytes32 in lower and upper case hex digits, zero and all ones
  const word = (): Hex => {
    const w = hexBytes(32);
    return pick([ZERO_WORD, MAX_WORD, w, `0x${w.slice(2).toUpperCase()}` as Hex]);
  };
  const list = <T>(max: number, f: () => T) => Array.from({ length: int(max + 1) }, f);
  const roles = (max: number) => list(max, () => ({ target: address(), role: word() }));
  const args = (): ObserveArgs => [
    { beamState: address(), configurator: address(), timelock: address(), factory: address() },
    list(4, () => ({
      classId: word(),
      rateLimits: address(),
      controller: address(),
      facility: address(),
      dealToken: address(),
      roles: roles(6),
      candidates: list(4, address),
      keys: list(5, word),
      destinations: list(4, address),
      units: list(4, () => ({ queue: address(), token: address(), names: rnd() < 0.5, roles: roles(4) })),
    })),
    list(4, () => ({ controller: address(), key: word() })),
    list(4, word),
  ];
  return args;
}

// viem copies a bytes32's hex digits in the case it is given (addresses it lower-cases): the same bytes, compared
// in lower case.
const viemCalldata = (args: ObserveArgs) =>
  encodeFunctionData({ abi: haloClassLensAbi, functionName: "observe", args: args as never }).toLowerCase();
const viemDeploy = (args: ObserveArgs) =>
  encodeDeployData({ abi: haloClassLensAbi, bytecode: haloClassLensBytecode, args: args as never }).toLowerCase();

describe("encodeObserveArgs", () => {
  it("encodes random queries byte for byte as viem's encodeFunctionData and encodeDeployData do", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const args = generator(seed)();
      expect(encodeObserveArgs(args, SELECTOR), `seed ${seed}`).toBe(viemCalldata(args));
      if (seed % 30 === 0) expect(encodeObserveArgs(args, haloClassLensBytecode), `seed ${seed}`).toBe(viemDeploy(args));
    }
  });

  it("encodes the edge cases as viem does: all lists empty, one class with every list empty, one class with one unit", () => {
    const ctx = { beamState: MAX_ADDRESS, configurator: zeroAddress, timelock: MAX_ADDRESS, factory: zeroAddress };
    const empty: ObserveArgs = [ctx, [], [], []];
    expect(encodeObserveArgs(empty, SELECTOR)).toBe(viemCalldata(empty));
    expect(encodeObserveArgs(empty, haloClassLensBytecode)).toBe(viemDeploy(empty));
    const bare = {
      classId: MAX_WORD,
      rateLimits: MAX_ADDRESS,
      controller: zeroAddress,
      facility: zeroAddress,
      dealToken: MAX_ADDRESS,
      roles: [],
      candidates: [],
      keys: [],
      destinations: [],
      units: [],
    };
    const one: ObserveArgs = [ctx, [bare], [], []];
    expect(encodeObserveArgs(one, SELECTOR)).toBe(viemCalldata(one));
    const unit: ObserveArgs = [
      ctx,
      [{ ...bare, units: [{ queue: zeroAddress, token: MAX_ADDRESS, names: true, roles: [] }] }],
      [{ controller: zeroAddress, key: ZERO_WORD }],
      [MAX_WORD],
    ];
    expect(encodeObserveArgs(unit, SELECTOR)).toBe(viemCalldata(unit));
    // the prefix is only prepended
    expect(encodeObserveArgs(one)).toBe(`0x${viemCalldata(one).slice(10)}`);
  });

  it("refuses what viem refuses (a short or non-hex address, a bytes32 of another size, a non-boolean flag) and a non-hex bytes32", () => {
    const args = generator(5)();
    const withClass = (patch: Record<string, unknown>): ObserveArgs => {
      const base = generator(11)();
      const c = { ...(base[1][0] ?? generator(12)()[1][0]!), ...patch };
      return [args[0], [c as never], [], []];
    };
    const cases: ObserveArgs[] = [
      [{ ...args[0], timelock: "0x1234" as Address }, [], [], []],
      [{ ...args[0], factory: `0x${"zz".repeat(20)}` as Address }, [], [], []],
      [{ ...args[0], factory: `0X${"11".repeat(20)}` as Address }, [], [], []],
      withClass({ classId: "0x12" }),
      withClass({ candidates: [`0x${"11".repeat(21)}`] }),
      withClass({ keys: [`${MAX_WORD}00`] }),
      withClass({ units: [{ queue: zeroAddress, token: zeroAddress, names: 1, roles: [] }] }),
      withClass({ roles: [{ target: zeroAddress, role: "0x" }] }),
      [args[0], [], [{ controller: zeroAddress, key: "0x01" as Hex }], []],
      [args[0], [], [], ["0x" as Hex]],
    ];
    for (const [i, bad] of cases.entries()) {
      expect(() => viemCalldata(bad), `case ${i}`).toThrow();
      expect(() => encodeObserveArgs(bad, SELECTOR), `case ${i}`).toThrow(LensEncodeError);
    }
    // viem sends a bytes32 of 64 non-hex characters as it is (the node refuses the request); ours refuses it here
    expect(() => encodeObserveArgs(withClass({ classId: `0x${"g1".repeat(32)}` }), SELECTOR)).toThrow(LensEncodeError);
    expect(() => encodeObserveArgs([args[0], [], [], [`0x${"1".repeat(63)}z` as Hex]])).toThrow(LensEncodeError);
    // every position of an address and a bytes32 is checked, in either case; a character outside ASCII is not a
    // digit even where its low byte is one ("\u0131" ends in 0x31, "1")
    for (const bad of ["g", "G", " ", "x", "\u0131", "é", "\u0000", ":", "@", "`"])
      for (const at of [0, 1, 20, 39]) {
        const address = `0x${"aB".repeat(20).slice(0, at)}${bad}${"aB".repeat(20).slice(at + 1)}` as Address;
        expect(() => encodeObserveArgs([{ ...args[0], factory: address }, [], [], []]), `${JSON.stringify(bad)} at ${at}`).toThrow(LensEncodeError);
        const word = `0x${"Fe".repeat(32).slice(0, at)}${bad}${"Fe".repeat(32).slice(at + 1)}` as Hex;
        expect(() => encodeObserveArgs([args[0], [], [], [word]]), `${JSON.stringify(bad)} at ${at} (bytes32)`).toThrow(LensEncodeError);
      }
    // either case (the checksum is not checked here: the module note) writes the same bytes as lower case
    const mixed = `0x${"aB".repeat(20)}` as Address;
    expect(encodeObserveArgs([{ ...args[0], factory: mixed }, [], [], [`0x${"Fe".repeat(32)}` as Hex]], SELECTOR)).toBe(
      viemCalldata([{ ...args[0], factory: mixed.toLowerCase() as Address }, [], [], [`0x${"fe".repeat(32)}` as Hex]]),
    );
  });
});
