/**
 * End to end on anvil: onboarding a Prime (halos/primes.yaml: the devnet's Spark-style Prime PAU) into a Portfolio
 * unit and a Term class through PAS, by the real actors — the Core Council's scheduleBatch (the Prime's RateLimits
 * registered, its inits, its GovOps vetted as a cBEAM), the 14-day PAS Timelock and executeBatch, the Core Council's
 * direct cBEAM grant on the Prime's RateLimits, then the Prime's GovOps instantiating and ramping each limit under
 * SORL through the PAS Configurator — to "No changes."; then real tokens through the Prime's controller within the
 * granted limits, a deposit over the limit refused, and a hand-made change caught by `halo drift`; an undeclared
 * cBEAM grant on the Prime's RateLimits caught by drift and verify and revoked by the plan; then offboarding: the
 * unit's allocation removed (deposit refused at once, redeem still open while the Prime holds shares, the teardown
 * completing once it has redeemed) and the whole Prime (`offboard: true`: its GovOps' grant revoked last).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, decodeFunctionData, getAddress } from "viem";
import { getBlock, readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  haloFactoryAbi,
  haloRegistryAbi,
  haloShareTokenAbi,
  mockERC20Abi,
  nfatFacilityAbi,
  pasBeamStateAbi as beamStateAbi,
  pasConfiguratorAbi as configuratorAbi,
  primeControllerAbi,
  rateLimitsAbi,
  subscribeQueueAbi,
} from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import { DEVNET_PRIME_PAU, DEVNET_PRIME_RELAYER } from "../../chain/prime-devnet.js";
import { primeKey } from "../../chain/prime.js";
import { readPlanFile } from "../../plan/planfile.js";
import { decodeTimelockBatch } from "../../plan/timelock.js";
import { recordDay0Reviews } from "../../chain/day0-reviews.js";
import { ACCOUNT, type Project, startProject } from "./project.js";

const DAY = 86_400n;
const HOP = 18n * 3600n;
const E18 = 10n ** 18n;
/** The example Prime's GovOps (anvil's account 9) and the Term class's operator (account 7). */
const PRIME_GOVOPS: Address = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
/** The Portfolio class's GovOps (anvil's account 4): a cBEAM of the Halo side, not declared for the Prime. */
const HALO_GOVOPS: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const TERM_OPERATOR: Address = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
/** The Portfolio class's lpha-lcts beacon (anvil's account 2): locks and settles the unit's queues. */
const LCTS_BEACON: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

