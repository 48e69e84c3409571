/**
 * Turns a plan's batches into journaled units of work, so `halo apply` only chooses a mode and a sender:
 * - `sender`: one unit per transaction, sent and awaited (local chains, a GovOps key);
 * - `payload`: one unit per batch, written as the file its actor uses: a spell payload (JSON calls + a Solidity
 *   snippet, `<…>-spell.json` and `.sol`) for `sky-governance`; a Safe Transaction Builder batch when a Safe signs
 *   for the actor; otherwise the raw transactions (e.g. the `scheduleBatch` / `executeBatch` calldata).
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Address, Hex } from "viem";
import type { Batch, Plan, Transaction } from "../model/plan-doc.js";
import type { SystemAddresses } from "../model/observed.js";
import { ACTOR_INFO, type Actor } from "../model/actors.js";
import { spellPayload } from "./spell.js";
import type { Unit, UnitKind } from "./journal.js";
import { type SafeBatchContext, safeBatchFileForPlanBatch } from "./safe.js";

export interface Sender {
  /** The sending account, journaled with the nonce so a lost hash can still be traced. */
  address: Address;
  nonce(): Promise<number>;
  send(tx: Transaction, nonce: number): Promise<Hex>;
  wait(hash: Hex): Promise<{ status: "success" | "reverted"; blockNumber: bigint }>;
}

function unitKind(b: Batch): UnitKind {
  if (b.kind === "timelock-schedule") return "timelock-schedule";
  if (b.kind === "timelock-execute") return "timelock-execute";
  return "transaction";
}

/** One unit per transaction of each batch (`batch-3` or `batch-3#1` when a batch has several). */
export async function senderUnits(batches: readonly Batch[], sender: Sender): Promise<Unit[]> {
  const units: Unit[] = [];
  for (const b of batches) {
    b.transactions.forEach((tx, i) => {
      const id = b.transactions.length === 1 ? b.id : `${b.id}#${i}`;
      const base = { to: tx.to, value: tx.value.toString(), data: tx.data, from: sender.address };
      const intent: Unit["intent"] =
        b.timelock !== undefined ? { tx: base, timelockOperationId: b.timelock.operationId } : { tx: base };
      let nonce = -1;
      units.push({
        id,
        kind: unitKind(b),
        intent,
        prepare: async () => {
          nonce = await sender.nonce();
          intent.tx = { ...base, nonce };
        },
        run: async (sent) => {
          const hash = await sender.send(tx, nonce);
          sent(hash);
          const r = await sender.wait(hash);
          return { status: r.status, txHash: hash, blockNumber: r.blockNumber.toString() };
        },
      });
    });
  }
  return units;
}

/** The file name of a batch's payload. */
export function payloadPath(dir: string, plan: Plan, b: Batch): string {
  return join(dir, `${plan.seed.slice(2, 10)}-${b.id}-${b.kind}.json`);
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * One unit per batch, written atomically to `dir`. `safes` maps an actor (e.g. `govops`,
 * `core-council-direct`) to the Safe that signs for it; those batches become Safe Transaction Builder files.
 * A `sky-governance` batch is always a spell payload (a Safe cannot act as the PauseProxy).
 */
export function payloadUnits(
  plan: Plan,
  batches: readonly Batch[],
  dir: string,
  safes: Partial<Record<Actor, Address>> = {},
  createdAt?: number,
  system?: SystemAddresses,
  /** Per batch id: the Safe nonce and MultiSendCallOnly, so the file names the safeTxHash owners will see. */
  safeContexts: Partial<Record<string, SafeBatchContext>> = {},
): Unit[] {
  return batches.map((b) => {
    const path = payloadPath(dir, plan, b);
    const intent: Unit["intent"] =
      b.timelock !== undefined ? { path, timelockOperationId: b.timelock.operationId } : { path };
    return {
      id: b.id,
      kind: "payload",
      intent,
      run: async () => {
        if (b.actor === "sky-governance") {
          if (system === undefined) throw new Error(`${b.id}: the system's addresses are needed to write a spell payload`);
          const spell = spellPayload(plan, b, system);
          writeAtomically(path.replace(/\.json$/, ".sol"), spell.solidity);
          writeAtomically(path, JSON.stringify(spell, null, 2) + "\n");
          return { status: "written", note: path };
        }
        const safe = b.actor === "core-council-timelocked" && b.permissionless === true ? undefined : safes[b.actor];
        const doc =
          safe !== undefined
            ? safeBatchFileForPlanBatch(plan, b, safe, createdAt, safeContexts[b.id])
            : {
                chainId: plan.chainId,
                batch: b.id,
                kind: b.kind,
                actor: b.actor,
                signs: ACTOR_INFO[b.actor].signs,
                permissionless: b.permissionless === true,
                signer: b.signer ?? null,
                earliestAt: b.earliestAt.toString(),
                timelock: b.timelock === undefined ? null : { ...b.timelock, delay: b.timelock.delay.toString() },
                transactions: b.transactions.map((t) => ({ to: t.to, value: t.value.toString(), data: t.data })),
              };
        writeAtomically(path, JSON.stringify(doc, null, 2) + "\n");
        return { status: "written", note: path };
      },
    };
  });
}
