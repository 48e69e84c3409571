/**
 * What a saved plan already did, read from the chain alone (no journal): `halo apply` on a fresh CI runner, or
 * after the journal was lost, must neither send a transaction twice nor refuse a plan it half-applied itself.
 *
 * The evidence, per unit of the plan (`batch-3`, or `batch-3#1` for the second transaction of a batch):
 * - **mined**: for each account that may have signed (the plan's signers, the key's account, the node's unlocked
 *   accounts, the PauseProxy of a devnet spell), every nonce it used since the plan's block is located
 *   (bisection of `eth_getTransactionCount` over the blocks since the plan, so a 14-day-old plan costs
 *   ~17 reads per transaction, not a scan of 100 000 blocks) and its transaction is compared with the plan's
 *   transactions (`to`, `value`, calldata);
 * - **pending**: the same accounts' transactions in the node's mempool (`txpool_content`, else the pending
 *   block), when the pending nonce is above the latest: a match is adopted (waited for, or replaced with the
 *   same calldata at a higher fee with `--replace-pending`), never sent again;
 * - **scheduled**: a PAS Timelock operation of the plan (its id depends on the plan's seed, so no other plan
 *   makes it) that is no longer Unset; an execute batch whose operation is Done.
 *
 * A transaction is matched to the first unit of the plan with the same call that is not matched yet, so repeated
 * calls (the same call in two batches) are matched in plan order.
 */
import {
  type Address,
  type Client,
  type Hex,
  getAddress,
} from "viem";
import { getBlock, getBlockNumber, getTransactionCount, getTransactionReceipt, readContract } from "viem/actions";
import type { Batch, Plan, Transaction } from "../model/plan-doc.js";
import { operationState, timelockAbi } from "../chain/timelock.js";
import type { TxIntent } from "./journal.js";
import { PlanError } from "../errors.js";

/** A transaction of the plan as journaled: its unit id and call. */
export interface PlannedUnit {
  unit: string;
  batch: Batch;
  tx: Transaction;
}

/** The plan's units in order, with the ids `senderUnits` gives them. */
export function plannedUnits(plan: Plan): PlannedUnit[] {
  return plan.batches.flatMap((b) =>
    b.transactions.map((tx, i) => ({ unit: b.transactions.length === 1 ? b.id : `${b.id}#${i}`, batch: b, tx })),
  );
}

/** A transaction seen on chain or in the mempool, reduced to what is compared and adopted. */
export interface SeenTx {
  hash: Hex;
  from: Address;
  nonce: number;
  to: Address | null;
  value: bigint;
  input: Hex;
  /** The gas limit it was sent with (a replacement keeps it). */
  gas?: bigint;
  /** EIP-1559 fees, or the legacy gas price (as maxFeePerGas = maxPriorityFeePerGas). */
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
  gasPrice?: bigint;
}

export type RecoveredUnit =
  | { unit: string; kind: "mined"; tx: TxIntent; seen: SeenTx; status: "success" | "reverted"; blockNumber: bigint }
  | { unit: string; kind: "pending"; tx: TxIntent; seen: SeenTx }
  | { unit: string; kind: "timelock"; operationId: Hex; note: string };

export interface Recovery {
  units: RecoveredUnit[];
  /** Accounts whose history was looked at, and what could not be read (a pruned node). */
  notes: string[];
}

const callKey = (to: string | null, value: bigint, data: string) =>
  `${(to ?? "").toLowerCase()}:${value.toString()}:${data.toLowerCase()}`;

/** Assigns each seen transaction to the first unmatched unit with the same call (`undefined`: not the plan's). */
export function matchTransactions(units: readonly PlannedUnit[], seen: readonly SeenTx[], taken = new Set<string>()) {
  const out: { unit: PlannedUnit; seen: SeenTx }[] = [];
  for (const s of seen) {
    const u = units.find((x) => !taken.has(x.unit) && callKey(x.tx.to, x.tx.value, x.tx.data) === callKey(s.to, s.value, s.input));
    if (u === undefined) continue;
    taken.add(u.unit);
    out.push({ unit: u, seen: s });
  }
  return out;
}

