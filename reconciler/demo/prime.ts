/**
 * The Prime step of the demo: once `halo apply` has onboarded the example Prime (halos/primes.yaml) through PAS, the
 * Prime's relayer moves real tokens from the Prime's ALMProxy through the Prime's controller (the devnet's
 * Spark-style PAU, chain/prime-devnet.ts) into the Portfolio unit's subscribe queue and the Term class's facility,
 * within the limits GovOps ramped; a deposit above what the Prime's RateLimits has left is refused by the chain.
 */
import type { Address, Hex } from "viem";
import { readContract } from "viem/actions";
import { haloRegistryAbi, nfatFacilityAbi, primeControllerAbi, rateLimitsAbi } from "../abi/index.js";
import { toBytes32Name } from "../chain/names.js";
import { DEVNET_PRIME_RELAYER, type PrimePau } from "../chain/prime-devnet.js";
import { primeKey } from "../chain/prime.js";
import { type DemoChain, E18, balanceOf, registryContracts, units } from "./chain.js";

export const PRIME_UNIT = "acme-mmf-senior";
export const PRIME_TERM_CLASS = "bluecrest-senior-secured";

export interface PrimeOutcome {
  intoUnit: bigint;
  intoTerm: bigint;
  /** The amount refused (what the Prime's RateLimits had left for the Term class, plus one token). */
  refused: bigint;
  refusedReason: string;
  line: string;
}

export async function primeAllocations(c: DemoChain): Promise<PrimeOutcome> {
  const prime: PrimePau | undefined = c.d.prime;
  const asset = c.d.depositAsset;
  if (prime === undefined || asset === undefined) throw new Error("the devnet has no Prime PAU (deploySystem ran with primePau: false)");
  const unit = await registryContracts(c, "getUnit", PRIME_UNIT);
  const term = await registryContracts(c, "getClass", PRIME_TERM_CLASS);
  const queue = unit.SubscribeQueue;
  const facility = term.NfatFacility;
  if (queue === undefined || facility === undefined) throw new Error("the registry lists no SubscribeQueue / NfatFacility for the Prime's targets");
  const relayer = prime.relayer ?? DEVNET_PRIME_RELAYER;
  const available = (key: Hex) =>
    readContract(c.client, { address: prime.rateLimits, abi: rateLimitsAbi, functionName: "getCurrentRateLimit", args: [key] });
  const call = (fn: "depositLcts" | "depositNfat", args: readonly unknown[], what: string) =>
    c.tx.call(relayer, prime.controller, primeControllerAbi, fn, args, what);

  const intoUnit = 500_000n * E18;
  const queued = await balanceOf(c, asset, queue);
  await call("depositLcts", [queue, intoUnit, false], `Prime deposits into ${PRIME_UNIT}`);
  if ((await balanceOf(c, asset, queue)) - queued !== intoUnit) throw new Error(`${PRIME_UNIT}: the subscribe queue did not receive the Prime's deposit`);

  // The Term class restricts depositors: its Halo operator onboards the Prime's ALMProxy.
  const { operator } = (await readContract(c.client, {
    address: c.d.addresses.haloRegistry,
    abi: haloRegistryAbi,
    functionName: "getClass",
    args: [toBytes32Name(PRIME_TERM_CLASS)],
  })) as unknown as { operator: Address };
  await c.tx.call(operator, facility, nfatFacilityAbi, "onboardDepositor", [prime.almProxy], "the Halo operator onboards the Prime");
  const intoTerm = 1_000_000n * E18;
  await call("depositNfat", [facility, intoTerm], `Prime deposits into ${PRIME_TERM_CLASS}`);

  const left = await available(primeKey({ kind: "term-class", facility, asset }, "deposit"));
  const refused = left + E18;
  let refusedReason = "";
  try {
    await call("depositNfat", [facility, refused], "Prime deposits over its limit");
  } catch (error) {
    refusedReason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  }
  if (refusedReason === "") throw new Error("a deposit over the Prime's limit went through");
  return {
    intoUnit,
    intoTerm,
    refused,
    refusedReason,
    line: `${units(intoUnit)} into ${PRIME_UNIT}, ${units(intoTerm)} into ${PRIME_TERM_CLASS} through the Prime's controller; ${units(refused)} over the limit refused`,
  };
}
