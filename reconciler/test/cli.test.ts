import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/program.js";
import type { CliIo } from "../cli/io.js";
import { repoRoot, scenarioDir, scenarioProject, writeTree } from "./helpers.js";

// The sources through tsx (what vitest tests); the compiled bin/halo.js is tested in bin.test.ts.
const main = join(repoRoot, "reconciler", "cli", "main.ts");
const tsx = import.meta.resolve("tsx");

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn `halo` from the sources in its own process (node --import tsx reconciler/cli/main.ts). */
function halo(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", tsx, main, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, HALO_NETWORK: "", HALO_LOCAL_RPC_URL: "", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Run the program in-process (fast) with captured output. */
async function haloInProcess(args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe("halo end to end (own process)", () => {
  it("validate: the scenario tree is valid (exit 0)", async () => {
    const ran = await halo(["validate"], { cwd: scenarioProject() });
    expect(ran).toEqual({
      code: 0,
      stdout: "halos: valid (7 files: 2 agents, 2 classes, 2 units, 2 templates, 0 external templates, 1 legacy Halo, 1 Prime)\n",
      stderr: "",
    });
  });

  it("validate: an invalid tree prints every error as file:line:col path: message (exit 1)", async () => {
    const ran = await halo(["validate", "--dir", "reconciler/test/fixtures/wrong-enum"]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toBe(
      "reconciler/test/fixtures/wrong-enum/acme/mmf.yaml:25:18 units[1].params.seniority: must be one of senior, mezzanine, junior\n" +
        "reconciler/test/fixtures/wrong-enum: invalid (1 error in 1 file)\n",
    );
  });

  it("validate --format json reports errors as data", async () => {
    const ran = await halo(["validate", "--dir", "reconciler/test/fixtures/dangling-agent", "--format", "json"]);
    expect(ran.code).toBe(1);
    expect(JSON.parse(ran.stdout)).toEqual({
      valid: false,
      dir: "reconciler/test/fixtures/dangling-agent",
      errors: [
        {
          file: "reconciler/test/fixtures/dangling-agent/acme/mmf.yaml",
          line: 3,
          col: 8,
          path: "agent",
          message: 'agent "acme-capital" is not declared (declared agents: acme)',
        },
      ],
    });
  });

  it("demo is a real command now (its end-to-end run is reconciler/test/demo): --help describes it", async () => {
    const ran = await halo(["demo", "--help"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("Usage: halo demo");
    expect(ran.stdout).toContain("--out <dir>");
  });

  it("runs from another working directory (paths resolve from the package)", async () => {
    const tree = writeTree({});
    const ran = await halo(["validate", "--dir", scenarioDir], { cwd: tree });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/: valid \(7 files/);
  });

  it("config prints the resolved local network, RPC URL from the environment", async () => {
    const ran = await halo(["config", "--format", "json"], { env: { HALO_LOCAL_RPC_URL: "http://127.0.0.1:9545" } });
    expect(ran.code).toBe(0);
    const body = JSON.parse(ran.stdout) as Record<string, unknown>;
    expect(body).toMatchObject({
      network: "local",
      default: true,
      chainId: 31337,
      rpcUrl: "http://127.0.0.1:9545",
      rpcUrlOrigin: "env",
      halosDir: "halos",
      plansDir: "plans",
      apply: { mode: "signer" },
    });
  });
});

describe("halo commands (in-process)", () => {
  it("--help lists the commands and exits 0", async () => {
    const ran = await haloInProcess(["--help"]);
    expect(ran.code).toBe(0);
    for (const command of ["validate", "config", "plan", "apply", "drift", "demo"]) expect(ran.stdout).toContain(`  ${command}`);
  });

  it("every command has --help", async () => {
    for (const command of ["validate", "config", "plan", "apply", "drift", "demo"]) {
      const ran = await haloInProcess([command, "--help"]);
      expect(ran.code, command).toBe(0);
      expect(ran.stdout, command).toContain(`Usage: halo ${command}`);
    }
  });

  it("--version prints the package version", async () => {
    const ran = await haloInProcess(["--version"]);
    expect(ran).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });

  it("an unknown command exits 1", async () => {
    const ran = await haloInProcess(["nope"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("error: unknown command 'nope'");
  });

  it("an invalid --format exits 1", async () => {
    const ran = await haloInProcess(["validate", "--format", "xml"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.");
  });

  it("validate without a config uses ./halos", async () => {
    const tree = writeTree({ "halos/templates.yaml": "templates: []\n" });
    const ran = await haloInProcess(["validate"], tree);
    expect(ran).toEqual({
      code: 0,
      stdout: "halos: valid (1 file: 0 agents, 0 classes, 0 units, 0 templates, 0 external templates, 0 legacy Halos, 0 Primes)\n",
      stderr: "",
    });
  });

  it("validate reports a missing tree", async () => {
    const ran = await haloInProcess(["validate", "--dir", "nowhere"], writeTree({}));
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("nowhere:1:1 not a directory: the desired-state tree is missing\nnowhere: invalid (1 error in 1 file)\n");
  });

  it("config text output, with the mainnet RPC URL from its variable", async () => {
    const ran = await haloInProcess(["config", "--network", "mainnet"], repoRoot, { HALO_MAINNET_RPC_URL: "https://eth.example" });
    expect(ran.code).toBe(0);
    // the full mainnet listing (addresses by group) is tested in reconciler/test/config.test.ts
    expect(ran.stdout.split("\n").slice(0, 4)).toEqual([
      "config     halo.config.ts",
      "network    mainnet",
      "chainId    1",
      "rpcUrl     https://eth.example (from $HALO_MAINNET_RPC_URL)",
    ]);
    expect(ran.stdout).toMatch(/^apply +timelock \(each batch as its actor's payload/m);
  });

  it("config text output for the local network", async () => {
    const ran = await haloInProcess(["config"], repoRoot, {});
    expect(ran.code).toBe(0);
    expect(ran.stdout.split("\n").slice(0, 8)).toEqual([
      "config     halo.config.ts",
      "network    local (default)",
      "chainId    31337",
      "rpcUrl     http://127.0.0.1:8545 (default; set $HALO_LOCAL_RPC_URL to override)",
      "apply      signer (sends the batches; from 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266)",
      "halosDir   halos",
      "plansDir   plans",
      expect.stringMatching(/^addresses \(file \.halo\/devnet\.json/),
    ]);
  });

  it("config errors exit 1 with the reason", async () => {
    const ran = await haloInProcess(["config", "--network", "mainnet"], repoRoot, {});
    expect(ran).toEqual({
      code: 1,
      stdout: "",
      stderr: "halo: halo.config.ts: networks.mainnet.rpcUrl: environment variable HALO_MAINNET_RPC_URL is not set and there is no default\n",
    });
  });

  it("config without a config file exits 1", async () => {
    const tree = writeTree({});
    const ran = await haloInProcess(["config"], tree);
    expect(ran).toEqual({
      code: 1,
      stdout: "",
      stderr: `halo: halo.config.ts: not found in ${tree} or its parents (pass --config <file>)\n`,
    });
  });

  it("finds halo.config.ts in a parent directory (commands work from inside halos/)", async () => {
    const ran = await haloInProcess(["validate"], join(scenarioProject(), "halos", "acme"));
    expect(ran).toEqual({
      code: 0,
      stdout: "..: valid (7 files: 2 agents, 2 classes, 2 units, 2 templates, 0 external templates, 1 legacy Halo, 1 Prime)\n",
      stderr: "",
    });
  });

  it("--config names the config explicitly", async () => {
    const ran = await haloInProcess(["--config", join(scenarioProject(), "halo.config.ts"), "validate"], writeTree({}));
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/halos: valid \(7 files/);
    const missing = await haloInProcess(["--config", "nope.ts", "validate"], writeTree({}));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("halo: nope.ts: not found\n");
  });
});
