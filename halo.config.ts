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
    // Ethereum mainnet. Sky's PAS and governance addresses are published; the Halo Factory (templateRegistry,
    // haloRegistry, factory, cbeamProposer) is not deployed yet, so they are left out and `halo config --network
    // mainnet` lists them as missing. Sources:
    //   [chainlog]  Sky chainlog (0xdA0Ab1e0017DEbCd72Be8599041a2aa3bA7e740F) as recorded by
    //               github.com/sky-ecosystem/spells-mainnet archive/2026-08-27-DssSpell/test/addresses_mainnet.sol
    //               (chainlog v1.20.20)
    //   [pas-spell] the executive spell that initialised PAS: spells-mainnet archive/2026-08-27-DssSpell/DssSpell.sol
    //               (PASInit.init / addCoreToChainlog / initMom; PAS code at sky-ecosystem/pas@947e71c)
    // PAS facts that spell set on mainnet: minDelay 14 days, hop 16 hours, maxChange 1.2e18, no cancellers / pausers
    // besides PASMom, and the Timelock left paused (PASInit.pauseTimelock, admin = PauseProxy).
    mainnet: {
      chainId: 1,
      rpcUrl: { env: "HALO_MAINNET_RPC_URL" },
      addresses: {
        beamState: "0x1A1879E66547F90bfF87D45A5b0335950E019E02", // PAS_STATE [chainlog] [pas-spell]
        configurator: "0xb7E61Df6CAb0A51E9A5dab1A7DD3f942dDe5b929", // PAS_CONFIGURATOR [chainlog] [pas-spell]
        timelock: "0xB50a06Af02dDE44dB6EA7ee729403848c2B35293", // PAS_TIMELOCK [chainlog] [pas-spell]
        pasMom: "0xD44B8d01D5207aA792C666d0A712A1A161CD6171", // PAS_MOM [pas-spell]
        pauseProxy: "0xBE8E3e3618f7474F8cB1d074A26afFef007E98FB", // MCD_PAUSE_PROXY [chainlog]
        coreCouncil: "0x148eF923d764CBdc1597CcADBbbC66499C1A1432", // PAS coreCouncil argument of PASInit.init [pas-spell]
        usds: "0xdC035D45d973E3EC169d2276DDab16f1e407384F", // USDS [chainlog]
        susds: "0xa3931d71877C0E7a3148CB7Eb4463524FEc27fbD", // SUSDS [chainlog]
      },
      // Each batch goes out as its actor's payload (spell calls, PAS Timelock scheduleBatch, direct calls).
      apply: { mode: "timelock" },
    },
  },
});
