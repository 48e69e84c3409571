/**
 * `halo apply --mode safe` against a real Safe 1.4.1 on anvil (2-of-3 of anvil accounts, MultiSendCallOnly 1.4.1
 * deployed by the test, so `--multisend` is passed: chain 31337 is not in @safe-global/safe-deployments).
 *
 * The Safe is a class's GovOps and holds the Core Council's BeamState IMMEDIATE role. Once the class is deployed
 * (signer mode) and the timelocked `addCBeam` of the Safe is due, the due batches are the permissionless
 * `executeBatch`es, the Core Council's cBEAM grant (2 calls) and GovOps' Configurator calls (3 calls): both of the
 * Safe's batches go through MultiSendCallOnly (DELEGATECALL, outer value 0). The test checks each Transaction
 * Builder file's `meta.checksum` by the builder's own rule, that the printed `safeTxHash` is the Safe's
 * `getTransactionHash(…)`, has two owners sign it and executes `execTransaction` — and then `halo plan` has nothing
 * left to do.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Address,
  type Hex,
  concatHex,
  encodeFunctionData,
  encodePacked,
  getAddress,
  keccak256,
  size,
  stringToBytes,
  zeroAddress,
} from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasBeamStateAbi, pasTimelockAbi } from "../../abi/index.js";
import { roleId } from "../../chain/names.js";
import { ROLE_IMMEDIATE } from "../../chain/pas.js";
import { fixturesDir } from "../helpers.js";
import { ACCOUNT, type Project, startProject } from "./project.js";
import { type SafeSingletons, deployTwoOfThreeSafe, readSafe, safeAbi, signHashAsOwners } from "./safe-devnet.js";

/** The class (no units: nothing waits for Day-0), its GovOps the Safe. */
const CLASS = (govOps: Address) => `class: acme-mmf
kind: portfolio-lcts
agent: acme
template: { id: lcts-portfolio, version: 1 }
params: { depositAsset: "0x5FbDB2315678afecb367f032d93F642f64180aa3" }
beacons: { lpha-lcts: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" }
operator: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
freezer: "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
govOps: "${govOps}"
relayer: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"
artifact: { uri: "ipfs://acme-mmf", sha256: b54f2a6f3637dd085fff02d9887a103cb0ae0f859960f74ecb50f6734c52877c }
rateLimits:
  transfer-to-custodian:
    destination: "0x976EA74026E726554dB657fA54763abd0C3a0aa9"
    maxAmount: 10_000_000e18
    slopePerDay: 10_000_000e18
units: []
`;

/**
 * The Transaction Builder's import check (safe-wallet-monorepo apps/tx-builder, lib/checksum.ts `validateChecksum`),
 * written here from its rule, not taken from the tool: keccak-256 of the UTF-8 serialization of the file with
 * `meta.checksum` left out and `meta.name` set to null (a renamed batch keeps its checksum); arrays `[a,b]`, objects
 * `{` + JSON of the sorted keys + each value followed by `,` + `}`, anything else its JSON (`undefined` as null).
 */
