/**
 * chain/rpc-fetch.ts, the transport's node:http fetch: what viem reads of a response (status, headers, JSON and
 * text bodies, compressed or not, ASCII or UTF-8), redirects, aborts, and the transport's errors through viem
 * (a refused connection, a silent node, an HTTP error) as `rpcFailure` reports them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBlockNumber } from "viem/actions";
import { bodyText, rpcFetch } from "../../chain/rpc-fetch.js";
import { DEFAULT_RPC_TIMEOUT_MS, createCountingClient, rpcFailure, setRpcTimeout } from "../../chain/rpc.js";

let server: Server;
let base = "";
const seen: { headers: IncomingMessage["headers"]; body: string }[] = [];

function answer(req: IncomingMessage, res: ServerResponse, body: string) {
  const path = req.url ?? "/";
  if (path === "/silent") return; // never answers
  if (path === "/redirect") {
    res.writeHead(307, { location: "/ok" });
    return res.end();
  }
  if (path === "/error") {
    res.writeHead(503, { "content-type": "application/json" });
    return res.end(JSON.stringify({ error: { code: -32000, message: "over capacity" } }));
  }
  // a JSON-RPC answer: a batch gets one result per call
  const calls = JSON.parse(body || "{}") as { id: number; method: string } | { id: number; method: string }[];
  const one = (c: { id: number }) => ({ jsonrpc: "2.0", id: c.id, result: path === "/utf8" ? "ünï € ✓" : "0x2a" });
  const text = JSON.stringify(Array.isArray(calls) ? calls.map(one) : one(calls));
  if (path === "/gzip") {
    res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
    return res.end(gzipSync(text));
  }
  if (path === "/br") {
    res.writeHead(200, { "content-type": "application/json", "content-encoding": "br" });
    return res.end(brotliCompressSync(text));
  }
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "x-test": "yes" });
  // in small pieces, so the body arrives in several chunks
  for (let i = 0; i < text.length; i += 7) res.write(text.slice(i, i + 7));
  res.end();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      seen.push({ headers: req.headers, body });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  setRpcTimeout(DEFAULT_RPC_TIMEOUT_MS);
});

const post = (path: string, body: unknown, signal?: AbortSignal) =>
  rpcFetch(`${base}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });

describe("rpcFetch", () => {
  it("gives status, headers and the JSON of an answer sent in pieces, and sends the request's headers and body", async () => {
    const res = await post("/ok", [{ jsonrpc: "2.0", id: 1, method: "eth_chainId" }, { jsonrpc: "2.0", id: 2, method: "eth_blockNumber" }]);
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("x-test")).toBe("yes");
    expect(await res.json()).toEqual([
      { jsonrpc: "2.0", id: 1, result: "0x2a" },
      { jsonrpc: "2.0", id: 2, result: "0x2a" },
    ]);
    const sent = seen.at(-1)!;
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(sent.headers["accept-encoding"]).toMatch(/gzip/);
    expect(JSON.parse(sent.body)).toHaveLength(2);
  });

  it("decodes a UTF-8 answer as UTF-8 and an ASCII one as the same string", async () => {
    expect(await (await post("/utf8", { jsonrpc: "2.0", id: 3, method: "x" })).json()).toEqual({ jsonrpc: "2.0", id: 3, result: "ünï € ✓" });
    for (const s of ["", "{\"a\":\"0xff\"}", "ünï € ✓", "\u007f\u0080"]) expect(bodyText(Buffer.from(s, "utf8"))).toBe(s);
  });

  it("undoes gzip and brotli compression", async () => {
    expect(await (await post("/gzip", { jsonrpc: "2.0", id: 4, method: "x" })).json()).toEqual({ jsonrpc: "2.0", id: 4, result: "0x2a" });
    expect(await (await post("/br", { jsonrpc: "2.0", id: 5, method: "x" })).json()).toEqual({ jsonrpc: "2.0", id: 5, result: "0x2a" });
  });

  it("follows a redirect (through fetch) and reports an HTTP error's status and body", async () => {
    expect(await (await post("/redirect", { jsonrpc: "2.0", id: 6, method: "x" })).json()).toEqual({ jsonrpc: "2.0", id: 6, result: "0x2a" });
    const res = await post("/error", { jsonrpc: "2.0", id: 7, method: "x" });
    expect(res.ok).toBe(false);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/over capacity/);
  });

  it("stops waiting when the signal aborts", async () => {
    const controller = new AbortController();
    const pending = post("/silent", { jsonrpc: "2.0", id: 8, method: "x" }, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow(/abort/i);
  });
});

describe("the RPC transport on rpcFetch", () => {
  it("reads through viem, and reports a refused connection, a silent node and an HTTP error as before", async () => {
    expect(await getBlockNumber(createCountingClient(`${base}/ok`).client, { cacheTime: 0 })).toBe(42n);
    const failure = async (url: string) => {
      try {
        await getBlockNumber(createCountingClient(url).client, { cacheTime: 0 });
      } catch (error) {
        return rpcFailure(error, "local", url);
      }
      throw new Error(`${url} answered`);
    };
    expect((await failure("http://127.0.0.1:1"))?.message).toMatch(/^network local: http:\/\/127\.0\.0\.1:1 cannot be reached: /);
    setRpcTimeout(300);
    expect((await failure(`${base}/silent`))?.message).toBe(`network local: ${base}/silent did not answer within 0.3 s`);
    setRpcTimeout(DEFAULT_RPC_TIMEOUT_MS);
    expect((await failure(`${base}/error`))?.message).toMatch(/answered HTTP 503/);
  });
});