interface RawTx {
  hash: Hex;
  from: string;
  nonce: Hex | number | bigint;
  to: string | null;
  value: Hex | bigint;
  input: Hex;
  gas?: Hex | bigint | null;
  maxFeePerGas?: Hex | bigint | null;
  maxPriorityFeePerGas?: Hex | bigint | null;
  gasPrice?: Hex | bigint | null;
}

const big = (v: Hex | bigint | number | null | undefined): bigint | undefined =>
  v === null || v === undefined ? undefined : BigInt(v);

export function toSeen(t: RawTx): SeenTx {
  const s: SeenTx = {
    hash: t.hash,
    from: getAddress(t.from),
    nonce: Number(big(t.nonce)),
    to: t.to === null ? null : getAddress(t.to),
    value: big(t.value) ?? 0n,
    input: t.input,
  };
  const gas = big(t.gas);
  if (gas !== undefined) s.gas = gas;
  const maxFee = big(t.maxFeePerGas);
  const tip = big(t.maxPriorityFeePerGas);
  const gasPrice = big(t.gasPrice);
  if (maxFee !== undefined) s.maxFeePerGas = maxFee;
  if (tip !== undefined) s.maxPriorityFeePerGas = tip;
  if (gasPrice !== undefined) s.gasPrice = gasPrice;
  return s;
}

/** The mempool transactions of `address` (pending, in nonce order): `txpool_content`, else the pending block. */
export async function pendingTransactionsOf(client: Client, address: Address): Promise<SeenTx[]> {
  const mine = (from: string) => from.toLowerCase() === address.toLowerCase();
  try {
    const pool = (await client.request({ method: "txpool_content" } as never)) as {
      pending?: Record<string, Record<string, RawTx>>;
    };
    const entry = Object.entries(pool.pending ?? {}).find(([a]) => mine(a));
    return Object.values(entry?.[1] ?? {})
      .map(toSeen)
      .sort((a, b) => a.nonce - b.nonce);
  } catch {
    const block = (await client
      .request({ method: "eth_getBlockByNumber", params: ["pending", true] } as never)
      .catch(() => null)) as { transactions?: RawTx[] } | null;
    return (block?.transactions ?? [])
      .filter((t) => typeof t === "object" && mine(t.from))
      .map(toSeen)
      .sort((a, b) => a.nonce - b.nonce);
  }
}

/** Most transactions one account may have sent since the plan before recovery gives up (a safety bound). */
export const MAX_RECOVERED_NONCES = 256;

/**
 * The transactions `address` had mined in blocks (`after`, `head`], in nonce order: the block of each nonce
 * is found by bisection of the account's transaction count.
 */
export async function minedTransactionsOf(client: Client, address: Address, after: bigint, head: bigint): Promise<SeenTx[]> {
  const countAt = (blockNumber: bigint) => getTransactionCount(client, { address, blockNumber });
  const first = await countAt(after);
  const last = await countAt(head);
  if (last - first > MAX_RECOVERED_NONCES)
    throw new PlanError(
      `${address} sent ${last - first} transactions since the plan's block ${after}: too many to look through for the plan's own`,
      { code: "plan.recover-too-many", hint: "re-plan with `halo plan --out` (the chain already reflects what was sent)" },
    );
  const out: SeenTx[] = [];
  let lo = after;
  for (let nonce = first; nonce < last; nonce++) {
    // the first block whose count exceeds `nonce` holds the transaction with that nonce
    let a = lo;
    let b = head;
    while (b - a > 1n) {
      const mid = (a + b) / 2n;
      if ((await countAt(mid)) > nonce) b = mid;
      else a = mid;
    }
    const block = await getBlock(client, { blockNumber: b, includeTransactions: true });
    const tx = block.transactions.find((t) => t.from.toLowerCase() === address.toLowerCase() && t.nonce === nonce);
    if (tx !== undefined) out.push(toSeen(tx as unknown as RawTx));
    lo = b - 1n;
  }
  return out;
}

export interface RecoverOptions {
  /** Accounts that may have signed the plan's transactions. */
  candidates: readonly Address[];
  timelock: Address;
}

