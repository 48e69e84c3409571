import { describe, expect, it } from "vitest";
import { type Address, type Hex, getAddress, keccak256, toHex, toFunctionSelector } from "viem";
import {
  MULTISEND_CALL_ONLY_V130,
  SafeEncodingError,
  decodeMultiSendCallOnly,
  encodeMultiSendCallOnly,
  encodeMultiSendTransactions,
  safeBatchFile,
  safeBatchFileForPlanBatch,
  safeTxForCalls,
  safeTxHash,
} from "../../apply/safe.js";
import { buildPlan } from "../../plan/planner.js";
import {
  DEFAULT_SAFE_VERSION,
  multiSendCallOnlyAddress,
  safeBatchProblems,
  safeTxOfBatch,
  txBuilderChecksum,
  txBuilderSerialize,
} from "../../apply/safe.js";
import { InputError } from "../../errors.js";
import type { Batch } from "../../plan/actions.js";
import { desiredSummaryExample, observedBase } from "./fixtures.js";

const word = (n: bigint) => n.toString(16).padStart(64, "0");
const addrWord = (a: string) => a.slice(2).toLowerCase().padStart(64, "0");
const SAFE = "0x5afe000000000000000000000000000000000001" as Address;
const T1 = "0x1111111111111111111111111111111111111111" as Address;
const T2 = "0x2222222222222222222222222222222222222222" as Address;

describe("MultiSendCallOnly", () => {
  const calls = [
    { to: T1, value: 0n, data: "0xdeadbeef" as Hex },
    { to: T2, value: 5n, data: "0x" as Hex },
  ];

  it("packs op ‖ to ‖ value ‖ length ‖ data per call", () => {
    const expected =
      "0x" + "00" + T1.slice(2) + word(0n) + word(4n) + "deadbeef" + "00" + T2.slice(2) + word(5n) + word(0n);
    expect(encodeMultiSendTransactions(calls).toLowerCase()).toBe(expected.toLowerCase());
  });

  it("wraps it in multiSend(bytes) and decodes back", () => {
    const data = encodeMultiSendCallOnly(calls);
    expect(data.slice(0, 10)).toBe(toFunctionSelector("multiSend(bytes)"));
    expect(data.slice(0, 10)).toBe("0x8d80ff0a");
    expect(decodeMultiSendCallOnly(data)).toEqual(calls.map((c) => ({ ...c, to: getAddress(c.to), operation: 0 })));
  });

  it("refuses DELEGATECALL entries and empty batches", () => {
    expect(() => encodeMultiSendTransactions([{ to: T1, value: 0n, data: "0x", operation: 1 }])).toThrow(
      SafeEncodingError,
    );
    expect(() => encodeMultiSendTransactions([])).toThrow(/at least one call/);
    const forged = ("0x8d80ff0a" +
      word(32n) +
      word(85n) +
      ("01" + T1.slice(2) + word(0n) + word(0n)).padEnd(192, "0")) as Hex;
    expect(() => decodeMultiSendCallOnly(forged)).toThrow(/operation 1 is not a CALL/);
  });
});

describe("safeTxHash", () => {
  it("uses the Safe type hashes", () => {
    expect(keccak256(toHex("EIP712Domain(uint256 chainId,address verifyingContract)"))).toBe(
      "0x47e79534a245952e8b16893a336b85a3d9ea9fa8c573f3d803afb92a79469218",
    );
    expect(
      keccak256(
        toHex(
          "SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)",
        ),
      ),
    ).toBe("0xbb8310d486368db6bd6f849402fdd73ad53d316b5a4b2644ad6efe0f941286d8");
  });

  it("matches a hand-built EIP-712 digest", () => {
    const tx = safeTxForCalls([{ to: T1, value: 1n, data: "0x12345678" }], 42n);
    const domainSeparator = keccak256(
      ("0x47e79534a245952e8b16893a336b85a3d9ea9fa8c573f3d803afb92a79469218" + word(1n) + addrWord(SAFE)) as Hex,
    );
    const structHash = keccak256(
      ("0xbb8310d486368db6bd6f849402fdd73ad53d316b5a4b2644ad6efe0f941286d8" +
        addrWord(T1) +
        word(1n) +
        keccak256("0x12345678").slice(2) +
        word(0n) +
        word(0n) +
        word(0n) +
        word(0n) +
        addrWord("0x0") +
        addrWord("0x0") +
        word(42n)) as Hex,
    );
    const digest = keccak256(("0x1901" + domainSeparator.slice(2) + structHash.slice(2)) as Hex);
    expect(safeTxHash(SAFE, 1, tx)).toBe(digest);
    expect(safeTxHash(SAFE, 1, { ...tx, nonce: 43n })).not.toBe(digest);
    expect(safeTxHash(SAFE, 10, tx)).not.toBe(digest);
  });

  it("batches several calls as a DELEGATECALL into MultiSendCallOnly", () => {
    const tx = safeTxForCalls(
      [
        { to: T1, value: 1n, data: "0x" },
        { to: T2, value: 2n, data: "0x" },
      ],
      0n,
    );
    expect(tx.to).toBe(MULTISEND_CALL_ONLY_V130);
    expect(tx.operation).toBe(1);
    // outer value 0, as Safe{Wallet} builds it: the inner calls carry their values
    expect(tx.value).toBe(0n);
    expect(decodeMultiSendCallOnly(tx.data).map((c) => c.value)).toEqual([1n, 2n]);
    expect(decodeMultiSendCallOnly(tx.data).map((c) => c.to)).toEqual([T1, T2]);
  });
});

