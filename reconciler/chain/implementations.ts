/**
 * Fresh implementation contracts for a template v2 on a devnet (`halo devnet implementations`, the demo): deploys
 * new copies of a template kind's implementation contracts from the committed bytecode and returns each address
 * with its runtime code hash (`extcodehash`), ready for `proposal.implementations` in templates.yaml.
 *
 * Honest about what it is: the bytecode is the same as v1's, so the code hashes equal v1's; the addresses differ.
 * A real v2 deploys audited new code the same way, and the plan checks whatever hash it has.
 */
import { type Address, type Client, type Hex, keccak256 } from "viem";
import { getCode } from "viem/actions";
import * as abi from "../abi/index.js";
import { COMPONENT } from "./names.js";
import type { Sender } from "./sender.js";

export type ComponentName = (typeof COMPONENT)[keyof typeof COMPONENT];

/** Each template component's implementation bytecode (the devnet deploys these; template v2 deploys fresh copies). */
export const IMPLEMENTATION_BYTECODE: Record<ComponentName, Hex> = {
  ALMProxy: abi.almProxyBytecode,
  RateLimits: abi.rateLimitsBytecode,
  HaloController: abi.haloControllerBytecode,
  NfatFacility: abi.nfatFacilityBytecode,
  NfatDealToken: abi.nfatDealTokenBytecode,
  NfatRedeem: abi.nfatRedeemBytecode,
  HaloShareToken: abi.haloShareTokenBytecode,
  SubscribeQueue: abi.subscribeQueueBytecode,
  RedeemQueue: abi.redeemQueueBytecode,
};

/** The components of each template kind (chain/templates.ts: the v1 specs), class components first. */
export const KIND_COMPONENTS: Record<"portfolio-lcts" | "term-nfat", readonly ComponentName[]> = {
  "portfolio-lcts": ["ALMProxy", "RateLimits", "HaloController", "HaloShareToken", "SubscribeQueue", "RedeemQueue"],
  "term-nfat": ["ALMProxy", "RateLimits", "HaloController", "NfatFacility", "NfatDealToken", "NfatRedeem"],
};

export type DeployedImplementations = Partial<Record<ComponentName, { address: Address; codeHash: Hex }>>;

/**
 * Deploys one fresh copy of each named implementation from `from` (the devnet's first ones, template v2's fresh
 * copies); returns their addresses and code hashes. `what` names a deployment in errors.
 */
export async function deployImplementations(
  client: Client,
  tx: Sender,
  from: Address,
  names: readonly ComponentName[],
  what: (name: ComponentName) => string = (name) => `${name} implementation (template v2)`,
): Promise<DeployedImplementations> {
  const out: DeployedImplementations = {};
  for (const name of names) {
    const address = await tx.deploy(from, IMPLEMENTATION_BYTECODE[name], what(name));
    const code = await getCode(client, { address });
    if (code === undefined || code === "0x") throw new Error(`no code at the new ${name} implementation ${address}`);
    out[name] = { address, codeHash: keccak256(code) };
  }
  return out;
}

/** The `implementations:` block of a templates.yaml proposal (indented for a proposal at `    proposal:`). */
export function implementationsYaml(impls: DeployedImplementations, indent = "      "): string {
  const lines = [`${indent}implementations:`];
  for (const [name, v] of Object.entries(impls)) lines.push(`${indent}  ${name}: { address: "${v.address}", codeHash: "${v.codeHash}" }`);
  return `${lines.join("\n")}\n`;
}
