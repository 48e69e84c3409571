/**
 * chain/prime.ts `primeCBeamGrantees`: every account ever granted a cBEAM on a Prime's RateLimits, from BeamState's
 * `SetCBeamForRateLimits` logs. The scan starts at block 0 (a Prime's grants may predate the system's deploy block,
 * the start of the refresh's other log scans), filtered on BeamState, the event and the Prime's RateLimits.
 */
import { type Address, type Hex, createClient, custom, encodeAbiParameters, getAddress, pad, toEventSelector } from "viem";
import { describe, expect, it } from "vitest";
import { primeCBeamGrantees } from "../../chain/prime.js";

const BEAM_STATE = getAddress("0xbea0000000000000000000000000000000000001");
const RL = getAddress("0x2335000000000000000000000000000000000002");
const A = getAddress("0xaaaa00000000000000000000000000000000000a");
const B = getAddress("0xbbbb00000000000000000000000000000000000b");
const TOPIC = toEventSelector("SetCBeamForRateLimits(address,address)");

function fakeNode(grants: Address[]) {
  const calls: { method: string; params: unknown }[] = [];
  const client = createClient({
    transport: custom({
      async request({ method, params }: { method: string; params: unknown }) {
        calls.push({ method, params });
        if (method !== "eth_getLogs") throw new Error(`unexpected ${method}`);
        return grants.map((who, i) => ({
          address: BEAM_STATE,
          topics: [TOPIC, pad(RL), pad(who)],
          data: encodeAbiParameters([], []) as Hex,
          blockNumber: `0x${(i + 1).toString(16)}`,
          blockHash: `0x${"11".repeat(32)}`,
          transactionHash: `0x${"22".repeat(32)}`,
          transactionIndex: "0x0",
          logIndex: `0x${i.toString(16)}`,
          removed: false,
        }));
      },
    }),
  });
  return { client, calls };
}

describe("primeCBeamGrantees", () => {
  it("scans from block 0 up to the pinned block, on BeamState, filtered on the event and the Prime's RateLimits", async () => {
    const { client, calls } = fakeNode([A, B, A]);
    const found = await primeCBeamGrantees(client, BEAM_STATE, RL, 500n);
    expect(found).toEqual([A.toLowerCase(), B.toLowerCase()]);
    expect(calls).toHaveLength(1);
    const [filter] = calls[0]!.params as [{ address: string; fromBlock: string; toBlock: string; topics: (string | null)[] }];
    expect(filter.fromBlock).toBe("0x0");
    expect(filter.toBlock).toBe("0x1f4");
    expect(filter.address.toLowerCase()).toBe(BEAM_STATE.toLowerCase());
    expect(filter.topics[0]).toBe(TOPIC);
    expect(filter.topics[1]).toBe(pad(RL).toLowerCase());
  });

  it("a later fromBlock (a provider that caps log ranges) is passed through", async () => {
    const { client, calls } = fakeNode([]);
    expect(await primeCBeamGrantees(client, BEAM_STATE, RL, 500n, 100n)).toEqual([]);
    expect((calls[0]!.params as [{ fromBlock: string }])[0].fromBlock).toBe("0x64");
  });
});
