/**
 * Schema-valid file data → the normalized desired model (reconciler/model/desired.ts). Checks that need
 * the values themselves (amount grammar, ranges between fields, key collisions) happen here and report at
 * the field's source position. Cross-file checks live in index.ts.
 */
import type { Address, Hex } from "viem";
import { getAddress } from "../model/address.js";
import type {
  AgentFile,
  Approval,
  Artifact,
  ClassFile,
  LegacyFile,
  PortfolioClassFile,
  PortfolioUnit,
  RateLimit,
  TemplateProposal,
  TemplatesFile,
  TermClassFile,
  TransferRateLimit,
} from "../types/generated.js";
import type {
  ArtifactRef,
  Buybox,
  DesiredAgent,
  DesiredApproval,
  DesiredClass,
  DesiredLegacyHalo,
  DesiredLegacyUnit,
  DesiredPortfolioUnit,
  DesiredRateLimit,
  DesiredTemplate,
  DesiredTemplateProposal,
  ExternalTemplate,
  LimitId,
  RateLimitCounterparty,
  SourceRef,
} from "../model/desired.js";
import { GrammarError, formatAmount, parseAmount, parseDuration, parseLimitAmount, slopePerSecond } from "./amounts.js";
import { encodeFieldSources, type FieldSources } from "../model/field-sources.js";
import { type Diagnostic, type PathSegment, type SourceFile, formatPath } from "./source.js";

const UINT64_MAX = (1n << 64n) - 1n;
const UINT128_MAX = (1n << 128n) - 1n;

/** Collects diagnostics while normalizing one file. */
export class Normalizer {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly source: SourceFile) {}

  fail(segments: PathSegment[], message: string): void {
    this.diagnostics.push(this.source.diagnostic(segments, message));
  }

  ref(segments: PathSegment[]): SourceRef {
    return this.source.ref(segments);
  }

  address(value: string): Address {
    return getAddress(value);
  }

  artifact(value: Artifact): ArtifactRef {
    return { uri: value.uri, sha256: `0x${value.sha256.replace(/^0x/, "").toLowerCase()}` as Hex };
  }

  private text(segments: PathSegment[]): string {
    const text = this.source.scalarText(segments);
    if (text === undefined) throw new Error(`internal: no scalar at ${segments.join(".")} in ${this.source.file}`);
    return text;
  }

  private parse(segments: PathSegment[], parse: (text: string) => bigint): bigint {
    try {
      return parse(this.text(segments));
    } catch (error) {
      if (!(error instanceof GrammarError)) throw error;
      this.fail(segments, error.message);
      return 0n;
    }
  }

  amount(segments: PathSegment[], max?: { value: bigint; type: string }): bigint {
    const value = this.parse(segments, parseAmount);
    if (max && value > max.value) this.fail(segments, `must fit ${max.type} (at most ${formatAmount(max.value)})`);
    return value;
  }

  limitAmount(segments: PathSegment[]): bigint {
    return this.parse(segments, parseLimitAmount);
  }

  duration(segments: PathSegment[]): bigint {
    const value = this.parse(segments, parseDuration);
    if (value > UINT64_MAX) this.fail(segments, "must fit uint64 seconds");
    return value;
  }

  /** Every leaf of `value` under `base`, keyed by its dotted path relative to `base` (model/field-sources.ts). */
  fieldSources(value: unknown, base: PathSegment[]): FieldSources {
    const out = new Map<string, SourceRef>(); // a later leaf with the same dotted key replaces the earlier one
    const walk = (node: unknown, rel: PathSegment[]) => {
      if (node !== null && typeof node === "object") {
        const entries: [PathSegment, unknown][] = Array.isArray(node)
          ? node.map((item, i) => [i, item])
          : Object.entries(node as Record<string, unknown>);
        for (const [key, child] of entries) walk(child, [...rel, key]);
      } else {
        out.set(rel.map(String).join("."), this.ref([...base, ...rel]));
      }
    };
    walk(value, []);
    return encodeFieldSources(this.source.file, formatPath(base), [...out]);
  }

  rateLimit(
    flow: string,
    limit: RateLimit | TransferRateLimit,
    base: PathSegment[],
    limitId: LimitId,
    asset: Address,
    counterparty: RateLimitCounterparty,
  ): DesiredRateLimit {
    const at = [...base, flow];
    const maxAmount = this.limitAmount([...at, "maxAmount"]);
    const perDay = this.limitAmount([...at, "slopePerDay"]);
    return {
      flow,
      limitId,
      asset,
      counterparty,
      maxAmount,
      slopePerSecond: slopePerSecond(perDay),
      declared: { maxAmount: this.text([...at, "maxAmount"]), slopePerDay: this.text([...at, "slopePerDay"]) },
      source: this.ref(at),
    };
  }
}

