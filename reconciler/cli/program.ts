/**
 * The `halo` program: global options, the commands, and error / exit-code handling.
 *
 * Commands load lazily: each command's module (and with it viem, ajv, yaml and the generated ABIs) is imported
 * only when that command runs or its help is asked for. `halo --help` and `halo --version` are served from the
 * table below, so they start in the time node itself takes (docs/cli.md, "Start-up"). A test checks that the
 * table matches what each module declares.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { DEFAULT_RPC_BATCH_SIZE, DEFAULT_RPC_TIMEOUT_MS, setRpcBatchSize, setRpcTimeout } from "../chain/rpc-timeout.js";
import { exitCodeOf, formatError } from "../errors.js";
import { EXIT_ERROR, EXIT_OK, type CliIo } from "./io.js";

const packageJson = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json");
export const VERSION = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;

type CommandFactory = (io: CliIo, setExit: (code: number) => void) => Command;

/** One command as `halo --help` lists it, and how to load its definition. */
export interface LazyCommand {
  /** The help's left column: name, `[options]`, arguments. */
  readonly term: string;
  readonly description: string;
  readonly load: () => Promise<CommandFactory>;
}

/** Every command, in the order `halo --help` lists them. */
export const COMMANDS: readonly LazyCommand[] = [
  {
    term: "validate [options]",
    description: "validate the desired-state tree (halos/) against the schemas and the cross-file rules",
    load: async () => (await import("./commands/validate.js")).validateCommand,
  },
  {
    term: "config [options]",
    description: "print the resolved network configuration (RPC URL, deployed addresses, apply mode, paths)",
    load: async () => (await import("./commands/config.js")).configCommand,
  },
  {
    term: "plan [options]",
    description: "diff halos/ against the chain and print the plan (save it with --out for `halo apply`)",
    load: async () => (await import("./commands/plan.js")).planCommand,
  },
  {
    term: "apply [options] [plan]",
    description: "apply a saved plan (or plan now and confirm): send the due batches or write governance payloads",
    load: async () => (await import("./commands/apply.js")).applyCommand,
  },
  {
    term: "show [options] <plan>",
    description: "re-render a saved plan as text, markdown (the PR comment) or JSON",
    load: async () => (await import("./commands/show.js")).showCommand,
  },
  {
    term: "drift [options]",
    description: "detect drift between halos/ and the chain (exit 0 in sync, 2 drift, 1 error)",
    load: async () => (await import("./commands/drift.js")).driftCommand,
  },
  {
    term: "devnet [options]",
    description: "run a local anvil chain with the Halo Factory system deployed (until Ctrl-C)",
    load: async () => (await import("./commands/devnet.js")).devnetCommand,
  },
  {
    term: "index [options]",
    description: "write one schema-valid JSON record per agent, class and unit from the factory's and registry's events",
    load: async () => (await import("./commands/index.js")).indexCommand,
  },
  {
    term: "verify [options] <type> <id>",
    description: "run the Day-0 checklist against a class or unit (pass/fail table; exit 2 naming failed checks)",
    load: async () => (await import("./commands/verify.js")).verifyCommand,
  },
  {
    term: "approve [options] <type> <id> <plan>",
    description: "sign (or prepare) the EIP-712 instance approval of a class or unit the saved plan deploys",
    load: async () => (await import("./commands/approve.js")).approveCommand,
  },
  {
    term: "beacon",
    description: "reference beacon runners: lpha-lcts (lock / settle) and lpha-nfat (deals)",
    load: async () => (await import("./commands/beacon.js")).beaconCommand,
  },
  {
    term: "demo [options]",
    description:
      "run the end-to-end demo on a local anvil chain (plan, apply, timelock, LCTS days, an NFAT deal, drift, records)",
    load: async () => (await import("./commands/demo.js")).demoCommand,
  },
];

const nameOf = (command: LazyCommand): string => command.term.split(" ")[0] ?? command.term;

