/**
 * A verified local cache of chain history (docs/chain.md, "The history cache"): logs below a final block never
 * change, so `halo plan` and `halo drift` keep what they derived from the two largest log answers — the factory's
 * ClassDeployed / UnitDeployed events and the RoleGranted / RoleRevoked logs of the plain AccessControl contracts —
 * in `<project>/out/.cache/history-<kind>-<key>.bin`, and read from the node only the blocks after it.
 *
 * An entry covers every address it holds from the scan's `fromBlock` up to `coveredTo`, and is stored with that
 * block's hash. Round 0 of the refresh asks for the block `coveredTo` and the `finalized` block in its own batch
 * (chain/refresh.ts): an entry whose block hash differs, whose block the node does not know, of another chain id or
 * past the pinned block is not used at all (never partly). Only logs at blocks ≤ finalized (and ≤ the pinned block)
 * are written; a node that refuses the `finalized` tag gets `pinned − 64`.
 *
 * The file: magic, a JSON header (format, tool version, kind, key, chain id, fromBlock, coveredTo and its hash,
 * a CRC-32 of the body and the section sizes), then the body's sections. A damaged, truncated, foreign or other-version
 * file is ignored (and rewritten by the next successful refresh); a write failure is silent. Writes are atomic
 * (a temporary file, then rename). Whoever can write the directory can change what is planned: it is trusted like
 * the tree itself (docs/threat-model.md).
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import type { Address, Hex } from "viem";
import { addressFromBytes } from "../model/address.js";

/** Bumped whenever what an entry holds or how it is encoded changes (3: a CRC-32 of the body instead of its sha256). */
export const HISTORY_CACHE_FORMAT = 3;
const MAGIC = Buffer.from("HALOHIST", "latin1");
/** Blocks below the pinned one taken as final when the node refuses the `finalized` tag. */
export const FINALITY_FALLBACK = 64n;

export type HistoryKind = "deployments" | "roles" | "pas-logs";

let toolVersion: string | undefined;
/** The CLI's version (package.json), part of every key: another halo never reads this one's entries. */
function tool(): string {
  if (toolVersion !== undefined) return toolVersion;
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    toolVersion = String(pkg.version ?? "unknown");
  } catch {
    toolVersion = "unknown";
  }
  return toolVersion;
}

export interface HistoryHeader {
  format: number;
  tool: string;
  kind: HistoryKind;
  /** What the query depends on (contract / topics / fromBlock), hashed into the file name too. */
  key: string;
  chainId: number;
  fromBlock: string;
  coveredTo: string;
  coveredHash: Hex;
  /** CRC-32 of the body (the sections, concatenated): finds accidental damage (docs/chain.md, "Bad files"). */
  crc32: number;
  sections: number[];
}

/** A file's header and body sections (views into the file's bytes). */
export interface HistoryEntry {
  header: HistoryHeader;
  coveredTo: bigint;
  sections: Buffer[];
}

/** A cache file: where it is and what was read from it (undefined: none, or not usable). */
export interface HistorySlot {
  kind: HistoryKind;
  file: string;
  key: string;
  entry: HistoryEntry | undefined;
}

/** A file's header as written (not checked against a kind, key or format) and where its body starts; undefined if none. */
export function readHistoryHeader(bytes: Buffer): { header: HistoryHeader; start: number } | undefined {
  try {
    if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const start = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
    if (start > bytes.length) return undefined;
    return { header: JSON.parse(bytes.toString("utf8", MAGIC.length + 4, start)) as HistoryHeader, start };
  } catch {
    return undefined;
  }
}

