/**
 * `npm run demo` is the README's main command: run it end to end (in-process, on its own anvil) and check
 * what it claims to have done against the chain's own answers; then check Ctrl-C through the real binary
 * stops its anvil.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../cli/program.js";
import { DEMO_APPROVER } from "../../demo/approval.js";
import { type DemoResult, runDemo } from "../../demo/run.js";
import { validateRecord } from "../../ops/records.js";
import { repoRoot, scenarioDir } from "../helpers.js";

const E18 = 10n ** 18n;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("halo demo (npm run demo)", () => {
  let out: string;
  let printed = "";
  let result: DemoResult;
  let wall: number;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "halo-demo-out-"));
    const t0 = Date.now();
    result = await runDemo({ outDir: out, write: (t) => (printed += t), cli: run, tree: scenarioDir });
    wall = Date.now() - t0;
  }, 120_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it("prints one progress line per step with its time, and finishes well inside two minutes", () => {
    const progress = printed.split("\n").filter((l) => /^\[[ \d]\d\/14\] /.test(l));
    expect(progress.map((l) => l.slice(0, 7))).toEqual(Array.from({ length: 14 }, (_, i) => `[${String(i + 1).padStart(2)}/14]`));
    for (const l of progress.slice(0, 13)) expect(l).toMatch(/\(\d+\.\ds\)$/);
    expect(wall).toBeLessThan(120_000);
    expect(printed).toContain("halo demo: anvil stopped, scratch project removed");
  });

  it("plans the example tree (creates with predicted addresses) and applies it through the timelock and the ramps to No changes", () => {
    expect(result.plan.creates).toBeGreaterThanOrEqual(25);
    // the first batch is the sky-governance spell authorising the factory in PAS (executed as the PauseProxy)
    expect(result.plan.summary).toMatch(/^Plan: \d+ to add, 0 to change, 0 to destroy; 1 spell; \d+ timelock batch/);
    expect(printed).toContain("# class.acme-mmf will be created");
    // the identical ramp batches are folded into one line after the first ramp batch (batch-10: spell, deploys,
    // the addCBeam schedule and executions, the Core Council's grants and GovOps' creates come first); plan.txt
    // keeps every line
    expect(printed).toMatch(/batch-\d+ … batch-\d+: \d+ more SORL ramp batches, one per hop/);
    expect(readFileSync(join(out, "plan.txt"), "utf8")).toMatch(/batch-1: spell, 7 spell calls, signed by sky-governance/);
    expect(printed).toMatch(/pau = "0x[0-9a-fA-F]{40}" {2}\(predicted\)/);
    // Day-0 (docs/day0.md): after the timelock phases the re-plan only refuses the Halo ramps, "waiting for Day-0"
    expect(result.apply.waiting).toBeGreaterThan(0);
    expect(printed).toMatch(/\[ 4\/14\] timelock \+ remaining apply phases: .*re-plan: \d+ ramps refused, waiting for Day-0: 0 of 7 reviews of /);
    // the daily reviews end Day-0 (7 windows, each open class and unit reviewed once per window); then the ramps
    expect(result.day0.days).toBe(7);
    expect(result.day0.reviews).toBe(7 * result.day0.entries);
    expect(result.day0.noChangesAfter).toBe(true);
    expect(result.day0.rounds).toBeGreaterThan(10);
    expect(JSON.parse(readFileSync(join(out, "plan.json"), "utf8"))).toMatchObject({ chainId: 31337 });
  });

  it("Portfolio: day 1 converts pro rata and mints shares; carol exits; alice's redemption is paid at the exchange rate", () => {
    const [d1, d2, d3] = result.portfolio.days;
    const senior1 = d1!.settlements.find((s) => s.unit === "acme-mmf-senior" && s.queue === "subscribe")!;
    expect([senior1.capacity, senior1.converted, senior1.reward, senior1.state]).toEqual([
      (1_750_000n * E18).toString(),
      (1_750_000n * E18).toString(),
      (1_750_000n * E18).toString(),
      "ACTIVE",
    ]);
    expect(d1!.settlements.find((s) => s.unit === "acme-mmf-junior")).toMatchObject({ converted: (400_000n * E18).toString(), state: "DORMANT" });
    expect(d2!.settlements.find((s) => s.queue === "subscribe")).toMatchObject({ converted: (1_500_000n * E18).toString(), state: "ACTIVE" });
    // day 3 drains the senior generation and settles the redemption
    expect(d3!.settlements.find((s) => s.queue === "subscribe")!.state).toBe("DORMANT");
    expect(d3!.settlements.find((s) => s.queue === "redeem")).toMatchObject({ converted: (500_000n * E18).toString(), reward: (500_000n * E18).toString() });
    const { exit, redemption, shares, sharesMinted } = result.portfolio;
    // carol's 500k: half on day 1, 1.5/2.35 of the rest on day 2, the remainder back in sUSDS (rounded down)
    expect(exit.shares + exit.underlying).toBeLessThanOrEqual(500_000n * E18);
    expect(exit.shares + exit.underlying).toBeGreaterThan(500_000n * E18 - 1_000_000n); // dust: rounding in the queue's favour
    expect(exit.underlying).toBeGreaterThan(90_000n * E18);
    expect(redemption.paid).toBe(500_000n * E18);
    // alice: 2M converted − 0.5M redeemed, less reward dust the queue keeps (rounding down)
    const alice = BigInt(shares["alice@acme-mmf-senior"]!);
    expect(alice).toBeLessThanOrEqual(1_500_000n * E18);
    expect(alice).toBeGreaterThan(1_500_000n * E18 - 10_000_000n);
    expect(shares["dave@acme-mmf-junior"]).toBe((400_000n * E18).toString());
    // the supply is what the subscribe settlements minted less what the redemption burnt
    const all = result.portfolio.days.flatMap((d) => d.settlements);
    const minted = all.filter((s) => s.queue === "subscribe").reduce((a, s) => a + BigInt(s.reward), 0n);
    const burnt = all.filter((s) => s.queue === "redeem").reduce((a, s) => a + BigInt(s.converted), 0n);
    expect(sharesMinted).toBe(minted - burnt);
    expect(minted).toBeGreaterThan(4_400_000n * E18);
  });

  it("beacon rotation: one PAS Timelock batch moves the Portfolio class's lpha-lcts (roles on every unit contract + registry); the old operator is refused", () => {
    const b = result.beacon;
    expect(b.to).toBe("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955");
    expect(b.from).not.toBe(b.to);
    expect(b.roleCalls).toBe(12);
    expect([b.noChangesAfter, b.oldRefused, b.newAccepted]).toEqual([true, true, true]);
    expect(b.planLines.some((l) => l.includes("setBeaconOperator("))).toBe(true);
    expect(printed).toMatch(/\[ 6\/14\] beacon rotation: acme-mmf lpha-lcts: acme-mmf lpha-lcts 0x[0-9a-fA-F]{40} → 0x14dC79964da2C08b23698B3D3cc7Ca32193d9955: one PAS Timelock batch \(12 grantRole \/ revokeRole \+ setBeaconOperator\)/);
  });

  it("Term: the deal NFT is minted, the book passes every phase behind the two-beacon gate, the holder is paid and the NFT burnt", () => {
    const t = result.term;
    expect(t.tokenId).toBe(1n);
    expect(t.phases).toEqual(["CREATED", "FILLING", "DEPLOYING", "AT_REST", "UNWINDING", "CLOSED"]);
    const interest = (3_000_000n * E18 * 800n * 180n) / (10_000n * 365n);
    expect(t.funded).toBe(3_000_000n * E18 + interest);
    expect(t.paid).toBe(t.funded);
    expect(t.nftBurnt).toBe(true);
    expect(t.log.filter((e) => e.beacon === "lpha-attest" && e.result === "done")).toHaveLength(2);
  });

  it("drift exits 2 and names exactly the rate limit changed by hand", () => {
    expect(result.drift.code).toBe(2);
    expect(result.drift.report).toContain("value-changed            class.acme-mmf.rateLimit.transfer-to-custodian: maxAmount");
    const drifted = result.drift.json.items.filter((i) => !i.expected);
    expect(drifted.map((i) => [i.kind, i.address])).toEqual([["value-changed", "class.acme-mmf.rateLimit.transfer-to-custodian"]]);
    expect(JSON.parse(readFileSync(join(out, "drift.json"), "utf8")).drifted).toBe(true);
  });

  it("writes schema-valid Synome / Artifact records for every agent, class and unit (the deal unit and the pre-factory unit included)", () => {
    expect(result.records.counts).toEqual({ agents: 2, classes: 3, units: 4 });
    expect(result.records.invalid).toEqual([]);
    const dir = join(out, "records");
    const files = ["agents", "classes", "units"].flatMap((d) => readdirSync(join(dir, d)).map((f) => join(dir, d, f)));
    expect(files).toHaveLength(9);
    for (const f of files) expect(validateRecord(JSON.parse(readFileSync(f, "utf8")) as Record<string, unknown>), f).toEqual([]);
    expect(readdirSync(join(dir, "classes")).sort()).toEqual(["acme-mmf.json", "bluecrest-senior-secured.json", "genesis-halo.json"]);
    expect(readdirSync(join(dir, "units"))).toContain("genesis-halo-senior.json");
  });

  it("deploys a unit with a separate APPROVER's signed approval: refused without it, sent as deployUnitWithApproval with it", () => {
    expect(result.approval.approver).toBe(DEMO_APPROVER.address);
    expect(result.approval.refusal).toContain(`unit acme-mmf-approved needs a signed approval by ${DEMO_APPROVER.address}`);
    expect(printed).toMatch(/\[12\/14\] signed approval by a separate APPROVER: unit acme-mmf-approved deployed by APPROVER 0x[0-9a-fA-F]{40}'s EIP-712 signature/);
    expect(printed).toContain(`unit acme-mmf-approved (approved by ${DEMO_APPROVER.address}): sent with its signed instance approval (deploy…WithApproval)`);
  });

  it("proposes lcts-portfolio v2 with fresh implementations, approves it through the timelock, and halo verify template passes", () => {
    expect(Object.keys(result.templateV2.implementations)).toEqual(["SubscribeQueue", "RedeemQueue"]);
    expect(result.templateV2.checks).toBeGreaterThanOrEqual(15);
    expect(printed).toMatch(/\[13\/14\] template v2 with new implementations: lcts-portfolio v2 proposed .* halo verify template: \d+ checks passed/);
    expect(printed).toMatch(/implementation\.SubscribeQueue\s+PASS/);
  });

  it("counts the chain's transactions and gas and leaves no anvil behind", () => {
    expect(result.totals.transactions).toBeGreaterThan(100);
    expect(result.totals.gas).toBeGreaterThan(0n);
    expect(result.totals.chainSeconds).toBeGreaterThan(200n * 86_400n);
    expect(printed).toMatch(/\ntotal +\d+ +[\d.]+M +\d+d \d+h +[\d.]+s\n/);
    expect(alive(result.anvilPid)).toBe(false);
  });

  it("a step that cannot finish fails the demo naming it, and anvil is stopped all the same", async () => {
    let text = "";
    const tmp = mkdtempSync(join(tmpdir(), "halo-demo-fail-"));
    await expect(runDemo({ outDir: tmp, write: (t) => (text += t), maxApplyRounds: 2, cli: run, tree: scenarioDir })).rejects.toThrow(
      /the plan is still not done after 2 apply rounds/,
    );
    rmSync(tmp, { recursive: true, force: true });
    expect(text).toMatch(/\[ 4\/14\] timelock \+ remaining apply phases: FAILED after \d+\.\ds/);
    expect(text).toContain("halo demo: anvil stopped, scratch project removed");
    const pid = Number(/anvil pid (\d+)/.exec(text)![1]);
    expect(alive(pid)).toBe(false);
  }, 60_000);

  it("Ctrl-C during the demo (the real binary) stops its anvil and exits 130", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "halo-demo-int-"));
    const child = spawn(process.execPath, [join(repoRoot, "bin", "halo.js"), "demo", "--out", tmp], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    const pid = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const m = /anvil pid (\d+)/.exec(stdout);
        if (m !== null) resolve(Number(m[1]));
      });
      child.once("exit", () => reject(new Error(`the demo exited before starting anvil:\n${stdout}`)));
    });
    expect(alive(pid)).toBe(true);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    rmSync(tmp, { recursive: true, force: true });
    expect(stdout).toContain("SIGINT: stopping anvil");
    expect(code).toBe(130);
    expect(alive(pid)).toBe(false);
  }, 60_000);
});
