/**
 * halo.config.ts: networks (chain id, RPC URL from an environment variable, addresses of the deployed
 * system), how to apply on each network, and where the tree and the plans live.
 *
 * `defineConfig` only types the object; `loadConfig` imports the file and validates it with messages
 * that name the offending key; `resolveNetwork` picks one network and fills in the RPC URL (environment)
 * and the addresses a devnet wrote to its addresses file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { getAddress, isAddress, type Address } from "viem";
import { importConfigModule } from "./import.js";
export { projectCacheDir } from "./import.js";
import { InputError } from "../errors.js";

/** The words every refused address gets: halo.config.ts here, the command-line options (cli/options.ts). */
export const ADDRESS_RULE = "must be an address: 0x followed by 40 hex digits (mixed case must be a valid EIP-55 checksum)";

/**
 * The addresses the CLI knows on one network: the Halo Factory system (ours), Sky's PAS (BeamState, Configurator,
 * Timelock, PASMom), Sky's governance accounts (the PauseProxy that executive spells act as, the Core Council) and
 * Sky's tokens. `SYSTEM_GROUPS` says which is which (for `halo config`).
 */
export const SYSTEM_GROUPS = {
  "Halo Factory": ["templateRegistry", "haloRegistry", "factory", "cbeamProposer"],
  "Sky PAS": ["beamState", "configurator", "timelock", "pasMom"],
  "Sky governance": ["pauseProxy", "coreCouncil"],
  "Sky tokens": ["usds", "susds"],
} as const;
export const SYSTEM_CONTRACTS = [
  ...SYSTEM_GROUPS["Halo Factory"],
  ...SYSTEM_GROUPS["Sky PAS"],
  ...SYSTEM_GROUPS["Sky governance"],
  ...SYSTEM_GROUPS["Sky tokens"],
] as const;
export type SystemContract = (typeof SYSTEM_CONTRACTS)[number];
export type SystemAddresses = Partial<Record<SystemContract, Address>>;

/**
 * How `halo apply` turns a plan into transactions on a network:
 * - signer: send the batches directly (local chains; anvil's accounts are unlocked);
 * - timelock: write payloads for the actor of each batch (spell calls for the PauseProxy, PAS Timelock
 *   `scheduleBatch` / `executeBatch` for Core Council proposers, direct calls for the Core Council and GovOps);
 * - safe: write Safe Transaction Builder batch JSON for the given Safe.
 */
export type ApplyConfig =
  | {
      mode: "signer";
      /** Environment variable holding the signer's private key; without it, `from` (an unlocked account) is used. */
      privateKeyEnv?: string;
      /** Unlocked account to send from (local chains). */
      from?: string;
    }
  | { mode: "timelock" }
  | { mode: "safe"; /** The Safe that proposes the batches. */ safe: string };
export type ApplyMode = ApplyConfig["mode"];

export interface NetworkInput {
  chainId: number;
  /** The RPC URL is read from `env`; `default` is used when the variable is unset. */
  rpcUrl: { env: string; default?: string };
  /** Addresses of the deployed system, PAS and Sky; omit what is not deployed (or not published) yet. */
  addresses?: Partial<Record<SystemContract, string>>;
  /**
   * A JSON file (relative to the project root) a deployment writes, e.g. `.halo/devnet.json`:
   * `{ "chainId": 31337, "addresses": { "factory": "0x…", … } }`. Read at every command, so a fresh devnet
   * needs no config change. Missing file = nothing deployed yet.
   */
  addressesFile?: string;
  apply: ApplyConfig;
}

export interface HaloConfigInput {
  networks: Record<string, NetworkInput>;
  /** Network used when neither --network nor HALO_NETWORK is given. */
  defaultNetwork: string;
  /** Where `halo plan --out` writes saved plans (default "plans"). */
  plansDir?: string;
  /** The desired-state tree (default "halos"). */
  halosDir?: string;
}

/** Type the project configuration (identity at run time). */
export function defineConfig(config: HaloConfigInput): HaloConfigInput {
  return config;
}

