/**
 * ops/approval.ts applyApprovals without a chain: the rules that pick the authoriser (the tree's `approval:` or the
 * batch's signer), the kind (EOA signature vs Safe message), the missing approval, the used nonce, the deployment
 * already sent, and the replacement of the transaction by deploy…WithApproval.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Address, type Hex, decodeFunctionData, encodeFunctionData, getAddress, keccak256, toBytes, zeroAddress } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, describe, expect, it } from "vitest";
import { haloFactoryAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import type { Plan } from "../../model/plan-doc.js";
import { applyApprovals, approvalPath, approvalTypedData, buildApproval, plannedDeployment } from "../../ops/approval.js";

const FACTORY: Address = getAddress("0x00000000000000000000000000000000000fac70");
const DEPLOYER: Address = getAddress("0x00000000000000000000000000000000000de910");
/** A throw-away key made for this test (not a secret). */
const approver = privateKeyToAccount(keccak256(toBytes("halo approval-apply test key")));
const request = {
  classId: toBytes32Name("acme-mmf"),
  agentId: toBytes32Name("acme"),
  templateId: toBytes32Name("lcts-portfolio"),
  templateVersion: 1,
  operator: DEPLOYER,
  freezer: DEPLOYER,
  govOps: DEPLOYER,
  depositAsset: DEPLOYER,
  name: "",
  symbol: "",
  beacons: [],
  params: [],
  artifact: { uri: "ipfs://x", sha256: `0x${"ab".repeat(32)}` as Hex },
};
const SALT = keccak256(toBytes("salt"));
const calldata = encodeFunctionData({ abi: haloFactoryAbi, functionName: "deployClass", args: [request, SALT] });

function plan(approval?: { signer: Address; kind: "eoa" | "safe" }): Plan {
  return {
    chainId: 31337,
    now: 1_000n,
    seed: "0x01",
    actions: [{ id: "a1", kind: "create", resource: "class.acme-mmf", target: FACTORY, function: "deployClass", calldata, actor: "deployer", signer: DEPLOYER, dependsOn: [], ...(approval ? { approval } : {}) }],
    batches: [{ id: "batch-1", kind: "transactions", actor: "deployer", signer: DEPLOYER, earliestAt: 0n, actionIds: ["a1"], transactions: [{ to: FACTORY, value: 0n, data: calldata }] }],
    changes: [],
  } as unknown as Plan;
}

