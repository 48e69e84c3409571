/**
 * The real Safe 1.4.1 contracts on an anvil devnet, for the end-to-end tests of the tool's Safe paths (a `kind: safe`
 * approval checked by the factory through ERC-1271, `halo apply --mode safe` batches executed by `execTransaction`).
 *
 * The bytecode and ABIs are the build artifacts of the npm package `@safe-global/safe-contracts` 1.4.1 (a dev
 * dependency): the Safe singleton, SafeProxyFactory, CompatibilityFallbackHandler (what makes a Safe answer
 * ERC-1271 `isValidSignature`) and MultiSendCallOnly. They are deployed at whatever addresses the deploying account's
 * nonces give (the chain is not in @safe-global/safe-deployments, so `halo apply --mode safe` needs `--multisend`),
 * then a Safe proxy is created and set up with the owners, the threshold and the fallback handler.
 *
 * Signatures are Safe's "contract signature" format for EOA owners: 65 bytes `r ‖ s ‖ v` (v 27/28, an ECDSA
 * signature of the hash itself) per owner, concatenated in ascending owner-address order (the Safe refuses any other
 * order).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type Abi,
  type Address,
  type Client,
  type Hex,
  concatHex,
  decodeAbiParameters,
  encodeFunctionData,
  getAddress,
  zeroAddress,
} from "viem";
import { type PrivateKeyAccount, privateKeyToAccount } from "viem/accounts";
import { call, getCode, readContract } from "viem/actions";
import type { Sender } from "../../chain/sender.js";

export const SAFE_VERSION = "1.4.1";

/** anvil's public test keys (never secrets) of the accounts used as Safe owners: 5, 6 and 9. */
export const OWNER_KEYS = [
  "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
  "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
  "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
] as const satisfies readonly Hex[];

const packageRoot = dirname(createRequire(import.meta.url).resolve("@safe-global/safe-contracts/package.json"));

interface Artifact {
  abi: Abi;
  bytecode: Hex;
}

function artifact(path: string): Artifact {
  const json = JSON.parse(readFileSync(join(packageRoot, "build", "artifacts", "contracts", `${path}.json`), "utf8")) as Artifact;
  return { abi: json.abi, bytecode: json.bytecode };
}

export const safeArtifacts = {
  safe: artifact("Safe.sol/Safe"),
  proxyFactory: artifact("proxies/SafeProxyFactory.sol/SafeProxyFactory"),
  fallbackHandler: artifact("handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler"),
  multiSendCallOnly: artifact("libraries/MultiSendCallOnly.sol/MultiSendCallOnly"),
};
export const safeAbi = safeArtifacts.safe.abi;

export interface SafeSingletons {
  singleton: Address;
  proxyFactory: Address;
  fallbackHandler: Address;
  multiSendCallOnly: Address;
}

/** Deploys the four Safe 1.4.1 contracts from `from` (any funded account; its nonces decide the addresses). */
export async function deploySafeSingletons(tx: Sender, from: Address): Promise<SafeSingletons> {
  const singleton = await tx.deploy(from, safeArtifacts.safe.bytecode, "Safe 1.4.1 singleton");
  const proxyFactory = await tx.deploy(from, safeArtifacts.proxyFactory.bytecode, "SafeProxyFactory 1.4.1");
  const fallbackHandler = await tx.deploy(from, safeArtifacts.fallbackHandler.bytecode, "CompatibilityFallbackHandler 1.4.1");
  const multiSendCallOnly = await tx.deploy(from, safeArtifacts.multiSendCallOnly.bytecode, "MultiSendCallOnly 1.4.1");
  return { singleton, proxyFactory, fallbackHandler, multiSendCallOnly };
}

/**
 * A Safe proxy of `singletons.singleton`, set up with `owners`, `threshold` and the CompatibilityFallbackHandler
 * (`createProxyWithNonce(singleton, setup(…), saltNonce)`).
 */
export async function createSafe(
  client: Client,
  tx: Sender,
  from: Address,
  singletons: SafeSingletons,
  owners: readonly Address[],
  threshold: number,
  saltNonce = 0n,
): Promise<Address> {
  const setup = encodeFunctionData({
    abi: safeAbi,
    functionName: "setup",
    args: [owners, BigInt(threshold), zeroAddress, "0x", singletons.fallbackHandler, zeroAddress, 0n, zeroAddress],
  });
  const data = encodeFunctionData({
    abi: safeArtifacts.proxyFactory.abi,
    functionName: "createProxyWithNonce",
    args: [singletons.singleton, setup, saltNonce],
  });
  // the proxy's address is a CREATE2 of the factory: the call's return value, then the same call is sent
  const { data: returned } = await call(client, { account: from, to: singletons.proxyFactory, data });
  if (returned === undefined) throw new Error("createProxyWithNonce returned nothing");
  const [proxy] = decodeAbiParameters([{ type: "address" }], returned);
  await tx.send(from, singletons.proxyFactory, data, "SafeProxyFactory.createProxyWithNonce");
  if ((await getCode(client, { address: proxy })) === undefined) throw new Error(`no Safe proxy at ${proxy}`);
  return getAddress(proxy);
}

/** A 2-of-3 Safe of anvil accounts 5, 6 and 9 with the fallback handler, on freshly deployed Safe 1.4.1 contracts. */
export async function deployTwoOfThreeSafe(
  client: Client,
  tx: Sender,
  from: Address,
): Promise<{ safe: Address; singletons: SafeSingletons; owners: PrivateKeyAccount[] }> {
  const singletons = await deploySafeSingletons(tx, from);
  const owners = OWNER_KEYS.map((k) => privateKeyToAccount(k));
  const safe = await createSafe(client, tx, from, singletons, owners.map((o) => o.address), 2);
  return { safe, singletons, owners };
}

/** Owners' 65-byte signatures of `hash` (ECDSA of the hash itself, v 27/28), in the ascending owner order the Safe requires. */
export async function signHashAsOwners(hash: Hex, owners: readonly PrivateKeyAccount[]): Promise<Hex> {
  const sorted = [...owners].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
  return concatHex(await Promise.all(sorted.map((o) => o.sign({ hash }))));
}

/** The owners' EIP-712 signatures of the SafeMessage over `message` (what CompatibilityFallbackHandler checks), in owner order. */
export async function signSafeMessage(safe: Address, chainId: number, message: Hex, owners: readonly PrivateKeyAccount[]): Promise<Hex> {
  const sorted = [...owners].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
  const signatures = await Promise.all(
    sorted.map((o) =>
      o.signTypedData({
        domain: { chainId, verifyingContract: safe },
        types: { SafeMessage: [{ name: "message", type: "bytes" }] },
        primaryType: "SafeMessage",
        message: { message },
      }),
    ),
  );
  return concatHex(signatures);
}

/** A read of the Safe (`nonce`, `getThreshold`, `getTransactionHash`, `isValidSignature` through the fallback handler…). */
export function readSafe<T>(client: Client, safe: Address, functionName: string, args: readonly unknown[] = []): Promise<T> {
  return readContract(client, { address: safe, abi: safeAbi, functionName, args } as never) as Promise<T>;
}
