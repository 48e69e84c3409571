/**
 * Demo steps of issue 16's life after launch:
 *
 * - `signedApproval`: a new unit of the Portfolio class declared with `approval: { signer }` — an APPROVER that is
 *   not the deployer (a separate key, anvil mnemonic index 10, which signs off the node). `halo plan` predicts the
 *   unit for that approver and says it needs its signature; `halo apply` refuses without it; `halo approve
 *   --typed-data` writes the EIP-712 payload, the approver's wallet signs it, `halo approve --signature` attaches
 *   it; `halo apply` sends deployUnitWithApproval and the unit lands at the predicted addresses.
 * - `templateV2`: `halo devnet implementations` deploys fresh SubscribeQueue / RedeemQueue implementations (the same
 *   bytecode: the code hashes equal v1's, only the addresses are new); templates.yaml declares lcts-portfolio v2 with
 *   them; `halo plan` → `halo apply` (TEMPLATE_PROPOSER's proposeTemplate, the Core Council's scheduled approval) →
 *   the PAS Timelock's delay → `halo apply` (executeBatch) → `halo verify template lcts-portfolio@2`.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, getAddress } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { readContract } from "viem/actions";
import { parse } from "yaml";
import { haloFactoryAbi, templateRegistryAbi } from "../abi/index.js";
import { toBytes32Name } from "../chain/names.js";
import type { SystemDeployment } from "../chain/system.js";
import { HaloError } from "../errors.js";
import { type DemoChain, registryContracts } from "./chain.js";
import type { HaloRun, Workspace } from "./workspace.js";

class DemoStepError extends HaloError {
  override name = "DemoError";
}

/** anvil's public test mnemonic, index 10: not one of the node's ten accounts — the approver signs off the node. */
export const DEMO_APPROVER = mnemonicToAccount("test test test test test test test test test test test junk", { addressIndex: 10 });

/** The unit the approval step adds to the Portfolio class. */
export const APPROVED_UNIT = "acme-mmf-approved";

function expect0(what: string, r: HaloRun, codes: number[] = [0]): HaloRun {
  if (!codes.includes(r.code)) throw new DemoStepError(`${what} exited ${r.code} (expected ${codes.join(" or ")}):\n${r.stderr}${r.stdout}`);
  return r;
}

/** The class file of `classId` in the workspace's tree. */
function classFile(dir: string, classId: string): string {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".yaml") ? [join(d, e.name)] : []));
  const hit = walk(join(dir, "halos")).find((f) => /^class:\s*(\S+)/m.exec(readFileSync(f, "utf8"))?.[1] === classId);
  if (hit === undefined) throw new DemoStepError(`no class file declares ${classId}`);
  return hit;
}

export interface ApprovalOutcome {
  approver: Address;
  unit: string;
  shareToken: Address;
  refusal: string;
  line: string;
  detail: string;
}

export async function signedApproval(chain: DemoChain, ws: Workspace, d: SystemDeployment, classId: string): Promise<ApprovalOutcome> {
  const approver = DEMO_APPROVER.address;
  // governance made the approver an APPROVER of the factory when the system was deployed (deploySystem's approvers)
  const isApprover = await readContract(chain.client, { address: d.addresses.factory, abi: haloFactoryAbi, functionName: "hasRole", args: [await readContract(chain.client, { address: d.addresses.factory, abi: haloFactoryAbi, functionName: "APPROVER" }), approver] });
  if (!isApprover) throw new DemoStepError(`${approver} holds no APPROVER on the factory`);
  // the new unit, declared with its approver (no rate limits of its own: the factory's Day-0 inits are its limits)
  const file = classFile(ws.dir, classId);
  const text = readFileSync(file, "utf8");
  // appended as text (re-serialising the file would rewrite its amounts): `units:` must be the file's last key
  const keys = Object.keys((parse(text) ?? {}) as Record<string, unknown>);
  if (keys.at(-1) !== "units") throw new DemoStepError(`${file}: units is not the last key, the demo cannot append a unit`);
  const artifact = createHash("sha256").update("EXAMPLE acme-mmf-approved artifact").digest("hex");
  writeFileSync(
    file,
    `${text.trimEnd()}
  - id: ${APPROVED_UNIT}
    token: { name: Acme MMF Approved, symbol: acMMF-A }
    params:
      seniority: senior
      capacity: 5_000_000e18
      targetYieldBps: 400
      maxRateIncreaseBps: 10
      initialExchangeRate: 1e18
    artifact:
      uri: ipfs://bafyexample-${APPROVED_UNIT}
      sha256: ${artifact}
    approval: { signer: "${approver}", kind: eoa }
`,
  );

  const plan = expect0("halo plan --out plans/approval.json", await ws.halo(["plan", "--out", "plans/approval.json"]));
  const needs = plan.stdout.split("\n").find((l) => l.includes(`needs a signed approval by ${approver}`));
  if (needs === undefined) throw new DemoStepError(`the plan does not say the unit needs ${approver}'s approval:\n${plan.stdout}`);
  const refused = expect0("halo apply (no approval yet)", await ws.halo(["apply", "plans/approval.json"]), [1]);
  const refusal = (refused.stderr.trim().split("\n")[0] ?? "").replace(/^halo: /, "");
  // the approver's wallet: halo writes the typed data, the wallet signs it (off the node), halo attaches the signature
  expect0("halo approve --typed-data", await ws.halo(["approve", "unit", APPROVED_UNIT, "plans/approval.json", "--typed-data"]));
  const saved = JSON.parse(readFileSync(join(ws.dir, "plans", "approval.approvals", `unit-${APPROVED_UNIT}.json`), "utf8")) as { typedData: { types: Record<string, unknown> } };
  const { EIP712Domain: _, ...types } = saved.typedData.types;
  const signature = await DEMO_APPROVER.signTypedData({ ...(saved.typedData as object), types } as never);
  const attached = expect0("halo approve --signature", await ws.halo(["approve", "unit", APPROVED_UNIT, "plans/approval.json", "--signature", signature]));
  const applied = expect0("halo apply (with the approval)", await ws.halo(["apply", "plans/approval.json"]));
  const sent = applied.stdout.split("\n").find((l) => l.includes("sent with its signed instance approval"));
  if (sent === undefined) throw new DemoStepError(`apply did not send the approved deployment:\n${applied.stdout}`);
  const shareToken = (await registryContracts(chain, "getUnit", APPROVED_UNIT)).HaloShareToken;
  const predicted = /share token (0x[0-9a-fA-F]{40})/.exec(needs)?.[1];
  if (shareToken === undefined || predicted === undefined || getAddress(predicted) !== getAddress(shareToken))
    throw new DemoStepError(`unit ${APPROVED_UNIT}: share token ${shareToken ?? "none"} on chain, ${predicted ?? "none"} predicted`);
  return {
    approver,
    unit: APPROVED_UNIT,
    shareToken: getAddress(shareToken),
    refusal,
    line: `unit ${APPROVED_UNIT} deployed by APPROVER ${approver}'s EIP-712 signature (deployUnitWithApproval), at the share token the plan predicted for it`,
    detail: [`plan: ${needs.slice(needs.indexOf("factory deploys"))}`, `apply without it: ${refusal}`, attached.stdout.trim().split("\n")[0] ?? "", sent.trim()].join("\n"),
  };
}

