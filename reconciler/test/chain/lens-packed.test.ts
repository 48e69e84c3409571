/**
 * The class lens's packed answer (HaloClassLens.observePacked, chain/lens-packed.ts) against the ABI answer it
 * replaces: on random answers (the lens's `pack` run on viem-encoded answers, decoded by hand, equal to
 * `decodeLensAnswer` of the ABI bytes; every truncation refused), and through the whole refresh on the scenario tree
 * (packed answers taken, the same observed state as the per-call reference); a malformed packed answer makes the
 * lens ask that slice the ABI way (same state, no per-call fallback).
 */
import {
  type Client,
  type EIP1193RequestFn,
  type Hex,
  createClient,
  custom,
  encodeAbiParameters,
  encodeFunctionData,
  getAbiItem,
  toFunctionSelector,
} from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloClassLensAbi, haloClassLensRuntimeBytecode } from "../../abi/HaloClassLens.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { CLASS_LENS_ADDRESS, classLensMemory } from "../../chain/lens-classes.js";
import { decodeLensAnswer } from "../../chain/lens-decode.js";
import { decodePackedLensAnswer } from "../../chain/lens-packed.js";
import { refreshWith } from "../../chain/refresh.js";
import { PackedPageError } from "../../chain/lens-pack.js";
import { type CountingClient, createCountingClient } from "../../chain/rpc.js";
import { type SystemDeployment, deploySystem } from "../../chain/system.js";
import { generator } from "./lens-answers.js";
import { ACCOUNTS, deployTree } from "./scenario.js";

const OUTPUTS = getAbiItem({ abi: haloClassLensAbi, name: "observe" }).outputs;

