/**
 * The class lens (the refresh's default live stage) against the per-call reference: field-by-field equal observed
 * state on an empty system, the scenario tree (both run modes) and after every kind of drift; slices halved under a
 * gas cap; the per-call fallback when the lens cannot answer; answers remembered for a second refresh at the block.
 */
import { type Address, type Client, type Hex, createClient, encodeFunctionData, http, toHex } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  almProxyAbi,
  haloClassLensBytecode,
  haloControllerAbi,
  pasBeamStateAbi,
  rateLimitsAbi,
  subscribeQueueAbi,
} from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { CLASS_LENS_ADDRESS, type ClassLensOptions, classLensMemory } from "../../chain/lens-classes.js";
import { REGISTRY_LENS_ADDRESS, registryLensStats } from "../../chain/registry-packed.js";
import { lensCapability } from "../../chain/lens-capability.js";
import { isBareRevert, isCapacityError } from "../../chain/lens-capability.js";
import { roleId } from "../../chain/names.js";
import { executeAsPauseProxy } from "../../chain/pas.js";
import { type RefreshOptions, refreshWith } from "../../chain/refresh.js";
import { type CountingClient, createCountingClient } from "../../chain/rpc.js";
import { interceptedClient } from "./node-double.js";
import { Sender, type SystemDeployment, deploySystem } from "../../chain/system.js";
import { ACCOUNTS, E18, SENIOR, deployTree } from "./scenario.js";

const STRAY: Address = "0x000000000000000000000000000000000000dEaD";
const UNDECLARED: Address = "0x000000000000000000000000000000000000bEEF";
const ZERO32 = `0x${"00".repeat(32)}` as Hex;

