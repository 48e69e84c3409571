import { describe, expect, it } from "vitest";
import { type Hex, getAddress, keccak256, toFunctionSelector } from "viem";
import {
  ZERO_BYTES32,
  decodeTimelockBatch,
  encodeExecuteBatch,
  encodeScheduleBatch,
  hashOperation,
  hashOperationBatch,
  operationState,
  planSalt,
  sameCall,
  type TimelockOperation,
} from "../../plan/timelock.js";

// A deliberately naive ABI encoder, written from the Solidity ABI spec, so the vectors do not come from viem.
const word = (n: bigint): string => n.toString(16).padStart(64, "0");
const addr = (a: string): string => a.slice(2).toLowerCase().padStart(64, "0");
const b32 = (h: string): string => h.slice(2).toLowerCase();
const bytesTail = (h: string): string => {
  const raw = h.slice(2);
  const len = raw.length / 2;
  const padded = raw.padEnd(Math.ceil(len / 32) * 64, "0");
  return word(BigInt(len)) + padded;
};
const arrayOfStatic = (items: string[]): string => word(BigInt(items.length)) + items.join("");
const arrayOfBytes = (items: string[]): string => {
  const tails = items.map(bytesTail);
  let offset = BigInt(items.length * 32);
  const heads: string[] = [];
  for (const t of tails) {
    heads.push(word(offset));
    offset += BigInt(t.length / 2);
  }
  return word(BigInt(items.length)) + heads.join("") + tails.join("");
};

const T1 = "0x1111111111111111111111111111111111111111" as const;
const T2 = "0x00000000000000000000000000000000000000ab" as const;
const SALT = ("0x" + "5a".repeat(32)) as Hex;
const PRED = ("0x" + "01".repeat(32)) as Hex;

describe("hashOperation", () => {
  it("is keccak256(abi.encode(target, value, data, predecessor, salt))", () => {
    const data = "0xdeadbeef" as Hex;
    // head: target, value, offset(data)=5*32, predecessor, salt; tail: bytes
    const enc = "0x" + addr(T1) + word(7n) + word(160n) + b32(PRED) + b32(SALT) + bytesTail(data);
    expect(hashOperation({ target: T1, value: 7n, data }, PRED, SALT)).toBe(keccak256(enc as Hex));
  });
});

describe("hashOperationBatch", () => {
  it("matches a hand-made abi.encode of the arrays", () => {
    const payloads: Hex[] = ["0x12345678", ("0x" + "ab".repeat(40)) as Hex];
    const op: TimelockOperation = {
      calls: [
        { target: T1, value: 0n, data: payloads[0]! },
        { target: T2, value: 3n, data: payloads[1]! },
      ],
      predecessor: ZERO_BYTES32,
      salt: SALT,
    };
    const targets = arrayOfStatic([addr(T1), addr(T2)]);
    const values = arrayOfStatic([word(0n), word(3n)]);
    const datas = arrayOfBytes(payloads);
    const headLen = 5 * 32;
    const o1 = headLen;
    const o2 = o1 + targets.length / 2;
    const o3 = o2 + values.length / 2;
    const enc =
      "0x" +
      word(BigInt(o1)) +
      word(BigInt(o2)) +
      word(BigInt(o3)) +
      b32(ZERO_BYTES32) +
      b32(SALT) +
      targets +
      values +
      datas;
    expect(hashOperationBatch(op)).toBe(keccak256(enc as Hex));
  });

  it("differs from hashOperation of the same single call (OZ hashes them differently)", () => {
    const call = { target: T1, value: 0n, data: "0x" as Hex };
    expect(hashOperationBatch({ calls: [call], predecessor: ZERO_BYTES32, salt: SALT })).not.toBe(
      hashOperation(call, ZERO_BYTES32, SALT),
    );
  });
});

describe("scheduleBatch / executeBatch calldata", () => {
  const op: TimelockOperation = {
    calls: [
      { target: T1, value: 0n, data: "0xa9059cbb" },
      { target: T2, value: 1n, data: "0x" },
    ],
    predecessor: PRED,
    salt: SALT,
  };

  it("uses the OZ selectors", () => {
    expect(encodeScheduleBatch(op, 86400n).slice(0, 10)).toBe(
      toFunctionSelector("scheduleBatch(address[],uint256[],bytes[],bytes32,bytes32,uint256)"),
    );
    expect(encodeExecuteBatch(op).slice(0, 10)).toBe(
      toFunctionSelector("executeBatch(address[],uint256[],bytes[],bytes32,bytes32)"),
    );
  });

  it("decodes back to the planned calls", () => {
    const s = decodeTimelockBatch(encodeScheduleBatch(op, 1209600n));
    expect(s.functionName).toBe("scheduleBatch");
    expect(s.delay).toBe(1209600n);
    expect(hashOperationBatch(s.op)).toBe(hashOperationBatch(op));
    expect(s.op.calls.map((c) => c.value)).toEqual([0n, 1n]);
    expect(s.op.calls[1]!.target).toBe(getAddress(T2));
    const e = decodeTimelockBatch(encodeExecuteBatch(op));
    expect(e.functionName).toBe("executeBatch");
    expect(e.delay).toBeUndefined();
    expect(e.op.calls.every((c, i) => sameCall(c, op.calls[i]!))).toBe(true);
    expect(e.op.salt).toBe(SALT);
    expect(e.op.predecessor).toBe(PRED);
  });

  it("refuses calldata of another function", () => {
    const schedule = "0x01d5062a" + "00".repeat(6 * 32); // schedule(address,uint256,bytes,bytes32,bytes32,uint256)
    expect(() => decodeTimelockBatch(schedule as Hex)).toThrow(/not a timelock batch/);
  });
});

describe("operation state", () => {
  it("follows OZ: 0 unset, 1 done, future waiting, past or now ready", () => {
    expect(operationState(0n, 100n)).toBe("Unset");
    expect(operationState(1n, 100n)).toBe("Done");
    expect(operationState(101n, 100n)).toBe("Waiting");
    expect(operationState(100n, 100n)).toBe("Ready");
    expect(operationState(2n, 100n)).toBe("Ready");
  });
});

describe("plan salts", () => {
  it("are keccak(abi.encode(seed, index)) and distinct per batch and per plan", () => {
    const seed = ("0x" + "77".repeat(32)) as Hex;
    expect(planSalt(seed, 2)).toBe(keccak256(("0x" + b32(seed) + word(2n)) as Hex));
    expect(planSalt(seed, 0)).not.toBe(planSalt(seed, 1));
    expect(planSalt(seed, 0)).not.toBe(planSalt(("0x" + "78".repeat(32)) as Hex, 0));
  });

  it("give identical calls of two plans different operation ids", () => {
    const calls = [{ target: T1, value: 0n, data: "0x01" as Hex }];
    const a = hashOperationBatch({ calls, predecessor: ZERO_BYTES32, salt: planSalt(SALT, 0) });
    const b = hashOperationBatch({ calls, predecessor: ZERO_BYTES32, salt: planSalt(PRED, 0) });
    expect(a).not.toBe(b);
  });
});
