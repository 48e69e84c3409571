import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../chain/anvil.js";
import { loadConfig, resolveNetwork } from "../../config/index.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const halo = join(repoRoot, "bin", "halo.js");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function rpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return ((await res.json()) as { result: unknown }).result;
}

function collect(child: ChildProcess): {
  out: () => string;
  err: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
} {
  let out = "";
  let err = "";
  child.stdout?.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once("exit", (code, signal) => r({ code, signal })),
  );
  return { out: () => out, err: () => err, exit };
}

async function waitFor(predicate: () => boolean, what: string, ms = 45_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("halo devnet", () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), "halo-devnet-cli-"));
    dirs.push(dir);
    // A plain object is a valid config (defineConfig only types it).
    writeFileSync(
      join(dir, "halo.config.ts"),
      `export default {
  defaultNetwork: "local",
  networks: {
    local: { chainId: 31337, rpcUrl: { env: "HALO_TEST_DEVNET_RPC", default: "http://127.0.0.1:8545" }, addressesFile: ".halo/devnet.json", apply: { mode: "signer" } },
    remote: { chainId: 1, rpcUrl: { env: "HALO_TEST_REMOTE_RPC" }, addresses: {}, apply: { mode: "timelock" } },
  },
};
`,
    );
    return dir;
  }

  it("starts a chain, deploys the system, writes the addresses file, answers, and stops on SIGTERM leaving no process", async () => {
    const dir = project();
    const port = await freePort();
    const child = spawn(process.execPath, [halo, "devnet", "--port", String(port)], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    const io = collect(child);
    await waitFor(
      () => io.out().includes("ready — Ctrl-C to stop") || child.exitCode !== null,
      "the devnet to be ready",
    );
    expect(io.err()).toBe("");
    const out = io.out();
    const url = `http://127.0.0.1:${port}`;
    expect(out).toContain(`on ${url}`);
    expect(out).toContain("wrote .halo/devnet.json");
    expect(out).toContain("audit references of the default fixture"); // this project has no halos/
    expect(out).toContain(`export HALO_TEST_DEVNET_RPC=${url}`); // not the configured default port
    const anvilPid = Number(/anvil pid (\d+)/.exec(out)?.[1]);
    expect(alive(anvilPid)).toBe(true);

    // The file is what reconciler/config reads for the network, and the addresses hold the deployed code.
    const file = join(dir, ".halo", "devnet.json");
    const written = JSON.parse(readFileSync(file, "utf8")) as { rpcUrl: string; addresses: Record<string, string> };
    expect(written.rpcUrl).toBe(url);
    const network = resolveNetwork(
      await loadConfig(join(dir, "halo.config.ts"), dir),
      "local",
      { HALO_TEST_DEVNET_RPC: url },
      dir,
    );
    expect(Object.keys(network.addresses).sort()).toEqual([
      "beamState",
      "cbeamProposer",
      "configurator",
      "coreCouncil",
      "factory",
      "haloRegistry",
      "pauseProxy",
      "templateRegistry",
      "timelock",
    ]);
    for (const [name, address] of Object.entries(network.addresses)) {
      expect(out).toContain(address);
      // the PauseProxy and the Core Council are accounts; everything else is deployed code
      if (name === "pauseProxy" || name === "coreCouncil") continue;
      expect(String(await rpc(url, "eth_getCode", [address, "latest"])).length, name).toBeGreaterThan(2);
    }
    expect(network.addresses.pauseProxy).toBe("0xBE8E3e3618f7474F8cB1d074A26afFef007E98FB");
    // by default the devnet stops before Sky's spell: the first plan carries it
    expect(out).toContain("factory in PAS    not yet: the first plan's sky-governance batch authorises it");
    expect(await rpc(url, "eth_chainId")).toBe("0x7a69");

    child.kill("SIGTERM");
    const { code } = await io.exit;
    expect(code).toBe(0);
    expect(io.out()).toContain("halo devnet: stopping (SIGTERM)");
    await waitFor(() => !alive(anvilPid), "anvil to be gone", 5_000);
    expect(existsSync(file)).toBe(false); // it described a chain that no longer exists
    await expect(rpc(url, "eth_chainId")).rejects.toThrow();
  });

  it("refuses a port that is already taken, and exits 1 without leaving a file", async () => {
    const dir = project();
    const server = createServer();
    const port = await new Promise<number>((r) =>
      server.listen(0, "127.0.0.1", () => r((server.address() as { port: number }).port)),
    );
    try {
      const child = spawn(process.execPath, [halo, "devnet", "--port", String(port)], {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
      });
      children.push(child);
      const io = collect(child);
      const { code } = await io.exit;
      expect(code).toBe(1);
      expect(io.err()).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(existsSync(join(dir, ".halo", "devnet.json"))).toBe(false);
    } finally {
      server.close();
    }
  });

  it("refuses a network without an addresses file (and an undeclared one) before starting a chain", async () => {
    for (const [network, message] of [
      ["remote", 'network "remote" has no addressesFile'],
      ["nowhere", 'network "nowhere" is not declared'],
    ] as const) {
      const child = spawn(process.execPath, [halo, "devnet", "--network", network], {
        cwd: project(),
        stdio: ["ignore", "pipe", "pipe"],
      });
      children.push(child);
      const io = collect(child);
      const { code } = await io.exit;
      expect(code).toBe(1);
      expect(io.err()).toContain(message);
      expect(io.out()).not.toContain("anvil pid");
    }
  });

  it("rejects an invalid port before starting anything", async () => {
    const child = spawn(process.execPath, [halo, "devnet", "--port", "99999"], {
      cwd: project(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    const io = collect(child);
    const { code } = await io.exit;
    expect(code).toBe(1);
    expect(io.err()).toContain("must be a port number");
  });
});
