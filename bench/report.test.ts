import { describe, expect, it } from "vitest";

import {
  buildReport,
  chartQueue,
  days,
  describeParts,
  evaluateTargets,
  lctsChart,
  lctsSpread,
  parseLctsGas,
  reconcilerChart,
  reconcilerNotes,
  reconcilerRows,
  reconcilerTarget,
  reconcilerTargets,
  registryGas,
  renderMarkdown,
  stableStringify,
  summariseLaunch,
  summariseTrace,
  table,
  type BenchInputs,
  type LaunchInput,
  type LctsGas,
  type TraceFrame,
  type TxRecord,
} from "./report.js";
import { JUDGED_PROCESS_CASES, processCases, processTable, processTarget } from "./report-process.js";
import { escapeXml, groupDigits, niceScale, renderLineChart } from "./svg.js";

const T0 = 1_750_000_000;
const DAY = 86_400;

function tx(phase: string, kind: "CREATE" | "CALL", gasUsed: number, timestamp: number, extra: Partial<TxRecord> = {}): TxRecord {
  return { phase, kind, contractName: null, fn: null, gasUsed, blockNumber: 1, timestamp, status: true, ...extra };
}

const manual: LaunchInput = {
  launchPhases: ["deploy", "execute"],
  txs: [
    tx("deploy", "CREATE", 1_000_000, T0, { contractName: "ALMProxy" }),
    tx("deploy", "CREATE", 300_000, T0 + 1, { contractName: "ERC1967Proxy" }),
    tx("deploy", "CALL", 100_000, T0 + 2, { fn: "schedule(address)" }),
    tx("deploy", "CALL", 100_000, T0 + 3, { fn: "schedule(address)" }),
    tx("execute", "CALL", 200_000, T0 + 14 * DAY + 5, { fn: "execute(address)" }),
    tx("execute", "CALL", 300_000, T0 + 14 * DAY + 6, { fn: "execute(address)" }),
    tx("flow", "CALL", 999_999, T0 + 14 * DAY + 9),
  ],
  operationKinds: ["role grant", "cBEAM grant"],
  codeSizes: [
    { name: "ALMProxy", bytes: 5000 },
    { name: "ERC1967Proxy", bytes: 109 },
  ],
  firstCapitalFlowAt: T0 + 14 * DAY + 9,
  accordanceAt: T0 + 14 * DAY + 6,
  day0FlowAttempt: "reverted",
};

const factory: LaunchInput = {
  launchPhases: ["deploy", "execute"],
  txs: [
    tx("deploy", "CALL", 150_000, T0 + 100),
    tx("deploy", "CALL", 150_000, T0 + 101),
    tx("deploy", "CALL", 60_000, T0 + 102),
    tx("flow", "CALL", 50_000, T0 + 104),
    tx("execute", "CALL", 30_000, T0 + 100 + 14 * DAY),
  ],
  operationKinds: ["cBEAM grant"],
  codeSizes: [{ name: "clone", bytes: 45 }],
  firstCapitalFlowAt: T0 + 104,
  accordanceAt: T0 + 100 + 14 * DAY,
  day0FlowAttempt: "succeeded",
};

const lcts: LctsGas = {
  subscribeQueue: {
    "1": { deposit: 100_000, claim: 70_000, settle: 100_000 },
    "100": { deposit: 100_000, claim: 70_000, settle: 100_000 },
    "10000": { deposit: 100_000, claim: 70_000, settle: 104_000 },
  },
};

function inputs(over: Partial<BenchInputs> = {}): BenchInputs {
  return {
    manual,
    factory,
    factoryBreakdowns: [],
    lcts: { unit: "execution gas", queues: lcts },
    nfat: { deposit: 57_907, fund: 203_258 },
    configurator: { configurator_setRateLimit_increase: 55_755 },
    pau: null,
    factoryGas: null,
    reconcilerScale: null,
    gasBenchesPassed: true,
    explanations: {},
    environment: { chain: "anvil" },
    ...over,
  };
}

