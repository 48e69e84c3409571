/**
 * Day-one errors: each ends in one `halo: <message>` line (plus a hint), exit 1, no stack trace unless --debug.
 * The nodes are fakes (a JSON-RPC server serving another chain, a TCP server that never answers), so nothing
 * here needs anvil.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/program.js";
import type { CliIo } from "../cli/io.js";
import { HaloError, InputError, formatError } from "../errors.js";
import { loadDesiredState, formatDiagnostic } from "../load/index.js";
import { fixturesDir, writeTree } from "./helpers.js";
import { cpSync, readFileSync } from "node:fs";

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function halo(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const ZERO = "0x0000000000000000000000000000000000000001";

/** A project whose local network (chain 31337) points at `rpcUrl`, with addresses in the config. */
function project(rpcUrl: string, opts: { addressesFile?: boolean } = {}): string {
  const dir = writeTree({
    "halo.config.ts": `export default {
  defaultNetwork: "local",
  networks: {
    local: {
      chainId: 31337,
      rpcUrl: { env: "HALO_TEST_RPC", default: "${rpcUrl}" },
      ${opts.addressesFile ? `addressesFile: ".halo/devnet.json",` : `addresses: { configurator: "${ZERO}", beamState: "${ZERO}", timelock: "${ZERO}", factory: "${ZERO}", haloRegistry: "${ZERO}", templateRegistry: "${ZERO}" },`}
      apply: { mode: "signer" },
    },
  },
};
`,
  });
  cpSync(join(fixturesDir, "valid"), join(dir, "halos"), { recursive: true });
  return dir;
}

/** One `halo:` line, then at most a hint; no stack frames. */
function expectOneError(ran: Ran, message: string | RegExp): void {
  expect(ran.code).toBe(1);
  const lines = ran.stderr.trimEnd().split("\n");
  const main = lines.filter((l) => l.startsWith("halo: "));
  expect(main).toHaveLength(1);
  if (typeof message === "string") expect(main[0]).toBe(`halo: ${message}`);
  else expect(main[0]).toMatch(message);
  expect(ran.stderr).not.toMatch(/\n\s+at /);
  expect(lines.filter((l) => !l.startsWith("halo: ") && !l.startsWith("hint: "))).toEqual([]);
}

describe("the error printer", () => {
  it("prints details, one halo: line and the hint; the stack only with --debug", () => {
    const e = new InputError("plans/x.json: no such plan file", { hint: "save one first", details: ["a:1:1 x: bad"] });
    expect(formatError(e)).toBe("a:1:1 x: bad\nhalo: plans/x.json: no such plan file\nhint: save one first\n");
    expect(formatError(e, { debug: true })).toMatch(/^a:1:1 x: bad\nhalo: plans\/x.json: no such plan file\nhint: save one first\n--- debug ---\nInputError: plans/);
  });

  it("a foreign error is an internal error: its first line and a hint to use --debug", () => {
    const text = formatError(new TypeError("x is undefined\nmore"));
    expect(text).toBe(
      "halo: internal error: x is undefined\nhint: this is a bug of halo; run again with --debug for the stack trace and report it\n",
    );
    expect(new InputError("m")).toBeInstanceOf(HaloError);
  });
});

