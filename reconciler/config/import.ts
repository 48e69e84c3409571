/**
 * Import a project configuration module. halo.config.ts is TypeScript: under tsx or vitest (the sources) a
 * TypeScript loader is already installed; the compiled CLI (dist/, run by bin/halo.js) registers tsx's loader
 * for the duration of the import only, so commands that need no config (--help, --version, validate) never load it.
 */
import { pathToFileURL } from "node:url";

/** True when this module runs as TypeScript (tsx, vitest); false in the compiled build. */
const RUNNING_TYPESCRIPT = import.meta.url.endsWith(".ts");

export async function importConfigModule(absolute: string): Promise<{ default?: unknown }> {
  const url = pathToFileURL(absolute).href;
  if (RUNNING_TYPESCRIPT || !/\.[cm]?ts$/.test(absolute)) return (await import(url)) as { default?: unknown };
  let register: typeof import("tsx/esm/api").register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    throw new Error("a TypeScript config needs the tsx package (run `npm install` in the halo-factory checkout)");
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
