/**
 * `halo verify`: the Day-0 checklist of spec/factory.md as code, for one class or unit on any chain.
 *
 * Checks (each a named row of the result; docs/operations.md lists them):
 *   registry.recorded       the entry is in the HaloRegistry as a factory entry, every contract factory-deployed
 *                           (a class's: its PAU, kept in the record's own fields, and its other contracts)
 *   params                  the parameters of the factory's canonical ClassDeployed / UnitDeployed event hash to
 *                           the registry's `paramsHash`, and each template range is given once, inside its bounds
 *   template.status         its template version is approved (deprecated is reported, revoked fails)
 *   clone.<Component>       the contract is an EIP-1167 clone of the template's implementation, whose code hash
 *                           equals the template's pinned hash
 *   roles.<Component>.<ROLE> the holders are exactly those of docs/roles.md (enumerated with
 *                           getRoleMemberCount / getRoleMember, or for the LCTS unit contracts, which have plain
 *                           AccessControl, replayed from RoleGranted / RoleRevoked); a role id outside the table
 *                           with a holder fails
 *   pas.registered          the class's RateLimits and HaloController are registered in PAS's BeamState
 *   pas.configuratorAdmin   the PAS Configurator reads this BeamState and administers the PAU (ALMProxy, RateLimits,
 *                           HaloController)
 *   pas.beamState           BeamState is not stopped (a stopped BeamState halts the Configurator)
 *   pas.timelock            the PAS Timelock is not paused
 *   cbeam.grant             the class's GovOps is a cBEAM on its RateLimits and HaloController, or the grant is
 *                           pending (addCBeam scheduled on the PAS Timelock, or the Core Council's per-class grant)
 *   cbeam.undeclared        no other cBEAM holds a grant on the class's RateLimits or HaloController
 *   ratelimit.<flow>.<id>   Day-0 (model/day0.ts, the planner's rule too): the limit is at most the template's Day-0
 *                           value, and its PAS init equals it
 *                           (`initRateLimits[key][rateLimits]`); after Day-0: every increase since followed SORL
 *                           (ceiling max(init, current, current × maxChange), ≥ hop apart; per-RateLimits values)
 *   beacon.<kind>           the template's beacon kinds each have a non-zero operator in the record
 *   artifact                the registry's artifact is complete and, when given, equals the document's sha256
 *   artifact.<section>      with the document (--artifact FILE / --artifacts DIR, ops/artifact.ts) and its hash right:
 *                           identity, addresses, actors, params, beacons, legal — every field against the chain
 *   deal.token              deal units: the NFT exists and its data equals the registry record
 *   day0.status             informational: reviews recorded of those required, and whether Day-0 ended
 * A pre-factory (legacy) entry is checked by ops/verify-legacy.ts instead (conformity to the template it claims,
 * PAS registration, artifact).
 */
import { type Abi, type Address, type Client, type Hex, encodeFunctionData, erc20Abi, getAbiItem, getAddress, keccak256, parseAbiItem, sha256, toBytes, zeroAddress } from "viem";
import { call, getBlock, getBlockNumber, getChainId, getCode, getLogs, readContract } from "viem/actions";
import * as abi from "../abi/index.js";
import { cloneTarget } from "../chain/legacy.js";
import { LIMIT, assetCounterpartyKey, fromBytes32Name, kindName, roleId, scaleDay0 } from "../chain/names.js";
import { type Day0Status, checkDay0Limit, isoDate, progress } from "../model/day0.js";
import { type ArtifactFacts, type ArtifactSource, type ResolvedArtifact, artifactHashCheck, compareArtifact, parseArtifact, resolveArtifact } from "./artifact.js";
import { type OpsSystem, OpsError, describeError, idText } from "./common.js";
import { CLASS_DEPLOYED, UNIT_DEPLOYED, type NamedAddress, type NamedValue, classContracts, paramsHashOf } from "./registry.js";
import { LOG_ROLE_CONTRACTS, type RoleLog, holdersOf, replayRoleLogs } from "../chain/roles-from-logs.js";
import { type ContractName, type Holder, ROLE_TABLE, isContractName } from "./roles.js";
import { beaconRoleChecks } from "./verify-beacons.js";
import { legacyChecks } from "./verify-legacy.js";
import type { ClassRecord, UnitRecord } from "../chain/refresh-shared.js";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyResult {
  target: { type: "class" | "unit"; id: string; idHex: Hex };
  block: string;
  ok: boolean;
  checks: Check[];
}

export interface VerifyOptions {
  /** Expected artifact sha256 (from the document the reviewer holds). */
  artifactSha256?: Hex;
  /** Where to read the artifact document (ops/artifact.ts): a file, and / or the directory standing in for ipfs://. */
  artifactSource?: ArtifactSource;
  /** First block for role / rate-limit history queries (default 0). */
  fromBlock?: bigint;
  /** Blocks per eth_getLogs query (default 100 000). */
  blockRange?: bigint;
}

/** The registry's records as its ABI returns them (one definition: chain/refresh-shared.ts). */
type RegClass = ClassRecord;
type RegUnit = UnitRecord;
interface Component {
  name: Hex;
  implementation: Address;
  codeHash: Hex;
}
interface ParamRange {
  name: Hex;
  min: bigint;
  max: bigint;
}
interface TemplateVersion {
  status: number;
  spec: {
    kind: Hex;
    beaconKinds: readonly Hex[];
    classComponents: readonly Component[];
    unitComponents: readonly Component[];
    classRanges: readonly ParamRange[];
    unitRanges: readonly ParamRange[];
    day0Limits: readonly { flow: Hex; maxAmount: bigint; slope: bigint }[];
    day0Cycles: number;
  };
}

