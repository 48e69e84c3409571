/**
 * The chain-facing half of `halo plan` / `apply` / `drift`: refresh the observed state at one pinned block,
 * read what only the factory knows (who deploys, the `predict…` addresses of what is not deployed yet, the
 * cBEAM grant each new class will schedule), map the desired tree onto resources with those predictions,
 * and build the plan with every builder.
 *
 * Reads (all at the pinned block): refresh, one round for the role holders, the registries' admin and the
 * class / unit predictions, then a second refresh at the same block with the tree's flow names, destinations,
 * controller actions and GovOps (a transfer's destination is known only to the tree, so the first refresh names
 * such a key by its hex). The `addCBeam` operation a new class's deployment schedules is computed off chain
 * (its salt is `keccak256(abi.encode("HALO_FACTORY_CBEAM", classId))`). Calls of a round leave in one JSON-RPC batch.
 */
import type { Address, Hex } from "viem";
import { getAddress } from "../model/address.js";
import { erc20Abi } from "viem";
import { readContract } from "viem/actions";
import { haloFactoryAbi, haloRegistryAbi } from "../abi/index.js";
import { roleId, toBytes32Name } from "../chain/names.js";
import { type FlowNames, refreshNamed, refreshWith } from "../chain/refresh.js";
import { legacyConformityErrors } from "../chain/legacy.js";
import { withLens } from "../chain/lens.js";
import { type CountingClient, createCountingClient } from "../chain/rpc.js";
import type { SystemAddresses as ConfigAddresses } from "../config/index.js";
import type { DesiredState } from "../model/desired.js";
import type { ObservedState, ResourceMap } from "../model/observed.js";
import type { Builders, RampSummary } from "./actions.js";
import { DEFAULT_ADMIN_ROLE, roleAction, setDestinationAction } from "./pas.js";
import { factoryBuilders } from "./factory.js";
import { DEPLOY_SALT, type FactoryPlanContext, type PredictedClass, type PredictedUnit, type RegistryAdmin } from "./factory-context.js";
import { checkTemplateRanges } from "./factory-templates.js";
import { type Predictions, desiredResources, destinationAddress, memberAddress } from "./from-desired.js";
import { explainImmutable } from "./lifecycle.js";
import { proposalInputErrors, readTemplateProposals } from "./lifecycle-templates.js";
import { type Plan, buildPlan } from "./planner.js";
import { primeKeysFromResources, primeOffboardTargets, refreshPrimes } from "../chain/prime.js";
import { type UndeclaredPrimeLimits, undeclaredPrimeLimits, undeclaredPrimeMessage } from "../chain/prime-undeclared.js";
import { profileMark } from "../model/profile.js";
import { primeBuilders, primeDesiredResources } from "./prime.js";

export interface ObserveInput {
  rpcUrl: string;
  addresses: ConfigAddresses;
  state: DesiredState;
  /** First block of the timelock log scan (the deployment block, when known). */
  fromBlock?: bigint;
  /** Pin this block (default: latest). */
  blockNumber?: bigint;
  /** The account the apply will deploy from, when it holds DEPLOYER (the predictions depend on it). */
  preferredDeployer?: Address;
  /** Further timelock operation ids to read the state of (a saved plan's). */
  watch?: readonly Hex[];
  /**
   * Read through the HaloLens (chain/lens.ts: one `eth_call` per slice per round instead of one per read; same
   * observed state). Opt-in: true here, or HALO_LENS=1 in the environment; false or HALO_LENS=0 forces it off.
   */
  lens?: boolean;
  /** The chain the caller expects: checked (eth_chainId) before any contract is read (ChainMismatchError). */
  chainId?: number;
  /** The history cache's directory (chain/refresh.ts RefreshOptions.chainCache): `halo plan` / `drift` only. */
  chainCache?: string;
  /**
   * The second refresh (the tree's names, same block): "names" (default) reads only what the names add to the first
   * refresh and renames its limits (chain/refresh.ts `refreshNamed`); "full" refreshes the block again, the reference
   * the equivalence test (test/plan/observe-names.test.ts) compares it with.
   */
  secondRefresh?: "names" | "full";
}