describe("Safe Transaction Builder batch file", () => {
  it("has the builder's shape", () => {
    const f = safeBatchFile({
      chainId: 1,
      safe: SAFE,
      name: "n",
      description: "d",
      createdAt: 1700000000000,
      transactions: [{ to: T1, value: 10n ** 18n, data: "0xabcd" }],
    });
    expect(f).toEqual({
      version: "1.0",
      chainId: "1",
      createdAt: 1700000000000,
      meta: {
        name: "n",
        description: "d",
        txBuilderVersion: "1.16.5",
        createdFromSafeAddress: getAddress(SAFE),
        createdFromOwnerAddress: "",
        checksum: f.meta.checksum,
      },
      transactions: [
        { to: T1, value: "1000000000000000000", data: "0xabcd", contractMethod: null, contractInputsValues: null },
      ],
    });
    expect(() => safeBatchFile({ chainId: 1, safe: SAFE, name: "n", description: "d", transactions: [] })).toThrow(
      /at least one/,
    );
  });

  it("turns a plan batch into a batch file with the batch's transactions", () => {
    const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
    const b = plan.batches.find((x) => x.kind === "timelock-schedule")!;
    const f = safeBatchFileForPlanBatch(plan, b, SAFE, 1);
    expect(f.chainId).toBe("31337");
    expect(f.transactions.map((t) => t.data)).toEqual(b.transactions.map((t) => t.data));
    expect(f.meta.description).toContain("timelock-schedule by core-council-timelocked");
  });
});

describe("the Transaction Builder's meta.checksum", () => {
  // the batch file of the builder's own checksum test (apps/tx-builder/src/lib/checksum.test.js), with its vector
  const vectorFile = {
    version: "1.0",
    chainId: "4",
    createdAt: 1646321521061,
    meta: {
      name: "test batch file",
      txBuilderVersion: "1.4.0",
      checksum: "",
      createdFromSafeAddress: "0xDF8a1Ce35c9a6ACE153B4e0767942f1E2291a1Aa",
      createdFromOwnerAddress: "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6",
    },
    transactions: [
      {
        to: "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6",
        value: "0",
        contractMethod: {
          inputs: [{ internalType: "address", name: "paramAddress", type: "address" }],
          name: "testAddress",
          payable: false,
        },
        contractInputsValues: { paramAddress: "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6" },
      },
      {
        to: "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6",
        value: "0",
        contractMethod: {
          inputs: [{ internalType: "bool", name: "paramBool", type: "bool" }],
          name: "testBool",
          payable: false,
        },
        contractInputsValues: { paramAddress: "", paramBool: "false" },
      },
      {
        to: "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6",
        value: "2000000000000000000",
        data: "0x42f4579000000000000000000000000049d4450977e2c95362c13d3a31a09311e0ea26a6",
      },
    ],
  };

  it("serializes and hashes as the builder does (its test vector)", () => {
    expect(txBuilderSerialize({ b: [1, "x"], a: null })).toBe('{["a","b"]null,[1,"x"],}');
    // the serialization of the whole file: the vector of the builder's first checksum version
    expect(keccak256(toHex(txBuilderSerialize(vectorFile)))).toBe(
      "0x832ecdb6653751ed00b79dede73864163e46e71815b72e11e506d6399bedffc9",
    );
    // independent of member order
    const reversed = Object.fromEntries(Object.entries(vectorFile).reverse());
    expect(txBuilderSerialize(reversed)).toBe(txBuilderSerialize(vectorFile));
  });

  it("is the checksum of today's builder: meta.checksum left out, meta.name as null (its addChecksum test vector)", () => {
    // safe-wallet-monorepo apps/tx-builder src/lib/checksum.test.ts: addChecksum(batchFileObject)
    expect(txBuilderChecksum(vectorFile)).toBe("0x86c81826dbf7e8a37612153294cc85fdf5c81998dd0a44b86d945502a7eace7c");
    const reversed = { ...Object.fromEntries(Object.entries(vectorFile).reverse()), meta: Object.fromEntries(Object.entries(vectorFile.meta).reverse()) };
    expect(txBuilderChecksum(reversed)).toBe(txBuilderChecksum(vectorFile));
    // a renamed batch keeps its checksum (the builder lets a user rename an imported batch)
    expect(txBuilderChecksum({ ...vectorFile, meta: { ...vectorFile.meta, name: "another name" } })).toBe(txBuilderChecksum(vectorFile));
  });

  it("is what the builder's import check recomputes (the file without meta.checksum, its name as null)", () => {
    const f = safeBatchFile({ chainId: 1, safe: SAFE, name: "n", description: "d", createdAt: 1, transactions: [{ to: T1, value: 0n, data: "0xab" }] });
    const imported = JSON.parse(JSON.stringify(f)) as { meta: Record<string, unknown> };
    const recorded = imported.meta.checksum;
    delete imported.meta.checksum;
    expect(keccak256(toHex(txBuilderSerialize({ ...imported, meta: { ...imported.meta, name: null } })))).toBe(recorded);
    expect(txBuilderChecksum(f)).toBe(recorded);
    // any change but the name is detected
    expect(txBuilderChecksum({ ...f, createdAt: 2 })).not.toBe(recorded);
    expect(txBuilderChecksum({ ...f, meta: { ...f.meta, description: "e" } })).not.toBe(recorded);
  });
});

