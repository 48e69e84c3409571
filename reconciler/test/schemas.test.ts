import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DESIRED_STATE_SCHEMAS, SCHEMA_BASE, schemasDir } from "../load/schemas.js";

type Schema = Record<string, unknown>;
const load = (file: string) => JSON.parse(readFileSync(join(schemasDir, file), "utf8")) as Schema;

/** Every `properties` entry anywhere in the schema, with its JSON path. */
function properties(node: unknown, path: string, out: [string, Schema][] = []): [string, Schema][] {
  if (Array.isArray(node)) node.forEach((item, i) => properties(item, `${path}/${i}`, out));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Schema)) {
      if (key === "properties" && value !== null && typeof value === "object") {
        for (const [name, property] of Object.entries(value as Record<string, Schema>)) out.push([`${path}/properties/${name}`, property]);
      }
      properties(value, `${path}/${key}`, out);
    }
  }
  return out;
}

describe.each(DESIRED_STATE_SCHEMAS)("schemas/%s", (file) => {
  const schema = load(file);

  it("is draft 2020-12 with an $id naming the file", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${SCHEMA_BASE}${file}`);
    expect(typeof schema.description).toBe("string");
  });

  it("documents every property and definition", () => {
    const undocumented = properties(schema, "#")
      .filter(([, property]) => typeof property.description !== "string" || property.description.length < 8)
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
    for (const [name, def] of Object.entries((schema.$defs as Record<string, Schema> | undefined) ?? {})) {
      expect(typeof def.description, name).toBe("string");
      expect(def.title, name).toBe(name);
    }
  });
});
