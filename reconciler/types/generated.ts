/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Generated from the desired-state schemas in schemas/ by reconciler/scripts/gen-types.ts (npm run gen).
 * A test fails when this file is stale; change the schemas and regenerate instead.
 */

/**
 * A lowercase kebab-case identifier, at most 31 characters (it fits a bytes32 short string on-chain). Ids are unique across the whole tree.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * An EVM address: 0x followed by 40 hex digits. Mixed case must be a valid EIP-55 checksum; the loader normalises every address to its checksum form.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Address".
 */
export type Address = `0x${string}`;
/**
 * A SHA-256 content hash: 64 hex digits, optionally 0x-prefixed. Normalised to 0x-prefixed lowercase.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Sha256".
 */
export type Sha256 = string;
/**
 * halos/<agent>/<class>.yaml: one Halo Class (its PAU, beacon, buybox / deposit asset, template) and, for Portfolio classes, its units. `kind` selects the shape and must match the template's kind.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "ClassFile".
 */
export type ClassFile = PortfolioClassFile | TermClassFile;
/**
 * A rate-limit amount: an Amount, or "unlimited" (type(uint256).max on-chain).
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "LimitAmount".
 */
export type LimitAmount = string | number;
/**
 * A token amount in base units: digits with optional `_` separators, an optional decimal part and an optional exponent, e.g. "10_000_000e18", "2.5e6", "0". The value must be a whole number of base units. Plain YAML integers are accepted too.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Amount".
 */
export type Amount = string | number;
/**
 * Basis points: an integer from 0 to 10000 (100%).
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Bps".
 */
export type Bps = number;
/**
 * A duration: whole seconds as an integer, or digits followed by a unit: s (seconds), h (hours), d (days), w (weeks), y (365 days), e.g. "90d", "2y".
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Duration".
 */
export type Duration = string | number;
/**
 * The kind of class a template deploys: portfolio-lcts (PORTFOLIO_LCTS, pooled LCTS units) or term-nfat (TERM_NFAT, an NFAT facility).
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TemplateKind".
 */
export type TemplateKind = "portfolio-lcts" | "term-nfat";

/**
 * Index of the desired-state file kinds (a generated root, not a file kind itself).
 */
export interface DesiredStateFiles {
  agent?: AgentFile;
  class?: ClassFile;
  templates?: TemplatesFile;
  legacy?: LegacyFile;
  prime?: PrimesFile;
  artifact?: ArtifactDocument;
}
/**
 * halos/<agent>/agent.yaml: one Halo Agent, the operating entity that owns the classes declared next to this file.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "AgentFile".
 */
export interface AgentFile {
  agent: Id;
  /**
   * Human-readable legal / trading name of the agent.
   */
  name: string;
  operator: Address;
  artifact: Artifact;
}
/**
 * A link to an off-chain Artifact document and the SHA-256 of its content, recorded on-chain so the document can be checked.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Artifact".
 */
export interface Artifact {
  /**
   * Where the document lives, as a URI (e.g. ipfs://…, https://…).
   */
  uri: string;
  sha256: Sha256;
}
/**
 * An LCTS Portfolio class: pooled capital, fungible unit shares, queue-based settlement by the lpha-lcts beacon.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "PortfolioClassFile".
 */
export interface PortfolioClassFile {
  class: Id;
  /**
   * portfolio-lcts for this shape.
   */
  kind: "portfolio-lcts";
  agent: Id;
  template: TemplateRef;
  /**
   * Class parameters of a Portfolio class.
   */
  params: {
    depositAsset: Address;
  };
  /**
   * Beacon operators (pBEAM) of the class.
   */
  beacons: {
    "lpha-lcts": Address;
  };
  operator: Address;
  freezer: Address;
  govOps: Address;
  relayer: Address;
  artifact: Artifact;
  approval?: Approval;
  /**
   * Class-level rate limits by flow. Portfolio classes have transfer flows only: `transfer-to-<name>`.
   */
  rateLimits?: {
    [k: string]: TransferRateLimit | undefined;
  };
  /**
   * The class's units (LCTS share token + SubscribeQueue + RedeemQueue each).
   */
  units?: PortfolioUnit[];
}
/**
 * A reference to one version of a template in the template registry.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TemplateRef".
 */
export interface TemplateRef {
  id: Id;
  /**
   * The template version, a positive integer.
   */
  version: number;
}
/**
 * The APPROVER of the HaloFactory whose signed EIP-712 instance approval deploys this class or unit (deployClassWithApproval / deployUnitWithApproval). The plan predicts the addresses for this signer (the factory binds the authoriser into every CREATE2 salt); `halo approve` prepares or signs the approval; `halo apply` refuses the deployment without a valid one by this signer.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Approval".
 */
