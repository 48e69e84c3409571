// An instance approval by a real Safe 1.4.1 (2-of-3, CompatibilityFallbackHandler) on anvil: the tree names the Safe
// as the approver of a class and of one of its units (`approval: { kind: safe }`), `halo approve` prints the
// SafeMessage hash — the one the Safe's fallback handler computes —, two owners sign it (EIP-712 SafeMessage), and
// `halo apply` deploys through deploy…WithApproval, the factory's ERC-1271 check passing on the real Safe. One
// owner's signature alone (below the threshold), or two in the wrong order, is refused by apply in one line, before
// anything is sent.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, concatHex, decodeFunctionData, encodeAbiParameters, sliceHex } from "viem";
import { getTransactionCount, readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloFactoryAbi, haloRegistryAbi } from "../../abi/index.js";
import { roleId, toBytes32Name } from "../../chain/names.js";
import type { SavedApproval } from "../../ops/approval.js";
import { readPlanFile } from "../../plan/planfile.js";
import { ACCOUNT, type Project, startProject } from "./project.js";
import { type SafeSingletons, deployTwoOfThreeSafe, readSafe, safeArtifacts, signSafeMessage } from "./safe-devnet.js";

const ERC1271_MAGIC = "0x1626ba7e";

describe("a class approved by a real Safe (ERC-1271 through the fallback handler)", () => {
  let p: Project;
  let safe: Address;
  let singletons: SafeSingletons;
  let owners: Awaited<ReturnType<typeof deployTwoOfThreeSafe>>["owners"];
  const mmf = () => join(p.dir, "halos", "acme", "mmf.yaml");
  const approvalFile = () => join(p.dir, "plans", "onboard.approvals", "class-acme-mmf.json");
  const saved = () => JSON.parse(readFileSync(approvalFile(), "utf8")) as SavedApproval;
  const classExists = () =>
    readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "classExists", args: [toBytes32Name("acme-mmf")] });

  beforeAll(async () => {
    p = await startProject();
    ({ safe, singletons, owners } = await deployTwoOfThreeSafe(p.client, p.tx, ACCOUNT.stranger));
    // governance (the PAS Timelock, the factory's admin; impersonated) makes the Safe an APPROVER
    await p.tx.call(p.d.addresses.timelock, p.d.addresses.factory, haloFactoryAbi, "grantRole", [roleId("APPROVER"), safe]);
    // the class and its last unit (junior) name the Safe
    writeFileSync(mmf(), `${readFileSync(mmf(), "utf8").trimEnd()}\n    approval: { signer: "${safe}", kind: safe }\napproval:\n  signer: "${safe}"\n  kind: safe\n`);
    const planned = await p.halo(["plan", "--out", "plans/onboard.json"]);
    expect(planned.stderr).toBe("");
    expect(planned.stdout).toContain(`needs a signed approval by ${safe} (Safe, ERC-1271): halo approve class acme-mmf <plan>`);
    expect(planned.stdout).toContain(`needs a signed approval by ${safe} (Safe, ERC-1271): halo approve unit acme-mmf-junior <plan>`);
  }, 60_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("the Safe is a real 2-of-3 Safe 1.4.1 with the fallback handler", async () => {
    expect(await readSafe(p.client, safe, "VERSION")).toBe("1.4.1");
    expect(await readSafe(p.client, safe, "getThreshold")).toBe(2n);
    expect(await readSafe<Address[]>(p.client, safe, "getOwners")).toEqual(owners.map((o) => o.address));
  });

  it("halo approve prints the SafeMessage hash the Safe itself computes", async () => {
    const r = await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const a = saved();
    expect(a.message.approver).toBe(safe);
    // CompatibilityFallbackHandler.getMessageHashForSafe(safe, abi.encode(digest)): what isValidSignature(bytes32, …) checks
    const onChain = await readContract(p.client, {
      address: singletons.fallbackHandler,
      abi: safeArtifacts.fallbackHandler.abi,
      functionName: "getMessageHashForSafe",
      args: [safe, encodeAbiParameters([{ type: "bytes32" }], [a.digest])],
    });
    expect(a.safe?.safeMessageHash).toBe(onChain);
    expect(r.stdout).toContain(`its owners sign SafeMessage hash ${onChain}`);
    // the digest is the factory's own
    expect(a.digest).toBe(
      await readContract(p.client, {
        address: p.d.addresses.factory,
        abi: haloFactoryAbi,
        functionName: "classApprovalDigest",
        args: [requestOf(p), a.message.salt, safe, BigInt(a.message.deadline), BigInt(a.message.nonce)] as never,
      }),
    );
  });

  it("one owner's signature (threshold 2): apply refuses in one line, nothing is sent", async () => {
    const one = await signSafeMessage(safe, 31337, saved().digest, owners.slice(0, 1));
    expect(await isValidSignature(p, safe, saved().digest, one)).not.toBe(ERC1271_MAGIC);
    const attached = await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--signature", one]);
    expect(attached.code).toBe(0);
    const sent = () => Promise.all([ACCOUNT.deployer, p.d.addresses.pauseProxy as Address].map((address) => getTransactionCount(p.client, { address })));
    const before = await sent();
    const r = await p.halo(["apply", "plans/onboard.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(
      `halo: approval of class acme-mmf: the Safe ${safe} does not accept the signature (ERC-1271 isValidSignature of the approval's digest): it carries 1 owner signature for its threshold of 2`,
    );
    // refused before anything was sent: not even the spell or the agents' registration of the same plan
    expect(await sent()).toEqual(before);
    expect(await classExists()).toBe(false);
  });

  it("two owners' signatures in the wrong order: apply refuses, saying the Safe wants them in ascending owner order", async () => {
    const sorted = await signSafeMessage(safe, 31337, saved().digest, owners.slice(0, 2));
    const reversed = concatHex([sliceHex(sorted, 65, 130), sliceHex(sorted, 0, 65)]);
    expect(await isValidSignature(p, safe, saved().digest, reversed)).toBe("reverted");
    expect((await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--signature", reversed])).code).toBe(0);
    const r = await p.halo(["apply", "plans/onboard.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(
      `the Safe ${safe} does not accept the signature (ERC-1271 isValidSignature of the approval's digest): it carries 2 owner signatures for its threshold of 2: each must be an owner's signature of the SafeMessage hash, concatenated in ascending owner-address order`,
    );
    expect(await classExists()).toBe(false);
  });

  it("two owners sign each SafeMessage: apply deploys the class and the unit through deploy…WithApproval, the factory's ERC-1271 check passes", async () => {
    const two = await signSafeMessage(safe, 31337, saved().digest, owners.slice(0, 2));
    // the real Safe accepts it for the factory's digest (CompatibilityFallbackHandler.isValidSignature(bytes32, bytes))
    expect(await isValidSignature(p, safe, saved().digest, two)).toBe(ERC1271_MAGIC);
    const attached = await p.halo(["approve", "class", "acme-mmf", "plans/onboard.json", "--signature", two]);
    expect(attached.stderr).toBe("");
    expect(attached.stdout).toContain("signature attached and checked");
    // the junior unit's approval (UnitApproval, under the class's template), signed by the other two owners
    const unit = await p.halo(["approve", "unit", "acme-mmf-junior", "plans/onboard.json"]);
    expect(unit.stdout).toContain("concatenated in ascending owner-address order");
    const unitFile = join(p.dir, "plans", "onboard.approvals", "unit-acme-mmf-junior.json");
    const unitApproval = JSON.parse(readFileSync(unitFile, "utf8")) as SavedApproval;
    const unitSigs = await signSafeMessage(safe, 31337, unitApproval.digest, owners.slice(1, 3));
    expect((await p.halo(["approve", "unit", "acme-mmf-junior", "plans/onboard.json", "--signature", unitSigs])).code).toBe(0);
    const r = await p.halo(["apply", "plans/onboard.json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`class acme-mmf (approved by ${safe}): sent with its signed instance approval`);
    expect(r.stdout).toContain(`unit acme-mmf-junior (approved by ${safe}): sent with its signed instance approval`);
    expect(await classExists()).toBe(true);
    expect(await readContract(p.client, { address: p.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "unitExists", args: [toBytes32Name("acme-mmf-junior")] })).toBe(true);
    for (const nonce of [saved().message.nonce, unitApproval.message.nonce])
      expect(await readContract(p.client, { address: p.d.addresses.factory, abi: haloFactoryAbi, functionName: "isNonceUsed", args: [safe, BigInt(nonce)] })).toBe(true);
  });
});

/** The deployClass request of acme-mmf the saved plan carries (the bytes apply sends). */
function requestOf(p: Project): unknown {
  const { plan } = readPlanFile(join(p.dir, "plans", "onboard.json"));
  const action = plan.actions.find((x) => x.function === "deployClass" && x.resource === "class.acme-mmf")!;
  return decodeFunctionData({ abi: haloFactoryAbi, data: action.calldata as Hex }).args[0];
}

/** The Safe's ERC-1271 answer (through its CompatibilityFallbackHandler) for `hash`; "reverted" when it reverts. */
function isValidSignature(p: Project, safe: Address, hash: Hex, signature: Hex): Promise<Hex | "reverted"> {
  const abi = [{ type: "function", name: "isValidSignature", stateMutability: "view", inputs: [{ type: "bytes32" }, { type: "bytes" }], outputs: [{ type: "bytes4" }] }] as const;
  return readContract(p.client, { address: safe, abi, functionName: "isValidSignature", args: [hash, signature] }).catch(() => "reverted" as const);
}
