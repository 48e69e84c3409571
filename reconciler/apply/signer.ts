/**
 * Sending a plan's batches from the accounts that must sign them (`halo apply --mode signer`).
 *
 * Who signs what:
 * - with a private key (`HALO_SIGNER_KEY`, or the network's `apply.privateKeyEnv`), that one account sends
 *   every due batch; a batch that names another signer (a class's GovOps, the DEPLOYER the addresses were
 *   predicted for) is refused before anything is sent;
 * - without a key (a local node whose accounts are unlocked, e.g. anvil), each actor maps to an account the
 *   node holds (`eth_accounts`): `deployer` and `govops` → the batch's signer (the DEPLOYER / REGISTRAR the
 *   plan was made for; the class's declared GovOps), `core-council-timelocked` → a PROPOSER of the PAS
 *   Timelock for `scheduleBatch`, `apply.from` (else the first account) for the permissionless `executeBatch`,
 *   `core-council-direct` → an account holding BeamState's IMMEDIATE role (the configured `apply.from` first
 *   when it holds the role);
 * - `sky-governance` (a spell) is sent only through the `spell` sender the caller passes: on a local anvil
 *   devnet, the PauseProxy impersonated (apply/spell.ts); anywhere else it is refused (write the payload).
 *
 * Every transaction is simulated with `eth_call` from its sender first; a revert is reported with the
 * decoded custom error and nothing is sent.
 */
import {
  type Abi,
  type Address,
  type Client,
  type Hex,
  createWalletClient,
  decodeErrorResult,
  defineChain,
  getAddress,
  toHex,
} from "viem";
import { gasLimitFor } from "../chain/gas.js";
import { rpcTransport } from "../chain/rpc.js";
import { privateKeyToAccount } from "viem/accounts";
import { call, estimateGas, getTransactionCount, getTransactionReceipt, readContract } from "viem/actions";
import * as abis from "../abi/index.js";
import type { Batch, Transaction } from "../model/plan-doc.js";
import { PROPOSER_ROLE, PAS_ROLE as ROLE } from "../model/roles.js";
import { pasBeamStateAbi as beamStateAbi, pasTimelockAbi as timelockAbi } from "../abi/index.js";
import type { Sender } from "./units.js";
import { ChainError } from "../errors.js";

export class SignerError extends ChainError {
  override name = "SignerError";
}

/** The chain refused a transaction before it was sent (simulation or gas estimation): `revert` is the decoded reason. */
export class RevertError extends SignerError {
  override name = "RevertError";
  constructor(
    message: string,
    readonly revert: string,
    options: ConstructorParameters<typeof SignerError>[1] = {},
  ) {
    super(message, options);
  }
}

export interface SignerRoles {
  /** Accounts holding PROPOSER_ROLE on the PAS Timelock (among those that can sign). */
  proposers: readonly Address[];
  /** Accounts holding BeamState's IMMEDIATE role (the Core Council, direct). */
  coreCouncil: readonly Address[];
}

export interface SignerOptions {
  client: Client;
  rpcUrl: string;
  chainId: number;
  /** A private key: one account sends everything. */
  privateKey?: Hex;
  /** The configured unlocked account (`apply.from`). */
  from?: Address;
  roles: SignerRoles;
  /** Where to say why a mined transaction reverted (the CLI's stderr). */
  note?: (text: string) => void;
  /** Sends a spell's calls (the PauseProxy impersonated on anvil); without it sky-governance batches are refused. */
  spell?: Sender;
  /**
   * Without a key: makes a planned signer the node does not hold usable (anvil impersonation, `--impersonate`),
   * returning it; without it such a batch is refused.
   */
  impersonate?: (address: Address) => Promise<Address>;
}

const ALL_ABIS: Abi[] = Object.entries(abis)
  .filter(([name]) => name.endsWith("Abi"))
  .map(([, v]) => v as Abi);

/** The custom error of a revert, decoded with every ABI of the system, or the raw message. */
export function describeRevert(error: unknown): string {
  let data: Hex | undefined;
  let e: unknown = error;
  for (let i = 0; i < 8 && e !== undefined && e !== null; i++) {
    const d = (e as { data?: unknown }).data;
    if (typeof d === "string" && d.startsWith("0x")) data = d as Hex;
    else if (d !== null && typeof d === "object" && typeof (d as { data?: unknown }).data === "string")
      data = (d as { data: Hex }).data;
    if (data !== undefined) break;
    e = (e as { cause?: unknown }).cause;
  }
  if (data !== undefined && data.length >= 10) {
    for (const abi of ALL_ABIS) {
      try {
        const r = decodeErrorResult({ abi, data });
        return `${r.errorName}(${(r.args ?? []).map((a) => String(a)).join(", ")})`;
      } catch {
        // not this ABI's error
      }
    }
    return `revert data ${data}`;
  }
  const msg =
    error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error);
  return msg.split("\n")[0]!;
}

