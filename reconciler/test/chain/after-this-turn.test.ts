/**
 * chain/history-cache.ts `afterThisTurn`'s claim, checked against the transport as it is (chain/rpc-batch.ts, its
 * batch leaving on a 0 ms timer): CPU work on cached data queued with `afterThisTurn` runs only after the JSON-RPC
 * calls started in the same event-loop turn have been handed to the HTTP POST — whatever their path to the
 * transport (a raw `client.request` as chain/lens-logs.ts `getRawLogs`, viem's actions), and whether the work is
 * queued before or after the calls. Its limit is pinned too: a call started two timer hops later leaves after the
 * work (review, session 8; since session 9 a call one timer hop later leaves before it). Queued jobs run one at a time,
 * each after two timers of its own: a round started between two of them leaves before the second (session 9).
 */
import { createServer, request as httpRequest } from "node:http";
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

  it("limit: a call started two timer hops later leaves after the work (one hop later, before it)", async () => {
    const late = recording();
    void late.client.request({ method: "eth_blockNumber" });
    const lateDone = late.work();
    setTimeout(() => void late.client.request({ method: "eth_chainId" }), 0);
    await lateDone;
    await turn();
    // the work waits for a timer, setImmediate, then a timer (session 9): a call one timer later still leaves first
    expect(late.events).toEqual(["post 1", "post 1", "work"]);

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

  it("an answer read from a socket during a job: the round its reader starts leaves before the next job", async () => {
    // the node's answer to round 1 arrives while a cached-history job runs; its reader starts round 1b (here: one
    // call), whose batch must leave before the next job (two timers per job were not enough: the batch's timer came
    // after the second)
    const server = createServer((_req, res) => setTimeout(() => res.end("x".repeat(50_000)), 30));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const busy = (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until);
    };
    try {
      for (let round = 0; round < 3; round++) {
        const { client, events } = recording();
        const answered = new Promise<void>((resolve) => {
          httpRequest({ host: "127.0.0.1", port, path: "/" }, (res) => {
            res.on("data", () => undefined);
            res.on("end", () => {
              events.push("answer");
              void client.request({ method: "eth_chainId" });
              resolve();
            });
          }).end();
        });
        const jobs = [1, 2, 3, 4].map((i) => afterThisTurn(() => (events.push(`job ${i}`), busy(25))));
        await Promise.all([answered, ...jobs]);
        await turn();
        const answer = events.indexOf("answer");
        expect(events.indexOf("post 1"), events.join(", ")).toBe(answer + 1);
        expect(events.filter((e) => e.startsWith("job"))).toEqual(["job 1", "job 2", "job 3", "job 4"]);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
