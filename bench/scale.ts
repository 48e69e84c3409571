/**
 * Reconciler scale: trees of N Portfolio classes × 10 units, written as real YAML, deployed on anvil, then
 * `halo plan` (no changes expected) and `halo drift` measured through the same library calls the CLI makes.
 *
 * Deployment (not measured) sends the factory calls directly, pipelined: every transaction carries its own
 * nonce and gas, and a JSON-RPC batch of them leaves without waiting for receipts; the receipts are checked in
 * batches afterwards. After the deployment the factory-scheduled cBEAM grants are executed (past the 14-day
 * delay) and GovOps sets each class's relayer, so that the chain matches the tree and the plan is empty.
 *
 * Measured per size, on its own fresh anvil:
 * - validateMs: `loadDesiredState` of the tree directory (parse, schema, cross-references);
 * - planMs: what `halo plan` does after its config: load, observe (refresh + predictions), plan, render;
 * - driftMs: what `halo drift` does: load, observe, detect drift, render;
 * - HTTP requests and JSON-RPC calls of each, from the reconciler's counting client (reconciler/chain/rpc.ts);
 * - processes: `halo plan` and `halo drift` as an operator runs them, NEW processes of the compiled CLI
 *   (`node bin/halo.js plan --detailed-exitcode` / `drift`, bench/plan-process.ts; `npm run build` first), 64 empty
 *   blocks after the deployment (final history): a cold plan, a plan without the history cache, then three rounds of
 *   plan and drift with both caches warm and plan and drift after the chain moved past the history cache (4 blocks
 *   mined, bench/process-moved.ts); wall time (median), the process's CPU, the node's CPU and the HTTP requests the process
 *   reports. Issue 14's target is judged on the four warm / moved cases; processColdMs / processWarmMs /
 *   processWarmNoHistoryMs in the row repeat three of them (BENCH_SCALE_PROCESS=0 skips all).
 *
 *   tsx bench/scale.ts [N …]    default 10 100 1000; writes out/bench/reconciler-scale.json
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Address, type Hex, createClient, encodeFunctionData, http } from "viem";
import { readContract } from "viem/actions";
import {
  haloControllerAbi,
  haloFactoryAbi,
  haloRegistryAbi,
  pasBeamStateAbi,
  pasTimelockAbi,
} from "../reconciler/abi/index.js";
import { startAnvil } from "../reconciler/chain/anvil.js";
import { setRpcTimeout } from "../reconciler/chain/rpc-timeout.js";
import { classLensMemory } from "../reconciler/chain/lens-classes.js";
import { roleId, toBytes32Name } from "../reconciler/chain/names.js";
import { refresh } from "../reconciler/chain/refresh.js";
import { classRequest, registerAgentArgs, unitRequest } from "../reconciler/chain/requests.js";
import { FOURTEEN_DAYS, deploySystem } from "../reconciler/chain/system.js";
import { DAY0_LIMIT } from "../reconciler/chain/templates.js";
import { loadDesiredState } from "../reconciler/load/index.js";
import { configuratorBuilders } from "../reconciler/plan/actions.js";
import { detectDrift, renderDrift } from "../reconciler/plan/drift.js";
import { renderText } from "../reconciler/plan/render.js";
import { allBuilders, observe, planFrom } from "../reconciler/plan/session.js";
import { type ProcessCase, measureNewProcess } from "./plan-process.js";
import { mineBlocks } from "./process-moved.js";
import { SCALE_ACCOUNTS, fakeSha256, scaleTreeFiles } from "./scale-tree.js";

export const UNITS_PER_CLASS = 10;
const RELAYER = roleId("RELAYER");
const ZERO_BYTES32 = `0x${"00".repeat(32)}` as Hex;
const CLASSES_PER_AGENT = 10;
/** anvil account 0: deploys the system (and the mock sUSDS first, at this address), registers, deploys. */
const ACCOUNT_0: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const DEVNET_SUSDS: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const AUDITS = {
  "lcts-portfolio": {
    uri: "ipfs://scale-lcts-portfolio-v1-audit",
    sha256: fakeSha256("lcts-portfolio-audit"),
  },
  "nfat-term": {
    uri: "ipfs://scale-nfat-term-v1-audit",
    sha256: fakeSha256("nfat-term-audit"),
  },
};
/** Per-transaction gas (measured deployClass ≈ 1.9M, deployUnit ≈ 2.4M): generous, the surplus is refunded. */
const GAS = {
  agent: 1_000_000n,
  deployClass: 6_000_000n,
  deployUnit: 6_000_000n,
  small: 1_000_000n,
};
/**
 * Transactions per block. anvil keeps every block's state in memory, so a block per transaction (automine)
 * grows its memory and time with the square of the deployment; the benchmark mines these blocks itself.
 * BLOCK_GAS_LIMIT / SEND_BATCH stays above the largest per-transaction gas.
 */