export interface Approval {
  signer: Address;
  /**
   * eoa (default): a key or hardware wallet signs the typed data; safe: the Safe's owners sign its SafeMessage (ERC-1271).
   */
  kind?: "eoa" | "safe";
}
/**
 * Rate limit of the relayer moving an asset from the class's ALMProxy to one approved destination (LIMIT_TRANSFER, asset, destination). The destination is approved on the Controller as part of the plan.
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^transfer-to-[a-z0-9]+(-[a-z0-9]+)*$".
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^transfer-to-[a-z0-9]+(-[a-z0-9]+)*$".
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TransferRateLimit".
 */
export interface TransferRateLimit {
  destination: Address;
  asset?: Address;
  maxAmount: LimitAmount;
  slopePerDay: LimitAmount;
}
/**
 * One Portfolio Halo Unit: a share token with its SubscribeQueue and RedeemQueue.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "PortfolioUnit".
 */
export interface PortfolioUnit {
  id: Id;
  token: TokenNaming;
  /**
   * Unit parameters; checked against the template's unit ranges at plan time.
   */
  params: {
    /**
     * Position of the unit in the class's loss waterfall.
     */
    seniority: "senior" | "mezzanine" | "junior";
    capacity: Amount;
    targetYieldBps: Bps;
    maxRateIncreaseBps: Bps;
    minDeposit?: Amount;
    initialExchangeRate: Amount;
  };
  /**
   * Unit-level rate limits by flow: subscribe-settle (queue → ALMProxy, LIMIT_UNIT_INFLOW) and redeem-settle (ALMProxy → queue, LIMIT_UNIT_OUTFLOW), both in the deposit asset.
   */
  rateLimits?: {
    "subscribe-settle"?: RateLimit;
    "redeem-settle"?: RateLimit;
  };
  artifact: Artifact;
  approval?: Approval;
}
/**
 * ERC-20 / ERC-721 name and symbol of a token the factory deploys.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TokenNaming".
 */
export interface TokenNaming {
  /**
   * Token name, e.g. "Acme MMF Senior".
   */
  name: string;
  /**
   * Token symbol, e.g. "acMMF-S".
   */
  symbol: string;
}
/**
 * A linear-replenishing rate limit: at most maxAmount available, refilled at slopePerDay (converted to per second on-chain: floor(slopePerDay / 86400)).
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "RateLimit".
 */
export interface RateLimit {
  maxAmount: LimitAmount;
  slopePerDay: LimitAmount;
}
/**
 * An NFAT Term class: an NFAT facility (deposit queue, ERC-721 deal token, redeem contract) bound by a buybox. Its units are deal NFTs minted by the lpha-nfat beacon, not declared here.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TermClassFile".
 */
export interface TermClassFile {
  class: Id;
  /**
   * term-nfat for this shape.
   */
  kind: "term-nfat";
  agent: Id;
  template: TemplateRef;
  /**
   * Class parameters of a Term class: deposit asset and buybox, fixed at deployment.
   */
  params: {
    depositAsset: Address;
    buybox: Buybox;
  };
  dealToken: TokenNaming;
  /**
   * Beacon operators (pBEAM) of the class: both are needed to move a book to DEPLOYING.
   */
  beacons: {
    "lpha-nfat": Address;
    "lpha-attest": Address;
  };
  operator: Address;
  freezer: Address;
  govOps: Address;
  relayer: Address;
  artifact: Artifact;
  approval?: Approval;
  /**
   * Class-level rate limits by flow: facility-claim (facility → ALMProxy, LIMIT_UNIT_INFLOW), redeem-fund (ALMProxy → redeem contract, LIMIT_UNIT_OUTFLOW), both in the deposit asset, and transfer flows `transfer-to-<name>`.
   */
  rateLimits?: {
    "facility-claim"?: RateLimit;
    "redeem-fund"?: RateLimit;
    [k: string]: TransferRateLimit | RateLimit | undefined;
  };
}
/**
 * The parameter ranges the facility accepts; the beacon acts autonomously inside it, anything outside needs governance.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Buybox".
 */
export interface Buybox {
  termMin: Duration;
  termMax: Duration;
  sizeMin: Amount;
  sizeMax: Amount;
  apyMinBps: Bps;
  apyMaxBps: Bps;
  /**
   * true: only depositors the operator onboarded may deposit; false: open to any Prime.
   */
  restrictedDepositors: boolean;
  /**
   * true: deal NFTs transfer only to allow-listed receivers (KYC); false: freely transferable.
   */
  transferAllowList: boolean;
  /**
   * Asset-type tag, e.g. senior-secured-loan (printable ASCII, at most 31 bytes: stored as bytes32).
   */
  assetType: string;
  /**
   * Jurisdiction tag, e.g. US-DE (printable ASCII, at most 31 bytes: stored as bytes32).
   */
  jurisdiction: string;
}
/**
 * halos/templates.yaml: the template versions whose registry status this tree manages (governance actions through the timelock), and templates used here but managed elsewhere.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TemplatesFile".
 */
