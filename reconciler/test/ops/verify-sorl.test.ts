/**
 * After Day-0 the checklist accepts a rate limit that GovOps ramped under SORL through the PAS Configurator, shows
 * the ramp, and fails an increase that skipped SORL; it reads the cBEAM grant, RELAYER / FREEZER changes made as
 * enabled controller actions, and reports PAS drift (an undeclared cBEAM, a stopped BeamState, a paused Timelock).
 */
import { type Address, type Hex, encodeFunctionData, keccak256, toBytes } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  haloControllerAbi,
  haloFactoryAbi,
  haloRegistryAbi,
  pasBeamStateAbi,
  pasConfiguratorAbi,
  pasTimelockAbi,
  rateLimitsAbi,
} from "../../abi/index.js";
import { LIMIT, assetCounterpartyKey, roleId, toBytes32Name } from "../../chain/names.js";
import { executeAsPauseProxy } from "../../chain/pas.js";
import { increaseTime } from "../../chain/system.js";
import { DAY0_CYCLES, DAY0_LIMIT, DAY0_SLOPE } from "../../chain/templates.js";
import { ACCOUNTS, deployTree } from "../chain/scenario.js";
import { type Chain, halo, startChain } from "./fixture.js";

const OUTSIDER: Address = "0x000000000000000000000000000000000000bEEF";