export interface Observation {
  rpc: CountingClient;
  observed: ObservedState;
  desired: ResourceMap;
  factory: FactoryPlanContext;
  operationTimestamps: Record<Hex, bigint>;
  /** Role holders read at the pinned block (for the signer mapping of `halo apply`). */
  roles: { deployers: Address[]; registrars: Address[] };
  /**
   * Declared values outside their template's on-chain ranges, and declared pre-factory Halos / units that do not
   * conform to the template they claim (`file:line:col path: message`; chain/legacy.ts).
   */
  rangeErrors: string[];
  /** Limits toward the tree's targets on a RateLimits no Prime of halos/primes.yaml declares (a deleted Prime). */
  undeclaredPrimes: UndeclaredPrimeLimits[];
  /** The first block the logs were read from (the system's deployment block); 0 when not given. */
  fromBlock?: bigint;
}

const PORTFOLIO = "portfolio-lcts";

function addressField(observed: ObservedState, address: string, field: string): Address | undefined {
  const v = observed.resources[address]?.fields[field];
  return typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? getAddress(v) : undefined;
}

/**
 * What the second refresh needs from the desired resources, found through the tree (at 1,000 classes the map holds
 * 54,000 resources; a class's own are looked up by address instead of scanning them all): per class id the flow
 * names of its declared rate limits' keys (`flowNamesFromResources` of the map: `class.<id>.rateLimit.<flow>` →
 * key → flow), the declared transfer destinations (`class.<id>.destination.<address>`), and the controller actions
 * the tree implies (RELAYER / FREEZER grants, then the destinations' approvals, in the map's order).
 */
export function refreshKeysFromTree(
  state: DesiredState,
  desired: ResourceMap,
): { flowNames: FlowNames; destinations: Record<string, Address[]>; controllerActions: Record<string, Hex[]> } {
  const flowNames: FlowNames = {};
  const destinations: Record<string, Address[]> = {};
  const controllerActions: Record<string, Hex[]> = {};
  for (const c of state.classes) {
    const base = `class.${c.id}`;
    const actions: Hex[] = [];
    const named = (flow: string) => {
      const key = desired[`${base}.rateLimit.${flow}`]?.fields.key;
      // a dictionary from the start: 20 hex keys per class would each add a hidden class to a literal object
      if (typeof key === "string") (flowNames[c.id] ??= Object.create(null) as Record<string, string>)[key.toLowerCase()] = flow;
    };
    for (const [type, who] of [["relayer", c.relayer], ["freezer", c.freezer]] as const)
      if (desired[memberAddress(c.id, type, who)]?.type === type)
        actions.push(roleAction(type, getAddress(who.toLowerCase()), true).hash);
    for (const rl of c.rateLimits) {
      named(rl.flow);
      if (rl.limitId !== "LIMIT_TRANSFER" || rl.counterparty.kind !== "address") continue;
      const who = rl.counterparty.address.toLowerCase();
      const list = (destinations[c.id] ??= []);
      const destination = getAddress(who);
      // one resource per destination (two transfer flows may share one)
      if (list.includes(destination) || desired[destinationAddress(c.id, destination)]?.type !== "destination") continue;
      list.push(destination);
      actions.push(setDestinationAction(destination, true).hash);
    }
    if (c.kind === PORTFOLIO) for (const u of c.units) for (const rl of u.rateLimits) named(`${u.id}.${rl.flow}`);
    if (actions.length > 0) controllerActions[c.id] = actions;
    if (destinations[c.id]?.length === 0) delete destinations[c.id];
  }
  return { flowNames, destinations, controllerActions };
}

