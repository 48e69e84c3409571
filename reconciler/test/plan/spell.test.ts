/**
 * The sky-governance payload: JSON calls + a Solidity snippet (golden), its execution as the PauseProxy on anvil
 * (impersonated) with the chain state checked after, and its refusal on any other chain.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Client, createClient, getAddress, http } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpellError, assertAnvilDevnet, executeSpellOnDevnet, spellPayload } from "../../apply/spell.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { pasSpellCalls } from "../../chain/pas.js";
import { type SystemDeployment, deploySystem } from "../../chain/system.js";
import { buildPlan } from "../../plan/planner.js";
import { PROPOSER_ROLE, ROLE, beamStateAbi, factoryAuthorisationCalls, selectorOf, timelockAbi } from "../../plan/pas.js";
import { desiredNewClass, fakeBuilders, observedBase } from "./fixtures.js";

const golden = (name: string) => join(import.meta.dirname, "golden", name);
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function spellPlan() {
  const observed = observedBase();
  observed.pas.factoryRole = { role: 3, userRole: false, actions: {}, proposerIsAdapter: false };
  const plan = buildPlan({ desired: desiredNewClass(), observed, builders: fakeBuilders });
  return { plan, observed, batch: plan.batches.find((b) => b.actor === "sky-governance")! };
}

describe("spell payload (JSON + Solidity)", () => {
  const { plan, observed, batch } = spellPlan();
  const payload = spellPayload(plan, batch, observed.system);

  it("lists each call with its target, calldata, decoded signature and arguments", () => {
    expect(payload.format).toBe("halo-spell/1");
    expect(payload.executor).toBe(observed.system.pauseProxy);
    expect(payload.calls).toHaveLength(7);
    expect(payload.calls[0]).toEqual({
      contract: "BeamState",
      target: getAddress(observed.system.beamState),
      value: "0",
      data: batch.transactions[0]!.data,
      signature: "setRoleAction(uint8,bytes4,bool)",
      args: [3, selectorOf("addRateLimits"), true],
    });
    expect(payload.calls[6]!.contract).toBe("Timelock");
    expect(payload.calls[6]!.signature).toBe("grantRole(bytes32,address)");
    expect(payload.calls.map((c) => c.data)).toEqual(batch.transactions.map((t) => t.data));
  });

  it("writes a Solidity snippet of typed interface calls (golden)", () => {
    const file = golden("spell.sol");
    if (UPDATE) writeFileSync(file, payload.solidity);
    expect(payload.solidity).toBe(readFileSync(file, "utf8"));
    expect(payload.solidity).toContain('BeamStateLike(BEAM_STATE).setRoleAction(3, bytes4(keccak256("addRateLimits(address)")), true);');
    expect(payload.solidity).toContain('TimelockLike(TIMELOCK).grantRole(keccak256("PROPOSER_ROLE"), ');
    expect(payload.solidity).not.toMatch(/\.call\{/);
  });

  it("matches the devnet's (and HaloPasSpell's) seven calls exactly", () => {
    const expected = pasSpellCalls({
      beamState: observed.system.beamState,
      timelock: observed.system.timelock,
      factory: observed.system.factory!,
      cbeamProposer: observed.system.cbeamProposer!,
    });
    expect(batch.transactions.map((t) => [t.to.toLowerCase(), t.data])).toEqual(expected.map((c) => [c.target.toLowerCase(), c.data]));
  });

  it("refuses a batch another actor signs", () => {
    expect(() => spellPayload(plan, plan.batches.find((b) => b.actor === "deployer")!, observed.system)).toThrow(SpellError);
  });

  it("refuses to impersonate on any chain but a local anvil devnet", async () => {
    const fake = (chainId: string, version: string) =>
      ({ request: async ({ method }: { method: string }) => (method === "eth_chainId" ? chainId : version) }) as unknown as Client;
    await expect(assertAnvilDevnet(fake("0x1", "Geth/v1.14"))).rejects.toThrow(/only on a local anvil devnet \(chain 31337\); this RPC is chain 1/);
    await expect(assertAnvilDevnet(fake("0x7a69", "Geth/v1.14"))).rejects.toThrow(SpellError);
    await expect(assertAnvilDevnet(fake("0x7a69", "anvil/v1.3.0"))).resolves.toBeUndefined();
  });
});

describe("spell execution as the PauseProxy on anvil", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;
  beforeAll(async () => {
    anvil = await startAnvil();
    client = createClient({ transport: http(anvil.url) });
    d = await deploySystem(client, { pasSpell: "stop", approveTemplates: "none" });
  }, 240_000);
  afterAll(async () => {
    await anvil?.stop();
  });

  it("authorises the factory in PAS: BeamState role 3 with its five selectors, the adapter a Timelock PROPOSER", async () => {
    const a = d.addresses;
    const role = (fn: Parameters<typeof selectorOf>[0]) =>
      readContract(client, { address: a.beamState, abi: beamStateAbi, functionName: "isActionInRole", args: [selectorOf(fn), ROLE.HALO_FACTORY] });
    const proposer = () => readContract(client, { address: a.timelock, abi: timelockAbi, functionName: "hasRole", args: [PROPOSER_ROLE, a.cbeamProposer] });
    const userRole = () => readContract(client, { address: a.beamState, abi: beamStateAbi, functionName: "hasUserRole", args: [a.factory, ROLE.HALO_FACTORY] });
    expect(await userRole()).toBe(false);
    expect(await proposer()).toBe(false);

    const calls = factoryAuthorisationCalls(
      { role: 3, userRole: false, actions: {}, proposerIsAdapter: false },
      { beamState: a.beamState, timelock: a.timelock, factory: a.factory, cbeamProposer: a.cbeamProposer },
    );
    const results = await executeSpellOnDevnet(client, a.pauseProxy, calls.map((c) => ({ to: c.target, value: c.value, data: c.data })));
    expect(results.map((r) => r.status)).toEqual(Array(7).fill("success"));

    expect(await userRole()).toBe(true);
    expect(await proposer()).toBe(true);
    for (const fn of ["addRateLimits", "addController", "addInitRateLimits", "setCBeamForRateLimits", "setCBeamForController"] as const)
      expect(await role(fn)).toBe(true);
    // nothing beyond the five: the factory's role cannot add a cBEAM or a controller action
    expect(
      await readContract(client, { address: a.beamState, abi: beamStateAbi, functionName: "isActionInRole", args: [selectorOf("addRateLimits").replace(/..$/, "00") as `0x${string}`, ROLE.HALO_FACTORY] }),
    ).toBe(false);
  }, 120_000);

  it("the same calls sent by anyone else revert: only the PauseProxy (a ward) may make them", async () => {
    const a = d.addresses;
    const [call] = factoryAuthorisationCalls(
      { role: 3, userRole: true, actions: {}, proposerIsAdapter: true },
      { beamState: a.beamState, timelock: a.timelock, factory: a.factory },
    );
    await expect(executeSpellOnDevnet(client, d.accounts.deployer, [{ to: call!.target, value: 0n, data: call!.data }])).resolves.toEqual([
      expect.objectContaining({ status: "reverted" }),
    ]);
  }, 60_000);
});
