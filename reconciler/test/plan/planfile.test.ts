import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_UINT256 } from "../../plan/sorl.js";
import { buildPlan } from "../../plan/planner.js";
import {
  PLAN_FORMAT_VERSION,
  PlanFormatError,
  checkPlanDocument,
  notSavedNotice,
  parsePlan,
  planToJson,
  readPlanFile,
  serializePlan,
  toolVersion,
  writePlanFile,
} from "../../plan/planfile.js";
import { desiredNewClass, desiredSummaryExample, fakeBuilders, observedBase } from "./fixtures.js";

const meta = { toolVersion: "0.1.0", createdAt: "2027-01-15T08:00:00Z" };

describe("saved plan", () => {
  const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });

  it("validates against schemas/plan.schema.json and carries what apply needs", () => {
    const doc = JSON.parse(planToJson(plan, meta));
    expect(() => checkPlanDocument(doc)).not.toThrow();
    expect(doc.formatVersion).toBe("3.0");
    expect(doc.batches.map((b: { actor: string }) => b.actor)).toContain("core-council-direct");
    expect(doc.batches.every((b: { signs: string }) => b.signs.length > 0)).toBe(true);
    expect(doc.batches.find((b: { kind: string }) => b.kind === "timelock-execute").permissionless).toBe(true);
    expect(doc.tool).toEqual({ name: "halo", version: "0.1.0" });
    expect(doc.chainId).toBe(31337);
    expect(doc.block).toEqual({ number: "123", hash: "0x" + "ab".repeat(32) });
    expect(doc.observedFingerprint).toMatch(/^0x[0-9a-f]{64}$/);
    expect(doc.summary.line).toBe(
      "Plan: 2 to add, 1 to change, 0 to destroy; 1 timelock batch; 1 rate-limit ramp of 4 steps over 54 h",
    );
    expect(
      doc.actions.every(
        (a: { calldata?: string; kind: string }) => a.kind === "replace-refused" || /^0x/.test(a.calldata ?? ""),
      ),
    ).toBe(true);
    expect(
      doc.changes.find((c: { address: string }) => c.address === "class.acme-mmf.rateLimit.transfer").fields[0].new,
    ).toEqual({ $bigint: "20000000000000000000000000" });
  });

  it("round-trips exactly (bigints included)", () => {
    const { plan: back, meta: m } = parsePlan(planToJson(plan, meta));
    expect(back).toEqual(plan);
    expect(m).toEqual(meta);
    const other = buildPlan({ desired: desiredNewClass(), observed: observedBase(), builders: fakeBuilders });
    expect(parsePlan(planToJson(other, meta)).plan).toEqual(other);
  });

  it("round-trips unlimited and array field values", () => {
    const p = structuredClone(plan);
    p.changes[0]!.fields.push({ field: "x", old: [1n, "a", null], new: MAX_UINT256, immutable: false });
    expect(parsePlan(planToJson(p, meta)).plan.changes[0]!.fields.at(-1)).toEqual({
      field: "x",
      old: [1n, "a", null],
      new: MAX_UINT256,
      immutable: false,
    });
  });

  it("writes atomically and reads back from disk", () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-plan-"));
    const path = join(dir, "plans", "acme.json");
    writePlanFile(path, plan, meta);
    expect(readPlanFile(path).plan).toEqual(plan);
  });

  it("accepts any 3.x; refuses an older major (2.x: keccak256 hashes; 1.x) and a newer one, each in one line", () => {
    const doc = serializePlan(plan, meta) as unknown as Record<string, unknown>;
    expect(() => parsePlan(JSON.stringify({ ...doc, formatVersion: "3.7", futureField: { a: 1 } }))).not.toThrow();
    expect(() => parsePlan(JSON.stringify({ ...doc, formatVersion: "4.0" }), "plans/x.json")).toThrow(
      /^plans\/x.json: plan format 4.0 is not supported: this halo reads format 3.x. Upgrade halo/,
    );
    for (const old of ["2.1", "2.0", "1.0"]) {
      let error: unknown;
      try {
        parsePlan(JSON.stringify({ ...doc, formatVersion: old }), "plans/x.json");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PlanFormatError);
      expect((error as Error).message).toBe(`plans/x.json: plan format ${old} is older than this halo (3.0): re-run halo plan`);
    }
    expect(() => parsePlan(JSON.stringify({ ...doc, formatVersion: 1 }))).toThrow(PlanFormatError);
    expect(() => parsePlan("{")).toThrow(/not JSON/);
    expect(() => parsePlan("[]")).toThrow(/not a plan/);
  });

  it("refuses a plan that does not match the schema, naming the path", () => {
    const doc = serializePlan(plan, meta);
    const bad = structuredClone(doc);
    bad.batches[0]!.transactions[0]!.to = "0x1234" as `0x${string}`;
    expect(() => parsePlan(JSON.stringify(bad))).toThrow(/\/batches\/0\/transactions\/0\/to: must match pattern/);
    const missing = structuredClone(doc) as Partial<typeof doc>;
    delete missing.observedFingerprint;
    expect(() => parsePlan(JSON.stringify(missing))).toThrow(/must have required property 'observedFingerprint'/);
  });

  it("knows the tool version and tells an unsaved plan cannot be applied", () => {
    expect(toolVersion()).toBe(
      JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "package.json"), "utf8")).version,
    );
    expect(notSavedNotice()).toMatch(/cannot be applied as-is/);
    expect(PLAN_FORMAT_VERSION).toBe("3.0");
    void writeFileSync;
  });
});
