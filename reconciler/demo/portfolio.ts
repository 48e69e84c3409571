/**
 * Three settlement days on the Portfolio class (acme-mmf): depositors join the units' SubscribeQueues, the
 * reference lpha-lcts runner (reconciler/ops/beacons.ts) locks and settles with the day's capacities, the
 * depositors claim their shares, one exits with what was not converted, and one redeems shares through the
 * senior unit's RedeemQueue for sUSDS paid out of the class ALMProxy.
 */
import { type Address, getAddress } from "viem";
import { readContract } from "viem/actions";
import { haloShareTokenAbi, redeemQueueAbi, subscribeQueueAbi } from "../abi/index.js";
import { type Capacities, type LctsRunner, lctsLock, lctsRunner, lctsSettle } from "../ops/beacons.js";
import type { OpsNetwork } from "../ops/common.js";
import { DAY, type DemoChain, E18, balanceOf, fundAndApprove, registryContracts, units } from "./chain.js";

export const PORTFOLIO_CLASS = "acme-mmf";
const SENIOR = "acme-mmf-senior";
const JUNIOR = "acme-mmf-junior";

/** Depositors are plain addresses (anvil impersonates them): no key of the demo's signs for them. */
export const DEPOSITORS = {
  alice: getAddress("0x00000000000000000000000000000000000a11ce"),
  bob: getAddress("0x0000000000000000000000000000000000000b0b"),
  carol: getAddress("0x00000000000000000000000000000000000ca201"),
  dave: getAddress("0x00000000000000000000000000000000000da7e0"),
  erin: getAddress("0x00000000000000000000000000000000000e2120"),
} as const satisfies Record<string, Address>;
type Who = keyof typeof DEPOSITORS;

export interface SettleEntry {
  unit: string;
  queue: string;
  generation: string;
  capacity: string;
  converted: string;
  reward: string;
  state: string;
}

export interface PortfolioOutcome {
  days: { day: number; line: string; settlements: SettleEntry[] }[];
  /** Shares each depositor holds at the end (base units). */
  shares: Record<string, string>;
  sharesMinted: bigint;
  exit: { who: Who; shares: bigint; underlying: bigint };
  redemption: { who: Who; sharesRedeemed: bigint; paid: bigint };
  log: Record<string, unknown>[];
}

interface Unit {
  token: Address;
  subscribe: Address;
  redeem: Address;
}

