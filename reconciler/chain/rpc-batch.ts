/**
 * The reconciler's JSON-RPC transport over HTTP (chain/rpc.ts `rpcTransport` makes it with the run's timeout):
 * viem's `http` transport replaced by our own batching, because viem's costs grew with the request's size —
 * for every request it built a `TimeoutError` whose message stringifies the whole batch body (a lens call carries
 * megabytes), stringified the body again with a replacer, and copied it into a `Request` only to pass it to a hook
 * (docs/reconciler-scale.md, "Session 7 (rpc14)").
 *
 * - Every call started in the same event-loop turn (before a 0 ms timer fires, as viem's `wait: 0`) leaves in one
 *   HTTP request of up to `batchSize` calls; a queue that reaches `batchSize` leaves at once. A request of one call
 *   is sent as a plain JSON-RPC object, not a batch of one.
 * - Answers are matched to calls by id (a lone call's answer may have an id of null, as a node's error about the
 *   request has). A batch answer that is not a list, names an id not asked or twice, or misses
 *   one, fails every call of the batch with `RpcAnswerError` (a node that drops answers is not one to read from); an
 *   answer with neither a result nor an error fails its call so. A single error object in answer to a batch (a node
 *   refusing the whole batch) fails each call with that error.
 * - A JSON-RPC error object becomes viem's `RpcRequestError`, so viem's error mapping and revert decoding work as
 *   with viem's transport; an HTTP failure (status, refused connection, broken body, HTTP 200 with a body that is
 *   not JSON, an answer over chain/rpc-fetch.ts's size limit) an `HttpRequestError`; `timeout` ms of silence (no
 *   headers yet, or no part of the body since the last) a `TimeoutError`. These errors are built only when the failure happens, and show a
 *   short form of a large body and at most 200 characters of the answer.
 * - A request of reads only is retried twice (150 ms, then 300 ms) after an HTTP failure the node may recover from
 *   (408, 429, 5xx, a refused or broken connection); a request that may change state (a transaction, `evm_mine`…)
 *   only when it cannot have been executed (a refused connection, 429). A 429 with a `Retry-After` (seconds or an
 *   HTTP date) waits what it says when that is at most `MAX_RETRY_AFTER_MS`, and is not retried when it asks for
 *   longer (the rate limit is reported at once, not after minutes of silence). A timeout is not retried (a node that
 *   never answers would cost three timeouts before the user hears of it).
 * - The body is written in parts: a long data string (a lens call's hex) is written as it is, never copied into a
 *   joined JSON text (chain/rpc-fetch.ts `postRpc`).
 */
import {
  BaseError,
  HttpRequestError,
  RpcRequestError,
  TimeoutError,
  type Transport,
  createTransport,
} from "viem";
import { AnswerTooLargeError, type RpcPost, parseRpcText, postRpc } from "./rpc-fetch.js";

export interface BatchTransportOptions {
  /** JSON-RPC calls per HTTP request; 1 (the default) sends every call alone. */
  batchSize?: number;
  /** ms the node may stay silent (until the answer's headers, then between two parts of its body). */
  timeout: number;
  /** Called once per HTTP request sent (each attempt), with the calls it carries. */
  onRequest?: (calls: number) => void;
  /** The HTTP POST (tests replace it); chain/rpc-fetch.ts `postRpc` by default (`progress`: each part of the body). */
  post?: (url: string, body: readonly string[], signal: AbortSignal, progress: () => void) => Promise<RpcPost>;
}

/** A batch answer that cannot be matched to the calls it answers. */
export class RpcAnswerError extends BaseError {
  url: string;
  constructor({ details, url }: { details: string; url: string }) {
    super("The JSON-RPC answer does not match the request.", { details, name: "RpcAnswerError" });
    this.url = url;
  }
}

