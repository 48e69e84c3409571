/**
 * The assembly's small pieces (chain/refresh-assemble.ts, refresh-shared.ts): the resource sink's order and its
 * refusal of two records for one address, and the hand-encoded controller-action id of a destination.
 */
import { type Address, encodeFunctionData, keccak256 } from "viem";
import { describe, expect, it } from "vitest";
import { haloControllerAbi } from "../../abi/index.js";
import { ResourceSink } from "../../chain/refresh-assemble.js";
import { setDestinationActionId } from "../../chain/refresh-shared.js";

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
