/**
 * The docs name tests as evidence ("`test_x` would fail if the defence broke"): every Solidity test name and every
 * test file a current doc names must exist, so a renamed or retired test cannot leave a claim backed by nothing.
 * Dated review records (docs/review-*.md) keep the names of their commit and are not checked.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
const solTests = new Set<string>();
for (const f of tracked.filter((f) => f.endsWith(".sol")))
  for (const m of readFileSync(join(root, f), "utf8").matchAll(/function\s+((?:test|invariant)\w*)/g)) solTests.add(m[1]!);
const fileNames = new Set(tracked.map((f) => basename(f)));

const docs = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md") && !f.startsWith("review-"))
    .map((f) => join("docs", f)),
];

/** A name in a doc: exact, or a prefix written with a trailing `_` / `…` (a family of tests). */
function testExists(name: string, followedBy: string): boolean {
  if (solTests.has(name)) return true;
  if (name.endsWith("_") || followedBy.startsWith("…")) return [...solTests].some((t) => t.startsWith(name));
  return false;
}

describe("tests and test files the docs name exist", () => {
  it.each(docs)("%s", (doc) => {
    const text = readFileSync(join(root, doc), "utf8");
    const missing: string[] = [];
    for (const m of text.matchAll(/`((?:test|testFuzz|invariant)_\w*)(…?)/g))
      if (!testExists(m[1]!, m[2] ?? "")) missing.push(m[1]!);
    for (const m of text.matchAll(/`([\w./-]*\w\.(?:t\.sol|test\.ts))`?/g))
      if (!fileNames.has(basename(m[1]!))) missing.push(m[1]!);
    expect(missing, `${doc} names tests that do not exist`).toEqual([]);
  });
});