const STATUS = ["none", "proposed", "approved", "deprecated", "revoked"] as const;
const ZERO32: Hex = `0x${"00".repeat(32)}`;
const ROLE_GRANTED = parseAbiItem("event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)");
const ROLE_REVOKED = parseAbiItem("event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)");
const SET_CBEAM_FOR_RATE_LIMITS = getAbiItem({ abi: abi.pasBeamStateAbi, name: "SetCBeamForRateLimits" });
const SET_CBEAM_FOR_CONTROLLER = getAbiItem({ abi: abi.pasBeamStateAbi, name: "SetCBeamForController" });
const RATE_LIMIT_SET = parseAbiItem("event RateLimitDataSet(bytes32 indexed key, uint256 maxAmount, uint256 slope, uint256 lastAmount, uint256 lastUpdated)");
/** Every contract of the table answers getRoleMember / getRoleMemberCount (AccessControlEnumerable). */
const enumerableAbi = abi.almProxyAbi as Abi;

class Checks {
  readonly list: Check[] = [];
  add(name: string, ok: boolean, detail: string): void {
    this.list.push({ name, ok, detail });
  }
}

interface Context {
  client: Client;
  system: OpsSystem;
  block: bigint;
  fromBlock: bigint;
  blockRange: bigint;
  checks: Checks;
}

const read = <T>(ctx: Context, address: Address, contractAbi: Abi, functionName: string, args: readonly unknown[] = []): Promise<T> =>
  readContract(ctx.client, { address, abi: contractAbi, functionName, args, blockNumber: ctx.block } as never) as Promise<T>;

