/**
 * chain/lens-logs.ts `getLogsOnce` against nodes that refuse a log query as too large (hosted providers cap the
 * results, the addresses of a filter or the block range of one `eth_getLogs`): the query is split — by addresses,
 * then by block range — and the answer is the same logs, in chain order, as an unlimited node gives. Other errors
 * are not split.
 */
import { type Address, type Hex, RpcRequestError, createClient, custom, getAddress, numberToHex, pad, toEventSelector } from "viem";
import { describe, expect, it } from "vitest";
import { type RawLog, getLogsOnce, isLogQueryTooLarge } from "../../chain/lens-logs.js";
import { ROLE_GRANTED, ROLE_REVOKED } from "../../chain/roles-from-logs.js";
import type { CountingClient } from "../../chain/rpc.js";

const GRANTED = toEventSelector(ROLE_GRANTED);
const REVOKED = toEventSelector(ROLE_REVOKED);
const ROLE = `0x${"ab".repeat(32)}` as Hex;
const contracts: Address[] = Array.from({ length: 40 }, (_, i) => getAddress(`0x${(0x1000 + i).toString(16).padStart(40, "0")}`));
const account = (i: number) => getAddress(`0x${(0x9000 + i).toString(16).padStart(40, "0")}`);

type Raw = RawLog;

/** 40 contracts over blocks 1..32, three logs per block, one of them of an event nobody asked for. */
const chain: Raw[] = [];
for (let block = 1; block <= 32; block++)
  for (let k = 0; k < 3; k++) {
    const n = block * 3 + k;
    chain.push({
      address: contracts[(n * 7) % contracts.length]!.toLowerCase() as Address,
      topics: [k === 2 ? REVOKED : k === 1 ? GRANTED : (`0x${"11".repeat(32)}` as Hex), ROLE, pad(account(n)), pad(account(0))],
      data: "0x",
      blockNumber: numberToHex(block),
      logIndex: numberToHex(k),
      transactionHash: `0x${"00".repeat(32)}`,
    });
  }

interface Limits {
  addresses?: number;
  results?: number;
  blocks?: number;
  /** How the refusal is worded (providers differ). */
  refuse?: (what: string) => Error;
}

/** A node over `chain` that refuses a query over its limits; every query it is asked is recorded. */
function node(limits: Limits) {
  const asked: { addresses: number; from: number; to: number; refused: boolean; key: string }[] = [];
  const refuse = limits.refuse ?? ((what: string) => new Error(what));
  const client = createClient({
    transport: custom(
      {
        request: async ({ method, params }: { method: string; params: unknown[] }) => {
          if (method !== "eth_getLogs") throw new Error(`unexpected ${method}`);
          const f = params[0] as { address: Address | Address[]; topics: Hex[][]; fromBlock: Hex; toBlock: Hex };
          const addresses = (typeof f.address === "string" ? [f.address] : f.address).map((a) => a.toLowerCase());
          const from = Number(f.fromBlock);
          const to = Number(f.toBlock);
          const found = chain.filter(
            (l) =>
              addresses.includes(l.address) &&
              Number(l.blockNumber) >= from &&
              Number(l.blockNumber) <= to &&
              f.topics[0]!.includes(l.topics[0]!),
          );
          const entry = { addresses: addresses.length, from, to, refused: true, key: `${addresses.join()}|${from}|${to}` };
          asked.push(entry);
          if (limits.addresses !== undefined && addresses.length > limits.addresses)
            throw refuse(`too many addresses in the filter: ${addresses.length} > ${limits.addresses}`);
          if (limits.blocks !== undefined && to - from + 1 > limits.blocks)
            throw refuse(`block range is too wide: ${to - from + 1} > ${limits.blocks}`);
          if (limits.results !== undefined && found.length > limits.results)
            throw refuse(`query returned more than ${limits.results} results`);
          entry.refused = false;
          return found;
        },
      },
      { retryCount: 0 },
    ),
  }) as unknown as CountingClient["client"];
  return { client, asked };
}

