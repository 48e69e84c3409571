import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROLE_TABLE } from "../../ops/roles.js";
import { recordsSchemaDir } from "../../ops/records.js";
import { repoRoot } from "../helpers.js";

/** The rows of docs/roles.md's section that `halo verify` enforces, as "Contract ROLE". */
function documentedRoles(): string[] {
  const doc = readFileSync(join(repoRoot, "docs", "roles.md"), "utf8");
  const section = doc.split("## Class and unit contracts (checked by `halo verify`)")[1]!.split("### ")[0]!;
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| contract") && !line.startsWith("|---"))
    .map((line) => line.split("|").map((c) => c.trim()))
    .map((cells) => `${cells[1]} ${cells[2]}`);
}

describe("docs/roles.md and reconciler/ops/roles.ts", () => {
  it("list exactly the same roles on exactly the same contracts", () => {
    const code = Object.entries(ROLE_TABLE).flatMap(([contract, rules]) => rules.map((r) => `${contract} ${r.role}`));
    expect(documentedRoles().sort()).toEqual(code.sort());
    expect(code).toHaveLength(22);
  });
});

describe("schemas/records", () => {
  /** Every property of every object schema carries a description (the records are a published format). */
  function undescribed(node: unknown, path: string, out: string[]): void {
    if (node === null || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (n.properties !== undefined) {
      for (const [key, value] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
        if (typeof value.description !== "string" || value.description === "") out.push(`${path}/properties/${key}`);
        undescribed(value, `${path}/properties/${key}`, out);
      }
    }
    for (const key of ["items", "$defs", "oneOf", "allOf", "then"]) {
      const child = n[key];
      if (Array.isArray(child)) child.forEach((c, i) => undescribed(c, `${path}/${key}/${i}`, out));
      else if (child !== undefined && key === "$defs") for (const [k, v] of Object.entries(child as object)) undescribed(v, `${path}/$defs/${k}`, out);
      else if (child !== undefined) undescribed(child, `${path}/${key}`, out);
    }
  }

  it("are draft 2020-12 with a schemaVersion and a description on every field", () => {
    const files = readdirSync(recordsSchemaDir).sort();
    expect(files).toEqual(["agent.schema.json", "class.schema.json", "common.schema.json", "unit.schema.json"]);
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(recordsSchemaDir, file), "utf8")) as Record<string, unknown>;
      expect(schema.$schema, file).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(typeof schema.description, file).toBe("string");
      const missing: string[] = [];
      undescribed(schema, file, missing);
      expect(missing, file).toEqual([]);
      if (file !== "common.schema.json") expect((schema.required as string[]).slice(0, 2)).toEqual(["schemaVersion", "recordType"]);
    }
  });
});
