/**
 * End to end against anvil: a Portfolio class on a 6-decimal deposit asset. The factory scales the template's
 * Day-0 amounts (18-decimal reference units) to the asset's decimals; the plan predicts the same Day-0 inits (so a
 * unit limit above Day-0 waits for it, one at it converges), and shows every amount in the asset's units.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockERC20Abi, mockERC20Bytecode } from "../../abi/index.js";
import { DAY0_LIMIT, DAY0_SLOPE } from "../../chain/templates.js";
import { scaleDay0 } from "../../chain/names.js";
import { ACCOUNT, type Project, startProject, writeTree } from "./project.js";

const DAY = 86_400n;
const SUSDS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("a class on a 6-decimal deposit asset: plan, apply, plan again", () => {
  let p: Project;
  let usdc: Address;
  let mmf: string;
  let tree: string;

  beforeAll(async () => {
    p = await startProject();
    usdc = await p.tx.deploy(ACCOUNT.deployer, mockERC20Bytecode, "MockERC20 (USDC, 6 decimals)", {
      abi: mockERC20Abi,
      args: ["USD Coin", "USDC", 6],
    });
    writeTree(p.dir, { legacy: false });
    rmSync(join(p.dir, "halos", "bluecrest"), { recursive: true, force: true });
    rmSync(join(p.dir, "halos", "primes.yaml"), { force: true });
    mmf = join(p.dir, "halos", "acme", "mmf.yaml");
    // acme-mmf in USDC: every amount in 6-decimal base units; the unit limits at the Day-0 value (100,000 USDC)
    tree = readFileSync(mmf, "utf8")
      .replace(SUSDS, usdc)
      .replaceAll(/subscribe-settle: \{[^}]*\}/g, "subscribe-settle: { maxAmount: 100_000e6, slopePerDay: 100_000e6 }")
      .replaceAll(/redeem-settle: \{[^}]*\}/g, "redeem-settle: { maxAmount: 100_000e6, slopePerDay: 100_000e6 }")
      .replace("maxAmount: 10_000_000e18", "maxAmount: 10_000_000e6")
      .replace("slopePerDay: 10_000_000e18", "slopePerDay: 10_000_000e6")
      .replace("capacity: 50_000_000e18", "capacity: 50_000_000e6")
      .replace("capacity: 10_000_000e18", "capacity: 10_000_000e6")
      .replace("minDeposit: 1_000e18", "minDeposit: 1_000e6");
    expect(tree).toContain(usdc);
    expect(tree).not.toMatch(/(maxAmount|slopePerDay|capacity|minDeposit): [0-9_]+e18/);
    writeFileSync(mmf, tree);
  }, 120_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("plan: amounts in the asset's units", async () => {
    const r = await p.halo(["plan"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("maxAmount = 100,000 (6 decimals)");
    expect(r.stdout).toContain("maxAmount = 10,000,000 (6 decimals)");
    expect(r.stdout).toContain("capacity = 50,000,000 (6 decimals)");
    expect(r.stdout).not.toMatch(/0\.0000000\d* \(18 decimals\)/);
  });

  it("plan: a unit limit above the Day-0 value waits for Day-0 (the predicted init is the scaled one)", async () => {
    // 200,000 USDC is above the Day-0 value the factory seeds (100,000 USDC = 100_000e6): the plan sets the Day-0
    // value and says the rest waits (an unscaled prediction, 100_000e18, would plan 200_000e6 at once)
    writeFileSync(mmf, tree.replace("subscribe-settle: { maxAmount: 100_000e6", "subscribe-settle: { maxAmount: 200_000e6"));
    const above = await p.halo(["plan"]);
    writeFileSync(mmf, tree);
    expect(above.stderr).toBe("");
    expect(above.code).toBe(0);
    expect(above.stdout).toMatch(/class\.acme-mmf\.rateLimit\.acme-mmf-senior\.subscribe-settle[^\n]*stops at the Day-0 value, waiting for Day-0/);
    expect(above.stdout).not.toContain(", 200000000000, ");
  });

  it("apply converges; the chain holds the scaled Day-0 values; plan again: No changes.", async () => {
    let last = await p.halo(["apply", "--auto-approve"]);
    expect(last.stderr).toBe("");
    let rounds = 0;
    while (!/No changes\./.test(last.stdout)) {
      expect(++rounds).toBeLessThan(6);
      await p.warp(14n * DAY + 60n);
      last = await p.halo(["apply", "--auto-approve"]);
      expect(last.stderr).toBe("");
      expect(last.code).toBe(0);
    }
    const again = await p.halo(["plan", "--detailed-exitcode"]);
    expect(again.stdout).toContain("No changes.");
    expect(again.code).toBe(0);
    expect((await p.halo(["drift"])).code).toBe(0);

    // the unit's Day-0 init and limit on chain are the template's, scaled to 6 decimals (verify's A-02 check)
    const v = await p.halo(["verify", "unit", "acme-mmf-senior", "--json"]);
    const checks = (JSON.parse(v.stdout) as { checks: { name: string; ok: boolean; detail: string }[] }).checks;
    expect(checks.find((c) => c.name === "ratelimit.inflow.acme-mmf-senior")?.ok).toBe(true);
    expect(scaleDay0(DAY0_LIMIT, 6)).toBe(100_000n * 10n ** 6n);
    expect(scaleDay0(DAY0_SLOPE, 6)).toBe(100_000n * 10n ** 6n / DAY);
  }, 240_000);
});
