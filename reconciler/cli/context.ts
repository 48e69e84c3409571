/** Shared option handling: finding and loading halo.config.ts. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { CONFIG_FILE, loadConfig, type HaloConfig } from "../config/index.js";
import type { CliIo } from "./io.js";

export interface GlobalOptions {
  config?: string;
}

/**
 * The project's config. With `--config` the file must exist; without it, `halo.config.ts` in the working
 * directory is used when present and `undefined` is returned when it is not (commands that can work
 * without a config, like validate, then use their defaults).
 */
export async function findConfig(io: CliIo, options: GlobalOptions, required: boolean): Promise<HaloConfig | undefined> {
  if (options.config !== undefined) return loadConfig(options.config, io.cwd);
  if (!existsSync(resolve(io.cwd, CONFIG_FILE))) {
    if (required) return loadConfig(CONFIG_FILE, io.cwd); // throws the "not found" ConfigError
    return undefined;
  }
  return loadConfig(CONFIG_FILE, io.cwd);
}
