/**
 * The pure part of `npm run bench`: turns measurements (gas-bench JSON files and the launch receipts) into the
 * versioned docs/benchmarks.json model, the target verdicts and docs/benchmarks.md. No I/O here, so it is tested
 * on fixtures (bench/report.test.ts).
 */
import { startupTarget } from "./startup.js";
import {
  JUDGED_PROCESS_CASES,
  RECONCILER_DRIFT_EXPLANATION,
  loadNotes,
  RECONCILER_MOVED_EXPLANATION,
  medianText,
  processCases,
  processTable,
  processTarget,
} from "./report-process.js";
import { groupDigits, type LineChart } from "./svg.js";

export const REPORT_SCHEMA_VERSION = 1;
export const DAY = 86_400;
export const TIMELOCK_DELAY = 14 * DAY;

// ---------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------

/** One mined transaction of a launch, from forge's broadcast file and its receipt. */
export interface TxRecord {
  readonly hash?: string;
  readonly phase: string;
  readonly kind: "CREATE" | "CALL";
  /** Contract created (CREATE) or called (CALL), as forge names it; null when unknown. */
  readonly contractName: string | null;
  /** Function signature for a CALL (e.g. "schedule(address,uint256,bytes,bytes32,bytes32,uint256)"). */
  readonly fn: string | null;
  readonly gasUsed: number;
  readonly blockNumber: number;
  readonly timestamp: number;
  readonly status: boolean;
}

/** What a launch path produced on chain. */
export interface LaunchInput {
  /** Phases whose transactions count as the launch (not the capital-flow demonstration). */
  readonly launchPhases: readonly string[];
  readonly txs: readonly TxRecord[];
  /** Timelock operations (schedule + execute pairs), each with its kind (role grant, init, ...). */
  readonly operationKinds: readonly string[];
  /** Runtime code size of every contract the launch created, in bytes. */
  readonly codeSizes: readonly { readonly name: string; readonly bytes: number }[];
  /** Timestamp of the settlement that moved the first deposit into the PAU. */
  readonly firstCapitalFlowAt: number;
  /** Timestamp at which the last cBEAM grant (and every other governance operation) was executed. */
  readonly accordanceAt: number;
  /** Result of trying the first capital flow on day 0, right after deployment. */
  readonly day0FlowAttempt: "succeeded" | "reverted";
}

/** lcts-gas.json: queue → depositors in generation → operation → gas. */
export type LctsGas = Record<string, Record<string, Record<string, number>>>;
export type FlatGas = Record<string, number>;

/** One frame of a `debug_traceTransaction` call tracer result. */
export interface TraceFrame {
  readonly type: string;
  readonly from: string;
  readonly to?: string;
  readonly gasUsed: string;
  readonly input: string;
  readonly calls?: readonly TraceFrame[];
}

/** A part of a factory call's gas: every call the factory made to one function, summed. */
export interface CallPart {
  readonly name: string;
  readonly calls: number;
  readonly gas: number;
}