const SEND_BATCH = 150;
export const BLOCK_GAS_LIMIT = 1_000_000_000n;
/**
 * anvil flags of the measured chains: anvil keeps a full copy of the state per block unless told otherwise, so the
 * blocks mined between the new processes (the 64 that make the deployment final, then the moved-chain runs,
 * bench/process-moved.ts) grew a 1,000-class anvil past 15 GB until it was killed. The refresh reads state only at
 * the block it pins (the latest); block headers and logs need no state: 16 states are plenty.
 */
export const MEASURED_ANVIL_ARGS = ["--prune-history", "16"] as const;

export interface ScaleRow {
  treeSize: number;
  units: number;
  resources: number;
  yamlFiles: number;
  deployS: number;
  deployTransactions: number;
  validateMs: number;
  planMs: number;
  /** Part of planMs up to the end of `observe` (loading the tree and reading the chain). */
  planObserveMs: number;
  rpcRequests: number;
  rpcCalls: number;
  /** CPU time of this process (user + system) during the plan: ours, not the node's. */
  planCpuMs: number;
  /** CPU time of the node (anvil: user + system from /proc) during the plan: answering our requests. */
  planNodeCpuMs: number;
  /** Class-lens `eth_call`s of the plan (reconciler/chain/lens-classes.ts), halvings included. */
  lensCalls: number;
  planChanges: number;
  driftMs: number;
  driftRpcRequests: number;
  driftRpcCalls: number;
  driftCpuMs: number;
  driftNodeCpuMs: number;
  driftItems: number;
  /** `node bin/halo.js plan` in a new process, no tree cache: wall time and the process's own CPU (ms). */
  processColdMs?: number;
  processColdCpuMs?: number;
  /**
   * The same, second run: the on-disk tree cache and the history cache (chain/history-cache.ts) of the first. The
   * issue's target is judged on processWarmMs.
   */
  processWarmMs?: number;
  processWarmCpuMs?: number;
  /** A third run: the tree cache warm, the history cache off (`HALO_CHAIN_CACHE=0`: every log read from the node). */
  processWarmNoHistoryMs?: number;
  processWarmNoHistoryCpuMs?: number;
  /** Exit codes of the three runs ("0 / 0 / 0": no changes, `--detailed-exitcode`; the warm one's runs "0,0,0"). */
  processExit?: string;
  /** The machine's 1-minute load average, the larger of before and after the new processes (os.loadavg). */
  processLoadAverage?: number;
}

export interface ScaleResult {
  benchmark: string;
  machine: { cpus: number; node: string };
  rows: ScaleRow[];
  /** Sizes that were not measured, and why. */
  skipped: { treeSize: number; reason: string }[];
  /** Where a plan or drift check was not empty: the first differing resources (a finding, not hidden). */
  findings: string[];
  /**
   * New processes of the compiled CLI per size (bench/plan-process.ts): plan and drift, warm and with the chain moved
   * past the history cache; issue 14's verdict is judged on the four warm / moved cases at 1,000 classes.
   */
  processes?: ScaleProcessCase[];
}