/**
 * A declared rate limit needs an init for its first instantiation. Day-0 flows get theirs from the deployment; any
 * other flow without a limit or an init on chain gets one added to `desired` (`class.<id>.init.<flow>`, through the
 * timelock, at the declared values). The declared rate limits are found through the tree, class by class in the
 * map's order, not by a scan of the map.
 */
export function addDeclaredInits(state: DesiredState, desired: ResourceMap, observed: ObservedState, predictions: Predictions): void {
  const initFor = (classId: string, flow: string) => {
    const day0Flow =
      flow === "facility-claim" ||
      flow === "redeem-fund" ||
      flow.endsWith(".subscribe-settle") ||
      flow.endsWith(".redeem-settle");
    if (day0Flow) return;
    const address = `class.${classId}.rateLimit.${flow}`;
    const r = desired[address];
    if (r?.type !== "rateLimit" || observed.resources[address] !== undefined) return;
    const initAddress = `class.${classId}.init.${flow}`;
    if (observed.resources[initAddress] !== undefined) return;
    const rateLimits = predictions[classId]?.rateLimits;
    if (rateLimits === undefined || typeof r.fields.key !== "string") return;
    desired[initAddress] = {
      type: "init",
      fields: { key: r.fields.key, rateLimits, maxAmount: r.fields.maxAmount!, slope: r.fields.slope! },
    };
  };
  for (const c of state.classes) {
    for (const rl of c.rateLimits) initFor(c.id, rl.flow);
    if (c.kind === PORTFOLIO) for (const u of c.units) for (const rl of u.rateLimits) initFor(c.id, `${u.id}.${rl.flow}`);
  }
}

