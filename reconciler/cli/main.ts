/** Entry point of the `halo` command: bin/halo.js runs its build, dist/cli/main.js (`tsx` runs this file in development). */
import { processIo } from "./io.js";
import { run } from "./program.js";

process.exitCode = await run(process.argv.slice(2), processIo());