export interface HaloConfig {
  /** Absolute path of the config file ("" when built in memory). */
  file: string;
  /** Directory every relative path of the config is relative to. */
  root: string;
  networks: Record<string, NetworkInput>;
  defaultNetwork: string;
  plansDir: string;
  halosDir: string;
}

export class ConfigError extends InputError {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} configuration problems`, {
      code: "input.config",
      ...(problems.length === 1 ? {} : { details: problems }),
    });
  }
}

export const CONFIG_FILE = "halo.config.ts";
export const DEFAULT_LOCAL_RPC_URL = "http://127.0.0.1:8545";

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const RPC_URL = /^(https?|wss?):\/\/\S+$/;
const NETWORK_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Validate a config object. `label` prefixes every message (the config file as displayed).
 * Throws ConfigError listing every problem.
 */
export function validateConfig(raw: unknown, label: string, file = "", root = process.cwd()): HaloConfig {
  const problems: string[] = [];
  const problem = (path: string, message: string) => problems.push(`${label}: ${path === "" ? "" : `${path}: `}${message}`);
  if (!isObject(raw)) {
    throw new ConfigError([`${label}: the default export must be defineConfig({ … })`]);
  }
  const known = new Set(["networks", "defaultNetwork", "plansDir", "halosDir"]);
  for (const key of Object.keys(raw)) if (!known.has(key)) problem(key, `unknown setting (known: ${[...known].join(", ")})`);

  const networks: Record<string, NetworkInput> = {};
  if (!isObject(raw.networks) || Object.keys(raw.networks).length === 0) {
    problem("networks", "must declare at least one network");
  } else {
    for (const [name, value] of Object.entries(raw.networks)) {
      const at = `networks.${name}`;
      if (!NETWORK_NAME.test(name)) problem(at, "network names are lowercase kebab-case");
      const network = validateNetwork(value, at, problem);
      if (network) networks[name] = network;
    }
  }
  if (typeof raw.defaultNetwork !== "string") problem("defaultNetwork", "must name one of the networks");
  else if (isObject(raw.networks) && !(raw.defaultNetwork in raw.networks)) {
    problem("defaultNetwork", `"${raw.defaultNetwork}" is not a declared network (declared: ${Object.keys(raw.networks).join(", ")})`);
  }
  for (const key of ["plansDir", "halosDir"] as const) {
    if (raw[key] !== undefined && (typeof raw[key] !== "string" || raw[key] === "")) problem(key, "must be a non-empty path");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    file,
    root,
    networks,
    defaultNetwork: raw.defaultNetwork as string,
    plansDir: (raw.plansDir as string | undefined) ?? "plans",
    halosDir: (raw.halosDir as string | undefined) ?? "halos",
  };
}

function validateNetwork(value: unknown, at: string, problem: (path: string, message: string) => void): NetworkInput | undefined {
  let failed = false;
  const fail = (path: string, message: string) => {
    failed = true;
    problem(path, message);
  };
  if (!isObject(value)) {
    fail(at, "must be { chainId, rpcUrl, apply, … }");
    return undefined;
  }
  const known = new Set(["chainId", "rpcUrl", "addresses", "addressesFile", "apply"]);
  for (const key of Object.keys(value)) if (!known.has(key)) fail(`${at}.${key}`, `unknown setting (known: ${[...known].join(", ")})`);
  if (typeof value.chainId !== "number" || !Number.isSafeInteger(value.chainId) || value.chainId <= 0) {
    fail(`${at}.chainId`, "must be a positive integer");
  }
  const rpc = value.rpcUrl;
  if (!isObject(rpc)) {
    fail(`${at}.rpcUrl`, "must be { env: \"VAR_NAME\", default?: \"http://…\" }");
  } else {
    if (typeof rpc.env !== "string" || !ENV_NAME.test(rpc.env)) {
      fail(`${at}.rpcUrl.env`, "must name an environment variable (A-Z, 0-9, _)");
    }
    if (rpc.default !== undefined && (typeof rpc.default !== "string" || !RPC_URL.test(rpc.default))) {
      fail(`${at}.rpcUrl.default`, "must be an http(s):// or ws(s):// URL");
    }
    for (const key of Object.keys(rpc)) if (key !== "env" && key !== "default") fail(`${at}.rpcUrl.${key}`, "unknown setting (known: env, default)");
  }
  if (value.addresses !== undefined) {
    if (!isObject(value.addresses)) fail(`${at}.addresses`, "must map contract names to addresses");
    else {
      for (const [name, address] of Object.entries(value.addresses)) {
        if (!(SYSTEM_CONTRACTS as readonly string[]).includes(name)) {
          fail(`${at}.addresses.${name}`, `unknown contract (known: ${SYSTEM_CONTRACTS.join(", ")})`);
        } else if (typeof address !== "string" || !isAddress(address, { strict: true })) {
          fail(`${at}.addresses.${name}`, ADDRESS_RULE);
        }
      }
    }
  }
  if (value.addressesFile !== undefined && (typeof value.addressesFile !== "string" || value.addressesFile === "")) {
    fail(`${at}.addressesFile`, "must be a path to a JSON file");
  }
  const apply = value.apply;
  if (!isObject(apply) || !["signer", "timelock", "safe"].includes(String(apply.mode))) {
    fail(`${at}.apply.mode`, "must be one of signer, timelock, safe");
  } else if (apply.mode === "safe") {
    if (typeof apply.safe !== "string" || !isAddress(apply.safe, { strict: true })) fail(`${at}.apply.safe`, "must be the Safe's address");
  } else if (apply.mode === "signer") {
    if (apply.privateKeyEnv !== undefined && (typeof apply.privateKeyEnv !== "string" || !ENV_NAME.test(apply.privateKeyEnv))) {
      fail(`${at}.apply.privateKeyEnv`, "must name an environment variable (A-Z, 0-9, _)");
    }
    if (apply.from !== undefined && (typeof apply.from !== "string" || !isAddress(apply.from, { strict: true }))) {
      fail(`${at}.apply.from`, "must be an address");
    }
  }
  return failed ? undefined : (value as unknown as NetworkInput);
}

/** Import and validate a config file (a .ts file is loaded with tsx's loader when the CLI runs compiled). */
export async function loadConfig(file: string, cwd = process.cwd()): Promise<HaloConfig> {
  const absolute = resolve(cwd, file);
  const label = relative(cwd, absolute) || absolute;
  if (!existsSync(absolute)) throw new ConfigError([`${label}: not found`]);
  let module: { default?: unknown };
  try {
    module = await importConfigModule(absolute);
  } catch (error) {
    throw new ConfigError([`${label}: cannot be loaded: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return validateConfig(module.default, label, absolute, dirname(absolute));
}

