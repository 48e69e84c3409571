/**
 * What a deployment request takes from its on-chain template (plan/factory-deploy.ts): the template's parameter
 * ranges, Day-0 limits and beacon kinds as the observed state records them, the request's `params` checked against
 * the ranges (`file:line:col path: message` problems), and the deposit asset's decimals the factory scales Day-0
 * amounts to (or why it refuses the asset).
 */
import type { Address, Hex } from "viem";
import { scaleDay0, toBytes32Name } from "../chain/names.js";
import { classParamValues, unitParamValues } from "../chain/requests.js";
import { type DesiredState, type SourceRef, fieldSource, formatAt } from "../model/desired.js";
import type { ObservedState } from "../model/observed.js";
import type { FactoryPlanContext } from "./factory-context.js";

/** The factory's limit on a deposit asset's decimals (FactoryLib: `Factory_DepositAssetDecimals` above it). */
export const MAX_ASSET_DECIMALS = 36;

/**
 * The decimals the factory will scale `asset`'s Day-0 amounts to, or why it will refuse the asset
 * (`Factory_DepositAssetNoDecimals` / `Factory_DepositAssetDecimals`) or one of the template's Day-0 amounts
 * `day0` (`Factory_Day0LimitOverflow`: scaled up past uint256). Without a reading (hand-made contexts): 18.
 */
export function assetDecimalsOf(
  fctx: FactoryPlanContext,
  asset: Address,
  day0: readonly { flow: string; maxAmount: bigint; slope: bigint }[] = [],
): { decimals: number } | { refused: string } {
  if (fctx.assetDecimals === undefined) return { decimals: 18 };
  const d = fctx.assetDecimals[asset.toLowerCase()];
  if (d === undefined)
    return { refused: `the deposit asset ${asset} has no readable decimals(): the factory refuses it (Factory_DepositAssetNoDecimals)` };
  if (d > MAX_ASSET_DECIMALS)
    return { refused: `the deposit asset ${asset} has ${d} decimals: the factory accepts at most ${MAX_ASSET_DECIMALS} (Factory_DepositAssetDecimals)` };
  for (const limit of day0)
    for (const amount of [limit.maxAmount, limit.slope])
      if (scaleDay0(amount, d) > UINT256_MAX)
        return {
          refused: `the template's Day-0 ${limit.flow} amount ${amount} scaled to the deposit asset's ${d} decimals exceeds uint256: the factory refuses it (Factory_Day0LimitOverflow)`,
        };
  return { decimals: d };
}

const UINT256_MAX = (1n << 256n) - 1n;

export interface TemplateRange {
  scope: "class" | "unit";
  name: string;
  min: bigint;
  max: bigint;
}

/** Parses the observed template's `ranges` (`class.termMin=2592000..315360000`). */
export function templateRanges(observed: ObservedState, id: string, version: number): TemplateRange[] | undefined {
  const t = observed.resources[`template.${id}.v${version}`];
  if (t === undefined) return undefined;
  const raw = t.fields.ranges;
  if (!Array.isArray(raw)) return [];
  return raw.map((r) => {
    const m = /^(class|unit)\.([^=]+)=([0-9]+)\.\.([0-9]+)$/.exec(String(r));
    if (m === null) throw new Error(`template ${id} v${version}: unreadable range ${String(r)}`);
    return { scope: m[1] as "class" | "unit", name: m[2]!, min: BigInt(m[3]!), max: BigInt(m[4]!) };
  });
}

/** Parses the observed template's `day0.limits` (`LIMIT_UNIT_INFLOW=1000…@1157…/s`). */
export function templateDay0(
  observed: ObservedState,
  id: string,
  version: number,
): { flow: string; maxAmount: bigint; slope: bigint }[] {
  const raw = observed.resources[`template.${id}.v${version}`]?.fields["day0.limits"];
  if (!Array.isArray(raw)) return [];
  return raw.map((r) => {
    const m = /^([^=]+)=([0-9]+)@([0-9]+)\/s$/.exec(String(r));
    if (m === null) throw new Error(`template ${id} v${version}: unreadable Day-0 limit ${String(r)}`);
    return { flow: m[1]!, maxAmount: BigInt(m[2]!), slope: BigInt(m[3]!) };
  });
}

