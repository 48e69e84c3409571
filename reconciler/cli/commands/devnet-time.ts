/**
 * `halo devnet warp`: move a local anvil devnet's clock, instead of waiting for the PAS Timelock's 14-day delay
 * or a SORL hop (18 h on the stand-in).
 *
 *     halo devnet warp 18h            forward by a duration (s, m, h, d; a bare number is seconds), one block mined
 *     halo devnet warp --next         to when the next waiting batch of `halo plan` becomes due
 *
 * Refused on anything but anvil (chain time of a real network cannot be moved).
 */
import { Argument, Command, InvalidArgumentError } from "commander";
import { type Client, createClient } from "viem";
import { getBlock } from "viem/actions";
import { resolveNetwork } from "../../config/index.js";
import { rpcTransport } from "../../chain/rpc.js";
import { formatTime } from "../../plan/render.js";
import { planFrom } from "../../plan/session.js";
import { ChainError, InputError, RpcError } from "../../errors.js";
import { type GlobalOptions, findConfig } from "../context.js";
import { EXIT_OK, type CliIo } from "../io.js";
import { observeFor, reconcileContext } from "./plan.js";

const UNIT_SECONDS: Record<string, bigint> = { s: 1n, m: 60n, h: 3600n, d: 86_400n, w: 604_800n };

/** `18h`, `14d`, `90m`, `45s`, `1d12h`, or a bare number of seconds. */
export function parseDuration(value: string): bigint {
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return BigInt(text);
  const parts = [...text.matchAll(/([0-9]+)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text)
    throw new InvalidArgumentError("must be a duration: a number of seconds, or like 18h, 14d, 90m, 1d12h (units s m h d w)");
  return parts.reduce((sum, p) => sum + BigInt(p[1]!) * UNIT_SECONDS[p[2]!]!, 0n);
}

function human(seconds: bigint): string {
  const d = seconds / 86_400n;
  const h = (seconds % 86_400n) / 3600n;
  const m = (seconds % 3600n) / 60n;
  const s = seconds % 60n;
  const parts = [d > 0n ? `${d}d` : "", h > 0n ? `${h}h` : "", m > 0n ? `${m}m` : "", s > 0n ? `${s}s` : ""].filter((x) => x !== "");
  return parts.length === 0 ? "0s" : parts.join("");
}

/** Refuses unless `client` is an anvil node. */
export async function assertAnvil(client: Client, url: string): Promise<void> {
  let version = "";
  try {
    version = String(await client.request({ method: "web3_clientVersion" } as never));
  } catch (error) {
    throw new RpcError(`cannot reach ${url}: ${String((error as { shortMessage?: string }).shortMessage ?? error).split("\n")[0]}`, {
      code: "rpc.unreachable",
      hint: "start the devnet first: `halo devnet`",
    });
  }
  if (!/anvil/i.test(version))
    throw new ChainError(`${url} is not an anvil devnet (${version || "unknown client"}): its clock cannot be moved`, {
      code: "chain.not-devnet",
    });
}

interface WarpOptions {
  network?: string;
  dir?: string;
  next?: boolean;
}

export function warpCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("warp")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .description("move the devnet's clock forward (timelock delays, SORL hops) and mine a block")
    .addArgument(new Argument("[duration]", "how far: 18h, 14d, 90m, 1d12h, or seconds").argParser(parseDuration))
    .option("--next", "to when the next waiting batch of `halo plan` becomes due (a timelock delay, a SORL hop)")
    .option("--network <name>", "network (default: $HALO_NETWORK, else defaultNetwork)")
    .option("--dir <path>", "desired-state tree for --next (default: halosDir of halo.config.ts)")
    .addHelpText(
      "after",
      "\nExamples:\n  halo devnet warp 14d        past the PAS Timelock's delay: executeBatch is due\n" +
        "  halo devnet warp 18h        one SORL hop on the stand-in (16 h on mainnet)\n" +
        "  halo devnet warp --next     to the next batch `halo plan` shows waiting, then run `halo apply`\n" +
        "Only on anvil. Exit codes: 0 moved (or nothing waits), 1 error.",
    )
    .action(async (seconds: bigint | undefined, options: WarpOptions, command: Command) => {
      if ((seconds === undefined) === (options.next !== true))
        throw new InputError("give either a duration (e.g. `halo devnet warp 18h`) or --next", { code: "input.warp" });
      const global = command.optsWithGlobals<GlobalOptions>();
      const config = await findConfig(io, global, true);
      const network = resolveNetwork(config!, options.network, io.env, io.cwd);
      const client = createClient({ transport: rpcTransport(network.rpcUrl) });
      await assertAnvil(client, network.rpcUrl);
      const before = (await getBlock(client, { blockTag: "latest" })).timestamp;
      let target: bigint;
      let why: string;
      if (seconds !== undefined) {
        target = before + seconds;
        why = `+${human(seconds)}`;
      } else {
        const ctx = await reconcileContext(io, command, options);
        const plan = planFrom(await observeFor(ctx));
        const waiting = plan.batches.filter((b) => b.earliestAt > before).sort((a, b) => (a.earliestAt < b.earliestAt ? -1 : 1));
        const first = waiting[0];
        if (first === undefined) {
          io.stdout(
            plan.batches.length === 0
              ? "Nothing waits: the chain matches halos/ (no batch in the plan). The clock was not moved.\n"
              : `Nothing waits: every batch of the plan (${plan.batches.length}) is due now. Run \`halo apply\`. The clock was not moved.\n`,
          );
          setExit(EXIT_OK);
          return;
        }
        target = first.earliestAt;
        const same = waiting.filter((b) => b.earliestAt === first.earliestAt).map((b) => `${b.id} (${b.kind}, ${b.actor})`);
        why = `+${human(target - before)}: ${same.join(", ")} due`;
      }
      if (target > before) {
        await client.request({ method: "evm_setNextBlockTimestamp", params: [`0x${target.toString(16)}`] } as never);
        await client.request({ method: "evm_mine" } as never);
      }
      const after = (await getBlock(client, { blockTag: "latest" })).timestamp;
      io.stdout(`Chain time ${formatTime(before, before).replace(/^now \((.*)\)$/, "$1")} → ${new Date(Number(after) * 1000).toISOString().replace(".000Z", "Z")} (${why}).\n`);
      setExit(EXIT_OK);
    });
}
