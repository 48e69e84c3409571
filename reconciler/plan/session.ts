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
import { refreshNamed, refreshWith } from "../chain/refresh.js";
import { legacyConformityErrors } from "../chain/legacy.js";
import { withLens } from "../chain/lens.js";
import { type CountingClient, createCountingClient } from "../chain/rpc.js";
import type { SystemAddresses as ConfigAddresses } from "../config/index.js";
import type { DesiredState } from "../model/desired.js";
import type { ObservedState, ResourceMap } from "../model/observed.js";
import type { Builders, RampSummary } from "./actions.js";
import { DEFAULT_ADMIN_ROLE } from "./pas.js";
import { factoryBuilders } from "./factory.js";
import { DEPLOY_SALT, type FactoryPlanContext, type PredictedClass, type PredictedUnit, type RegistryAdmin } from "./factory-context.js";
import { checkTemplateRanges } from "./factory-templates.js";
import { type AheadOutcome, DesiredAhead, addDeclaredInits, buildPredictions, desiredSide, observedLookup } from "./desired-side.js";
import { explainImmutable } from "./lifecycle.js";
import { proposalInputErrors, readTemplateProposals } from "./lifecycle-templates.js";
import { type Plan, buildPlan } from "./planner.js";
import { primeKeysFromResources, primeOffboardTargets, refreshPrimes } from "../chain/prime.js";
import { type UndeclaredPrimeLimits, undeclaredPrimeLimits, undeclaredPrimeMessage } from "../chain/prime-undeclared.js";
import { profileMark } from "../model/profile.js";
import { primeBuilders } from "./prime.js";

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
  /**
   * The desired side computed ahead from the registry's lists (plan/desired-side.ts `DesiredAhead`): "idle" (default)
   * while the process waits for the node, "now" as soon as the lists are read (tests), "off" only after the refresh.
   * The observation is the same in every mode.
   */
  desiredAhead?: "idle" | "now" | "off";
}

/** How the latest `observe` came by its desired side (tests, bench): computed ahead and used, or not. */
export let lastAheadOutcome: AheadOutcome = "off";

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
  // the desired side, prepared from the registry's lists while the node answers the live stage (plan/desired-side.ts)
  const ahead = new DesiredAhead(() => input.state, input.desiredAhead ?? "idle");
  const first = await refreshWith(rpc, {
    ...base,
    onRegistryLists: (lists) => ahead.start(lists),
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
  // The desired side computed while the node answered the first refresh, when its addresses still hold (the usual
  // warm run: nothing new to predict); else computed now from the observed addresses and the predictions.
  const predicted = Object.keys(classes).length > 0 || Object.keys(units).length > 0;
  const side =
    ahead.take(state, o1, predicted) ?? desiredSide(state, buildPredictions(state, observedLookup(o1), classes, units));
  const { predictions, desired, primeDesired, keys } = side;
  lastAheadOutcome = ahead.outcome;
  profileMark("observe: desired resources and the tree's keys for refresh 2");
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
