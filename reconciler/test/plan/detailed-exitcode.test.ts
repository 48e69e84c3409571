/**
 * `halo plan --detailed-exitcode` exits 2 whenever the tree and the chain differ (docs/cli.md): a plan whose only
 * entries are refused or waiting changes still differs from the chain; only an empty plan exits 0.
 */
import { describe, expect, it } from "vitest";
import { hasChanges } from "../../cli/commands/plan.js";
import type { Plan, ResourceChange } from "../../model/plan-doc.js";

const EMPTY: Plan = {
  seed: "0x00",
  now: 0n,
  chainId: 31337,
  blockNumber: 1n,
  blockHash: "0x00",
  observedFingerprint: "0x00",
  desiredHash: "0x00",
  changes: [],
  undeclared: [],
  actions: [],
  batches: [],
  summary: { add: 0, change: 0, destroy: 0, refused: 0, timelockBatches: 0, spellBatches: 0, ramps: [] },
};

const waiting: ResourceChange = {
  address: "class.acme-mmf.unit.acme-mmf-senior.limit.subscribe-settle",
  type: "rateLimit",
  kind: "refused",
  fields: [],
  reason: "waiting for Day-0: 3 of 7 reviews of class.acme-mmf",
};

describe("plan --detailed-exitcode: what counts as a difference", () => {
  it("an empty plan has no changes (exit 0)", () => {
    expect(hasChanges(EMPTY)).toBe(false);
  });

  it("a plan with only a Day-0 wait differs from the chain (exit 2)", () => {
    expect(hasChanges({ ...EMPTY, changes: [waiting], summary: { ...EMPTY.summary, refused: 1 } })).toBe(true);
  });

  it("a plan with batches to apply differs from the chain (exit 2)", () => {
    const batches = [{ id: "b1" }] as unknown as Plan["batches"];
    expect(hasChanges({ ...EMPTY, batches })).toBe(true);
  });
});