export function normalizeAgent(n: Normalizer, data: AgentFile): DesiredAgent {
  return {
    id: data.agent,
    name: data.name,
    operator: n.address(data.operator),
    artifact: n.artifact(data.artifact),
    source: n.ref(["agent"]),
  };
}

function templateProposal(n: Normalizer, p: TemplateProposal, at: PathSegment[]): DesiredTemplateProposal {
  const ranges = Object.entries(p.ranges ?? {}).map(([key, r]) => {
    const [scope, name] = key.split(".") as ["class" | "unit", string];
    const min = n.amount([...at, "ranges", key, "min"]);
    const max = n.amount([...at, "ranges", key, "max"]);
    if (r !== undefined && min > max) n.fail([...at, "ranges", key], `min ${min} is above max ${max}`);
    return { scope, name, min, max, source: n.ref([...at, "ranges", key]) };
  });
  const implementations = Object.entries(p.implementations ?? {}).flatMap(([name, impl]) =>
    impl === undefined
      ? []
      : [
          {
            name,
            address: n.address(impl.address),
            codeHash: impl.codeHash.toLowerCase() as Hex,
            source: n.ref([...at, "implementations", name, "address"]),
            codeHashSource: n.ref([...at, "implementations", name, "codeHash"]),
          },
        ],
  );
  return { basedOn: p.basedOn, ranges, ...(p.implementations === undefined ? {} : { implementations }), ...(p.day0Cycles === undefined ? {} : { day0Cycles: p.day0Cycles }), source: n.ref(at) };
}

export function normalizeTemplates(
  n: Normalizer,
  data: TemplatesFile,
): { templates: DesiredTemplate[]; external: ExternalTemplate[] } {
  const templates = data.templates.map(
    (t, i): DesiredTemplate => ({
      id: t.id,
      version: t.version,
      kind: t.kind,
      status: t.status,
      audit: n.artifact(t.audit),
      source: n.ref(["templates", i]),
      ...(t.proposal === undefined ? {} : { proposal: templateProposal(n, t.proposal, ["templates", i, "proposal"]) }),
    }),
  );
  const external = (data.external ?? []).map(
    (t, i): ExternalTemplate => ({ id: t.id, version: t.version, kind: t.kind, source: n.ref(["external", i]) }),
  );
  return { templates, external };
}

/**
 * The name the Halo registry records for a camelCase contract key of legacy.yaml (`nfatFacility` → `NfatFacility`):
 * template component names are PascalCase, and the registry finds a class's facility by that name.
 */
export function componentName(key: string): string {
  return key.length === 0 ? key : key[0]!.toUpperCase() + key.slice(1);
}

export function normalizeLegacy(n: Normalizer, data: LegacyFile): DesiredLegacyHalo[] {
  return data.legacy.map((halo, i): DesiredLegacyHalo => {
    const { controller, almProxy, rateLimits, ...rest } = halo.addresses;
    const others: Record<string, Address> = {};
    for (const name of Object.keys(rest).sort()) {
      const value = rest[name];
      if (value !== undefined) others[name] = n.address(value);
    }
    return {
      id: halo.id,
      name: halo.name,
      agent: halo.agent,
      agentSource: n.ref(["legacy", i, "agent"]),
      addresses: {
        controller: n.address(controller),
        almProxy: n.address(almProxy),
        rateLimits: n.address(rateLimits),
        others,
      },
      beaconOperator: n.address(halo.beaconOperator),
      artifact: n.artifact(halo.artifact),
      conformsTo: halo.conformsTo === null ? null : { id: halo.conformsTo.id, version: halo.conformsTo.version },
      conformsToSource: n.ref(["legacy", i, "conformsTo"]),
      units: (halo.units ?? []).map((u, j): DesiredLegacyUnit => {
        const contracts: Record<string, Address> = {};
        for (const key of Object.keys(u.contracts).sort()) {
          const value = u.contracts[key];
          if (value !== undefined) contracts[componentName(key)] = n.address(value);
        }
        return {
          id: u.id,
          contracts,
          contractsSource: n.ref(["legacy", i, "units", j, "contracts"]),
          artifact: n.artifact(u.artifact),
          source: n.ref(["legacy", i, "units", j]),
        };
      }),
      source: n.ref(["legacy", i]),
    };
  });
}

