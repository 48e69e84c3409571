import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDesiredState } from "../reconciler/load/index.js";
import { fakeSha256, scaleTreeFiles } from "./scale-tree.js";

const options = {
  classes: 23,
  unitsPerClass: 10,
  classesPerAgent: 10,
  depositAsset: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  audits: {
    "lcts-portfolio": { uri: "ipfs://a", sha256: fakeSha256("a") },
    "nfat-term": { uri: "ipfs://b", sha256: fakeSha256("b") },
  },
  day0: { maxAmount: "100_000e18", slopePerDay: "100_000e18" },
};

describe("scaleTreeFiles", () => {
  it("writes one file per class under ceil(classes / classesPerAgent) agents, plus templates", () => {
    const files = scaleTreeFiles(options);
    const paths = [...files.keys()];
    expect(paths.filter((p) => p.endsWith("/agent.yaml"))).toEqual([
      "agent-0/agent.yaml",
      "agent-1/agent.yaml",
      "agent-2/agent.yaml",
    ]);
    expect(paths.filter((p) => /cls-\d+\.yaml$/.test(p))).toHaveLength(23);
    expect(paths).toContain("agent-2/cls-22.yaml");
    expect(paths).toContain("templates.yaml");
    expect(files.size).toBe(1 + 3 + 23);
  });

  it("is a valid tree the loader reads back: 23 classes of 10 units, Day-0 limits on every unit", () => {
    const dir = mkdtempSync(join(tmpdir(), "scale-tree-test-"));
    try {
      for (const [path, text] of scaleTreeFiles(options)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const loaded = loadDesiredState(dir);
      if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
      const { state } = loaded;
      expect(state.agents).toHaveLength(3);
      expect(state.classes).toHaveLength(23);
      const units = state.classes.flatMap((c) => (c.kind === "portfolio-lcts" ? c.units : []));
      expect(units).toHaveLength(230);
      expect(new Set(units.map((u) => u.id)).size).toBe(230);
      expect(state.classes.find((c) => c.id === "cls-22")!.agent).toBe("agent-2");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fakeSha256 is deterministic, 64 hex digits, and differs by id", () => {
    expect(fakeSha256("x")).toMatch(/^[0-9a-f]{64}$/);
    expect(fakeSha256("x")).toBe(fakeSha256("x"));
    expect(fakeSha256("x")).not.toBe(fakeSha256("y"));
  });

  it("refuses nonsense sizes", () => {
    expect(() => scaleTreeFiles({ ...options, classes: -1 })).toThrow();
    expect(() => scaleTreeFiles({ ...options, unitsPerClass: 0 })).toThrow();
  });
});
