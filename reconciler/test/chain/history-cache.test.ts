/**
 * The verified history cache (chain/history-cache.ts) against the node: a warm cache gives the same refresh as no
 * cache (example tree, drift, later deployments and role changes, above and below the final block); a reorg or
 * another chain behind the same chain id discards it; logs above the final block are never stored; a corrupt file
 * is ignored and rewritten; without the option nothing is read or written. A counting proxy in front of anvil
 * records each eth_getLogs range and the bytes answered.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { type Server, createServer, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Address,
  type Client,
  type Hex,
  createClient,
  encodeAbiParameters,
  encodeFunctionData,
  getAbiItem,
  http,
  parseAbiItem,
  toEventSelector,
} from "viem";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { haloFactoryAbi, pasBeamStateAbi, subscribeQueueAbi } from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { HISTORY_CACHE_FORMAT, decodeHistoryFile, encodeHistoryFile, forgetHistoryFiles } from "../../chain/history-cache.js";
import { type RawLog, decodeLogs } from "../../chain/lens-logs.js";
import { appendLogSections, decodeLogSections, logSectionsAddUp, rawLogSections, rawLogsFromSections } from "../../chain/log-sections.js";
import { roleId } from "../../chain/names.js";
import { type RefreshOptions, type RefreshResult, refreshWith } from "../../chain/refresh.js";
import {
  appendDeploymentSections,
  deploymentSections,
  deploymentsFromSections,
  deploymentsKey,
  encodedParamsHash,
  indexDeploymentRecords,
} from "../../chain/deployment-records.js";
import { pasLogsKey } from "../../chain/refresh-logs.js";
import { executeAsPauseProxy } from "../../chain/pas.js";
import { holdersOf, roleBookFromSections, roleBookSections, rolesKey } from "../../chain/roles-from-logs.js";
import { createCountingClient } from "../../chain/rpc.js";
import { Sender, type SystemDeployment, deploySystem } from "../../chain/system.js";
import { ACCOUNTS, SENIOR, deployTree, unitRequest } from "./scenario.js";

const STRAY: Address = "0x000000000000000000000000000000000000dEaD";

/** A JSON-RPC proxy: forwards to anvil, records every eth_getLogs filter and the bytes of every answer. */
interface Proxy {
  url: string;
  logRanges: { address: unknown; fromBlock: bigint; toBlock: bigint }[];
  bytes: number;
  requests: number;
  /** Answer `eth_getBlockByNumber("finalized")` with an error, as a node without the tag does. */
  refuseFinalized: boolean;
  /** The block argument of every eth_getBlockByNumber. */
  blockAsks: string[];
  reset(): void;
  close(): Promise<void>;
}

async function startProxy(target: string): Promise<Proxy> {
  const t = new URL(target);
  const proxy: Proxy = {
    url: "",
    logRanges: [],
    bytes: 0,
    requests: 0,
    refuseFinalized: false,
    blockAsks: [],
    reset() {
      this.logRanges = [];
      this.blockAsks = [];
      this.bytes = 0;
      this.requests = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      proxy.requests++;
      const parsed = JSON.parse(body.toString("utf8")) as unknown;
      for (const call of (Array.isArray(parsed) ? parsed : [parsed]) as { method: string; params: unknown[] }[]) {
        if (call.method === "eth_getBlockByNumber") proxy.blockAsks.push(String(call.params[0]));
        if (call.method !== "eth_getLogs") continue;
        const f = call.params[0] as { address: unknown; fromBlock: string; toBlock: string };
        proxy.logRanges.push({ address: f.address, fromBlock: BigInt(f.fromBlock), toBlock: BigInt(f.toBlock) });
      }
      if (proxy.refuseFinalized && Array.isArray(parsed)) {
        // answer the whole batch ourselves only when it asks for the tag: anvil answers the rest, the tag is refused
        const calls = parsed as { id: number; method: string; params: unknown[] }[];
        const refused = calls.filter((c) => c.method === "eth_getBlockByNumber" && c.params[0] === "finalized");
        if (refused.length > 0) {
          const rest = calls.filter((c) => !refused.includes(c));
          void fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(rest) })
            .then((r) => r.json() as Promise<unknown[]>)
            .then((answers) => {
              const all = [...answers, ...refused.map((c) => ({ jsonrpc: "2.0", id: c.id, error: { code: -32602, message: "unknown block tag finalized" } }))];
              const out = Buffer.from(JSON.stringify(all));
              proxy.bytes += out.length;
              res.writeHead(200, { "content-type": "application/json" });
              res.end(out);
            });
          return;
        }
      }
      const forward = httpRequest(
        { host: t.hostname, port: t.port, path: t.pathname, method: "POST", headers: { "content-type": "application/json" } },
        (answer) => {
          const out: Buffer[] = [];
          answer.on("data", (c: Buffer) => out.push(c));
          answer.on("end", () => {
            const all = Buffer.concat(out);
            proxy.bytes += all.length;
            res.writeHead(answer.statusCode ?? 200, { "content-type": "application/json" });
            res.end(all);
          });
        },
      );
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  proxy.url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  return proxy;
}