function transferLimits(
  n: Normalizer,
  rateLimits: Record<string, RateLimit | TransferRateLimit | undefined>,
  depositAsset: Address,
): DesiredRateLimit[] {
  const out: DesiredRateLimit[] = [];
  const keys = new Map<string, string>();
  for (const [flow, limit] of Object.entries(rateLimits)) {
    if (limit === undefined || !flow.startsWith("transfer-to-") || !("destination" in limit)) continue;
    const asset = limit.asset === undefined ? depositAsset : n.address(limit.asset);
    const destination = n.address(limit.destination);
    const key = `${asset}/${destination}`;
    const previous = keys.get(key);
    if (previous !== undefined) {
      n.fail(["rateLimits", flow], `same asset and destination as "${previous}": both would set one rate-limit key`);
    }
    keys.set(key, flow);
    out.push(n.rateLimit(flow, limit, ["rateLimits"], "LIMIT_TRANSFER", asset, { kind: "address", address: destination }));
  }
  return out;
}

function approval(n: Normalizer, a: Approval, at: PathSegment[]): DesiredApproval {
  return { signer: n.address(a.signer), kind: a.kind ?? "eoa", source: n.ref([...at, "signer"]) };
}

function common(n: Normalizer, data: PortfolioClassFile | TermClassFile, file: string) {
  return {
    id: data.class,
    agent: data.agent,
    template: { id: data.template.id, version: data.template.version },
    file,
    operator: n.address(data.operator),
    freezer: n.address(data.freezer),
    govOps: n.address(data.govOps),
    relayer: n.address(data.relayer),
    artifact: n.artifact(data.artifact),
    ...(data.approval === undefined ? {} : { approval: approval(n, data.approval, ["approval"]) }),
    source: n.ref(["class"]),
    fieldSources: n.fieldSources(
      Object.fromEntries(Object.entries(data).filter(([key]) => key !== "units")),
      [],
    ),
  };
}

function normalizeUnit(n: Normalizer, unit: PortfolioUnit, index: number, classId: string, depositAsset: Address): DesiredPortfolioUnit {
  const at: PathSegment[] = ["units", index];
  const params: PathSegment[] = [...at, "params"];
  const before = n.diagnostics.length;
  const capacity = n.amount([...params, "capacity"]);
  const minDeposit = unit.params.minDeposit === undefined ? 0n : n.amount([...params, "minDeposit"]);
  // compared only when both amounts parsed: a value that failed reads as 0 and would add a false second error
  if (n.diagnostics.length === before && minDeposit > capacity) n.fail([...params, "minDeposit"], `must not exceed capacity (${formatAmount(capacity)})`);
  const rateLimits: DesiredRateLimit[] = [];
  const declared = unit.rateLimits ?? {};
  for (const [flow, limit] of Object.entries(declared)) {
    if (limit === undefined) continue;
    const inflow = flow === "subscribe-settle";
    rateLimits.push(
      n.rateLimit(flow, limit, [...at, "rateLimits"], inflow ? "LIMIT_UNIT_INFLOW" : "LIMIT_UNIT_OUTFLOW", depositAsset, {
        kind: "contract",
        contract: inflow ? "subscribe-queue" : "redeem-queue",
      }),
    );
  }
  return {
    kind: "portfolio-lcts",
    id: unit.id,
    classId,
    index,
    token: { name: unit.token.name, symbol: unit.token.symbol },
    params: {
      seniority: unit.params.seniority,
      capacity,
      targetYieldBps: unit.params.targetYieldBps,
      maxRateIncreaseBps: unit.params.maxRateIncreaseBps,
      minDeposit,
      initialExchangeRate: n.amount([...params, "initialExchangeRate"]),
    },
    rateLimits,
    artifact: n.artifact(unit.artifact),
    ...(unit.approval === undefined ? {} : { approval: approval(n, unit.approval, [...at, "approval"]) }),
    source: n.ref(at),
    fieldSources: n.fieldSources(unit, at),
  };
}

