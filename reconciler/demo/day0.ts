/**
 * The demo's Day-0 step (docs/day0.md): until a class or unit has its daily reviews on the HaloRegistry, the plan
 * keeps its rate limits at their Day-0 values ("waiting for Day-0: k of N reviews"). The REVIEWER (the deployer on
 * the devnet) records one review per open entry per daily window, a day apart, until every entry has its N; then
 * `halo apply` ramps the limits hop by hop to "No changes.".
 */
import { type Address, type Hex, keccak256, toHex } from "viem";
import { readContract } from "viem/actions";
import { haloRegistryAbi } from "../abi/index.js";
import { DAY, type DemoChain } from "./chain.js";

export interface Day0Outcome {
  /** Classes and units whose Day-0 was open. */
  entries: number;
  /** recordReview transactions sent. */
  reviews: number;
  /** Daily windows the reviews took (one warp of a day after each). */
  days: number;
}

interface Day0Entry {
  id: Hex;
  day0: { cycles: number; reviewCount: number; endedAt: bigint };
}

/** Record the daily reviews of every class and unit still in Day-0, one window (a day) apart, as the REVIEWER. */
export async function endDay0(c: DemoChain, reviewer: Address): Promise<Day0Outcome> {
  const registry = c.d.addresses.haloRegistry;
  const read = (functionName: "getClassesPage" | "getUnitsPage") =>
    readContract(c.client, { address: registry, abi: haloRegistryAbi, functionName, args: [0n, 1000n] }) as unknown as Promise<
      readonly { day0: Day0Entry["day0"]; classId?: Hex; unitId?: Hex }[]
    >;
  const classes = await read("getClassesPage");
  const units = await read("getUnitsPage");
  const open: Day0Entry[] = [
    ...classes.map((x) => ({ id: x.classId!, day0: x.day0 })),
    ...units.map((x) => ({ id: x.unitId!, day0: x.day0 })),
  ].filter((e) => e.day0.endedAt === 0n && e.day0.reviewCount < e.day0.cycles);
  const days = Math.max(0, ...open.map((e) => e.day0.cycles - e.day0.reviewCount));
  let reviews = 0;
  for (let i = 0; i < days; i++) {
    for (const e of open) {
      if (e.day0.reviewCount + i >= e.day0.cycles) continue;
      await c.tx.call(reviewer, registry, haloRegistryAbi, "recordReview", [e.id, keccak256(toHex(`demo review ${i + 1} of ${e.id}`))], "Day-0 review");
      reviews += 1;
    }
    // one review per entry per daily window (from 13:00 UTC): the next ones a day later
    await c.warp(DAY);
  }
  return { entries: open.length, reviews, days };
}

/**
 * The refusals of a plan made while Day-0 is open, if they are all "waiting for Day-0" and the plan changes nothing
 * else; undefined otherwise (the caller fails the step with the plan).
 */
export function day0Waiting(planText: string): { refused: number; example: string } | undefined {
  const summary = /^Plan: 0 to add, 0 to change, 0 to destroy; (\d+) refused$/m.exec(planText);
  const refusals = planText.split("\n").filter((l) => /^\s*refused: /.test(l));
  if (summary === null || refusals.length !== Number(summary[1])) return undefined;
  if (!refusals.every((l) => /refused: waiting for Day-0: \d+ of \d+ reviews of /.test(l))) return undefined;
  const example = /waiting for Day-0: \d+ of \d+ reviews of \S+/.exec(refusals[0] ?? "")?.[0] ?? "";
  return { refused: refusals.length, example };
}
