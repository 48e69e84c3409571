import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDesiredState } from "../../load/index.js";
import { SourceFile, formatPath, type PathSegment } from "../../load/source.js";
import type { SourceRef } from "../../model/desired.js";
import { encodeFieldSources, fieldSource, fieldSourceEntries, NO_FIELD_SOURCES } from "../../model/field-sources.js";
import { fixturesDir, repoRoot, scenarioDir } from "../helpers.js";

/** The former representation: every leaf of `value` under `base` as a record of SourceRef objects (load/normalize.ts before). */
function recordOf(src: SourceFile, value: unknown, base: PathSegment[]): Record<string, SourceRef> {
  const out: Record<string, SourceRef> = {};
  const walk = (node: unknown, rel: PathSegment[]) => {
    if (node !== null && typeof node === "object") {
      const entries: [PathSegment, unknown][] = Array.isArray(node)
        ? node.map((item, i) => [i, item])
        : Object.entries(node as Record<string, unknown>);
      for (const [key, child] of entries) walk(child, [...rel, key]);
    } else {
      out[rel.map(String).join(".")] = src.ref([...base, ...rel]);
    }
  };
  walk(value, []);
  return out;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("field sources (model/field-sources.ts): one string per resource, a SourceRef made on read", () => {
  it("every field of the example trees reads back the reference the former record held, key by key", () => {
    let checked = 0;
    for (const dir of [scenarioDir, join(fixturesDir, "valid")]) {
      const result = loadDesiredState(dir, { cwd: repoRoot });
      if (!result.ok) throw new Error(`${dir}: not valid`);
      for (const c of result.state.classes) {
        const src = SourceFile.read(join(repoRoot, c.file), c.file);
        const data = src.data as Record<string, unknown> & { units?: unknown[] };
        const resources = [
          { of: c, expected: recordOf(src, Object.fromEntries(Object.entries(data).filter(([k]) => k !== "units")), []) },
          ...c.units.map((u, i) => ({ of: u, expected: recordOf(src, data.units![i], ["units", i]) })),
        ];
        for (const { of, expected } of resources) {
          expect(Object.fromEntries(fieldSourceEntries(of))).toEqual(expected);
          for (const [key, ref] of Object.entries(expected)) {
            expect(fieldSource(of, key)).toEqual(ref);
            checked++;
          }
          expect(fieldSource(of, "no.such.field")).toBeUndefined();
          expect(fieldSource(of, "")).toBeUndefined();
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("random keys, paths and files: what is read is what was encoded (compact where exact, JSON otherwise)", () => {
    const next = random(15);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const pieces = ["a", "params", "capacity", "x-y", "0", "7", "a.b", "a:b", "[0]", "with space", "tab\there", "new\nline", '"q"', "", "é", "\u0000"];
    const segment = (): PathSegment => (next() < 0.25 ? Math.floor(next() * 12) : pick(pieces));
    const segments = (max: number): PathSegment[] => Array.from({ length: Math.floor(next() * (max + 1)) }, segment);
    const file = "halos/agent/class.yaml";
    let compact = 0;
    let json = 0;
    for (let round = 0; round < 2000; round++) {
      const base = next() < 0.3 ? [] : next() < 0.9 ? ["units", Math.floor(next() * 20)] : segments(2);
      const fields: [string, SourceRef][] = [];
      for (let i = Math.floor(next() * 6); i > 0; i--) {
        const rel = segments(4);
        const ref = {
          file: next() < 0.05 ? "halos/other.yaml" : file,
          line: 1 + Math.floor(next() * 5000),
          col: 1 + Math.floor(next() * 200),
          path: next() < 0.05 ? formatPath(segments(3)) : formatPath([...base, ...rel]),
        };
        fields.push([rel.map(String).join("."), ref]);
      }
      const fieldSources = encodeFieldSources(file, formatPath(base), fields);
      if (fieldSources.startsWith("[")) json++;
      else compact++;
      const of = { source: { file, line: 1, col: 1, path: formatPath(base) }, fieldSources };
      const expected = new Map(fields); // a later field with the same key wins, as a record's assignment did
      expect(new Map(fieldSourceEntries(of))).toEqual(expected);
      for (const [key, ref] of expected) expect(fieldSource(of, key)).toEqual(ref);
      for (const key of ["zz", "a.", ".a", "a\tb"]) if (!expected.has(key)) expect(fieldSource(of, key)).toBeUndefined();
    }
    expect(compact).toBeGreaterThan(500);
    expect(json).toBeGreaterThan(100);
  });

  it("the compact form is the one the trees use, one line per field; a reference is frozen; none declared reads nothing", () => {
    const file = "halos/a/b.yaml";
    const text = encodeFieldSources(file, "units[1]", [
      ["params.capacity", { file, line: 12, col: 17, path: "units[1].params.capacity" }],
      ["list.0", { file, line: 13, col: 9, path: "units[1].list[0]" }],
    ]);
    expect(text).toBe("units[1]\nparams.capacity\t12,17\nlist.0\t13,9\tlist[0]\n");
    const of = { source: { file, line: 10, col: 5, path: "units[1]" }, fieldSources: text };
    expect(Object.isFrozen(fieldSource(of, "list.0"))).toBe(true);
    expect(fieldSource(of, "list.0")).toEqual({ file, line: 13, col: 9, path: "units[1].list[0]" });
    expect(fieldSourceEntries({ source: of.source, fieldSources: NO_FIELD_SOURCES })).toEqual([]);
    expect(fieldSource({ source: of.source, fieldSources: NO_FIELD_SOURCES }, "params.capacity")).toBeUndefined();
  });
});
