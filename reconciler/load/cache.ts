/**
 * The caches of the desired-state loader, keyed by content: parsing and validating YAML is most of `load`'s cost
 * (about 1,100 files at 1,000 classes), and a file that did not change loads to the same value.
 *
 * - In-process, whole trees: the last few states, deep-frozen and shared: every caller of the same tree gets the
 *   same read-only object (a write throws a TypeError), so a repeated load costs reading and hashing the files
 *   only. Key (`treeKey`): sha256 over the loader's identity, the tree's directory and the working directory
 *   (display paths), and the tree hash (the state's `treeHash`: every file's relative path and content in sorted
 *   order) — so the files' contents are hashed once per load, for both.
 * - On disk, per file, when the caller names a directory (the CLI: `<project>/out/.cache`): one pack per tree
 *   directory and working directory (`files-<sha256>.v8`) holding each valid file's parsed, validated and
 *   normalised value under its file key (`FileCache.key`: the loader's identity, the file's kind, its display path
 *   and its bytes), and the tree key of the load that wrote it. When that tree key is this load's (nothing changed:
 *   the usual case), every file's entry is taken by its display path and no file is hashed again; otherwise each
 *   file's key is computed and a new process re-parses only the files whose key is not in the pack: a tree where
 *   one file changed parses one file; the checks that span files always run. Only files without errors are cached
 *   (a file with errors is always parsed, so its diagnostics are fresh).
 *
 * The loader's identity covers what decides how a file becomes a value: this directory's and model/'s code, the
 * desired-state schemas, the yaml / ajv / viem versions and node's version. Any edit to a file or to the loader is
 * a different key. An unreadable, truncated or foreign pack is ignored and rewritten; the pack directory is
 * trusted like the tree itself: whoever can write it can change what is planned.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { DESIRED_MODEL_VERSION, type DesiredState } from "../model/desired.js";
import { MAX_SHARED, PackWriter, expandFrozen, shareable, sharedValues } from "./pack-values.js";
import { DESIRED_STATE_SCHEMAS, schemasDir } from "./schemas.js";

const CACHE_FORMAT = "halo-desired-cache-8";
const MEMO_ENTRIES = 4;
const DISK_ENTRIES = 8;
const memo = new Map<string, DesiredState>();

let loaderIdentity: string | undefined;

/**
 * In the bundled CLI (scripts/build-cli.mjs): the sha256 of load/'s and model/'s sources and of the yaml / ajv /
 * ajv-formats / viem versions the bundle was built from, fixed at build time (that code has no files of its own
 * there). Not defined when the sources run (tsx, vitest): they are read below.
 */
declare const HALO_BUNDLED_LOADER: string | undefined;

/** sha256 of what decides how files become a state: this directory's and model/'s code, schemas, versions. */
function identity(): string {
  if (loaderIdentity !== undefined) return loaderIdentity;
  const hash = createHash("sha256").update(`${CACHE_FORMAT}\0${DESIRED_MODEL_VERSION}\0${process.version}\0`);
  for (const file of DESIRED_STATE_SCHEMAS) hash.update(file).update("\0").update(readFileSync(join(schemasDir, file))).update("\0");
  if (typeof HALO_BUNDLED_LOADER === "string") {
    loaderIdentity = hash.update(`bundle\0${HALO_BUNDLED_LOADER}`).digest("hex");
    return loaderIdentity;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, "..", "model")]) {
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(ts|js)$/.test(file) || file.endsWith(".test.ts")) continue;
      hash.update(file).update("\0").update(readFileSync(join(dir, file))).update("\0");
    }
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ["yaml", "ajv", "ajv-formats", "viem"]) {
    let version = "unknown";
    try {
      version = (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as { version: string }).version;
    } catch {
      // a package that hides its package.json: its version does not take part
    }
    hash.update(`${pkg}@${version}\0`);
  }
  loaderIdentity = hash.digest("hex");
  return loaderIdentity;
}

/** The cache key of a tree: `treeHash` is its state's tree hash (every file's relative path and content, sorted). */
export function treeKey(root: string, cwd: string, treeHash: string): string {
  return createHash("sha256").update(identity()).update(`\0${root}\0${cwd}\0${treeHash}`).digest("hex");
}

/** Object.freeze of `value` and everything reachable from it (plain data: objects, arrays, scalars). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (const item of value) deepFreeze(item);
  else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/** The (read-only, shared) state of this process cached under `key`, or undefined. */
export function cachedState(key: string): DesiredState | undefined {
  return memo.get(key);
}

/** Remember a valid tree's state under `key` in this process. The state is frozen here: the caller's copy is the shared one. */
export function rememberState(key: string, state: DesiredState): void {
  memo.delete(key);
  memo.set(key, deepFreeze(state));
  while (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
}

/**
 * What a pack file holds: the format, the tree key of the load that wrote it, the values shared by its entries
 * (load/pack-values.ts), and for every valid file of the tree at that load [file key, display path, value, compact].
 * `compact`: the value's source references and shared values are stored as stand-ins (load/pack-values.ts).
 */
interface Pack {
  format: typeof CACHE_FORMAT;
  tree: string;
  shared: (string | bigint)[];
  entries: [key: string, file: string, value: unknown, compact: boolean][];
}

const HEX64 = /^[0-9a-f]{64}$/;

function readPack(file: string): { tree: string; shared: (string | bigint)[]; entries: Map<string, Pack["entries"][number]> } {
  const none = { tree: "", shared: [], entries: new Map<string, Pack["entries"][number]>() };
  try {
    const pack = deserialize(readFileSync(file)) as Partial<Pack> | null;
    if (pack === null || typeof pack !== "object" || pack.format !== CACHE_FORMAT || !Array.isArray(pack.entries)) return none;
    if (typeof pack.tree !== "string" || !HEX64.test(pack.tree)) return none;
    const shared = pack.shared as unknown;
    if (!Array.isArray(shared) || shared.length > MAX_SHARED || !shared.every(shareable)) return none;
    const out = new Map<string, Pack["entries"][number]>();
    for (const entry of pack.entries as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 4) return none;
      const [key, shown, value, compact] = entry as unknown[];
      if (typeof key !== "string" || !HEX64.test(key) || typeof shown !== "string" || typeof compact !== "boolean") return none;
      if (value === null || typeof value !== "object") return none;
      out.set(key, [key, shown, value, compact]);
    }
    return { tree: pack.tree, shared, entries: out };
  } catch {
    return none; // missing, truncated, not a v8 value: parse every file
  }
}

