/**
 * `halo apply [plans/NAME.json]`: with a saved plan, refresh and refuse it when the chain changed since it
 * was made (saying what changed); without one, plan now, show it and ask (skipped with --auto-approve).
 * Then send the batches that are due (signer) or write their payloads (timelock / safe), under a journal
 * (`.halo/journal/<planHash>.jsonl`) so that an interrupted apply resumes and a completed one sends nothing.
 * Batches that are not due yet (timelock delays, SORL hops) are listed with their times: run apply again then.
 */
import { createInterface } from "node:readline/promises";
import { join, resolve } from "node:path";
import { Command, Option } from "commander";
import { type Address, type Hex, createPublicClient, getAddress, isAddress, zeroAddress } from "viem";
import { rpcTransport } from "../../chain/rpc.js";
import { getBlock, readContract } from "viem/actions";
import { privateKeyToAccount } from "viem/accounts";
import {
  DEFAULT_SAFE_VERSION,
  type SafeBatchContext,
  multiSendCallOnlyAddress,
  safeBatchProblems,
  safeSignatureRefusal,
  safeTxOfBatch,
} from "../../apply/safe.js";
import { type CheckClient, chainCheck } from "../../apply/chain-check.js";
import { Journal, type Unit, UnitRevertedError, runWithJournal } from "../../apply/journal.js";
import { refusalError } from "../../apply/refusal.js";
import { StalePlanError, checkFreshness, scheduleBatches } from "../../apply/preflight.js";
import { councilRoles, sendersFor } from "../../apply/signer.js";
import { SpellError, impersonatingSender } from "../../apply/spell.js";
import { payloadUnits, senderUnits } from "../../apply/units.js";
import { devnetImpersonation, resumeSaved, settleMempool, signerKey } from "./apply-signing.js";
import type { Actor } from "../../plan/actors.js";
import { type SavedPlanJson, planHash, readPlanFile, serializePlan, toolVersion, writePlanFile } from "../../plan/planfile.js";
import { assertIntegrity, assertSameAsReplan, replanContext } from "../../plan/integrity.js";
import type { Plan } from "../../plan/planner.js";
import { formatTime, renderText } from "../../plan/render.js";
import { type Observation, planFrom } from "../../plan/session.js";
import { reviewPendingOperations } from "../../plan/pending.js";
import { preflightLines, runPreflight } from "../../plan/preflight.js";
import { EXIT_OK, type CliIo, progress } from "../io.js";
import { applyApprovals, approvalsNeeded } from "../../ops/approval.js";
import { haloFactoryAbi } from "../../abi/index.js";
import { hasChanges, keyAccount, observeFor, reconcileContext } from "./plan.js";
import { ChainError, InputError, PlanError } from "../../errors.js";
import { addressOption, wholeNumberOption } from "../options.js";

interface ApplyOptions {
  network?: string;
  dir?: string;
  autoApprove?: boolean;
  mode?: "signer" | "timelock" | "safe";
  safe?: string;
  safeNonce?: bigint;
  safeVersion?: string;
  multisend?: string;
  detailedExitcode?: boolean;
  replacePending?: boolean;
  impersonate?: boolean;
}

/** `apply --detailed-exitcode`: done for now — what was due is done, later batches wait (timelock, SORL hop). */
export const EXIT_WAITING = 3;

const safeNonceAbi = [
  { type: "function", name: "nonce", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "uint256" }] },
] as const;

/** The Safe's next nonce (its `nonce()`). */
async function safeNonce(client: Parameters<typeof readContract>[0], safe: Address, chainId: number): Promise<bigint> {
  try {
    return await readContract(client, { address: safe, abi: safeNonceAbi, functionName: "nonce" });
  } catch (error) {
    throw new ChainError(`cannot read nonce() of the Safe ${safe} on chain ${chainId}: is it a Safe?`, {
      code: "chain.safe-nonce",
      hint: "check --safe / apply.safe, or give the nonce with --safe-nonce <n>",
      cause: error,
    });
  }
}


