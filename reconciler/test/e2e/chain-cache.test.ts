/**
 * Who uses the history cache (chain/history-cache.ts): `halo plan` and `halo drift` by default, in
 * `<project>/out/.cache/history-*`, with the same output as without it; `--no-chain-cache` and HALO_CHAIN_CACHE=0
 * turn it off; `halo apply` never reads or writes it.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Project, startProject } from "./project.js";

describe("the history cache in the CLI", () => {
  let p: Project;
  const cacheDir = () => join(p.dir, "out", ".cache");
  const historyFiles = () => (existsSync(cacheDir()) ? readdirSync(cacheDir()).filter((f) => f.startsWith("history-")) : []);
  const kinds = () => historyFiles().map((f) => f.replace(/-[0-9a-f]+\.bin$/, "")).sort();
  const clear = () => {
    for (const f of historyFiles()) rmSync(join(cacheDir(), f));
  };

  beforeAll(async () => {
    p = await startProject();
    await p.rpc("anvil_mine", ["0x50"]); // a finalized block after the deployment (anvil: latest − 64)
  }, 300_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("plan and drift write it and print what they print without it; --no-chain-cache and HALO_CHAIN_CACHE=0 do not", async () => {
    clear();
    const reference = await p.halo(["plan", "--no-chain-cache"]);
    expect(reference.stderr).toBe("");
    expect(historyFiles()).toEqual([]);
    const off = await p.halo(["plan"], undefined, { HALO_CHAIN_CACHE: "0" });
    expect(off.stdout).toBe(reference.stdout);
    expect(historyFiles()).toEqual([]);

    const cold = await p.halo(["plan"]);
    // nothing deployed yet: no unit contract has role logs to keep (the factory's history is empty)
    expect(kinds()).toEqual(["history-deployments", "history-pas-logs"]);
    const warm = await p.halo(["plan"]);
    expect(cold.stdout).toBe(reference.stdout);
    expect(warm.stdout).toBe(reference.stdout);

    clear();
    const driftOff = await p.halo(["drift", "--no-chain-cache"]);
    expect(historyFiles()).toEqual([]);
    const drift = await p.halo(["drift"]);
    expect(kinds()).toEqual(["history-deployments", "history-pas-logs"]);
    expect(drift.code).toBe(driftOff.code);
    expect(drift.stdout).toBe(driftOff.stdout);
  }, 300_000);

  it("apply reads everything from the node: it writes no history cache", async () => {
    clear();
    const applied = await p.halo(["apply", "--auto-approve"]);
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    expect(historyFiles()).toEqual([]);
    // and the plan after it (with the cache) is the plan without it
    const plan = await p.halo(["plan"]);
    expect(kinds()).toContain("history-deployments");
    expect(plan.stdout).toBe((await p.halo(["plan", "--no-chain-cache"])).stdout);
  }, 300_000);
});