/** Where a resolved value came from, for `halo config`. */
export type Origin = "config" | "env" | "default" | "addresses-file";

export interface ResolvedNetwork {
  name: string;
  chainId: number;
  rpcUrl: string;
  rpcUrlOrigin: Origin;
  rpcUrlEnv: string;
  addresses: SystemAddresses;
  addressOrigins: Partial<Record<SystemContract, Origin>>;
  /** The addresses file (absolute) and whether it exists. */
  addressesFile?: { path: string; found: boolean };
  apply: ApplyConfig;
}

export interface AddressesFile {
  chainId: number;
  addresses: Record<string, string>;
}

/**
 * Write an addresses file (what a devnet deployment calls after deploying the system) in the format
 * `resolveNetwork` reads. Addresses are checksummed; keys other than the system's contracts may be added
 * (mock tokens, implementations) and are ignored by the reader.
 */
export function writeAddressesFile(path: string, chainId: number, addresses: Record<string, string>): void {
  const checksummed: Record<string, Address> = {};
  for (const name of Object.keys(addresses).sort()) {
    const value = addresses[name];
    if (value === undefined || !isAddress(value, { strict: false })) throw new Error(`${name}: "${String(value)}" is not an address`);
    checksummed[name] = getAddress(value);
  }
  const body: AddressesFile = { chainId, addresses: checksummed };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}