export interface TemplateV2Outcome {
  implementations: Record<string, Address>;
  checks: number;
  line: string;
  detail: string;
}

export async function templateV2(chain: DemoChain, ws: Workspace, d: SystemDeployment): Promise<TemplateV2Outcome> {
  const deployed = expect0(
    "halo devnet implementations",
    await ws.halo(["devnet", "implementations", "portfolio-lcts", "--components", "SubscribeQueue,RedeemQueue"]),
  );
  const block = deployed.stdout.slice(deployed.stdout.indexOf("      implementations:"));
  const implementations = Object.fromEntries([...block.matchAll(/^ {8}(\w+): \{ address: "(0x[0-9a-fA-F]{40})"/gm)].map((m) => [m[1]!, getAddress(m[2]!)]));
  const file = join(ws.dir, "halos", "templates.yaml");
  const text = readFileSync(file, "utf8");
  const v1 = /^ {2}- id: lcts-portfolio\n(?: {4}.*\n)+/m.exec(text)?.[0];
  if (v1 === undefined) throw new DemoStepError("templates.yaml declares no lcts-portfolio entry");
  const v2 = v1
    .replace("version: 1", "version: 2")
    .replace(/uri: (\S+)-v1-audit/, "uri: $1-v2-audit")
    .concat(`    proposal:\n      basedOn: 1\n${block}`);
  writeFileSync(file, `${text.trimEnd()}\n${v2}`);
  const plan = expect0("halo plan --out plans/template-v2.json", await ws.halo(["plan", "--out", "plans/template-v2.json"]));
  const propose = plan.stdout.split("\n").find((l) => l.includes("a TEMPLATE_PROPOSER proposes lcts-portfolio v2"));
  if (propose === undefined) throw new DemoStepError(`the plan does not propose lcts-portfolio v2:\n${plan.stdout}`);
  expect0("halo apply plans/template-v2.json", await ws.halo(["apply", "plans/template-v2.json"]));
  await chain.warp(d.timelockDelay);
  const last = expect0("halo apply plans/template-v2.json (after the timelock)", await ws.halo(["apply", "plans/template-v2.json"]));
  if (!last.stdout.includes("Every batch of the plan is done")) throw new DemoStepError(`the template v2 plan is not done:\n${last.stdout}`);
  const t = await readContract(chain.client, { address: d.addresses.templateRegistry, abi: templateRegistryAbi, functionName: "getTemplate", args: [toBytes32Name("lcts-portfolio"), 2] });
  if (Number(t.status) !== 2) throw new DemoStepError(`lcts-portfolio v2 is not approved on chain (status ${t.status})`);
  const verified = expect0("halo verify template lcts-portfolio@2", await ws.halo(["verify", "template", "lcts-portfolio@2"]));
  const checks = Number(/OK: (\d+) checks passed/.exec(verified.stdout)?.[1] ?? 0);
  return {
    implementations,
    checks,
    line: `lcts-portfolio v2 proposed with new SubscribeQueue / RedeemQueue implementations (same bytecode: code hashes equal v1's), approved by the Core Council after the ${d.timelockDelay / 86_400n}-day PAS Timelock; halo verify template: ${checks} checks passed`,
    detail: [`plan: ${propose.slice(propose.indexOf("a TEMPLATE_PROPOSER"))}`, ...verified.stdout.trim().split("\n").filter((l) => /^(status|implementation\.|OK:)/.test(l))].join("\n"),
  };
}
