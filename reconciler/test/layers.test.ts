/**
 * Imports point one way (docs/reconciler-layout.md): every relative import in reconciler/**\/*.ts (tests apart) goes
 * to its own directory or to a directory of a lower rank. The layer table is read from the doc, so the doc and the
 * check cannot disagree.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

const DOC = join(repoRoot, "docs", "reconciler-layout.md");
const ROOT = join(repoRoot, "reconciler");

/** `directory (or root file) → rank`, from the table between the `layers:begin` / `layers:end` markers. */
function readLayers(markdown: string): Map<string, number> {
  const begin = markdown.indexOf("<!-- layers:begin -->");
  const end = markdown.indexOf("<!-- layers:end -->");
  if (begin < 0 || end < begin) throw new Error("docs/reconciler-layout.md: no layers:begin / layers:end table");
  const layers = new Map<string, number>();
  for (const line of markdown.slice(begin, end).split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const rank = Number(cells[1]);
    if (!/^\d+$/.test(cells[1] ?? "")) continue;
    for (const m of (cells[2] ?? "").matchAll(/`([^`]+)`/g)) {
      if (layers.has(m[1]!)) throw new Error(`docs/reconciler-layout.md: ${m[1]} is placed twice`);
      layers.set(m[1]!, rank);
    }
  }
  return layers;
}

/** Relative module specifiers of a source: static imports and re-exports (types included) and dynamic imports. */
function importSpecifiers(source: string): string[] {
  // comments may quote code; strings are left alone (a `//` inside one only shortens what is scanned of its line)
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out.filter((s) => s.startsWith("."));
}

/** The layer a path under reconciler/ belongs to: its top directory, or the file itself at the root. */
function layerOf(path: string): string {
  const parts = path.split("/");
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.js$/, ".ts");
}

/**
 * Every wrong-way import among `files` (path under reconciler/ → source): `<file> → <specifier>: <why>`. A file in
 * a directory the table does not place is reported once.
 */
function checkLayers(files: ReadonlyMap<string, string>, layers: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    const fromRank = layers.get(from);
    if (fromRank === undefined) {
      problems.push(`${file}: ${from} has no row in the layer table of docs/reconciler-layout.md`);
      continue;
    }
    for (const spec of importSpecifiers(source)) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      if (target.startsWith("../")) {
        problems.push(`${file} → ${spec}: leaves reconciler/`);
        continue;
      }
      const to = layerOf(target);
      if (to === from) continue;
      const toRank = layers.get(to);
      if (toRank === undefined) problems.push(`${file} → ${spec}: ${to} has no row in the layer table`);
      else if (toRank === fromRank) problems.push(`${file} → ${spec}: ${from} and ${to} are peers (rank ${toRank})`);
      else if (toRank > fromRank)
        problems.push(`${file} → ${spec}: ${from} (rank ${fromRank}) imports up, ${to} (rank ${toRank})`);
    }
  }
  return problems;
}

function sources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      const rel = relative(ROOT, path).split(sep).join("/");
      if (e.isDirectory()) {
        if (rel !== "test") walk(path);
      } else if (e.name.endsWith(".ts")) out.set(rel, readFileSync(path, "utf8"));
    }
  };
  walk(ROOT);
  return out;
}

describe("import direction (docs/reconciler-layout.md)", () => {
  const layers = readLayers(readFileSync(DOC, "utf8"));

  it("the doc's table places the layers in the order cli → apply / plan / ops → chain → abi / load / model / config", () => {
    const rank = (d: string) => layers.get(d)!;
    expect(rank("cli")).toBeGreaterThan(rank("plan"));
    expect(rank("plan")).toBe(rank("apply"));
    expect(rank("plan")).toBe(rank("ops"));
    expect(rank("plan")).toBeGreaterThan(rank("chain"));
    for (const below of ["abi", "load", "model", "config", "errors.ts"])
      expect(rank("chain")).toBeGreaterThan(rank(below));
  });

  it("every import of reconciler/**/*.ts (tests apart) points down or stays in its directory", () => {
    const files = sources();
    expect(files.size).toBeGreaterThan(100);
    expect(checkLayers(files, layers)).toEqual([]);
  });

  it("reports an import up, a peer import, a dynamic or type-only import, an unplaced directory and a way out", () => {
    const files = new Map<string, string>([
      ["model/observed.ts", 'import type { TimelockCall } from "../plan/timelock.js";\n'],
      ["apply/spell.ts", 'import {\n  type Plan,\n  buildPlan,\n} from "../plan/planner.js";\n'],
      ["chain/lazy.ts", 'const m = await import("../cli/program.js");\n'],
      ["plan/ok.ts", 'import { a } from "./x.js";\nimport { b } from "../model/observed.js";\nimport "viem";\n'],
      ["plan/comment.ts", '/** see import { x } from "../cli/io.js" */\n// import { y } from "../cli/io.js";\n'],
      ["extra/file.ts", ""],
      ["load/out.ts", 'export * from "../../bench/run.js";\n'],
    ]);
    expect(checkLayers(files, layers)).toEqual([
      "model/observed.ts → ../plan/timelock.js: model (rank 1) imports up, plan (rank 4)",
      "apply/spell.ts → ../plan/planner.js: apply and plan are peers (rank 4)",
      "chain/lazy.ts → ../cli/program.js: chain (rank 3) imports up, cli (rank 6)",
      "extra/file.ts: extra has no row in the layer table of docs/reconciler-layout.md",
      "load/out.ts → ../../bench/run.js: leaves reconciler/",
    ]);
  });
});
