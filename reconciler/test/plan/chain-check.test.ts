import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Address, Hex } from "viem";
import { type CheckClient, InDoubtError, chainCheck } from "../../apply/chain-check.js";
import type { IntentEntry } from "../../apply/journal.js";

const TIMELOCK = "0x7000000000000000000000000000000000000003" as Address;
const FROM = "0xa000000000000000000000000000000000000001" as Address;
const H = ("0x" + "12".repeat(32)) as Hex;
const OP = ("0x" + "34".repeat(32)) as Hex;

function client(o: {
  receipt?: "success" | "reverted";
  nonce?: number;
  opTimestamp?: bigint;
  now?: bigint;
}): CheckClient {
  return {
    getTransactionReceipt: async ({ hash }) => {
      if (o.receipt === undefined) throw new Error("TransactionReceiptNotFoundError");
      return { status: o.receipt, blockNumber: 9n, transactionHash: hash };
    },
    getTransactionCount: async () => o.nonce ?? 0,
    readContract: async ({ args }) => {
      expect(args[0]).toBe(OP);
      return o.opTimestamp ?? 0n;
    },
    getBlock: async () => ({ timestamp: o.now ?? 1000n }),
  };
}

const intent = (over: Partial<IntentEntry>): IntentEntry => ({
  type: "intent",
  unit: "batch-1",
  kind: "transaction",
  attempt: 1,
  at: "",
  ...over,
});

describe("chainCheck", () => {
  it("returns the receipt of a recorded hash", async () => {
    expect(await chainCheck(client({ receipt: "success" }), TIMELOCK)("batch-1", intent({}), H)).toEqual({
      status: "success",
      txHash: H,
      blockNumber: "9",
    });
    expect((await chainCheck(client({ receipt: "reverted" }), TIMELOCK)("batch-1", intent({}), H))!.status).toBe(
      "reverted",
    );
  });

  it("says nothing reached the chain when there is no receipt and the nonce is unused", async () => {
    const tx = { to: TIMELOCK, value: "0", data: "0x" as Hex, from: FROM, nonce: 5 };
    expect(await chainCheck(client({ nonce: 5 }), TIMELOCK)("batch-1", intent({ tx }), H)).toBeUndefined();
    expect(await chainCheck(client({}), TIMELOCK)("batch-1", intent({}), undefined)).toBeUndefined();
  });

  it("refuses to guess when the nonce was used but no receipt matches", async () => {
    const tx = { to: TIMELOCK, value: "0", data: "0x" as Hex, from: FROM, nonce: 5 };
    await expect(chainCheck(client({ nonce: 6 }), TIMELOCK)("batch-1", intent({ tx }), H)).rejects.toThrow(
      InDoubtError,
    );
    await expect(chainCheck(client({ nonce: 6 }), TIMELOCK)("batch-1", intent({ tx }), H)).rejects.toThrow(
      /nonce 5 of 0xa0+1 was used/,
    );
  });

  it("reads the timelock operation state", async () => {
    const sched = intent({ kind: "timelock-schedule", timelockOperationId: OP });
    expect(await chainCheck(client({ opTimestamp: 0n }), TIMELOCK)("b", sched, undefined)).toBeUndefined();
    expect(await chainCheck(client({ opTimestamp: 5000n, now: 1000n }), TIMELOCK)("b", sched, undefined)).toEqual({
      status: "already-done",
      note: `operation ${OP} is Waiting`,
    });
    const exec = intent({ kind: "timelock-execute", timelockOperationId: OP });
    expect(await chainCheck(client({ opTimestamp: 500n, now: 1000n }), TIMELOCK)("b", exec, undefined)).toBeUndefined();
    expect(await chainCheck(client({ opTimestamp: 1n }), TIMELOCK)("b", exec, undefined)).toEqual({
      status: "already-done",
      note: `operation ${OP} is Done`,
    });
  });

  it("finds a written payload file", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "halo-cc-")), "safe.json");
    const p = intent({ kind: "payload", path });
    expect(await chainCheck(client({}), TIMELOCK)("b", p, undefined)).toBeUndefined();
    writeFileSync(path, "{}");
    expect((await chainCheck(client({}), TIMELOCK)("b", p, undefined))!.status).toBe("written");
  });
});