export interface TemplatesFile {
  /**
   * Managed template versions and the status each should have on-chain. Unique per (id, version).
   */
  templates: ManagedTemplate[];
  /**
   * Template versions classes may use whose status is not managed by this tree (the planner only checks they are approved).
   */
  external?: ExternalTemplateEntry[];
}
/**
 * One template version and the status governance wants for it.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "ManagedTemplate".
 */
export interface ManagedTemplate {
  id: Id;
  /**
   * Template version, a positive integer.
   */
  version: number;
  kind: TemplateKind;
  /**
   * Wanted status: approved (deployable), deprecated (no new deployments, existing untouched) or revoked (existing instances flagged).
   */
  status: "approved" | "deprecated" | "revoked";
  audit: Artifact;
  proposal?: TemplateProposal;
}
/**
 * How to propose a new template version from an earlier one.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TemplateProposal".
 */
export interface TemplateProposal {
  /**
   * The earlier version (on chain) whose implementations and code hashes the new version keeps.
   */
  basedOn: number;
  /**
   * Parameter ranges replacing (or added to) the earlier version's, keyed `class.<name>` or `unit.<name>` (e.g. unit.capacity).
   */
  ranges?: {
    [k: string]:
      | {
          min: Amount;
          max: Amount;
        }
      | undefined;
  };
  /**
   * New implementations (clone targets) replacing the earlier version's, keyed by component name (e.g. ALMProxy, SubscribeQueue; components not given are kept). `halo plan` reads each address's runtime code on chain and refuses a missing code or a code hash other than the declared one.
   */
  implementations?: {
    [k: string]: TemplateImplementation | undefined;
  };
  /**
   * Day-0 settlement cycles of the new version (default: the earlier version's).
   */
  day0Cycles?: number;
}
/**
 * One implementation contract of a proposed template version and the keccak-256 of its runtime code (extcodehash), which the registry re-checks at proposal and at every deployment.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "TemplateImplementation".
 */
export interface TemplateImplementation {
  address: Address;
  /**
   * keccak-256 of the implementation's runtime code (0x + 64 hex digits).
   */
  codeHash: string;
}
/**
 * A template version used by classes in this tree but approved and managed outside it.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "ExternalTemplateEntry".
 */
export interface ExternalTemplateEntry {
  id: Id;
  /**
   * Template version, a positive integer.
   */
  version: number;
  kind: TemplateKind;
}
/**
 * halos/legacy.yaml: pre-factory Halos recorded in the Halo registry's inventory (governance only).
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "LegacyFile".
 */
export interface LegacyFile {
  /**
   * The pre-factory Halos, one entry each.
   */
  legacy: LegacyHalo[];
}
/**
 * One Halo deployed before the factory existed.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "LegacyHalo".
 */
export interface LegacyHalo {
  id: Id;
  /**
   * Human-readable name.
   */
  name: string;
  agent: Id;
  /**
   * The Halo's deployed contracts: its PAU (controller, almProxy, rateLimits) and any further contracts by camelCase name, recorded under the PascalCase name (nfatFacility → NfatFacility).
   */
  addresses: {
    controller: Address;
    almProxy: Address;
    rateLimits: Address;
    [k: string]: Address | undefined;
  };
  beaconOperator: Address;
  artifact: Artifact;
  /**
   * The template this Halo retroactively conforms to, or null when it conforms to none.
   */
  conformsTo: TemplateRef | null;
  /**
   * The pre-factory Halo's units (Portfolio units: share token and queues), each recorded with recordLegacyUnit under this Halo. Optional; default none.
   */
  units?: LegacyUnit[];
}
/**
 * One unit of a pre-factory Halo.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "LegacyUnit".
 */
export interface LegacyUnit {
  id: Id;
  /**
   * The unit's contracts by camelCase name; recorded under the PascalCase name (haloShareToken → HaloShareToken), which is the template component's name when the Halo conforms to a template.
   */
  contracts: {
    [k: string]: Address | undefined;
  };
  artifact: Artifact;
}
/**
 * halos/primes.yaml: the Prime PAUs that allocate into Halo units, onboarded through Sky's PAS (docs/desired-state.md, 'Primes').
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "PrimesFile".
 */
