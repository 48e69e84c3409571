/** The `halo` program: global options, the commands, and error / exit-code handling. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { DEFAULT_RPC_TIMEOUT_MS, setRpcTimeout } from "../chain/rpc.js";
import { exitCodeOf, formatError } from "../errors.js";
import { configCommand } from "./commands/config.js";
import { demoCommand } from "./commands/demo.js";
import { devnetCommand } from "./commands/devnet.js";
import { applyCommand } from "./commands/apply.js";
import { driftCommand } from "./commands/drift.js";
import { placeholderCommands } from "./commands/placeholders.js";
import { planCommand } from "./commands/plan.js";
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
    .option("--rpc-timeout <seconds>", "how long one RPC request may take before the node is declared silent", parseTimeout, DEFAULT_RPC_TIMEOUT_MS / 1000)
    .option("--debug", "print the stack trace of an error (also $HALO_DEBUG=1)")
    .option("-q, --quiet", "no progress lines on stderr (results and errors are still printed)")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  const commands = [
    validateCommand(io, setExit),
    configCommand(io, setExit),
    planCommand(io, setExit),
    applyCommand(io, setExit),
    driftCommand(io, setExit),
    devnetCommand(io, setExit),
    indexCommand(io, setExit),
    verifyCommand(io, setExit),
    beaconCommand(io, setExit),
    demoCommand(io, setExit),
    ...placeholderCommands(io, setExit),
  ];
  program.hook("preAction", (_program, action) => {
    const global = action.optsWithGlobals<{ rpcTimeout: number; quiet?: boolean }>();
    setRpcTimeout(global.rpcTimeout * 1000);
    if (global.quiet) delete io.progress;
  });
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
    const debug = argv.includes("--debug") || (io.env.HALO_DEBUG ?? "") !== "" && io.env.HALO_DEBUG !== "0";
    io.stderr(formatError(error, { debug }));
    return exitCodeOf(error);
  } finally {
    setRpcTimeout(DEFAULT_RPC_TIMEOUT_MS);
  }
}

function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || !(seconds > 0))
    throw new InvalidArgumentError("must be a positive number of seconds, e.g. 10 or 2.5");
  return seconds;
}
