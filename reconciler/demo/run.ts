/**
 * `npm run demo` (`halo demo`): the whole product on a throw-away local chain, in one command.
 *
 *  1. start anvil on a free port and deploy the Halo Factory system from the committed bytecode;
 *  2. `halo plan` the example tree (saved plan) and print it: every batch names its PAS actor;
 *  3. `halo apply` it: the sky-governance spell that authorises the factory in PAS, executed as the PauseProxy
 *     (anvil impersonation), the deployments, the Core Council's scheduleBatch;
 *  4. move the clock through the 14-day PAS Timelock and `halo apply` the remaining phases (executeBatch, the Core
 *     Council's direct cBEAM grants, GovOps' controller actions and SORL ramps hop by hop) until the plan is done
 *     and a re-plan holds only the Halo ramps above their Day-0 values ("waiting for Day-0");
 *  4b. the REVIEWER records the daily Day-0 reviews a day apart, Day-0 ends, and `halo apply` ramps hop by hop
 *     until a re-plan says "No changes.";
 *  4c. the Portfolio class's lpha-lcts operator is rotated in halos/: one PAS Timelock batch (roles + registry);
 *  5. three settlement days on the Portfolio class;  6. a deal through its whole life on the Term class;
 *  6b. the Prime (halos/primes.yaml, onboarded by the same apply) moves tokens through its controller into the
 *     Portfolio unit and the Term class within its limits; a deposit over the limit is refused;
 *  7. GovOps lowers one rate limit by hand: `halo drift` exits 2 naming it;
 *  8. the Synome / Artifact records are indexed into out/demo/records;
 *  8b. a new unit deployed by a separate APPROVER's signed EIP-712 approval (`approval:` in the tree, halo approve);
 *  8c. a template v2 with fresh implementations proposed, approved through the timelock and `halo verify`-ed;
 *  9. a summary table.
 *
 * Everything it starts (anvil, the scratch project) is stopped / removed in a `finally`, and on SIGINT /
 * SIGTERM / SIGHUP. Nothing is faked: a step that cannot run fails the demo with the reason.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type Address, createClient, http, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import { haloRegistryAbi, pasBeamStateAbi, pasConfiguratorAbi } from "../abi/index.js";
import { type Anvil, startAnvil } from "../chain/anvil.js";
import { LIMIT, assetCounterpartyKey, toBytes32Name } from "../chain/names.js";
import { Sender, type SystemDeployment, deploySystem } from "../chain/system.js";
import { loadDesiredState } from "../load/index.js";
import { type IndexResult, buildRecords, writeRecords } from "../ops/indexer.js";
import type { OpsNetwork } from "../ops/common.js";
import { validateRecord } from "../ops/records.js";
import { DAY, type DemoChain, demoChain, units } from "./chain.js";
import { type PortfolioOutcome, PORTFOLIO_CLASS, settlementDays } from "./portfolio.js";
import { type StepStat, blockStats, renderSummary } from "./summary.js";
import { type TermOutcome, TERM_CLASS, termDeal } from "./term.js";
import { type PrimeOutcome, primeAllocations } from "./prime.js";
import { type Day0Outcome, day0Waiting, endDay0 } from "./day0.js";
import { type BeaconOutcome, beaconStep } from "./beacon.js";
import { type HaloCli, type HaloRun, type Workspace, createWorkspace, repoRoot } from "./workspace.js";
import { HaloError } from "../errors.js";
import { type ApprovalOutcome, DEMO_APPROVER, type TemplateV2Outcome, signedApproval, templateV2 } from "./approval.js";

/** anvil's default accounts the example tree and the demo use (public test accounts, no secrets). */
export const DEMO_ACCOUNTS = {
  /** account 0: deploys the system, holds DEPLOYER / REGISTRAR; the `local` network's signer. */
  deployer: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  /** account 8: the Core Council (PAS Timelock proposer, BeamState IMMEDIATE role) — a separate key, as on mainnet. */
  governance: "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  /** account 4: the GovOps the example tree declares (cBEAM after the timelock). */
  govOps: "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  /** anvil's mnemonic, index 10 (not a node account): the factory's APPROVER, signing instance approvals off the node. */
  approver: DEMO_APPROVER.address,
} as const satisfies Record<string, Address>;