export function templateBeacons(observed: ObservedState, id: string, version: number): string[] {
  const raw = observed.resources[`template.${id}.v${version}`]?.fields.beacon;
  return Array.isArray(raw) ? raw.map(String) : [];
}

/**
 * The request's `params`: exactly the template's ranges of `scope`, in the template's order, each inside its
 * range. Problems are `file:line:col path: message` strings.
 */
export function paramsFor(
  ranges: TemplateRange[],
  scope: "class" | "unit",
  values: Record<string, { value: bigint; source: SourceRef }>,
  template: string,
  fallback: SourceRef,
): { params: { name: Hex; value: bigint }[]; problems: string[] } {
  const params: { name: Hex; value: bigint }[] = [];
  const problems: string[] = [];
  for (const r of ranges.filter((x) => x.scope === scope)) {
    const v = values[r.name];
    if (v === undefined) {
      problems.push(
        formatAt(
          fallback,
          `template ${template} requires the ${scope} parameter ${r.name}, which halos/ cannot declare`,
        ),
      );
      continue;
    }
    if (v.value < r.min || v.value > r.max) {
      problems.push(
        formatAt(v.source, `${v.value} is outside template ${template}'s range for ${r.name}: ${r.min}..${r.max}`),
      );
    }
    params.push({ name: toBytes32Name(r.name), value: v.value });
  }
  return { params, problems };
}

/** `file:line:col template.version: …` for a class whose template version the registry does not hold. */
function missingTemplate(c: DesiredState["classes"][number], observed: ObservedState): string {
  const prefix = `template.${c.template.id}.v`;
  const versions = Object.keys(observed.resources)
    .filter((k) => k.startsWith(prefix) && /^[0-9]+$/.test(k.slice(prefix.length)))
    .map((k) => Number(k.slice(prefix.length)))
    .sort((x, y) => x - y);
  const known =
    versions.length === 0
      ? `the template registry holds no version of ${c.template.id}`
      : `the template registry holds ${versions.map((v) => `v${v}`).join(", ")}`;
  return formatAt(
    fieldSource(c, "template.version") ?? c.source,
    `template ${c.template.id} v${c.template.version} is not on chain (${known}); a new version is proposed by a TEMPLATE_PROPOSER and approved by governance before a class can use it`,
  );
}

/**
 * Every declared value outside its template's on-chain range (or a template parameter the tree cannot give,
 * or a template version the registry does not hold), as `file:line:col path: message`. Only for classes and
 * units that are still to be deployed: a deployed one's parameters are immutable and compared by the diff instead.
 */
export function checkTemplateRanges(state: DesiredState, observed: ObservedState): string[] {
  const out: string[] = [];
  for (const c of state.classes) {
    const template = `${c.template.id} v${c.template.version}`;
    const ranges = templateRanges(observed, c.template.id, c.template.version);
    if (ranges === undefined) {
      // a deployed class's template is compared by the diff; a new class cannot be deployed from nothing
      if (observed.resources[`class.${c.id}`] === undefined) out.push(missingTemplate(c, observed));
      continue;
    }
    if (observed.resources[`class.${c.id}`] === undefined)
      out.push(...paramsFor(ranges, "class", classParamValues(c), template, c.source).problems);
    for (const u of c.kind === "portfolio-lcts" ? c.units : []) {
      if (observed.resources[`class.${c.id}.unit.${u.id}`] === undefined)
        out.push(...paramsFor(ranges, "unit", unitParamValues(u), template, u.source).problems);
    }
  }
  return out;
}
