import { describe, expect, it } from "vitest";
import { gasLimitFor } from "../../chain/gas.js";

describe("gasLimitFor: the one gas limit rule", () => {
  it("adds 30 % and 50,000 gas to the estimate", () => {
    expect(gasLimitFor(100_000n)).toBe(180_000n);
    expect(gasLimitFor(21_000n)).toBe(77_300n);
  });

  it("never exceeds the block's gas limit when it is known", () => {
    expect(gasLimitFor(29_000_000n, 30_000_000n)).toBe(30_000_000n);
    expect(gasLimitFor(100_000n, 30_000_000n)).toBe(180_000n);
  });
});
