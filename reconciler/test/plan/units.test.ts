import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Address, Hex } from "viem";
import { Journal, runWithJournal } from "../../apply/journal.js";
import { decodeMultiSendCallOnly } from "../../apply/safe.js";
import { type Sender, payloadPath, payloadUnits, senderUnits } from "../../apply/units.js";
import { planHash } from "../../plan/planfile.js";
import { buildPlan } from "../../plan/planner.js";
import { decodeTimelockBatch } from "../../plan/timelock.js";
import { GOVOPS1, desiredSummaryExample, observedBase } from "./fixtures.js";

const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
const SAFE = "0x5afe000000000000000000000000000000000001" as Address;

function fakeSender() {
  let nonce = 0;
  const sent: { data: Hex; nonce: number }[] = [];
  const sender: Sender = {
    address: GOVOPS1,
    nonce: async () => nonce,
    send: async (tx, n) => {
      sent.push({ data: tx.data, nonce: n });
      nonce++;
      return ("0x" + n.toString(16).padStart(64, "0")) as Hex;
    },
    wait: async () => ({ status: "success", blockNumber: 1n }),
  };
  return { sender, sent };
}

describe("senderUnits", () => {
  it("sends each due transaction once under the journal, and nothing on a second apply", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-units-"));
    const { sender, sent } = fakeSender();
    const due = plan.batches.slice(0, 2);
    const units = await senderUnits(due, sender);
    expect(units.map((u) => [u.id, u.kind])).toEqual([
      ["batch-1", "transaction"],
      ["batch-2", "timelock-schedule"],
    ]);
    await runWithJournal(Journal.open(dir, planHash(plan)), units, async () => undefined);
    expect(sent.map((s) => s.data)).toEqual(due.map((b) => b.transactions[0]!.data));
    const again = await runWithJournal(
      Journal.open(dir, planHash(plan)),
      await senderUnits(due, sender),
      async () => undefined,
    );
    expect(again.sent).toEqual([]);
    expect(sent).toHaveLength(2);
    const intents = Journal.open(dir, planHash(plan))
      .entries()
      .filter((e) => e.type === "intent");
    expect(
      intents.map((e) => (e.type === "intent" ? [e.tx?.from, e.tx?.nonce, e.timelockOperationId !== undefined] : [])),
    ).toEqual([
      [GOVOPS1, 0, false],
      [GOVOPS1, 1, true],
    ]);
    expect(sent.map((s) => s.nonce)).toEqual([0, 1]);
  });
});

describe("payloadUnits", () => {
  it("writes a Safe batch for Safe-signed authorities and raw calldata otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-payload-"));
    const units = payloadUnits(plan, plan.batches.slice(0, 2), dir, { "timelock-proposer": SAFE }, 1);
    const report = await runWithJournal(
      Journal.open(join(dir, "journal"), planHash(plan)),
      units,
      async () => undefined,
    );
    expect(report.sent).toEqual(["batch-1", "batch-2"]);
    const raw = JSON.parse(readFileSync(payloadPath(dir, plan, plan.batches[0]!), "utf8"));
    expect(raw.kind).toBe("multicall");
    expect(raw.transactions[0].data).toBe(plan.batches[0]!.transactions[0]!.data);
    const safeFile = JSON.parse(readFileSync(payloadPath(dir, plan, plan.batches[1]!), "utf8"));
    expect(safeFile.version).toBe("1.0");
    expect(decodeTimelockBatch(safeFile.transactions[0].data).functionName).toBe("scheduleBatch");
    expect(existsSync(payloadPath(dir, plan, plan.batches[1]!) + `.tmp-${process.pid}`)).toBe(false);
    void decodeMultiSendCallOnly;
  });
});
