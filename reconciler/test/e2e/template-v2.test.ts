// A template v2 with new implementations (issue 16): `halo devnet implementations` deploys fresh copies of the
// implementation contracts; templates.yaml's proposal names them with their code hashes; the plan refuses a missing
// code, a wrong code hash or an unknown component as input errors (file:line:col); the proposal goes through its
// governed path (TEMPLATE_PROPOSER's proposeTemplate, the Core Council's approveTemplate through the PAS Timelock);
// `halo verify template` checks the result on chain. The tree holds only templates.yaml: nothing else is planned.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Address, type Hex, getAddress } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateRegistryAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import { scenarioDir } from "../helpers.js";
import { ACCOUNT, type Project, startProject } from "./project.js";

const DAY = 86_400n;

describe("template v2 with new implementations on anvil", () => {
  let p: Project;
  let tree: string;
  let original: string;
  const templates = () => join(p.dir, "halos", "templates.yaml");
  let impls: Record<string, { address: Address; codeHash: Hex }>;
  const v2 = (implementations: string) =>
    `${original.trimEnd()}
  - id: lcts-portfolio
    version: 2
    kind: portfolio-lcts
    status: approved
    audit:
      uri: ipfs://bafyexample-lcts-portfolio-v2-audit
      sha256: 8f23aa3ffce5598a36186ab44b3fb02aea9e9d0c1569482b9f5c2bed905b7191
    proposal:
      basedOn: 1
${implementations}`;
  const getTemplate = (version: number) =>
    readContract(p.client, { address: p.d.addresses.templateRegistry, abi: templateRegistryAbi, functionName: "getTemplate", args: [toBytes32Name("lcts-portfolio"), version] });

  beforeAll(async () => {
    tree = mkdtempSync(join(tmpdir(), "halo-templates-only-"));
    copyFileSync(join(scenarioDir, "templates.yaml"), join(tree, "templates.yaml"));
    p = await startProject({ tree });
    original = readFileSync(templates(), "utf8");
  });
  afterAll(async () => {
    await p?.stop();
    rmSync(tree, { recursive: true, force: true });
  });

  it("halo devnet implementations deploys fresh copies and prints the implementations: block (code hashes equal v1's)", async () => {
    const r = await p.halo(["devnet", "implementations", "portfolio-lcts", "--components", "SubscribeQueue,RedeemQueue"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("the code hashes equal v1's");
    impls = {};
    for (const m of r.stdout.matchAll(/^ {8}(\w+): \{ address: "(0x[0-9a-fA-F]{40})", codeHash: "(0x[0-9a-f]{64})" \}$/gm))
      impls[m[1]!] = { address: getAddress(m[2]!), codeHash: m[3] as Hex };
    expect(Object.keys(impls)).toEqual(["SubscribeQueue", "RedeemQueue"]);
    const v1 = await getTemplate(1);
    const v1Sub = v1.spec.unitComponents.find((c) => c.name === toBytes32Name("SubscribeQueue"))!;
    expect(impls.SubscribeQueue!.address).not.toBe(getAddress(v1Sub.implementation));
    expect(impls.SubscribeQueue!.codeHash).toBe(v1Sub.codeHash);
    writeFileSync(join(p.dir, "impls.yaml"), r.stdout.slice(r.stdout.indexOf("      implementations:")));
  });

  it("refuses a wrong code hash, an address without code and an unknown component as input errors, with file:line:col", async () => {
    const block = readFileSync(join(p.dir, "impls.yaml"), "utf8");
    const wrongHash = block.replace(impls.SubscribeQueue!.codeHash, `0x${"ab".repeat(32)}`);
    writeFileSync(templates(), v2(`${wrongHash}        NfatFacility: { address: "${ACCOUNT.stranger}", codeHash: "0x${"cd".repeat(32)}" }\n`));
    const r = await p.halo(["plan"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("declared value(s) the templates on chain refuse");
    expect(r.stderr).toMatch(new RegExp(`templates\\.yaml:\\d+:\\d+ templates\\[2\\]\\.proposal\\.implementations\\.SubscribeQueue\\.codeHash: the code at ${impls.SubscribeQueue!.address} hashes to ${impls.SubscribeQueue!.codeHash}, not the declared 0x(ab){32}`));
    expect(r.stderr).toMatch(/templates\.yaml:\d+:\d+ templates\[2\]\.proposal\.implementations\.NfatFacility\.address: NfatFacility is not a component of lcts-portfolio v1 \(its components: ALMProxy, RateLimits, HaloController, HaloShareToken, SubscribeQueue, RedeemQueue\)/);
    expect(r.stderr).toMatch(new RegExp(`NfatFacility\\.address: no code at ${ACCOUNT.stranger}: deploy the NfatFacility implementation first`));
  });

  it("plans, proposes and (after the timelock) approves v2 with the new implementations; halo verify template passes", async () => {
    writeFileSync(templates(), v2(readFileSync(join(p.dir, "impls.yaml"), "utf8")));
    const plan = await p.halo(["plan", "--out", "plans/v2.json"]);
    expect(plan.stderr).toBe("");
    expect(plan.stdout).toContain("# template.lcts-portfolio.v2 will be created");
    expect(plan.stdout).toContain(`new implementations: SubscribeQueue ${impls.SubscribeQueue!.address} (code hash ${impls.SubscribeQueue!.codeHash}), RedeemQueue ${impls.RedeemQueue!.address}`);
    expect(plan.stdout).toContain("the others as v1");
    expect(plan.stdout).toContain("core-council-timelocked");
    // before it exists: verify says so (status none)
    const before = await p.halo(["verify", "template", "lcts-portfolio@2"]);
    expect(before.code).toBe(2);
    expect(before.stdout).toMatch(/status\s+FAIL\s+none on chain, approved declared/);
    expect((await p.halo(["apply", "plans/v2.json"])).code).toBe(0);
    expect(Number((await getTemplate(2)).status)).toBe(1); // PROPOSED: the Core Council's approval waits for the timelock
    await p.warp(p.d.timelockDelay + DAY);
    const second = await p.halo(["apply", "plans/v2.json"]);
    expect(second.stderr).toBe("");
    expect(second.stdout).toContain("Every batch of the plan is done");
    const [t1, t2] = await Promise.all([getTemplate(1), getTemplate(2)]);
    expect(Number(t2.status)).toBe(2); // APPROVED
    expect(getAddress(t2.spec.unitComponents.find((c) => c.name === toBytes32Name("SubscribeQueue"))!.implementation)).toBe(impls.SubscribeQueue!.address);
    expect(getAddress(t2.spec.unitComponents.find((c) => c.name === toBytes32Name("RedeemQueue"))!.implementation)).toBe(impls.RedeemQueue!.address);
    expect(t2.spec.classComponents).toEqual(t1.spec.classComponents);
    const verified = await p.halo(["verify", "template", "lcts-portfolio"]);
    expect(verified.stderr).toBe("");
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain("halo verify template lcts-portfolio v2");
    expect(verified.stdout).toMatch(/implementation\.SubscribeQueue\s+PASS\s+0x[0-9a-fA-F]{40} on chain, declared/);
    expect(verified.stdout).toMatch(/implementation\.ALMProxy\s+PASS\s+0x[0-9a-fA-F]{40} on chain, v1's/);
    expect(verified.stdout).toMatch(/code\.SubscribeQueue\s+PASS/);
    expect(verified.stdout).toMatch(/OK: \d+ checks passed/);
    expect((await p.halo(["plan", "--detailed-exitcode"])).stdout).toContain("No changes.");
    // a declared audit the registry does not hold fails its check (exit 2), naming both
    writeFileSync(templates(), readFileSync(templates(), "utf8").replace("bafyexample-lcts-portfolio-v2-audit", "bafyexample-other-audit"));
    const wrong = await p.halo(["verify", "template", "lcts-portfolio@2"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toMatch(/audit\s+FAIL\s+ipfs:\/\/bafyexample-lcts-portfolio-v2-audit 0x[0-9a-f]{64} on chain; ipfs:\/\/bafyexample-other-audit/);
    expect(wrong.stdout).toContain("FAILED: 1 of");
    // an id templates.yaml does not declare is an error (exit 1) listing what it declares
    const unknown = await p.halo(["verify", "template", "nope"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("templates.yaml declares no template nope (declared: lcts-portfolio@1, nfat-term@1, lcts-portfolio@2)");
  }, 120_000);
});