describe("day-one errors of halo apply / plan", () => {
  let rpc: Server;
  let rpcUrl = "";
  const methods: string[] = [];
  /** The JSON-RPC calls of each HTTP request the fake node received. */
  const callsPerRequest: number[] = [];
  let silent: TcpServer;
  let silentUrl = "";
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // a node that serves chain 4242
    rpc = createHttpServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const parsed = JSON.parse(body) as { id: number; method: string } | { id: number; method: string }[];
        callsPerRequest.push(Array.isArray(parsed) ? parsed.length : 1);
        const answer = (r: { id: number; method: string }) => {
          methods.push(r.method);
          const result =
            r.method === "eth_chainId"
              ? "0x1092"
              : r.method === "eth_getBlockByNumber"
                ? { number: "0x10", hash: `0x${"ab".repeat(32)}`, timestamp: "0x5f5e100", transactions: [], parentHash: `0x${"00".repeat(32)}`, logsBloom: null, nonce: null }
                : null;
          return result === null
            ? { jsonrpc: "2.0", id: r.id, error: { code: -32601, message: `unexpected ${r.method}` } }
            : { jsonrpc: "2.0", id: r.id, result };
        };
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(Array.isArray(parsed) ? parsed.map(answer) : answer(parsed)));
      });
    });
    await new Promise<void>((r) => rpc.listen(0, "127.0.0.1", r));
    rpcUrl = `http://127.0.0.1:${(rpc.address() as { port: number }).port}`;
    // a node that accepts connections and never answers
    silent = createTcpServer((socket) => {
      sockets.push(socket);
      socket.on("error", () => undefined);
    });
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => rpc.close(r));
    await new Promise((r) => silent.close(r));
  });

  it("a missing plan file is named", async () => {
    const dir = project(rpcUrl);
    const ran = await halo(["apply", "plans/nope.json"], dir);
    expectOneError(ran, "plans/nope.json: no such plan file");
    expect(ran.stderr).toContain("hint: save a plan with `halo plan --out plans/NAME.json`");
  });

  it("a file that is not JSON is not a plan", async () => {
    const dir = project(rpcUrl);
    writeFileSync(join(dir, "notes.json"), "hello\n");
    expectOneError(await halo(["apply", "notes.json"], dir), /^halo: notes\.json: not a plan: not JSON \(/);
  });

  it("JSON of another shape is not a plan", async () => {
    const dir = project(rpcUrl);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "x", formatVersion: "3.0" }));
    expectOneError(await halo(["apply", "package.json"], dir), /^halo: package\.json: not a valid plan: \(root\): must have required property/);
    writeFileSync(join(dir, "other.json"), JSON.stringify({ name: "x" }));
    expectOneError(await halo(["apply", "other.json"], dir), "other.json: not a halo plan (formatVersion missing or not MAJOR.MINOR)");
  });

  it("a plan of an older format (2.x hashed with keccak256) is refused in one line: re-plan", async () => {
    const dir = project(rpcUrl);
    writeFileSync(join(dir, "old.json"), JSON.stringify({ formatVersion: "2.1", chainId: 31337 }));
    expectOneError(await halo(["apply", "old.json"], dir), "old.json: plan format 2.1 is older than this halo (3.0): re-run halo plan");
  });

  it("a wrong chain id is reported before any contract is read", async () => {
    const dir = project(rpcUrl);
    methods.length = 0;
    const ran = await halo(["plan"], dir);
    expectOneError(ran, `network local: ${rpcUrl} serves chain 4242, not 31337`);
    expect(methods).toContain("eth_chainId");
    expect(methods.filter((m) => m !== "eth_chainId" && m !== "eth_getBlockByNumber")).toEqual([]);
  });

  it("a node that never answers fails after --rpc-timeout, not after 35 s", async () => {
    const dir = project(silentUrl);
    const started = Date.now();
    const ran = await halo(["--rpc-timeout", "0.5", "drift"], dir);
    const took = Date.now() - started;
    expectOneError(ran, `network local: ${silentUrl} did not answer within 0.5 s`);
    expect(ran.stderr).toContain("hint: check that the node is up and synced, or give it longer with --rpc-timeout <seconds>");
    expect(took).toBeLessThan(5_000);
  }, 15_000);

  it("progress lines go to the progress channel (stderr); --quiet silences them", async () => {
    const dir = project(rpcUrl);
    const run1 = async (args: string[]) => {
      const lines: string[] = [];
      let stderr = "";
      const io: CliIo = { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: dir, env: {}, progress: (l) => lines.push(l) };
      const code = await run(args, io);
      return { code, lines, stderr };
    };
    const loud = await run1(["plan"]);
    expect(loud.code).toBe(1);
    expect(loud.lines).toEqual([`halo: reading network local (chain 31337) at ${rpcUrl}…`]);
    const quiet = await run1(["--quiet", "plan"]);
    expect(quiet.code).toBe(1);
    expect(quiet.lines).toEqual([]);
    expect(quiet.stderr).toContain("serves chain 4242, not 31337");
  });

  it("--rpc-batch-size caps the calls of one HTTP request (a provider's batch limit), for that run only", async () => {
    const dir = project(rpcUrl);
    callsPerRequest.length = 0;
    expectOneError(await halo(["plan"], dir), `network local: ${rpcUrl} serves chain 4242, not 31337`);
    expect(Math.max(...callsPerRequest)).toBeGreaterThan(1); // round 0: the chain id and the block in one request
    const batched = callsPerRequest.reduce((a, b) => a + b, 0);
    callsPerRequest.length = 0;
    expectOneError(await halo(["--rpc-batch-size", "1", "plan"], dir), `network local: ${rpcUrl} serves chain 4242, not 31337`);
    expect(callsPerRequest.every((n) => n === 1)).toBe(true);
    expect(callsPerRequest.reduce((a, b) => a + b, 0)).toBe(batched); // the same calls, one per request
    callsPerRequest.length = 0;
    await halo(["plan"], dir); // the next run has the default again
    expect(Math.max(...callsPerRequest)).toBeGreaterThan(1);
    for (const bad of ["0", "-3", "2.5", "many"]) {
      const ran = await halo(["--rpc-batch-size", bad, "validate"], dir);
      expect(ran.code, bad).toBe(1);
      expect(ran.stderr, bad).toContain("must be a whole number of calls, at least 1");
    }
  });

  it("--rpc-timeout must be a positive number", async () => {
    const ran = await halo(["--rpc-timeout", "soon", "validate"], project(rpcUrl));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("must be a positive number of seconds");
  });

  it("the missing addresses file is named", async () => {
    const dir = project(rpcUrl, { addressesFile: true });
    const ran = await halo(["plan"], dir);
    expectOneError(
      ran,
      "network local: the addresses file .halo/devnet.json does not exist (no address for configurator, beamState, timelock)",
    );
    expect(ran.stderr).toContain("hint: start a local chain with `halo devnet`");
  });

  it("an invalid tree: every diagnostic, then one halo: line", async () => {
    const dir = project(rpcUrl);
    cpSync(join(fixturesDir, "wrong-enum"), join(dir, "halos"), { recursive: true });
    const ran = await halo(["plan"], dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(
      "halos/acme/mmf.yaml:25:18 units[1].params.seniority: must be one of senior, mezzanine, junior\n" +
        "halo: halos: invalid (1 error)\nhint: fix the errors above (`halo validate` lists them)\n",
    );
  });

  it("--debug adds the stack trace", async () => {
    const ran = await halo(["--debug", "apply", "plans/nope.json"], project(rpcUrl));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^halo: plans\/nope.json: no such plan file\nhint: .*\n--- debug ---\nPlanFormatError: /);
    expect(ran.stderr).toMatch(/\n\s+at /);
  });
});