function normalizeBuybox(n: Normalizer, data: TermClassFile["params"]["buybox"]): Buybox {
  const at: PathSegment[] = ["params", "buybox"];
  const uint128 = { value: UINT128_MAX, type: "uint128" };
  // a pair is compared only when both of its values parsed (a failed one reads as 0: no false second error)
  const parsed = <T>(read: () => T): { value: T; ok: boolean } => {
    const before = n.diagnostics.length;
    const value = read();
    return { value, ok: n.diagnostics.length === before };
  };
  const termMin = parsed(() => n.duration([...at, "termMin"]));
  const termMax = parsed(() => n.duration([...at, "termMax"]));
  const sizeMin = parsed(() => n.amount([...at, "sizeMin"], uint128));
  const sizeMax = parsed(() => n.amount([...at, "sizeMax"], uint128));
  const buybox: Buybox = {
    termMinSeconds: termMin.value,
    termMaxSeconds: termMax.value,
    sizeMin: sizeMin.value,
    sizeMax: sizeMax.value,
    apyMinBps: data.apyMinBps,
    apyMaxBps: data.apyMaxBps,
    restrictedDepositors: data.restrictedDepositors,
    transferAllowList: data.transferAllowList,
    assetType: data.assetType,
    jurisdiction: data.jurisdiction,
  };
  if (termMin.ok && termMax.ok && buybox.termMaxSeconds < buybox.termMinSeconds) n.fail([...at, "termMax"], `must be at least termMin (${String(data.termMin)})`);
  if (sizeMin.ok && sizeMax.ok && buybox.sizeMax < buybox.sizeMin) n.fail([...at, "sizeMax"], `must be at least sizeMin (${String(data.sizeMin)})`);
  if (buybox.apyMaxBps < buybox.apyMinBps) n.fail([...at, "apyMaxBps"], `must be at least apyMinBps (${data.apyMinBps})`);
  return buybox;
}

export function normalizeClass(n: Normalizer, data: ClassFile, file: string): DesiredClass {
  if (data.kind === "portfolio-lcts") {
    const depositAsset = n.address(data.params.depositAsset);
    return {
      ...common(n, data, file),
      kind: "portfolio-lcts",
      params: { depositAsset },
      beacons: { lphaLcts: n.address(data.beacons["lpha-lcts"]) },
      rateLimits: transferLimits(n, data.rateLimits ?? {}, depositAsset),
      units: (data.units ?? []).map((unit, i) => normalizeUnit(n, unit, i, data.class, depositAsset)),
    };
  }
  const depositAsset = n.address(data.params.depositAsset);
  const rateLimits: DesiredRateLimit[] = [];
  const declared = data.rateLimits ?? {};
  for (const [flow, limit] of Object.entries(declared)) {
    if (limit === undefined) continue;
    if (flow === "facility-claim") {
      rateLimits.push(n.rateLimit(flow, limit, ["rateLimits"], "LIMIT_UNIT_INFLOW", depositAsset, { kind: "contract", contract: "facility" }));
    } else if (flow === "redeem-fund") {
      rateLimits.push(n.rateLimit(flow, limit, ["rateLimits"], "LIMIT_UNIT_OUTFLOW", depositAsset, { kind: "contract", contract: "redeem" }));
    }
  }
  rateLimits.push(...transferLimits(n, declared, depositAsset));
  // Keep declaration order across both kinds of flows.
  const order = Object.keys(declared);
  rateLimits.sort((a, b) => order.indexOf(a.flow) - order.indexOf(b.flow));
  return {
    ...common(n, data, file),
    kind: "term-nfat",
    params: { depositAsset, buybox: normalizeBuybox(n, data.params.buybox) },
    dealToken: { name: data.dealToken.name, symbol: data.dealToken.symbol },
    beacons: { lphaNfat: n.address(data.beacons["lpha-nfat"]), lphaAttest: n.address(data.beacons["lpha-attest"]) },
    rateLimits,
    units: [],
  };
}