interface Call {
  method: string;
  params: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Strings longer than this are written as body parts of their own when JSON writes them as they are. */
const LONG = 16_384;
/** A call whose JSON is longer than this is named by its method and size in error messages. */
const SHOWN = 2_000;
/** A JSON-RPC error message longer than this is cut (the rest of the error object is kept). */
const MESSAGE = 1_000;
/**
 * A character JSON.stringify writes otherwise than as itself: a quote, a backslash, a control character, a surrogate
 * (a lone one is escaped; a pair is excluded with it, to keep the search simple). A string with none is its own JSON
 * text between quotes — a search for one costs a fraction of matching megabytes against a hex pattern.
 */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Methods that only read: a request of these alone is retried after any failure the node may recover from. */
const READ =
  /^(eth_(call|chainId|blockNumber|estimateGas|gasPrice|maxPriorityFeePerGas|feeHistory|accounts|syncing|get(?!FilterChanges)[A-Za-z]+)|net_version|web3_clientVersion)$/;

/** Ids are unique in a process (as viem's), consecutive within a request. */
let nextId = 0;

/** The transport: type `http`, with `url` and `batchSize` among its attributes (chain/lens-transport.ts reads them). */
export function batchTransport(url: string, options: BatchTransportOptions): Transport {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 1));
  return () => {
    let queue: Call[] = [];
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const calls = queue;
      queue = [];
      if (calls.length > 0) void send(url, calls, options);
    };
    const request = ({ method, params }: { method: string; params?: unknown }) =>
      new Promise((resolve, reject) => {
        queue.push({ method, params, resolve, reject });
        if (queue.length >= batchSize) flush();
        else timer ??= setTimeout(flush, 0);
      });
    return createTransport(
      { key: "http", name: "HTTP JSON-RPC", request: request as never, retryCount: 0, timeout: options.timeout, type: "http" },
      { url, batchSize },
    );
  };
}

/** Send `calls` as one request (retried as this file's header says), and settle each: none is left pending. */
async function send(url: string, calls: Call[], options: BatchTransportOptions): Promise<void> {
  const first = nextId;
  nextId += calls.length;
  let body: { parts: string[]; sizes: number[] };
  try {
    body = requestBody(calls, first);
  } catch (error) {
    // parameters JSON cannot hold (a cycle): the calls fail, as viem's stringify failed them
    for (const call of calls) call.reject(error);
    return;
  }
  const { parts, sizes } = body;
  for (let attempt = 0; ; attempt++) {
    try {
      options.onRequest?.(calls.length);
      settle(calls, first, await exchange(url, parts, calls, sizes, options), url, sizes);
      return;
    } catch (error) {
      const wait = attempt < 2 && retryable(error, calls) ? retryDelay(error, attempt) : undefined;
      if (wait !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        continue;
      }
      for (const call of calls) call.reject(error);
      return;
    }
  }
}

/**
 * Whether a failed request is sent again. A request of reads only: after an HTTP failure the node may recover from.
 * A request that may change state (a transaction, a devnet's `evm_mine` / `evm_increaseTime`…): only when it cannot
 * have been executed — the connection was refused, or a rate limit (429) turned it away; a 5xx or a connection broken
 * after sending may come after the node executed it, and a second send would execute it twice (or fail as "already
 * known" although the first was sent).
 */
function retryable(error: unknown, calls: readonly Call[]): boolean {
  if (!(error instanceof HttpRequestError)) return false;
  if (error.status === 429) return true;
  if (calls.every((c) => READ.test(c.method))) return error.status === undefined || RETRY_STATUS.has(error.status);
  return error.status === undefined && notSent(error);
}

/** The longest `Retry-After` a rate-limited request waits for before it is sent again (ms). */
export const MAX_RETRY_AFTER_MS = 10_000;

/**
 * How long to wait before sending a retryable request again (ms): 150 ms, then 300 ms; a 429's `Retry-After`
 * (delta-seconds or an HTTP date) when it gives one — undefined (not retried) when that is over `MAX_RETRY_AFTER_MS`.
 */
export function retryDelay(error: unknown, attempt: number, now = Date.now()): number | undefined {
  const backoff = 150 * 2 ** attempt;
  if (!(error instanceof HttpRequestError) || error.status !== 429) return backoff;
  const header = error.headers?.get("retry-after")?.trim();
  if (header === undefined || header === "") return backoff;
  const ms = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  if (Number.isNaN(ms)) return backoff;
  if (ms > MAX_RETRY_AFTER_MS) return undefined;
  return Math.max(backoff, ms);
}