describe("MultiSendCallOnly from @safe-global/safe-deployments", () => {
  it("Safe 1.4.1 by default, 1.3.0 on request; a chain it does not list is an input error", () => {
    expect(DEFAULT_SAFE_VERSION).toBe("1.4.1");
    expect(multiSendCallOnlyAddress(1)).toBe("0x9641d764fc13c8B624c04430C7356C1C7C8102e2");
    expect(multiSendCallOnlyAddress(1, "1.3.0")).toBe(MULTISEND_CALL_ONLY_V130);
    expect(() => multiSendCallOnlyAddress(31337)).toThrow(InputError);
    expect(() => multiSendCallOnlyAddress(31337)).toThrow("Safe 1.4.1: MultiSendCallOnly is not deployed on chain 31337");
  });
});

describe("Safe batches: safeTxHash per batch and the Safe preflight", () => {
  const plan = buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
  const batch = (over: Partial<Batch>): Batch => ({
    id: "batch-1",
    kind: "transactions",
    actor: "govops",
    earliestAt: 0n,
    actionIds: [],
    transactions: [
      { to: T1, value: 0n, data: "0x01" },
      { to: T2, value: 0n, data: "0x02" },
    ],
    ...over,
  });

  it("the file names the nonce and the safeTxHash owners will see", () => {
    const b = batch({});
    const ctx = { nonce: 7n, multiSendCallOnly: multiSendCallOnlyAddress(1) };
    const { tx, hash } = safeTxOfBatch(plan, b, SAFE, ctx);
    expect(tx).toMatchObject({ to: ctx.multiSendCallOnly, value: 0n, operation: 1, nonce: 7n });
    expect(hash).toBe(safeTxHash(SAFE, plan.chainId, tx));
    const f = safeBatchFileForPlanBatch(plan, b, SAFE, 1, ctx);
    expect(f.meta.description).toContain(`Safe nonce 7, safeTxHash ${hash} (MultiSendCallOnly 1.4.1 ${ctx.multiSendCallOnly}).`);
    expect(f.meta.checksum).toBe(txBuilderChecksum(f));
  });

  it("refuses a batch planned for another signer, and PAS roles the Safe does not hold (Core Council actors)", () => {
    const EOA = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" as Address;
    const roles = { proposers: [SAFE], coreCouncil: [] as Address[] };
    expect(safeBatchProblems([batch({ signer: SAFE })], SAFE, roles)).toEqual([]);
    expect(safeBatchProblems([batch({ id: "batch-2", actor: "deployer", signer: EOA })], SAFE, roles)).toEqual([
      `batch-2 (deployer) is planned for signer ${EOA}, not the Safe ${SAFE}: the Safe's transaction would revert`,
    ]);
    expect(safeBatchProblems([batch({ signer: EOA })], SAFE, roles)).toEqual([
      `batch-1 (govops) is planned for signer ${EOA}, not the Safe ${SAFE}: the Safe's transaction would revert`,
    ]);
    const schedule = batch({ kind: "timelock-schedule", actor: "core-council-timelocked" });
    expect(safeBatchProblems([schedule], SAFE, roles)).toEqual([]);
    expect(safeBatchProblems([schedule], SAFE, { proposers: [EOA], coreCouncil: [] })).toEqual([
      `batch-1 (core-council-timelocked): the Safe ${SAFE} does not hold PROPOSER_ROLE on the PAS Timelock`,
    ]);
    // executeBatch is permissionless: not a Safe transaction, never refused
    const execute = batch({ kind: "timelock-execute", actor: "core-council-timelocked", permissionless: true });
    expect(safeBatchProblems([execute], SAFE, { proposers: [], coreCouncil: [] })).toEqual([]);
    const direct = batch({ actor: "core-council-direct" });
    expect(safeBatchProblems([direct], SAFE, roles)).toEqual([
      `batch-1 (core-council-direct): the Safe ${SAFE} does not hold the IMMEDIATE role on BeamState`,
    ]);
    expect(safeBatchProblems([direct], SAFE, { proposers: [], coreCouncil: [SAFE] })).toEqual([]);
    // a spell is a spell payload whatever the mode
    expect(safeBatchProblems([batch({ kind: "spell", actor: "sky-governance" })], SAFE, { proposers: [], coreCouncil: [] })).toEqual([]);
  });
});
