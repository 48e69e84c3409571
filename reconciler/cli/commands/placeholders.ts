/**
 * Commands announced in the design card whose engine has not landed yet. They say so and exit 1; they
 * never pretend to work. Each is replaced by its real module when it lands (see docs/cli.md).
 */
import { Command } from "commander";
import { EXIT_ERROR, type CliIo } from "../io.js";

export function notYet(io: CliIo, setExit: (code: number) => void, name: string, description: string, message: string): Command {
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

/** Every announced command has landed (the last, demo, is reconciler/cli/commands/demo.ts); kept for the next one. */
export function placeholderCommands(_io: CliIo, _setExit: (code: number) => void): Command[] {
  return [];
}
