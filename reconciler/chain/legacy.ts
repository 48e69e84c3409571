/**
 * Pre-factory (legacy) Halos: does a Halo deployed without the factory conform to a template?
 *
 * A legacy entry that declares `conformsTo: { id, version }` is governance's statement that its contracts are
 * that template's code, wired and parameterised as the template allows. It is checked against the template
 * version as the TemplateRegistry pins it (docs/desired-state.md, "legacy.yaml"):
 *
 *   code      every contract of the entry is one of the template's components (by name) and runs the pinned
 *             code: either an EIP-1167 clone whose implementation's code hash is the pinned `codeHash`, or a
 *             contract whose own code hash is the pinned `codeHash`. Every component the template pins for the
 *             scope (class: the PAU and, for a Term template, the NFAT contracts; unit: its contracts) is present.
 *   wiring    the PAU is one PAU (the HaloController's `proxy()` / `rateLimits()` are the declared ALMProxy /
 *             RateLimits) and a Portfolio unit belongs to it (both queues' `controller()` is the class's
 *             HaloController, their `shareToken()` the unit's HaloShareToken).
 *   ranges    a Portfolio unit's parameters that live on chain are inside the template's unit ranges: the
 *             SubscribeQueue's `capacity` and `minDeposit`, the share token's `maxRateIncreaseBps`. (seniority,
 *             targetYieldBps and initialExchangeRate are not stored by the contracts: nothing to compare.)
 *
 * Every read is pinned to one block. Used by `halo plan` (a declared entry that does not conform is an input
 * error, nothing planned) and by `halo verify` (one row per finding).
 */
import { type Address, type Client, type Hex, getAddress, keccak256 } from "viem";
import { getCode, readContract } from "viem/actions";
import { haloControllerAbi, haloShareTokenAbi, subscribeQueueAbi } from "../abi/index.js";
import { type DesiredLegacyHalo, type DesiredState, formatAt } from "../model/desired.js";
import type { FieldValue, ObservedState } from "../model/observed.js";
import { COMPONENT } from "./names.js";

/** One component of a template version, as the TemplateRegistry pins it. */
export interface PinnedComponent {
  scope: "class" | "unit";
  /** The component's name (`ALMProxy`, `SubscribeQueue`, …). */
  name: string;
  implementation: Address;
  codeHash: Hex;
}

/** A parameter range of a template version. */
export interface PinnedRange {
  scope: "class" | "unit";
  name: string;
  min: bigint;
  max: bigint;
}

/** A contract of a legacy entry, under its component name. */
export interface NamedContract {
  name: string;
  address: Address;
}

/** One finding: `name` is the row (`code.ALMProxy`, `wiring.HaloController.proxy`, `range.capacity`). */
export interface Finding {
  name: string;
  ok: boolean;
  detail: string;
}

const EIP1167_PREFIX = "0x363d3d373d3d3d363d73";
const EIP1167_SUFFIX = "5af43d82803e903d91602b57fd5bf3";

/** The implementation an EIP-1167 minimal proxy delegates to, or undefined when `code` is not one. */
export function cloneTarget(code: Hex | undefined): Address | undefined {
  if (code === undefined) return undefined;
  const c = code.toLowerCase();
  if (c.length !== 2 + 45 * 2 || !c.startsWith(EIP1167_PREFIX) || !c.endsWith(EIP1167_SUFFIX)) return undefined;
  return getAddress(`0x${c.slice(EIP1167_PREFIX.length, EIP1167_PREFIX.length + 40)}`);
}

import { componentName } from "../load/normalize.js";

export { componentName };

/** The inverse of `componentName` for a recorded name (`NfatFacility` → `nfatFacility`). */
export function yamlKey(name: string): string {
  return name.length === 0 ? name : name[0]!.toLowerCase() + name.slice(1);
}

/**
 * The pinned components and ranges of an observed template resource (`template.<id>.v<version>`): its fields
 * `components` (`class:ALMProxy`, …), `implementations` and `codehashes` are parallel lists.
 */
