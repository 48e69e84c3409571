import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEFAULT_LOCAL_RPC_URL,
  defineConfig,
  loadConfig,
  resolveNetwork,
  SYSTEM_CONTRACTS,
  SYSTEM_GROUPS,
  validateConfig,
  writeAddressesFile,
  type HaloConfig,
  type HaloConfigInput,
} from "../config/index.js";
import { repoRoot, writeTree } from "./helpers.js";

const FACTORY = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const REGISTRY = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";

const base: HaloConfigInput = defineConfig({
  defaultNetwork: "local",
  networks: {
    local: {
      chainId: 31337,
      rpcUrl: { env: "HALO_LOCAL_RPC_URL", default: DEFAULT_LOCAL_RPC_URL },
      addressesFile: ".halo/devnet.json",
      apply: { mode: "signer" },
    },
    mainnet: { chainId: 1, rpcUrl: { env: "HALO_MAINNET_RPC_URL" }, addresses: { factory: FACTORY }, apply: { mode: "timelock" } },
  },
});

function problems(raw: unknown): string[] {
  try {
    validateConfig(raw, "halo.config.ts");
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

function configIn(root: string, input: HaloConfigInput = base): HaloConfig {
  return validateConfig(input, "halo.config.ts", join(root, "halo.config.ts"), root);
}

describe("config validation", () => {
  it("accepts a valid config and fills defaults", () => {
    const config = validateConfig(base, "halo.config.ts");
    expect(config.halosDir).toBe("halos");
    expect(config.plansDir).toBe("plans");
    expect(config.defaultNetwork).toBe("local");
  });

  it("names every problem with its key", () => {
    expect(
      problems({
        defaultNetwork: "devnet",
        plansDir: "",
        extra: true,
        networks: {
          local: {
            chainId: 0,
            rpcUrl: { env: "lower-case", default: "127.0.0.1:8545" },
            addresses: { factory: "0x123", router: FACTORY },
            apply: { mode: "multisig" },
          },
          mainnet: { chainId: 1, rpcUrl: { env: "RPC" }, apply: { mode: "safe" } },
        },
      }),
    ).toEqual([
      "halo.config.ts: extra: unknown setting (known: networks, defaultNetwork, plansDir, halosDir)",
      "halo.config.ts: networks.local.chainId: must be a positive integer",
      "halo.config.ts: networks.local.rpcUrl.env: must name an environment variable (A-Z, 0-9, _)",
      "halo.config.ts: networks.local.rpcUrl.default: must be an http(s):// or ws(s):// URL",
      "halo.config.ts: networks.local.addresses.factory: must be an address: 0x followed by 40 hex digits (mixed case must be a valid EIP-55 checksum)",
      "halo.config.ts: networks.local.addresses.router: unknown contract (known: templateRegistry, haloRegistry, factory, cbeamProposer, beamState, configurator, timelock, pasMom, pauseProxy, coreCouncil, usds, susds)",
      "halo.config.ts: networks.local.apply.mode: must be one of signer, timelock, safe",
      "halo.config.ts: networks.mainnet.apply.safe: must be the Safe's address",
      'halo.config.ts: defaultNetwork: "devnet" is not a declared network (declared: local, mainnet)',
      "halo.config.ts: plansDir: must be a non-empty path",
    ]);
  });

  it("refuses a missing default export", () => {
    expect(problems(undefined)).toEqual(["halo.config.ts: the default export must be defineConfig({ … })"]);
  });

  it("loads the repository's halo.config.ts", async () => {
    const config = await loadConfig("halo.config.ts", repoRoot);
    expect(config.defaultNetwork).toBe("local");
    expect(config.networks.local?.chainId).toBe(31337);
    expect(config.root).toBe(repoRoot);
  });

  it("declares Sky's published mainnet addresses (PAS, PauseProxy, Core Council, USDS, sUSDS) and no factory yet", async () => {
    const config = await loadConfig("halo.config.ts", repoRoot);
    const mainnet = resolveNetwork(config, "mainnet", { HALO_MAINNET_RPC_URL: "https://rpc.example" }, repoRoot);
    expect(mainnet.chainId).toBe(1);
    expect(mainnet.addresses).toEqual({
      beamState: "0x1A1879E66547F90bfF87D45A5b0335950E019E02",
      configurator: "0xb7E61Df6CAb0A51E9A5dab1A7DD3f942dDe5b929",
      timelock: "0xB50a06Af02dDE44dB6EA7ee729403848c2B35293",
      pasMom: "0xD44B8d01D5207aA792C666d0A712A1A161CD6171",
      pauseProxy: "0xBE8E3e3618f7474F8cB1d074A26afFef007E98FB",
      coreCouncil: "0x148eF923d764CBdc1597CcADBbbC66499C1A1432",
      usds: "0xdC035D45d973E3EC169d2276DDab16f1e407384F",
      susds: "0xa3931d71877C0E7a3148CB7Eb4463524FEc27fbD",
    });
    // every address above is an EIP-55 checksum (validateConfig is strict), and nothing of ours is claimed
    for (const ours of ["factory", "templateRegistry", "haloRegistry", "cbeamProposer"] as const)
      expect(mainnet.addresses[ours]).toBeUndefined();
    for (const name of SYSTEM_CONTRACTS) expect(Object.values(SYSTEM_GROUPS).flat()).toContain(name);
  });

  it("reports a missing config file", async () => {
    await expect(loadConfig("nope.config.ts", repoRoot)).rejects.toThrow("nope.config.ts: not found");
  });
});

describe("network resolution", () => {
  it("uses the default RPC URL for local when the variable is unset", () => {
    const network = resolveNetwork(configIn(writeTree({})), undefined, {});
    expect(network).toMatchObject({ name: "local", chainId: 31337, rpcUrl: "http://127.0.0.1:8545", rpcUrlOrigin: "default" });
    expect(network.addresses).toEqual({});
    expect(network.addressesFile?.found).toBe(false);
  });

  it("reads the RPC URL from the environment variable", () => {
    const network = resolveNetwork(configIn(writeTree({})), undefined, { HALO_LOCAL_RPC_URL: "http://10.0.0.2:8545" });
    expect(network.rpcUrl).toBe("http://10.0.0.2:8545");
    expect(network.rpcUrlOrigin).toBe("env");
  });

  it("refuses a malformed RPC URL in the environment", () => {
    expect(() => resolveNetwork(configIn(writeTree({})), undefined, { HALO_LOCAL_RPC_URL: "localhost" })).toThrow(
      'HALO_LOCAL_RPC_URL: "localhost" is not an http(s):// or ws(s):// URL',
    );
  });

  it("refuses a network without RPC URL", () => {
    expect(() => resolveNetwork(configIn(writeTree({})), "mainnet", {})).toThrow(
      "networks.mainnet.rpcUrl: environment variable HALO_MAINNET_RPC_URL is not set and there is no default",
    );
  });

  it("selects the network from HALO_NETWORK, and refuses an unknown one", () => {
    const config = configIn(writeTree({}));
    const mainnet = resolveNetwork(config, undefined, { HALO_NETWORK: "mainnet", HALO_MAINNET_RPC_URL: "https://rpc.example" });
    expect(mainnet.addresses).toEqual({ factory: FACTORY });
    expect(mainnet.addressOrigins).toEqual({ factory: "config" });
    expect(() => resolveNetwork(config, "sepolia", {})).toThrow('network "sepolia" is not declared (declared: local, mainnet)');
  });

  it("reads deployed addresses from the addresses file (checksummed; extra entries ignored)", () => {
    const root = writeTree({
      ".halo/devnet.json": JSON.stringify({
        chainId: 31337,
        addresses: { factory: FACTORY.toLowerCase(), haloRegistry: REGISTRY, mockSUSDS: FACTORY },
      }),
    });
    const network = resolveNetwork(configIn(root), "local", {});
    expect(network.addresses).toEqual({ factory: FACTORY, haloRegistry: REGISTRY });
    expect(network.addressOrigins).toEqual({ factory: "addresses-file", haloRegistry: "addresses-file" });
    expect(network.addressesFile?.found).toBe(true);
  });

  it("refuses an addresses file of another chain", () => {
    const root = writeTree({ ".halo/devnet.json": JSON.stringify({ chainId: 1, addresses: {} }) });
    expect(() => resolveNetwork(configIn(root), "local", {}, root)).toThrow(
      ".halo/devnet.json: chainId: is 1 but the network's chainId is 31337 (a stale file from another chain?)",
    );
  });

  it("refuses a conflict between the config and the addresses file", () => {
    const root = writeTree({ ".halo/devnet.json": JSON.stringify({ chainId: 31337, addresses: { factory: REGISTRY } }) });
    const input: HaloConfigInput = {
      ...base,
      networks: { local: { ...base.networks.local!, addresses: { factory: FACTORY } } },
    };
    expect(() => resolveNetwork(configIn(root, input), "local", {}, root)).toThrow(
      `halo.config.ts: networks.local.addresses.factory: ${FACTORY} differs from ${REGISTRY} in .halo/devnet.json; keep one of them`,
    );
  });

  it("reads back what writeAddressesFile wrote", () => {
    const root = writeTree({});
    writeAddressesFile(join(root, ".halo", "devnet.json"), 31337, { timelock: REGISTRY.toLowerCase(), factory: FACTORY, mockSUSDS: FACTORY });
    const network = resolveNetwork(configIn(root), "local", {}, root);
    expect(network.addresses).toEqual({ factory: FACTORY, timelock: REGISTRY });
    expect(() => writeAddressesFile(join(root, "x.json"), 31337, { factory: "0x12" })).toThrow('factory: "0x12" is not an address');
  });

  it("refuses an addresses file that is not JSON", () => {
    const root = writeTree({});
    mkdirSync(join(root, ".halo"));
    writeFileSync(join(root, ".halo", "devnet.json"), "{");
    expect(() => resolveNetwork(configIn(root), "local", {}, root)).toThrow(/^\.halo\/devnet\.json: not valid JSON/);
  });
});