function rpcSender(
  client: Client,
  address: Address,
  send: (tx: Transaction, nonce: number) => Promise<Hex>,
  note: (text: string) => void = () => {},
): Sender {
  const last = new Map<Hex, Transaction>();
  return {
    address,
    nonce: () => getTransactionCount(client, { address, blockTag: "pending" }),
    send: async (tx, nonce) => {
      try {
        await call(client, { account: address, to: tx.to, data: tx.data, value: tx.value });
      } catch (error) {
        const revert = describeRevert(error);
        throw new RevertError(`simulation from ${address} to ${tx.to} reverted: ${revert}; nothing was sent`, revert, {
          code: "chain.simulation-reverted",
          cause: error,
        });
      }
      const hash = await send(tx, nonce);
      last.set(hash, tx);
      return hash;
    },
    wait: async (hash) => {
      for (let i = 0; i < 1200; i++) {
        try {
          const r = await getTransactionReceipt(client, { hash });
          if (r.status === "reverted") {
            // say why: replay the call on the state it ran against
            const tx = last.get(hash);
            if (tx !== undefined)
              await call(client, {
                account: address,
                to: tx.to,
                data: tx.data,
                value: tx.value,
                blockNumber: r.blockNumber - 1n,
              }).then(
                () =>
                  note(
                    `${hash} reverted (the replay on block ${r.blockNumber - 1n} passes: a time- or gas-dependent check?)\n`,
                  ),
                (error: unknown) => note(`${hash} reverted: ${describeRevert(error)}\n`),
              );
          }
          return { status: r.status, blockNumber: r.blockNumber };
        } catch {
          await new Promise((res) => setTimeout(res, 100));
        }
      }
      throw new SignerError(`no receipt for ${hash} after 120 s`);
    },
  };
}

/** The node's estimate with chain/gas.ts's margin (the one gas limit rule). */
async function gasFor(client: Client, from: Address, tx: Transaction): Promise<bigint> {
  let estimate: bigint;
  try {
    estimate = await estimateGas(client, { account: from, to: tx.to, data: tx.data, value: tx.value });
  } catch (error) {
    const revert = describeRevert(error);
    throw new RevertError(`gas estimation from ${from} to ${tx.to} failed: ${revert}; nothing was sent`, revert, {
      code: "chain.estimate-gas",
      hint: "run `halo plan` to see what the chain holds now",
      cause: error,
    });
  }
  return gasLimitFor(estimate);
}

function spellProblem(b: Batch): string {
  return `${b.id} (sky-governance) is an executive spell: only Sky's PauseProxy can execute it. Use --mode timelock to write the spell payload (JSON + Solidity) for a spell author; on a local anvil devnet, configure the PauseProxy to have halo apply impersonate it`;
}

