/**
 * refresh stage: the registries' lists (reconciler/chain/refresh.ts). `startRegistryFirstPages` starts round 1's
 * reads (each list's count and first page); `readRegistryRest` reads every further page at once in round 1b, only
 * when a list is longer than a page.
 *
 * Each page is read through the registry lens (chain/registry-packed.ts: the registry's own page view, answered
 * packed, about a third of the ABI bytes) in the same JSON-RPC batch as before, following the refresh's lens
 * settings (`RegistryReadOptions`: `lens: false` / HALO_LENS=0 sends no lens call at all; a forced mode is kept).
 * What the node accepted is the client's capability record (chain/lens-capability.ts, shared with the class lens)
 * and its errors are read by the one classifier there: a node that refuses state overrides gets the lens
 * deployless from then on, and a page the lens cannot answer (both modes refused, a revert, a malformed answer) is
 * read the ABI way, as before the lens: same records either way (registry-packed.test.ts). After a malformed
 * answer, or a lens page that ran dry (a capacity error or a bare revert: the node's gas cap), the client reads
 * every later page the ABI way only — never both ways.
 */
import { type Abi, type AbiFunction, type Address, type Hex, encodeFunctionData, getAbiItem, numberToHex } from "viem";
import { readContract } from "viem/actions";
import { decodeParameters } from "./abi-decode.js";
import { haloRegistryAbi, templateRegistryAbi } from "../abi/index.js";
import { ChainError } from "../errors.js";
import {
  type LensCallMode,
  classifyLensError,
  lensCapability,
  lensModeFor,
  noteAccepted,
  noteRefused,
} from "./lens-capability.js";
import {
  type ListName,
  PackedPageError,
  decodePackedPage,
  registryLensCall,
  registryLensStats,
} from "./registry-packed.js";
import type { AgentRecord, ClassRecord, TemplateVersion, UnitRecord } from "./refresh-shared.js";
import type { CountingClient } from "./rpc.js";

type Client = CountingClient["client"];

const outputsOf = new Map<string, AbiFunction["outputs"]>();

interface PageRequest {
  address: Address;
  abi: Abi;
  functionName: string;
  args: readonly [bigint, bigint];
  blockNumber: bigint;
}

/**
 * How pages are read — the refresh's lens settings: through the registry lens (default), or only the ABI way
 * (`packed: false`: the refresh's `lens: false` / HALO_LENS=0, and the reference in tests); `mode` as the class
 * lens's (`ClassLensOptions.mode`, default "auto": override, deployless once the node refused overrides).
 */
export interface RegistryReadOptions {
  packed?: boolean;
  mode?: LensCallMode | "auto";
}

const LIST_OF: Record<string, ListName> = {
  getTemplatesPage: "templates",
  getAgentsPage: "agents",
  getClassesPage: "classes",
  getUnitsPage: "units",
};

/**
 * A registry page read: through the registry lens when `packed` (see the module note), else — and whenever the lens
 * cannot answer the page — the ABI way (`readAbiPage`).
 */
function readPage<T>(client: Client, request: PageRequest, options: RegistryReadOptions): Promise<T> {
  const stats = registryLensStats(client);
  const abiPage = () => {
    stats.mode = "abi";
    stats.abiPages += 1;
    return readAbiPage<T>(client, request);
  };
  if (lensModeOf(client, options) === undefined) return abiPage();
  return readPackedPage(client, request, options).then(
    (records) => records as T,
    () => abiPage(),
  );
}

/** The lens mode of this client's next page, or undefined: the ABI way (options, a bad answer, the node's refusals). */
function lensModeOf(client: Client, options: RegistryReadOptions): LensCallMode | undefined {
  const capability = lensCapability(client);
  if (options.packed === false || !registryLensStats(client).packed || capability.capRanDry) return undefined;
  return lensModeFor(capability, options.mode);
}

async function readPackedPage(client: Client, request: PageRequest, options: RegistryReadOptions): Promise<unknown[]> {
  const stats = registryLensStats(client);
  const capability = lensCapability(client);
  const list = LIST_OF[request.functionName]!;
  const block = numberToHex(request.blockNumber);
  for (;;) {
    const mode = lensModeOf(client, options);
    if (mode === undefined) throw new PackedPageError("the registry lens is off for this client");
    stats.mode = mode;
    const call = registryLensCall(mode, list, request.address, request.args[0], request.args[1]);
    let answer: Hex;
    try {
      answer = (await client.request({
        method: "eth_call",
        params: call.override !== undefined ? [call.tx, block, call.override] : [call.tx, block],
      } as never)) as Hex;
    } catch (error) {
      const kind = classifyLensError(error);
      // a node that does not understand this mode: the other one (when allowed), and no later page or class-lens
      // slice of this client tries it again
      if (kind === "unsupported" && noteRefused(capability, mode)) continue;
      // a lens page the node's eth_call gas cap does not fit (it decodes and packs on top of the registry's own
      // reads), or a revert without data (most often the same: a sub-call ran dry): the ABI pages from now on, not
      // two calls per page
      if (kind === "capacity" || kind === "bare-revert") capability.capRanDry = true;
      throw error;
    }
    noteAccepted(capability, mode);
    let records: unknown[];
    try {
      records = decodePackedPage(list, answer);
    } catch (error) {
      // a packed answer that does not decode: this page and this client's later pages the ABI way (the class lens's
      // rule too, docs/reconciler-scale.md "Session 7 (lens14)")
      stats.packed = false;
      throw error;
    }
    stats.packedPages += 1;
    stats.packedBytes += (answer.length - 2) / 2;
    return records;
  }
}

