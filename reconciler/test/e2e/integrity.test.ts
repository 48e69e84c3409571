/**
 * End to end against anvil: `halo apply` applies a saved plan only as `halo plan --out` wrote it. An address
 * edited inside calldata is refused by the content hash; the same edit with a recomputed hash is refused by
 * the re-plan; both name the field (JSON pointer). The untouched plan applies.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withIntegrity } from "../../plan/integrity.js";
import type { SavedPlanJson } from "../../plan/planfile.js";
import { ACCOUNT, type Project, startProject } from "./project.js";

describe("a tampered saved plan is refused", () => {
  let p: Project;
  let path: string;
  let original: string;
  /** The plan with one address inside one transaction's calldata replaced, and where. */
  let tampered: { doc: SavedPlanJson; pointer: string };

  beforeAll(async () => {
    p = await startProject();
    const r = await p.halo(["plan", "--out", "plans/onboard.json"]);
    expect(r.code).toBe(0);
    path = join(p.dir, "plans", "onboard.json");
    original = readFileSync(path, "utf8");
    const doc = JSON.parse(original) as SavedPlanJson;
    const govOps = ACCOUNT.govOps.slice(2).toLowerCase();
    const stranger = ACCOUNT.stranger.slice(2).toLowerCase();
    for (const [b, batch] of doc.batches.entries())
      for (const [t, tx] of batch.transactions.entries())
        if (tampered === undefined && tx.data.includes(govOps)) {
          tx.data = tx.data.replace(govOps, stranger) as `0x${string}`;
          tampered = { doc, pointer: `/batches/${b}/transactions/${t}/data` };
        }
    expect(tampered).toBeDefined();
  });
  afterAll(async () => {
    await p?.stop();
  });

  it("an address edited inside calldata: refused by the content hash, naming the field", async () => {
    writeFileSync(path, JSON.stringify(tampered.doc, null, 2));
    const r = await p.halo(["apply", "plans/onboard.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const line = r.stderr.split("\n").find((l) => l.startsWith("halo: "));
    expect(line).toMatch(
      new RegExp(`^halo: plans/onboard\\.json was modified after it was saved \\(content hash 0x[0-9a-f]{64}, recorded 0x[0-9a-f]{64}\\): ${tampered.pointer}: saved 0x`),
    );
    expect(r.stderr).toContain("hint: do not edit saved plans");
  });

  it("the same edit with a recomputed hash: refused by the re-plan, naming the field", async () => {
    writeFileSync(path, JSON.stringify(withIntegrity(tampered.doc), null, 2));
    const r = await p.halo(["apply", "plans/onboard.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`halo: plans/onboard.json is not the plan halos/ and the chain give now: ${tampered.pointer}: saved 0x`);
  });

  it("a plan without its hash is refused", async () => {
    const { integrity: _i, ...bare } = JSON.parse(original) as SavedPlanJson;
    writeFileSync(path, JSON.stringify(bare, null, 2));
    const r = await p.halo(["apply", "plans/onboard.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("halo: plans/onboard.json carries no integrity hash");
  });

  it("the plan as written applies (its re-plan reproduces it exactly); --detailed-exitcode: 3 while batches wait", async () => {
    writeFileSync(path, original);
    const r = await p.halo(["apply", "plans/onboard.json", "--detailed-exitcode"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/transaction\(s\) sent/);
    expect(r.stdout).toMatch(/batch\(es\) are not due yet/);
    expect(r.code).toBe(3);
    // without the flag, done-for-now is success
    const again = await p.halo(["apply", "plans/onboard.json"]);
    expect(again.code).toBe(0);
  });
});