/** A wallet that signs with `privateKey` on the chain `rpcUrl` serves (used by apply's senders and by resume). */
export function keyWallet(privateKey: Hex, chainId: number, rpcUrl: string) {
  const account = privateKeyToAccount(privateKey);
  const chain = defineChain({
    id: chainId,
    name: `chain ${chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  return { account, chain, wallet: createWalletClient({ account, chain, transport: rpcTransport(rpcUrl) }) };
}

/** Resolves one `Sender` per due batch, or throws naming every batch nobody available can sign. */
export async function sendersFor(batches: readonly Batch[], o: SignerOptions): Promise<Map<string, Sender>> {
  const out = new Map<string, Sender>();
  const problems: string[] = [];
  if (o.privateKey !== undefined) {
    const { account, chain, wallet } = keyWallet(o.privateKey, o.chainId, o.rpcUrl);
    const sender = rpcSender(
      o.client,
      account.address,
      async (tx, nonce) =>
        wallet.sendTransaction({
          to: tx.to,
          data: tx.data,
          value: tx.value,
          nonce,
          account,
          chain,
          gas: await gasFor(o.client, account.address, tx),
        }),
      o.note,
    );
    for (const b of batches) {
      if (b.actor === "sky-governance") {
        if (o.spell !== undefined) out.set(b.id, o.spell);
        else problems.push(spellProblem(b));
        continue;
      }
      if (b.signer !== undefined && b.signer.toLowerCase() !== account.address.toLowerCase())
        problems.push(`${b.id} (${b.actor}) must be signed by ${b.signer}, but the key is ${account.address}`);
      out.set(b.id, sender);
    }
  } else {
    const held = ((await o.client.request({ method: "eth_accounts" } as never)) as string[]).map((a) => getAddress(a));
    const holds = (a: Address) => held.some((h) => h.toLowerCase() === a.toLowerCase());
    const pick = (candidates: readonly Address[]) => {
      if (o.from !== undefined && candidates.some((c) => c.toLowerCase() === o.from!.toLowerCase()) && holds(o.from))
        return getAddress(o.from);
      return candidates.map((c) => getAddress(c)).find(holds);
    };
    const senders = new Map<string, Sender>();
    const senderOf = (address: Address) => {
      const key = address.toLowerCase();
      if (!senders.has(key))
        senders.set(
          key,
          rpcSender(
            o.client,
            address,
            async (tx, nonce) =>
              o.client.request({
                method: "eth_sendTransaction",
                params: [
                  {
                    from: address,
                    to: tx.to,
                    data: tx.data,
                    value: toHex(tx.value),
                    nonce: toHex(nonce),
                    gas: toHex(await gasFor(o.client, address, tx)),
                  },
                ],
              } as never) as Promise<Hex>,
            o.note,
          ),
        );
      return senders.get(key)!;
    };
    for (const b of batches) {
      if (b.actor === "sky-governance") {
        if (o.spell !== undefined) out.set(b.id, o.spell);
        else problems.push(spellProblem(b));
        continue;
      }
      let who: Address | undefined;
      if (b.signer !== undefined)
        who = holds(b.signer) ? getAddress(b.signer) : o.impersonate !== undefined ? await o.impersonate(b.signer) : undefined;
      else if (b.kind === "timelock-schedule") who = pick(o.roles.proposers);
      else if (b.actor === "core-council-direct") who = pick(o.roles.coreCouncil);
      else who = o.from !== undefined && holds(o.from) ? getAddress(o.from) : held[0];
      if (who === undefined) {
        const wanted =
          b.signer ??
          (b.kind === "timelock-schedule"
            ? "a PROPOSER of the PAS Timelock"
            : b.actor === "core-council-direct"
              ? "the Core Council's BeamState IMMEDIATE-role account"
              : "any account");
        problems.push(
          `${b.id} (${b.actor}) must be signed by ${wanted}, which this node does not hold (unlocked: ${held.length} accounts)`,
        );
        continue;
      }
      out.set(b.id, senderOf(who));
    }
  }
  if (problems.length > 0)
    throw new SignerError(
      `cannot sign every due batch; nothing was sent:\n  ${problems.join("\n  ")}\nUse the right key, or --mode timelock / --mode safe to write payloads for the signers (on an anvil devnet: --impersonate signs as an address without its key).`,
    );
  return out;
}

/**
 * Which of the node's unlocked accounts (`eth_accounts`, or the key's account) may sign for the Core Council:
 * PROPOSER_ROLE on the PAS Timelock, BeamState's IMMEDIATE role. Neither contract enumerates its holders.
 */
export async function councilRoles(
  client: Client,
  system: { timelock: Address; beamState: Address },
  candidates?: readonly Address[],
): Promise<SignerRoles> {
  const accounts =
    candidates ?? ((await client.request({ method: "eth_accounts" } as never).catch(() => [])) as string[]).map((a) => getAddress(a));
  const checks = await Promise.all(
    accounts.map(async (a) => {
      const [proposer, direct] = await Promise.all([
        readContract(client, { address: system.timelock, abi: timelockAbi, functionName: "hasRole", args: [PROPOSER_ROLE, a] }).catch(() => false),
        readContract(client, { address: system.beamState, abi: beamStateAbi, functionName: "hasUserRole", args: [a, ROLE.IMMEDIATE] }).catch(
          () => false,
        ),
      ]);
      return { a, proposer, direct };
    }),
  );
  return { proposers: checks.filter((c) => c.proposer).map((c) => c.a), coreCouncil: checks.filter((c) => c.direct).map((c) => c.a) };
}