export async function settlementDays(c: DemoChain, network: OpsNetwork): Promise<PortfolioOutcome> {
  const log: Record<string, unknown>[] = [];
  const logger = (entry: Record<string, unknown>) => log.push(entry);
  const runner: LctsRunner = await lctsRunner(network, {}, [PORTFOLIO_CLASS]);
  if (runner.queues.length !== 4) {
    throw new Error(`expected the 4 LCTS queues of ${PORTFOLIO_CLASS} (2 units × subscribe/redeem), the registry lists ${runner.queues.length}`);
  }
  const unitOf = async (id: string): Promise<Unit> => {
    const x = await registryContracts(c, "getUnit", id);
    return { token: x.HaloShareToken!, subscribe: x.SubscribeQueue!, redeem: x.RedeemQueue! };
  };
  const senior = await unitOf(SENIOR);
  const junior = await unitOf(JUNIOR);
  const as = (who: Who) => DEPOSITORS[who];

  const deposit = async (who: Who, u: Unit, amount: bigint) => {
    await fundAndApprove(c, as(who), u.subscribe, amount);
    await c.tx.call(as(who), u.subscribe, subscribeQueueAbi, "deposit", [amount], `${who} deposits into ${u.subscribe}`);
  };
  const claim = (who: Who, queue: Address) => c.tx.call(as(who), queue, subscribeQueueAbi, "claim", [], `${who} claims from ${queue}`);
  const day = async (capacities: Capacities): Promise<SettleEntry[]> => {
    const from = log.length;
    const lockFailures = await lctsLock(network, runner, logger);
    const settleFailures = await lctsSettle(network, runner, capacities, logger);
    if (lockFailures + settleFailures > 0) {
      const failed = log.slice(from).filter((e) => String(e.action).endsWith("-failed"));
      throw new Error(`lpha-lcts: ${lockFailures + settleFailures} failure(s): ${JSON.stringify(failed)}`);
    }
    return log
      .slice(from)
      .filter((e) => e.action === "settle")
      .map((e) => ({
        unit: String(e.unit),
        queue: String(e.queue),
        generation: String(e.generation),
        capacity: String(e.capacity),
        converted: String(e.converted),
        reward: String(e.reward),
        state: String(e.state),
      }));
  };
  const describe = (s: SettleEntry[]) =>
    s
      .filter((x) => x.capacity !== "0")
      .map((x) => `${x.unit.replace("acme-mmf-", "")} ${x.queue} ${units(BigInt(x.converted))}→${units(BigInt(x.reward))}${x.state === "DORMANT" ? " (drained)" : ""}`)
      .join(", ");
  const days: PortfolioOutcome["days"] = [];

  // Day 1: four depositors; senior demand (3.5M) exceeds the day's capacity (1.75M): everyone converts half.
  await deposit("alice", senior, 2_000_000n * E18);
  await deposit("bob", senior, 1_000_000n * E18);
  await deposit("carol", senior, 500_000n * E18);
  await deposit("dave", junior, 400_000n * E18);
  const d1 = await day(new Map([[SENIOR, { subscribe: 1_750_000n * E18 }], [JUNIOR, { subscribe: 400_000n * E18 }]]));
  await claim("alice", senior.subscribe);
  await claim("dave", junior.subscribe);
  days.push({ day: 1, line: `4 deposits (3.9M sUSDS); settled ${describe(d1)}; 2 claims`, settlements: d1 });

  // Day 2: erin joins the half-converted generation; after the settlement carol leaves with her shares and
  // the underlying not converted yet (claimAndExit).
  await c.warp(DAY);
  await deposit("erin", senior, 600_000n * E18);
  const d2 = await day(new Map([[SENIOR, { subscribe: 1_500_000n * E18 }]]));
  const carolSusdsBefore = await balanceOf(c, c.d.depositAsset!, as("carol"));
  await c.tx.call(as("carol"), senior.subscribe, subscribeQueueAbi, "claimAndExit", [], "carol exits");
  const exit = {
    who: "carol" as Who,
    shares: await balanceOf(c, senior.token, as("carol")),
    underlying: (await balanceOf(c, c.d.depositAsset!, as("carol"))) - carolSusdsBefore,
  };
  days.push({ day: 2, line: `1 deposit (600k); settled ${describe(d2)}; carol exits: ${units(exit.shares)} shares + ${units(exit.underlying)} sUSDS back`, settlements: d2 });

  // Day 3: alice redeems 500k senior shares through the RedeemQueue; the subscribe generation is drained.
  await c.warp(DAY);
  const redeemShares = 500_000n * E18;
  await c.tx.call(as("alice"), senior.token, haloShareTokenAbi, "approve", [senior.redeem, redeemShares], "alice approves the RedeemQueue");
  await c.tx.call(as("alice"), senior.redeem, redeemQueueAbi, "deposit", [redeemShares], "alice requests a redemption");
  const d3 = await day(new Map([[SENIOR, { subscribe: 5_000_000n * E18, redeem: redeemShares }]]));
  const aliceSusdsBefore = await balanceOf(c, c.d.depositAsset!, as("alice"));
  await c.tx.call(as("alice"), senior.redeem, redeemQueueAbi, "claim", [], "alice claims her redemption");
  const paid = (await balanceOf(c, c.d.depositAsset!, as("alice"))) - aliceSusdsBefore;
  for (const who of ["alice", "bob", "erin"] as const) await claim(who, senior.subscribe);
  days.push({ day: 3, line: `alice redeems ${units(redeemShares)} shares; settled ${describe(d3)}; alice paid ${units(paid)} sUSDS; 3 claims`, settlements: d3 });

  const shares: Record<string, string> = {};
  let sharesMinted = 0n;
  for (const [u, id] of [[senior, SENIOR], [junior, JUNIOR]] as const) {
    sharesMinted += (await readContract(c.client, { address: u.token, abi: haloShareTokenAbi, functionName: "totalSupply" })) as bigint;
    for (const who of Object.keys(DEPOSITORS) as Who[]) {
      const b = await balanceOf(c, u.token, as(who));
      if (b > 0n) shares[`${who}@${id}`] = b.toString();
    }
  }
  return { days, shares, sharesMinted, exit, redemption: { who: "alice", sharesRedeemed: redeemShares, paid }, log };
}
