/**
 * `halo drift`: refresh + diff with nothing to apply. Exit 0 in sync (expected differences — a SORL ramp in
 * progress, an addition waiting in the PAS Timelock, the factory's pending authorisation spell — are listed but are
 * not drift), 2 drift, 1 error. Besides the resource diff it reports PAS's own state (reconciler/ops/pas-drift.ts):
 * a stopped BeamState, a paused PAS Timelock, an undeclared cBEAM, a deregistered PAU.
 */
import { Command, Option } from "commander";
import { configuratorBuilders } from "../../plan/actions.js";
import { detectDrift, renderDrift } from "../../plan/drift.js";
import { allBuilders } from "../../plan/session.js";
import { pendingLines, reviewPendingOperations } from "../../plan/pending.js";
import { type Observation, planFrom } from "../../plan/session.js";

/** The plan, only to say which batch would execute a questionable operation; drift never fails for it. */
function planOrNothing(obs: Observation) {
  try {
    return planFrom(obs);
  } catch {
    return undefined;
  }
}
import { pendingJson } from "../../plan/render.js";
import type { CliIo } from "../io.js";
import { pasDrift, renderPasDrift } from "../../ops/pas-drift.js";
import { observeFor, reconcileContext } from "./plan.js";
import { undeclaredPrimeMessage } from "../../chain/prime-undeclared.js";

interface DriftOptions {
  network?: string;
  dir?: string;
  format: "text" | "markdown" | "json";
  chainCache?: boolean;
}

export function driftCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("drift")
    .description("detect drift between halos/ and the chain (exit 0 in sync, 2 drift, 1 error)")
    .option("--network <name>", "network (default: $HALO_NETWORK, else defaultNetwork)")
    .option("--dir <path>", "desired-state tree (default: halosDir of halo.config.ts)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
    .option("--no-chain-cache", "read all chain history from the node (no out/.cache/history-*; also HALO_CHAIN_CACHE=0)")
    .addHelpText(
      "after",
      "\nExit codes: 0 in sync (ramps in progress and pending timelock operations are not drift), 2 drift, 1 error.",
    )
    .action(async (options: DriftOptions, command: Command) => {
      const ctx = await reconcileContext(io, command, options);
      const obs = await observeFor(ctx, { chainCache: options.chainCache !== false });
      const report = detectDrift(obs.desired, obs.observed, obs.observed.blockTimestamp, {
        ...configuratorBuilders(),
        ...allBuilders(obs),
      });
      // operations waiting in the timelock that halos/ or the chain overtook: their own category, not drift
      const pending = reviewPendingOperations(obs.observed, obs.desired, () => planOrNothing(obs));
      const where = `chain ${obs.observed.chainId} at block ${obs.observed.blockNumber}`;
      const pas = pasDrift(obs.observed, obs.desired);
      const pasDrifted = pas.some((i) => !i.expected);
      // a Prime deleted from primes.yaml whose limits PAS still holds: drift (plan and apply refuse it)
      const undeclared = obs.undeclaredPrimes.map(undeclaredPrimeMessage);
      const exitCode = report.exitCode === 2 || pasDrifted || undeclared.length > 0 ? 2 : 0;
      const drifted = report.drifted || pasDrifted || undeclared.length > 0;
      // the resources' report; its "No drift" line only when nothing else (PAS, an undeclared Prime) drifted either
      const resourceDrift = drifted ? renderDrift(report).replace(/^No drift: the chain matches halos\/\.\n/, "") : renderDrift(report);
      if (options.format === "json") {
        io.stdout(
          `${JSON.stringify({ chainId: obs.observed.chainId, block: obs.observed.blockNumber.toString(), drifted, exitCode, items: report.items, pas, undeclaredPrimes: obs.undeclaredPrimes, pendingOperations: pendingJson(pending) }, null, 2)}\n`,
        );
      } else if (options.format === "markdown") {
        const drift = report.items.filter((i) => !i.expected);
        const expected = report.items.filter((i) => i.expected);
        const lines = [
          `### halo drift — ${where}`,
          "",
          !drifted
            ? "**No drift**: the chain matches `halos/`."
            : `**Drift**: ${drift.length + pas.filter((i) => !i.expected).length + undeclared.length} difference(s).`,
          "",
        ];
        if (pas.length > 0) lines.push("**PAS**", "", "```", ...renderPasDrift(pas), "```", "");
        if (undeclared.length > 0) lines.push("**Undeclared Prime**", "", ...undeclared.map((u) => `- ${u}`), "");
        if (report.items.length > 0) {
          lines.push("| | kind | resource | detail |", "|---|---|---|---|");
          for (const i of [...drift, ...expected])
            lines.push(
              `| ${i.expected ? "expected" : "**drift**"} | ${i.kind} | \`${i.address}\` | ${i.detail.replace(/\|/g, "\\|")} |`,
            );
        }
        if (pending.length > 0) lines.push("", "**Pending timelock operations to review** (not drift)", "", "```", ...pendingLines(pending), "```");
        io.stdout(`${lines.join("\n")}\n`);
      } else
        io.stdout(
          `Drift check of ${where}\n${pas.length > 0 ? `PAS:\n${renderPasDrift(pas).join("\n")}\n` : ""}${undeclared.map((u) => `drift: ${u}\n`).join("")}${resourceDrift}${pending.length > 0 ? `${pendingLines(pending).join("\n")}\n` : ""}`,
        );
      setExit(exitCode);
    });
}
