/**
 * The desired model of the Prime side (halos/primes.yaml, schemas/prime.schema.json): the Prime PAUs that allocate
 * into Halo units, the rate limits on each Prime's RateLimits toward each target (PAS init + SORL target), and the
 * Prime's GovOps (cBEAM) that signs the ramp. Normalized like the rest of the desired model (reconciler/model/desired.ts):
 * amounts are bigints in base units, slopes per second, addresses checksummed.
 */
import type { Address } from "viem";
import type { SourceRef } from "./desired.js";

/** How the Prime's controller derives its rate-limit keys (schemas/prime.schema.json `keyDerivation`). */
export type PrimeKeyDerivation = "spark-alm";

/** `deposit` into the target, `redeem` out of it. */
export type PrimeFlow = "deposit" | "redeem";

export interface PrimeLimitValues {
  maxAmount: bigint;
  slopePerSecond: bigint;
}

export interface DesiredPrimeLimit {
  flow: PrimeFlow;
  /** `BeamState.initRateLimits[key][rateLimits]`: what GovOps may set at once (Core Council, timelocked). */
  init: PrimeLimitValues;
  /** What GovOps ramps to under SORL through `Configurator.setRateLimit`. */
  target: PrimeLimitValues;
  source: SourceRef;
}

export interface DesiredPrimeAllocation {
  /** A Portfolio unit id or a Term class id of the tree. */
  target: string;
  /** Where `target` is declared. */
  targetSource: SourceRef;
  limits: DesiredPrimeLimit[];
  source: SourceRef;
}

export interface DesiredPrime {
  id: string;
  name: string;
  controller: Address;
  almProxy: Address;
  rateLimits: Address;
  keyDerivation: PrimeKeyDerivation;
  /** The Prime's GovOps: a cBEAM granted on the Prime's RateLimits. */
  govOps: Address;
  allocations: DesiredPrimeAllocation[];
  /**
   * `offboard: true`: the Prime leaves the Halos. Every limit toward a Halo target is torn down (deposit at once,
   * redeem once the Prime holds nothing there), then its GovOps' cBEAM grant on the Prime's RateLimits is revoked.
   * It declares no allocations.
   */
  offboard: boolean;
  source: SourceRef;
}
