/**
 * observe's second refresh (the tree's names at the same block): the default path reads only what the names add to
 * the first refresh and renames its limits (chain/refresh.ts `refreshNamed`, chain/refresh-names.ts); it must give
 * exactly what a full second refresh gives (`secondRefresh: "full"`, the reference). Compared on a devnet project
 * of the scenario tree: before anything is deployed, converged (transfer limits the first refresh names by their
 * hex, destinations), with a log scan that starts after everything (the destinations, controller actions and
 * transfer keys are known only through the tree's names), and with a tree that adds a destination, a transfer
 * flow, a relayer and a GovOps the chain does not have (a cBEAM elsewhere: it joins `pas.cBeams`); through the lens
 * and per call. Each case fails when the rename, the added reads or their merge are left out.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDesiredState } from "../../load/index.js";
import type { DesiredState } from "../../model/desired.js";
import { type Observation, type ObserveInput, lastAheadOutcome, observe } from "../../plan/session.js";
import { type Project, applyUntilConverged, startProject, writeTree } from "../e2e/project.js";

const CUSTODIAN = "0x976EA74026E726554dB657fA54763abd0C3a0aa9";
const PRIME_GOVOPS = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
const NEW_RELAYER = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
const NEW_DESTINATION = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";

let p: Project;

function tree(): DesiredState {
  const loaded = loadDesiredState(join(p.dir, "halos"));
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.state;
}

/**
 * observe both ways on the same block; everything observe returns must be equal. The named one also takes its desired
 * side computed ahead from the registry's lists (`desiredAhead: "now"`, plan/desired-side.ts), the full one computes
 * it after the refresh (`"off"`): the same observation either way. `ahead`: whether the named one used it.
 */
async function both(
  state: DesiredState,
  extra: Partial<ObserveInput> = {},
): Promise<{ named: Observation; full: Observation; ahead: typeof lastAheadOutcome }> {
  const input: ObserveInput = { rpcUrl: p.anvil.url, addresses: p.d.addresses, state, fromBlock: p.d.deployBlock, ...extra };
  const named = await observe({ ...input, desiredAhead: "now" });
  const ahead = lastAheadOutcome;
  const full = await observe({ ...input, blockNumber: named.observed.blockNumber, secondRefresh: "full", desiredAhead: "off" });
  expect(lastAheadOutcome).toBe("off");
  expect(Object.keys(named.observed.resources)).toEqual(Object.keys(full.observed.resources));
  expect(named.observed).toEqual(full.observed);
  expect(named.desired).toEqual(full.desired);
  expect(named.operationTimestamps).toEqual(full.operationTimestamps);
  expect(named.rangeErrors).toEqual(full.rangeErrors);
  expect(named.undeclaredPrimes).toEqual(full.undeclaredPrimes);
  expect(named.roles).toEqual(full.roles);
  expect(named.factory).toEqual(full.factory);
  // never more requests than the full second refresh (which pins the block again)
  expect(named.rpc.stats.httpRequests).toBeLessThan(full.rpc.stats.httpRequests);
  return { named, full, ahead };
}

const lensModes = [
  { name: "the lens", lens: true },
  { name: "per call (HALO_LENS=0)", lens: false },
] as const;

describe("observe's second refresh: only what the tree's names add", () => {
  beforeAll(async () => {
    p = await startProject();
    writeTree(p.dir, { legacy: false });
  }, 120_000);
  afterAll(async () => {
    await p?.stop();
  });

  it.each(lensModes)("the example tree before anything is deployed ($name)", async ({ lens }) => {
    // the factory predicts the classes: the side computed ahead (without them) is not used
    expect((await both(tree(), { lens })).ahead).toBe("stale");
  }, 120_000);

  it.each(lensModes)("converged: transfer limits renamed from their hex to the tree's flow ($name)", async ({ lens }) => {
    if (!(await p.halo(["drift"])).stdout.includes("No drift")) await applyUntilConverged(p);
    const { named, ahead } = await both(tree(), { lens });
    // everything deployed: the side computed ahead from the registry's lists is the one used
    expect(ahead).toBe("used");
    const r = named.observed.resources;
    // the first refresh names these keys by their hex: only the rename gives them the tree's flow
    expect(r["class.acme-mmf.rateLimit.transfer-to-custodian"]).toBeDefined();
    expect(Object.keys(r).some((a) => /\.rateLimit\.0x[0-9a-f]{64}$/.test(a))).toBe(false);
    expect(r[`class.acme-mmf.destination.${CUSTODIAN.toLowerCase()}`]).toBeDefined();
  }, 600_000);

  it.each(lensModes)("a log scan that starts after everything: destinations, actions and transfer keys only through the names ($name)", async ({ lens }) => {
    const latest = await p.rpc<string>("eth_blockNumber");
    const { named } = await both(tree(), { lens, fromBlock: BigInt(latest) });
    const r = named.observed.resources;
    // read only because the tree names them (the additions)
    expect(r[`class.acme-mmf.destination.${CUSTODIAN.toLowerCase()}`]).toBeDefined();
    expect(r["class.acme-mmf.rateLimit.transfer-to-custodian"]).toBeDefined();
    expect(named.observed.controllerActions.length).toBeGreaterThan(0);
  }, 120_000);

  it.each(lensModes)("a tree adding a destination, a transfer flow, a relayer and a GovOps the chain lacks ($name)", async ({ lens }) => {
    const file = join(p.dir, "halos", "acme", "mmf.yaml");
    const text = readFileSync(file, "utf8");
    const primesFile = join(p.dir, "halos", "primes.yaml");
    const primes = readFileSync(primesFile, "utf8");
    try {
      // without the Prime, nothing but the class's new GovOps candidate reads the Prime's GovOps
      rmSync(primesFile);
      writeFileSync(
        file,
        text
          .replace(/^govOps: .*$/m, `govOps: "${PRIME_GOVOPS}"`)
          .replace(/^relayer: .*$/m, `relayer: "${NEW_RELAYER}"`)
          .replace(
            /^rateLimits:\n/m,
            `rateLimits:\n  transfer-to-treasury:\n    destination: "${NEW_DESTINATION}"\n    maxAmount: 1_000e18\n    slopePerDay: 1_000e18\n`,
          ),
      );
      const { named, ahead } = await both(tree(), { lens });
      expect(ahead).toBe("used");
      // the Prime's GovOps is a cBEAM in PAS: read as the class's candidate, it joins the observed cBEAMs
      expect(named.observed.pas.cBeams).toContain(PRIME_GOVOPS.toLowerCase());
    } finally {
      writeFileSync(file, text);
      writeFileSync(primesFile, primes);
    }
  }, 120_000);
});
