import { describe, expect, it } from "vitest";
import { type Address, encodeAbiParameters, getAddress, keccak256, toHex } from "viem";
import { type DesiredPortfolioClass, type DesiredState, NO_FIELD_SOURCES, type SourceRef } from "../../model/desired.js";
import { diffResources } from "../../plan/diff.js";
import { desiredResources, rateLimitKey } from "../../plan/from-desired.js";
import { buildPlan, summaryLine } from "../../plan/planner.js";
import { M, NOW, SUSDS, observedBase } from "./fixtures.js";

const at: SourceRef = { file: "halos/acme/mmf.yaml", line: 1, col: 1, path: "" };
const art = { uri: "ipfs://x", sha256: ("0x" + "00".repeat(32)) as `0x${string}` };
const A = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const CUSTODIAN = A(0xc0);
const QUEUE = A(0x5e);

function state(): DesiredState {
  const mmf: DesiredPortfolioClass = {
    kind: "portfolio-lcts",
    id: "acme-mmf",
    agent: "acme",
    template: { id: "lcts-portfolio", version: 1 },
    file: "halos/acme/mmf.yaml",
    beacons: { lphaLcts: A(0xbe) },
    operator: A(0x0e),
    freezer: A(0xf1),
    govOps: A(0xa1),
    relayer: A(0xb1),
    artifact: art,
    params: { depositAsset: SUSDS },
    rateLimits: [
      {
        flow: "transfer-to-custodian",
        limitId: "LIMIT_TRANSFER",
        asset: SUSDS,
        counterparty: { kind: "address", address: CUSTODIAN },
        maxAmount: 10n * M,
        slopePerSecond: (10n * M) / 86400n,
        declared: { maxAmount: "10_000_000e18", slopePerDay: "10_000_000e18" },
        source: at,
      },
    ],
    units: [
      {
        kind: "portfolio-lcts",
        id: "acme-mmf-senior",
        classId: "acme-mmf",
        index: 0,
        token: { name: "Acme MMF Senior", symbol: "aMMF-S" },
        params: {
          seniority: "senior",
          capacity: 50n * M,
          targetYieldBps: 450,
          maxRateIncreaseBps: 10,
          minDeposit: 0n,
          initialExchangeRate: 10n ** 18n,
        },
        rateLimits: [
          {
            flow: "subscribe-settle",
            limitId: "LIMIT_UNIT_INFLOW",
            asset: SUSDS,
            counterparty: { kind: "contract", contract: "subscribe-queue" },
            maxAmount: M,
            slopePerSecond: 1n,
            declared: { maxAmount: "1e24", slopePerDay: "86400" },
            source: at,
          },
        ],
        artifact: art,
        source: at,
        fieldSources: NO_FIELD_SOURCES,
      },
    ],
    source: at,
    fieldSources: NO_FIELD_SOURCES,
  };
  return {
    modelVersion: 2,
    dir: "halos",
    treeHash: ("0x" + "99".repeat(32)) as `0x${string}`,
    files: ["halos/acme/agent.yaml", "halos/acme/mmf.yaml"],
    templates: [
      { id: "lcts-portfolio", version: 1, kind: "portfolio-lcts", status: "approved", audit: art, source: at },
    ],
    externalTemplates: [],
    agents: [{ id: "acme", name: "Acme", operator: A(0x0e), artifact: art, source: at }],
    classes: [mmf],
    legacy: [],
  };
}

