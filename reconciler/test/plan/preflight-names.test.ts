/**
 * plan/preflight.ts `contractNames`: the names of the addresses a preflight message can name, and the RateLimits set,
 * built in one pass over the observed resources only for the wanted addresses — against the scan of every resource
 * it replaces (kept here as the reference: the last resource naming an address wins), on random observed states.
 */
import { describe, expect, it } from "vitest";
import type { ObservedState, Resource } from "../../model/observed.js";
import { contractNames } from "../../plan/preflight.js";
import { prng } from "../helpers.js";

const lc = (s: string) => s.toLowerCase();

/** The scan runPreflight did before (session 8). */
function reference(observed: ObservedState) {
  const names: Record<string, string> = {};
  for (const [k, v] of Object.entries(observed.system)) if (typeof v === "string") names[lc(v)] = k;
  for (const [address, r] of Object.entries(observed.resources)) {
    if (r.type === "prime" && typeof r.fields.rateLimits === "string") names[lc(r.fields.rateLimits)] = `${address}'s RateLimits`;
    if (r.type !== "class") continue;
    for (const f of ["rateLimits", "controller"] as const)
      if (typeof r.fields[f] === "string") names[lc(r.fields[f])] = `${address}'s ${f === "rateLimits" ? "RateLimits" : "HaloController"}`;
  }
  const isRl = (t: string) =>
    Object.values(observed.resources).some((r) => (r.type === "class" || r.type === "prime") && lc(String(r.fields.rateLimits ?? "")) === t);
  return { names, isRl };
}

describe("preflight's contract names", () => {
  it("equal the full scan's for every wanted address, on random observed states", () => {
    const random = prng(0x9f1);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    // a small pool of addresses in both cases, so that resources and system contracts share some
    const pool = Array.from({ length: 12 }, (_, i) => `0x${(0xabc00 + i).toString(16).padStart(40, "0")}`.replace(/a/g, i % 2 ? "A" : "a"));
    for (let trial = 0; trial < 200; trial++) {
      const resources: Record<string, Resource> = {};
      const count = Math.floor(random() * 30);
      for (let i = 0; i < count; i++) {
        const type = pick(["class", "prime", "unit", "rateLimit"] as const);
        const fields: Resource["fields"] = {};
        if (random() < 0.8) fields.rateLimits = random() < 0.9 ? pick(pool) : 7n;
        if (random() < 0.6) fields.controller = pick(pool);
        resources[`${type}.r${i}`] = { type, fields } as Resource;
      }
      const system = { beamState: pick(pool), timelock: pick(pool), factory: pick(pool) };
      const observed = { system, resources } as unknown as ObservedState;
      const wanted = new Set(pool.filter(() => random() < 0.5).map(lc));
      const got = contractNames({ observed }, wanted);
      const ref = reference(observed);
      for (const t of wanted) {
        expect(got.names[t]).toBe(ref.names[t]);
        expect(got.rateLimits.has(t)).toBe(ref.isRl(t));
      }
      expect(Object.keys(got.names).every((a) => wanted.has(a))).toBe(true);
    }
  });

  it("scans nothing when no address is wanted", () => {
    const resources = new Proxy({}, { ownKeys: () => { throw new Error("scanned"); } });
    const got = contractNames({ observed: { system: {}, resources } as unknown as ObservedState }, new Set());
    expect(got.names).toEqual({});
    expect(got.rateLimits.size).toBe(0);
  });
});
