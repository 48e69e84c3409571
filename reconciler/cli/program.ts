/** The `halo` program: global options, the commands, and error / exit-code handling. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { ConfigError } from "../config/index.js";
import { configCommand } from "./commands/config.js";
import { demoCommand } from "./commands/demo.js";
import { devnetCommand } from "./commands/devnet.js";
import { applyCommand } from "./commands/apply.js";
import { driftCommand } from "./commands/drift.js";
import { placeholderCommands } from "./commands/placeholders.js";
import { planCommand } from "./commands/plan.js";
import { showCommand } from "./commands/show.js";
import { validateCommand } from "./commands/validate.js";
import { beaconCommand } from "./commands/beacon.js";
import { indexCommand } from "./commands/index.js";
import { verifyCommand } from "./commands/verify.js";
import { EXIT_ERROR, EXIT_OK, type CliIo } from "./io.js";

const packageJson = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json");
export const VERSION = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("halo")
    .description("Halos as code: validate, plan and apply the desired state of Halo Agents, Classes and Units")
    .version(VERSION, "-V, --version", "print the version")
    .option("--config <file>", "project configuration (default: the nearest halo.config.ts)")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  const commands = [
    validateCommand(io, setExit),
    configCommand(io, setExit),
    planCommand(io, setExit),
    applyCommand(io, setExit),
    showCommand(io, setExit),
    driftCommand(io, setExit),
    devnetCommand(io, setExit),
    indexCommand(io, setExit),
    verifyCommand(io, setExit),
    beaconCommand(io, setExit),
    demoCommand(io, setExit),
    ...placeholderCommands(io, setExit),
  ];
  for (const command of commands) {
    command.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).exitOverride();
    program.addCommand(command);
  }
  return program;
}

/** Run `halo` with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exit = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_OK;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    if (error instanceof ConfigError) {
      for (const problem of error.problems) io.stderr(`${problem}\n`);
      return EXIT_ERROR;
    }
    io.stderr(`halo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_ERROR;
  }
}
