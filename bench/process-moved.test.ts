import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeHistoryFile } from "../reconciler/chain/history-cache.js";
import { median, summariseCase, PROCESS_CASES } from "./plan-process.js";
import { coveredToOf, historyCoverage, movedFailure } from "./process-moved.js";

const file = (coveredTo: bigint) =>
  encodeHistoryFile(
    { kind: "roles", key: "k", chainId: 31337, fromBlock: "1", coveredTo: coveredTo.toString(), coveredHash: `0x${"ab".repeat(32)}` },
    [Buffer.from("body")],
  );

describe("the moved-chain check", () => {
  it("reads coveredTo from the history cache's own file format, and nothing from other files", () => {
    expect(coveredToOf(file(1_234n))).toBe(1_234n);
    expect(coveredToOf(Buffer.from("HALOHIST"))).toBeUndefined();
    expect(coveredToOf(Buffer.from("not a cache file at all"))).toBeUndefined();
    const project = mkdtempSync(join(tmpdir(), "live14-moved-"));
    try {
      expect(historyCoverage(project).size).toBe(0); // no out/.cache yet
      mkdirSync(join(project, "out", ".cache"), { recursive: true });
      writeFileSync(join(project, "out", ".cache", "history-roles-a.bin"), file(100n));
      writeFileSync(join(project, "out", ".cache", "history-deployments-b.bin"), file(90n));
      writeFileSync(join(project, "out", ".cache", "tree-x.bin"), file(5n)); // not a history file
      writeFileSync(join(project, "out", ".cache", "history-pas-logs-c.bin"), Buffer.from("damaged"));
      expect([...historyCoverage(project)].sort()).toEqual([
        ["history-deployments-b.bin", 90n],
        ["history-roles-a.bin", 100n],
      ]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it("fails unless the final block moved past every entry and the run stored it in every one", () => {
    const before = new Map([["a", 100n], ["b", 90n]]);
    expect(movedFailure(before, 164n, new Map([["a", 164n], ["b", 164n]]))).toBeUndefined();
    expect(movedFailure(new Map(), 164n, new Map())).toMatch(/no history cache files/);
    // the chain did not move past entry a: the run would be a warm run, not a moved one
    expect(movedFailure(before, 100n, new Map([["a", 100n], ["b", 100n]]))).toBe(
      "the final block 100 did not move past the history cache (a covers 100)",
    );
    // the run read past it but did not write b back (or deleted it)
    expect(movedFailure(before, 164n, new Map([["a", 164n], ["b", 90n]]))).toBe(
      "the run did not store the moved final block 164: b covers 90",
    );
    expect(movedFailure(before, 164n, new Map([["a", 164n]]))).toBe("the run did not store the moved final block 164: b covers nothing");
  });
});

describe("new-process cases", () => {
  it("summarises runs by their medians and the largest request count", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3); // (2 + 3) / 2 rounded
    expect(median([])).toBe(0);
    const run = (wallMs: number, httpRequests?: number, exitCode = 0) => ({
      wallMs,
      cpuMs: wallMs - 500,
      nodeCpuMs: 1_000,
      exitCode,
      ...(httpRequests !== undefined ? { httpRequests } : {}),
      ...(exitCode !== 0 ? { error: "boom" } : {}),
    });
    const moved = PROCESS_CASES.find((c) => c.id === "drift-moved")!;
    expect(summariseCase(moved, [run(5_000, 11), run(4_000, 12), run(6_000, 11)], { blocks: 64, coveredTo: ["1 → 65"] })).toEqual({
      id: "drift-moved",
      command: "drift",
      what: moved.what,
      runsMs: [5_000, 4_000, 6_000],
      runsCpuMs: [4_500, 3_500, 5_500],
      medianMs: 5_000,
      medianCpuMs: 4_500,
      medianNodeCpuMs: 1_000,
      httpRequests: 12,
      exitCodes: [0, 0, 0],
      movedBlocks: 64,
      coveredTo: ["1 → 65"],
    });
    const s = summariseCase(PROCESS_CASES[0], [run(1, 3), run(2, undefined, 1)]);
    expect([s.httpRequests, s.exitCodes, s.error, "movedBlocks" in s]).toEqual([null, [0, 1], "boom", false]);
  });
});
