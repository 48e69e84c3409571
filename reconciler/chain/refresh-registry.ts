/**
 * refresh stage: the registries' lists (reconciler/chain/refresh.ts). `startRegistryFirstPages` starts round 1's
 * reads (each list's count and first page); `readRegistryRest` reads every further page at once in round 1b, only
 * when a list is longer than a page.
 */
import { type Abi, type AbiFunction, type Address, type Hex, encodeFunctionData, getAbiItem, numberToHex } from "viem";
import { readContract } from "viem/actions";
import { decodeParameters } from "./abi-decode.js";
import { haloRegistryAbi, templateRegistryAbi } from "../abi/index.js";
import type { AgentRecord, ClassRecord, TemplateVersion, UnitRecord } from "./refresh-shared.js";
import type { CountingClient } from "./rpc.js";

type Client = CountingClient["client"];

const outputsOf = new Map<string, AbiFunction["outputs"]>();

/**
 * A registry page read: viem's `readContract` with the answer decoded by abi-decode.ts (a page is a hundred nested
 * records; viem's generic decoder and its address checksums are the cost at scale). The call leaves in the same
 * JSON-RPC batch as before. When the call fails, or its answer does not decode, `readContract` itself asks again and
 * gives viem's error (the revert reason, "returned no data", …).
 */
function readPage<T>(
  client: Client,
  request: { address: Address; abi: Abi; functionName: string; args: readonly unknown[]; blockNumber: bigint },
): Promise<T> {
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
        })
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
        })
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
        })
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
        })
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
        }),
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
        }),
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
        }),
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
        }),
      ),
    ),
  ]);
  for (const page of t) lists.templates.push(...page);
  for (const page of ag) lists.agents.push(...page);
  for (const page of c) lists.classes.push(...page);
  for (const page of u) lists.units.push(...page);
  return { lists, round: true };
}
