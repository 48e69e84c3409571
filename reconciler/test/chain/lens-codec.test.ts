/**
 * The hand-written codecs of the scale work (issue 14) against viem's generic ones: the same bytes, the same
 * values, for the shapes they take and for the shapes they hand back to viem.
 */
import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  type AbiParameter,
  type Address,
  type Hex,
  decodeAbiParameters,
  encodeAbiParameters,
  getAbiItem,
  getAddress,
  keccak256,
  parseAbiParameters,
  zeroAddress,
} from "viem";
import { describe, expect, it } from "vitest";
import { haloClassLensAbi } from "../../abi/HaloClassLens.js";
import { haloFactoryAbi, haloRegistryAbi, templateRegistryAbi } from "../../abi/index.js";
import { decodeParameters } from "../../chain/abi-decode.js";
import { LensDecodeError, decodeLensAnswer } from "../../chain/lens-decode.js";
import { assetCounterpartyKey } from "../../chain/names.js";
import { namedValuesHash } from "../../chain/refresh-shared.js";
import { prng } from "../helpers.js";
import { generator } from "./lens-answers.js";

const ID = `0x${"ab".repeat(32)}` as Hex;
const A: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const B: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("assetCounterpartyKey", () => {
  it("equals keccak256(abi.encode(bytes32, address, address)), in any letter case, asked twice", () => {
    const viem = keccak256(
      encodeAbiParameters([{ type: "bytes32" }, { type: "address" }, { type: "address" }], [ID, A, B]),
    );
    expect(assetCounterpartyKey(ID, A, B)).toBe(viem);
    expect(assetCounterpartyKey(ID, A.toLowerCase() as Address, B)).toBe(viem);
    expect(assetCounterpartyKey(ID.toUpperCase().replace("0X", "0x") as Hex, A, B)).toBe(viem);
    expect(assetCounterpartyKey(ID, B, A)).not.toBe(viem);
  });

  it("refuses a malformed input as viem does", () => {
    expect(() => assetCounterpartyKey(ID, "0x1234" as Address, B)).toThrow();
  });
});

// ---- the class lens's answer (chain/lens-decode.ts) against viem's decodeAbiParameters ----

const OUTPUTS = getAbiItem({ abi: haloClassLensAbi, name: "observe" }).outputs;

describe("decodeLensAnswer", () => {
  it("decodes random answers exactly as viem's decodeAbiParameters does", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const value = generator(seed)();
      const data = encodeAbiParameters(OUTPUTS, value as never);
      expect(decodeLensAnswer(data), `seed ${seed}`).toEqual(decodeAbiParameters(OUTPUTS, data));
    }
  });

  it("decodes empty answers and a class with every list empty", () => {
    const empty = encodeAbiParameters(OUTPUTS, [[], [], []] as never);
    expect(decodeLensAnswer(empty)).toEqual(decodeAbiParameters(OUTPUTS, empty));
    const value = generator(7)();
    const bare = {
      ...value[0][0]!,
      roleMembers: [],
      grants: [],
      limits: [],
      destinations: [],
      units: [],
      dealName: "",
      dealSymbol: "",
      grant: { ...value[0][0]!.grant, data: "0x" as Hex },
    };
    const data = encodeAbiParameters(OUTPUTS, [[bare], [true], [0n]] as never);
    expect(decodeLensAnswer(data)).toEqual(decodeAbiParameters(OUTPUTS, data));
  });

  it("gives addresses checksummed and reuses one string per address", () => {
    const lower = "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc" as Address;
    const value = generator(3)();
    const c = { ...value[0][0]!, roleMembers: [[lower, lower]], units: [] };
    const [[view]] = decodeLensAnswer(encodeAbiParameters(OUTPUTS, [[c], [], []] as never));
    expect(view!.roleMembers[0]).toEqual([A, A]);
  });

  it("refuses malformed answers as viem does: a bool word other than 0 / 1, a pointer outside the data, odd hex", () => {
    const data = encodeAbiParameters(OUTPUTS, [[], [true], []] as never);
    // the bool array's only element is the last word
    const badBool = `${data.slice(0, -2)}02` as Hex;
    expect(() => decodeAbiParameters(OUTPUTS, badBool)).toThrow();
    expect(() => decodeLensAnswer(badBool)).toThrow(LensDecodeError);
    const badPointer = `0x${"00".repeat(31)}ff${data.slice(66)}` as Hex;
    expect(() => decodeAbiParameters(OUTPUTS, badPointer)).toThrow();
    expect(() => decodeLensAnswer(badPointer)).toThrow(LensDecodeError);
    expect(() => decodeLensAnswer(data.slice(0, -1) as Hex)).toThrow(LensDecodeError);
    expect(() => decodeLensAnswer(data.slice(0, -64) as Hex)).toThrow(LensDecodeError);
  });
});

