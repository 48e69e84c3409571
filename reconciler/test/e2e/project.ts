/**
 * An end-to-end project on its own anvil: the system deployed by `deploySystem`, a project directory with
 * halo.config.ts, the addresses file and a copy of the scenario tree (reconciler/test/fixtures/scenario) as halos/, and `halo` run in-process against it.
 *
 * Accounts (anvil's defaults): 0 deploys the system and holds DEPLOYER / REGISTRAR (the `from` of the local
 * network); 8 is governance (the Core Council: PROPOSER / CANCELLER on the PAS Timelock, BeamState IMMEDIATE); 4 is the GovOps the example tree declares.
 * So the three authorities really are three accounts, as on mainnet.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { type Address, type Client, type Hex, createClient, http, keccak256, toHex } from "viem";
import { expect } from "vitest";
import { readContract } from "viem/actions";
import { haloRegistryAbi } from "../../abi/index.js";
import { openDay0Entries } from "../../chain/day0-reviews.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { toBytes32Name } from "../../chain/names.js";
import { Sender, type SystemDeployment, deploySystem, writeDevnetFile } from "../../chain/system.js";
import { type ApplyHooks, applyCommand } from "../../cli/commands/apply.js";
import type { CliIo } from "../../cli/io.js";
import { run } from "../../cli/program.js";
import { exitCodeOf, formatError } from "../../errors.js";
import { loadDesiredState } from "../../load/index.js";
import { scenarioDir } from "../helpers.js";
import { localConfigText } from "../../demo/workspace.js";

export const ACCOUNT = {
  deployer: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  governance: "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  govOps: "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  relayer: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  freezer: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  stranger: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
} as const satisfies Record<string, Address>;

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Project {
  anvil: Anvil;
  client: Client;
  d: SystemDeployment;
  tx: Sender;
  dir: string;
  halo(args: string[], hooks?: ApplyHooks, env?: NodeJS.ProcessEnv): Promise<Ran>;
  rpc<T = unknown>(method: string, params?: unknown[]): Promise<T>;
  snapshot(): Promise<Hex>;
  revert(id: Hex): Promise<void>;
  /** Move the chain's clock forward and mine a block. */
  warp(seconds: bigint): Promise<void>;
  timestamp(): Promise<bigint>;
  stop(): Promise<void>;
}

/** The scenario tree (a copy of the example), legacy.yaml included (unless `legacy: false`), as the project's halos/. */
export function writeTree(dir: string, opts: { legacy?: boolean; tree?: string } = {}): void {
  rmSync(join(dir, "halos"), { recursive: true, force: true });
  cpSync(opts.tree ?? scenarioDir, join(dir, "halos"), { recursive: true });
  if (opts.legacy === false) rmSync(join(dir, "halos", "legacy.yaml"));
}

/** The audits the scenario tree declares for its templates: the devnet proposes the templates with them. */
function exampleAudits() {
  const loaded = loadDesiredState(scenarioDir);
  if (!loaded.ok) throw new Error("the scenario tree does not load");
  const audit = (id: string) => {
    const t = loaded.state.templates.find((x) => x.id === id)!;
    return { uri: t.audit.uri, hash: t.audit.sha256 };
  };
  return { "lcts-portfolio": audit("lcts-portfolio"), "nfat-term": audit("nfat-term") };
}