/** Read a file back; undefined for anything that is not a whole, matching entry. */
export function decodeHistoryFile(bytes: Buffer, kind: HistoryKind, key: string): HistoryEntry | undefined {
  try {
    const read = readHistoryHeader(bytes);
    if (read === undefined) return undefined;
    const { header, start } = read;
    if (header.format !== HISTORY_CACHE_FORMAT || header.tool !== tool() || header.kind !== kind || header.key !== key) return undefined;
    if (!Array.isArray(header.sections) || !/^0x[0-9a-f]{64}$/.test(String(header.coveredHash))) return undefined;
    if (!/^\d+$/.test(String(header.fromBlock)) || !/^\d+$/.test(String(header.coveredTo)) || !Number.isSafeInteger(header.chainId))
      return undefined;
    const body = bytes.subarray(start);
    if (header.sections.reduce((a, b) => a + b, 0) !== body.length) return undefined;
    if (crc32(body) !== header.crc32) return undefined;
    const sections: Buffer[] = [];
    let at = 0;
    for (const n of header.sections) {
      if (!Number.isInteger(n) || n < 0) return undefined;
      sections.push(body.subarray(at, at + n));
      at += n;
    }
    return { header, coveredTo: BigInt(header.coveredTo), sections };
  } catch {
    return undefined;
  }
}

/** The bytes of a file. */
export function encodeHistoryFile(
  header: Omit<HistoryHeader, "format" | "tool" | "crc32" | "sections">,
  sections: readonly Buffer[],
): Buffer {
  return Buffer.concat(historyFileParts(header, sections));
}

/**
 * A file as its parts, in order: magic, header length, header, then the sections as they are (written without a copy).
 * `knownCrc`: the body's CRC-32 when the caller has it (the same sections as a verified entry's).
 */