describe("applyApprovals", () => {
  const dir = mkdtempSync(join(tmpdir(), "halo-approval-apply-"));
  const planPath = join(dir, "plans", "p.json");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function save(p: Plan, opts: { safe?: boolean; nonce?: bigint } = {}) {
    const d = plannedDeployment(p, "class", "acme-mmf");
    const m = { approver: approver.address, templateId: d.templateId, version: d.version, paramsHash: d.paramsHash, salt: d.salt, deadline: 10_000_000_000n, nonce: opts.nonce ?? 5n };
    const saved = buildApproval(d, m, opts.safe ? approver.address : undefined);
    saved.signature = await approver.signTypedData(approvalTypedData(d, m) as never);
    const file = approvalPath(planPath, "class", "acme-mmf");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(saved));
  }

  it("the tree's approver: refused without a saved approval, naming the signer and the command", async () => {
    rmSync(join(dir, "plans"), { recursive: true, force: true });
    await expect(applyApprovals(plan({ signer: approver.address, kind: "eoa" }), planPath, 0n, undefined, "plans/p.json")).rejects.toThrow(
      `class acme-mmf needs a signed approval by ${approver.address}: none saved at`,
    );
    // without `approval:` and without a file: sent as the DEPLOYER's deployClass, unchanged
    const plain = await applyApprovals(plan(), planPath, 0n);
    expect(plain.approved).toEqual([]);
    expect(plain.plan.batches[0]!.transactions[0]!.data).toBe(calldata);
  });

  it("sends deployClassWithApproval with the approver's signature when the tree names it", async () => {
    const p = plan({ signer: approver.address, kind: "eoa" });
    await save(p);
    const r = await applyApprovals(p, planPath, 0n, undefined, "plans/p.json", async () => false);
    expect(r.approved).toEqual([`class acme-mmf (approved by ${approver.address})`]);
    const sent = decodeFunctionData({ abi: haloFactoryAbi, data: r.plan.batches[0]!.transactions[0]!.data });
    expect(sent.functionName).toBe("deployClassWithApproval");
    expect((sent.args![2] as { approver: Address; nonce: bigint }).approver).toBe(approver.address);
    // already sent (journal): left as it is, the spent approval not looked at
    const done = await applyApprovals(p, planPath, 0n, () => true, "plans/p.json", async () => true);
    expect(done.approved).toEqual([]);
  });

  it("refuses a used nonce, a Safe message where the tree names an EOA, and an approver the addresses are not predicted for", async () => {
    const p = plan({ signer: approver.address, kind: "eoa" });
    await save(p);
    await expect(applyApprovals(p, planPath, 0n, undefined, "plans/p.json", async () => true)).rejects.toThrow(
      `approval of class acme-mmf: nonce 5 of ${approver.address} is used already (HaloFactory.isNonceUsed)`,
    );
    await save(p, { safe: true });
    await expect(applyApprovals(p, planPath, 0n, undefined, "plans/p.json")).rejects.toThrow(
      "the tree names an EOA approver, but the saved approval is a Safe message",
    );
    const safe = plan({ signer: approver.address, kind: "safe" });
    await save(safe);
    await expect(applyApprovals(safe, planPath, 0n, undefined, "plans/p.json")).rejects.toThrow(
      `the tree names a Safe approver, but the saved approval is an EOA signature: run halo approve class acme-mmf plans/p.json --safe ${approver.address} again`,
    );
    await save(safe, { safe: true });
    await expect(applyApprovals(plan({ signer: approver.address, kind: "safe" }), planPath, 0n, undefined, "plans/p.json", async () => false)).resolves.toMatchObject({
      approved: [`class acme-mmf (approved by ${approver.address})`],
    });
    await save(plan());
    await expect(applyApprovals(plan({ signer: zeroAddress, kind: "eoa" }), planPath, 0n)).rejects.toThrow(
      `the approver ${approver.address} is not the signer the tree names (approval: ${zeroAddress})`,
    );
    await expect(applyApprovals(plan(), planPath, 0n)).rejects.toThrow(`is not the authoriser ${DEPLOYER} the plan's addresses are predicted for: declare \`approval: { signer: ${approver.address} }\``);
  });

  it("asks a Safe approver itself (ERC-1271) before anything is sent, and only a Safe", async () => {
    const safe = plan({ signer: approver.address, kind: "safe" });
    await save(safe, { safe: true });
    const asked: Hex[] = [];
    const refusing = async (_s: Address, digest: Hex) => (asked.push(digest), "the Safe 0x… does not accept the signature");
    await expect(applyApprovals(safe, planPath, 0n, undefined, "plans/p.json", async () => false, refusing)).rejects.toThrow(
      /^approval of class acme-mmf: the Safe 0x… does not accept the signature: collect the owners' signatures of SafeMessage hash 0x[0-9a-f]{64} and run halo approve class acme-mmf plans\/p\.json --signature <signatures> again; nothing sent$/,
    );
    const saved = JSON.parse(readFileSync(approvalPath(planPath, "class", "acme-mmf"), "utf8")) as { digest: Hex };
    expect(asked).toEqual([saved.digest]);
    await expect(applyApprovals(safe, planPath, 0n, undefined, "plans/p.json", async () => false, async () => undefined)).resolves.toMatchObject({
      approved: [`class acme-mmf (approved by ${approver.address})`],
    });
    // an EOA's signature is recovered here, never sent to a node
    const eoa = plan({ signer: approver.address, kind: "eoa" });
    await save(eoa);
    await expect(applyApprovals(eoa, planPath, 0n, undefined, "plans/p.json", async () => false, refusing)).resolves.toMatchObject({ approved: [expect.any(String)] });
    expect(asked).toHaveLength(1);
  });
});
