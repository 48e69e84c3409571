/**
 * The parts of `halo apply` around signing and resuming (reconciler/cli/commands/apply.ts): the signing key of
 * signer mode, the resume from the chain before anything is observed (apply/resume.ts), and `--impersonate` on
 * an anvil devnet.
 */
import { type Address, type Client, type Hex, createClient, getAddress } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { getTransactionCount } from "viem/actions";
import { pendingTransactionsOf, uniqueAddresses } from "../../apply/recover.js";
import { type ResumeReport, awaitInFlight, resumeFromChain } from "../../apply/resume.js";
import { SpellError, assertAnvilDevnet } from "../../apply/spell.js";
import type { Journal } from "../../apply/journal.js";
import { rpcTransport } from "../../chain/rpc.js";
import type { Plan } from "../../plan/planner.js";
import { InputError } from "../../errors.js";
import { type CliIo, progress } from "../io.js";
import type { ReconcileContext } from "./plan.js";

export interface ResumeOptions {
  replacePending?: boolean;
}

export interface ResumeHooks {
  onWait?: (unit: string, hash: Hex) => void;
}

/** The signing key of signer mode (`$HALO_SIGNER_KEY` or the network's `apply.privateKeyEnv`), checked, never echoed. */
export function signerKey(ctx: ReconcileContext, io: CliIo): Hex | undefined {
  const keyEnv =
    ctx.network.apply.mode === "signer" ? (ctx.network.apply.privateKeyEnv ?? "HALO_SIGNER_KEY") : "HALO_SIGNER_KEY";
  const key = io.env[keyEnv] ?? "";
  if (key !== "" && !/^0x[0-9a-fA-F]{64}$/.test(key))
    throw new InputError(`$${keyEnv} is set but is not a 32-byte hex private key (0x + 64 hex digits)`, {
      code: "input.key",
    });
  return key === "" ? undefined : (key as Hex);
}

/**
 * Before anything is observed: settle the plan's transactions an earlier run left pending, and journal what the
 * chain shows this plan already did when its journal is gone (apply/resume.ts). Skipped (for the checks after it
 * to report) when the node cannot be reached or serves another chain.
 */
export async function resumeSaved(
  ctx: ReconcileContext,
  io: CliIo,
  plan: Plan,
  journal: Journal,
  options: ResumeOptions,
  hooks: ResumeHooks,
  mode: string,
): Promise<ResumeReport> {
  const none: ResumeReport = { started: false, recovered: [], notes: [] };
  const timelock = ctx.network.addresses.timelock;
  if (timelock === undefined) return none;
  const client = createClient({ transport: rpcTransport(ctx.network.rpcUrl) });
  let chainId: number;
  let held: Address[] = [];
  try {
    chainId = Number(await client.request({ method: "eth_chainId" } as never));
    held = ((await client.request({ method: "eth_accounts" } as never).catch(() => [])) as string[]).map((a) => getAddress(a));
  } catch {
    return none;
  }
  if (chainId !== plan.chainId || chainId !== ctx.network.chainId) return none;
  const key = mode === "signer" ? signerKey(ctx, io) : undefined;
  const from = ctx.network.apply.mode === "signer" ? ctx.network.apply.from : undefined;
  const candidates = uniqueAddresses([
    key !== undefined ? privateKeyToAccount(key).address : undefined,
    from !== undefined ? getAddress(from) : undefined,
    ...plan.batches.map((b) => b.signer),
    ...(plan.batches.some((b) => b.actor === "sky-governance") ? [ctx.network.addresses.pauseProxy] : []),
    ...held,
  ]);
  progress(io, `halo: looking for this plan's transactions on chain and in the mempool (${candidates.length} account(s))…`);
  const report = await resumeFromChain({
    client,
    rpcUrl: ctx.network.rpcUrl,
    chainId,
    plan,
    journal,
    candidates,
    timelock,
    ...(key !== undefined ? { privateKey: key } : {}),
    ...(options.replacePending === true ? { replace: true } : {}),
    note: (line) => progress(io, line),
    ...(hooks.onWait !== undefined ? { onWait: hooks.onWait } : {}),
  });
  for (const n of report.notes) progress(io, `halo: ${n}`);
  if (report.recovered.length > 0)
    progress(io, `halo: recovered from the chain: ${report.recovered.join(", ")}`);
  return report;
}

/** `--impersonate`: on an anvil devnet and without a key, a planned signer the node does not hold is impersonated. */
export async function devnetImpersonation(
  client: Client,
  io: CliIo,
  key: string,
): Promise<(address: Address) => Promise<Address>> {
  if (key !== "")
    throw new InputError("--impersonate signs through the node: unset the signing key to use it", { code: "input.impersonate" });
  try {
    await assertAnvilDevnet(client);
  } catch (error) {
    throw new InputError(`--impersonate: ${error instanceof SpellError ? "this RPC is not a local anvil devnet" : String(error)}`, {
      code: "input.impersonate",
      hint: "impersonation exists only on anvil; on a real network the signer's key (or its Safe) must sign",
    });
  }
  return async (address) => {
    await client.request({ method: "anvil_impersonateAccount", params: [getAddress(address)] } as never);
    const balance = BigInt((await client.request({ method: "eth_getBalance", params: [getAddress(address), "latest"] } as never)) as string);
    if (balance < 10n ** 18n)
      await client.request({ method: "anvil_setBalance", params: [getAddress(address), "0x56bc75e2d63100000"] } as never);
    progress(io, `halo: signing as ${getAddress(address)} by anvil impersonation (--impersonate)`);
    return getAddress(address);
  };
}

/**
 * `halo apply` without a saved plan: before planning, wait for the signing accounts' transactions still in the
 * mempool (a killed apply's), so the new plan sees their effect instead of planning them a second time.
 */
export async function settleMempool(
  ctx: ReconcileContext,
  io: CliIo,
  options: ResumeOptions,
  hooks: ResumeHooks,
  mode: string,
): Promise<number> {
  const client = createClient({ transport: rpcTransport(ctx.network.rpcUrl) });
  let held: Address[];
  try {
    const chainId = Number(await client.request({ method: "eth_chainId" } as never));
    if (chainId !== ctx.network.chainId) return 0;
    held = ((await client.request({ method: "eth_accounts" } as never).catch(() => [])) as string[]).map((a) => getAddress(a));
  } catch {
    return 0; // observing reports the RPC failure
  }
  const key = mode === "signer" ? signerKey(ctx, io) : undefined;
  const from = ctx.network.apply.mode === "signer" ? ctx.network.apply.from : undefined;
  const candidates = uniqueAddresses([
    key !== undefined ? privateKeyToAccount(key).address : undefined,
    from !== undefined ? getAddress(from) : undefined,
    ctx.network.addresses.pauseProxy,
    ...held,
  ]);
  let settled = 0;
  for (const address of candidates) {
    const [latest, pending] = await Promise.all([
      getTransactionCount(client, { address, blockTag: "latest" }),
      getTransactionCount(client, { address, blockTag: "pending" }),
    ]);
    if (pending <= latest) continue;
    for (const seen of await pendingTransactionsOf(client, address)) {
      await awaitInFlight(
        {
          client,
          rpcUrl: ctx.network.rpcUrl,
          chainId: ctx.network.chainId,
          ...(key !== undefined ? { privateKey: key } : {}),
          ...(options.replacePending === true ? { replace: true } : {}),
          note: (line) => progress(io, line),
          ...(hooks.onWait !== undefined ? { onWait: hooks.onWait } : {}),
        },
        `${address} nonce ${seen.nonce}`,
        seen,
      );
      settled++;
    }
  }
  return settled;
}
