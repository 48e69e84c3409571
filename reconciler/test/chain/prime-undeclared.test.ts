/**
 * chain/prime-undeclared.ts without a chain: which RateLimits are candidates (none of a declared Prime, class or
 * pre-factory Halo), that nothing is read or derived when there is none, and the one-line refusal. The reads and the
 * refusal of `halo plan` / `halo apply` on a devnet: reconciler/test/e2e/prime.test.ts ("a Prime deleted outright").
 */
import type { Address, Client } from "viem";
import { describe, expect, it } from "vitest";
import { undeclaredPrimeLimits, undeclaredPrimeMessage } from "../../chain/prime-undeclared.js";
import type { DesiredState } from "../../model/desired.js";
import type { ObservedState } from "../../model/observed.js";

const CLASS_RL = "0x00000000000000000000000000000000000000c1";
const PRIME_RL = "0x00000000000000000000000000000000000000d1";
const OTHER_RL = "0x00000000000000000000000000000000000000e1";

/** A client that fails the test if anything is read. */
const noReads = new Proxy({}, { get: () => { throw new Error("nothing should be read"); } }) as unknown as Client;

function observed(): ObservedState {
  return { blockNumber: 1n, system: {}, pas: { hop: { [CLASS_RL]: 0n } }, resources: {} } as unknown as ObservedState;
}

describe("undeclaredPrimeLimits", () => {
  it("no candidate (every RateLimits with init logs is a class's, a declared Prime's or the fallback): nothing is read", async () => {
    const state = { classes: [], legacy: [], primes: [{ rateLimits: PRIME_RL as Address }] } as unknown as DesiredState;
    const keys = new Map([
      [CLASS_RL, new Set(["0x01"])],
      [PRIME_RL, new Set(["0x02"])],
      ["0x0000000000000000000000000000000000000000", new Set(["0x03"])],
    ]);
    expect(await undeclaredPrimeLimits(noReads, state, observed(), keys)).toEqual([]);
  });

  it("a candidate whose keys are toward no deployed target of the tree (another PAU's limits): nothing is read", async () => {
    const state = { classes: [], legacy: [], primes: [] } as unknown as DesiredState;
    expect(await undeclaredPrimeLimits(noReads, state, observed(), new Map([[OTHER_RL, new Set(["0x04"])]]))).toEqual([]);
  });

  it("the refusal is one line: the RateLimits, the flows, the fix", () => {
    const m = undeclaredPrimeMessage({ rateLimits: OTHER_RL as Address, flows: [{ target: "acme-mmf-senior", flow: "deposit" }, { target: "acme-mmf-senior", flow: "redeem" }] });
    expect(m.split("\n")).toHaveLength(1);
    expect(m).toBe(
      `halos/primes.yaml: a Prime with RateLimits ${OTHER_RL} is not declared but still holds limits toward acme-mmf-senior deposit, acme-mmf-senior redeem: a Prime deleted from primes.yaml is not offboarded (nothing would read or close its limits) — keep its entry with \`offboard: true\` and \`allocations: []\` until the plan says "No changes.", then remove it`,
    );
  });
});
