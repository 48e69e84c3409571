/**
 * End to end against anvil: `halo apply` killed after sending a transaction resumes from the chain alone.
 * The journal is deleted (a fresh CI runner); the first transaction of the saved plan (the spell's first call,
 * sent as the impersonated PauseProxy) is either still in anvil's mempool (automine off) or already mined.
 * Apply must adopt it — wait for it, or replace it at a higher fee with --replace-pending — never send it a
 * second time, and finish the due batches. With the journal kept, a pending transaction is waited for too.
 * Also on this chain: a class whose template version is not on chain is an input error (nothing planned), and
 * `halo devnet warp` moves the clock (by a duration, or to the next waiting batch of the plan), and a batch the
 * chain refuses (a hand-made change mid-ramp) is named with its resource, the decoded reason and the next step.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, keccak256, toHex } from "viem";
import { getTransactionCount, getTransactionReceipt, readContract } from "viem/actions";
import { haloRegistryAbi, pasBeamStateAbi, pasConfiguratorAbi, rateLimitsAbi } from "../../abi/index.js";
import { LIMIT, assetCounterpartyKey, toBytes32Name } from "../../chain/names.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingTransactionsOf, plannedUnits } from "../../apply/recover.js";
import type { Plan } from "../../plan/planner.js";
import { readPlanFile } from "../../plan/planfile.js";
import { recordDay0Reviews } from "../../chain/day0-reviews.js";
import { ACCOUNT, type Project, startProject, unitContract } from "./project.js";

describe("halo apply resumes an interrupted apply from the chain", () => {
  let p: Project;
  let plan: Plan;
  let snap: Hex;
  let pauseProxy: Address;
  let spellCalls: number;

  beforeAll(async () => {
    p = await startProject();
    const r = await p.halo(["plan", "--out", "plans/resume.json"]);
    expect(r.stderr).toBe("");
    plan = readPlanFile(join(p.dir, "plans", "resume.json")).plan;
    expect(plan.batches[0]!.actor).toBe("sky-governance");
    pauseProxy = p.d.addresses.pauseProxy as Address;
    spellCalls = plan.batches[0]!.transactions.length;
    expect(spellCalls).toBeGreaterThan(1);
    snap = await p.snapshot();
  }, 120_000);
  afterAll(async () => {
    await p?.stop();
  });

  const first = () => plannedUnits(plan)[0]!.unit;
  const dropJournal = () => rmSync(join(p.dir, ".halo", "journal"), { recursive: true, force: true });
  const nonceOf = (address: Address) => getTransactionCount(p.client, { address, blockTag: "latest" });
  /** Runs apply and kills it right after its first transaction was handed to the node. */
  async function killedAfterFirstSend(): Promise<void> {
    const r = await p.halo(["apply", "plans/resume.json"], {
      afterSent: (unit) => {
        if (unit === first()) throw new Error("simulated kill after the first send");
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("simulated kill");
  }
  /** Mines whatever is pending and turns automine back on (what the network does while apply waits). */
  const mineLater = () => {
    void (async () => {
      await new Promise((r) => setTimeout(r, 300));
      await p.rpc("evm_setAutomine", [true]);
      await p.rpc("evm_mine");
    })();
  };
  /**
   * Ends Day-0 of every class and unit on chain (as onboarding.test.ts does): one review per entry per daily
   * window, the chain warped a day between them, until each has its cycles. Until then a ramp above the Day-0
   * value is refused ("waiting for Day-0"), so a test about a ramp ends Day-0 first.
   */
  async function endDay0(): Promise<void> {
    const done = await recordDay0Reviews(p, p.d.addresses.haloRegistry, ACCOUNT.deployer);
    expect(done.entries).toBeGreaterThan(0);
  }
  async function fresh(): Promise<void> {
    await p.rpc("evm_setAutomine", [true]);
    await p.revert(snap);
    snap = await p.snapshot();
    dropJournal();
  }

  it("a pending first transaction, journal deleted: apply waits for it, sends it once, and finishes the due batches", async () => {
    await fresh();
    const n0 = await nonceOf(pauseProxy);
    await p.rpc("evm_setAutomine", [false]);
    await killedAfterFirstSend();
    const pool = await pendingTransactionsOf(p.client, pauseProxy);
    expect(pool).toHaveLength(1);
    const pendingHash = pool[0]!.hash;
    dropJournal();
    let waited: { unit: string; hash: Hex } | undefined;
    const r = await p.halo(["apply", "plans/resume.json"], {
      onWait: (unit, hash) => {
        waited = { unit, hash };
        mineLater();
      },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(waited).toEqual({ unit: first(), hash: pendingHash });
    expect(r.stdout).toMatch(/1 recovered from the chain/);
    expect(r.stdout).toContain("not due yet");
    // exactly the spell's calls were sent as the PauseProxy: the pending one was not sent again
    expect(await nonceOf(pauseProxy)).toBe(n0 + spellCalls);
    expect((await getTransactionReceipt(p.client, { hash: pendingHash })).status).toBe("success");
    // a second apply sends nothing more
    const again = await p.halo(["apply", "plans/resume.json"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 transaction\(s\) sent/);
  });

  it("the first transaction already mined, journal deleted: apply recovers it from the chain and resumes", async () => {
    await fresh();
    const n0 = await nonceOf(pauseProxy);
    await killedAfterFirstSend();
    expect(await nonceOf(pauseProxy)).toBe(n0 + 1);
    dropJournal();
    const r = await p.halo(["apply", "plans/resume.json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 recovered from the chain/);
    expect(await nonceOf(pauseProxy)).toBe(n0 + spellCalls);
  });

  it("--replace-pending resends the pending transaction at the same nonce with a higher fee; only one is mined", async () => {
    await fresh();
    const n0 = await nonceOf(pauseProxy);
    await p.rpc("evm_setAutomine", [false]);
    await killedAfterFirstSend();
    const [original] = await pendingTransactionsOf(p.client, pauseProxy);
    dropJournal();
    let replacement: Hex | undefined;
    const r = await p.halo(["apply", "plans/resume.json", "--replace-pending"], {
      onWait: (_unit, hash) => {
        replacement = hash;
        mineLater();
      },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(replacement).toBeDefined();
    expect(replacement).not.toBe(original!.hash);
    const mined = await getTransactionReceipt(p.client, { hash: replacement! });
    expect(mined.status).toBe("success");
    await expect(getTransactionReceipt(p.client, { hash: original!.hash })).rejects.toThrow();
    expect(await nonceOf(pauseProxy)).toBe(n0 + spellCalls);
  });

  it("with the journal kept, a transaction sent but not mined is waited for, not sent again", async () => {
    await fresh();
    const n0 = await nonceOf(pauseProxy);
    await p.rpc("evm_setAutomine", [false]);
    await killedAfterFirstSend();
    let waited = false;
    const r = await p.halo(["apply", "plans/resume.json"], {
      onWait: () => {
        waited = true;
        mineLater();
      },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(waited).toBe(true);
    expect(await nonceOf(pauseProxy)).toBe(n0 + spellCalls);
  });

  it("without a saved plan: a killed apply's pending transaction is waited for before planning, not planned again", async () => {
    await fresh();
    const n0 = await nonceOf(pauseProxy);
    await p.rpc("evm_setAutomine", [false]);
    const killed = await p.halo(["apply", "--auto-approve"], {
      afterSent: (unit) => {
        if (unit === first()) throw new Error("simulated kill after the first send");
      },
    });
    expect(killed.code).toBe(1);
    expect(await pendingTransactionsOf(p.client, pauseProxy)).toHaveLength(1);
    let waited = false;
    const r = await p.halo(["apply", "--auto-approve"], {
      onWait: () => {
        waited = true;
        mineLater();
      },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(waited).toBe(true);
    expect(await nonceOf(pauseProxy)).toBe(n0 + spellCalls);
  });

  it("a class whose template version is not on chain: plan and apply exit 1 with one file:line:col line, nothing saved", async () => {
    await fresh();
    const mmf = join(p.dir, "halos", "acme", "mmf.yaml");
    const templates = join(p.dir, "halos", "templates.yaml");
    const original = readFileSync(mmf, "utf8");
    const originalTemplates = readFileSync(templates, "utf8");
    // declared in the tree (so the loader accepts it), but never proposed on chain
    writeFileSync(
      templates,
      originalTemplates.replace(
        "templates:\n",
        "templates:\n  - id: lcts-portfolio\n    version: 7\n    kind: portfolio-lcts\n    status: approved\n" +
          `    audit: { uri: ipfs://v7, sha256: ${"ab".repeat(32)} }\n`,
      ),
    );
    writeFileSync(mmf, original.replace("template: { id: lcts-portfolio, version: 1 }", "template: { id: lcts-portfolio, version: 7 }"));
    try {
      const r = await p.halo(["plan", "--out", "plans/v7.json"]);
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split("\n");
      expect(lines[0]).toMatch(
        /^halos\/acme\/mmf\.yaml:9:\d+ template\.version: template lcts-portfolio v7 is not on chain \(the template registry holds v1\)/,
      );
      expect(lines.filter((l) => /\.yaml:\d+:\d+/.test(l))).toHaveLength(1);
      expect(r.stdout).toBe("");
      expect(existsSync(join(p.dir, "plans", "v7.json"))).toBe(false);
      const a = await p.halo(["apply", "--auto-approve"]);
      expect(a.code).toBe(1);
      expect(a.stderr).toContain("template lcts-portfolio v7 is not on chain");
      expect(a.stdout).toBe("");
    } finally {
      writeFileSync(mmf, original);
      writeFileSync(templates, originalTemplates);
    }
  });

  it("halo devnet warp 18h moves the chain's clock by 18 hours and mines a block", async () => {
    await fresh();
    const t0 = await p.timestamp();
    const r = await p.halo(["devnet", "warp", "18h"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(+18h)");
    expect(await p.timestamp()).toBe(t0 + 18n * 3600n);
    const bad = await p.halo(["devnet", "warp", "18 hours"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("must be a duration");
  });

  it("halo devnet warp --next moves to the plan's next waiting batch (the 14-day PAS Timelock delay); apply then executes it", async () => {
    await fresh();
    const first = await p.halo(["apply", "--auto-approve", "--detailed-exitcode"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(3);
    const t0 = await p.timestamp();
    const r = await p.halo(["devnet", "warp", "--next"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(\+1[34]d\d*h?\d*m?\d*s?: batch-\d+ \(timelock-execute, core-council-timelocked\)/);
    const t1 = await p.timestamp();
    expect(t1 - t0).toBeGreaterThan(13n * 86_400n);
    expect(t1 - t0).toBeLessThanOrEqual(14n * 86_400n);
    const next = await p.halo(["apply", "--auto-approve"]);
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/[1-9][0-9]* transaction\(s\) sent/);
  });

  it("a hand-made change mid-ramp: the saved plan's next step is refused, naming the batch, the rate limit, PAS's reason and the next step", async () => {
    await fresh();
    expect((await p.halo(["apply", "--auto-approve"])).code).toBe(0);
    // the ramp is Day-0 gated: until the daily reviews end Day-0 the plan waits (7 days, inside the 14-day timelock delay)
    const gated = await p.halo(["plan"]);
    expect(gated.stdout).toMatch(/waiting for Day-0: 0 of 7 reviews/);
    await endDay0();
    expect((await p.halo(["devnet", "warp", "--next"])).code).toBe(0);
    expect((await p.halo(["plan", "--out", "plans/ramp.json"])).code).toBe(0);
    const ramp = readPlanFile(join(p.dir, "plans", "ramp.json")).plan;
    const flow = "class.acme-mmf.rateLimit.acme-mmf-junior.subscribe-settle";
    const steps = ramp.actions.filter((a) => a.resource === flow && a.function === "setRateLimit");
    expect(steps.length).toBeGreaterThan(2);
    const first = await p.halo(["apply", "plans/ramp.json"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    // GovOps lowers the limit by hand (a decrease is allowed at once): the plan's next increase now exceeds SORL's ceiling
    const cls = await readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "getClass",
      args: [toBytes32Name("acme-mmf")],
    });
    const queue = await unitContract(p, "acme-mmf-junior", "SubscribeQueue");
    const key = assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, cls.depositAsset, queue);
    const before = await readContract(p.client, { address: cls.rateLimits, abi: rateLimitsAbi, functionName: "getRateLimitData", args: [key] });
    await p.tx.call(ACCOUNT.govOps, p.d.addresses.configurator, pasConfiguratorAbi, "setRateLimit", [cls.rateLimits, key, 1000n, 1n]);
    await p.warp(18n * 3600n);
    const r = await p.halo(["apply", "plans/ramp.json"]);
    expect(r.code).toBe(1);
    const batch = ramp.batches.find((b) => b.actionIds.includes(steps[1]!.id))!;
    expect(r.stderr).toMatch(
      new RegExp(
        `^halo: ${batch.id}(#\\d+)? \\(govops\\): raise rate limit acme-mmf-junior\\.subscribe-settle of class acme-mmf \\(SORL increase, step 2 of ${steps.length}\\): the chain refused it \\(nothing was sent\\): Error\\(Configurator/exceeds-max-amount\\)$`,
        "m",
      ),
    );
    expect(r.stderr).toContain("hint: the rate limit was changed on chain since the plan was made: run `halo plan` again; the ramp restarts from the chain's value");
    expect(r.stderr.trim().split("\n")).toHaveLength(2);
    expect(before.maxAmount).toBeGreaterThan(1000n);

    // and once the Core Council removed the key's init (direct), slope 1 can never be raised by SORL (1 × 1.25 = 1):
    // the plan refuses the change and says who can unblock it with which call
    await p.tx.call(ACCOUNT.governance, p.d.addresses.beamState, pasBeamStateAbi, "delInitRateLimits", [key, cls.rateLimits]);
    const plan = await p.halo(["plan"]);
    expect(plan.stdout).toContain("slope cannot rise from 1 under SORL");
    expect(plan.stdout).toContain(
      `Recovery: slope 1 × maxChange 1250000000000000000/1000000000000000000 rounds back to 1, so SORL can never raise it: the Core Council schedules BeamState.addInitRateLimits(${key}, ${cls.rateLimits},`,
    );
  });

  it("a GovOps address the node cannot sign for: refused by default, signed by anvil impersonation with --impersonate", async () => {
    await fresh();
    const outsider = "0x00000000000000000000000000000000C0FFEE01";
    const files = ["acme/mmf.yaml", "bluecrest/senior-secured.yaml"].map((f) => join(p.dir, "halos", f));
    const originals = files.map((f) => readFileSync(f, "utf8"));
    files.forEach((f, i) => writeFileSync(f, originals[i]!.replace(`govOps: "${ACCOUNT.govOps}"`, `govOps: "${outsider}"`)));
    try {
      expect((await p.halo(["apply", "--auto-approve"])).code).toBe(0);
      // Timelocked batches become due one after another: move to the next due time and apply until the batch GovOps
      // signs is the one due (the node holds every other actor, so those batches go through on the way).
      let refused = { code: 0, stdout: "", stderr: "" };
      for (let round = 0; round < 5 && refused.code === 0; round++) {
        expect((await p.halo(["devnet", "warp", "--next"])).code).toBe(0);
        refused = await p.halo(["apply", "--auto-approve"]);
      }
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`(govops) must be signed by ${outsider}, which this node does not hold`);
      expect(refused.stderr).toContain("--impersonate");
      const r = await p.halo(["apply", "--auto-approve", "--impersonate"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(await nonceOf(outsider)).toBeGreaterThan(0);
    } finally {
      files.forEach((f, i) => writeFileSync(f, originals[i]!));
    }
  });
});