export async function verify(client: Client, system: OpsSystem, type: "class" | "unit", idHex: Hex, options: VerifyOptions = {}): Promise<VerifyResult> {
  const block = await getBlockNumber(client);
  const ctx: Context = { client, system, block, fromBlock: options.fromBlock ?? 0n, blockRange: options.blockRange ?? 100_000n, checks: new Checks() };
  const registry = system.haloRegistry;

  let unit: RegUnit | undefined;
  let classId = idHex;
  if (type === "unit") {
    if (!(await read<boolean>(ctx, registry, abi.haloRegistryAbi, "unitExists", [idHex]))) throw new OpsError(`unit ${idText(idHex)} is not in the HaloRegistry`);
    unit = await read<RegUnit>(ctx, registry, abi.haloRegistryAbi, "getUnit", [idHex]);
    classId = unit.classId;
  } else if (!(await read<boolean>(ctx, registry, abi.haloRegistryAbi, "classExists", [idHex]))) {
    throw new OpsError(`class ${idText(idHex)} is not in the HaloRegistry`);
  }
  const cls = await read<RegClass>(ctx, registry, abi.haloRegistryAbi, "getClass", [classId]);
  const term = kindName(cls.kind) === "term-nfat";

  // A pre-factory entry has its own checklist (ops/verify-legacy.ts): no factory event, Day-0 limit or cBEAM grant.
  if (cls.origin === 2 || unit?.origin === 2) {
    const doc = await readDocument((unit ?? cls).artifact.uri, options);
    const checks = await legacyChecks(client, system, block, cls, unit, doc.sha256);
    if (doc.problem !== undefined) checks.push({ name: "artifact.document", ok: false, detail: doc.problem });
    return { target: { type, id: idText(idHex), idHex }, block: block.toString(), ok: checks.every((c) => c.ok), checks };
  }

  // ---- registry ----
  // The registry keeps a class's PAU in its own fields; every contract of the class is checked alike.
  const allClassContracts = classContracts(cls);
  const own = unit !== undefined ? unit.contracts : allClassContracts;
  const notFactory: string[] = [];
  for (const c of own) if (!(await read<boolean>(ctx, registry, abi.haloRegistryAbi, "isFactoryDeployed", [c.addr]))) notFactory.push(fromBytes32Name(c.name));
  const origin = (unit ?? cls).origin;
  ctx.checks.add(
    "registry.recorded",
    origin === 1 && notFactory.length === 0,
    origin !== 1 ? `origin is ${origin === 2 ? "legacy (pre-factory)" : "unknown"}: the Day-0 checklist covers factory entries` : notFactory.length > 0 ? `not factory-deployed: ${notFactory.join(", ")}` : `factory entry, ${own.length} contracts factory-deployed`,
  );

  // ---- template ----
  const templateName = `${fromBytes32Name(cls.templateId)} v${cls.templateVersion}`;
  const found = await read<TemplateVersion>(ctx, system.templateRegistry, abi.templateRegistryAbi, "getTemplate", [cls.templateId, cls.templateVersion]).catch(() => undefined);
  // A pre-factory class may conform to no template: what is pinned by a template cannot be checked.
  const template: TemplateVersion = found ?? { status: 0, spec: { kind: cls.kind, beaconKinds: [], classComponents: [], unitComponents: [], classRanges: [], unitRanges: [], day0Limits: [], day0Cycles: 0 } };
  const status = STATUS[template.status] ?? "unknown";
  ctx.checks.add(
    "template.status",
    status === "approved" || status === "deprecated",
    found === undefined ? `no template ${BigInt(cls.templateId) === 0n ? "(pre-factory entry)" : `${templateName} in the TemplateRegistry`}` : `${templateName} is ${status}${status === "deprecated" ? " (no new deployments; existing instances untouched)" : ""}`,
  );

  // ---- clones ----
  const components = unit !== undefined ? template.spec.unitComponents : template.spec.classComponents;
  for (const c of own) {
    const componentName = fromBytes32Name(c.name);
    const check = `clone.${componentName}`;
    const pinned = components.find((p) => p.name.toLowerCase() === c.name.toLowerCase());
    if (pinned === undefined) {
      // Deal units list no contracts; any other name is not part of the template.
      ctx.checks.add(check, false, `${componentName} is not a component of ${templateName}`);
      continue;
    }
    const target = cloneTarget(await getCode(client, { address: c.addr, blockNumber: block }));
    if (target === undefined) {
      ctx.checks.add(check, false, `${c.addr} is not an EIP-1167 clone`);
      continue;
    }
    const implCode = await getCode(client, { address: target, blockNumber: block });
    const actual = implCode === undefined || implCode === "0x" ? "(no code)" : keccak256(implCode);
    const ok = getAddress(target) === getAddress(pinned.implementation) && actual === pinned.codeHash.toLowerCase();
    ctx.checks.add(
      check,
      ok,
      getAddress(target) !== getAddress(pinned.implementation)
        ? `clone of ${target}, template pins ${pinned.implementation}`
        : actual !== pinned.codeHash.toLowerCase()
          ? `implementation code hash ${actual} ≠ pinned ${pinned.codeHash}`
          : `clone of ${target}, code hash ${actual} as pinned`,
    );
  }

  // ---- parameters ----
  const isDeal = unit !== undefined && unit.deal.dealToken !== zeroAddress;
  let deployedParams: readonly NamedValue[] | undefined;
  if (!isDeal && origin === 1) {
    deployedParams = await checkParams(ctx, unit !== undefined ? "unit" : "class", unit?.unitId ?? cls.classId, (unit ?? cls).paramsHash, unit !== undefined ? template.spec.unitRanges : template.spec.classRanges, found !== undefined);
  }

  // ---- roles ----
  const beaconOf = (kind: string): Address | undefined => cls.beacons.find((b) => fromBytes32Name(b.kind) === kind)?.operator;
  const unitContracts: Address[] = [];
  if (term) {
    for (const c of cls.contracts) if (["NfatFacility", "NfatRedeem"].includes(fromBytes32Name(c.name))) unitContracts.push(c.addr);
  } else {
    for (const u of cls.unitIds) {
      const rec = await read<RegUnit>(ctx, registry, abi.haloRegistryAbi, "getUnit", [u]);
      for (const c of rec.contracts) if (["SubscribeQueue", "RedeemQueue"].includes(fromBytes32Name(c.name))) unitContracts.push(c.addr);
    }
  }
  const resolve = (h: Holder): Address[] => {
    switch (h) {
      case "configurator":
        return [system.configurator];
      case "timelock":
        return [system.timelock];
      case "controller":
        return [cls.controller];
      case "freezer":
        return cls.freezer === zeroAddress ? [] : [cls.freezer];
      case "operator":
        return cls.operator === zeroAddress ? [] : [cls.operator];
      case "units":
        return unitContracts;
      default: {
        const b = beaconOf(h);
        return b === undefined ? [] : [b];
      }
    }
  };
  // Role contracts: the entry's own; a unit's verification also covers its class's controller (UNIT holders).
  const roleContracts: NamedAddress[] = [...own];
  if (unit !== undefined) roleContracts.push(...allClassContracts.filter((c) => fromBytes32Name(c.name) === "HaloController"));
  const addresses = roleContracts.map((c) => c.addr);
  const grants = addresses.length === 0 ? [] : await chunked(ctx, (fromBlock, toBlock) => getLogs(client, { address: addresses, event: ROLE_GRANTED, fromBlock, toBlock }));
  const revokes = addresses.length === 0 ? [] : await chunked(ctx, (fromBlock, toBlock) => getLogs(client, { address: addresses, event: ROLE_REVOKED, fromBlock, toBlock }));
  // Contracts without on-chain member sets (the LCTS unit contracts): holders replayed from the same logs.
  const book = replayRoleLogs([...grants, ...revokes] as unknown as RoleLog[]);
  const membersOf = (c: NamedAddress, role: Hex): Promise<Address[]> =>
    LOG_ROLE_CONTRACTS.has(fromBytes32Name(c.name)) ? Promise.resolve(holdersOf(book, c.addr, role)) : roleMembers(ctx, c.addr, role);
  for (const c of roleContracts) {
    const contractName = fromBytes32Name(c.name);
    if (!isContractName(contractName)) {
      ctx.checks.add(`roles.${contractName}`, false, `no roles table entry for ${contractName} (docs/roles.md)`);
      continue;
    }
    const code = await getCode(client, { address: c.addr, blockNumber: block });
    if (code === undefined || code === "0x") {
      ctx.checks.add(`roles.${contractName}`, false, `no contract at ${c.addr}`);
      continue;
    }
    const rules = ROLE_TABLE[contractName as ContractName];
    const known = new Set(rules.map((r) => roleId(r.role).toLowerCase()));
    for (const rule of rules) {
      const id = roleId(rule.role);
      const members = await membersOf(c, id);
      let expected = rule.holders.flatMap(resolve);
      if (rule.configuratorGrants) {
        const byConfigurator = grants
          .filter((g) => getAddress(g.address) === getAddress(c.addr) && g.args.role?.toLowerCase() === id.toLowerCase() && g.args.sender !== undefined && getAddress(g.args.sender) === getAddress(system.configurator))
          .map((g) => getAddress(g.args.account as Address));
        // A holder the Configurator (GovOps) or, for RELAYER, a FREEZER removed is not missing: that is managed.
        const removed = revokes
          .filter((g) => getAddress(g.address) === getAddress(c.addr) && g.args.role?.toLowerCase() === id.toLowerCase())
          .map((g) => getAddress(g.args.account as Address));
        expected = [...expected.filter((e) => members.includes(getAddress(e)) || !removed.includes(getAddress(e))), ...byConfigurator.filter((a) => members.includes(a))];
      }
      const stray = members.filter((m) => !expected.some((e) => getAddress(e) === m));
      const missing = expected.filter((e) => !members.includes(getAddress(e)));
      ctx.checks.add(
        `roles.${contractName}.${rule.role}`,
        stray.length === 0 && missing.length === 0,
        stray.length > 0 || missing.length > 0
          ? [stray.length > 0 ? `stray holder(s) ${stray.join(", ")}` : "", missing.length > 0 ? `missing ${missing.join(", ")}` : ""].filter(Boolean).join("; ")
          : members.length === 0 ? "no holder (as expected)" : `held by ${members.join(", ")}`,
      );
    }
    // A role id outside the table that has a holder (found from RoleGranted history) is a stray role.
    const others = new Set(
      grants.filter((g) => getAddress(g.address) === getAddress(c.addr) && !known.has((g.args.role ?? ZERO32).toLowerCase())).map((g) => (g.args.role as Hex).toLowerCase()),
    );
    for (const other of others) {
      const members = await membersOf(c, other as Hex);
      if (members.length > 0) ctx.checks.add(`roles.${contractName}.${other}`, false, `role not in docs/roles.md held by ${members.join(", ")}`);
    }
  }

  // ---- PAS: registration, the Configurator as PAU admin, the cBEAM, BeamState / Timelock state ----
  const bs = system.beamState;
  const [rlRegistered, ctrlRegistered] = await Promise.all([
    read<bigint>(ctx, bs, abi.pasBeamStateAbi, "rateLimits", [cls.rateLimits]),
    read<bigint>(ctx, bs, abi.pasBeamStateAbi, "controllers", [cls.controller]),
  ]);
  ctx.checks.add(
    "pas.registered",
    rlRegistered === 1n && ctrlRegistered === 1n,
    rlRegistered === 1n && ctrlRegistered === 1n
      ? `RateLimits ${cls.rateLimits} and HaloController ${cls.controller} are registered in BeamState`
      : [rlRegistered === 1n ? "" : `RateLimits ${cls.rateLimits} is not registered in BeamState (rateLimits = 0)`, ctrlRegistered === 1n ? "" : `HaloController ${cls.controller} is not registered in BeamState (controllers = 0)`].filter(Boolean).join("; "),
  );
  const confState = await read<Address>(ctx, system.configurator, abi.pasConfiguratorAbi, "beamState");
  const adminOf: string[] = [];
  for (const a of [cls.almProxy, cls.rateLimits, cls.controller]) {
    if (!(await read<boolean>(ctx, a, enumerableAbi, "hasRole", [ZERO32, system.configurator]).catch(() => false))) adminOf.push(a);
  }
  ctx.checks.add(
    "pas.configuratorAdmin",
    getAddress(confState) === getAddress(bs) && adminOf.length === 0,
    getAddress(confState) !== getAddress(bs) ? `the PAS Configurator reads BeamState ${confState}, not ${bs}` : adminOf.length > 0 ? `the PAS Configurator is not admin of ${adminOf.join(", ")}` : "the PAS Configurator administers ALMProxy, RateLimits and HaloController",
  );
  const [stopped, paused] = await Promise.all([
    read<boolean>(ctx, bs, abi.pasBeamStateAbi, "stopped"),
    read<boolean>(ctx, system.timelock, abi.pasTimelockAbi, "paused"),
  ]);
  ctx.checks.add("pas.beamState", !stopped, stopped ? "BeamState is stopped: the Configurator refuses every GovOps call until the Timelock (or a spell) starts it" : "BeamState is not stopped");
  ctx.checks.add("pas.timelock", !paused, paused ? "PAS Timelock is paused: nothing can be scheduled, cancelled or executed until the PauseProxy unpauses it" : "PAS Timelock is not paused");
  await checkCBeams(ctx, cls, classId);

  // ---- rate limits ----
  const sorl = {
    hop: await read<bigint>(ctx, bs, abi.pasBeamStateAbi, "getHop", [cls.rateLimits]),
    maxChange: await read<bigint>(ctx, bs, abi.pasBeamStateAbi, "getMaxChange", [cls.rateLimits]),
  };
  const limitTargets: { label: string; inflow: Address; outflow: Address; day0: RegClass["day0"] }[] = [];
  if (unit !== undefined && !term) {
    const by = (n: string) => unit!.contracts.find((c) => fromBytes32Name(c.name) === n)?.addr;
    const sq = by("SubscribeQueue");
    const rq = by("RedeemQueue");
    if (sq !== undefined && rq !== undefined) limitTargets.push({ label: idText(unit.unitId), inflow: sq, outflow: rq, day0: unit.day0 });
  } else if (term) {
    const by = (n: string) => cls.contracts.find((c) => fromBytes32Name(c.name) === n)?.addr;
    const f = by("NfatFacility");
    const r = by("NfatRedeem");
    if (f !== undefined && r !== undefined) limitTargets.push({ label: idText(cls.classId), inflow: f, outflow: r, day0: cls.day0 });
  } else {
    for (const u of cls.unitIds) {
      const rec = await read<RegUnit>(ctx, registry, abi.haloRegistryAbi, "getUnit", [u]);
      const by = (n: string) => rec.contracts.find((c) => fromBytes32Name(c.name) === n)?.addr;
      const sq = by("SubscribeQueue");
      const rq = by("RedeemQueue");
      if (sq !== undefined && rq !== undefined) limitTargets.push({ label: idText(u), inflow: sq, outflow: rq, day0: rec.day0 });
    }
  }
  // Template Day-0 amounts are 18-decimal reference units, scaled to the deposit asset's decimals (A-02).
  const decimals = limitTargets.length === 0 ? 18 : Number(await read<number>(ctx, cls.depositAsset, erc20Abi, "decimals"));
  for (const t of limitTargets) {
    for (const tl of template.spec.day0Limits) {
      const l = { ...tl, maxAmount: scaleDay0(tl.maxAmount, decimals), slope: scaleDay0(tl.slope, decimals) };
      const flow = l.flow.toLowerCase() === LIMIT.LIMIT_UNIT_INFLOW ? "inflow" : l.flow.toLowerCase() === LIMIT.LIMIT_UNIT_OUTFLOW ? "outflow" : l.flow;
      const counterparty = flow === "inflow" ? t.inflow : t.outflow;
      await checkLimit(ctx, `ratelimit.${flow}.${t.label}`, cls, assetCounterpartyKey(l.flow, cls.depositAsset, counterparty), l, t.day0, sorl);
    }
  }

  // ---- beacons ----
  for (const kind of template.spec.beaconKinds) {
    const k = fromBytes32Name(kind);
    const holders = cls.beacons.filter((b) => b.kind.toLowerCase() === kind.toLowerCase());
    const op = holders[0]?.operator;
    ctx.checks.add(`beacon.${k}`, holders.length === 1 && op !== undefined && op !== zeroAddress, holders.length === 1 && op !== zeroAddress ? `${k} operated by ${op}` : holders.length === 0 ? `no ${k} operator recorded` : `${holders.length} ${k} operators recorded`);
  }

  // ---- behaviour: the beacon's daily calls work for the beacon and for nobody else (simulated, no state change) ----
  if (!term) {
    const queues: { label: string; address: Address }[] = [];
    const unitsToProbe = unit !== undefined ? [unit] : await Promise.all(cls.unitIds.map((u) => read<RegUnit>(ctx, registry, abi.haloRegistryAbi, "getUnit", [u])));
    for (const u of unitsToProbe) {
      for (const c of u.contracts) {
        const n = fromBytes32Name(c.name);
        if (n === "SubscribeQueue" || n === "RedeemQueue") queues.push({ label: `${n}.${idText(u.unitId)}`, address: c.addr });
      }
    }
    const beacon = beaconOf("lpha-lcts");
    if (unit === undefined && beacon !== undefined && unitsToProbe.length > 0) {
      // the record's lpha-lcts holds BEACON_ROLE on every unit's contracts, and nobody else (ops/verify-beacons.ts)
      const named = unitsToProbe.map((u) => ({ label: idText(u.unitId), contracts: Object.fromEntries(u.contracts.map((c) => [fromBytes32Name(c.name), c.addr])) }));
      const addresses = named.flatMap((u) => Object.values(u.contracts));
      const logs = await Promise.all([ROLE_GRANTED, ROLE_REVOKED].map((event) => chunked(ctx, (fromBlock, toBlock) => getLogs(client, { address: addresses, event, fromBlock, toBlock }))));
      const unitBook = replayRoleLogs(logs.flat() as unknown as RoleLog[]);
      for (const c of beaconRoleChecks("lpha-lcts", beacon, named, (a, role) => holdersOf(unitBook, a, roleId(role)))) ctx.checks.add(c.name, c.ok, c.detail);
    }
    for (const q of queues) {
      const state = await read<number>(ctx, q.address, abi.subscribeQueueAbi, "queueState").catch(() => undefined);
      if (state === undefined || beacon === undefined) continue;
      // A LOCKED queue is probed with settle(0) (zero capacity only unlocks), any other with lock().
      const [fn, args] = state === 2 ? (["settle", [0n]] as const) : (["lock", []] as const);
      const asBeacon = await simulate(ctx, beacon, q.address, abi.subscribeQueueAbi as Abi, fn, args);
      const asOutsider = await simulate(ctx, PROBE_OUTSIDER, q.address, abi.subscribeQueueAbi as Abi, fn, args);
      ctx.checks.add(
        `behaviour.${q.label}.${fn}`,
        asBeacon === undefined && asOutsider !== undefined,
        asBeacon !== undefined ? `${fn} by lpha-lcts ${beacon} fails: ${asBeacon}` : asOutsider === undefined ? `${fn} by an outsider succeeds` : `${fn} works for lpha-lcts only`,
      );
    }
  } else if (unit === undefined) {
    const facility = cls.contracts.find((c) => fromBytes32Name(c.name) === "NfatFacility")?.addr;
    const beacon = beaconOf("lpha-nfat");
    if (facility !== undefined && beacon !== undefined) {
      const probe = keccak256(toBytes(`halo-verify-probe-${block}`));
      const asBeacon = await simulate(ctx, beacon, facility, abi.nfatFacilityAbi as Abi, "openBook", [probe]);
      const asOutsider = await simulate(ctx, PROBE_OUTSIDER, facility, abi.nfatFacilityAbi as Abi, "openBook", [probe]);
      ctx.checks.add(
        "behaviour.NfatFacility.openBook",
        asBeacon === undefined && asOutsider !== undefined,
        asBeacon !== undefined ? `openBook by lpha-nfat ${beacon} fails: ${asBeacon}` : asOutsider === undefined ? "openBook by an outsider succeeds" : "openBook works for lpha-nfat only",
      );
    }
  }

  // ---- artifact / deal ----
  const art = (unit ?? cls).artifact;
  // the document itself (ops/artifact.ts), when the reviewer says where to read it
  const { resolved, sha256: documentSha, problem } = await readDocument(art.uri, options);
  if (problem !== undefined) ctx.checks.add("artifact.document", false, problem);
  if (unit !== undefined && unit.deal.dealToken !== zeroAddress) {
    const d = unit.deal;
    const exists = await read<boolean>(ctx, d.dealToken, abi.nfatDealTokenAbi, "exists", [d.tokenId]);
    if (!exists) ctx.checks.add("deal.token", false, `deal NFT ${d.tokenId} of ${d.dealToken} does not exist (redeemed or never minted)`);
    else {
      const onChain = await read<{ originalPrincipal: bigint; depositor: Address; bookId: Hex; termsHash: Hex }>(ctx, d.dealToken, abi.nfatDealTokenAbi, "deal", [d.tokenId]);
      const ok = onChain.originalPrincipal === d.principal && getAddress(onChain.depositor) === getAddress(d.depositor) && onChain.bookId === d.bookId && onChain.termsHash === d.termsHash;
      ctx.checks.add("deal.token", ok, ok ? `NFT ${d.tokenId}: principal ${d.principal}, book ${idText(d.bookId)}, terms ${d.termsHash}` : `NFT ${d.tokenId} differs from the registry record`);
    }
    if (documentSha !== undefined) {
      ctx.checks.add("artifact", art.sha256.toLowerCase() === documentSha.toLowerCase(), `registry ${art.sha256}, document ${documentSha}`);
    }
  } else {
    const c = artifactHashCheck(art, documentSha, "pass --artifact FILE or --artifacts DIR to compare the document's content");
    ctx.checks.add(c.name, c.ok, c.detail);
  }
  // the content, once the bytes are the ones the registry records: every field against the chain
  if (resolved !== undefined && documentSha !== undefined && art.sha256.toLowerCase() === documentSha.toLowerCase()) {
    const parsed = parseArtifact(resolved.bytes);
    if ("problems" in parsed) ctx.checks.add("artifact.schema", false, `${resolved.from} is not an artifact document (schemas/artifact.schema.json): ${parsed.problems.join("; ")}`);
    else {
      const facts = await artifactFacts(ctx, type, idHex, cls, unit, deployedParams, found === undefined ? undefined : { id: fromBytes32Name(cls.templateId), version: cls.templateVersion });
      for (const section of compareArtifact(parsed.doc, facts).sections) {
        ctx.checks.add(
          `artifact.${section.name}`,
          section.mismatches.length === 0,
          section.mismatches.length > 0 ? section.mismatches.join("; ") : section.name === "legal" ? `${section.compared} legal document(s) named, located and hashed` : `${section.compared} field(s) match the chain`,
        );
      }
    }
  }

  // ---- Day-0 status (informational) ----
  const day0 = (unit ?? cls).day0;
  const reviews = await read<readonly { reportHash: Hex; reviewer: Address; timestamp: bigint }[]>(ctx, registry, abi.haloRegistryAbi, "getReviews", [unit?.unitId ?? cls.classId]);
  const dates = reviews.length === 0 ? "" : `: ${reviews.map((r) => isoDate(r.timestamp)).join(", ")}`;
  ctx.checks.add("day0.status", true, day0.endedAt !== 0n ? `Day-0 ended at ${isoDate(day0.endedAt)} after ${day0.reviewCount} reviews${dates}` : `in Day-0: ${progress(day0)} recorded, one per daily window${dates}`);

  return { target: { type, id: idText(idHex), idHex }, block: block.toString(), ok: ctx.checks.list.every((c) => c.ok), checks: ctx.checks.list };
}

