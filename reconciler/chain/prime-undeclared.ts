/**
 * A Prime deleted outright from halos/primes.yaml (docs/desired-state.md, "Offboarding"): the chain does not name a
 * Prime's PAU, so nothing would read its limits again and they would stay open. What the chain does show is PAS's
 * init history: BeamState's `AddInitRateLimits` / `DelInitRateLimits` logs (read by refresh's round 1, per
 * RateLimits). A RateLimits that no declared Prime, class or pre-factory Halo owns and that holds an init or a limit
 * under a Prime key toward one of the tree's deployed targets (`primeKey`: the key depends on the target only) is
 * such a Prime. `observe` then refuses the plan, naming the RateLimits, the targets and the fix.
 *
 * Cost: nothing beyond set look-ups unless such a RateLimits exists (the target keys are derived only then), and one
 * round of reads for its keys.
 */
import { type Address, type Client, getAddress, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import { pasBeamStateAbi, rateLimitsAbi } from "../abi/index.js";
import type { DesiredState } from "../model/desired.js";
import type { PrimeFlow } from "../model/prime.js";
import type { ObservedState } from "../model/observed.js";
import { deployedPrimeTargets, primeKey } from "./prime.js";

/** Limits toward the tree's targets on a RateLimits no Prime of halos/primes.yaml declares. */
export interface UndeclaredPrimeLimits {
  rateLimits: Address;
  /** `acme-mmf-senior deposit`, … (init or limit not 0 / 0 at the plan's block). */
  flows: { target: string; flow: PrimeFlow }[];
}


export async function undeclaredPrimeLimits(
  client: Client,
  state: DesiredState,
  observed: ObservedState,
  initKeysOn: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<UndeclaredPrimeLimits[]> {
  // every class and pre-factory Halo RateLimits refresh read (observed.pas.hop's keys), the fallback, the declared Primes
  const owned = new Set<string>([zeroAddress, ...Object.keys(observed.pas.hop), ...(state.primes ?? []).map((p) => p.rateLimits.toLowerCase())]);
  const candidates = [...initKeysOn.keys()].filter((rl) => !owned.has(rl));
  if (candidates.length === 0) return [];
  const byKey = new Map<string, { target: string; flow: PrimeFlow }>();
  for (const t of deployedPrimeTargets(state, observed))
    for (const flow of ["deposit", "redeem"] as const) byKey.set(primeKey(t.contracts, flow).toLowerCase(), { target: t.id, flow });
  const hits = candidates.flatMap((rl) =>
    [...(initKeysOn.get(rl) ?? [])].filter((k) => byKey.has(k)).map((key) => ({ rl: getAddress(rl), key: key as `0x${string}` })),
  );
  if (hits.length === 0) return [];
  const at = { blockNumber: observed.blockNumber } as const;
  const open = await Promise.all(
    hits.map(async ({ rl, key }) => {
      const [init, data] = await Promise.all([
        readContract(client, { address: observed.system.beamState, abi: pasBeamStateAbi, functionName: "initRateLimits", args: [key, rl], ...at }),
        readContract(client, { address: rl, abi: rateLimitsAbi, functionName: "getRateLimitData", args: [key], ...at }).catch(() => undefined),
      ]);
      return init[0] !== 0n || init[1] !== 0n || (data !== undefined && (data.maxAmount !== 0n || data.slope !== 0n));
    }),
  );
  const out = new Map<string, UndeclaredPrimeLimits>();
  hits.forEach(({ rl, key }, i) => {
    if (!open[i]) return;
    const entry = out.get(rl) ?? { rateLimits: rl, flows: [] };
    entry.flows.push(byKey.get(key)!);
    out.set(rl, entry);
  });
  return [...out.values()];
}

/** The one-line refusal: which RateLimits, toward what, and the fix. */
export function undeclaredPrimeMessage(u: UndeclaredPrimeLimits): string {
  const flows = u.flows.map((f) => `${f.target} ${f.flow}`).join(", ");
  return `halos/primes.yaml: a Prime with RateLimits ${u.rateLimits} is not declared but still holds limits toward ${flows}: a Prime deleted from primes.yaml is not offboarded (nothing would read or close its limits) — keep its entry with \`offboard: true\` and \`allocations: []\` until the plan says "No changes.", then remove it`;
}
