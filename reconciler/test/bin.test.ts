/**
 * The shipped command: bin/halo.js runs the compiled CLI in dist/ (no tsx). The build is made first when dist/
 * is missing or older than the sources (`npm run build`'s compiler step), so these tests run the current code.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/program.js";
import type { CliIo } from "../cli/io.js";
import { ensureBuilt } from "./build-setup.js";
import { repoRoot, scenarioDir, scenarioProject, writeTree } from "./helpers.js";

const bin = join(repoRoot, "bin", "halo.js");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
/** What each file of the build holds (written by scripts/build-cli.mjs), read once the build exists. */
let outputs: Record<string, { inputs: string[] }> = {};

interface Ran {
  code: number | null;
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function node(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Ran {
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, HALO_NETWORK: "", HALO_LOCAL_RPC_URL: "", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureBuilt(); // also vitest's global setup: here for a run of this file alone
  outputs = JSON.parse(readFileSync(join(repoRoot, "dist", "cli", "outputs.json"), "utf8")) as typeof outputs;
}, 300_000);

describe("bin/halo.js (the compiled CLI)", () => {
  it("--version prints the package version", () => {
    expect(node([bin, "--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists every command, as the sources do", async () => {
    let inProcess = "";
    const io: CliIo = { stdout: (t) => (inProcess += t), stderr: (t) => (inProcess += t), cwd: repoRoot, env: {} };
    await run(["--help"], io);
    const ran = node([bin, "--help"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe(inProcess);
  });

  it("--help and --version import no command module, viem, ajv, yaml or the generated ABIs", () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-imports-"));
    const log = join(dir, "imports.log");
    writeFileSync(
      join(dir, "hooks.mjs"),
      `import { appendFileSync } from "node:fs";
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + "\\n");
  return result;
}
`,
    );
    writeFileSync(
      join(dir, "register.mjs"),
      `import { register } from "node:module";
register(new URL("./hooks.mjs", import.meta.url), { data: { log: ${JSON.stringify(log)} } });
`,
    );
    for (const flag of ["--help", "--version"]) {
      writeFileSync(log, "");
      const ran = node(["--import", join(dir, "register.mjs"), bin, flag]);
      expect(ran.code, flag).toBe(0);
      const urls = readFileSync(log, "utf8").split("\n").filter(Boolean);
      expect(urls.filter((u) => /\/node_modules\//.test(u)), flag).toEqual([]); // everything else is in the bundle
      // The sources bundled into the files the process loaded (scripts/build-cli.mjs writes the list).
      const files = urls.filter((u) => u.includes("/dist/cli/")).map((u) => u.replace(/^.*\/dist\/cli\//, "").replace(/\?.*$/, ""));
      const inputs = files.flatMap((f) => outputs[f]?.inputs ?? [`(not built by the build: ${f})`]);
      expect(inputs, flag).toContain("reconciler/cli/program.ts");
      // chain/rpc-timeout.ts (the --rpc-timeout setting, no imports) is the one chain module the program needs.
      const heavy = inputs.filter(
        (i) =>
          /node_modules\/(viem|ajv|ajv-formats|yaml|tsx|ox|abitype|@noble|hash-wasm|js-sha3)\/|^reconciler\/(abi|cli\/commands|load|chain|plan)\/|^reconciler\/model\/keccak-wasm\.ts$/.test(i) &&
          i !== "reconciler/chain/rpc-timeout.ts",
      );
      expect(heavy, flag).toEqual([]);
    }
  });

  it("`halo validate` loads a few bundled files, not hundreds of modules", () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-imports-"));
    const log = join(dir, "imports.log");
    writeFileSync(
      join(dir, "hooks.mjs"),
      `import { appendFileSync } from "node:fs";
export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, context); }
`,
    );
    writeFileSync(join(dir, "register.mjs"), `import { register } from "node:module";\nregister(new URL("./hooks.mjs", import.meta.url));\n`);
    writeFileSync(log, "");
    const ran = node(["--import", join(dir, "register.mjs"), bin, "validate", "--dir", scenarioDir]);
    expect(ran.code).toBe(0);
    const files = readFileSync(log, "utf8").split("\n").filter((u) => u.startsWith("file:"));
    expect(files.filter((u) => !/\/dist\/cli\/|\/bin\/halo\.js$/.test(u))).toEqual([]);
    expect(files.length).toBeLessThan(40); // the unbundled build loaded ~500 files here
  });

  it("runs commands: validate (schemas from the repository) and config (halo.config.ts through tsx's loader)", () => {
    expect(node([bin, "validate"], { cwd: scenarioProject() })).toEqual({
      code: 0,
      stdout: "halos: valid (7 files: 2 agents, 2 classes, 2 units, 2 templates, 0 external templates, 1 legacy Halo, 1 Prime)\n",
      stderr: "",
    });
    const config = node([bin, "config", "--format", "json"], { env: { HALO_LOCAL_RPC_URL: "http://127.0.0.1:9545" } });
    expect(config.stderr).toBe("");
    expect(JSON.parse(config.stdout)).toMatchObject({ network: "local", chainId: 31337, rpcUrl: "http://127.0.0.1:9545" });
  });

  it("loads a halo.config.ts outside any package (CommonJS scope) as well", () => {
    const dir = writeTree({});
    writeFileSync(
      join(dir, "halo.config.ts"),
      `const network: string = "local";
export default {
  defaultNetwork: network,
  networks: { local: { chainId: 31337, rpcUrl: { env: "HALO_LOCAL_RPC_URL", default: "http://127.0.0.1:8545" }, apply: { mode: "timelock" } } },
};
`,
    );
    const ran = node([bin, "config", "--format", "json"], { cwd: dir });
    expect(ran.stderr).toBe("");
    expect(JSON.parse(ran.stdout)).toMatchObject({ network: "local", chainId: 31337, apply: { mode: "timelock" } });
  });

  it("runs from another working directory", () => {
    const ran = node([bin, "validate", "--dir", scenarioDir], { cwd: writeTree({}) });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/: valid \(7 files/);
  });

  it("without a build, or with a build older than the sources, says to run `npm run build` (one line, exit 1)", () => {
    const pkg = mkdtempSync(join(tmpdir(), "halo-bin-"));
    mkdirSync(join(pkg, "bin"));
    copyFileSync(bin, join(pkg, "bin", "halo.js"));
    const missing = node([join(pkg, "bin", "halo.js"), "--version"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`halo: the CLI is not built (no dist/cli/main.js): run \`npm run build\` in ${pkg}\n`);

    mkdirSync(join(pkg, "dist", "cli"), { recursive: true });
    writeFileSync(join(pkg, "dist", "cli", "main.js"), 'process.stdout.write("built\\n");\n');
    mkdirSync(join(pkg, "reconciler", "plan"), { recursive: true });
    mkdirSync(join(pkg, "reconciler", "test"), { recursive: true });
    const source = join(pkg, "reconciler", "plan", "planner.ts");
    writeFileSync(source, "export {};\n");
    writeFileSync(join(pkg, "reconciler", "test", "late.test.ts"), "export {};\n"); // tests are not built: ignored
    const past = new Date(Date.now() - 60_000);
    utimesSync(source, past, past);
    expect(node([join(pkg, "bin", "halo.js")])).toMatchObject({ code: 0, stdout: "built\n" });

    const future = new Date(Date.now() + 60_000);
    utimesSync(source, future, future);
    const stale = node([join(pkg, "bin", "halo.js"), "--version"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe(`halo: the build in dist/ is older than reconciler/plan/planner.ts: run \`npm run build\` in ${pkg}\n`);
  });

  it("SIGTERM ends a running command: one process, nothing left behind", async () => {
    // A FIFO as templates.yaml: the loader blocks reading it, so the command is alive when the signal comes.
    const tree = writeTree({});
    mkdirSync(join(tree, "halos"));
    execFileSync("mkfifo", [join(tree, "halos", "templates.yaml")]);
    const child = spawn(process.execPath, [bin, "validate", "--dir", "halos"], { cwd: tree, stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(child.exitCode).toBeNull();
    child.kill("SIGTERM");
    expect(await exited).toBe("SIGTERM");
  });
});
