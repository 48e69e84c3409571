/** Shared, chain-free scenarios for the planner, renderer and plan-file tests. */
import { type Address, type Hex, encodeFunctionData, keccak256, stringToBytes } from "viem";
import type { ObservedState, ResourceMap } from "../../model/observed.js";
import { type ActionBuilder, type Builders, beamStateAbi, toJsonValue, type JsonValue } from "../../plan/actions.js";
import { ZERO_BYTES32 } from "../../plan/timelock.js";

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
export const GOVOPS1 = "0xa000000000000000000000000000000000000001" as Address;
export const GOVOPS2 = "0xa000000000000000000000000000000000000002" as Address;
export const RELAYER1 = "0xb000000000000000000000000000000000000001" as Address;
export const SUSDS = "0xd000000000000000000000000000000000000001" as Address;
export const KEY_TRANSFER = keccak256(stringToBytes("LIMIT_TRANSFER/acme-mmf")) as Hex;
export const KEY_TBILL = keccak256(stringToBytes("LIMIT_TRANSFER/acme-tbill")) as Hex;
export const SLOPE = 115_740_740_740_740_740_740n;

export function observedBase(): ObservedState {
  return {
    chainId: 31337,
    blockNumber: 123n,
    blockHash: ("0x" + "ab".repeat(32)) as Hex,
    blockTimestamp: NOW,
    system: { configurator: CONFIGURATOR, beamState: BEAM_STATE, timelock: TIMELOCK, factory: FACTORY },
    sorl: { hop: 18n * HOUR, maxChangeBps: 2500n },
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
          govOps: GOVOPS1,
        },
      },
      "class.acme-mmf.govOps.0xa000000000000000000000000000000000000001": { type: "govOps", fields: {} },
      "class.acme-mmf.init.transfer": { type: "init", fields: { key: KEY_TRANSFER, maxAmount: 10n * M, slope: SLOPE } },
      "class.acme-mmf.rateLimit.transfer": {
        type: "rateLimit",
        fields: { key: KEY_TRANSFER, maxAmount: 10n * M, slope: SLOPE, lastIncreaseAt: NOW - 20n * HOUR },
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
    "class.acme-mmf.govOps.0xa000000000000000000000000000000000000001": { type: "govOps", fields: {} },
    "class.acme-mmf.govOps.0xa000000000000000000000000000000000000002": { type: "govOps", fields: {} },
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

/** The factory registers the PAU with its Day-0 inits and schedules the cBEAM grant itself. */
export const fakeClassBuilder: ActionBuilder = (change, ctx) => {
  if (change.kind !== "create") return { refused: "fake builder only creates" };
  const id = change.address.split(".")[1]!;
  const f = change.desired!.fields;
  const args = [id, String(f["template.id"]), BigInt(f["template.version"] as bigint)] as const;
  const govOps = f.govOps as Address;
  const pau = f.pau as Address;
  const grant = encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args: [pau, govOps] });
  return [
    {
      key: "deployClass",
      kind: "create",
      target: ctx.observed.system.factory!,
      function: "deployClass",
      args: toJsonValue(args) as JsonValue[],
      calldata: encodeFunctionData({ abi: fakeFactoryAbi, functionName: "deployClass", args }),
      authority: "deployer",
      dependsOn: [{ resource: `template.${String(f["template.id"])}.v${String(f["template.version"])}` }],
      provides: Object.keys(ctx.desired).filter((a) => a.startsWith(`class.${id}.init.`)),
      schedules: {
        op: {
          calls: [{ target: ctx.observed.system.beamState, value: 0n, data: grant }],
          predecessor: ZERO_BYTES32,
          salt: keccak256(stringToBytes(id)),
        },
        delay: ctx.observed.timelockMinDelay,
        provides: [`class.${id}.govOps.${govOps.toLowerCase()}`],
      },
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
      govOps: GOVOPS2,
    },
  };
  d["class.acme-tbill.govOps.0xa000000000000000000000000000000000000002"] = { type: "govOps", fields: {} };
  d["class.acme-tbill.init.transfer"] = { type: "init", fields: { key: KEY_TBILL, maxAmount: 5n * M, slope: SLOPE } };
  d["class.acme-tbill.rateLimit.transfer"] = {
    type: "rateLimit",
    fields: { key: KEY_TBILL, maxAmount: 5n * M, slope: SLOPE },
  };
  d["class.acme-tbill.relayer.0xb000000000000000000000000000000000000001"] = { type: "relayer", fields: {} };
  return d;
}