describe("history cache", () => {
  let anvil: Anvil;
  let proxy: Proxy;
  let client: Client;
  let d: SystemDeployment;
  let tx: Sender;
  let dir: string;

  const opts = (): RefreshOptions => ({ addresses: d.addresses, fromBlock: d.deployBlock });
  const rpc = async (method: string, params: unknown[] = []) =>
    (await client.request({ method, params } as never)) as unknown;
  const mine = (blocks: number) => rpc("anvil_mine", [`0x${blocks.toString(16)}`]);

  /** The uncached refresh and the cached one at the same block (through the proxy, as a new process): equal. */
  async function compare(extra: Partial<RefreshOptions> = {}): Promise<{ cached: RefreshResult; plain: RefreshResult }> {
    const plain = await refreshWith(createCountingClient(anvil.url), { ...opts(), ...extra });
    forgetHistoryFiles();
    proxy.reset();
    const cached = await refreshWith(createCountingClient(proxy.url), {
      ...opts(),
      ...extra,
      blockNumber: plain.state.blockNumber,
      chainCache: dir,
    });
    expect(cached.live).toBe("lens");
    expect(cached.state).toEqual(plain.state);
    expect(cached.operationTimestamps).toEqual(plain.operationTimestamps);
    expect(cached.systemRoles).toEqual(plain.systemRoles);
    expect(cached.beamInitKeys).toEqual(plain.beamInitKeys);
    expect(cached.stats.httpRequests).toBe(plain.stats.httpRequests);
    return { cached, plain };
  }

  const files = () => readdirSync(dir).filter((f) => f.startsWith("history-"));
  /** Every file of `dir` with its inode, mtime and bytes: a rewrite (a new file renamed over it) changes the inode. */
  const snapshot = () =>
    Object.fromEntries(
      readdirSync(dir).map((f) => {
        const s = statSync(join(dir, f));
        return [f, { ino: s.ino, mtimeMs: s.mtimeMs, bytes: readFileSync(join(dir, f)).toString("base64") }];
      }),
    );
  const entryOf = (kind: "deployments" | "roles" | "pas-logs") => {
    const key =
      kind === "deployments"
        ? deploymentsKey(d.addresses.factory!, d.deployBlock)
        : kind === "roles"
          ? rolesKey(d.addresses.factory, d.deployBlock)
          : pasLogsKey(d.addresses, d.deployBlock);
    const file = files().find((f) => f.startsWith(`history-${kind}-`));
    return file === undefined ? undefined : decodeHistoryFile(readFileSync(join(dir, file)), kind, key);
  };
  /** The eth_getLogs of the factory / of unit contracts the last refresh sent, with their ranges. */
  const factoryRanges = () =>
    proxy.logRanges.filter((r) => JSON.stringify(r.address).toLowerCase().includes(d.addresses.factory!.toLowerCase()));

  beforeAll(async () => {
    anvil = await startAnvil();
    proxy = await startProxy(anvil.url);
    client = createClient({ transport: http(anvil.url) });
    d = await deploySystem(client, { coreCouncil: ACCOUNTS.governance });
    tx = new Sender(client);
    await tx.init();
    await deployTree(client, d);
  });
  afterAll(async () => {
    await proxy?.close();
    await anvil?.stop();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "halo-history-"));
    forgetHistoryFiles();
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it("writes both entries up to the finalized block (latest − 64 on anvil) and reads only the later blocks from them", async () => {
    await mine(70);
    const cold = await compare();
    expect(files()).toHaveLength(3);
    const pinned = cold.plain.state.blockNumber;
    expect(entryOf("deployments")!.coveredTo).toBe(pinned - 64n);
    expect(entryOf("roles")!.coveredTo).toBe(pinned - 64n);
    expect(entryOf("pas-logs")!.coveredTo).toBe(pinned - 64n);
    // the cold run read the factory from the deployment block
    expect(factoryRanges().map((r) => r.fromBlock)).toEqual([d.deployBlock]);
    const coldBytes = proxy.bytes;
    const written = snapshot();

    const warm = await compare();
    // the final block did not move: no entry grew, none is rewritten
    expect(snapshot()).toEqual(written);
    // warm: the factory's events and the role logs only after the cached block; fewer bytes, as many requests
    expect(factoryRanges().map((r) => r.fromBlock)).toEqual([pinned - 63n]);
    expect(proxy.logRanges.filter((r) => r.fromBlock === pinned - 63n).length).toBeGreaterThanOrEqual(3);
    // from the deployment block: only the Controllers' DestinationSet query (not cached)
    expect(proxy.logRanges.filter((r) => r.fromBlock === d.deployBlock)).toHaveLength(1);
    expect(proxy.bytes).toBeLessThan(coldBytes);
    expect(warm.cached.stats.httpRequests).toBe(cold.cached.stats.httpRequests);
  });

  it("sees a unit deployed and roles granted / revoked after the cache's block, above and below the final block", async () => {
    await mine(70);
    await compare(); // writes the cache
    const deployed = deploymentsFromSections(entryOf("deployments")!.sections)!.length;
    const before = await refreshWith(createCountingClient(anvil.url), opts());
    const queue = before.state.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["address.SubscribeQueue"] as Address;
    const beacon = roleId("BEACON_ROLE");
    const holders = before.state.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["roles.SubscribeQueue.BEACON_ROLE"] as
      | Address[]
      | undefined;
    // a new unit (a new class's events and contracts the cache does not cover), a stray grant, a revoke
    await tx.call(d.accounts.deployer, d.addresses.factory!, haloFactoryAbi, "deployUnit", [
      unitRequest("acme-mmf", { ...SENIOR, unitId: "acme-mmf-later" }),
      `0x${"11".repeat(32)}`,
    ]);
    await tx.call(d.addresses.timelock, queue, subscribeQueueAbi, "grantRole", [beacon, STRAY]);
    const revoked = holders?.[0];
    expect(revoked).toBeDefined();
    if (revoked !== undefined) await tx.call(d.addresses.timelock, queue, subscribeQueueAbi, "revokeRole", [beacon, revoked]);
    // a cBEAM added by a PAS spell (BeamState logs after the cache's block)
    const rl = before.state.resources["class.acme-mmf"]!.fields.rateLimits as Address;
    const spell = (functionName: string, args: readonly unknown[]) => ({
      target: d.addresses.beamState,
      data: encodeFunctionData({ abi: pasBeamStateAbi, functionName, args } as never),
      signature: functionName,
    });
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [spell("addCBeam", [STRAY]), spell("setCBeamForRateLimits", [rl, STRAY])]);
    // above the final block: read from the node, not stored
    const above = await compare();
    expect(above.cached.state.pas.cBeams.map((a) => a.toLowerCase())).toContain(STRAY.toLowerCase());
    const r = above.cached.state.resources;
    expect(r["class.acme-mmf.unit.acme-mmf-later"]).toBeDefined();
    const now = r[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["roles.SubscribeQueue.BEACON_ROLE"] as Address[];
    expect(now).toContain(STRAY);
    if (revoked !== undefined) expect(now).not.toContain(revoked);
    const roles = roleBookFromSections(entryOf("roles")!.sections)!;
    expect(holdersOf(roles.book, queue, beacon)).not.toContain(STRAY);
    expect(entryOf("roles")!.coveredTo).toBe(above.plain.state.blockNumber - 64n);
    expect(deploymentsFromSections(entryOf("deployments")!.sections)!.length).toBe(deployed);
    // once final: stored, and still the same state
    await mine(70);
    await compare();
    const final = roleBookFromSections(entryOf("roles")!.sections)!;
    expect(holdersOf(final.book, queue, beacon)).toContain(STRAY);
    if (revoked !== undefined) expect(holdersOf(final.book, queue, beacon)).not.toContain(revoked);
    expect(deploymentsFromSections(entryOf("deployments")!.sections)!.length).toBe(deployed + 1);
    await compare();
  });

  it("at a later final block with no new log: each body is kept byte for byte, only the header moves", async () => {
    await mine(70);
    await compare(); // writes the cache
    const kinds = ["deployments", "roles", "pas-logs"] as const;
    const before = kinds.map((kind) => entryOf(kind)!);
    await mine(10); // empty blocks: the final block moves by 10, no log comes
    await compare();
    kinds.forEach((kind, i) => {
      const now = entryOf(kind)!;
      expect(now.coveredTo, kind).toBe(before[i]!.coveredTo + 10n);
      expect(now.header.coveredHash, kind).not.toBe(before[i]!.header.coveredHash);
      expect(Buffer.concat(now.sections).equals(Buffer.concat(before[i]!.sections)), kind).toBe(true);
      expect(now.header.sections, kind).toEqual(before[i]!.header.sections);
    });
  });

  it("appends what became final since the cache's block: the same files as a new cache written at that block", async () => {
    await mine(70);
    await compare(); // writes the cache
    const before = await refreshWith(createCountingClient(anvil.url), opts());
    const queue = before.state.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["address.SubscribeQueue"] as Address;
    const OTHER: Address = "0x000000000000000000000000000000000000bEEF";
    // a factory record, a BeamState log and a role grant after the cache's block
    await tx.call(d.accounts.deployer, d.addresses.factory!, haloFactoryAbi, "deployUnit", [
      unitRequest("acme-mmf", { ...SENIOR, unitId: "acme-mmf-appended" }),
      `0x${"22".repeat(32)}`,
    ]);
    await tx.call(d.addresses.timelock, queue, subscribeQueueAbi, "grantRole", [roleId("BEACON_ROLE"), OTHER]);
    const spell = { target: d.addresses.beamState, data: encodeFunctionData({ abi: pasBeamStateAbi, functionName: "addCBeam", args: [OTHER] }), signature: "addCBeam" };
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [spell]);
    const pas = entryOf("pas-logs")!;
    const deployments = entryOf("deployments")!;
    await mine(70); // all of it final
    const { plain } = await compare(); // the cache grows by appending
    const grown = Object.fromEntries((["deployments", "roles", "pas-logs"] as const).map((kind) => [kind, entryOf(kind)!]));
    expect(deploymentsFromSections(grown.deployments!.sections)!.length).toBe(deploymentsFromSections(deployments.sections)!.length + 1);
    expect(grown["pas-logs"]!.header.sections[0]).toBeGreaterThan(pas.header.sections[0]!);
    expect(holdersOf(roleBookFromSections(grown.roles!.sections)!.book, queue, roleId("BEACON_ROLE"))).toContain(OTHER);
    // a new cache at the same block, in another directory
    const grownDir = dir;
    dir = mkdtempSync(join(tmpdir(), "halo-history-"));
    try {
      forgetHistoryFiles();
      await refreshWith(createCountingClient(anvil.url), { ...opts(), blockNumber: plain.state.blockNumber, chainCache: dir });
      for (const kind of ["deployments", "pas-logs"] as const) {
        const fresh = entryOf(kind)!;
        expect(grown[kind]!.header, kind).toEqual(fresh.header);
        expect(Buffer.concat(grown[kind]!.sections).equals(Buffer.concat(fresh.sections)), kind).toBe(true);
      }
      // the role book is re-encoded when a role log came: the same holders
      expect(roleBookFromSections(grown.roles!.sections)!.book).toEqual(roleBookFromSections(entryOf("roles")!.sections)!.book);
    } finally {
      rmSync(grownDir, { recursive: true, force: true });
    }
  });

  it("discards the cache when the chain behind the same id is another one (a revert, then other blocks)", async () => {
    const snapshot = (await rpc("evm_snapshot")) as Hex;
    await mine(70);
    await compare(); // cache written at latest − 64, a block the revert removes
    const covered = entryOf("roles")!;
    await rpc("evm_revert", [snapshot]);
    await rpc("evm_increaseTime", ["0x3c"]); // other timestamps: other block hashes at the same numbers
    await mine(80);
    await compare();
    // read from the deployment block again (not partly used) and rewritten with the new chain's hash
    expect(factoryRanges().map((r) => r.fromBlock)).toEqual([d.deployBlock]);
    expect(entryOf("roles")!.header.coveredHash).not.toBe(covered.header.coveredHash);
  });

  it("takes pinned − 64 as final when the node refuses the `finalized` tag (that block's hash read in round 1)", async () => {
    await mine(70);
    proxy.refuseFinalized = true;
    try {
      const cold = await compare();
      const pinned = cold.plain.state.blockNumber;
      // asked for the tag (refused), then for pinned − 64 itself
      expect(proxy.blockAsks).toContain("finalized");
      expect(proxy.blockAsks).toContain(`0x${(pinned - 64n).toString(16)}`);
      expect(entryOf("roles")!.coveredTo).toBe(pinned - 64n);
      expect(entryOf("deployments")!.coveredTo).toBe(pinned - 64n);
      await mine(3);
      const warm = await compare();
      expect(factoryRanges().map((r) => r.fromBlock)).toEqual([pinned - 63n]);
      expect(entryOf("pas-logs")!.coveredTo).toBe(warm.plain.state.blockNumber - 64n);
      expect(warm.cached.stats.httpRequests).toBe(cold.cached.stats.httpRequests);
    } finally {
      proxy.refuseFinalized = false;
    }
  });

  it("ignores a corrupt, truncated or foreign file and rewrites it", async () => {
    await mine(70);
    await compare();
    for (const damage of [
      (b: Buffer) => Buffer.from(b.subarray(0, b.length - 7)),
      (b: Buffer) => {
        const c = Buffer.from(b);
        c[c.length - 3] = (c[c.length - 3] ?? 0) ^ 0xff;
        return c;
      },
      () => Buffer.from("not a cache"),
      (b: Buffer) => Buffer.from(b.toString("latin1").replace(`"format":${HISTORY_CACHE_FORMAT}`, '"format":99'), "latin1"),
    ]) {
      for (const f of files()) writeFileSync(join(dir, f), damage(readFileSync(join(dir, f))));
      expect(entryOf("roles")).toBeUndefined();
      await compare();
      expect(factoryRanges().map((r) => r.fromBlock)).toEqual([d.deployBlock]);
      expect(entryOf("roles")).toBeDefined();
      expect(entryOf("deployments")).toBeDefined();
    }
  });

  it("is used as it is: a holder written into the cache appears (trusted like the tree; docs/threat-model.md)", async () => {
    await mine(70);
    const { plain } = await compare();
    const queue = plain.state.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["address.SubscribeQueue"] as Address;
    // rewrite the role entry with STRAY added: same header, recomputed checksum
    const e = entryOf("roles")!;
    const { book, covered } = roleBookFromSections(e.sections)!;
    book.get(queue.toLowerCase())!.set(roleId("BEACON_ROLE"), new Set([STRAY]));
    const { format: _f, tool: _t, crc32: _s, sections: _n, ...header } = e.header;
    const file = files().find((f) => f.startsWith("history-roles-"))!;
    writeFileSync(join(dir, file), encodeHistoryFile(header, roleBookSections(book, [...covered])));
    forgetHistoryFiles();
    const forged = await refreshWith(createCountingClient(anvil.url), { ...opts(), blockNumber: plain.state.blockNumber, chainCache: dir });
    expect(forged.state.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields["roles.SubscribeQueue.BEACON_ROLE"]).toEqual([STRAY]);
  });

  it("without the option: nothing written, everything read from the node", async () => {
    await mine(70);
    await compare(); // a cache exists in `dir`: a refresh without the option must not read it
    await mine(3); // a later final block: a refresh with the option would rewrite every entry
    const before = snapshot();
    expect(Object.keys(before).filter((f) => f.startsWith("history-"))).toHaveLength(3);
    proxy.reset();
    const plain = await refreshWith(createCountingClient(proxy.url), opts());
    expect(snapshot()).toEqual(before);
    expect(plain.live).toBe("lens");
    expect(factoryRanges().map((r) => r.fromBlock)).toEqual([d.deployBlock]);
    expect(proxy.logRanges.every((r) => r.fromBlock === d.deployBlock)).toBe(true);
  });
});

