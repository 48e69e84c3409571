/**
 * A YAML file of the tree with its source positions: parse once, then answer "where is the value at this
 * path?" for validation errors and for the per-resource source references of the desired model.
 */
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node, type Tags } from "yaml";
import type { SourceRef } from "../model/desired.js";

/** One error of the tool: printed as `file:line:col path: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  /** Path inside the file (`units[1].params.seniority`); "" = the document itself. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** `["units", 1, "params", "seniority"]` → `units[1].params.seniority`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** ajv's JSON Pointer instancePath → segments (array indexes as numbers). */
export function pointerToSegments(pointer: string, root: unknown): PathSegment[] {
  if (pointer === "") return [];
  const segments: PathSegment[] = [];
  let cursor: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(cursor)) {
      const index = Number(key);
      segments.push(index);
      cursor = cursor[index];
    } else {
      segments.push(key);
      cursor = cursor !== null && typeof cursor === "object" ? (cursor as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

/**
 * YAML 1.2 reads an unquoted `0x…` as a hexadecimal integer, which would turn every unquoted address into
 * a number. Every hex value in halos/ is an address or hash, so hex literals stay strings.
 */
const YAML_OPTIONS = {
  customTags: (tags: Tags): Tags => tags.filter((tag) => typeof tag === "string" || tag.format !== "HEX"),
  prettyErrors: true,
  uniqueKeys: true,
} as const;

export class SourceFile {
  readonly lineCounter = new LineCounter();
  readonly doc: Document.Parsed;
  /** The document as plain data (undefined when empty). */
  readonly data: unknown;
  readonly syntaxErrors: Diagnostic[];

  constructor(
    /** Display path (relative to the working directory). */
    readonly file: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: this.lineCounter });
    this.syntaxErrors = [...this.doc.errors, ...this.doc.warnings].map((error) => {
      const at = error.linePos?.[0] ?? this.lineCounter.linePos(error.pos[0]);
      // prettyErrors appends " at line L, column C:" and a code frame; the position is printed separately.
      let message = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
      if (error.code === "MULTIPLE_DOCS") message = "a file holds one YAML document (remove the second ---)";
      if (error.code === "DUPLICATE_KEY") {
        const line = text.split(/\r?\n/)[at.line - 1] ?? "";
        const key = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(line.slice(at.col - 1))?.[1];
        if (key !== undefined) message = `duplicate key "${key}" (map keys must be unique)`;
      }
      return { file, line: at.line, col: at.col, path: "", message: `YAML: ${message}` };
    });
    this.data = this.doc.errors.length === 0 ? this.doc.toJS({ maxAliasCount: 100 }) : undefined;
  }

  static read(absolutePath: string, displayPath: string): SourceFile {
    return new SourceFile(displayPath, readFileSync(absolutePath, "utf8"));
  }

  /**
   * The deepest node on `segments` (stops early when the path does not exist) and whether it was reached.
   * `keyOf`: return the key node of the last segment instead of its value (for "unknown property").
   */
  private walk(segments: readonly PathSegment[], keyOf = false): { node: Node | null; complete: boolean } {
    let node: unknown = this.doc.contents;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      const last = i === segments.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return { node: node as Node, complete: false };
        if (last && keyOf && isScalar(pair.key)) return { node: pair.key, complete: true };
        // `key:` parses to a null scalar just after the colon; a pair without any value node falls back to its key.
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item === undefined) return { node: node as Node, complete: false };
        node = item;
      } else {
        return { node: (node as Node | null) ?? null, complete: false };
      }
    }
    return { node: (node as Node | null) ?? null, complete: true };
  }

  /** 1-based line:col of the value (or key) at `segments`; the nearest existing ancestor otherwise. */
  position(segments: readonly PathSegment[], keyOf = false): { line: number; col: number } {
    const { node } = this.walk(segments, keyOf);
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1, col: 1 };
    return this.lineCounter.linePos(offset);
  }

  ref(segments: readonly PathSegment[], keyOf = false): SourceRef {
    return { file: this.file, ...this.position(segments, keyOf), path: formatPath(segments) };
  }

  diagnostic(segments: readonly PathSegment[], message: string, keyOf = false): Diagnostic {
    return { ...this.ref(segments, keyOf), message };
  }

  /**
   * The scalar at `segments` as written: YAML numbers come back as their source text (`1e18`, `100000…`)
   * so that amounts are never rounded through a float.
   */
  scalarText(segments: readonly PathSegment[]): string | undefined {
    const { node, complete } = this.walk(segments);
    if (!complete || !isScalar(node)) return undefined;
    if (typeof node.value === "string") return node.value;
    if (typeof node.value === "number" || typeof node.value === "bigint") return node.source ?? String(node.value);
    return undefined;
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || a.path.localeCompare(b.path) || a.message.localeCompare(b.message);
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.col}`;
  return d.path === "" ? `${where} ${d.message}` : `${where} ${d.path}: ${d.message}`;
}
