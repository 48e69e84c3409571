/** Entry point of the `halo` command: bin/halo.js runs its build, dist/cli/main.js (`tsx` runs this file in development). */
import { processIo } from "./io.js";
import { run } from "./program.js";

process.exitCode = await run(process.argv.slice(2), processIo());

// The command is over (every command awaits its own work; `devnet` and `beacon` return only when stopped): exit once
// stdout and stderr are flushed instead of when the event loop empties. Nothing left running delays the exit — a
// refresh still reading after the tree's errors were reported (cli/commands/plan.ts observeFor), an idle keep-alive
// socket — and node does not tear down a heap of several hundred MB first.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write("", () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit();
