/**
 * `halo verify template <id>[@version]`: a template version of halos/templates.yaml checked on chain (issue 16, the
 * template v2 proposal). Every check reads the TemplateRegistry at one block:
 *
 * - status: the registry's status is the declared one (approved / deprecated / revoked);
 * - kind, audit: the declared kind, audit URI and audit hash are the registry's;
 * - code.<Component>: each component's implementation has code, and its keccak-256 is the code hash the registry pinned
 *   (what the factory re-checks at every deployment);
 * - for a version declared with `proposal:` — implementation.<Component>: a declared implementation and code hash
 *   are the registry's; the others are the `basedOn` version's; range.<scope>.<name>: each declared range is the
 *   registry's; day0Cycles as declared.
 */
import { type Address, type Client, type Hex, hexToString, keccak256 } from "viem";
import { getCode, readContract } from "viem/actions";
import { templateRegistryAbi } from "../abi/index.js";
import { KIND, toBytes32Name } from "../chain/names.js";
import type { DesiredTemplate } from "../model/desired.js";
import { type Check, checksTable } from "./verify.js";

export interface TemplateVerifyResult {
  target: { type: "template"; id: string; version: number };
  block: string;
  ok: boolean;
  checks: Check[];
}

const STATUS = ["none", "proposed", "approved", "deprecated", "revoked"] as const;
const KIND_OF: Record<string, string> = { [KIND.PORTFOLIO_LCTS.toLowerCase()]: "portfolio-lcts", [KIND.TERM_NFAT.toLowerCase()]: "term-nfat" };
const text = (name: Hex) => hexToString(name, { size: 32 }).replace(/\0+$/, "");
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

interface Component {
  name: Hex;
  implementation: Address;
  codeHash: Hex;
}

export async function verifyTemplate(client: Client, templateRegistry: Address, t: DesiredTemplate, blockNumber: bigint): Promise<TemplateVerifyResult> {
  const at = { blockNumber } as const;
  // the registry reverts TemplateRegistry_NotFound for a version it does not hold: that is status "none" here
  const get = (version: number) =>
    readContract(client, { address: templateRegistry, abi: templateRegistryAbi, functionName: "getTemplate", args: [toBytes32Name(t.id), version], ...at }).catch(
      (error: unknown) => {
        if (String((error as Error).message ?? error).includes("TemplateRegistry_NotFound")) return undefined;
        throw error;
      },
    );
  const p = t.proposal;
  const [onChain, base] = await Promise.all([get(t.version), p !== undefined ? get(p.basedOn) : Promise.resolve(undefined)]);
  const checks: Check[] = [];
  const status = onChain === undefined ? "none" : (STATUS[Number(onChain.status)] ?? `status ${onChain.status}`);
  checks.push({ name: "status", ok: status === t.status, detail: `${status} on chain, ${t.status} declared` });
  if (onChain === undefined || status === "none") return done(t, blockNumber, checks);
  const spec = onChain.spec;
  const kind = KIND_OF[spec.kind.toLowerCase()] ?? spec.kind;
  checks.push({ name: "kind", ok: kind === t.kind, detail: `${kind} on chain, ${t.kind} declared` });
  checks.push({
    name: "audit",
    ok: same(spec.audit.hash, t.audit.sha256) && spec.audit.uri === t.audit.uri,
    detail: `${spec.audit.uri} ${spec.audit.hash} on chain; ${t.audit.uri} ${t.audit.sha256} declared`,
  });
  const components = [...spec.classComponents, ...spec.unitComponents] as readonly Component[];
  const codes = await Promise.all(components.map((c) => getCode(client, { address: c.implementation, ...at })));
  components.forEach((c, i) => {
    const code = codes[i];
    const hash = code === undefined || code === "0x" ? undefined : keccak256(code);
    checks.push({
      name: `code.${text(c.name)}`,
      ok: hash !== undefined && same(hash, c.codeHash),
      detail: hash === undefined ? `no code at ${c.implementation}` : `${c.implementation} code hash ${hash}${same(hash, c.codeHash) ? " = pinned" : `, pinned ${c.codeHash}`}`,
    });
  });
  if (p !== undefined) {
    const baseComponents = base === undefined ? [] : ([...base.spec.classComponents, ...base.spec.unitComponents] as readonly Component[]);
    for (const c of components) {
      const name = text(c.name);
      const declared = p.implementations?.find((i) => i.name === name);
      const inBase = baseComponents.find((b) => b.name.toLowerCase() === c.name.toLowerCase());
      const want = declared !== undefined ? { address: declared.address, codeHash: declared.codeHash } : inBase !== undefined ? { address: inBase.implementation, codeHash: inBase.codeHash } : undefined;
      checks.push({
        name: `implementation.${name}`,
        ok: want !== undefined && same(want.address, c.implementation) && same(want.codeHash, c.codeHash),
        detail:
          want === undefined
            ? `not in v${p.basedOn} and not declared`
            : `${c.implementation} on chain, ${declared !== undefined ? "declared" : `v${p.basedOn}'s`} ${want.address}${same(want.codeHash, c.codeHash) ? "" : ` (code hash ${want.codeHash}, on chain ${c.codeHash})`}`,
      });
    }
    for (const r of p.ranges) {
      const list = r.scope === "class" ? spec.classRanges : spec.unitRanges;
      const got = list.find((x) => x.name.toLowerCase() === toBytes32Name(r.name).toLowerCase());
      checks.push({
        name: `range.${r.scope}.${r.name}`,
        ok: got !== undefined && got.min === r.min && got.max === r.max,
        detail: `${got === undefined ? "absent" : `${got.min}..${got.max}`} on chain, ${r.min}..${r.max} declared`,
      });
    }
    if (p.day0Cycles !== undefined)
      checks.push({ name: "day0Cycles", ok: spec.day0Cycles === p.day0Cycles, detail: `${spec.day0Cycles} on chain, ${p.day0Cycles} declared` });
  }
  return done(t, blockNumber, checks);
}

function done(t: DesiredTemplate, blockNumber: bigint, checks: Check[]): TemplateVerifyResult {
  return { target: { type: "template", id: t.id, version: t.version }, block: blockNumber.toString(), ok: checks.every((c) => c.ok), checks };
}

export function renderTemplateTable(result: TemplateVerifyResult): string {
  return checksTable(`halo verify template ${result.target.id} v${result.target.version} at block ${result.block}`, result.checks);
}
