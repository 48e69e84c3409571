/**
 * Registry pages through the registry lens (chain/registry-packed.ts, contracts/lens/HaloRegistryLens.sol) against the
 * ABI pages they replace: the same records, deep-equal, on a chain with every record kind (Portfolio and Term
 * classes, LCTS units, a deal unit, a legacy class and unit, a template with two versions, an agent), through
 * several pages, in both lens modes and with the lens refused; the same observed state from the whole refresh; on
 * random records (the lens's `pack` run on viem-encoded pages, decoded by hand, against the ABI decoder); and a
 * malformed or truncated answer is refused (`PackedPageError`) and that page is read the ABI way.
 */
import {
  type AbiFunction,
  type Address,
  type Client,
  type EIP1193RequestFn,
  type Hex,
  createClient,
  custom,
  encodeAbiParameters,
  encodeFunctionData,
  getAbiItem,
  getAddress,
  keccak256,
  numberToHex,
  toBytes,
  toFunctionSelector,
  zeroAddress,
} from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  haloRegistryAbi,
  haloRegistryLensAbi,
  haloRegistryLensRuntimeBytecode,
  mockERC20Abi,
  nfatFacilityAbi,
  pasTimelockAbi,
  templateRegistryAbi,
} from "../../abi/index.js";
import { decodeParameters } from "../../chain/abi-decode.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { ZERO_BYTES32, toBytes32Name } from "../../chain/names.js";
import { refreshWith } from "../../chain/refresh.js";
import { RegistryListError, readRegistryRest, startRegistryFirstPages } from "../../chain/refresh-registry.js";
import {
  LIST,
  type ListName,
  PackedPageError,
  REGISTRY_LENS_ADDRESS,
  decodePackedPage,
  registryLensStats,
} from "../../chain/registry-packed.js";
import { type CountingClient, createCountingClient } from "../../chain/rpc.js";
import { lensCapability } from "../../chain/lens-capability.js";
import { Sender, type SystemDeployment, deploySystem } from "../../chain/system.js";
import { lctsPortfolioSpec } from "../../chain/templates.js";
import { prng } from "../helpers.js";
import { ACCOUNTS, E18, deployTree } from "./scenario.js";

const PRIME = getAddress("0x000000000000000000000000000000000000b1fe");
const PAGE_FUNCTIONS: Record<ListName, { abi: typeof haloRegistryAbi | typeof templateRegistryAbi; name: string }> = {
  templates: { abi: templateRegistryAbi, name: "getTemplatesPage" },
  agents: { abi: haloRegistryAbi, name: "getAgentsPage" },
  classes: { abi: haloRegistryAbi, name: "getClassesPage" },
  units: { abi: haloRegistryAbi, name: "getUnitsPage" },
};
const outputs = (list: ListName) =>
  (getAbiItem({ abi: PAGE_FUNCTIONS[list].abi, name: PAGE_FUNCTIONS[list].name } as never) as AbiFunction).outputs;

/** A client on `url` whose lens calls (`eth_call` with a state override, or without `to`) `intercept` may answer. */
function interceptingClient(
  url: string,
  intercept: (params: unknown[], forward: () => Promise<unknown>) => Promise<unknown>,
): Client {
  const inner = createCountingClient(url).client;
  const request: EIP1193RequestFn = async (args) => {
    const { method, params } = args as { method: string; params?: unknown[] };
    const forward = () => inner.request(args as never) as Promise<unknown>;
    const p = params ?? [];
    const lensCall = method === "eth_call" && (p.length > 2 || (p[0] as { to?: unknown }).to === undefined);
    return (lensCall ? intercept(p, forward) : forward()) as never;
  };
  return createClient({ transport: custom({ request }, { retryCount: 0 }) });
}

