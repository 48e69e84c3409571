// Start and stop a local anvil chain from node_modules: used by `halo devnet`, the demo, the benchmarks and
// every test that needs a chain. The process we start is the one we stop: no stray chains are left behind.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface AnvilOptions {
  /** Loopback port; a free one is picked when omitted. */
  port?: number;
  chainId?: number;
  /** Seconds between automatic blocks; omitted = a block per transaction (instant mining). */
  blockTime?: number;
  /** Genesis timestamp (unix seconds), for reproducible timelock and SORL times. */
  timestamp?: bigint;
  /** Gas limit per block; the default fits the large batched reads of the reconciler. */
  gasLimit?: bigint;
  /** Extra command-line arguments, e.g. `["--code-size-limit", "50000"]`. */
  args?: string[];
  /** How long to wait for the first answer (default 15 s; loading a large `--load-state` takes longer). */
  readyTimeoutMs?: number;
}

export interface Anvil {
  readonly url: string;
  readonly port: number;
  readonly chainId: number;
  readonly pid: number;
  /** Stop the process we started (SIGTERM, then SIGKILL after a grace period); safe to call twice. */
  stop(): Promise<void>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The real anvil binary (the npm package's platform build), so that stopping it stops the chain itself. */
export function anvilBinary(): string {
  const require = createRequire(join(repoRoot, "package.json"));
  try {
    const pkg = require.resolve(`@foundry-rs/anvil-${process.platform}-${process.arch === "x64" ? "amd64" : process.arch}/package.json`);
    const bin = join(dirname(pkg), "bin", "anvil");
    if (existsSync(bin)) return bin;
  } catch {
    // fall through to the npm shim, which forwards to the same binary
  }
  return join(repoRoot, "node_modules", ".bin", "anvil");
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("could not read the port of a probe socket"));
        return;
      }
      const { port } = address;
      server.close(() => resolvePort(port));
    });
  });
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once("error", () => resolveFree(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolveFree(true)));
  });
}

export async function startAnvil(options: AnvilOptions = {}): Promise<Anvil> {
  // A probe on a taken port would be answered by whatever already listens there, not by our chain.
  if (options.port !== undefined && !(await portIsFree(options.port))) {
    throw new Error(`port ${options.port} on 127.0.0.1 is already in use: choose another or omit --port`);
  }
  const port = options.port ?? (await freePort());
  const chainId = options.chainId ?? 31337;
  const args = ["--host", "127.0.0.1", "--port", String(port), "--chain-id", String(chainId), "--silent"];
  if (options.blockTime !== undefined) args.push("--block-time", String(options.blockTime));
  if (options.timestamp !== undefined) args.push("--timestamp", options.timestamp.toString());
  args.push("--gas-limit", (options.gasLimit ?? 1_000_000_000n).toString());
  args.push(...(options.args ?? []));

  const child = spawn(anvilBinary(), args, { stdio: ["ignore", "ignore", "pipe"] });
  running.add(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
  exited.then(() => running.delete(child));

  const url = `http://127.0.0.1:${port}`;
  const readyMs = options.readyTimeoutMs ?? 15_000;
  const deadline = Date.now() + readyMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`anvil exited with code ${child.exitCode} before it was ready: ${stderr.trim()}`);
    }
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      });
      // Answered, and by our process (it did not exit on a bind error meanwhile).
      if (res.ok && child.exitCode === null) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`anvil did not answer on ${url} within ${readyMs / 1000} s: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    chainId,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
