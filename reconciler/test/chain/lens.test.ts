/**
 * The lens reader against the per-call refresh: field-by-field equal observed state on the scenario tree and
 * after each kind of drift, in far fewer JSON-RPC calls; both lens modes; slices halved on a gas-cap error.
 */
import { type Address, type Client, type Hex, createClient, encodeFunctionData, http } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { almProxyAbi, pasBeamStateAbi, rateLimitsAbi } from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { observeWithLens } from "../../chain/lens.js";
import { classifyLensError, isBareRevert, isCapacityError } from "../../chain/lens-capability.js";
import { roleId } from "../../chain/names.js";
import { executeAsPauseProxy } from "../../chain/pas.js";
import { type RefreshOptions, refreshWith } from "../../chain/refresh.js";
import { type CountingClient, createCountingClient } from "../../chain/rpc.js";
import { interceptedClient } from "./node-double.js";
import { Sender, type SystemDeployment, deploySystem } from "../../chain/system.js";
import { ACCOUNTS, E18, SENIOR, deployTree } from "./scenario.js";

const STRAY: Address = "0x000000000000000000000000000000000000dEaD";
const UNDECLARED: Address = "0x000000000000000000000000000000000000bEEF";

describe("lens", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;
  let tx: Sender;

  const opts = (): RefreshOptions => ({
    addresses: d.addresses,
    fromBlock: d.deployBlock,
  });

  /** Refresh and lens at the same block: equal states; returns both results. */
  async function compare(
    extra: Partial<RefreshOptions> = {},
    lens: Parameters<typeof observeWithLens>[1]["lens"] = {},
  ) {
    const perCall = await refreshWith(createCountingClient(anvil.url), {
      ...opts(),
      ...extra,
    });
    const viaLens = await observeWithLens(createCountingClient(anvil.url), {
      ...opts(),
      blockNumber: perCall.state.blockNumber,
      ...extra,
      lens,
    });
    expect(viaLens.state).toEqual(perCall.state);
    expect(viaLens.operationTimestamps).toEqual(perCall.operationTimestamps);
    expect(viaLens.systemRoles).toEqual(perCall.systemRoles);
    expect(viaLens.lens.reads).toBeGreaterThan(0);
    return { perCall, viaLens };
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

  it("reads an empty system as the refresh does", async () => {
    await compare();
  });

  it("reads the scenario tree as the refresh does, in far fewer JSON-RPC calls (override and deployless)", async () => {
    await deployTree(client, d);
    const { perCall, viaLens } = await compare();
    expect(Object.keys(viaLens.state.resources).length).toBeGreaterThan(10);
    expect(viaLens.lens.mode).toBe("override");
    expect(viaLens.stats.rpcCalls).toBeLessThan(perCall.stats.rpcCalls / 4);
    expect(viaLens.lens.lensCalls).toBeLessThan(viaLens.lens.reads / 10);
    const deployless = await compare({}, { mode: "deployless" });
    expect(deployless.viaLens.lens.mode).toBe("deployless");
  });

  it("reads every kind of drift as the refresh does", async () => {
    const base = await refreshWith(createCountingClient(anvil.url), opts());
    const mmf = base.state.resources["class.acme-mmf"]!.fields;
    const rl = mmf.rateLimits as Address;
    const proxy = mmf.almProxy as Address;
    const admin = await readContract(client, {
      address: proxy,
      abi: almProxyAbi,
      functionName: "getRoleMember",
      args: [`0x${"00".repeat(32)}` as Hex, 0n],
    });
    // a stray CONTROLLER on the ALMProxy and on the RateLimits
    await tx.call(admin, proxy, almProxyAbi, "grantRole", [roleId("CONTROLLER"), STRAY]);
    await tx.call(admin, rl, rateLimitsAbi, "grantRole", [roleId("CONTROLLER"), STRAY]);
    // a hand-changed rate limit (by a RateLimits admin, outside the Configurator)
    const key = base.state.resources[`class.acme-mmf.rateLimit.${SENIOR.unitId}.subscribe-settle`]!.fields.key as Hex;
    const rlAdmin = await readContract(client, {
      address: rl,
      abi: rateLimitsAbi,
      functionName: "getRoleMember",
      args: [`0x${"00".repeat(32)}` as Hex, 0n],
    });
    await tx.call(rlAdmin, rl, rateLimitsAbi, "setRateLimitData", [key, 7n * E18, 1n]);
    // an undeclared cBEAM on the class's RateLimits, and a removed init
    const spell = (
      functionName: "addCBeam" | "setCBeamForRateLimits" | "delInitRateLimits",
      args: readonly unknown[],
    ) => ({
      target: d.addresses.beamState,
      data: encodeFunctionData({
        abi: pasBeamStateAbi,
        functionName,
        args: args as never,
      }),
      signature: functionName,
    });
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [
      spell("addCBeam", [UNDECLARED]),
      spell("setCBeamForRateLimits", [rl, UNDECLARED]),
      spell("delInitRateLimits", [key, rl]),
    ]);
    // a stopped BeamState
    await tx.call(ACCOUNTS.governance, d.addresses.beamState, pasBeamStateAbi, "stop", []);

    const { viaLens } = await compare();
    const r = viaLens.state.resources;
    expect(r[`class.acme-mmf.govOps.${UNDECLARED.toLowerCase()}`]).toBeDefined();
    expect(viaLens.state.pas.stopped).toBe(true);
    expect(r["class.acme-mmf"]!.fields["roles.ALMProxy.CONTROLLER"]).toContain(STRAY);
    expect(r["class.acme-mmf"]!.fields["roles.RateLimits.CONTROLLER"]).toContain(STRAY);
    expect(r[`class.acme-mmf.rateLimit.${SENIOR.unitId}.subscribe-settle`]!.fields.maxAmount).toBe(7n * E18);
    expect(r[`class.acme-mmf.init.${SENIOR.unitId}.subscribe-settle`]).toBeUndefined();
    // tiny slices: the same state, more lens calls
    const small = await compare({}, { sliceSize: 3 });
    expect(small.viaLens.lens.lensCalls).toBeGreaterThan(viaLens.lens.lensCalls);
  });

  it("splits a slice the node refuses for gas into halves until it fits", async () => {
    const real = createCountingClient(anvil.url);
    // a node whose gas cap admits lens calls of at most 8 reads (judged by calldata length)
    const capped = interceptedClient(
      real,
      async (args) => {
        if (args.method === "eth_call") {
          const data = ((args.params?.[0] as { data?: Hex }).data ?? "0x") as Hex;
          if (data.startsWith("0x") && (args.params?.length ?? 0) === 3 && readsIn(data) > 8)
            throw new Error("out of gas: gas required exceeds allowance (50000000)");
        }
        return real.client.request(args as never);
      },
    );
    const perCall = await refreshWith(createCountingClient(anvil.url), opts());
    const viaLens = await observeWithLens(capped, {
      ...opts(),
      blockNumber: perCall.state.blockNumber,
      lens: { sliceSize: 64 },
    });
    expect(viaLens.state).toEqual(perCall.state);
    expect(viaLens.lens.smallestSlice).toBeLessThanOrEqual(8);
  });

  it("halves a slice that runs out of the gas it asked for (the lens's LensOutOfGas or the node's out of gas)", async () => {
    // 600k gas: the largest single read (a registry page) fits, a round of reads does not
    const { viaLens } = await compare({}, { gas: 600_000n, sliceSize: 256 });
    expect(viaLens.lens.smallestSlice).toBeLessThan(256);
    // deployless pays the creation intrinsic gas too: equal state under a cap it fits
    await compare({}, { gas: 2_000_000n, sliceSize: 256, mode: "deployless" });
  });

  it("classifies node errors", () => {
    expect(isCapacityError(new Error("execution reverted"))).toBe(false);
    expect(isCapacityError(new Error("out of gas"))).toBe(true);
    expect(isCapacityError(new Error("EVM error OutOfGas"))).toBe(true);
    expect(isCapacityError(new Error("EVM error MemoryOOG"))).toBe(true);
    expect(isCapacityError(new Error("intrinsic gas too high -- CallGasCostMoreThanGasLimit"))).toBe(true);
    expect(isCapacityError(new Error("exceeds block gas limit"))).toBe(true);
    expect(isCapacityError(new Error("response size exceeded"))).toBe(true);
    expect(classifyLensError(new Error("too many arguments, want at most 2"))).toBe("unsupported");
    expect(classifyLensError(new Error("out of gas"))).not.toBe("unsupported");
    // a bare revert (no data): most often a read that ran out of gas inside the lens; a revert with data is not
    const bare = Object.assign(new Error("execution reverted"), { data: "0x" });
    expect(isBareRevert(bare)).toBe(true);
    expect(isBareRevert(new Error("RPC error", { cause: new Error("execution reverted") }))).toBe(true);
    expect(isBareRevert(Object.assign(new Error("execution reverted"), { data: "0x08c379a0" }))).toBe(false);
    expect(isBareRevert(new Error("out of gas"))).toBe(false);
  });
});

/** The number of calls in a `read(Call[])` calldata: the array length word after the selector and offset. */
function readsIn(data: Hex): number {
  return Number(BigInt(`0x${data.slice(2 + 8 + 64, 2 + 8 + 128)}`));
}
