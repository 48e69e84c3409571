/**
 * The history cache's body for raw logs (chain/history-cache.ts, refresh-logs.ts: the PAS BeamState / Timelock logs):
 * how logs are written into six sections, appended to at a later final block without re-encoding what is there, walked,
 * and read back — as raw logs, or decoded straight from the bytes.
 */
import type { AbiEvent, Address, Hex } from "viem";
import { addressFromBytes } from "../model/address.js";
import { decodeParameters } from "./abi-decode.js";
import { hexList, hexSection } from "./history-cache.js";
import { type DecodedLog, type LogFilter, type RawLog, decoderOf, topicsOf } from "./lens-logs.js";

/**
 * Raw logs as the history cache's body (chain/history-cache.ts): per log its address index, topic count, data
 * length and log index (u32 each), its block (f64); the addresses (20 bytes), topics (32), data and transaction
 * hashes (32), concatenated. Addresses come back in lower case.
 */
export function rawLogSections(logs: readonly RawLog[]): Buffer[] {
  return encodeLogs(logs, new Map(), 0);
}

/**
 * `base` (a body as `rawLogSections` writes it, that adds up) with `logs` after its own: the same bytes as
 * `rawLogSections` of all the logs, built without decoding or encoding the base's again — the history cache's
 * write-back at a later final block appends the few new logs to the ~28,000 it holds (docs/chain.md). The base's
 * sections themselves when there is nothing to append. Throws a RangeError when `base` does not add up.
 */
export function appendLogSections(base: readonly Buffer[], logs: readonly RawLog[]): Buffer[] {
  const s = logSections(base);
  if (s === undefined || !walkLogs(s)) throw new RangeError("the cached log sections do not add up");
  if (logs.length === 0) return [s.heads, s.blocks, s.addressBytes, s.topicBytes, s.data, s.hashBytes];
  // the base's address table in its order: a new log of a known contract points into it, a new contract comes after it
  const count = s.addressBytes.length / 20;
  const known = new Map<string, number>();
  for (let i = 0; i < count; i++) known.set(`0x${s.addressBytes.toString("hex", i * 20, i * 20 + 20)}`, i);
  const added = encodeLogs(logs, known, count);
  return [s.heads, s.blocks, s.addressBytes, s.topicBytes, s.data, s.hashBytes].map((section, i) => Buffer.concat([section, added[i]!]));
}

/**
 * The six sections of `logs`, their addresses indexed into a table of `first` entries already written (`known`: lower
 * case → index; grows): only the addresses new to it are in the address section.
 */
function encodeLogs(logs: readonly RawLog[], known: Map<string, number>, first: number): Buffer[] {
  const heads = Buffer.alloc(logs.length * 16);
  const blocks = Buffer.alloc(logs.length * 8);
  const fresh: string[] = [];
  const topics: string[] = [];
  const data: Buffer[] = [];
  const hashes: string[] = [];
  logs.forEach((l, i) => {
    const a = l.address.toLowerCase();
    let at = known.get(a);
    if (at === undefined) {
      known.set(a, (at = first + fresh.length));
      fresh.push(a);
    }
    const bytes = Buffer.from(l.data.slice(2), "hex");
    heads.writeUInt32LE(at, i * 16);
    heads.writeUInt32LE(l.topics.length, i * 16 + 4);
    heads.writeUInt32LE(bytes.length, i * 16 + 8);
    heads.writeUInt32LE(Number(BigInt(l.logIndex)), i * 16 + 12);
    blocks.writeDoubleLE(Number(BigInt(l.blockNumber)), i * 8);
    topics.push(...l.topics);
    data.push(bytes);
    hashes.push(l.transactionHash);
  });
  return [heads, blocks, hexSection(fresh, 20), hexSection(topics, 32), Buffer.concat(data), hexSection(hashes, 32)];
}

/** The six sections of `rawLogSections`' body, with their log count. */
export interface LogSections {
  heads: Buffer;
  blocks: Buffer;
  addressBytes: Buffer;
  topicBytes: Buffer;
  data: Buffer;
  hashBytes: Buffer;
  n: number;
}

