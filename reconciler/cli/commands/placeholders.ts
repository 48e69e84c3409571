/**
 * Commands announced in the design card whose engine has not landed yet. They say so and exit 1; they
 * never pretend to work. Each is replaced by its real module when it lands (see docs/cli.md).
 */
import { Command } from "commander";
import { EXIT_ERROR, type CliIo } from "../io.js";

export const DEMO_NOT_YET = "halo demo: not yet available — the demo lands with the devnet issue";

function notYet(io: CliIo, setExit: (code: number) => void, name: string, description: string, message: string): Command {
  return new Command(name)
    .description(`${description} (not yet available)`)
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption("-h, --help", "display help for command")
    .action(() => {
      io.stderr(`${message}\n`);
      setExit(EXIT_ERROR);
    });
}

export function placeholderCommands(io: CliIo, setExit: (code: number) => void): Command[] {
  return [
    notYet(io, setExit, "demo", "run the end-to-end demo on a local anvil chain", DEMO_NOT_YET),
  ];
}