describe("summariseLaunch", () => {
  it("counts only launch phases, sums receipts and code, and times from the first launch transaction", () => {
    const s = summariseLaunch(manual);
    expect(s.transactions).toBe(6);
    expect(s.transactionsByKind).toEqual({ deployments: 2, calls: 4 });
    expect(s.gas).toBe(2_000_000);
    expect(s.gasByKind).toEqual({ deployments: 1_300_000, calls: 700_000 });
    expect(s.governanceOperations).toBe(2);
    expect(s.governanceOperationsByKind).toEqual({ "role grant": 1, "cBEAM grant": 1 });
    expect(s.codeBytes).toBe(5109);
    expect(s.contractsDeployed).toBe(2);
    expect(s.secondsToFirstCapitalFlow).toBe(14 * DAY + 9);
    expect(s.secondsToGovOpsAccordance).toBe(14 * DAY + 6);
  });

  it("refuses a launch with a reverted transaction or none at all", () => {
    expect(() => summariseLaunch({ ...manual, txs: [tx("deploy", "CALL", 1, T0, { status: false })] })).toThrow(
      /reverted/,
    );
    expect(() => summariseLaunch({ ...manual, txs: [] })).toThrow(/no transactions/);
  });
});

describe("targets", () => {
  it("passes and misses on the measured values, with the supplied reason only for a miss", () => {
    const m = summariseLaunch(manual); // 2,000,000 gas, 2 ops
    const f = summariseLaunch(factory); // 390,000 gas, 1 op
    const calls = [
      { name: "deployClass (Portfolio / LCTS template)", gas: 1_900_000, parts: [] },
      {
        name: "deployUnit (LCTS unit 1)",
        gas: 800_000,
        parts: [
          { name: "HaloRegistry.recordFactoryUnit", calls: 1, gas: 400_000 },
          { name: "X.initialize", calls: 3, gas: 300_000 },
        ],
      },
    ];
    const t = evaluateTargets(m, f, calls, lcts, { "factory-deployUnit-lcts": "because" });
    const byId = Object.fromEntries(t.map((x) => [x.id, x]));
    expect(byId["launch-gas"]?.status).toBe("PASS"); // 390k * 5 <= 2M
    expect(byId["launch-governance-operations"]?.status).toBe("MISS"); // 1 * 3 > 2
    expect(byId["launch-governance-operations"]?.reason).toMatch(/more than a third/);
    expect(byId["first-capital-flow-day-0"]?.status).toBe("PASS");
    expect(byId["factory-deployClass-Portfolio-LCTS-template"]?.status).toBe("PASS");
    expect(byId["factory-deployUnit-lcts"]).toMatchObject({
      status: "MISS",
      reason:
        "because Measured (call trace): HaloRegistry.recordFactoryUnit 400,000 (50%), X.initialize ×3 300,000 (38%).",
      measured: "800,000",
    });
    expect(byId["lcts-settle"]?.status).toBe("PASS");
    expect(byId["lcts-constant-in-depositors"]).toMatchObject({ status: "PASS", measured: expect.stringContaining("4.00%") });
  });

  it("a gas ratio just above 1/5 misses, a growth above 5% misses, missing data is NOT MEASURED", () => {
    const m = summariseLaunch(manual);
    const f = { ...summariseLaunch(factory), gas: 400_001 };
    const grown: LctsGas = { q: { "1": { claim: 100 }, "10000": { claim: 106 } } };
    const t = evaluateTargets(m, f, [], grown, {});
    const byId = Object.fromEntries(t.map((x) => [x.id, x]));
    expect(byId["launch-gas"]?.status).toBe("MISS");
    expect(byId["lcts-constant-in-depositors"]?.status).toBe("MISS");
    expect(byId["factory-deployUnit-lcts"]?.status).toBe("NOT MEASURED");
    expect(byId["lcts-deposit"]?.status).toBe("NOT MEASURED");
    expect(evaluateTargets(m, f, [], null, {}).find((x) => x.id === "lcts-claim")?.status).toBe("NOT MEASURED");
  });

  it("the factory not flowing on day 0 misses", () => {
    const f = { ...summariseLaunch(factory), secondsToFirstCapitalFlow: 2 * DAY };
    const t = evaluateTargets(summariseLaunch(manual), f, [], null, {});
    expect(t.find((x) => x.id === "first-capital-flow-day-0")?.status).toBe("MISS");
  });

  it("lctsSpread reports the worst operation", () => {
    expect(lctsSpread(lcts)).toEqual({ delta: 0.04, where: "subscribeQueue.settle" });
    expect(lctsSpread({ q: { "1": { a: 1 } } })).toBeNull();
  });
});

