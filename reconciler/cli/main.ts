/** Entry point of the `halo` command (bin/halo.js runs this file through tsx). */
import { processIo } from "./io.js";
import { run } from "./program.js";

process.exitCode = await run(process.argv.slice(2), processIo());