export interface PrimesFile {
  /**
   * One entry per Prime.
   */
  primes: Prime[];
}
/**
 * A Prime (e.g. Spark) whose PAU allocates into Halo units, and what PAS must hold for it.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Prime".
 */
export interface Prime {
  id: Id;
  /**
   * Human-readable name.
   */
  name: string;
  pau: PrimePau;
  /**
   * How the Prime's controller derives rate-limit keys. spark-alm: keccak256(abi.encode(LIMIT_7540_DEPOSIT | LIMIT_7540_REDEEM, queue)) for a Portfolio unit's subscribe / redeem queue; keccak256(abi.encode(LIMIT_NFAT_PRIME_SUBSCRIBE, asset, facility)) / keccak256(abi.encode(LIMIT_NFAT_PRIME_WITHDRAW, facility)) for a Term class's facility.
   */
  keyDerivation?: "spark-alm";
  govOps: Address;
  /**
   * The Halo targets the Prime allocates into, each with its rate limits. Removing an entry (or a flow of it) offboards the Prime from that target: the deposit limit goes to 0 at once, the redeem limit stays open while the Prime still holds shares there, then both limits and their inits are removed (docs/operations.md, 'Offboarding a Prime').
   */
  allocations: Allocation[];
  /**
   * true: the Prime leaves the Halos. Every limit of the Prime toward a Halo target is torn down as for a removed allocation, then the Core Council revokes its GovOps' cBEAM grant on the Prime's RateLimits. allocations must be empty. Remove the entry only once the plan says 'No changes.': a Prime no longer declared is not read.
   */
  offboard?: boolean;
}
/**
 * The three contracts of a Prime's PAU, as the Prime deployed them.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "PrimePau".
 */
export interface PrimePau {
  controller: Address;
  almProxy: Address;
  rateLimits: Address;
}
/**
 * One Halo target: a Portfolio unit (by unit id) or a Term class (by class id); ids are the tree's.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "Allocation".
 */
export interface Allocation {
  target: Id;
  /**
   * The Prime's rate limits toward the target, by flow.
   */
  rateLimits: {
    deposit?: PrimeRateLimit;
    redeem?: PrimeRateLimit;
  };
}
/**
 * A rate limit on the Prime's RateLimits: the init PAS holds (the conservative first value GovOps may set at once) and the target GovOps ramps to under SORL (one increase per hop, at most x maxChange each).
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "PrimeRateLimit".
 */
export interface PrimeRateLimit {
  init: RateLimit;
  target: RateLimit;
}
/**
 * The Artifact document of a Halo Class or Unit (JSON): what the HaloRegistry's artifact (uri + sha256) points at. It names the entry's addresses, parameters, beacon operators, actors and legal endpoints; `halo verify` reads it (file, file:// or http(s) URI, or an ipfs:// URI through a local directory), checks its sha256 against the registry and compares every field with the chain, naming each mismatch. docs/artifacts.md explains each field.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "ArtifactDocument".
 */
export interface ArtifactDocument {
  /**
   * Version of this format (1).
   */
  schemaVersion: 1;
  /**
   * What the document describes.
   */
  type: "class" | "unit";
  /**
   * The chain the entry lives on.
   */
  chainId: number;
  id: Id;
  agent: Id;
  class: Id;
  /**
   * The template the entry is an instance of.
   */
  template: {
    id: Id;
    version: number;
  };
  /**
   * Every contract of the entry by its registry name (a class: ALMProxy, RateLimits, HaloController and its other contracts; a Portfolio unit: HaloShareToken, SubscribeQueue, RedeemQueue).
   */
  addresses: {
    [k: string]: Address | undefined;
  };
  /**
   * A class's operator, freezer, GovOps and deposit asset, as recorded in the registry.
   */
  actors?: {
    operator?: Address;
    freezer?: Address;
    govOps?: Address;
    depositAsset?: Address;
  };
  /**
   * The deployment parameters by their on-chain name, as decimal strings of the uint256 values the factory's ClassDeployed / UnitDeployed event carries.
   */
  params: {
    [k: string]: string | undefined;
  };
  /**
   * Beacon operators by kind (a class document; empty for a unit).
   */
  beacons: {
    [k: string]: Address | undefined;
  };
  /**
   * The legal documents of the entry (term sheet, prospectus, custody agreement, …): where each lives and the sha256 of its content. Off chain: verify checks that each is named, located and hashed.
   *
   * @minItems 1
   */
  legal: [LegalEndpoint, ...LegalEndpoint[]];
}
/**
 * One legal document.
 *
 * This interface was referenced by `DesiredStateFiles`'s JSON-Schema
 * via the `definition` "LegalEndpoint".
 */
export interface LegalEndpoint {
  name: string;
  uri: string;
  sha256: Sha256;
}
