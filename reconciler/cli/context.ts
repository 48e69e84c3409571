/** Shared option handling: finding and loading halo.config.ts. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE, ConfigError, loadConfig, type HaloConfig } from "../config/index.js";
import type { CliIo } from "./io.js";

export interface GlobalOptions {
  config?: string;
}

/** The nearest halo.config.ts in `cwd` or one of its parents (so commands work from inside halos/). */
export function locateConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The project's config. With `--config` the file must exist; without it, the nearest `halo.config.ts` is
 * used, and when there is none `undefined` is returned (commands that can work without a config, like
 * validate, then use their defaults) or, when `required`, a ConfigError.
 */
export async function findConfig(io: CliIo, options: GlobalOptions, required: boolean): Promise<HaloConfig | undefined> {
  if (options.config !== undefined) return loadConfig(options.config, io.cwd);
  const found = locateConfig(io.cwd);
  if (found === undefined) {
    if (required) throw new ConfigError([`${CONFIG_FILE}: not found in ${io.cwd} or its parents (pass --config <file>)`]);
    return undefined;
  }
  return loadConfig(found, io.cwd);
}
