/**
 * `halo plan`: load halos/, refresh the chain at one block, diff, and print (and with --out save) the plan.
 * Exit codes: 0 success (with --detailed-exitcode: no changes), 2 changes (only with --detailed-exitcode),
 * 1 error (invalid tree, a value outside its template's range, unreachable chain, bad config).
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { Command, Option } from "commander";
import { type ResolvedNetwork, projectCacheDir, resolveNetwork } from "../../config/index.js";
import type { HaloConfig } from "../../config/index.js";
import { Deferred } from "../../load/deferred.js";
import { formatDiagnostic, loadDesiredState } from "../../load/index.js";
import type { DesiredState } from "../../model/desired.js";
import { toolVersion, writePlanFile } from "../../plan/planfile.js";
import type { Plan } from "../../plan/planner.js";
import { renderJson, renderMarkdown, renderText } from "../../plan/render.js";
import { type Observation, observe, planFrom } from "../../plan/session.js";
import { ChainMismatchError } from "../../chain/refresh.js";
import { rpcFailure } from "../../chain/rpc.js";
import { ChainError, HaloError, InputError, PlanError, shortMessage } from "../../errors.js";
import { reviewPendingOperations } from "../../plan/pending.js";
import { runPreflight } from "../../plan/preflight.js";
import { privateKeyToAccount } from "viem/accounts";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_DRIFT, EXIT_OK, type CliIo, progress } from "../io.js";

export interface ReconcileContext {
  config: HaloConfig;
  network: ResolvedNetwork;
  /** The loaded tree: loaded on first use, or by `observeFor` while the first refresh waits for the node. */
  readonly state: DesiredState;
  /** The tree's load (load/deferred.ts): run once, its InputError kept. */
  tree: Deferred<DesiredState>;
  /** Display form of a path (relative to the working directory). */
  show: (path: string) => string;
  io: CliIo;
}

/** An error the command has explained (kept as a name for the commands that throw it). */
export { HaloError as ReportedError } from "../../errors.js";

/** Config, network and the loaded tree; tree errors are printed as `file:line:col path: message`. */
export async function reconcileContext(
  io: CliIo,
  command: Command,
  options: { network?: string; dir?: string },
): Promise<ReconcileContext> {
  const global = command.optsWithGlobals<GlobalOptions>();
  const config = await findConfig(io, global, true);
  if (!config) throw new Error("unreachable: findConfig(required) returned nothing");
  const network = resolveNetwork(config, options.network, io.env, io.cwd);
  const show = (path: string) => relative(io.cwd, path) || ".";
  const dir = resolve(io.cwd, options.dir ?? resolve(config.root, config.halosDir));
  const tree = new Deferred(() => {
    const loaded = loadDesiredState(dir, { cwd: io.cwd, cacheDir: projectCacheDir(config.root) });
    if (!loaded.ok)
      throw new InputError(
        `${show(dir)}: invalid (${loaded.diagnostics.length} error${loaded.diagnostics.length === 1 ? "" : "s"})`,
        { code: "input.tree", details: loaded.diagnostics.map(formatDiagnostic), hint: "fix the errors above (`halo validate` lists them)" },
      );
    return loaded.state;
  });
  const missing = (["configurator", "beamState", "timelock"] as const).filter(
    (c) => network.addresses[c] === undefined,
  );
  if (missing.length > 0) {
    tree.get(); // the tree's errors first
    const file = network.addressesFile;
    throw new InputError(
      file === undefined
        ? `network ${network.name}: no address for ${missing.join(", ")} in halo.config.ts (and no addressesFile)`
        : file.found
          ? `network ${network.name}: no address for ${missing.join(", ")} in halo.config.ts nor in ${show(file.path)}`
          : `network ${network.name}: the addresses file ${show(file.path)} does not exist (no address for ${missing.join(", ")})`,
      {
        code: "input.addresses",
        hint:
          file !== undefined && !file.found
            ? "start a local chain with `halo devnet` (it writes that file), or set the addresses in halo.config.ts"
            : "set the deployed system's addresses in halo.config.ts (networks.<name>.addresses) or its addresses file",
      },
    );
  }
  return {
    config,
    network,
    get state() {
      return tree.get();
    },
    tree,
    show,
    io,
  };
}

