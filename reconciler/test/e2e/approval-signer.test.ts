// Approvals by the real approver (issue 16): the tree names the APPROVER of a class and of a unit (`approval:`), the
// plan predicts their addresses for that signer and says it needs a signed approval, `halo approve` signs it with the
// approver's key (a second anvil account, not the deployer), and `halo apply` refuses without it, then sends
// deploy…WithApproval with it — the class and unit land at the addresses the plan predicted.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, getAddress } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloFactoryAbi, haloRegistryAbi } from "../../abi/index.js";
import { roleId, toBytes32Name } from "../../chain/names.js";
import { DEPLOY_SALT } from "../../plan/factory-context.js";
import { readPlanFile } from "../../plan/planfile.js";
import { ACCOUNT, type Project, startProject } from "./project.js";

/** anvil's public test keys of accounts 0 and 7 (never secrets). */
const KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const KEY_7 = "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdaeb1f7e04d";

describe("approval: in the tree — the plan, halo approve and halo apply for a separate APPROVER", () => {
  let p: Project;
  const approver = privateKeyToAccount(KEY_7).address;
  const mmf = () => join(p.dir, "halos", "acme", "mmf.yaml");
  const predictClass = (authoriser: Address) =>
    readContract(p.client, {
      address: p.d.addresses.factory,
      abi: haloFactoryAbi,
      functionName: "predictClassAddresses",
      args: [toBytes32Name("lcts-portfolio"), 1, toBytes32Name("acme-mmf"), DEPLOY_SALT, authoriser],
    });

  beforeAll(async () => {
    p = await startProject();
    // the junior unit (the file's last entry) and the class name the approver
    writeFileSync(mmf(), `${readFileSync(mmf(), "utf8").trimEnd()}\n    approval: { signer: "${approver}" }\napproval:\n  signer: "${approver}"\n  kind: eoa\n`);
  });
  afterAll(async () => {
    await p?.stop();
  });

  it("refuses the deployments while the signer holds no APPROVER, naming the declaration and the grant", async () => {
    const r = await p.halo(["plan"]);
    expect(r.stdout).toMatch(new RegExp(`refused: halos/acme/mmf\\.yaml:\\d+:\\d+ approval\\.signer: ${approver} does not hold APPROVER on the factory: governance grants it`));
    // what depends on the class waits with it: nothing of acme-mmf is planned
    expect(r.stdout).toContain("refused: depends on class.acme-mmf, which does not exist and cannot be planned");
    expect(r.stdout).not.toContain("factory deploys the portfolio-lcts class");
    expect(r.stdout).toMatch(/Plan: .*refused/);
  });

  it("plans the class and unit at the addresses predicted for the approver, marked as needing its signed approval", async () => {
    // governance (the PAS Timelock, the factory's admin; impersonated) grants APPROVER to account 7
    await p.tx.call(p.d.addresses.timelock, p.d.addresses.factory, haloFactoryAbi, "grantRole", [roleId("APPROVER"), approver]);
    const r = await p.halo(["plan", "--out", "plans/onboard.json"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`needs a signed approval by ${approver}: halo approve class acme-mmf <plan>`);
    expect(r.stdout).toContain(`needs a signed approval by ${approver}: halo approve unit acme-mmf-junior <plan>`);
    const [forApprover, forDeployer] = await Promise.all([predictClass(approver), predictClass(ACCOUNT.deployer)]);
    expect(forApprover.almProxy).not.toBe(forDeployer.almProxy);
    expect(r.stdout).toContain(`class at PAU ${forApprover.almProxy} (predicted for the approver`);
    const { plan } = readPlanFile(join(p.dir, "plans", "onboard.json"));
    const deploy = plan.actions.find((a) => a.function === "deployClass" && a.resource === "class.acme-mmf")!;
    expect(deploy.approval).toEqual({ signer: approver, kind: "eoa" });
    // the senior unit names no approver: deployed by the DEPLOYER as before
    expect(plan.actions.find((a) => a.resource === "class.acme-mmf.unit.acme-mmf-senior" && a.function === "deployUnit")!.approval).toBeUndefined();
  });

  it("apply refuses in one line without the approval (saved plan, and when planning now)", async () => {
    const saved = await p.halo(["apply", "plans/onboard.json"]);
    expect(saved.code).toBe(1);
    expect(saved.stderr).toContain(`needs a signed approval by ${approver}: none saved at`);
    expect(saved.stderr).toMatch(/run halo approve (class acme-mmf|unit acme-mmf-junior) plans\/onboard\.json/);
    const now = await p.halo(["apply", "--auto-approve"]);
    expect(now.code).toBe(1);
    expect(now.stderr).toContain(`class acme-mmf needs a signed approval by ${approver}`);
    expect(now.stderr).toContain("save the plan (halo plan --out");
    expect(await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "classExists", args: [toBytes32Name("acme-mmf")] })).toBe(false);
  });

  it("halo approve takes the tree's approver by default and refuses another key", async () => {
    const wrong = await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--key-env", "K"], undefined, { K: KEY_0 });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`predicted for the approver ${approver} (approval: in the tree), not ${getAddress(ACCOUNT.deployer)}`);
    // without a key: the typed data for the tree's approver (a hardware wallet signs it elsewhere)
    const typed = await p.halo(["approve", "unit", "acme-mmf-junior", "plans/onboard.json", "--typed-data"]);
    expect(typed.code).toBe(0);
    expect(typed.stdout).toContain(`approver ${approver}`);
    expect(typed.stdout).toContain('"primaryType": "UnitApproval"');
  });

  it("apply refuses an approval whose nonce the approver has used already, before sending anything", async () => {
    // the approver burns nonce 99 itself (invalidateNonce; impersonated on anvil)
    await p.tx.call(approver, p.d.addresses.factory, haloFactoryAbi, "invalidateNonce", [99n]);
    for (const [kind, id] of [["class", "acme-mmf"], ["unit", "acme-mmf-junior"]] as const)
      expect((await p.halo(["approve", kind, id, "plans/onboard.json", "--key-env", "K", "--nonce", "99"], undefined, { K: KEY_7 })).code).toBe(0);
    const r = await p.halo(["apply", "plans/onboard.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`approval of class acme-mmf: nonce 99 of ${approver} is used already (HaloFactory.isNonceUsed)`);
    expect(await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "classExists", args: [toBytes32Name("acme-mmf")] })).toBe(false);
  });

  it("apply sends deploy…WithApproval with the approver's signatures: the class and unit land at the predicted addresses", async () => {
    for (const [kind, id, nonce] of [["class", "acme-mmf", "1"], ["unit", "acme-mmf-junior", "2"]] as const) {
      const signed = await p.halo(["approve", kind, id, "plans/onboard.json", "--key-env", "HALO_APPROVER_KEY", "--nonce", nonce], undefined, { HALO_APPROVER_KEY: KEY_7 });
      expect(signed.stderr).toBe("");
      expect(signed.stdout).toContain(`signed by ${approver}`);
    }
    const applied = await p.halo(["apply", "plans/onboard.json"]);
    expect(applied.stdout).toContain(`class acme-mmf (approved by ${approver}): sent with its signed instance approval`);
    expect(applied.stdout).toContain(`unit acme-mmf-junior (approved by ${approver}): sent with its signed instance approval`);
    expect(applied.code).toBe(0);
    const cls = (await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name("acme-mmf")] })) as unknown as { almProxy: Address };
    const { plan } = readPlanFile(join(p.dir, "plans", "onboard.json"));
    const predicted = plan.changes.find((c) => c.address === "class.acme-mmf")!.predicted!;
    expect(getAddress(String(predicted.pau))).toBe(getAddress(cls.almProxy));
    for (const n of [1n, 2n])
      expect(await readContract(p.client, { address: p.d.addresses.factory, abi: haloFactoryAbi, functionName: "isNonceUsed", args: [approver, n] })).toBe(true);
    expect(await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "unitExists", args: [toBytes32Name("acme-mmf-junior")] })).toBe(true);
    // the next round of the same plan does not re-check the spent approvals of deployments already sent
    const again = await p.halo(["apply", "plans/onboard.json"]);
    expect(again.stderr).not.toContain("needs a signed approval");
    expect(again.code).toBe(0);
  });
});
