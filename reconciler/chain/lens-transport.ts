/**
 * The class lens's own HTTP client: the run's transport (chain/rpc.ts `rpcTransport`: timeout, retries, JSON-RPC
 * batches, the same request / call counters) with one difference — the answer's body is read without decoding it
 * as UTF-8 and without `JSON.parse`. A 1,000-class plan receives about 25 MB of lens answers as hex text; undici's
 * `response.json()` turns the bytes into a 25 MB string and parses it character by character, which costs more than
 * decoding the ABI values themselves.
 *
 * `parseRpcBody` reads a body of exactly the shape nodes send for successful calls —
 * `[{"jsonrpc":"2.0","id":N,"result":"0x…"}, …]` (or one such object), with no white space and no escapes — by
 * finding the quotes, and takes each result as a Latin-1 slice of the bytes (hex is ASCII: the same string). Any
 * other body (an error member, white space, another member order, an escape, a non-hex result) goes to
 * `JSON.parse`, so what viem receives is always what `JSON.parse` of the body gives. Tested against `JSON.parse`
 * in reconciler/test/chain/lens-transport.test.ts.
 */
import { createClient } from "viem";
import { profileRequest } from "../model/profile.js";
import { type CountingClient, DEFAULT_BATCH_SIZE, batchLength, rpcTransport } from "./rpc.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const PREFIX = Buffer.from('{"jsonrpc":"2.0","id":');
const RESULT = Buffer.from(',"result":"');
const HEX = /^0x[0-9a-fA-F]*$/;

interface RpcResult {
  jsonrpc: "2.0";
  id: number;
  result: string;
}

/** One `{"jsonrpc":"2.0","id":N,"result":"…"}` at `at`; undefined when the bytes there have another shape. */
function readCall(b: Buffer, at: number): { call: RpcResult; end: number } | undefined {
  if (b.compare(PREFIX, 0, PREFIX.length, at, at + PREFIX.length) !== 0) return undefined;
  let p = at + PREFIX.length;
  const idStart = p;
  while (p < b.length && b[p]! >= 0x30 && b[p]! <= 0x39) p++;
  if (p === idStart || p - idStart > 15 || (b[idStart] === 0x30 && p - idStart > 1)) return undefined;
  const id = Number(b.toString("latin1", idStart, p));
  if (b.compare(RESULT, 0, RESULT.length, p, p + RESULT.length) !== 0) return undefined;
  const start = p + RESULT.length;
  const close = b.indexOf(QUOTE, start);
  if (close === -1 || b[close + 1] !== 0x7d /* } */) return undefined;
  // no escapes and nothing outside 0x / hex digits: the JSON string is the bytes themselves
  const escape = b.indexOf(BACKSLASH, start);
  if (escape !== -1 && escape < close) return undefined;
  const result = b.toString("latin1", start, close);
  if (!HEX.test(result)) return undefined;
  return { call: { jsonrpc: "2.0", id, result }, end: close + 2 };
}

/** A JSON-RPC response body as `JSON.parse` reads it; the common all-results shape without a text decode. */
export function parseRpcBody(body: Buffer): unknown {
  const fast = (): unknown => {
    if (body[0] === 0x7b /* { */) {
      const one = readCall(body, 0);
      return one !== undefined && one.end === body.length ? one.call : undefined;
    }
    if (body[0] !== 0x5b /* [ */ || body[body.length - 1] !== 0x5d /* ] */) return undefined;
    const calls: RpcResult[] = [];
    let p = 1;
    while (p < body.length - 1) {
      const next = readCall(body, p);
      if (next === undefined) return undefined;
      calls.push(next.call);
      p = next.end;
      if (p === body.length - 1) break;
      if (body[p] !== 0x2c /* , */) return undefined;
      p++;
    }
    return calls.length > 0 && p === body.length - 1 ? calls : undefined;
  };
  return fast() ?? JSON.parse(body.toString("utf8"));
}

/** A fetch whose successful JSON answers are parsed by `parseRpcBody` (what viem's http client reads of them). */
async function lensFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (!response.ok || !response.headers.get("Content-Type")?.startsWith("application/json")) return response;
  const body = Buffer.from(await response.arrayBuffer());
  return {
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    json: async () => parseRpcBody(body),
    text: async () => body.toString("utf8"),
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
    const { stats } = rpc;
    client = createClient({
      transport: rpcTransport(url, {
        batch: { batchSize: DEFAULT_BATCH_SIZE, wait: 0 },
        fetchFn: lensFetch,
        onFetchRequest: (_request, init) => {
          stats.httpRequests += 1;
          const calls = batchLength(String(init.body));
          stats.rpcCalls += calls;
          profileRequest(calls);
        },
      }),
    });
  }
  clients.set(rpc, client);
  return client;
}
