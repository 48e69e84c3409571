/**
 * chain/rpc-batch.ts, the JSON-RPC batching transport (chain/rpc.ts `rpcTransport`, `createCountingClient`,
 * chain/lens-transport.ts `lensClient`): batches of one event-loop turn, answers matched by id, the failures of a
 * batch answer (not a list, an id missing, twice or not asked), JSON-RPC errors as viem's `RpcRequestError` (a
 * revert still decodes into the contract's custom error), retries, the timeout (and its error built only then),
 * and a body written in parts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ContractFunctionRevertedError,
  HttpRequestError,
  RpcRequestError,
  createClient,
  encodeErrorResult,
  parseAbi,
  type BaseError,
} from "viem";
import { getBlockNumber, getChainId, readContract } from "viem/actions";
import { lensClient } from "../../chain/lens-transport.js";
import { MAX_RETRY_AFTER_MS, requestBody, retryDelay } from "../../chain/rpc-batch.js";
import {
  DEFAULT_RPC_TIMEOUT_MS,
  RpcAnswerError,
  countRequests,
  createCountingClient,
  rpcFailure,
  rpcTransport,
  setRpcTimeout,
} from "../../chain/rpc.js";

// count the TimeoutErrors built (viem's http transport built one for every request)
const timeouts = vi.hoisted(() => ({ built: 0 }));
vi.mock("viem", async (importOriginal) => {
  const viem = await importOriginal<typeof import("viem")>();
  class CountedTimeoutError extends viem.TimeoutError {
    constructor(...args: ConstructorParameters<typeof viem.TimeoutError>) {
      super(...args);
      timeouts.built += 1;
    }
  }
  return { ...viem, TimeoutError: CountedTimeoutError };
});

type RpcCall = { jsonrpc: string; id: number; method: string; params?: unknown[] };
type Handler = (calls: RpcCall | RpcCall[], res: ServerResponse, raw: string) => void;

let server: Server;
let base = "";
/** The body of every request the server received, per path. */
const received = new Map<string, string[]>();
const handlers = new Map<string, Handler>();

const json = (res: ServerResponse, value: unknown, status = 200) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(typeof value === "string" ? value : JSON.stringify(value));
};
const ok = (c: RpcCall) => ({ jsonrpc: "2.0", id: c.id, result: `0x${(c.params?.[0] as string | undefined)?.slice(2) ?? "2a"}` });
const answerEach: Handler = (calls, res) => json(res, Array.isArray(calls) ? calls.map(ok) : ok(calls));

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.set(path, [...(received.get(path) ?? []), body]);
      const handler = handlers.get(path);
      if (handler === undefined) return; // silent
      handler(JSON.parse(body) as RpcCall | RpcCall[], res, body);
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
beforeEach(() => {
  received.clear();
  handlers.clear();
  timeouts.built = 0;
});

/** `n` calls started in one turn through `client` (eth_call-like: the answer echoes the parameter). */
const echo = (client: ReturnType<typeof createClient>, n: number, method = "halo_echo") =>
  Promise.all(Array.from({ length: n }, (_, i) => client.request({ method: method as never, params: [`0x${i.toString(16).padStart(2, "0")}`] as never })));

const failure = async (promise: Promise<unknown>): Promise<BaseError> => {
  try {
    await promise;
  } catch (error) {
    return error as BaseError;
  }
  throw new Error("expected a failure");
};