export interface BenchInputs {
  readonly manual: LaunchInput;
  /** The variant: the manual launch's operations bundled into one executive spell (shown, not used for targets). */
  readonly manualSpell?: LaunchInput;
  /** Per factory deploy transaction (in order), where its gas went (from the call trace); empty when not traced. */
  readonly factoryBreakdowns: readonly (readonly CallPart[])[];
  readonly factory: LaunchInput;
  readonly lcts: { readonly unit: string; readonly queues: LctsGas } | null;
  readonly nfat: FlatGas | null;
  readonly configurator: FlatGas | null;
  readonly pau: FlatGas | null;
  /** out/bench/factory-gas.json, when the factory engineer's bench produced it. */
  readonly factoryGas: FlatGas | null;
  /** out/bench/reconciler-scale.json, when present. */
  readonly reconcilerScale: unknown;
  /** out/bench/startup.json (bench/startup.ts); null when not measured, absent to leave the row out. */
  readonly startup?: unknown;
  /** Whether every gas-bench test passed (a failed assertion is reported, never hidden). */
  readonly gasBenchesPassed: boolean;
  /** Why a missed target is missed, by target id (written by whoever analysed the miss). */
  readonly explanations: Readonly<Record<string, string>>;
  readonly environment: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------------------------

export interface LaunchSummary {
  transactions: number;
  transactionsByKind: { deployments: number; calls: number };
  governanceOperations: number;
  governanceOperationsByKind: Record<string, number>;
  gas: number;
  gasByKind: { deployments: number; calls: number };
  contractsDeployed: number;
  codeBytes: number;
  secondsToFirstCapitalFlow: number;
  secondsToGovOpsAccordance: number;
  day0FlowAttempt: "succeeded" | "reverted";
}

export type Status = "PASS" | "MISS" | "NOT MEASURED";

export interface Target {
  id: string;
  description: string;
  target: string;
  measured: string;
  status: Status;
  reason: string;
}

export interface Report {
  schemaVersion: number;
  generatedBy: string;
  environment: Record<string, string>;
  launch: {
    scenario: string;
    manual: LaunchSummary;
    manualSpell: LaunchSummary | null;
    factory: LaunchSummary;
    ratios: { gas: number; governanceOperations: number; transactions: number; codeBytes: number };
    factoryCalls: FactoryCall[];
    manualBreakdown: { proxyDeployments: number; proxyGas: number; proxyCodeBytes: number };
  };
  hotPath: {
    lcts: { unit: string; queues: LctsGas } | null;
    nfat: FlatGas | null;
    configurator: FlatGas | null;
    pau: FlatGas | null;
    factory: FlatGas;
  };
  gasBenchesPassed: boolean;
  targets: Target[];
  reconcilerScale: unknown;
}

// ---------------------------------------------------------------------------------------------------------
// Launch
// ---------------------------------------------------------------------------------------------------------

export function summariseLaunch(input: LaunchInput): LaunchSummary {
  const counted = input.txs.filter((t) => input.launchPhases.includes(t.phase));
  if (counted.length === 0) throw new Error("a launch with no transactions cannot be summarised");
  const failed = counted.filter((t) => !t.status);
  if (failed.length > 0) throw new Error(`${failed.length} launch transaction(s) reverted on chain`);
  const start = Math.min(...counted.map((t) => t.timestamp));
  const creates = counted.filter((t) => t.kind === "CREATE");
  const calls = counted.filter((t) => t.kind === "CALL");
  const byKind: Record<string, number> = {};
  for (const k of input.operationKinds) byKind[k] = (byKind[k] ?? 0) + 1;
  return {
    transactions: counted.length,
    transactionsByKind: { deployments: creates.length, calls: calls.length },
    governanceOperations: input.operationKinds.length,
    governanceOperationsByKind: byKind,
    gas: sum(counted.map((t) => t.gasUsed)),
    gasByKind: { deployments: sum(creates.map((t) => t.gasUsed)), calls: sum(calls.map((t) => t.gasUsed)) },
    contractsDeployed: input.codeSizes.length,
    codeBytes: sum(input.codeSizes.map((c) => c.bytes)),
    secondsToFirstCapitalFlow: input.firstCapitalFlowAt - start,
    secondsToGovOpsAccordance: input.accordanceAt - start,
    day0FlowAttempt: input.day0FlowAttempt,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000;
}

export function days(seconds: number): string {
  return seconds < DAY ? `${(seconds / DAY).toFixed(2)} d (${seconds} s)` : `${(seconds / DAY).toFixed(2)} d`;
}

// ---------------------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------------------

function verdict(
  id: string,
  description: string,
  target: string,
  measured: string,
  pass: boolean | null,
  explanations: Readonly<Record<string, string>>,
  missFallback: string,
): Target {
  const status: Status = pass === null ? "NOT MEASURED" : pass ? "PASS" : "MISS";
  const reason =
    status === "PASS" ? "" : status === "NOT MEASURED" ? missFallback : (explanations[id] ?? missFallback);
  return { id, description, target, measured, status, reason };
}

const LCTS_LIMITS: readonly [string, number][] = [
  ["deposit", 120_000],
  ["claim", 80_000],
  ["settle", 150_000],
];

export interface FactoryCall {
  name: string;
  gas: number;
  parts: CallPart[];
}

export function evaluateTargets(
  manual: LaunchSummary,
  factory: LaunchSummary,
  factoryCalls: readonly FactoryCall[],
  lcts: LctsGas | null,
  explanations: Readonly<Record<string, string>>,
): Target[] {
  const t: Target[] = [];
  const gasRatio = ratio(factory.gas, manual.gas);
  const registry = registryGas(factoryCalls.map((c) => c.parts));
  const measuredWhy = (call: FactoryCall): string =>
    call.parts.length === 0 ? "" : ` Measured (call trace): ${describeParts(call.parts, call.gas)}.`;
  t.push(
    verdict(
      "launch-gas",
      "factory launch gas vs manual launch gas",
      "≤ 1/5 (0.2000)",
      `${groupDigits(factory.gas)} / ${groupDigits(manual.gas)} = ${gasRatio.toFixed(4)}`,
      factory.gas * 5 <= manual.gas,
      registry === 0
        ? explanations
        : {
            ...explanations,
            "launch-gas":
              `${explanations["launch-gas"] ?? ""} Measured: the HaloRegistry records cost ${groupDigits(registry)} ` +
              `gas; without them the factory launch would be ${groupDigits(factory.gas - registry)} gas, ` +
              `${ratio(factory.gas - registry, manual.gas).toFixed(4)} of the manual launch.`,
          },
      "the factory launch uses more than a fifth of the manual launch's gas",
    ),
  );
  const opsRatio = ratio(factory.governanceOperations, manual.governanceOperations);
  t.push(
    verdict(
      "launch-governance-operations",
      "factory launch governance (timelock) operations vs manual",
      "≤ 1/3 (0.3333)",
      `${factory.governanceOperations} / ${manual.governanceOperations} = ${opsRatio.toFixed(4)}`,
      factory.governanceOperations * 3 <= manual.governanceOperations,
      explanations,
      "the factory launch needs more than a third of the manual launch's governance operations",
    ),
  );
  t.push(
    verdict(
      "first-capital-flow-day-0",
      "first capital flow at Day-0 limits: factory on day 0, manual only after the timelock",
      `factory < 1 d; manual ≥ ${TIMELOCK_DELAY / DAY} d`,
      `factory ${days(factory.secondsToFirstCapitalFlow)}, manual ${days(manual.secondsToFirstCapitalFlow)} (manual day-0 attempt ${manual.day0FlowAttempt})`,
      factory.secondsToFirstCapitalFlow < DAY && manual.secondsToFirstCapitalFlow >= TIMELOCK_DELAY,
      explanations,
      "the factory launch could not move capital on day 0",
    ),
  );
  for (const call of factoryCalls.filter((c) => c.name.startsWith("deployClass"))) {
    t.push(
      verdict(
        `factory-${slug(call.name)}`,
        `${call.name} (transaction gas incl. 21,000 intrinsic and calldata)`,
        "≤ 2,000,000",
        groupDigits(call.gas),
        call.gas <= 2_000_000,
        withMeasured(explanations, `factory-${slug(call.name)}`, measuredWhy(call)),
        "deployClass costs more than 2,000,000 gas",
      ),
    );
  }
  const units = factoryCalls.filter((c) => c.name.startsWith("deployUnit"));
  const unitGas = units.length === 0 ? null : Math.max(...units.map((c) => c.gas));
  const worstUnit = units.find((c) => c.gas === unitGas);
  t.push(
    verdict(
      "factory-deployUnit-lcts",
      "LCTS deployUnit (transaction gas incl. intrinsic; the larger of the two units)",
      "≤ 700,000",
      unitGas === null ? "—" : groupDigits(unitGas),
      unitGas === null ? null : unitGas <= 700_000,
      worstUnit === undefined
        ? explanations
        : withMeasured(explanations, "factory-deployUnit-lcts", measuredWhy(worstUnit)),
      unitGas === null ? "no deployUnit transaction was measured" : "LCTS deployUnit costs more than 700,000 gas",
    ),
  );
  for (const [op, limit] of LCTS_LIMITS) {
    const values = lcts === null ? [] : lctsValues(lcts, op);
    const worst = values.length === 0 ? null : Math.max(...values.map((v) => v.gas));
    const where = values.find((v) => v.gas === worst);
    t.push(
      verdict(
        `lcts-${op}`,
        `LCTS ${op} (execution gas, cold state; worst queue and depositor count)`,
        `≤ ${groupDigits(limit)}`,
        worst === null || where === undefined ? "—" : `${groupDigits(worst)} (${where.queue}, ${where.population})`,
        worst === null ? null : worst <= limit,
        explanations,
        worst === null ? "out/bench/lcts-gas.json is missing" : `LCTS ${op} costs more than ${groupDigits(limit)} gas`,
      ),
    );
  }
  const spread = lcts === null ? null : lctsSpread(lcts);
  t.push(
    verdict(
      "lcts-constant-in-depositors",
      "every LCTS operation equal within ±5% at 10,000 depositors and at 1",
      "|Δ| ≤ 5%",
      spread === null ? "—" : `largest |Δ| ${(spread.delta * 100).toFixed(2)}% (${spread.where})`,
      spread === null ? null : spread.delta <= 0.05,
      explanations,
      spread === null ? "out/bench/lcts-gas.json is missing" : "an LCTS operation's gas grows with the depositor count",
    ),
  );
  return t;
}

function withMeasured(
  explanations: Readonly<Record<string, string>>,
  id: string,
  measured: string,
): Readonly<Record<string, string>> {
  const base = explanations[id];
  return base === undefined && measured === "" ? explanations : { ...explanations, [id]: `${base ?? ""}${measured}`.trim() };
}

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function lctsPopulations(lcts: LctsGas): number[] {
  const set = new Set<number>();
  for (const queue of Object.values(lcts)) for (const p of Object.keys(queue)) set.add(Number(p));
  return [...set].sort((a, b) => a - b);
}

export function lctsOps(lcts: LctsGas): string[] {
  const set = new Set<string>();
  for (const queue of Object.values(lcts)) for (const row of Object.values(queue)) for (const op of Object.keys(row)) set.add(op);
  return [...set];
}

function lctsValues(lcts: LctsGas, op: string): { queue: string; population: string; gas: number }[] {
  const out: { queue: string; population: string; gas: number }[] = [];
  for (const [queue, rows] of Object.entries(lcts)) {
    for (const [population, row] of Object.entries(rows)) {
      const gas = row[op];
      if (gas !== undefined) out.push({ queue, population, gas });
    }
  }
  return out;
}

/** The largest relative change of any operation between the smallest and the largest depositor count. */
export function lctsSpread(lcts: LctsGas): { delta: number; where: string } | null {
  const pops = lctsPopulations(lcts);
  if (pops.length < 2) return null;
  const lo = String(pops[0]);
  const hi = String(pops[pops.length - 1]);
  let worst: { delta: number; where: string } = { delta: 0, where: "none" };
  for (const [queue, rows] of Object.entries(lcts)) {
    const a = rows[lo];
    const b = rows[hi];
    if (a === undefined || b === undefined) continue;
    for (const [op, gasLo] of Object.entries(a)) {
      const gasHi = b[op];
      if (gasHi === undefined || gasLo === 0) continue;
      const delta = Math.abs(gasHi - gasLo) / gasLo;
      if (delta > worst.delta || worst.where === "none") worst = { delta, where: `${queue}.${op}` };
    }
  }
  return worst;
}

/**
 * Where a transaction's gas went: the calls made *by* `context` (the factory; calls made inside the kind deployers
 * it DELEGATECALLs are its own), summed per function, largest first, and the rest — the factory's own checks,
 * event, memory, calldata and the 21,000 intrinsic gas — as one remainder.
 */
export function summariseTrace(
  root: TraceFrame,
  context: string,
  names: Readonly<Record<string, string>>,
): CallPart[] {
  const ctx = context.toLowerCase();
  const parts = new Map<string, { calls: number; gas: number }>();
  const visit = (frame: TraceFrame): void => {
    for (const child of frame.calls ?? []) {
      if (child.type === "DELEGATECALL" && child.from.toLowerCase() === ctx) {
        visit(child); // library code running as the factory
        continue;
      }
      if (child.from.toLowerCase() !== ctx) continue;
      const selector = child.input.slice(0, 10).toLowerCase();
      const name = child.type.startsWith("CREATE")
        ? "clone (CREATE2)"
        : (names[selector] ?? `${selector} (${child.type.toLowerCase()})`);
      const p = parts.get(name) ?? { calls: 0, gas: 0 };
      p.calls += 1;
      p.gas += Number(BigInt(child.gasUsed));
      parts.set(name, p);
    }
  };
  visit(root);
  const out = [...parts.entries()].map(([name, p]) => ({ name, calls: p.calls, gas: p.gas }));
  out.sort((a, b) => b.gas - a.gas || a.name.localeCompare(b.name));
  const total = Number(BigInt(root.gasUsed));
  const rest = total - sum(out.map((p) => p.gas));
  out.push({ name: "the factory's own work (checks, event, memory, calldata, 21,000 intrinsic)", calls: 1, gas: rest });
  return out;
}

export function describeParts(parts: readonly CallPart[], total: number, top = 4): string {
  return parts
    .slice(0, top)
    .map((p) => `${p.name}${p.calls > 1 ? ` ×${p.calls}` : ""} ${groupDigits(p.gas)} (${((p.gas / total) * 100).toFixed(0)}%)`)
    .join(", ");
}

/** Gas the factory launch spent writing HaloRegistry records (work the manual path does not do). */
export function registryGas(breakdowns: readonly (readonly CallPart[])[]): number {
  return sum(breakdowns.flatMap((parts) => parts.filter((p) => /HaloRegistry\.record/.test(p.name)).map((p) => p.gas)));
}

/**
 * Read lcts-gas.json in either shape the LCTS bench has written: queue → depositors → op → gas, or one such map per
 * set-up (e.g. `mockController`, `pau`). Set-ups are flattened into queue names "<setup>/<queue>".
 */
export function parseLctsGas(raw: unknown): { unit: string; queues: LctsGas } | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  const obj = raw as Record<string, unknown>;
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  const isQueue = (v: unknown): boolean =>
    isObject(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, row]) => /^\d+$/.test(k) && isObject(row));
  const queues: LctsGas = {};
  for (const [name, value] of Object.entries(obj)) {
    if (isQueue(value)) queues[name] = value as LctsGas[string];
    else if (isObject(value)) {
      for (const [queue, inner] of Object.entries(value)) {
        if (isQueue(inner)) queues[`${name}/${queue}`] = inner as LctsGas[string];
      }
    }
  }
  if (Object.keys(queues).length === 0) return null;
  return { unit: typeof obj.unit === "string" ? obj.unit : "gas", queues };
}