/**
 * A registry page read the ABI way: viem's `readContract` with the answer decoded by abi-decode.ts (a page is a
 * hundred nested records; viem's generic decoder and its address checksums are the cost at scale). The call leaves
 * in the same JSON-RPC batch as before. When the call fails, or its answer does not decode, `readContract` itself
 * asks again and gives viem's error (the revert reason, "returned no data", …).
 */
function readAbiPage<T>(client: Client, request: PageRequest): Promise<T> {
  const key = `${request.functionName}`;
  let outputs = outputsOf.get(key);
  if (outputs === undefined)
    outputsOf.set(key, (outputs = (getAbiItem({ abi: request.abi, name: request.functionName }) as AbiFunction).outputs));
  const data = encodeFunctionData({ abi: request.abi, functionName: request.functionName, args: request.args } as never);
  return (
    client.request({
      method: "eth_call",
      params: [{ to: request.address, data }, numberToHex(request.blockNumber)],
    } as never) as Promise<Hex>
  )
    .then((answer) => decodeParameters(outputs!, answer)[0] as T)
    .catch(() => readContract(client, request as never) as Promise<T>);
}

/** A registry page that does not hold what its list's count says (at the same pinned block): refused, not guessed. */
export class RegistryListError extends ChainError {
  override name = "RegistryListError";
  constructor(
    readonly list: ListName,
    readonly registry: Address | undefined,
    readonly count: bigint,
    readonly offset: bigint,
    readonly expected: number,
    readonly got: number,
  ) {
    super(
      `the registry ${registry ?? "(none)"} lists ${count} ${list}, but its page at offset ${offset} held ${got} records, not ${expected}`,
      { code: "chain.registry-page", hint: "the node's answer is incomplete or inconsistent: run again, or use another RPC" },
    );
  }
}

/** Where the lists live: either registry may be absent (a network without the factory). */
export interface RegistryAddresses {
  templateRegistry?: Address | undefined;
  haloRegistry?: Address | undefined;
}

export interface RegistryFirstPages {
  templateCount: bigint;
  templatePage: readonly TemplateVersion[];
  agentCount: bigint;
  agentPage: readonly AgentRecord[];
  classCount: bigint;
  classPage: readonly ClassRecord[];
  unitCount: bigint;
  unitPage: readonly UnitRecord[];
}

export interface RegistryLists {
  templates: TemplateVersion[];
  agents: AgentRecord[];
  classes: ClassRecord[];
  units: UnitRecord[];
}

