/**
 * End to end against anvil (the PAS devnet, the factory not yet authorised in PAS): `halo plan` / `apply` /
 * `drift` onboarding the example tree (two agents, a Portfolio class with two units, a Term class, a
 * pre-factory Halo recorded through the PAS Timelock, the two custodians approved as transfer destinations)
 * from an empty system to "No changes.": the sky-governance spell (executed as the PauseProxy), the deployer's
 * batches, the Core Council's scheduleBatch, the 14-day PAS Timelock and executeBatch, the Core Council's direct
 * cBEAM grants, GovOps' controller actions and SORL ramps hop by hop (PAS's rule); with an interrupted apply
 * resumed, a stale plan refused, payload modes decoded, a decrease during a ramp, double applies that send
 * nothing, and each class of drift caught.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Hex, decodeFunctionData, encodeFunctionData, getAbiItem, keccak256, toFunctionSelector, toHex } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  pasBeamStateAbi as beamStateAbi,
  pasConfiguratorAbi as configuratorAbi,
  haloControllerAbi,
  haloFactoryAbi,
  haloRegistryAbi,
  mockERC20Abi,
  rateLimitsAbi,
  templateRegistryAbi,
} from "../../abi/index.js";
import { LIMIT, assetCounterpartyKey, toBytes32Name } from "../../chain/names.js";
import { DEPLOY_SALT } from "../../plan/factory-context.js";
import { PLAN_FORMAT_VERSION, planHash, readPlanFile } from "../../plan/planfile.js";
import { RELAYER, roleAction, setDestinationAction } from "../../plan/pas.js";
import { ZERO_BYTES32, decodeTimelockBatch, encodeExecuteBatch, encodeScheduleBatch } from "../../plan/timelock.js";
import { recordDay0Reviews } from "../../chain/day0-reviews.js";
import { portfolioClassRequest } from "../chain/scenario.js";
import { repoRoot } from "../helpers.js";
import { ACCOUNT, type Project, startProject, unitContract, writeTree } from "./project.js";

const HOP = 18n * 3600n;
/** anvil's well-known default key of account 0 (a public test key). */
const ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/** …and of account 4, the example tree's GovOps. */
const ANVIL_KEY_4 = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";
const DAY = 86_400n;
/** The custodian both example classes transfer to (anvil's account 6). */
const CUSTODIAN = "0x976EA74026E726554dB657fA54763abd0C3a0aa9";

