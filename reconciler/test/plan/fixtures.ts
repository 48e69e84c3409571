/** Shared, chain-free scenarios for the planner, renderer and plan-file tests. */
import { type Address, type Hex, encodeFunctionData, keccak256, stringToBytes, toFunctionSelector } from "viem";
import type { ObservedState, ResourceMap } from "../../model/observed.js";
import { type ActionBuilder, type Builders, toJsonValue, type JsonValue } from "../../plan/actions.js";
import { cbeamGrantOperation } from "../../plan/pas.js";

export const E18 = 10n ** 18n;
export const M = 1_000_000n * E18;
export const HOUR = 3600n;
export const DAY = 24n * HOUR;
export const NOW = 1_800_000_000n;

export const CONFIGURATOR = "0xc0f0000000000000000000000000000000000001" as Address;
export const BEAM_STATE = "0x5000000000000000000000000000000000000002" as Address;
export const TIMELOCK = "0x7000000000000000000000000000000000000003" as Address;
export const FACTORY = "0xfac0000000000000000000000000000000000004" as Address;
export const PAU1 = "0x1111111111111111111111111111111111111111" as Address;
export const PAU2 = "0x2222222222222222222222222222222222222222" as Address;
/** The classes' RateLimits and HaloControllers (what PAS is keyed by). */
export const RL1 = "0x1111111111111111111111111111111111110001" as Address;
export const CTRL1 = "0x1111111111111111111111111111111111110002" as Address;
export const RL2 = "0x2222222222222222222222222222222222220001" as Address;
export const CTRL2 = "0x2222222222222222222222222222222222220002" as Address;
export const PAUSE_PROXY = "0xbe8e3e3618f7474f8cb1d074a26affef007e98fb" as Address;
export const PROPOSER_ADAPTER = "0xcb00000000000000000000000000000000000005" as Address;
export const WAD = 10n ** 18n;
export const GOVOPS1 = "0xa000000000000000000000000000000000000001" as Address;
export const GOVOPS2 = "0xa000000000000000000000000000000000000002" as Address;
export const RELAYER1 = "0xb000000000000000000000000000000000000001" as Address;
export const SUSDS = "0xd000000000000000000000000000000000000001" as Address;
export const KEY_TRANSFER = keccak256(stringToBytes("LIMIT_TRANSFER/acme-mmf")) as Hex;
export const KEY_TBILL = keccak256(stringToBytes("LIMIT_TRANSFER/acme-tbill")) as Hex;
export const SLOPE = 115_740_740_740_740_740_740n;

/** `isActionInRole(sel, 3)` true for the factory's five selectors. */
export function authorisedActions(): Record<string, boolean> {
  return Object.fromEntries(
    ["addRateLimits(address)", "addController(address)", "addInitRateLimits(bytes32,address,uint256,uint256)", "setCBeamForRateLimits(address,address)", "setCBeamForController(address,address)"].map(
      (s) => [toFunctionSelector(s).toLowerCase(), true],
    ),
  );
}

export function observedBase(): ObservedState {
  return {
    chainId: 31337,
    blockNumber: 123n,
    blockHash: ("0x" + "ab".repeat(32)) as Hex,
    blockTimestamp: NOW,
    system: {
      configurator: CONFIGURATOR,
      beamState: BEAM_STATE,
      timelock: TIMELOCK,
      factory: FACTORY,
      cbeamProposer: PROPOSER_ADAPTER,
      pauseProxy: PAUSE_PROXY,
    },
    pas: {
      stopped: false,
      timelockPaused: false,
      hop: { "0x0000000000000000000000000000000000000000": 18n * HOUR },
      maxChange: { "0x0000000000000000000000000000000000000000": (125n * WAD) / 100n },
      factoryRole: { role: 3, userRole: true, actions: authorisedActions(), proposerIsAdapter: true },
      cBeams: [GOVOPS1.toLowerCase()],
      timelockOperationCount: 0n,
    },
    controllerActions: [],
    timelockMinDelay: 14n * DAY,
    resources: {
      "agent.acme": { type: "agent", fields: { name: "Acme" } },
      "class.acme-mmf": {
        type: "class",
        fields: {
          agent: "acme",
          "template.id": "lcts-portfolio",
          "template.version": 1n,
          "params.depositAsset": SUSDS,
          pau: PAU1,
          rateLimits: RL1,
          controller: CTRL1,
          govOps: [GOVOPS1],
        },
      },
      "class.acme-mmf.govOps.0xa000000000000000000000000000000000000001": {
        type: "govOps",
        fields: { cBeam: true, rateLimits: true, controller: true },
      },
      "class.acme-mmf.init.transfer": {
        type: "init",
        fields: { key: KEY_TRANSFER, rateLimits: RL1, maxAmount: 10n * M, slope: SLOPE },
      },
      "class.acme-mmf.rateLimit.transfer": {
        type: "rateLimit",
        fields: { key: KEY_TRANSFER, rateLimits: RL1, maxAmount: 10n * M, slope: SLOPE, zzz: NOW - 20n * HOUR },
      },
    },
    timelockOperations: [],
  };
}

