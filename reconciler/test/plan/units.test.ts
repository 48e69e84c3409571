import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Address, type Hex, getAddress } from "viem";
import { Journal, runWithJournal } from "../../apply/journal.js";
import { decodeMultiSendCallOnly } from "../../apply/safe.js";
import { type Sender, payloadPath, payloadUnits, senderUnits } from "../../apply/units.js";
import { planHash } from "../../plan/planfile.js";
import { buildPlan } from "../../plan/planner.js";
import { decodeTimelockBatch } from "../../plan/timelock.js";
import { GOVOPS1, desiredNewClass, desiredSummaryExample, fakeBuilders, observedBase } from "./fixtures.js";

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
      ["batch-1", "timelock-schedule"],
      ["batch-2", "transaction"],
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
      [GOVOPS1, 0, true],
      [GOVOPS1, 1, false],
    ]);
    expect(sent.map((s) => s.nonce)).toEqual([0, 1]);
  });
});

describe("payloadUnits", () => {
  it("writes a Safe batch for Safe-signed actors and raw calldata otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-payload-"));
    const units = payloadUnits(plan, plan.batches.slice(0, 2), dir, { "core-council-timelocked": SAFE }, 1);
    const report = await runWithJournal(
      Journal.open(join(dir, "journal"), planHash(plan)),
      units,
      async () => undefined,
    );
    expect(report.sent).toEqual(["batch-1", "batch-2"]);
    const raw = JSON.parse(readFileSync(payloadPath(dir, plan, plan.batches[1]!), "utf8"));
    expect([raw.kind, raw.actor, raw.signer]).toEqual(["transactions", "govops", getAddress(GOVOPS1)]);
    expect(raw.signs).toMatch(/GovOps \(cBEAM\)/);
    expect(raw.transactions[0].data).toBe(plan.batches[1]!.transactions[0]!.data);
    const safeFile = JSON.parse(readFileSync(payloadPath(dir, plan, plan.batches[0]!), "utf8"));
    expect(safeFile.version).toBe("1.0");
    expect(decodeTimelockBatch(safeFile.transactions[0].data).functionName).toBe("scheduleBatch");
    expect(existsSync(payloadPath(dir, plan, plan.batches[0]!) + `.tmp-${process.pid}`)).toBe(false);
    void decodeMultiSendCallOnly;
  });

  it("writes a sky-governance batch as a spell payload: JSON calls and the Solidity snippet next to it", async () => {
    const observed = observedBase();
    observed.pas.factoryRole = { role: 3, userRole: false, actions: {}, proposerIsAdapter: false };
    const p = buildPlan({ desired: desiredNewClass(), observed, builders: fakeBuilders });
    const spell = p.batches[0]!;
    expect(spell.actor).toBe("sky-governance");
    const dir = mkdtempSync(join(tmpdir(), "halo-spell-"));
    // a Safe cannot act as the PauseProxy: the spell payload is written whatever the Safe mapping says
    const units = payloadUnits(p, [spell], dir, { govops: SAFE }, 1, observed.system);
    await runWithJournal(Journal.open(join(dir, "journal"), planHash(p)), units, async () => undefined);
    const path = payloadPath(dir, p, spell);
    expect(path).toMatch(/-batch-1-spell\.json$/);
    const doc = JSON.parse(readFileSync(path, "utf8"));
    expect([doc.format, doc.actor, doc.executor, doc.calls.length]).toEqual(["halo-spell/1", "sky-governance", observed.system.pauseProxy, 7]);
    expect(readFileSync(path.replace(/\.json$/, ".sol"), "utf8")).toBe(doc.solidity);
  });
});