/** Every account of `candidates` once, checksummed. */
export function uniqueAddresses(candidates: readonly (Address | undefined)[]): Address[] {
  const seen = new Set<string>();
  const out: Address[] = [];
  for (const c of candidates) {
    if (c === undefined || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    out.push(getAddress(c));
  }
  return out;
}

/**
 * What of `plan` the chain shows done or in flight (see the module comment). Reads only; the caller journals
 * the result. Accounts whose nonce did not move since the plan's block and that have nothing pending cost two reads.
 */
export async function recoverFromChain(client: Client, plan: Plan, o: RecoverOptions): Promise<Recovery> {
  const units = plannedUnits(plan);
  const head = await getBlockNumber(client, { cacheTime: 0 });
  const notes: string[] = [];
  const found: RecoveredUnit[] = [];
  const taken = new Set<string>();
  for (const address of uniqueAddresses(o.candidates)) {
    const [latest, pending] = await Promise.all([
      getTransactionCount(client, { address, blockTag: "latest" }),
      getTransactionCount(client, { address, blockTag: "pending" }),
    ]);
    if (head > plan.blockNumber) {
      let before: number;
      try {
        before = await getTransactionCount(client, { address, blockNumber: plan.blockNumber });
      } catch {
        notes.push(`cannot read ${address}'s nonce at the plan's block ${plan.blockNumber} (pruned node?): its mined transactions were not looked for`);
        before = latest;
      }
      if (latest > before) {
        const mined = await minedTransactionsOf(client, address, plan.blockNumber, head);
        for (const m of matchTransactions(units, mined, taken)) {
          const r = await getTransactionReceipt(client, { hash: m.seen.hash });
          found.push({
            unit: m.unit.unit,
            kind: "mined",
            tx: intentOf(m.unit.tx, m.seen),
            seen: m.seen,
            status: r.status,
            blockNumber: r.blockNumber,
          });
        }
      }
    }
    if (pending > latest) {
      const inPool = await pendingTransactionsOf(client, address);
      for (const m of matchTransactions(units, inPool, taken))
        found.push({ unit: m.unit.unit, kind: "pending", tx: intentOf(m.unit.tx, m.seen), seen: m.seen });
    }
  }
  const { timestamp: now } = await getBlock(client, { blockTag: "latest" });
  for (const b of plan.batches) {
    if (b.timelock === undefined || b.transactions.length !== 1 || taken.has(b.id)) continue;
    if (b.kind !== "timelock-schedule" && b.kind !== "timelock-execute") continue;
    const ts = await readContract(client, {
      address: o.timelock,
      abi: timelockAbi,
      functionName: "getTimestamp",
      args: [b.timelock.operationId],
    });
    const state = operationState(ts, now);
    if ((b.kind === "timelock-schedule" && state !== "Unset") || (b.kind === "timelock-execute" && state === "Done")) {
      taken.add(b.id);
      found.push({ unit: b.id, kind: "timelock", operationId: b.timelock.operationId, note: `operation ${b.timelock.operationId} is ${state}` });
    }
  }
  return { units: sortByPlan(found, units), notes };
}

function intentOf(tx: Transaction, seen: SeenTx): TxIntent {
  return { to: tx.to, value: tx.value.toString(), data: tx.data, from: seen.from, nonce: seen.nonce };
}

function sortByPlan(found: RecoveredUnit[], units: readonly PlannedUnit[]): RecoveredUnit[] {
  const order = new Map(units.map((u, i) => [u.unit, i]));
  return [...found].sort((a, b) => (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
}

/**
 * Whether the recovery shows that this plan was started: one of its transactions was sent by one of the
 * candidates, or one of its own timelock operations was scheduled. An execute batch found Done alone is not
 * proof (anyone may execute an operation scheduled before the plan).
 */
export function planStarted(plan: Plan, r: Recovery): boolean {
  const kinds = new Map(plan.batches.map((b) => [b.id, b.kind]));
  return r.units.some((u) => u.kind !== "timelock" || kinds.get(u.unit) === "timelock-schedule");
}
