/**
 * The normalized desired model: what `halos/` declares, after loading, schema validation and cross-file
 * checks. This is the interface between loading (reconciler/load) and planning (reconciler/plan).
 *
 * Guarantees a consumer may rely on:
 * - every amount is a `bigint` in base units; `"unlimited"` is `MAX_UINT256`;
 * - every rate-limit slope is per second: `slopePerSecond = floor(slopePerDay / 86400)`
 *   (an unlimited slope is `MAX_UINT256`, not divided);
 * - every address is EIP-55 checksummed (viem `getAddress`);
 * - every id is lowercase kebab-case and unique across the whole tree (agents, classes, units, legacy
 *   Halos share one namespace); templates are unique per (id, version);
 * - every class's template reference resolves to a managed or external template of the same kind;
 * - every class's agent resolves; every resource carries the source position it was declared at, so a
 *   later stage (plan-time range checks) can report `file:line:col path: message` too.
 *
 * Arrays are in a deterministic order: files sorted by path, entries in file order.
 * Nothing here is generated: the YAML shapes are in reconciler/types/generated.ts (from schemas/);
 * this file is the hand-written, normalized view the planner consumes. Changes here are additive only.
 */
import type { Address, Hex } from "viem";
import type { FieldSources } from "./field-sources.js";
import type { DesiredPrime } from "./prime.js";

export { type FieldSources, type WithFieldSources, fieldSource, fieldSourceEntries, NO_FIELD_SOURCES } from "./field-sources.js";

/**
 * Bumped only on a breaking change of this module's shapes (additions do not bump it). 2: `fieldSources` is a
 * `FieldSources` read with `fieldSource(resource, field)` instead of a record of `SourceRef`s.
 */
export const DESIRED_MODEL_VERSION = 2 as const;

export const MAX_UINT256 = (1n << 256n) - 1n;
export const SECONDS_PER_DAY = 86_400n;

/** Where a value was declared: `file` is the path as displayed (relative to the working directory). */
export interface SourceRef {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
  /** Path inside the file, in the error format's notation, e.g. `units[1].params.seniority`; "" = document. */
  path: string;
}

/** Format a source reference the way every error of the tool is printed: `file:line:col path: message`. */
export function formatAt(source: SourceRef, message: string): string {
  const where = `${source.file}:${source.line}:${source.col}`;
  return source.path === "" ? `${where} ${message}` : `${where} ${source.path}: ${message}`;
}

/** Template kinds; on-chain PORTFOLIO_LCTS and TERM_NFAT. */
export type TemplateKind = "portfolio-lcts" | "term-nfat";

/** Template status a managed template should have on-chain. */
export type TemplateStatus = "approved" | "deprecated" | "revoked";

export interface TemplateRef {
  id: string;
  /** Positive integer. */
  version: number;
}

/** An off-chain document and its content hash (`sha256` as 0x-prefixed lowercase 32-byte hex). */
export interface ArtifactRef {
  uri: string;
  sha256: Hex;
}

/** A template whose on-chain status this tree manages (approval / deprecation / revocation are governance actions). */
export interface DesiredTemplate extends TemplateRef {
  kind: TemplateKind;
  status: TemplateStatus;
  audit: ArtifactRef;
  source: SourceRef;
  /** Propose this version on chain from an earlier one (plan/lifecycle-templates.ts). */
  proposal?: DesiredTemplateProposal;
}

/**
 * A new template version proposed as a copy of `basedOn` with these implementations / ranges / Day-0 cycles
 * replacing its own.
 */
export interface DesiredTemplateProposal {
  basedOn: number;
  ranges: { scope: "class" | "unit"; name: string; min: bigint; max: bigint; source: SourceRef }[];
  /** New implementations by component name (ALMProxy, …), each with its declared runtime code hash. */
  implementations?: { name: string; address: Address; codeHash: Hex; source: SourceRef; codeHashSource: SourceRef }[];
  day0Cycles?: number;
  source: SourceRef;
}

/**
 * A template this tree uses but does not manage (approved on-chain by another process). The planner must
 * not propose status changes for it; it may check that it exists and is approved.
 */
export interface ExternalTemplate extends TemplateRef {
  kind: TemplateKind;
  source: SourceRef;
}

/**
 * The APPROVER whose signed EIP-712 instance approval deploys a class or unit (`approval:` in its YAML): the plan
 * predicts the addresses for this signer, `halo apply` sends deploy…WithApproval with its signature (docs/approvals.md).
 */
