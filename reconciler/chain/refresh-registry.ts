/**
 * refresh stage: the registries' lists (reconciler/chain/refresh.ts). `startRegistryFirstPages` starts round 1's
 * reads (each list's count and first page); `readRegistryRest` reads every further page at once in round 1b, only
 * when a list is longer than a page.
 *
 * Each page is read through the registry lens (chain/registry-packed.ts: the registry's own page view, answered
 * packed, about a third of the ABI bytes) in the same JSON-RPC batch as before; a node that refuses state overrides
 * gets the lens deployless, and a page the lens cannot answer (both modes refused, a revert, a malformed answer) is
 * read the ABI way, as before the lens: same records either way (registry-packed.test.ts). After a malformed answer
 * the client reads every later page the ABI way too.
 */
import { type Abi, type AbiFunction, type Address, type Hex, encodeFunctionData, getAbiItem, numberToHex } from "viem";
import { readContract } from "viem/actions";
import { decodeParameters } from "./abi-decode.js";
import { haloRegistryAbi, templateRegistryAbi } from "../abi/index.js";
import { isCapacityError, isOverrideUnsupported } from "./lens.js";
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

/** How pages are read: through the registry lens (default), or only the ABI way (the reference in tests). */
export interface RegistryReadOptions {
  packed?: boolean;
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
    stats.abiPages += 1;
    return readAbiPage<T>(client, request);
  };
  if (options.packed === false || stats.mode === "abi") return abiPage();
  return readPackedPage(client, request).then(
    (records) => records as T,
    () => abiPage(),
  );
}

async function readPackedPage(client: Client, request: PageRequest): Promise<unknown[]> {
  const stats = registryLensStats(client);
  const list = LIST_OF[request.functionName]!;
  const block = numberToHex(request.blockNumber);
  for (;;) {
    const mode = stats.mode;
    if (mode === "abi") throw new PackedPageError("the registry lens is off for this client");
    const call = registryLensCall(mode, list, request.address, request.args[0], request.args[1]);
    let answer: Hex;
    try {
      answer = (await client.request({
        method: "eth_call",
        params: call.override !== undefined ? [call.tx, block, call.override] : [call.tx, block],
      } as never)) as Hex;
    } catch (error) {
      // a node without state overrides: deployless from now on (this client); without that either: the ABI pages
      if (mode === "override" && isOverrideUnsupported(error)) {
        if (stats.mode === "override") stats.mode = "deployless";
        continue;
      }
      if (mode === "deployless" && isOverrideUnsupported(error)) stats.mode = "abi";
      // a node whose eth_call gas cap the lens's page does not fit (it decodes and packs the page on top of the
      // registry's own reads): the ABI pages from now on, not two calls per page
      if (isCapacityError(error)) stats.mode = "abi";
      throw error;
    }
    let records: unknown[];
    try {
      records = decodePackedPage(list, answer);
    } catch (error) {
      // a packed answer that does not decode: this page and this client's later pages the ABI way (the class lens's
      // rule too, docs/reconciler-scale.md "Session 7 (lens14)")
      stats.mode = "abi";
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
 * (no request was sent).
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
  for (const page of t) lists.templates.push(...page);
  for (const page of ag) lists.agents.push(...page);
  for (const page of c) lists.classes.push(...page);
  for (const page of u) lists.units.push(...page);
  return { lists, round: true };
}