/** The request never reached a node: the connection was refused, or the host name does not resolve. */
function notSent(error: Error): boolean {
  for (let e: unknown = error.cause, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") return true;
  }
  return false;
}

/** One HTTP request: the parsed answer, or the transport's error (timeout, HTTP failure). */
async function exchange(
  url: string,
  parts: readonly string[],
  calls: readonly Call[],
  sizes: readonly number[],
  options: BatchTransportOptions,
): Promise<unknown> {
  const shown = () => shownBody(calls, sizes);
  const controller = new AbortController();
  // the timeout is a silence: until the headers, then between two parts of the body (a node that stalls after its
  // headers is silent too; a large answer arriving steadily over a slow link is not)
  const timer = setTimeout(() => controller.abort(), options.timeout);
  const progress = () => void timer.refresh();
  try {
    let response: RpcPost;
    try {
      response = await (options.post ?? postRpc)(url, parts, controller.signal, progress);
    } catch (error) {
      if (controller.signal.aborted) throw new TimeoutError({ body: shown(), url });
      throw new HttpRequestError({ body: shown(), cause: error as Error, url });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw new TimeoutError({ body: shown(), url });
      // an answer over the size limit is the node's answer (not retried); a body broken off, as a broken connection
      if (error instanceof AnswerTooLargeError)
        throw new HttpRequestError({ body: shown(), cause: error, details: error.message, status: response.status, url });
      if (response.ok) throw new HttpRequestError({ body: shown(), cause: error as Error, url });
      text = "";
    }
    let data: unknown;
    try {
      data = parseRpcText(text);
    } catch {
      // HTTP 200 with a body that is not JSON (a proxy's HTML page): the node answered, wrongly; not retried. (No
      // `cause`: viem's BaseError would show the cause's message instead of `details`.)
      if (response.ok)
        throw new HttpRequestError({
          body: shown(),
          details: `the answer is not JSON: ${excerpt(text)}`,
          status: response.status,
          url,
        });
      data = undefined;
    }
    if (!response.ok) {
      const err = data !== null && typeof data === "object" ? (data as { error?: unknown }).error : undefined;
      throw new HttpRequestError({
        body: shown(),
        details: (err !== undefined ? excerpt(stringify(err) ?? "") : undefined) || response.statusText,
        headers: response.headers(),
        status: response.status,
        url,
      });
    }
    return data;
  } finally {
    clearTimeout(timer);
  }
}

/** Resolve or reject every call from `data`, the answer to the request whose ids start at `first`. */
function settle(calls: readonly Call[], first: number, data: unknown, url: string, sizes: readonly number[]): void {
  const n = calls.length;
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  let answers: (Record<string, unknown> | undefined)[];
  if (n === 1 && isObject(data)) {
    // sent alone: the answer is the object; a numeric id must be the call's (null: a node's error about the request)
    if (typeof data.id === "number" && data.id !== first)
      throw new RpcAnswerError({ details: `the answer to id ${first} (${calls[0]!.method}) names id ${data.id}`, url });
    answers = [data];
  } else if (!Array.isArray(data)) {
    if (isObject(data) && isObject(data.error)) {
      // the node refused the batch as a whole (too large, rate limited…): every call fails with its error
      for (let i = 0; i < n; i++) rpcError(calls[i]!, data.error, url, sizes[i]!);
      return;
    }
    throw new RpcAnswerError({ details: `a request of ${n} calls was answered with ${describe(data)}, not a list of answers`, url });
  } else {
    answers = new Array(n);
    let found = 0;
    for (const entry of data as unknown[]) {
      const id = isObject(entry) ? entry.id : undefined;
      const index = typeof id === "number" ? id - first : -1;
      if (!(index >= 0 && index < n && Number.isInteger(index)))
        throw new RpcAnswerError({ details: `the answer to a request of ${n} calls names id ${stringify(id)}, which was not asked`, url });
      if (answers[index] !== undefined)
        throw new RpcAnswerError({ details: `the answer to a request of ${n} calls answers id ${String(id)} twice`, url });
      answers[index] = entry as Record<string, unknown>;
      found++;
    }
    if (found < n) {
      const missing: string[] = [];
      for (let i = 0; i < n && missing.length < 3; i++) if (answers[i] === undefined) missing.push(`${first + i} (${calls[i]!.method})`);
      throw new RpcAnswerError({
        details: `the answer to a request of ${n} calls has ${n - found} answer(s) missing: id ${missing.join(", ")}${n - found > 3 ? ", …" : ""}`,
        url,
      });
    }
  }
  for (let i = 0; i < n; i++) {
    const answer = answers[i]!;
    const call = calls[i]!;
    if (answer.error !== undefined && answer.error !== null) rpcError(call, answer.error, url, sizes[i]!);
    else if ("result" in answer) call.resolve(answer.result);
    else
      call.reject(
        new RpcAnswerError({ details: `the answer to id ${first + i} (${call.method}) has neither a result nor an error`, url }),
      );
  }
}