describe("class lens", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;
  let tx: Sender;

  const opts = (): RefreshOptions => ({ addresses: d.addresses, fromBlock: d.deployBlock });

  /** The per-call reference and the lens at the same block: equal results; returns both and the lens's counters. */
  async function compare(
    extra: Partial<RefreshOptions> = {},
    lens: ClassLensOptions = {},
    rpc?: CountingClient,
    live: "lens" | "fallback" = "lens",
  ) {
    const perCall = await refreshWith(createCountingClient(anvil.url), { ...opts(), ...extra, lens: false });
    const lensClient = rpc ?? createCountingClient(anvil.url);
    const viaLens = await refreshWith(lensClient, {
      ...opts(),
      ...extra,
      blockNumber: perCall.state.blockNumber,
      lens,
    });
    expect(perCall.live).toBe("per-call");
    // the lens path must really be taken (a silent fallback to per-call reads would also give equal states)
    expect(viaLens.live).toBe(live);
    expect(viaLens.state).toEqual(perCall.state);
    expect(viaLens.operationTimestamps).toEqual(perCall.operationTimestamps);
    expect(viaLens.systemRoles).toEqual(perCall.systemRoles);
    return { perCall, viaLens, stats: classLensMemory(lensClient).stats };
  }

  beforeAll(async () => {
    anvil = await startAnvil();
    client = createClient({ transport: http(anvil.url) });
    d = await deploySystem(client, { coreCouncil: ACCOUNTS.governance });
    tx = new Sender(client);
    await tx.init();
  });
  afterAll(async () => {
    await anvil?.stop();
  });

  it("reads an empty system as the per-call refresh does", async () => {
    await compare();
  });

  it("reads the scenario tree as the per-call refresh does, in a few JSON-RPC calls (override and deployless)", async () => {
    await deployTree(client, d);
    const { perCall, viaLens, stats } = await compare();
    expect(Object.keys(viaLens.state.resources).length).toBeGreaterThan(10);
    expect(stats.mode).toBe("override");
    expect(stats.calls).toBe(1);
    expect(stats.halvings).toBe(0);
    // both paths share round 1 (its log queries: PAS and factory, two calls since session 7); the lens path's own
    // rounds are a few calls against one per read
    expect(viaLens.stats.rpcCalls).toBeLessThan(perCall.stats.rpcCalls / 2.5);
    // deployless: the answer is returned as "created code", which nodes cap at 24,576 bytes: slices are halved
    const deployless = await compare({}, { mode: "deployless" });
    expect(deployless.stats.mode).toBe("deployless");
  });

  it("is the default path, and HALO_LENS=0 or lens: false is the per-call reference", async () => {
    const rpc = createCountingClient(anvil.url);
    const byDefault = await refreshWith(rpc, opts());
    expect(byDefault.live).toBe("lens");
    expect(classLensMemory(rpc).stats.calls).toBeGreaterThan(0);
    const reference = createCountingClient(anvil.url);
    process.env.HALO_LENS = "0";
    try {
      const off = await refreshWith(reference, { ...opts(), blockNumber: byDefault.state.blockNumber });
      expect(off.live).toBe("per-call");
      expect(off.state).toEqual(byDefault.state);
      expect(classLensMemory(reference).stats.calls).toBe(0);
      expect(off.stats.rpcCalls).toBeGreaterThan(byDefault.stats.rpcCalls);
    } finally {
      delete process.env.HALO_LENS;
    }
  });

  it("remembers its answers for a second refresh of the same client at the same block", async () => {
    const rpc = createCountingClient(anvil.url);
    const first = await compare({}, {}, rpc);
    const calls = first.stats.calls;
    const again = await refreshWith(rpc, { ...opts(), blockNumber: first.perCall.state.blockNumber });
    expect(again.state).toEqual(first.perCall.state);
    const stats = classLensMemory(rpc).stats;
    expect(stats.calls).toBe(calls);
    expect(stats.remembered).toBeGreaterThan(0);
  });

  it("keeps only the latest block's answers: a long-lived client (a beacon, a watch) does not grow with every block", async () => {
    const rpc = createCountingClient(anvil.url);
    const first = await refreshWith(rpc, opts());
    const memory = classLensMemory(rpc);
    const oneBlock = memory.answers.size;
    expect(oneBlock).toBeGreaterThan(0);
    await rpc.client.request({ method: "evm_mine", params: [] } as never);
    const next = await refreshWith(rpc, opts());
    expect(next.state.blockNumber).toBe(first.state.blockNumber + 1n);
    expect(next.state.resources).toEqual(first.state.resources);
    expect(memory.answers.size).toBe(oneBlock);
    for (const key of memory.answers.keys()) expect(key.startsWith(`${next.state.blockHash}:`)).toBe(true);
  });

  it("slices by estimated gas under a low gas cap, to the same state", async () => {
    // 20 estimated reads per slice: several lens calls, all answered (halving on a node refusal: the next tests)
    const { stats } = await compare({}, { gas: 2_000_000n, gasPerRead: 100_000 });
    expect(stats.calls).toBeGreaterThan(2);
  });

  it("halves slices on a node that caps eth_call gas, a bare revert included, to the same state", async () => {
    // A node with an eth_call gas cap (geth's --rpc.gascap) runs the call with the cap whatever the caller asks:
    // here anvil runs every lens call with `cap` gas while the lens cuts its slices for 50M. A slice that runs dry
    // fails with "out of gas", or — when a read's sub-call ran dry — with a bare "execution reverted" and no data
    // (measured: at 350k both occur). Both must halve the slice, never fall back to per-call reads.
    const real = createCountingClient(anvil.url);
    const refusals: string[] = [];
    const capped = (cap: bigint): CountingClient =>
      interceptedClient(
        real,
        async (args) => {
          const call = args.params?.[0] as { to?: string } | undefined;
          const lensCall = args.method === "eth_call" && (args.params?.length === 3 || call?.to === undefined);
          const sent = lensCall ? { ...args, params: [{ ...call, gas: toHex(cap) }, ...args.params!.slice(1)] } : args;
          try {
            return await real.client.request(sent as never);
          } catch (error) {
            if (lensCall)
              refusals.push(isBareRevert(error) ? "bare revert" : isCapacityError(error) ? "capacity" : "other");
            throw error;
          }
        },
        { retryCount: 0, ownStats: true },
      );
    for (const cap of [450_000n, 350_000n]) {
      const { stats } = await compare({}, { gas: 50_000_000n }, capped(cap));
      expect(stats.halvings, `cap ${cap}`).toBeGreaterThan(0);
    }
    expect(refusals).toContain("bare revert");
    expect(refusals).toContain("capacity");
    expect(refusals).not.toContain("other");

    // what the node runs is learned once per client (chain/lens-capability.ts, sliceGas): the next block's refresh
    // cuts its slices to it instead of halving again
    for (const cap of [450_000n, 350_000n]) {
      const rpc = capped(cap);
      const { stats } = await compare({}, { gas: 50_000_000n }, rpc);
      const first = { halvings: stats.halvings, calls: stats.calls };
      expect(first.halvings, `cap ${cap}`).toBeGreaterThan(0);
      expect(lensCapability(rpc.client).sliceGas, `cap ${cap}`).toBeDefined();
      await client.request({ method: "evm_mine", params: [] } as never);
      await compare({}, { gas: 50_000_000n }, rpc);
      expect(stats.halvings - first.halvings, `cap ${cap}: halvings of the second refresh`).toBe(0);
      // measured: 7 calls (3 halvings) for the first refresh, 2 for the second
      expect(stats.calls - first.calls, `cap ${cap}: calls of the second refresh`).toBeLessThan(first.calls);
    }
  });

  it("falls back to the per-call reads when even one item does not fit", async () => {
    const { stats } = await compare({}, { gas: 60_000n }, undefined, "fallback");
    expect(stats.calls).toBeGreaterThan(0);
  });

  it("halves a slice the node refuses for its size, and switches to deployless when overrides are unknown", async () => {
    const real = createCountingClient(anvil.url);
    let refusedOverride = 0;
    let refusedRegistryOverride = 0;
    let refusedSize = 0;
    const picky = interceptedClient(
      real,
      async (args) => {
        if (args.method === "eth_call" && (args.params?.length ?? 0) === 3) {
          // the class lens's override, and the registry lens's page reads (refused too: they go deployless)
          const to = (args.params?.[0] as { to?: string }).to;
          if (to === CLASS_LENS_ADDRESS) refusedOverride += 1;
          if (to === REGISTRY_LENS_ADDRESS) refusedRegistryOverride += 1;
          throw new Error("invalid params: too many arguments, want at most 2");
        }
        if (args.method === "eth_call" && ((args.params?.[0] as { data?: string }).data?.length ?? 0) > haloClassLensBytecode.length + 5_000) {
          refusedSize += 1;
          throw new Error("request payload too large");
        }
        return real.client.request(args as never);
      },
      { retryCount: 0 },
    );
    const { stats } = await compare({}, {}, picky);
    // one record per client (chain/lens-capability.ts): round 1's first pages (four, sent together) learn that the
    // node has no overrides; no later page and no class-lens slice sends one
    expect(refusedRegistryOverride).toBe(4);
    expect(refusedOverride).toBe(0);
    expect(refusedSize).toBeGreaterThan(0);
    expect(stats.mode).toBe("deployless");
    expect(registryLensStats(picky.client).mode).toBe("deployless");
    expect(lensCapability(picky.client)).toMatchObject({ overrides: "refused", deployless: "accepted" });
  });

  it("several slices refused overrides at once all go deployless (not the per-call fallback), and no later one asks", async () => {
    // a node without overrides, and registry pages read the ABI way (as under HALO_LENS=1), so the class lens is the
    // first to learn it: one item a slice (gasPerRead = the gas), six slices a request — several refusals together
    const real = createCountingClient(anvil.url);
    let refused = 0;
    let sentAfterRefusal = 0;
    const picky = interceptedClient(
      real,
      async (args) => {
        if (args.method === "eth_call" && (args.params?.length ?? 0) === 3) {
          if (lensCapability(picky.client).overrides === "refused") sentAfterRefusal += 1;
          refused += 1;
          throw new Error("invalid params: too many arguments, want at most 2");
        }
        return real.client.request(args as never);
      },
      { retryCount: 0 },
    );
    registryLensStats(picky.client).packed = false;
    const { stats } = await compare({}, { gasPerRead: 50_000_000 }, picky);
    expect(stats.mode).toBe("deployless");
    expect(refused).toBeGreaterThan(1);
    expect(sentAfterRefusal).toBe(0);
    expect(lensCapability(picky.client)).toMatchObject({ overrides: "refused", deployless: "accepted" });
  });

  it("reads every kind of drift as the per-call refresh does", async () => {
    const base = await refreshWith(createCountingClient(anvil.url), { ...opts(), lens: false });
    const mmf = base.state.resources["class.acme-mmf"]!.fields;
    const rl = mmf.rateLimits as Address;
    const proxy = mmf.almProxy as Address;
    const controller = mmf.controller as Address;
    const adminOf = (address: Address) =>
      readContract(client, { address, abi: almProxyAbi, functionName: "getRoleMember", args: [ZERO32, 0n] });
    // stray CONTROLLERs on the ALMProxy and the RateLimits, a stray relayer and destination on the Controller
    await tx.call(await adminOf(proxy), proxy, almProxyAbi, "grantRole", [roleId("CONTROLLER"), STRAY]);
    await tx.call(await adminOf(rl), rl, rateLimitsAbi, "grantRole", [roleId("CONTROLLER"), STRAY]);
    const ctrlAdmin = await adminOf(controller);
    await tx.call(ctrlAdmin, controller, haloControllerAbi, "grantRole", [roleId("RELAYER"), STRAY]);
    await tx.call(ctrlAdmin, controller, haloControllerAbi, "setDestination", [UNDECLARED, true]);
    // a hand-changed rate limit (by a RateLimits admin, outside the Configurator)
    const key = base.state.resources[`class.acme-mmf.rateLimit.${SENIOR.unitId}.subscribe-settle`]!.fields.key as Hex;
    await tx.call(await adminOf(rl), rl, rateLimitsAbi, "setRateLimitData", [key, 7n * E18, 1n]);
    // an undeclared cBEAM on the class's RateLimits, a removed init, an enabled controller action
    const spell = (functionName: string, args: readonly unknown[]) => ({
      target: d.addresses.beamState,
      data: encodeFunctionData({ abi: pasBeamStateAbi, functionName, args } as never),
      signature: functionName,
    });
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [
      spell("addCBeam", [UNDECLARED]),
      spell("setCBeamForRateLimits", [rl, UNDECLARED]),
      spell("delInitRateLimits", [key, rl]),
      spell("addInitControllerActions", ["0x1234", controller]),
    ]);
    // a stray BEACON_ROLE on a unit's SubscribeQueue (plain AccessControl: its holders come from role logs)
    const queue = base.state.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["address.SubscribeQueue"] as Address;
    await tx.call(d.addresses.timelock, queue, subscribeQueueAbi, "grantRole", [roleId("BEACON_ROLE"), STRAY]);
    // a stopped BeamState
    await tx.call(ACCOUNTS.governance, d.addresses.beamState, pasBeamStateAbi, "stop", []);

    const { viaLens } = await compare();
    const r = viaLens.state.resources;
    expect(r[`class.acme-mmf.govOps.${UNDECLARED.toLowerCase()}`]).toBeDefined();
    expect(r[`class.acme-mmf.relayer.${STRAY.toLowerCase()}`]).toBeDefined();
    expect(r[`class.acme-mmf.destination.${UNDECLARED.toLowerCase()}`]).toBeDefined();
    expect(viaLens.state.pas.stopped).toBe(true);
    expect(r["class.acme-mmf"]!.fields["roles.ALMProxy.CONTROLLER"]).toContain(STRAY);
    expect(r["class.acme-mmf"]!.fields["roles.RateLimits.CONTROLLER"]).toContain(STRAY);
    expect(r[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["roles.SubscribeQueue.BEACON_ROLE"]).toContain(STRAY);
    expect(r[`class.acme-mmf.rateLimit.${SENIOR.unitId}.subscribe-settle`]!.fields.maxAmount).toBe(7n * E18);
    expect(r[`class.acme-mmf.init.${SENIOR.unitId}.subscribe-settle`]).toBeUndefined();
    expect(viaLens.state.controllerActions.length).toBeGreaterThan(0);
    // the caller's names, destinations, actions and GovOps (what `observe`'s second refresh passes)
    await compare({
      destinations: { "acme-mmf": [STRAY] },
      controllerActions: { "acme-mmf": ["0xabcd"] },
      govOps: { "acme-mmf": [STRAY] },
    });
  });
});