/** The deployment block from the addresses file (`deployBlock`), to bound the timelock log scan. */
export function fromBlockOf(network: ResolvedNetwork): bigint | undefined {
  const file = network.addressesFile;
  if (file === undefined || !file.found) return undefined;
  try {
    const raw = JSON.parse(readFileSync(file.path, "utf8")) as { deployBlock?: string };
    return raw.deployBlock !== undefined && /^[0-9]+$/.test(raw.deployBlock) ? BigInt(raw.deployBlock) : undefined;
  } catch {
    return undefined;
  }
}

/** The account the network sends from (`apply.from`, or the key's account). */
export function preferredAccount(network: ResolvedNetwork): `0x${string}` | undefined {
  return network.apply.mode === "signer" && network.apply.from !== undefined
    ? (network.apply.from as `0x${string}`)
    : undefined;
}

export async function observeFor(
  ctx: ReconcileContext,
  extra: { watch?: readonly `0x${string}`[]; deployer?: `0x${string}`; chainCache?: boolean } = {},
): Promise<Observation> {
  // the verified history cache (chain/history-cache.ts): plan and drift ask for it; apply never does
  const chainCache =
    extra.chainCache === true && ctx.io.env.HALO_CHAIN_CACHE !== "0" ? projectCacheDir(ctx.config.root) : undefined;
  const fromBlock = fromBlockOf(ctx.network);
  const deployer = extra.deployer ?? preferredAccount(ctx.network);
  const { name, rpcUrl, chainId } = ctx.network;
  const started = Date.now();
  // The first refresh reads nothing of the tree: the tree loads while the process waits for the node's first
  // large answer (load/deferred.ts), or when observe asks for it. A tree with errors is reported as soon as it is
  // known, before anything the node says; the progress line appears once the tree is known to be valid.
  ctx.tree.onDone((ok) => {
    if (ok) progress(ctx.io, `halo: reading network ${name} (chain ${chainId}) at ${rpcUrl}…`);
  });
  ctx.tree.whenIdle();
  const treeFailed = new Promise<never>((_, reject) =>
    ctx.tree.onDone((ok) => {
      if (ok) return;
      try {
        ctx.tree.get();
      } catch (error) {
        reject(error);
      }
    }),
  );
  try {
    const observing = observe({
      rpcUrl,
      addresses: ctx.network.addresses,
      get state() {
        return ctx.state;
      },
      chainId,
      ...(fromBlock !== undefined ? { fromBlock } : {}),
      ...(deployer !== undefined ? { preferredDeployer: deployer } : {}),
      ...(extra.watch !== undefined ? { watch: extra.watch } : {}),
      ...(chainCache !== undefined ? { chainCache } : {}),
    });
    observing.catch(() => undefined); // when the tree fails first, the refresh's own end is not waited for
    const obs = await Promise.race([observing, treeFailed]);
    progress(
      ctx.io,
      `halo: read block ${obs.observed.blockNumber} in ${((Date.now() - started) / 1000).toFixed(1)} s (${obs.rpc.stats.httpRequests} HTTP requests, ${Object.keys(obs.observed.resources).length} resources)`,
    );
    return obs;
  } catch (error) {
    void ctx.state; // the tree's errors first (an InputError), as when the tree loaded before any request
    if (error instanceof ChainMismatchError)
      throw new ChainError(`network ${name}: ${rpcUrl} serves chain ${error.actual}, not ${error.expected}`, {
        code: "chain.wrong-chain",
        hint: `point the network's rpcUrl at a chain ${error.expected} node, or choose another network with --network`,
      });
    const rpc = rpcFailure(error, name, rpcUrl);
    if (rpc !== undefined) throw rpc;
    if (error instanceof HaloError) throw error;
    throw new ChainError(`network ${name}: reading ${rpcUrl} failed: ${shortMessage(error)}`, {
      code: "chain.read",
      hint: "are the addresses in halo.config.ts (or its addresses file) those of this chain's deployment?",
      cause: error,
    });
  }
}

