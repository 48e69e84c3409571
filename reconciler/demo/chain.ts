/** Small chain helpers the demo's steps share: raw anvil RPC, the clock, and registry look-ups. */
import type { Address, Client, Hex } from "viem";
import { readContract } from "viem/actions";
import { haloRegistryAbi, mockERC20Abi } from "../abi/index.js";
import { fromBytes32Name, toBytes32Name } from "../chain/names.js";
import type { Sender, SystemDeployment } from "../chain/system.js";

export const E18 = 10n ** 18n;
export const DAY = 86_400n;

export interface DemoChain {
  client: Client;
  tx: Sender;
  d: SystemDeployment;
  rpc<T = unknown>(method: string, params?: unknown[]): Promise<T>;
  /** Move the chain's clock forward and mine a block (anvil's evm_increaseTime + evm_mine). */
  warp(seconds: bigint): Promise<void>;
  head(): Promise<{ number: bigint; timestamp: bigint }>;
}

export function demoChain(client: Client, tx: Sender, d: SystemDeployment): DemoChain {
  const rpc = async <T>(method: string, params: unknown[] = []) => (await client.request({ method, params } as never)) as T;
  return {
    client,
    tx,
    d,
    rpc,
    async warp(seconds) {
      await rpc("evm_increaseTime", [Number(seconds)]);
      await rpc("evm_mine");
    },
    async head() {
      const b = await rpc<{ number: Hex; timestamp: Hex }>("eth_getBlockByNumber", ["latest", false]);
      return { number: BigInt(b.number), timestamp: BigInt(b.timestamp) };
    },
  };
}

interface Named {
  name: Hex;
  addr: Address;
}

/** A class's or unit's contracts by name (`ALMProxy`, `SubscribeQueue`, …) from the HaloRegistry. */
export async function registryContracts(c: DemoChain, kind: "getClass" | "getUnit", id: string): Promise<Record<string, Address>> {
  const rec = (await readContract(c.client, {
    address: c.d.addresses.haloRegistry,
    abi: haloRegistryAbi,
    functionName: kind,
    args: [toBytes32Name(id)],
  })) as unknown as { contracts: readonly Named[]; almProxy?: Address; controller?: Address; rateLimits?: Address };
  const out: Record<string, Address> = Object.fromEntries(rec.contracts.map((x) => [fromBytes32Name(x.name), x.addr]));
  if (rec.almProxy !== undefined) out.ALMProxy = rec.almProxy;
  if (rec.controller !== undefined) out.HaloController = rec.controller;
  if (rec.rateLimits !== undefined) out.RateLimits = rec.rateLimits;
  return out;
}

export async function balanceOf(c: DemoChain, token: Address, who: Address): Promise<bigint> {
  return (await readContract(c.client, { address: token, abi: mockERC20Abi, functionName: "balanceOf", args: [who] })) as bigint;
}

/** Mock sUSDS for `who` (the devnet's deposit asset lets anyone mint) and an allowance for `spender`. */
export async function fundAndApprove(c: DemoChain, who: Address, spender: Address, amount: bigint): Promise<void> {
  const asset = c.d.depositAsset;
  if (asset === undefined) throw new Error("the devnet has no deposit asset (deploySystem ran with depositAsset: false)");
  await c.tx.call(c.d.accounts.deployer, asset, mockERC20Abi, "mint", [who, amount], `mint sUSDS for ${who}`);
  await c.tx.call(who, asset, mockERC20Abi, "approve", [spender, amount], `approve ${spender}`);
}

/** 1234567e18 → "1,234,567" (whole units; the demo's amounts are whole). */
export function units(amount: bigint): string {
  const whole = amount / E18;
  const frac = amount % E18;
  const s = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (frac === 0n) return s;
  return `${s}.${(frac * 100n / E18).toString().padStart(2, "0")}`;
}