/** The queue the chart shows: the subscribe queue on the real PAU when measured, else any subscribe queue. */
export function chartQueue(lcts: LctsGas): string | null {
  const names = Object.keys(lcts).sort();
  return (
    names.find((n) => n === "pau/subscribeQueue") ??
    names.find((n) => n.endsWith("subscribeQueue")) ??
    names[0] ??
    null
  );
}

// ---------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------

/** Names for the factory path's calls, in the order the script makes them. */
export const FACTORY_CALL_NAMES = [
  "deployClass (Portfolio / LCTS template)",
  "deployClass (Term / NFAT template)",
  "deployUnit (LCTS unit 1)",
  "deployUnit (LCTS unit 2)",
];

export function factoryCalls(
  input: LaunchInput,
  deployPhase: string,
  breakdowns: readonly (readonly CallPart[])[] = [],
): FactoryCall[] {
  return input.txs
    .filter((t) => t.phase === deployPhase && t.kind === "CALL")
    .map((t, i) => ({ name: FACTORY_CALL_NAMES[i] ?? t.fn ?? `call ${i}`, gas: t.gasUsed, parts: [...(breakdowns[i] ?? [])] }));
}

export function buildReport(inputs: BenchInputs): Report {
  const manual = summariseLaunch(inputs.manual);
  const manualSpell = inputs.manualSpell === undefined ? null : summariseLaunch(inputs.manualSpell);
  const factory = summariseLaunch(inputs.factory);
  const calls = factoryCalls(inputs.factory, inputs.factory.launchPhases[0] ?? "deploy", inputs.factoryBreakdowns);
  const proxies = inputs.manual.txs.filter(
    (t) => inputs.manual.launchPhases.includes(t.phase) && t.kind === "CREATE" && t.contractName === "ERC1967Proxy",
  );
  const proxyBytes = inputs.manual.codeSizes.filter((c) => c.name === "ERC1967Proxy");
  const factoryHot: FlatGas = {};
  for (const c of calls) factoryHot[c.name] = c.gas;
  // The factory bench's own file also carries its targets and the factory's code size: only gas figures belong here.
  for (const [k, v] of Object.entries(inputs.factoryGas ?? {})) {
    if (k.startsWith("target_") || /bytes/i.test(k)) continue;
    factoryHot[`factory-gas.json: ${k} (in-process, execution gas)`] = v;
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedBy: "npm run bench (bench/run.ts)",
    environment: { ...inputs.environment },
    launch: {
      scenario: "one Portfolio (LCTS) class with two units and one Term (NFAT) class, on a local anvil chain",
      manual,
      manualSpell,
      factory,
      ratios: {
        gas: ratio(factory.gas, manual.gas),
        governanceOperations: ratio(factory.governanceOperations, manual.governanceOperations),
        transactions: ratio(factory.transactions, manual.transactions),
        codeBytes: ratio(factory.codeBytes, manual.codeBytes),
      },
      factoryCalls: calls,
      manualBreakdown: {
        proxyDeployments: proxies.length,
        proxyGas: sum(proxies.map((t) => t.gasUsed)),
        proxyCodeBytes: sum(proxyBytes.map((c) => c.bytes)),
      },
    },
    hotPath: {
      lcts: inputs.lcts,
      nfat: inputs.nfat,
      configurator: inputs.configurator,
      pau: inputs.pau,
      factory: factoryHot,
    },
    gasBenchesPassed: inputs.gasBenchesPassed,
    targets: [
      ...evaluateTargets(manual, factory, calls, inputs.lcts?.queues ?? null, inputs.explanations),
      ...(inputs.reconcilerScale === null || inputs.reconcilerScale === undefined
        ? []
        : reconcilerTargets(inputs.reconcilerScale, inputs.explanations)),
      ...(inputs.startup === undefined ? [] : [startupTarget(inputs.startup)]),
    ],
    reconcilerScale: inputs.reconcilerScale ?? null,
  };
}