/** Desired state of the spec's summary example: 2 to add, 1 to change; 1 timelock batch; 1 ramp of 4 steps over 54 h. */
export function desiredSummaryExample(): ResourceMap {
  return {
    "agent.acme": { type: "agent", fields: { name: "Acme" } },
    "class.acme-mmf": {
      type: "class",
      fields: {
        agent: "acme",
        "template.id": "lcts-portfolio",
        "template.version": 1,
        "params.depositAsset": SUSDS,
        govOps: GOVOPS1,
      },
    },
    "class.acme-mmf.govOps.0xa000000000000000000000000000000000000001": {
      type: "govOps",
      fields: { rateLimits: true, controller: true },
    },
    "class.acme-mmf.govOps.0xa000000000000000000000000000000000000002": {
      type: "govOps",
      fields: { rateLimits: true, controller: true },
    },
    "class.acme-mmf.init.transfer": { type: "init", fields: { key: KEY_TRANSFER, maxAmount: 10n * M, slope: SLOPE } },
    "class.acme-mmf.rateLimit.transfer": {
      type: "rateLimit",
      fields: { key: KEY_TRANSFER, maxAmount: 20n * M, slope: SLOPE },
    },
    "class.acme-mmf.relayer.0xb000000000000000000000000000000000000001": { type: "relayer", fields: {} },
  };
}

/** A stand-in factory ABI: the real one belongs to the factory engineer; the planner only needs calldata. */
export const fakeFactoryAbi = [
  {
    type: "function",
    name: "deployClass",
    stateMutability: "nonpayable",
    inputs: [
      { name: "classId", type: "string" },
      { name: "templateId", type: "string" },
      { name: "version", type: "uint256" },
    ],
    outputs: [{ name: "pau", type: "address" }],
  },
] as const;

/** The factory registers the class in PAS with its Day-0 inits and schedules the `addCBeam` of a new GovOps. */
export const fakeClassBuilder: ActionBuilder = (change, ctx) => {
  if (change.kind !== "create") return { refused: "fake builder only creates" };
  const id = change.address.split(".")[1]!;
  const f = change.desired!.fields;
  const args = [id, String(f["template.id"]), BigInt(f["template.version"] as bigint)] as const;
  const govOps = f.govOps as Address;
  const immediate = ctx.observed.pas.cBeams.includes(govOps.toLowerCase());
  return [
    {
      key: "deployClass",
      kind: "create",
      target: ctx.observed.system.factory!,
      function: "deployClass",
      args: toJsonValue(args) as JsonValue[],
      calldata: encodeFunctionData({ abi: fakeFactoryAbi, functionName: "deployClass", args }),
      actor: "deployer",
      dependsOn: [{ resource: `template.${String(f["template.id"])}.v${String(f["template.version"])}` }],
      provides: [
        ...Object.keys(ctx.desired).filter((a) => a.startsWith(`class.${id}.init.`)),
        ...(immediate ? [`class.${id}.govOps.${govOps.toLowerCase()}`] : []),
      ],
      ...(immediate
        ? {}
        : {
            schedules: {
              op: cbeamGrantOperation(ctx.observed.system.beamState, govOps, keccak256(stringToBytes(id))),
              delay: ctx.observed.timelockMinDelay,
              provides: [],
            },
          }),
    },
  ];
};

export const fakeBuilders: Builders = { class: fakeClassBuilder };

/** A new class deployed by the factory, then configured by its GovOps once the grant is executed. */
export function desiredNewClass(): ResourceMap {
  const d = desiredSummaryExample();
  d["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 10n * M;
  delete d["class.acme-mmf.relayer.0xb000000000000000000000000000000000000001"];
  delete d["class.acme-mmf.govOps.0xa000000000000000000000000000000000000002"];
  d["class.acme-tbill"] = {
    type: "class",
    fields: {
      agent: "acme",
      "template.id": "lcts-portfolio",
      "template.version": 1n,
      "params.depositAsset": SUSDS,
      pau: PAU2,
      rateLimits: RL2,
      controller: CTRL2,
      govOps: GOVOPS2,
    },
  };
  d["class.acme-tbill.govOps.0xa000000000000000000000000000000000000002"] = {
    type: "govOps",
    fields: { rateLimits: true, controller: true },
  };
  d["class.acme-tbill.init.transfer"] = { type: "init", fields: { key: KEY_TBILL, maxAmount: 5n * M, slope: SLOPE } };
  d["class.acme-tbill.rateLimit.transfer"] = {
    type: "rateLimit",
    fields: { key: KEY_TBILL, maxAmount: 5n * M, slope: SLOPE },
  };
  d["class.acme-tbill.relayer.0xb000000000000000000000000000000000000001"] = { type: "relayer", fields: {} };
  return d;
}
