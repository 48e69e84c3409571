/**
 * chain/rpc-fetch.ts `postRpc`, the transport's node:http POST: what the transport reads of an answer (status,
 * headers, the body's text, compressed or not, ASCII or UTF-8), redirects, aborts (before and after the headers), the
 * answer size limit (a decompression bomb included), and the transport's errors through viem (a refused connection,
 * a silent node, an HTTP error) as `rpcFailure` reports them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { createClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBlockNumber } from "viem/actions";
import { batchTransport } from "../../chain/rpc-batch.js";
import { AnswerTooLargeError, bodyText, parseRpcText, postRpc } from "../../chain/rpc-fetch.js";
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
  if (path === "/stall") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.write("[");
  }
  if (path === "/bomb") {
    res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
    return res.end(gzipSync(Buffer.alloc(1_000_000, 0x20)));
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

const post = async (path: string, body: unknown, signal = new AbortController().signal, maxBytes?: number) => {
  const res = await postRpc(`${base}${path}`, [JSON.stringify(body)], signal, undefined, maxBytes);
  return { ...res, json: async () => parseRpcText(await res.text()) };
};

describe("postRpc", () => {
  it("gives status, headers and the JSON of an answer sent in pieces, and sends the request's headers and body", async () => {
    const res = await post("/ok", [{ jsonrpc: "2.0", id: 1, method: "eth_chainId" }, { jsonrpc: "2.0", id: 2, method: "eth_blockNumber" }]);
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers().get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers().get("x-test")).toBe("yes");
    expect(await res.json()).toEqual([
      { jsonrpc: "2.0", id: 1, result: "0x2a" },
      { jsonrpc: "2.0", id: 2, result: "0x2a" },
    ]);
    const sent = seen.at(-1)!;
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(sent.headers["accept-encoding"]).toMatch(/gzip/);
    expect(JSON.parse(sent.body)).toHaveLength(2);
  });

  it("writes a body given in parts as one body, with its length in bytes", async () => {
    const parts = ['{"jsonrpc":"2.0","id":9,', '"method":"x","params":["ü"', "]}"];
    const res = await postRpc(`${base}/ok`, parts, new AbortController().signal);
    expect(parseRpcText(await res.text())).toEqual({ jsonrpc: "2.0", id: 9, result: "0x2a" });
    const sent = seen.at(-1)!;
    expect(sent.body).toBe(parts.join(""));
    expect(sent.headers["content-length"]).toBe(String(Buffer.byteLength(parts.join(""))));
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

  it("stops waiting when the signal aborts, before the headers and while the body is read", async () => {
    const controller = new AbortController();
    const pending = post("/silent", { jsonrpc: "2.0", id: 8, method: "x" }, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow(/abort/i);
    const later = new AbortController();
    const stalled = await post("/stall", { jsonrpc: "2.0", id: 8, method: "x" }, later.signal);
    setTimeout(() => later.abort(), 50);
    await expect(stalled.text()).rejects.toThrow(/abort/i);
  });

  it("refuses an answer over maxBytes, and a compressed one that grows over it, with AnswerTooLargeError", async () => {
    const big = await post("/ok", Array.from({ length: 20 }, (_, i) => ({ jsonrpc: "2.0", id: i, method: "x" })), undefined, 100);
    await expect(big.text()).rejects.toThrow(AnswerTooLargeError);
    const bomb = await post("/bomb", { jsonrpc: "2.0", id: 1, method: "x" }, undefined, 100_000);
    await expect(bomb.text()).rejects.toThrow("the answer is larger than 100000 bytes");
    // an answer under the limit is read as before
    expect(await (await post("/gzip", { jsonrpc: "2.0", id: 4, method: "x" }, undefined, 100)).json()).toEqual({ jsonrpc: "2.0", id: 4, result: "0x2a" });
  });
});

describe("the RPC transport on postRpc", () => {
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

  it("reports an answer over the size limit as the node's answer, once (not retried)", async () => {
    let sent = 0;
    const transport = batchTransport(`${base}/bomb`, { timeout: 5_000, onRequest: () => sent++, post: (url, parts, signal, progress) => postRpc(url, parts, signal, progress, 1_000) });
    let error: unknown;
    await getBlockNumber(createClient({ transport }), { cacheTime: 0 }).catch((e: unknown) => (error = e));
    expect(rpcFailure(error, "local", `${base}/bomb`)?.message).toBe(`network local: ${base}/bomb answered HTTP 200: the answer is larger than 1000 bytes`);
    expect(sent).toBe(1);
  });
});
