/**
 * How a file's value is stored in the tree pack (load/cache.ts) and taken back: source references and repeated
 * values replaced by stand-ins, identical reference-free parts written once, and the expansion that undoes it and
 * freezes the value in one walk. docs/reconciler-scale.md, "Session 7 (tree14)" and "Session 9 (tree15)".
 */

/**
 * Two kinds of stand-ins in a compact value:
 * - a string `"\0<line>:<col>:<path>"`: a source reference (`{ file, line, col, path }`), the file being the entry's;
 * - a negative integer `-1 - i`: `shared[i]`, a string of 8 or more characters or a bigint that occurs more than once
 *   in the pack (an asset address in every rate limit, the declared amounts, a field-source layout repeated in every
 *   class file of the same shape). `v8.deserialize` makes every occurrence of a string or bigint anew, while a small
 *   integer costs it nothing; expanding the stand-ins makes the tree keep one copy of each (docs/reconciler-scale.md,
 *   "Session 9 (tree15)").
 * A value holding a string that already starts with NUL, a negative number, or anything but plain objects, arrays
 * and scalars, is stored as it is (`compact` false), so decoding never turns a declared value into something else.
 */
const REF = "\u0000";
/** At most this many shared values (their stand-ins stay small integers). */
export const MAX_SHARED = 1 << 20;
const MIN_SHARED_LENGTH = 8;
const NOT_COMPACT = Symbol("not compact");

function isRefOf(o: Record<string, unknown>, file: string): boolean {
  const keys = Object.keys(o);
  return (
    keys.length === 4 &&
    keys[0] === "file" &&
    keys[1] === "line" &&
    keys[2] === "col" &&
    keys[3] === "path" &&
    o.file === file &&
    Number.isSafeInteger(o.line) &&
    Number.isSafeInteger(o.col) &&
    typeof o.path === "string"
  );
}

/** A string or bigint that may be shared. */
export const shareable = (value: unknown): value is string | bigint =>
  typeof value === "bigint" || (typeof value === "string" && value.length >= MIN_SHARED_LENGTH);

/**
 * The values to share among `values` ([display path, value] of each file): every shareable string or bigint that
 * occurs more than once outside the file's source references (stored apart), the most repeated first, at most
 * MAX_SHARED; value → its index.
 */
export function sharedValues(values: Iterable<readonly [file: string, value: unknown]>): Map<string | bigint, number> {
  const counts = new Map<string | bigint, number>();
  const count = (value: unknown, file: string): void => {
    if (shareable(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    else if (Array.isArray(value)) for (const item of value) count(item, file);
    else if (value !== null && typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (!isRefOf(o, file)) for (const key of Object.keys(o)) count(o[key], file);
    }
  };
  for (const [file, value] of values) count(value, file);
  const repeated = [...counts].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1]);
  return new Map(repeated.slice(0, MAX_SHARED).map(([value], i) => [value, i]));
}

/** The atom of a compacted scalar or of an object already given an id, in a cons key. */
function atom(value: unknown, idOf: ReadonlyMap<object, number>): string {
  if (typeof value === "string") return `s${JSON.stringify(value)}`;
  if (typeof value === "number") return Object.is(value, -0) ? "n-0" : `n${value}`;
  if (typeof value === "bigint") return `b${value}`;
  if (value !== null && typeof value === "object") return `#${idOf.get(value)!}`;
  return `v${String(value)}`;
}

/**
 * Compacts the values of one pack. Besides the stand-ins above, identical objects and arrays without source
 * references (a counterparty `{ kind: "contract", contract: "subscribe-queue" }`, the declared amounts, …) become
 * one object, which `v8.serialize` writes once and then refers back to: `v8.deserialize` makes one object for all of
 * them and `expandFrozen` expands and freezes it once. The tree is frozen, so sharing a read-only part between
 * resources is invisible to its readers (they compare by value; nothing keys on a desired object's identity).
 */
export class PackWriter {
  /** Cons key → the one compacted object with that content. */
  private readonly objects = new Map<string, object>();
  /** A consed object → its id in cons keys. */
  private readonly idOf = new Map<object, number>();