/** JSON with object keys sorted at every level, so that regenerating only changes what the data changed. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** The chart: gas of every LCTS operation of one queue against the number of depositors in the generation. */
export function lctsChart(lcts: LctsGas, queue: string): LineChart {
  const rows = lcts[queue] ?? {};
  const pops = Object.keys(rows)
    .map(Number)
    .sort((a, b) => a - b);
  const ops = lctsOps({ [queue]: rows });
  return {
    title: `LCTS ${queue}: gas per operation vs depositors in the generation`,
    xLabel: "depositors in the generation (log scale)",
    yLabel: "execution gas (cold state)",
    xTicks: pops,
    logX: true,
    series: ops.map((op) => ({
      name: op,
      points: pops.map((p) => ({ x: p, y: rows[String(p)]?.[op] ?? 0 })),
    })),
  };
}

/** Reconciler scale rows: `{ rows: [{ treeSize, planMs, rpcRequests, ... }] }` or a bare array of rows. */
export function reconcilerRows(scale: unknown): Record<string, unknown>[] | null {
  const rows = Array.isArray(scale)
    ? scale
    : scale !== null && typeof scale === "object" && Array.isArray((scale as { rows?: unknown }).rows)
      ? (scale as { rows: unknown[] }).rows
      : null;
  if (rows === null) return null;
  return rows.filter((r): r is Record<string, unknown> => r !== null && typeof r === "object" && !Array.isArray(r));
}

