/**
 * The JSON Schemas of schemas/*.schema.json compiled with ajv (draft 2020-12, all errors), and the mapping
 * of ajv errors onto YAML source positions and readable messages.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { isAddress } from "../model/address.js";
import type { Diagnostic, PathSegment, SourceFile } from "./source.js";
import { pointerToSegments, formatPath } from "./source.js";

export const SCHEMA_BASE = "https://halo-factory.example/schemas/";
export const schemasDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "schemas");

export type FileKind = "agent" | "class" | "templates" | "legacy" | "prime";

/**
 * The schemas of the desired-state tree. schemas/ also holds other formats (e.g. the saved plan); they are
 * neither compiled here nor part of the generated types.
 */
export const DESIRED_STATE_SCHEMAS = [
  "common.schema.json",
  "agent.schema.json",
  "class.schema.json",
  "templates.schema.json",
  "legacy.schema.json",
  "prime.schema.json",
] as const;

const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

let validators: Record<FileKind, ValidateFunction> | undefined;

function compileValidators(): Record<FileKind, ValidateFunction> {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true, // errors carry parentSchema: x-message and allowed-property hints come from it
    discriminator: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  addFormats(ajv, ["uri"]);
  // strict EIP-55 (viem): all lower case, or a valid checksum; anything else with upper case is refused.
  ajv.addFormat("evm-address", { type: "string", validate: (value: string) => isAddress(value, { strict: true }) });
  ajv.addKeyword({ keyword: "x-message", schemaType: "string" }); // our readable message for a failed value
  ajv.addKeyword({ keyword: "tsType", schemaType: "string" }); // json-schema-to-typescript's type override
  for (const file of DESIRED_STATE_SCHEMAS) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, file), "utf8")) as object);
  }
  const get = (kind: FileKind): ValidateFunction => {
    const validate = ajv.getSchema(`${SCHEMA_BASE}${kind}.schema.json`);
    if (!validate) throw new Error(`schemas/${kind}.schema.json is missing`);
    return validate;
  };
  return { agent: get("agent"), class: get("class"), templates: get("templates"), legacy: get("legacy"), prime: get("prime") };
}

/** Validate a parsed file against the schema of its kind; [] when valid. */
export function validateFile(kind: FileKind, source: SourceFile): Diagnostic[] {
  validators ??= compileValidators();
  const validate = validators[kind];
  if (validate(source.data)) return [];
  const errors = validate.errors ?? [];
  return [...ajvDiagnostics(source, errors, kind), ...underClosestKind(validate, source, errors, kind)];
}

/**
 * A file whose discriminator (`kind`) is wrong fails only on the tag, hiding the file's other errors. Validate
 * it again as each known kind and report the errors of the closest one (fewest errors) too, so that one wrong
 * `kind` does not hide a wrong address further down.
 */
function underClosestKind(validate: ValidateFunction, source: SourceFile, errors: readonly ErrorObject[], kind: FileKind): Diagnostic[] {
  const tagError = errors.find((e) => e.keyword === "discriminator" && e.instancePath === "");
  const data = source.data as Record<string, unknown> | null;
  if (tagError === undefined || data === null || typeof data !== "object") return [];
  const tag = String((tagError.params as Record<string, unknown>).tag);
  if (data[tag] === undefined) return [];
  const mapping = (tagError.parentSchema as SchemaObject | undefined)?.oneOf as SchemaObject[] | undefined;
  let best: ErrorObject[] | undefined;
  for (const candidate of kindsOf(mapping, tag, kind)) {
    if (validate({ ...data, [tag]: candidate })) return []; // only the tag is wrong
    const found = (validate.errors ?? []).filter((e) => !(e.instancePath === `/${tag}` || e.keyword === "discriminator"));
    if (best === undefined || found.length < best.length) best = [...found];
  }
  return best === undefined ? [] : ajvDiagnostics(source, best, kind);
}

type SchemaObject = Record<string, unknown>;

function xMessage(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as SchemaObject | undefined;
  const message = parent?.["x-message"];
  return typeof message === "string" ? message : undefined;
}

function describeType(type: string): string {
  const names: Record<string, string> = {
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "true or false",
    object: "a mapping",
    array: "a list",
    null: "null",
  };
  return type
    .split(",")
    .map((t) => names[t] ?? t)
    .join(" or ");
}

function allowedProperties(parent: SchemaObject | undefined): string {
  const names = Object.keys((parent?.properties as SchemaObject | undefined) ?? {});
  const patterns = Object.keys((parent?.patternProperties as SchemaObject | undefined) ?? {});
  const parts = [...names, ...patterns.map((p) => `names matching ${p}`)];
  return parts.length === 0 ? "" : ` (allowed: ${parts.join(", ")})`;
}