describe("halo verify after Day-0", () => {
  let chain: Chain;
  let key: Hex;
  let rateLimits: Address;
  let controller: Address;

  const warp = (seconds: bigint) => increaseTime(chain.client, seconds);
  /** A BeamState call as a spell (the PauseProxy, a ward, impersonated on anvil). */
  const spell = (functionName: string, args: readonly unknown[], target?: Address) =>
    executeAsPauseProxy(chain.client, chain.d.addresses.pauseProxy, [
      {
        target: target ?? chain.d.addresses.beamState,
        data: encodeFunctionData({ abi: target === undefined ? pasBeamStateAbi : pasTimelockAbi, functionName, args } as never),
        signature: functionName,
      },
    ]);

  beforeAll(async () => {
    chain = await startChain();
    await deployTree(chain.client, chain.d);
    const registry = chain.d.addresses.haloRegistry;
    const unit = (await readContract(chain.client, { address: registry, abi: haloRegistryAbi, functionName: "getUnit", args: [toBytes32Name("acme-mmf-senior")] })) as unknown as { contracts: { name: Hex; addr: Address }[] };
    const sq = unit.contracts.find((c) => c.name === toBytes32Name("SubscribeQueue"))!.addr;
    const cls = (await readContract(chain.client, { address: registry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name("acme-mmf")] })) as unknown as { rateLimits: Address; controller: Address };
    rateLimits = cls.rateLimits;
    controller = cls.controller;
    key = assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, chain.d.depositAsset!, sq);
    // Day-0 ends after its daily reviews
    for (let i = 0; i < DAY0_CYCLES; i++) {
      await chain.tx.call(chain.d.accounts.reviewer, registry, haloRegistryAbi, "recordReview", [toBytes32Name("acme-mmf-senior"), keccak256(toBytes(`review-${i}`))]);
      await increaseTime(chain.client, 86_400n); // one review per daily window
    }
  });
  afterAll(async () => {
    await chain?.anvil.stop();
  });

  it("follows the cBEAM grant: addCBeam scheduled, executed, then the Core Council's per-class grant", async () => {
    const scheduled = await halo(chain, ["verify", "class", "acme-mmf"]);
    expect(scheduled.stdout).toMatch(/cbeam\.grant\s+PASS\s+pending: addCBeam\(0x[0-9a-fA-F]{40}\) is scheduled on the PAS Timelock/);
    // anyone executes the batch after the delay
    await warp(chain.d.timelockDelay + 1n);
    const op = (await readContract(chain.client, { address: chain.d.addresses.factory, abi: haloFactoryAbi, functionName: "cbeamGrantOperation", args: [toBytes32Name("acme-mmf")] })) as { target: Address; data: Hex; predecessor: Hex; salt: Hex };
    await chain.tx.call(ACCOUNTS.relayer, chain.d.addresses.timelock, pasTimelockAbi, "executeBatch", [[op.target], [0n], [op.data], op.predecessor, op.salt]);
    const executed = await halo(chain, ["verify", "class", "acme-mmf"]);
    expect(executed.stdout).toMatch(/cbeam\.grant\s+PASS\s+pending: 0x[0-9a-fA-F]{40} is a cBEAM \(addCBeam executed\); the Core Council's setCBeamForRateLimits/);
    // the Core Council (direct role) grants it on the class's RateLimits and Controller
    await chain.tx.call(ACCOUNTS.governance, chain.d.addresses.beamState, pasBeamStateAbi, "setCBeamForRateLimits", [rateLimits, ACCOUNTS.govOps]);
    await chain.tx.call(ACCOUNTS.governance, chain.d.addresses.beamState, pasBeamStateAbi, "setCBeamForController", [controller, ACCOUNTS.govOps]);
    const granted = await halo(chain, ["verify", "class", "acme-mmf"]);
    expect(granted.stdout).toMatch(/cbeam\.grant\s+PASS\s+0x[0-9a-fA-F]{40} is a cBEAM on the RateLimits and the HaloController/);
    expect(granted.stdout).toMatch(/cbeam\.undeclared\s+PASS/);
  });

  it("accepts a SORL ramp by GovOps through the PAS Configurator and shows it", async () => {
    await chain.tx.call(ACCOUNTS.govOps, chain.d.addresses.configurator, pasConfiguratorAbi, "setRateLimit", [rateLimits, key, (DAY0_LIMIT * 125n) / 100n, DAY0_SLOPE]);
    await warp(18n * 3600n);
    await chain.tx.call(ACCOUNTS.govOps, chain.d.addresses.configurator, pasConfiguratorAbi, "setRateLimit", [rateLimits, key, (DAY0_LIMIT * 15625n) / 10000n, DAY0_SLOPE]);
    const ran = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--block-range", "3"]);
    expect(ran.code, ran.stdout).toBe(0);
    expect(ran.stdout).toMatch(/ratelimit\.inflow\.acme-mmf-senior\s+PASS\s+after Day-0, SORL ramp 100000000000000000000000 → 125000000000000000000000 → 156250000000000000000000/);
    expect(ran.stdout).toContain("Day-0 ended at");
  });

  it("fails an increase that skipped SORL, naming the flow, the ceiling and the transaction", async () => {
    await warp(18n * 3600n);
    // only the Configurator could do this; impersonating it stands for a bug or a compromised admin
    await chain.tx.call(chain.d.addresses.configurator, rateLimits, rateLimitsAbi, "setRateLimitData", [key, DAY0_LIMIT * 10n, DAY0_SLOPE]);
    const ran = await halo(chain, ["verify", "unit", "acme-mmf-senior"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toMatch(/ratelimit\.inflow\.acme-mmf-senior\s+FAIL\s+156250000000000000000000 → 1000000000000000000000000 exceeds the SORL ceiling 195312500000000000000000 \(maxChange 1250000000000000000, tx 0x[0-9a-f]{64}\)/);
  });

  it("accepts the RELAYER and FREEZER changes GovOps made as enabled controller actions", async () => {
    const grantRelayer = encodeFunctionData({ abi: haloControllerAbi, functionName: "grantRole", args: [roleId("RELAYER"), ACCOUNTS.relayer] });
    const revokeFreezer = encodeFunctionData({ abi: haloControllerAbi, functionName: "revokeRole", args: [roleId("FREEZER"), ACCOUNTS.freezer] });
    // enabling controller actions is a timelocked Core Council action; a spell (ward) stands in for it here
    await spell("addInitControllerActions", [grantRelayer, controller]);
    await spell("addInitControllerActions", [revokeFreezer, controller]);
    await chain.tx.call(ACCOUNTS.govOps, chain.d.addresses.configurator, pasConfiguratorAbi, "callControllerAction", [controller, grantRelayer]);
    await chain.tx.call(ACCOUNTS.govOps, chain.d.addresses.configurator, pasConfiguratorAbi, "callControllerAction", [controller, revokeFreezer]);
    const ran = await halo(chain, ["verify", "class", "acme-mmf"]);
    expect(ran.stdout).toMatch(new RegExp(`roles\\.HaloController\\.RELAYER\\s+PASS\\s+held by ${ACCOUNTS.relayer}`));
    expect(ran.stdout).toMatch(/roles\.HaloController\.FREEZER\s+PASS\s+no holder/);
    // no role row fails (the rate-limit row of the previous test still does: that is not what this checks)
    expect(ran.stdout).not.toMatch(/roles\.HaloController\.\w+\s+FAIL/);
  });

  it("reports PAS drift: an undeclared cBEAM, a stopped BeamState, a paused PAS Timelock", async () => {
    await spell("addCBeam", [OUTSIDER]);
    await spell("setCBeamForRateLimits", [rateLimits, OUTSIDER]);
    await chain.tx.call(ACCOUNTS.governance, chain.d.addresses.beamState, pasBeamStateAbi, "stop", []);
    await spell("grantRole", [roleId("PAUSER_ROLE"), ACCOUNTS.freezer], chain.d.addresses.timelock);
    await chain.tx.call(ACCOUNTS.freezer, chain.d.addresses.timelock, pasTimelockAbi, "pause", []);
    const ran = await halo(chain, ["verify", "class", "acme-mmf", "--json"]);
    expect(ran.code).toBe(2);
    const checks = (JSON.parse(ran.stdout) as { checks: { name: string; ok: boolean; detail: string }[] }).checks;
    const row = (name: string) => checks.find((c) => c.name === name)!;
    expect(row("cbeam.undeclared")).toEqual({ name: "cbeam.undeclared", ok: false, detail: `undeclared cBEAM ${OUTSIDER} on the RateLimits of acme-mmf` });
    expect(row("pas.beamState")).toMatchObject({ ok: false, detail: expect.stringMatching(/^BeamState is stopped/) });
    expect(row("pas.timelock")).toMatchObject({ ok: false, detail: expect.stringMatching(/^PAS Timelock is paused/) });
    expect(row("cbeam.grant").ok).toBe(true);
    // the class's registration is untouched
    expect(row("pas.registered").ok).toBe(true);
  });
});