/** The issue's reconciler target: `halo plan` on 1,000 classes × 10 units, no changes. */
export const RECONCILER_TARGET = { treeSize: 1000, planMs: 5_000, rpcRequests: 20 } as const;

/** Why the reconciler target is missed when it is (the measured parts are appended by `reconcilerTarget`). */
export const RECONCILER_EXPLANATION =
  "The requests are flat (the class lens reads every class in a few eth_calls; observe's second look reads only what " +
  "the tree's names add), the time is close but not there. Judged on `halo plan` as a new process of the compiled " +
  "CLI with its on-disk caches warm (the median of three: the tree cache and the history cache, 64 blocks after the " +
  "deployment so that its logs are final, as an operator's history is); without the history cache (a CI runner that " +
  "does not restore out/.cache) the same process takes the \"tree cache only\" figure beside the measured one. Where " +
  "the warm process's time goes (--cpu-prof, sessions 7 and 8): garbage collection ~1.0–1.5 s, spread over every " +
  "stage and mostly the copying of data that survives (the desired tree, the observed state); loading the cached tree " +
  "~0.6 s, while the registry pages are awaited; assembling resources ~0.45 s; decoding the packed answers ~0.35 s; " +
  "class keys ~0.3 s; and the node's own work (~1.5 s of its CPU, partly overlapping). No single item of ours is " +
  "above 0.25 s, and single runs spread ±15 % on this machine (docs/reconciler-scale.md, Sessions 6 to 8).";

/** The reconciler targets' explanations by target id (run.ts and scale-report.ts pass them on). */
export const RECONCILER_EXPLANATIONS: Readonly<Record<string, string>> = {
  "reconciler-plan": RECONCILER_EXPLANATION,
  "reconciler-plan-moved": RECONCILER_MOVED_EXPLANATION,
  "reconciler-drift": RECONCILER_DRIFT_EXPLANATION,
  "reconciler-drift-moved": RECONCILER_MOVED_EXPLANATION,
};

/** `skipped` ({ treeSize, reason }) and `findings` (strings) of the scale file, when present. */
export function reconcilerNotes(scale: unknown): {
  skipped: { treeSize: number; reason: string }[];
  findings: string[];
} {
  const o =
    scale !== null && typeof scale === "object" && !Array.isArray(scale) ? (scale as Record<string, unknown>) : {};
  const skipped = Array.isArray(o.skipped)
    ? o.skipped.filter(
        (x): x is { treeSize: number; reason: string } =>
          x !== null &&
          typeof x === "object" &&
          typeof (x as { treeSize?: unknown }).treeSize === "number" &&
          typeof (x as { reason?: unknown }).reason === "string",
      )
    : [];
  const findings = Array.isArray(o.findings) ? o.findings.filter((x): x is string => typeof x === "string") : [];
  return { skipped, findings };
}

/**
 * The verdict on the reconciler target, from the row of 1,000 classes (NOT MEASURED when absent, with the
 * skipped reason). A miss states the measured parts: JSON-RPC calls and the HTTP requests carrying them.
 */