/**
 * The parameters of the entry's canonical factory event (the registry keeps only their hash): the event must
 * exist, hash to `paramsHash`, and give each of the template's ranges once, inside its bounds. The last event
 * of an id counts (an id is deployed once; a second event would itself be a finding, reported below).
 */
async function checkParams(ctx: Context, kind: "class" | "unit", id: Hex, paramsHash: Hex, ranges: readonly ParamRange[], haveTemplate: boolean): Promise<readonly NamedValue[] | undefined> {
  const logs =
    kind === "class"
      ? await chunked(ctx, (fromBlock, toBlock) => getLogs(ctx.client, { address: ctx.system.factory, event: CLASS_DEPLOYED, args: { classId: id }, fromBlock, toBlock }))
      : await chunked(ctx, (fromBlock, toBlock) => getLogs(ctx.client, { address: ctx.system.factory, event: UNIT_DEPLOYED, args: { unitId: id }, fromBlock, toBlock }));
  const event = kind === "class" ? "ClassDeployed" : "UnitDeployed";
  const last = logs.at(-1);
  const params = last?.args.deployment?.request.params as readonly NamedValue[] | undefined;
  if (last === undefined || params === undefined) {
    ctx.checks.add("params", false, `no ${event} event of the factory ${ctx.system.factory} for this ${kind} (from block ${ctx.fromBlock}): its parameters cannot be read`);
    return undefined;
  }
  const problems: string[] = [];
  if (logs.length > 1) problems.push(`${logs.length} ${event} events for one id`);
  const hash = paramsHashOf(params);
  if (hash !== paramsHash.toLowerCase()) problems.push(`${event} parameters hash to ${hash}, the registry records ${paramsHash}`);
  if (haveTemplate) {
    for (const r of ranges) {
      const given = params.filter((p) => p.name.toLowerCase() === r.name.toLowerCase());
      const n = fromBytes32Name(r.name);
      if (given.length !== 1) problems.push(`${n} given ${given.length} times`);
      else if (given[0]!.value < r.min || given[0]!.value > r.max) problems.push(`${n} = ${given[0]!.value} outside [${r.min}, ${r.max}]`);
    }
    for (const p of params) if (!ranges.some((r) => r.name.toLowerCase() === p.name.toLowerCase())) problems.push(`${fromBytes32Name(p.name)} is not a parameter of the template`);
  }
  ctx.checks.add(
    "params",
    problems.length === 0,
    problems.length > 0 ? `${problems.join("; ")} (tx ${last.transactionHash})` : `${params.length} parameters from ${event} (tx ${last.transactionHash}) match the registry's hash and the template's ranges`,
  );
  return params;
}

