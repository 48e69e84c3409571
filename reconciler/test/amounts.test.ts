import { describe, expect, it } from "vitest";
import { GrammarError, formatAmount, parseAmount, parseDuration, parseLimitAmount, slopePerSecond } from "../load/amounts.js";
import { MAX_UINT256 } from "../model/desired.js";

describe("amount grammar", () => {
  it.each([
    ["0", 0n],
    ["1", 1n],
    ["10_000_000e18", 10_000_000n * 10n ** 18n],
    ["1e18", 10n ** 18n],
    ["1E6", 1_000_000n],
    ["2.5e6", 2_500_000n],
    ["1.50e2", 150n],
    ["1_000.000_1e4", 10_000_001n],
    ["115792089237316195423570985008687907853269984665640564039457584007913129639935", MAX_UINT256],
  ])("%s = %s", (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each([
    ["1.5", /is not a whole number of base units/],
    ["1.05e1", /is not a whole number of base units/],
    ["-1", /is not an amount/],
    ["1_", /is not an amount/],
    ["_1", /is not an amount/],
    ["1__0", /is not an amount/],
    ["0x10", /is not an amount/],
    ["1e-3", /is not an amount/],
    ["unlimited", /is not an amount/],
    ["1e79", /exceeds uint256 \(exponent 79 > 78\)/],
    ["2e77", /exceeds uint256$/],
    ["", /is not an amount/],
  ])("%s is refused", (text, message) => {
    expect(() => parseAmount(text)).toThrow(GrammarError);
    expect(() => parseAmount(text)).toThrow(message);
  });

  it("rate-limit amounts also accept unlimited", () => {
    expect(parseLimitAmount("unlimited")).toBe(MAX_UINT256);
    expect(parseLimitAmount("5e18")).toBe(5n * 10n ** 18n);
    expect(() => parseLimitAmount("Unlimited")).toThrow(GrammarError);
  });

  it("formats amounts with _ groups", () => {
    expect(formatAmount(0n)).toBe("0");
    expect(formatAmount(1_234_567n)).toBe("1_234_567");
    expect(formatAmount(MAX_UINT256)).toBe("unlimited");
  });
});

describe("slope per second", () => {
  it("is floor(perDay / 86400)", () => {
    expect(slopePerSecond(86_400n)).toBe(1n);
    expect(slopePerSecond(86_399n)).toBe(0n);
    expect(slopePerSecond(172_799n)).toBe(1n);
    // 10M tokens (18 decimals) per day
    expect(slopePerSecond(10_000_000n * 10n ** 18n)).toBe(115_740_740_740_740_740_740n);
  });
  it("keeps unlimited unlimited", () => {
    expect(slopePerSecond(MAX_UINT256)).toBe(MAX_UINT256);
  });
});

describe("duration grammar", () => {
  it.each([
    ["0", 0n],
    ["3600", 3_600n],
    ["45s", 45n],
    ["18h", 64_800n],
    ["90d", 7_776_000n],
    ["2w", 1_209_600n],
    ["2y", 63_072_000n],
    ["1_000d", 86_400_000n],
  ])("%s = %s seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });
  it.each(["90 d", "1.5y", "3m", "d", "-1d", "90D"])("%s is refused", (text) => {
    expect(() => parseDuration(text)).toThrow(/is not a duration/);
  });
});
