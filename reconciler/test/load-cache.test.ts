import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { loadDesiredState } from "../load/index.js";
import { forgetCachedStates, lastFileCacheStats } from "../load/cache.js";
import { PackWriter, compactValue, expandFrozen, sharedValues } from "../load/pack-values.js";
import { readFiles } from "../load/tree.js";
import { repoRoot, scenarioDir } from "./helpers.js";

function exampleTree(): { dir: string; cacheDir: string } {
  const base = mkdtempSync(join(tmpdir(), "halo-load-cache-"));
  cpSync(scenarioDir, join(base, "halos"), { recursive: true });
  return { dir: join(base, "halos"), cacheDir: join(base, "out", ".cache") };
}

function load(dir: string, cacheDir?: string, cwd = repoRoot) {
  const result = loadDesiredState(dir, { cwd, ...(cacheDir === undefined ? {} : { cacheDir }) });
  if (!result.ok) throw new Error(`not valid: ${JSON.stringify(result.diagnostics)}`);
  return result.state;
}

/** A load as a new process does it: no in-process memo, the disk cache only. */
function loadAsNewProcess(dir: string, cacheDir?: string, cwd = repoRoot) {
  forgetCachedStates();
  return load(dir, cacheDir, cwd);
}

/** The YAML files of a tree, relative paths. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"));
}

/** The scenario tree's acme-mmf class file. */
function someClassFile(dir: string): string {
  const file = yamlFiles(dir).find((f) => f.endsWith("mmf.yaml"));
  if (file === undefined) throw new Error("the scenario tree has no class file");
  return join(dir, file);
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
      (first.classes[0]!.source as { line: number }).line = 1;
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

  it("on disk: a new process takes every file from the pack and loads the same state as a parse", () => {
    const { dir, cacheDir } = exampleTree();
    const parsed = loadAsNewProcess(dir, cacheDir);
    const total = yamlFiles(dir).length;
    expect(lastFileCacheStats()).toEqual({ parsed: total, reused: 0 });
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^files-[0-9a-f]{64}\.v8$/);
    const cached = loadAsNewProcess(dir, cacheDir);
    expect(lastFileCacheStats()).toEqual({ parsed: 0, reused: total });
    expect(cached).toEqual(parsed);
    expect(cached).toEqual(loadAsNewProcess(dir)); // no cache at all: the same state
    expect(Object.isFrozen(cached.classes[0]!.units[0])).toBe(true);
  });

  it("a tree where one file changed parses that file only, and loads what a full parse of the new tree loads", () => {
    const { dir, cacheDir } = exampleTree();
    loadAsNewProcess(dir, cacheDir);
    const file = someClassFile(dir);
    const text = readFileSync(file, "utf8");
    const edited = text.replace("uri: ipfs://bafyexample-acme-mmf", "uri: ipfs://bafyexample-acme-mmf-v2");
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const after = loadAsNewProcess(dir, cacheDir);
    expect(lastFileCacheStats()).toEqual({ parsed: 1, reused: yamlFiles(dir).length - 1 });
    expect(after.classes.find((c) => c.id === "acme-mmf")?.artifact.uri).toBe("ipfs://bafyexample-acme-mmf-v2");
    expect(after).toEqual(loadAsNewProcess(dir));
  });

  it("any edit of a file is a new key: an invalid edit reports its errors, a valid one its new values", () => {
    const { dir, cacheDir } = exampleTree();
    const before = loadAsNewProcess(dir, cacheDir);
    const file = join(dir, "templates.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, `${text}\nunexpected: 1\n`);
    forgetCachedStates();
    const broken = loadDesiredState(dir, { cwd: repoRoot, cacheDir });
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => d.message).join("\n")).toMatch(/unexpected/);
    writeFileSync(file, `${text}\n# a comment at the end changes the tree hash, no position\n`);
    const after = loadAsNewProcess(dir, cacheDir);
    expect(lastFileCacheStats()?.parsed).toBe(1);
    expect(after.treeHash).not.toBe(before.treeHash);
    expect({ ...after, treeHash: before.treeHash }).toEqual(before);
    expect(readdirSync(cacheDir)).toHaveLength(1); // one pack per tree directory
  });

  it("a corrupt, truncated or foreign pack is ignored (every file parsed, the same state) and rewritten", () => {
    const { dir, cacheDir } = exampleTree();
    const parsed = loadAsNewProcess(dir, cacheDir);
    const total = yamlFiles(dir).length;
    const [name] = readdirSync(cacheDir);
    const pack = join(cacheDir, name ?? "");
    const good = readFileSync(pack);
    for (const bytes of [
      Buffer.from("not a v8 value"),
      good.subarray(0, Math.floor(good.length / 2)),
      serialize({ format: "halo-desired-cache-4", tree: "0".repeat(64), entries: [["not a key", "x", {}, false]] }),
      serialize({ ...(deserialize(good) as object), shared: [] }), // stand-ins the pack does not resolve
      serialize({ format: "another-format", entries: [] }),
      serialize(null),
    ]) {
      writeFileSync(pack, bytes);
      expect(loadAsNewProcess(dir, cacheDir)).toEqual(parsed);
      expect(lastFileCacheStats()).toEqual({ parsed: total, reused: 0 });
      expect(loadAsNewProcess(dir, cacheDir)).toEqual(parsed); // the rewritten pack is good again
      expect(lastFileCacheStats()).toEqual({ parsed: 0, reused: total });
    }
  });

  it("the display paths follow the working directory (part of the key): another cwd parses again", () => {
    const { dir, cacheDir } = exampleTree();
    const fromRepo = loadAsNewProcess(dir, cacheDir);
    const elsewhere = loadAsNewProcess(dir, cacheDir, dir);
    expect(lastFileCacheStats()?.reused).toBe(0);
    expect(elsewhere.dir).toBe(".");
    expect(fromRepo.dir).not.toBe(".");
    expect(elsewhere.classes[0]!.source.file).not.toBe(fromRepo.classes[0]!.source.file);
  });

  it("source references are stored compactly and come back equal; a value that could be mistaken for one is stored as it is", () => {
    const ref = (line: number, col: number, path: string) => ({ file: "halos/a/b.yaml", line, col, path });
    const value = {
      id: "b",
      amount: 10n ** 24n,
      none: null,
      source: ref(1, 8, "class"),
      fieldSources: { "x.y": ref(3, 2, "x.y"), odd: ref(4, 1, "units[0].rateLimits.a:b") },
      units: [{ source: ref(9, 5, "units[0]"), other: { file: "elsewhere.yaml", line: 1, col: 1, path: "" } }],
      notARef: { file: "halos/a/b.yaml", line: 1, col: 1 },
    };
    const [stored, compact] = compactValue(value, "halos/a/b.yaml");
    expect(compact).toBe(true);
    expect(JSON.stringify(stored, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).toContain("\\u00003:2:x.y");
    const back = expandFrozen(structuredClone(stored), "halos/a/b.yaml");
    expect(back).toEqual(value);
    expect(Object.keys((back as typeof value).source)).toEqual(["file", "line", "col", "path"]);
    expect(Object.isFrozen((back as typeof value).units[0]!.source)).toBe(true);
    // a declared string starting with NUL: the value is stored as it is, never decoded
    const tricky = { name: "\u00001:1:x", source: ref(1, 1, "") };
    expect(compactValue(tricky, "halos/a/b.yaml")).toEqual([tricky, false]);
  });

  it("repeated strings and bigints are stored once per pack and come back equal and shared; a negative number is never decoded", () => {
    const file = "halos/a/b.yaml";
    const asset = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    const limit = (flow: string) => ({ flow, asset, maxAmount: 10n ** 24n, declared: { maxAmount: "1e24" }, source: { file, line: 3, col: 1, path: flow } });
    const values = [{ rateLimits: [limit("a"), limit("b")], other: asset }, { asset, short: "short", once: "only-once-here", big: 10n ** 24n }];
    const shared = sharedValues(values.map((v) => [file, v] as const));
    expect([...shared.keys()]).toEqual([asset, 10n ** 24n]); // the most repeated first; "1e24" is shorter than 8
    const stored = values.map((v) => compactValue(v, file, shared));
    expect(stored.every(([, compact]) => compact)).toBe(true);
    const text = JSON.stringify(stored, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
    expect(text).not.toContain(asset);
    expect(text).not.toContain("1000000000000000000000000n");
    const table = [...shared.keys()];
    const back = stored.map(([value]) => expandFrozen(structuredClone(value), file, table)) as typeof values;
    expect(back).toEqual(values);
    expect(Object.isFrozen(back[0]!.rateLimits![1]!.declared)).toBe(true);
    // a stand-in the table does not hold is an error (the load then parses the file), never a wrong value
    expect(() => expandFrozen(structuredClone(stored[0]![0]), file, [])).toThrow(/shared value/);
    // a declared negative number: stored as it is
    const tricky = { delta: -1, asset };
    expect(compactValue(tricky, file, shared)).toEqual([tricky, false]);
    // random strings and bigints, some repeated: every value comes back as it was
    let seed = 9;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pool = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? BigInt(Math.floor(next() * 1e9)) ** 3n : `${"x".repeat(Math.floor(next() * 12))}${i}`));
    const randomValues = Array.from({ length: 30 }, () => ({ list: Array.from({ length: 8 }, () => pool[Math.floor(next() * pool.length)]), one: pool[Math.floor(next() * pool.length)] }));
    const randomShared = sharedValues(randomValues.map((v) => [file, v] as const));
    expect(randomShared.size).toBeGreaterThan(5);
    const randomTable = [...randomShared.keys()];
    for (const value of randomValues) {
      const [packed, compact] = compactValue(value, file, randomShared);
      expect(compact).toBe(true);
      expect(expandFrozen(structuredClone(packed), file, randomTable)).toEqual(value);
    }
  });
});