function builderAcceptsChecksum(file: { meta: Record<string, unknown> }): boolean {
  const serialize = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(serialize).join(",")}]`;
    if (typeof v === "object" && v !== null) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).sort();
      let out = `{${JSON.stringify(keys)}`;
      for (const k of keys) out += `${serialize(o[k])},`;
      return `${out}}`;
    }
    return JSON.stringify(v === undefined ? null : v);
  };
  const { checksum, ...meta } = file.meta;
  return keccak256(stringToBytes(serialize({ ...file, meta: { ...meta, name: null } }))) === checksum;
}

interface BuilderFile {
  chainId: string;
  meta: { checksum: Hex; createdFromSafeAddress: Address; description: string; name: string };
  transactions: { to: Address; value: string; data: Hex }[];
}

/** The chain and Safe of the first describe, kept for the second (anvil is stopped after both). */
const shared: { p?: Project; safe: Address; singletons?: SafeSingletons; owners?: Awaited<ReturnType<typeof deployTwoOfThreeSafe>>["owners"] } = { safe: zeroAddress };
afterAll(async () => {
  await shared.p?.stop();
});

describe("halo apply --mode safe, executed by a real Safe", () => {
  let p: Project;
  let safe: Address;
  let singletons: SafeSingletons;
  let owners: Awaited<ReturnType<typeof deployTwoOfThreeSafe>>["owners"];
  /** The due batches apply wrote, in order: file, and for a Safe batch its nonce and printed safeTxHash. */
  let written: { batch: string; file: string; nonce?: bigint; hash?: Hex }[] = [];

  beforeAll(async () => {
    // the legacy-only tree without its legacy record: templates and the agent acme
    p = await startProject({ tree: join(fixturesDir, "legacy-only") });
    rmSync(join(p.dir, "halos", "legacy.yaml"));
    ({ safe, singletons, owners } = await deployTwoOfThreeSafe(p.client, p.tx, ACCOUNT.stranger));
    // the Safe is (also) the Core Council's direct account: BeamState role 2, granted by BeamState's ward (PauseProxy)
    await p.tx.call(p.d.addresses.pauseProxy, p.d.addresses.beamState, pasBeamStateAbi, "setUserRole", [safe, ROLE_IMMEDIATE, true]);
    expect((await p.halo(["apply", "--auto-approve"])).code).toBe(0);
    // the class whose GovOps is the Safe: deployed by the DEPLOYER; the factory schedules addCBeam(Safe) (14 days)
    writeFileSync(join(p.dir, "halos", "acme", "mmf.yaml"), CLASS(safe));
    const deployed = await p.halo(["apply", "--auto-approve"]);
    expect(deployed.stderr).toBe("");
    expect(deployed.stdout).toMatch(/batch-\d+ \(transactions, govops\)/);
    await p.warp(14n * 86_400n);
    // signer mode cannot sign GovOps' batch: the node does not hold the Safe
    const refused = await p.halo(["apply", "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`(govops) must be signed by ${safe}, which this node does not hold`);
    Object.assign(shared, { p, safe, singletons, owners });
  }, 120_000);

  it("writes every due batch; the Safe's two are Transaction Builder files whose checksum the builder accepts", async () => {
    const r = await p.halo(["apply", "--mode", "safe", "--safe", safe, "--multisend", singletons.multiSendCallOnly, "--auto-approve"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = [...r.stdout.matchAll(/^ {2}(batch-\d+): (plans\/payloads\/\S+\.json)$/gm)].map((m) => ({ batch: m[1]!, file: m[2]! }));
    const hashes = new Map([...r.stdout.matchAll(/^ {2}(batch-\d+): Safe nonce (\d+), safeTxHash (0x[0-9a-f]{64})$/gm)].map((m) => [m[1]!, { nonce: BigInt(m[2]!), hash: m[3] as Hex }]));
    written = files.map((f) => ({ ...f, ...hashes.get(f.batch) }));
    expect(written.map((w) => w.nonce)).toEqual([undefined, undefined, 0n, 1n]);
    for (const w of written.filter((x) => x.hash !== undefined)) {
      const f = JSON.parse(readFileSync(join(p.dir, w.file), "utf8")) as BuilderFile;
      expect(f.chainId).toBe("31337");
      expect(f.meta.createdFromSafeAddress).toBe(safe);
      expect(f.transactions.length).toBeGreaterThan(1);
      expect(builderAcceptsChecksum(f as never)).toBe(true);
      // the builder's other import rule: every value a string (no JS number), contract inputs null or not numbers
      for (const t of f.transactions) expect(t).toMatchObject({ value: expect.any(String), contractMethod: null, contractInputsValues: null });
      expect(f.meta.description).toContain(`Safe nonce ${w.nonce}, safeTxHash ${w.hash} (MultiSendCallOnly 1.4.1 ${singletons.multiSendCallOnly})`);
    }
  });

  it("the printed safeTxHash is the Safe's own getTransactionHash of the batch (MultiSendCallOnly, DELEGATECALL, value 0)", async () => {
    for (const w of written.filter((x) => x.hash !== undefined)) {
      const tx = safeTxOf(JSON.parse(readFileSync(join(p.dir, w.file), "utf8")) as BuilderFile, singletons.multiSendCallOnly);
      const onChain = await readSafe<Hex>(p.client, safe, "getTransactionHash", [tx.to, tx.value, tx.data, tx.operation, 0n, 0n, 0n, zeroAddress, zeroAddress, w.nonce!]);
      expect(w.hash).toBe(onChain);
    }
  });

  it("two owners sign each safeTxHash, execTransaction runs the batches, and then halo plan has no changes", async () => {
    for (const w of written) {
      const f = JSON.parse(readFileSync(join(p.dir, w.file), "utf8")) as BuilderFile;
      if (w.hash === undefined) {
        // the permissionless executeBatch: a plain transaction anyone sends
        for (const t of f.transactions) await p.tx.send(ACCOUNT.deployer, getAddress(t.to), t.data, `${w.batch} executeBatch`);
        continue;
      }
      expect(await readSafe(p.client, safe, "nonce")).toBe(w.nonce);
      const tx = safeTxOf(f, singletons.multiSendCallOnly);
      const signatures = await signHashAsOwners(w.hash, owners.slice(1, 3));
      const data = encodeFunctionData({
        abi: safeAbi,
        functionName: "execTransaction",
        args: [tx.to, tx.value, tx.data, tx.operation, 0n, 0n, 0n, zeroAddress, zeroAddress, signatures],
      });
      // with safeTxGas and gasPrice 0 a failing inner call reverts the whole transaction (GS013): success means it ran
      await p.tx.send(ACCOUNT.deployer, safe, data, `${w.batch} execTransaction`);
    }
    expect(await readSafe(p.client, safe, "nonce")).toBe(2n);
    const plan = await p.halo(["plan"]);
    expect(plan.stderr).toBe("");
    expect(plan.stdout).toContain("No changes.");
  });
});

describe("a one-call Safe batch: the Safe as the PAS Timelock's proposer", () => {
  // continues on the chain above: the Safe also gets PROPOSER_ROLE, and the tree its legacy record back
  it("schedules the legacy record as a plain CALL (no MultiSend); after the delay anyone executes it; no changes left", async () => {
    const p = shared.p!;
    const { safe, singletons, owners } = shared;
    await p.tx.call(p.d.addresses.pauseProxy, p.d.addresses.timelock, pasTimelockAbi, "grantRole", [roleId("PROPOSER_ROLE"), safe]);
    writeFileSync(join(p.dir, "halos", "legacy.yaml"), readFileSync(join(fixturesDir, "legacy-only", "legacy.yaml"), "utf8"));
    const r = await p.halo(["apply", "--mode", "safe", "--safe", safe, "--multisend", singletons!.multiSendCallOnly, "--auto-approve"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [, batch, file] = r.stdout.match(/^ {2}(batch-\d+): (plans\/payloads\/\S+-timelock-schedule\.json)$/m)!;
    const [, nonce, hash] = r.stdout.match(new RegExp(`^ {2}${batch}: Safe nonce (\\d+), safeTxHash (0x[0-9a-f]{64})$`, "m"))!;
    expect(nonce).toBe("2");
    const f = JSON.parse(readFileSync(join(p.dir, file!), "utf8")) as BuilderFile;
    expect(f.transactions).toHaveLength(1);
    expect(builderAcceptsChecksum(f as never)).toBe(true);
    const tx = safeTxOf(f, singletons!.multiSendCallOnly);
    expect(tx).toMatchObject({ to: p.d.addresses.timelock, operation: 0 });
    expect(await readSafe<Hex>(p.client, safe, "getTransactionHash", [tx.to, tx.value, tx.data, tx.operation, 0n, 0n, 0n, zeroAddress, zeroAddress, 2n])).toBe(hash);
    const data = encodeFunctionData({
      abi: safeAbi,
      functionName: "execTransaction",
      args: [tx.to, tx.value, tx.data, tx.operation, 0n, 0n, 0n, zeroAddress, zeroAddress, await signHashAsOwners(hash as Hex, [owners![0]!, owners![2]!])],
    });
    await p.tx.send(ACCOUNT.deployer, safe, data, "execTransaction (scheduleBatch)");
    // the operation waits for the Timelock's delay; then the permissionless executeBatch in signer mode
    await p.warp(14n * 86_400n);
    const executed = await p.halo(["apply", "--auto-approve"]);
    expect(executed.stderr).toBe("");
    expect(executed.code).toBe(0);
    const plan = await p.halo(["plan"]);
    expect(plan.stdout).toContain("No changes.");
  });
});

/** The Safe transaction for a builder file, as Safe{Wallet} builds it: the call itself, or a MultiSendCallOnly batch. */
function safeTxOf(f: BuilderFile, multiSend: Address): { to: Address; value: bigint; data: Hex; operation: number } {
  if (f.transactions.length === 1) {
    const t = f.transactions[0]!;
    return { to: getAddress(t.to), value: BigInt(t.value), data: t.data, operation: 0 };
  }
  const packed = concatHex(f.transactions.map((t) => encodePacked(["uint8", "address", "uint256", "uint256", "bytes"], [0, t.to, BigInt(t.value), BigInt(size(t.data)), t.data])));
  const multiSendAbi = [{ type: "function", name: "multiSend", stateMutability: "payable", inputs: [{ name: "transactions", type: "bytes" }], outputs: [] }] as const;
  return { to: multiSend, value: 0n, data: encodeFunctionData({ abi: multiSendAbi, functionName: "multiSend", args: [packed] }), operation: 1 };
}
