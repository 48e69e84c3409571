/**
 * The class lens's own HTTP client: the run's transport (chain/rpc.ts `rpcTransport`: timeout, retries, JSON-RPC
 * batches, the same request / call counters) with one difference — the answer's body is read without decoding it
 * as UTF-8 and without `JSON.parse`. A 1,000-class plan receives about 25 MB of lens answers as hex text; undici's
 * `response.json()` turns the bytes into a 25 MB string and parses it character by character, which costs more than
 * decoding the ABI values themselves.
 *
 * The body is read by the run's fetch (chain/rpc-fetch.ts: an ASCII body becomes a string without UTF-8 decoding),
 * and `parseRpcText` reads a text of exactly
 * the shape nodes send for successful calls — `[{"jsonrpc":"2.0","id":N,"result":"0x…"}, …]` (or one such
 * object), no white space, results of hex digits only — by finding the quotes and slicing. Any other text (an
 * error member, white space, another member order, an escape, a non-hex result) goes to `JSON.parse`, so what viem
 * receives is always what `JSON.parse` of the body gives. Tested against `JSON.parse` in
 * reconciler/test/chain/lens-transport.test.ts.
 */
import { createClient } from "viem";
import { type CountingClient, DEFAULT_BATCH_SIZE, countRequests, rpcTransport } from "./rpc.js";
import { rpcFetch } from "./rpc-fetch.js";

const PREFIX = '{"jsonrpc":"2.0","id":';
const RESULT = ',"result":"';
const HEX = /^0x[0-9a-fA-F]*$/;
const ID = /^(0|[1-9][0-9]{0,14})$/;

interface RpcResult {
  jsonrpc: "2.0";
  id: number;
  result: string;
}

/** One `{"jsonrpc":"2.0","id":N,"result":"0x…"}` at `at`; undefined when the text there has another shape. */
function readCall(text: string, at: number): { call: RpcResult; end: number } | undefined {
  if (!text.startsWith(PREFIX, at)) return undefined;
  const idStart = at + PREFIX.length;
  const comma = text.indexOf(",", idStart);
  if (comma === -1 || !ID.test(text.slice(idStart, comma)) || !text.startsWith(RESULT, comma)) return undefined;
  const start = comma + RESULT.length;
  const close = text.indexOf('"', start);
  if (close === -1 || text.charCodeAt(close + 1) !== 0x7d /* } */) return undefined;
  // 0x and hex digits only: no escape, no control character, so the JSON string is the text itself
  const result = text.slice(start, close);
  if (!HEX.test(result)) return undefined;
  return { call: { jsonrpc: "2.0", id: Number(text.slice(idStart, comma)), result }, end: close + 2 };
}

/** A JSON-RPC response text as `JSON.parse` reads it; the common all-results shape by finding the quotes. */
export function parseRpcText(text: string): unknown {
  const fast = (): unknown => {
    if (text.startsWith("{")) {
      const one = readCall(text, 0);
      return one !== undefined && one.end === text.length ? one.call : undefined;
    }
    if (!text.startsWith("[") || !text.endsWith("]")) return undefined;
    const calls: RpcResult[] = [];
    let p = 1;
    while (p < text.length - 1) {
      const next = readCall(text, p);
      if (next === undefined) return undefined;
      calls.push(next.call);
      p = next.end;
      if (p === text.length - 1) break;
      if (text.charCodeAt(p) !== 0x2c /* , */) return undefined;
      p++;
    }
    return calls.length > 0 && p === text.length - 1 ? calls : undefined;
  };
  return fast() ?? JSON.parse(text);
}

/** A fetch whose successful JSON answers are parsed by `parseRpcText` (what viem's http client reads of them). */
async function lensFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  // the run's fetch (chain/rpc-fetch.ts: node:http, an ASCII body read as Latin-1 without a UTF-8 decode)
  const response = await rpcFetch(input, init);
  if (!response.ok || !response.headers.get("Content-Type")?.startsWith("application/json")) return response as Response;
  const text = await response.text();
  return {
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    json: async () => parseRpcText(text),
    text: async () => text,
  } as unknown as Response;
}

const clients = new WeakMap<object, CountingClient["client"]>();

/**
 * The client the class lens sends its calls with: `rpc`'s node, counters and transport settings, answers read by
 * `parseRpcBody`; `rpc.client` itself when it is not an HTTP client (a test's custom transport).
 */
export function lensClient(rpc: CountingClient): CountingClient["client"] {
  let client = clients.get(rpc);
  if (client !== undefined) return client;
  const url = (rpc.client.transport as { url?: unknown; type?: unknown }).url;
  if (typeof url !== "string" || (rpc.client.transport as { type?: unknown }).type !== "http") client = rpc.client;
  else {
    client = createClient({
      transport: rpcTransport(url, {
        batch: { batchSize: DEFAULT_BATCH_SIZE, wait: 0 },
        fetchFn: lensFetch,
        onFetchRequest: countRequests(rpc.stats),
      }),
    });
  }
  clients.set(rpc, client);
  return client;
}
