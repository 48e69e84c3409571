/**
 * Sending transactions on a devnet from JSON-RPC accounts (anvil's unlocked or impersonated accounts), linking
 * library addresses into creation bytecode, and moving anvil's clock. Used by the devnet deployment, the PAS spell
 * and the tests.
 */
import { type Abi, type Address, type Client, type Hex, encodeDeployData, encodeFunctionData, getAddress } from "viem";
import { getTransactionReceipt } from "viem/actions";
import { gasLimitFor } from "./gas.js";

/** Write `bytecode` with every library placeholder replaced by the library's address. */
export function linkBytecode(
  bytecode: Hex,
  references: Readonly<Record<string, readonly number[]>>,
  libraries: Record<string, Address>,
): Hex {
  let out = bytecode.slice(2);
  for (const [name, offsets] of Object.entries(references)) {
    const address = libraries[name];
    if (address === undefined) throw new Error(`library ${name} has no address to link`);
    const hex = address.slice(2).toLowerCase();
    for (const offset of offsets) out = out.slice(0, offset * 2) + hex + out.slice(offset * 2 + 40);
  }
  if (out.includes("__$")) throw new Error("bytecode still has unlinked library placeholders");
  return `0x${out}`;
}

/** A thin sender over JSON-RPC accounts (anvil's unlocked or impersonated accounts). */
export class Sender {
  private readonly held = new Set<string>();
  private impersonating = false;
  constructor(readonly client: Client) {}

  async init(): Promise<void> {
    const accounts = (await this.client.request({ method: "eth_accounts" })) as Address[];
    for (const a of accounts) this.held.add(a.toLowerCase());
  }

  get firstAccount(): Address {
    const first = [...this.held][0];
    if (first === undefined) throw new Error("the node holds no account: pass `deployer` explicitly");
    return getAddress(first);
  }

  /** Make `who` usable as a sender: anvil impersonation (and 100 ETH) for accounts the node does not hold. */
  async ensure(who: Address): Promise<void> {
    if (this.held.has(who.toLowerCase())) return;
    await this.client.request({ method: "anvil_impersonateAccount" as never, params: [who] as never });
    await this.client.request({ method: "anvil_setBalance" as never, params: [who, "0x56bc75e2d63100000"] as never });
    this.held.add(who.toLowerCase());
    this.impersonating = true;
  }

  private blockGasLimit: bigint | undefined;

  get usedImpersonation(): boolean {
    return this.impersonating;
  }

  /** Send a transaction and return its receipt; a reverted transaction throws with `what`. */
  async send(
    from: Address,
    to: Address | undefined,
    data: Hex,
    what: string,
  ): Promise<{ contractAddress: Address | null; blockNumber: bigint }> {
    await this.ensure(from);
    const tx: Record<string, string> = { from, data };
    if (to !== undefined) tx.to = to;
    let hash: Hex;
    try {
      // The limit follows chain/gas.ts's one rule (estimate with a margin, capped at the block's limit).
      // (A transaction the estimate refuses is sent without a limit: the node's refusal, as before, is the error.)
      const estimate = await this.client
        .request({ method: "eth_estimateGas", params: [tx] } as never)
        .then((g) => BigInt(g as Hex))
        .catch(() => undefined);
      if (estimate !== undefined) {
        this.blockGasLimit ??= BigInt(
          ((await this.client.request({ method: "eth_getBlockByNumber", params: ["latest", false] } as never)) as { gasLimit: Hex }).gasLimit,
        );
        tx.gas = `0x${gasLimitFor(estimate, this.blockGasLimit).toString(16)}`;
      }
      hash = (await this.client.request({ method: "eth_sendTransaction", params: [tx] } as never)) as Hex;
    } catch (error) {
      throw new Error(`${what}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
    for (let attempt = 0; ; attempt++) {
      const receipt = await getTransactionReceipt(this.client, { hash }).catch(() => undefined);
      if (receipt !== undefined) {
        if (receipt.status !== "success") throw new Error(`${what}: transaction ${hash} reverted`);
        return { contractAddress: receipt.contractAddress ?? null, blockNumber: receipt.blockNumber };
      }
      if (attempt > 600) throw new Error(`${what}: no receipt for ${hash} after 30 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async deploy(
    from: Address,
    bytecode: Hex,
    what: string,
    constructor?: { abi: Abi; args: readonly unknown[] },
  ): Promise<Address> {
    const data =
      constructor === undefined
        ? bytecode
        : encodeDeployData({ abi: constructor.abi, bytecode, args: constructor.args });
    const { contractAddress } = await this.send(from, undefined, data, `deploy ${what}`);
    if (contractAddress === null) throw new Error(`deploy ${what}: the receipt has no contract address`);
    return getAddress(contractAddress);
  }

  /** Call `functionName` on `to` as `from`; resolves to the block it was mined in. */
  async call(
    from: Address,
    to: Address,
    contractAbi: Abi,
    functionName: string,
    args: readonly unknown[],
    what?: string,
  ): Promise<bigint> {
    const data = encodeFunctionData({ abi: contractAbi, functionName, args } as never);
    const { blockNumber } = await this.send(from, to, data, what ?? functionName);
    return blockNumber;
  }
}

/** Move anvil's clock forward by `seconds` and mine a block (timelock delays, SORL hops). */
export async function increaseTime(client: Client, seconds: bigint): Promise<void> {
  await client.request({ method: "evm_increaseTime" as never, params: [`0x${seconds.toString(16)}`] as never });
  await client.request({ method: "evm_mine" as never, params: [] as never });
}

