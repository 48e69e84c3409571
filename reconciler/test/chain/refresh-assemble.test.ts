/**
 * The assembly's small pieces (chain/refresh-assemble.ts, refresh-shared.ts): the resource sink's order and its
 * refusal of two records for one address, and the hand-encoded controller-action id of a destination.
 */
import { randomBytes } from "node:crypto";
import { type Address, encodeFunctionData, getAddress, keccak256 } from "viem";
import { describe, expect, it } from "vitest";
import { haloControllerAbi } from "../../abi/index.js";
import { ResourceSink } from "../../chain/refresh-assemble.js";
import { COMPONENT, LIMIT, assetCounterpartyKey, toBytes32Name } from "../../chain/names.js";
import {
  type ClassRecord,
  ORIGIN_FACTORY,
  ORIGIN_LEGACY,
  type UnitRecord,
  registryFlowKeys,
  registryFlowsShared,
  setDestinationActionId,
} from "../../chain/refresh-shared.js";

describe("ResourceSink", () => {
  it("gives every resource, sorted by address as Array.prototype.sort orders strings", () => {
    const sink = new ResourceSink();
    const addresses = ["class.b", "class.a-b.unit.x", "class.a", "class.a.unit.x", "agent.z", "class.a-b", "Z", "é", "class.a.rateLimit.0xff"];
    addresses.forEach((a, i) => sink.put(a, { type: "class", fields: { i } }));
    const out = sink.sorted();
    expect(Object.keys(out)).toEqual([...addresses].sort());
    for (const [i, a] of addresses.entries()) expect(out[a]).toEqual({ type: "class", fields: { i } });
  });

  it("refuses two records for one address, wherever they were put", () => {
    const sink = new ResourceSink();
    sink.put("class.a.unit.x", { type: "unit", fields: {} });
    sink.put("class.b", { type: "class", fields: {} });
    sink.put("class.a.unit.x", { type: "unit", fields: {} });
    expect(() => sink.sorted()).toThrow("refresh: two on-chain records map to the resource class.a.unit.x");
    expect(new ResourceSink().sorted()).toEqual({});
  });
});

describe("setDestinationActionId", () => {
  it("equals keccak256 of viem's setDestination calldata, in any letter case, approved or not, asked twice", () => {
    const addresses: Address[] = [
      "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
      "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc",
      "0x0000000000000000000000000000000000000000",
      "0xffffffffffffffffffffffffffffffffffffffff",
    ];
    for (const d of addresses)
      for (const approved of [true, false]) {
        const viem = keccak256(
          encodeFunctionData({ abi: haloControllerAbi, functionName: "setDestination", args: [d, approved] }),
        );
        expect(setDestinationActionId(d, approved), `${d} ${approved}`).toBe(viem);
        expect(setDestinationActionId(d, approved)).toBe(viem);
      }
    expect(setDestinationActionId(addresses[0]!, true)).not.toBe(setDestinationActionId(addresses[0]!, false));
  });

  it("refuses a malformed address as viem does", () => {
    expect(() => setDestinationActionId("0x1234" as Address, true)).toThrow();
  });
});

describe("registry flows (keys first, names when asked)", () => {
  const address = () => getAddress(`0x${randomBytes(20).toString("hex")}`);
  const contract = (name: string, addr: Address) => ({ name: toBytes32Name(name).toLowerCase() as `0x${string}`, addr });
  const ZERO = "0x0000000000000000000000000000000000000000" as Address;
  const classId = toBytes32Name("acme-term");
  const asset = address();
  const facility = address();
  const redeem = address();
  const shared = address(); // two units naming one queue: the later unit names the key
  const c = {
    classId,
    depositAsset: asset.toLowerCase(),
    contracts: [contract(COMPONENT.NFAT_FACILITY, facility), contract(COMPONENT.NFAT_REDEEM, redeem)],
  } as unknown as ClassRecord;
  const unit = (id: string, sub: Address, red: Address, origin = ORIGIN_FACTORY, of = classId) =>
    ({
      classId: of,
      unitId: toBytes32Name(id),
      origin,
      contracts: [contract(COMPONENT.SUBSCRIBE_QUEUE, sub), contract(COMPONENT.REDEEM_QUEUE, red), contract(COMPONENT.SHARE_TOKEN, address())],
    }) as unknown as UnitRecord;
  const units = [
    unit("u-1", address(), address()),
    unit("u-2", shared, ZERO),
    unit("legacy", address(), address(), ORIGIN_LEGACY),
    unit("other-class", address(), address(), ORIGIN_FACTORY, toBytes32Name("other")),
    unit("u-3", shared, address()),
  ];

  it("lists the keys in order and names them as one object written in that order would", () => {
    const inflow = (a: Address) => assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, asset, a).toLowerCase();
    const outflow = (a: Address) => assetCounterpartyKey(LIMIT.LIMIT_UNIT_OUTFLOW, asset, a).toLowerCase();
    const sub = (u: UnitRecord) => u.contracts[0]!.addr;
    const red = (u: UnitRecord) => u.contracts[1]!.addr;
    const want: [string, string][] = [
      [inflow(facility), "facility-claim"],
      [outflow(redeem), "redeem-fund"],
      [inflow(sub(units[0]!)), "u-1.subscribe-settle"],
      [outflow(red(units[0]!)), "u-1.redeem-settle"],
      [inflow(shared), "u-2.subscribe-settle"],
      [inflow(shared), "u-3.subscribe-settle"],
      [outflow(red(units[4]!)), "u-3.redeem-settle"],
    ];
    expect(registryFlowKeys(c, units)).toEqual(want.map(([k]) => k));
    const object: Record<string, string> = {};
    for (const [k, name] of want) object[k] = name;
    const names = registryFlowsShared(c, units);
    expect([...names]).toEqual(Object.entries(object));
    expect(names.get(inflow(shared))).toBe("u-3.subscribe-settle");
    // remembered per record and unit list; another list is computed again
    expect(registryFlowsShared(c, units)).toBe(names);
    expect(registryFlowKeys(c, units.slice(0, 1))).toEqual(want.slice(0, 4).map(([k]) => k));
  });
});
