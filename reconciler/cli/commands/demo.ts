/**
 * `halo demo` (`npm run demo`): the end-to-end demo on its own anvil chain (reconciler/demo/run.ts). Exit 0
 * when every step ran, 1 with the failing step's reason otherwise; anvil is stopped either way.
 */
import { Command, Option } from "commander";
import { resolve } from "node:path";
import { runDemo } from "../../demo/run.js";
import { EXIT_ERROR, EXIT_OK, type CliIo } from "../io.js";
import { run } from "../program.js";

export function demoCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("demo")
    .description("run the end-to-end demo on a local anvil chain (plan, apply, timelock, LCTS days, an NFAT deal, drift, records)")
    .addOption(new Option("--out <dir>", "where the plan, logs, drift report and records go").default("out/demo"))
    .action(async (options: { out: string }) => {
      // the running step's title is shown only when the output is the real terminal (processIo), not a capture
      const live = io.env === process.env && process.stdout.isTTY === true;
      try {
        await runDemo({
          outDir: resolve(io.cwd, options.out),
          write: io.stdout,
          live,
          handleSignals: true,
          cli: run,
        });
        setExit(EXIT_OK);
      } catch (error) {
        io.stderr(`halo demo: ${error instanceof Error ? error.message : String(error)}\n`);
        setExit(EXIT_ERROR);
      }
    });
}
