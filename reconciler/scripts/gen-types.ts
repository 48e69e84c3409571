/**
 * Generates reconciler/types/generated.ts from the desired-state JSON Schemas in schemas/ (the files listed in
 * DESIRED_STATE_SCHEMAS; other formats in schemas/, such as the saved-plan schema, are not part of it).
 *
 *   tsx reconciler/scripts/gen-types.ts           write the file
 *   tsx reconciler/scripts/gen-types.ts --check   exit 1 (naming the stale file) when the committed file
 *                                                 differs from a fresh generation
 *   --out <file>                                  write / check another file (tests)
 *
 * The schemas reference each other by relative `$ref` (e.g. `common.schema.json#/$defs/Address`). Rather
 * than teach the generator to resolve those, every file is merged into one synthetic root whose `$defs`
 * hold each file's definitions and each file's root (under its `title`), with refs rewritten to local ones.
 * Definition names must therefore be unique across files; a clash is an error.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import { DESIRED_STATE_SCHEMAS } from "../load/schemas.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const schemasDir = join(repoRoot, "schemas");
export const generatedFile = join(repoRoot, "reconciler", "types", "generated.ts");

const BANNER = `/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Generated from the desired-state schemas in schemas/ by reconciler/scripts/gen-types.ts (npm run gen).
 * A test fails when this file is stale; change the schemas and regenerate instead.
 */`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  // A `$ref` with sibling keywords (our property descriptions) makes the generator copy the referenced
  // definition under a numbered alias (Address1, Address2, …). The types only need the reference; the
  // descriptions stay in the schemas, where editors and docs read them.
  const pureRef = typeof node.$ref === "string";
  for (const [key, value] of Object.entries(node)) {
    if (pureRef && key !== "$ref") continue;
    if (key === "$ref" && typeof value === "string") {
      const hash = value.indexOf("#");
      out[key] = hash >= 0 ? value.slice(hash) : "#";
    } else if (key === "$schema" || key === "$id" || key === "discriminator" || key === "x-message") {
      // ajv-only keywords and identifiers: no bearing on the types.
      continue;
    } else {
      out[key] = rewriteRefs(value);
    }
  }
  return out;
}

/** Other formats whose types are generated with the tree's: the Artifact document `halo verify` reads. */
export const OTHER_TYPED_SCHEMAS = ["artifact.schema.json"] as const;

export function schemaFiles(): string[] {
  return [...DESIRED_STATE_SCHEMAS, ...OTHER_TYPED_SCHEMAS];
}

export function mergedSchema(): JSONSchema {
  const defs: { [key: string]: Json } = {};
  const roots: { [key: string]: Json } = {};
  const add = (name: string, def: Json, file: string) => {
    if (name in defs) throw new Error(`schemas/${file}: definition "${name}" is also defined in another schema file`);
    defs[name] = def;
  };
  for (const file of schemaFiles()) {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), "utf8")) as { [key: string]: Json };
    const { $defs, ...root } = schema;
    if ($defs && typeof $defs === "object" && !Array.isArray($defs)) {
      for (const [name, def] of Object.entries($defs)) add(name, rewriteRefs(def), file);
    }
    // A file whose root only carries $defs (common.schema.json) has no root type of its own.
    if (root.type !== undefined || root.oneOf !== undefined) {
      const title = root.title;
      if (typeof title !== "string") throw new Error(`schemas/${file}: the root schema needs a title (the type's name)`);
      add(title, rewriteRefs(root), file);
      roots[file.replace(/\.schema\.json$/, "")] = { $ref: `#/$defs/${title}` };
    }
  }
  return {
    title: "DesiredStateFiles",
    description: "Index of the desired-state file kinds (a generated root, not a file kind itself).",
    type: "object",
    additionalProperties: false,
    properties: roots,
    $defs: defs,
  } as JSONSchema;
}

export async function generate(): Promise<string> {
  return compile(mergedSchema(), "DesiredStateFiles", {
    bannerComment: BANNER,
    cwd: schemasDir,
    declareExternallyReferenced: true,
    unreachableDefinitions: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { printWidth: 120, singleQuote: false, trailingComma: "all" },
    $refOptions: { resolve: { external: false } },
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const outIndex = args.indexOf("--out");
  const target = outIndex >= 0 && args[outIndex + 1] !== undefined ? resolve(args[outIndex + 1] as string) : generatedFile;
  const fresh = await generate();
  const shown = relative(process.cwd(), target) || target;
  if (check) {
    let committed = "";
    try {
      committed = readFileSync(target, "utf8");
    } catch {
      committed = "";
    }
    if (committed !== fresh) {
      process.stderr.write(`${shown} is stale: run \`npm run gen\` and commit the result\n`);
      process.exit(1);
    }
    process.stdout.write(`${shown} is fresh\n`);
    return;
  }
  writeFileSync(target, fresh);
  process.stdout.write(`wrote ${shown}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`gen-types: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