const filter = { address: contracts, events: [ROLE_GRANTED, ROLE_REVOKED], fromBlock: 1n, toBlock: 32n };
const summary = (logs: Awaited<ReturnType<typeof getLogsOnce>>) =>
  logs.map((l) => `${l.blockNumber}.${l.logIndex} ${l.eventName} ${l.address} ${String(l.args.account)}`);

describe("getLogsOnce on a node that refuses large log queries", () => {
  it("asks one query of a node without limits, and decodes the asked events in chain order", async () => {
    const { client, asked } = node({});
    const logs = await getLogsOnce(client, filter);
    expect(asked).toHaveLength(1);
    expect(logs).toHaveLength(64);
    expect(logs[0]).toMatchObject({ eventName: "RoleGranted", blockNumber: 1n, logIndex: 1, args: { role: ROLE, account: account(4), sender: account(0) } });
  });

  const cases: [string, Limits][] = [
    ["results (Infura's wording, a JSON-RPC error -32005)", {
      results: 5,
      refuse: (what) => new RpcRequestError({ body: {}, url: "http://node", error: { code: -32005, message: what } }),
    }],
    ["addresses per filter", { addresses: 3 }],
    ["block range (one address left)", { addresses: 1, blocks: 4 }],
    ["results, down to a block range of one address", { results: 1 }],
  ];
  for (const [what, limits] of cases)
    it(`splits a query refused for its ${what}, to the same logs in chain order`, async () => {
      const full = summary(await getLogsOnce(node({}).client, filter));
      const { client, asked } = node(limits);
      const logs = await getLogsOnce(client, filter);
      expect(summary(logs)).toEqual(full);
      expect(asked.filter((a) => a.refused).length).toBeGreaterThan(0);
      // every answered query kept to the node's limits, and nothing was asked twice
      for (const a of asked.filter((x) => !x.refused)) {
        if (limits.addresses !== undefined) expect(a.addresses).toBeLessThanOrEqual(limits.addresses);
        if (limits.blocks !== undefined) expect(a.to - a.from + 1).toBeLessThanOrEqual(limits.blocks);
      }
      const keys = asked.map((a) => a.key);
      expect(new Set(keys).size).toBe(keys.length);
    });

  it("gives the node's error when one address over one block is still refused", async () => {
    const { client } = node({ results: 0 });
    await expect(getLogsOnce(client, filter)).rejects.toThrow(/more than 0 results/);
  });

  it("does not split on other errors (a node that is down, a bad block)", async () => {
    let calls = 0;
    const client = createClient({
      transport: custom(
        {
          request: async () => {
            calls += 1;
            throw new Error("header not found");
          },
        },
        { retryCount: 0 },
      ),
    }) as unknown as CountingClient["client"];
    await expect(getLogsOnce(client, filter)).rejects.toThrow(/header not found/);
    expect(calls).toBe(1);
  });

  it("tells a size refusal from other errors in providers' wordings", () => {
    for (const text of [
      "query returned more than 10000 results",
      "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response.",
      "eth_getLogs is limited to a 10,000 range",
      "block range is too wide",
      "too many addresses",
      "exceed maximum block range: 5000",
      "limit exceeded",
      "request entity too large",
    ])
      expect(isLogQueryTooLarge(new Error(text)), text).toBe(true);
    expect(isLogQueryTooLarge(Object.assign(new Error("HTTP request failed."), { status: 413 }))).toBe(true);
    expect(isLogQueryTooLarge(new Error("wrapped", { cause: new Error("query returned more than 10000 results") }))).toBe(true);
    for (const text of ["header not found", "connection refused", "The request took too long to respond.", "invalid block number"])
      expect(isLogQueryTooLarge(new Error(text)), text).toBe(false);
  });
});