describe("history cache: the file and its bodies", () => {
  const key = "roles|test|from 0";
  const header = { kind: "roles" as const, key, chainId: 31337, fromBlock: "0", coveredTo: "12", coveredHash: `0x${"ab".repeat(32)}` as Hex };

  it("reads back what it wrote, and nothing of another kind, key, format or a damaged header", () => {
    const bytes = encodeHistoryFile(header, [Buffer.from([1, 2, 3]), Buffer.alloc(0)]);
    const e = decodeHistoryFile(bytes, "roles", key)!;
    expect(e.coveredTo).toBe(12n);
    expect(e.sections.map((x) => [...x])).toEqual([[1, 2, 3], []]);
    expect(decodeHistoryFile(bytes, "deployments", key)).toBeUndefined();
    expect(decodeHistoryFile(bytes, "roles", "roles|other|from 0")).toBeUndefined();
    for (const bad of [{ coveredTo: "x" }, { fromBlock: "-1" }, { chainId: 1.5 }, { coveredHash: "0x12" }] as const)
      expect(decodeHistoryFile(encodeHistoryFile({ ...header, ...bad } as typeof header, []), "roles", key)).toBeUndefined();
  });

  it("refuses bodies that do not add up (a valid checksum is not enough)", () => {
    const A = "0x00000000000000000000000000000000000000aa";
    const role = `0x${"01".repeat(32)}`;
    const book = new Map([[A, new Map([[role, new Set([STRAY])], [`0x${"02".repeat(32)}`, new Set<Address>()]])]]);
    const sections = roleBookSections(book, [A]);
    const back = roleBookFromSections(sections)!;
    expect([...back.covered]).toEqual([A]);
    expect(holdersOf(back.book, A, role as Hex)).toEqual([STRAY]);
    expect(back.book.get(A)!.get(`0x${"02".repeat(32)}`)!.size).toBe(0); // an emptied role is kept (rolesSeen)
    const triples = Buffer.from(sections[3]!);
    triples.writeUInt32LE(7, 0); // a contract index out of range
    expect(roleBookFromSections([sections[0]!, sections[1]!, sections[2]!, triples])).toBeUndefined();
    expect(roleBookFromSections(sections.slice(0, 3))).toBeUndefined();
    const hash = Buffer.alloc(32);
    expect(deploymentsFromSections([Buffer.alloc(12), Buffer.alloc(8), Buffer.alloc(64), Buffer.alloc(0), Buffer.alloc(0), hash])).toBeDefined();
    expect(deploymentsFromSections([Buffer.alloc(12), Buffer.alloc(8), Buffer.alloc(63), Buffer.alloc(0), Buffer.alloc(0), hash])).toBeUndefined();
    // format 1's five sections (no parameter hashes), or a hash missing: not a usable entry
    expect(deploymentsFromSections([Buffer.alloc(12), Buffer.alloc(8), Buffer.alloc(64), Buffer.alloc(0), Buffer.alloc(0)])).toBeUndefined();
    expect(deploymentsFromSections([Buffer.alloc(12), Buffer.alloc(8), Buffer.alloc(64), Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(31)])).toBeUndefined();
    const heads = Buffer.alloc(12);
    heads.writeUInt32LE(1, 4); // one Day-0 key that is not there
    expect(deploymentsFromSections([heads, Buffer.alloc(8), Buffer.alloc(64), Buffer.alloc(0), Buffer.alloc(0), hash])).toBeUndefined();
  });

  it("keeps each deployment's parameter hash beside it, and the index compares the kept hash (not a new one)", () => {
    const params = Buffer.alloc(32 + 64);
    params[31] = 1; // one (name, value) pair
    params[63] = 0x41;
    params[95] = 7;
    const record = { kind: "unit" as const, id: `0x${"0a".repeat(32)}` as Hex, classId: `0x${"0b".repeat(32)}` as Hex, day0Keys: [], params, block: 5n };
    const back = deploymentsFromSections(deploymentSections([record]))!;
    expect(back).toHaveLength(1);
    expect(back[0]!.paramsHash).toBe(encodedParamsHash(params));
    expect(indexDeploymentRecords(back).paramsOf("unit", record.id, encodedParamsHash(params))).toEqual([
      { name: `0x${"00".repeat(31)}41`, value: 7n },
    ]);
    // the kept hash is what the registry's paramsHash is compared with: the cache is trusted like the tree
    const kept = `0x${"cd".repeat(32)}` as Hex;
    const index = indexDeploymentRecords([{ ...record, paramsHash: kept }]);
    expect(index.paramsOf("unit", record.id, encodedParamsHash(params))).toBeUndefined();
    expect(index.paramsOf("unit", record.id, kept)).toBeDefined();
  });

  it("keeps raw logs as the node gave them (lower-case address)", () => {
    const logs: RawLog[] = [
      { address: STRAY, topics: [`0x${"11".repeat(32)}`, `0x${"22".repeat(32)}`], data: "0x", blockNumber: "0x1f", logIndex: "0x0", transactionHash: `0x${"33".repeat(32)}` },
      { address: STRAY, topics: [], data: "0xdeadbeef", blockNumber: "0x20", logIndex: "0x3", transactionHash: `0x${"44".repeat(32)}` },
    ];
    const back = rawLogsFromSections(rawLogSections(logs))!;
    expect(back).toEqual(logs.map((l) => ({ ...l, address: l.address.toLowerCase() })));
    const sections = rawLogSections(logs);
    expect(rawLogsFromSections([sections[0]!, sections[1]!, sections[2]!, sections[3]!.subarray(32), sections[4]!, sections[5]!])).toBeUndefined();
    expect(decodeLogSections({ events: [] }, [sections[0]!, sections[1]!, sections[2]!, sections[3]!.subarray(32), sections[4]!, sections[5]!])).toBeUndefined();
  });

  it("the three readers of the log sections agree on every body that does not add up", () => {
    const logs: RawLog[] = [
      { address: STRAY, topics: [`0x${"11".repeat(32)}`], data: "0xdeadbeef", blockNumber: "0x1f", logIndex: "0x0", transactionHash: `0x${"33".repeat(32)}` },
      { address: STRAY, topics: [`0x${"12".repeat(32)}`], data: "0x", blockNumber: "0x20", logIndex: "0x1", transactionHash: `0x${"44".repeat(32)}` },
    ];
    const good = rawLogSections(logs);
    const filter = { events: [], raw: [] };
    expect(logSectionsAddUp(good)).toBe(true);
    expect(rawLogsFromSections(good)).toHaveLength(2);
    expect(decodeLogSections(filter, good)).toEqual([]);
    const heads = (edit: (b: Buffer) => void) => {
      const b = Buffer.from(good[0]!);
      edit(b);
      return [b, ...good.slice(1)];
    };
    const bad: [string, Buffer[]][] = [
      ["a section missing", good.slice(0, 5)],
      ["a head cut short", [good[0]!.subarray(1), ...good.slice(1)]],
      ["an address index past the addresses", heads((b) => b.writeUInt32LE(1, 16))],
      ["more topics than the section holds", heads((b) => b.writeUInt32LE(2, 4))],
      ["more data than the section holds", heads((b) => b.writeUInt32LE(9, 8))],
      ["data left over", [...good.slice(0, 4), Buffer.concat([good[4]!, Buffer.from([1])]), good[5]!]],
      ["topics left over", [...good.slice(0, 3), Buffer.concat([good[3]!, Buffer.alloc(32)]), ...good.slice(4)]],
    ];
    for (const [what, sections] of bad) {
      expect(logSectionsAddUp(sections), what).toBe(false);
      expect(rawLogsFromSections(sections), what).toBeUndefined();
      expect(decodeLogSections(filter, sections), what).toBeUndefined();
    }
  });

  it("decodes cached logs from their bytes as decodeLogs decodes the raw logs: every kind of topic, data, raw, skipped", () => {
    const beam = getAbiItem({ abi: pasBeamStateAbi, name: "SetCBeamForRateLimits" });
    const init = getAbiItem({ abi: pasBeamStateAbi, name: "AddInitRateLimits" });
    const scheduled = parseAbiItem(
      "event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)",
    );
    const flagged = parseAbiItem("event Flagged(bool indexed on, uint8 indexed kind, string indexed label)");
    const raw = getAbiItem({ abi: haloFactoryAbi, name: "UnitDeployed" });
    const word = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;
    const addressTopic = (a: string) => `0x${"00".repeat(12)}${a.slice(2).toLowerCase()}` as Hex;
    const at = (i: number) => ({ blockNumber: `0x${(100 + i).toString(16)}` as Hex, logIndex: `0x${i.toString(16)}` as Hex, transactionHash: word(7000 + i) });
    const logs: RawLog[] = [
      { address: STRAY, topics: [toEventSelector(beam), addressTopic(ACCOUNTS.governance), addressTopic(STRAY)], data: "0x", ...at(0) },
      {
        address: STRAY,
        topics: [toEventSelector(init), word(0xabc), addressTopic(ACCOUNTS.governance)],
        data: encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [10n ** 24n, 3n]),
        ...at(1),
      },
      {
        address: ACCOUNTS.governance,
        topics: [toEventSelector(scheduled), word(0x99), word(3)],
        data: encodeAbiParameters(
          [{ type: "address" }, { type: "uint256" }, { type: "bytes" }, { type: "bytes32" }, { type: "uint256" }],
          [STRAY, 5n, "0x1234", word(1), 86400n],
        ),
        ...at(2),
      },
      { address: STRAY, topics: [toEventSelector(flagged), word(1), word(7), word(0x5555)], data: "0x", ...at(3) },
      { address: STRAY, topics: [toEventSelector(raw), word(1)], data: "0xdeadbeef", ...at(4) },
      { address: STRAY, topics: [toEventSelector(beam), addressTopic(STRAY)], data: "0x", ...at(5) }, // a topic short: skipped
      { address: STRAY, topics: [word(0x1111)], data: "0x", ...at(6) }, // not asked: skipped
      { address: STRAY, topics: [], data: "0x", ...at(7) }, // anonymous: skipped
      { address: STRAY, topics: [toEventSelector(scheduled), word(0x98), word(4)], data: "0x12", ...at(8) }, // data that does not decode
      { address: STRAY, topics: [toEventSelector(init), word(0xabd), addressTopic(STRAY)], data: `0x${"00".repeat(63)}`, ...at(9) }, // too short
      {
        address: STRAY,
        topics: [toEventSelector(init), word(0xabe), addressTopic(STRAY)],
        data: `0x${"ff".repeat(32)}${"00".repeat(31)}07${"ee".repeat(32)}`, // a large word, a small one, a word more than asked
        ...at(10),
      },
    ];
    const filter = { events: [beam, init, scheduled, flagged], raw: [raw] };
    const expected = decodeLogs(filter, rawLogsFromSections(rawLogSections(logs))!);
    expect(expected.map((l) => l.eventName)).toEqual(["SetCBeamForRateLimits", "AddInitRateLimits", "CallScheduled", "Flagged", "UnitDeployed", "AddInitRateLimits"]);
    expect(expected[5]!.args).toMatchObject({ maxAmount: 2n ** 256n - 1n, slope: 7n });
    expect(decodeLogSections(filter, rawLogSections(logs))).toEqual(expected);
    expect(expected[0]!.args).toEqual({ rateLimits_: ACCOUNTS.governance, cBeam: STRAY });
  });

  it("appends logs after a cached body: the same bytes as encoding them all, new contracts after the known ones", () => {
    const A = "0x00000000000000000000000000000000000000aA";
    const B = "0x00000000000000000000000000000000000000bB";
    const C = "0x00000000000000000000000000000000000000cC";
    const log = (i: number, address: string, topics: number, data: string): RawLog => ({
      address: address as Address,
      topics: Array.from({ length: topics }, (_, k) => `0x${(i * 16 + k).toString(16).padStart(64, "0")}` as Hex),
      data: data as Hex,
      blockNumber: `0x${(10 + i).toString(16)}`,
      logIndex: `0x${i.toString(16)}`,
      transactionHash: `0x${i.toString(16).padStart(64, "0")}`,
    });
    const logs = [log(0, A, 1, "0x"), log(1, B, 3, "0x0102"), log(2, A, 0, "0xdeadbeef"), log(3, C, 2, "0x"), log(4, B, 4, `0x${"ff".repeat(40)}`), log(5, C, 1, "0x07")];
    for (let cut = 0; cut <= logs.length; cut++) {
      const appended = appendLogSections(rawLogSections(logs.slice(0, cut)), logs.slice(cut));
      expect(Buffer.concat(appended).equals(Buffer.concat(rawLogSections(logs))), `cut at ${cut}`).toBe(true);
      expect(appended.map((x) => x.length), `cut at ${cut}`).toEqual(rawLogSections(logs).map((x) => x.length));
    }
    // nothing to append: the base's own bytes; a base that does not add up is refused, not extended
    const base = rawLogSections(logs);
    expect(appendLogSections(base, []).every((x, i) => x === base[i])).toBe(true);
    expect(() => appendLogSections(base.slice(0, 5), logs)).toThrow(RangeError);
    expect(() => appendLogSections([...base.slice(0, 4), Buffer.concat([base[4]!, Buffer.from([1])]), base[5]!], logs)).toThrow(RangeError);
  });

  it("appends deployment records after a cached body: the same bytes as encoding them all", () => {
    const params = (n: number) => {
      const b = Buffer.alloc(32 + 64 * n);
      b[31] = n;
      for (let k = 0; k < n; k++) b[32 + 64 * k + 63] = 0x40 + k;
      return b;
    };
    const record = (i: number) => ({
      kind: i % 3 === 0 ? ("class" as const) : ("unit" as const),
      id: `0x${i.toString(16).padStart(64, "0")}` as Hex,
      classId: `0x${(i - (i % 3)).toString(16).padStart(64, "0")}` as Hex,
      day0Keys: Array.from({ length: i % 2 }, (_, k) => `0x${(100 + i + k).toString(16).padStart(64, "0")}` as Hex),
      params: params(i % 4),
      block: BigInt(20 + i),
    });
    const records = Array.from({ length: 7 }, (_, i) => record(i));
    for (let cut = 0; cut <= records.length; cut++) {
      const appended = appendDeploymentSections(deploymentSections(records.slice(0, cut)), records.slice(cut));
      expect(Buffer.concat(appended).equals(Buffer.concat(deploymentSections(records))), `cut at ${cut}`).toBe(true);
      expect(deploymentsFromSections(appended)).toEqual(deploymentsFromSections(deploymentSections(records)));
    }
  });
});