/** One case of `measureNewProcess` at one size. */
export type ScaleProcessCase = ProcessCase & { treeSize: number };

interface Tx {
  from: Address;
  to: Address;
  data: Hex;
  gas: bigint;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); 0 where unavailable. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // fields[11] / [12] are utime / stime (fields 14 / 15 of proc(5), counted after the command name), in clock ticks
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

const hex = (n: bigint | number) => `0x${n.toString(16)}`;

async function rpcBatch(url: string, calls: { method: string; params: unknown[] }[]): Promise<unknown[]> {
  const body = calls.map((c, i) => ({ jsonrpc: "2.0", id: i, ...c }));
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const out = (await res.json()) as {
    id: number;
    result?: unknown;
    error?: { message: string };
  }[];
  out.sort((a, b) => a.id - b.id);
  return out.map((r, i) => {
    if (r.error !== undefined) throw new Error(`${calls[i]!.method}: ${r.error.message}`);
    return r.result;
  });
}

/** Send every transaction with explicit nonces and gas, batch after batch, then check every receipt. */
async function sendPipelined(url: string, txs: readonly Tx[]): Promise<void> {
  const nonces = new Map<string, bigint>();
  for (const from of new Set(txs.map((t) => t.from.toLowerCase()))) {
    const [n] = await rpcBatch(url, [{ method: "eth_getTransactionCount", params: [from, "pending"] }]);
    nonces.set(from, BigInt(n as string));
  }
  await rpcBatch(url, [{ method: "evm_setAutomine", params: [false] }]);
  const hashes: Hex[] = [];
  for (let i = 0; i < txs.length; i += SEND_BATCH) {
    const calls = txs.slice(i, i + SEND_BATCH).map((t) => {
      const nonce = nonces.get(t.from.toLowerCase())!;
      nonces.set(t.from.toLowerCase(), nonce + 1n);
      return {
        method: "eth_sendTransaction",
        params: [
          {
            from: t.from,
            to: t.to,
            data: t.data,
            gas: hex(t.gas),
            nonce: hex(nonce),
          },
        ],
      };
    });
    hashes.push(...((await rpcBatch(url, calls)) as Hex[]));
    await rpcBatch(url, [{ method: "evm_mine", params: [] }]);
  }
  // Receipts, batch after batch; a transaction still pending is asked again (anvil mines asynchronously).
  let waitedMs = 0;
  for (let i = 0; i < hashes.length;) {
    const chunk = hashes.slice(i, i + 500);
    const receipts = (await rpcBatch(
      url,
      chunk.map((h) => ({ method: "eth_getTransactionReceipt", params: [h] })),
    )) as ({ status: string } | null)[];
    const mined = receipts.findIndex((r) => r === null);
    const upTo = mined === -1 ? receipts.length : mined;
    receipts.slice(0, upTo).forEach((r, j) => {
      if (r!.status !== "0x1") throw new Error(`deployment transaction ${i + j} (${hashes[i + j]}) reverted`);
    });
    if (upTo === 0) {
      if (waitedMs > 120_000) throw new Error(`deployment transaction ${i} (${hashes[i]}) not mined after 120 s`);
      await rpcBatch(url, [{ method: "evm_mine", params: [] }]);
      await new Promise((r) => setTimeout(r, 100));
      waitedMs += 100;
    } else waitedMs = 0;
    i += upTo;
  }
  await rpcBatch(url, [{ method: "evm_setAutomine", params: [true] }]);
}

const tx = (
  from: Address,
  to: Address,
  abi: unknown,
  functionName: string,
  args: readonly unknown[],
  gas: bigint,
): Tx => ({
  from,
  to,
  data: encodeFunctionData({ abi, functionName, args } as never),
  gas,
});

