/**
 * The demo's scratch project: a temporary directory with a halo.config.ts pointing at the demo's own anvil,
 * the addresses file `deploySystem` produced, and a copy of the example tree. The `halo` commands run
 * in-process against it exactly as a GovOps engineer runs them in a checkout.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Address } from "viem";
import { type SystemDeployment, writeDevnetFile } from "../chain/system.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface HaloRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The `halo` CLI run in-process (cli/program.ts `run`): injected by the caller, so that demo/ (below cli/) never
 * imports the CLI that runs it.
 */
export type HaloCli = (argv: string[], io: HaloCliIo) => Promise<number>;

/** What the demo hands the CLI: its output channels, the project directory and the environment. */
export interface HaloCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Workspace {
  dir: string;
  halo(args: string[]): Promise<HaloRun>;
  remove(): void;
}

/** `tree`: the desired-state tree copied in as the project's halos/ (default: the repository's example tree). */
export function createWorkspace(
  rpcUrl: string,
  deployment: SystemDeployment,
  signer: Address,
  cli: HaloCli,
  tree: string = join(repoRoot, "halos"),
): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "halo-demo-"));
  writeFileSync(join(dir, "halo.config.ts"), localConfigText({ chainId: deployment.chainId, rpcUrl, signer }));
  writeDevnetFile(join(dir, ".halo", "devnet.json"), deployment, rpcUrl);
  cpSync(tree, join(dir, "halos"), { recursive: true });
  return {
    dir,
    async halo(args) {
      let stdout = "";
      let stderr = "";
      // Only the RPC URL: a HALO_SIGNER_KEY or HALO_NETWORK in the caller's shell must not steer the demo.
      const io: HaloCliIo = {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: dir,
        env: { HALO_LOCAL_RPC_URL: rpcUrl },
      };
      const code = await cli(args, io);
      return { code, stdout, stderr };
    },
    remove() {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The halo.config.ts of a project on a local devnet: one `local` network at `rpcUrl` (overridable by `rpcEnv`), its
 * addresses in `.halo/devnet.json`, batches sent by `signer` (an unlocked anvil account). The demo's workspace, the
 * e2e projects and the scale benchmark's `halo plan` process write it.
 */
export function localConfigText(o: { chainId: number; rpcUrl: string; signer: string; rpcEnv?: string }): string {
  return `export default {
  defaultNetwork: "local",
  halosDir: "halos",
  plansDir: "plans",
  networks: {
    local: {
      chainId: ${o.chainId},
      rpcUrl: { env: ${JSON.stringify(o.rpcEnv ?? "HALO_LOCAL_RPC_URL")}, default: ${JSON.stringify(o.rpcUrl)} },
      addressesFile: ".halo/devnet.json",
      apply: { mode: "signer", from: ${JSON.stringify(o.signer)} },
    },
  },
};
`;
}
