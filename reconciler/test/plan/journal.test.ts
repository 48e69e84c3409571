import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Hex } from "viem";
import { type ChainCheck, Journal, JournalError, type Unit, journalPath, runWithJournal } from "../../apply/journal.js";
import { buildPlan } from "../../plan/planner.js";
import { planHash } from "../../plan/planfile.js";
import { desiredSummaryExample, observedBase } from "./fixtures.js";

const PLAN = ("0x" + "ab".repeat(32)) as Hex;
const hashOf = (n: number) => ("0x" + n.toString(16).padStart(64, "0")) as Hex;
const tmp = () => mkdtempSync(join(tmpdir(), "halo-journal-"));

/** A fake chain: units it has mined, by id, with their tx hashes. */
function fakeChain() {
  const mined = new Map<string, Hex>();
  let counter = 0;
  const sends: string[] = [];
  const unit = (
    id: string,
    opts: { crashAfterBroadcast?: boolean; crashBeforeBroadcast?: boolean; revert?: boolean } = {},
  ): Unit => ({
    id,
    kind: "transaction",
    intent: { tx: { to: "0x1111111111111111111111111111111111111111", value: "0", data: "0x" } },
    run: async (sent) => {
      if (opts.crashBeforeBroadcast) throw new Error("killed before broadcast");
      const hash = hashOf(++counter);
      sends.push(id);
      sent(hash);
      mined.set(id, hash);
      if (opts.crashAfterBroadcast) throw new Error("killed after broadcast");
      return { status: opts.revert ? "reverted" : "success", txHash: hash, blockNumber: String(counter) };
    },
  });
  const check: ChainCheck = async (id, _intent, txHash) => {
    const h = mined.get(id);
    if (h === undefined) return undefined;
    expect(txHash === undefined || txHash === h).toBe(true);
    return { status: "success", txHash: h };
  };
  return { unit, check, sends, mined };
}

describe("Journal", () => {
  it("writes a header, intent and result as JSON lines, one file per plan hash", () => {
    const dir = tmp();
    const j = Journal.open(dir, PLAN);
    j.recordIntent("batch-1", "transaction", {
      tx: { to: "0x1111111111111111111111111111111111111111", value: "0", data: "0x12" },
    });
    expect(j.state("batch-1").status).toBe("in-doubt");
    j.recordSent("batch-1", hashOf(1));
    j.recordResult("batch-1", { status: "success", txHash: hashOf(1) });
    const lines = readFileSync(journalPath(dir, PLAN), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(["header", "intent", "sent", "result"]);
    expect(lines[0]).toMatchObject({ version: 1, planHash: PLAN });
    expect(Journal.open(dir, PLAN).state("batch-1")).toMatchObject({ status: "done", result: { txHash: hashOf(1) } });
    expect(journalPath(dir, hashOf(2))).not.toBe(journalPath(dir, PLAN));
  });

  it("refuses to send a done unit again, a second intent while in doubt, and a result without intent", () => {
    const j = Journal.open(tmp(), PLAN);
    expect(() => j.recordResult("b", { status: "success" })).toThrow(/needs an open intent/);
    j.recordIntent("b", "timelock-schedule", { timelockOperationId: hashOf(9) });
    expect(() => j.recordIntent("b", "timelock-schedule")).toThrow(/intent without a result/);
    j.recordResult("b", { status: "success" });
    expect(() => j.recordIntent("b", "timelock-schedule")).toThrow(/already done/);
  });

  it("refuses a journal of another plan, and a corrupt line in the middle", () => {
    const dir = tmp();
    Journal.open(dir, PLAN);
    const path = journalPath(dir, PLAN);
    const other = journalPath(dir, hashOf(3));
    writeFileSync(other, readFileSync(path));
    expect(() => Journal.open(dir, hashOf(3))).toThrow(/belongs to plan/);
    appendFileSync(
      path,
      "{not json\n" + JSON.stringify({ type: "intent", unit: "x", kind: "transaction", attempt: 1, at: "" }) + "\n",
    );
    expect(() => Journal.open(dir, PLAN)).toThrow(JournalError);
  });

  it("starts afresh on an empty file (creation interrupted before the header was written)", () => {
    const dir = tmp();
    writeFileSync(journalPath(dir, PLAN), "");
    const j = Journal.open(dir, PLAN);
    expect(j.entries().map((e) => e.type)).toEqual(["header"]);
    expect(Journal.open(dir, PLAN).entries()).toHaveLength(1);
    const torn = tmp();
    writeFileSync(journalPath(torn, PLAN), '{"type":"hea');
    expect(
      Journal.open(torn, PLAN)
        .entries()
        .map((e) => e.type),
    ).toEqual(["header"]);
    expect(readFileSync(journalPath(torn, PLAN), "utf8").split("\n")).toHaveLength(2);
  });

  it("ignores a torn last line (crash in the middle of a write) and keeps appending cleanly", () => {
    const dir = tmp();
    const j = Journal.open(dir, PLAN);
    j.recordIntent("a", "transaction");
    j.recordResult("a", { status: "success" });
    appendFileSync(journalPath(dir, PLAN), '{"type":"intent","unit":"b","ki');
    const again = Journal.open(dir, PLAN);
    expect(again.tornTail).toMatch(/^\{"type":"intent"/);
    expect(again.state("b").status).toBe("pending");
    again.recordIntent("b", "transaction");
    expect(Journal.open(dir, PLAN).state("b").status).toBe("in-doubt");
    expect(readFileSync(journalPath(dir, PLAN), "utf8")).not.toContain('"ki\n');
  });

  it("survives a real SIGKILL between intent and result: the unit is in doubt", () => {
    const dir = tmp();
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "helpers", "crash-after-intent.ts"), dir, PLAN, "batch-1"],
      { encoding: "utf8" },
    );
    expect(r.signal).toBe("SIGKILL");
    const s = Journal.open(dir, PLAN).state("batch-1");
    expect(s.status).toBe("in-doubt");
    if (s.status === "in-doubt") expect(s.intent.tx).toMatchObject({ data: "0x1234", nonce: 7 });
  });
});

