#!/usr/bin/env node
// The `halo` command: runs reconciler/cli/main.ts with tsx's loader in a child node process, forwarding
// arguments, standard streams, signals and the exit status. Paths resolve from this package, so the
// command works from any working directory.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const main = join(packageRoot, "reconciler", "cli", "main.ts");
const tsxLoader = import.meta.resolve("tsx");

const child = spawn(process.execPath, ["--import", tsxLoader, main, ...process.argv.slice(2)], {
  stdio: "inherit",
});

const forwarded = ["SIGINT", "SIGTERM", "SIGHUP"];
const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of forwarded) process.on(signal, forward);

child.on("error", (error) => {
  process.stderr.write(`halo: cannot start node: ${error.message}\n`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  for (const s of forwarded) process.off(s, forward);
  if (signal !== null) {
    // Die of the same signal so callers see what happened to the child.
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