export interface DesiredApproval {
  signer: Address;
  /** eoa: an ECDSA signature (key, hardware wallet); safe: ERC-1271 through the Safe. */
  kind: "eoa" | "safe";
  source: SourceRef;
}

export interface DesiredAgent {
  id: string;
  name: string;
  operator: Address;
  artifact: ArtifactRef;
  source: SourceRef;
}

/** The three rate-limit identifiers of contracts/src/pau/RateLimitKeys.sol. */
export type LimitId = "LIMIT_TRANSFER" | "LIMIT_UNIT_INFLOW" | "LIMIT_UNIT_OUTFLOW";

/**
 * Contracts of a class or unit that a rate-limit key names as counterparty. Their addresses are not in
 * `halos/`: the planner resolves them with the factory's `predict…` views.
 * - `subscribe-queue` / `redeem-queue`: the LCTS queues of the Portfolio unit that owns the limit;
 * - `facility` / `redeem`: the NFAT facility queue / redeem contract of the Term class that owns the limit.
 */
export type UnitContractRole = "subscribe-queue" | "redeem-queue" | "facility" | "redeem";

export type RateLimitCounterparty =
  | { kind: "address"; address: Address }
  | { kind: "contract"; contract: UnitContractRole };

/**
 * One desired rate limit. Key = `keccak256(abi.encode(limitId, asset, counterparty))`
 * (RateLimitKeys.assetCounterpartyKey).
 */
export interface DesiredRateLimit {
  /**
   * The flow name as declared (the YAML key): `transfer-to-<name>`, `facility-claim`, `redeem-fund`
   * (class level), `subscribe-settle`, `redeem-settle` (unit level).
   */
  flow: string;
  limitId: LimitId;
  asset: Address;
  counterparty: RateLimitCounterparty;
  /** Base units; MAX_UINT256 when declared "unlimited". */
  maxAmount: bigint;
  /** Base units per second = floor(slopePerDay / 86400); MAX_UINT256 when declared "unlimited". */
  slopePerSecond: bigint;
  /** The declared values, verbatim, for rendering. */
  declared: { maxAmount: string; slopePerDay: string };
  source: SourceRef;
}

/** Beacon operators of a class (the pBEAM holders). Portfolio: lphaLcts. Term: lphaNfat + lphaAttest. */
export interface DesiredBeacons {
  lphaLcts?: Address;
  lphaNfat?: Address;
  lphaAttest?: Address;
}

export type Seniority = "senior" | "mezzanine" | "junior";

export interface PortfolioUnitParams {
  seniority: Seniority;
  /** Deposit-asset base units. */
  capacity: bigint;
  targetYieldBps: number;
  /** Largest exchange-rate increase per settlement, bps. */
  maxRateIncreaseBps: number;
  /** Deposit-asset base units; 0 = no minimum. */
  minDeposit: bigint;
  /** Underlying (in underlying decimals) per 1e18 shares at launch. */
  initialExchangeRate: bigint;
}

export interface DesiredPortfolioUnit {
  kind: "portfolio-lcts";
  id: string;
  classId: string;
  /** Index in the class file's `units` list. */
  index: number;
  /** The unit's share token (IHaloShareToken name / symbol). */
  token: { name: string; symbol: string };
  params: PortfolioUnitParams;
  /** `subscribe-settle` (LIMIT_UNIT_INFLOW, depositAsset, subscribe-queue), `redeem-settle` (LIMIT_UNIT_OUTFLOW, depositAsset, redeem-queue). */
  rateLimits: DesiredRateLimit[];
  artifact: ArtifactRef;
  /** Deployed with a signed instance approval by this APPROVER (not inherited from the class). */
  approval?: DesiredApproval;
  source: SourceRef;
  /** Source of every declared field, keyed by its dotted path relative to the unit (e.g. `params.capacity`): `fieldSource(u, key)`. */
  fieldSources: FieldSources;
}

/** NFAT buybox (INfatFacility.Buybox), normalized. */
export interface Buybox {
  termMinSeconds: bigint;
  termMaxSeconds: bigint;
  sizeMin: bigint;
  sizeMax: bigint;
  apyMinBps: number;
  apyMaxBps: number;
  restrictedDepositors: boolean;
  transferAllowList: boolean;
  /** Tag, at most 31 bytes of ASCII (stored on-chain as bytes32). */
  assetType: string;
  /** Tag, at most 31 bytes of ASCII (stored on-chain as bytes32). */
  jurisdiction: string;
}