function messageFor(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}`;
    case "const":
      return `must be ${String(params.allowedValue)}`;
    case "type":
      return xMessage(error) ?? `must be ${describeType(String(params.type))}`;
    case "minimum":
      return xMessage(error) ?? `must be at least ${String(params.limit)}`;
    case "maximum":
      return xMessage(error) ?? `must be at most ${String(params.limit)}`;
    case "minLength":
      return xMessage(error) ?? (params.limit === 1 ? "must not be empty" : `must be at least ${String(params.limit)} characters`);
    case "maxLength":
      return xMessage(error) ?? `must be at most ${String(params.limit)} characters`;
    case "pattern":
      return xMessage(error) ?? `must match ${String(params.pattern)}`;
    case "format":
      return xMessage(error) ?? `must be a valid ${String(params.format)}`;
    case "oneOf":
    case "anyOf":
      return xMessage(error) ?? "does not match any of the allowed forms";
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/**
 * ajv errors → diagnostics at YAML positions.
 * - required: reported on the object that lacks the property;
 * - additionalProperties / propertyNames: reported on the offending key;
 * - oneOf / anyOf: the branch errors at the same place are noise; deeper branch errors are kept (they say
 *   what is wrong inside the value), otherwise one message for the whole value;
 * - discriminator: reported on the tag (`kind`) unless the tag is missing (then `required` says it).
 */
export function ajvDiagnostics(source: SourceFile, errors: readonly ErrorObject[], kind: FileKind): Diagnostic[] {
  const alternatives = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const push = (segments: PathSegment[], message: string, keyOf = false) => {
    const diagnostic = source.diagnostic(segments, message, keyOf);
    const id = `${diagnostic.line}:${diagnostic.col}:${diagnostic.path}:${message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(diagnostic);
    }
  };
  for (const error of errors) {
    if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined) continue; // inside propertyNames
    const segments = pointerToSegments(error.instancePath, source.data);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === "oneOf" || error.keyword === "anyOf") {
      const deeper = errors.some((e) => e.instancePath.startsWith(`${error.instancePath}/`));
      if (!deeper) push(segments, messageFor(error));
      continue;
    }
    if (alternatives.some((a) => a.instancePath === error.instancePath)) continue;
    switch (error.keyword) {
      case "required":
        push(segments, `missing required property "${String(params.missingProperty)}"`);
        break;
      case "additionalProperties": {
        const property = String(params.additionalProperty);
        push([...segments, property], `unknown property "${property}"${allowedProperties(error.parentSchema as SchemaObject)}`, true);
        // The path names the parent, the position the key itself.
        const last = out[out.length - 1];
        if (last) last.path = formatPath(segments);
        break;
      }
      case "propertyNames": {
        const name = String(params.propertyName);
        const rule = (error.parentSchema as SchemaObject | undefined)?.propertyNames as SchemaObject | undefined;
        const why = typeof rule?.["x-message"] === "string" ? rule["x-message"] : "is not allowed";
        push([...segments, name], `property name "${name}" ${why}`, true);
        const last = out[out.length - 1];
        if (last) last.path = formatPath(segments);
        break;
      }
      case "discriminator": {
        const tag = String(params.tag);
        const value = segments.length === 0 ? source.data : undefined;
        const tagValue = (value as Record<string, unknown> | undefined)?.[tag] ?? params.tagValue;
        if (tagValue === undefined) break;
        const mapping = (error.parentSchema as SchemaObject | undefined)?.oneOf as SchemaObject[] | undefined;
        const kinds = kindsOf(mapping, tag, kind);
        push([...segments, tag], kinds.length > 0 ? `must be one of ${kinds.join(", ")}` : `is not a known ${tag}`);
        break;
      }
      default:
        push(segments, messageFor(error));
    }
  }
  return out;
}

/** The `const` values of the discriminator tag in each branch (resolving refs local to the file's schema). */
function kindsOf(branches: SchemaObject[] | undefined, tag: string, kind: FileKind): string[] {
  if (!branches) return [];
  const schema = JSON.parse(readFileSync(join(schemasDir, `${kind}.schema.json`), "utf8")) as SchemaObject;
  const defs = (schema.$defs as Record<string, SchemaObject> | undefined) ?? {};
  const kinds: string[] = [];
  for (const branch of branches) {
    const ref = typeof branch.$ref === "string" ? branch.$ref : undefined;
    const target = ref?.startsWith("#/$defs/") ? defs[ref.slice("#/$defs/".length)] : branch;
    const property = (target?.properties as Record<string, SchemaObject> | undefined)?.[tag];
    if (property && typeof property.const === "string") kinds.push(property.const);
  }
  return kinds;
}
