import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Journal } from "../../apply/journal.js";
import { StalePlanError, checkFreshness, scheduleBatches } from "../../apply/preflight.js";
import { buildPlan } from "../../plan/planner.js";
import { planHash } from "../../plan/planfile.js";
import { DAY, HOUR, M, NOW, desiredSummaryExample, observedBase } from "./fixtures.js";

const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });

describe("checkFreshness", () => {
  it("accepts the same state at a later block", () => {
    expect(() =>
      checkFreshness(plan, { ...observedBase(), blockNumber: 200n, blockTimestamp: NOW + 100n }),
    ).not.toThrow();
  });

  it("refuses another chain and a changed state with a clear message", () => {
    expect(() => checkFreshness(plan, { ...observedBase(), chainId: 1 })).toThrow(
      /this plan is for chain 31337, but the RPC serves chain 1/,
    );
    const changed = observedBase();
    changed.resources["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 9n * M;
    expect(() => checkFreshness(plan, changed)).toThrow(StalePlanError);
    expect(() => checkFreshness(plan, changed)).toThrow(/the plan is stale: .* Run `halo plan` again/);
  });

  it("lets the journal decide once this plan has made progress", () => {
    const j = Journal.open(mkdtempSync(join(tmpdir(), "halo-pre-")), planHash(plan));
    const changed = observedBase();
    changed.resources["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 12_500_000n * 10n ** 18n;
    expect(() => checkFreshness(plan, changed, j)).toThrow(StalePlanError);
    j.recordIntent("batch-1", "transaction");
    j.recordResult("batch-1", { status: "success" });
    expect(() => checkFreshness(plan, changed, j)).not.toThrow();
  });
});

describe("scheduleBatches", () => {
  it("splits done, due and later batches", () => {
    const j = Journal.open(mkdtempSync(join(tmpdir(), "halo-pre-")), planHash(plan));
    j.recordIntent("batch-1", "transaction");
    j.recordResult("batch-1", { status: "success" });
    const s = scheduleBatches(plan, NOW + 20n * HOUR, j);
    expect(s.done.map((b) => b.id)).toEqual(["batch-1"]);
    // batch-1 is the Core Council's scheduleBatch; GovOps' first two SORL steps are due, the third step, the
    // fourth, and what waits on the PAS Timelock delay (executeBatch, GovOps, Core Council direct) are later
    expect(s.due.map((b) => [b.kind, b.actor])).toEqual([
      ["transactions", "govops"],
      ["transactions", "govops"],
    ]);
    expect(s.later.map((b) => b.earliestAt - NOW)).toEqual([36n * HOUR, 54n * HOUR, 14n * DAY, 14n * DAY, 14n * DAY]);
  });

  it("counts a batch of several transactions as done only when every transaction is", () => {
    const multi = {
      ...plan,
      batches: plan.batches.map((b, i) =>
        i === 0 ? { ...b, transactions: [b.transactions[0]!, b.transactions[0]!] } : b,
      ),
    };
    const j = Journal.open(mkdtempSync(join(tmpdir(), "halo-pre-")), planHash(multi));
    j.recordIntent("batch-1#0", "transaction");
    j.recordResult("batch-1#0", { status: "success" });
    expect(scheduleBatches(multi, NOW, j).done).toEqual([]);
    j.recordIntent("batch-1#1", "transaction");
    j.recordResult("batch-1#1", { status: "success" });
    expect(scheduleBatches(multi, NOW, j).done.map((b) => b.id)).toEqual(["batch-1"]);
  });
});
