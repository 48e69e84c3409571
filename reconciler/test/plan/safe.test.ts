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
    expect(tx.value).toBe(3n);
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
