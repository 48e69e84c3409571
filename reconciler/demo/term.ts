/**
 * A deal on the Term class (bluecrest-senior-secured): the Halo operator onboards a Prime, the Prime deposits,
 * lpha-nfat opens a book and claims a deal out of the queue (the NFT is minted and the unit recorded), the
 * book moves FILLING → DEPLOYING → AT_REST, each move gated by a fresh lpha-attest attestation (the
 * two-beacon gate); at maturity the repayment is funded into NfatRedeem, the book unwinds, the holder redeems
 * (the NFT is burnt) and the book closes. The beacon steps run through the reference runner (`runDeals`).
 */
import { join } from "node:path";
import { type Address, type Hex, getAddress, keccak256, toBytes } from "viem";
import { readContract } from "viem/actions";
import { haloRegistryAbi, mockERC20Abi, nfatDealTokenAbi, nfatFacilityAbi, nfatRedeemAbi } from "../abi/index.js";
import { toBytes32Name } from "../chain/names.js";
import { type DealAction, runDeals } from "../ops/beacons.js";
import type { OpsNetwork } from "../ops/common.js";
import { DAY, type DemoChain, E18, balanceOf, fundAndApprove, registryContracts, units } from "./chain.js";

export const TERM_CLASS = "bluecrest-senior-secured";
export const PRIME: Address = getAddress("0x000000000000000000000000000000000000b1fe");
const BOOK = "book-2026-q4";
const BOOK_STATUS = ["NONE", "CREATED", "FILLING", "DEPLOYING", "AT_REST", "UNWINDING", "CLOSED"] as const;

export interface TermOutcome {
  tokenId: bigint;
  principal: bigint;
  funded: bigint;
  paid: bigint;
  /** Book statuses in the order the book went through them. */
  phases: string[];
  nftBurnt: boolean;
  log: Record<string, unknown>[];
  line: string;
}

export async function termDeal(c: DemoChain, network: OpsNetwork, workDir: string): Promise<TermOutcome> {
  const log: Record<string, unknown>[] = [];
  const logger = (entry: Record<string, unknown>) => log.push(entry);
  const cls = await registryContracts(c, "getClass", TERM_CLASS);
  const facility = cls.NfatFacility;
  const redeem = cls.NfatRedeem;
  const dealToken = cls.NfatDealToken;
  if (facility === undefined || redeem === undefined || dealToken === undefined) {
    throw new Error(`${TERM_CLASS}: the registry lists no NfatFacility / NfatRedeem / NfatDealToken`);
  }
  const operator = (await readContract(c.client, { address: c.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name(TERM_CLASS)] })) as unknown as { operator: Address };
  const phases: string[] = [];
  const bookStatus = async () => {
    const b = (await readContract(c.client, { address: facility, abi: nfatFacilityAbi, functionName: "book", args: [toBytes32Name(BOOK)] })) as { status: number };
    return BOOK_STATUS[b.status] ?? String(b.status);
  };
  const note = async () => {
    const s = await bookStatus();
    if (phases[phases.length - 1] !== s) phases.push(s);
  };
  const journal = join(workDir, "deals.journal.json");
  const deals = async (actions: DealAction[]) => {
    const failures = await runDeals(network, {}, { classId: TERM_CLASS, actions }, journal, logger);
    if (failures > 0) throw new Error(`lpha-nfat: ${JSON.stringify(log[log.length - 1])}`);
  };
  const attest = (id: string): DealAction => ({ id, type: "attest", bookId: BOOK, attestationHash: keccak256(toBytes(`${BOOK}:${id}`)) });
  const move = (id: string, status: (typeof BOOK_STATUS)[number]): DealAction => ({ id, type: "setBookStatus", bookId: BOOK, status });

  // The buybox restricts depositors: the Halo operator onboards the Prime, which deposits 5M sUSDS.
  await c.tx.call(operator.operator, facility, nfatFacilityAbi, "onboardDepositor", [PRIME], "operator onboards the Prime");
  const deposit = 5_000_000n * E18;
  await fundAndApprove(c, PRIME, facility, deposit);
  await c.tx.call(PRIME, facility, nfatFacilityAbi, "deposit", [deposit], "Prime deposits into the facility");

  // A 180-day bullet deal of 3M at 8 %, inside the buybox (90 d – 2 y, 1M – 50M, 5 – 12 %).
  const principal = 3_000_000n * E18;
  const termDays = 180n;
  const apyBps = 800n;
  const documentHash: Hex = keccak256(toBytes("bluecrest term sheet BCSS-001"));
  await deals([{ id: "open", type: "openBook", bookId: BOOK }]);
  await note();
  await deals([{ id: "deal-1", type: "claim", depositor: PRIME, amount: principal, bookId: BOOK, termDays, apyBps: Number(apyBps), schedule: "bullet", documentHash }]);
  await note();
  const claimed = log.find((e) => e.id === "deal-1" && e.result === "done");
  const tokenId = BigInt(String(claimed?.tokenId));
  const owner = (await readContract(c.client, { address: dealToken, abi: nfatDealTokenAbi, functionName: "ownerOf", args: [tokenId] })) as Address;
  if (owner.toLowerCase() !== PRIME.toLowerCase()) throw new Error(`deal NFT ${tokenId} is owned by ${owner}, not the Prime`);

  // The two-beacon gate: lpha-nfat can move the book only after lpha-attest attested its current version.
  await deals([attest("attest-deploy"), move("deploying", "DEPLOYING")]);
  await note();
  await deals([attest("attest-at-rest"), move("at-rest", "AT_REST")]);
  await note();

  // The borrower repays at maturity: principal + 8 % for 180 days arrives at the class ALMProxy (minted
  // here: the devnet's sUSDS is a mock), lpha-nfat funds the deal from it, the book unwinds.
  await c.warp((termDays - 1n) * DAY);
  const interest = (principal * apyBps * termDays) / (10_000n * 365n);
  const repayment = principal + interest;
  await c.tx.call(c.d.accounts.deployer, c.d.depositAsset!, mockERC20Abi, "mint", [cls.ALMProxy!, interest], "borrower's interest reaches the ALMProxy");
  await deals([{ id: "fund-1", type: "fund", deal: "deal-1", amount: repayment }, move("unwinding", "UNWINDING")]);
  await note();
  const funded = (await readContract(c.client, { address: redeem, abi: nfatRedeemAbi, functionName: "available", args: [tokenId] })) as bigint;

  // At maturity the holder redeems: everything funded is paid, the NFT is burnt, the book can close.
  await c.warp(DAY);
  const before = await balanceOf(c, c.d.depositAsset!, PRIME);
  await c.tx.call(PRIME, redeem, nfatRedeemAbi, "redeem", [tokenId], "Prime redeems the deal");
  const paid = (await balanceOf(c, c.d.depositAsset!, PRIME)) - before;
  const held = (await readContract(c.client, { address: dealToken, abi: nfatDealTokenAbi, functionName: "balanceOf", args: [PRIME] })) as bigint;
  await deals([move("close", "CLOSED")]);
  await note();
  return {
    tokenId,
    principal,
    funded,
    paid,
    phases,
    nftBurnt: held === 0n,
    log,
    line: `deal #${tokenId}: ${units(principal)} claimed, funded ${units(funded)}, redeemed ${units(paid)} sUSDS; book ${phases.join(" → ")}`,
  };
}
