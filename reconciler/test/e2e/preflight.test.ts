/**
 * End to end against anvil (PAS devnet): the checks a plan makes before anything is sent (the PAS Timelock's
 * admin roles, the signer's PROPOSER_ROLE and BeamState IMMEDIATE role, GovOps' cBEAM) and the re-check of
 * operations waiting in the PAS Timelock against an edited tree ("no longer needed" with a proposed Core Council
 * cancel, "conflicts").
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Hex, encodeFunctionData } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloRegistryAbi, pasBeamStateAbi, pasTimelockAbi as beamTimeLockAbi } from "../../abi/index.js";
import { roleId } from "../../chain/names.js";
import { readPlanFile } from "../../plan/planfile.js";
import { DEFAULT_ADMIN_ROLE } from "../../plan/preflight.js";
import { ACCOUNT, type Project, startProject, writeTree } from "./project.js";

const DAY = 86_400n;
/** anvil's well-known default key of account 9 (the stranger: holds no role). */
const ANVIL_KEY_9 = "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6";

describe("halo plan / apply preflight and pending-operation review on anvil", () => {
  let p: Project;
  let base: Hex;

  const agentCount = () =>
    readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "agentCount" });

  beforeAll(async () => {
    p = await startProject();
    base = await p.snapshot();
  });
  afterAll(async () => {
    await p?.stop();
  });

  it("a fresh plan passes preflight; GovOps is not a cBEAM yet but will be once the Core Council's grant runs", async () => {
    const r = await p.halo(["plan"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Preflight notes:");
    expect(r.stdout).toMatch(
      new RegExp(`GovOps \\(batch-\\d+\\): ${ACCOUNT.govOps} is not a cBEAM on 0x[0-9a-f]{40} yet; the Core Council's grant in this plan comes first`),
    );
    expect(r.stdout).not.toContain("Preflight errors");
    expect(r.stdout).not.toContain("pending the PAS Timelock operations");
  });

  it("a timelock without PROPOSER_ROLE holders fails preflight (plan exit 1) and apply sends nothing", async () => {
    const snap = await p.snapshot();
    await p.tx.send(
      ACCOUNT.governance,
      p.d.addresses.timelock,
      encodeFunctionData({
        abi: beamTimeLockAbi,
        functionName: "renounceRole",
        args: [roleId("PROPOSER_ROLE"), ACCOUNT.governance],
      }),
      "governance renounces PROPOSER_ROLE",
    );
    const r = await p.halo(["plan"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Preflight errors (1)");
    expect(r.stderr).toMatch(/proposer \(batch-\d+\): no account holds PROPOSER_ROLE on the PAS Timelock, so nobody can schedule this batch/);
    const a = await p.halo(["apply", "--auto-approve"]);
    expect(a.code).toBe(1);
    expect(a.stdout).toContain("Preflight errors (1)");
    expect(a.stderr).toMatch(/proposer \(batch-\d+\): no account holds PROPOSER_ROLE on the PAS Timelock/);
    expect(a.stderr).toContain("preflight failed: nothing was sent");
    expect(await agentCount()).toBe(0n);
    await p.revert(snap);
  });

  it("a PauseProxy that is no longer a BeamState ward fails preflight for the spell batch (plan exit 1) and apply sends nothing", async () => {
    const snap = await p.snapshot();
    await p.tx.send(
      p.d.addresses.pauseProxy,
      p.d.addresses.beamState,
      encodeFunctionData({ abi: pasBeamStateAbi, functionName: "deny", args: [p.d.addresses.pauseProxy] }),
      "the PauseProxy denies itself on BeamState",
    );
    const r = await p.halo(["plan"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/spell \(batch-1\): the configured PauseProxy is not a ward of BeamState, so a spell cannot make these calls/);
    const a = await p.halo(["apply", "--auto-approve"]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain("the configured PauseProxy is not a ward of BeamState");
    expect(a.stderr).toMatch(/nothing was sent/i);
    expect(await agentCount()).toBe(0n);
    await p.revert(snap);
  });

  it("a timelock that lost DEFAULT_ADMIN_ROLE on a target fails preflight, naming the call", async () => {
    const snap = await p.snapshot();
    await p.tx.send(
      p.d.addresses.timelock,
      p.d.addresses.haloRegistry,
      encodeFunctionData({
        abi: haloRegistryAbi,
        functionName: "renounceRole",
        args: [DEFAULT_ADMIN_ROLE, p.d.addresses.timelock],
      }),
      "the timelock renounces DEFAULT_ADMIN_ROLE on HaloRegistry",
    );
    const r = await p.halo(["plan"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /timelock roles \(batch-\d+\): the PAS Timelock does not hold DEFAULT_ADMIN_ROLE on haloRegistry, which recordLegacyClass \(legacy\.genesis-halo\) requires/,
    );
    await p.revert(snap);
  });

  it("a signing key without PROPOSER_ROLE (or the IMMEDIATE role) fails preflight, naming the check, and apply sends nothing", async () => {
    const env = { HALO_SIGNER_KEY: ANVIL_KEY_9 };
    const r = await p.halo(["plan"], undefined, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`proposer \\(batch-\\d+\\): the signer ${ACCOUNT.stranger} does not hold PROPOSER_ROLE on the PAS Timelock`),
    );
    expect(r.stderr).toMatch(
      new RegExp(`Core Council direct \\(batch-\\d+\\): the signer ${ACCOUNT.stranger} may not call BeamState\\.setCBeamForController`),
    );
    const a = await p.halo(["apply", "--auto-approve"], undefined, env);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain("does not hold PROPOSER_ROLE on the PAS Timelock");
    expect(a.stderr).toMatch(/nothing was sent/i);
    expect(await agentCount()).toBe(0n);
  });

  it("pending operations are re-checked against an edited tree: no longer needed (with a cancel) and conflicts", async () => {
    await p.revert(base);
    base = await p.snapshot();
    writeTree(p.dir);
    expect((await p.halo(["plan", "--out", "plans/onboard.json"])).code).toBe(0);
    const first = await p.halo(["apply", "plans/onboard.json"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(await agentCount()).toBe(2n);

    // unchanged tree: every pending operation is still right
    const clean = await p.halo(["plan"]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).not.toContain("pending the PAS Timelock operations");

    // the pre-factory Halo leaves the tree; acme-mmf's transfer limit changes
    rmSync(join(p.dir, "halos", "legacy.yaml"));
    const mmf = join(p.dir, "halos", "acme", "mmf.yaml");
    const original = readFileSync(mmf, "utf8");
    writeFileSync(mmf, original.replace("maxAmount: 10_000_000e18", "maxAmount: 20_000_000e18"));
    const r = await p.halo(["plan"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Warning: pending the PAS Timelock operations that no longer match halos/ or the chain:");
    expect(r.stdout).toMatch(
      /recordLegacyClass legacy\.genesis-halo: no longer needed — the pre-factory Halo is no longer declared in halos\//,
    );
    expect(r.stdout).toMatch(
      /recordLegacyUnit legacy\.genesis-halo\.unit\.genesis-halo-senior: no longer needed — the pre-factory unit is no longer declared in halos\//,
    );
    expect(r.stdout).toMatch(
      /addInitRateLimits class\.acme-mmf\.init\.transfer-to-custodian: conflicts — would initialise maxAmount=10000000000000000000000000 slope=\d+, but halos\/ now declares maxAmount=20000000000000000000000000/,
    );
    expect(r.stdout).toMatch(/proposed \(not sent; a CANCELLER_ROLE holder, the Core Council\): cancel\(0x[0-9a-f]{64}\)/);
    expect(r.stdout).toMatch(/cancelling also drops its \d+ other call\(s\)/);
    expect(r.stdout).toMatch(/this plan still executes it in batch-\d+ \(its other calls are needed\): cancel it first/);

    const json = JSON.parse((await p.halo(["plan", "--format", "json"])).stdout) as {
      pendingOperations: { operationId: Hex; cancel: { data: Hex }; findings: { verdict: string; resource: string }[] }[];
    };
    const op = json.pendingOperations.find((o) => o.findings.some((f) => f.resource === "legacy.genesis-halo"))!;
    expect(op.findings.map((f) => f.verdict).sort()).toEqual(["conflicts", "no-longer-needed", "no-longer-needed"]);
    expect(op.cancel.data).toBe(
      encodeFunctionData({ abi: beamTimeLockAbi, functionName: "cancel", args: [op.operationId] }),
    );
    const md = await p.halo(["plan", "--format", "markdown"]);
    expect(md.stdout).toContain("**Warnings**");
    expect(md.stdout).toContain("no longer needed");

    // drift lists them in their own category; they are not drift
    const d = await p.halo(["drift", "--format", "json"]);
    const dj = JSON.parse(d.stdout) as { items: { address: string }[]; pendingOperations: unknown[] };
    expect(dj.pendingOperations).toHaveLength(1);
    const dt = await p.halo(["drift"]);
    expect(dt.stdout).toContain("Warning: pending the PAS Timelock operations");

    // never cancelled by the tool: the operation is still pending
    const ts = await readContract(p.client, {
      address: p.d.addresses.timelock,
      abi: beamTimeLockAbi,
      functionName: "getTimestamp",
      args: [op.operationId],
    });
    expect(ts > 1n).toBe(true);
    writeTree(p.dir);
  });

  it("a GovOps cBEAM grant cancelled by the Core Council: apply of the saved plan refuses before sending", async () => {
    const { plan } = readPlanFile(join(p.dir, "plans", "onboard.json"));
    const grantOp = plan.actions.find((a) => a.kind === "execute" && a.resource === "timelock.by-class.acme-mmf")!
      .timelockOperationId!;
    await p.tx.send(
      ACCOUNT.governance,
      p.d.addresses.timelock,
      encodeFunctionData({ abi: beamTimeLockAbi, functionName: "cancel", args: [grantOp] }),
      "the Core Council (CANCELLER_ROLE) cancels the factory's addCBeam operation for acme-mmf",
    );
    // `halo verify class` (docs/operations.md, cbeam.grant): a cancelled addCBeam fails the check, naming the operation
    const v = await p.halo(["verify", "class", "acme-mmf", "--json"]);
    expect(v.code).toBe(2); // a check failed
    const checks = (JSON.parse(v.stdout) as { checks: { name: string; ok: boolean; detail: string }[] }).checks;
    const grant = checks.find((c) => c.name === "cbeam.grant")!;
    expect(grant.ok).toBe(false);
    expect(grant.detail).toBe(`operation ${grantOp} (addCBeam ${ACCOUNT.govOps}) is not scheduled (cancelled?)`);
    await p.warp(14n * DAY);
    const a = await p.halo(["apply", "plans/onboard.json"]);
    expect(a.code).toBe(1);
    // PAS preflight does not re-read the cancelled operation; the executeBatch's simulation refuses it, naming it
    expect(a.stderr).toMatch(new RegExp(`refused it \\(nothing was sent\\): TimelockUnexpectedOperationState\\(${grantOp}, `));
    expect(a.stderr).toMatch(/nothing was sent/i);
    // the other operations were not executed either: the pre-factory Halo is not recorded
    const classes = await readContract(p.client, {
      address: p.d.addresses.haloRegistry,
      abi: haloRegistryAbi,
      functionName: "classCount",
    });
    expect(classes).toBe(2n);
  });
});
