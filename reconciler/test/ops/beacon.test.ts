import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, getAddress, keccak256, toBytes } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloFactoryAbi, haloRegistryAbi, mockERC20Abi, nfatDealTokenAbi, nfatFacilityAbi, nfatRedeemAbi, subscribeQueueAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import { msUntil, readCapacities, readDeals } from "../../ops/beacons.js";
import { E18, deployTree } from "../chain/scenario.js";
import { classContracts } from "../../ops/registry.js";
import { type Chain, halo, startChain } from "./fixture.js";

const ALICE: Address = getAddress("0x00000000000000000000000000000000000a11ce");
const PRIME: Address = getAddress("0x000000000000000000000000000000000000b1fe");

interface Named {
  name: Hex;
  addr: Address;
}

const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

describe("halo beacon", () => {
  let chain: Chain;
  const contracts = async (kind: "getClass" | "getUnit", id: string): Promise<Record<string, Address>> => {
    const rec = (await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: kind, args: [toBytes32Name(id)] })) as unknown as { contracts: Named[]; almProxy: Address; rateLimits: Address; controller: Address };
    // a class's PAU is in the record's own fields, not in `contracts`
    const all = kind === "getClass" ? classContracts(rec) : rec.contracts;
    return Object.fromEntries(all.map((c) => [Buffer.from(c.name.slice(2), "hex").toString().replace(/\0+$/, ""), c.addr]));
  };
  const fund = async (who: Address, spender: Address, amount: bigint) => {
    await chain.tx.call(chain.d.accounts.deployer, chain.d.depositAsset!, mockERC20Abi, "mint", [who, amount]);
    await chain.tx.call(who, chain.d.depositAsset!, mockERC20Abi, "approve", [spender, amount]);
  };

  beforeAll(async () => {
    chain = await startChain();
    await deployTree(chain.client, chain.d);
  });
  afterAll(async () => {
    await chain?.anvil.stop();
  });

  it("lcts --once locks every active queue and settles it with the file's capacity: the generation moves", async () => {
    const senior = await contracts("getUnit", "acme-mmf-senior");
    const queue = senior.SubscribeQueue!;
    await fund(ALICE, queue, 60_000n * E18);
    await chain.tx.call(ALICE, queue, subscribeQueueAbi, "deposit", [60_000n * E18]);
    const gen = (await readContract(chain.client, { address: queue, abi: subscribeQueueAbi, functionName: "currentGeneration" })) as bigint;
    expect(await readContract(chain.client, { address: queue, abi: subscribeQueueAbi, functionName: "queueState" })).toBe(1); // ACTIVE

    const capacities = join(chain.dir, "capacities.yaml");
    writeFileSync(capacities, "units:\n  acme-mmf-senior: { subscribe: 40_000e18, redeem: 0 }\n");
    // no HALO_LCTS_BEACON_KEY: on anvil the lpha-lcts operator's default account signs
    const ran = await halo(chain, ["beacon", "lcts", "--once", "--capacities", capacities]);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    const log = lines(ran.stdout);
    expect(log[0]).toMatchObject({ beacon: "lpha-lcts", action: "start", queues: 4 });
    expect(log.filter((l) => l.action === "lock")).toEqual([expect.objectContaining({ unit: "acme-mmf-senior", queue: "subscribe", generation: gen.toString() })]);
    const settle = log.find((l) => l.action === "settle");
    expect(settle).toMatchObject({ unit: "acme-mmf-senior", queue: "subscribe", capacity: (40_000n * E18).toString(), converted: (40_000n * E18).toString(), remaining: (20_000n * E18).toString(), state: "ACTIVE" });
    expect(typeof settle!.tx).toBe("string");
    expect(log.filter((l) => l.action === "lock-skipped")).toHaveLength(3); // the other, dormant queues

    // 40k of 60k converted: the generation's accumulator moved and it is open again for the rest
    const g = (await readContract(chain.client, { address: queue, abi: subscribeQueueAbi, functionName: "generation", args: [gen] })) as { totalUnderlying: bigint; rewardPerToken: bigint };
    expect(g.totalUnderlying).toBe(20_000n * E18);
    expect(g.rewardPerToken).toBeGreaterThan(0n);
    const classAddrs = await contracts("getClass", "acme-mmf");
    expect(await readContract(chain.client, { address: chain.d.depositAsset!, abi: mockERC20Abi, functionName: "balanceOf", args: [classAddrs.ALMProxy!] })).toBe(40_000n * E18);

    // a second day: the rest is settled, the generation is finalized and the queue goes dormant
    writeFileSync(capacities, JSON.stringify({ units: { "acme-mmf-senior": { subscribe: "100000e18" } } }));
    const capacitiesJson = join(chain.dir, "capacities.json");
    writeFileSync(capacitiesJson, JSON.stringify({ units: { "acme-mmf-senior": { subscribe: "100000e18" } } }));
    const day2 = await halo(chain, ["beacon", "lcts", "--once", "--capacities", capacitiesJson, "--class", "acme-mmf"]);
    expect(day2.code).toBe(0);
    expect(lines(day2.stdout).find((l) => l.action === "settle")).toMatchObject({ converted: (20_000n * E18).toString(), state: "DORMANT" });
    expect(await readContract(chain.client, { address: queue, abi: subscribeQueueAbi, functionName: "queueState" })).toBe(0);
    const finalized = (await readContract(chain.client, { address: queue, abi: subscribeQueueAbi, functionName: "generation", args: [gen] })) as { state: number };
    expect(finalized.state).toBe(3); // FINALIZED
  });

  it("lcts: a settlement beyond the Day-0 rate limit fails, is logged, and exits 1", async () => {
    const junior = await contracts("getUnit", "acme-mmf-junior");
    const queue = junior.SubscribeQueue!;
    await fund(ALICE, queue, 150_000n * E18);
    await chain.tx.call(ALICE, queue, subscribeQueueAbi, "deposit", [150_000n * E18]);
    const capacities = join(chain.dir, "capacities-big.json");
    writeFileSync(capacities, JSON.stringify({ units: { "acme-mmf-junior": { subscribe: "150000e18" } } }));
    const ran = await halo(chain, ["beacon", "lcts", "--once", "--capacities", capacities]);
    expect(ran.code).toBe(1);
    const failed = lines(ran.stdout).find((l) => l.action === "settle-failed");
    expect(failed).toMatchObject({ unit: "acme-mmf-junior", capacity: (150_000n * E18).toString() });
    expect(failed!.error).toMatch(/^reverted: RateLimits_RateLimitExceeded\(0x[0-9a-f]{64}, 150000000000000000000000, 100000000000000000000000\)$/);
  });

  it("nfat --once opens a book, claims a deal (mints the NFT, records the unit), funds it, attests and moves the book; a re-run does nothing", async () => {
    const term = await contracts("getClass", "acme-term");
    await fund(PRIME, term.NfatFacility!, 80_000n * E18);
    await chain.tx.call(PRIME, term.NfatFacility!, nfatFacilityAbi, "deposit", [80_000n * E18]);
    const deals = join(chain.dir, "deals.yaml");
    writeFileSync(
      deals,
      [
        "class: acme-term",
        "actions:",
        "  - { id: open-book-1, type: openBook, bookId: book-1 }",
        `  - { id: deal-1, type: claim, depositor: "${PRIME}", amount: 50_000e18, bookId: book-1, termDays: 365, apyBps: 800, schedule: bullet, documentHash: "${keccak256(toBytes("term-sheet"))}" }`,
        "  - { id: fund-1, type: fund, deal: deal-1, amount: 10_000e18 }",
        `  - { id: attest-1, type: attest, bookId: book-1, attestationHash: "${keccak256(toBytes("attestation"))}" }`,
        "  - { id: deploy-1, type: setBookStatus, bookId: book-1, status: DEPLOYING }",
        "",
      ].join("\n"),
    );
    const ran = await halo(chain, ["beacon", "nfat", "--once", "--deals", deals]);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    const log = lines(ran.stdout);
    expect(log.map((l) => [l.id, l.result])).toEqual([
      ["open-book-1", "done"],
      ["deal-1", "done"],
      ["fund-1", "done"],
      ["attest-1", "done"],
      ["deploy-1", "done"],
    ]);
    const tokenId = BigInt(log[1]!.tokenId as string);
    expect(await readContract(chain.client, { address: term.NfatDealToken!, abi: nfatDealTokenAbi, functionName: "ownerOf", args: [tokenId] })).toBe(PRIME);
    const unitId = (await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "dealUnitId", args: [toBytes32Name("acme-term"), tokenId] })) as Hex;
    const unit = (await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getUnit", args: [unitId] })) as unknown as { deal: { principal: bigint } };
    expect(unit.deal.principal).toBe(50_000n * E18);
    expect(await readContract(chain.client, { address: term.NfatRedeem!, abi: nfatRedeemAbi, functionName: "available", args: [tokenId] })).toBe(10_000n * E18);
    const book = (await readContract(chain.client, { address: term.NfatFacility!, abi: nfatFacilityAbi, functionName: "book", args: [toBytes32Name("book-1")] })) as { status: number };
    expect(book.status).toBe(3); // DEPLOYING
    const journal = JSON.parse(readFileSync(`${deals}.journal.json`, "utf8")) as { actions: Record<string, { tokenId?: string }> };
    expect(journal.actions["deal-1"]!.tokenId).toBe(tokenId.toString());

    const again = await halo(chain, ["beacon", "nfat", "--once", "--deals", deals]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout).every((l) => l.result === "already-done")).toBe(true);
    expect(await readContract(chain.client, { address: term.NfatDealToken!, abi: nfatDealTokenAbi, functionName: "totalMinted" })).toBe(1n);

    // the deal unit verifies (the NFT matches the registry record)
    const verified = await halo(chain, ["verify", "unit", unitId]);
    expect(verified.stdout).toMatch(/deal\.token\s+PASS/);
    expect(verified.code).toBe(0);
  });

  it("nfat: a claim outside the buybox fails, is logged with the action id, and stops the run (exit 1)", async () => {
    const deals = join(chain.dir, "deals-bad.json");
    writeFileSync(
      deals,
      JSON.stringify({
        class: "acme-term",
        actions: [{ id: "open-book-2", type: "openBook", bookId: "book-2" }, { id: "too-small", type: "claim", depositor: PRIME, amount: "1e18", bookId: "book-2", termDays: 365, apyBps: 800, schedule: "bullet", documentHash: keccak256(toBytes("x")) }],
      }),
    );
    const ran = await halo(chain, ["beacon", "nfat", "--once", "--deals", deals]);
    expect(ran.code).toBe(1);
    const log = lines(ran.stdout);
    expect(log[0]).toMatchObject({ id: "open-book-2", result: "done" });
    expect(log[1]).toMatchObject({ id: "too-small", result: "failed", error: "reverted: Facility_OutsideBuybox(size, 1000000000000000000, 10000000000000000000000, 50000000000000000000000000)" });
    // the journal keeps what succeeded; a fixed file resumes after it
    expect(Object.keys((JSON.parse(readFileSync(`${deals}.journal.json`, "utf8")) as { actions: object }).actions)).toEqual(["open-book-2"]);
  });

  it("refuses malformed input files before sending anything", () => {
    const dir = chain.dir;
    writeFileSync(join(dir, "c.yaml"), "units:\n  u: { sideways: 1 }\n");
    expect(() => readCapacities(join(dir, "c.yaml"))).toThrow(/units.u.sideways: unknown side/);
    writeFileSync(join(dir, "d.yaml"), "class: acme-term\nactions:\n  - { id: a, type: claim, depositor: '0x1', amount: 1, bookId: b, termDays: 1, apyBps: 1, schedule: bullet, documentHash: '0x00' }\n");
    expect(() => readDeals(join(dir, "d.yaml"))).toThrow(/documentHash: must be a 32-byte hash|depositor: must be an address/);
    writeFileSync(join(dir, "e.yaml"), "class: acme-term\nactions:\n  - { id: a, type: openBook, bookId: b }\n  - { id: a, type: openBook, bookId: c }\n");
    expect(() => readDeals(join(dir, "e.yaml"))).toThrow(/id "a" is repeated/);
  });

  it("schedules the daily lock at 13:00 UTC and the settlement before 16:00 UTC", () => {
    const noon = new Date(Date.UTC(2026, 10, 26, 12, 0, 0));
    expect(msUntil(noon, "13:00")).toBe(3_600_000);
    expect(msUntil(noon, "15:00")).toBe(3 * 3_600_000);
    const evening = new Date(Date.UTC(2026, 10, 26, 17, 0, 0));
    expect(msUntil(evening, "13:00")).toBe(20 * 3_600_000);
  });
});
