/**
 * `halo index [--network N] --out DIR [--from-block B] [--block-range R]`: write the Synome / Artifact
 * records of every agent, class and unit (reconciler/ops/indexer.ts). Exit 0 = records written (or already
 * up to date), 1 = an unknown / malformed event (named by tx hash and log index), a schema failure, or an error.
 */
import { isAbsolute, resolve } from "node:path";
import { Command } from "commander";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_OK, type CliIo } from "../io.js";
import { OpsError, opsNetwork } from "../../ops/common.js";
import { buildRecords, writeRecords } from "../../ops/indexer.js";
import { blockNumberOption, wholeNumberOption } from "../options.js";

interface IndexCliOptions {
  network?: string;
  out: string;
  fromBlock?: bigint;
  blockRange?: bigint;
}

export function indexCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("index")
    .description("write one schema-valid JSON record per agent, class and unit from the factory's and registry's events")
    .option("--network <name>", "network from halo.config.ts (default: HALO_NETWORK, else the config's default)")
    .requiredOption("--out <dir>", "output directory (agents/, classes/, units/ are created in it)")
    .option("--from-block <block>", "first block to read (default: the addresses file's deployBlock, else 0)", blockNumberOption)
    .option("--block-range <blocks>", "blocks per eth_getLogs query (default 100000)", wholeNumberOption("a number of blocks"))
    .addHelpText("after", "\nRecords follow schemas/records/*.schema.json; see docs/operations.md. Exit codes: 0 ok, 1 error.")
    .action(async (options: IndexCliOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions & IndexCliOptions>();
      const config = await findConfig(io, global, true);
      if (config === undefined) throw new OpsError("no halo.config.ts");
      const network = opsNetwork(config, options.network, io.env, io.cwd);
      const result = await buildRecords(network.client, {
        chainId: network.chainId,
        factory: network.system.factory,
        haloRegistry: network.system.haloRegistry,
        ...((options.fromBlock ?? network.deployBlock) !== undefined ? { fromBlock: options.fromBlock ?? network.deployBlock } : {}),
        ...(options.blockRange !== undefined ? { blockRange: options.blockRange } : {}),
      });
      const out = isAbsolute(options.out) ? options.out : resolve(io.cwd, options.out);
      const written = writeRecords(out, result);
      io.stdout(
        `halo index: ${network.name} blocks ${result.fromBlock}..${result.toBlock} (${result.logCount} logs, ${result.queries} getLogs queries): ` +
          `${result.agents.length} agents, ${result.classes.length} classes, ${result.units.length} units; ` +
          `${written.written.length} written, ${written.unchanged.length} unchanged in ${options.out}\n`,
      );
      setExit(EXIT_OK);
    });
}