/**
 * The facts an artifact document of the entry must state, read from the chain (the registry's record and the
 * factory's deployment event): what a publisher writes (`publishArtifact`) and what `verify` compares.
 */
export async function chainArtifactFacts(client: Client, system: OpsSystem, type: "class" | "unit", idHex: Hex, options: VerifyOptions = {}): Promise<ArtifactFacts> {
  const ctx: Context = { client, system, block: await getBlockNumber(client), fromBlock: options.fromBlock ?? 0n, blockRange: options.blockRange ?? 100_000n, checks: new Checks() };
  const unit = type === "unit" ? await read<RegUnit>(ctx, system.haloRegistry, abi.haloRegistryAbi, "getUnit", [idHex]) : undefined;
  const cls = await read<RegClass>(ctx, system.haloRegistry, abi.haloRegistryAbi, "getClass", [unit?.classId ?? idHex]);
  const isDeal = unit !== undefined && unit.deal.dealToken !== zeroAddress;
  const params = isDeal ? undefined : await checkParams(ctx, type, idHex, (unit ?? cls).paramsHash, [], false);
  const template = BigInt(cls.templateId) === 0n ? undefined : { id: fromBytes32Name(cls.templateId), version: cls.templateVersion };
  return artifactFacts(ctx, type, idHex, cls, unit, params, template);
}

