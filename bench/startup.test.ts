import { describe, expect, it } from "vitest";
import { median, startupTarget, type StartupResult } from "./startup.js";

const result = (versionRatio: number, helpRatio: number): StartupResult => ({
  runs: 15,
  node: "v20",
  bareNodeMs: 90,
  versionMs: 90 * versionRatio,
  helpMs: 90 * helpRatio,
  versionRatio,
  helpRatio,
});

describe("CLI start-up target (bench/startup.ts)", () => {
  it("median of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("PASS when both --version and --help are within 5× node -e 0, MISS otherwise", () => {
    expect(startupTarget(result(1.8, 5)).status).toBe("PASS");
    expect(startupTarget(result(1.8, 5.01)).status).toBe("MISS");
    expect(startupTarget(result(6, 1)).status).toBe("MISS");
    expect(startupTarget(result(1.8, 1.4)).measured).toBe(
      "--version 162 ms (1.8×), --help 126 ms (1.4×), node -e 0 90 ms",
    );
  });

  it("NOT MEASURED without a result file", () => {
    expect(startupTarget(null)).toMatchObject({ id: "cli-startup", status: "NOT MEASURED" });
  });
});
