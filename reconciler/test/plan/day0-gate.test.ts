// The Day-0 rule in the planner: no SORL ramp above the Day-0 value while the owning entry is in Day-0.
import { describe, expect, it } from "vitest";
import { buildPlan, summaryLine } from "../../plan/planner.js";
import { DAY, HOUR, NOW, desiredSummaryExample, observedBase } from "./fixtures.js";

const withDay0 = (day0: { cycles: number; reviewCount: number; endedAt: bigint; lastReviewAt?: bigint }) => {
  const observed = observedBase();
  const cls = observed.resources["class.acme-mmf"]!;
  cls.fields["day0.cycles"] = day0.cycles;
  cls.fields["day0.reviewCount"] = day0.reviewCount;
  cls.fields["day0.endedAt"] = day0.endedAt;
  if (day0.lastReviewAt !== undefined) cls.fields["day0.lastReviewAt"] = day0.lastReviewAt;
  return observed;
};

describe("the planner respects Day-0", () => {
  it("plans no ramp above the Day-0 value while the class is in Day-0 and says why", () => {
    const plan = buildPlan({ desired: desiredSummaryExample(), observed: withDay0({ cycles: 7, reviewCount: 2, endedAt: 0n }) });
    expect(plan.actions.filter((a) => a.function === "setRateLimit")).toEqual([]);
    const waiting = plan.actions.find((a) => a.kind === "replace-refused" && a.resource === "class.acme-mmf.rateLimit.transfer");
    expect(waiting?.reason).toMatch(/^waiting for Day-0: 2 of 7 reviews of class\.acme-mmf \(one per daily window from 13:00 UTC; earliest end \d{4}-\d\d-\d\dT13:00:00Z\): the limit stays at its Day-0 value/);
    expect(summaryLine(plan.summary)).not.toMatch(/ramp/);
  });

  it("dates the earliest end from the last review's window", () => {
    // NOW = 1_800_000_000 = 2027-01-15T08:00:00Z; a review at 07:00 took the window that opened 2027-01-14T13:00Z
    const plan = buildPlan({ desired: desiredSummaryExample(), observed: withDay0({ cycles: 3, reviewCount: 2, endedAt: 0n, lastReviewAt: NOW - HOUR }) });
    const waiting = plan.actions.find((a) => a.kind === "replace-refused" && a.resource === "class.acme-mmf.rateLimit.transfer");
    expect(waiting?.reason).toContain("2 of 3 reviews");
    expect(waiting?.reason).toContain("earliest end 2027-01-15T13:00:00Z");
  });

  it("ramps under SORL once the registry has recorded the end of Day-0", () => {
    const plan = buildPlan({ desired: desiredSummaryExample(), observed: withDay0({ cycles: 7, reviewCount: 7, endedAt: NOW - DAY }) });
    expect(summaryLine(plan.summary)).toBe("Plan: 2 to add, 1 to change, 0 to destroy; 1 timelock batch; 1 rate-limit ramp of 4 steps over 54 h");
    expect(plan.actions.some((a) => a.kind === "replace-refused")).toBe(false);
  });
});
