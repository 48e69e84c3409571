/**
 * The demo's Day-0 step (docs/day0.md): until a class or unit has its daily reviews on the HaloRegistry, the plan
 * keeps its rate limits at their Day-0 values ("waiting for Day-0: k of N reviews"). The REVIEWER (the deployer on
 * the devnet) records one review per open entry per daily window, a day apart, until every entry has its N; then
 * `halo apply` ramps the limits hop by hop to "No changes.".
 */
import { type Address, keccak256, toHex } from "viem";
import { type Day0ReviewOutcome, recordDay0Reviews } from "../chain/day0-reviews.js";
import type { DemoChain } from "./chain.js";

/** Classes and units whose Day-0 was open, the reviews sent and the daily windows they took. */
export type Day0Outcome = Day0ReviewOutcome;

/** Record the daily reviews of every class and unit still in Day-0, one window (a day) apart, as the REVIEWER. */
export async function endDay0(c: DemoChain, reviewer: Address): Promise<Day0Outcome> {
  return recordDay0Reviews(c, c.d.addresses.haloRegistry, reviewer, {
    evidence: (i, id) => keccak256(toHex(`demo review ${i + 1} of ${id}`)),
    label: "Day-0 review",
  });
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
