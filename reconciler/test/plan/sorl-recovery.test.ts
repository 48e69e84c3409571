/**
 * The plan-time explanation of a rate limit SORL can never raise: the cause recomputed from the ramp's inputs and
 * the recovery path (actor and BeamState call, with the key and RateLimits) appended to the planner's refusal.
 */
import type { Address, Hex } from "viem";
import { describe, expect, it } from "vitest";
import { MAX_UINT256, type RampInput, WAD, planRamp } from "../../plan/sorl.js";
import { blockedCause, explainBlockedRamp } from "../../plan/sorl-recovery.js";

const M = 1_000_000n * 10n ** 18n;
const NOW = 1_800_000_000n;
const PAS = { hop: 18n * 3600n, maxChange: (125n * WAD) / 100n };
const RL = "0x00000000000000000000000000000000000000a1" as Address;
const KEY = `0x${"ab".repeat(32)}` as Hex;
const at = { rateLimits: RL, key: KEY };

function explain(input: RampInput): string {
  const r = planRamp(input);
  expect(r.blocked).toBeDefined();
  return explainBlockedRamp(r.blocked!, input, at);
}

describe("a rate limit SORL can never raise back: cause and recovery path", () => {
  it("a slope set to 1 by hand, without an init: 1 × 1.25 rounds back to 1 — the Core Council schedules an init", () => {
    const input: RampInput = {
      current: { maxAmount: M, slope: 1n },
      desired: { maxAmount: M, slope: 1000n },
      init: undefined,
      zzz: 0n,
      now: NOW,
      sorl: PAS,
    };
    expect(blockedCause(input)).toEqual({ cause: "no-room", field: "slope" });
    const text = explain(input);
    expect(text).toContain("slope cannot rise from 1 under SORL");
    expect(text).toContain(
      `Recovery: slope 1 × maxChange ${PAS.maxChange}/${WAD} rounds back to 1, so SORL can never raise it: the Core Council schedules BeamState.addInitRateLimits(${KEY}, ${RL}, ${M}, 1000) on the PAS Timelock`,
    );
    expect(text).toContain("GovOps raises it to the init in one increase");
    expect(text).toContain(`BeamState.setMaxChange(${RL}, ${2n * WAD}) on the PAS Timelock`);
  });

  it("with an init that no longer allows the value (maxChange 1×): the init is removed directly, then re-added through the Timelock", () => {
    const input: RampInput = {
      current: { maxAmount: 2n * M, slope: 1n },
      desired: { maxAmount: 3n * M, slope: 1n },
      init: { maxAmount: M, slope: 1n },
      zzz: 0n,
      now: NOW,
      sorl: { hop: PAS.hop, maxChange: WAD },
    };
    expect(blockedCause(input)).toEqual({ cause: "no-room", field: "maxAmount" });
    expect(explain(input)).toContain(
      `the Core Council removes the init (BeamState.delInitRateLimits(${KEY}, ${RL}), direct) and schedules BeamState.addInitRateLimits(${KEY}, ${RL}, ${3n * M}, 1)`,
    );
  });

  it("no init at all: the value cannot rise from 0", () => {
    const input: RampInput = { current: { maxAmount: 0n, slope: 0n }, desired: { maxAmount: M, slope: 1n }, init: undefined, zzz: 0n, now: NOW, sorl: PAS };
    expect(blockedCause(input).cause).toBe("no-init");
    expect(explain(input)).toMatch(/no init allows it.*Recovery: the Core Council schedules BeamState\.addInitRateLimits\(.*\) on the PAS Timelock .*GovOps then sets it in one increase/);
  });

  it("no hop: setHop through the PAS Timelock", () => {
    const input: RampInput = { current: { maxAmount: M, slope: 1n }, desired: { maxAmount: 2n * M, slope: 1n }, init: undefined, zzz: 0n, now: NOW, sorl: { hop: 0n, maxChange: PAS.maxChange } };
    expect(blockedCause(input).cause).toBe("no-hop");
    expect(explain(input)).toContain(`Recovery: the Core Council schedules BeamState.setHop(${RL}, <seconds>) on the PAS Timelock`);
  });

  it("an unlimited init, and an unlimited value without one", () => {
    const unlimited = { maxAmount: MAX_UINT256, slope: 0n };
    const a: RampInput = { current: { maxAmount: 0n, slope: 0n }, desired: { maxAmount: M, slope: 1n }, init: unlimited, zzz: 0n, now: NOW, sorl: PAS };
    expect(blockedCause(a).cause).toBe("unlimited-init");
    expect(explain(a)).toContain("removes the unlimited init (BeamState.delInitRateLimits(");
    const b: RampInput = { current: { maxAmount: M, slope: 1n }, desired: unlimited, init: undefined, zzz: 0n, now: NOW, sorl: PAS };
    expect(blockedCause(b).cause).toBe("unlimited-desired");
    expect(explain(b)).toContain(`BeamState.addInitRateLimits(${KEY}, ${RL}, max uint256, 0)`);
  });

  it("a ramp longer than the step limit: a higher init or a staged value", () => {
    const input: RampInput = { current: { maxAmount: 1n, slope: 1n }, desired: { maxAmount: 10n ** 30n, slope: 1n }, init: undefined, zzz: 0n, now: NOW, sorl: { hop: 3600n, maxChange: 2n * WAD } };
    expect(blockedCause(input).cause).toBe("too-many-steps");
    expect(explain(input)).toContain("so the ramp starts higher, or declare an intermediate value and ramp in stages");
  });
});
