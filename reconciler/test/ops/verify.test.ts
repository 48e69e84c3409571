import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, encodeAbiParameters, hexToBigInt, keccak256, sha256, toBytes, toHex } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloRegistryAbi, rateLimitsAbi, subscribeQueueAbi } from "../../abi/index.js";
import { LIMIT, assetCounterpartyKey, roleId, toBytes32Name } from "../../chain/names.js";
import { anvilAccounts } from "../../ops/common.js";
import { classContracts } from "../../ops/registry.js";
import { ACCOUNTS, deployTree } from "../chain/scenario.js";
import { type Chain, halo, startChain } from "./fixture.js";

const OUTSIDER: Address = "0x000000000000000000000000000000000000bEEF";

interface Named {
  name: Hex;
  addr: Address;
}

describe("halo verify", () => {
  let chain: Chain;
  const contractOf = async (kind: "getClass" | "getUnit", id: string, name: string): Promise<Address> => {
    const rec = (await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: kind, args: [toBytes32Name(id)] })) as unknown as { contracts: Named[]; almProxy: Address; rateLimits: Address; controller: Address };
    // a class's PAU is in the record's own fields, not in `contracts`
    const all = kind === "getClass" ? classContracts(rec) : rec.contracts;
    return all.find((c) => c.name === toBytes32Name(name))!.addr;
  };

  beforeAll(async () => {
    chain = await startChain();
    await deployTree(chain.client, chain.d);
  });
  afterAll(async () => {
    await chain?.anvil.stop();
  });

  it("passes on a factory deployment: every class and unit, table and JSON (exit 0)", async () => {
    for (const [type, id] of [["class", "acme-mmf"], ["class", "acme-term"], ["unit", "acme-mmf-senior"], ["unit", "acme-mmf-junior"]] as const) {
      const ran = await halo(chain, ["verify", type, id]);
      expect(ran.stderr, `${type} ${id}`).toBe("");
      expect(ran.code, `${type} ${id}: ${ran.stdout}`).toBe(0);
      expect(ran.stdout).toMatch(/OK: \d+ checks passed/);
    }
    const term = await halo(chain, ["verify", "class", "acme-term"]);
    expect(term.stdout).toMatch(/behaviour\.NfatFacility\.openBook\s+PASS\s+openBook works for lpha-nfat only/);
    // a class's checks cover its PAU (kept in the record's own fields) as well as its other contracts
    expect(term.stdout).toMatch(/registry\.recorded\s+PASS\s+factory entry, 6 contracts factory-deployed/);
    for (const c of ["ALMProxy", "RateLimits", "HaloController", "NfatFacility", "NfatDealToken", "NfatRedeem"]) expect(term.stdout).toMatch(new RegExp(`clone\\.${c}\\s+PASS`));
    expect(term.stdout).toMatch(/roles\.ALMProxy\.CONTROLLER\s+PASS/);
    expect(term.stdout).toMatch(/roles\.HaloController\.UNIT\s+PASS/);
    expect(term.stdout).toMatch(/params\s+PASS\s+10 parameters from ClassDeployed \(tx 0x[0-9a-f]{64}\) match the registry's hash and the template's ranges/);
    const json = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--json"]);
    const result = JSON.parse(json.stdout) as { ok: boolean; checks: { name: string; ok: boolean }[] };
    expect(result.ok).toBe(true);
    const names = result.checks.map((c) => c.name);
    for (const expected of [
      "registry.recorded",
      "template.status",
      "clone.HaloShareToken",
      "clone.SubscribeQueue",
      "clone.RedeemQueue",
      "roles.SubscribeQueue.BEACON_ROLE",
      "roles.HaloShareToken.DEFAULT_ADMIN_ROLE",
      "roles.HaloController.UNIT",
      "params",
      "pas.registered",
      "pas.configuratorAdmin",
      "pas.beamState",
      "pas.timelock",
      "cbeam.grant",
      "cbeam.undeclared",
      "ratelimit.inflow.acme-mmf-senior",
      "ratelimit.outflow.acme-mmf-senior",
      "beacon.lpha-lcts",
      "behaviour.SubscribeQueue.acme-mmf-senior.lock",
      "behaviour.RedeemQueue.acme-mmf-senior.lock",
      "artifact",
      "day0.status",
    ]) {
      expect(names).toContain(expected);
    }
  });

  it("--record writes a signed-off daily review that the registry returns", async () => {
    const reportHash = keccak256(toBytes("daily review 1"));
    // anvil account 0 is the REVIEWER deploySystem named; its key is given through the variable
    const key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    expect(anvilAccounts()[0]!.address).toBe(chain.d.accounts.reviewer);
    const ran = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--record", "--reviewer-key-env", "HALO_REVIEWER_KEY", "--report-hash", reportHash], { HALO_REVIEWER_KEY: key });
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`recorded review of unit acme-mmf-senior: report ${reportHash}`);
    const reviews = (await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getReviews", args: [toBytes32Name("acme-mmf-senior")] })) as unknown as { reportHash: Hex; reviewer: Address }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.reportHash).toBe(reportHash);
    expect(reviews[0]!.reviewer).toBe(chain.d.accounts.reviewer);
    // the day0 row reflects it
    const again = await halo(chain, ["verify", "unit", "acme-mmf-senior"]);
    expect(again.stdout).toMatch(/day0\.status\s+PASS\s+in Day-0: 1 of 7 reviews recorded, one per daily window: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    // a second review in the same daily window is refused by the registry, naming the next window
    const twice = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--record", "--reviewer-key-env", "HALO_REVIEWER_KEY", "--report-hash", keccak256(toBytes("daily review 1 again"))], { HALO_REVIEWER_KEY: key });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/HaloRegistry_ReviewWindowTaken/);
  });

  it("--record refuses without a key variable, and with a key that is not a REVIEWER", async () => {
    const missing = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--record", "--reviewer-key-env", "HALO_REVIEWER_KEY"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("HALO_REVIEWER_KEY is not set");
    // anvil account 5's key: not a REVIEWER
    const outsiderKey = "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba";
    const refused = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--record", "--reviewer-key-env", "K"], { K: outsiderKey });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/halo: verify: .*(revert|REVIEWER|AccessControl)/i);
  });

  it("fails on a wrong artifact hash, naming the check (exit 2); passes with the recorded one", async () => {
    const doc = join(chain.dir, "acme-mmf-artifact.md");
    writeFileSync(doc, "# acme-mmf\nnot the document the registry records\n");
    const wrong = await halo(chain, ["verify", "class", "acme-mmf", "--artifact", doc]);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toMatch(/artifact\s+FAIL/);
    expect(wrong.stdout).toContain(`the document hashes to ${sha256(toBytes("# acme-mmf\nnot the document the registry records\n"))}`);
    expect(wrong.stdout).toMatch(/FAILED: 1 of \d+ checks: artifact/);
    const right = await halo(chain, ["verify", "class", "acme-mmf", "--artifact-sha256", keccak256(toBytes("acme-mmf"))]);
    expect(right.code).toBe(0);
  });

  it("fails on a stray role grant, naming the contract and role (exit 2), also for a role outside the table", async () => {
    const queue = await contractOf("getUnit", "acme-mmf-junior", "SubscribeQueue");
    // governance (the timelock, impersonated) grants the beacon role to an outsider
    await chain.tx.call(chain.d.addresses.timelock, queue, subscribeQueueAbi, "grantRole", [roleId("BEACON_ROLE"), OUTSIDER]);
    const ran = await halo(chain, ["verify", "unit", "acme-mmf-junior", "--json"]);
    expect(ran.code).toBe(2);
    const result = JSON.parse(ran.stdout) as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
    const failed = result.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(["roles.SubscribeQueue.BEACON_ROLE"]);
    expect(failed[0]!.detail).toContain(`stray holder(s) ${OUTSIDER}`);

    const odd = roleId("SHADOW_ADMIN");
    await chain.tx.call(chain.d.addresses.timelock, queue, subscribeQueueAbi, "grantRole", [odd, OUTSIDER]);
    // found across many small log queries too
    const table = await halo(chain, ["verify", "unit", "acme-mmf-junior", "--block-range", "4"]);
    expect(table.code).toBe(2);
    expect(table.stdout).toMatch(new RegExp(`roles\\.SubscribeQueue\\.${odd}\\s+FAIL\\s+role not in docs/roles.md held by ${OUTSIDER}`));
    // a failing checklist is never signed off
    const key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    const record = await halo(chain, ["verify", "unit", "acme-mmf-junior", "--record", "--reviewer-key-env", "HALO_REVIEWER_KEY"], { HALO_REVIEWER_KEY: key });
    expect(record.code).toBe(2);
    expect(record.stderr).toContain("checks failed: no review recorded");
    const reviews = (await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getReviews", args: [toBytes32Name("acme-mmf-junior")] })) as unknown[];
    expect(reviews).toEqual([]);
    // the sibling unit is untouched
    expect((await halo(chain, ["verify", "unit", "acme-mmf-senior"])).code).toBe(0);
  });

  it("fails on a rate limit changed away from its Day-0 value during Day-0, naming the flow (exit 2)", async () => {
    const rateLimits = await contractOf("getClass", "acme-term", "RateLimits");
    const facility = await contractOf("getClass", "acme-term", "NfatFacility");
    const key = assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, chain.d.depositAsset!, facility);
    // the Configurator (impersonated) is the only admin: a direct change outside SORL / Day-0
    await chain.tx.call(chain.d.addresses.configurator, rateLimits, rateLimitsAbi, "setRateLimitData", [key, 5_000_000n * 10n ** 18n, 10n ** 18n]);
    const ran = await halo(chain, ["verify", "class", "acme-term"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toMatch(/ratelimit\.inflow\.acme-term\s+FAIL\s+in Day-0 \(0 of 7 reviews\) the limit may not exceed maxAmount 100000000000000000000000/);
    expect(ran.stdout).toMatch(/FAILED: 1 of \d+ checks: ratelimit\.inflow\.acme-term/);
  });

  it("fails when the beacon lost its role: the role row and the simulated lock both name it (exit 2)", async () => {
    const queue = await contractOf("getUnit", "acme-mmf-senior", "RedeemQueue");
    await chain.tx.call(chain.d.addresses.timelock, queue, subscribeQueueAbi, "revokeRole", [roleId("BEACON_ROLE"), ACCOUNTS.lctsBeacon]);
    const ran = await halo(chain, ["verify", "unit", "acme-mmf-senior"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toMatch(new RegExp(`roles\\.RedeemQueue\\.BEACON_ROLE\\s+FAIL\\s+missing ${ACCOUNTS.lctsBeacon}`));
    expect(ran.stdout).toMatch(/behaviour\.RedeemQueue\.acme-mmf-senior\.lock\s+FAIL\s+lock by lpha-lcts 0x[0-9a-fA-F]{40} fails: reverted: AccessControlUnauthorizedAccount/);
  });

  it("fails the params row (and index refuses to write) when the registry's paramsHash disagrees with the factory's event", async () => {
    const registry = chain.d.addresses.haloRegistry;
    const unitId = toBytes32Name("acme-mmf-junior");
    const recorded = async () => ((await readContract(chain.client, { address: registry, abi: haloRegistryAbi, functionName: "getUnit", args: [unitId] })) as unknown as { paramsHash: Hex }).paramsHash;
    // HaloRegistry storage: _units at slot 5; a unit entry's first slot holds (low 20 bytes) the address of its
    // write-once record blob (BlobStore: code = 0x00 ++ abi.encode(UnitBlob)), where paramsHash is one word. The
    // blob's code is forged (the hash appears in it exactly once) and restored afterwards.
    const slot = toHex(hexToBigInt(keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "uint256" }], [unitId, 5n]))), { size: 32 });
    const entry = (await chain.client.request({ method: "eth_getStorageAt", params: [registry, slot, "latest"] })) as Hex;
    const blob = `0x${entry.slice(-40)}` as Hex;
    const original = await recorded();
    const code = (await chain.client.request({ method: "eth_getCode", params: [blob, "latest"] })) as Hex;
    expect(code.split(original.slice(2)).length).toBe(2);
    const forged = keccak256(toBytes("not the deployed parameters"));
    await chain.client.request({ method: "anvil_setCode" as never, params: [blob, code.replace(original.slice(2), forged.slice(2))] as never });
    try {
      expect(await recorded()).toBe(forged);
      const ran = await halo(chain, ["verify", "unit", "acme-mmf-junior"]);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toMatch(new RegExp(`params\\s+FAIL\\s+UnitDeployed parameters hash to ${original}, the registry records ${forged} \\(tx 0x[0-9a-f]{64}\\)`));
      const out = join(chain.dir, "records-forged");
      const index = await halo(chain, ["index", "--out", out]);
      expect(index.code).toBe(1);
      expect(index.stderr).toContain(`unit acme-mmf-junior: the factory event's parameters hash to ${original}, the HaloRegistry records ${forged}`);
      expect(existsSync(out)).toBe(false);
    } finally {
      await chain.client.request({ method: "anvil_setCode" as never, params: [blob, code] as never });
    }
    expect(await recorded()).toBe(original);
    // without the deployment in the scanned range the parameters cannot be read: a failure, not a silent pass
    const head = (await chain.client.request({ method: "eth_blockNumber" })) as Hex;
    const late = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--from-block", String(BigInt(head))]);
    expect(late.code).toBe(2);
    expect(late.stdout).toMatch(/params\s+FAIL\s+no UnitDeployed event of the factory 0x[0-9a-fA-F]{40} for this unit/);
  });

  it("reports an unknown id as an error (exit 1)", async () => {
    const ran = await halo(chain, ["verify", "class", "nope"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("class nope is not in the HaloRegistry");
    expect((await halo(chain, ["verify", "agent", "acme"])).code).toBe(1);
  });
});
