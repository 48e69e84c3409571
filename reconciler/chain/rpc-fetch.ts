/**
 * The HTTP under the RPC transport of chain/rpc-batch.ts (`postRpc`): node:http / node:https instead of the global
 * (undici) fetch. The refresh's answers are large — at 1,000 classes about 95 MB of JSON per plan (the factory's
 * events, the role logs, the registry pages) — and undici's body reading (web streams, a concatenation of the chunks,
 * a TextDecoder) costs about twice node:http's for the same bytes (docs/reconciler-scale.md, "Session 5 (logs14)").
 * JSON-RPC answers are ASCII almost always: such a body becomes a string without UTF-8 decoding. Nothing here loads
 * undici unless it is needed (a redirect, another scheme, an error's headers): loading it costs a new process ~0.15 s.
 *
 * `postRpc` resolves when the headers arrive and reads the body when asked (`text()`); the abort signal stops both
 * (the transport's timeout is a silence: `progress` is called on each part of the body received). It follows no
 * redirect itself (a 3xx is sent again through the global fetch, which does; so are other schemes), asks for and
 * undoes gzip / deflate / br compression, writes the body part by part, and refuses an answer (or its decompressed
 * form) over `maxBytes` — by default the longest string V8 can make — with `AnswerTooLargeError` instead of
 * exhausting memory.
 */
import { constants, isAscii } from "node:buffer";
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { promisify } from "node:util";
import { type ZlibOptions, brotliDecompress, gunzip, inflate } from "node:zlib";

const agents = { "http:": new HttpAgent({ keepAlive: true }), "https:": new HttpsAgent({ keepAlive: true }) };
const undo: Record<string, (b: Buffer, options: ZlibOptions) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  "x-gzip": promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** An answer longer than the transport accepts (`postRpc`'s `maxBytes`). */
export class AnswerTooLargeError extends Error {
  override name = "AnswerTooLargeError";
  constructor(maxBytes: number) {
    super(`the answer is larger than ${maxBytes} bytes`);
  }
}

const PREFIX = '{"jsonrpc":"2.0","id":';
const RESULT = ',"result":"';
/**
 * What makes a JSON string's value differ from its text: an escape, or a control character (which JSON.parse
 * refuses). A search for one is several times cheaper than matching the whole result against a hex pattern.
 */
const NOT_PLAIN = /[\u0000-\u001f\\]/;
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
  // no escape, no control character: the JSON string is the text itself. Whether it is hex is for its reader to
  // check, as with JSON.parse's value (chain/lens-pack.ts `hexBytes` in the decode itself; viem for the others)
  const result = text.slice(start, close);
  if (NOT_PLAIN.test(result)) return undefined;
  return { call: { jsonrpc: "2.0", id: Number(text.slice(idStart, comma)), result }, end: close + 2 };
}

/**
 * A JSON-RPC response text as `JSON.parse` reads it. The shape nodes send for successful calls —
 * `[{"jsonrpc":"2.0","id":N,"result":"0x…"}, …]` (or one such object), no white space, string results without an
 * escape or a control character — is read by finding the quotes and slicing (the lens answers and registry pages of
 * a 1,000-class plan are megabytes of hex); any other text (an error member, white space, another member order, an
 * escape, another kind of result) goes to `JSON.parse`, so the value is always what `JSON.parse` gives
 * (reconciler/test/chain/lens-transport.test.ts). A result is not checked for hex here: its reader checks it while
 * decoding it (chain/lens-pack.ts `hexBytes`, viem's decoders), as it would JSON.parse's value.
 */
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

/** A body as a string: one-byte (latin1) when it is ASCII, which is then the same string, else UTF-8. */
export function bodyText(body: Buffer): string {
  return body.toString(isAscii(body) ? "latin1" : "utf8");
}

/** What the JSON-RPC transport (chain/rpc-batch.ts) reads of an answer. */
export interface RpcPost {
  ok: boolean;
  status: number;
  statusText: string;
  /**
   * The answer's headers, made when asked (for an error): the global `Headers` is undici's, and loading undici costs
   * a new process ~0.15 s of CPU that the transport otherwise never needs.
   */
  headers(): Headers;
  text(): Promise<string>;
}

/**
 * POST a JSON-RPC request whose body is `parts` joined (written part by part: a lens call's megabytes of hex are
 * never copied into one string); resolves when the answer's headers arrive.
 */
export async function postRpc(
  url: string,
  parts: readonly string[],
  signal: AbortSignal,
  progress?: () => void,
  maxBytes: number = constants.MAX_STRING_LENGTH,
): Promise<RpcPost> {
  const target = new URL(url);
  const headers = { "content-type": "application/json" };
  const res = target.protocol in agents ? await send(target, headers, parts, signal, progress, maxBytes) : undefined;
  if (res !== undefined) return res;
  // another scheme, or a redirect: the global fetch
  const answer = await fetch(url, { method: "POST", headers, body: parts.join(""), signal });
  return { ok: answer.ok, status: answer.status, statusText: answer.statusText, headers: () => answer.headers, text: () => answer.text() };
}

/** One node:http(s) POST; undefined for a redirect (then the caller asks fetch, which follows it). */
async function send(
  url: URL,
  headers: Record<string, string>,
  parts: readonly string[],
  signal: AbortSignal,
  progress: (() => void) | undefined,
  maxBytes: number,
): Promise<RpcPost | undefined> {
  const protocol = url.protocol as keyof typeof agents;
  headers["accept-encoding"] ??= "gzip, deflate, br";
  let length = 0;
  for (const part of parts) length += Buffer.byteLength(part);
  headers["content-length"] = String(length);
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = protocol === "https:" ? httpsRequest : httpRequest;
    const req = request(url, { method: "POST", headers, agent: agents[protocol], signal }, resolve);
    req.on("error", reject);
    if (parts.length > 1) req.cork();
    for (const part of parts) req.write(part);
    req.end();
  });
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400 && res.headers.location !== undefined) {
    res.resume();
    return undefined;
  }
  // the body is gathered from now on (nothing is lost while the caller looks at the headers), until the signal aborts
  const chunks: Buffer[] = [];
  let received = 0;
  const raw = new Promise<Buffer>((resolve, reject) => {
    const abort = () => res.destroy(new Error("the answer was aborted"));
    if (signal.aborted) abort();
    else {
      signal.addEventListener("abort", abort, { once: true });
      res.once("close", () => signal.removeEventListener("abort", abort));
    }
    res.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        reject(new AnswerTooLargeError(maxBytes)); // first: destroying the stream rejects with a plainer error
        res.destroy();
        return;
      }
      chunks.push(chunk);
      progress?.();
    });
    res.on("end", () => resolve(Buffer.concat(chunks, received)));
    res.on("error", reject);
    res.on("aborted", () => reject(new Error("the response was aborted")));
  });
  raw.catch(() => {}); // observed by text(); an unread body must not be an unhandled rejection
  const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const bytes = async () => {
    const b = await raw;
    const decode = undo[encoding];
    if (decode === undefined || b.length === 0) return b;
    try {
      return await decode(b, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw new AnswerTooLargeError(maxBytes);
      throw error;
    }
  };
  const rawHeaders = res.rawHeaders;
  const answerHeaders = () => {
    const h = new Headers();
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) h.append(rawHeaders[i]!, rawHeaders[i + 1]!);
    return h;
  };
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? "",
    headers: answerHeaders,
    text: async () => bodyText(await bytes()),
  };
}
