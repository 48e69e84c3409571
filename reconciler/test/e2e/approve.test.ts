// `halo approve`: EIP-712 instance approvals of the deployments a saved plan carries (issue 16), checked against the
// factory's own digest on the devnet, in the three signing modes (EOA key, typed data signed elsewhere, Safe message).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Hex, decodeFunctionData, getAddress, hashTypedData, keccak256, recoverTypedDataAddress, toBytes } from "viem";
import { roleId, toBytes32Name } from "../../chain/names.js";
import { privateKeyToAccount } from "viem/accounts";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloFactoryAbi, haloRegistryAbi } from "../../abi/index.js";
import type { SavedApproval } from "../../ops/approval.js";
import { readPlanFile } from "../../plan/planfile.js";
import { ACCOUNT, type Project, startProject } from "./project.js";

/** anvil's public test keys of accounts 7 and 8 (never secrets). */
const KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const KEY_7 = "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdaeb1f7e04d";
const KEY_8 = "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97";

describe("halo approve", () => {
  let p: Project;
  const approver = privateKeyToAccount(KEY_7);
  const saved = (file: string) => JSON.parse(readFileSync(join(p.dir, file), "utf8")) as SavedApproval;
  const deployArgs = (fn: "deployClass" | "deployUnit", resource: string) => {
    const { plan } = readPlanFile(join(p.dir, "plans", "onboard.json"));
    const action = plan.actions.find((a) => a.function === fn && a.resource === resource)!;
    return decodeFunctionData({ abi: haloFactoryAbi, data: action.calldata as Hex }).args as unknown as [unknown, Hex];
  };

  beforeAll(async () => {
    p = await startProject();
    const planned = await p.halo(["plan", "--out", "plans/onboard.json"]);
    expect(planned.stderr).toBe("");
  });
  afterAll(async () => {
    await p?.stop();
  });

  it("signs a class approval with an EOA key from the environment; the digest is the factory's", async () => {
    const ran = await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--key-env", "HALO_APPROVER_KEY", "--deadline", "4000000000", "--nonce", "7"], undefined, { HALO_APPROVER_KEY: KEY_7 });
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`approver ${approver.address}`);
    expect(ran.stdout).toMatch(/signed by 0x[0-9a-fA-F]{40}; saved to .*onboard\.approvals\/class-acme-mmf\.json/);
    const a = saved("plans/onboard.approvals/class-acme-mmf.json");
    const [request, salt] = deployArgs("deployClass", "class.acme-mmf");
    const onChain = await readContract(p.client, { address: p.d.addresses.factory, abi: haloFactoryAbi, functionName: "classApprovalDigest", args: [request, salt, approver.address, 4_000_000_000n, 7n] as never });
    expect(a.digest).toBe(onChain);
    expect(a.message.paramsHash).toBe(await readContract(p.client, { address: p.d.addresses.factory, abi: haloFactoryAbi, functionName: "classRequestHash", args: [request] as never }));
    expect(a.message.approver).toBe(approver.address);
    // the typed data is what a wallet signs: its hash is the digest, the signature recovers to the approver
    const typed = a.typedData as { domain: never; types: Record<string, never>; primaryType: never; message: never };
    const { EIP712Domain: _, ...types } = typed.types;
    expect(hashTypedData({ ...typed, types } as never)).toBe(a.digest);
    expect(await recoverTypedDataAddress({ ...typed, types, signature: a.signature! } as never)).toBe(approver.address);
  });

  it("approves a unit under its class's template; the digest is the factory's unitApprovalDigest", async () => {
    const ran = await p.halo(["approve", "unit", "acme-mmf-senior", "plans/onboard.json", "--key-env", "K", "--deadline", "4000000000", "--nonce", "8"], undefined, { K: KEY_7 });
    expect(ran.code).toBe(0);
    const a = saved("plans/onboard.approvals/unit-acme-mmf-senior.json");
    const [request, salt] = deployArgs("deployUnit", "class.acme-mmf.unit.acme-mmf-senior");
    // the factory's unitApprovalDigest needs the class on chain (it reads the class's template): the same EIP-712
    // digest is built here from its documented type, with the factory's own request hash
    const paramsHash = await readContract(p.client, { address: p.d.addresses.factory, abi: haloFactoryAbi, functionName: "unitRequestHash", args: [request] as never });
    expect(a.message.paramsHash).toBe(paramsHash);
    expect(a.message.templateId).toBe(toBytes32Name("lcts-portfolio"));
    expect(a.message.version).toBe(1);
    const digest = hashTypedData({
      domain: { name: "HaloFactory", version: "1", chainId: 31337, verifyingContract: p.d.addresses.factory },
      types: { UnitApproval: [{ name: "approver", type: "address" }, { name: "templateId", type: "bytes32" }, { name: "version", type: "uint32" }, { name: "paramsHash", type: "bytes32" }, { name: "salt", type: "bytes32" }, { name: "deadline", type: "uint256" }, { name: "nonce", type: "uint256" }] },
      primaryType: "UnitApproval",
      message: { approver: approver.address, templateId: toBytes32Name("lcts-portfolio"), version: 1, paramsHash, salt, deadline: 4_000_000_000n, nonce: 8n },
    });
    expect(a.digest).toBe(digest);
    const typehash = await readContract(p.client, { address: p.d.addresses.factory, abi: haloFactoryAbi, functionName: "UNIT_APPROVAL_TYPEHASH" });
    expect(typehash).toBe(keccak256(toBytes("UnitApproval(address approver,bytes32 templateId,uint32 version,bytes32 paramsHash,bytes32 salt,uint256 deadline,uint256 nonce)")));
  });

  it("prepares typed data for a signer elsewhere, then attaches and checks the signature (a wrong signer is named)", async () => {
    const prepared = await p.halo(["approve", "class", "bluecrest-senior-secured", "plans/onboard.json", "--approver", approver.address, "--typed-data"]);
    expect(prepared.code).toBe(0);
    expect(prepared.stdout).toContain("unsigned, saved to");
    expect(prepared.stdout).toContain('"primaryType": "ClassApproval"');
    const a = saved("plans/onboard.approvals/class-bluecrest-senior-secured.json");
    expect(a.signature).toBeUndefined();
    const typed = a.typedData as { domain: never; types: Record<string, never>; primaryType: never; message: never };
    const { EIP712Domain: _, ...types } = typed.types;
    // someone else's signature is refused, naming who signed
    const wrong = await privateKeyToAccount(KEY_8).signTypedData({ ...typed, types } as never);
    const refused = await p.halo(["approve", "class", "bluecrest-senior-secured", "plans/onboard.json", "--signature", wrong]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`signed by ${privateKeyToAccount(KEY_8).address}, not by the approver ${approver.address}`);
    // the hardware wallet's signature is attached
    const right = await approver.signTypedData({ ...typed, types } as never);
    const attached = await p.halo(["approve", "class", "bluecrest-senior-secured", "plans/onboard.json", "--signature", right]);
    expect(attached.stderr).toBe("");
    expect(attached.stdout).toContain("signature attached and checked");
    expect(saved("plans/onboard.approvals/class-bluecrest-senior-secured.json").signature).toBe(right);
  });

  it("refuses an approval that covers another deployment, naming the field", async () => {
    const file = join(p.dir, "plans/onboard.approvals/class-bluecrest-senior-secured.json");
    const a = JSON.parse(readFileSync(file, "utf8")) as SavedApproval;
    a.message.salt = `0x${"11".repeat(32)}`;
    writeFileSync(file, JSON.stringify(a));
    const ran = await p.halo(["approve", "class", "bluecrest-senior-secured", "plans/onboard.json", "--signature", a.signature!]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/approval of class bluecrest-senior-secured: salt 0x1{64} does not match the planned deployment/);
  });

  it("writes the SafeMessage hash for an ERC-1271 Safe approver", async () => {
    const safe = getAddress("0x5afe000000000000000000000000000000005afe");
    const ran = await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--safe", safe, "--out", "plans/safe-approval.json"]);
    expect(ran.code).toBe(0);
    const a = saved("plans/safe-approval.json");
    expect(a.message.approver).toBe(safe);
    expect(a.safe?.safeMessageHash).toBe(
      hashTypedData({ domain: { chainId: 31337, verifyingContract: safe }, types: { SafeMessage: [{ name: "message", type: "bytes" }] }, primaryType: "SafeMessage", message: { message: a.digest } }),
    );
    expect(ran.stdout).toContain(`its owners sign SafeMessage hash ${a.safe!.safeMessageHash}`);
  });

  it("takes no key on the command line and names a deployment the plan does not carry", async () => {
    const key = await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--key", KEY_7]);
    expect(key.code).toBe(1);
    expect(key.stderr).toMatch(/unknown option '--key'/);
    const none = await p.halo(["approve", "class", "nope", "plans/onboard.json", "--approver", approver.address]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("the plan deploys no class nope (no deployClass action for it)");
  });

  it("apply sends the approved deployment as deployClassWithApproval, and refuses an approver the addresses are not predicted for", async () => {
    rmSync(join(p.dir, "plans", "onboard.approvals"), { recursive: true, force: true });
    const factory = p.d.addresses.factory;
    // governance (the PAS Timelock, impersonated) makes the deployer an APPROVER as well
    await p.tx.call(p.d.addresses.timelock, factory, haloFactoryAbi, "grantRole", [roleId("APPROVER"), ACCOUNT.deployer]);
    // an approval by another APPROVER: the plan's addresses are predicted for the deployer, so apply refuses it
    expect((await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--key-env", "K"], undefined, { K: KEY_7 })).code).toBe(0);
    const refused = await p.halo(["apply", "plans/onboard.json"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the approver ${approver.address} is not the authoriser ${ACCOUNT.deployer} the plan's addresses are predicted for`);
    // the deployer's own approval is sent as deployClassWithApproval
    expect((await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--key-env", "K", "--nonce", "42"], undefined, { K: KEY_0 })).code).toBe(0);
    const applied = await p.halo(["apply", "plans/onboard.json"]);
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    expect(await readContract(p.client, { address: factory, abi: haloFactoryAbi, functionName: "isNonceUsed", args: [ACCOUNT.deployer, 42n] })).toBe(true);
    expect(await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "classExists", args: [toBytes32Name("acme-mmf")] })).toBe(true);
  });
});