  constructor(private readonly shared: ReadonlyMap<string | bigint, number> = new Map()) {}

  /** [stored value, compact] of a file's value. */
  compact(value: unknown, file: string): [unknown, boolean] {
    try {
      return [this.copy(value, file)[0], true];
    } catch (error) {
      if (error === NOT_COMPACT) return [value, false];
      throw error;
    }
  }

  /** [compacted value, whether it holds a source reference]. */
  private copy(value: unknown, file: string): [unknown, boolean] {
    if (typeof value === "string") {
      if (value.startsWith(REF)) throw NOT_COMPACT;
      const index = value.length >= MIN_SHARED_LENGTH ? this.shared.get(value) : undefined;
      return [index === undefined ? value : -1 - index, false];
    }
    if (typeof value === "bigint") {
      const index = this.shared.get(value);
      return [index === undefined ? value : -1 - index, false];
    }
    if (typeof value === "number" && value < 0) throw NOT_COMPACT;
    if (value === null || typeof value !== "object") return [value, false];
    let out: unknown[] | Record<string, unknown>;
    let hasRef = false;
    let key: string;
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value) {
        const [copy, ref] = this.copy(item, file);
        items.push(copy);
        hasRef ||= ref;
      }
      if (hasRef) return [items, true];
      out = items;
      key = `[${items.map((item) => atom(item, this.idOf)).join(",")}`;
    } else {
      if (Object.getPrototypeOf(value) !== Object.prototype) throw NOT_COMPACT;
      const o = value as Record<string, unknown>;
      if (isRefOf(o, file)) return [`${REF}${o.line as number}:${o.col as number}:${o.path as string}`, true];
      const fields: Record<string, unknown> = {};
      for (const k of Object.keys(o)) {
        const [copy, ref] = this.copy(o[k], file);
        fields[k] = copy;
        hasRef ||= ref;
      }
      if (hasRef) return [fields, true];
      out = fields;
      key = `{${Object.keys(fields).map((k) => `${JSON.stringify(k)}:${atom(fields[k], this.idOf)}`).join(",")}`;
    }
    const known = this.objects.get(key);
    if (known !== undefined) return [known, false];
    this.objects.set(key, out);
    this.idOf.set(out, this.idOf.size);
    return [out, false];
  }
}

/** [stored value, compact] of a file's value alone; `shared`: the pack's shared values (`sharedValues`). */
export function compactValue(value: unknown, file: string, shared: ReadonlyMap<string | bigint, number> = new Map()): [unknown, boolean] {
  return new PackWriter(shared).compact(value, file);
}

function refOf(text: string, file: string): { file: string; line: number; col: number; path: string } {
  const a = text.indexOf(":");
  const b = text.indexOf(":", a + 1);
  return { file, line: Number(text.slice(1, a)), col: Number(text.slice(a + 1, b)), path: text.slice(b + 1) };
}

/** The shared value a negative stand-in names. */
function sharedAt(stand: number, shared: readonly (string | bigint)[]): string | bigint {
  const value = shared[-1 - stand];
  if (value === undefined) throw new Error("the tree cache names a shared value it does not hold");
  return value;
}

/**
 * Expand a compact value's stand-ins in place (a freshly deserialised value) and freeze it, in one walk. `shared`:
 * the pack's shared values.
 */
export function expandFrozen<T>(value: T, file: string, shared: readonly (string | bigint)[] = []): T {
  // frozen: an object shared by identity (PackWriter), expanded where it was met first
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "number") {
        if (item < 0) value[i] = sharedAt(item, shared);
      } else if (typeof item === "string") {
        if (item.startsWith(REF)) value[i] = Object.freeze(refOf(item, file));
      } else expandFrozen(item, file, shared);
    }
  } else {
    const o = value as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      const item = o[key];
      if (typeof item === "number") {
        if (item < 0) o[key] = sharedAt(item, shared);
      } else if (typeof item === "string") {
        if (item.startsWith(REF)) o[key] = Object.freeze(refOf(item, file));
      } else expandFrozen(item, file, shared);
    }
  }
  return Object.freeze(value);
}
