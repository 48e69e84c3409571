/**
 * `halo show PLAN [--format text|markdown|json]`: re-renders a saved plan (`halo plan --out`) without reading
 * the chain — for a reviewer, or to post the PR comment of a plan made earlier.
 */
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { readPlanFile } from "../../plan/planfile.js";
import { renderJson, renderMarkdown, renderText } from "../../plan/render.js";
import { EXIT_OK, type CliIo } from "../io.js";

interface ShowOptions {
  format: "text" | "markdown" | "json";
  color?: boolean;
}

export function showCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("show")
    .description("re-render a saved plan as text, markdown (the PR comment) or JSON")
    .argument("<plan>", "a saved plan (halo plan --out plans/NAME.json)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
    .option("--no-color", "no ANSI colours in text output")
    .action((file: string, options: ShowOptions) => {
      // a missing or invalid plan throws a PlanFormatError (an InputError): the program prints it in one line
      const { plan, meta } = readPlanFile(resolve(io.cwd, file), file);
      if (options.format === "json") io.stdout(renderJson(plan, meta));
      else if (options.format === "markdown") io.stdout(renderMarkdown(plan, { savedTo: file }));
      else io.stdout(renderText(plan, { savedTo: file, color: options.color === false ? false : undefined }));
      setExit(EXIT_OK);
    });
}
