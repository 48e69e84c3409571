/**
 * A chain for the operator-tool tests: anvil, the system (deploySystem), the scenario tree deployed with
 * direct factory calls, and a config file pointing `halo` at it. Each test file starts and stops its own anvil.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient, getAddress, http } from "viem";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { Sender, type SystemDeployment, deploySystem } from "../../chain/system.js";
import { run } from "../../cli/program.js";
import type { CliIo } from "../../cli/io.js";
import { ACCOUNTS } from "../chain/scenario.js";

export interface Chain {
  anvil: Anvil;
  client: Client;
  d: SystemDeployment;
  tx: Sender;
  dir: string;
  config: string;
}

export async function startChain(): Promise<Chain> {
  const anvil = await startAnvil();
  const client = createClient({ transport: http(anvil.url) });
  const d = await deploySystem(client, { coreCouncil: ACCOUNTS.governance });
  const tx = new Sender(client);
  await tx.init();
  const dir = mkdtempSync(join(tmpdir(), "halo-ops-"));
  const config = join(dir, "halo.config.mjs");
  const addresses = Object.fromEntries(Object.entries(d.addresses).map(([k, v]) => [k, getAddress(v)]));
  writeFileSync(
    config,
    `export default ${JSON.stringify({
      defaultNetwork: "local",
      networks: { local: { chainId: 31337, rpcUrl: { env: "HALO_OPS_TEST_RPC", default: anvil.url }, addresses, apply: { mode: "signer" } } },
    })};\n`,
  );
  return { anvil, client, d, tx, dir, config };
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function halo(chain: Chain, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: chain.dir, env };
  const code = await run(["--config", chain.config, ...args], io);
  return { code, stdout, stderr };
}