export function reconcilerTarget(scale: unknown, explanations: Readonly<Record<string, string>>): Target {
  const t = RECONCILER_TARGET;
  const rows = reconcilerRows(scale) ?? [];
  const row = rows.find((r) => r.treeSize === t.treeSize);
  const described = (newProcess: boolean) =>
    `\`halo plan\`, 1,000 Portfolio classes × 10 units, no changes${newProcess ? ", new process with caches warm, chain unchanged" : ""} (2-core machine)`;
  let description = described(false);
  const target = `≤ ${groupDigits(t.planMs)} ms and ≤ ${t.rpcRequests} RPC requests`;
  const num = (k: string): number | null =>
    row !== undefined && typeof row[k] === "number" ? (row[k] as number) : null;
  // Judged on `halo plan` as an operator runs it (a new process of the compiled CLI, its caches warm): since session 8
  // the median of the judged runs and the requests the process itself counted (`processes`); before, the row's one
  // warm run and the in-process count; older rows only have the in-process plan (planMs).
  const warmCase = processCases(scale).find((c) => c.treeSize === t.treeSize && c.id === "plan-warm");
  const process_ = warmCase?.medianMs ?? num("processWarmMs");
  const ms = process_ ?? num("planMs");
  const requests = warmCase?.httpRequests ?? num("rpcRequests");
  if (ms === null || requests === null) {
    const skipped = reconcilerNotes(scale).skipped.find((s) => s.treeSize === t.treeSize);
    return verdict(
      "reconciler-plan",
      description,
      target,
      "not measured",
      null,
      explanations,
      skipped !== undefined
        ? `not measured: ${skipped.reason}`
        : "no row of 1,000 classes in out/bench/reconciler-scale.json",
    );
  }
  const calls = num("rpcCalls");
  if (process_ !== null) description = described(true);
  const failed = warmCase?.exitCodes.some((e) => e !== 0) === true;
  const pass = ms <= t.planMs && requests <= t.rpcRequests && !failed;
  const cold = num("processColdMs");
  const noHistory = num("processWarmNoHistoryMs");
  // rows before the history cache (session 6) have no third run: their warm run had the tree cache only
  const warmWhat = noHistory === null ? "tree cache warm" : "tree and history caches warm";
  const others = [
    ...(noHistory !== null ? [`${groupDigits(noHistory)} ms with the tree cache only`] : []),
    ...(cold !== null ? [`${groupDigits(cold)} ms ${noHistory === null ? "without it" : "with neither"}`] : []),
  ];
  const parts = [
    process_ === null
      ? `${groupDigits(ms)} ms`
      : warmCase !== undefined
        ? `${medianText(warmCase)}; ${warmWhat}${others.length > 0 ? `; ${others.join(", ")}` : ""})`
        : `${groupDigits(ms)} ms (new process, ${warmWhat}${others.length > 0 ? `; ${others.join(", ")}` : ""})`,
    `${groupDigits(requests)} HTTP requests`,
    ...(calls !== null ? [`${groupDigits(calls)} JSON-RPC calls`] : []),
  ].join(", ");
  const v = verdict("reconciler-plan", description, target, parts, pass, explanations, "");
  if (v.status === "MISS") {
    const missed = [
      ...(failed ? [`exit codes ${warmCase?.exitCodes.join(" / ") ?? ""}`] : []),
      ...(ms > t.planMs ? [`time ${groupDigits(ms)} ms > ${groupDigits(t.planMs)} ms`] : []),
      ...(requests > t.rpcRequests ? [`${groupDigits(requests)} requests > ${t.rpcRequests}`] : []),
    ].join("; ");
    const perRequest = calls !== null && requests > t.rpcRequests ? ` (${Math.round(calls / requests)} calls per request)` : "";
    v.reason = `${v.reason} Measured: ${missed}${perRequest}.`.trim();
  }
  return v;
}

/**
 * Issue 14's four verdicts: `halo plan` (reconcilerTarget) and `halo drift`, each with the caches warm and the chain
 * unchanged, and with the chain moved past the history cache (report-process.ts), each ≤ 5 s and ≤ 20 requests.
 */
export function reconcilerTargets(scale: unknown, explanations: Readonly<Record<string, string>>): Target[] {
  const t = RECONCILER_TARGET;
  const skipped = reconcilerNotes(scale).skipped.find((s) => s.treeSize === t.treeSize)?.reason;
  const limits = { treeSize: t.treeSize, ms: t.planMs, requests: t.rpcRequests };
  return [
    reconcilerTarget(scale, explanations),
    ...JUDGED_PROCESS_CASES.map((judged) => processTarget(scale, judged, limits, explanations, skipped)),
  ];
}

