/**
 * chain/history-cache.ts `afterThisTurn`'s claim, checked against the transport as it is (chain/rpc-batch.ts, its
 * batch leaving on a 0 ms timer): CPU work on cached data queued with `afterThisTurn` runs only after the JSON-RPC
 * calls started in the same event-loop turn have been handed to the HTTP POST — whatever their path to the
 * transport (a raw `client.request` as chain/lens-logs.ts `getRawLogs`, viem's actions), and whether the work is
 * queued before or after the calls. Its limit is pinned too: a call started from a timer (a timer hop) queued
 * after the work, or two timer hops later, leaves after the work (review, session 8). Queued jobs run one at a time,
 * each after two timers of its own: a round started between two of them leaves before the second (session 9).
 */
import { createClient } from "viem";
import { call, getBlock, getLogs } from "viem/actions";
import { describe, expect, it } from "vitest";
import { afterThisTurn } from "../../chain/history-cache.js";
import { batchTransport } from "../../chain/rpc-batch.js";
import type { RpcPost } from "../../chain/rpc-fetch.js";

/** A client whose transport records each POST (with its number of calls) in `events`, and never answers. */
function recording() {
  const events: string[] = [];
  const post = (_url: string, parts: readonly string[]): Promise<RpcPost> => {
    const text = parts.join("");
    events.push(`post ${text.startsWith("[") ? (JSON.parse(text) as unknown[]).length : 1}`);
    return new Promise<RpcPost>(() => {});
  };
  const client = createClient({ transport: batchTransport("http://127.0.0.1:1", { batchSize: 500, timeout: 60_000, post }) });
  return { client, events, work: () => afterThisTurn(() => events.push("work")) };
}

const ADDRESS = "0x0000000000000000000000000000000000000001";
const turn = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("afterThisTurn and the batching transport", () => {
  it("runs after the batch of the calls started in its turn has been posted (raw requests and viem actions)", async () => {
    const { client, events, work } = recording();
    void client.request({ method: "eth_getLogs", params: [{ address: ADDRESS, fromBlock: "0x0", toBlock: "0x1" }] } as never);
    void getBlock(client, { blockNumber: 1n }).catch(() => undefined);
    void call(client, { to: ADDRESS, data: "0x12345678" }).catch(() => undefined);
    void getLogs(client, { address: ADDRESS, fromBlock: 0n, toBlock: 1n }).catch(() => undefined);
    const done = work();
    await done;
    expect(events).toEqual(["post 4", "work"]);
  });

  it("also when queued before the calls, and for calls started after awaits of settled promises (microtasks)", async () => {
    const { client, events, work } = recording();
    const done = work();
    void client.request({ method: "eth_blockNumber" });
    void (async () => {
      await Promise.resolve();
      await Promise.resolve();
      void client.request({ method: "eth_chainId" });
    })();
    await done;
    expect(events).toEqual(["post 2", "work"]);
  });

  it("limit: a call started from a timer queued after the work, or two timer hops later, leaves after the work", async () => {
    const late = recording();
    void late.client.request({ method: "eth_blockNumber" });
    const lateDone = late.work();
    setTimeout(() => void late.client.request({ method: "eth_chainId" }), 0);
    await lateDone;
    await turn();
    expect(late.events).toEqual(["post 1", "work", "post 1"]);

    const hops = recording();
    setTimeout(() => setTimeout(() => void hops.client.request({ method: "eth_chainId" }), 0), 0);
    await hops.work();
    await turn();
    expect(hops.events).toEqual(["work", "post 1"]);

    // one hop queued BEFORE the work still leaves first
    const early = recording();
    setTimeout(() => void early.client.request({ method: "eth_chainId" }), 0);
    await early.work();
    expect(early.events).toEqual(["post 1", "work"]);
  });

  it("runs queued jobs one at a time: a call started after a job (an answer read meanwhile) leaves before the next job", async () => {
    const { client, events } = recording();
    // the answer of an earlier round, read while the first job runs (I/O after the timers: a setImmediate here),
    // starts the next round's calls; the second job waits for their batch
    const first = afterThisTurn(() => {
      events.push("job 1");
      setImmediate(() => void client.request({ method: "eth_chainId" }));
    });
    const second = afterThisTurn(() => events.push("job 2"));
    await Promise.all([first, second]);
    expect(events).toEqual(["job 1", "post 1", "job 2"]);
    // a job that throws rejects its own promise only; the next still runs
    const failing = afterThisTurn(() => {
      throw new Error("bad body");
    });
    const after = afterThisTurn(() => "next");
    await expect(failing).rejects.toThrow("bad body");
    await expect(after).resolves.toBe("next");
  });
});
