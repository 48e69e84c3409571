import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalLine, idBytes, idText } from "../../ops/common.js";
import { validateRecord } from "../../ops/records.js";
import { cloneTarget } from "../../chain/legacy.js";

describe("ops helpers", () => {
  it("ids: names round-trip, non-text ids stay hex", () => {
    const id = idBytes("acme-mmf");
    expect(id).toBe("0x61636d652d6d6d66000000000000000000000000000000000000000000000000");
    expect(idText(id)).toBe("acme-mmf");
    const hash = "0x3a9f0e6bd1b0b5f1d0f4a5c1b7b9c58f2b1e4f8f6c5d4e3f2a1b0c9d8e7f6a5b";
    expect(idText(hash)).toBe(hash);
    expect(idBytes(hash)).toBe(hash);
  });

  it("canonical JSON sorts keys at every level, writes bigints as decimals and drops undefined", () => {
    const value = { b: 2n ** 200n, a: { d: [3n, { z: 1, y: undefined, x: "s" }], c: null } };
    expect(canonicalJson(value)).toBe(
      `{\n  "a": {\n    "c": null,\n    "d": [\n      "3",\n      {\n        "x": "s",\n        "z": 1\n      }\n    ]\n  },\n  "b": "${(2n ** 200n).toString()}"\n}\n`,
    );
    expect(canonicalLine({ b: 1, a: 2n })).toBe('{"a":"2","b":1}\n');
  });

  it("reads the implementation out of an EIP-1167 clone and nothing else", () => {
    const impl = "5FC8d32690cc91D4c39d9d3abcBD16989F875707";
    const clone = `0x363d3d373d3d3d363d73${impl.toLowerCase()}5af43d82803e903d91602b57fd5bf3` as const;
    expect(cloneTarget(clone)).toBe(`0x${impl}`);
    expect(cloneTarget(`${clone}00`)).toBeUndefined();
    expect(cloneTarget("0x")).toBeUndefined();
    expect(cloneTarget(undefined)).toBeUndefined();
  });

  it("refuses a record that breaks its schema, naming the field", () => {
    expect(validateRecord({ recordType: "nope" })).toEqual(["recordType: must be one of agent, class, unit"]);
    const problems = validateRecord({
      schemaVersion: 1,
      recordType: "agent",
      chainId: 1,
      agentId: "acme",
      agentIdHex: "0x61636d65",
      operator: "0x0000000000000000000000000000000000000001",
      artifact: { uri: "ipfs://x", sha256: "0x00" },
      artifactHistory: [],
      classIds: [],
      registered: { blockNumber: 5, transactionHash: "0x", logIndex: 0 },
    });
    expect(problems).toContain("/agentIdHex: must match pattern \"^0x[0-9a-f]{64}$\"");
    expect(problems).toContain("/artifact/sha256: must match pattern \"^0x[0-9a-f]{64}$\"");
    expect(problems).toContain("/registered/blockNumber: must be string");
  });
});
