import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, loadDesiredState, type LoadResult } from "../load/index.js";
import { MAX_UINT256, allUnits, fieldSource, formatAt, templateOf, type DesiredState } from "../model/desired.js";
import { fixturesDir, scenarioDir, writeTree } from "./helpers.js";

const lines = (result: LoadResult) => (result.ok ? [] : result.diagnostics.map(formatDiagnostic));

function loaded(result: LoadResult): DesiredState {
  if (!result.ok) throw new Error(`expected a valid tree:\n${lines(result).join("\n")}`);
  return result.state;
}

const e18 = 10n ** 18n;

describe("the scenario tree (reconciler/test/fixtures/scenario)", () => {
  const state = loaded(loadDesiredState("scenario", { cwd: fixturesDir }));

  it("loads every file", () => {
    expect(state.files).toEqual([
      "scenario/acme/agent.yaml",
      "scenario/acme/mmf.yaml",
      "scenario/bluecrest/agent.yaml",
      "scenario/bluecrest/senior-secured.yaml",
      "scenario/legacy.yaml",
      "scenario/primes.yaml",
      "scenario/templates.yaml",
    ]);
    expect(state.agents.map((a) => a.id)).toEqual(["acme", "bluecrest"]);
    expect(state.classes.map((c) => c.id)).toEqual(["acme-mmf", "bluecrest-senior-secured"]);
    expect(allUnits(state).map((u) => u.id)).toEqual(["acme-mmf-senior", "acme-mmf-junior"]);
    expect(state.templates.map((t) => `${t.id} v${t.version} ${t.status}`)).toEqual([
      "lcts-portfolio v1 approved",
      "nfat-term v1 approved",
    ]);
    expect(state.legacy.map((l) => l.id)).toEqual(["genesis-halo"]);
    expect(state.treeHash).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it("normalizes the Portfolio class: bigint amounts, per-second slopes, checksummed addresses", () => {
    const mmf = state.classes[0];
    if (mmf?.kind !== "portfolio-lcts") throw new Error("acme-mmf is a Portfolio class");
    expect(mmf.params.depositAsset).toBe("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    expect(mmf.beacons).toEqual({ lphaLcts: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" });
    expect(mmf.rateLimits).toHaveLength(1);
    const transfer = mmf.rateLimits[0];
    expect(transfer).toMatchObject({
      flow: "transfer-to-custodian",
      limitId: "LIMIT_TRANSFER",
      asset: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      counterparty: { kind: "address", address: "0x976EA74026E726554dB657fA54763abd0C3a0aa9" },
      maxAmount: 10_000_000n * e18,
      slopePerSecond: (10_000_000n * e18) / 86_400n,
      declared: { maxAmount: "10_000_000e18", slopePerDay: "10_000_000e18" },
    });
    const [senior, junior] = mmf.units;
    expect(senior?.params).toEqual({
      seniority: "senior",
      capacity: 50_000_000n * e18,
      targetYieldBps: 450,
      maxRateIncreaseBps: 10,
      minDeposit: 1_000n * e18,
      initialExchangeRate: e18,
    });
    expect(junior?.params.minDeposit).toBe(0n);
    expect(senior?.rateLimits.map((r) => [r.flow, r.limitId, r.counterparty])).toEqual([
      ["subscribe-settle", "LIMIT_UNIT_INFLOW", { kind: "contract", contract: "subscribe-queue" }],
      ["redeem-settle", "LIMIT_UNIT_OUTFLOW", { kind: "contract", contract: "redeem-queue" }],
    ]);
    expect(senior?.artifact.sha256).toBe("0x7b8af4b77929ab76663cc9194d17b14a3ec7114a5201d4ea15752fac264115bb");
    expect(senior?.token).toEqual({ name: "Acme MMF Senior", symbol: "acMMF-S" });
  });

  it("keeps source positions per resource and per field", () => {
    const mmf = state.classes[0];
    expect(mmf?.source).toEqual({ file: "scenario/acme/mmf.yaml", line: 6, col: 8, path: "class" });
    const junior = allUnits(state)[1];
    expect(junior?.source.path).toBe("units[1]");
    const seniority = junior && fieldSource(junior, "params.seniority");
    if (!seniority) throw new Error("missing field source");
    expect(seniority.path).toBe("units[1].params.seniority");
    // The reported position is where the value starts in the file.
    const line = readFileSync(join(scenarioDir, "acme", "mmf.yaml"), "utf8").split("\n")[seniority.line - 1];
    expect(line?.slice(seniority.col - 1)).toBe("junior");
    expect(formatAt(seniority, "must be senior")).toBe(
      `scenario/acme/mmf.yaml:${seniority.line}:${seniority.col} units[1].params.seniority: must be senior`,
    );
  });

  it("normalizes the Term class's buybox and flows", () => {
    const term = state.classes[1];
    if (term?.kind !== "term-nfat") throw new Error("bluecrest-senior-secured is a Term class");
    expect(term.params.buybox).toEqual({
      termMinSeconds: 90n * 86_400n,
      termMaxSeconds: 2n * 365n * 86_400n,
      sizeMin: 1_000_000n * e18,
      sizeMax: 50_000_000n * e18,
      apyMinBps: 500,
      apyMaxBps: 1200,
      restrictedDepositors: true,
      transferAllowList: true,
      assetType: "senior-secured-loan",
      jurisdiction: "US-DE",
    });
    expect(term.beacons).toEqual({
      lphaNfat: "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
      lphaAttest: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
    });
    expect(term.rateLimits.map((r) => [r.flow, r.limitId, r.counterparty.kind])).toEqual([
      ["facility-claim", "LIMIT_UNIT_INFLOW", "contract"],
      ["redeem-fund", "LIMIT_UNIT_OUTFLOW", "contract"],
      ["transfer-to-custodian", "LIMIT_TRANSFER", "address"],
    ]);
    expect(term.units).toEqual([]);
    expect(templateOf(state, term.template)?.kind).toBe("term-nfat");
  });

  it("normalizes legacy Halos and their units (contract keys recorded PascalCase)", () => {
    expect(state.legacy[0]).toMatchObject({
      addresses: {
        controller: "0xEe7243A86F741F55F520283C925708787aAb5606",
        almProxy: "0xB3083a2F6a3DF2De2B6074Fae9A38DC85Af0d7A1",
        rateLimits: "0xE4E5eD12EF553b40e01048623B8C8cA296E91Bb5",
        others: {},
      },
      conformsTo: { id: "lcts-portfolio", version: 1 },
    });
    expect(state.legacy[0]!.units).toEqual([
      {
        id: "genesis-halo-senior",
        contracts: {
          HaloShareToken: "0x62847756e36dC4f16A09CC1866758566701141f0",
          RedeemQueue: "0xcA08264796f5D80394eeB511deCb23527226D4a2",
          SubscribeQueue: "0xf455dE0690804fd4A194e4A00b4ecb916B46165D",
        },
        artifact: {
          uri: "ipfs://bafyexample-genesis-halo-senior",
          sha256: "0x0c5a3f6e1d2b4c7a8e9f00112233445566778899aabbccddeeff001122334455",
        },
        contractsSource: expect.objectContaining({ file: "scenario/legacy.yaml", line: 22, col: 11, path: "legacy[0].units[0].contracts" }),
        source: expect.objectContaining({ file: "scenario/legacy.yaml", path: "legacy[0].units[0]" }),
      },
    ]);
  });

  it("hashes the tree independently of the working directory", () => {
    const again = loaded(loadDesiredState(scenarioDir, { cwd: "/" }));
    expect(again.treeHash).toBe(state.treeHash);
  });
});

describe("invalid fixtures: exact file:line:col path: message", () => {
  const cases: [string, string[]][] = [
    ["bad-yaml", ["bad-yaml/acme/mmf.yaml:6:1 YAML: Flow map in block collection must be sufficiently indented and end with a }"]],
    ["duplicate-key", ['duplicate-key/acme/agent.yaml:5:1 YAML: duplicate key "name" (map keys must be unique)']],
    ["wrong-enum", ["wrong-enum/acme/mmf.yaml:25:18 units[1].params.seniority: must be one of senior, mezzanine, junior"]],
    ["missing-field", ['missing-field/acme/mmf.yaml:25:7 units[1].params: missing required property "capacity"']],
    [
      "bad-address",
      ["bad-address/acme/mmf.yaml:8:10 freezer: must be an address: 0x followed by 40 hex digits (mixed case must be a valid EIP-55 checksum)"],
    ],
    [
      "duplicate-id",
      [
        'duplicate-id/acme/mmf.yaml:22:5 units[1].id: duplicate id "acme-mmf-senior": already used by the unit declared at duplicate-id/acme/mmf.yaml:13:5',
      ],
    ],
    ["dangling-agent", ['dangling-agent/acme/mmf.yaml:3:8 agent: agent "acme-capital" is not declared (declared agents: acme)']],
    [
      "dangling-template",
      [
        "dangling-template/acme/mmf.yaml:4:17 template: template lcts-portfolio v2 is not declared in dangling-template/templates.yaml (neither under templates nor under external)",
      ],
    ],
    [
      "bad-amount",
      [
        'bad-amount/acme/mmf.yaml:17:17 units[0].params.capacity: must be an amount in base units: digits with optional _ separators and an optional exponent, e.g. "10_000_000e18" or "0"',
      ],
    ],
    [
      "unknown-property",
      [
        'unknown-property/acme/mmf.yaml:19:7 units[0].params: unknown property "targetYield" (allowed: seniority, capacity, targetYieldBps, maxRateIncreaseBps, minDeposit, initialExchangeRate)',
      ],
    ],
  ];
  it.each(cases)("%s", (name, expected) => {
    expect(lines(loadDesiredState(name, { cwd: fixturesDir }))).toEqual(expected);
  });

  it("the valid fixture is valid", () => {
    expect(lines(loadDesiredState("valid", { cwd: fixturesDir }))).toEqual([]);
  });
});
