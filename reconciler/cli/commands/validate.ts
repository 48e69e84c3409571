/** `halo validate`: load and validate the desired-state tree; exit 0 valid, 1 invalid. */
import { relative, resolve } from "node:path";
import { Command, Option } from "commander";
import { allUnits } from "../../model/desired.js";
import { type Diagnostic, formatDiagnostic, loadDesiredState } from "../../load/index.js";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_ERROR, EXIT_OK, type CliIo } from "../io.js";

interface ValidateOptions {
  dir?: string;
  format: "text" | "json" | "github";
}

/** GitHub Actions workflow-command escaping: `data` for the message, `property` for `file=` etc. */
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** One `::error file=…,line=…,col=…::…` line per diagnostic: GitHub shows it on the file's line in a PR. */
export function githubAnnotation(d: Diagnostic): string {
  return `::error file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty("halo validate")}::${escapeData(`${d.path}: ${d.message}`)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function validateCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("validate")
    .description("validate the desired-state tree (halos/) against the schemas and the cross-file rules")
    .option("--dir <path>", "the desired-state tree (default: halosDir of halo.config.ts, else halos)")
    .addOption(
      new Option("--format <format>", "output format (github: errors as GitHub Actions annotations)")
        .choices(["text", "json", "github"])
        .default("text"),
    )
    .addHelpText(
      "after",
      "\nExit codes: 0 valid, 1 invalid (every error printed as `file:line:col path: message`).",
    )
    .action(async (options: ValidateOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions & ValidateOptions>();
      let dir = options.dir;
      if (dir === undefined) {
        const config = await findConfig(io, global, false);
        dir = config ? relative(io.cwd, resolve(config.root, config.halosDir)) || "." : "halos";
      }
      const result = loadDesiredState(dir, { cwd: io.cwd });
      if (options.format === "json") {
        const body = result.ok
          ? {
              valid: true,
              dir: result.state.dir,
              treeHash: result.state.treeHash,
              files: result.state.files,
              counts: counts(result.state),
              errors: [],
            }
          : { valid: false, dir, errors: result.diagnostics };
        io.stdout(`${JSON.stringify(body, null, 2)}\n`);
      } else if (options.format === "github" && !result.ok) {
        // annotations go to stdout, where the Actions runner reads workflow commands
        for (const diagnostic of result.diagnostics) io.stdout(`${githubAnnotation(diagnostic)}\n`);
        const files = new Set(result.diagnostics.map((d) => d.file)).size;
        io.stderr(`${dir}: invalid (${plural(result.diagnostics.length, "error")} in ${plural(files, "file")})\n`);
      } else if (result.ok) {
        const c = counts(result.state);
        io.stdout(
          `${result.state.dir}: valid (${plural(result.state.files.length, "file")}: ${plural(c.agents, "agent")}, ` +
            `${plural(c.classes, "class", "classes")}, ${plural(c.units, "unit")}, ${plural(c.templates, "template")}, ` +
            `${plural(c.externalTemplates, "external template")}, ${plural(c.legacy, "legacy Halo")}, ${plural(c.primes, "Prime")})\n`,
        );
      } else {
        for (const diagnostic of result.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
        const files = new Set(result.diagnostics.map((d) => d.file)).size;
        io.stderr(`${dir}: invalid (${plural(result.diagnostics.length, "error")} in ${plural(files, "file")})\n`);
      }
      setExit(result.ok ? EXIT_OK : EXIT_ERROR);
    });
}

function counts(state: import("../../model/desired.js").DesiredState) {
  return {
    agents: state.agents.length,
    classes: state.classes.length,
    units: allUnits(state).length,
    templates: state.templates.length,
    externalTemplates: state.externalTemplates.length,
    legacy: state.legacy.length,
    primes: state.primes?.length ?? 0,
  };
}
