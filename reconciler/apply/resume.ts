/**
 * Resuming a saved plan from the chain: before `halo apply` observes and preflights, it settles what an earlier,
 * interrupted apply left in flight and journals what the chain shows done (apply/recover.ts), so that
 * - a transaction still in the mempool is waited for (or, with `--replace-pending`, replaced by the same
 *   calldata at the same nonce with a higher fee) and never sent a second time;
 * - a plan half-applied by a run whose journal is gone (a fresh CI runner) resumes where it stopped instead of
 *   being refused as stale;
 * - a transaction the journal holds as sent whose receipt is missing is waited for while the node still has it.
 */
import { type Address, type Client, type Hex, getAddress, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { estimateFeesPerGas, getGasPrice, getTransaction, getTransactionCount, getTransactionReceipt } from "viem/actions";
import type { Plan } from "../model/plan-doc.js";
import { InDoubtError } from "./chain-check.js";
import type { Journal } from "./journal.js";
import { keyWallet } from "./signer.js";
import { type SeenTx, pendingTransactionsOf, planStarted, recoverFromChain, toSeen } from "./recover.js";
import { ChainError } from "../errors.js";

/** How long a pending transaction is waited for before apply stops (and suggests --replace-pending). */
export const DEFAULT_PENDING_TIMEOUT_MS = 600_000;

export interface InFlightOptions {
  client: Client;
  rpcUrl: string;
  chainId: number;
  /** A signing key (its account may replace its own transactions). */
  privateKey?: Hex;
  /** Replace a pending transaction (same nonce and calldata, higher fee) instead of only waiting. */
  replace?: boolean;
  timeoutMs?: number;
  /** Progress lines (stderr). */
  note?: (line: string) => void;
  /** Test seam: called once a pending transaction is being waited for. */
  onWait?: (unit: string, hash: Hex) => void;
}

export interface Settled {
  status: "success" | "reverted";
  txHash: Hex;
  blockNumber: bigint;
}

const bump = (v: bigint) => (v * 125n) / 100n + 1n;

/** The fees of a replacement: 25 % above the original (nodes want ≥ 10 %), and at least what the chain asks now. */
export async function replacementFees(
  client: Client,
  seen: SeenTx,
): Promise<{ maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }> {
  let current = { maxFeePerGas: 0n, maxPriorityFeePerGas: 0n };
  try {
    const f = await estimateFeesPerGas(client);
    current = { maxFeePerGas: f.maxFeePerGas, maxPriorityFeePerGas: f.maxPriorityFeePerGas };
  } catch {
    const p = await getGasPrice(client);
    current = { maxFeePerGas: p, maxPriorityFeePerGas: p };
  }
  const maxFee = bump(seen.maxFeePerGas ?? seen.gasPrice ?? 0n);
  const tip = bump(seen.maxPriorityFeePerGas ?? seen.gasPrice ?? 0n);
  const maxPriorityFeePerGas = tip > current.maxPriorityFeePerGas ? tip : current.maxPriorityFeePerGas;
  const maxFeePerGas = [maxFee, current.maxFeePerGas, maxPriorityFeePerGas].reduce((a, b) => (a > b ? a : b));
  return { maxFeePerGas, maxPriorityFeePerGas };
}

/**
 * Sends `seen` again (same sender, nonce, target, value, calldata and gas limit) with higher fees: with the key
 * when it is the sender's, else through the node (an unlocked or impersonated account).
 */
export async function replaceTransaction(o: InFlightOptions, seen: SeenTx): Promise<Hex> {
  const fees = await replacementFees(o.client, seen);
  const gas = seen.gas;
  if (o.privateKey !== undefined && privateKeyToAccount(o.privateKey).address.toLowerCase() === seen.from.toLowerCase()) {
    const { account, chain, wallet } = keyWallet(o.privateKey, o.chainId, o.rpcUrl);
    return wallet.sendTransaction({
      account,
      chain,
      to: seen.to ?? undefined,
      value: seen.value,
      data: seen.input,
      nonce: seen.nonce,
      ...(gas !== undefined ? { gas } : {}),
      ...fees,
    });
  }
  return (await o.client.request({
    method: "eth_sendTransaction",
    params: [
      {
        from: seen.from,
        ...(seen.to !== null ? { to: seen.to } : {}),
        value: toHex(seen.value),
        data: seen.input,
        nonce: toHex(seen.nonce),
        ...(gas !== undefined ? { gas: toHex(gas) } : {}),
        maxFeePerGas: toHex(fees.maxFeePerGas),
        maxPriorityFeePerGas: toHex(fees.maxPriorityFeePerGas),
      },
    ],
  } as never)) as Hex;
}

/**
 * Waits until `seen` (or its replacement) is mined. Stops with an error naming the nonce when another transaction
 * took that nonce, or after the timeout (nothing is sent: run apply again, or with --replace-pending).
 */
export async function awaitInFlight(o: InFlightOptions, unit: string, seen: SeenTx): Promise<Settled> {
  const hashes: Hex[] = [seen.hash];
  o.note?.(`halo: ${unit}: ${seen.hash} (nonce ${seen.nonce} of ${seen.from}) is pending: waiting for it, not sending it again`);
  if (o.replace === true) {
    try {
      const replacement = await replaceTransaction(o, seen);
      hashes.push(replacement);
      o.note?.(`halo: ${unit}: replaced by ${replacement} (same nonce and calldata, higher fee)`);
    } catch (error) {
      // the original may have been mined in the meantime: the wait below finds it
      o.note?.(`halo: ${unit}: could not replace ${seen.hash}: ${String((error as { shortMessage?: string }).shortMessage ?? error).split("\n")[0]}`);
    }
  }
  o.onWait?.(unit, hashes[hashes.length - 1]!);
  const deadline = Date.now() + (o.timeoutMs ?? DEFAULT_PENDING_TIMEOUT_MS);
  /** The first of `hashes` (the original, then its replacement) with a receipt. */
  const mined = async (): Promise<Settled | undefined> => {
    for (const hash of hashes) {
      const r = await getTransactionReceipt(o.client, { hash }).catch(() => undefined);
      if (r !== undefined) return { status: r.status, txHash: hash, blockNumber: r.blockNumber };
    }
    return undefined;
  };
  for (;;) {
    const settled = await mined();
    if (settled !== undefined) {
      o.note?.(`halo: ${unit}: ${settled.status} in block ${settled.blockNumber} (${settled.txHash})`);
      return settled;
    }
    const used = await getTransactionCount(o.client, { address: seen.from, blockTag: "latest" });
    if (used > seen.nonce) {
      // mined between the two reads, or another transaction took the nonce: one more look at the receipts
      const late = await mined();
      if (late !== undefined) return late;
      throw new InDoubtError(
        `${unit}: nonce ${seen.nonce} of ${seen.from} was taken by another transaction than ${hashes.join(" or ")}: nothing was sent`,
        { code: "chain.nonce-taken", hint: "look at the account's transactions, then run `halo plan` again" },
      );
    }
    if (Date.now() > deadline)
      throw new ChainError(
        `${unit}: ${hashes[hashes.length - 1]} (nonce ${seen.nonce} of ${seen.from}) is still pending after ${Math.round((o.timeoutMs ?? DEFAULT_PENDING_TIMEOUT_MS) / 1000)} s: nothing was sent`,
        {
          code: "chain.pending-timeout",
          hint: "run `halo apply` again to keep waiting, or with --replace-pending to resend it at a higher fee",
        },
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface ResumeOptions extends InFlightOptions {
  plan: Plan;
  journal: Journal;
  /** Accounts that may have signed the plan's transactions. */
  candidates: readonly Address[];
  timelock: Address;
}

export interface ResumeReport {
  /** The chain shows this plan was started (its journal may now say what is done). */
  started: boolean;
  /** Units journaled from the chain (mined, scheduled, or pending then mined). */
  recovered: string[];
  notes: string[];
}

const NOTE_RECOVERED = "recovered from the chain (no journal of this plan)";

/**
 * Settles the plan's in-flight transactions and, when the journal holds nothing of the plan, journals what the
 * chain shows done. Reads and waits; sends only a replacement with `replace`.
 */
export async function resumeFromChain(o: ResumeOptions): Promise<ResumeReport> {
  const { journal } = o;
  const report: ResumeReport = { started: false, recovered: [], notes: [] };
  const journaled = journal.entries().some((e) => e.type === "intent");
  if (!journaled) {
    const r = await recoverFromChain(o.client, o.plan, { candidates: o.candidates, timelock: o.timelock });
    report.notes.push(...r.notes);
    if (!planStarted(o.plan, r)) return report;
    report.started = true;
    for (const u of r.units) {
      if (u.kind === "timelock") {
        const kind = o.plan.batches.find((b) => b.id === u.unit)?.kind === "timelock-execute" ? "timelock-execute" : "timelock-schedule";
        journal.recordIntent(u.unit, kind, { timelockOperationId: u.operationId });
        journal.recordResult(u.unit, { status: "already-done", note: `${u.note}; ${NOTE_RECOVERED}` });
      } else {
        journal.recordIntent(u.unit, "transaction", { tx: u.tx });
        journal.recordSent(u.unit, u.seen.hash);
        const settled =
          u.kind === "mined" ? { status: u.status, txHash: u.seen.hash, blockNumber: u.blockNumber } : await awaitInFlight(o, u.unit, u.seen);
        journal.recordResult(u.unit, {
          status: settled.status,
          txHash: settled.txHash,
          blockNumber: settled.blockNumber.toString(),
          note: u.kind === "mined" ? NOTE_RECOVERED : `${NOTE_RECOVERED}: was pending, waited for`,
        });
      }
      report.recovered.push(u.unit);
    }
    return report;
  }
  // a journal with a unit sent but not settled: wait while the node still has the transaction
  const units = new Set(journal.entries().flatMap((e) => (e.type === "intent" ? [e.unit] : [])));
  for (const unit of units) {
    const s = journal.state(unit);
    if (s.status !== "in-doubt" || s.intent.tx?.from === undefined || s.intent.tx.nonce === undefined) continue;
    const { from, nonce } = s.intent.tx;
    let seen: SeenTx | undefined;
    if (s.txHash !== undefined) {
      const tx = await getTransaction(o.client, { hash: s.txHash }).catch(() => undefined);
      if (tx !== undefined && tx.blockNumber === null) seen = toSeen(tx as never);
    } else {
      // the hash was never journaled (killed inside the send): the mempool may still hold it at its nonce
      const pool = await pendingTransactionsOf(o.client, getAddress(from));
      seen = pool.find(
        (t) =>
          t.nonce === nonce &&
          t.to?.toLowerCase() === s.intent.tx!.to.toLowerCase() &&
          t.input.toLowerCase() === s.intent.tx!.data.toLowerCase() &&
          t.value.toString() === s.intent.tx!.value,
      );
      if (seen !== undefined) journal.recordSent(unit, seen.hash);
    }
    if (seen === undefined) continue; // mined, dropped or never sent: the journal's chain check decides
    const settled = await awaitInFlight(o, unit, seen);
    journal.recordResult(unit, {
      status: settled.status,
      txHash: settled.txHash,
      blockNumber: settled.blockNumber.toString(),
      note: "was pending after an interrupted apply: waited for",
    });
    report.recovered.push(unit);
  }
  return report;
}