describe("desiredResources", () => {
  it("one destination approval serves every transfer flow to it, whatever the asset", () => {
    const s = state();
    const mmf = s.classes[0]!;
    const usds = A(0xd5);
    mmf.rateLimits.push({ ...mmf.rateLimits[0]!, flow: "transfer-to-custodian-usds", asset: usds });
    const map = desiredResources(s, { "acme-mmf": { pau: A(0x1234) } });
    expect(Object.keys(map).filter((k) => k.includes(".destination."))).toEqual([
      `class.acme-mmf.destination.${CUSTODIAN.toLowerCase()}`,
    ]);
    expect(map["class.acme-mmf.rateLimit.transfer-to-custodian-usds"]!.fields.key).not.toBe(
      map["class.acme-mmf.rateLimit.transfer-to-custodian"]!.fields.key,
    );
  });

  it("maps the tree onto resource addresses with flat fields", () => {
    const map = desiredResources(state(), {
      "acme-mmf": { pau: A(0x1234), units: { "acme-mmf-senior": { "subscribe-queue": QUEUE } } },
    });
    expect(Object.keys(map).sort()).toEqual([
      "agent.acme",
      "class.acme-mmf",
      `class.acme-mmf.destination.${A(0xc0).toLowerCase()}`,
      `class.acme-mmf.freezer.${A(0xf1).toLowerCase()}`,
      `class.acme-mmf.govOps.${A(0xa1).toLowerCase()}`,
      "class.acme-mmf.rateLimit.acme-mmf-senior.subscribe-settle",
      "class.acme-mmf.rateLimit.transfer-to-custodian",
      `class.acme-mmf.relayer.${A(0xb1).toLowerCase()}`,
      "class.acme-mmf.unit.acme-mmf-senior",
      "template.lcts-portfolio.v1",
    ]);
    expect(map["class.acme-mmf"]!.fields).toMatchObject({
      "template.id": "lcts-portfolio",
      "template.version": 1,
      "params.depositAsset": SUSDS,
      "beacons.lphaLcts": A(0xbe),
      pau: A(0x1234),
    });
    expect(map["class.acme-mmf.unit.acme-mmf-senior"]!.fields["params.capacity"]).toBe(50n * M);
    expect(map["class.acme-mmf.rateLimit.transfer-to-custodian"]!.fields).toEqual({
      maxAmount: 10n * M,
      slope: (10n * M) / 86400n,
      key: rateLimitKey("LIMIT_TRANSFER", SUSDS, CUSTODIAN),
    });
    expect(map["class.acme-mmf.rateLimit.acme-mmf-senior.subscribe-settle"]!.fields.key).toBe(
      rateLimitKey("LIMIT_UNIT_INFLOW", SUSDS, QUEUE),
    );
  });

  it("flattens nested fields to dotted names in declaration order, the same on every mapping (names kept per run)", () => {
    // the reference: a plain recursive flatten that builds every name anew
    const flat = (prefix: string, v: unknown, out: Record<string, unknown>): void => {
      if (v === undefined) return;
      if (v !== null && typeof v === "object" && !Array.isArray(v)) {
        for (const [k, x] of Object.entries(v)) flat(prefix === "" ? k : `${prefix}.${k}`, x, out);
        return;
      }
      out[prefix] = v;
    };
    const s = state();
    const c = s.classes[0]!;
    const expected: Record<string, unknown> = {};
    flat(
      "",
      {
        kind: c.kind,
        agent: c.agent,
        template: c.template,
        params: c.params,
        beacons: c.beacons,
        operator: c.operator,
        freezer: c.freezer,
        govOps: c.govOps,
        relayer: c.relayer,
        artifact: c.artifact,
      },
      expected,
    );
    expect(Object.keys(expected)).toContain("template.id");
    const predictions = { "acme-mmf": { pau: A(0x1234), units: { "acme-mmf-senior": { "subscribe-queue": QUEUE } } } };
    const first = desiredResources(s, predictions);
    const second = desiredResources(s, predictions);
    for (const map of [first, second]) {
      const fields = map[`class.${c.id}`]!.fields;
      expect(Object.entries(fields).slice(0, Object.keys(expected).length)).toEqual(Object.entries(expected));
    }
    for (const address of Object.keys(first)) expect(Object.entries(second[address]!.fields)).toEqual(Object.entries(first[address]!.fields));
  });

  it("derives keys like RateLimitKeys.assetCounterpartyKey", () => {
    const limit = keccak256(toHex("LIMIT_TRANSFER"));
    const manual = keccak256(
      ("0x" +
        limit.slice(2) +
        SUSDS.slice(2).toLowerCase().padStart(64, "0") +
        CUSTODIAN.slice(2).toLowerCase().padStart(64, "0")) as `0x${string}`,
    );
    expect(rateLimitKey("LIMIT_TRANSFER", SUSDS, CUSTODIAN)).toBe(manual);
    expect(manual).toBe(
      keccak256(
        encodeAbiParameters(
          [{ type: "bytes32" }, { type: "address" }, { type: "address" }],
          [limit, SUSDS, CUSTODIAN as Address],
        ),
      ),
    );
  });

  it("leaves counterparty-contract keys unknown without predictions, and the planner refuses those limits", () => {
    const map = desiredResources(state(), { "acme-mmf": { pau: A(0x1234), rateLimits: A(0x1235), controller: A(0x1236) } });
    expect(map["class.acme-mmf.rateLimit.acme-mmf-senior.subscribe-settle"]!.fields.key).toBeUndefined();
    const observed = observedBase();
    observed.resources = { "class.acme-mmf": { type: "class", fields: { ...map["class.acme-mmf"]!.fields } } };
    const plan = buildPlan({ desired: map, observed, now: NOW });
    const refused = plan.actions.find(
      (a) => a.resource === "class.acme-mmf.rateLimit.acme-mmf-senior.subscribe-settle",
    )!;
    expect(refused.kind).toBe("replace-refused");
    expect(refused.reason).toMatch(/key is unknown/);
    expect(summaryLine(plan.summary)).toMatch(/refused/);
  });

  it("refuses two declarations of one resource", () => {
    const s = state();
    s.classes.push({ ...s.classes[0]!, units: [] } as DesiredPortfolioClass);
    expect(() => desiredResources(s)).toThrow(/two declarations map to the resource class.acme-mmf/);
  });

  it("diffs against itself as in sync", () => {
    const map = desiredResources(state());
    const d = diffResources(map, map);
    expect(d.changes).toEqual([]);
    expect(d.inSync).toHaveLength(Object.keys(map).length);
  });
});
