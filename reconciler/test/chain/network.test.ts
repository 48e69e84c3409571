import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Anvil, freePort, startAnvil } from "../../chain/anvil.js";
import { NetworkError, deployBlockOf, refreshNetwork } from "../../chain/network.js";
import { type SystemDeployment, deploySystem } from "../../chain/system.js";
import { type ResolvedNetwork, resolveNetwork, validateConfig } from "../../config/index.js";
import { ACCOUNTS } from "./scenario.js";

describe("refreshNetwork", () => {
  let anvil: Anvil;
  let d: SystemDeployment;
  let dir: string;

  const network = (
    chainId = 31337,
    rpcUrl = anvil.url,
    where: { addressesFile: string } | { addresses: Record<string, string> } = { addressesFile: ".halo/devnet.json" },
  ): ResolvedNetwork =>
    resolveNetwork(
      validateConfig(
        {
          defaultNetwork: "local",
          networks: {
            local: { chainId, rpcUrl: { env: "X_UNSET_RPC", default: rpcUrl }, ...where, apply: { mode: "signer" } },
          },
        },
        "test",
        join(dir, "halo.config.ts"),
        dir,
      ),
      "local",
      {},
      dir,
    );

  beforeAll(async () => {
    anvil = await startAnvil();
    dir = mkdtempSync(join(tmpdir(), "halo-network-"));
    d = await deploySystem(createClient({ transport: http(anvil.url) }), {
      coreCouncil: ACCOUNTS.governance,
      addressesFile: { path: join(dir, ".halo", "devnet.json"), rpcUrl: anvil.url },
    });
  });
  afterAll(async () => {
    await anvil?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("refreshes a configured network from its addresses file, scanning logs from the deploy block", async () => {
    const n = network();
    expect(deployBlockOf(n)).toBe(d.deployBlock);
    const r = await refreshNetwork(n);
    expect(r.state.system.factory).toBe(d.addresses.factory);
    expect(r.state.system.timelock).toBe(d.addresses.timelock);
    expect(r.state.system.pauseProxy).toBe(d.addresses.pauseProxy);
    expect(Object.keys(r.state.resources)).toEqual(["template.lcts-portfolio.v1", "template.nfat-term.v1"]);
  });

  it("refuses an RPC that serves another chain before reading any contract", async () => {
    await expect(refreshNetwork(network(1, anvil.url, { addresses: { ...d.addresses } }))).rejects.toThrow(
      new NetworkError(`network local: ${anvil.url} serves chain 31337, not 1`),
    );
  });

  it("says when the addresses file is missing (no devnet) and when the RPC does not answer", async () => {
    await expect(refreshNetwork(network(31337, anvil.url, { addressesFile: ".halo/none.json" }))).rejects.toThrow(
      /no address for configurator, beamState, timelock and .*none\.json does not exist: is the devnet running \(halo devnet\)\?/,
    );
    const dead = `http://127.0.0.1:${await freePort()}`;
    await expect(refreshNetwork(network(31337, dead))).rejects.toThrow(/does not answer/);
  });
});
