/**
 * The write-ahead journal of `halo apply`: one append-only JSON-lines file per plan hash. Before anything is
 * sent, an `intent` line is written and fsynced; after, a `result` line. An interrupted apply therefore
 * finds, for every unit of work (a batch, or a payload file):
 * - a result        → done: skip it;
 * - an intent only  → in doubt: the chain must be asked (receipt of the recorded tx hash, the sender's nonce,
 *                     or the timelock operation's state) before anything is sent again;
 * - nothing         → still to do.
 * A torn last line (a crash in the middle of a write) is dropped: its unit is treated as never started,
 * which is safe because the line was not complete, so nothing was sent after it.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Address, Hex } from "viem";
import { PlanError } from "../errors.js";

export const JOURNAL_VERSION = 1;

export interface TxIntent {
  to: Address;
  value: string;
  data: Hex;
  from?: Address;
  nonce?: number;
}

export type UnitKind = "transaction" | "timelock-schedule" | "timelock-execute" | "payload";

export type ResultStatus =
  /** mined and succeeded */
  | "success"
  /** mined and reverted: the apply stops */
  | "reverted"
  /** found already done on chain (e.g. the timelock operation was executed by someone else) */
  | "already-done"
  /** a governance payload (timelock calldata, Safe batch file) was written instead of sent */
  | "written"
  /** an interrupted attempt that the chain shows no trace of: the unit is to do again */
  | "not-sent";

export type JournalEntry =
  | { type: "header"; version: number; planHash: Hex; createdAt: string }
  | {
      type: "intent";
      unit: string;
      kind: UnitKind;
      attempt: number;
      at: string;
      tx?: TxIntent;
      timelockOperationId?: Hex;
      path?: string;
    }
  | { type: "sent"; unit: string; attempt: number; at: string; txHash: Hex }
  | {
      type: "result";
      unit: string;
      attempt: number;
      at: string;
      status: ResultStatus;
      txHash?: Hex;
      blockNumber?: string;
      note?: string;
    };

export type IntentEntry = Extract<JournalEntry, { type: "intent" }>;
export type ResultEntry = Extract<JournalEntry, { type: "result" }>;

export type UnitState =
  | { status: "pending" }
  | { status: "done"; result: ResultEntry }
  | { status: "failed"; result: ResultEntry }
  | { status: "in-doubt"; intent: IntentEntry; txHash?: Hex };

export class JournalError extends PlanError {
  override name = "JournalError";
}

/** A unit's transaction was mined and reverted: the run stops there. */
export class UnitRevertedError extends JournalError {
  override name = "UnitRevertedError";
  constructor(
    readonly unit: string,
    readonly txHash: Hex | undefined,
  ) {
    super(`${unit} reverted (${txHash ?? "no tx"})`);
  }
}

/** What the chain says about an in-doubt unit, or undefined when nothing of it reached the chain. */
export type ChainCheck = (
  unit: string,
  intent: IntentEntry,
  txHash: Hex | undefined,
) => Promise<Omit<ResultEntry, "type" | "unit" | "attempt" | "at"> | undefined>;

export function journalPath(dir: string, planHash: Hex): string {
  return join(dir, `${planHash.toLowerCase()}.jsonl`);
}

const nowIso = () => new Date().toISOString();

export class Journal {
  private readonly entriesList: JournalEntry[] = [];
  /** Set when a torn last line was dropped on open. */
  readonly tornTail: string | undefined;

