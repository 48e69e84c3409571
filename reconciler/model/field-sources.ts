/**
 * Where each declared field of a resource was written (`file:line:col path` for a message), kept as ONE string per
 * resource instead of one object per field. A class or unit declares ~15 fields, 163,000 at 1,000 classes; a plan or
 * drift without changes reads none of them, yet as objects they were most of the desired tree's kept heap and of
 * the tree cache's `v8.deserialize` (docs/reconciler-scale.md, "Session 9 (tree15)"). A `SourceRef` is made only
 * when a message asks for one (`fieldSource`); the string itself is immutable, so frozen data stays read-only, and two
 * loads of the same file give the same string (structural comparison unchanged).
 *
 * Layout (an implementation detail: read it only through this module). Compact, when every path and key allows it:
 *
 *   <base path> "\n" { <key> "\t" <line> "," <col> [ "\t" <relative path> ] "\n" }
 *
 * The field's file is the resource's (`source.file`); its path is the base path joined with the relative path, which
 * is written only when it is not the key itself (`params.capacity` is both; an array index or a quoted key is not).
 * A base starting with "[", a key or path holding a tab or newline, or a reference to another file is stored as JSON
 * instead (`[[key, file, line, col, path], …]`), which holds anything. `encodeFieldSources` checks that every
 * reference decodes to what it was given, so the compact form is used only where it is exact.
 */
import type { SourceRef } from "./desired.js";

declare const fieldSourcesBrand: unique symbol;

/** The source references of a resource's declared fields, keyed by dotted path (`params.capacity`): see `fieldSource`. */
export type FieldSources = string & { readonly [fieldSourcesBrand]: true };

/** A resource with field sources: its own `source` gives the file of its fields. */
export interface WithFieldSources {
  readonly source: SourceRef;
  readonly fieldSources: FieldSources;
}

/** `base` + `rel` in the error format's path notation (`units[1]` + `params.x` → `units[1].params.x`). */
function joinPath(base: string, rel: string): string {
  if (base === "") return rel;
  if (rel === "") return base;
  return rel.charCodeAt(0) === 0x5b /* [ */ ? `${base}${rel}` : `${base}.${rel}`;
}

/** The relative path of `path` under `base`, when joinPath gives it back; undefined otherwise. */
function relativeTo(base: string, path: string): string | undefined {
  let rel: string | undefined;
  if (base === "") rel = path;
  else if (path === base) rel = "";
  else if (path.startsWith(`${base}[`)) rel = path.slice(base.length);
  else if (path.startsWith(`${base}.`)) rel = path.slice(base.length + 1);
  return rel !== undefined && joinPath(base, rel) === path ? rel : undefined;
}

const unsafe = (text: string) => text.includes("\n") || text.includes("\t");

/**
 * The field sources of a resource declared in `file`, whose fields' paths lie under `base` (the resource's path in
 * the file: "" for a class, `units[3]` for a unit), in the given order; a later field with the same key replaces an
 * earlier one (in its place), as assigning it to a record would.
 */
export function encodeFieldSources(file: string, base: string, given: Iterable<readonly [key: string, ref: SourceRef]>): FieldSources {
  const fields = [...new Map(given)];
  let out = `${base}\n`;
  let compact = !unsafe(base) && !base.startsWith("[");
  for (const [key, ref] of fields) {
    if (!compact) break;
    const rel = relativeTo(base, ref.path);
    if (ref.file !== file || rel === undefined || unsafe(key) || unsafe(rel) || !Number.isSafeInteger(ref.line) || !Number.isSafeInteger(ref.col)) {
      compact = false;
      break;
    }
    out += rel === key ? `${key}\t${ref.line},${ref.col}\n` : `${key}\t${ref.line},${ref.col}\t${rel}\n`;
  }
  if (compact) return out as FieldSources;
  return JSON.stringify(fields.map(([key, ref]) => [key, ref.file, ref.line, ref.col, ref.path])) as FieldSources;
}

function decodeAt(text: string, file: string, base: string, key: string, from: number): SourceRef {
  const end = text.indexOf("\n", from);
  const comma = text.indexOf(",", from);
  const tab = text.indexOf("\t", comma);
  const hasRel = tab !== -1 && tab < end;
  const line = Number(text.slice(from, comma));
  const col = Number(text.slice(comma + 1, hasRel ? tab : end));
  const path = joinPath(base, hasRel ? text.slice(tab + 1, end) : key);
  return Object.freeze({ file, line, col, path });
}

type JsonEntry = [key: string, file: string, line: number, col: number, path: string];

/** Where the field `field` (dotted path relative to the resource) of `of` was declared; undefined if it was not. */
export function fieldSource(of: WithFieldSources, field: string): SourceRef | undefined {
  const text: string = of.fieldSources;
  if (text === "") return undefined;
  if (text.startsWith("[")) {
    const hit = (JSON.parse(text) as JsonEntry[]).find((e) => e[0] === field);
    return hit === undefined ? undefined : Object.freeze({ file: hit[1], line: hit[2], col: hit[3], path: hit[4] });
  }
  if (unsafe(field)) return undefined;
  const baseEnd = text.indexOf("\n");
  const at = text.indexOf(`\n${field}\t`, baseEnd);
  if (at === -1) return undefined;
  return decodeAt(text, of.source.file, text.slice(0, baseEnd), field, at + field.length + 2);
}

/** Every declared field's source, in declaration order (tests, tools: `fieldSource` is the reader). */
export function fieldSourceEntries(of: WithFieldSources): [key: string, ref: SourceRef][] {
  const text: string = of.fieldSources;
  if (text === "") return [];
  if (text.startsWith("[")) {
    return (JSON.parse(text) as JsonEntry[]).map(([key, file, line, col, path]) => [key, Object.freeze({ file, line, col, path })]);
  }
  const out: [string, SourceRef][] = [];
  const baseEnd = text.indexOf("\n");
  const base = text.slice(0, baseEnd);
  for (let start = baseEnd + 1; start < text.length; ) {
    const tab = text.indexOf("\t", start);
    const key = text.slice(start, tab);
    out.push([key, decodeAt(text, of.source.file, base, key, tab + 1)]);
    start = text.indexOf("\n", tab) + 1;
  }
  return out;
}

/** A resource that declares no field (test fixtures). */
export const NO_FIELD_SOURCES = "" as FieldSources;