function historyFileParts(
  header: Omit<HistoryHeader, "format" | "tool" | "crc32" | "sections">,
  sections: readonly Buffer[],
  knownCrc?: number,
): Buffer[] {
  let sum = knownCrc ?? 0;
  if (knownCrc === undefined) for (const s of sections) sum = crc32(s, sum);
  const full: HistoryHeader = {
    format: HISTORY_CACHE_FORMAT,
    tool: tool(),
    ...header,
    crc32: sum,
    sections: sections.map((s) => s.length),
  };
  const json = Buffer.from(JSON.stringify(full), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return [MAGIC, length, json, ...sections];
}

/** Files read in this process, by path, with the size and mtime they had (`observe`'s second refresh reuses them). */
const readFiles = new Map<string, { size: number; mtimeMs: number; bytes: Buffer }>();

function readHistoryBytes(file: string): Buffer | undefined {
  try {
    const s = statSync(file);
    const known = readFiles.get(file);
    if (known !== undefined && known.size === s.size && known.mtimeMs === s.mtimeMs) return known.bytes;
    const bytes = readFileSync(file);
    readFiles.set(file, { size: s.size, mtimeMs: s.mtimeMs, bytes });
    return bytes;
  } catch {
    return undefined;
  }
}

/** Forget the files read in this process (tests: behave like a new process). */
export function forgetHistoryFiles(): void {
  readFiles.clear();
}

/** The key of one kind's query: what its answer depends on besides the chain and the addresses it covers. */
export function historyKey(kind: HistoryKind, parts: readonly string[], fromBlock: bigint): string {
  return `${kind}|${parts.map((p) => p.toLowerCase()).join("|")}|from ${fromBlock}`;
}

function slotFor(dir: string, kind: HistoryKind, key: string): HistorySlot {
  const name = createHash("sha256").update(`${HISTORY_CACHE_FORMAT}\0${tool()}\0${key}`).digest("hex").slice(0, 32);
  const file = join(dir, `history-${kind}-${name}.bin`);
  const bytes = readHistoryBytes(file);
  return { kind, file, key, entry: bytes === undefined ? undefined : decodeHistoryFile(bytes, kind, key) };
}

/** The cache of one refresh: the slots of its kinds, before round 0 checks them. */
export interface HistoryCache {
  dir: string;
  slots: HistorySlot[];
}

/** Open (read) the entries of `kinds` (kind → key) in `dir`. Never throws. */
export function openHistoryCache(dir: string, keys: Partial<Record<HistoryKind, string>>): HistoryCache {
  const slots: HistorySlot[] = [];
  for (const [kind, key] of Object.entries(keys) as [HistoryKind, string][]) slots.push(slotFor(dir, kind, key));
  return { dir, slots };
}

/** The blocks round 0 must ask for: each entry's `coveredTo`. */
export function blocksToCheck(cache: HistoryCache): bigint[] {
  return [...new Set(cache.slots.flatMap((s) => (s.entry ? [s.entry.coveredTo] : [])))];
}

/** A block as round 0 read it (undefined: the node does not know it, or refused the request). */
export type BlockRef = { number: bigint; hash: Hex } | undefined;

/**
 * The cache of one refresh after round 0: the usable entries, and how to write new ones. `final` is the last block
 * whose logs may be stored: min(finalized, pinned).
 */
export class VerifiedHistory {
  private readonly usable = new Map<HistoryKind, HistoryEntry>();
  private readonly slots = new Map<HistoryKind, HistorySlot>();
  /** Entries discarded by the check (tests, benchmarks). */
  readonly discarded: HistoryKind[] = [];

  constructor(
    readonly cache: HistoryCache,
    readonly chainId: number,
    readonly fromBlock: bigint,
    readonly pinned: { number: bigint; hash: Hex },
    checked: ReadonlyMap<bigint, BlockRef>,
    private finalTag: BlockRef,
    private readonly blockAt: (n: bigint) => Promise<BlockRef>,
  ) {
    for (const slot of cache.slots) {
      this.slots.set(slot.kind, slot);
      const e = slot.entry;
      if (e === undefined) continue;
      const seen = checked.get(e.coveredTo);
      const ok =
        e.header.chainId === chainId &&
        BigInt(e.header.fromBlock) === fromBlock &&
        e.coveredTo <= pinned.number &&
        seen !== undefined &&
        seen.hash.toLowerCase() === e.header.coveredHash;
      if (ok) this.usable.set(slot.kind, e);
      else this.discarded.push(slot.kind);
    }
  }

  /** The entry of `kind` round 0 confirmed, if any. */
  entry(kind: HistoryKind): HistoryEntry | undefined {
    return this.usable.get(kind);
  }

  private finalRead: Promise<BlockRef> | undefined;
  /**
   * The last block whose logs may be stored, with its hash: the `finalized` block (capped at the pinned one), or
   * `pinned − 64` when the node refused the tag — then read now, so call it before the round's first await.
   */
  finalBlock(): Promise<BlockRef> {
    if (this.finalRead !== undefined) return this.finalRead;
    const tag = this.finalTag;
    if (tag !== undefined && tag.number >= this.pinned.number) return (this.finalRead = Promise.resolve(this.pinned));
    if (tag !== undefined) return (this.finalRead = Promise.resolve(tag));
    const n = this.pinned.number - FINALITY_FALLBACK;
    if (n < 0n) return (this.finalRead = Promise.resolve(undefined));
    return (this.finalRead = this.blockAt(n).catch(() => undefined));
  }

  /**
   * Store `sections` as `kind`'s entry covering up to `final` — unless an entry already covers further (a
   * refresh pinned at an older block never shrinks the cache). Silent on failure.
   */
  write(kind: HistoryKind, final: NonNullable<BlockRef>, sections: readonly Buffer[]): boolean {
    const slot = this.slots.get(kind);
    if (slot === undefined) return false;
    const known = this.usable.get(kind);
    if (known !== undefined && known.coveredTo > final.number) return false;
    // the entry's own body under a new header (only the final block moved): its CRC, checked when the file was read
    const sameBody = known !== undefined && sections.length === known.sections.length && sections.every((x, i) => x === known.sections[i]);
    try {
      const parts = historyFileParts(
        {
          kind,
          key: slot.key,
          chainId: this.chainId,
          fromBlock: this.fromBlock.toString(),
          coveredTo: final.number.toString(),
          coveredHash: final.hash.toLowerCase() as Hex,
        },
        sections,
        sameBody ? known.header.crc32 : undefined,
      );
      mkdirSync(this.cache.dir, { recursive: true });
      const temporary = `${slot.file}.${process.pid}.tmp`;
      writeParts(temporary, parts);
      renameSync(temporary, slot.file);
      return true;
    } catch {
      return false; // read-only checkout, full disk: the next run reads the node again
    }
  }
}

/** Write `parts` as one file, in order (the sections may be views into the file being replaced: no copy is made). */
function writeParts(file: string, parts: readonly Buffer[]): void {
  const fd = openSync(file, "w");
  try {
    let at = 0;
    for (const part of parts) {
      for (let done = 0; done < part.length; ) done += writeSync(fd, part, done, part.length - done, at + done);
      at += part.length;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Jobs of `afterThisTurn`, in order, one at a time, each after a timer, then `setImmediate`, then a timer: the first
 * timer lets node read the I/O that came in meanwhile (its poll phase comes next), `setImmediate` runs right after
 * that read, and the last timer is queued after any 0 ms timer the reader queued — a batch it started (rpc-batch.ts)
 * is sent before the next job. Two timers alone are not enough: an answer read between them starts a batch whose
 * timer comes after the second (measured with a local HTTP server, session 9).
 */
const ready: (() => void)[] = [];
let draining = false;
function runReady(): void {
  ready.shift()?.();
  if (ready.length > 0) nextReady();
  else draining = false;
}
function nextReady(): void {
  setTimeout(() => setImmediate(() => setTimeout(runReady, 0)), 0);
}

/**
 * `work()` once the JSON-RPC calls started in this turn of the event loop have been sent, so CPU work on cached data
 * overlaps the node's instead of holding the batch back: a timer queued after a timer, so it comes after every
 * flush the batch may have queued in this turn — a microtask, `setImmediate` or a 0 ms timer (rpc-batch.ts). The
 * jobs run one at a time in the order they were asked for, each after hops of its own (`nextReady`), so an answer
 * that arrives meanwhile is read between two of them (and the round its reader starts is sent) instead of after all.
 */
export function afterThisTurn<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    ready.push(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    });
    if (!draining) {
      draining = true;
      nextReady();
    }
  });
}