describe("runWithJournal (interrupted applies)", () => {
  it("applies every unit once, and a second run sends nothing", async () => {
    const dir = tmp();
    const chain = fakeChain();
    const units = [chain.unit("batch-1"), chain.unit("batch-2")];
    expect(await runWithJournal(Journal.open(dir, PLAN), units, chain.check)).toEqual({
      skipped: [],
      recovered: [],
      sent: ["batch-1", "batch-2"],
    });
    expect(await runWithJournal(Journal.open(dir, PLAN), units, chain.check)).toEqual({
      skipped: ["batch-1", "batch-2"],
      recovered: [],
      sent: [],
    });
    expect(chain.sends).toEqual(["batch-1", "batch-2"]);
  });

  it("killed after broadcast, before the result: resume finds the receipt and does not re-send", async () => {
    const dir = tmp();
    const chain = fakeChain();
    await expect(
      runWithJournal(
        Journal.open(dir, PLAN),
        [chain.unit("batch-1"), chain.unit("batch-2", { crashAfterBroadcast: true })],
        chain.check,
      ),
    ).rejects.toThrow(/after broadcast/);
    const resumed = await runWithJournal(
      Journal.open(dir, PLAN),
      [chain.unit("batch-1"), chain.unit("batch-2"), chain.unit("batch-3")],
      chain.check,
    );
    expect(resumed).toEqual({ skipped: ["batch-1"], recovered: ["batch-2"], sent: ["batch-3"] });
    expect(chain.sends).toEqual(["batch-1", "batch-2", "batch-3"]);
    const s = Journal.open(dir, PLAN).state("batch-2");
    expect(s).toMatchObject({ status: "done", result: { txHash: hashOf(2), note: /recovered/ } });
  });

  it("killed after the intent, before broadcast: the chain shows nothing, so it is sent again (attempt 2)", async () => {
    const dir = tmp();
    const chain = fakeChain();
    await expect(
      runWithJournal(Journal.open(dir, PLAN), [chain.unit("batch-1", { crashBeforeBroadcast: true })], chain.check),
    ).rejects.toThrow(/before broadcast/);
    expect(chain.sends).toEqual([]);
    const resumed = await runWithJournal(Journal.open(dir, PLAN), [chain.unit("batch-1")], chain.check);
    expect(resumed.sent).toEqual(["batch-1"]);
    const entries = Journal.open(dir, PLAN)
      .entries()
      .filter((e) => e.type !== "header" && e.unit === "batch-1");
    expect(entries.map((e) => [e.type, "attempt" in e ? e.attempt : 0, e.type === "result" ? e.status : ""])).toEqual([
      ["intent", 1, ""],
      ["result", 1, "not-sent"],
      ["intent", 2, ""],
      ["sent", 2, ""],
      ["result", 2, "success"],
    ]);
  });

  it("stops at a revert and refuses to continue past it unless asked", async () => {
    const dir = tmp();
    const chain = fakeChain();
    await expect(
      runWithJournal(
        Journal.open(dir, PLAN),
        [chain.unit("batch-1", { revert: true }), chain.unit("batch-2")],
        chain.check,
      ),
    ).rejects.toThrow(/batch-1 reverted/);
    expect(chain.sends).toEqual(["batch-1"]);
    await expect(
      runWithJournal(Journal.open(dir, PLAN), [chain.unit("batch-1"), chain.unit("batch-2")], chain.check),
    ).rejects.toThrow(/failed earlier/);
    const retried = await runWithJournal(
      Journal.open(dir, PLAN),
      [chain.unit("batch-1"), chain.unit("batch-2")],
      chain.check,
      { retryFailed: true },
    );
    expect(retried.sent).toEqual(["batch-1", "batch-2"]);
  });

  it("recovers a timelock unit from the operation state (scheduled by the interrupted run)", async () => {
    const dir = tmp();
    const opId = hashOf(77);
    const scheduled = new Set<Hex>();
    const unit: Unit = {
      id: "batch-2",
      kind: "timelock-schedule",
      intent: { timelockOperationId: opId },
      run: async () => {
        scheduled.add(opId);
        throw new Error("killed");
      },
    };
    const check: ChainCheck = async (_id, intent) =>
      intent.timelockOperationId !== undefined && scheduled.has(intent.timelockOperationId)
        ? { status: "already-done", note: "operation is Waiting" }
        : undefined;
    await expect(runWithJournal(Journal.open(dir, PLAN), [unit], check)).rejects.toThrow(/killed/);
    const r = await runWithJournal(
      Journal.open(dir, PLAN),
      [{ ...unit, run: async () => ({ status: "success" }) }],
      check,
    );
    expect(r).toEqual({ skipped: [], recovered: ["batch-2"], sent: [] });
  });

  it("keys journals by the plan's content hash", () => {
    const a = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
    const b = buildPlan({ desired: desiredSummaryExample(), observed: { ...observedBase(), blockNumber: 124n } });
    expect(planHash(a)).toBe(planHash(buildPlan({ desired: desiredSummaryExample(), observed: observedBase() })));
    expect(planHash(a)).not.toBe(planHash(b));
  });
});
