import { describe, expect, it } from "vitest";
import type { ResourceMap } from "../../model/observed.js";
import { canonicalField, diffResources, fieldsEqual } from "../../plan/diff.js";

const A = "0x1111111111111111111111111111111111111111";

describe("field comparison", () => {
  it("compares numbers with bigints, hex case-insensitively, sets without order", () => {
    expect(fieldsEqual(5n, 5)).toBe(true);
    expect(fieldsEqual(5n, 6n)).toBe(false);
    expect(fieldsEqual(A, A.toUpperCase().replace("0X", "0x"))).toBe(true);
    expect(fieldsEqual("Acme", "acme")).toBe(false);
    expect(fieldsEqual(["b", "a"], ["a", "b"], true)).toBe(true);
    expect(fieldsEqual(["b", "a"], ["a", "b"], false)).toBe(false);
    expect(fieldsEqual(undefined, null)).toBe(false);
    expect(canonicalField(1.5)).toBe("f:1.5");
  });
});

describe("diffResources", () => {
  const observed: ResourceMap = {
    "class.acme-mmf": {
      type: "class",
      fields: {
        agent: "acme",
        "template.id": "lcts-portfolio",
        "template.version": 1n,
        "params.depositAsset": A,
        pau: A,
      },
    },
    "class.acme-mmf.rateLimit.transfer": {
      type: "rateLimit",
      fields: { maxAmount: 10n, slope: 1n, lastIncreaseAt: 5n },
    },
    "class.acme-mmf.relayer.0x2222222222222222222222222222222222222222": { type: "relayer", fields: {} },
    "class.acme-mmf.unit.old": { type: "unit", fields: { class: "acme-mmf" } },
    "template.lcts-portfolio.v1": { type: "template", fields: { status: "approved" } },
  };

  it("classifies create, update, delete, refused, undeclared and in-sync", () => {
    const desired: ResourceMap = {
      "class.acme-mmf": {
        type: "class",
        fields: {
          agent: "acme",
          "template.id": "lcts-portfolio",
          "template.version": 1,
          "params.depositAsset": A.toUpperCase().replace("0X", "0x"),
          pau: "0x0",
        },
      },
      "class.acme-mmf.rateLimit.transfer": { type: "rateLimit", fields: { maxAmount: 20n, slope: 1n } },
      "class.acme-mmf.freezer.0x3333333333333333333333333333333333333333": { type: "freezer", fields: {} },
    };
    const d = diffResources(desired, observed);
    expect(d.inSync).toEqual(["class.acme-mmf"]);
    expect(d.undeclared).toEqual(["template.lcts-portfolio.v1"]);
    const byAddr = Object.fromEntries(d.changes.map((c) => [c.address, c]));
    expect(byAddr["class.acme-mmf.rateLimit.transfer"]).toMatchObject({
      kind: "update",
      fields: [{ field: "maxAmount", old: 10n, new: 20n, immutable: false }],
    });
    expect(byAddr["class.acme-mmf.freezer.0x3333333333333333333333333333333333333333"]!.kind).toBe("create");
    expect(byAddr["class.acme-mmf.relayer.0x2222222222222222222222222222222222222222"]!.kind).toBe("delete");
    expect(byAddr["class.acme-mmf.unit.old"]).toMatchObject({ kind: "refused" });
    expect(byAddr["class.acme-mmf.unit.old"]!.reason).toMatch(/cannot be destroyed/);
    expect(d.changes.map((c) => c.address)).toEqual([...d.changes.map((c) => c.address)].sort());
  });

  it("refuses a change of a class's template or buybox, naming the fields", () => {
    const desired: ResourceMap = {
      "class.acme-mmf": {
        type: "class",
        fields: { agent: "acme", "template.id": "lcts-portfolio", "template.version": 2n, "params.depositAsset": A },
      },
    };
    const d = diffResources(desired, { "class.acme-mmf": observed["class.acme-mmf"]! });
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]!.kind).toBe("refused");
    expect(d.changes[0]!.reason).toMatch(
      /^template.version cannot change in place: on-chain classes cannot be replaced/,
    );
  });

  it("refuses a buybox change of a Term class", () => {
    const term = (sizeMax: bigint) => ({
      type: "class" as const,
      fields: { kind: "term-nfat", "params.buybox.sizeMax": sizeMax, "params.buybox.apyMinBps": 500 },
    });
    const d = diffResources({ "class.t": term(20n) }, { "class.t": term(10n) });
    expect(d.changes[0]).toMatchObject({
      kind: "refused",
      fields: [{ field: "params.buybox.sizeMax", old: 10n, new: 20n, immutable: true }],
    });
    expect(d.changes[0]!.reason).toMatch(
      /^params.buybox.sizeMax cannot change in place: on-chain classes cannot be replaced: the template and the buybox are fixed/,
    );
  });

  it("does not compare computed fields and lists every desired field on create", () => {
    const d = diffResources({ "class.x": { type: "class", fields: { agent: "a", pau: A } } }, {});
    expect(d.changes[0]!.fields).toEqual([{ field: "agent", old: undefined, new: "a", immutable: false }]);
  });

  it("rejects an address declared and observed as different types", () => {
    expect(() => diffResources({ x: { type: "agent", fields: {} } }, { x: { type: "legacy", fields: {} } })).toThrow(
      /declared as agent/,
    );
  });
});
