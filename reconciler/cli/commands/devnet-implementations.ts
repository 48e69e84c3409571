/**
 * `halo devnet implementations <kind>`: deploy fresh copies of a template kind's implementation contracts on a
 * local anvil devnet and print the `implementations:` block of a template v2 proposal for templates.yaml
 * (chain/implementations.ts). The copies are of the committed bytecode, so their code hashes equal v1's.
 *
 *     halo devnet implementations portfolio-lcts
 *     halo devnet implementations term-nfat --components NfatFacility,NfatRedeem
 */
import { Argument, Command, InvalidArgumentError } from "commander";
import { createClient } from "viem";
import { resolveNetwork } from "../../config/index.js";
import { type ComponentName, KIND_COMPONENTS, deployImplementations, implementationsYaml } from "../../chain/implementations.js";
import { rpcTransport } from "../../chain/rpc.js";
import { Sender } from "../../chain/sender.js";
import { type GlobalOptions, findConfig } from "../context.js";
import { EXIT_OK, type CliIo } from "../io.js";
import { assertAnvil } from "./devnet-time.js";

interface ImplementationsOptions {
  network?: string;
  components?: string;
}

type Kind = keyof typeof KIND_COMPONENTS;

const parseKind = (v: string): Kind => {
  if (v !== "portfolio-lcts" && v !== "term-nfat") throw new InvalidArgumentError("must be portfolio-lcts or term-nfat");
  return v;
};

export function implementationsCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("implementations")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .description("deploy fresh implementation contracts for a template v2 proposal and print its implementations: block")
    .addArgument(new Argument("<kind>", "the template kind: portfolio-lcts or term-nfat").argParser(parseKind))
    .option("--components <names>", "comma-separated component names (default: every component of the kind)")
    .option("--network <name>", "network (default: $HALO_NETWORK, else defaultNetwork)")
    .addHelpText(
      "after",
      "\nDeploys from the node's first account (anvil account 0). The bytecode is this repository's, the same as the\n" +
        "v1 templates': the code hashes equal v1's, only the addresses are new. Only on anvil. Exit codes: 0 deployed, 1 error.",
    )
    .action(async (kind: Kind, options: ImplementationsOptions, command: Command) => {
      const all = KIND_COMPONENTS[kind];
      const names = options.components === undefined ? all : options.components.split(",").map((s) => s.trim());
      const unknown = names.filter((n) => !all.includes(n as ComponentName));
      if (unknown.length > 0)
        throw new InvalidArgumentError(`${unknown.join(", ")}: not a component of ${kind} (${all.join(", ")})`);
      const global = command.optsWithGlobals<GlobalOptions>();
      const config = await findConfig(io, global, true);
      const network = resolveNetwork(config!, options.network, io.env, io.cwd);
      const client = createClient({ transport: rpcTransport(network.rpcUrl) });
      await assertAnvil(client, network.rpcUrl);
      const tx = new Sender(client);
      await tx.init();
      const impls = await deployImplementations(client, tx, tx.firstAccount, names as ComponentName[]);
      io.stdout(
        `Deployed ${names.length} ${kind} implementation(s) from ${tx.firstAccount} (the committed bytecode: the code hashes equal v1's).\n` +
          `Under the new version's proposal: in templates.yaml:\n\n${implementationsYaml(impls)}`,
      );
      setExit(EXIT_OK);
    });
}