/** Test seam: called after each unit's transaction hash is journaled (a test throws here to simulate a crash). */
export interface ApplyHooks {
  afterSent?: (unit: string) => void;
  /** Called when apply waits for a transaction of the plan still pending from an earlier run. */
  onWait?: (unit: string, hash: Hex) => void;
}


/** What differs between a saved plan and a plan made now: why the saved one is stale, resource by resource. */
export function staleness(saved: Plan, fresh: Plan): string[] {
  const key = (p: Plan) =>
    new Map(
      p.changes.map((c) => [
        c.address,
        `${c.kind} ${c.fields.map((f) => `${f.field}=${String(f.old)}→${String(f.new)}`).join(",")}`,
      ]),
    );
  const a = key(saved);
  const b = key(fresh);
  const lines: string[] = [];
  for (const [address, v] of a) {
    if (!b.has(address))
      lines.push(`  ${address}: planned as ${v.split(" ")[0]}, now needs nothing (changed on chain)`);
    else if (b.get(address) !== v)
      lines.push(
        `  ${address}: planned as ${v.split(" ")[0]}, now ${b.get(address)!.split(" ")[0]} with different values`,
      );
  }
  for (const [address, v] of b)
    if (!a.has(address)) lines.push(`  ${address}: not in the plan, now needs ${v.split(" ")[0]}`);
  const ops = (p: Plan) => new Set(p.actions.filter((x) => x.kind === "execute").map((x) => x.timelockOperationId));
  const savedOps = ops(saved);
  for (const id of ops(fresh))
    if (!savedOps.has(id) && id !== undefined) lines.push(`  PAS Timelock: operation ${id} is pending now`);
  return lines;
}

/** The serialized plan the tree and the chain give now, in the block context of `saved` (for comparison). */
function replan(obs: Observation, saved: Plan): SavedPlanJson | undefined {
  try {
    return serializePlan(planFrom({ ...obs, observed: replanContext(obs.observed, saved) }), { toolVersion: "" });
  } catch {
    return undefined; // the state cannot be planned now: the freshness check below says why
  }
}

async function confirm(io: CliIo): Promise<boolean> {
  if (process.stdin.isTTY !== true) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question("Do you want to perform these actions? Only 'yes' will be accepted: ");
    return answer.trim() === "yes";
  } finally {
    rl.close();
    io.stdout("\n");
  }
}

export function applyCommand(io: CliIo, setExit: (code: number) => void, hooks: ApplyHooks = {}): Command {
  return new Command("apply")
    .description("apply a saved plan (or plan now and confirm): send the due batches or write governance payloads")
    .argument("[plan]", "a plan saved by `halo plan --out` (default: plan now and ask)")
    .option("--network <name>", "network (default: $HALO_NETWORK, else defaultNetwork)")
    .option("--dir <path>", "desired-state tree (default: halosDir of halo.config.ts)")
    .option("--auto-approve", "do not ask for confirmation when planning now")
    .option(
      "--replace-pending",
      "a transaction of this plan still pending from an earlier run is resent at the same nonce with a higher fee (default: wait for it)",
    )
    .option(
      "--impersonate",
      "on a local anvil devnet, without a key: sign as any planned signer the node does not hold (e.g. a class's GovOps address), by anvil impersonation",
    )
    .option("--detailed-exitcode", "exit 3 when batches still wait on a timelock or a SORL hop (0 only when every batch is done)")
    .addOption(new Option("--mode <mode>", "override the network's apply mode").choices(["signer", "timelock", "safe"]))
    .option("--safe <address>", "the Safe that signs (with --mode safe; default: the network's apply.safe)", addressOption)
    .option("--safe-nonce <n>", "Safe nonce of the first batch written (default: the Safe's nonce() on chain)", wholeNumberOption("a whole number (the Safe nonce of the first batch)"))
    .option("--safe-version <version>", "Safe version whose MultiSendCallOnly batches calls", DEFAULT_SAFE_VERSION)
    .option("--multisend <address>", "MultiSendCallOnly to use (default: @safe-global/safe-deployments for the chain)", addressOption)
    .addHelpText(
      "after",
      "\nExit codes: 0 applied (or nothing to do), 1 error (stale plan, revert in simulation, signer missing, …);\n" +
        "with --detailed-exitcode, 3 = done for now: later batches wait on a timelock or a SORL hop (run apply again then).\n" +
        "Signer mode sends with the key in $HALO_SIGNER_KEY (or the network's apply.privateKeyEnv); without a key,\n" +
        "a local node's unlocked accounts sign per actor (see docs/plan-format.md).",
    )
    .action(async (planArg: string | undefined, options: ApplyOptions, command: Command) => {
      setExit(await applyAction(io, command, planArg, options, hooks));
    });
}

