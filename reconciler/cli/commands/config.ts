/** `halo config`: print the resolved configuration of one network. */
import { relative, resolve } from "node:path";
import { Command, Option } from "commander";
import { SYSTEM_CONTRACTS, SYSTEM_GROUPS, resolveNetwork, type ApplyConfig } from "../../config/index.js";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_OK, type CliIo } from "../io.js";

interface ConfigOptions {
  network?: string;
  format: "text" | "json";
}

export function configCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("config")
    .description("print the resolved network configuration (RPC URL, deployed addresses, apply mode, paths)")
    .option("--network <name>", "network to resolve (default: $HALO_NETWORK, else defaultNetwork)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText("after", "\nExit codes: 0 resolved, 1 the config or the network is invalid.")
    .action(async (options: ConfigOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions & ConfigOptions>();
      const config = await findConfig(io, global, true);
      if (!config) throw new Error("unreachable: findConfig(required) returned nothing");
      const network = resolveNetwork(config, options.network, io.env, io.cwd);
      const show = (path: string) => relative(io.cwd, path) || ".";
      const addressesFile = network.addressesFile
        ? { path: show(network.addressesFile.path), found: network.addressesFile.found }
        : undefined;
      if (options.format === "json") {
        io.stdout(
          `${JSON.stringify(
            {
              config: show(config.file),
              network: network.name,
              default: network.name === config.defaultNetwork,
              chainId: network.chainId,
              rpcUrl: network.rpcUrl,
              rpcUrlOrigin: network.rpcUrlOrigin,
              rpcUrlEnv: network.rpcUrlEnv,
              apply: network.apply,
              halosDir: show(resolve(config.root, config.halosDir)),
              plansDir: show(resolve(config.root, config.plansDir)),
              addressesFile,
              addresses: Object.fromEntries(SYSTEM_CONTRACTS.map((c) => [c, network.addresses[c] ?? null])),
              addressOrigins: network.addressOrigins,
              missing: SYSTEM_CONTRACTS.filter((c) => network.addresses[c] === undefined),
            },
            null,
            2,
          )}\n`,
        );
      } else {
        const rpcFrom =
          network.rpcUrlOrigin === "env"
            ? `from $${network.rpcUrlEnv}`
            : `default; set $${network.rpcUrlEnv} to override`;
        const lines = [
          `config     ${show(config.file)}`,
          `network    ${network.name}${network.name === config.defaultNetwork ? " (default)" : ""}`,
          `chainId    ${network.chainId}`,
          `rpcUrl     ${network.rpcUrl} (${rpcFrom})`,
          `apply      ${describeApply(network.apply)}`,
          `halosDir   ${show(resolve(config.root, config.halosDir))}`,
          `plansDir   ${show(resolve(config.root, config.plansDir))}`,
          `addresses${addressesFile ? ` (file ${addressesFile.path}${addressesFile.found ? "" : ": not found, nothing deployed yet"})` : ""}`,
        ];
        const width = Math.max(...SYSTEM_CONTRACTS.map((c) => c.length));
        for (const [group, contracts] of Object.entries(SYSTEM_GROUPS)) {
          lines.push(`  ${group}`);
          for (const contract of contracts) {
            const address = network.addresses[contract];
            const origin = network.addressOrigins[contract];
            const from = origin === "addresses-file" ? " (addresses file)" : origin === "config" ? " (config)" : "";
            lines.push(`    ${contract.padEnd(width)}  ${address ? `${address}${from}` : "missing (not deployed or not configured)"}`);
          }
        }
        const missing = SYSTEM_CONTRACTS.filter((c) => network.addresses[c] === undefined);
        lines.push(
          missing.length === 0
            ? "all addresses known"
            : `${SYSTEM_CONTRACTS.length - missing.length} of ${SYSTEM_CONTRACTS.length} addresses known; missing: ${missing.join(", ")}`,
        );
        io.stdout(`${lines.join("\n")}\n`);
      }
      setExit(EXIT_OK);
    });
}

function describeApply(apply: ApplyConfig): string {
  switch (apply.mode) {
    case "safe":
      return `safe (Safe Transaction Builder batches for ${apply.safe})`;
    case "timelock":
      return "timelock (each batch as its actor's payload: spell calls, PAS Timelock scheduleBatch / executeBatch, direct calls)";
    case "signer": {
      const who = [
        apply.privateKeyEnv !== undefined ? `key from $${apply.privateKeyEnv}` : undefined,
        apply.from !== undefined ? `from ${apply.from}` : undefined,
      ].filter((part): part is string => part !== undefined);
      return `signer (sends the batches${who.length > 0 ? `; ${who.join(", ")}` : ""})`;
    }
  }
}
