/**
 * The one gas limit rule for every transaction halo sends (apply's signers and the devnet sender).
 *
 * A node's estimate is the exact minimum against the latest block. A transaction whose cost depends on the block it
 * lands in (a RateLimits refill computed from the block's timestamp, a storage write that is a no-op within the
 * same second) can need a little more a block later, so the limit is the estimate plus 30 % plus 50,000 gas, never
 * above the block's gas limit (a limit above it is refused by the node). Unused gas is refunded; the margin costs
 * nothing unless used.
 */
export const GAS_MARGIN_NUMERATOR = 13n;
export const GAS_MARGIN_DENOMINATOR = 10n;
export const GAS_MARGIN_FLAT = 50_000n;

/** The gas limit to send with, from the node's estimate and (when known) the block gas limit. */
export function gasLimitFor(estimate: bigint, blockGasLimit?: bigint): bigint {
  const padded = (estimate * GAS_MARGIN_NUMERATOR) / GAS_MARGIN_DENOMINATOR + GAS_MARGIN_FLAT;
  return blockGasLimit !== undefined && padded > blockGasLimit ? blockGasLimit : padded;
}