function readAddressesFile(path: string, label: string, chainId: number): SystemAddresses {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError([`${label}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const problems: string[] = [];
  const out: SystemAddresses = {};
  if (!isObject(parsed) || !isObject(parsed.addresses)) {
    throw new ConfigError([`${label}: must be { "chainId": <number>, "addresses": { "<contract>": "0x…" } }`]);
  }
  if (parsed.chainId !== chainId) {
    problems.push(`${label}: chainId: is ${String(parsed.chainId)} but the network's chainId is ${chainId} (a stale file from another chain?)`);
  }
  for (const name of SYSTEM_CONTRACTS) {
    const value = parsed.addresses[name];
    if (value === undefined) continue;
    if (typeof value !== "string" || !isAddress(value, { strict: true })) problems.push(`${label}: addresses.${name}: must be an address`);
    else out[name] = getAddress(value);
  }
  // Other keys (mock tokens, implementations, …) belong to the deployment and are not the system's.
  if (problems.length > 0) throw new ConfigError(problems);
  return out;
}

/**
 * Resolve one network: name from the argument, else HALO_NETWORK, else the default. The RPC URL comes from
 * the environment variable, else the configured default; a network without either is an error.
 */
export function resolveNetwork(config: HaloConfig, name?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ResolvedNetwork {
  const chosen = name ?? (env.HALO_NETWORK || undefined) ?? config.defaultNetwork;
  const network = config.networks[chosen];
  const label = config.file === "" ? CONFIG_FILE : relative(cwd, config.file) || config.file;
  if (!network) {
    throw new ConfigError([`${label}: network "${chosen}" is not declared (declared: ${Object.keys(config.networks).join(", ")})`]);
  }
  const fromEnv = env[network.rpcUrl.env];
  let rpcUrl: string;
  let rpcUrlOrigin: Origin;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (!RPC_URL.test(fromEnv)) throw new ConfigError([`${network.rpcUrl.env}: "${fromEnv}" is not an http(s):// or ws(s):// URL`]);
    rpcUrl = fromEnv;
    rpcUrlOrigin = "env";
  } else if (network.rpcUrl.default !== undefined) {
    rpcUrl = network.rpcUrl.default;
    rpcUrlOrigin = "default";
  } else {
    throw new ConfigError([`${label}: networks.${chosen}.rpcUrl: environment variable ${network.rpcUrl.env} is not set and there is no default`]);
  }

  const addresses: SystemAddresses = {};
  const addressOrigins: Partial<Record<SystemContract, Origin>> = {};
  for (const [contract, value] of Object.entries(network.addresses ?? {})) {
    if (value === undefined) continue;
    addresses[contract as SystemContract] = getAddress(value);
    addressOrigins[contract as SystemContract] = "config";
  }
  let addressesFile: ResolvedNetwork["addressesFile"];
  if (network.addressesFile !== undefined) {
    const path = isAbsolute(network.addressesFile) ? network.addressesFile : resolve(config.root, network.addressesFile);
    const found = existsSync(path);
    addressesFile = { path, found };
    if (found) {
      const fileLabel = relative(cwd, path) || path;
      const fromFile = readAddressesFile(path, fileLabel, network.chainId);
      const conflicts: string[] = [];
      for (const [contract, value] of Object.entries(fromFile) as [SystemContract, Address][]) {
        const configured = addresses[contract];
        if (configured !== undefined && configured !== value) {
          conflicts.push(`${label}: networks.${chosen}.addresses.${contract}: ${configured} differs from ${value} in ${fileLabel}; keep one of them`);
        } else if (configured === undefined) {
          addresses[contract] = value;
          addressOrigins[contract] = "addresses-file";
        }
      }
      if (conflicts.length > 0) throw new ConfigError(conflicts);
    }
  }
  return {
    name: chosen,
    chainId: network.chainId,
    rpcUrl,
    rpcUrlOrigin,
    rpcUrlEnv: network.rpcUrl.env,
    addresses,
    addressOrigins,
    ...(addressesFile ? { addressesFile } : {}),
    apply: network.apply,
  };
}