export async function observe(input: ObserveInput): Promise<Observation> {
  const lens = input.lens ?? process.env.HALO_LENS === "1";
  const rpc = lens ? withLens(createCountingClient(input.rpcUrl)) : createCountingClient(input.rpcUrl);
  const { client } = rpc;
  const base = {
    addresses: input.addresses,
    ...(input.fromBlock !== undefined ? { fromBlock: input.fromBlock } : {}),
    ...(input.watch !== undefined ? { watch: input.watch } : {}),
    ...(input.chainCache !== undefined ? { chainCache: input.chainCache } : {}),
  };
  const first = await refreshWith(rpc, {
    ...base,
    ...(input.chainId !== undefined ? { chainId: input.chainId } : {}),
    ...(input.blockNumber !== undefined ? { blockNumber: input.blockNumber } : {}),
  });
  const o1 = first.state;
  const at = { blockNumber: o1.blockNumber } as const;
  const { factory, haloRegistry } = o1.system;
  const { state } = input;

  const members = (address: Address | undefined, abi: typeof haloFactoryAbi | typeof haloRegistryAbi, role: string) =>
    address === undefined
      ? Promise.resolve([] as readonly Address[])
      : (readContract(client, {
          address,
          abi: abi as typeof haloFactoryAbi,
          functionName: "getRoleMembers",
          args: [roleId(role)],
          ...at,
        }) as Promise<readonly Address[]>);
  const isAdmin = (who: Address | undefined) =>
    haloRegistry === undefined || who === undefined
      ? Promise.resolve(false)
      : readContract(client, {
          address: haloRegistry,
          abi: haloRegistryAbi,
          functionName: "hasRole",
          args: [DEFAULT_ADMIN_ROLE, who],
          ...at,
        }).catch(() => false);
  // the declared deposit assets' decimals (A-02: the factory scales Day-0 amounts to them), in the same round
  const assets = [...new Set(state.classes.map((c) => c.params.depositAsset.toLowerCase()))] as Address[];
  const [deployers, approvers, registrars, timelockAdmin, pauseProxyAdmin, decimals] = await Promise.all([
    members(factory, haloFactoryAbi, "DEPLOYER"),
    members(factory, haloFactoryAbi, "APPROVER"),
    members(haloRegistry, haloRegistryAbi, "REGISTRAR"),
    isAdmin(o1.system.timelock),
    isAdmin(o1.system.pauseProxy),
    Promise.all(assets.map((a) => readContract(client, { address: a, abi: erc20Abi, functionName: "decimals", ...at }).catch(() => undefined))),
  ]);
  const assetDecimals = Object.fromEntries(assets.map((a, i) => [a, decimals[i]]));
  const registryAdmin: RegistryAdmin = !timelockAdmin && pauseProxyAdmin ? "sky-governance" : "core-council-timelocked";
  const deployer =
    input.preferredDeployer !== undefined &&
    deployers.some((d) => d.toLowerCase() === input.preferredDeployer!.toLowerCase())
      ? getAddress(input.preferredDeployer)
      : deployers[0] !== undefined
        ? getAddress(deployers[0])
        : undefined;
  const registrar =
    deployer !== undefined && registrars.some((r) => r.toLowerCase() === deployer.toLowerCase())
      ? deployer
      : registrars[0] !== undefined
        ? getAddress(registrars[0])
        : undefined;

  profileMark("observe: role holders (round)");
  // Predictions for what is not deployed yet; observed addresses for what is.
  const classes: Record<string, PredictedClass> = {};
  const units: Record<string, PredictedUnit> = {};
  if (factory !== undefined && deployer !== undefined) {
    const newClasses = state.classes.filter((c) => o1.resources[`class.${c.id}`] === undefined);
    const newUnits = state.classes.flatMap((c) =>
      c.kind === PORTFOLIO
        ? c.units.filter((u) => o1.resources[`class.${c.id}.unit.${u.id}`] === undefined).map((u) => ({ c, u }))
        : [],
    );
    const [classAddrs, unitAddrs] = await Promise.all([
      Promise.all(
        newClasses.map((c) =>
          readContract(client, {
            address: factory,
            abi: haloFactoryAbi,
            functionName: "predictClassAddresses",
            // a class with `approval:` is deployed by its APPROVER's signature: the factory binds that authoriser
            args: [toBytes32Name(c.template.id), c.template.version, toBytes32Name(c.id), DEPLOY_SALT, c.approval?.signer ?? deployer],
            ...at,
          }).catch(() => undefined),
        ),
      ),
      Promise.all(
        newUnits.map(({ c, u }) =>
          readContract(client, {
            address: factory,
            abi: haloFactoryAbi,
            functionName: "predictUnitAddresses",
            args: [toBytes32Name(c.template.id), c.template.version, toBytes32Name(u.id), DEPLOY_SALT, u.approval?.signer ?? deployer],
            ...at,
          }).catch(() => undefined),
        ),
      ),
    ]);
    newClasses.forEach((c, i) => {
      const a = classAddrs[i];
      if (a === undefined) return;
      const zero = (x: Address) => (/^0x0{40}$/i.test(x) ? undefined : getAddress(x));
      const p: PredictedClass = {
        almProxy: getAddress(a.almProxy),
        rateLimits: getAddress(a.rateLimits),
        controller: getAddress(a.controller),
      };
      const facility = zero(a.facility);
      const dealToken = zero(a.dealToken);
      const redeem = zero(a.redeem);
      if (facility) p.facility = facility;
      if (dealToken) p.dealToken = dealToken;
      if (redeem) p.redeem = redeem;
      classes[c.id] = p;
    });
    newUnits.forEach(({ u }, i) => {
      const a = unitAddrs[i];
      if (a !== undefined)
        units[u.id] = {
          shareToken: getAddress(a.shareToken),
          subscribeQueue: getAddress(a.subscribeQueue),
          redeemQueue: getAddress(a.redeemQueue),
        };
    });
  }

  profileMark("observe: factory predictions (round)");
  const predictions: Predictions = {};
  for (const c of state.classes) {
    const cls = `class.${c.id}`;
    const pau = addressField(o1, cls, "pau") ?? classes[c.id]?.almProxy;
    const rateLimits = addressField(o1, cls, "rateLimits") ?? classes[c.id]?.rateLimits;
    const controller = addressField(o1, cls, "controller") ?? classes[c.id]?.controller;
    if (pau === undefined || rateLimits === undefined || controller === undefined) continue;
    const facility = addressField(o1, cls, "address.NfatFacility") ?? classes[c.id]?.facility;
    const redeem = addressField(o1, cls, "address.NfatRedeem") ?? classes[c.id]?.redeem;
    // built field by field (no spread copies: 11,000 of them at 1,000 classes)
    const contracts: NonNullable<Predictions[string]["contracts"]> = {};
    if (facility) contracts.facility = facility;
    if (redeem) contracts.redeem = redeem;
    const unitContracts: NonNullable<Predictions[string]["units"]> = {};
    if (c.kind === PORTFOLIO)
      for (const u of c.units) {
        const ua = `${cls}.unit.${u.id}`;
        const sub = addressField(o1, ua, "address.SubscribeQueue") ?? units[u.id]?.subscribeQueue;
        const red = addressField(o1, ua, "address.RedeemQueue") ?? units[u.id]?.redeemQueue;
        const own: NonNullable<Predictions[string]["units"]>[string] = {};
        if (sub) own["subscribe-queue"] = sub;
        if (red) own["redeem-queue"] = red;
        unitContracts[u.id] = own;
      }
    predictions[c.id] = { pau, rateLimits, controller, contracts, units: unitContracts };
  }
  const desired = desiredResources(state, predictions);
  const primeDesired = primeDesiredResources(state, predictions);
  for (const address of Object.keys(primeDesired)) desired[address] = primeDesired[address]!;
  // Declared for people, stored nowhere on chain: agent and pre-factory names are not compared.
  for (const a of state.agents) delete desired[`agent.${a.id}`]?.fields.name;
  for (const l of state.legacy) delete desired[`legacy.${l.id}`]?.fields.name;

  profileMark("observe: desired resources (mapping with predictions)");
  // The same block again, now with the tree's names for keys the chain cannot name.
  const keys = {
    ...refreshKeysFromTree(state, desired),
    govOps: Object.fromEntries(state.classes.map((c) => [c.id, [c.govOps]])),
  };
  profileMark("observe: the tree's keys for refresh 2");
  const second =
    input.secondRefresh === "full"
      ? await refreshWith(rpc, { ...base, blockNumber: o1.blockNumber, ...keys })
      : await refreshNamed(rpc, first, keys, base);
  const observed = second.state;
  // The Prime side (halos/primes.yaml): PAS and the Prime's RateLimits, read at the same block.
  // The flows a Prime no longer declares toward the tree's deployed targets are read too (their teardown).
  // The template proposals and the pre-factory conformity read the same block and nothing refreshPrimes adds
  // (prime.* resources, Prime cBEAMs): started together, their reads share the Primes' rounds.
  const proposalsRead = readTemplateProposals(client, o1.system.templateRegistry, state, o1.blockNumber);
  const conformityRead = legacyConformityErrors(client, state, observed);
  await Promise.all([
    refreshPrimes(client, observed, state.primes ?? [], primeKeysFromResources(primeDesired), primeOffboardTargets(state, observed)),
    proposalsRead,
    conformityRead,
  ]);

  addDeclaredInits(state, desired, observed, predictions);

  profileMark("observe: Primes, inits for declared flows");
  const templateProposals = await proposalsRead;
  const fctx: FactoryPlanContext = {
    state,
    templateProposals,
    ...(deployer ? { deployer } : {}),
    ...(registrar ? { registrar } : {}),
    approvers: approvers.map((a) => getAddress(a)),
    registryAdmin,
    classes,
    units,
    assetDecimals,
  };
  // a Prime deleted from primes.yaml: refused by plan / apply (rangeErrors), reported by drift
  const undeclaredPrimes = await undeclaredPrimeLimits(client, state, observed, second.beamInitKeys);
  return {
    rpc,
    observed,
    desired,
    factory: fctx,
    operationTimestamps: second.operationTimestamps,
    roles: { deployers: [...deployers], registrars: [...registrars] },
    rangeErrors: [
      ...checkTemplateRanges(state, observed),
      ...(await conformityRead),
      // a proposed template version's declared implementations: code present, code hash as declared
      ...proposalInputErrors(
        state.templates.filter((t) => observed.resources[`template.${t.id}.v${t.version}`] === undefined),
        templateProposals,
      ),
      // a Prime deleted from primes.yaml while PAS still holds its limits toward the tree's targets (refused, not ignored)
      ...undeclaredPrimes.map(undeclaredPrimeMessage),
    ],
    undeclaredPrimes,
    fromBlock: input.fromBlock ?? 0n,
  };
}