describe("registry pages through the registry lens", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;
  let tx: Sender;

  beforeAll(async () => {
    anvil = await startAnvil();
    client = createCountingClient(anvil.url).client;
    d = await deploySystem(client, { coreCouncil: ACCOUNTS.governance });
    tx = new Sender(client);
    await tx.init();
    await deployTree(client, d);
    await claimDeal();
    await recordLegacy();
    // a second version of lcts-portfolio, proposed (not approved): a template with two versions in two states
    await tx.call(d.accounts.deployer, d.addresses.templateRegistry, templateRegistryAbi, "proposeTemplate", [
      toBytes32Name("lcts-portfolio"),
      2,
      lctsPortfolioSpec(d.implementations, { uri: "ipfs://audit-v2 ✓", hash: keccak256(toBytes("audit-v2")) }),
    ]);
  }, 240_000);
  afterAll(async () => {
    await anvil?.stop();
  });

  /** lpha-nfat claims a deal in acme-term: one NFT = one deal unit in the registry. */
  async function claimDeal(): Promise<void> {
    const rec = (await readContract(client, {
      address: d.addresses.haloRegistry!,
      abi: haloRegistryAbi,
      functionName: "getClass",
      args: [toBytes32Name("acme-term")],
    })) as unknown as { contracts: { name: Hex; addr: Address }[] };
    const facility = rec.contracts.find((c) => c.name === toBytes32Name("NfatFacility"))!.addr;
    await tx.call(d.accounts.deployer, d.depositAsset!, mockERC20Abi, "mint", [PRIME, 80_000n * E18]);
    await tx.call(PRIME, d.depositAsset!, mockERC20Abi, "approve", [facility, 80_000n * E18]);
    await tx.call(PRIME, facility, nfatFacilityAbi, "deposit", [80_000n * E18]);
    await tx.call(ACCOUNTS.nfatBeacon, facility, nfatFacilityAbi, "openBook", [toBytes32Name("book-1")]);
    const now = BigInt(
      ((await client.request({ method: "eth_getBlockByNumber", params: ["latest", false] })) as { timestamp: Hex })
        .timestamp,
    );
    await tx.call(ACCOUNTS.nfatBeacon, facility, nfatFacilityAbi, "claim", [
      PRIME,
      50_000n * E18,
      toBytes32Name("book-1"),
      { maturity: now + 365n * 86_400n, apyBps: 800, schedule: 0, documentHash: keccak256(toBytes("term-sheet")) },
    ]);
  }

  /** Governance records a pre-factory class with one unit through the timelock. */
  async function recordLegacy(): Promise<void> {
    const registry = d.addresses.haloRegistry!;
    const fake = (n: number) => `0x${n.toString(16).padStart(40, "0")}` as Address;
    const day0 = { cycles: 0, reviewCount: 0, endedAt: 0n };
    const cls = {
      classId: toBytes32Name("acme-legacy"),
      agentId: toBytes32Name("acme"),
      kind: ZERO_BYTES32,
      templateId: ZERO_BYTES32,
      templateVersion: 0,
      origin: 0,
      conformsToTemplate: false,
      almProxy: fake(0x1001),
      controller: fake(0x1002),
      rateLimits: fake(0x1003),
      operator: ACCOUNTS.operator,
      freezer: zeroAddress,
      govOps: ACCOUNTS.govOps,
      depositAsset: d.depositAsset!,
      contracts: [{ name: toBytes32Name("Custodian"), addr: fake(0x1005) }],
      beacons: [],
      paramsHash: keccak256(toBytes("legacy-class")),
      artifact: { uri: "ipfs://acme-legacy", sha256: keccak256(toBytes("acme-legacy")) },
      recordedAt: 0n,
      day0,
      unitIds: [],
    };
    const unit = {
      unitId: toBytes32Name("acme-legacy-1"),
      classId: toBytes32Name("acme-legacy"),
      origin: 0,
      contracts: [{ name: toBytes32Name("Vault"), addr: fake(0x1004) }],
      paramsHash: keccak256(toBytes("legacy-unit")),
      deal: { dealToken: zeroAddress, tokenId: 0n, depositor: zeroAddress, principal: 0n, bookId: ZERO_BYTES32, termsHash: ZERO_BYTES32 },
      artifact: { uri: "ipfs://acme-legacy-1", sha256: keccak256(toBytes("acme-legacy-1")) },
      recordedAt: 0n,
      day0,
    };
    const targets = [registry, registry];
    const values = [0n, 0n];
    const data = [
      encodeFunctionData({ abi: haloRegistryAbi, functionName: "recordLegacyClass", args: [cls as never] }),
      encodeFunctionData({ abi: haloRegistryAbi, functionName: "recordLegacyUnit", args: [unit as never] }),
    ];
    const salt = toBytes32Name("legacy-1");
    await tx.call(ACCOUNTS.governance, d.addresses.timelock, pasTimelockAbi, "scheduleBatch", [
      targets,
      values,
      data,
      ZERO_BYTES32,
      salt,
      d.timelockDelay,
    ]);
    await client.request({ method: "evm_increaseTime" as never, params: [`0x${d.timelockDelay.toString(16)}`] as never });
    await client.request({ method: "evm_mine" as never, params: [] as never });
    await tx.call(ACCOUNTS.governance, d.addresses.timelock, pasTimelockAbi, "executeBatch", [
      targets,
      values,
      data,
      ZERO_BYTES32,
      salt,
    ]);
  }

  const latest = async () =>
    BigInt(((await client.request({ method: "eth_blockNumber" })) as Hex).toString());

  /** Every list read in pages of `pageSize`, through the lens or the ABI way, on `c`. */
  async function readLists(c: Client, pageSize: number, blockNumber: bigint, packed = true) {
    const first = await startRegistryFirstPages(c, d.addresses, pageSize, blockNumber, { packed });
    return (await readRegistryRest(c, d.addresses, first, pageSize, blockNumber, { packed })).lists;
  }

  it("reads every record kind exactly as the ABI pages do, one page or many", async () => {
    const block = await latest();
    const reference = await readLists(createCountingClient(anvil.url).client, 100, block, false);
    // the chain has what the test claims: two template versions, Term + Portfolio + legacy classes, a deal unit
    expect(reference.templates.map((t) => `${t.version}:${t.status}`)).toEqual(["1:2", "1:2", "2:1"]);
    expect(reference.classes.map((c) => c.origin)).toEqual([1, 1, 2]);
    expect(reference.units.filter((u) => u.deal.dealToken !== zeroAddress)).toHaveLength(1);
    expect(reference.units.some((u) => u.origin === 2)).toBe(true);
    expect(reference.agents).toHaveLength(1);
    for (const pageSize of [100, 2, 1]) {
      const c = createCountingClient(anvil.url).client;
      const viaLens = await readLists(c, pageSize, block);
      expect(viaLens, `pages of ${pageSize}`).toEqual(reference);
      const stats = registryLensStats(c);
      expect(stats).toMatchObject({ mode: "override", abiPages: 0 });
      expect(stats.packedPages).toBeGreaterThanOrEqual(4);
    }
  });

  it("the whole refresh observes the same state, with the same requests and calls", async () => {
    const abiRpc = createCountingClient(anvil.url);
    registryLensStats(abiRpc.client).packed = false;
    const reference = await refreshWith(abiRpc, { addresses: d.addresses, fromBlock: d.deployBlock, pageSize: 2 });
    const lensRpc = createCountingClient(anvil.url);
    const viaLens = await refreshWith(lensRpc, {
      addresses: d.addresses,
      fromBlock: d.deployBlock,
      pageSize: 2,
      blockNumber: reference.state.blockNumber,
    });
    expect(viaLens.state).toEqual(reference.state);
    expect(registryLensStats(lensRpc.client)).toMatchObject({ mode: "override", abiPages: 0 });
    expect(registryLensStats(abiRpc.client).packedPages).toBe(0);
    expect(lensRpc.stats).toEqual(abiRpc.stats);
  });

  it("a node without state overrides gets the lens deployless; one refusing both gets the ABI pages", async () => {
    const block = await latest();
    const reference = await readLists(createCountingClient(anvil.url).client, 2, block, false);
    const refused = (error: string) =>
      Object.assign(new Error(`RPC error: ${error}`), { code: -32602, details: error });
    const noOverride = interceptingClient(anvil.url, async (params, forward) => {
      if (params.length > 2) throw refused("invalid params: state override not supported");
      return forward();
    });
    expect(await readLists(noOverride, 2, block)).toEqual(reference);
    expect(registryLensStats(noOverride)).toMatchObject({ mode: "deployless", abiPages: 0 });
    expect(registryLensStats(noOverride).packedPages).toBeGreaterThan(4);

    const noLens = interceptingClient(anvil.url, async () => {
      throw refused("invalid params: unsupported call");
    });
    expect(await readLists(noLens, 2, block)).toEqual(reference);
    expect(registryLensStats(noLens)).toMatchObject({ mode: "abi", packedPages: 0 });
    expect(registryLensStats(noLens).abiPages).toBeGreaterThan(4);

    // a node whose eth_call gas cap the lens's pages exceed: ABI pages, and no lens call after the first round
    let lensCalls = 0;
    const capped = interceptingClient(anvil.url, async () => {
      lensCalls += 1;
      throw refused("out of gas: gas required exceeds allowance (1000000)");
    });
    expect(await readLists(capped, 2, block)).toEqual(reference);
    expect(registryLensStats(capped)).toMatchObject({ mode: "abi", packedPages: 0 });
    expect(lensCalls).toBe(4); // the four first pages of round 1, sent together; round 1b's pages go the ABI way
  });

  it("a malformed or truncated answer is refused: that page and the client's later pages are read the ABI way", async () => {
    const block = await latest();
    const reference = await readLists(createCountingClient(anvil.url).client, 2, block, false);
    const corruptions: ((answer: Hex) => Hex)[] = [
      (a) => a.slice(0, a.length - 66) as Hex, // a word short
      (a) => `${a.slice(0, 2 + 120)}${(parseInt(a.slice(2 + 120, 2 + 128), 16) + 1).toString(16).padStart(8, "0")}${a.slice(2 + 128)}` as Hex, // the length a byte long
      (a) => `${a}00` as Hex, // a byte after the padding
      (a) => `0x${a.slice(2, 2 + 128)}ff${a.slice(2 + 130)}` as Hex, // another list in the header
      () => "0x",
    ];
    for (const [i, corrupt] of corruptions.entries()) {
      let n = 0;
      const c = interceptingClient(anvil.url, async (_params, forward) => {
        const answer = (await forward()) as Hex;
        return n++ % 2 === 0 ? corrupt(answer) : answer; // every other page corrupted
      });
      expect(await readLists(c, 2, block), `corruption ${i}`).toEqual(reference);
      const stats = registryLensStats(c);
      expect(stats.abiPages, `corruption ${i}`).toBeGreaterThan(0);
      expect(stats.packedPages, `corruption ${i}`).toBeGreaterThan(0);
      // one rule for both lenses: after a packed answer that does not decode, this client asks ABI answers
      expect(stats.mode).toBe("abi");
      // round 1's four first pages go together (two corrupted, two packed); round 1b's pages all go the ABI way
      expect(stats.packedPages, `corruption ${i}`).toBe(2);
      expect(n, `corruption ${i}`).toBe(4);
    }
  });

  /** A counting client on `url` that records every `eth_call`'s shape: lens override / deployless, or plain. */
  function recordingRpc(url: string) {
    const real = createCountingClient(url);
    const seen = { override: 0, deployless: 0, plain: 0 };
    const request: EIP1193RequestFn = async (args) => {
      const { method, params } = args as { method: string; params?: unknown[] };
      if (method === "eth_call") {
        const p = params ?? [];
        if (p.length > 2) seen.override += 1;
        else if ((p[0] as { to?: unknown }).to === undefined) seen.deployless += 1;
        else seen.plain += 1;
      }
      return real.client.request(args as never) as never;
    };
    const rpc: CountingClient = { ...real, client: createClient({ transport: custom({ request }, { retryCount: 0 }) }) };
    return { rpc, seen };
  }

  it("follows the refresh's lens settings: lens false / HALO_LENS=0 sends no lens call, a forced mode is kept", async () => {
    const opts = { addresses: d.addresses, fromBlock: d.deployBlock, pageSize: 2 };
    const byDefault = recordingRpc(anvil.url);
    const reference = await refreshWith(byDefault.rpc, opts);
    expect(byDefault.seen.override).toBeGreaterThan(4); // the pages and the class lens
    const blockNumber = reference.state.blockNumber;

    const off = recordingRpc(anvil.url);
    const perCall = await refreshWith(off.rpc, { ...opts, blockNumber, lens: false });
    expect(perCall.live).toBe("per-call");
    expect(perCall.state).toEqual(reference.state);
    expect(off.seen).toMatchObject({ override: 0, deployless: 0 });
    expect(registryLensStats(off.rpc.client)).toMatchObject({ mode: "abi", packedPages: 0 });
    expect(registryLensStats(off.rpc.client).abiPages).toBeGreaterThan(4);

    const env = recordingRpc(anvil.url);
    process.env.HALO_LENS = "0";
    try {
      expect((await refreshWith(env.rpc, { ...opts, blockNumber })).state).toEqual(reference.state);
    } finally {
      delete process.env.HALO_LENS;
    }
    expect(env.seen).toMatchObject({ override: 0, deployless: 0 });

    // the class lens's mode is the registry lens's too: deployless only, not one override call
    const deployless = recordingRpc(anvil.url);
    const viaDeployless = await refreshWith(deployless.rpc, { ...opts, blockNumber, lens: { mode: "deployless" } });
    expect(viaDeployless.live).toBe("lens");
    expect(viaDeployless.state).toEqual(reference.state);
    expect(deployless.seen.override).toBe(0);
    expect(registryLensStats(deployless.rpc.client)).toMatchObject({ mode: "deployless", abiPages: 0 });
  });

  it("a bare revert on the first pages: the rest of the pages go the ABI way only, not both ways", async () => {
    const block = await latest();
    const reference = await readLists(createCountingClient(anvil.url).client, 2, block, false);
    let lensCalls = 0;
    let plainCalls = 0;
    const inner = createCountingClient(anvil.url).client;
    const request: EIP1193RequestFn = async (args) => {
      const { method, params } = args as { method: string; params?: unknown[] };
      const p = params ?? [];
      if (method === "eth_call" && (p.length > 2 || (p[0] as { to?: unknown }).to === undefined)) {
        lensCalls += 1;
        // what anvil says when a lens page's sub-call ran dry under a low gas cap: no revert data
        throw Object.assign(new Error("execution reverted"), { code: 3, data: "0x" });
      }
      if (method === "eth_call") plainCalls += 1;
      return inner.request(args as never) as never;
    };
    const c = createClient({ transport: custom({ request }, { retryCount: 0 }) });
    expect(await readLists(c, 2, block)).toEqual(reference);
    const stats = registryLensStats(c);
    expect(stats).toMatchObject({ mode: "abi", packedPages: 0 });
    expect(lensCapability(c).capRanDry).toBe(true);
    // round 1's four first pages were sent together through the lens; every page is then read once the ABI way
    expect(lensCalls).toBe(4);
    const pages = Object.values(reference).reduce((n, list) => n + Math.max(1, Math.ceil(list.length / 2)), 0);
    expect(stats.abiPages).toBe(pages);
    expect(plainCalls).toBe(pages + 4); // every page once, and the four counts
  });

  it("refuses pages that do not add up to the list's count (a record dropped or doubled), either way of reading", async () => {
    const block = await latest();
    const classCount = toFunctionSelector("classCount()");
    // (a count one short is seen only when the first page, asked for more, holds more: pages of 100)
    const cases = [[1n, 2], [1n, 100], [-1n, 100]] as const;
    for (const [delta, pageSize, packed] of cases.flatMap(([d, n]) => [[d, n, true], [d, n, false]] as const)) {
      // a node whose classCount answer is off by one: the pages then hold one record fewer / more than it says
      const inner = createCountingClient(anvil.url).client;
      const request: EIP1193RequestFn = async (args) => {
        const { method, params } = args as { method: string; params?: unknown[] };
        const answer = (await inner.request(args as never)) as Hex;
        if (method !== "eth_call" || (params?.[0] as { data?: string }).data !== classCount) return answer as never;
        return numberToHex(BigInt(answer) + delta, { size: 32 }) as never;
      };
      const c = createClient({ transport: custom({ request }, { retryCount: 0 }) });
      const error = await readLists(c, pageSize, block, packed).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `count ${delta}, pages of ${pageSize}, packed ${packed}`).toBeInstanceOf(RegistryListError);
      expect(error).toMatchObject({ list: "classes", code: "chain.registry-page" });
    }
  });

  it("decodes random records exactly as the ABI decoder does (the lens's pack on viem-encoded pages)", async () => {
    const rng = prng(0x5eed);
    const call = (list: ListName, encoded: Hex) =>
      client.request({
        method: "eth_call",
        params: [
          {
            to: REGISTRY_LENS_ADDRESS,
            data: encodeFunctionData({ abi: haloRegistryLensAbi, functionName: "pack", args: [LIST[list], encoded] }),
          },
          "latest",
          { [REGISTRY_LENS_ADDRESS]: { code: haloRegistryLensRuntimeBytecode } },
        ] as never,
      }) as Promise<Hex>;
    const makers: Record<ListName, () => unknown> = {
      templates: () => randomTemplate(rng),
      agents: () => randomAgent(rng),
      classes: () => randomClass(rng),
      units: () => randomUnit(rng),
    };
    let checked = 0;
    for (let round = 0; round < 25; round++) {
      for (const list of Object.keys(LIST) as ListName[]) {
        const records = Array.from({ length: Math.floor(rng() * 4) }, makers[list]);
        const encoded = encodeAbiParameters(outputs(list), [records] as never);
        const expected = decodeParameters(outputs(list), encoded)[0];
        const answer = await call(list, encoded);
        expect(decodePackedPage(list, answer), `${list} round ${round}`).toEqual(expected);
        // every strict prefix of the packed value is refused, never decoded into other records
        if (round < 3) for (const cut of [2, 10, 30]) expectRefused(list, truncate(answer, cut));
        checked += (records as unknown[]).length;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("decodePackedPage refuses what is not a packed page", () => {
  const page = (bytes: string) => {
    const len = bytes.length / 2;
    const padded = bytes.padEnd(Math.ceil(len / 32) * 64, "0");
    return `0x${"20".padStart(64, "0")}${len.toString(16).padStart(64, "0")}${padded}` as Hex;
  };
  it("an empty page of the right list decodes; another list, a bad length byte, left-over bytes do not", () => {
    expect(decodePackedPage("units", page("0400000000"))).toEqual([]);
    expectRefused("classes", page("0400000000"));
    expectRefused("units", page("040000000000")); // a byte left over
    expectRefused("units", page("0400000001" + "21" + "00".repeat(33))); // a bytes32 of 33 bytes
    expectRefused("units", page("04ffffffff")); // more records than bytes
    expectRefused("units", "0x1234");
    expectRefused("units", "0xzz" as Hex);
  });
});

function expectRefused(list: ListName, data: Hex) {
  expect(() => decodePackedPage(list, data)).toThrow(PackedPageError);
}

/** The answer with its packed value `cut` bytes shorter (the length word adjusted, so only the content is short). */
function truncate(answer: Hex, cut: number): Hex {
  const raw = Buffer.from(answer.slice(2), "hex");
  const length = raw.readUInt32BE(60);
  if (length <= cut) return answer.slice(0, 2 + 64) as Hex;
  const out = Buffer.alloc(64 + Math.ceil((length - cut) / 32) * 32);
  raw.copy(out, 0, 0, 64 + length - cut);
  out.writeUInt32BE(length - cut, 60);
  return `0x${out.toString("hex")}`;
}

// ---- random records (seeded) ----

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const bytes = (rng: Rng, n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rng() * 256)));
const hex32 = (rng: Rng): Hex => {
  const kind = Math.floor(rng() * 5);
  if (kind === 0) return ZERO_BYTES32;
  if (kind === 1) return toBytes32Name(pick(rng, ["acme", "c", "lcts-portfolio", "x".repeat(31)]));
  const b = bytes(rng, 32);
  if (kind === 2) b[31] = 0; // a hash ending in zero bytes
  if (kind === 3) b.fill(0, 0, 31); // a word with only its last byte set
  return `0x${b.toString("hex")}`;
};
const uint = (rng: Rng, bits: number): bigint => {
  const kind = Math.floor(rng() * 5);
  if (kind === 0) return 0n;
  if (kind === 1) return BigInt(Math.floor(rng() * 300));
  if (kind === 2) return (1n << BigInt(bits)) - 1n;
  return BigInt(`0x${bytes(rng, bits / 8).toString("hex")}`) >> BigInt(Math.floor(rng() * bits));
};
const address = (rng: Rng): Address => (rng() < 0.2 ? zeroAddress : getAddress(`0x${bytes(rng, 20).toString("hex")}`));
const text = (rng: Rng) => pick(rng, ["", "ipfs://acme", "ipfs://ü✓ 🚀", "\u0000\u0000x", "a".repeat(70), "\u0000"]);
const some = <T>(rng: Rng, item: () => T): T[] => Array.from({ length: Math.floor(rng() * 4) }, item);
const n32 = (rng: Rng) => Number(uint(rng, 32));
const art = (rng: Rng) => ({ uri: text(rng), sha256: hex32(rng) });
const day0 = (rng: Rng) => ({ cycles: n32(rng), reviewCount: n32(rng), endedAt: uint(rng, 64) });
const named = (rng: Rng) => some(rng, () => ({ name: hex32(rng), addr: address(rng) }));

function randomTemplate(rng: Rng) {
  const component = () => ({ name: hex32(rng), implementation: address(rng), codeHash: hex32(rng) });
  const range = () => ({ name: hex32(rng), min: uint(rng, 256), max: uint(rng, 256) });
  return {
    templateId: hex32(rng),
    version: n32(rng),
    status: Math.floor(rng() * 5),
    proposer: address(rng),
    proposedAt: uint(rng, 64),
    statusChangedAt: uint(rng, 64),
    spec: {
      kind: hex32(rng),
      beaconKinds: some(rng, () => hex32(rng)),
      classComponents: some(rng, component),
      unitComponents: some(rng, component),
      classRanges: some(rng, range),
      unitRanges: some(rng, range),
      day0Limits: some(rng, () => ({ flow: hex32(rng), maxAmount: uint(rng, 256), slope: uint(rng, 256) })),
      day0Cycles: n32(rng),
      audit: { hash: hex32(rng), uri: text(rng) },
      depositAssets: some(rng, () => address(rng)),
    },
  };
}

function randomAgent(rng: Rng) {
  return {
    agentId: hex32(rng),
    operator: address(rng),
    artifact: art(rng),
    registeredAt: uint(rng, 64),
    classIds: some(rng, () => hex32(rng)),
  };
}

function randomClass(rng: Rng) {
  return {
    classId: hex32(rng),
    agentId: hex32(rng),
    kind: hex32(rng),
    templateId: hex32(rng),
    templateVersion: n32(rng),
    origin: Math.floor(rng() * 3),
    conformsToTemplate: rng() < 0.5,
    almProxy: address(rng),
    controller: address(rng),
    recordedAt: uint(rng, 64),
    rateLimits: address(rng),
    operator: address(rng),
    freezer: address(rng),
    govOps: address(rng),
    depositAsset: address(rng),
    paramsHash: hex32(rng),
    contracts: named(rng),
    beacons: some(rng, () => ({ kind: hex32(rng), operator: address(rng) })),
    artifact: art(rng),
    day0: day0(rng),
    unitIds: some(rng, () => hex32(rng)),
  };
}

function randomUnit(rng: Rng) {
  const zeroDeal = {
    dealToken: zeroAddress,
    tokenId: 0n,
    depositor: zeroAddress,
    principal: 0n,
    bookId: ZERO_BYTES32,
    termsHash: ZERO_BYTES32,
  };
  const kind = Math.floor(rng() * 3);
  const deal =
    kind === 0
      ? zeroDeal
      : kind === 1
        ? { ...zeroDeal, termsHash: `0x${"00".repeat(31)}01` as Hex } // one non-zero field: not an LCTS unit
        : {
            dealToken: address(rng),
            tokenId: uint(rng, 256),
            depositor: address(rng),
            principal: uint(rng, 256),
            bookId: hex32(rng),
            termsHash: hex32(rng),
          };
  return {
    unitId: hex32(rng),
    classId: hex32(rng),
    origin: Math.floor(rng() * 3),
    recordedAt: uint(rng, 64),
    paramsHash: hex32(rng),
    contracts: named(rng),
    deal,
    artifact: art(rng),
    day0: day0(rng),
  };
}