describe("the class lens's packed answer", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;

  beforeAll(async () => {
    anvil = await startAnvil();
    client = createCountingClient(anvil.url).client;
    d = await deploySystem(client, { coreCouncil: ACCOUNTS.governance });
    await deployTree(client, d);
  }, 240_000);
  afterAll(async () => {
    await anvil?.stop();
  });

  const pack = (encoded: Hex) =>
    client.request({
      method: "eth_call",
      params: [
        { to: CLASS_LENS_ADDRESS, data: encodeFunctionData({ abi: haloClassLensAbi, functionName: "pack", args: [encoded] }) },
        "latest",
        { [CLASS_LENS_ADDRESS]: { code: haloClassLensRuntimeBytecode } },
      ] as never,
    }) as Promise<Hex>;

  it("decodes random answers exactly as decodeLensAnswer decodes their ABI bytes; a truncated one is refused", async () => {
    let packedBytes = 0;
    let abiBytes = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const value = generator(seed)();
      const encoded = encodeAbiParameters(OUTPUTS, value as never);
      const answer = await pack(encoded);
      expect(decodePackedLensAnswer(answer), `seed ${seed}`).toEqual(decodeLensAnswer(encoded));
      packedBytes += answer.length;
      abiBytes += encoded.length;
      if (seed <= 10)
        for (const cut of [1, 7, 40])
          expect(() => decodePackedLensAnswer(truncate(answer, cut)), `seed ${seed} cut ${cut}`).toThrow(PackedPageError);
    }
    expect(packedBytes).toBeLessThan(abiBytes); // random values are mostly full words: real answers shrink more
    // empty answers
    const empty = encodeAbiParameters(OUTPUTS, [[], [], []] as never);
    expect(decodePackedLensAnswer(await pack(empty))).toEqual(decodeLensAnswer(empty));
  });

  /** A counting client whose lens answers `corrupt` may change (the class lens then uses this client itself). */
  function customRpc(corrupt: (answer: Hex, data: Hex) => Hex): CountingClient {
    const inner = createCountingClient(anvil.url);
    const request: EIP1193RequestFn = async (args) => {
      const { method, params } = args as { method: string; params?: unknown[] };
      const answer = await inner.client.request(args as never);
      const tx = params?.[0] as { to?: string; data?: Hex } | undefined;
      return (method === "eth_call" && tx?.to === CLASS_LENS_ADDRESS ? corrupt(answer as Hex, tx.data!) : answer) as never;
    };
    return { client: createClient({ transport: custom({ request }, { retryCount: 0 }) }), stats: inner.stats, reset: inner.reset };
  }

  it("the refresh through packed answers observes what the per-call reads observe", async () => {
    const opts = { addresses: d.addresses, fromBlock: d.deployBlock };
    const perCall = await refreshWith(createCountingClient(anvil.url), { ...opts, lens: false });
    const rpc = createCountingClient(anvil.url);
    const viaLens = await refreshWith(rpc, { ...opts, blockNumber: perCall.state.blockNumber });
    expect(viaLens.live).toBe("lens");
    expect(viaLens.state).toEqual(perCall.state);
    expect(viaLens.operationTimestamps).toEqual(perCall.operationTimestamps);
    const stats = classLensMemory(rpc).stats;
    expect(stats.packedCalls).toBe(stats.calls);
    expect(stats.packedCalls).toBeGreaterThan(0);

    // a malformed packed answer: the slice is asked again the ABI way, the state is the same
    const packedCall = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observePacked" }));
    const broken = customRpc((answer, data) =>
      data.startsWith(packedCall) ? (`${answer.slice(0, 2 + 128)}ff${answer.slice(2 + 130)}` as Hex) : answer,
    );
    const again = await refreshWith(broken, { ...opts, blockNumber: perCall.state.blockNumber });
    expect(again.live).toBe("lens");
    expect(again.state).toEqual(perCall.state);
    const memory = classLensMemory(broken);
    expect(memory.packed).toBe(false);
    expect(memory.stats.packedCalls).toBe(0);
    expect(memory.stats.calls).toBeGreaterThan(1);
  });

  it("two slices whose packed answers fail to decode at once are both asked again the ABI way (no per-call fallback)", async () => {
    // Review bug: the retry checked the client's shared `packed` flag, which the first failing slice had already
    // cleared, so the second slice's decode error became LensFailedError and the whole lens fell back per call.
    const opts = { addresses: d.addresses, fromBlock: d.deployBlock };
    const perCall = await refreshWith(createCountingClient(anvil.url), { ...opts, lens: false });
    const packedCall = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observePacked" }));
    let corrupted = 0;
    const broken = customRpc((answer, data) => {
      if (!data.startsWith(packedCall)) return answer;
      corrupted += 1;
      return `${answer.slice(0, 2 + 128)}ff${answer.slice(2 + 130)}` as Hex;
    });
    // small slices (20 estimated reads each): several slices in one JSON-RPC batch, all in flight together
    const again = await refreshWith(broken, {
      ...opts,
      blockNumber: perCall.state.blockNumber,
      lens: { gas: 2_000_000n, gasPerRead: 100_000 },
    });
    expect(corrupted).toBeGreaterThan(1); // at least two packed answers failed together
    expect(again.live).toBe("lens");
    expect(again.state).toEqual(perCall.state);
    expect(again.operationTimestamps).toEqual(perCall.operationTimestamps);
    const memory = classLensMemory(broken);
    expect(memory.packed).toBe(false);
    expect(memory.stats.packedCalls).toBe(0);
  });
});

/** The answer with its packed value `cut` bytes shorter (the length word adjusted). */
function truncate(answer: Hex, cut: number): Hex {
  const raw = Buffer.from(answer.slice(2), "hex");
  const length = raw.readUInt32BE(60);
  if (length <= cut) return answer.slice(0, 2 + 64) as Hex;
  const out = Buffer.alloc(64 + Math.ceil((length - cut) / 32) * 32);
  raw.copy(out, 0, 0, 64 + length - cut);
  out.writeUInt32BE(length - cut, 60);
  return `0x${out.toString("hex")}`;
}