/**
 * The per-file cache of one load: `take` a file's value from the pack read at the start (undefined when the file
 * changed or was never cached), `put` the value of a file parsed now, `save` the pack of this load's files.
 * Without a directory it caches nothing. `tree`: this load's tree key (undefined for a tree with discovery problems,
 * which is never saved).
 */
export class FileCache {
  /** Files whose value came from the pack / were parsed, in this load. */
  reused = 0;
  parsed = 0;
  private readonly previous: Map<string, Pack["entries"][number]>;
  /** The pack's shared values (its entries' stand-ins name them). */
  private readonly shared: readonly (string | bigint)[];
  /** The pack's entries by display path when it was written by a load of this very tree (same tree key). */
  private readonly sameTree: Map<string, Pack["entries"][number]> | undefined;
  /** This load's files: key → [display path, value]. */
  private readonly next = new Map<string, [string, unknown]>();
  private readonly file: string | undefined;

  constructor(
    root: string,
    cwd: string,
    private readonly cacheDir?: string,
    private readonly tree?: string,
  ) {
    this.file =
      cacheDir === undefined
        ? undefined
        : join(cacheDir, `files-${createHash("sha256").update(`${CACHE_FORMAT}\0${root}\0${cwd}`).digest("hex")}.v8`);
    const pack = this.file === undefined ? { tree: "", shared: [], entries: new Map<string, Pack["entries"][number]>() } : readPack(this.file);
    this.previous = pack.entries;
    this.shared = pack.shared;
    if (tree !== undefined && pack.tree === tree) this.sameTree = new Map([...pack.entries.values()].map((e) => [e[1], e]));
  }

  /** The key of a file: the loader's identity, its kind, its display path (positions name it) and its bytes. */
  private key(kind: string, shown: string, bytes: Uint8Array): string {
    return createHash("sha256").update(identity()).update(`\0${kind}\0${shown}\0`).update(bytes).digest("hex");
  }

  /** The (frozen) value of the file `shown` (its `kind` and content `bytes`) from the pack, or undefined. */
  take<T>(kind: string, shown: string, bytes: Uint8Array): T | undefined {
    let entry = this.sameTree?.get(shown);
    if (entry === undefined) {
      entry = this.previous.get(this.key(kind, shown, bytes));
      if (entry === undefined || entry[1] !== shown) return undefined;
    }
    const key = entry[0];
    if (!this.previous.delete(key)) return undefined; // expanded once: a second take of the same file in one load parses it
    let value: unknown;
    try {
      value = entry[3] ? expandFrozen(entry[2], shown, this.shared) : entry[2];
    } catch {
      return undefined; // a stand-in the pack does not resolve (a foreign or damaged pack): parse the file
    }
    this.reused++;
    this.next.set(key, [shown, value]);
    return value as T;
  }

  /** A valid file's value, parsed in this load. */
  put(kind: string, shown: string, bytes: Uint8Array, value: unknown): void {
    this.parsed++;
    this.next.set(this.key(kind, shown, bytes), [shown, value]);
  }

  /** Write the pack of this load's files when it differs from the one read (best effort, atomic). */
  save(): void {
    lastStats = { parsed: this.parsed, reused: this.reused };
    if (this.file === undefined || this.cacheDir === undefined || this.tree === undefined) return;
    if (this.parsed === 0 && this.previous.size === 0 && this.sameTree !== undefined) return; // the pack is this load's
    try {
      const shared = sharedValues(this.next.values());
      const writer = new PackWriter(shared);
      const entries: Pack["entries"] = [...this.next].map(([key, [shown, value]]) => [key, shown, ...writer.compact(value, shown)]);
      const bytes = serialize({ format: CACHE_FORMAT, tree: this.tree, shared: [...shared.keys()], entries } satisfies Pack);
      mkdirSync(this.cacheDir, { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, this.file);
      prune(this.cacheDir);
    } catch {
      // read-only checkout, full disk: the next run parses again
    }
  }
}

/** Keep the newest DISK_ENTRIES packs (one per tree directory and working directory). */
function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir)
    .filter((f) => /^files-[0-9a-f]{64}\.v8$/.test(f))
    .map((f) => ({ f, t: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(DISK_ENTRIES)) rmSync(join(cacheDir, f), { force: true });
}

let lastStats: { parsed: number; reused: number } | undefined;

/** How many files the last successful load with a cache directory parsed and took from the pack (tests, benchmarks). */
export function lastFileCacheStats(): { parsed: number; reused: number } | undefined {
  return lastStats;
}

/** Forget the in-process memo (tests: behave like a new process). */
export function forgetCachedStates(): void {
  memo.clear();
}