function rpcError(call: Call, error: unknown, url: string, size: number): void {
  const e = (error !== null && typeof error === "object" ? error : { code: -1, message: String(error) }) as {
    code: number;
    message: string;
    data?: unknown;
  };
  const body = size > SHOWN ? { method: call.method, params: `(${size} characters)` } : { method: call.method, params: call.params };
  // a node's message is shown in errors: at most MESSAGE characters (viem's error mapping reads its start)
  const message = typeof e.message === "string" && e.message.length > MESSAGE ? { ...e, message: `${e.message.slice(0, MESSAGE)}…` } : e;
  call.reject(new RpcRequestError({ body, error: message, url }));
}

/** The body as error messages show it: the calls, or for a large body each call's method and size. */
function shownBody(calls: readonly Call[], sizes: readonly number[]): Record<string, unknown>[] {
  let total = 0;
  for (const s of sizes) total += s;
  return calls.map((c, i) =>
    total > SHOWN ? { method: c.method, params: `(${sizes[i]} characters)` } : { method: c.method, params: c.params },
  );
}

const describe = (v: unknown): string => excerpt(stringify(v) ?? String(v));

/** At most 200 characters of `text` (what an error message shows of an answer). */
const excerpt = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** JSON text; bigints as decimal strings (as viem's stringify). */
function stringify(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  }
}

/**
 * The request's JSON text in parts: `{"jsonrpc":"2.0","id":N,"method":…,"params":…}`, alone or in a list; a long
 * `eth_call` data string that JSON writes as it is (hex: a lens call's megabytes) is a part of its own, the short text
 * between them joined. The body is the same text as JSON.stringify's either way (whether the data is hex is the
 * node's to judge, as before). `sizes` is each call's
 * length in characters.
 */
export function requestBody(calls: readonly { method: string; params?: unknown }[], first: number): { parts: string[]; sizes: number[] } {
  const parts: string[] = [];
  const sizes: number[] = [];
  let pushed = 0; // characters in `parts`
  let text = calls.length === 1 ? "" : "[";
  const push = (part: string) => {
    parts.push(part);
    pushed += part.length;
  };
  calls.forEach((call, i) => {
    const start = pushed + text.length;
    text += `${i > 0 ? "," : ""}{"jsonrpc":"2.0","id":${first + i},"method":${JSON.stringify(call.method)}`;
    const params = call.params;
    if (params !== undefined) {
      text += ',"params":';
      const tx = Array.isArray(params) ? (params[0] as unknown) : undefined;
      const data = tx !== null && typeof tx === "object" ? (tx as { data?: unknown }).data : undefined;
      if (typeof data === "string" && data.length > LONG && !ESCAPED.test(data)) {
        // [{"data":"0x…", …the rest of the transaction}, …the other parameters]
        const rest = stringify({ ...(tx as object), data: undefined });
        push(`${text}[{"data":"`);
        push(data);
        text = `"${rest === "{}" ? "}" : `,${rest.slice(1)}`}`;
        for (let p = 1; p < (params as unknown[]).length; p++) text += `,${stringify((params as unknown[])[p]) ?? "null"}`;
        text += "]";
      } else text += stringify(params);
    }
    text += "}";
    sizes.push(pushed + text.length - start);
  });
  if (calls.length !== 1) text += "]";
  push(text);
  return { parts, sizes };
}