/** `sections` as `rawLogSections` writes them when all six are there and their sizes agree; else undefined. */
export function logSections(sections: readonly Buffer[]): LogSections | undefined {
  const [heads, blocks, addressBytes, topicBytes, data, hashBytes] = sections;
  if (heads === undefined || blocks === undefined || addressBytes === undefined || topicBytes === undefined || data === undefined || hashBytes === undefined)
    return undefined;
  const n = heads.length / 16;
  if (!Number.isInteger(n) || blocks.length !== n * 8 || hashBytes.length !== n * 32 || addressBytes.length % 20 !== 0) return undefined;
  return { heads, blocks, addressBytes, topicBytes, data, hashBytes, n };
}

/**
 * The one walk over the logs of `s`, in order: `visit(i, address index, topic offset, topic count, data offset, data
 * length)` for each log whose address index, topics and data lie inside their sections. False, with no further visit,
 * at the first log that does not, or when the logs do not use up the topic and data sections exactly.
 */
export function walkLogs(
  s: LogSections,
  visit?: (i: number, address: number, topicAt: number, count: number, dataAt: number, length: number) => void,
): boolean {
  const addresses = s.addressBytes.length / 20;
  let t = 0;
  let d = 0;
  for (let i = 0; i < s.n; i++) {
    const address = s.heads.readUInt32LE(i * 16);
    const count = s.heads.readUInt32LE(i * 16 + 4);
    const length = s.heads.readUInt32LE(i * 16 + 8);
    if (address >= addresses || (t + count) * 32 > s.topicBytes.length || d + length > s.data.length) return false;
    visit?.(i, address, t * 32, count, d, length);
    t += count;
    d += length;
  }
  return t * 32 === s.topicBytes.length && d === s.data.length;
}

/** The logs of `rawLogSections`' body; undefined when the sections do not add up. */
export function rawLogsFromSections(sections: readonly Buffer[]): RawLog[] | undefined {
  const s = logSections(sections);
  if (s === undefined) return undefined;
  const { heads, blocks, topicBytes, data, hashBytes } = s;
  const addresses = hexList(s.addressBytes, 20) as Address[];
  const out = new Array<RawLog>(s.n);
  const whole = walkLogs(s, (i, address, at, count, dataAt, length) => {
    const topics = new Array<Hex>(count);
    for (let k = 0; k < count; k++) topics[k] = `0x${topicBytes.toString("hex", at + k * 32, at + (k + 1) * 32)}`;
    out[i] = {
      address: addresses[address]!,
      topics,
      data: `0x${data.toString("hex", dataAt, dataAt + length)}`,
      blockNumber: `0x${blocks.readDoubleLE(i * 8).toString(16)}`,
      logIndex: `0x${heads.readUInt32LE(i * 16 + 12).toString(16)}`,
      transactionHash: `0x${hashBytes.toString("hex", i * 32, i * 32 + 32)}`,
    };
  });
  return whole ? out : undefined;
}

/** The non-indexed inputs of an event when each is a uint256 or bytes32 word (read in place); undefined otherwise. */
const staticLists = new WeakMap<AbiEvent["inputs"], ("uint256" | "bytes32")[] | null>();
function staticWords(plain: AbiEvent["inputs"]): ("uint256" | "bytes32")[] | undefined {
  let words = staticLists.get(plain);
  if (words === undefined) {
    words = plain.length > 0 && plain.every((p) => p.type === "uint256" || p.type === "bytes32") ? plain.map((p) => p.type as "uint256" | "bytes32") : null;
    staticLists.set(plain, words);
  }
  return words ?? undefined;
}

/** The uint256 word at `at`: zero and small words without a hex string (as lens-decode.ts's Reader). */
function uint256At(b: Buffer, at: number): bigint {
  for (let i = at; i < at + 24; i += 4) if (b.readUInt32BE(i) !== 0) return BigInt(`0x${b.toString("hex", at, at + 32)}`);
  return b.readBigUInt64BE(at + 24);
}

/**
 * Whether `rawLogSections`' body adds up (section sizes, address indexes, topic and data totals) — the cases in
 * which `rawLogsFromSections` / `decodeLogSections` give undefined — without building a log: a caller decides from it
 * what to ask the node before the decoding, which can wait (chain/refresh-logs.ts).
 */