describe("batches", () => {
  it("sends the calls of one turn in requests of up to batchSize, counts them, and matches answers by id", async () => {
    // answers in reverse order: matched by id, not by position
    handlers.set("/rev", (calls, res) => json(res, Array.isArray(calls) ? calls.map(ok).reverse() : ok(calls)));
    const rpc = createCountingClient(`${base}/rev`, { batchSize: 4 });
    const answers = await echo(rpc.client, 10);
    expect(answers).toEqual(Array.from({ length: 10 }, (_, i) => `0x${i.toString(16).padStart(2, "0")}`));
    expect(rpc.stats).toEqual({ httpRequests: 3, rpcCalls: 10 });
    const bodies = (received.get("/rev") ?? []).map((b) => JSON.parse(b) as RpcCall[]);
    expect(bodies.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(bodies[0]![0]).toMatchObject({ jsonrpc: "2.0", method: "halo_echo", params: ["0x00"] });
  });

  it("sends a lone call as a JSON-RPC object, and a transport without batchSize sends every call alone", async () => {
    handlers.set("/ok", answerEach);
    const rpc = createCountingClient(`${base}/ok`);
    expect(await getChainId(rpc.client)).toBe(42);
    expect(JSON.parse(received.get("/ok")![0]!)).toMatchObject({ jsonrpc: "2.0", method: "eth_chainId" });
    const stats = { httpRequests: 0, rpcCalls: 0 };
    const alone = createClient({ transport: rpcTransport(`${base}/ok`, { onRequest: countRequests(stats) }) });
    await echo(alone, 3);
    expect(stats).toEqual({ httpRequests: 3, rpcCalls: 3 });
  });

  it("a call whose parameters JSON cannot hold fails alone, the next calls are sent", async () => {
    handlers.set("/ok", answerEach);
    const rpc = createCountingClient(`${base}/ok`);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    await expect(rpc.client.request({ method: "halo_echo" as never, params: [cycle] as never })).rejects.toThrow(/circular/i);
    expect(await echo(rpc.client, 2)).toEqual(["0x00", "0x01"]);
    expect(rpc.stats).toEqual({ httpRequests: 1, rpcCalls: 2 });
  });

  it("the lens's client keeps the run's client's batch size (and its counters)", async () => {
    handlers.set("/lens", answerEach);
    const rpc = createCountingClient(`${base}/lens`, { batchSize: 2 });
    const lens = lensClient(rpc);
    expect(lens).not.toBe(rpc.client);
    expect((lens.transport as { batchSize?: number }).batchSize).toBe(2);
    await echo(lens, 5);
    expect(rpc.stats).toEqual({ httpRequests: 3, rpcCalls: 5 });
    expect((lensClient(createCountingClient(`${base}/lens`)).transport as { batchSize?: number }).batchSize).toBe(500);
  });

  it("writes a long hex parameter as a part of its own, and the body is the JSON of the calls", async () => {
    const data = `0x${"ab".repeat(40_000)}`;
    const calls = [
      { method: "eth_call", params: [{ to: "0x0000000000000000000000000000000000000001", data, gas: "0x1" }, "latest", { x: { code: "0x00" } }] },
      { method: "eth_chainId" },
    ];
    const { parts, sizes } = requestBody(calls, 7);
    expect(parts).toContain(data);
    const text = parts.join("");
    expect(JSON.parse(text)).toEqual(calls.map((c, i) => ({ jsonrpc: "2.0", id: 7 + i, ...c })));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(text.length - 2); // the calls, without the list's brackets
    // not hex: no part of its own, escaped by JSON.stringify
    const odd = { method: "eth_call", params: [{ data: `0x${"ab".repeat(9_000)}"\n` }] };
    const one = requestBody([odd], 1);
    expect(one.parts).toHaveLength(1);
    expect(JSON.parse(one.parts[0]!)).toEqual({ jsonrpc: "2.0", id: 1, ...odd });
    // a long data string is a part of its own exactly when JSON writes it as it is; the body reads back the same
    // either way (whether it is hex is the node's to judge, as it was)
    const long = (tail: string) => `0x${"ab".repeat(9_000)}${tail}`;
    for (const [tail, own] of [
      ["", true],
      ["AbCdEf", true], // mixed case
      ["0", true], // odd length
      ["zz", true], // not hex, nothing to escape
      ["é€", true], // not ASCII, nothing to escape
      ["\\", false],
      ["\u0000", false],
      ["\u001f", false],
      ["\ud800", false], // a lone surrogate (JSON.stringify escapes it)
      ["\ud83d\ude00", false], // a pair: written through JSON.stringify too
    ] as const) {
      const data = long(tail);
      const call = { method: "eth_call", params: [{ to: "0x0000000000000000000000000000000000000001", data }, "latest"] };
      const { parts } = requestBody([call], 3);
      expect(parts.includes(data), JSON.stringify(tail)).toBe(own);
      expect(JSON.parse(parts.join("")), JSON.stringify(tail)).toEqual({ jsonrpc: "2.0", id: 3, ...call });
      expect(Buffer.byteLength(parts.join("")), JSON.stringify(tail)).toBe(
        Buffer.byteLength(JSON.stringify({ jsonrpc: "2.0", id: 3, ...call })),
      );
    }
    // and through the transport, to a server: the node reads the same data
    handlers.set("/big", (c, res) =>
      json(res, (c as RpcCall[]).map((x) => ({ jsonrpc: "2.0", id: x.id, result: `0x${JSON.stringify(x.params ?? []).length.toString(16)}` }))),
    );
    const rpc = createCountingClient(`${base}/big`);
    const [answer] = await Promise.all([
      rpc.client.request({ method: "eth_call", params: calls[0]!.params } as never),
      rpc.client.request({ method: "eth_chainId" }),
    ]);
    expect(answer).toBe(`0x${JSON.stringify(calls[0]!.params).length.toString(16)}`);
    expect(JSON.parse(received.get("/big")![0]!)[0].params).toEqual(calls[0]!.params);
  });
});

describe("a batch answer that does not match the request fails every call, with a clear error", () => {
  const cases: [string, Handler, RegExp][] = [
    ["not a list", (_c, res) => json(res, { jsonrpc: "2.0", id: 1, result: "0x1" }), /a request of 3 calls was answered with \{"jsonrpc".*, not a list of answers/],
    ["an id missing", (c, res) => json(res, (c as RpcCall[]).slice(1).map(ok)), /has 1 answer\(s\) missing: id \d+ \(halo_echo\)/],
    ["an id twice", (c, res) => json(res, [...(c as RpcCall[]).map(ok), ok((c as RpcCall[])[1]!)]), /answers id \d+ twice/],
    ["an id not asked", (c, res) => json(res, [...(c as RpcCall[]).slice(1).map(ok), { jsonrpc: "2.0", id: "x", result: "0x" }]), /names id "x", which was not asked/],
  ];
  for (const [what, handler, message] of cases)
    it(what, async () => {
      handlers.set("/bad", handler);
      const rpc = createCountingClient(`${base}/bad`);
      const errors = await Promise.all(
        Array.from({ length: 3 }, (_, i) => failure(rpc.client.request({ method: "halo_echo" as never, params: [`0x0${i}`] as never }))),
      );
      for (const error of errors) {
        expect(error.walk((e) => e instanceof RpcAnswerError)).not.toBeNull();
        expect((error.walk((e) => e instanceof RpcAnswerError) as RpcAnswerError).details).toMatch(message);
      }
      expect(rpcFailure(errors[0], "local", `${base}/bad`)?.message).toMatch(
        new RegExp(`^network local: ${base}/bad gave an answer that does not match the request: `),
      );
      expect(rpc.stats.httpRequests).toBe(1); // one request, not retried
    });
});

describe("JSON-RPC errors", () => {
  it("an error object fails its own call with viem's RpcRequestError; the batch's other calls get their results", async () => {
    handlers.set("/mixed", (calls, res) =>
      json(res, (calls as RpcCall[]).map((c, i) => (i === 1 ? { jsonrpc: "2.0", id: c.id, error: { code: -32601, message: "no such method" } } : ok(c)))),
    );
    const rpc = createCountingClient(`${base}/mixed`);
    const settled = await Promise.allSettled([0, 1, 2].map((i) => rpc.client.request({ method: "halo_echo" as never, params: [`0x0${i}`] as never })));
    expect(settled[0]).toEqual({ status: "fulfilled", value: "0x00" });
    expect(settled[2]).toEqual({ status: "fulfilled", value: "0x02" });
    const error = (settled[1] as PromiseRejectedResult).reason as BaseError;
    expect(error.walk((e) => e instanceof RpcRequestError)).not.toBeNull();
    expect((error.walk((e) => e instanceof RpcRequestError) as RpcRequestError).code).toBe(-32601);
  });

  it("a single error object for a whole batch fails each call with that error", async () => {
    handlers.set("/refused", (_c, res) => json(res, { jsonrpc: "2.0", id: null, error: { code: -32005, message: "batch too large" } }));
    const rpc = createCountingClient(`${base}/refused`);
    const settled = await Promise.allSettled([0, 1].map((i) => rpc.client.request({ method: "halo_echo" as never, params: [`0x0${i}`] as never })));
    for (const s of settled) {
      expect(s.status).toBe("rejected");
      const error = (s as PromiseRejectedResult).reason as BaseError;
      expect((error.walk((e) => e instanceof RpcRequestError) as RpcRequestError).code).toBe(-32005);
      expect(error.message).toContain("batch too large");
    }
  });

  it("a revert decodes into the contract's custom error, through viem's call", async () => {
    const abi = parseAbi(["function classOf(uint256 id) view returns (address)", "error UnknownClass(uint256 id)"]);
    const data = encodeErrorResult({ abi, errorName: "UnknownClass", args: [7n] });
    handlers.set("/revert", (calls, res) => {
      const one = (c: RpcCall) => ({ jsonrpc: "2.0", id: c.id, error: { code: 3, message: "execution reverted", data } });
      json(res, Array.isArray(calls) ? calls.map(one) : one(calls));
    });
    const rpc = createCountingClient(`${base}/revert`);
    const error = await failure(
      readContract(rpc.client, { abi, address: "0x0000000000000000000000000000000000000001", functionName: "classOf", args: [7n] }),
    );
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
    expect(reverted?.data?.errorName).toBe("UnknownClass");
    expect(reverted?.data?.args).toEqual([7n]);
    expect(rpcFailure(error, "local", `${base}/revert`)).toBeUndefined(); // a revert is not a transport failure
  });
});

describe("HTTP failures, retries and the timeout", () => {
  it("retries a read after a 503 twice (then succeeds or fails with HttpRequestError), and does not retry a 400", async () => {
    let n = 0;
    handlers.set("/flaky", (calls, res) => (++n <= 2 ? json(res, { error: "over capacity" }, 503) : answerEach(calls, res, "")));
    const rpc = createCountingClient(`${base}/flaky`);
    expect(await echo(rpc.client, 2, "eth_getCode")).toEqual(["0x00", "0x01"]);
    expect(rpc.stats).toEqual({ httpRequests: 3, rpcCalls: 6 });

    handlers.set("/down", (_c, res) => json(res, { error: { message: "down" } }, 503));
    const down = createCountingClient(`${base}/down`);
    const error = await failure(echo(down.client, 2, "eth_getCode"));
    expect(down.stats.httpRequests).toBe(3);
    expect(rpcFailure(error, "local", `${base}/down`)?.message).toBe(`network local: ${base}/down answered HTTP 503: {"message":"down"}`);
    const http = error.walk((e) => e instanceof HttpRequestError) as HttpRequestError;
    expect(http.headers?.get("content-type")).toBe("application/json"); // the answer's headers, made for the error

    handlers.set("/bad-request", (_c, res) => json(res, "no", 400));
    const bad = createCountingClient(`${base}/bad-request`);
    const refused = await failure(echo(bad.client, 1));
    expect(bad.stats.httpRequests).toBe(1);
    expect(rpcFailure(refused, "local", `${base}/bad-request`)?.message).toMatch(/answered HTTP 400/);
  });

  it("a 429 waits what its Retry-After says (up to MAX_RETRY_AFTER_MS); one asking for longer is reported at once", async () => {
    const sent: number[] = [];
    handlers.set("/limited", (calls, res) => {
      sent.push(performance.now());
      if (sent.length === 1) {
        res.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
        res.end(JSON.stringify({ error: { message: "slow down" } }));
      } else answerEach(calls, res, "");
    });
    const rpc = createCountingClient(`${base}/limited`);
    expect(await echo(rpc.client, 2, "eth_getCode")).toEqual(["0x00", "0x01"]);
    expect(sent).toHaveLength(2);
    expect(sent[1]! - sent[0]!).toBeGreaterThanOrEqual(950); // not the 150 ms back-off

    handlers.set("/hour", (_c, res) => {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "3600" });
      res.end(JSON.stringify({ error: { message: "quota exceeded" } }));
    });
    const hour = createCountingClient(`${base}/hour`);
    const error = await failure(echo(hour.client, 1, "eth_getCode"));
    expect(hour.stats.httpRequests).toBe(1);
    expect(rpcFailure(error, "local", `${base}/hour`)?.message).toMatch(/answered HTTP 429/);
  });

  it("retryDelay: the back-off, or a 429's Retry-After in seconds or as an HTTP date", () => {
    const limited = (value?: string) =>
      new HttpRequestError({ url: "http://x", status: 429, ...(value !== undefined ? { headers: new Headers({ "retry-after": value }) } : {}) });
    const now = Date.parse("2026-12-07T00:00:00Z");
    expect([retryDelay(new Error("x"), 0), retryDelay(limited(), 1)]).toEqual([150, 300]);
    expect(retryDelay(limited("2"), 0, now)).toBe(2_000);
    expect(retryDelay(limited("0"), 1, now)).toBe(300); // never shorter than the back-off
    expect(retryDelay(limited("Mon, 07 Dec 2026 00:00:05 GMT"), 0, now)).toBe(5_000);
    expect(retryDelay(limited(String(MAX_RETRY_AFTER_MS / 1000 + 1)), 0, now)).toBeUndefined();
    expect(retryDelay(limited("soon"), 0, now)).toBe(150);
    expect(retryDelay(new HttpRequestError({ url: "http://x", status: 503, headers: new Headers({ "retry-after": "5" }) }), 0, now)).toBe(150);
  });

  it("builds no TimeoutError while the node answers, one when it does not, and does not retry it", async () => {
    handlers.set("/ok", answerEach);
    const rpc = createCountingClient(`${base}/ok`);
    await echo(rpc.client, 20);
    await getBlockNumber(rpc.client, { cacheTime: 0 });
    expect(timeouts.built).toBe(0);

    setRpcTimeout(200);
    try {
      const silent = createCountingClient(`${base}/silent`);
      const started = performance.now();
      const error = await failure(echo(silent.client, 3));
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(timeouts.built).toBe(1);
      expect(silent.stats.httpRequests).toBe(1);
      expect(received.get("/silent")).toHaveLength(1);
      expect(rpcFailure(error, "local", `${base}/silent`)?.message).toBe(`network local: ${base}/silent did not answer within 0.2 s`);
    } finally {
      setRpcTimeout(DEFAULT_RPC_TIMEOUT_MS);
    }
  });

  it("a large request's error names its calls' methods and sizes, not megabytes of parameters", async () => {
    handlers.set("/down", (_c, res) => json(res, { error: { message: "down" } }, 500));
    const rpc = createCountingClient(`${base}/down`);
    const data = `0x${"cd".repeat(50_000)}`;
    const error = await failure(rpc.client.request({ method: "eth_call", params: [{ to: "0x0000000000000000000000000000000000000001", data }, "latest"] } as never));
    expect(error.message).toMatch(/"method":"eth_call","params":"\(\d+ characters\)"/);
    expect(error.message.length).toBeLessThan(2_000);
  });
});

