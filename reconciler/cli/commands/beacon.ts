/**
 * `halo beacon lcts [--network N] [--once] --capacities FILE [--class ID…] [--lock-at HH:MM] [--settle-at HH:MM]`
 * `halo beacon nfat [--network N] --deals FILE [--journal FILE] [--once] [--interval S]`
 * Reference beacon runners (reconciler/ops/beacons.ts). Keys: HALO_LCTS_BEACON_KEY, HALO_NFAT_BEACON_KEY,
 * HALO_ATTEST_BEACON_KEY; on anvil (chain 31337) without them, the default account that holds the role.
 * Exit codes: 0 every action succeeded, 1 an action failed (logged) or an error.
 */
import { resolve } from "node:path";
import { ChainError, HaloError, shortMessage } from "../../errors.js";
import { Command, InvalidArgumentError } from "commander";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_ERROR, EXIT_OK, type CliIo } from "../io.js";
import { type OpsNetwork, OpsError, opsNetwork } from "../../ops/common.js";
import { jsonLines, lctsLock, lctsRunner, lctsSettle, msUntil, readCapacities, readDeals, runDeals } from "../../ops/beacons.js";

function parseTime(value: string): string {
  if (!/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)) throw new InvalidArgumentError("must be HH:MM (UTC)");
  return value;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of seconds");
  return n;
}

/** Resolves when a stop signal arrives or after `ms`; returns true when stopped. */
function sleep(ms: number, stop: { stopped: boolean; wake?: () => void }): Promise<boolean> {
  return new Promise((r) => {
    const timer = setTimeout(() => r(stop.stopped), ms);
    stop.wake = () => {
      clearTimeout(timer);
      r(true);
    };
  });
}

function stopOnSignals(): { stopped: boolean; wake?: () => void; dispose: () => void } {
  const state: { stopped: boolean; wake?: () => void; dispose: () => void } = {
    stopped: false,
    dispose: () => {
      for (const s of ["SIGINT", "SIGTERM"] as const) process.off(s, handler);
    },
  };
  const handler = () => {
    state.stopped = true;
    state.wake?.();
  };
  for (const s of ["SIGINT", "SIGTERM"] as const) process.on(s, handler);
  return state;
}

async function network(io: CliIo, command: Command, name: string | undefined): Promise<OpsNetwork> {
  const config = await findConfig(io, command.optsWithGlobals<GlobalOptions>(), true);
  if (config === undefined) throw new OpsError("no halo.config.ts");
  return opsNetwork(config, name, io.env, io.cwd);
}

interface LctsOptions {
  network?: string;
  once?: boolean;
  capacities: string;
  class?: string[];
  lockAt: string;
  settleAt: string;
}

interface NfatOptions {
  network?: string;
  once?: boolean;
  deals: string;
  journal?: string;
  interval: number;
}

export function beaconCommand(io: CliIo, setExit: (code: number) => void): Command {
  const beacon = new Command("beacon").description("reference beacon runners: lpha-lcts (lock / settle) and lpha-nfat (deals)");
  const report = (error: unknown): never => {
    if (error instanceof HaloError) throw error;
    throw new ChainError(`beacon: ${shortMessage(error)}`, { cause: error });
  };

  beacon
    .command("lcts")
    .description("lock every LCTS queue at 13:00 UTC and settle by 16:00 UTC with the capacities file")
    .option("--network <name>", "network from halo.config.ts")
    .option("--once", "lock and settle now, then exit")
    .requiredOption("--capacities <file>", "capacities per unit and side (JSON or YAML), re-read at every settlement")
    .option("--class <id...>", "only these classes (default: every Portfolio class the key operates)")
    .option("--lock-at <HH:MM>", "daily lock time, UTC", parseTime, "13:00")
    .option("--settle-at <HH:MM>", "daily settlement time, UTC (before 16:00)", parseTime, "15:00")
    .action(async (options: LctsOptions, command: Command) => {
      try {
        const net = await network(io, command, options.network);
        const log = jsonLines(io.stdout);
        const capacitiesFile = resolve(io.cwd, options.capacities);
        readCapacities(capacitiesFile); // refuse a bad file before anything is sent
        const runner = await lctsRunner(net, io.env, options.class);
        log({ beacon: "lpha-lcts", action: "start", network: net.name, queues: runner.queues.length, operators: [...runner.signers.keys()] });
        if (options.once) {
          const failures = (await lctsLock(net, runner, log)) + (await lctsSettle(net, runner, readCapacities(capacitiesFile), log));
          setExit(failures === 0 ? EXIT_OK : EXIT_ERROR);
          return;
        }
        const stop = stopOnSignals();
        let failures = 0;
        try {
          for (;;) {
            const toLock = msUntil(new Date(), options.lockAt);
            const toSettle = msUntil(new Date(), options.settleAt);
            const lockNext = toLock <= toSettle;
            if (await sleep(lockNext ? toLock : toSettle, stop)) break;
            const current = await lctsRunner(net, io.env, options.class); // pick up units deployed meanwhile
            failures += lockNext ? await lctsLock(net, current, log) : await lctsSettle(net, current, readCapacities(capacitiesFile), log);
          }
        } finally {
          stop.dispose();
        }
        log({ beacon: "lpha-lcts", action: "stop", failures });
        setExit(failures === 0 ? EXIT_OK : EXIT_ERROR);
      } catch (error) {
        report(error);
      }
    });

  beacon
    .command("nfat")
    .description("claim, fund and move books as a deal file says (journalled: nothing is done twice)")
    .option("--network <name>", "network from halo.config.ts")
    .requiredOption("--deals <file>", "deal file (JSON or YAML)")
    .option("--journal <file>", "journal of done actions (default: <deals>.journal.json)")
    .option("--once", "run the file's pending actions now, then exit")
    .option("--interval <seconds>", "without --once: how often the deal file is re-read", parseSeconds, 60)
    .action(async (options: NfatOptions, command: Command) => {
      try {
        const net = await network(io, command, options.network);
        const log = jsonLines(io.stdout);
        const dealsFile = resolve(io.cwd, options.deals);
        const journal = resolve(io.cwd, options.journal ?? `${options.deals}.journal.json`);
        if (options.once) {
          setExit((await runDeals(net, io.env, readDeals(dealsFile), journal, log)) === 0 ? EXIT_OK : EXIT_ERROR);
          return;
        }
        const stop = stopOnSignals();
        let failures = 0;
        try {
          do {
            failures += await runDeals(net, io.env, readDeals(dealsFile), journal, log);
          } while (!(await sleep(options.interval * 1000, stop)));
        } finally {
          stop.dispose();
        }
        setExit(failures === 0 ? EXIT_OK : EXIT_ERROR);
      } catch (error) {
        report(error);
      }
    });
  return beacon;
}