/** The account of the signing key (`$HALO_SIGNER_KEY` or the network's `apply.privateKeyEnv`), when one is set. */
export function keyAccount(network: ResolvedNetwork, env: NodeJS.ProcessEnv): `0x${string}` | undefined {
  const name = network.apply.mode === "signer" ? (network.apply.privateKeyEnv ?? "HALO_SIGNER_KEY") : "HALO_SIGNER_KEY";
  const key = env[name];
  return key !== undefined && /^0x[0-9a-fA-F]{64}$/.test(key) ? privateKeyToAccount(key as `0x${string}`).address : undefined;
}

/** A plan has something to do (or something it refuses). */
export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0 || plan.batches.length > 0;
}

interface PlanOptions {
  network?: string;
  dir?: string;
  out?: string;
  format: "text" | "markdown" | "json";
  detailedExitcode?: boolean;
  color?: boolean;
  chainCache?: boolean;
}

export function planCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("plan")
    .description("diff halos/ against the chain and print the plan (save it with --out for `halo apply`)")
    .option("--network <name>", "network (default: $HALO_NETWORK, else defaultNetwork)")
    .option("--dir <path>", "desired-state tree (default: halosDir of halo.config.ts)")
    .option("--out <file>", "save the plan (e.g. plans/NAME.json) so that `halo apply <file>` applies exactly it")
    .addOption(new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
    .option("--detailed-exitcode", "exit 0 when there are no changes, 2 when there are (1 stays an error)")
    .option("--no-color", "never colour the text output")
    .option("--no-chain-cache", "read all chain history from the node (no out/.cache/history-*; also HALO_CHAIN_CACHE=0)")
    .addHelpText(
      "after",
      "\nExit codes: 0 success (with --detailed-exitcode: no changes), 2 changes present (only with --detailed-exitcode),\n1 error (invalid tree, value outside the template's range, chain unreachable).",
    )
    .action(async (options: PlanOptions, command: Command) => {
      const ctx = await reconcileContext(io, command, options);
      const obs = await observeFor(ctx, { chainCache: options.chainCache !== false });
      if (obs.rangeErrors.length > 0)
        throw new InputError(`${obs.rangeErrors.length} declared value(s) the templates on chain refuse (version not on chain, ranges, pre-factory conformity, a proposal's implementation code, a Prime deleted from primes.yaml): nothing planned`, {
          code: "input.range",
          details: obs.rangeErrors,
        });
      const plan = planFrom(obs);
      const pending = reviewPendingOperations(obs.observed, obs.desired, plan);
      const preflight = await runPreflight(obs, plan, keyAccount(ctx.network, io.env));
      const meta = { toolVersion: toolVersion(), createdAt: new Date().toISOString() };
      let savedTo: string | undefined;
      if (options.out !== undefined) {
        const path = resolve(io.cwd, options.out);
        writePlanFile(path, plan, meta);
        savedTo = ctx.show(path);
      }
      const renderOpts = {
        ...(savedTo !== undefined ? { savedTo } : {}),
        pending,
        preflight,
        color: options.color !== false && io.env.NO_COLOR === undefined && process.stdout.isTTY === true,
      };
      if (options.format === "json") io.stdout(renderJson(plan, meta, { pending, preflight }));
      else if (options.format === "markdown") io.stdout(renderMarkdown(plan, renderOpts));
      else io.stdout(renderText(plan, renderOpts));
      if (preflight.errors.length > 0)
        throw new PlanError(`preflight failed (${preflight.errors.length}): ${preflight.errors.join("; ")}`, {
          code: "plan.preflight",
        });
      setExit(options.detailedExitcode && hasChanges(plan) ? EXIT_DRIFT : EXIT_OK);
    });
}
