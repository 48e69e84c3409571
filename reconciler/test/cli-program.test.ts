import { Help } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram, COMMANDS, commandNamed, run } from "../cli/program.js";
import type { CliIo } from "../cli/io.js";
import { repoRoot } from "./helpers.js";

function capture(): { io: CliIo; out: () => string } {
  let stdout = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stdout += t), cwd: repoRoot, env: {} };
  return { io, out: () => stdout };
}

describe("lazy commands (reconciler/cli/program.ts)", () => {
  it("the table lists exactly what each command module declares (name, arguments, options, description)", async () => {
    const help = new Help();
    for (const entry of COMMANDS) {
      const command = (await entry.load())(capture().io, () => {});
      expect(help.subcommandTerm(command), entry.term).toBe(entry.term);
      expect(command.description(), entry.term).toBe(entry.description);
    }
  });

  it("`halo --help` from the table is the help of the fully loaded program", async () => {
    const lazy = capture();
    const program = await buildProgram(lazy.io, () => {}, []);
    program.outputHelp();
    const full = capture();
    (await buildProgram(full.io, () => {}, "all")).outputHelp();
    expect(lazy.out()).toBe(full.out());
    expect(lazy.out()).toContain("  verify [options] <type> <id>");
  });

  it("finds the command among the global options (and `help <command>`)", () => {
    expect(commandNamed([])).toBeUndefined();
    expect(commandNamed(["--version"])).toBeUndefined();
    expect(commandNamed(["--help"])).toBeUndefined();
    expect(commandNamed(["plan", "--network", "local"])).toBe("plan");
    expect(commandNamed(["--config", "x/halo.config.ts", "drift"])).toBe("drift");
    expect(commandNamed(["--config=x.ts", "drift"])).toBe("drift");
    expect(commandNamed(["--rpc-timeout", "0.5", "drift"])).toBe("drift");
    expect(commandNamed(["--rpc-timeout=0.5", "--quiet", "--debug", "plan"])).toBe("plan");
    expect(commandNamed(["--rpc-batch-size", "100", "plan"])).toBe("plan");
    expect(commandNamed(["help", "apply"])).toBe("apply");
    expect(commandNamed(["help"])).toBeUndefined();
    expect(commandNamed(["--", "plan"])).toBeUndefined();
  });

  it("`halo help <command>` and `halo <command> --help` show the loaded command's options", async () => {
    for (const args of [["help", "plan"], ["plan", "--help"]]) {
      const c = capture();
      expect(await run(args, c.io), args.join(" ")).toBe(0);
      expect(c.out()).toContain("Usage: halo plan [options]");
      expect(c.out()).toContain("--network <name>");
    }
  });

  it("an unknown command is still refused (exit 1) with the commands' names suggested", async () => {
    const c = capture();
    expect(await run(["plna"], c.io)).toBe(1);
    expect(c.out()).toContain("unknown command 'plna'");
    expect(c.out()).toContain("(Did you mean plan?)");
  });
});