function summarise(addresses: readonly string[], limit = 5): string {
  return addresses.slice(0, limit).join(", ") + (addresses.length > limit ? `, … (${addresses.length} in all)` : "");
}

/** A deployed scale tree: where its YAML files are and what the chain needs to be read. */
export interface ScaleDeployment {
  /** The system's addresses (deploySystem's). */
  addresses: Awaited<ReturnType<typeof deploySystem>>["addresses"];
  deployBlock: bigint;
  deployS: number;
  deployTransactions: number;
  yamlFiles: number;
}

/** Write the tree of `classes` Portfolio classes under `dir` (real YAML files, the format of `halos/`). */
export function writeScaleTree(classes: number, dir: string): number {
  const files = scaleTreeFiles({
    classes,
    unitsPerClass: UNITS_PER_CLASS,
    classesPerAgent: CLASSES_PER_AGENT,
    depositAsset: DEVNET_SUSDS,
    audits: AUDITS,
    day0: { maxAmount: `${DAY0_LIMIT}`, slopePerDay: `${DAY0_LIMIT}` },
  });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return files.size;
}

/**
 * Deploy the tree under `dir` (written by `writeScaleTree`) on the fresh anvil at `url` (not measured): the system,
 * every agent, class and unit through the factory, then the end state of the plan's timelock and relayer steps.
 */
export async function deployScaleTree(
  url: string,
  dir: string,
  log: (s: string) => void = () => {},
): Promise<Omit<ScaleDeployment, "yamlFiles">> {
  const loaded = loadDesiredState(dir);
  if (!loaded.ok)
    throw new Error(
      `generated tree invalid: ${loaded.diagnostics
        .slice(0, 3)
        .map((d) => d.message)
        .join("; ")}`,
    );
  const state = loaded.state;
  const classes = state.classes.length;
  // The deployment's own refresh reads every block of it: on a loaded machine that takes longer than the CLI's 10 s.
  setRpcTimeout(300_000);
  // --- deployment (not measured)
  const deployStart = performance.now();
  const client = createClient({ transport: http(url) });
  const audits = Object.fromEntries(state.templates.map((t) => [t.id, { uri: t.audit.uri, hash: t.audit.sha256 }]));
  const d = await deploySystem(client, { governance: ACCOUNT_0, audits });
  if (d.depositAsset?.toLowerCase() !== DEVNET_SUSDS.toLowerCase())
    throw new Error(`the devnet's sUSDS is at ${d.depositAsset}, the tree says ${DEVNET_SUSDS}`);
  const salt = toBytes32Name("scale");
  const deployer = d.accounts.deployer;
  const txs: Tx[] = [];
  for (const a of state.agents)
    txs.push(
      tx(deployer, d.addresses.haloRegistry, haloRegistryAbi, "registerAgent", registerAgentArgs(a), GAS.agent),
    );
  for (const c of state.classes) {
    txs.push(
      tx(deployer, d.addresses.factory, haloFactoryAbi, "deployClass", [classRequest(c), salt], GAS.deployClass),
    );
    if (c.kind === "portfolio-lcts")
      for (const u of c.units)
        txs.push(
          tx(deployer, d.addresses.factory, haloFactoryAbi, "deployUnit", [unitRequest(u), salt], GAS.deployUnit),
        );
  }
  await sendPipelined(url, txs);
  log(
    `  ${classes}: ${txs.length} factory transactions in ${((performance.now() - deployStart) / 1000).toFixed(1)} s`,
  );
  // The cBEAM grants the factory scheduled, executed past the delay; GovOps sets every class's relayer.
  const after = await refresh(url, {
    addresses: d.addresses,
    fromBlock: d.deployBlock,
  });
  await client.request({
    method: "evm_increaseTime" as never,
    params: [hex(FOURTEEN_DAYS + 1n)] as never,
  });
  await client.request({ method: "evm_mine" as never, params: [] as never });
  // PAS: the factory's addCBeam operations (one per new GovOps) executed by anyone past the delay, then the
  // Core Council's direct per-class grants (setCBeamForRateLimits / setCBeamForController), and each class's
  // declared relayer granted on its Controller by the Controller's admin (the end state of the plan's relayer
  // step: a no-change plan of this tree must be empty, bench/scale-empty.test.ts).
  const follow: Tx[] = [];
  for (const op of after.state.timelockOperations)
    follow.push(
      tx(
        ACCOUNT_0,
        d.addresses.timelock,
        pasTimelockAbi,
        "executeBatch",
        [op.calls.map((c) => c.target), op.calls.map((c) => c.value), op.calls.map((c) => c.data), op.predecessor, op.salt],
        GAS.small,
      ),
    );
  let controllerAdmin: Address | undefined;
  for (const c of state.classes) {
    const fields = after.state.resources[`class.${c.id}`]?.fields;
    const rl = fields?.rateLimits as Address | undefined;
    const ctrl = fields?.controller as Address | undefined;
    if (rl === undefined || ctrl === undefined) throw new Error(`class ${c.id} not found on chain after deployment`);
    follow.push(tx(d.accounts.coreCouncil, d.addresses.beamState, pasBeamStateAbi, "setCBeamForRateLimits", [rl, c.govOps], GAS.small));
    follow.push(tx(d.accounts.coreCouncil, d.addresses.beamState, pasBeamStateAbi, "setCBeamForController", [ctrl, c.govOps], GAS.small));
    if (c.relayer !== undefined) {
      controllerAdmin ??= await readContract(client, {
        address: ctrl,
        abi: haloControllerAbi,
        functionName: "getRoleMember",
        args: [ZERO_BYTES32, 0n],
      });
      follow.push(tx(controllerAdmin, ctrl, haloControllerAbi, "grantRole", [RELAYER, c.relayer], GAS.small));
    }
  }
  if (controllerAdmin !== undefined)
    await rpcBatch(url, [
      { method: "anvil_impersonateAccount", params: [controllerAdmin] },
      { method: "anvil_setBalance", params: [controllerAdmin, hex(10n ** 20n)] },
    ]);
  await sendPipelined(url, follow);
  const deployS = (performance.now() - deployStart) / 1000;
  log(`  ${classes}: deployed (${txs.length + follow.length} transactions) in ${deployS.toFixed(1)} s`);

  return { addresses: d.addresses, deployBlock: d.deployBlock, deployS, deployTransactions: txs.length + follow.length };
}

