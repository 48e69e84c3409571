import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, generatedFile } from "../scripts/gen-types.js";
import { repoRoot } from "./helpers.js";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const script = join(repoRoot, "reconciler", "scripts", "gen-types.ts");

describe("generated types", () => {
  it("reconciler/types/generated.ts is what the schemas generate (run `npm run gen` if this fails)", async () => {
    expect(readFileSync(generatedFile, "utf8")).toBe(await generate());
  });

  it("generation is deterministic and carries the generated-file banner", async () => {
    const [a, b] = await Promise.all([generate(), generate()]);
    expect(a).toBe(b);
    expect(a.startsWith("/* eslint-disable */\n/**\n * GENERATED FILE — DO NOT EDIT.")).toBe(true);
    for (const name of ["AgentFile", "ClassFile", "PortfolioClassFile", "TermClassFile", "TemplatesFile", "LegacyFile"]) {
      expect(a).toMatch(new RegExp(`export (interface|type) ${name}\\b`));
    }
  });

  it("--check exits 0 on the committed file", () => {
    const run = spawnSync(tsx, [script, "--check"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("reconciler/types/generated.ts is fresh\n");
    expect(run.status).toBe(0);
  });

  it("--check exits 1 and names the stale file", () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-gen-"));
    const stale = join(dir, "generated.ts");
    copyFileSync(generatedFile, stale);
    writeFileSync(stale, readFileSync(stale, "utf8").replace("seniority:", "seniorityy:"));
    const run = spawnSync(tsx, [script, "--check", "--out", stale], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("generated.ts is stale: run `npm run gen` and commit the result\n");
  });
});
