/**
 * Proposing a template version from `templates.yaml` (docs/operations.md, "Life after launch").
 *
 * A `proposal: { basedOn, ranges, day0Cycles }` on a template version not yet on chain is planned as
 * `TemplateRegistry.proposeTemplate(id, version, spec)`, sent by a TEMPLATE_PROPOSER (the `deployer` actor:
 * the factory's operational key, which holds TEMPLATE_PROPOSER on the devnet), where `spec` is the on-chain
 * spec of version `basedOn` — its kind, beacon kinds, components (implementations and code hashes: the
 * registry re-checks each code hash at proposal), Day-0 limits and deposit assets — with the declared ranges
 * replacing (or added to) its own, the declared Day-0 cycles, and the new version's audit. Then the
 * registry's admin approves it (`approveTemplate`, the Core Council through the PAS Timelock) when the tree
 * says `approved`. A class moves to the new version only by being declared anew (plan/lifecycle.ts).
 *
 * `proposal.implementations` names new implementation contracts (by component name) with their runtime code
 * hashes: they replace the base's. The plan reads each address's code at the observed block and refuses a
 * missing code, a hash other than the declared one, or a component the base does not have, as input errors
 * (`proposalInputErrors`, file:line:col) — before the registry would revert the proposal on chain.
 *
 * `readTemplateProposals` reads what the builder needs (at the observed block); `proposalDrafts` is pure.
 */
import { type Address, type Client, type Hex, encodeFunctionData, hexToString, keccak256 } from "viem";
import { getCode, readContract } from "viem/actions";
import { templateRegistryAbi } from "../abi/index.js";
import { roleId, toBytes32Name } from "../chain/names.js";
import { type DesiredState, type DesiredTemplate, formatAt } from "../model/desired.js";
import type { ActionDraft, BuildResult, JsonValue } from "./actions.js";
import { toJsonValue } from "./actions.js";
import type { RegistryAdmin } from "./factory-context.js";
import type { TemplateSpecInput } from "../chain/templates.js";

/** ITemplateRegistry.TemplateSpec as viem encodes it (chain/templates.ts). */
export type TemplateSpec = TemplateSpecInput;

export interface TemplateProposals {
  /** A TEMPLATE_PROPOSER of the template registry. */
  proposer?: Address;
  /** The on-chain spec of each proposal's `basedOn` version, keyed `<id>.v<basedOn>` (absent: not on chain). */
  bases: Record<string, TemplateSpec>;
  /** keccak-256 of the runtime code of each declared implementation, by lower-case address (null: no code). */
  codeHashes?: Record<string, Hex | null>;
}

/** Reads the proposer and the base versions the tree's proposals name. */
export async function readTemplateProposals(
  client: Client,
  templateRegistry: Address | undefined,
  state: DesiredState,
  blockNumber: bigint,
): Promise<TemplateProposals> {
  const wanted = state.templates.filter((t) => t.proposal !== undefined);
  if (templateRegistry === undefined || wanted.length === 0) return { bases: {} };
  const at = { blockNumber } as const;
  const addresses = [...new Set(wanted.flatMap((t) => (t.proposal!.implementations ?? []).map((i) => i.address.toLowerCase())))];
  const codes = Promise.all(addresses.map((address) => getCode(client, { address: address as Address, ...at })));
  const [proposers, ...bases] = await Promise.all([
    readContract(client, {
      address: templateRegistry,
      abi: templateRegistryAbi,
      functionName: "getRoleMembers",
      args: [roleId("TEMPLATE_PROPOSER")],
      ...at,
    }) as Promise<readonly Address[]>,
    ...wanted.map((t) =>
      readContract(client, {
        address: templateRegistry,
        abi: templateRegistryAbi,
        functionName: "getTemplate",
        args: [toBytes32Name(t.id), t.proposal!.basedOn],
        ...at,
      }),
    ),
  ]);
  const out: TemplateProposals = { bases: {} };
  if (proposers[0] !== undefined) out.proposer = proposers[0];
  const code = await codes;
  if (addresses.length > 0)
    out.codeHashes = Object.fromEntries(addresses.map((a, i) => [a, code[i] === undefined || code[i] === "0x" ? null : keccak256(code[i]!)]));
  wanted.forEach((t, i) => {
    const v = bases[i]!;
    if (Number(v.status) !== 0) out.bases[`${t.id}.v${t.proposal!.basedOn}`] = v.spec as unknown as TemplateSpec;
  });
  return out;
}

function withRanges(
  base: readonly { name: Hex; min: bigint; max: bigint }[],
  declared: readonly { name: string; min: bigint; max: bigint }[],
) {
  const out = base.map((r) => ({ name: r.name, min: r.min, max: r.max }));
  for (const d of declared) {
    const name = toBytes32Name(d.name);
    const hit = out.find((r) => r.name.toLowerCase() === name.toLowerCase());
    if (hit === undefined) out.push({ name, min: d.min, max: d.max });
    else Object.assign(hit, { min: d.min, max: d.max });
  }
  return out;
}

/** A component's bytes32 name as text (`ALMProxy`). */
const componentText = (name: Hex) => hexToString(name, { size: 32 }).replace(/\0+$/, "");

/** The base's component with the declared implementation (if any) in its place. */
function withImplementation(c: TemplateSpec["classComponents"][number], t: DesiredTemplate) {
  const declared = t.proposal?.implementations?.find((i) => i.name === componentText(c.name));
  return declared === undefined ? { ...c } : { name: c.name, implementation: declared.address, codeHash: declared.codeHash };
}

/**
 * Problems of the declared implementations of proposals not yet on chain (`file:line:col path: message`): a
 * component the base version does not have, an address without code, a code hash other than the declared one.
 */
