import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../cli/program.js";
import type { CliIo } from "../../cli/io.js";
import { fieldDiff, fieldLines, formatAmount, formatFieldValue, formatSeconds, formatSlope, enumName, roundestPerDay } from "../../plan/format.js";
import { ganttChart, ganttTasks } from "../../plan/gantt.js";
import { buildPlan } from "../../plan/planner.js";
import { writePlanFile } from "../../plan/planfile.js";
import { groupRepeats, rampLine, rampsOf } from "../../plan/ramps.js";
import { renderMarkdown, renderText } from "../../plan/render.js";
import { MAX_UINT256 } from "../../plan/sorl.js";
import { E18, HOUR, M, NOW, SLOPE, desiredSummaryExample, observedBase } from "./fixtures.js";

const summaryPlan = () => buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });

describe("format: amounts, durations, slopes, enums", () => {
  it("shows amounts in the YAML's units, exactly", () => {
    expect(formatAmount(10_000_000n * E18)).toBe("10,000,000 (18 decimals)");
    expect(formatAmount(15n * E18 / 10n)).toBe("1.5 (18 decimals)");
    expect(formatAmount(1n)).toBe("0.000000000000000001 (18 decimals)");
    expect(formatAmount(123_456_789_012_345_678_901_234_567n)).toBe("123,456,789.012345678901234567 (18 decimals)");
    expect(formatAmount(0n)).toBe("0 (18 decimals)");
    expect(formatAmount(1_500_000n, 6)).toBe("1.5 (6 decimals)");
    expect(formatAmount(MAX_UINT256)).toBe("unlimited");
    // beyond a double's precision: still exact
    expect(formatAmount(2n ** 200n * E18 + 1n)).toMatch(/^1,606,938,044,258,990,275,541,962,092,341,162,602,522,202,993,782,792,835,301,376\.000000000000000001 \(18 decimals\)$/);
  });

  it("shows durations in hours and days", () => {
    expect(formatSeconds(64_800n)).toBe("18 h");
    expect(formatSeconds(14n * 24n * HOUR)).toBe("14 d");
    expect(formatSeconds(24n * HOUR)).toBe("24 h");
    expect(formatSeconds(5_400n)).toBe("1 h 30 min");
    expect(formatSeconds(90n)).toBe("1 min 30 s");
    expect(formatSeconds(0n)).toBe("0 s");
  });

  it("shows a per-second slope as the slopePerDay the YAML declared", () => {
    // 10,000,000e18 per day / 86400 = 115740740740740740740.7… floored by the loader
    expect(SLOPE).toBe((10_000_000n * E18) / 86_400n);
    expect(roundestPerDay(SLOPE)).toBe(10_000_000n * E18);
    expect(formatSlope(SLOPE)).toBe("10,000,000 (18 decimals) per day");
    expect(formatSlope(1n)).toBe("0.0000000000001 (18 decimals) per day");
    expect(formatSlope(MAX_UINT256)).toBe("unlimited");
    expect(formatFieldValue("slope", SLOPE)).toBe("115740740740740740740/s (10,000,000 (18 decimals) per day)");
  });

  it("names enum values by field", () => {
    expect(enumName("status", 2n)).toBe("APPROVED (2)");
    expect(enumName("template.status", 4)).toBe("REVOKED (4)");
    expect(enumName("status", 9n)).toBeUndefined();
    expect(enumName("status", "approved")).toBeUndefined();
    expect(formatFieldValue("origin", 2n)).toBe("LEGACY (2)");
    expect(formatFieldValue("status", "approved")).toBe('"approved"');
  });

  it("formats fields by name and leaves other numbers alone", () => {
    expect(formatFieldValue("maxAmount", 20n * M)).toBe("20,000,000 (18 decimals)");
    expect(formatFieldValue("init.maxAmount", MAX_UINT256)).toBe("unlimited");
    expect(formatFieldValue("timelock.delay", 1_209_600n)).toBe("14 d");
    expect(formatFieldValue("template.version", 2n)).toBe("2");
    expect(formatFieldValue("x", undefined)).toBe("(none)");
  });

  it("shows long strings and arrays as a line diff", () => {
    const a = ["0x01", "0x02", "0x03", "0x04", "0x05"];
    expect(fieldDiff("relayers", a, ["0x01", "0x02", "0x09", "0x04", "0x05"])).toEqual([
      '  "0x01"',
      '  "0x02"',
      '- "0x03"',
      '+ "0x09"',
      '  "0x04"',
      '  "0x05"',
    ]);
    const uri = "ipfs://bafy/one, sha256 0xaaaa, audited by A, reviewed by B, approved on 2026-01-01";
    const lines = fieldLines({ field: "audit", old: uri, new: uri.replace("reviewed by B", "reviewed by C"), immutable: false }, "update");
    expect(lines[0]).toBe("audit:");
    expect(lines).toContain("    - reviewed by B,");
    expect(lines).toContain("    + reviewed by C,");
    expect(lines).toContain("      audited by A,");
    // short values keep the one-line form
    expect(fieldLines({ field: "maxAmount", old: 10n * M, new: 20n * M, immutable: false }, "update")).toEqual([
      "maxAmount: 10,000,000 (18 decimals) -> 20,000,000 (18 decimals)",
    ]);
    expect(fieldLines({ field: "salt", new: 1n, immutable: true }, "create")).toEqual(["salt = 1"]);
  });
});

