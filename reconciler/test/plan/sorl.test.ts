import { describe, expect, it } from "vitest";
import { MAX_UINT256, isOnRamp, maxAllowedIncrease, planRamp, type SorlParams } from "../../plan/sorl.js";

const E18 = 10n ** 18n;
const M = 1_000_000n * E18;
const HOUR = 3600n;
const HOP = 18n * HOUR;
const sorl: SorlParams = { hop: HOP, maxChangeBps: 2500n };
const NOW = 1_800_000_000n;
const SLOPE = 115_740_740_740_740_740_740n; // ≈ 10M per day, per second

describe("maxAllowedIncrease", () => {
  it("floors like Solidity and saturates at unlimited", () => {
    expect(maxAllowedIncrease(10n * M, 2500n)).toBe(12_500_000n * E18);
    expect(maxAllowedIncrease(3n, 2500n)).toBe(3n);
    expect(maxAllowedIncrease(7n, 2500n)).toBe(8n); // 8.75 floors
    expect(maxAllowedIncrease(MAX_UINT256, 2500n)).toBe(MAX_UINT256);
    expect(maxAllowedIncrease(MAX_UINT256 - 1n, 2500n)).toBe(MAX_UINT256);
  });
});

describe("planRamp", () => {
  it("follows the spec's story: init 10M, then +25% per hop, ≈47.7M after 7 increases", () => {
    const plan = planRamp({
      current: { maxAmount: 0n, slope: 0n },
      init: { maxAmount: 10n * M, slope: SLOPE },
      desired: { maxAmount: 47_683_715_820_312_500_000_000_000n, slope: SLOPE },
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(plan.blocked).toBeUndefined();
    // 10M · 1.25^k is exact in wei for k ≤ 7 (1e25 is divisible by 4^7)
    expect(plan.steps.map((s) => s.maxAmount)).toEqual(
      [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n].map((k) => (10n * M * 5n ** k) / 4n ** k),
    );
    expect(plan.steps[3]!.maxAmount).toBe(19_531_250n * E18);
    expect(plan.steps[7]!.maxAmount).toBe(47_683_715_820_312_500_000_000_000n); // ≈47.7M
    expect(plan.steps[0]!.kind).toBe("instantiate");
    expect(plan.steps.slice(1).every((s) => s.kind === "increase")).toBe(true);
    expect(plan.steps.map((s) => s.earliestAt - NOW)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n].map((i) => i * HOP));
    expect(plan.durationSeconds).toBe(7n * HOP); // 126 h
  });

  it("clamps the last step to the desired value: 4 steps over 54 h", () => {
    const plan = planRamp({
      current: { maxAmount: 10n * M, slope: SLOPE },
      init: { maxAmount: 10n * M, slope: SLOPE },
      desired: { maxAmount: 20n * M, slope: SLOPE },
      lastIncreaseAt: NOW - 20n * HOUR,
      now: NOW,
      sorl,
    });
    expect(plan.steps.map((s) => s.maxAmount)).toEqual([
      12_500_000n * E18,
      15_625_000n * E18,
      19_531_250n * E18,
      20n * M,
    ]);
    expect(plan.durationSeconds).toBe(54n * HOUR);
    expect(plan.steps[0]!.earliestAt).toBe(NOW);
  });

  it("waits for the hop after a recent increase", () => {
    const plan = planRamp({
      current: { maxAmount: 10n * M, slope: SLOPE },
      init: undefined,
      desired: { maxAmount: 12n * M, slope: SLOPE },
      lastIncreaseAt: NOW - HOUR,
      now: NOW,
      sorl,
    });
    expect(plan.steps).toEqual([
      { index: 0, earliestAt: NOW + 17n * HOUR, maxAmount: 12n * M, slope: SLOPE, kind: "increase" },
    ]);
  });

  it("applies decreases at once, even while an increase of the other field must wait", () => {
    const plan = planRamp({
      current: { maxAmount: 10n * M, slope: 100n },
      init: undefined,
      desired: { maxAmount: 5n * M, slope: 150n },
      lastIncreaseAt: NOW - HOUR,
      now: NOW,
      sorl,
    });
    expect(plan.steps).toEqual([
      { index: 0, earliestAt: NOW, maxAmount: 5n * M, slope: 100n, kind: "decrease" },
      { index: 1, earliestAt: NOW + 17n * HOUR, maxAmount: 5n * M, slope: 125n, kind: "increase" },
      { index: 2, earliestAt: NOW + 35n * HOUR, maxAmount: 5n * M, slope: 150n, kind: "increase" },
    ]);
  });

  it("combines a decrease with an allowed increase in one step", () => {
    const plan = planRamp({
      current: { maxAmount: 10n * M, slope: 100n },
      init: undefined,
      desired: { maxAmount: 5n * M, slope: 110n },
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(plan.steps).toEqual([{ index: 0, earliestAt: NOW, maxAmount: 5n * M, slope: 110n, kind: "increase" }]);
  });

  it("returns no steps when in sync, and instant decreases from unlimited", () => {
    const v = { maxAmount: 10n * M, slope: SLOPE };
    expect(planRamp({ current: v, desired: v, init: undefined, lastIncreaseAt: 0n, now: NOW, sorl }).steps).toEqual([]);
    const down = planRamp({
      current: { maxAmount: MAX_UINT256, slope: 0n },
      desired: { maxAmount: M, slope: 0n },
      init: undefined,
      lastIncreaseAt: NOW,
      now: NOW,
      sorl,
    });
    expect(down.steps).toEqual([{ index: 0, earliestAt: NOW, maxAmount: M, slope: 0n, kind: "decrease" }]);
    expect(down.durationSeconds).toBe(0n);
  });

  it("instantiates straight to an unlimited init but refuses to ramp to unlimited", () => {
    const unlimited = { maxAmount: MAX_UINT256, slope: 0n };
    const first = planRamp({
      current: { maxAmount: 0n, slope: 0n },
      desired: unlimited,
      init: unlimited,
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(first.steps).toEqual([
      { index: 0, earliestAt: NOW, maxAmount: MAX_UINT256, slope: 0n, kind: "instantiate" },
    ]);
    const ramp = planRamp({
      current: { maxAmount: M, slope: 0n },
      desired: unlimited,
      init: unlimited,
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(ramp.blocked).toMatch(/unlimited/);
    expect(ramp.steps).toEqual([]);
  });

  it("is blocked without an init for a first instantiation, and when 25% rounds to nothing", () => {
    const none = planRamp({
      current: { maxAmount: 0n, slope: 0n },
      desired: { maxAmount: M, slope: 1n },
      init: undefined,
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(none.blocked).toMatch(/no init/);
    const stuck = planRamp({
      current: { maxAmount: M, slope: 3n },
      desired: { maxAmount: M, slope: 10n },
      init: undefined,
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(stuck.blocked).toMatch(/cannot rise from 3/);
  });

  it("refuses ramps longer than the step cap", () => {
    const long = planRamp({
      current: { maxAmount: 1n * E18, slope: 0n },
      desired: { maxAmount: 10n ** 40n, slope: 0n },
      init: undefined,
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(long.blocked).toMatch(/more than 64 steps/);
    expect(long.steps).toHaveLength(64);
  });

  it("caps the instantiation at the init and ramps the rest", () => {
    const plan = planRamp({
      current: { maxAmount: 0n, slope: 0n },
      desired: { maxAmount: 11n * M, slope: 50n },
      init: { maxAmount: 10n * M, slope: 100n },
      lastIncreaseAt: 0n,
      now: NOW,
      sorl,
    });
    expect(plan.steps.map((s) => [s.maxAmount, s.slope, s.earliestAt - NOW])).toEqual([
      [10n * M, 50n, 0n],
      [11n * M, 50n, HOP],
    ]);
  });
});

describe("isOnRamp", () => {
  const desired = { maxAmount: 20n * M, slope: SLOPE };
  it("accepts values below the desired ones that SORL can still raise", () => {
    expect(isOnRamp({ maxAmount: 12_500_000n * E18, slope: SLOPE }, desired, undefined, NOW - HOUR, NOW, sorl)).toBe(
      true,
    );
  });
  it("rejects values above, equal, zero or stuck", () => {
    expect(isOnRamp({ maxAmount: 21n * M, slope: SLOPE }, desired, undefined, 0n, NOW, sorl)).toBe(false);
    expect(isOnRamp(desired, desired, undefined, 0n, NOW, sorl)).toBe(false);
    expect(isOnRamp({ maxAmount: 0n, slope: 0n }, desired, undefined, 0n, NOW, sorl)).toBe(false);
    expect(
      isOnRamp({ maxAmount: 20n * M, slope: 2n }, { maxAmount: 20n * M, slope: 9n }, undefined, 0n, NOW, sorl),
    ).toBe(false);
  });
});
