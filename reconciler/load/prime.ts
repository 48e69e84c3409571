/**
 * halos/primes.yaml (schema-valid) → the Prime part of the desired model (reconciler/model/prime.ts), and the checks
 * that need the rest of the tree (every allocation names a Portfolio unit or a Term class of the tree).
 */
import type { PrimesFile } from "../types/generated.js";
import type { DesiredClass, SourceRef } from "../model/desired.js";
import type { DesiredPrime, DesiredPrimeLimit, PrimeFlow } from "../model/prime.js";
import { slopePerSecond } from "./amounts.js";
import type { Normalizer } from "./normalize.js";

const FLOWS: readonly PrimeFlow[] = ["deposit", "redeem"];

export function normalizePrimes(n: Normalizer, data: PrimesFile): DesiredPrime[] {
  return data.primes.map((prime, i): DesiredPrime => {
    if (prime.offboard === true && prime.allocations.length > 0)
      n.fail(
        ["primes", i, "allocations"],
        "an offboarded Prime declares no allocations: `offboard: true` tears every one down (remove them, leave `allocations: []`)",
      );
    const seen = new Map<string, number>();
    const allocations = prime.allocations.map((allocation, j) => {
      const at = ["primes", i, "allocations", j] as const;
      const previous = seen.get(allocation.target);
      if (previous !== undefined)
        n.fail([...at, "target"], `"${allocation.target}" is already allocated to at allocations[${previous}]: one entry per target`);
      else seen.set(allocation.target, j);
      const limits: DesiredPrimeLimit[] = [];
      for (const flow of FLOWS) {
        if (allocation.rateLimits[flow] === undefined) continue;
        const base = [...at, "rateLimits", flow];
        const values = (which: "init" | "target") => ({
          maxAmount: n.limitAmount([...base, which, "maxAmount"]),
          slopePerSecond: slopePerSecond(n.limitAmount([...base, which, "slopePerDay"])),
        });
        limits.push({ flow, init: values("init"), target: values("target"), source: n.ref(base) });
      }
      return { target: allocation.target, targetSource: n.ref([...at, "target"]), limits, source: n.ref([...at]) };
    });
    return {
      id: prime.id,
      name: prime.name,
      controller: n.address(prime.pau.controller),
      almProxy: n.address(prime.pau.almProxy),
      rateLimits: n.address(prime.pau.rateLimits),
      keyDerivation: prime.keyDerivation ?? "spark-alm",
      govOps: n.address(prime.govOps),
      allocations,
      offboard: prime.offboard ?? false,
      source: n.ref(["primes", i]),
    };
  });
}

/** What a Prime allocation's target is in the tree: a Portfolio unit (with its class) or a Term class. */
export type PrimeTarget =
  | { kind: "unit"; classId: string; unitId: string }
  | { kind: "term-class"; classId: string };

export function resolvePrimeTarget(classes: readonly DesiredClass[], id: string): PrimeTarget | undefined {
  for (const c of classes) {
    if (c.kind === "term-nfat" && c.id === id) return { kind: "term-class", classId: c.id };
    if (c.kind === "portfolio-lcts" && c.units.some((u) => u.id === id)) return { kind: "unit", classId: c.id, unitId: id };
  }
  return undefined;
}

/** Cross-file checks: every target resolves; every Prime's id is unique in the tree's namespace (`claim`). */
export function checkPrimes(
  primes: readonly DesiredPrime[],
  classes: readonly DesiredClass[],
  claim: (id: string, what: string, ref: SourceRef, suffix?: string) => void,
  cross: (ref: SourceRef, message: string) => void,
): void {
  for (const prime of primes) {
    claim(prime.id, "Prime", prime.source, ".id");
    for (const a of prime.allocations) {
      if (resolvePrimeTarget(classes, a.target) === undefined)
        cross(
          a.targetSource,
          `"${a.target}" is neither a Portfolio unit nor a Term class declared in halos/ (a Prime allocates into a unit of a Portfolio class or into a Term class)`,
        );
    }
  }
}