// ---- binary helpers for the kinds' bodies ----

const HEX_DIGITS = Buffer.from("0123456789abcdef", "latin1");
/** A scratch buffer for `hexAt`: "0x" and the digits, read out as one flat string (no `0x` + … cons string to flatten). */
let scratch = Buffer.alloc(66);
scratch.write("0x", 0, "latin1");

/** The `size` bytes at `at` of `bytes` as a lower-case `0x…` hex string (the caller keeps them inside `bytes`). */
export function hexAt(bytes: Uint8Array, at: number, size: number): Hex {
  if (scratch.length < 2 + 2 * size) {
    scratch = Buffer.alloc(2 + 2 * size);
    scratch.write("0x", 0, "latin1");
  }
  for (let k = 0; k < size; k++) {
    const b = bytes[at + k]!;
    scratch[2 + 2 * k] = HEX_DIGITS[b >> 4]!;
    scratch[3 + 2 * k] = HEX_DIGITS[b & 15]!;
  }
  return scratch.toString("latin1", 0, 2 + 2 * size) as Hex;
}

/** Hex strings of `size` bytes each, from a section. */
export function hexList(section: Buffer, size: number): Hex[] {
  const n = Math.floor(section.length / size);
  const out = new Array<Hex>(n);
  for (let i = 0; i < n; i++) out[i] = `0x${section.toString("hex", i * size, (i + 1) * size)}`;
  return out;
}

/** One section of fixed-size hex values (`0x` + 2×size hex digits each). */
export function hexSection(values: readonly string[], size: number): Buffer {
  const out = Buffer.alloc(values.length * size);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v.length !== 2 + 2 * size) throw new RangeError(`not ${size} bytes: ${v}`);
    out.write(v.slice(2), i * size, size, "hex");
  }
  return out;
}

/** A section of unsigned 32-bit integers. */
export function u32Section(values: ArrayLike<number>): Buffer {
  const out = Buffer.alloc(values.length * 4);
  for (let i = 0; i < values.length; i++) out.writeUInt32LE(values[i]!, i * 4);
  return out;
}

/** Checksummed addresses from a section of 20-byte values (model/address.ts remembers each, read from the bytes). */
export function addressList(section: Buffer): Address[] {
  const n = Math.floor(section.length / 20);
  const out = new Array<Address>(n);
  for (let i = 0; i < n; i++) out[i] = addressFromBytes(section, i * 20);
  return out;
}