/** The rate limit the demo changes by hand: acme-mmf's transfer to its custodian (declared 10M / 10M a day). */
export const TAMPERED = { classId: PORTFOLIO_CLASS, flow: "transfer-to-custodian", maxAmount: 1_000n * 10n ** 18n, slope: 1n } as const;

export interface DemoOptions {
  /** Where the records, the saved plan and the logs go (default out/demo under the repository). */
  outDir?: string;
  write?: (text: string) => void;
  /** Show each step's title while it runs (overwritten by its result line); default: stdout is a terminal. */
  live?: boolean;
  /** Install SIGINT / SIGTERM / SIGHUP handlers that stop anvil and exit (the CLI; off in tests). */
  handleSignals?: boolean;
  /** Safety net for the ramp loop. */
  maxApplyRounds?: number;
  /**
   * The desired-state tree the demo plans and applies (default: the repository's example tree halos/). Tests pass
   * their scenario tree (reconciler/test/fixtures/scenario), so editing halos/ never breaks them.
   */
  tree?: string;
  /** The `halo` CLI the demo runs in-process: cli/program.ts `run` (passed in: demo/ does not import cli/). */
  cli: HaloCli;
}

export interface DemoResult {
  ok: boolean;
  anvilPid: number;
  plan: { creates: number; summary: string };
  /** Step 4: the apply rounds through the timelock; the re-plan then refuses `waiting` ramps until Day-0 ends. */
  apply: { rounds: number; hop: bigint; waiting: number };
  /** Step 5: the Day-0 reviews, then the apply rounds that ramp to "No changes.". */
  day0: Day0Outcome & { rounds: number; noChangesAfter: boolean };
  /** Step 6: the Portfolio class's lpha-lcts operator rotated through the PAS Timelock (demo/beacon.ts). */
  beacon: BeaconOutcome;
  portfolio: PortfolioOutcome;
  term: TermOutcome;
  prime: PrimeOutcome;
  /** Step 11: a unit deployed with a separate APPROVER's signed approval. */
  approval: ApprovalOutcome;
  /** Step 12: the template v2 proposal with new implementations. */
  templateV2: TemplateV2Outcome;
  drift: { code: number; report: string; json: { drifted: boolean; items: { kind: string; address: string; detail: string; expected: boolean }[] } };
  records: { dir: string; files: string[]; invalid: string[]; counts: { agents: number; classes: number; units: number } };
  deployment: SystemDeployment;
  totals: { transactions: number; gas: bigint; chainSeconds: bigint; wallMs: number };
  steps: StepStat[];
}

export class DemoError extends HaloError {
  override name = "DemoError";
}

const fmtSeconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

function expectHalo(what: string, r: HaloRun, codes: number[] = [0]): HaloRun {
  if (!codes.includes(r.code)) {
    throw new DemoError(`${what} exited ${r.code} (expected ${codes.join(" or ")}):\n${r.stderr}${r.stdout}`);
  }
  return r;
}