/** Round 1: every list's count and first page. All reads start before this returns (one JSON-RPC batch). */
export function startRegistryFirstPages(
  client: Client,
  system: RegistryAddresses,
  pageSize: number,
  blockNumber: bigint,
  options: RegistryReadOptions = {},
): Promise<RegistryFirstPages> {
  const at = { blockNumber } as const;
  const templates = system.templateRegistry;
  const registry = system.haloRegistry;
  const zero = Promise.resolve(0n);
  const none = <T>(): Promise<readonly T[]> => Promise.resolve([]);
  return Promise.all([
    templates
      ? readContract(client, {
          address: templates,
          abi: templateRegistryAbi,
          functionName: "templateVersionCount",
          ...at,
        })
      : zero,
    templates
      ? readPage<readonly TemplateVersion[]>(client, {
          address: templates,
          abi: templateRegistryAbi,
          functionName: "getTemplatesPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        }, options)
      : none<TemplateVersion>(),
    registry
      ? readContract(client, { address: registry, abi: haloRegistryAbi, functionName: "agentCount", ...at })
      : zero,
    registry
      ? readPage<readonly AgentRecord[]>(client, {
          address: registry,
          abi: haloRegistryAbi,
          functionName: "getAgentsPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        }, options)
      : none<AgentRecord>(),
    registry
      ? readContract(client, { address: registry, abi: haloRegistryAbi, functionName: "classCount", ...at })
      : zero,
    registry
      ? readPage<readonly ClassRecord[]>(client, {
          address: registry,
          abi: haloRegistryAbi,
          functionName: "getClassesPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        }, options)
      : none<ClassRecord>(),
    registry
      ? readContract(client, { address: registry, abi: haloRegistryAbi, functionName: "unitCount", ...at })
      : zero,
    registry
      ? readPage<readonly UnitRecord[]>(client, {
          address: registry,
          abi: haloRegistryAbi,
          functionName: "getUnitsPage",
          args: [0n, BigInt(pageSize)],
          ...at,
        }, options)
      : none<UnitRecord>(),
  ]).then(([templateCount, templatePage, agentCount, agentPage, classCount, classPage, unitCount, unitPage]) => ({
    templateCount,
    templatePage,
    agentCount,
    agentPage,
    classCount,
    classPage,
    unitCount,
    unitPage,
  }));
}

/**
 * Round 1b: the remaining pages of every list, at once. `round` is false when every list fit its first page
 * (no request was sent). Every page, the first ones included, must hold what its list's count at the block says
 * (`min(pageSize, count - offset)` records): otherwise `RegistryListError`, never a list with records missing.
 */
export async function readRegistryRest(
  client: Client,
  system: RegistryAddresses,
  first: RegistryFirstPages,
  pageSize: number,
  blockNumber: bigint,
  options: RegistryReadOptions = {},
): Promise<{ lists: RegistryLists; round: boolean }> {
  const at = { blockNumber } as const;
  const templates = system.templateRegistry;
  const registry = system.haloRegistry;
  const pagesOf = (count: bigint) => {
    const offsets: bigint[] = [];
    for (let o = BigInt(pageSize); o < count; o += BigInt(pageSize)) offsets.push(o);
    return offsets;
  };
  const more = {
    templates: templates ? pagesOf(first.templateCount) : [],
    agents: registry ? pagesOf(first.agentCount) : [],
    classes: registry ? pagesOf(first.classCount) : [],
    units: registry ? pagesOf(first.unitCount) : [],
  };
  // every page holds what the list's count at the pinned block says it must: a short page would drop records (the
  // plan would propose deploying what exists), a long one double them
  const check = (list: ListName, address: Address | undefined, count: bigint, offset: bigint, records: readonly unknown[]) => {
    const left = count - offset;
    const expected = Number(left < BigInt(pageSize) ? left : BigInt(pageSize));
    if (records.length !== expected) throw new RegistryListError(list, address, count, offset, expected, records.length);
  };
  check("templates", templates, first.templateCount, 0n, first.templatePage);
  check("agents", registry, first.agentCount, 0n, first.agentPage);
  check("classes", registry, first.classCount, 0n, first.classPage);
  check("units", registry, first.unitCount, 0n, first.unitPage);
  const lists: RegistryLists = {
    templates: [...first.templatePage],
    agents: [...first.agentPage],
    classes: [...first.classPage],
    units: [...first.unitPage],
  };
  if (more.templates.length + more.agents.length + more.classes.length + more.units.length === 0)
    return { lists, round: false };
  const limit = BigInt(pageSize);
  const [t, ag, c, u] = await Promise.all([
    Promise.all(
      more.templates.map((o) =>
        readPage<readonly TemplateVersion[]>(client, {
          address: templates!,
          abi: templateRegistryAbi,
          functionName: "getTemplatesPage",
          args: [o, limit],
          ...at,
        }, options),
      ),
    ),
    Promise.all(
      more.agents.map((o) =>
        readPage<readonly AgentRecord[]>(client, {
          address: registry!,
          abi: haloRegistryAbi,
          functionName: "getAgentsPage",
          args: [o, limit],
          ...at,
        }, options),
      ),
    ),
    Promise.all(
      more.classes.map((o) =>
        readPage<readonly ClassRecord[]>(client, {
          address: registry!,
          abi: haloRegistryAbi,
          functionName: "getClassesPage",
          args: [o, limit],
          ...at,
        }, options),
      ),
    ),
    Promise.all(
      more.units.map((o) =>
        readPage<readonly UnitRecord[]>(client, {
          address: registry!,
          abi: haloRegistryAbi,
          functionName: "getUnitsPage",
          args: [o, limit],
          ...at,
        }, options),
      ),
    ),
  ]);
  t.forEach((page, i) => check("templates", templates, first.templateCount, more.templates[i]!, page));
  ag.forEach((page, i) => check("agents", registry, first.agentCount, more.agents[i]!, page));
  c.forEach((page, i) => check("classes", registry, first.classCount, more.classes[i]!, page));
  u.forEach((page, i) => check("units", registry, first.unitCount, more.units[i]!, page));
  for (const page of t) lists.templates.push(...page);
  for (const page of ag) lists.agents.push(...page);
  for (const page of c) lists.classes.push(...page);
  for (const page of u) lists.units.push(...page);
  return { lists, round: true };
}
