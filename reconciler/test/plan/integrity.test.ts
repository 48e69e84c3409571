import { describe, expect, it } from "vitest";
import { PlanError } from "../../errors.js";
import {
  assertIntegrity,
  assertSameAsReplan,
  checkIntegrity,
  firstDifference,
  integrityHash,
  jcs,
  withIntegrity,
} from "../../plan/integrity.js";

describe("RFC 8785 canonical JSON", () => {
  it("sorts members by UTF-16 code units, drops whitespace, keeps number and string forms", () => {
    // the RFC's own sorting example (§3.2.3): "\u20ac" < "\r" < "1" < "\u0080" < "\u00f6" < "\ud83d\ude00" < "\ufb33"
    const keys = { "\u20ac": "Euro", "\r": "CR", "\ufb33": "Hebrew", "1": "One", "\ud83d\ude00": "Smiley", "\u0080": "Ctl", "\u00f6": "Latin" };
    expect(jcs(keys)).toBe('{"\\r":"CR","1":"One","\u0080":"Ctl","\u00f6":"Latin","\u20ac":"Euro","\ud83d\ude00":"Smiley","\ufb33":"Hebrew"}');
    // numbers as ECMAScript prints them (RFC 8785 §3.2.2.3)
    expect(jcs([333333333.33333329, 1e30, 4.5, 0.002, 1e-27, -0, 1])).toBe("[333333333.3333333,1e+30,4.5,0.002,1e-27,0,1]");
    expect(jcs({ b: [true, null, "x\n"], a: { d: undefined, c: 1 } })).toBe('{"a":{"c":1},"b":[true,null,"x\\n"]}');
    expect(() => jcs({ x: Number.NaN })).toThrow(PlanError);
  });
});

const doc = {
  formatVersion: "3.0",
  tool: { name: "halo", version: "0.1.0" },
  createdAt: "2026-12-06T00:00:00.000Z",
  batches: [{ id: "batch-1", transactions: [{ to: "0x00000000000000000000000000000000000000aa", value: "0", data: "0x1234" }] }],
  "a/b~c": 1,
};

describe("the content hash of a saved plan", () => {
  it("covers everything but itself, and is independent of member order", () => {
    const sealed = withIntegrity(doc);
    expect(sealed.integrity.algorithm).toBe("sha256-jcs");
    expect(sealed.integrity.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(integrityHash(sealed)).toBe(sealed.integrity.hash);
    const { batches, ...rest } = sealed;
    const reordered = JSON.parse(JSON.stringify({ batches, ...Object.fromEntries(Object.entries(rest).reverse()) })) as object;
    expect(checkIntegrity(reordered)).toEqual({ status: "ok", hash: sealed.integrity.hash });
    // the tool version and creation time are covered too
    expect(checkIntegrity({ ...sealed, createdAt: "2027-01-01" }).status).toBe("mismatch");
    expect(checkIntegrity(doc)).toEqual({ status: "missing" });
  });

  it("a calldata edit is refused, naming the field as a JSON pointer", () => {
    const sealed = withIntegrity(doc);
    const tampered = structuredClone(sealed);
    tampered.batches[0]!.transactions[0]!.data = "0x1235";
    expect(() => assertIntegrity("plans/x.json", tampered, sealed)).toThrow(
      /^plans\/x\.json was modified after it was saved \(content hash 0x[0-9a-f]{64}, recorded 0x[0-9a-f]{64}\): \/batches\/0\/transactions\/0\/data: saved 0x1235, planned now 0x1234$/,
    );
    expect(() => assertIntegrity("plans/x.json", sealed, sealed)).not.toThrow();
    expect(() => assertIntegrity("plans/x.json", doc)).toThrow(/carries no integrity hash/);
  });

  it("a re-hashed edit is refused by the re-plan comparison; tool, time and hash may differ", () => {
    const planned = withIntegrity(doc);
    const forged = withIntegrity({ ...structuredClone(doc), batches: [{ ...doc.batches[0]!, id: "batch-9" }] });
    expect(() => assertIntegrity("p.json", forged)).not.toThrow();
    expect(() => assertSameAsReplan("p.json", forged, planned)).toThrow(
      "p.json is not the plan halos/ and the chain give now: /batches/0/id: saved batch-9, planned now batch-1",
    );
    const other = withIntegrity({ ...doc, tool: { name: "halo", version: "9" }, createdAt: "later" });
    expect(() => assertSameAsReplan("p.json", planned, other)).not.toThrow();
  });
});

describe("firstDifference", () => {
  it("escapes pointer tokens (RFC 6901) and reports missing members and elements", () => {
    expect(firstDifference({ "a/b~c": 1 }, { "a/b~c": 2 })).toEqual({ pointer: "/a~1b~0c", saved: 1, planned: 2 });
    expect(firstDifference({ a: [1, 2] }, { a: [1] })).toEqual({ pointer: "/a/1", saved: 2, planned: undefined });
    expect(firstDifference({ a: 1 }, { a: 1, b: "x" })).toEqual({ pointer: "/b", saved: undefined, planned: "x" });
    expect(firstDifference([1, { x: null }], [1, { x: null }])).toBeUndefined();
    expect(firstDifference(1, "1")).toEqual({ pointer: "/", saved: 1, planned: "1" });
  });
});
