/**
 * Why SORL alone cannot reach a declared rate limit, and who can unblock it with which call — said at plan time,
 * where the planner refuses the change (`planRamp` in plan/sorl.ts returns `blocked`).
 *
 * PAS's rule (docs/pas-handoff.md): GovOps' `Configurator.setRateLimit` may raise a field to at most
 * max(init, current, current × maxChange / 1e18), once per `hop`. So a value that rounds back to itself
 * (a slope set to 1 by hand: 1 × 1.25 = 1), a key without an init, a RateLimits without a hop or an unlimited
 * init can never be raised by GovOps: only the Core Council can change the rule's inputs in BeamState
 * (`addInitRateLimits`, `setHop`, `setMaxChange` through the PAS Timelock; `delInitRateLimits` directly).
 */
import type { Address, Hex } from "viem";
import { MAX_UINT256, type RampInput, WAD, ceilingOf, isUnlimited } from "./sorl.js";

export type BlockedCause = "unlimited-init" | "unlimited-desired" | "no-hop" | "no-init" | "no-room" | "too-many-steps";

const TIMELOCKED = "on the PAS Timelock (Core Council scheduleBatch, executeBatch after the delay)";

/** The least maxChange (WAD) with c × maxChange / 1e18 > c: ceil((c + 1) × 1e18 / c). */
function growing(c: bigint): bigint {
  return ((c + 1n) * WAD + c - 1n) / c;
}

function amount(v: bigint): string {
  return v === MAX_UINT256 ? "max uint256" : v.toString();
}

/** The cause of a blocked ramp, recomputed from the ramp's inputs (the same order of checks as `planRamp`). */
export function blockedCause(input: RampInput): { cause: BlockedCause; field?: "maxAmount" | "slope" } {
  const init = input.init ?? { maxAmount: 0n, slope: 0n };
  if (isUnlimited(init)) return { cause: "unlimited-init" };
  if (input.desired.maxAmount === MAX_UINT256) return { cause: "unlimited-desired" };
  for (const field of ["maxAmount", "slope"] as const) {
    const c = input.current[field];
    if (input.desired[field] <= c) continue;
    if (input.sorl.hop === 0n) return { cause: "no-hop" };
    if (ceilingOf(c, init[field], input.sorl.maxChange) <= c) return { cause: c === 0n ? "no-init" : "no-room", field };
  }
  return { cause: "too-many-steps" };
}

/** `blocked`, followed by the recovery path: which actor, which call, with the key and RateLimits filled in. */
export function explainBlockedRamp(blocked: string, input: RampInput, at: { rateLimits: Address; key: Hex }): string {
  const { cause, field } = blockedCause(input);
  const { rateLimits: rl, key } = at;
  const want = `${amount(input.desired.maxAmount)}, ${amount(input.desired.slope)}`;
  const addInit = `BeamState.addInitRateLimits(${key}, ${rl}, ${want})`;
  const hasInit = input.init !== undefined && (input.init.maxAmount !== 0n || input.init.slope !== 0n);
  const replaceInit = hasInit
    ? `the Core Council removes the init (BeamState.delInitRateLimits(${key}, ${rl}), direct) and schedules ${addInit} ${TIMELOCKED}`
    : `the Core Council schedules ${addInit} ${TIMELOCKED}`;
  let recovery: string;
  switch (cause) {
    case "unlimited-init":
      recovery = `the Core Council removes the unlimited init (BeamState.delInitRateLimits(${key}, ${rl}), direct) and schedules a finite one (addInitRateLimits ${TIMELOCKED}); or declare the rate limit unlimited`;
      break;
    case "unlimited-desired":
      recovery = `${replaceInit.replace(addInit, `BeamState.addInitRateLimits(${key}, ${rl}, max uint256, 0)`)}; GovOps then sets it unlimited`;
      break;
    case "no-hop":
      recovery = `the Core Council schedules BeamState.setHop(${rl}, <seconds>) ${TIMELOCKED}; until then GovOps can only lower it`;
      break;
    case "no-init":
      recovery = `${replaceInit}; GovOps then sets it in one increase (\`halo plan\` plans it once the init is on chain)`;
      break;
    case "no-room": {
      const c = input.current[field!];
      const mc = input.sorl.maxChange;
      recovery =
        `${field} ${c} × maxChange ${mc}/${WAD} rounds back to ${c}, so SORL can never raise it: ${replaceInit}, ` +
        `and GovOps raises it to the init in one increase; or the Core Council schedules BeamState.setMaxChange(${rl}, ${growing(c)}) ${TIMELOCKED}, the least maxChange that lets ${c} grow`;
      break;
    }
    case "too-many-steps":
      recovery = `${replaceInit} so the ramp starts higher, or declare an intermediate value and ramp in stages`;
      break;
  }
  return `${blocked}. Recovery: ${recovery}`;
}
