/**
 * One `eth_getLogs` for many contracts and events, decoded without re-hashing: viem's `getLogs({ events })` hashes
 * the signature of every event of the list for every log (keccak256 in JavaScript: seconds at a few thousand
 * logs). Here each event's topic is hashed once per run and a log is decoded by the event its first topic names.
 *
 * The result has viem's shape for what the refresh uses (`address`, `eventName`, `args` by name, block number and
 * log index); a log whose topic is not asked for, or that does not decode, is skipped (viem's strict mode). Events
 * asked for as `raw` are not decoded here: their logs come with empty `args` and their `topics` / `data`, for a
 * caller that reads only a few fields of large payloads (chain/refresh-logs.ts, the factory's deployment records).
 */
import {
  type AbiEvent,
  type Address,
  type Hex,
  decodeAbiParameters,
  numberToHex,
  toEventSelector,
} from "viem";
import { addressFromBytes, getAddress } from "../model/address.js";
import { decodeParameters } from "./abi-decode.js";
import type { CountingClient } from "./rpc.js";

export interface DecodedLog {
  address: Address;
  eventName: string;
  args: Record<string, unknown>;
  blockNumber: bigint;
  logIndex: number;
  transactionHash: Hex;
  /** The undecoded topics and data, for the events asked for as `raw` (then `args` is empty). */
  raw?: { topics: readonly Hex[]; data: Hex };
}

/** A log as eth_getLogs returns it (the fields read here). */
export interface RawLog {
  address: Address;
  topics: Hex[];
  data: Hex;
  blockNumber: Hex;
  logIndex: Hex;
  transactionHash: Hex;
}

const selectors = new WeakMap<AbiEvent, Hex>();
const selectorOf = (event: AbiEvent): Hex => {
  let s = selectors.get(event);
  if (s === undefined) selectors.set(event, (s = toEventSelector(event).toLowerCase() as Hex));
  return s;
};

const DYNAMIC = /^(string|bytes|.*\[\]|tuple.*)$/;

type TopicDecoder = (topic: Hex) => unknown;

/**
 * The decoder of one indexed input, chosen once per event: by hand for the static types events here use (viem's
 * generic decoder costs a cursor, a checksum keccak per address and a copy per topic: about a second per 10,000 role
 * logs) — address (checksummed once per run, model/address.ts), bytes32, uintN, bool; an indexed dynamic value is
 * stored as its hash, so viem returns the topic itself; anything else goes through viem.
 */
function topicDecoder(input: AbiEvent["inputs"][number]): TopicDecoder {
  const type = input.type;
  if (DYNAMIC.test(type)) return (topic) => topic;
  if (type === "address") return (topic) => getAddress(`0x${topic.slice(26)}`);
  if (type === "bytes32") return (topic) => topic;
  if (type === "uint256") return (topic) => BigInt(topic);
  const uint = /^uint(\d+)$/.exec(type);
  if (uint !== null) return Number(uint[1]) <= 48 ? (topic) => Number(BigInt(topic)) : (topic) => BigInt(topic);
  if (type === "bool") return (topic) => BigInt(topic) !== 0n;
  return (topic) => decodeAbiParameters([input], topic)[0];
}

/** The decoder of one indexed input read from a topic's 32 bytes in a buffer (the history cache's logs). */
type TopicBytesDecoder = (bytes: Buffer, at: number) => unknown;

function topicBytesDecoder(input: AbiEvent["inputs"][number], fromHex: TopicDecoder): TopicBytesDecoder {
  if (input.type === "address") return (bytes, at) => addressFromBytes(bytes, at + 12);
  if (input.type === "bytes32" || DYNAMIC.test(input.type)) return (bytes, at) => `0x${bytes.toString("hex", at, at + 32)}`;
  return (bytes, at) => fromHex(`0x${bytes.toString("hex", at, at + 32)}`);
}

/** An event's indexed inputs with their decoders and its non-indexed inputs (the list keys abi-decode.ts's decoder). */
export interface EventDecoder {
  names: string[];
  topics: TopicDecoder[];
  topicBytes: TopicBytesDecoder[];
  plain: AbiEvent["inputs"];
}
const decoders = new WeakMap<AbiEvent, EventDecoder>();

export function decoderOf(event: AbiEvent): EventDecoder {
  let d = decoders.get(event);
  if (d === undefined) {
    const indexed = event.inputs.filter((i) => i.indexed);
    const topics = indexed.map(topicDecoder);
    d = {
      names: indexed.map((i) => i.name!),
      topics,
      topicBytes: indexed.map((input, i) => topicBytesDecoder(input, topics[i]!)),
      plain: event.inputs.filter((i) => !i.indexed),
    };
    decoders.set(event, d);
  }
  return d;
}

function decodeLog(event: AbiEvent, log: RawLog): Record<string, unknown> | undefined {
  const { names, topics, plain } = decoderOf(event);
  if (log.topics.length !== topics.length + 1) return undefined;
  try {
    const args: Record<string, unknown> = {};
    for (let i = 0; i < topics.length; i++) args[names[i]!] = topics[i]!(log.topics[i + 1]!);
    if (plain.length > 0) {
      const values = decodeParameters(plain, log.data);
      for (let i = 0; i < plain.length; i++) args[plain[i]!.name!] = values[i];
    }
    return args;
  } catch {
    return undefined;
  }
}

