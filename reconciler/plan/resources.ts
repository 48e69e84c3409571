/**
 * What the diff and the planner need to know about each resource type: which fields can never change on
 * chain, which are computed (predicted addresses, derived keys: carried, never compared), which are sets,
 * what happens when a resource disappears from `halos/`, and where it sits in the dependency order.
 */
import type { ResourceType } from "../model/observed.js";

export type OnRemoved =
  /** plan a removal */
  | "delete"
  /** refuse with `removeReason` (e.g. a deployed class cannot be destroyed) */
  | "refuse"
  /** leave it alone; drift reports it as not declared */
  | "ignore";

export interface ResourceTypeSpec {
  /** Fields that no transaction can change: a different desired value is refused with `immutableReason`. */
  immutable: readonly string[];
  immutableReason: string;
  /** Fields filled in by refresh or prediction (addresses, keys): never compared. */
  computed: readonly string[];
  /** Array fields compared as sets (order-insensitive). */
  sets: readonly string[];
  onRemoved: OnRemoved;
  removeReason?: string;
  /** Position in the pipeline's order: template approval → class → unit → Configurator settings → cBEAM grant. */
  tier: number;
}

const NONE: readonly string[] = [];

export const RESOURCE_TYPES: Record<ResourceType, ResourceTypeSpec> = {
  template: {
    immutable: ["kind", "beacon", "implementations", "codehashes", "ranges", "audit.sha256", "audit.uri"],
    immutableReason: "a template version is immutable once proposed: publish a new version instead",
    computed: NONE,
    sets: ["implementations", "codehashes"],
    onRemoved: "ignore",
    tier: 0,
  },
  agent: {
    immutable: NONE,
    immutableReason: "",
    computed: NONE,
    sets: ["operators"],
    onRemoved: "refuse",
    removeReason: "a registered agent cannot be removed from the Halo registry",
    tier: 1,
  },
  legacy: {
    immutable: ["addresses.*"],
    immutableReason: "a recorded pre-factory Halo keeps its addresses: record a new entry instead",
    computed: NONE,
    sets: NONE,
    onRemoved: "refuse",
    removeReason: "pre-factory records are kept for audit and cannot be removed",
    tier: 1,
  },
  legacyUnit: {
    immutable: ["contracts.*"],
    immutableReason: "a recorded pre-factory unit keeps its contracts: record a new unit instead",
    computed: NONE,
    sets: NONE,
    onRemoved: "refuse",
    removeReason: "pre-factory records are kept for audit and cannot be removed",
    tier: 2,
  },
  class: {
    immutable: ["kind", "agent", "template.id", "template.version", "params.*", "dealToken.*"],
    immutableReason:
      "on-chain classes cannot be replaced: the template and the buybox are fixed at deployment; declare a new class (new id) and migrate",
    // relayer / freezer / govOps are reconciled as member resources (class.<id>.relayer.<address>, …); the
    // class carries them so that builders know who signs for the class
    computed: ["pau", "controller", "rateLimits", "almProxy", "address.*", "relayer", "freezer", "govOps"],
    sets: ["beacons"],
    onRemoved: "refuse",
    removeReason: "a deployed class cannot be destroyed; freeze it (remove its relayers) and keep it declared",
    tier: 2,
  },
  unit: {
    immutable: ["kind", "token.*", "params.seniority", "params.initialExchangeRate"],
    immutableReason:
      "a unit's token, seniority and initial exchange rate are fixed at deployment: declare a new unit instead",
    computed: ["address.*"],
    sets: NONE,
    onRemoved: "refuse",
    removeReason: "a deployed unit cannot be destroyed; wind it down (capacity 0) and keep it declared",
    tier: 3,
  },
  init: {
    immutable: NONE,
    immutableReason: "",
    computed: ["key", "pau"],
    sets: NONE,
    // Day-0 inits come from the template, not from halos/: an init nobody declared is normal
    onRemoved: "ignore",
    tier: 4,
  },
  rateLimit: {
    immutable: NONE,
    immutableReason: "",
    computed: ["key", "pau", "lastIncreaseAt", "init.maxAmount", "init.slope"],
    sets: NONE,
    onRemoved: "delete",
    tier: 5,
  },
  relayer: { immutable: NONE, immutableReason: "", computed: NONE, sets: NONE, onRemoved: "delete", tier: 5 },
  freezer: { immutable: NONE, immutableReason: "", computed: NONE, sets: NONE, onRemoved: "delete", tier: 5 },
  govOps: { immutable: NONE, immutableReason: "", computed: NONE, sets: NONE, onRemoved: "delete", tier: 6 },
  // approving a destination waits for its controller action to be enabled through the timelock
  destination: { immutable: NONE, immutableReason: "", computed: NONE, sets: NONE, onRemoved: "delete", tier: 5 },
  // The Prime side (plan/prime.ts): the Prime's RateLimits registered in PAS, its inits, its GovOps' cBEAM, its limits.
  prime: {
    immutable: ["rateLimits", "controller", "almProxy"],
    immutableReason: "a Prime's PAU addresses are its identity in PAS: declare the new PAU as another Prime entry",
    // govOps: who signs the Prime's limits, carried for the builders (its grant is prime.<id>.govOps.<address>)
    computed: ["govOps"],
    sets: NONE,
    onRemoved: "ignore",
    tier: 2,
  },
  // held / queued / redeeming / owed / deals: what the Prime still has in the target, read on a redeem flow being torn
  // down (chain/prime.ts primeHoldings)
  primeInit: {
    immutable: NONE,
    immutableReason: "",
    computed: ["key", "rateLimits", "held", "queued", "redeeming", "owed", "deals"],
    sets: NONE,
    onRemoved: "delete",
    tier: 4,
  },
  primeRateLimit: {
    immutable: NONE,
    immutableReason: "",
    computed: ["key", "rateLimits", "target", "zzz", "init.maxAmount", "init.slope", "held", "queued", "redeeming", "owed", "deals"],
    sets: NONE,
    onRemoved: "delete",
    tier: 5,
  },
  primeGovOps: { immutable: NONE, immutableReason: "", computed: NONE, sets: NONE, onRemoved: "delete", tier: 6 },
};

/** `params.*` matches `params.capacity`; other patterns match exactly. */
export function fieldMatches(patterns: readonly string[], field: string): boolean {
  return patterns.some((p) => (p.endsWith(".*") ? field.startsWith(p.slice(0, -1)) : p === field));
}
