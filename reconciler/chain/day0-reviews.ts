/**
 * Ending Day-0 on a devnet (docs/day0.md): the REVIEWER records one review per open class or unit per daily window
 * (`HaloRegistry.recordReview`), and the chain is warped a day between windows, until every entry has its N
 * reviews. One function for `halo demo` (demo/day0.ts) and the end-to-end tests (onboarding, apply-day-one), which
 * drive the same loop: it reads the open entries from the registry once, then records window by window.
 */
import { type Address, type Client, type Hex, keccak256, toHex } from "viem";
import { readContract } from "viem/actions";
import { haloRegistryAbi } from "../abi/index.js";
import type { Sender } from "./sender.js";

/** One day: the registry's review window. */
export const DAY0_WINDOW_SECONDS = 86_400n;

/** A class or unit of the registry whose Day-0 is still open. */
export interface Day0OpenEntry {
  /** The bytes32 class or unit id. */
  id: Hex;
  day0: { cycles: number; reviewCount: number; endedAt: bigint };
}

export interface Day0ReviewOutcome {
  /** Classes and units whose Day-0 was open. */
  entries: number;
  /** recordReview transactions sent. */
  reviews: number;
  /** Daily windows the reviews took (one warp of a day after each). */
  days: number;
}

export interface Day0ReviewChain {
  client: Client;
  tx: Pick<Sender, "call">;
  /** Move the chain's clock forward by `seconds` and mine a block. */
  warp(seconds: bigint): Promise<unknown>;
}

export interface Day0ReviewOptions {
  /** The review's evidence hash for window `window` (0-based) of `id`; default keccak256 of a fixed text. */
  evidence?: (window: number, id: Hex) => Hex;
  /** Called after the reviews of a window are recorded, before the warp (e.g. a test's extra checks). */
  afterWindow?: (window: number, open: readonly Day0OpenEntry[]) => Promise<void>;
  /** Label of each review transaction (the Sender's log line). */
  label?: string;
}

/** The registry's classes and units whose Day-0 has neither ended nor has its reviews (first 1,000 of each). */
export async function openDay0Entries(client: Client, registry: Address): Promise<Day0OpenEntry[]> {
  const read = (functionName: "getClassesPage" | "getUnitsPage") =>
    readContract(client, { address: registry, abi: haloRegistryAbi, functionName, args: [0n, 1000n] }) as unknown as Promise<
      readonly { day0: Day0OpenEntry["day0"]; classId?: Hex; unitId?: Hex }[]
    >;
  const [classes, units] = await Promise.all([read("getClassesPage"), read("getUnitsPage")]);
  return [
    ...classes.map((x) => ({ id: x.classId!, day0: x.day0 })),
    ...units.map((x) => ({ id: x.unitId!, day0: x.day0 })),
  ].filter((e) => e.day0.endedAt === 0n && e.day0.reviewCount < e.day0.cycles);
}

/**
 * Record the daily reviews of every class and unit still in Day-0, as `reviewer`, one window (a day) apart, until
 * each has its cycles. An entry needing fewer reviews than the longest stops when it has them.
 */
export async function recordDay0Reviews(
  chain: Day0ReviewChain,
  registry: Address,
  reviewer: Address,
  options: Day0ReviewOptions = {},
): Promise<Day0ReviewOutcome> {
  const open = await openDay0Entries(chain.client, registry);
  const days = Math.max(0, ...open.map((e) => e.day0.cycles - e.day0.reviewCount));
  const evidence = options.evidence ?? ((i: number, id: Hex) => keccak256(toHex(`review ${i + 1} of ${id}`)));
  let reviews = 0;
  for (let i = 0; i < days; i++) {
    for (const e of open) {
      if (e.day0.reviewCount + i >= e.day0.cycles) continue;
      await chain.tx.call(reviewer, registry, haloRegistryAbi, "recordReview", [e.id, evidence(i, e.id)], options.label);
      reviews += 1;
    }
    await options.afterWindow?.(i, open);
    // one review per entry per daily window: the next ones a day later
    await chain.warp(DAY0_WINDOW_SECONDS);
  }
  return { entries: open.length, reviews, days };
}