/** HaloFactory.isNonceUsed at the node (a used approval nonce would revert the deployment). */
function nonceReader(obs: Observation): (approver: Address, nonce: bigint) => Promise<boolean> {
  const factory = obs.observed.system.factory;
  return (approver, nonce) =>
    factory === undefined
      ? Promise.resolve(false)
      : readContract(obs.rpc.client, { address: factory, abi: haloFactoryAbi, functionName: "isNonceUsed", args: [approver, nonce] });
}

/** A Safe approver's ERC-1271 answer at the node (the factory's check, made before anything is sent). */
function safeRefusalReader(obs: Observation): (safe: Address, digest: Hex, signature: Hex) => Promise<string | undefined> {
  return (safe, digest, signature) => safeSignatureRefusal(obs.rpc.client, safe, digest, signature);
}

async function applyAction(
  io: CliIo,
  command: Command,
  planArg: string | undefined,
  options: ApplyOptions,
  hooks: ApplyHooks,
): Promise<number> {
  const ctx = await reconcileContext(io, command, options);
  const journalDir = join(ctx.config.root, ".halo", "journal");
  const mode = options.mode ?? ctx.network.apply.mode;
  let plan: Plan;
  let journal: Journal;
  let obs;
  let recoveredEarly = 0;
  if (planArg !== undefined) {
    const path = resolve(io.cwd, planArg);
    const saved = readPlanFile(path, planArg);
    plan = saved.plan;
    journal = Journal.open(journalDir, planHash(plan));
    // settle what an earlier run left pending; without a journal, recover from the chain what this plan did
    const resumed = await resumeSaved(ctx, io, plan, journal, options, hooks, mode);
    recoveredEarly = resumed.recovered.length;
    // anything journaled means this plan may already have changed the chain: the journal decides what remains
    const started = resumed.started || journal.entries().some((e) => e.type === "intent");
    const deployer = plan.actions.find((a) => a.function === "deployClass" || a.function === "deployUnit")?.signer;
    obs = await observeFor(ctx, {
      watch: plan.batches.flatMap((b) => (b.timelock ? [b.timelock.operationId] : [])),
      ...(deployer ? { deployer } : {}),
    });
    // the plan the tree and the chain give now, in the saved plan's block context (reconciler/plan/integrity.ts)
    const fresh = started ? undefined : replan(obs, plan);
    assertIntegrity(planArg, saved.doc, fresh);
    if (!started) {
      if (ctx.state.treeHash !== plan.desiredHash)
        throw new StalePlanError(
          `halos/ changed since ${ctx.show(path)} was made (tree hash ${plan.desiredHash}, now ${ctx.state.treeHash})`,
          { hint: "run `halo plan --out` again" },
        );
      try {
        checkFreshness(plan, obs.observed, journal);
      } catch (error) {
        if (!(error instanceof StalePlanError)) throw error;
        const what = staleness(plan, planFrom(obs));
        throw new StalePlanError(
          `${error.message}\n${what.length > 0 ? `What changed:\n${what.join("\n")}` : "The changes do not alter the plan's resources, but its calldata or timing may differ."}`,
        );
      }
      if (fresh === undefined)
        throw new PlanError(`${planArg}: the tree and the chain cannot be planned now, so the saved plan cannot be verified`, {
          hint: "run `halo plan` to see why",
        });
      assertSameAsReplan(planArg, saved.doc, fresh);
    } else if (obs.observed.chainId !== plan.chainId)
      throw new StalePlanError(
        `this plan is for chain ${plan.chainId}, but the RPC serves chain ${obs.observed.chainId}`,
      );
    // signed instance approvals saved beside the plan (halo approve): their deployments go as deploy…WithApproval
    const withApprovals = await applyApprovals(
      plan,
      path,
      BigInt(Math.floor(Date.now() / 1000)),
      (id, i) => journal.state(id).status === "done" || journal.state(`${id}#${i}`).status === "done",
      planArg,
      nonceReader(obs),
      safeRefusalReader(obs),
    );
    plan = withApprovals.plan;
    for (const a of withApprovals.approved) io.stdout(`${a}: sent with its signed instance approval (deploy…WithApproval)\n`);
  } else {
    // a killed apply's transactions still in the mempool are waited for first: planning now must see them
    await settleMempool(ctx, io, options, hooks, mode);
    obs = await observeFor(ctx);
    if (obs.rangeErrors.length > 0)
      throw new InputError(`${obs.rangeErrors.length} declared value(s) the templates on chain refuse (version not on chain, ranges, pre-factory conformity, a proposal's implementation code, a Prime deleted from primes.yaml): nothing applied`, {
        code: "input.range",
        details: obs.rangeErrors,
      });
    plan = planFrom(obs);
    if (!hasChanges(plan)) {
      io.stdout("No changes. The chain matches halos/.\n");
      return EXIT_OK;
    }
    // a deployment the tree declares `approval:` for needs its signature, which lives beside a saved plan
    const needed = approvalsNeeded(plan);
    if (needed.length > 0)
      throw new PlanError(`${needed.join("; ")}: save the plan (halo plan --out plans/<name>.json), run halo approve for it, then halo apply plans/<name>.json; nothing applied`, {
        code: "plan.approval-needed",
      });
    const pending = reviewPendingOperations(obs.observed, obs.desired, plan);
    // the whole plan's preflight, shown before the question (the due batches are checked again below)
    const whole = await runPreflight(obs, plan, mode === "signer" ? keyAccount(ctx.network, io.env) : undefined);
    io.stdout(
      renderText(plan, { color: false, savedTo: "(applied now)", pending, preflight: whole }).replace(
        /\nSaved to .*\n$/,
        "\n",
      ),
    );
    if (!options.autoApprove && !(await confirm(io)))
      throw new PlanError("not confirmed: nothing applied", {
        code: "plan.not-confirmed",
        hint: "answer yes, or pass --auto-approve (without a terminal the question cannot be asked)",
      });
    // kept so that an interrupted apply can be resumed exactly: `halo apply .halo/plans/<hash>.json`
    const saved = join(ctx.config.root, ".halo", "plans", `${planHash(plan).slice(2, 14)}.json`);
    writePlanFile(saved, plan, { toolVersion: toolVersion(), createdAt: new Date().toISOString() });
    io.stdout(
      `Plan kept as ${ctx.show(saved)} (resume an interrupted apply with \`halo apply ${ctx.show(saved)}\`).\n`,
    );
    journal = Journal.open(journalDir, planHash(plan));
  }

  const { client } = obs.rpc;
  const latest = await getBlock(client, { blockTag: "latest" });
  const { due, later, done } = scheduleBatches(plan, latest.timestamp, journal);
  progress(
    io,
    `halo: apply round at block ${latest.number} (${new Date(Number(latest.timestamp) * 1000).toISOString()}): ${due.length} batch(es) due, ${later.length} later, ${done.length} done`,
  );
  const refused = plan.actions.filter((a) => a.kind === "replace-refused");
  // the preflight of what would be sent now, at the block just observed: a failure sends nothing
  const dueIds = new Set(due.flatMap((b) => b.actionIds));
  const preflight = await runPreflight(
    obs,
    { ...plan, batches: due, actions: plan.actions.filter((a) => dueIds.has(a.id)) },
    mode === "signer" ? keyAccount(ctx.network, io.env) : undefined,
  );
  if (preflight.errors.length > 0)
    throw new PlanError("preflight failed: nothing was sent", {
      code: "plan.preflight",
      details: preflightLines(preflight),
    });
  let units: Unit[];
  const safeLines: string[] = [];
  const revertReasons = new Map<string, string>();
  if (mode === "signer") {
    const key = signerKey(ctx, io) ?? "";
    const from = ctx.network.apply.mode === "signer" ? ctx.network.apply.from : undefined;
    // a spell (sky-governance) is executed here only on a local anvil devnet, as the PauseProxy impersonated
    let spell;
    const pauseProxy = obs.observed.system.pauseProxy;
    if (due.some((b) => b.actor === "sky-governance") && pauseProxy !== undefined) {
      try {
        spell = await impersonatingSender(client, pauseProxy);
      } catch (error) {
        if (!(error instanceof SpellError)) throw error;
        io.stderr(`halo apply: ${error.message}\n`);
      }
    }
    const impersonate = options.impersonate === true ? await devnetImpersonation(client, io, key) : undefined;
    const senders = await sendersFor(due, {
      ...(impersonate !== undefined ? { impersonate } : {}),
      client,
      rpcUrl: ctx.network.rpcUrl,
      chainId: plan.chainId,
      ...(key !== "" ? { privateKey: key } : {}),
      ...(from !== undefined ? { from: getAddress(from) } : {}),
      roles: await councilRoles(client, obs.observed.system, key !== "" ? [privateKeyToAccount(key).address] : undefined),
      // a mined revert's reason goes into the error that names the batch (below), not on a line of its own
      note: (text: string) => {
        const m = /^(0x[0-9a-fA-F]{64}) reverted: (.*)\n?$/.exec(text);
        if (m !== null) revertReasons.set(m[1]!.toLowerCase(), m[2]!);
        else io.stderr(text);
      },
      ...(spell !== undefined ? { spell } : {}),
    });
    units = [];
    for (const b of due) units.push(...(await senderUnits([b], senders.get(b.id)!)));
  } else {
    const safeArg = options.safe ?? (ctx.network.apply.mode === "safe" ? ctx.network.apply.safe : undefined);
    if (safeArg !== undefined && !isAddress(safeArg))
      throw new InputError(`the Safe address ${safeArg} is not an address (0x + 40 hex digits, EIP-55 checksum if mixed case)`, {
        code: "input.safe",
      });
    if (mode === "safe" && safeArg === undefined)
      throw new InputError("--mode safe needs the Safe's address", {
        code: "input.safe",
        hint: "pass --safe 0x… or set apply.safe of the network in halo.config.ts",
      });
    const safe = safeArg !== undefined ? (getAddress(safeArg) as Address) : undefined;
    const safes: Partial<Record<Actor, Address>> =
      mode === "safe" && safe !== undefined
        ? { deployer: safe, "core-council-timelocked": safe, "core-council-direct": safe, govops: safe }
        : {};
    const contexts: Record<string, SafeBatchContext> = {};
    if (mode === "safe" && safe !== undefined) {
      // refuse before anything is written: owners must never sign a Safe transaction that can only revert
      const problems = safeBatchProblems(due, safe, await councilRoles(client, obs.observed.system, [safe]));
      if (problems.length > 0)
        throw new PlanError(`the Safe ${safe} cannot execute ${problems.length} due batch(es): nothing was written`, {
          code: "plan.safe-signer",
          details: problems,
          hint: "declare the Safe as the signer (e.g. the class's govOps) and re-plan, or apply those batches in signer mode",
        });
      const version = options.safeVersion ?? DEFAULT_SAFE_VERSION;
      const multiSendCallOnly =
        options.multisend !== undefined
          ? getAddress(options.multisend)
          : due.some((b) => b.actor !== "sky-governance" && b.permissionless !== true && b.transactions.length > 1)
            ? multiSendCallOnlyAddress(plan.chainId, version)
            : zeroAddress; // unused: a one-call batch is sent as itself
      let nonce = options.safeNonce ?? (await safeNonce(client, safe, plan.chainId));
      // only the batches written as Safe transactions take a nonce (not a spell, not the permissionless executeBatch)
      const signed = due.filter((b) => b.actor !== "sky-governance" && b.permissionless !== true);
      for (const b of signed) contexts[b.id] = { nonce: nonce++, multiSendCallOnly, version };
      for (const b of signed) {
        const c = contexts[b.id]!;
        safeLines.push(`  ${b.id}: Safe nonce ${c.nonce}, safeTxHash ${safeTxOfBatch(plan, b, safe, c).hash}`);
      }
    }
    units = payloadUnits(plan, due, join(ctx.config.root, ctx.config.plansDir, "payloads"), safes, undefined, obs.observed.system, contexts);
  }
  units = units.map((u) => ({
    ...u,
    run: async (sent) => {
      let r: Awaited<ReturnType<Unit["run"]>>;
      try {
        r = await u.run((hash) => {
          progress(io, `halo: ${u.id}: sent ${hash}`);
          sent(hash);
        });
      } catch (error) {
        throw refusalError(plan, u.id, error);
      }
      progress(
        io,
        r.txHash !== undefined
          ? `halo: ${u.id}: ${r.status}${r.blockNumber !== undefined ? ` in block ${r.blockNumber}` : ""}`
          : `halo: ${u.id}: ${r.status}${r.note !== undefined ? ` ${ctx.show(r.note)}` : ""}`,
      );
      return r;
    },
  }));
  if (hooks.afterSent !== undefined) {
    const after = hooks.afterSent;
    units = units.map((u) => ({
      ...u,
      run: (sent) =>
        u.run((hash) => {
          sent(hash);
          after(u.id);
        }),
    }));
  }
  const publicClient = createPublicClient({ transport: rpcTransport(ctx.network.rpcUrl) });
  const check = chainCheck(publicClient as unknown as CheckClient, obs.observed.system.timelock);
  let report;
  try {
    report = await runWithJournal(journal, units, check);
  } catch (error) {
    if (!(error instanceof UnitRevertedError) || error.txHash === undefined) throw error;
    const reason = revertReasons.get(error.txHash.toLowerCase());
    throw refusalError(plan, error.unit, error, { txHash: error.txHash, ...(reason !== undefined ? { reason } : {}) });
  }

  const lines: string[] = [];
  const verb = mode === "signer" ? "sent" : "written";
  lines.push(
    `Apply of plan ${planHash(plan).slice(0, 14)}…: ${report.sent.length} ${mode === "signer" ? "transaction(s)" : "payload(s)"} ${verb}, ${report.recovered.length + recoveredEarly} recovered from the chain, ${done.length} batch(es) already done${report.skipped.length > 0 ? ` (and ${report.skipped.length} transaction(s) of a batch in progress)` : ""}.`,
  );
  if (mode !== "signer")
    for (const u of units) lines.push(`  ${u.id}: ${u.intent.path !== undefined ? ctx.show(u.intent.path) : ""}`);
  if (safeLines.length > 0)
    lines.push("Owners should see these in their wallets (compare before signing):", ...safeLines);
  if (later.length > 0) {
    lines.push(`${later.length} batch(es) are not due yet; run \`halo apply\` again from:`);
    for (const b of later.slice(0, 5))
      lines.push(`  ${b.id} (${b.kind}, ${b.actor}) ${formatTime(b.earliestAt, latest.timestamp)}`);
    if (later.length > 5) lines.push(`  … and ${later.length - 5} more`);
  } else lines.push("Every batch of the plan is done.");
  if (refused.length > 0)
    lines.push(`${refused.length} change(s) were refused by the plan and not applied (see \`halo plan\`).`);
  io.stdout(`${lines.join("\n")}\n`);
  return options.detailedExitcode && later.length > 0 ? EXIT_WAITING : EXIT_OK;
}