describe("load: no hidden or false errors", () => {
  it("an amount over uint256 reports only that error (no false minDeposit > capacity)", () => {
    const dir = writeTree({});
    cpSync(join(fixturesDir, "valid"), dir, { recursive: true });
    const file = join(dir, "acme", "mmf.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("capacity: 50_000_000e18", "capacity: 1e80"));
    const loaded = loadDesiredState(dir, { cwd: dir });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.diagnostics.map(formatDiagnostic);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/units\[0\]\.params\.capacity: .*exceeds uint256/);
  });

  it("one wrong kind does not hide the file's other errors", () => {
    const dir = writeTree({});
    cpSync(join(fixturesDir, "valid"), dir, { recursive: true });
    const file = join(dir, "acme", "mmf.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("kind: portfolio-lcts", "kind: portfolio-lctz")
        .replace('relayer: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"', 'relayer: "0x1234"'),
    );
    const loaded = loadDesiredState(dir, { cwd: dir });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.diagnostics.map(formatDiagnostic);
    expect(lines.some((l) => /acme\/mmf\.yaml:2:7 kind: must be one of/.test(l))).toBe(true);
    expect(lines.some((l) => /acme\/mmf\.yaml:\d+:\d+ relayer: /.test(l))).toBe(true);
  });
});

describe("halo validate --format github", () => {
  it("prints each error as a GitHub annotation at its file:line:col (exit 1)", async () => {
    const ran = await halo(["validate", "--dir", "reconciler/test/fixtures/wrong-enum", "--format", "github"], join(fixturesDir, "..", "..", ".."));
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe(
      "::error file=reconciler/test/fixtures/wrong-enum/acme/mmf.yaml,line=25,col=18,title=halo validate::units[1].params.seniority: must be one of senior, mezzanine, junior\n",
    );
    expect(ran.stderr).toBe("reconciler/test/fixtures/wrong-enum: invalid (1 error in 1 file)\n");
  });

  it("escapes what would break a workflow command", async () => {
    const { githubAnnotation } = await import("../cli/commands/validate.js");
    expect(githubAnnotation({ file: "a,b:c.yaml", line: 1, col: 2, path: "x", message: "50% bad\nnext" })).toBe(
      "::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=halo validate::x: 50%25 bad%0Anext",
    );
  });
});