describe("identical parts of a pack stored once (PackWriter)", () => {
  it("equal objects without references become one frozen object; with references (their file differs) never", () => {
    const ref = (file: string, line: number) => ({ file, line, col: 3, path: "units[0]" });
    const unit = (file: string) => ({
      counterparty: { kind: "contract", contract: "subscribe-queue" },
      declared: { maxAmount: "1e24", slopePerDay: "86400" },
      empty: [],
      withRef: { note: "same", source: ref(file, 7) },
    });
    const files = ["halos/a/x.yaml", "halos/b/y.yaml"];
    const values = files.map((f) => ({ units: [unit(f), unit(f)] }));
    const shared = sharedValues(values.map((v, i) => [files[i]!, v] as const));
    const writer = new PackWriter(shared);
    const stored = values.map((v, i) => writer.compact(v, files[i]!));
    expect(stored.every(([, compact]) => compact)).toBe(true);
    // what v8 writes and reads back: one object per distinct reference-free content
    const [a, b] = deserialize(serialize(stored.map(([v]) => v))) as (typeof values)[number][];
    expect(a!.units[0]!.counterparty).toBe(b!.units[1]!.counterparty);
    expect(a!.units[0]!.withRef).not.toBe(b!.units[0]!.withRef);
    const table = [...shared.keys()];
    const back = [expandFrozen(a, files[0]!, table), expandFrozen(b, files[1]!, table)];
    expect(back).toEqual(values);
    expect(back[1]!.units[1]!.withRef.source.file).toBe("halos/b/y.yaml");
    expect(back[0]!.units[0]!.declared).toBe(back[1]!.units[0]!.declared);
    expect(Object.isFrozen(back[1]!.units[1]!.declared)).toBe(true);
    expect(Object.isFrozen(back[1]!.units[1]!.empty)).toBe(true);
    // a different key order or a different scalar type is a different object
    const other = new PackWriter();
    const [[x]] = [other.compact({ p: { a: 1, b: "1" }, q: { b: "1", a: 1 }, r: { a: "1", b: "1" }, s: { a: 1, b: "1" } }, files[0]!)];
    const o = x as Record<string, object>;
    expect(o.p).toBe(o.s);
    expect(o.p).not.toBe(o.q);
    expect(o.p).not.toBe(o.r);
  });
});

describe("reading the tree (load/tree.ts)", () => {
  it("readFiles returns every file's bytes, whatever their sizes (shared slabs grow for a large file)", () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-read-files-"));
    const sizes = [0, 3 << 20, 1, 3 << 20, 9 << 20, 5];
    const files = sizes.map((size, i) => {
      const file = join(dir, `f${i}.yaml`);
      writeFileSync(file, Buffer.alloc(size, 97 + i));
      return file;
    });
    const read = readFiles(files);
    expect([...read.keys()]).toEqual(files);
    for (const file of files) expect(read.get(file)!.equals(readFileSync(file))).toBe(true);
  });

  it("an agent directory that is a symbolic link is followed (as stat does): the same state as a copy", () => {
    const { dir } = exampleTree();
    const agent = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory())!.name;
    const before = loadAsNewProcess(dir, undefined, dir);
    const elsewhere = mkdtempSync(join(tmpdir(), "halo-agent-link-"));
    renameSync(join(dir, agent), join(elsewhere, agent));
    symlinkSync(join(elsewhere, agent), join(dir, agent), "dir");
    expect(loadAsNewProcess(dir, undefined, dir)).toEqual(before);
  });
});
