// Project configuration of the `halo` CLI: networks, the deployed system's addresses, how to apply.
// Documented in docs/cli.md.
import { DEFAULT_LOCAL_RPC_URL, defineConfig } from "./reconciler/config/index.js";

export default defineConfig({
  defaultNetwork: "local",
  halosDir: "halos",
  plansDir: "plans",
  networks: {
    // anvil on loopback. The devnet deployment writes the system's addresses to .halo/devnet.json, which is
    // read at every command (git-ignored: it changes with every fresh chain).
    local: {
      chainId: 31337,
      rpcUrl: { env: "HALO_LOCAL_RPC_URL", default: DEFAULT_LOCAL_RPC_URL },
      addressesFile: ".halo/devnet.json",
      // anvil's accounts are unlocked: account 0 sends the batches.
      apply: { mode: "signer", from: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" },
    },
    // Ethereum mainnet: nothing deployed yet. Governance actions go out as BEAMTimeLock batches.
    mainnet: {
      chainId: 1,
      rpcUrl: { env: "HALO_MAINNET_RPC_URL" },
      addresses: {},
      apply: { mode: "timelock" },
    },
  },
});
