/**
 * The Prime step of the demo: once `halo apply` has onboarded the example Prime (halos/primes.yaml) through PAS, the
 * Prime's relayer moves real tokens from the Prime's ALMProxy through the Prime's controller (the devnet's
 * Spark-style PAU, chain/prime-devnet.ts) into the Portfolio unit's subscribe queue and the Term class's facility,
 * within the limits GovOps ramped; a deposit above what the Prime's RateLimits has left is refused by the chain.
 */
import type { Address } from "viem";
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
  /** The amount refused (the maximum of the Prime's Term deposit limit, plus one token). */
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

  // Over the limit whatever the clock does: the limit refills between the read and the block the deposit lands
  // in, so "what is left plus one token" can fit a second later; the limit's maximum plus one token never does.
  const termDeposit = primeKey({ kind: "term-class", facility, asset }, "deposit");
  const { maxAmount } = await readContract(c.client, {
    address: prime.rateLimits,
    abi: rateLimitsAbi,
    functionName: "getRateLimitData",
    args: [termDeposit],
  });
  const refused = maxAmount + E18;
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
