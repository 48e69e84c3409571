import { describe, expect, it } from "vitest";
import { type ScaleRow, callGrowthFindings } from "./scale.js";

const row = (treeSize: number, rpcCalls: number, driftRpcCalls = rpcCalls): ScaleRow => ({
  treeSize,
  units: treeSize * 10,
  resources: 0,
  yamlFiles: 0,
  deployS: 0,
  deployTransactions: 0,
  validateMs: 0,
  planMs: 0,
  planObserveMs: 0,
  rpcRequests: 0,
  rpcCalls,
  planCpuMs: 0,
  planNodeCpuMs: 0,
  lensCalls: 0,
  planChanges: 0,
  driftMs: 0,
  driftRpcRequests: 0,
  driftRpcCalls,
  driftCpuMs: 0,
  driftNodeCpuMs: 0,
  driftItems: 0,
});

describe("callGrowthFindings", () => {
  it("is silent while the calls grow linearly with the tree", () => {
    expect(callGrowthFindings([row(10, 3_700), row(100, 36_500), row(1000, 400_000)])).toEqual([]);
  });

  it("reports a size whose calls per class exceed the smallest size's by more than 10 %, plan and drift apart", () => {
    const f = callGrowthFindings([row(10, 3_700), row(1000, 488_000, 370_000)]);
    expect(f).toHaveLength(1);
    expect(f[0]).toContain("1000 classes: plan sent 488 JSON-RPC calls per class against 370 at 10 classes");
    expect(f[0]).toContain("about 118000 calls");
  });

  it("needs a non-empty size to compare with", () => {
    expect(callGrowthFindings([])).toEqual([]);
    expect(callGrowthFindings([row(0, 100)])).toEqual([]);
  });
});