export function pinnedFromObserved(fields: Record<string, FieldValue>): { components: PinnedComponent[]; ranges: PinnedRange[] } {
  const list = (v: FieldValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);
  const names = list(fields.components);
  const impls = list(fields.implementations);
  const hashes = list(fields.codehashes);
  const components = names.map((n, i): PinnedComponent => {
    const [scope, name] = n.split(":") as ["class" | "unit", string];
    return { scope, name, implementation: getAddress(impls[i]!), codeHash: hashes[i]!.toLowerCase() as Hex };
  });
  const ranges = list(fields.ranges).flatMap((r): PinnedRange[] => {
    const m = /^(class|unit)\.([^=]+)=([0-9]+)\.\.([0-9]+)$/.exec(r);
    return m === null ? [] : [{ scope: m[1] as "class" | "unit", name: m[2]!, min: BigInt(m[3]!), max: BigInt(m[4]!) }];
  });
  return { components, ranges };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const hasCode = (code: Hex | undefined): code is Hex => code !== undefined && code !== "0x";

/** `code`: each contract runs a pinned component's code, and every pinned component of `scope` is there. */
export async function codeFindings(
  client: Client,
  scope: "class" | "unit",
  pinned: readonly PinnedComponent[],
  contracts: readonly NamedContract[],
  template: string,
  blockNumber?: bigint,
): Promise<Finding[]> {
  const at = blockNumber === undefined ? {} : { blockNumber };
  const wanted = pinned.filter((p) => p.scope === scope);
  const out: Finding[] = [];
  for (const c of contracts) {
    const row = `code.${c.name}`;
    const p = wanted.find((x) => same(x.name, c.name));
    if (p === undefined) {
      out.push({ name: row, ok: false, detail: `${c.name} is not a ${scope} component of ${template} (components: ${wanted.map((x) => x.name).join(", ") || "none"})` });
      continue;
    }
    const code = await getCode(client, { address: c.address, ...at });
    if (!hasCode(code)) {
      out.push({ name: row, ok: false, detail: `no contract at ${c.address}` });
      continue;
    }
    const target = cloneTarget(code);
    if (target !== undefined) {
      const impl = await getCode(client, { address: target, ...at });
      const hash = hasCode(impl) ? keccak256(impl) : undefined;
      const ok = hash === p.codeHash.toLowerCase();
      out.push({
        name: row,
        ok,
        detail: ok
          ? `${c.address} is an EIP-1167 clone of ${target}, whose code hash is the pinned ${p.codeHash}`
          : `${c.address} is an EIP-1167 clone of ${target}, whose code hash ${hash ?? "(no code)"} is not the pinned ${p.codeHash}`,
      });
      continue;
    }
    const hash = keccak256(code);
    const ok = hash === p.codeHash.toLowerCase();
    out.push({
      name: row,
      ok,
      detail: ok
        ? `${c.address} runs the pinned code (code hash ${hash})`
        : `${c.address} is not an EIP-1167 clone and its code hash ${hash} is not the pinned ${p.codeHash}`,
    });
  }
  for (const p of wanted)
    if (!contracts.some((c) => same(c.name, p.name)))
      out.push({ name: `code.${p.name}`, ok: false, detail: `no ${p.name} declared: ${template} pins one per ${scope}` });
  return out;
}

type Read = (address: Address, abi: readonly unknown[], functionName: string) => Promise<unknown>;

function reader(client: Client, blockNumber?: bigint): Read {
  return (address, abi, functionName) =>
    readContract(client, { address, abi, functionName, ...(blockNumber === undefined ? {} : { blockNumber }) } as never);
}

/** `fn()` of `contract` as an address, or a description of why it cannot be read (never equal to an address). */
async function addressOf(read: Read, contract: Address, abi: readonly unknown[], fn: string): Promise<string> {
  try {
    return getAddress((await read(contract, abi, fn)) as Address);
  } catch {
    return `unreadable (${contract} has no ${fn}())`;
  }
}

/** `wiring`: the HaloController drives the declared ALMProxy and RateLimits. */
export async function pauWiringFindings(
  client: Client,
  pau: { almProxy: Address; rateLimits: Address; controller: Address },
  blockNumber?: bigint,
): Promise<Finding[]> {
  const read = reader(client, blockNumber);
  const out: Finding[] = [];
  for (const [fn, want] of [
    ["proxy", pau.almProxy],
    ["rateLimits", pau.rateLimits],
  ] as const) {
    const got = await addressOf(read, pau.controller, haloControllerAbi, fn);
    const ok = same(got, want);
    out.push({ name: `wiring.${COMPONENT.CONTROLLER}.${fn}`, ok, detail: ok ? `${fn}() is ${want}` : `${fn}() is ${got}, the entry declares ${want}` });
  }
  return out;
}

/**
 * `wiring` and `ranges` of a Portfolio unit: both queues belong to the class's controller and the unit's share
 * token; the parameters the contracts store are inside the template's unit ranges.
 */
export async function lctsUnitFindings(
  client: Client,
  unit: readonly NamedContract[],
  controller: Address,
  ranges: readonly PinnedRange[],
  blockNumber?: bigint,
): Promise<Finding[]> {
  const read = reader(client, blockNumber);
  const by = (n: string) => unit.find((c) => same(c.name, n))?.address;
  const token = by(COMPONENT.SHARE_TOKEN);
  const out: Finding[] = [];
  for (const q of [COMPONENT.SUBSCRIBE_QUEUE, COMPONENT.REDEEM_QUEUE]) {
    const queue = by(q);
    if (queue === undefined) continue; // reported by codeFindings
    for (const [fn, want] of [
      ["controller", controller],
      ["shareToken", token],
    ] as const) {
      if (want === undefined) continue;
      const got = await addressOf(read, queue, subscribeQueueAbi, fn);
      const ok = same(got, want);
      out.push({ name: `wiring.${q}.${fn}`, ok, detail: ok ? `${fn}() is ${want}` : `${fn}() is ${got}, expected ${want}` });
    }
  }
  const onChain: { name: string; contract: Address | undefined; abi: readonly unknown[] }[] = [
    { name: "capacity", contract: by(COMPONENT.SUBSCRIBE_QUEUE), abi: subscribeQueueAbi },
    { name: "minDeposit", contract: by(COMPONENT.SUBSCRIBE_QUEUE), abi: subscribeQueueAbi },
    { name: "maxRateIncreaseBps", contract: token, abi: haloShareTokenAbi },
  ];
  for (const p of onChain) {
    const r = ranges.find((x) => x.scope === "unit" && x.name === p.name);
    if (r === undefined || p.contract === undefined) continue;
    let value: bigint;
    try {
      value = (await read(p.contract, p.abi, p.name)) as bigint;
    } catch {
      out.push({ name: `range.${p.name}`, ok: false, detail: `${p.name}() of ${p.contract} is unreadable` });
      continue;
    }
    const ok = value >= r.min && value <= r.max;
    out.push({ name: `range.${p.name}`, ok, detail: `${p.name} ${value} ${ok ? "inside" : "outside"} the template's range ${r.min}..${r.max}` });
  }
  return out;
}

/** The class-scope contracts of a declared legacy Halo, under their component names (PAU first). */
export function declaredClassContracts(l: DesiredLegacyHalo): NamedContract[] {
  return [
    { name: COMPONENT.ALM_PROXY, address: l.addresses.almProxy },
    { name: COMPONENT.RATE_LIMITS, address: l.addresses.rateLimits },
    { name: COMPONENT.CONTROLLER, address: l.addresses.controller },
    ...Object.entries(l.addresses.others).map(([key, address]) => ({ name: componentName(key), address })),
  ];
}

/**
 * `halo plan`'s input check of legacy.yaml against the chain: every declared pre-factory Halo (and unit) not yet
 * recorded that claims `conformsTo` must conform (code, wiring, ranges above) to that template version as the
 * TemplateRegistry pins it. One `file:line:col path: message` line per entry that does not; none when all do.
 */
export async function legacyConformityErrors(client: Client, state: DesiredState, observed: ObservedState): Promise<string[]> {
  const out: string[] = [];
  const block = observed.blockNumber;
  for (const l of state.legacy) {
    if (l.conformsTo === null) continue;
    const template = `${l.conformsTo.id} v${l.conformsTo.version}`;
    const at = l.conformsToSource;
    const t = observed.resources[`template.${l.conformsTo.id}.v${l.conformsTo.version}`];
    if (t === undefined) {
      out.push(formatAt(at, `template ${template} is not on chain: a pre-factory Halo cannot be checked against it`));
      continue;
    }
    const { components, ranges } = pinnedFromObserved(t.fields);
    const portfolio = t.fields.kind === "portfolio-lcts";
    if (observed.resources[`legacy.${l.id}`] === undefined) {
      const findings = [
        ...(await codeFindings(client, "class", components, declaredClassContracts(l), template, block)),
        ...(await pauWiringFindings(client, l.addresses, block)),
      ];
      const failed = findings.filter((f) => !f.ok);
      if (failed.length > 0) out.push(formatAt(at, `${l.id} does not conform to ${template}: ${failed.map((f) => f.detail).join("; ")}`));
    }
    for (const u of l.units) {
      if (observed.resources[`legacy.${l.id}.unit.${u.id}`] !== undefined) continue;
      const contracts = Object.entries(u.contracts).map(([name, address]) => ({ name, address }));
      const findings = [
        ...(await codeFindings(client, "unit", components, contracts, template, block)),
        ...(portfolio ? await lctsUnitFindings(client, contracts, l.addresses.controller, ranges, block) : []),
      ];
      const failed = findings.filter((f) => !f.ok);
      if (failed.length > 0)
        out.push(formatAt(u.contractsSource, `unit ${u.id} does not conform to ${template}: ${failed.map((f) => f.detail).join("; ")}`));
    }
  }
  return out;
}
