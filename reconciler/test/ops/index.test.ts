import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Address, type Hex, encodeFunctionData, getAddress, keccak256, toBytes, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloRegistryAbi, mockERC20Abi, nfatFacilityAbi, pasTimelockAbi } from "../../abi/index.js";
import { ZERO_BYTES32, toBytes32Name } from "../../chain/names.js";
import { validateRecord } from "../../ops/records.js";
import { paramsHashOf } from "../../ops/registry.js";
import { ACCOUNTS, E18, deployTree } from "../chain/scenario.js";
import { type Chain, halo, startChain } from "./fixture.js";

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ["agents", "classes", "units"]) {
    for (const f of readdirSync(join(dir, sub)).sort()) out[`${sub}/${f}`] = readFileSync(join(dir, sub, f), "utf8");
  }
  return out;
}

const PRIME = getAddress("0x000000000000000000000000000000000000b1fe");

/** lpha-nfat claims a 50k deal for a Prime in acme-term: one NFT = one deal unit in the registry. */
async function claimDeal(chain: Chain): Promise<void> {
  const rec = (await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name("acme-term")] })) as unknown as { contracts: { name: Hex; addr: Address }[] };
  const facility = rec.contracts.find((c) => c.name === toBytes32Name("NfatFacility"))!.addr;
  await chain.tx.call(chain.d.accounts.deployer, chain.d.depositAsset!, mockERC20Abi, "mint", [PRIME, 80_000n * E18]);
  await chain.tx.call(PRIME, chain.d.depositAsset!, mockERC20Abi, "approve", [facility, 80_000n * E18]);
  await chain.tx.call(PRIME, facility, nfatFacilityAbi, "deposit", [80_000n * E18]);
  await chain.tx.call(ACCOUNTS.nfatBeacon, facility, nfatFacilityAbi, "openBook", [toBytes32Name("book-1")]);
  const now = BigInt(((await chain.client.request({ method: "eth_getBlockByNumber", params: ["latest", false] })) as { timestamp: Hex }).timestamp);
  await chain.tx.call(ACCOUNTS.nfatBeacon, facility, nfatFacilityAbi, "claim", [PRIME, 50_000n * E18, toBytes32Name("book-1"), { maturity: now + 365n * 86_400n, apyBps: 800, schedule: 0, documentHash: keccak256(toBytes("term-sheet")) }]);
}

// Governance records only a hash of a legacy entry's parameters; the values stay off chain.
const LEGACY_CLASS_PARAMS_HASH = paramsHashOf([]);
const LEGACY_UNIT_PARAMS_HASH = paramsHashOf([{ name: toBytes32Name("capacity"), value: 7n }]);

/** Governance records a pre-factory class with one unit through the timelock (schedule, wait, execute). */
async function recordLegacy(chain: Chain): Promise<void> {
  const registry = chain.d.addresses.haloRegistry;
  const fake = (n: number) => `0x${n.toString(16).padStart(40, "0")}` as Address;
  const cls = {
    classId: toBytes32Name("acme-legacy"), agentId: toBytes32Name("acme"), kind: ZERO_BYTES32, templateId: ZERO_BYTES32, templateVersion: 0, origin: 0,
    conformsToTemplate: false, almProxy: fake(0x1001), controller: fake(0x1002), rateLimits: fake(0x1003), operator: ACCOUNTS.operator, freezer: zeroAddress,
    govOps: ACCOUNTS.govOps, depositAsset: chain.d.depositAsset!, contracts: [{ name: toBytes32Name("Custodian"), addr: fake(0x1005) }], beacons: [],
    paramsHash: LEGACY_CLASS_PARAMS_HASH, artifact: { uri: "ipfs://acme-legacy", sha256: keccak256(toBytes("acme-legacy")) }, recordedAt: 0n, day0: { cycles: 0, reviewCount: 0, endedAt: 0n }, unitIds: [],
  };
  const unit = {
    unitId: toBytes32Name("acme-legacy-1"), classId: toBytes32Name("acme-legacy"), origin: 0, contracts: [{ name: toBytes32Name("Vault"), addr: fake(0x1004) }],
    paramsHash: LEGACY_UNIT_PARAMS_HASH, deal: { dealToken: zeroAddress, tokenId: 0n, depositor: zeroAddress, principal: 0n, bookId: ZERO_BYTES32, termsHash: ZERO_BYTES32 },
    artifact: { uri: "ipfs://acme-legacy-1", sha256: keccak256(toBytes("acme-legacy-1")) }, recordedAt: 0n, day0: { cycles: 0, reviewCount: 0, endedAt: 0n },
  };
  const targets = [registry, registry];
  const values = [0n, 0n];
  const data = [
    encodeFunctionData({ abi: haloRegistryAbi, functionName: "recordLegacyClass", args: [cls] }),
    encodeFunctionData({ abi: haloRegistryAbi, functionName: "recordLegacyUnit", args: [unit] }),
  ];
  const salt = toBytes32Name("legacy-1");
  await chain.tx.call(ACCOUNTS.governance, chain.d.addresses.timelock, pasTimelockAbi, "scheduleBatch", [targets, values, data, ZERO_BYTES32, salt, chain.d.timelockDelay]);
  await chain.client.request({ method: "evm_increaseTime" as never, params: [`0x${chain.d.timelockDelay.toString(16)}`] as never });
  await chain.client.request({ method: "evm_mine" as never, params: [] as never });
  await chain.tx.call(ACCOUNTS.governance, chain.d.addresses.timelock, pasTimelockAbi, "executeBatch", [targets, values, data, ZERO_BYTES32, salt]);
}