/** What the chain says about the entry, in the artifact document's terms (ops/artifact.ts). */
async function artifactFacts(ctx: Context, type: "class" | "unit", idHex: Hex, cls: RegClass, unit: RegUnit | undefined, params: readonly NamedValue[] | undefined, template: { id: string; version: number } | undefined): Promise<ArtifactFacts> {
  const named = (list: readonly NamedAddress[]) => Object.fromEntries(list.map((c) => [fromBytes32Name(c.name), getAddress(c.addr)]));
  const facts: ArtifactFacts = {
    type,
    chainId: await getChainId(ctx.client),
    id: idText(idHex),
    agent: fromBytes32Name(cls.agentId),
    class: fromBytes32Name(cls.classId),
    template: template ?? { id: "", version: 0 },
    addresses: named(unit !== undefined ? unit.contracts : classContracts(cls)),
    params: params === undefined ? undefined : Object.fromEntries(params.map((p) => [fromBytes32Name(p.name), p.value])),
    beacons: unit !== undefined ? {} : Object.fromEntries(cls.beacons.map((b) => [fromBytes32Name(b.kind), getAddress(b.operator)])),
  };
  if (unit === undefined) facts.actors = { operator: getAddress(cls.operator), freezer: getAddress(cls.freezer), govOps: getAddress(cls.govOps), depositAsset: getAddress(cls.depositAsset) };
  return facts;
}