describe("ramps: one line per SORL ramp", () => {
  it("folds the ramp's later steps into one line with start, end, steps, hop and dates", () => {
    const plan = summaryPlan();
    const ramps = rampsOf(plan);
    expect(ramps).toHaveLength(1);
    const r = ramps[0]!;
    expect(r.resource).toBe("class.acme-mmf.rateLimit.transfer");
    expect(r.steps).toBe(4);
    expect(r.hop).toBe(18n * HOUR);
    expect(r.firstAt).toBe(NOW);
    expect(r.lastAt).toBe(NOW + 54n * HOUR);
    expect(r.fromMax).toBe(10n * M);
    expect(r.toMax).toBe(20n * M);
    expect(r.foldedBatches).toHaveLength(3);
    expect(rampLine(r)).toBe(
      "ramp class.acme-mmf.rateLimit.transfer: maxAmount 10,000,000 (18 decimals) → 20,000,000 (18 decimals), slope 10,000,000 (18 decimals) per day; 4 steps, every 18 h, 2027-01-15T08:00:00Z → 2027-01-17T14:00:00Z",
    );
    const text = renderText(plan, { color: false });
    expect(text.match(/^ramp class\.acme-mmf\.rateLimit\.transfer/gm)).toHaveLength(1);
    expect(text).not.toContain("step 2 of 4");
    expect(text).toContain("maxAmount: 10,000,000 (18 decimals) -> 20,000,000 (18 decimals)");
  });

  it("groups repeated lines", () => {
    expect(groupRepeats(["a", "b", "b", "b", "c", "b"])).toEqual(["a", "b  × 3", "c", "b"]);
    expect(groupRepeats([])).toEqual([]);
  });
});

describe("gantt: the schedule in the markdown plan", () => {
  it("draws sections per actor, the timelock wait and one bar per ramp", () => {
    const plan = summaryPlan();
    const tasks = ganttTasks(plan);
    const ramp = tasks.find((t) => t.section === "SORL ramps")!;
    expect(ramp.duration).toBe(54n * HOUR);
    expect(ramp.name).toContain("4 steps, 3 hops of 18 h");
    const wait = tasks.find((t) => t.name.includes("scheduled, waits"));
    if (wait !== undefined) expect(wait.duration).toBeGreaterThan(0n);
    const chart = ganttChart(plan);
    expect(chart[0]).toBe("```mermaid");
    expect(chart).toContain("gantt");
    expect(chart).toContain("  dateFormat X");
    expect(chart.some((l) => l.startsWith("  section GovOps"))).toBe(true);
    expect(chart.some((l) => l.startsWith("  section SORL ramps"))).toBe(true);
    // Mermaid separates a task's fields with ':' — task names must not hold one
    for (const l of chart.filter((x) => x.includes(":t") || x.includes(":milestone")))
      expect(l.split(":").length).toBe(2);
    const md = renderMarkdown(plan);
    expect(md).toContain("```mermaid\ngantt");
  });

  it("handles a batch without an actor and a plan without batches", () => {
    const plan = summaryPlan();
    delete (plan.batches[0] as { actor?: string }).actor;
    expect(ganttTasks(plan).some((t) => t.section === "Unassigned")).toBe(true);
    const observed = observedBase();
    const none = buildPlan({ desired: Object.fromEntries(Object.entries(observed.resources)), observed });
    expect(ganttChart(none)).toEqual([]);
  });
});

describe("halo show", () => {
  function io(dir: string) {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, env: {} };
    return { cli, out, err };
  }

  it("re-renders a saved plan as text, markdown and JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-show-"));
    writePlanFile(join(dir, "p.json"), summaryPlan(), { toolVersion: "0.0.0-test" });
    const t = io(dir);
    expect(await run(["show", "p.json", "--no-color"], t.cli)).toBe(0);
    expect(t.out.join("")).toContain("ramp class.acme-mmf.rateLimit.transfer");
    const m = io(dir);
    expect(await run(["show", "p.json", "--format", "markdown"], m.cli)).toBe(0);
    expect(m.out.join("")).toContain("```mermaid");
    const j = io(dir);
    expect(await run(["show", "p.json", "--format", "json"], j.cli)).toBe(0);
    expect(JSON.parse(j.out.join("")).formatVersion).toMatch(/^3\./);
  });

  it("refuses a missing or invalid plan in one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-show-"));
    const a = io(dir);
    expect(await run(["show", "nope.json"], a.cli)).toBe(1);
    expect(a.err.join("")).toBe(
      "halo: nope.json: no such plan file\nhint: save a plan with `halo plan --out plans/NAME.json`, then `halo apply plans/NAME.json`\n",
    );
    writeFileSync(join(dir, "bad.json"), "{");
    const b = io(dir);
    expect(await run(["show", "bad.json"], b.cli)).toBe(1);
    const lines = b.err.join("").trimEnd().split("\n");
    expect(lines[0]).toMatch(/^halo: bad\.json: not a plan: not JSON \(/);
    expect(lines.slice(1)).toEqual(["hint: a plan is the JSON file written by `halo plan --out`"]);
  });
});
