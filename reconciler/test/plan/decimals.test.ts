/**
 * Deposit assets of other than 18 decimals in the plan (A-02, docs/plan-format.md): which changes carry the asset's
 * decimals, how their amounts render, that the saved plan keeps them, and the assets the factory would refuse.
 */
import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import type { DesiredState } from "../../model/desired.js";
import type { FactoryPlanContext } from "../../plan/factory-context.js";
import { assetDecimalsOf } from "../../plan/factory-templates.js";
import { formatFieldValue } from "../../plan/format.js";
import { parsePlan, planToJson } from "../../plan/planfile.js";
import { buildPlan } from "../../plan/planner.js";
import { rampsOf } from "../../plan/ramps.js";
import { renderText } from "../../plan/render.js";
import { markDecimals } from "../../plan/session.js";
import { desiredSummaryExample, observedBase } from "./fixtures.js";

const USDC: Address = "0x00000000000000000000000000000000000Ab0C6";

function fctx(assetDecimals?: Record<string, number | undefined>): FactoryPlanContext {
  const state = {
    classes: [{ id: "acme-mmf", kind: "portfolio-lcts", params: { depositAsset: USDC }, units: [{ id: "acme-mmf-senior" }] }],
  } as unknown as DesiredState;
  return { state, classes: {}, units: {}, ...(assetDecimals !== undefined ? { assetDecimals } : {}) };
}

describe("amounts in the deposit asset's decimals", () => {
  it("a 6-decimal class's changes carry decimals 6 and render in them (changes and ramp lines); the saved plan keeps them", () => {
    const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
    const before = renderText(plan, { color: false });
    expect(before).toContain("(18 decimals)");
    markDecimals(plan, fctx({ [USDC.toLowerCase()]: 6 }));
    const rl = plan.changes.find((c) => c.address === "class.acme-mmf.rateLimit.transfer")!;
    expect(rl.decimals).toBe(6);
    expect(plan.changes.filter((c) => c.address.startsWith("class.acme-mmf")).every((c) => c.decimals === 6)).toBe(true);
    const text = renderText(plan, { color: false });
    // 20_000_000e18 base units of a 6-decimal asset are 2e13 × 10^6 whole tokens
    expect(text).toContain("maxAmount: 10,000,000,000,000,000,000 (6 decimals) -> 20,000,000,000,000,000,000 (6 decimals)");
    expect(rampsOf(plan).find((r) => r.resource === rl.address)?.decimals).toBe(6);
    expect(text).toMatch(/ramp class\.acme-mmf\.rateLimit\.transfer: maxAmount [0-9,]+ \(6 decimals\) → 20,000,000,000,000,000,000 \(6 decimals\)/);
    expect(parsePlan(planToJson(plan, { toolVersion: "0.1.0" })).plan.changes.find((c) => c.address === rl.address)?.decimals).toBe(6);
  });

  it("18 decimals, an unread asset or no reading: nothing is marked", () => {
    for (const ctx of [fctx({ [USDC.toLowerCase()]: 18 }), fctx({}), fctx()]) {
      const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
      markDecimals(plan, ctx);
      expect(plan.changes.some((c) => c.decimals !== undefined)).toBe(false);
    }
  });

  it("formatFieldValue: amounts and slopes in the given decimals", () => {
    expect(formatFieldValue("maxAmount", 100_000n * 10n ** 6n, 6)).toBe("100,000 (6 decimals)");
    expect(formatFieldValue("slope", 1_157_407n, 6)).toBe("1157407/s (100,000 (6 decimals) per day)");
    expect(formatFieldValue("maxAmount", 100_000n * 10n ** 18n)).toBe("100,000 (18 decimals)");
  });

  it("assetDecimalsOf: the factory's refusals (no decimals, more than 36), else the asset's decimals; no reading: 18", () => {
    expect(assetDecimalsOf(fctx({ [USDC.toLowerCase()]: 6 }), USDC)).toEqual({ decimals: 6 });
    expect(assetDecimalsOf(fctx(), USDC)).toEqual({ decimals: 18 });
    expect(assetDecimalsOf(fctx({}), USDC)).toEqual({
      refused: `the deposit asset ${USDC} has no readable decimals(): the factory refuses it (Factory_DepositAssetNoDecimals)`,
    });
    expect(assetDecimalsOf(fctx({ [USDC.toLowerCase()]: 37 }), USDC)).toEqual({
      refused: `the deposit asset ${USDC} has 37 decimals: the factory accepts at most 36 (Factory_DepositAssetDecimals)`,
    });
  });

  it("assetDecimalsOf: a Day-0 amount the factory cannot scale up is refused as the factory refuses it (Day0LimitOverflow); unlimited stays unlimited", () => {
    const MAX = (1n << 256n) - 1n;
    const at = (d: number) => fctx({ [USDC.toLowerCase()]: d });
    const big = MAX / 10n ** 17n; // × 10^18 (36 decimals) overflows, × 10^17 (35) does not
    const limits = [{ flow: "LIMIT_UNIT_INFLOW", maxAmount: big, slope: 1n }];
    expect(assetDecimalsOf(at(36), USDC, limits)).toEqual({
      refused: `the template's Day-0 LIMIT_UNIT_INFLOW amount ${big} scaled to the deposit asset's 36 decimals exceeds uint256: the factory refuses it (Factory_Day0LimitOverflow)`,
    });
    expect(assetDecimalsOf(at(35), USDC, limits)).toEqual({ decimals: 35 });
    expect(assetDecimalsOf(at(36), USDC, [{ flow: "LIMIT_UNIT_INFLOW", maxAmount: MAX, slope: 0n }])).toEqual({ decimals: 36 });
    expect(assetDecimalsOf(at(6), USDC, limits)).toEqual({ decimals: 6 });
  });
});
