/**
 * `halo plan` loads the tree while its first refresh waits for the node (cli/commands/plan.ts observeFor,
 * load/deferred.ts), yet says the same things: a tree with errors is reported at once and alone (no progress line,
 * nothing the node says), and the progress line appears once the tree is valid. The node here is a fake that
 * answers late (every call with an error), so nothing needs anvil.
 */
import { spawn } from "node:child_process";
import { cpSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../cli/io.js";
import { run } from "../../cli/program.js";
import { ensureBuilt } from "../build-setup.js";
import { fixturesDir, repoRoot, writeTree } from "../helpers.js";

const ONE = "0x0000000000000000000000000000000000000001";
const ANSWER_AFTER_MS = 1_500;

let server: Server;
let url = "";
/** When each request arrived and when its answer was sent (ms, performance.now()). */
const log: { arrived: number; answered: number }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const entry = { arrived: performance.now(), answered: Number.NaN };
    log.push(entry);
    request.resume();
    request.on("end", () => {
      setTimeout(() => {
        entry.answered = performance.now();
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ jsonrpc: "2.0", id: 0, error: { code: -32603, message: "a slow fake node" } }));
      }, ANSWER_AFTER_MS);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function project(tree: "valid" | "bad-yaml", rpcUrl = url): string {
  const dir = writeTree({
    "halo.config.ts": `export default {
  defaultNetwork: "local",
  networks: { local: { chainId: 31337, rpcUrl: { env: "HALO_TEST_RPC", default: "${rpcUrl}" },
    addresses: { configurator: "${ONE}", beamState: "${ONE}", timelock: "${ONE}", factory: "${ONE}", haloRegistry: "${ONE}", templateRegistry: "${ONE}" },
    apply: { mode: "timelock" } } },
};
`,
  });
  cpSync(join(fixturesDir, tree), join(dir, "halos"), { recursive: true });
  return dir;
}

describe("the tree loads while the node works", () => {
  it("a valid tree is loaded before the node's first answer; the progress line follows the load", async () => {
    const dir = project("valid");
    const events: [string, number][] = [];
    let stderr = "";
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      cwd: dir,
      env: {},
      progress: (line) => events.push([line, performance.now()]),
    };
    log.length = 0;
    const code = await run(["plan"], io);
    expect(code).toBe(1); // the fake node answers every call with an error
    expect(stderr).toMatch(/^halo: /);
    expect(events.map(([line]) => line)).toEqual([`halo: reading network local (chain 31337) at ${url}…`]);
    const [first] = log;
    expect(first).toBeDefined();
    // loaded (the progress line) after the first request went out and before its answer came
    expect(events[0]![1]).toBeGreaterThan(first!.arrived);
    expect(events[0]![1]).toBeLessThan(first!.answered);
  }, 60_000);

  it("a tree with errors is reported at once and alone, while the node has not answered", async () => {
    const dir = project("bad-yaml");
    const lines: string[] = [];
    let stderr = "";
    const io: CliIo = { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: dir, env: {}, progress: (l) => lines.push(l) };
    log.length = 0;
    const started = performance.now();
    const code = await run(["plan"], io);
    const took = performance.now() - started;
    expect(code).toBe(1);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/\nhalo: halos: invalid \(\d+ errors?\)\nhint: fix the errors above/);
    expect(stderr).not.toContain("slow fake node");
    expect(took).toBeLessThan(ANSWER_AFTER_MS);
  }, 60_000);

  it("the compiled CLI exits once the errors are printed, not when the refresh it started would end", async () => {
    ensureBuilt();
    // a node that never answers: the refresh left running would wait for --rpc-timeout (60 s)
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    try {
      const dir = project("bad-yaml", `http://127.0.0.1:${(silent.address() as AddressInfo).port}`);
      const started = performance.now();
      const child = spawn(process.execPath, [join(repoRoot, "bin", "halo.js"), "--rpc-timeout", "60", "plan"], {
        cwd: dir,
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
      const code = await new Promise<number | null>((r) => child.on("close", r));
      expect(code).toBe(1);
      expect(stderr).toMatch(/^(?:.*\n)*halo: halos: invalid \(\d+ errors?\)\nhint: fix the errors above/);
      expect(performance.now() - started).toBeLessThan(30_000);
    } finally {
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  }, 120_000);

  it("the compiled CLI keeps the tree cache across processes (the bundle's loader identity is fixed at build time)", async () => {
    ensureBuilt();
    const dir = project("valid");
    const plan = () =>
      new Promise<number | null>((resolve) =>
        spawn(process.execPath, [join(repoRoot, "bin", "halo.js"), "plan"], { cwd: dir, stdio: "ignore" }).on("close", resolve),
      );
    expect(await plan()).toBe(1); // the fake node answers every call with an error; the tree was loaded first
    const cache = join(dir, "out", ".cache");
    const packs = readdirSync(cache).filter((f) => /^files-[0-9a-f]{64}\.v8$/.test(f));
    expect(packs).toHaveLength(1);
    const written = statSync(join(cache, packs[0]!)).mtimeMs;
    expect(await plan()).toBe(1);
    // every file came from the pack: nothing parsed, so the pack is not written again
    expect(readdirSync(cache).filter((f) => f.startsWith("files-"))).toEqual(packs);
    expect(statSync(join(cache, packs[0]!)).mtimeMs).toBe(written);
  }, 120_000);
});