/** The global options taking a value (their value is not a command name). */
const GLOBAL_OPTIONS_WITH_VALUE: readonly string[] = ["--config", "--rpc-timeout", "--rpc-batch-size"];

/**
 * The command `argv` runs (or asks help for: `halo help <command>`), or undefined for the program itself.
 * Only the values of the global options taking one (--config <file>, --rpc-timeout <seconds>, --rpc-batch-size <calls>) are skipped;
 * commander does the real parsing.
 */
export function commandNamed(argv: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") break;
    if (GLOBAL_OPTIONS_WITH_VALUE.includes(arg)) i++;
    else if (!arg.startsWith("-")) words.push(arg);
    if (words.length === 2) break;
  }
  return words[0] === "help" ? words[1] : words[0];
}

/**
 * The program with every command listed; the definitions of the commands named in `load` ("all" for every one)
 * are imported, the others are placeholders carrying only what `halo --help` shows.
 */
export async function buildProgram(
  io: CliIo,
  setExit: (code: number) => void,
  load: readonly string[] | "all" = "all",
): Promise<Command> {
  const terms = new Map<Command, string>();
  const program = new Command("halo")
    .description("Halos as code: validate, plan and apply the desired state of Halo Agents, Classes and Units")
    .version(VERSION, "-V, --version", "print the version")
    .option("--config <file>", "project configuration (default: the nearest halo.config.ts)")
    .option("--rpc-timeout <seconds>", "how long the node may stay silent (before its answer starts, or in the middle of it) before the request fails", parseTimeout, DEFAULT_RPC_TIMEOUT_MS / 1000)
    .option(
      "--rpc-batch-size <calls>",
      "the most JSON-RPC calls in one HTTP request (lower it for a provider that caps batches)",
      parseBatchSize,
      DEFAULT_RPC_BATCH_SIZE,
    )
    .option("--debug", "print the stack trace of an error (also $HALO_DEBUG=1)")
    .option("-q, --quiet", "no progress lines on stderr (results and errors are still printed)")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .configureHelp({ subcommandTerm: (command) => terms.get(command) ?? command.name() })
    .exitOverride();
  const loaded = await Promise.all(
    COMMANDS.map(async (entry) => {
      if (load === "all" || load.includes(nameOf(entry))) return (await entry.load())(io, setExit);
      return new Command(nameOf(entry)).description(entry.description);
    }),
  );
  program.hook("preAction", (_program, action) => {
    const global = action.optsWithGlobals<{ rpcTimeout: number; rpcBatchSize: number; quiet?: boolean }>();
    setRpcTimeout(global.rpcTimeout * 1000);
    setRpcBatchSize(global.rpcBatchSize);
    if (global.quiet) delete io.progress;
  });
  for (const [i, command] of loaded.entries()) {
    const entry = COMMANDS[i];
    if (entry !== undefined) terms.set(command, entry.term);
    command.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).exitOverride();
    program.addCommand(command);
  }
  return program;
}

/** Run `halo` with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exit = EXIT_OK;
  try {
    const named = commandNamed(argv);
    const program = await buildProgram(
      io,
      (code) => {
        exit = code;
      },
      named === undefined ? [] : [named],
    );
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_OK;
    }
    await program.parseAsync(argv, { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    const debug = argv.includes("--debug") || (io.env.HALO_DEBUG ?? "") !== "" && io.env.HALO_DEBUG !== "0";
    io.stderr(formatError(error, { debug }));
    return exitCodeOf(error);
  } finally {
    setRpcTimeout(DEFAULT_RPC_TIMEOUT_MS);
    setRpcBatchSize(DEFAULT_RPC_BATCH_SIZE);
  }
}

function parseBatchSize(value: string): number {
  const calls = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(calls) || calls < 1)
    throw new InvalidArgumentError("must be a whole number of calls, at least 1, e.g. 100");
  return calls;
}

function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || !(seconds > 0))
    throw new InvalidArgumentError("must be a positive number of seconds, e.g. 10 or 2.5");
  return seconds;
}
