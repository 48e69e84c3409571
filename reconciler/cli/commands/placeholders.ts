/**
 * Commands announced in the design card whose engine has not landed yet. They say so and exit 1; they
 * never pretend to work. Each is replaced by its real module when it lands (see docs/cli.md).
 */
import { Command } from "commander";
import { EXIT_ERROR, type CliIo } from "../io.js";

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
  // Every announced command has landed (demo: reconciler/cli/commands/demo.ts); kept for the next one.
  void notYet;
  void io;
  void setExit;
  return [];
}
