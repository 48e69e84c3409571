#!/usr/bin/env node
// The `halo` command: runs the compiled CLI, dist/cli/main.js (reconciler/ bundled by esbuild into a few ES modules,
// scripts/build-cli.mjs: `npm run build`, which `npm install` and `npm ci` run through the `prepare` script). No
// TypeScript is compiled at start-up. In a checkout, a build older than the sources is refused: a stale build would
// plan with yesterday's code. With --debug (or $HALO_DEBUG) source maps are turned on first, so a stack trace names
// the lines of reconciler/**/*.ts; without it node never reads them.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(fileURLToPath(import.meta.url), "..", "..");
const main = join(root, "dist", "cli", "main.js");
const sources = join(root, "reconciler");

function fail(message) {
  process.stderr.write(`halo: ${message}\n`);
  process.exit(1);
}

/** The newest source the build compiles (tests and scripts are not built), or undefined without sources. */
function newestSource(dir) {
  let newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    let candidate;
    if (entry.isDirectory()) {
      if (dir === sources && (entry.name === "test" || entry.name === "scripts")) continue;
      candidate = newestSource(path);
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      candidate = { path, mtimeMs: statSync(path).mtimeMs };
    }
    if (candidate !== undefined && (newest === undefined || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

if (!existsSync(main)) fail(`the CLI is not built (no ${join("dist", "cli", "main.js")}): run \`npm run build\` in ${root}`);
if (existsSync(sources)) {
  const newest = newestSource(sources);
  if (newest !== undefined && newest.mtimeMs > statSync(main).mtimeMs) {
    fail(`the build in dist/ is older than ${relative(root, newest.path)}: run \`npm run build\` in ${root}`);
  }
}
const debug = process.argv.includes("--debug") || !["", "0", undefined].includes(process.env.HALO_DEBUG);
if (debug) process.setSourceMapsEnabled(true);
await import(pathToFileURL(main).href);