export function logSectionsAddUp(sections: readonly Buffer[]): boolean {
  const s = logSections(sections);
  return s !== undefined && walkLogs(s);
}

/**
 * `decodeLogs(filter, rawLogsFromSections(sections))` read straight from the history cache's bytes (the PAS logs of
 * every run: ~28,000 at 1,000 classes): no hex string of each topic, data and position is built to be parsed again,
 * an address topic is checksummed from its bytes (model/address.ts `addressFromBytes`). The same logs in the same
 * order (lens-logs / history-cache tests compare the two); undefined when the sections do not add up. With `only`, just
 * the logs of those contracts (refresh-logs.ts: the Timelock's; the BeamState's are read by refresh-pas.ts
 * `collectBeamLogSections` without decoding them).
 */
export function decodeLogSections(
  filter: Pick<LogFilter, "events" | "raw">,
  sections: readonly Buffer[],
  only?: readonly Address[],
): DecodedLog[] | undefined {
  const s = logSections(sections);
  if (s === undefined) return undefined;
  const { heads, blocks, topicBytes, data, hashBytes } = s;
  const addresses = hexList(s.addressBytes, 20) as Address[];
  // `only`: the logs of these contracts (any case) are decoded, the others passed over (still checked to add up)
  const wanted = only === undefined ? undefined : new Set(only.map((a) => a.toLowerCase()));
  const skip = wanted === undefined ? undefined : addresses.map((a) => !wanted.has(a));
  // the asked events by their topic's 64 hex digits (no 0x: the key is read out of the buffer as it is)
  const { byTopic, rawTopics } = topicsOf(filter);
  const events = new Map<string, { event: AbiEvent; raw: boolean }>();
  for (const [topic, event] of byTopic) events.set(topic.slice(2), { event, raw: rawTopics.has(topic) });
  const out: DecodedLog[] = [];
  const whole = walkLogs(s, (i, addressIndex, at, count, dataAt, length) => {
    if (skip?.[addressIndex] === true) return;
    const asked = count === 0 ? undefined : events.get(topicBytes.toString("hex", at, at + 32));
    if (asked === undefined) return;
    const address = addresses[addressIndex]!;
    const position = {
      blockNumber: BigInt(blocks.readDoubleLE(i * 8)),
      logIndex: heads.readUInt32LE(i * 16 + 12),
      transactionHash: `0x${hashBytes.toString("hex", i * 32, i * 32 + 32)}` as Hex,
    };
    if (asked.raw) {
      const topics = new Array<Hex>(count);
      for (let k = 0; k < count; k++) topics[k] = `0x${topicBytes.toString("hex", at + k * 32, at + (k + 1) * 32)}`;
      const raw = { topics, data: `0x${data.toString("hex", dataAt, dataAt + length)}` as Hex };
      out.push({ address, eventName: asked.event.name, args: {}, ...position, raw });
      return;
    }
    const { names, topicBytes: decoders, plain } = decoderOf(asked.event);
    if (count !== decoders.length + 1) return;
    const words = staticWords(plain);
    if (words !== undefined && length < 32 * words.length) return; // too short: decodeParameters throws, the log is skipped
    try {
      const args: Record<string, unknown> = {};
      for (let k = 0; k < decoders.length; k++) args[names[k]!] = decoders[k]!(topicBytes, at + (k + 1) * 32);
      if (words !== undefined) {
        // uint256 / bytes32 words only (AddInitRateLimits' maxAmount and slope): read in place, as decodeParameters reads them
        for (let k = 0; k < words.length; k++) {
          const w = dataAt + 32 * k;
          args[plain[k]!.name!] = words[k] === "bytes32" ? `0x${data.toString("hex", w, w + 32)}` : uint256At(data, w);
        }
      } else if (plain.length > 0) {
        const values = decodeParameters(plain, `0x${data.toString("hex", dataAt, dataAt + length)}`);
        for (let k = 0; k < plain.length; k++) args[plain[k]!.name!] = values[k];
      }
      out.push({ address, eventName: asked.event.name, args, ...position });
    } catch {
      // a log that does not decode is skipped, as decodeLogs skips it
    }
  });
  return whole ? out : undefined;
}