  private constructor(
    readonly path: string,
    readonly planHash: Hex,
  ) {
    let torn: string | undefined;
    if (existsSync(path) && readFileSync(path, "utf8").trim() !== "") {
      const lines = readFileSync(path, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (line.trim() === "") return;
        try {
          this.entriesList.push(JSON.parse(line) as JournalEntry);
        } catch {
          const isLast = lines.slice(i + 1).every((l) => l.trim() === "");
          if (!isLast)
            throw new JournalError(`${path}:${i + 1}: corrupt journal line (not the last one): refusing to guess`);
          torn = line;
        }
      });
      const header = this.entriesList[0];
      // no complete line at all: the creation was interrupted while writing the header
      if (header !== undefined) {
        if (header.type !== "header") throw new JournalError(`${path}: no journal header`);
        if (header.planHash.toLowerCase() !== planHash.toLowerCase()) {
          throw new JournalError(`${path}: journal belongs to plan ${header.planHash}, not ${planHash}`);
        }
        if (header.version !== JOURNAL_VERSION)
          throw new JournalError(`${path}: journal version ${header.version} is not supported`);
      }
    }
    this.tornTail = torn;
  }

  /** Opens (or creates) the journal of `planHash` in `dir`. */
  static open(dir: string, planHash: Hex): Journal {
    const path = journalPath(dir, planHash);
    const j = new Journal(path, planHash);
    if (j.tornTail !== undefined) {
      // drop the torn bytes: nothing was sent after a line that was never completed
      const text = readFileSync(path);
      const end = text.lastIndexOf(0x0a) + 1;
      truncateSync(path, end);
      const fd = openSync(path, "r+");
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    // new, or empty because its creation was interrupted before the header reached the disk
    if (j.entriesList.length === 0) {
      mkdirSync(dirname(path), { recursive: true });
      j.append({ type: "header", version: JOURNAL_VERSION, planHash, createdAt: nowIso() });
      syncDir(dirname(path));
    }
    return j;
  }

  entries(): readonly JournalEntry[] {
    return this.entriesList;
  }

  state(unit: string): UnitState {
    let intent: IntentEntry | undefined;
    let txHash: Hex | undefined;
    let result: ResultEntry | undefined;
    for (const e of this.entriesList) {
      if (e.type === "header" || e.unit !== unit) continue;
      if (e.type === "intent") {
        intent = e;
        txHash = undefined;
        result = undefined;
      } else if (e.type === "sent" && intent !== undefined && e.attempt === intent.attempt) txHash = e.txHash;
      else if (e.type === "result" && intent !== undefined && e.attempt === intent.attempt) result = e;
    }
    if (result !== undefined) {
      if (result.status === "not-sent") return { status: "pending" };
      return result.status === "reverted" ? { status: "failed", result } : { status: "done", result };
    }
    if (intent !== undefined)
      return txHash === undefined ? { status: "in-doubt", intent } : { status: "in-doubt", intent, txHash };
    return { status: "pending" };
  }

  /** Written and fsynced BEFORE the unit is sent. Refused when the unit is done or still in doubt. */
  recordIntent(
    unit: string,
    kind: UnitKind,
    details: { tx?: TxIntent; timelockOperationId?: Hex; path?: string } = {},
  ): IntentEntry {
    const s = this.state(unit);
    if (s.status === "done")
      throw new JournalError(`${unit} is already done (${s.result.status}): it must not be sent again`);
    if (s.status === "in-doubt")
      throw new JournalError(`${unit} has an intent without a result: check the chain and record what happened first`);
    const attempt = this.entriesList.filter((e) => e.type === "intent" && e.unit === unit).length + 1;
    const entry: IntentEntry = { type: "intent", unit, kind, attempt, at: nowIso(), ...details };
    this.append(entry);
    return entry;
  }

  /** The transaction hash, as soon as the signer returns it (before waiting for the receipt). */
  recordSent(unit: string, txHash: Hex): void {
    const s = this.state(unit);
    if (s.status !== "in-doubt") throw new JournalError(`${unit}: no open intent to attach a transaction to`);
    this.append({ type: "sent", unit, attempt: s.intent.attempt, at: nowIso(), txHash });
  }

  recordResult(
    unit: string,
    result: { status: ResultStatus; txHash?: Hex; blockNumber?: string; note?: string },
  ): ResultEntry {
    const s = this.state(unit);
    if (s.status !== "in-doubt") throw new JournalError(`${unit}: a result needs an open intent (state: ${s.status})`);
    const entry: ResultEntry = { type: "result", unit, attempt: s.intent.attempt, at: nowIso(), ...result };
    this.append(entry);
    return entry;
  }

  private append(entry: JournalEntry): void {
    appendDurably(this.path, JSON.stringify(entry) + "\n");
    this.entriesList.push(entry);
  }
}

function appendDurably(path: string, text: string): void {
  const fd = openSync(path, "a");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some platforms cannot fsync a directory; the file itself is synced
  }
}

export interface Unit {
  id: string;
  kind: UnitKind;
  intent: { tx?: TxIntent; timelockOperationId?: Hex; path?: string };
  /** Fills what the intent needs from the chain just before it is journaled (the sender's nonce). */
  prepare?: () => Promise<void>;
  /** Sends (or writes) the unit; may call `sent(hash)` once the hash is known, before waiting for the receipt. */
  run: (
    sent: (txHash: Hex) => void,
  ) => Promise<{ status: ResultStatus; txHash?: Hex; blockNumber?: string; note?: string }>;
}

export interface ApplyReport {
  skipped: string[];
  recovered: string[];
  sent: string[];
}

/**
 * Runs units in order under the journal: done units are skipped; in-doubt units are checked on chain
 * first (and only re-sent when the chain shows nothing of them); a reverted unit stops the run, and a
 * later run refuses to continue past it unless `retryFailed`.
 */
export async function runWithJournal(
  journal: Journal,
  units: readonly Unit[],
  check: ChainCheck,
  opts: { retryFailed?: boolean } = {},
): Promise<ApplyReport> {
  const report: ApplyReport = { skipped: [], recovered: [], sent: [] };
  for (const unit of units) {
    const s = journal.state(unit.id);
    if (s.status === "done") {
      report.skipped.push(unit.id);
      continue;
    }
    if (s.status === "failed" && !opts.retryFailed) {
      throw new JournalError(`${unit.id} failed earlier (${s.result.txHash ?? "no tx"}): re-plan, or retry explicitly`);
    }
    if (s.status === "in-doubt") {
      const found = await check(unit.id, s.intent, s.txHash);
      if (found !== undefined) {
        journal.recordResult(unit.id, {
          ...found,
          note: found.note ?? "recovered from the chain after an interrupted apply",
        });
        report.recovered.push(unit.id);
        if (found.status === "reverted") throw new UnitRevertedError(unit.id, found.txHash);
        continue;
      }
      // nothing reached the chain: close the old attempt so a new one can start
      journal.recordResult(unit.id, {
        status: "not-sent",
        note: "no trace on chain after an interrupted apply; sending again",
      });
    }
    await unit.prepare?.();
    journal.recordIntent(unit.id, unit.kind, unit.intent);
    const result = await unit.run((hash) => journal.recordSent(unit.id, hash));
    journal.recordResult(unit.id, result);
    report.sent.push(unit.id);
    if (result.status === "reverted") throw new UnitRevertedError(unit.id, result.txHash);
  }
  return report;
}