const indent = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => `      ${l}`)
    .join("\n");

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const write = options.write ?? ((t: string) => process.stdout.write(t));
  const live = options.live ?? (options.write === undefined && process.stdout.isTTY === true);
  const outDir = options.outDir ?? join(repoRoot, "out", "demo");
  const tree = options.tree ?? join(repoRoot, "halos");
  const started = Date.now();
  const TOTAL = 14;
  let n = 0;
  let anvil: Anvil | undefined;
  let workspace: Workspace | undefined;
  let c: DemoChain | undefined;
  const steps: StepStat[] = [];

  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      workspace?.remove();
      await anvil?.stop();
    })());
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    write(`\nhalo demo: ${signal}: stopping anvil (pid ${anvil?.pid ?? "not started"}) and removing the scratch project\n`);
    void cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  if (options.handleSignals) for (const s of signals) process.on(s, onSignal);

  /** One progress line per step: its number, what it did, its wall time; block/tx/gas/clock per step for the summary. */
  async function step<T>(title: string, body: () => Promise<{ value: T; line: string; detail?: string }>): Promise<T> {
    n += 1;
    const t0 = Date.now();
    const label = `[${String(n).padStart(2)}/${TOTAL}] ${title}`;
    // on a terminal the running step shows its title; the result line replaces it (\r + erase line)
    if (live) write(`${label} …`);
    const clear = () => {
      if (live) write("\r\x1b[K");
    };
    const before = c !== undefined ? await c.head() : undefined;
    let result: { value: T; line: string; detail?: string };
    try {
      result = await body();
    } catch (error) {
      clear();
      write(`${label}: FAILED after ${fmtSeconds(Date.now() - t0)}\n`);
      throw error;
    }
    const ms = Date.now() - t0;
    clear();
    write(`${label}: ${result.line}  (${fmtSeconds(ms)})\n`);
    if (result.detail !== undefined) write(`${indent(result.detail)}\n`);
    const after = c !== undefined ? await c.head() : undefined;
    steps.push({ title, ms, fromBlock: before?.number, toBlock: after?.number, fromTime: before?.timestamp, toTime: after?.timestamp });
    return result.value;
  }

  write("halo demo — Halos as code, end to end on a local anvil chain (Ctrl-C stops everything)\n");
  try {
    // 1. devnet --------------------------------------------------------------------------------------------
    const d = await step("devnet", async () => {
      anvil = await startAnvil();
      const client = createClient({ transport: http(anvil.url) });
      const deployment = await deploySystem(client, {
        governance: DEMO_ACCOUNTS.governance,
        deployer: DEMO_ACCOUNTS.deployer,
        audits: exampleAudits(tree),
        // the factory's authorisation in PAS is left to the first plan: its sky-governance spell batch, which
        // `halo apply` executes as the PauseProxy (impersonated: anvil only)
        pasSpell: "stop",
        // a separate key approves instances (step 10): governance made it an APPROVER of the factory
        approvers: [DEMO_ACCOUNTS.approver],
      });
      const tx = new Sender(client);
      await tx.init();
      c = demoChain(client, tx, deployment);
      workspace = createWorkspace(anvil.url, deployment, DEMO_ACCOUNTS.deployer, options.cli, tree);
      const head = await c.head();
      return {
        value: deployment,
        line: `anvil pid ${anvil.pid} on ${anvil.url}; PAS stand-in + factory deployed at block ${deployment.deployBlock} (${head.number} blocks, templates approved through the 14-day PAS Timelock; the factory not yet authorised in PAS)`,
      };
    });
    const chain = c!;
    const ws = workspace!;
    const genesis = (await chain.rpc<{ timestamp: `0x${string}` }>("eth_getBlockByNumber", ["0x0", false])).timestamp;
    // the devnet step began before there was a chain: its clock starts at genesis
    steps[0]!.fromTime = BigInt(genesis);

    // 2. plan ----------------------------------------------------------------------------------------------
    const plan = await step("halo plan", async () => {
      const r = expectHalo("halo plan --out plans/demo.json", await ws.halo(["plan", "--out", "plans/demo.json"]));
      const summary = r.stdout.split("\n").find((l) => l.startsWith("Plan:")) ?? "";
      const creates = (r.stdout.match(/ will be created/g) ?? []).length;
      if (creates === 0) throw new DemoError(`halo plan on the example tree planned no creates:\n${r.stdout}`);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, "plan.txt"), r.stdout);
      rmSync(join(outDir, "plan.json"), { force: true });
      writeFileSync(join(outDir, "plan.json"), readFileSync(join(ws.dir, "plans", "demo.json"), "utf8"));
      return {
        value: { creates, summary, text: r.stdout },
        line: `${summary || `${creates} to add`} (the example tree halos/; saved to ${rel(outDir)}/plan.json)`,
        detail: condensePlan(r.stdout, `${rel(outDir)}/plan.txt`),
      };
    });

    // 3. apply, first phase ---------------------------------------------------------------------------------
    await step("halo apply", async () => {
      const r = expectHalo("halo apply plans/demo.json", await ws.halo(["apply", "plans/demo.json"]));
      const classes = await readContract(chain.client, { address: d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "classCount" });
      return { value: undefined, line: `${firstLine(r.stdout)} → ${classes} classes on chain; the rest waits for the timelock`, detail: r.stdout.split("\n").slice(1).join("\n") };
    });

    // 4. timelock + remaining phases ------------------------------------------------------------------------
    const apply = await step("timelock + remaining apply phases", async () => {
      await chain.warp(d.timelockDelay);
      // PAS's scope-wide SORL hop (the address(0) fallback every class RateLimits uses on the devnet)
      const hop = await readContract(chain.client, { address: d.addresses.beamState, abi: pasBeamStateAbi, functionName: "getHop", args: [zeroAddress] });
      let rounds = 1;
      let sent = 0;
      let last = expectHalo("halo apply (after the timelock delay)", await ws.halo(["apply", "plans/demo.json"]));
      sent += sentCount(last.stdout);
      const max = options.maxApplyRounds ?? 40;
      while (!last.stdout.includes("Every batch of the plan is done")) {
        if (rounds >= max) throw new DemoError(`the plan is still not done after ${rounds} apply rounds:\n${last.stdout}`);
        await chain.warp(hop);
        last = expectHalo(`halo apply (round ${rounds + 1})`, await ws.halo(["apply", "plans/demo.json"]));
        sent += sentCount(last.stdout);
        rounds += 1;
      }
      // Day-0 is open: the re-plan changes nothing and holds every Halo ramp above its Day-0 value, saying why
      const again = expectHalo("halo plan (after apply, in Day-0)", await ws.halo(["plan", "--detailed-exitcode"]), [0, 2]);
      const waiting = day0Waiting(again.stdout);
      if (waiting === undefined) throw new DemoError(`after applying every phase a re-plan has more than the Day-0 refusals:\n${again.stdout}`);
      return {
        value: { rounds, hop, waiting: waiting.refused },
        line: `warped ${d.timelockDelay / DAY} days, then ${rounds} apply rounds ${hop / 3600n} h apart (${sent} txs: grants, inits, SORL ramps); re-plan: ${waiting.refused} ramps refused, ${waiting.example}`,
      };
    });

    // 5. Day-0 ends, the ramps run ---------------------------------------------------------------------------
    const day0 = await step("Day-0 reviews, then the ramps", async () => {
      const reviewed = await endDay0(chain, DEMO_ACCOUNTS.deployer);
      let rounds = 0;
      let sent = 0;
      let last = expectHalo("halo apply (Day-0 ended)", await ws.halo(["apply", "--auto-approve"]));
      const max = options.maxApplyRounds ?? 40;
      while (!last.stdout.includes("No changes.")) {
        sent += sentCount(last.stdout);
        if (++rounds >= max) throw new DemoError(`the ramps are still not done after ${rounds} apply rounds:\n${last.stdout}`);
        await chain.warp(apply.hop);
        last = expectHalo(`halo apply (ramp round ${rounds + 1})`, await ws.halo(["apply", "--auto-approve"]));
      }
      const again = expectHalo("halo plan (after the ramps)", await ws.halo(["plan", "--detailed-exitcode"]));
      const noChanges = again.stdout.includes("No changes.");
      if (!noChanges) throw new DemoError(`after the ramps a re-plan still has changes:\n${again.stdout}`);
      const drift = expectHalo("halo drift (after the ramps)", await ws.halo(["drift"]));
      return {
        value: { ...reviewed, rounds, noChangesAfter: noChanges },
        line: `${reviewed.reviews} reviews of ${reviewed.entries} classes / units over ${reviewed.days} daily windows end Day-0; ${rounds} apply rounds ${apply.hop / 3600n} h apart (${sent} txs: SORL ramps); re-plan: No changes.; drift: exit ${drift.code}`,
      };
    });

    const beacon = await step(`beacon rotation: ${PORTFOLIO_CLASS} lpha-lcts`, () => beaconStep(chain, ws, PORTFOLIO_CLASS, expectHalo));

    const network: OpsNetwork = {
      name: "local",
      chainId: d.chainId,
      rpcUrl: anvil!.url,
      system: d.addresses,
      // anvil mines at once: poll receipts every 50 ms, not viem's default 4 s
      client: createClient({ transport: http(anvil!.url, { batch: { batchSize: 500, wait: 0 } }), pollingInterval: 50 }),
      deployBlock: d.deployBlock,
    };

    // 5. Portfolio ------------------------------------------------------------------------------------------
    const portfolio = await step(`Portfolio class ${PORTFOLIO_CLASS}: 3 settlement days`, async () => {
      const out = await settlementDays(chain, network);
      writeFileSync(join(outDir, "beacon-lcts.jsonl"), out.log.map((e) => JSON.stringify(e, bigintJson)).join("\n") + "\n");
      return {
        value: out,
        line: `${units(out.sharesMinted)} shares outstanding, 1 exit, 1 redemption`,
        detail: out.days.map((x) => `day ${x.day}: ${x.line}`).join("\n"),
      };
    });

    // 6. Term ----------------------------------------------------------------------------------------------
    const term = await step(`Term class ${TERM_CLASS}: one deal`, async () => {
      const out = await termDeal(chain, network, ws.dir);
      writeFileSync(join(outDir, "beacon-nfat.jsonl"), out.log.map((e) => JSON.stringify(e, bigintJson)).join("\n") + "\n");
      return { value: out, line: out.line };
    });

    // 6b. Prime ---------------------------------------------------------------------------------------------
    const prime = await step("Prime spark: allocations through its controller", async () => {
      const out = await primeAllocations(chain);
      return { value: out, line: out.line, detail: `refused: ${out.refusedReason}` };
    });

    // 7. drift ---------------------------------------------------------------------------------------------
    const drift = await step("tamper + halo drift", async () => {
      const cls = (await readContract(chain.client, { address: d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name(TAMPERED.classId)] })) as unknown as { rateLimits: Address; depositAsset: Address };
      const desired = loadDesiredState(join(ws.dir, "halos"));
      if (!desired.ok) throw new DemoError("the example tree no longer loads");
      const limit = desired.state.classes.find((x) => x.id === TAMPERED.classId)?.rateLimits.find((l) => l.flow === TAMPERED.flow);
      if (limit === undefined || limit.counterparty.kind !== "address") throw new DemoError(`${TAMPERED.classId} declares no ${TAMPERED.flow} to an address`);
      const key = assetCounterpartyKey(LIMIT[limit.limitId], limit.asset, limit.counterparty.address);
      await chain.tx.call(DEMO_ACCOUNTS.govOps, d.addresses.configurator, pasConfiguratorAbi, "setRateLimit", [cls.rateLimits, key, TAMPERED.maxAmount, TAMPERED.slope], "GovOps lowers a rate limit by hand (PAS Configurator)");
      const r = expectHalo("halo drift", await ws.halo(["drift"]), [2]);
      const j = expectHalo("halo drift --format json", await ws.halo(["drift", "--format", "json"]), [2]);
      writeFileSync(join(outDir, "drift.json"), j.stdout);
      return {
        value: { code: r.code, report: r.stdout, json: JSON.parse(j.stdout) as DemoResult["drift"]["json"] },
        line: `GovOps set ${TAMPERED.classId} ${TAMPERED.flow} to ${units(TAMPERED.maxAmount)} by hand → halo drift exit ${r.code}`,
        detail: r.stdout,
      };
    });

    // 8. records -------------------------------------------------------------------------------------------
    const records = await step("Synome / Artifact records", async () => {
      const result: IndexResult = await buildRecords(chain.client, { chainId: d.chainId, factory: d.addresses.factory, haloRegistry: d.addresses.haloRegistry, fromBlock: d.deployBlock });
      const dir = join(outDir, "records");
      rmSync(dir, { recursive: true, force: true });
      const written = writeRecords(dir, result);
      const all = [...result.agents, ...result.classes, ...result.units];
      const invalid = all.flatMap((r) => validateRecord(r));
      const counts = { agents: result.agents.length, classes: result.classes.length, units: result.units.length };
      return {
        value: { dir, files: [...written.written, ...written.unchanged], invalid, counts },
        line: `${counts.agents} agents, ${counts.classes} classes, ${counts.units} units (${result.logCount} logs) → ${rel(dir)}/, all schema-valid`,
      };
    });

    // 8b. signed approval ----------------------------------------------------------------------------------
    const approval = await step("signed approval by a separate APPROVER", async () => {
      const out = await signedApproval(chain, ws, d, PORTFOLIO_CLASS);
      return { value: out, line: out.line, detail: out.detail };
    });

    // 8c. template v2 --------------------------------------------------------------------------------------
    const v2 = await step("template v2 with new implementations", async () => {
      const out = await templateV2(chain, ws, d);
      return { value: out, line: out.line, detail: out.detail };
    });

    // 9. summary -------------------------------------------------------------------------------------------
    const head = await chain.head();
    const stats = await blockStats(anvil!.url, head.number);
    const wallMs = Date.now() - started;
    const totals = { transactions: stats.transactions, gas: stats.gas, chainSeconds: head.timestamp - BigInt(genesis), wallMs };
    const result: DemoResult = {
      ok: true,
      anvilPid: anvil!.pid,
      plan: { creates: plan.creates, summary: plan.summary },
      apply,
      day0,
      portfolio,
      term,
      prime,
      beacon,
      drift,
      records,
      approval,
      templateV2: v2,
      deployment: d,
      totals,
      steps,
    };
    n += 1;
    const table = await renderSummary(chain, result, stats);
    writeFileSync(join(outDir, "summary.txt"), table);
    write(`[${String(n).padStart(2)}/${TOTAL}] summary (written to ${rel(outDir)}/summary.txt)\n${table}`);
    return result;
  } finally {
    await cleanup();
    if (options.handleSignals) for (const s of signals) process.off(s, onSignal);
    write(`halo demo: anvil stopped, scratch project removed; wall time ${fmtSeconds(Date.now() - started)}\n`);
  }
}