/** `tree`: the fixture copied in as the project's halos/ (default: the scenario tree). */
export async function startProject(opts: { tree?: string } = {}): Promise<Project> {
  const anvil = await startAnvil();
  const client = createClient({ transport: http(anvil.url) });
  const d = await deploySystem(client, {
    governance: ACCOUNT.governance,
    deployer: ACCOUNT.deployer,
    audits: exampleAudits(),
    // the factory's authorisation in PAS is left to the first plan: its sky-governance spell batch, which
    // `halo apply` executes as the PauseProxy (anvil impersonation)
    pasSpell: "stop",
  });
  const tx = new Sender(client);
  await tx.init();
  const dir = mkdtempSync(join(tmpdir(), "halo-e2e-"));
  writeFileSync(join(dir, "halo.config.ts"), localConfigText({ chainId: 31337, rpcUrl: anvil.url, signer: ACCOUNT.deployer }));
  writeDevnetFile(join(dir, ".halo", "devnet.json"), d, anvil.url);
  writeTree(dir, opts.tree !== undefined ? { tree: opts.tree } : {});
  const rpc = async <T>(method: string, params: unknown[] = []) =>
    (await client.request({ method, params } as never)) as T;
  return {
    anvil,
    client,
    d,
    tx,
    dir,
    rpc,
    async halo(args, hooks, env = {}) {
      let stdout = "";
      let stderr = "";
      const io: CliIo = {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: dir,
        env: { HALO_LOCAL_RPC_URL: anvil.url, ...env },
      };
      if (hooks === undefined) {
        const code = await run(args, io);
        return { code, stdout, stderr };
      }
      // apply with test hooks: the same command, mounted under a program with the global --config option
      let code = 0;
      const program = new Command("halo").option("--config <file>").exitOverride();
      program.addCommand(applyCommand(io, (c) => (code = c), hooks).exitOverride());
      try {
        await program.parseAsync(args, { from: "user" });
      } catch (error) {
        stderr += formatError(error);
        code = exitCodeOf(error);
      }
      return { code, stdout, stderr };
    },
    snapshot: () => rpc<Hex>("evm_snapshot"),
    async revert(id) {
      const ok = await rpc<boolean>("evm_revert", [id]);
      if (!ok) throw new Error(`evm_revert ${id} failed`);
    },
    async warp(seconds) {
      await rpc("evm_increaseTime", [Number(seconds)]);
      await rpc("evm_mine");
    },
    async timestamp() {
      const b = await rpc<{ timestamp: Hex }>("eth_getBlockByNumber", ["latest", false]);
      return BigInt(b.timestamp);
    },
    async stop() {
      await anvil.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One Day-0 review of every class and unit still in Day-0 (the deployer is a REVIEWER on the devnet): the ramps
 * wait for Day-0 to end. A refused review (e.g. one already in this window) is skipped.
 */
export async function reviewOpenEntries(p: Project, round: number): Promise<void> {
  const registry = p.d.addresses.haloRegistry;
  for (const e of await openDay0Entries(p.client, registry))
    await p.tx.call(ACCOUNT.deployer, registry, haloRegistryAbi, "recordReview", [e.id, keccak256(toHex(`review ${round}`))]).catch(() => undefined);
}

/** The address of unit `unitId`'s contract `name`, as the HaloRegistry records it. */
export async function unitContract(p: Project, unitId: string, name: string): Promise<Address> {
  const unit = await readContract(p.client, {
    address: p.d.addresses.haloRegistry,
    abi: haloRegistryAbi,
    functionName: "getUnit",
    args: [toBytes32Name(unitId)],
  });
  return unit.contracts.find((c) => c.name === toBytes32Name(name))!.addr;
}

/** `halo apply` until the plan is empty, reviewing open Day-0 entries and moving the clock 14 days each round. */
export async function applyUntilConverged(p: Project): Promise<number> {
  for (let round = 0; round < 60; round++) {
    await reviewOpenEntries(p, round);
    const r = await p.halo(["apply", "--auto-approve"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    if (r.stdout.includes("No changes.")) return round;
    await p.warp(14n * 86_400n);
  }
  throw new Error("did not converge in 60 rounds");
}

/**
 * A project on the example tree without its pre-factory Halo, applied until the plan is empty and drift-clean, and
 * the chain's snapshot of that state (the starting point each test of a suite reverts to).
 */
export async function startConvergedProject(): Promise<{ p: Project; converged: Hex }> {
  const p = await startProject();
  writeTree(p.dir, { legacy: false });
  await applyUntilConverged(p);
  expect((await p.halo(["drift"])).code).toBe(0);
  return { p, converged: await p.snapshot() };
}