/** One size on a fresh anvil. */
export async function measureSize(
  classes: number,
  log: (s: string) => void = () => {},
): Promise<{ row: ScaleRow; findings: string[]; processes?: ScaleProcessCase[] }> {
  // BENCH_SCALE_SAVED=1: measure on the chain bench/profile-plan.ts saved for this size (deployed once; the
  // deployment is not measured either way), saving it first when there is none.
  if (process.env.BENCH_SCALE_SAVED === "1") {
    const { loadMeta, saveScaleState, startSavedAnvil } = await import("./scale-state.js");
    if (loadMeta(classes) === undefined) await saveScaleState(classes, log);
    const saved = loadMeta(classes)!;
    // the fresh path loads the tree before measuring (the deployment reads it): the same warm start here
    loadDesiredState(saved.tree);
    const anvil = await startSavedAnvil(saved);
    try {
      return await measureDeployed(classes, anvil, saved.tree, saved);
    } finally {
      await anvil.stop();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), `halo-scale-${classes}-`));
  const anvil = await startAnvil({ gasLimit: BLOCK_GAS_LIMIT, args: [...MEASURED_ANVIL_ARGS] });
  try {
    const yamlFiles = writeScaleTree(classes, dir);
    const deployment = await deployScaleTree(anvil.url, dir, log);
    return await measureDeployed(classes, anvil, dir, { ...deployment, yamlFiles });
  } finally {
    await anvil.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The measured part: `halo plan` and `halo drift` of the tree under `dir` against the deployed chain. */
export async function measureDeployed(
  classes: number,
  anvil: { url: string; pid: number },
  dir: string,
  deployment: ScaleDeployment,
): Promise<{ row: ScaleRow; findings: string[]; processes?: ScaleProcessCase[] }> {
  const d = { addresses: deployment.addresses, deployBlock: deployment.deployBlock };
  // A 1,000-class lens request or log query takes more than the CLI's 10 s when the machine is shared: a timeout
  // would abort the size instead of measuring it (the wall times say how long it took).
  setRpcTimeout(300_000);
  // --- measured
  const t0 = performance.now();
  const validated = loadDesiredState(dir);
  const validateMs = performance.now() - t0;
  if (!validated.ok) throw new Error("tree invalid on reload");

  const cpu0 = process.cpuUsage();
  const node0 = processCpuMs(anvil.pid);
  const p0 = performance.now();
  const planState = loadDesiredState(dir);
  if (!planState.ok) throw new Error("tree invalid on reload");
  const obs = await observe({
    rpcUrl: anvil.url,
    addresses: d.addresses,
    state: planState.state,
    fromBlock: d.deployBlock,
  });
  const planObserveMs = performance.now() - p0;
  const plan = planFrom(obs);
  renderText(plan, { color: false });
  const planMs = performance.now() - p0;
  const planCpu = process.cpuUsage(cpu0);
  const planNodeCpuMs = processCpuMs(anvil.pid) - node0;
  const planStats = { ...obs.rpc.stats };
  const lensCalls = classLensMemory(obs.rpc).stats.calls;

  const dcpu0 = process.cpuUsage();
  const dnode0 = processCpuMs(anvil.pid);
  const q0 = performance.now();
  const driftState = loadDesiredState(dir);
  if (!driftState.ok) throw new Error("tree invalid on reload");
  const dobs = await observe({
    rpcUrl: anvil.url,
    addresses: d.addresses,
    state: driftState.state,
    fromBlock: d.deployBlock,
  });
  const report = detectDrift(dobs.desired, dobs.observed, dobs.observed.blockTimestamp, {
    ...configuratorBuilders(),
    ...allBuilders(dobs),
  });
  renderDrift(report);
  const driftMs = performance.now() - q0;
  const driftCpu = process.cpuUsage(dcpu0);
  const driftNodeCpuMs = processCpuMs(anvil.pid) - dnode0;

  const findings: string[] = [];
  // halo plan as an operator runs it: a new process of the compiled CLI (after the in-process runs: its node CPU
  // and the shared machine are the same for both)
  // First 64 empty blocks: anvil's `finalized` is latest − 64, and the deployment sits in its last blocks; an operator's
  // chain history is older than finality (mainnet: ~13 minutes), so the history cache holds all of it (docs/chain.md).
  if (process.env.BENCH_SCALE_PROCESS !== "0") await mineBlocks(anvil.url, 64);
  const load0 = loadavg()[0]!;
  const processes =
    process.env.BENCH_SCALE_PROCESS === "0" ? undefined : await measureNewProcess(anvil.url, d.addresses, d.deployBlock, dir, anvil.pid);
  // wall times of new processes on a shared machine say little: the load goes next to them (report-process.ts loadNotes)
  const load = Math.round(Math.max(load0, loadavg()[0]!) * 10) / 10;
  for (const c of processes ?? [])
    if (c.exitCodes.some((code) => code !== 0))
      findings.push(
        `${classes} classes: \`node bin/halo.js ${c.command === "plan" ? "plan --detailed-exitcode" : "drift"}\` (new process, ${c.what}) exited ${c.exitCodes.join(" / ")}: ${c.error ?? ""}`,
      );
  const byId = new Map((processes ?? []).map((c) => [c.id, c]));
  const cold = byId.get("plan-cold");
  const warm = byId.get("plan-warm");
  const noHistory = byId.get("plan-warm-no-history");
  const planChanges = plan.changes.length + plan.batches.length;
  if (planChanges > 0)
    findings.push(
      `${classes} classes: the plan is not empty (${plan.changes.length} changes, ${plan.batches.length} batches); first: ${summarise(plan.changes.map((c) => `${c.kind} ${c.address}`))}`,
    );
  if (report.items.length > 0)
    findings.push(
      `${classes} classes: drift lists ${report.items.length} item(s) (exit ${report.exitCode}); first: ${summarise(report.items.map((i) => `${i.kind} ${i.address}`))}`,
    );
  return {
    row: {
      treeSize: classes,
      units: classes * UNITS_PER_CLASS,
      resources: Object.keys(obs.observed.resources).length,
      yamlFiles: deployment.yamlFiles,
      deployS: Math.round(deployment.deployS * 10) / 10,
      deployTransactions: deployment.deployTransactions,
      validateMs: Math.round(validateMs),
      planMs: Math.round(planMs),
      planObserveMs: Math.round(planObserveMs),
      rpcRequests: planStats.httpRequests,
      rpcCalls: planStats.rpcCalls,
      planCpuMs: Math.round((planCpu.user + planCpu.system) / 1000),
      planNodeCpuMs: Math.round(planNodeCpuMs),
      lensCalls,
      planChanges,
      driftMs: Math.round(driftMs),
      driftRpcRequests: dobs.rpc.stats.httpRequests,
      driftRpcCalls: dobs.rpc.stats.rpcCalls,
      driftCpuMs: Math.round((driftCpu.user + driftCpu.system) / 1000),
      driftNodeCpuMs: Math.round(driftNodeCpuMs),
      driftItems: report.items.length,
      ...(cold !== undefined && warm !== undefined && noHistory !== undefined
        ? {
            processColdMs: cold.medianMs,
            processColdCpuMs: cold.medianCpuMs,
            processWarmMs: warm.medianMs,
            processWarmCpuMs: warm.medianCpuMs,
            processWarmNoHistoryMs: noHistory.medianMs,
            processWarmNoHistoryCpuMs: noHistory.medianCpuMs,
            processExit: [cold, warm, noHistory].map((c) => c.exitCodes.join(",")).join(" / "),
            processLoadAverage: load,
          }
        : {}),
    },
    ...(processes !== undefined ? { processes: processes.map((c) => ({ treeSize: classes, ...c })) } : {}),
    findings,
  };
}

/**
 * Every size in order; a size whose deployment would not fit `deployBudgetS` (extrapolated linearly from the
 * previous size's deployment time) or fails is skipped with the reason, and nothing is extrapolated for it.
 */
export async function benchScale(
  sizes: readonly number[],
  options: { deployBudgetS?: number; log?: (s: string) => void } = {},
): Promise<ScaleResult> {
  const budget = options.deployBudgetS ?? 300;
  const log = options.log ?? (() => {});
  const { availableParallelism } = await import("node:os");
  const result: ScaleResult = {
    benchmark: "reconciler scale: halo plan / drift on N Portfolio classes × 10 units (anvil)",
    machine: { cpus: availableParallelism(), node: process.version },
    rows: [],
    skipped: [],
    findings: [],
  };
  for (const n of sizes) {
    const last = result.rows.at(-1);
    const saved =
      process.env.BENCH_SCALE_SAVED === "1" && (await import("./scale-state.js")).loadMeta(n) !== undefined;
    if (last !== undefined && last.treeSize > 0 && !saved) {
      const estimate = (last.deployS * n) / last.treeSize;
      if (estimate > budget) {
        result.skipped.push({
          treeSize: n,
          reason: `deployment estimated at ${Math.round(estimate)} s (${last.deployS} s for ${last.treeSize} classes), over the ${budget} s budget`,
        });
        continue;
      }
    }
    try {
      const { row, findings, processes } = await measureSize(n, log);
      result.rows.push(row);
      result.findings.push(...findings);
      if (processes !== undefined) (result.processes ??= []).push(...processes);
      log(`  ${n}: plan ${row.planMs} ms / ${row.rpcRequests} requests, drift ${row.driftMs} ms`);
    } catch (error) {
      result.skipped.push({
        treeSize: n,
        reason: error instanceof Error ? error.message.split("\n")[0]! : String(error),
      });
    }
  }
  result.findings.push(...callGrowthFindings(result.rows));
  return result;
}

/**
 * The JSON-RPC calls a plan needs grow linearly with the tree (the same reads per class). The counting client
 * counts every request viem sends, re-sent ones included (it retries a request that times out after 10 s), so a
 * size whose calls per class exceed the smallest size's by more than 10 % is reported: the excess is re-sent work.
 */
export function callGrowthFindings(rows: readonly ScaleRow[]): string[] {
  const sized = rows.filter((r) => r.treeSize > 0);
  const base = sized[0];
  if (base === undefined) return [];
  const out: string[] = [];
  const perClass = (calls: number, r: ScaleRow) => calls / r.treeSize;
  for (const r of sized.slice(1))
    for (const [what, calls, baseCalls] of [
      ["plan", r.rpcCalls, base.rpcCalls],
      ["drift", r.driftRpcCalls, base.driftRpcCalls],
    ] as const) {
      const expected = perClass(baseCalls, base);
      if (perClass(calls, r) > 1.1 * expected)
        out.push(
          `${r.treeSize} classes: ${what} sent ${perClass(calls, r).toFixed(0)} JSON-RPC calls per class against ` +
            `${expected.toFixed(0)} at ${base.treeSize} classes; the reads per class are the same, so about ` +
            `${Math.round(calls - expected * r.treeSize)} calls were most likely re-sent by viem's retry after a ` +
            "request timed out (10 s): the node could not answer the concurrent batches in time",
        );
    }
  return out;
}

export function writeScale(result: ScaleResult, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}

/**
 * The command line. Not a top-level await: bench/scale-state.ts imports this module, and a module still evaluating
 * its top-level await cannot be imported by the dynamic import of BENCH_SCALE_SAVED (the cycle would never settle).
 */
async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
  const result = await benchScale(sizes.length > 0 ? sizes : [10, 100, 1000], {
    log: console.log,
    ...(process.env.BENCH_SCALE_DEPLOY_BUDGET_S ? { deployBudgetS: Number(process.env.BENCH_SCALE_DEPLOY_BUDGET_S) } : {}),
  });
  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "out", "bench", "reconciler-scale.json");
  // BENCH_SCALE_MERGE=1: keep the other sizes of the existing file (a size measured now replaces its old row).
  if (process.env.BENCH_SCALE_MERGE === "1" && existsSync(out)) {
    const old = JSON.parse(readFileSync(out, "utf8")) as ScaleResult;
    const now = new Set(result.rows.map((r) => r.treeSize));
    result.rows = [...old.rows.filter((r) => !now.has(r.treeSize)), ...result.rows].sort((a, b) => a.treeSize - b.treeSize);
    result.skipped = [...old.skipped.filter((x) => !now.has(x.treeSize) && !sizes.includes(x.treeSize)), ...result.skipped];
    result.findings = [...old.findings.filter((f) => !sizes.some((n) => f.startsWith(`${n} classes`))), ...result.findings];
    result.processes = [...(old.processes ?? []).filter((c) => !now.has(c.treeSize)), ...(result.processes ?? [])].sort(
      (a, b) => a.treeSize - b.treeSize,
    );
  }
  writeScale(result, out);
  console.table(result.rows);
  for (const s of result.skipped) console.log(`skipped ${s.treeSize}: ${s.reason}`);
  for (const f of result.findings) console.log(`finding: ${f}`);
  console.log(`wrote ${out}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
