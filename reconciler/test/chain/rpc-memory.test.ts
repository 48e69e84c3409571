/** rpc.ts's per-client memory of reads at one block (the refresh's rounds 1 / 1b and live log queries use it). */
import { describe, expect, it } from "vitest";
import { createCountingClient, remember } from "../../chain/rpc.js";

describe("remember", () => {
  it("reads once per client, block and key; keeps only the latest block; forgets a failed read", async () => {
    const rpc = createCountingClient("http://127.0.0.1:1");
    const other = createCountingClient("http://127.0.0.1:1");
    let reads = 0;
    const read = (v: number) => () => {
      reads += 1;
      return Promise.resolve(v);
    };
    const a = remember(rpc, "0xb1", "k", read(1));
    expect(a.remembered).toBe(false);
    expect(await a.promise).toBe(1);
    const again = remember(rpc, "0xb1", "k", read(2));
    expect(again.remembered).toBe(true);
    expect(await again.promise).toBe(1);
    expect(reads).toBe(1);
    // another key, another client: read
    expect(remember(rpc, "0xb1", "k2", read(3)).remembered).toBe(false);
    expect(remember(other, "0xb1", "k", read(4)).remembered).toBe(false);
    // a new block drops the old one's reads
    expect(remember(rpc, "0xb2", "k", read(5)).remembered).toBe(false);
    expect(remember(rpc, "0xb1", "k", read(6)).remembered).toBe(false);
    expect(reads).toBe(5);
    // a failed read is not remembered
    const failed = remember(rpc, "0xb1", "bad", () => Promise.reject(new Error("node down")));
    await expect(failed.promise).rejects.toThrow("node down");
    await Promise.resolve();
    expect(remember(rpc, "0xb1", "bad", read(7)).remembered).toBe(false);
  });
});
