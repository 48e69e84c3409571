/**
 * Import a project configuration module. halo.config.ts is TypeScript: under tsx or vitest (the sources) a
 * TypeScript loader is already installed. The compiled CLI (dist/, run by bin/halo.js) compiles the config with
 * esbuild in its own thread — the config and the files it imports by relative path bundled into one ES module,
 * packages left as imports — and keeps the result in `<project>/out/.cache/config-<sha256>.mjs` with a manifest of
 * the sources and their hashes: a later process imports that file when no source changed (no compiler at all).
 * Commands that need no config (--help, --version, validate) never load any of it.
 *
 * Why not tsx's loader (what the compiled CLI did before): it starts a loader worker thread, a second node realm, and
 * routes every later import through it — 0.4–0.9 s of CPU per `halo` process (measured by load14, session 5). It stays
 * the fallback when esbuild is not installed or the cache directory cannot be written.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** True when this module runs as TypeScript (tsx, vitest); false in the compiled build. */
const RUNNING_TYPESCRIPT = import.meta.url.endsWith(".ts");

/** Bumped when the way a config is compiled changes: older cached bundles are then ignored. */
const BUNDLE_FORMAT = 1;

export async function importConfigModule(absolute: string, options: { typescriptHost?: boolean } = {}): Promise<{ default?: unknown }> {
  const url = pathToFileURL(absolute).href;
  const host = options.typescriptHost ?? RUNNING_TYPESCRIPT;
  if (host || !/\.[cm]?ts$/.test(absolute)) return (await import(url)) as { default?: unknown };
  const bundled = await compiledConfig(absolute);
  // the bundle's hash in the URL: a process that loads a changed config again gets the new module, not node's cached one
  if (bundled !== undefined)
    return unwrapCommonJs((await import(`${pathToFileURL(bundled.path).href}?${bundled.hash}`)) as { default?: unknown });
  return importWithTsx(url);
}

interface Manifest {
  format: number;
  esbuild: string;
  /** sha256 of the bundle written beside the manifest. */
  bundle: string;
  /** Every source the bundle was built from (absolute path → sha256 of its bytes). */
  inputs: Record<string, string>;
}

const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

/**
 * A project's cache directory, `<root>/out/.cache`: the compiled config (here), the tree cache (load/cache.ts) and
 * the history cache (chain/history-cache.ts) — worked out here only.
 */
export function projectCacheDir(root: string): string {
  return resolve(root, "out", ".cache");
}

/** The cache of a config: its project's cache directory, next to the tree cache (reconciler/load/cache.ts). */
export function configCacheDir(absolute: string): string {
  return projectCacheDir(dirname(absolute));
}

/**
 * The path of an up-to-date compiled bundle of the config, building it when a source changed; undefined when it
 * cannot be built or written (the caller falls back to tsx).
 */
export async function compiledConfig(absolute: string): Promise<{ path: string; hash: string } | undefined> {
  const dir = configCacheDir(absolute);
  const name = `config-${sha256(`${BUNDLE_FORMAT}\n${absolute}`).slice(0, 16)}`;
  const bundlePath = join(dir, `${name}.mjs`);
  const manifestPath = join(dir, `${name}.json`);
  const cached = upToDate(manifestPath);
  if (cached !== undefined) return { path: bundlePath, hash: cached };
  let esbuild: typeof import("esbuild");
  try {
    esbuild = await import("esbuild");
  } catch {
    return undefined;
  }
  try {
    const workingDir = dirname(absolute);
    const result = esbuild.buildSync({
      absWorkingDir: workingDir,
      entryPoints: [absolute],
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs: Record<string, string> = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      const path = resolve(workingDir, input);
      inputs[path] = sha256(readFileSync(path));
    }
    const contents = result.outputFiles[0]!.contents;
    const manifest: Manifest = { format: BUNDLE_FORMAT, esbuild: esbuild.version, bundle: sha256(contents), inputs };
    mkdirSync(dir, { recursive: true });
    writeAtomically(bundlePath, contents);
    writeAtomically(manifestPath, JSON.stringify(manifest));
    return { path: bundlePath, hash: manifest.bundle };
  } catch (error) {
    // a syntax error is the config's: say it (tsx would fail on it too); anything else (a read-only directory)
    // falls back to tsx
    if (isBuildFailure(error)) throw new Error(error.errors.map((e) => buildMessage(e)).join("; "));
    return undefined;
  }
}

/**
 * The bundle's hash when the manifest names this bundle format, every source with the hash it still has, and the
 * bundle beside it is the one it wrote; else undefined (build again).
 */
function upToDate(manifestPath: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    if (manifest.format !== BUNDLE_FORMAT || typeof manifest.inputs !== "object" || manifest.inputs === null) return undefined;
    const entries = Object.entries(manifest.inputs);
    if (entries.length === 0 || !entries.every(([path, hash]) => sha256(readFileSync(path)) === hash)) return undefined;
    const bundle = readFileSync(manifestPath.replace(/\.json$/, ".mjs"));
    return sha256(bundle) === manifest.bundle ? manifest.bundle : undefined;
  } catch {
    return undefined; // no manifest, a source removed, a bundle missing: build again
  }
}

/** Write through a temporary file and a rename, so a concurrent `halo` never imports half a bundle. */
function writeAtomically(path: string, contents: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

interface BuildFailure {
  errors: { text: string; location: { file: string; line: number; column: number } | null }[];
}

function isBuildFailure(error: unknown): error is BuildFailure {
  return typeof error === "object" && error !== null && Array.isArray((error as BuildFailure).errors) && (error as BuildFailure).errors.length > 0;
}

function buildMessage(e: BuildFailure["errors"][number]): string {
  return e.location === null ? e.text : `${e.location.file}:${e.location.line}:${e.location.column + 1}: ${e.text}`;
}

/** tsx's ESM loader, registered for the duration of the import only. */
async function importWithTsx(url: string): Promise<{ default?: unknown }> {
  let register: typeof import("tsx/esm/api").register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    throw new Error("a TypeScript config needs the esbuild or tsx package (run `npm install` in the halo-factory checkout)");
  }
  const unregister = register();
  try {
    return unwrapCommonJs((await import(url)) as { default?: unknown });
  } finally {
    await unregister();
  }
}

/**
 * Outside a `"type": "module"` package a .ts file is CommonJS: tsx compiles `export default x` to
 * `exports.default = x` (marked `__esModule`), which node's import() hands over as `{ default: exports }`.
 */
function unwrapCommonJs(module: { default?: unknown }): { default?: unknown } {
  const exports = module.default as { __esModule?: unknown; default?: unknown } | null | undefined;
  return exports !== null && typeof exports === "object" && exports.__esModule === true ? { default: exports.default } : module;
}
