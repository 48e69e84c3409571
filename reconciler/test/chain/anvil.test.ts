import { describe, expect, it } from "vitest";
import { startAnvil } from "../../chain/anvil.js";

async function rpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result: unknown };
  return body.result;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("startAnvil", () => {
  it("starts a chain with the requested chain id and genesis time, and stop() ends that process", async () => {
    const anvil = await startAnvil({ chainId: 4242, timestamp: 1_800_000_000n });
    try {
      expect(await rpc(anvil.url, "eth_chainId")).toBe("0x1092");
      const block = (await rpc(anvil.url, "eth_getBlockByNumber", ["0x0", false])) as { timestamp: string };
      expect(BigInt(block.timestamp)).toBe(1_800_000_000n);
      expect(alive(anvil.pid)).toBe(true);
    } finally {
      await anvil.stop();
    }
    expect(alive(anvil.pid)).toBe(false);
    await anvil.stop(); // a second stop is harmless
  });

  it("runs two chains side by side on different ports", async () => {
    const [a, b] = await Promise.all([startAnvil(), startAnvil()]);
    try {
      expect(a.port).not.toBe(b.port);
      expect(await rpc(a.url, "eth_blockNumber")).toBe("0x0");
      expect(await rpc(b.url, "eth_blockNumber")).toBe("0x0");
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("refuses a port that is already taken, naming the port", async () => {
    const a = await startAnvil();
    try {
      await expect(startAnvil({ port: a.port })).rejects.toThrow(`port ${a.port} on 127.0.0.1 is already in use`);
    } finally {
      await a.stop();
    }
  });
});
