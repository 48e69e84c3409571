/**
 * The `fetch` the RPC transport uses (chain/rpc.ts): node:http / node:https instead of the global (undici) fetch.
 * The refresh's answers are large — at 1,000 classes about 95 MB of JSON per plan (the factory's events, the role
 * logs, the registry pages) — and undici's body reading (web streams, a concatenation of the chunks, a TextDecoder)
 * costs about twice node:http's for the same bytes (docs/reconciler-scale.md, "Session 5 (logs14)"). JSON-RPC
 * answers are ASCII almost always: such a body becomes a string without UTF-8 decoding.
 *
 * Same contract as fetch for what viem uses: it resolves when the headers arrive (the body is read after, as fetch's
 * is, so a request's timeout covers the same span), honours the abort signal, follows no redirect itself (a 3xx is
 * sent again through the global fetch, which does), asks for and undoes gzip / deflate / br compression, and gives a
 * Response-like object (`ok`, `status`, `statusText`, `headers`, `json()`, `text()`). Other schemes go to fetch.
 */
import { isAscii } from "node:buffer";
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { promisify } from "node:util";
import { brotliDecompress, gunzip, inflate } from "node:zlib";

const agents = { "http:": new HttpAgent({ keepAlive: true }), "https:": new HttpsAgent({ keepAlive: true }) };
const undo: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  "x-gzip": promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** What viem's HTTP client reads of a fetch Response. */
export interface RpcResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: Headers;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** A body as a string: one-byte (latin1) when it is ASCII, which is then the same string, else UTF-8. */
export function bodyText(body: Buffer): string {
  return body.toString(isAscii(body) ? "latin1" : "utf8");
}

export async function rpcFetch(input: string | URL | Request, init: RequestInit = {}): Promise<RpcResponse | Response> {
  const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
  const protocol = url.protocol as keyof typeof agents;
  if (input instanceof Request || (protocol !== "http:" && protocol !== "https:")) return fetch(input, init);
  const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers).entries());
  headers["accept-encoding"] ??= "gzip, deflate, br";
  const body = typeof init.body === "string" ? init.body : undefined;
  if (init.body !== undefined && init.body !== null && body === undefined) return fetch(input, init);
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const send = protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(url, { method: init.method ?? "GET", headers, agent: agents[protocol], signal: init.signal ?? undefined }, resolve);
    req.on("error", reject);
    req.end(body);
  });
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400 && res.headers.location !== undefined) {
    res.resume();
    return fetch(input, init);
  }
  // the body is gathered from now on (nothing is lost while viem looks at the headers)
  const chunks: Buffer[] = [];
  let length = 0;
  const raw = new Promise<Buffer>((resolve, reject) => {
    res.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    res.on("end", () => resolve(Buffer.concat(chunks, length)));
    res.on("error", reject);
    res.on("aborted", () => reject(new Error("the response was aborted")));
  });
  raw.catch(() => {}); // observed by json() / text(); an unread body must not be an unhandled rejection
  const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const bytes = async () => {
    const b = await raw;
    const decode = undo[encoding];
    return decode === undefined || b.length === 0 ? b : decode(b);
  };
  const responseHeaders = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
  const text = async () => bodyText(await bytes());
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? "",
    headers: responseHeaders,
    text,
    json: async () => JSON.parse(await text()) as unknown,
  };
}