describe("halo plan / apply / drift on anvil: onboarding the example tree", () => {
  let p: Project;
  let base: Hex;
  let converged: Hex;
  let midRamp: Hex | undefined;

  async function decreaseDuringRamp(): Promise<void> {
    const mmf = join(p.dir, "halos", "acme", "mmf.yaml");
    const original = readFileSync(mmf, "utf8");
    writeFileSync(
      mmf,
      original.replace(
        "subscribe-settle: { maxAmount: 1_000_000e18, slopePerDay: 1_000_000e18 }",
        "subscribe-settle: { maxAmount: 50_000e18, slopePerDay: 50_000e18 }",
      ),
    );
    const dec = await p.halo(["apply", "--auto-approve"]);
    writeFileSync(mmf, original);
    expect(dec.stderr).toBe("");
    expect(dec.stdout).toContain("SORL decrease");
    const cls = await readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "getClass",
      args: [toBytes32Name("acme-mmf")],
    });
    const queue = await unitContract(p, "acme-mmf-junior", "SubscribeQueue");
    const key = assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, cls.depositAsset, queue);
    const data = await readContract(p.client, {
      address: cls.rateLimits,
      abi: rateLimitsAbi,
      functionName: "getRateLimitData",
      args: [key],
    });
    expect(data.maxAmount).toBe(50_000n * 10n ** 18n);
    expect(data.slope).toBe((50_000n * 10n ** 18n) / DAY);
  }

  const getClass = (id: string) =>
    readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "getClass",
      args: [toBytes32Name(id)],
    });
  /**
   * A controller action done by hand the PAS way: the Core Council enables the calldata through the PAS Timelock
   * (`BeamState.addInitControllerActions(data, controller)`, scheduleBatch, 14 days, executeBatch), then GovOps
   * runs it (`Configurator.callControllerAction(controller, data)`).
   */
  async function controllerActionByHand(classId: string, data: Hex): Promise<void> {
    const { controller } = await getClass(classId);
    const op = {
      calls: [
        {
          target: p.d.addresses.beamState,
          value: 0n,
          data: encodeFunctionData({ abi: beamStateAbi, functionName: "addInitControllerActions", args: [data, controller] }),
        },
      ],
      predecessor: ZERO_BYTES32,
      salt: keccak256(data),
    };
    await p.tx.send(ACCOUNT.governance, p.d.addresses.timelock, encodeScheduleBatch(op, 14n * DAY), "schedule");
    await p.warp(14n * DAY);
    await p.tx.send(ACCOUNT.governance, p.d.addresses.timelock, encodeExecuteBatch(op), "execute");
    await p.tx.call(ACCOUNT.govOps, p.d.addresses.configurator, configuratorAbi, "callControllerAction", [controller, data]);
  }

  beforeAll(async () => {
    p = await startProject();
    base = await p.snapshot();
  });
  afterAll(async () => {
    await p?.stop();
  });

  it("plan on an empty chain lists every create with the factory's predicted addresses (exit 2 with --detailed-exitcode)", async () => {
    const r = await p.halo(["plan", "--detailed-exitcode"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(2);
    const predicted = await readContract(p.client, {
      address: p.d.addresses.factory,
      abi: haloFactoryAbi,
      functionName: "predictClassAddresses",
      args: [toBytes32Name("lcts-portfolio"), 1, toBytes32Name("acme-mmf"), DEPLOY_SALT, ACCOUNT.deployer],
    });
    for (const a of [
      "agent.acme",
      "agent.bluecrest",
      "class.acme-mmf",
      "class.bluecrest-senior-secured",
      "class.acme-mmf.unit.acme-mmf-senior",
      "class.acme-mmf.unit.acme-mmf-junior",
      "legacy.genesis-halo",
      "legacy.genesis-halo.unit.genesis-halo-senior",
      `class.acme-mmf.destination.${CUSTODIAN.toLowerCase()}`,
      `class.bluecrest-senior-secured.destination.${CUSTODIAN.toLowerCase()}`,
    ])
      expect(r.stdout).toContain(`# ${a} will be created`);
    // the first batch is the sky-governance spell authorising the factory in PAS (executed as the PauseProxy)
    expect(r.stdout).toMatch(/batch-1: spell, 7 spell calls, signed by sky-governance/);
    expect(r.stdout).toContain("spell pas.factory-authorisation: setRoleAction(");
    expect(r.stdout).toContain("recordLegacyClass(");
    expect(r.stdout).toContain("recordLegacyUnit(");
    expect(r.stdout).toContain("addInitControllerActions(");
    expect(r.stdout).toContain("setCBeamForController(");
    expect(r.stdout).toContain("callControllerAction(");
    expect(r.stdout).toContain(`pau = "${predicted.almProxy}"  (predicted)`);
    expect(r.stdout).toContain("deployClass(");
    // every entry starts in Day-0: no Halo rate-limit ramp in the first plan (model/day0.ts); the pre-factory unit adds 1, the Prime 8
    expect(r.stdout).toMatch(/^Plan: 34 to add, 0 to change, 0 to destroy; 1 spell; 1 timelock batch(;.*)?$/m);
    expect(r.stdout).toContain("cannot be applied as-is");
    const json = JSON.parse((await p.halo(["plan", "--format", "json"])).stdout) as {
      formatVersion: string;
      chainId: number;
    };
    expect([json.formatVersion, json.chainId]).toEqual([PLAN_FORMAT_VERSION, 31337]);
    // the real binary propagates the exit code (what the example CI workflows rely on)
    const bin = spawnSync(process.execPath, [join(repoRoot, "bin", "halo.js"), "plan", "--detailed-exitcode"], {
      cwd: p.dir,
      env: { ...process.env, HALO_LOCAL_RPC_URL: p.anvil.url, HALO_NETWORK: "" },
      encoding: "utf8",
    });
    expect(bin.status).toBe(2);
    expect(bin.stdout).toContain("Plan: 34 to add");
    const md = await p.halo(["plan", "--format", "markdown", "--detailed-exitcode"]);
    expect(md.code).toBe(2);
    expect(md.stdout.startsWith("<!-- halo-plan -->")).toBe(true);
  });

  it("a legacy Halo filed under an undeclared agent is refused at load time with file:line:col (exit 1)", async () => {
    const legacy = join(p.dir, "halos", "legacy.yaml");
    const original = readFileSync(legacy, "utf8");
    writeFileSync(legacy, original.replace("agent: acme", "agent: nobody"));
    const r = await p.halo(["plan"]);
    writeFileSync(legacy, original);
    expect(r.code).toBe(1);
    const line = original.split("\n").findIndex((l) => l.includes("agent: acme")) + 1;
    expect(r.stderr).toContain(
      `halos/legacy.yaml:${line}:12 legacy[0].agent: agent "nobody" is not declared (declared agents: acme, bluecrest)`,
    );
  });

  it("a value outside the template's on-chain range is refused at plan time with file:line:col (exit 1)", async () => {
    const mmf = join(p.dir, "halos", "acme", "mmf.yaml");
    const original = readFileSync(mmf, "utf8");
    writeFileSync(mmf, original.replace("capacity: 50_000_000e18", "capacity: 2_000_000_000e18"));
    const r = await p.halo(["plan"]);
    writeFileSync(mmf, original);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const line = original.split("\n").findIndex((l) => l.includes("capacity: 50_000_000e18")) + 1;
    expect(r.stderr).toContain(
      `halos/acme/mmf.yaml:${line}:17 units[0].params.capacity: 2000000000000000000000000000 is outside template lcts-portfolio v1's range for capacity: 0..1000000000000000000000000000`,
    );
    expect(r.stderr).toContain("nothing planned");
  });

  it("an RPC that does not answer is an error naming the network (exit 1)", async () => {
    const r = await p.halo(["drift"], undefined, { HALO_LOCAL_RPC_URL: "http://127.0.0.1:1" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^halo: network local: http:\/\/127\.0\.0\.1:1 cannot be reached: /);
  });

  it("a saved plan is refused once the chain changed, saying what changed", async () => {
    expect((await p.halo(["plan", "--out", "plans/stale.json"])).code).toBe(0);
    const snap = await p.snapshot();
    // someone registers agent acme by hand
    await p.tx.call(ACCOUNT.deployer, p.d.addresses.haloRegistry, haloRegistryAbi, "registerAgent", [
      toBytes32Name("acme"),
      "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
      { uri: "ipfs://other", sha256: `0x${"11".repeat(32)}` },
    ]);
    const r = await p.halo(["apply", "plans/stale.json"]);
    await p.revert(snap);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the plan is stale");
    expect(r.stderr).toContain("agent.acme: planned as create, now update with different values");
  });

  it("--mode timelock and --mode safe write payloads that decode back to the planned calls", async () => {
    expect((await p.halo(["plan", "--out", "plans/payloads.json"])).code).toBe(0);
    const { plan } = readPlanFile(join(p.dir, "plans", "payloads.json"));
    const deployClassSelector = toFunctionSelector(getAbiItem({ abi: haloFactoryAbi, name: "deployClass" }));
    const r = await p.halo(["apply", "plans/payloads.json", "--mode", "timelock"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const dir = join(p.dir, "plans", "payloads");
    const schedule = plan.batches.find((b) => b.kind === "timelock-schedule")!;
    const file = readdirSync(dir).find((f) => f.includes(`-${schedule.id}-`))!;
    const doc = JSON.parse(readFileSync(join(dir, file), "utf8")) as { transactions: { to: string; data: Hex }[] };
    const decoded = decodeTimelockBatch(doc.transactions[0]!.data);
    expect(decoded.functionName).toBe("scheduleBatch");
    const members = schedule.actionIds.map((id) => plan.actions.find((a) => a.id === id)!);
    expect(decoded.op.calls.map((c) => c.data)).toEqual(members.map((a) => a.calldata));
    expect(decoded.delay).toBe(14n * DAY);

    rmSync(dir, { recursive: true, force: true });
    rmSync(join(p.dir, ".halo", "journal"), { recursive: true, force: true });
    // the deployments are planned for the DEPLOYER EOA: a Safe could only revert them, so nothing is written
    // (the Safe batch file itself is tested in reconciler/test/plan/safe.test.ts)
    const safe = "0x1111111111111111111111111111111111111111";
    const s = await p.halo(["apply", "plans/payloads.json", "--mode", "safe", "--safe", safe, "--safe-nonce", "0"]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(`${plan.batches.find((b) => b.actor === "deployer")!.id} (deployer) is planned for signer ${ACCOUNT.deployer}, not the Safe ${safe}`);
    expect(existsSync(dir)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(p.dir, ".halo", "journal"), { recursive: true, force: true });
  });

  it("apply: deploys + schedules now; an interrupted apply resumes without repeating what was sent", async () => {
    expect((await p.halo(["plan", "--out", "plans/onboard.json"])).code).toBe(0);
    const { plan } = readPlanFile(join(p.dir, "plans", "onboard.json"));
    // PAS batch order: the spell (batch-1, as the PauseProxy), the deployer's registrations and deployments,
    // then the Core Council's scheduleBatch on the PAS Timelock
    expect(plan.batches.slice(0, 4).map((b) => [b.kind, b.actor])).toEqual([
      ["spell", "sky-governance"],
      ["transactions", "deployer"],
      ["transactions", "deployer"],
      ["timelock-schedule", "core-council-timelocked"],
    ]);
    const schedule = plan.batches[3]!;
    // killed once the scheduleBatch is sent: it is on chain, its hash journaled, its receipt not
    const r1 = await p.halo(["apply", "plans/onboard.json"], {
      afterSent: (unit) => {
        if (unit.startsWith(schedule.id)) throw new Error("simulated crash after the scheduleBatch");
      },
    });
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain("simulated crash");
    const lines = readFileSync(join(p.dir, ".halo", "journal", `${planHash(plan)}.jsonl`), "utf8")
      .trim()
      .split("\n");
    const last = JSON.parse(lines[lines.length - 1]!) as { type: string; unit: string };
    expect(last.type).toBe("sent");
    expect(last.unit.startsWith(schedule.id)).toBe(true);
    // the destination approval is a GovOps controller action (Configurator.callControllerAction), in the same
    // GovOps batch as the transfer limit; both wait for the Core Council's scheduleBatch (the action enabled, the init)
    const dest = `class.acme-mmf.destination.${CUSTODIAN.toLowerCase()}/`;
    const govOpsBatch = plan.batches.find((b) => b.actionIds.some((id) => id.startsWith(`${dest}callControllerAction`)))!;
    expect([govOpsBatch.kind, govOpsBatch.actor]).toEqual(["transactions", "govops"]);
    expect(govOpsBatch.actionIds.some((id) => id.startsWith("class.acme-mmf.rateLimit.transfer-to-custodian/setRateLimit"))).toBe(true);
    const enable = plan.batches.find((b) => b.actionIds.some((id) => id.startsWith(`${dest}addInitControllerActions`)))!;
    expect(enable.id).toBe(schedule.id);
    expect(enable.actionIds.some((id) => id.startsWith("legacy.genesis-halo/recordLegacyClass"))).toBe(true);
    expect(govOpsBatch.earliestAt - enable.earliestAt).toBe(14n * DAY);
    const r2 = await p.halo(["apply", "plans/onboard.json"]);
    expect(r2.stderr).toBe("");
    expect(r2.code).toBe(0);
    expect(r2.stdout).toMatch(/0 transaction\(s\) sent, 1 recovered from the chain/);
    expect(r2.stdout).toContain("not due yet");
    const agents = await readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "agentCount",
    });
    const classes = await readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "classCount",
    });
    expect([agents, classes]).toEqual([2n, 2n]);
  });

  it("plan after the first apply shows the pending timelock operations with their ETA, and drift calls them expected", async () => {
    const r = await p.halo(["plan"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("timelock-execute");
    expect(r.stdout).toMatch(/at \d{4}-\d\d-\d\dT.*\(\+336 h\)/);
    expect(r.stdout).not.toContain("timelock-schedule");
    const d = await p.halo(["drift"]);
    expect(d.stdout).toContain("pending-timelock");
    expect(d.code).toBe(0);
  });

  it("after 14 days apply executes the grants and inits; the ramps wait for Day-0, on which verify and apply agree", async () => {
    await p.warp(14n * DAY);
    // one key signs everything: the Core Council's direct cBEAM grants with the deployer's key are refused
    // before anything is sent
    const wrongKey = await p.halo(["apply", "plans/onboard.json"], undefined, { HALO_SIGNER_KEY: ANVIL_KEY_0 });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(
      new RegExp(`Core Council direct \\(batch-\\d+\\): the signer ${ACCOUNT.deployer} may not call BeamState\\.setCBeamFor`),
    );
    expect(wrongKey.stderr).toMatch(/nothing was sent/i);
    let last = await p.halo(["apply", "plans/onboard.json"]);
    expect(last.stderr).toBe("");
    expect(last.code).toBe(0);
    let rounds = 0;
    while (!last.stdout.includes("Every batch of the plan is done")) {
      expect(++rounds).toBeLessThan(10);
      await p.warp(HOP);
      last = await p.halo(["apply", "plans/onboard.json"]);
      expect(last.code).toBe(0);
    }
    // Day-0: the plan raises nothing above the Day-0 values, and says what it waits for
    const waiting = await p.halo(["plan"]);
    expect(waiting.stdout).toMatch(/waiting for Day-0: 0 of 7 reviews of class\.acme-mmf\.unit\.acme-mmf-senior/);
    expect(waiting.stdout).not.toMatch(/rate-limit ramp/);
    // …and verify, on the same chain, passes every rate-limit row (the two commands follow one rule)
    for (const [type, id] of [["unit", "acme-mmf-senior"], ["unit", "acme-mmf-junior"]] as const) {
      const v = await p.halo(["verify", type, id]);
      expect(v.stdout, `${type} ${id}`).toMatch(/ratelimit\.inflow\.\S+\s+PASS\s+in Day-0 \(0 of 7 reviews\)/);
      expect(v.stdout).not.toMatch(/ratelimit\.\S+\s+FAIL/);
    }
  });

  it("the reviews end Day-0 one window at a time; then apply ramps hop by hop to no changes and verify still agrees", async () => {
    const registry = p.d.addresses.haloRegistry;
    const done = await recordDay0Reviews(p, registry, ACCOUNT.deployer, {
      evidence: (i) => keccak256(toHex(`review ${i}`)),
      afterWindow: async (i, open) => {
        if (i !== 0) return;
        // a second review of an entry in the same window is refused on chain
        await expect(p.tx.call(ACCOUNT.deployer, registry, haloRegistryAbi, "recordReview", [open[0]!.id, keccak256(toHex("again"))])).rejects.toThrow(/HaloRegistry_ReviewWindowTaken|revert/);
      },
    });
    expect(done.entries).toBeGreaterThan(0);
    let last = await p.halo(["apply", "--auto-approve"]);
    expect(last.stderr).toBe("");
    expect(last.code).toBe(0);
    expect(last.stdout).toMatch(/rate-limit ramps? of/);
    let rounds = 0;
    while (!/No changes\./.test(last.stdout)) {
      expect(++rounds).toBeLessThan(40);
      await p.warp(HOP);
      last = await p.halo(["apply", "--auto-approve"]);
      expect(last.code).toBe(0);
      if (rounds === 3) {
        const drift = await p.halo(["drift"]);
        expect(drift.stdout).toContain("ramp-in-progress");
        expect(drift.code).toBe(0);
        // a decrease during a ramp applies at once (on a snapshot: the ramp then goes on as planned)
        midRamp = await p.snapshot();
        await decreaseDuringRamp();
        await p.revert(midRamp);
      }
    }
    expect(rounds).toBeGreaterThan(10);
    const plan = await p.halo(["plan", "--detailed-exitcode"]);
    expect(plan.stdout).toContain("No changes.");
    expect(plan.code).toBe(0);
    expect((await p.halo(["drift"])).code).toBe(0);
    const v = await p.halo(["verify", "unit", "acme-mmf-senior"]);
    expect(v.stdout).toMatch(/ratelimit\.inflow\.acme-mmf-senior\s+PASS\s+after Day-0, SORL ramp/);
    expect(v.stdout).toMatch(/day0\.status\s+PASS\s+Day-0 ended at \S+ after 7 reviews: /);

    // applying the same plan twice changes nothing; `apply` without a plan has nothing to do
    const again = await p.halo(["apply", "plans/onboard.json"]);
    expect(again.stdout).toMatch(/0 transaction\(s\) sent/);
    expect((await p.halo(["apply", "--auto-approve"])).stdout).toContain("No changes.");

    converged = await p.snapshot();
  }, 240_000);

  it("after onboarding: the legacy Halo is recorded under its agent and a relayer transfer to the approved custodian works", async () => {
    const legacy = await getClass("genesis-halo");
    expect(legacy.origin).toBe(2); // LEGACY
    expect(legacy.agentId).toBe(toBytes32Name("acme"));
    // the devnet's pre-factory Halo, deployed the old way (chain/legacy-devnet.ts), with its unit
    expect(legacy.almProxy).toBe(p.d.legacy!.almProxy);
    expect(legacy.unitIds).toEqual([toBytes32Name("genesis-halo-senior")]);
    const cls = await getClass("acme-mmf");
    expect(
      await readContract(p.client, {
        address: cls.controller,
        abi: haloControllerAbi,
        functionName: "isApprovedDestination",
        args: [CUSTODIAN],
      }),
    ).toBe(true);
    const amount = 1_000n * 10n ** 18n;
    await p.tx.call(ACCOUNT.deployer, cls.depositAsset, mockERC20Abi, "mint", [cls.almProxy, amount]);
    await p.tx.call(ACCOUNT.relayer, cls.controller, haloControllerAbi, "transferAsset", [
      cls.depositAsset,
      CUSTODIAN,
      amount,
    ]);
    const balance = await readContract(p.client, {
      address: cls.depositAsset,
      abi: mockERC20Abi,
      functionName: "balanceOf",
      args: [CUSTODIAN],
    });
    expect(balance).toBe(amount);
    await p.revert(converged);
    converged = await p.snapshot();
  });

  describe("drift after onboarding: each class of drift is detected (exit 2), one chain change at a time", () => {
    const cases: [string, () => Promise<void>, string][] = [
      [
        "a relayer granted by hand (a controller action enabled through the PAS Timelock)",
        () => controllerActionByHand("acme-mmf", roleAction("relayer", ACCOUNT.stranger, true).data),
        `undeclared-role-holder   class.acme-mmf.relayer.${ACCOUNT.stranger.toLowerCase()}`,
      ],
      [
        "a stray role grant (an extra FREEZER)",
        () => controllerActionByHand("bluecrest-senior-secured", roleAction("freezer", ACCOUNT.stranger, true).data),
        `undeclared-role-holder   class.bluecrest-senior-secured.freezer.${ACCOUNT.stranger.toLowerCase()}`,
      ],
      [
        "a rate limit lowered by GovOps outside the tool (Configurator.setRateLimit)",
        async () => {
          const cls = await getClass("acme-mmf");
          const k = assetCounterpartyKey(LIMIT.LIMIT_TRANSFER, cls.depositAsset, CUSTODIAN);
          await p.tx.call(ACCOUNT.govOps, p.d.addresses.configurator, configuratorAbi, "setRateLimit", [
            cls.rateLimits,
            k,
            1_000n * 10n ** 18n,
            1n,
          ]);
        },
        "value-changed            class.acme-mmf.rateLimit.transfer-to-custodian: maxAmount",
      ],
      [
        "an undeclared class deployed on chain",
        async () => {
          await p.tx.call(ACCOUNT.deployer, p.d.addresses.factory, haloFactoryAbi, "deployClass", [
            portfolioClassRequest(p.d, "acme-rogue"),
            DEPLOY_SALT,
          ]);
        },
        "undeclared-resource      class.acme-rogue:",
      ],
      [
        "a revoked template under a live class",
        async () => {
          const op = {
            calls: [
              {
                target: p.d.addresses.templateRegistry,
                value: 0n,
                data: encodeFunctionData({
                  abi: templateRegistryAbi,
                  functionName: "revokeTemplate",
                  args: [toBytes32Name("nfat-term"), 1],
                }),
              },
            ],
            predecessor: ZERO_BYTES32,
            salt: ZERO_BYTES32,
          };
          await p.tx.send(
            ACCOUNT.governance,
            p.d.addresses.timelock,
            encodeScheduleBatch(op, 14n * DAY),
            "schedule revoke",
          );
          await p.warp(14n * DAY);
          await p.tx.send(ACCOUNT.governance, p.d.addresses.timelock, encodeExecuteBatch(op), "execute revoke");
        },
        "revoked-template-in-use  class.bluecrest-senior-secured: uses template nfat-term v1, which is revoked",
      ],
      [
        "a transfer destination approved outside halos/ (found through the Controller's DestinationSet events)",
        () => controllerActionByHand("acme-mmf", setDestinationAction(ACCOUNT.stranger, true).data),
        `undeclared-resource      class.acme-mmf.destination.${ACCOUNT.stranger.toLowerCase()}`,
      ],
    ];
    for (const [name, tamper, expected] of cases) {
      it(name, async () => {
        await p.revert(converged);
        converged = await p.snapshot();
        await tamper();
        const r = await p.halo(["drift"]);
        expect(r.stderr).toBe("");
        expect(r.stdout).toContain(expected);
        expect(r.code).toBe(2);
        const j = await p.halo(["drift", "--format", "json"]);
        expect(JSON.parse(j.stdout).drifted).toBe(true);
      });
    }

    it("apply removes a relayer granted by hand (revoke enabled through the PAS Timelock, then GovOps' action); drift is clean again", async () => {
      await p.revert(converged);
      converged = await p.snapshot();
      await controllerActionByHand("acme-mmf", roleAction("relayer", ACCOUNT.stranger, true).data);
      const { controller } = await getClass("acme-mmf");
      const isRelayer = () =>
        readContract(p.client, { address: controller, abi: haloControllerAbi, functionName: "hasRole", args: [RELAYER, ACCOUNT.stranger] });
      const r = await p.halo(["apply", "--auto-approve"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`class.acme-mmf.relayer.${ACCOUNT.stranger.toLowerCase()}`);
      expect(r.stdout).toContain("addInitControllerActions");
      expect(await isRelayer()).toBe(true);
      // the revokeRole calldata is not enabled yet: the Core Council's scheduleBatch now, GovOps after the delay
      await p.warp(14n * DAY);
      const r2 = await p.halo(["apply", "--auto-approve"]);
      expect(r2.stderr).toBe("");
      expect(r2.code).toBe(0);
      expect(r2.stdout).toContain("revokeRole(RELAYER");
      expect(await isRelayer()).toBe(false);
      expect((await p.halo(["drift"])).code).toBe(0);
    });

    it("a declared destination withdrawn by hand is missing; apply re-approves it with GovOps' call alone", async () => {
      await p.revert(converged);
      converged = await p.snapshot();
      await controllerActionByHand("acme-mmf", setDestinationAction(CUSTODIAN, false).data);
      const drift = await p.halo(["drift"]);
      expect(drift.stdout).toContain(`missing                  class.acme-mmf.destination.${CUSTODIAN.toLowerCase()}`);
      expect(drift.code).toBe(2);
      // the approving action is still enabled from onboarding: no timelock round trip this time
      const r = await p.halo(["apply", "--auto-approve"], undefined, { HALO_SIGNER_KEY: ANVIL_KEY_4 });
      expect(r.stderr).toBe("");
      expect(r.stdout).not.toContain("addInitControllerAction");
      expect(r.stdout).toContain("1 transaction(s) sent");
      expect((await p.halo(["drift"])).code).toBe(0);
    });

    it("a declared class missing on chain", async () => {
      await p.revert(converged);
      converged = await p.snapshot();
      const extra = join(p.dir, "halos", "acme", "extra.yaml");
      writeFileSync(
        extra,
        readFileSync(join(p.dir, "halos", "acme", "mmf.yaml"), "utf8").replaceAll("acme-mmf", "acme-new"),
      );
      const r = await p.halo(["drift", "--format", "markdown"]);
      rmSync(extra);
      expect(r.stdout).toContain("| **drift** | missing | `class.acme-new` |");
      expect(r.code).toBe(2);
    });
  });
});
