/**
 * chain/refresh-logs.ts reads four fields of the factory's deployment events in place (`decodeDeployment`) instead of
 * decoding the whole record: compared here with viem's decoder of the same event data (random records), with the
 * parameter hash against the registry's `keccak256(abi.encode(NamedValue[]))` (namedValuesHash), and on malformed data.
 */
import { type AbiEvent, type AbiParameter, type Hex, decodeAbiParameters, encodeAbiParameters, getAbiItem, getAddress, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import { haloFactoryAbi } from "../../abi/index.js";
import { type FactoryLogs, decodeDeployment, decodeEncodedParams, indexDeployments } from "../../chain/deployment-records.js";
import { namedValuesHash } from "../../chain/refresh-shared.js";
import { prng } from "../helpers.js";

/** A random value of an ABI parameter (arrays of 0..4 items, edge and random words). */
function randomValue(param: AbiParameter, rnd: () => number): unknown {
  const int = (n: number) => Math.floor(rnd() * n);
  const hexBytes = (n: number) =>
    `0x${Array.from({ length: n }, () => int(256).toString(16).padStart(2, "0")).join("")}` as Hex;
  const array = /^(.*)\[(\d*)\]$/.exec(param.type);
  if (array !== null) {
    const n = array[2] === "" ? int(5) : Number(array[2]);
    return Array.from({ length: n }, () => randomValue({ ...param, type: array[1]! } as AbiParameter, rnd));
  }
  if (param.type === "tuple") {
    const components = (param as { components: readonly AbiParameter[] }).components;
    return Object.fromEntries(components.map((c) => [c.name!, randomValue(c, rnd)]));
  }
  if (param.type === "address") return getAddress(hexBytes(20));
  if (param.type === "bool") return rnd() < 0.5;
  if (param.type === "string") return ["", "lcts-portfolio", "x".repeat(70), "ünï €"][int(4)];
  if (param.type === "bytes") return ["0x", hexBytes(4), hexBytes(33)][int(3)];
  if (/^bytes\d+$/.test(param.type)) return hexBytes(Number(param.type.slice(5)));
  const bits = Number(/\d+$/.exec(param.type)?.[0] ?? 256);
  const v = [0n, 1n, 2n ** BigInt(bits) - 1n, BigInt(hexBytes(32)) % 2n ** BigInt(bits)][int(4)]!;
  return bits <= 48 ? Number(v) : v;
}

const plain = (name: "ClassDeployed" | "UnitDeployed") =>
  (getAbiItem({ abi: haloFactoryAbi, name }) as AbiEvent).inputs.filter((i) => !i.indexed);

type Deployment = {
  request: { classId: Hex; unitId?: Hex; params: { name: Hex; value: bigint }[] };
  day0Limits: { key: Hex }[];
};

const rawLog = (eventName: string, data: Hex, logIndex: number) =>
  ({
    address: "0x0000000000000000000000000000000000000001",
    eventName,
    args: {},
    blockNumber: 1n,
    logIndex,
    transactionHash: `0x${"00".repeat(32)}`,
    raw: { topics: [], data },
  }) as FactoryLogs[number];

describe("decodeDeployment (factory events read in place)", () => {
  for (const name of ["ClassDeployed", "UnitDeployed"] as const)
    it(`reads ${name}'s ids, Day-0 keys and parameters as viem decodes them (random records)`, () => {
      const params = plain(name);
      for (let seed = 1; seed <= 80; seed++) {
        const rnd = prng(seed * 104729);
        const values = params.map((p) => randomValue(p, rnd));
        const data = encodeAbiParameters(params, values as never);
        const [viem] = decodeAbiParameters(params, data) as unknown as [Deployment];
        const mine = decodeDeployment(name, data);
        expect(mine, `seed ${seed}`).toBeDefined();
        expect(mine!.kind).toBe(name === "ClassDeployed" ? "class" : "unit");
        expect(mine!.id).toBe((name === "ClassDeployed" ? viem.request.classId : viem.request.unitId!).toLowerCase());
        expect(mine!.classId).toBe(viem.request.classId.toLowerCase());
        expect(mine!.day0Keys).toEqual(viem.day0Limits.map((l) => l.key.toLowerCase()));
        // the parameters: hashed as the registry does, and decoded when the hash matches
        const id = name === "ClassDeployed" ? viem.request.classId : viem.request.unitId!;
        const index = indexDeployments([rawLog(name, data, 0)]);
        const hash = namedValuesHash(viem.request.params) as Hex;
        const kind = name === "ClassDeployed" ? "class" : "unit";
        expect(index.paramsOf(kind, id, hash), `seed ${seed}`).toEqual(viem.request.params);
        expect(index.paramsOf(kind, id.toUpperCase().replace("0X", "0x") as Hex, hash.toUpperCase().replace("0X", "0x") as Hex)).toEqual(viem.request.params);
        expect(index.paramsOf(kind, id, `0x${"00".repeat(32)}`)).toBeUndefined();
        expect(index.paramsOf(kind === "class" ? "unit" : "class", id, hash)).toBeUndefined();
        expect([...(index.day0Keys.get(viem.request.classId.toLowerCase()) ?? [])]).toEqual([
          ...new Set(viem.day0Limits.map((l) => l.key.toLowerCase())),
        ]);
      }
    });

  it("the last event of an id wins; Day-0 keys of a class gather over its events", () => {
    const params = plain("UnitDeployed");
    const rnd = prng(5);
    const a = randomValue(params[0]!, rnd) as Deployment;
    const b = { ...(randomValue(params[0]!, rnd) as Deployment), request: { ...(randomValue(params[0]!, rnd) as Deployment).request } };
    b.request.unitId = a.request.unitId;
    b.request.classId = a.request.classId;
    const index = indexDeployments([
      rawLog("UnitDeployed", encodeAbiParameters(params, [a] as never), 0),
      rawLog("UnitDeployed", encodeAbiParameters(params, [b] as never), 1),
    ]);
    expect(index.paramsOf("unit", a.request.unitId!, namedValuesHash(b.request.params) as Hex)).toEqual(b.request.params);
    expect(index.paramsOf("unit", a.request.unitId!, namedValuesHash(a.request.params) as Hex)).toBeUndefined();
    expect(index.day0Keys.get(a.request.classId.toLowerCase())).toEqual(
      new Set([...a.day0Limits, ...b.day0Limits].map((l) => l.key.toLowerCase())),
    );
  });

  it("gives undefined for data that holds no such record: empty, truncated, pointers outside, odd hex, other events", () => {
    const params = plain("ClassDeployed");
    const data = encodeAbiParameters(params, [randomValue(params[0]!, prng(9))] as never);
    expect(decodeDeployment("ClassDeployed", data)).toBeDefined();
    expect(decodeDeployment("ClassDeployed", "0x")).toBeUndefined();
    expect(decodeDeployment("ClassDeployed", data.slice(0, data.length - 64) as Hex)).toBeUndefined();
    expect(decodeDeployment("ClassDeployed", data.slice(0, 2 + 64 * 5) as Hex)).toBeUndefined();
    expect(decodeDeployment("ClassDeployed", `0x${"00".repeat(31)}ff`)).toBeUndefined();
    expect(decodeDeployment("ClassDeployed", `0x${"ff".repeat(64)}`)).toBeUndefined();
    expect(decodeDeployment("ClassDeployed", `${data}0` as Hex)).toBeUndefined();
    expect(decodeDeployment("ClassDeployed", `0x${"zz".repeat(64)}`)).toBeUndefined();
    expect(decodeDeployment("RoleGranted", data)).toBeUndefined();
    // a log that does not decode is skipped, not fatal
    expect(indexDeployments([rawLog("ClassDeployed", "0x", 0)]).day0Keys.size).toBe(0);
  });
});

describe("decodeEncodedParams (names shared between lists)", () => {
  const NAMED = [{ type: "tuple[]", components: [{ name: "name", type: "bytes32" }, { name: "value", type: "uint256" }] }] as const;
  /** A list as the event encodes it (without abi.encode's leading offset word). */
  const encoded = (list: { name: Hex; value: bigint }[]) => Buffer.from(encodeAbiParameters(NAMED, [list]).slice(2 + 64), "hex");

  it("names that share their first 12 or more bytes, in any order, repeated across lists: each decodes to its own bytes", () => {
    const names = ["targetYieldBpsA", "targetYieldBpsB", "targetYieldBp", "capacity", "seniority", "capacity\u0000x"].map(
      (n) => stringToHex(n, { size: 32 }),
    );
    const rnd = prng(14);
    const seen = new Set<Hex>();
    for (let round = 0; round < 40; round++) {
      const list = Array.from({ length: Math.floor(rnd() * 7) }, (_, i) => ({
        name: names[Math.floor(rnd() * names.length)]!,
        value: [0n, 1n, 2n ** 64n - 1n, 2n ** 64n, 2n ** 256n - 1n][(round + i) % 5]!,
      }));
      expect(decodeEncodedParams(encoded(list))).toEqual(list);
      for (const p of list) seen.add(p.name);
    }
    expect(seen.size).toBe(names.length);
  });
});