interface DesiredClassCommon {
  id: string;
  agent: string;
  template: TemplateRef;
  /** The halos/ file that declares the class. */
  file: string;
  beacons: DesiredBeacons;
  /** Halo operator (onboards depositors, manages allow-lists). */
  operator: Address;
  freezer: Address;
  /** GovOps address to be made accordant (cBEAM) to the class's PAU. */
  govOps: Address;
  relayer: Address;
  artifact: ArtifactRef;
  /** Deployed with a signed instance approval by this APPROVER instead of by the DEPLOYER alone. */
  approval?: DesiredApproval;
  /** Class-level rate limits, in declaration order. */
  rateLimits: DesiredRateLimit[];
  source: SourceRef;
  /** Source of every declared field, keyed by dotted path relative to the class (e.g. `params.buybox.sizeMax`): `fieldSource(c, key)`. */
  fieldSources: FieldSources;
}

export interface DesiredPortfolioClass extends DesiredClassCommon {
  kind: "portfolio-lcts";
  params: { depositAsset: Address };
  units: DesiredPortfolioUnit[];
}

/**
 * A Term class is an NFAT facility. Its units (deal NFTs) are minted by the lpha-nfat beacon inside the
 * buybox, not declared in halos/.
 */
export interface DesiredTermClass extends DesiredClassCommon {
  kind: "term-nfat";
  params: { depositAsset: Address; buybox: Buybox };
  /** The deal token (INfatDealToken name / symbol). */
  dealToken: { name: string; symbol: string };
  units: [];
}

export type DesiredClass = DesiredPortfolioClass | DesiredTermClass;
export type DesiredUnit = DesiredPortfolioUnit;

/** A pre-factory Halo recorded in the registry's inventory (governance-only). */
export interface DesiredLegacyHalo {
  id: string;
  name: string;
  /** The registered agent the registry files the Halo under (`recordLegacyClass` needs one). */
  agent: string;
  /** Where `agent` is declared (the cross-file check points there). */
  agentSource: SourceRef;
  addresses: {
    controller: Address;
    almProxy: Address;
    rateLimits: Address;
    /** Any further contracts of the Halo, by name (sorted by name). */
    others: Record<string, Address>;
  };
  beaconOperator: Address;
  artifact: ArtifactRef;
  /** The template the legacy Halo conforms to, or null (does not conform). */
  conformsTo: TemplateRef | null;
  /** Where `conformsTo` is declared (the conformity check points there). */
  conformsToSource: SourceRef;
  /** Its units, recorded under it with `recordLegacyUnit` (declaration order). */
  units: DesiredLegacyUnit[];
  source: SourceRef;
}

/** A unit of a pre-factory Halo. */
export interface DesiredLegacyUnit {
  id: string;
  /** Its contracts by the name the registry records (PascalCase: `haloShareToken` → `HaloShareToken`), sorted. */
  contracts: Record<string, Address>;
  /** Where `contracts` is declared (the conformity check points there). */
  contractsSource: SourceRef;
  artifact: ArtifactRef;
  source: SourceRef;
}

export interface DesiredState {
  modelVersion: typeof DESIRED_MODEL_VERSION;
  /** The halos directory as given (display form). */
  dir: string;
  /**
   * sha256 over the tree: for each file sorted by path, `path \0 content \0`. Saved plans record it so
   * apply can tell that the tree changed since planning.
   */
  treeHash: Hex;
  /** Every file read, display form, sorted. */
  files: string[];
  templates: DesiredTemplate[];
  externalTemplates: ExternalTemplate[];
  agents: DesiredAgent[];
  classes: DesiredClass[];
  legacy: DesiredLegacyHalo[];
  /** The Prime PAUs allocating into the tree's units (halos/primes.yaml; absent when the file is). */
  primes?: DesiredPrime[];
}

/** Every unit of the tree, class by class, in declaration order. */
export function allUnits(state: DesiredState): DesiredUnit[] {
  return state.classes.flatMap((c) => c.units as DesiredUnit[]);
}

export function findClass(state: DesiredState, id: string): DesiredClass | undefined {
  return state.classes.find((c) => c.id === id);
}

/** The managed or external template a class references (always found in a loaded state). */
export function templateOf(state: DesiredState, ref: TemplateRef): DesiredTemplate | ExternalTemplate | undefined {
  return (
    state.templates.find((t) => t.id === ref.id && t.version === ref.version) ??
    state.externalTemplates.find((t) => t.id === ref.id && t.version === ref.version)
  );
}