/**
 * Every builder: the Configurator Unit's (built into the planner) and the factory's / registries' / Primes'.
 * `onRamp` collects the Prime ramps for the plan's summary.
 */
export function allBuilders(
  obs: Observation,
  onRamp?: (r: RampSummary) => void,
  decimalsOf: TargetDecimals = targetDecimals(obs.factory),
): Builders {
  return { ...factoryBuilders(obs.factory), ...primeBuilders(onRamp, decimalsOf) };
}

/** A Prime target's (a Portfolio unit's or a Term class's id) deposit-asset decimals, when read and not 18. */
type TargetDecimals = (target: string) => number | undefined;

/** `TargetDecimals` of a plan's context: built once per plan (`planFrom` hands it to the builders and `markDecimals`). */
function targetDecimals(fctx: FactoryPlanContext): TargetDecimals {
  const byTarget = new Map<string, number>();
  for (const c of fctx.state.classes) {
    const d = fctx.assetDecimals?.[c.params.depositAsset.toLowerCase()];
    if (d === undefined || d === 18) continue;
    byTarget.set(c.id, d);
    if (c.kind === PORTFOLIO) for (const u of c.units) byTarget.set(u.id, d);
  }
  return (target) => byTarget.get(target);
}

export function planFrom(obs: Observation): Plan {
  const decimalsOf = targetDecimals(obs.factory);
  const plan = buildPlan({
    desired: obs.desired,
    observed: obs.observed,
    builders: (onRamp) => allBuilders(obs, onRamp, decimalsOf),
    desiredHash: obs.factory.state.treeHash,
    explainRefusal: (change) => explainImmutable(change, obs.factory.state),
  });
  // Inits nobody declares are the deployments' Day-0 inits and the ones this tool added for transfer flows:
  // expected, reviewed through their timelock operations; listing them in every plan would only be noise.
  plan.undeclared = plan.undeclared.filter((a) => !/^class\.[^.]+\.init\./.test(a));
  markDecimals(plan, obs.factory, decimalsOf);
  return plan;
}

/**
 * Each change whose amounts are counted in a deposit asset of other than 18 decimals carries them (`decimals`), so
 * the plan shows `100,000 (6 decimals)` where the chain holds 100,000 × 10^6: a class's resources (`class.<id>…`)
 * in its asset's, a Prime's limits toward a target (`prime.<id>.init|rateLimit.<target>.<flow>`) in the target class's.
 * `known`: the plan's `targetDecimals`, when the caller built them already (`planFrom`).
 */
export function markDecimals(plan: Plan, fctx: FactoryPlanContext, known?: TargetDecimals): void {
  if (fctx.assetDecimals === undefined) return;
  // a class id is a target id too (a Term class's); class and unit ids are unique across the tree
  const decimalsOf = known ?? targetDecimals(fctx);
  if (!fctx.state.classes.some((c) => decimalsOf(c.id) !== undefined)) return;
  for (const change of plan.changes) {
    const [head, id, sub, target] = change.address.split(".");
    const d = head === "class" ? decimalsOf(id!) : head === "prime" && (sub === "init" || sub === "rateLimit") ? decimalsOf(target!) : undefined;
    if (d !== undefined) change.decimals = d;
  }
}
