/**
 * What the operator tools (index, verify, beacons) share: the network they talk to, ids as names, canonical
 * JSON, and the signer a beacon or reviewer uses (a private key from an environment variable, or on a local
 * anvil chain one of its well-known default accounts).
 */
import { type Abi, type Account, type Address, type Chain, type Client, type Hex, type Transport, BaseError, ContractFunctionRevertedError, createWalletClient, decodeErrorResult, defineChain, getAddress, http, isHex } from "viem";
import * as abis from "../abi/index.js";
import { mnemonicToAccount, privateKeyToAccount } from "viem/accounts";
import { type HaloConfig, type ResolvedNetwork, type SystemContract, resolveNetwork } from "../config/index.js";
import { createCountingClient } from "../chain/rpc.js";
import { deployBlockOf } from "../chain/network.js";
import { fromBytes32Name, toBytes32Name } from "../chain/names.js";

export class OpsError extends Error {
  override name = "OpsError";
}

/** The system contracts every operator tool needs; a network missing one of them is refused up front. */
export interface OpsSystem {
  templateRegistry: Address;
  haloRegistry: Address;
  factory: Address;
  beamState: Address;
  /** PAS Configurator. */
  configurator: Address;
  /** PAS Timelock (governance of the class contracts and the registries). */
  timelock: Address;
}

export interface OpsNetwork {
  name: string;
  chainId: number;
  rpcUrl: string;
  system: OpsSystem;
  client: Client<Transport>;
  /** The first block worth scanning for logs: the devnet addresses file's `deployBlock`, when it has one. */
  deployBlock?: bigint;
}

export function opsNetwork(config: HaloConfig, name: string | undefined, env: NodeJS.ProcessEnv, cwd: string): OpsNetwork {
  const network: ResolvedNetwork = resolveNetwork(config, name, env, cwd);
  const wanted: SystemContract[] = ["templateRegistry", "haloRegistry", "factory", "beamState", "configurator", "timelock"];
  const missing = wanted.filter((c) => network.addresses[c] === undefined);
  if (missing.length > 0) {
    throw new OpsError(`network "${network.name}": no address for ${missing.join(", ")} (deploy the system or set networks.${network.name}.addresses)`);
  }
  const system = Object.fromEntries(wanted.map((c) => [c, network.addresses[c]])) as unknown as OpsSystem;
  const deployBlock = deployBlockOf(network);
  return {
    name: network.name,
    chainId: network.chainId,
    rpcUrl: network.rpcUrl,
    system,
    client: createCountingClient(network.rpcUrl).client,
    ...(deployBlock !== undefined ? { deployBlock } : {}),
  };
}

/** A registry id as people write it: the ASCII name, or the raw bytes32 when it is not printable (deal units). */
export function idText(id: Hex): string {
  const hex = id.toLowerCase() as Hex;
  try {
    const name = fromBytes32Name(hex);
    if (name.length > 0 && /^[\x21-\x7e]+$/.test(name) && toBytes32Name(name) === hex) return name;
  } catch {
    // not text
  }
  return hex;
}

/** The inverse of `idText`: a 0x-prefixed 32-byte hex is taken as is, anything else is a name. */
export function idBytes(text: string): Hex {
  if (isHex(text) && text.length === 66) return text.toLowerCase() as Hex;
  return toBytes32Name(text);
}

/**
 * JSON with object keys sorted at every level, bigints as decimal strings, two-space indentation and a final
 * newline: the same value always gives the same bytes.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** The same canonical form on one line (JSON-lines logs). */
export function canonicalLine(value: unknown): string {
  return `${JSON.stringify(sortKeys(value))}\n`;
}

function sortKeys(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export const ANVIL_CHAIN_ID = 31337;
const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";

/** anvil's ten default accounts (derived from its public test mnemonic, never a secret). */
export function anvilAccounts(): Account[] {
  return Array.from({ length: 10 }, (_, i) => mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: i }));
}

/**
 * The account that signs for `role`: the private key in `env[keyEnv]`; or, on a local chain (chain id
 * 31337) without that variable, anvil's default account equal to `expected` (the on-chain holder of the role).
 */
export function signerAccount(env: NodeJS.ProcessEnv, keyEnv: string, chainId: number, expected: Address | undefined, role: string): Account {
  const key = env[keyEnv];
  if (key !== undefined && key !== "") {
    if (!/^0x[0-9a-fA-F]{64}$/.test(key)) throw new OpsError(`${keyEnv}: not a private key (0x + 64 hex digits)`);
    return privateKeyToAccount(key as Hex);
  }
  if (chainId === ANVIL_CHAIN_ID && expected !== undefined) {
    const found = anvilAccounts().find((a) => a.address === getAddress(expected));
    if (found !== undefined) return found;
  }
  throw new OpsError(`${keyEnv} is not set: it must hold the private key of the ${role}${expected !== undefined ? ` (${expected})` : ""}`);
}

export function walletFor(network: OpsNetwork, account: Account) {
  const chain: Chain = defineChain({
    id: network.chainId,
    name: network.name,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [network.rpcUrl] } },
  });
  return createWalletClient({ account, chain, transport: http(network.rpcUrl) });
}

/** Every generated ABI, for decoding a revert raised by a contract other than the one called. */
const ALL_ABIS: Abi[] = Object.entries(abis).filter(([k]) => k.endsWith("Abi")).map(([, v]) => v as Abi);

/** A one-line description of a failed call: the decoded custom error with its arguments when possible. */
export function describeError(error: unknown): string {
  if (error instanceof BaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
    // eth_call errors carry the revert data on a RawContractError in the cause chain instead.
    const rawHolder = error.walk((e) => typeof (e as { data?: unknown }).data === "string" && ((e as { data: string }).data).startsWith("0x")) as { data?: Hex } | null;
    const raw = reverted?.raw ?? rawHolder?.data;
    if (raw !== undefined) {
      for (const abi of ALL_ABIS) {
        try {
          const decoded = decodeErrorResult({ abi, data: raw });
          const args = (decoded.args ?? []).map((a) => (typeof a === "bigint" ? a.toString() : String(a)));
          return `reverted: ${decoded.errorName}(${args.join(", ")})`;
        } catch {
          // not this ABI's error
        }
      }
      return `reverted with data ${raw}`;
    }
    if (reverted?.data !== undefined) return `reverted: ${reverted.data.errorName}(${(reverted.data.args ?? []).map(String).join(", ")})`;
    return error.shortMessage;
  }
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "error";
}