/** An address that holds nothing anywhere, for "an outsider is refused" probes. */
const PROBE_OUTSIDER: Address = "0x000000000000000000000000000000000000dEaD";

/** eth_call `functionName` from `from` at the pinned block: undefined when it would succeed, else why not. */
async function simulate(ctx: Context, from: Address, to: Address, contractAbi: Abi, functionName: string, args: readonly unknown[]): Promise<string | undefined> {
  try {
    await call(ctx.client, { account: from, to, data: encodeFunctionData({ abi: contractAbi, functionName, args } as never), blockNumber: ctx.block });
    return undefined;
  } catch (error) {
    return describeError(error);
  }
}

/**
 * The class's GovOps in PAS: a cBEAM granted on its RateLimits and its HaloController (`cbeam.grant`), or on its
 * way there (the factory's addCBeam pending on the PAS Timelock, or executed and the Core Council's per-class grant
 * to come); and no other cBEAM on either contract (`cbeam.undeclared`: every account a SetCBeamFor… log names).
 */
async function checkCBeams(ctx: Context, cls: RegClass, classId: Hex): Promise<void> {
  const bs = ctx.system.beamState;
  const onBoth = async (who: Address) => {
    const [cBeam, rl, ctrl] = await Promise.all([
      read<bigint>(ctx, bs, abi.pasBeamStateAbi, "cBeams", [who]),
      read<bigint>(ctx, bs, abi.pasBeamStateAbi, "rateLimitsCBeams", [cls.rateLimits, who]),
      read<bigint>(ctx, bs, abi.pasBeamStateAbi, "controllersCBeams", [cls.controller, who]),
    ]);
    return { cBeam: cBeam === 1n, rl: rl === 1n, ctrl: ctrl === 1n };
  };
  const govOps = getAddress(cls.govOps);
  const state = await onBoth(govOps);
  const grant = await read<{ id: Hex; timestamp: bigint; immediate: boolean }>(ctx, ctx.system.factory, abi.haloFactoryAbi, "cbeamGrantOperation", [classId]).catch(() => undefined);
  let ok: boolean;
  let detail: string;
  if (state.cBeam && state.rl && state.ctrl) {
    ok = true;
    detail = `${govOps} is a cBEAM on the RateLimits and the HaloController${grant?.immediate === true ? " (granted at deployment)" : ""}`;
  } else if (grant === undefined) {
    ok = false;
    detail = `${govOps} is not a cBEAM of this class and the factory does not know the class`;
  } else if (!grant.immediate && grant.timestamp > 1n) {
    ok = true;
    detail = `pending: addCBeam(${govOps}) is scheduled on the PAS Timelock (operation ${grant.id}), executable from ${grant.timestamp}; then the Core Council grants it on the RateLimits and the HaloController`;
  } else if (state.cBeam && (grant.immediate || grant.timestamp === 1n)) {
    ok = !grant.immediate;
    const missing = [state.rl ? "" : `setCBeamForRateLimits(${cls.rateLimits}, ${govOps})`, state.ctrl ? "" : `setCBeamForController(${cls.controller}, ${govOps})`].filter(Boolean).join(" and ");
    detail = grant.immediate ? `${govOps} was granted at deployment but ${missing} no longer holds (unset by the Core Council?)` : `pending: ${govOps} is a cBEAM (addCBeam executed); the Core Council's ${missing} is still to come`;
  } else {
    ok = false;
    detail = !state.cBeam && grant.timestamp === 0n && !grant.immediate ? `operation ${grant.id} (addCBeam ${govOps}) is not scheduled (cancelled?)` : `${govOps} is not a cBEAM (delCBeam by the Core Council?)`;
  }
  ctx.checks.add("cbeam.grant", ok, detail);

  const logs = await chunked(ctx, (fromBlock, toBlock) =>
    getLogs(ctx.client, { address: bs, events: [SET_CBEAM_FOR_RATE_LIMITS, SET_CBEAM_FOR_CONTROLLER], fromBlock, toBlock }),
  );
  const candidates = new Set<Address>();
  for (const log of logs) {
    const target = (log.args as { rateLimits_?: Address; controller?: Address }).rateLimits_ ?? (log.args as { controller?: Address }).controller;
    const who = (log.args as { cBeam?: Address }).cBeam;
    if (target === undefined || who === undefined) continue;
    if ([cls.rateLimits, cls.controller].some((a) => getAddress(a) === getAddress(target)) && getAddress(who) !== govOps) candidates.add(getAddress(who));
  }
  const undeclared: string[] = [];
  for (const who of candidates) {
    const s = await onBoth(who);
    if (s.rl) undeclared.push(`undeclared cBEAM ${who} on the RateLimits of ${idText(cls.classId)}`);
    if (s.ctrl) undeclared.push(`undeclared cBEAM ${who} on the HaloController of ${idText(cls.classId)}`);
  }
  ctx.checks.add("cbeam.undeclared", undeclared.length === 0, undeclared.length > 0 ? undeclared.join("; ") : `no cBEAM but ${govOps} on the RateLimits or the HaloController`);
}