describe("halo plan / apply / drift on anvil: onboarding the example Prime", () => {
  let p: Project;
  let subscribeQueue: Address;
  let facility: Address;
  let asset: Address;

  const rl = DEVNET_PRIME_PAU.rateLimits;
  const data = (key: Hex) =>
    readContract(p.client, { address: rl, abi: rateLimitsAbi, functionName: "getRateLimitData", args: [key] });
  const available = (key: Hex) =>
    readContract(p.client, { address: rl, abi: rateLimitsAbi, functionName: "getCurrentRateLimit", args: [key] });

  beforeAll(async () => {
    p = await startProject();
  }, 120_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("the devnet's Prime PAU is deployed, the PAS Configurator authorised in it, nothing registered in PAS", async () => {
    expect(p.d.prime?.rateLimits).toBe(rl);
    const admin = await readContract(p.client, {
      address: rl,
      abi: rateLimitsAbi,
      functionName: "hasRole",
      args: [`0x${"00".repeat(32)}`, p.d.addresses.configurator],
    });
    expect(admin).toBe(true);
    const registered = await readContract(p.client, {
      address: p.d.addresses.beamState,
      abi: beamStateAbi,
      functionName: "rateLimits",
      args: [rl],
    });
    expect(registered).toBe(0n);
    // halo verify prime: not onboarded yet (exit 2, naming what is missing)
    const v = await p.halo(["verify", "prime", "spark"]);
    expect(v.code).toBe(2);
    expect(v.stdout).toMatch(/pau\.configuratorAdmin\s+PASS/);
    expect(v.stdout).toMatch(/pas\.registered\s+FAIL/);
    expect(v.stdout).toMatch(/cbeam\.grant\s+FAIL/);
    const unknown = await p.halo(["verify", "prime", "maker"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no Prime "maker" in halos/primes.yaml (declared: spark)');
  });

  it("plan: the Prime's onboarding, each batch by its actor", async () => {
    const r = await p.halo(["plan", "--out", "plans/prime.json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const { plan } = readPlanFile(`${p.dir}/plans/prime.json`);
    const actionsOf = (prefix: string) => plan.actions.filter((a) => a.resource.startsWith(prefix));
    const prime = actionsOf("prime.spark");
    // registration, 3 inits and the cBEAM vetting in the Core Council's timelocked batch
    const timelocked = prime.filter((a) => a.actor === "core-council-timelocked" && a.kind === "schedule");
    expect(timelocked.map((a) => a.function).sort()).toEqual([
      "addCBeam",
      "addInitRateLimits",
      "addInitRateLimits",
      "addInitRateLimits",
      "addRateLimits",
    ]);
    const direct = prime.filter((a) => a.actor === "core-council-direct");
    expect(direct.map((a) => a.function)).toEqual(["setCBeamForRateLimits"]);
    const govops = prime.filter((a) => a.actor === "govops");
    expect(new Set(govops.map((a) => a.signer))).toEqual(new Set([PRIME_GOVOPS]));
    expect(govops.every((a) => a.function === "setRateLimit" && a.target === p.d.addresses.configurator)).toBe(true);
    // the deposit into the senior unit ramps 1M -> 2M: instantiate, then hops at +25% at most
    const deposit = govops.filter((a) => a.resource === "prime.spark.rateLimit.acme-mmf-senior.deposit");
    expect(deposit.length).toBeGreaterThan(2);
    expect(deposit[0]!.args![2]).toBe((1_000_000n * E18).toString());
    expect(deposit[deposit.length - 1]!.args![2]).toBe((2_000_000n * E18).toString());
    // the scheduled batch carries the Prime's calls with the Halo side's
    const schedule = plan.batches.find((b) => b.kind === "timelock-schedule")!;
    const calls = decodeTimelockBatch(schedule.transactions[0]!.data).op.calls.flatMap((c) => {
      try {
        const d = decodeFunctionData({ abi: beamStateAbi, data: c.data });
        return d.functionName === "addRateLimits" ? [d.args[0]] : [];
      } catch {
        return [];
      }
    });
    expect(calls).toContain(rl);
    expect(r.stdout).toContain("prime.spark");
  });

  it("apply: through the 14-day timelock and the SORL hops to no changes on the Prime's side (the Halo ramps wait for Day-0)", async () => {
    let last = await p.halo(["apply", "plans/prime.json"]);
    expect(last.stderr).toBe("");
    expect(last.code).toBe(0);
    await p.warp(14n * DAY);
    let rounds = 0;
    do {
      last = await p.halo(["apply", "plans/prime.json"]);
      expect(last.stderr).toBe("");
      expect(last.code).toBe(0);
      if (last.stdout.includes("Every batch of the plan is done")) break;
      await p.warp(HOP);
    } while (++rounds < 40);
    // the Prime's side is done; the Halo side's ramps wait for Day-0 (no review recorded yet): the re-plan changes
    // nothing and refuses only those ramps, none of the Prime's (the Day-0 rule gates Halo classes and units)
    const plan = await p.halo(["plan", "--detailed-exitcode"]);
    expect(plan.stderr).toBe("");
    expect(plan.stdout).toMatch(/^Plan: 0 to add, 0 to change, 0 to destroy; \d+ refused$/m);
    const refusals = plan.stdout.split("\n").filter((l) => /^\s*refused: /.test(l));
    expect(refusals.length).toBeGreaterThan(0);
    for (const l of refusals) expect(l).toMatch(/refused: waiting for Day-0: 0 of 7 reviews of class\./);
    expect(plan.stdout).not.toMatch(/~ rateLimit prime\./);
    expect(plan.code).toBe(2);
    expect((await p.halo(["drift"])).code).toBe(0);
    const v = await p.halo(["verify", "prime", "spark"]);
    expect(v.stdout).toContain("OK: 15 checks passed");
    expect(v.code).toBe(0);

    const registry = (id: string) =>
      readContract(p.client, {
        address: p.d.addresses.haloRegistry,
        abi: haloRegistryAbi,
        functionName: "getClass",
        args: [toBytes32Name(id)],
      });
    const unit = await readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "getUnit",
      args: [toBytes32Name("acme-mmf-senior")],
    });
    subscribeQueue = unit.contracts.find((c) => c.name === toBytes32Name("SubscribeQueue"))!.addr;
    const term = await registry("bluecrest-senior-secured");
    facility = term.contracts.find((c) => c.name === toBytes32Name("NfatFacility"))!.addr;
    asset = term.depositAsset;
    expect(haloFactoryAbi.length).toBeGreaterThan(0);
    const dep = await data(primeKey({ kind: "unit", subscribeQueue, redeemQueue: subscribeQueue }, "deposit"));
    expect(dep.maxAmount).toBe(2_000_000n * E18);
  }, 600_000);

  it("the Prime moves real tokens within its limits; a deposit over the limit is refused", async () => {
    const depositKey = primeKey({ kind: "unit", subscribeQueue, redeemQueue: subscribeQueue }, "deposit");
    const nfatKey = primeKey({ kind: "term-class", facility, asset }, "deposit");
    const room = await available(depositKey);
    expect(room).toBeGreaterThan(500_000n * E18);
    const ctrl = DEVNET_PRIME_PAU.controller;
    // the limit is still refilling after its last ramp step: what the deposit used is measured at its own block
    const before = await data(depositKey);
    const block = await p.tx.call(DEVNET_PRIME_RELAYER, ctrl, primeControllerAbi, "depositLcts", [subscribeQueue, 500_000n * E18, false]);
    const after = await data(depositKey);
    const { timestamp } = await getBlock(p.client, { blockNumber: block });
    expect(after.lastUpdated).toBe(timestamp);
    const refilled = before.lastAmount + before.slope * (timestamp - before.lastUpdated);
    expect(after.lastAmount).toBe((refilled < before.maxAmount ? refilled : before.maxAmount) - 500_000n * E18);
    const queued = await readContract(p.client, {
      address: asset,
      abi: mockERC20Abi,
      functionName: "balanceOf",
      args: [subscribeQueue],
    });
    expect(queued).toBe(500_000n * E18);
    // the Term class restricts depositors: its operator onboards the Prime's ALMProxy first
    await p.tx.call(TERM_OPERATOR, facility, nfatFacilityAbi, "onboardDepositor", [DEVNET_PRIME_PAU.almProxy]);
    await p.tx.call(DEVNET_PRIME_RELAYER, ctrl, primeControllerAbi, "depositNfat", [facility, 1_000_000n * E18]);
    const held = await readContract(p.client, { address: facility, abi: nfatFacilityAbi, functionName: "sharesOf", args: [DEVNET_PRIME_PAU.almProxy] });
    expect(held).toBe(1_000_000n * E18);
    // over the limit: the Prime's RateLimits refuses
    const left = await available(nfatKey);
    await expect(
      p.tx.call(DEVNET_PRIME_RELAYER, ctrl, primeControllerAbi, "depositNfat", [facility, left + 1_000n * E18]),
    ).rejects.toThrow(/revert/i);
  });

  it("drift: the Prime's GovOps lowering a limit outside the tool is caught (exit 2)", async () => {
    const redeemKey = (await readContract(p.client, {
      address: DEVNET_PRIME_PAU.controller,
      abi: primeControllerAbi,
      functionName: "lctsRedeemKey",
      args: [
        (
          await readContract(p.client, {
            address: p.d.addresses.haloRegistry,
            abi: haloRegistryAbi,
            functionName: "getUnit",
            args: [toBytes32Name("acme-mmf-senior")],
          })
        ).contracts.find((c) => c.name === toBytes32Name("RedeemQueue"))!.addr,
      ],
    })) as Hex;
    await p.tx.call(PRIME_GOVOPS, p.d.addresses.configurator, configuratorAbi, "setRateLimit", [rl, redeemKey, 1_000n * E18, 1n]);
    const d = await p.halo(["drift"]);
    expect(d.code).toBe(2);
    expect(d.stdout).toMatch(/value-changed\s+prime\.spark\.rateLimit\.acme-mmf-senior\.redeem/);
  });
  it("an undeclared cBEAM grant on the Prime's RateLimits: drift, verify fails, the plan revokes it (Core Council, direct)", async () => {
    const beamState = p.d.addresses.beamState;
    const cBeam = await readContract(p.client, { address: beamState, abi: beamStateAbi, functionName: "cBeams", args: [HALO_GOVOPS] });
    expect(cBeam).toBe(1n);
    await p.tx.call(p.d.accounts.coreCouncil, beamState, beamStateAbi, "setCBeamForRateLimits", [rl, HALO_GOVOPS]);
    const stray = `prime.spark.govOps.${HALO_GOVOPS.toLowerCase()}`;
    const d = await p.halo(["drift"]);
    expect(d.code).toBe(2);
    expect(d.stdout).toContain(stray);
    const v = await p.halo(["verify", "prime", "spark"]);
    expect(v.code).toBe(2);
    expect(v.stdout).toMatch(new RegExp(`cbeam\\.undeclared\\s+FAIL\\s+granted on the Prime's RateLimits but not declared in halos/primes\\.yaml: ${HALO_GOVOPS.toLowerCase()}`));
    const r = await p.halo(["plan", "--out", "plans/revoke.json"]);
    expect(r.code).toBe(0);
    const { plan } = readPlanFile(`${p.dir}/plans/revoke.json`);
    const revoke = plan.actions.filter((a) => a.function === "unsetCBeamForRateLimits");
    expect(revoke.map((a) => [a.actor, a.resource])).toEqual([["core-council-direct", stray]]);
    const applied = await p.halo(["apply", "plans/revoke.json"]);
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    const granted = await readContract(p.client, { address: beamState, abi: beamStateAbi, functionName: "rateLimitsCBeams", args: [rl, HALO_GOVOPS] });
    expect(granted).toBe(0n);
    expect((await p.halo(["verify", "prime", "spark"])).stdout).toMatch(/cbeam\.undeclared\s+PASS/);
  }, 120_000);

  it("offboarding the unit: deposit refused at once, redeem still open while the Prime holds shares, the teardown completes after it redeems", async () => {
    const unit = await readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "getUnit",
      args: [toBytes32Name("acme-mmf-senior")],
    });
    const named = (n: string) => unit.contracts.find((c) => c.name === toBytes32Name(n))!.addr;
    const redeemQueue = named("RedeemQueue");
    const shareToken = named("HaloShareToken");
    const almProxy = DEVNET_PRIME_PAU.almProxy;
    const ctrl = DEVNET_PRIME_PAU.controller;
    const redeemKey = primeKey({ kind: "unit", subscribeQueue, redeemQueue }, "redeem");
    const depositKey = primeKey({ kind: "unit", subscribeQueue, redeemQueue }, "deposit");
    // the Prime holds 400 shares of the unit (minted as its subscribe queue mints them at a claim: this stands in for
    // a settlement) besides its 500,000 still queued
    await p.tx.call(subscribeQueue, shareToken, haloShareTokenAbi, "mint", [almProxy, 400n * E18]);
    // halos/primes.yaml: the allocation to the senior unit removed
    const file = join(p.dir, "halos", "primes.yaml");
    const before = readFileSync(file, "utf8");
    const without = before.replace(/      - target: acme-mmf-senior\n[\s\S]*?(?=      - target)/, "");
    expect(without).not.toContain("acme-mmf-senior");
    writeFileSync(file, without);

    const r = await p.halo(["plan", "--out", "plans/offboard.json"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      "waiting: Prime spark still holds 400 (18 decimals) shares and 500,000 (18 decimals) of deposits queued in acme-mmf-senior",
    );
    const { plan } = readPlanFile(`${p.dir}/plans/offboard.json`);
    const prime = plan.actions.filter((a) => a.resource.startsWith("prime.spark") && a.kind !== "replace-refused");
    expect(prime.map((a) => `${a.actor} ${a.function} ${a.resource}`).sort()).toEqual([
      "core-council-direct delInitRateLimits prime.spark.init.acme-mmf-senior.deposit",
      "govops setRateLimit prime.spark.rateLimit.acme-mmf-senior.deposit",
    ]);
    const applied = await p.halo(["apply", "plans/offboard.json"]);
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    // deposit refused at once: the limit is 0 and its init is gone (GovOps cannot raise it again)
    expect((await data(depositKey)).maxAmount).toBe(0n);
    const init = await readContract(p.client, { address: p.d.addresses.beamState, abi: beamStateAbi, functionName: "initRateLimits", args: [depositKey, rl] });
    expect(init).toEqual([0n, 0n]);
    await expect(
      p.tx.call(DEVNET_PRIME_RELAYER, ctrl, primeControllerAbi, "depositLcts", [subscribeQueue, 1_000n * E18, false]),
    ).rejects.toThrow(/revert/i);
    // redeem still works: the Prime's relayer queues its 400 shares for redemption through the redeem key
    const room = await available(redeemKey);
    expect(room).toBeGreaterThanOrEqual(400n * E18);
    await p.tx.call(DEVNET_PRIME_RELAYER, ctrl, primeControllerAbi, "depositLcts", [redeemQueue, 400n * E18, true]);
    expect(await available(redeemKey)).toBeLessThan(room);
    // still waiting: the 500,000 queued (the test controller has no exit function: the ALMProxy leaves the queue itself)
    // and the 400 shares now queued for redemption
    expect((await p.halo(["plan"])).stdout).toMatch(
      /waiting: Prime spark still holds 500,000 \(18 decimals\) of deposits queued and 400 \(18 decimals\) shares queued for redemption in acme-mmf-senior/,
    );
    await p.tx.call(almProxy, subscribeQueue, subscribeQueueAbi, "claimAndExit", []);
    // still waiting: the 400 shares queued for redemption are money still to come out (the redeem queue's position)
    expect((await p.halo(["plan"])).stdout).toMatch(/waiting: Prime spark still holds 400 \(18 decimals\) shares queued for redemption in acme-mmf-senior/);
    // the lpha-lcts beacon settles the redemption: the class's ALMProxy pays the asset into the redeem queue
    const cls = await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name("acme-mmf")] });
    await p.tx.call(ACCOUNT.deployer, asset, mockERC20Abi, "mint", [cls.almProxy, 1_000n * E18]);
    await p.tx.call(LCTS_BEACON, redeemQueue, subscribeQueueAbi, "lock", []);
    await p.tx.call(LCTS_BEACON, redeemQueue, subscribeQueueAbi, "settle", [400n * E18]);
    // still waiting: the redeemed money is not claimed yet
    expect((await p.halo(["plan"])).stdout).toMatch(/waiting: Prime spark still holds [\d,.]+ \(18 decimals\) redeemed but not yet claimed in acme-mmf-senior/);
    await p.tx.call(almProxy, redeemQueue, subscribeQueueAbi, "claimAndExit", []);
    // the teardown completes: the redeem limit to 0, then its init deleted
    const done = await p.halo(["plan", "--out", "plans/offboard-2.json"]);
    expect(done.stdout).not.toMatch(/waiting: Prime/);
    const second = readPlanFile(`${p.dir}/plans/offboard-2.json`).plan.actions.filter((a) => a.resource.startsWith("prime.spark"));
    expect(second.map((a) => `${a.actor} ${a.function} ${a.resource}`).sort()).toEqual([
      "core-council-direct delInitRateLimits prime.spark.init.acme-mmf-senior.redeem",
      "govops setRateLimit prime.spark.rateLimit.acme-mmf-senior.redeem",
    ]);
    expect((await p.halo(["apply", "plans/offboard-2.json"])).code).toBe(0);
    expect((await data(redeemKey)).maxAmount).toBe(0n);
    // re-plan: nothing left on the Prime's side (the Halo side still waits for Day-0)
    const again = await p.halo(["plan"]);
    expect(again.stdout).toMatch(/^Plan: 0 to add, 0 to change, 0 to destroy; \d+ refused$/m);
    expect(again.stdout).not.toMatch(/prime\.spark/);
    expect((await p.halo(["drift"])).code).toBe(0);
  }, 300_000);

  it("a Prime deleted outright from primes.yaml while it still holds limits: plan and apply refuse in one line naming its RateLimits and the fix; nothing is sent", async () => {
    const file = join(p.dir, "halos", "primes.yaml");
    const before = readFileSync(file, "utf8");
    const depositKey = primeKey({ kind: "term-class", facility, asset }, "deposit");
    const held = await data(depositKey);
    expect(held.maxAmount).toBeGreaterThan(0n);
    writeFileSync(file, "primes: []\n");
    try {
      const message = `halos/primes.yaml: a Prime with RateLimits ${getAddress(rl)} is not declared but still holds limits toward bluecrest-senior-secured deposit: a Prime deleted from primes.yaml is not offboarded (nothing would read or close its limits) — keep its entry with \`offboard: true\` and \`allocations: []\` until the plan says "No changes.", then remove it`;
      const r = await p.halo(["plan"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n").filter((l) => l.includes(message))).toHaveLength(1);
      expect(r.stderr).toContain("nothing planned");
      const a = await p.halo(["apply", "--auto-approve"]);
      expect(a.code).toBe(1);
      expect(a.stderr).toContain(message);
      // nightly drift reports it too (exit 2), in text and JSON, without a contradicting "No drift" line
      const d = await p.halo(["drift"]);
      expect(d.code).toBe(2);
      expect(d.stdout).toContain(`drift: ${message}`);
      expect(d.stdout).not.toContain("No drift");
      const j = await p.halo(["drift", "--format", "json"]);
      expect(j.code).toBe(2);
      const report = JSON.parse(j.stdout) as { drifted: boolean; undeclaredPrimes: { rateLimits: string; flows: unknown[] }[] };
      expect(report.drifted).toBe(true);
      expect(report.undeclaredPrimes).toEqual([{ rateLimits: getAddress(rl), flows: [{ target: "bluecrest-senior-secured", flow: "deposit" }] }]);
      // nothing lost: the limit and its init are as they were
      expect(await data(depositKey)).toEqual(held);
      const init = await readContract(p.client, { address: p.d.addresses.beamState, abi: beamStateAbi, functionName: "initRateLimits", args: [depositKey, rl] });
      expect(init[0]).toBeGreaterThan(0n);
    } finally {
      writeFileSync(file, before);
    }
  }, 300_000);

  it("offboard: true: the Term class's deposit torn down, then the GovOps' grant revoked; verify agrees; nothing left", async () => {
    const file = join(p.dir, "halos", "primes.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/    allocations:\n[\s\S]*$/, "    offboard: true\n    allocations: []\n"));
    const r = await p.halo(["plan", "--out", "plans/offboard-all.json"]);
    expect(r.stderr).toBe("");
    const actions = readPlanFile(`${p.dir}/plans/offboard-all.json`).plan.actions.filter((a) => a.resource.startsWith("prime.spark"));
    expect(actions.map((a) => `${a.actor} ${a.function} ${a.resource}`).sort()).toEqual([
      "core-council-direct delInitRateLimits prime.spark.init.bluecrest-senior-secured.deposit",
      `core-council-direct unsetCBeamForRateLimits prime.spark.govOps.${PRIME_GOVOPS.toLowerCase()}`,
      "govops setRateLimit prime.spark.rateLimit.bluecrest-senior-secured.deposit",
    ]);
    const revoke = actions.find((a) => a.function === "unsetCBeamForRateLimits")!;
    expect(revoke.dependsOn).toContain(actions.find((a) => a.function === "setRateLimit")!.id);
    expect((await p.halo(["apply", "plans/offboard-all.json"])).code).toBe(0);
    const granted = await readContract(p.client, { address: p.d.addresses.beamState, abi: beamStateAbi, functionName: "rateLimitsCBeams", args: [rl, PRIME_GOVOPS] });
    expect(granted).toBe(0n);
    await expect(
      p.tx.call(DEVNET_PRIME_RELAYER, DEVNET_PRIME_PAU.controller, primeControllerAbi, "depositNfat", [facility, 1_000n * E18]),
    ).rejects.toThrow(/revert/i);
    const v = await p.halo(["verify", "prime", "spark"]);
    expect(v.stdout).toMatch(/cbeam\.grant\s+PASS/);
    expect(v.code).toBe(0);
    const again = await p.halo(["plan"]);
    expect(again.stdout).not.toMatch(/prime\.spark/);
    expect((await p.halo(["drift"])).code).toBe(0);
    // once offboarded (every limit 0 / 0, every init deleted), the entry may go: the plan is not refused
    const offboarded = readFileSync(file, "utf8");
    writeFileSync(file, "primes: []\n");
    const removed = await p.halo(["plan"]);
    writeFileSync(file, offboarded);
    expect(removed.stderr).toBe("");
    expect(removed.code).toBe(0);
  }, 300_000);
  it("once Day-0 has its reviews and the Halo ramps are applied, the re-plan says No changes.", async () => {
    const reviewed = await recordDay0Reviews(p, p.d.addresses.haloRegistry, ACCOUNT.deployer);
    expect(reviewed.entries).toBeGreaterThan(0);
    let last = await p.halo(["apply", "--auto-approve"]);
    let rounds = 0;
    while (!/No changes\./.test(last.stdout)) {
      expect(last.stderr).toBe("");
      expect(++rounds).toBeLessThan(60);
      await p.warp(HOP);
      last = await p.halo(["apply", "--auto-approve"]);
    }
    const plan = await p.halo(["plan", "--detailed-exitcode"]);
    expect(plan.stdout).toContain("No changes.");
    expect(plan.code).toBe(0);
    expect((await p.halo(["drift"])).code).toBe(0);
  }, 600_000);
});