function exampleAudits(tree: string) {
  const loaded = loadDesiredState(tree);
  if (!loaded.ok) throw new DemoError(`the tree ${rel(tree)} does not validate: run \`halo validate --dir ${rel(tree)}\``);
  const audit = (id: string) => {
    const t = loaded.state.templates.find((x) => x.id === id);
    if (t === undefined) throw new DemoError(`${rel(join(tree, "templates.yaml"))} declares no ${id}`);
    return { uri: t.audit.uri, hash: t.audit.sha256 };
  };
  return { "lcts-portfolio": audit("lcts-portfolio"), "nfat-term": audit("nfat-term") };
}

const rel = (p: string) => relative(process.cwd(), p) || ".";
const firstLine = (s: string) => s.split("\n")[0] ?? "";
const sentCount = (s: string) => Number(/(\d+) transaction\(s\) sent/.exec(s)?.[1] ?? 0);
const bigintJson = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);

/**
 * The plan as `halo plan` prints it, with the long tail of SORL ramp batches (one per hop, all alike) folded
 * into one line after the first: the resources, the first phases and the summary stay verbatim.
 */
export function condensePlan(text: string, fullPath: string): string {
  const lines = text.trimEnd().split("\n");
  const out: string[] = [];
  let i = 0;
  let rampShown = false;
  let folded = 0;
  let firstFolded = "";
  let lastFolded = "";
  while (i < lines.length) {
    const line = lines[i]!;
    const m = /^(batch-\d+):/.exec(line);
    if (m === null) {
      if (folded > 0 && line.startsWith("Plan:")) {
        out.push(`${firstFolded} … ${lastFolded}: ${folded} more SORL ramp batches, one per hop (full plan: ${fullPath})`, "");
        folded = 0;
      }
      out.push(line);
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j]!.startsWith("    ")) j += 1;
    const body = lines.slice(i + 1, j);
    const rampOnly = body.length > 0 && body.every((l) => l.includes("ramp step"));
    if (rampOnly && rampShown) {
      if (folded === 0) firstFolded = m[1]!;
      lastFolded = m[1]!;
      folded += 1;
    } else {
      if (rampOnly) rampShown = true;
      out.push(...lines.slice(i, j));
    }
    i = j;
  }
  return out.join("\n");
}