export function reconcilerChart(rows: readonly Record<string, unknown>[]): LineChart | null {
  const numeric = (r: Record<string, unknown>, k: string): number | null =>
    typeof r[k] === "number" ? (r[k] as number) : null;
  const usable = rows.filter((r) => numeric(r, "treeSize") !== null);
  if (usable.length < 2) return null;
  const series = ["planMs", "planCpuMs", "driftMs", "rpcRequests"]
    .filter((k) => usable.every((r) => numeric(r, k) !== null))
    .map((k) => ({ name: k, points: usable.map((r) => ({ x: numeric(r, "treeSize") ?? 0, y: numeric(r, k) ?? 0 })) }));
  if (series.length === 0) return null;
  return {
    title: "Reconciler: plan / drift time, our CPU and RPC requests vs tree size",
    xLabel: "tree size (log scale)",
    yLabel: "ms / requests",
    xTicks: usable.map((r) => numeric(r, "treeSize") ?? 0),
    logX: true,
    series,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------------------

/** A Markdown table; pipes inside cells are escaped. Numeric tables right-align every column but the first. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], numeric = true): string {
  const cell = (c: string): string => c.replaceAll("|", "\\|");
  const align = header.map((_, i) => (i === 0 || !numeric ? "---" : "---:"));
  const lines = [`| ${header.map(cell).join(" | ")} |`, `|${align.join("|")}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

function flatTable(title: string, gas: FlatGas | null, missing: string): string {
  if (gas === null || Object.keys(gas).length === 0) return `### ${title}\n\n${missing}\n`;
  const rows = Object.keys(gas)
    .sort()
    .map((k) => [`\`${k}\``, groupDigits(gas[k] ?? 0)]);
  return `### ${title}\n\n${table(["operation", "gas"], rows)}\n`;
}

export interface MarkdownOptions {
  readonly lctsChartFile: string | null;
  readonly reconcilerChartFile: string | null;
}

export function renderMarkdown(r: Report, options: MarkdownOptions): string {
  const m = r.launch.manual;
  const f = r.launch.factory;
  const out: string[] = [];
  out.push("# Benchmarks");
  out.push("");
  out.push(
    "Generated by `npm run bench` (bench/run.ts) — do not edit by hand; the same numbers are in " +
      "[benchmarks.json](benchmarks.json) (schema version " +
      String(r.schemaVersion) +
      "). How each figure is measured, and why, is in [bench.md](bench.md).",
  );
  out.push("");
  const env = Object.keys(r.environment)
    .sort()
    .map((k) => `${k}: ${r.environment[k] ?? ""}`)
    .join("; ");
  if (env !== "") out.push(`Environment: ${env}.`, "");
  if (!r.gasBenchesPassed) {
    out.push(
      "**Warning: at least one gas-bench test failed (an assertion in contracts/test/bench). The figures they " +
        "wrote are reported below as measured.**",
      "",
    );
  }

  out.push("## Targets", "");
  out.push(
    table(
      ["target", "required", "measured", "status", "why (when missed)"],
      r.targets.map((t) => [t.description, t.target, t.measured, `**${t.status}**`, t.reason]),
      false,
    ),
  );
  out.push("");

  out.push("## Launch: manual (Phase 1–3 style) vs factory", "");
  out.push(`Scenario: ${r.launch.scenario}. Every figure is read from the transactions' receipts on the chain.`, "");
  const sp = r.launch.manualSpell;
  const launchRows: string[][] = [];
  const add = (name: string, get: (x: LaunchSummary) => string, ratioOf?: (x: LaunchSummary) => number): void => {
    const cells = [name, get(m), get(f), ratioOf === undefined ? "" : ratio(ratioOf(f), ratioOf(m)).toFixed(4)];
    if (sp !== null) cells.push(get(sp), ratioOf === undefined ? "" : ratio(ratioOf(f), ratioOf(sp)).toFixed(4));
    launchRows.push(cells);
  };
  add("transactions", (x) => String(x.transactions), (x) => x.transactions);
  add("— of which contract deployments", (x) => String(x.transactionsByKind.deployments));
  add("governance (PAS Timelock) operations", (x) => String(x.governanceOperations), (x) => x.governanceOperations);
  add("total gas (receipts, incl. intrinsic)", (x) => groupDigits(x.gas), (x) => x.gas);
  add(
    "— of which deployments / calls",
    (x) => `${groupDigits(x.gasByKind.deployments)} / ${groupDigits(x.gasByKind.calls)}`,
  );
  add("contracts deployed", (x) => String(x.contractsDeployed));
  add("bytes of code deployed", (x) => groupDigits(x.codeBytes), (x) => x.codeBytes);
  add("calendar time to first capital flow at Day-0 limits", (x) => days(x.secondsToFirstCapitalFlow));
  add("calendar time to GovOps accordance (cBEAM granted)", (x) => days(x.secondsToGovOpsAccordance));
  add("first capital flow tried on day 0", (x) => x.day0FlowAttempt);
  const header = ["", "manual", "factory", "factory / manual"];
  if (sp !== null) header.push("variant: manual as one executive spell", "factory / spell");
  out.push(table(header, launchRows));
  out.push("");
  if (sp !== null) {
    out.push(
      "The issue defines the manual path with one governance operation per grant, limit, registration, init and " +
        "cBEAM grant; the targets use that definition. The variant bundles the same operations into one " +
        "executive spell (one scheduleBatch, one executeBatch), as Sky's spells bundle a launch: it is shown so that " +
        "the comparison can be read either way.",
      "",
    );
  }
  const kinds = [
    ...new Set([
      ...Object.keys(m.governanceOperationsByKind),
      ...Object.keys(f.governanceOperationsByKind),
      ...Object.keys(sp?.governanceOperationsByKind ?? {}),
    ]),
  ].sort();
  out.push("Governance operations by kind (each one a schedule transaction on day 0 and an execute transaction after the 14-day delay):", "");
  out.push(
    table(
      sp === null ? ["kind", "manual", "factory"] : ["kind", "manual", "factory", "manual as one spell"],
      kinds.map((k) => {
        const cells = [k, String(m.governanceOperationsByKind[k] ?? 0), String(f.governanceOperationsByKind[k] ?? 0)];
        if (sp !== null) cells.push(String(sp.governanceOperationsByKind[k] ?? 0));
        return cells;
      }),
    ),
  );
  out.push("");
  const b = r.launch.manualBreakdown;
  out.push(
    `The manual path deploys each contract as its own implementation plus an ERC1967Proxy initialised in its ` +
      `constructor (the implementations lock their initializers). The ${b.proxyDeployments} proxy deployments ` +
      `account for ${groupDigits(b.proxyGas)} gas (including the initialize call each runs) and ` +
      `${groupDigits(b.proxyCodeBytes)} bytes of code. Even if all of that were removed (more than the proxy ` +
      `overhead: a constructor would still do the initialisation), the manual launch would use ` +
      `${groupDigits(m.gas - b.proxyGas)} gas and the factory / manual gas ratio would be ` +
      `${ratio(f.gas, m.gas - b.proxyGas).toFixed(4)}.`,
    "",
  );
  out.push(
    "The factory's calendar time to GovOps accordance is the same 14-day timelock as the manual path by design: " +
      "the cBEAM grant stays timelocked (spec: factory.md, Configurator hand-off). What the factory removes is the " +
      "wait before the first capital flow: Day-0 limits, unit roles and the PAS BeamState registration are in place in the " +
      "deploying transaction.",
    "",
  );

  out.push("## Hot-path gas", "");
  if (r.hotPath.lcts !== null) {
    const lcts = r.hotPath.lcts.queues;
    out.push(`### LCTS (${r.hotPath.lcts.unit})`, "");
    const pops = lctsPopulations(lcts);
    for (const queue of Object.keys(lcts).sort()) {
      const rows = lcts[queue] ?? {};
      out.push(`\`${queue}\`, by depositors already in the generation:`, "");
      out.push(
        table(
          ["operation", ...pops.map((p) => groupDigits(p)), "Δ 1 → max"],
          lctsOps({ [queue]: rows }).map((op) => {
            const values = pops.map((p) => rows[String(p)]?.[op]);
            const first = values[0];
            const last = values[values.length - 1];
            const delta =
              first === undefined || last === undefined || first === 0 ? "" : `${(((last - first) / first) * 100).toFixed(2)}%`;
            return [`\`${op}\``, ...values.map((v) => (v === undefined ? "—" : groupDigits(v))), delta];
          }),
        ),
      );
      out.push("");
    }
    if (options.lctsChartFile !== null) out.push(`![LCTS gas per operation vs depositors](${options.lctsChartFile})`, "");
  } else {
    out.push("### LCTS", "", "Not measured: out/bench/lcts-gas.json is missing.", "");
  }
  out.push(flatTable("NFAT", r.hotPath.nfat, "Not measured: out/bench/nfat-gas.json is missing."));
  out.push(flatTable("Configurator", r.hotPath.configurator, "Not measured: out/bench/configurator-gas.json is missing."));
  out.push(flatTable("PAU", r.hotPath.pau, "Not measured: out/bench/pau-gas.json is missing."));
  out.push(
    flatTable(
      "Factory (transaction gas of the factory launch, incl. 21,000 intrinsic and calldata)",
      r.hotPath.factory,
      "Not measured.",
    ),
  );

  const traced = r.launch.factoryCalls.filter((c) => c.parts.length > 0);
  if (traced.length > 0) {
    out.push("### Where a factory call's gas goes", "");
    out.push(
      "From the call trace of each launch transaction (`debug_traceTransaction`): every call the factory made, " +
        "summed per function (a call's gas includes what it calls in turn).",
      "",
    );
    for (const c of traced) {
      out.push(`${c.name} — ${groupDigits(c.gas)} gas:`, "");
      out.push(
        table(
          ["part", "calls", "gas", "share"],
          c.parts.map((p) => [p.name, String(p.calls), groupDigits(p.gas), `${((p.gas / c.gas) * 100).toFixed(1)}%`]),
        ),
      );
      out.push("");
    }
  }

  out.push("## Reconciler scale", "");
  out.push("<!-- reconciler-scale: filled from out/bench/reconciler-scale.json when present -->", "");
  const rows = reconcilerRows(r.reconcilerScale);
  if (rows === null || rows.length === 0) {
    out.push("Not measured yet (out/bench/reconciler-scale.json is absent).", "");
  } else {
    const header = [...new Set(rows.flatMap((x) => Object.keys(x)))];
    out.push(
      table(
        header,
        rows.map((x) => header.map((h) => (typeof x[h] === "number" ? groupDigits(x[h] as number) : String(x[h] ?? "")))),
      ),
    );
    out.push("");
    if (options.reconcilerChartFile !== null) {
      out.push(`![Reconciler plan time and RPC requests vs tree size](${options.reconcilerChartFile})`, "");
    }
  }
  const processes = processTable(r.reconcilerScale);
  if (processes !== null) {
    out.push("### New processes of the compiled CLI", "");
    out.push(
      "`node bin/halo.js plan --detailed-exitcode` and `node bin/halo.js drift` in a project of their own, one process " +
        "after another (bench/plan-process.ts). The four cases the verdicts above are judged on (plan and drift, chain " +
        "unchanged and chain moved) run three times each, in interleaved rounds, and the verdict takes the median: two " +
        "identical new processes differ by up to ±15 % on this machine, so one run could pass or miss by chance, while " +
        "three runs of four cases keep `npm run bench` within a few minutes more than before (five runs would add as " +
        "much again). The cold run and the run without the history cache are information, run once. Before each moved " +
        "run the chain is mined past the history cache's final block, and the run must read past it and write the new " +
        "final block back (bench/process-moved.ts), else the benchmark fails. HTTP requests: as the process's own " +
        "counting transport reports them in its progress line (neither command sends a request after it).",
      "",
    );
    out.push(table(processes.header, processes.rows));
    out.push("");
    const loaded = loadNotes(r.reconcilerScale);
    for (const n of loaded) out.push(`- **Loaded machine:** ${n}.`);
    if (loaded.length > 0) out.push("");
  }
  const notes = reconcilerNotes(r.reconcilerScale);
  for (const s of notes.skipped) out.push(`- **Not measured: ${groupDigits(s.treeSize)} classes** — ${s.reason}.`);
  for (const f of notes.findings) out.push(`- **Finding:** ${f}`);
  if (notes.skipped.length + notes.findings.length > 0) out.push("");
  return out.join("\n");
}