describe("review, session 8: hostile or broken answers", () => {
  /** `promise`, or a rejection after `ms` (a test of a hang fails instead of hanging). */
  const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
    Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms))]);

  it("a body that stalls after the headers ends in a TimeoutError (the timeout covers the body), not retried", async () => {
    handlers.set("/stall", (_c, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('[{"jsonrpc":"2.0"'); // …and never ends
    });
    setRpcTimeout(200);
    try {
      const rpc = createCountingClient(`${base}/stall`);
      const error = await within(failure(rpc.client.request({ method: "eth_blockNumber" })), 3_000);
      expect(rpcFailure(error, "local", `${base}/stall`)?.message).toBe(`network local: ${base}/stall did not answer within 0.2 s`);
      expect(rpc.stats.httpRequests).toBe(1);
    } finally {
      setRpcTimeout(DEFAULT_RPC_TIMEOUT_MS);
    }
  });

  it("a body that arrives slowly but steadily is read whole: the timeout is a silence, not a download limit", async () => {
    handlers.set("/slow", (calls, res) => {
      const text = JSON.stringify(ok(calls as RpcCall));
      res.writeHead(200, { "content-type": "application/json" });
      let i = 0;
      const step = setInterval(() => {
        res.write(text.slice(i, i + 4));
        i += 4;
        if (i >= text.length) {
          clearInterval(step);
          res.end();
        }
      }, 60);
    });
    setRpcTimeout(250);
    try {
      const rpc = createCountingClient(`${base}/slow`);
      const started = performance.now();
      expect(await rpc.client.request({ method: "halo_echo" as never, params: ["0x07"] as never })).toBe("0x07");
      expect(performance.now() - started).toBeGreaterThan(250); // longer than the timeout in all
    } finally {
      setRpcTimeout(DEFAULT_RPC_TIMEOUT_MS);
    }
  });

  it("HTTP 200 with an HTML body: 'answered HTTP 200 … not JSON' with a short excerpt, not 'cannot be reached', not retried", async () => {
    handlers.set("/html", (_c, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<html><body>${"maintenance ".repeat(10_000)}</body></html>`);
    });
    const rpc = createCountingClient(`${base}/html`);
    const error = await failure(rpc.client.request({ method: "eth_blockNumber" }));
    const message = rpcFailure(error, "local", `${base}/html`)?.message ?? "";
    expect(message).toMatch(new RegExp(`^network local: ${base}/html answered HTTP 200: the answer is not JSON: <html><body>maintenance`));
    expect(message.length).toBeLessThan(400);
    expect(rpc.stats.httpRequests).toBe(1);
  });

  it("an answer with neither a result nor an error fails its call with RpcAnswerError (a result of null is a result)", async () => {
    handlers.set("/empty", (calls, res) =>
      json(res, (calls as RpcCall[]).map((c, i) => (i === 0 ? { jsonrpc: "2.0", id: c.id } : { jsonrpc: "2.0", id: c.id, result: null }))),
    );
    const rpc = createCountingClient(`${base}/empty`);
    const settled = await Promise.allSettled([0, 1].map((i) => rpc.client.request({ method: "halo_echo" as never, params: [`0x0${i}`] as never })));
    expect(settled[1]).toEqual({ status: "fulfilled", value: null });
    const error = (settled[0] as PromiseRejectedResult).reason as BaseError;
    expect((error.walk((e) => e instanceof RpcAnswerError) as RpcAnswerError | null)?.details).toMatch(/id \d+ \(halo_echo\) has neither a result nor an error/);
    handlers.set("/empty-one", (_c, res) => json(res, { jsonrpc: "2.0", id: 1 }));
    const one = createCountingClient(`${base}/empty-one`);
    expect((await failure(one.client.request({ method: "eth_blockNumber" }))).walk((e) => e instanceof RpcAnswerError)).not.toBeNull();
  });

  it("a request that may change state is not retried after a 5xx or a broken connection (it may have been executed)", async () => {
    for (const method of ["eth_sendTransaction", "eth_sendRawTransaction", "evm_increaseTime", "evm_mine"]) {
      handlers.set("/gateway", (_c, res) => json(res, { error: { message: "bad gateway" } }, 502));
      const rpc = createCountingClient(`${base}/gateway`);
      await failure(rpc.client.request({ method: method as never, params: ["0x01"] as never }));
      expect([method, rpc.stats.httpRequests]).toEqual([method, 1]);
    }
    // a refused connection sent nothing: retried; a read after a 502: retried
    const refused = createCountingClient("http://127.0.0.1:1");
    await failure(refused.client.request({ method: "eth_sendRawTransaction" as never, params: ["0x01"] as never }));
    expect(refused.stats.httpRequests).toBe(3);
    const read = createCountingClient(`${base}/gateway`);
    await failure(read.client.request({ method: "eth_getBalance", params: ["0x0000000000000000000000000000000000000001", "latest"] }));
    expect(read.stats.httpRequests).toBe(3);
    // a batch with one write in it is a write
    const mixed = createCountingClient(`${base}/gateway`);
    await failure(Promise.all([mixed.client.request({ method: "eth_chainId" }), mixed.client.request({ method: "evm_mine" as never })]));
    expect(mixed.stats.httpRequests).toBe(1);
  });

  it("an HTTP error's details are cut short (a node that echoes megabytes in its error)", async () => {
    handlers.set("/loud", (_c, res) => json(res, { error: { message: "x".repeat(100_000) } }, 400));
    const rpc = createCountingClient(`${base}/loud`);
    const message = rpcFailure(await failure(rpc.client.request({ method: "eth_chainId" })), "local", `${base}/loud`)?.message ?? "";
    expect(message).toMatch(/answered HTTP 400: \{"message":"xxx/);
    expect(message.length).toBeLessThan(400);
  });

  it("a JSON-RPC error's message is cut to 1,000 characters (viem's error mapping reads its start), its data kept", async () => {
    handlers.set("/long-error", (calls, res) =>
      json(res, { jsonrpc: "2.0", id: (calls as RpcCall).id, error: { code: -32000, message: `execution reverted: ${"y".repeat(100_000)}`, data: "0x1234" } }),
    );
    const rpc = createCountingClient(`${base}/long-error`);
    const error = await failure(rpc.client.request({ method: "eth_chainId" }));
    const request = error.walk((e) => e instanceof RpcRequestError) as RpcRequestError;
    expect(request.details).toMatch(/^execution reverted: y+…$/);
    expect(request.details.length).toBeLessThanOrEqual(1_001);
    expect(request.data).toBe("0x1234");
    expect(error.message.length).toBeLessThan(3_000);
  });

  it("a lone call answered with another id (a proxy mixing answers up) fails with RpcAnswerError; an id of null is accepted", async () => {
    handlers.set("/other-id", (calls, res) => json(res, { jsonrpc: "2.0", id: (calls as RpcCall).id + 1, result: "0x1" }));
    const rpc = createCountingClient(`${base}/other-id`);
    const error = await failure(rpc.client.request({ method: "eth_chainId" }));
    expect((error.walk((e) => e instanceof RpcAnswerError) as RpcAnswerError | null)?.details).toMatch(/^the answer to id \d+ \(eth_chainId\) names id \d+$/);
    handlers.set("/null-id", (_c, res) => json(res, { jsonrpc: "2.0", id: null, error: { code: -32700, message: "parse error" } }));
    const nullId = createCountingClient(`${base}/null-id`);
    expect(((await failure(nullId.client.request({ method: "eth_chainId" }))).walk((e) => e instanceof RpcRequestError) as RpcRequestError).code).toBe(-32700);
  });
});