/**
 * A node's refusal of an `eth_getLogs` as too large: too many results (Infura, Alchemy: 10,000 logs), too wide a block
 * range, too many addresses, a response or request over its size limit (HTTP 413). Such a query is split and asked
 * again (`getLogsOnce`); any other error (a timeout, a refused connection, a bad block) is the caller's.
 */
export function isLogQueryTooLarge(error: unknown): boolean {
  const texts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 8; depth++) {
    const x = e as { message?: unknown; details?: unknown; status?: unknown; cause?: unknown };
    texts.push(String(x.message ?? ""), String(x.details ?? ""));
    if (x.status === 413) return true;
    e = x.cause;
  }
  return /more than [\d,]+ (results|logs)|too many (results|logs|addresses|topics)|response (size|is too)|log response|limit exceeded|exceeds? (the )?(max|limit)|too large|block range|range (is )?too|limited to|payload/i.test(
    texts.join("\n"),
  );
}

export interface LogFilter {
  address: Address | readonly Address[];
  events: readonly AbiEvent[];
  /** Events whose logs are returned undecoded (`raw`), besides `events`. */
  raw?: readonly AbiEvent[];
  fromBlock: bigint;
  toBlock: bigint;
}

/**
 * Every log of `events` emitted by `address` (one or many contracts) in [fromBlock, toBlock], in chain order. One
 * `eth_getLogs`; when the node refuses it as too large (`isLogQueryTooLarge`), the address list is split in halves,
 * or — one address left — the block range, and both halves are asked at once (one more JSON-RPC round per split),
 * down to one address over one block, whose refusal is the caller's error.
 */
export async function getLogsOnce(client: CountingClient["client"], filter: LogFilter): Promise<DecodedLog[]> {
  return decodeLogs(filter, await getRawLogs(client, filter));
}

/** The events of a filter by topic, and the topics asked for undecoded. */
export function topicsOf(filter: Pick<LogFilter, "events" | "raw">): { byTopic: Map<string, AbiEvent>; rawTopics: Set<string> } {
  const byTopic = new Map<string, AbiEvent>();
  for (const e of filter.events) byTopic.set(selectorOf(e), e);
  const rawTopics = new Set<string>();
  for (const e of filter.raw ?? []) {
    byTopic.set(selectorOf(e), e);
    rawTopics.add(selectorOf(e));
  }
  return { byTopic, rawTopics };
}

/** The logs of `filter` as the node gives them, in chain order (`getLogsOnce` without the decoding; split when refused). */
export async function getRawLogs(client: CountingClient["client"], filter: LogFilter): Promise<RawLog[]> {
  const topics = [[...topicsOf(filter).byTopic.keys()]];
  const ask = async (address: Address | readonly Address[], fromBlock: bigint, toBlock: bigint): Promise<RawLog[]> => {
    try {
      return (await client.request({
        method: "eth_getLogs",
        params: [{ address, topics, fromBlock: numberToHex(fromBlock), toBlock: numberToHex(toBlock) }],
      } as never)) as RawLog[];
    } catch (error) {
      if (!isLogQueryTooLarge(error)) throw error;
      if (typeof address !== "string" && address.length > 1) {
        const half = Math.ceil(address.length / 2);
        const [a, b] = await Promise.all([ask(address.slice(0, half), fromBlock, toBlock), ask(address.slice(half), fromBlock, toBlock)]);
        return inChainOrder(a, b);
      }
      if (fromBlock < toBlock) {
        const mid = fromBlock + (toBlock - fromBlock) / 2n;
        const [a, b] = await Promise.all([ask(address, fromBlock, mid), ask(address, mid + 1n, toBlock)]);
        return a.concat(b);
      }
      throw error;
    }
  };
  return ask(filter.address, filter.fromBlock, filter.toBlock);
}

/** `getLogsOnce`'s decoding of raw logs (in their order): by the event their first topic names, `raw` ones undecoded. */
export function decodeLogs(filter: Pick<LogFilter, "events" | "raw">, raw: readonly RawLog[]): DecodedLog[] {
  const { byTopic, rawTopics } = topicsOf(filter);
  const out: DecodedLog[] = [];
  for (const log of raw) {
    const topic = log.topics[0]?.toLowerCase() ?? "";
    const event = byTopic.get(topic);
    if (event === undefined) continue;
    if (rawTopics.has(topic)) {
      out.push({
        address: log.address,
        eventName: event.name,
        args: {},
        blockNumber: BigInt(log.blockNumber),
        logIndex: Number(log.logIndex),
        transactionHash: log.transactionHash,
        raw: { topics: log.topics, data: log.data },
      });
      continue;
    }
    const args = decodeLog(event, log);
    if (args === undefined) continue;
    out.push({
      address: log.address,
      eventName: event.name,
      args,
      blockNumber: BigInt(log.blockNumber),
      logIndex: Number(log.logIndex),
      transactionHash: log.transactionHash,
    });
  }
  return out;
}

/** Two lists of logs (each in chain order, of different contracts) merged into chain order: block, then log index. */
function inChainOrder(a: RawLog[], b: RawLog[]): RawLog[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const key = (l: RawLog) => [BigInt(l.blockNumber), BigInt(l.logIndex)] as const;
  const before = (x: RawLog, y: RawLog) => {
    const [xb, xi] = key(x);
    const [yb, yi] = key(y);
    return xb < yb || (xb === yb && xi < yi);
  };
  const out: RawLog[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(before(b[j]!, a[i]!) ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