describe("namedValuesHash", () => {
  const viemHash = (params: readonly { name: Hex; value: bigint }[]) =>
    keccak256(
      encodeAbiParameters(
        [{ type: "tuple[]", components: [{ name: "name", type: "bytes32" }, { name: "value", type: "uint256" }] }],
        [params],
      ),
    );

  it("equals keccak256(abi.encode(NamedValue[])) on random, empty and extreme parameter lists", () => {
    const rnd = prng(42);
    const word = () => `0x${Array.from({ length: 32 }, () => Math.floor(rnd() * 256).toString(16).padStart(2, "0")).join("")}` as Hex;
    expect(namedValuesHash([])).toBe(viemHash([]));
    for (let i = 0; i < 200; i++) {
      const params = Array.from({ length: Math.floor(rnd() * 8) }, () => ({
        name: rnd() < 0.5 ? word() : (word().toUpperCase().replace("0X", "0x") as Hex),
        value: [0n, 1n, 2n ** 256n - 1n, 2n ** 64n, 2n ** 192n + 7n, BigInt(word())][Math.floor(rnd() * 6)]!,
      }));
      expect(namedValuesHash(params), `case ${i}`).toBe(viemHash(params));
    }
  });

  it("refuses what abi.encode cannot encode", () => {
    expect(() => namedValuesHash([{ name: "0x1234", value: 1n }])).toThrow();
    expect(() => namedValuesHash([{ name: ID, value: -1n }])).toThrow();
    expect(() => namedValuesHash([{ name: ID, value: 2n ** 256n }])).toThrow();
  });
});

// ---- the compiled ABI decoder (chain/abi-decode.ts) against viem, on the ABIs it decodes at scale ----

/** A random value of an ABI parameter, as viem's encoder takes it (and its decoder gives it back). */
function randomValue(param: AbiParameter, rnd: () => number): unknown {
  const int = (n: number) => Math.floor(rnd() * n);
  const hexBytes = (n: number) => `0x${Array.from({ length: n }, () => int(256).toString(16).padStart(2, "0")).join("")}`;
  const array = /^(.*)\[(\d*)\]$/.exec(param.type);
  if (array !== null) {
    const n = array[2] === "" ? int(4) : Number(array[2]);
    return Array.from({ length: n }, () => randomValue({ ...param, type: array[1]! } as AbiParameter, rnd));
  }
  if (param.type === "tuple") {
    const components = (param as { components: readonly AbiParameter[] }).components;
    const named = components.length > 0 && components.every((c) => c.name);
    return named
      ? Object.fromEntries(components.map((c) => [c.name!, randomValue(c, rnd)]))
      : components.map((c) => randomValue(c, rnd));
  }
  if (param.type === "address") return getAddress([zeroAddress, A, B, hexBytes(20)][int(4)]!);
  if (param.type === "bool") return rnd() < 0.5;
  if (param.type === "string") return ["", "lcts-portfolio", "x".repeat(40), "ünï €", "\u0000z"][int(5)];
  if (param.type === "bytes") return ["0x", hexBytes(4), hexBytes(33), hexBytes(100)][int(4)];
  const fixed = /^bytes(\d+)$/.exec(param.type);
  if (fixed !== null) return hexBytes(Number(fixed[1]));
  const m = /^(u?)int(\d*)$/.exec(param.type)!;
  const bits = m[2] === "" ? 256 : Number(m[2]);
  const signed = m[1] === "";
  const max = 2n ** BigInt(signed ? bits - 1 : bits);
  let v = [0n, 1n, max - 1n, BigInt(int(100_000)) % max, BigInt(hexBytes(32)) % max][int(5)]!;
  if (signed && rnd() < 0.4) v = -v - (rnd() < 0.5 ? 1n : 0n);
  if (signed && v < -max) v = -max;
  return bits <= 48 ? Number(v) : v;
}

describe("decodeParameters", () => {
  const outputs = (abi: Abi, name: string) => (getAbiItem({ abi, name }) as AbiFunction).outputs;
  const plain = (abi: Abi, name: string) => (getAbiItem({ abi, name }) as AbiEvent).inputs.filter((i) => !i.indexed);
  const lists: [string, readonly AbiParameter[]][] = [
    ["getTemplatesPage", outputs(templateRegistryAbi, "getTemplatesPage")],
    ["getAgentsPage", outputs(haloRegistryAbi, "getAgentsPage")],
    ["getClassesPage", outputs(haloRegistryAbi, "getClassesPage")],
    ["getUnitsPage", outputs(haloRegistryAbi, "getUnitsPage")],
    ["ClassDeployed", plain(haloFactoryAbi, "ClassDeployed")],
    ["UnitDeployed", plain(haloFactoryAbi, "UnitDeployed")],
    [
      "every kind",
      parseAbiParameters(
        "int8 a, int256 b, uint48 c, uint64 d, bytes4 e, bytes f, string g, address[2] h, (uint8 x, string y)[2] i, (uint256, bool)[] j, string[] k, bytes32[3][] l, (int16 p, (bytes q, address r)[] s) t",
      ),
    ],
  ];
  for (const [name, params] of lists)
    it(`decodes ${name} as viem does (random values)`, () => {
      for (let seed = 1; seed <= 60; seed++) {
        const rnd = prng(seed * 7919);
        const values = params.map((p) => randomValue(p, rnd));
        const data = encodeAbiParameters(params, values as never);
        expect(decodeParameters(params, data), `seed ${seed}`).toEqual(decodeAbiParameters(params, data));
      }
    });

  it("refuses truncated data and pointers outside it, as viem does", () => {
    const params = outputs(haloRegistryAbi, "getUnitsPage");
    const data = encodeAbiParameters(params, [[randomValue(params[0]!, prng(3)) as never].flat()] as never);
    expect(() => decodeParameters(params, data.slice(0, 2 + 128) as Hex)).toThrow();
    expect(() => decodeAbiParameters(params, data.slice(0, 2 + 128) as Hex)).toThrow();
    expect(() => decodeParameters(params, "0x")).toThrow();
    expect(() => decodeParameters(params, `0x${"00".repeat(31)}ff`)).toThrow();
  });
});