export function proposalInputErrors(templates: readonly DesiredTemplate[], proposals: TemplateProposals): string[] {
  const out: string[] = [];
  for (const t of templates) {
    const p = t.proposal;
    if (p?.implementations === undefined) continue;
    const base = proposals.bases[`${t.id}.v${p.basedOn}`];
    const names = base === undefined ? undefined : [...base.classComponents, ...base.unitComponents].map((c) => componentText(c.name));
    for (const i of p.implementations) {
      if (names !== undefined && !names.includes(i.name))
        out.push(formatAt(i.source, `${i.name} is not a component of ${t.id} v${p.basedOn} (its components: ${names.join(", ")})`));
      const onChain = proposals.codeHashes?.[i.address.toLowerCase()];
      if (onChain === null || onChain === undefined)
        out.push(formatAt(i.source, `no code at ${i.address}: deploy the ${i.name} implementation first (the registry pins its code hash)`));
      else if (onChain.toLowerCase() !== i.codeHash.toLowerCase())
        out.push(formatAt(i.codeHashSource, `the code at ${i.address} hashes to ${onChain}, not the declared ${i.codeHash}`));
    }
  }
  return out;
}

/** The spec a proposal sends: the base version's, with the declared implementations, ranges, Day-0 cycles and audit. */
export function proposedSpec(t: DesiredTemplate, base: TemplateSpec): TemplateSpec {
  const p = t.proposal!;
  return {
    kind: base.kind,
    beaconKinds: [...base.beaconKinds],
    classComponents: base.classComponents.map((c) => withImplementation(c, t)),
    unitComponents: base.unitComponents.map((c) => withImplementation(c, t)),
    classRanges: withRanges(base.classRanges, p.ranges.filter((r) => r.scope === "class")),
    unitRanges: withRanges(base.unitRanges, p.ranges.filter((r) => r.scope === "unit")),
    day0Limits: base.day0Limits.map((l) => ({ ...l })),
    day0Cycles: p.day0Cycles ?? base.day0Cycles,
    audit: { hash: t.audit.sha256, uri: t.audit.uri },
    depositAssets: [...base.depositAssets],
  };
}

function implementationsNote(p: NonNullable<DesiredTemplate["proposal"]>): string {
  const impls = p.implementations ?? [];
  if (impls.length === 0) return "same implementations and code hashes";
  return `new implementations: ${impls.map((i) => `${i.name} ${i.address} (code hash ${i.codeHash})`).join(", ")}; the others as v${p.basedOn}`;
}

/**
 * The drafts of a declared template version that is not on chain: `proposeTemplate` by a TEMPLATE_PROPOSER,
 * then (status approved) `approveTemplate` by the registry's admin. A refusal says what is missing.
 */
export function proposalDrafts(
  t: DesiredTemplate,
  proposals: TemplateProposals,
  templateRegistry: Address,
  who: RegistryAdmin | undefined,
): BuildResult {
  const p = t.proposal;
  if (p === undefined)
    return {
      refused: formatAt(
        t.source,
        `template ${t.id} v${t.version} is not proposed on chain: a TEMPLATE_PROPOSER proposes it with its implementations and code hashes (TemplateRegistry.proposeTemplate), or declare \`proposal: { basedOn: <version> }\` here to have the plan propose it from an earlier version; governance then approves it`,
      ),
    };
  const base = proposals.bases[`${t.id}.v${p.basedOn}`];
  if (base === undefined)
    return { refused: formatAt(p.source, `template ${t.id} v${p.basedOn} (basedOn) is not on chain`) };
  if (p.basedOn >= t.version)
    return { refused: formatAt(p.source, `basedOn ${p.basedOn} must be an earlier version than ${t.version}`) };
  if (proposals.proposer === undefined)
    return { refused: formatAt(p.source, "nobody holds TEMPLATE_PROPOSER on the template registry") };
  const spec = proposedSpec(t, base);
  const id = toBytes32Name(t.id);
  const propose: ActionDraft = {
    key: "proposeTemplate",
    kind: "create",
    target: templateRegistry,
    function: "proposeTemplate",
    args: toJsonValue([id, t.version, spec]) as JsonValue[],
    calldata: encodeFunctionData({ abi: templateRegistryAbi, functionName: "proposeTemplate", args: [id, t.version, spec] }),
    actor: "deployer",
    signer: proposals.proposer,
    reason: `a TEMPLATE_PROPOSER proposes ${t.id} v${t.version} from v${p.basedOn} (${implementationsNote(p)}${p.ranges.length > 0 ? `; ranges ${p.ranges.map((r) => `${r.scope}.${r.name}=${r.min}..${r.max}`).join(", ")}` : ""}${p.day0Cycles !== undefined ? `; Day-0 cycles ${p.day0Cycles}` : ""})`,
  };
  if (t.status !== "approved") return [propose];
  const admin = who === "sky-governance" ? { actor: "sky-governance" as const, kind: "spell" as const } : { actor: "core-council-timelocked" as const, kind: "schedule" as const };
  const approve: ActionDraft = {
    key: "approveTemplate",
    kind: admin.kind,
    target: templateRegistry,
    function: "approveTemplate",
    args: toJsonValue([id, t.version]) as JsonValue[],
    calldata: encodeFunctionData({ abi: templateRegistryAbi, functionName: "approveTemplate", args: [id, t.version] }),
    actor: admin.actor,
    dependsOn: [{ sibling: "proposeTemplate" }],
    reason: `governance approves the proposed template ${t.id} v${t.version}`,
  };
  return [propose, approve];
}
