import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDesiredState } from "../load/index.js";
import { forgetCachedStates } from "../load/cache.js";
import { repoRoot, scenarioDir } from "./helpers.js";

function exampleTree(): { dir: string; cacheDir: string } {
  const base = mkdtempSync(join(tmpdir(), "halo-load-cache-"));
  cpSync(scenarioDir, join(base, "halos"), { recursive: true });
  return { dir: join(base, "halos"), cacheDir: join(base, "out", ".cache") };
}

function load(dir: string, cacheDir?: string) {
  const result = loadDesiredState(dir, { cwd: repoRoot, ...(cacheDir === undefined ? {} : { cacheDir }) });
  if (!result.ok) throw new Error(`not valid: ${JSON.stringify(result.diagnostics)}`);
  return result.state;
}

describe("the cache of valid trees (load/cache.ts)", () => {
  it("a second load in the process returns the same read-only state: a write throws instead of reaching the next caller", () => {
    const { dir } = exampleTree();
    const first = load(dir);
    const count = first.classes.length;
    expect(() => {
      first.classes.length = 0;
    }).toThrow(TypeError);
    expect(() => {
      first.classes[0]!.id = "renamed";
    }).toThrow(TypeError);
    expect(() => {
      (first.classes[0]!.fieldSources as Record<string, unknown>).x = 1;
    }).toThrow(TypeError);
    const second = load(dir);
    expect(second).toBe(first);
    expect(second.classes.length).toBe(count);
    forgetCachedStates();
    const parsed = load(dir);
    expect(parsed).not.toBe(first);
    expect(parsed).toEqual(first);
    expect(Object.isFrozen(parsed.classes[0]!.units)).toBe(true);
  });

  it("on disk: a new process loads the same state from the cache file", () => {
    const { dir, cacheDir } = exampleTree();
    forgetCachedStates();
    const parsed = load(dir, cacheDir);
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^desired-[0-9a-f]{64}\.v8$/);
    forgetCachedStates();
    expect(load(dir, cacheDir)).toEqual(parsed);
  });

  it("any edit of a file is a new key: an invalid edit reports its errors, a valid one its new values", () => {
    const { dir, cacheDir } = exampleTree();
    const before = load(dir, cacheDir);
    const file = join(dir, "templates.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, `${text}\nunexpected: 1\n`);
    const broken = loadDesiredState(dir, { cwd: repoRoot, cacheDir });
    expect(broken.ok).toBe(false);
    writeFileSync(file, `# a comment changes the tree hash\n${text}`);
    const after = load(dir, cacheDir);
    expect(after.treeHash).not.toBe(before.treeHash);
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it("a corrupt cache file is ignored and rewritten", () => {
    const { dir, cacheDir } = exampleTree();
    forgetCachedStates();
    const parsed = load(dir, cacheDir);
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name ?? ""), "not a v8 value");
    forgetCachedStates();
    expect(load(dir, cacheDir)).toEqual(parsed);
    forgetCachedStates();
    expect(load(dir, cacheDir)).toEqual(parsed); // the rewritten file is good again
  });

  it("the display paths follow the working directory (part of the key)", () => {
    const { dir } = exampleTree();
    const fromRepo = load(dir);
    const elsewhere = loadDesiredState(dir, { cwd: dir });
    expect(elsewhere.ok && elsewhere.state.dir).toBe(".");
    expect(fromRepo.dir).not.toBe(".");
  });
});
