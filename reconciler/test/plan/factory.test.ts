/**
 * The factory / registry builders without a chain: the example tree against a hand-written observed state
 * (two approved templates with the devnet's ranges and Day-0 limits), predictions supplied directly.
 */
import { join } from "node:path";
import { type Address, type Hex, decodeFunctionData, encodeFunctionData, getAddress, keccak256, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { haloControllerAbi, haloFactoryAbi, haloRegistryAbi, templateRegistryAbi } from "../../abi/index.js";
import { KIND, LIMIT, ZERO_BYTES32, assetCounterpartyKey, fromBytes32Name, toBytes32Name } from "../../chain/names.js";
import { loadDesiredState } from "../../load/index.js";
import { type DesiredState, fieldSource } from "../../model/desired.js";
import type { ObservedState } from "../../model/observed.js";
import { cbeamGrantOperation } from "../../plan/pas.js";
import { diffResources } from "../../plan/diff.js";
import { factoryBuilders, templateBuilder } from "../../plan/factory.js";
import { DEPLOY_SALT, type FactoryPlanContext } from "../../plan/factory-context.js";
import { checkTemplateRanges, templateRanges } from "../../plan/factory-templates.js";
import { desiredResources } from "../../plan/from-desired.js";
import { legacyRecord } from "../../plan/legacy.js";
import { buildPlan } from "../../plan/planner.js";
import { hashOperationBatch } from "../../plan/timelock.js";
import { repoRoot, scenarioDir } from "../helpers.js";

const E18 = 10n ** 18n;
const DAY = 86_400n;
const a = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const SYSTEM = {
  configurator: a(0xc0),
  beamState: a(0xb5),
  timelock: a(0x71),
  factory: a(0xfa),
  templateRegistry: a(0x7e),
  haloRegistry: a(0x4e),
};
const DEPLOYER = getAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const NOW = 1_800_000_000n;

function loadExample(): DesiredState {
  const r = loadDesiredState(scenarioDir, { cwd: repoRoot });
  if (!r.ok) throw new Error("example tree does not load");
  return structuredClone(r.state); // the loaded state is shared and read-only; these tests edit their copy

}

function template(kind: string, status: string, ranges: string[], beacon: string[]) {
  return {
    type: "template" as const,
    fields: {
      kind,
      status,
      beacon,
      ranges,
      "day0.limits": [
        `LIMIT_UNIT_INFLOW=${100_000n * E18}@${(100_000n * E18) / DAY}/s`,
        `LIMIT_UNIT_OUTFLOW=${100_000n * E18}@${(100_000n * E18) / DAY}/s`,
      ],
    },
  };
}

function observed(status = "approved", state = loadExample()): ObservedState {
  const audit = (id: string) => state.templates.find((t) => t.id === id)!.audit;
  const lcts = template(
    "portfolio-lcts",
    status,
    [
      `unit.capacity=0..${10n ** 27n}`,
      "unit.seniority=0..1",
      "unit.targetYieldBps=0..2000",
      "unit.maxRateIncreaseBps=1..100",
      `unit.minDeposit=0..${1_000_000n * E18}`,
      `unit.initialExchangeRate=${E18 / 2n}..${2n * E18}`,
    ],
    ["lpha-lcts"],
  );
  const nfat = template(
    "term-nfat",
    "approved",
    [
      `class.termMin=${30n * DAY}..${3650n * DAY}`,
      `class.termMax=${30n * DAY}..${3650n * DAY}`,
      `class.sizeMin=${1000n * E18}..${10n ** 27n}`,
      `class.sizeMax=${1000n * E18}..${10n ** 27n}`,
      "class.apyMinBps=0..3000",
      "class.apyMaxBps=0..3000",
      "class.restrictedDepositors=0..1",
      "class.transferAllowList=0..1",
      `class.assetType=0..${(1n << 256n) - 1n}`,
      `class.jurisdiction=0..${(1n << 256n) - 1n}`,
    ],
    ["lpha-nfat", "lpha-attest"],
  );
  Object.assign(lcts.fields, {
    "audit.uri": audit("lcts-portfolio").uri,
    "audit.sha256": audit("lcts-portfolio").sha256,
  });
  Object.assign(nfat.fields, { "audit.uri": audit("nfat-term").uri, "audit.sha256": audit("nfat-term").sha256 });
  return {
    chainId: 31337,
    blockNumber: 100n,
    blockHash: `0x${"ab".repeat(32)}`,
    blockTimestamp: NOW,
    system: SYSTEM,
    pas: {
      stopped: false,
      timelockPaused: false,
      hop: { [zeroAddress]: 18n * 3600n },
      maxChange: { [zeroAddress]: 1_250_000_000_000_000_000n },
      cBeams: [],
      timelockOperationCount: 0n,
    },
    controllerActions: [],
    timelockMinDelay: 14n * DAY,
    resources: { "template.lcts-portfolio.v1": lcts, "template.nfat-term.v1": nfat },
    timelockOperations: [],
  };
}


function context(state: DesiredState): FactoryPlanContext {
  return {
    state,
    deployer: DEPLOYER,
    registrar: DEPLOYER,
    classes: {
      "acme-mmf": {
        almProxy: a(0x1001),
        rateLimits: a(0x1002),
        controller: a(0x1003),
      },
      "bluecrest-senior-secured": {
        almProxy: a(0x2001),
        rateLimits: a(0x2002),
        controller: a(0x2003),
        facility: a(0x2004),
        dealToken: a(0x2005),
        redeem: a(0x2006),
      },
    },
    units: {
      "acme-mmf-senior": { shareToken: a(0x3001), subscribeQueue: a(0x3002), redeemQueue: a(0x3003) },
      "acme-mmf-junior": { shareToken: a(0x4001), subscribeQueue: a(0x4002), redeemQueue: a(0x4003) },
    },
  };
}

function desiredFor(state: DesiredState, fctx: FactoryPlanContext) {
  const preds = Object.fromEntries(
    Object.entries(fctx.classes).map(([id, c]) => [
      id,
      {
        pau: c.almProxy,
        rateLimits: c.rateLimits,
        controller: c.controller,
        contracts: { ...(c.facility ? { facility: c.facility } : {}), ...(c.redeem ? { redeem: c.redeem } : {}) },
        units: Object.fromEntries(
          Object.entries(fctx.units).map(([u, x]) => [
            u,
            { "subscribe-queue": x.subscribeQueue, "redeem-queue": x.redeemQueue },
          ]),
        ),
      },
    ]),
  );
  const d = desiredResources(state, preds);
  for (const r of Object.values(d)) if (r.type === "agent" || r.type === "legacy") delete r.fields.name;
  return d;
}

describe("template ranges", () => {
  it("reads the observed template's ranges", () => {
    expect(templateRanges(observed(), "lcts-portfolio", 1)![0]).toEqual({
      scope: "unit",
      name: "capacity",
      min: 0n,
      max: 10n ** 27n,
    });
    expect(templateRanges(observed(), "lcts-portfolio", 9)).toBeUndefined();
  });

  it("accepts the example tree and refuses a value outside a range at its file:line:col", () => {
    const state = loadExample();
    expect(checkTemplateRanges(state, observed())).toEqual([]);
    const c = state.classes.find((x) => x.id === "bluecrest-senior-secured")!;
    if (c.kind !== "term-nfat") throw new Error("unreachable");
    c.params.buybox.apyMaxBps = 4000;
    const src = fieldSource(c, "params.buybox.apyMaxBps")!;
    expect(checkTemplateRanges(state, observed())).toEqual([
      `${src.file}:${src.line}:${src.col} params.buybox.apyMaxBps: 4000 is outside template nfat-term v1's range for apyMaxBps: 0..3000`,
    ]);
  });
  it("refuses a new class whose template version is not on chain, at the version's file:line:col", () => {
    const state = loadExample();
    const c = state.classes.find((x) => x.id === "acme-mmf")!;
    c.template = { ...c.template, version: 9 };
    const src = fieldSource(c, "template.version")!;
    expect(checkTemplateRanges(state, observed())).toEqual([
      `${src.file}:${src.line}:${src.col} template.version: template lcts-portfolio v9 is not on chain (the template registry holds v1); a new version is proposed by a TEMPLATE_PROPOSER and approved by governance before a class can use it`,
    ]);
    // a class already deployed is the diff's business (its template is immutable), not an input error
    const deployed = observed();
    deployed.resources["class.acme-mmf"] = { type: "class", fields: {} } as never;
    expect(checkTemplateRanges(state, deployed)).toEqual([]);
  });
});

describe("template status", () => {
  const build = (from: string, to: string) =>
    templateBuilder()(
      {
        address: "template.lcts-portfolio.v1",
        type: "template",
        kind: "update",
        fields: [{ field: "status", old: from, new: to, immutable: false }],
      },
      { observed: observed(), desired: {}, expected: {}, now: NOW },
    );

  it("approves, deprecates and revokes through the PAS Timelock (the registries' admin)", () => {
    for (const [from, to, fn] of [
      ["proposed", "approved", "approveTemplate"],
      ["approved", "deprecated", "deprecateTemplate"],
      ["deprecated", "revoked", "revokeTemplate"],
    ] as const) {
      const r = build(from, to);
      if (!Array.isArray(r)) throw new Error(r.refused);
      expect([r[0]!.actor, r[0]!.kind]).toEqual(["core-council-timelocked", "schedule"]);
      expect(r[0]!.target).toBe(SYSTEM.templateRegistry);
      expect(r[0]!.calldata).toBe(
        encodeFunctionData({ abi: templateRegistryAbi, functionName: fn, args: [toBytes32Name("lcts-portfolio"), 1] }),
      );
    }
  });

  it("refuses going back, and a template that is not on chain", () => {
    expect(build("revoked", "approved")).toEqual({
      refused: "a template cannot go from revoked back to approved: publish a new version",
    });
    const r = templateBuilder()(
      { address: "template.x.v2", type: "template", kind: "create", fields: [] },
      { observed: observed(), desired: {}, expected: {}, now: NOW },
    );
    expect("refused" in r && r.refused).toMatch(/not proposed on chain/);
  });
});

describe("the example tree on an empty system", () => {
  const state = loadExample();
  const fctx = context(state);
  const obs = observed();
  const desired = desiredFor(state, fctx);
  const plan = buildPlan({ desired, observed: obs, builders: factoryBuilders(fctx), desiredHash: state.treeHash });
  const action = (id: string) => plan.actions.find((x) => x.id === id)!;

  it("deploys the Term class with the buybox as the template's parameters, in template order", () => {
    const d = action("class.bluecrest-senior-secured/deployClass");
    expect(d.actor).toBe("deployer");
    expect(d.signer).toBe(DEPLOYER);
    const { args } = decodeFunctionData({ abi: haloFactoryAbi, data: d.calldata! });
    const [req, salt] = args as unknown as [
      { classId: Hex; params: { name: Hex; value: bigint }[]; beacons: { kind: Hex }[]; name: string },
      Hex,
    ];
    expect(salt).toBe(DEPLOY_SALT);
    expect(req.classId).toBe(toBytes32Name("bluecrest-senior-secured"));
    expect(req.params.map((p) => p.name)).toEqual(
      [
        "termMin",
        "termMax",
        "sizeMin",
        "sizeMax",
        "apyMinBps",
        "apyMaxBps",
        "restrictedDepositors",
        "transferAllowList",
        "assetType",
        "jurisdiction",
      ].map(toBytes32Name),
    );
    expect(req.params[0]!.value).toBe(90n * DAY);
    expect(req.params[8]!.value).toBe(BigInt(toBytes32Name("senior-secured-loan")));
    expect(req.beacons.map((b) => b.kind)).toEqual([toBytes32Name("lpha-nfat"), toBytes32Name("lpha-attest")]);
    expect(req.name).toBe("Bluecrest Senior Secured Deal");
  });

  it("executes the factory's addCBeam (scheduled by HaloCBeamProposer) with executeBatch after the delay; the Core Council then grants it", () => {
    const exec = plan.actions.find((x) => x.id === "timelock/execute-by-class.acme-mmf")!;
    const govOps = getAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    const op = cbeamGrantOperation(SYSTEM.beamState, govOps, toBytes32Name("acme-mmf"));
    expect([exec.function, exec.actor]).toEqual(["executeBatch", "core-council-timelocked"]);
    expect(exec.timelockOperationId).toBe(hashOperationBatch(op));
    expect(exec.earliestAt).toBe(NOW + 14n * DAY);
    const grant = action(`class.acme-mmf.govOps.${govOps.toLowerCase()}/setCBeamForRateLimits`);
    expect([grant.actor, grant.args]).toEqual(["core-council-direct", [a(0x1002), govOps]]);
    expect(grant.dependsOn).toContain(exec.id);
    // GovOps' calls for the class wait for the grant
    expect(action("class.acme-mmf.relayer.0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc/callControllerAction").earliestAt).toBe(
      NOW + 14n * DAY,
    );
  });

  it("instantiates unit limits up to the Day-0 init the deployment registers, keyed by the predicted queues", () => {
    const first = action("class.acme-mmf.rateLimit.acme-mmf-senior.subscribe-settle/setRateLimit#0");
    const key = assetCounterpartyKey(
      LIMIT.LIMIT_UNIT_INFLOW,
      getAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
      a(0x3002),
    );
    expect(first.args).toEqual([a(0x1002), key, (100_000n * E18).toString(), ((100_000n * E18) / DAY).toString()]);
    // refused: (without observe()'s timelocked inits) the two transfer limits
    const refused = plan.actions.filter((x) => x.kind === "replace-refused");
    expect(refused.map((x) => x.resource).sort()).toEqual([
      "class.acme-mmf.rateLimit.transfer-to-custodian",
      "class.bluecrest-senior-secured.rateLimit.transfer-to-custodian",
    ]);
  });

  it("a 6-decimal deposit asset (A-02): the Day-0 inits are predicted scaled, so the first limits stop there and wait for Day-0; an asset without decimals is refused", () => {
    const asset = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    const six = buildPlan({ desired, observed: obs, builders: factoryBuilders({ ...fctx, assetDecimals: { [asset]: 6 } }), desiredHash: state.treeHash });
    const first = (id: string) => six.actions.find((x) => x.id === id)!;
    for (const id of [
      "class.acme-mmf.rateLimit.acme-mmf-senior.subscribe-settle/setRateLimit#0",
      "class.bluecrest-senior-secured.rateLimit.facility-claim/setRateLimit#0",
    ]) {
      // 100_000e18 reference units of a 6-decimal asset: 100_000e6 (FactoryLib.scaleDay0, rounded down)
      expect(first(id).args!.slice(2)).toEqual([(100_000n * 10n ** 6n).toString(), ((100_000n * E18) / DAY / 10n ** 12n).toString()]);
      expect(first(id).reason).toMatch(/stops at the Day-0 value, waiting for Day-0/);
    }
    const none = buildPlan({ desired, observed: obs, builders: factoryBuilders({ ...fctx, assetDecimals: {} }), desiredHash: state.treeHash });
    const refused = none.actions.find((x) => x.resource === "class.acme-mmf" && x.kind === "replace-refused")!;
    expect(refused.reason).toMatch(/acme\/mmf\.yaml:\d+:\d+ .*the deposit asset 0x5FbDB2315678afecb367f032d93F642f64180aa3 has no readable decimals\(\): the factory refuses it \(Factory_DepositAssetNoDecimals\)/);
  });

  it("records the legacy Halo through the timelock, under its declared agent, and registers its PAU in PAS", () => {
    const record = action("legacy.genesis-halo/recordLegacyClass");
    expect([record.kind, record.actor]).toEqual(["schedule", "core-council-timelocked"]);
    for (const fn of ["addRateLimits", "addController"]) {
      const reg = action(`legacy.genesis-halo/${fn}`);
      expect([reg.kind, reg.actor, reg.target]).toEqual(["schedule", "core-council-timelocked", SYSTEM.beamState]);
    }
    expect(action("legacy.genesis-halo/addRateLimits").args).toEqual([getAddress(state.legacy[0]!.addresses.rateLimits)]);
    const { functionName, args } = decodeFunctionData({ abi: haloRegistryAbi, data: record.calldata! });
    expect(functionName).toBe("recordLegacyClass");
    const r = args[0] as { classId: Hex; agentId: Hex; almProxy: Address; conformsToTemplate: boolean; templateVersion: number };
    expect(r.classId).toBe(toBytes32Name("genesis-halo"));
    expect(r.agentId).toBe(toBytes32Name("acme"));
    expect(r.almProxy).toBe(getAddress("0xB3083a2F6a3DF2De2B6074Fae9A38DC85Af0d7A1"));
    expect(r.conformsToTemplate).toBe(true);
    expect(r.templateVersion).toBe(1);
    // scheduled in a batch after the agent is registered
    const batch = plan.batches.find((b) => b.actionIds.includes(record.id))!;
    expect(batch.kind).toBe("timelock-schedule");
    expect(record.dependsOn).toContain("agent.acme/registerAgent");
  });

  it("records the legacy unit through the same admin, after its Halo, with its contracts under their component names", () => {
    const unit = action("legacy.genesis-halo.unit.genesis-halo-senior/recordLegacyUnit");
    expect([unit.kind, unit.actor, unit.target]).toEqual(["schedule", "core-council-timelocked", SYSTEM.haloRegistry]);
    const { functionName, args } = decodeFunctionData({ abi: haloRegistryAbi, data: unit.calldata! });
    expect(functionName).toBe("recordLegacyUnit");
    const r = args[0] as { unitId: Hex; classId: Hex; contracts: readonly { name: Hex; addr: Address }[]; paramsHash: Hex };
    expect([r.unitId, r.classId, r.paramsHash]).toEqual([toBytes32Name("genesis-halo-senior"), toBytes32Name("genesis-halo"), ZERO_BYTES32]);
    expect(r.contracts.map((c) => fromBytes32Name(c.name))).toEqual(["HaloShareToken", "RedeemQueue", "SubscribeQueue"]);
    // the Halo's record and the unit's are scheduled together, the class first
    const batch = plan.batches.find((b) => b.actionIds.includes(unit.id))!;
    const record = action("legacy.genesis-halo/recordLegacyClass");
    expect(batch.actionIds.indexOf(record.id)).toBeLessThan(batch.actionIds.indexOf(unit.id));
  });

  it("approves a transfer destination: the controller action is enabled through the timelock, then GovOps calls it", () => {
    const dest = "0x976ea74026e726554db657fa54763abd0c3a0aa9";
    const enable = action(`class.acme-mmf.destination.${dest}/addInitControllerActions`);
    const call = action(`class.acme-mmf.destination.${dest}/callControllerAction`);
    const data = encodeFunctionData({
      abi: haloControllerAbi,
      functionName: "setDestination",
      args: [getAddress(dest), true],
    });
    expect(enable.kind).toBe("schedule");
    expect(enable.args).toEqual([data, a(0x1003)]);
    expect(keccak256(data)).toMatch(/^0x/);
    expect(call.actor).toBe("govops");
    expect(call.args).toEqual([a(0x1003), data]);
    // the GovOps call waits for the execute of the operation that enables it, not for its schedule
    const exec = plan.actions.find((x) => x.kind === "execute" && call.dependsOn.includes(x.id));
    expect(exec).toBeDefined();
    expect(call.earliestAt! >= enable.earliestAt! + 14n * DAY).toBe(true);
  });

  it("waits for a template approved in the same plan before deploying from it", () => {
    const obs2 = observed("proposed");
    const desired2 = desiredFor(state, fctx);
    const diff = diffResources(desired2, obs2.resources);
    expect(diff.changes.find((c) => c.address === "template.lcts-portfolio.v1")!.kind).toBe("update");
    const p2 = buildPlan({
      desired: desired2,
      observed: obs2,
      builders: factoryBuilders(fctx),
      desiredHash: state.treeHash,
    });
    expect(p2.actions.find((x) => x.id === "class.acme-mmf/deployClass")!.earliestAt).toBe(NOW + 14n * DAY);
  });
});

describe("legacyRecord", () => {
  const state = loadExample();
  const genesis = state.legacy[0]!;

  it("files the Halo under its agent with its template's kind and beacon kind", () => {
    const r = legacyRecord(state, genesis);
    expect(r.agentId).toBe(toBytes32Name("acme"));
    expect(r.kind).toBe(KIND.PORTFOLIO_LCTS);
    expect(r.templateId).toBe(toBytes32Name("lcts-portfolio"));
    expect(r.beacons).toEqual([{ kind: toBytes32Name("lpha-lcts"), operator: genesis.beaconOperator }]);
    expect([r.operator, r.freezer, r.govOps, r.depositAsset]).toEqual(Array(4).fill(zeroAddress));
    expect(r.day0.cycles).toBe(0);
    expect(r.contracts).toEqual([]);
  });

  it("a Halo conforming to no template: zero template, no kind, a plain legacy beacon; further contracts by their PascalCase name", () => {
    const other = getAddress("0x00000000000000000000000000000000000000e1");
    const r = legacyRecord(state, { ...genesis, conformsTo: null, addresses: { ...genesis.addresses, others: { vault: other } } });
    expect([r.templateId, r.templateVersion, r.conformsToTemplate, r.kind]).toEqual([ZERO_BYTES32, 0, false, ZERO_BYTES32]);
    expect(r.beacons[0]!.kind).toBe(toBytes32Name("legacy"));
    expect(r.contracts).toEqual([{ name: toBytes32Name("Vault"), addr: other }]);
  });
});