describe("buildReport and rendering", () => {
  it("builds a versioned report and renders every section", () => {
    const r = buildReport(inputs({ explanations: { "launch-governance-operations": "only two ops to compare" } }));
    expect(r.schemaVersion).toBe(1);
    expect(r.launch.ratios.gas).toBe(0.195);
    expect(r.launch.manualBreakdown).toEqual({ proxyDeployments: 1, proxyGas: 300_000, proxyCodeBytes: 109 });
    expect(r.launch.factoryCalls.map((c) => c.name)).toEqual([
      "deployClass (Portfolio / LCTS template)",
      "deployClass (Term / NFAT template)",
      "deployUnit (LCTS unit 1)",
    ]);
    expect(Object.keys(r.hotPath.factory)).toEqual([
      "deployClass (Portfolio / LCTS template)",
      "deployClass (Term / NFAT template)",
      "deployUnit (LCTS unit 1)",
    ]);
    const withBench = buildReport(
      inputs({ factoryGas: { deployUnit_lcts_first: 5, target_deployUnit_lcts: 700_000, factoryRuntimeBytes: 24_000 } }),
    );
    expect(withBench.hotPath.factory["factory-gas.json: deployUnit_lcts_first (in-process, execution gas)"]).toBe(5);
    expect(Object.keys(withBench.hotPath.factory)).toHaveLength(4);
    const md = renderMarkdown(r, { lctsChartFile: "chart.svg", reconcilerChartFile: null });
    expect(md).toContain("| governance (PAS Timelock) operations | 2 | 1 | 0.5000 |");
    expect(md).toContain("**MISS** | only two ops to compare |");
    expect(md).toContain("![LCTS gas per operation vs depositors](chart.svg)");
    expect(md).toContain("| `settle` | 100,000 | 100,000 | 104,000 | 4.00% |");
    expect(md).toContain("| `fund` | 203,258 |");
    expect(md).toContain("## Reconciler scale");
    expect(md).toContain("Not measured yet");
    expect(md).not.toContain("Warning");
  });

  it("shows the executive-spell variant next to the issue's manual path without using it for targets", () => {
    const spell: LaunchInput = {
      ...manual,
      txs: manual.txs.filter((t) => t.kind === "CREATE" || t.fn === null).concat([
        tx("deploy", "CALL", 150_000, T0 + 2, { fn: "scheduleBatch(address[])" }),
        tx("execute", "CALL", 450_000, T0 + 14 * DAY + 5, { fn: "executeBatch(address[])" }),
      ]),
      operationKinds: ["executive spell (2 calls)"],
    };
    const r = buildReport(inputs({ manualSpell: spell }));
    expect(r.launch.manualSpell?.governanceOperations).toBe(1);
    expect(r.launch.manualSpell?.transactions).toBe(4);
    expect(r.targets.find((t) => t.id === "launch-governance-operations")?.measured).toBe("1 / 2 = 0.5000");
    const md = renderMarkdown(r, { lctsChartFile: null, reconcilerChartFile: null });
    expect(md).toContain("| governance (PAS Timelock) operations | 2 | 1 | 0.5000 | 1 | 1.0000 |");
    expect(md).toContain("| executive spell (2 calls) | 0 | 0 | 1 |");
    expect(buildReport(inputs()).launch.manualSpell).toBeNull();
  });

  it("says so when a gas bench failed and renders reconciler scale rows when present", () => {
    const scale = { rows: [{ treeSize: 10, planMs: 50, rpcRequests: 4 }, { treeSize: 1000, planMs: 900, rpcRequests: 12 }] };
    const r = buildReport(inputs({ gasBenchesPassed: false, reconcilerScale: scale }));
    const md = renderMarkdown(r, { lctsChartFile: null, reconcilerChartFile: "scale.svg" });
    expect(md).toContain("Warning: at least one gas-bench test failed");
    expect(md).toContain("| 1,000 | 900 | 12 |");
    expect(md).toContain("![Reconciler plan time and RPC requests vs tree size](scale.svg)");
    const rows = reconcilerRows(scale);
    expect(rows).toHaveLength(2);
    expect(reconcilerChart(rows ?? [])?.series.map((s) => s.name)).toEqual(["planMs", "rpcRequests"]);
    expect(reconcilerRows("nonsense")).toBeNull();
  });

  it("judges the reconciler target on the 1,000-class row and states what was missed", () => {
    const why = { "reconciler-plan": "Batches carry at most 500 calls." };
    const pass = reconcilerTarget({ rows: [{ treeSize: 1000, planMs: 5_000, rpcRequests: 20, rpcCalls: 1_000 }] }, why);
    expect(pass.status).toBe("PASS");
    expect(pass.reason).toBe("");
    const miss = reconcilerTarget(
      { rows: [{ treeSize: 1000, planMs: 80_000, rpcRequests: 730, rpcCalls: 365_000 }] },
      why,
    );
    expect(miss.status).toBe("MISS");
    expect(miss.measured).toBe("80,000 ms, 730 HTTP requests, 365,000 JSON-RPC calls");
    expect(miss.reason).toBe(
      "Batches carry at most 500 calls. Measured: time 80,000 ms > 5,000 ms; 730 requests > 20 (500 calls per request).",
    );
    const slowOnly = reconcilerTarget([{ treeSize: 1000, planMs: 5_001, rpcRequests: 10 }], {});
    expect(slowOnly.status).toBe("MISS");
    expect(slowOnly.reason).toBe("Measured: time 5,001 ms > 5,000 ms.");
    const newProcess = reconcilerTarget(
      [{ treeSize: 1000, planMs: 4_000, rpcRequests: 12, processColdMs: 9_000, processWarmMs: 6_000 }],
      {},
    );
    expect(newProcess.status).toBe("MISS"); // judged on the new process, not the in-process planMs
    expect(newProcess.measured).toBe("6,000 ms (new process, tree cache warm; 9,000 ms without it), 12 HTTP requests");
    expect(newProcess.reason).toBe("Measured: time 6,000 ms > 5,000 ms.");
    // since session 6: a third run without the history cache, named beside the warm one
    const withHistory = reconcilerTarget(
      [{ treeSize: 1000, planMs: 4_000, rpcRequests: 11, processColdMs: 9_000, processWarmMs: 6_000, processWarmNoHistoryMs: 7_500 }],
      {},
    );
    expect(withHistory.measured).toBe(
      "6,000 ms (new process, tree and history caches warm; 7,500 ms with the tree cache only, 9,000 ms with neither), 11 HTTP requests",
    );
    const skipped = {
      rows: [{ treeSize: 100, planMs: 1, rpcRequests: 1 }],
      skipped: [{ treeSize: 1000, reason: "too slow" }],
    };
    const none = reconcilerTarget(skipped, why);
    expect(none.status).toBe("NOT MEASURED");
    expect(none.reason).toBe("not measured: too slow");
  });

  it("renders skipped sizes and findings of the scale file, and adds the reconciler target", () => {
    const scale = {
      rows: [{ treeSize: 10, planMs: 50, rpcRequests: 4 }],
      skipped: [{ treeSize: 1000, reason: "deployment over budget" }, { treeSize: "x" }],
      findings: ["10 classes: the plan is not empty", 3],
    };
    expect(reconcilerNotes(scale)).toEqual({
      skipped: [{ treeSize: 1000, reason: "deployment over budget" }],
      findings: ["10 classes: the plan is not empty"],
    });
    expect(reconcilerNotes([{ treeSize: 1 }])).toEqual({ skipped: [], findings: [] });
    const r = buildReport(inputs({ reconcilerScale: scale }));
    expect(r.targets.slice(-4).map((t) => [t.id, t.status])).toEqual([
      ["reconciler-plan", "NOT MEASURED"],
      ["reconciler-plan-moved", "NOT MEASURED"],
      ["reconciler-drift", "NOT MEASURED"],
      ["reconciler-drift-moved", "NOT MEASURED"],
    ]);
    expect(r.targets.at(-1)!.reason).toBe("not measured: deployment over budget");
    const md = renderMarkdown(r, { lctsChartFile: null, reconcilerChartFile: null });
    expect(md).toContain("- **Not measured: 1,000 classes** — deployment over budget.");
    expect(md).toContain("- **Finding:** 10 classes: the plan is not empty");
    expect(buildReport(inputs()).targets.some((t) => t.id.startsWith("reconciler-"))).toBe(false);
  });

  it("judges plan and drift, warm and with the chain moved, on the medians of the new processes", () => {
    const c = (id: string, command: string, runsMs: number[], medianMs: number, httpRequests: number | null, extra = {}) => ({
      treeSize: 1000,
      id,
      command,
      what: `${id} case`,
      runsMs,
      medianMs,
      medianCpuMs: 4_000,
      medianNodeCpuMs: 1_300,
      httpRequests,
      exitCodes: runsMs.map(() => 0),
      ...extra,
    });
    const scale = {
      rows: [{ treeSize: 1000, planMs: 7_000, rpcRequests: 11, rpcCalls: 195, processWarmMs: 9_999, processColdMs: 12_000, processWarmNoHistoryMs: 8_000 }],
      processes: [
        c("plan-warm", "plan", [4_500, 4_635, 4_900], 4_635, 11),
        c("drift-warm", "drift", [4_800, 5_001, 5_300], 5_001, 11),
        c("plan-moved", "plan", [4_900, 5_000, 5_100], 5_000, 20, { movedBlocks: 64, coveredTo: ["100 → 164"] }),
        c("drift-moved", "drift", [4_000, 4_100, 4_200], 4_100, 21, { movedBlocks: 64 }),
        { treeSize: 1000, id: "broken" }, // skipped: not a case
      ],
    };
    expect(processCases(scale).map((x) => x.id)).toEqual(["plan-warm", "drift-warm", "plan-moved", "drift-moved"]);
    const why = { "reconciler-drift": "Drift compares more.", "reconciler-drift-moved": "The cache is rewritten." };
    const [plan, planMoved, drift, driftMoved] = reconcilerTargets(scale, why);
    // the warm plan: the median of the processes (not the row's processWarmMs), the requests the process counted
    expect(plan!.status).toBe("PASS");
    expect(plan!.measured).toBe(
      "4,635 ms (median of 3 new processes: 4,500 / 4,635 / 4,900; tree and history caches warm; 8,000 ms with the tree cache only, 12,000 ms with neither), 11 HTTP requests, 195 JSON-RPC calls",
    );
    // at the limits passes; one millisecond or one request over misses, with the explanation and what was missed
    expect(planMoved!.id).toBe("reconciler-plan-moved");
    expect(planMoved!.status).toBe("PASS");
    expect(planMoved!.description).toContain("chain moved 64 blocks past the history cache");
    expect(planMoved!.measured).toBe(
      "5,000 ms (median of 3 new processes: 4,900 / 5,000 / 5,100; its CPU 4,000 ms, node CPU 1,300 ms), 20 HTTP requests",
    );
    expect(drift!.status).toBe("MISS");
    expect(drift!.reason).toBe("Drift compares more. Measured: time 5,001 ms > 5,000 ms.");
    expect(driftMoved!.status).toBe("MISS");
    expect(driftMoved!.reason).toBe("The cache is rewritten. Measured: 21 requests > 20.");
    // a failed run or a missing request count is a miss, whatever the time
    const limits = { treeSize: 1000, ms: 5_000, requests: 20 };
    const failed = { processes: [{ ...c("plan-moved", "plan", [1, 1, 1], 1, 5), exitCodes: [0, 1, 0] }] };
    const f = processTarget(failed, JUDGED_PROCESS_CASES[0], limits, {}, undefined);
    expect([f.status, f.reason]).toEqual(["MISS", "Measured: 1 run(s) exited non-zero."]);
    expect(f.measured).toContain("exit codes 0 / 1 / 0");
    const uncounted = { processes: [c("drift-warm", "drift", [1], 1, null)] };
    const u = processTarget(uncounted, JUDGED_PROCESS_CASES[1], limits, {}, undefined);
    expect([u.status, u.reason]).toEqual(["MISS", "Measured: a run printed no request count."]);
    expect(u.measured).toBe("1 ms (one new process; its CPU 4,000 ms, node CPU 1,300 ms), HTTP requests not reported");
    // a failed warm plan run misses the plan target too
    const planFailed = reconcilerTarget({ ...scale, processes: [{ ...c("plan-warm", "plan", [1, 1, 1], 1, 5), exitCodes: [0, 0, 2] }] }, {});
    expect([planFailed.status, planFailed.reason]).toEqual(["MISS", "Measured: exit codes 0 / 0 / 2."]);
    // an older file (no processes): the three new verdicts are NOT MEASURED, the plan keeps the row's warm run
    const old = reconcilerTargets({ rows: scale.rows }, {});
    expect(old.map((t) => t.status)).toEqual(["MISS", "NOT MEASURED", "NOT MEASURED", "NOT MEASURED"]);
    expect(old[2]!.reason).toBe('no new-process run "drift-warm" of 1,000 classes in out/bench/reconciler-scale.json');
    // the table of every case, in the report
    const md = renderMarkdown(buildReport(inputs({ reconcilerScale: scale })), { lctsChartFile: null, reconcilerChartFile: null });
    expect(md).toContain("### New processes of the compiled CLI");
    expect(md).toContain("| 1,000 | `halo plan`: plan-moved case | 4,900 / 5,000 / 5,100 | 5,000 | 4,000 | 1,300 | 20 | 0 / 0 / 0 | 100 → 164 |");
    expect(processTable({ rows: [] })).toBeNull();
    // the load the processes ran at: a note when above the machine's cores, none at or below
    expect(md).not.toContain("Loaded machine");
    const loaded = { ...scale, machine: { cpus: 2 }, rows: [{ ...scale.rows[0], processLoadAverage: 8.7 }, { treeSize: 10, processLoadAverage: 2 }] };
    const mdLoaded = renderMarkdown(buildReport(inputs({ reconcilerScale: loaded })), { lctsChartFile: null, reconcilerChartFile: null });
    expect(mdLoaded).toContain(
      "- **Loaded machine:** 1,000 classes: the new processes ran on a loaded machine (load average up to 8.7 on 2 cores): their wall times are not comparable with a quiet run's; their CPU times are.",
    );
    expect(mdLoaded).not.toContain("Loaded machine:** 10 classes");
  });

  it("stableStringify sorts keys at every level and keeps array order", () => {
    expect(stableStringify({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      2,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it("escapes pipes in table cells and formats days", () => {
    expect(table(["a", "b"], [["x|y", "1"]])).toBe("| a | b |\n|---|---:|\n| x\\|y | 1 |");
    expect(days(2)).toBe("0.00 d (2 s)");
    expect(days(14 * DAY + 6)).toBe("14.00 d");
  });
});

describe("call traces", () => {
  const factoryAddr = "0xFAC";
  const trace: TraceFrame = {
    type: "CALL",
    from: "0xEOA",
    to: factoryAddr,
    gasUsed: "0x1e8480", // 2,000,000
    input: "0x11111111",
    calls: [
      { type: "STATICCALL", from: "0xfac", to: "0xreg", gasUsed: "0x3e8", input: "0xaaaaaaaa00" }, // 1,000
      {
        type: "DELEGATECALL",
        from: "0xfac",
        to: "0xlib",
        gasUsed: "0x186a0",
        input: "0x22222222",
        calls: [
          { type: "CREATE2", from: "0xfac", to: "0xc1", gasUsed: "0x2328", input: "0x3d60" }, // 9,000
          {
            type: "CALL",
            from: "0xfac",
            to: "0xc1",
            gasUsed: "0x30d40", // 200,000
            input: "0xbbbbbbbb",
            calls: [{ type: "CALL", from: "0xc1", to: "0xzz", gasUsed: "0x64", input: "0xcccccccc" }],
          },
          { type: "CALL", from: "0xfac", to: "0xreg", gasUsed: "0x7a120", input: "0xdddddddd" }, // 500,000
        ],
      },
    ],
  };

  it("sums the factory's calls per function, through its delegatecalls, and keeps the rest as one part", () => {
    const parts = summariseTrace(trace, factoryAddr, {
      "0xaaaaaaaa": "HaloRegistry.classExists",
      "0xbbbbbbbb": "Queue.initialize",
      "0xdddddddd": "HaloRegistry.recordFactoryUnit",
    });
    expect(parts).toEqual([
      { name: "HaloRegistry.recordFactoryUnit", calls: 1, gas: 500_000 },
      { name: "Queue.initialize", calls: 1, gas: 200_000 },
      { name: "clone (CREATE2)", calls: 1, gas: 9_000 },
      { name: "HaloRegistry.classExists", calls: 1, gas: 1_000 },
      { name: "the factory's own work (checks, event, memory, calldata, 21,000 intrinsic)", calls: 1, gas: 1_290_000 },
    ]);
    expect(registryGas([parts, parts])).toBe(1_000_000);
    expect(describeParts(parts, 2_000_000, 2)).toBe("HaloRegistry.recordFactoryUnit 500,000 (25%), Queue.initialize 200,000 (10%)");
  });

  it("puts the registry cost into the launch-gas reason", () => {
    const parts = [{ name: "HaloRegistry.recordFactoryClass", calls: 1, gas: 100_000 }];
    const r = buildReport(inputs({ factory: { ...factory }, factoryBreakdowns: [parts], explanations: { "launch-gas": "why." } }));
    // 390,000 / 2,000,000 passes: the reason is only kept for a miss
    expect(r.targets.find((t) => t.id === "launch-gas")?.reason).toBe("");
    const heavy: LaunchInput = { ...factory, txs: factory.txs.map((t) => ({ ...t, gasUsed: t.gasUsed * 10 })) };
    const miss = buildReport(inputs({ factory: heavy, factoryBreakdowns: [parts], explanations: { "launch-gas": "why." } }));
    expect(miss.targets.find((t) => t.id === "launch-gas")?.reason).toBe(
      "why. Measured: the HaloRegistry records cost 100,000 gas; without them the factory launch would be 3,800,000 gas, 1.9000 of the manual launch.",
    );
    expect(renderMarkdown(miss, { lctsChartFile: null, reconcilerChartFile: null })).toContain(
      "| HaloRegistry.recordFactoryClass | 1 | 100,000 |",
    );
  });
});

describe("parseLctsGas", () => {
  const rows = { "1": { claim: 1 }, "10000": { claim: 1 } };
  it("reads the flat shape and the per-set-up shape", () => {
    expect(parseLctsGas({ unit: "u", ops: "claim", subscribeQueue: rows })).toEqual({
      unit: "u",
      queues: { subscribeQueue: rows },
    });
    const nested = parseLctsGas({ unit: "u", mock: { redeemQueue: rows }, pau: { subscribeQueue: rows } });
    expect(Object.keys(nested?.queues ?? {})).toEqual(["mock/redeemQueue", "pau/subscribeQueue"]);
    expect(chartQueue(nested?.queues ?? {})).toBe("pau/subscribeQueue");
    expect(chartQueue({ "mock/subscribeQueue": rows, "mock/redeemQueue": rows })).toBe("mock/subscribeQueue");
  });

  it("returns null for anything else", () => {
    expect(parseLctsGas(null)).toBeNull();
    expect(parseLctsGas({ unit: "u" })).toBeNull();
    expect(parseLctsGas([1, 2])).toBeNull();
  });
});

describe("svg", () => {
  it("draws one polyline per series with points placed on a log x axis", () => {
    const svg = renderLineChart(lctsChart(lcts, "subscribeQueue"));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    expect(svg).toContain(">10,000</text>");
    // x positions of 1, 100, 10,000 are equally spaced on a log axis: left margin 84, plot width 720-84-210 = 426.
    expect(svg).toContain('<circle cx="84" ');
    expect(svg).toContain('<circle cx="297" ');
    expect(svg).toContain('<circle cx="510" ');
    expect(renderLineChart(lctsChart(lcts, "subscribeQueue"))).toBe(svg); // deterministic
  });

  it("escapes text and picks a nice scale", () => {
    expect(escapeXml(`a<b & "c"`)).toBe("a&lt;b &amp; &quot;c&quot;");
    expect(niceScale(113_718)).toEqual({ max: 125_000, step: 25_000 });
    expect(niceScale(900)).toEqual({ max: 1000, step: 200 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(groupDigits(1234567)).toBe("1,234,567");
    expect(groupDigits(-1000)).toBe("-1,000");
  });
});