/** One log query per `blockRange` blocks from `fromBlock` to the pinned block (providers cap a query's range). */
async function chunked<T>(ctx: Context, query: (fromBlock: bigint, toBlock: bigint) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let start = ctx.fromBlock; start <= ctx.block; start += ctx.blockRange) {
    const end = start + ctx.blockRange - 1n < ctx.block ? start + ctx.blockRange - 1n : ctx.block;
    out.push(...(await query(start, end)));
  }
  return out;
}

async function roleMembers(ctx: Context, contract: Address, role: Hex): Promise<Address[]> {
  const count = await read<bigint>(ctx, contract, enumerableAbi, "getRoleMemberCount", [role]);
  const members = await Promise.all(Array.from({ length: Number(count) }, (_, i) => read<Address>(ctx, contract, enumerableAbi, "getRoleMember", [role, BigInt(i)])));
  return members.map((m) => getAddress(m));
}

async function checkLimit(
  ctx: Context,
  name: string,
  cls: RegClass,
  key: Hex,
  day0: { maxAmount: bigint; slope: bigint },
  status: Day0Status,
  sorl: { hop: bigint; maxChange: bigint },
): Promise<void> {
  const data = await read<{ maxAmount: bigint; slope: bigint }>(ctx, cls.rateLimits, abi.rateLimitsAbi, "getRateLimitData", [key]);
  // The factory adds the Day-0 init under the class's own RateLimits (initRateLimits[key][rl]), not the fallback.
  const [initMax, initSlope] = await read<readonly [bigint, bigint]>(ctx, ctx.system.beamState, abi.pasBeamStateAbi, "initRateLimits", [key, cls.rateLimits]);
  const initExists = initMax !== 0n || initSlope !== 0n;
  const initOk = initExists && initMax === day0.maxAmount && initSlope === day0.slope;
  const atDay0 = data.maxAmount === day0.maxAmount && data.slope === day0.slope;
  // The Day-0 rule the planner follows too (model/day0.ts): at most the Day-0 value until the registry ends Day-0.
  const rule = checkDay0Limit(status, data, day0);
  if (rule.binding) {
    ctx.checks.add(
      name,
      rule.ok && initOk,
      !rule.ok
        ? rule.detail
        : !initOk
          ? `the PAS init of this key on the class's RateLimits is ${initExists ? `maxAmount ${initMax} slope ${initSlope}` : "missing"}; expected the Day-0 value`
          : `${rule.detail}, and its PAS init is the Day-0 value`,
    );
    return;
  }
  // After Day-0: every increase must have followed SORL (the Configurator enforces it; this re-checks the history):
  // ceiling max(init, current, current × maxChange), at most one increase per hop.
  const logs = await chunked(ctx, (fromBlock, toBlock) => getLogs(ctx.client, { address: cls.rateLimits, event: RATE_LIMIT_SET, args: { key }, fromBlock, toBlock }));
  let previous: bigint | undefined;
  let lastIncrease: bigint | undefined;
  const steps: string[] = [];
  const violations: string[] = [];
  const WAD = 10n ** 18n;
  for (const log of logs) {
    const max = log.args.maxAmount as bigint;
    const time = (await getBlock(ctx.client, { blockNumber: log.blockNumber })).timestamp;
    if (previous !== undefined && max > previous) {
      const scaled = (previous * sorl.maxChange) / WAD;
      const cap = [initMax, previous, scaled].reduce((a, b) => (a > b ? a : b));
      if (max > cap) violations.push(`${previous} → ${max} exceeds the SORL ceiling ${cap} (maxChange ${sorl.maxChange}, tx ${log.transactionHash})`);
      if (lastIncrease !== undefined && time - lastIncrease < sorl.hop) violations.push(`increase after ${time - lastIncrease}s < hop ${sorl.hop}s (tx ${log.transactionHash})`);
      lastIncrease = time;
    }
    previous = max;
    steps.push(max.toString());
  }
  ctx.checks.add(name, violations.length === 0, violations.length > 0 ? violations.join("; ") : atDay0 ? `after Day-0, still at the Day-0 value ${data.maxAmount}` : `after Day-0, SORL ramp ${steps.join(" → ")}`);
}

/** The pass/fail table, one row per check. */
export function renderTable(result: VerifyResult): string {
  return checksTable(`halo verify ${result.target.type} ${result.target.id} at block ${result.block}`, result.checks);
}

/** A `halo verify` table (class / unit, prime, template): the title, one row per check, the verdict. */
export function checksTable(title: string, checks: readonly Check[]): string {
  const width = Math.max(5, ...checks.map((c) => c.name.length));
  const lines = [title, "", `${"check".padEnd(width)}  result  detail`];
  for (const c of checks) lines.push(`${c.name.padEnd(width)}  ${c.ok ? "PASS  " : "FAIL  "}  ${c.detail}`);
  const failed = checks.filter((c) => !c.ok);
  lines.push("", failed.length === 0 ? `OK: ${checks.length} checks passed` : `FAILED: ${failed.length} of ${checks.length} checks: ${failed.map((c) => c.name).join(", ")}`, "");
  return lines.join("\n");
}

/**
 * The artifact document the reviewer points at (`--artifact FILE`, `--artifacts DIR`), read once for a factory or a
 * legacy entry alike: its bytes, their sha256 (else the `--artifact-sha256` given), or why it cannot be read.
 */
async function readDocument(
  uri: string,
  options: VerifyOptions,
): Promise<{ resolved?: ResolvedArtifact; sha256?: Hex; problem?: string }> {
  if (options.artifactSource === undefined) return options.artifactSha256 !== undefined ? { sha256: options.artifactSha256 } : {};
  try {
    const resolved = await resolveArtifact(uri, options.artifactSource);
    if (resolved === undefined)
      return {
        ...(options.artifactSha256 !== undefined ? { sha256: options.artifactSha256 } : {}),
        problem: `cannot read ${uri || "(no uri)"}: give the file (--artifact) or, for ipfs:// and ar://, the directory that holds it (--artifacts)`,
      };
    return { resolved, sha256: sha256(resolved.bytes) };
  } catch (error) {
    return { ...(options.artifactSha256 !== undefined ? { sha256: options.artifactSha256 } : {}), problem: describeError(error) };
  }
}
