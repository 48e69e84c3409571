/**
 * The scale benchmark's premise: its tree, deployed by the benchmark, has nothing to do. A no-change `halo plan`
 * is empty and drift finds nothing (at 2 classes × 10 units; the benchmark's sizes only repeat the tree), and the
 * refresh reads through the class lens (a fallback to per-call reads would show as no lens calls). The compiled
 * CLI in new processes (`halo plan --detailed-exitcode` and `halo drift`, cold, warm, with the chain moved) agrees: exit 0.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../reconciler/test/build-setup.js";
import { measureSize } from "./scale.js";

beforeAll(ensureBuilt, 300_000); // the new-process runs use dist/ (also vitest's global setup)

describe("scale benchmark tree", () => {
  it("deploys to a chain whose no-change plan is empty and whose drift is clean, read through the lens", async () => {
    const { row, findings, processes } = await measureSize(2);
    expect(findings).toEqual([]);
    expect(row.planChanges).toBe(0);
    expect(row.driftItems).toBe(0);
    expect(row.lensCalls).toBeGreaterThan(0);
    expect(row.units).toBe(20);
    // new processes: no cache, both caches warm (three runs), the tree cache only (HALO_CHAIN_CACHE=0)
    expect(row.processExit).toBe("0 / 0,0,0 / 0");
    // and plan / drift, warm and after the chain moved past the history cache (measureNewProcess checked the move)
    expect(processes?.map((c) => [c.id, c.exitCodes.join(","), c.httpRequests !== null])).toEqual([
      ["plan-cold", "0", true],
      ["plan-warm-no-history", "0", true],
      ["plan-warm", "0,0,0", true],
      ["drift-warm", "0,0,0", true],
      ["plan-moved", "0,0,0", true],
      ["drift-moved", "0,0,0", true],
    ]);
    expect(processes?.find((c) => c.id === "drift-moved")?.coveredTo).toHaveLength(3);
    expect(row.processWarmCpuMs).toBeGreaterThan(0);
    expect(row.processWarmNoHistoryCpuMs).toBeGreaterThan(0);
  }, 240_000);
});
