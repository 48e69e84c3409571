import { describe, expect, it } from "vitest";
import { MAX_UINT256, MAX_RAMP_STEPS, WAD, ceilingOf, isOnRamp, planRamp } from "../../plan/sorl.js";

const M = 1_000_000n * 10n ** 18n;
const HOUR = 3600n;
const NOW = 1_800_000_000n;
const PAS = { hop: 18n * HOUR, maxChange: (125n * WAD) / 100n };
const SLOPE = 1000n;

describe("PAS SORL: ceiling = max(init, current, current × maxChange / 1e18)", () => {
  it("computes the ceiling as the Configurator does (integer division)", () => {
    expect(ceilingOf(10n * M, 0n, PAS.maxChange)).toBe(12_500_000n * 10n ** 18n);
    expect(ceilingOf(10n * M, 30n * M, PAS.maxChange)).toBe(30n * M); // the init is higher
    expect(ceilingOf(3n, 0n, PAS.maxChange)).toBe(3n); // 3 × 1.25 = 3.75 → 3: no room
    expect(ceilingOf(0n, 5n * M, PAS.maxChange)).toBe(5n * M); // first instantiation: up to the init
  });

  it("ramps +25% per hop from 10M to 20M: 4 steps over 54 h, the first at once (zzz 20 h ago)", () => {
    const r = planRamp({
      current: { maxAmount: 10n * M, slope: SLOPE },
      desired: { maxAmount: 20n * M, slope: SLOPE },
      init: { maxAmount: 10n * M, slope: SLOPE },
      zzz: NOW - 20n * HOUR,
      now: NOW,
      sorl: PAS,
    });
    expect(r.blocked).toBeUndefined();
    expect(r.steps.map((s) => [s.earliestAt - NOW, s.maxAmount, s.kind])).toEqual([
      [0n, 12_500_000n * 10n ** 18n, "increase"],
      [18n * HOUR, 15_625_000n * 10n ** 18n, "increase"],
      [36n * HOUR, 19_531_250n * 10n ** 18n, "increase"],
      [54n * HOUR, 20n * M, "increase"],
    ]);
    expect(r.durationSeconds).toBe(54n * HOUR);
  });

  it("waits for the hop counted from zzz (the last increase), not from now", () => {
    const r = planRamp({
      current: { maxAmount: 10n * M, slope: SLOPE },
      desired: { maxAmount: 12n * M, slope: SLOPE },
      init: undefined,
      zzz: NOW - 10n * HOUR,
      now: NOW,
      sorl: PAS,
    });
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]!.earliestAt).toBe(NOW + 8n * HOUR);
  });

  it("goes straight to the init when the init is above current × maxChange", () => {
    const r = planRamp({
      current: { maxAmount: 1n * M, slope: SLOPE },
      desired: { maxAmount: 10n * M, slope: SLOPE },
      init: { maxAmount: 10n * M, slope: SLOPE },
      zzz: 0n,
      now: NOW,
      sorl: PAS,
    });
    expect(r.steps.map((s) => s.maxAmount)).toEqual([10n * M]);
  });

  it("instantiates a new key up to its init at once (zzz = 0), then ramps", () => {
    const r = planRamp({
      current: { maxAmount: 0n, slope: 0n },
      desired: { maxAmount: 5n * M, slope: SLOPE },
      init: { maxAmount: 4n * M, slope: SLOPE },
      zzz: 0n,
      now: NOW,
      sorl: PAS,
    });
    expect(r.steps.map((s) => [s.earliestAt - NOW, s.maxAmount, s.kind])).toEqual([
      [0n, 4n * M, "instantiate"],
      [18n * HOUR, 5n * M, "increase"],
    ]);
  });

  it("decreases at once even inside a hop; a mixed change decreases first and raises at zzz + hop", () => {
    const r = planRamp({
      current: { maxAmount: 10n * M, slope: SLOPE },
      desired: { maxAmount: 5n * M, slope: SLOPE + 100n },
      init: undefined,
      zzz: NOW - 1n * HOUR,
      now: NOW,
      sorl: PAS,
    });
    expect(r.steps.map((s) => [s.earliestAt - NOW, s.maxAmount, s.slope, s.kind])).toEqual([
      [0n, 5n * M, SLOPE, "decrease"],
      [17n * HOUR, 5n * M, SLOPE + 100n, "increase"],
    ]);
  });

  it("sets an unlimited init's key only unlimited, and refuses anything else", () => {
    const unlimited = { maxAmount: MAX_UINT256, slope: 0n };
    const ok = planRamp({ current: { maxAmount: 0n, slope: 0n }, desired: unlimited, init: unlimited, zzz: 0n, now: NOW, sorl: PAS });
    expect(ok.steps.map((s) => s.kind)).toEqual(["unlimited"]);
    const bad = planRamp({ current: { maxAmount: 0n, slope: 0n }, desired: { maxAmount: M, slope: 1n }, init: unlimited, zzz: 0n, now: NOW, sorl: PAS });
    expect(bad.blocked).toMatch(/only sets it unlimited/);
    const noInit = planRamp({ current: { maxAmount: M, slope: 1n }, desired: unlimited, init: undefined, zzz: 0n, now: NOW, sorl: PAS });
    expect(noInit.blocked).toMatch(/cannot be raised to unlimited/);
  });

  it("refuses an increase when hop is not set, or when neither init nor maxChange leaves room", () => {
    const up = { current: { maxAmount: M, slope: 1n }, desired: { maxAmount: 2n * M, slope: 1n }, init: undefined, zzz: 0n, now: NOW };
    expect(planRamp({ ...up, sorl: { hop: 0n, maxChange: PAS.maxChange } }).blocked).toMatch(/hop is not set/);
    expect(planRamp({ ...up, sorl: { hop: PAS.hop, maxChange: WAD } }).blocked).toMatch(/leaves no room/);
    expect(
      planRamp({ current: { maxAmount: 0n, slope: 0n }, desired: { maxAmount: M, slope: 1n }, init: undefined, zzz: 0n, now: NOW, sorl: PAS }).blocked,
    ).toMatch(/no init allows it/);
  });

  it("refuses a ramp longer than MAX_RAMP_STEPS", () => {
    const r = planRamp({
      current: { maxAmount: 1n, slope: 1n },
      desired: { maxAmount: 10n ** 30n, slope: 1n },
      init: undefined,
      zzz: 0n,
      now: NOW,
      sorl: { hop: HOUR, maxChange: 2n * WAD },
    });
    expect(r.blocked).toMatch(new RegExp(`more than ${MAX_RAMP_STEPS} steps`));
  });

  it("tells a rate limit on its way up (expected) from one that cannot get there", () => {
    const want = { maxAmount: 20n * M, slope: SLOPE };
    expect(isOnRamp({ maxAmount: 12n * M, slope: SLOPE }, want, undefined, NOW, NOW, PAS)).toBe(true);
    expect(isOnRamp({ maxAmount: 25n * M, slope: SLOPE }, want, undefined, NOW, NOW, PAS)).toBe(false);
    expect(isOnRamp({ maxAmount: 12n * M, slope: SLOPE }, want, undefined, NOW, NOW, { hop: 0n, maxChange: PAS.maxChange })).toBe(false);
    // lowered by hand below the init: PAS would let GovOps jump back to the init, but no ramp of ours starts there
    const init = { maxAmount: 10n * M, slope: SLOPE };
    expect(isOnRamp({ maxAmount: 1000n, slope: 1n }, want, init, NOW, NOW, PAS)).toBe(false);
    expect(isOnRamp({ maxAmount: 12n * M, slope: SLOPE }, want, init, NOW, NOW, PAS)).toBe(true);
  });
});
