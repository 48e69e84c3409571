/**
 * The cache of valid desired-state trees, keyed by content: parsing and validating YAML is most of `load`'s cost
 * (about 1,000 files at 1,000 classes), and a tree that did not change loads to the same state.
 *
 * Key: sha256 over the cache format, the loader's identity (its own code, the desired-state schemas, the yaml
 * and ajv versions, node's version), the tree's directory and the working directory (display paths), and every
 * file's relative path and content in sorted order. Any edit to the tree or to the loader is a different key;
 * only valid trees are cached (a tree with errors is always parsed, so its diagnostics are fresh).
 *
 * - In-process: the last few states, deep-frozen and shared: every caller of the same tree gets the same
 *   read-only object (a write throws a TypeError), so a repeated load costs reading and hashing the files only
 *   (a copy per caller, node:v8 deserialize, was about 0.4 s at 1,000 classes: 36 MB of source references).
 * - On disk, when the caller names a directory (the CLI: `<project>/out/.cache`): one file per key, written
 *   atomically; an unreadable or mismatched file is ignored and rewritten. The directory is trusted like the
 *   tree itself: whoever can write it can change what is planned.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { DESIRED_MODEL_VERSION, type DesiredState } from "../model/desired.js";
import { DESIRED_STATE_SCHEMAS, schemasDir } from "./schemas.js";

const CACHE_FORMAT = "halo-desired-cache-1";
const MEMO_ENTRIES = 4;
const DISK_ENTRIES = 8;
const memo = new Map<string, DesiredState>();

let loaderIdentity: string | undefined;

/** sha256 of what decides how files become a state: this directory's and model/'s code, schemas, versions. */
function identity(): string {
  if (loaderIdentity !== undefined) return loaderIdentity;
  const hash = createHash("sha256").update(`${CACHE_FORMAT}\0${DESIRED_MODEL_VERSION}\0${process.version}\0`);
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, "..", "model")]) {
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(ts|js)$/.test(file) || file.endsWith(".test.ts")) continue;
      hash.update(file).update("\0").update(readFileSync(join(dir, file))).update("\0");
    }
  }
  for (const file of DESIRED_STATE_SCHEMAS) hash.update(file).update("\0").update(readFileSync(join(schemasDir, file))).update("\0");
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

/** The cache key of a tree: `files` are [path relative to the tree, content], in the tree's sorted order. */
export function treeKey(root: string, cwd: string, files: readonly (readonly [string, string])[]): string {
  const hash = createHash("sha256").update(identity()).update(`\0${root}\0${cwd}\0`);
  for (const [path, text] of files) hash.update(path).update("\0").update(text).update("\0");
  return hash.digest("hex");
}

const diskFile = (cacheDir: string, key: string) => join(cacheDir, `desired-${key}.v8`);

function decode(bytes: Buffer): DesiredState | undefined {
  try {
    const state = deserialize(bytes) as DesiredState;
    return state !== null && typeof state === "object" && state.modelVersion === DESIRED_MODEL_VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Object.freeze of `value` and everything reachable from it (plain data: objects, arrays, scalars). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (const item of value) deepFreeze(item);
  else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/** The (read-only, shared) state cached under `key` (memo first, then `cacheDir`), or undefined. */
export function cachedState(key: string, cacheDir?: string): DesiredState | undefined {
  const held = memo.get(key);
  if (held !== undefined) return held;
  if (cacheDir === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(diskFile(cacheDir, key));
  } catch {
    return undefined;
  }
  const state = decode(bytes);
  if (state === undefined) return undefined;
  hold(key, deepFreeze(state));
  return state;
}

function hold(key: string, state: DesiredState): void {
  memo.delete(key);
  memo.set(key, state);
  while (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
}

/**
 * Cache a valid tree's state under `key` (best effort: a cache that cannot be written is skipped). The state is
 * frozen here: the caller's copy is the shared one.
 */
export function rememberState(key: string, state: DesiredState, cacheDir?: string): void {
  hold(key, deepFreeze(state));
  if (cacheDir === undefined) return;
  try {
    const bytes = serialize(state);
    mkdirSync(cacheDir, { recursive: true });
    const file = diskFile(cacheDir, key);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    prune(cacheDir);
  } catch {
    // read-only checkout, full disk: the next run parses again
  }
}

/** Keep the newest DISK_ENTRIES states. */
function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir)
    .filter((f) => /^desired-[0-9a-f]{64}\.v8$/.test(f))
    .map((f) => ({ f, t: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(DISK_ENTRIES)) rmSync(join(cacheDir, f), { force: true });
}

/** Forget the in-process memo (tests: behave like a new process). */
export function forgetCachedStates(): void {
  memo.clear();
}