describe("halo index", () => {
  let chain: Chain;

  beforeAll(async () => {
    chain = await startChain();
    await deployTree(chain.client, chain.d);
    // one Day-0 review and one artifact update, so both histories are exercised
    await chain.tx.call(chain.d.accounts.reviewer, chain.d.addresses.haloRegistry, haloRegistryAbi, "recordReview", [toBytes32Name("acme-mmf-senior"), keccak256(toBytes("report-1"))]);
    await chain.tx.call(ACCOUNTS.agentOperator, chain.d.addresses.haloRegistry, haloRegistryAbi, "setArtifact", [toBytes32Name("acme-mmf"), { uri: "ipfs://acme-mmf-v2", sha256: keccak256(toBytes("acme-mmf-v2")) }]);
    await claimDeal(chain);
    await recordLegacy(chain);
  });
  afterAll(async () => {
    await chain?.anvil.stop();
  });

  it("writes one schema-valid record per agent, class and unit, with every address, parameter and Day-0 fact", async () => {
    const out = join(chain.dir, "records");
    const ran = await halo(chain, ["index", "--out", out]);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/1 agents, 3 classes, 4 units; 8 written, 0 unchanged/);
    const files = readTree(out);
    const dealFile = Object.keys(files).find((f) => f.startsWith("units/0x"))!;
    expect(Object.keys(files)).toEqual([
      "agents/acme.json",
      "classes/acme-legacy.json",
      "classes/acme-mmf.json",
      "classes/acme-term.json",
      dealFile,
      "units/acme-legacy-1.json",
      "units/acme-mmf-junior.json",
      "units/acme-mmf-senior.json",
    ]);
    for (const [file, body] of Object.entries(files)) expect(validateRecord(JSON.parse(body)), file).toEqual([]);

    const agent = JSON.parse(files["agents/acme.json"]!);
    expect(agent.classIds).toEqual(["acme-mmf", "acme-term", "acme-legacy"]);
    expect(agent.operator).toBe(ACCOUNTS.agentOperator);

    // every factory record's parameters (from the canonical event) hash to what the registry recorded
    const registryHash = async (fn: "getClass" | "getUnit", idHex: Hex) =>
      ((await readContract(chain.client, { address: chain.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: fn, args: [idHex] })) as unknown as { paramsHash: Hex }).paramsHash;
    for (const [file, body] of Object.entries(files)) {
      const rec = JSON.parse(body) as { recordType: string; origin?: string; kind?: string; classIdHex?: Hex; unitIdHex?: Hex; paramsHash?: Hex; params?: { name: string; value: string }[] | null };
      if (rec.recordType === "agent") continue;
      const onChain = rec.recordType === "class" ? await registryHash("getClass", rec.classIdHex!) : await registryHash("getUnit", rec.unitIdHex!);
      expect(rec.paramsHash, file).toBe(onChain);
      if (rec.origin === "factory" && rec.kind !== "nfat-deal") {
        expect(paramsHashOf(rec.params!.map((p) => ({ name: toBytes32Name(p.name), value: BigInt(p.value) }))), file).toBe(onChain);
      }
    }

    const mmf = JSON.parse(files["classes/acme-mmf.json"]!);
    expect(mmf.template).toEqual({ id: "lcts-portfolio", version: 1 });
    expect(mmf.kind).toBe("portfolio-lcts");
    expect(mmf.beacons).toEqual([{ kind: "lpha-lcts", operator: ACCOUNTS.lctsBeacon }]);
    expect(mmf.unitIds).toEqual(["acme-mmf-senior", "acme-mmf-junior"]);
    expect(mmf.artifact).toEqual({ uri: "ipfs://acme-mmf-v2", sha256: keccak256(toBytes("acme-mmf-v2")) });
    expect(mmf.artifactHistory).toHaveLength(1);
    expect(mmf.artifactHistory[0].previousSha256).toBe(keccak256(toBytes("acme-mmf")));
    expect(mmf.cbeamGrant.operationId).toMatch(/^0x[0-9a-f]{64}$/);
    expect(mmf.deployment.authoriser).toBe(chain.d.accounts.deployer);

    const term = JSON.parse(files["classes/acme-term.json"]!);
    expect(Object.keys(term.addresses).sort()).toEqual(["almProxy", "controller", "dealToken", "facility", "rateLimits", "redeem"]);
    expect(term.params.find((p: { name: string }) => p.name === "sizeMax").value).toBe((50_000_000n * 10n ** 18n).toString());
    expect(term.day0.limits).toHaveLength(2);
    expect(term.day0.cycles).toBe(7);

    const senior = JSON.parse(files["units/acme-mmf-senior.json"]!);
    expect(senior.kind).toBe("lcts-unit");
    expect(senior.params.find((p: { name: string }) => p.name === "capacity").value).toBe((50_000_000n * 10n ** 18n).toString());
    expect(senior.day0.reviewCount).toBe(1);
    expect(senior.day0.reviews[0].reportHash).toBe(keccak256(toBytes("report-1")));
    expect(senior.day0.ended).toBe(false);
    expect(senior.beacons).toEqual(mmf.beacons);
    const deal = JSON.parse(files[dealFile]!);
    expect(deal.kind).toBe("nfat-deal");
    expect(deal.classId).toBe("acme-term");
    expect(deal.deal).toMatchObject({ tokenId: "1", depositor: PRIME, principal: (50_000n * E18).toString(), bookId: "book-1", dealToken: term.addresses.dealToken });
    expect(deal.beacons.map((b: { kind: string }) => b.kind)).toEqual(["lpha-nfat", "lpha-attest"]);
    expect(term.unitIds).toEqual([deal.unitId]);

    const legacy = JSON.parse(files["classes/acme-legacy.json"]!);
    expect(legacy).toMatchObject({ origin: "legacy", template: null, conformsToTemplate: false, cbeamGrant: null, unitIds: ["acme-legacy-1"], params: null, paramsHash: LEGACY_CLASS_PARAMS_HASH });
    // the PAU comes from the record's own fields; `contracts` holds only the other contracts
    expect(legacy.addresses).toEqual({ almProxy: "0x0000000000000000000000000000000000001001", controller: "0x0000000000000000000000000000000000001002", rateLimits: "0x0000000000000000000000000000000000001003" });
    expect(legacy.contracts).toEqual([{ name: "Custodian", address: "0x0000000000000000000000000000000000001005" }]);
    expect(legacy.day0).toMatchObject({ cycles: 0, ended: true });
    const legacyUnit = JSON.parse(files["units/acme-legacy-1.json"]!);
    expect(legacyUnit).toMatchObject({ origin: "legacy", kind: "legacy", contracts: [{ name: "Vault", address: "0x0000000000000000000000000000000000001004" }], params: null, paramsHash: LEGACY_UNIT_PARAMS_HASH });
    expect(legacyUnit.day0.ended).toBe(true);

    // canonical: keys sorted, amounts as decimal strings
    expect(Object.keys(senior)).toEqual([...Object.keys(senior)].sort());
  });

  it("is idempotent: a re-run (even after new blocks without events) writes byte-identical files", async () => {
    const out = join(chain.dir, "records-2");
    expect((await halo(chain, ["index", "--out", out])).code).toBe(0);
    const first = readTree(out);
    await chain.client.request({ method: "evm_mine" as never, params: [] as never });
    const again = await halo(chain, ["index", "--out", out, "--block-range", "7"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 written, 8 unchanged/);
    expect(readTree(out)).toEqual(first);
    // a fresh directory with another range size gives the same bytes
    const other = join(chain.dir, "records-3");
    expect((await halo(chain, ["index", "--out", other, "--block-range", "3"])).code).toBe(0);
    expect(readTree(other)).toEqual(first);
  });

  it("reports an unknown and a malformed event by transaction hash and log index, writing nothing (exit 1)", async () => {
    // Replace the factory's code with an emitter: one unknown event, one ClassDeployed with a broken payload.
    const factory = chain.d.addresses.factory;
    const saved = (await chain.client.request({ method: "eth_getCode", params: [factory, "latest"] })) as Hex;
    const emitter = (topic: Hex): Hex => `0x7f${topic.slice(2)}60016000a100`; // LOG1(topic, 1 byte of data)
    const unknownTopic = keccak256(toBytes("Bogus(uint256)"));
    const classDeployedTopic = keccak256(toBytes("ClassDeployed(uint16,bytes32,bytes32,((bytes32,bytes32,bytes32,uint32,address,address,address,address,string,string,(bytes32,address)[],(bytes32,uint256)[],(string,bytes32)),bytes32,(address,address,address,address,address,address),address,bytes32,(bytes32,uint256,uint256)[],uint32,bytes32,uint256))"));
    const hashes: Hex[] = [];
    for (const topic of [unknownTopic, classDeployedTopic]) {
      await chain.client.request({ method: "anvil_setCode" as never, params: [factory, emitter(topic)] as never });
      hashes.push((await chain.client.request({ method: "eth_sendTransaction", params: [{ from: chain.d.accounts.deployer, to: factory }] } as never)) as Hex);
      await chain.client.request({ method: "evm_mine" as never, params: [] as never });
    }
    await chain.client.request({ method: "anvil_setCode" as never, params: [factory, saved] as never });

    const out = join(chain.dir, "records-bad");
    const ran = await halo(chain, ["index", "--out", out]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(`unknown event from HaloFactory`);
    expect(ran.stderr).toContain(`tx ${hashes[0]} log 0`);
    expect(ran.stderr).toContain(`topic0 ${unknownTopic}`);
    expect(ran.stderr).toContain(`malformed event from HaloFactory`);
    expect(ran.stderr).toContain(`tx ${hashes[1]} log 0`);
    expect(() => readdirSync(out)).toThrow();

    // --from-block past the bad logs indexes cleanly again (an operator's way around a known-bad range)
    const head = (await chain.client.request({ method: "eth_blockNumber" })) as Hex;
    const after = await halo(chain, ["index", "--out", out, "--from-block", String(BigInt(head) + 1n)]);
    expect(after.code).toBe(0);
  });

  it("verify runs the pre-factory checklist on a legacy class (here fake addresses: no PAS, no admin, no beacon → exit 2 naming them)", async () => {
    const ran = await halo(chain, ["verify", "class", "acme-legacy"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toMatch(/registry\.recorded\s+PASS\s+pre-factory entry, 4 contracts recorded under it, none factory-deployed/);
    expect(ran.stdout).toMatch(/template\.status\s+PASS\s+conforms to no template/);
    expect(ran.stdout).toContain("FAILED: 3 of 7 checks: pas.registered, pas.configuratorAdmin, beacon.operator");
    const unit = await halo(chain, ["verify", "unit", "acme-legacy-1"]);
    expect(unit.stdout).toMatch(/registry\.recorded\s+PASS\s+pre-factory entry, 1 contracts recorded under it/);
    expect(unit.code).toBe(0);
  });
});
