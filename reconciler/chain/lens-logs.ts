/**
 * One `eth_getLogs` for many contracts and events, decoded without re-hashing: viem's `getLogs({ events })` hashes
 * the signature of every event of the list for every log (keccak256 in JavaScript: seconds at a few thousand
 * logs). Here each event's topic is hashed once per run and a log is decoded by the event its first topic names.
 *
 * The result has viem's shape for what the refresh uses (`address`, `eventName`, `args` by name, block number and
 * log index); a log whose topic is not asked for, or that does not decode, is skipped (viem's strict mode).
 */
import {
  type AbiEvent,
  type Address,
  type Hex,
  decodeAbiParameters,
  numberToHex,
  toEventSelector,
} from "viem";
import { getAddress } from "../model/address.js";
import { decodeParameters } from "./abi-decode.js";
import type { CountingClient } from "./rpc.js";

export interface DecodedLog {
  address: Address;
  eventName: string;
  args: Record<string, unknown>;
  blockNumber: bigint;
  logIndex: number;
  transactionHash: Hex;
}

interface RawLog {
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

/**
 * One indexed topic, decoded by hand for the static types events here use (viem's generic decoder costs a cursor,
 * a checksum keccak per address and a copy per topic: about a second per 10,000 role logs): address (checksummed
 * once per run, model/address.ts), bytes32, uintN, bool. Anything else goes through viem.
 */
function decodeTopic(type: string, topic: Hex): unknown {
  if (type === "address") return getAddress(`0x${topic.slice(26)}`);
  if (type === "bytes32") return topic;
  if (type === "uint256") return BigInt(topic);
  const uint = /^uint(\d+)$/.exec(type);
  if (uint !== null) return Number(uint[1]) <= 48 ? Number(BigInt(topic)) : BigInt(topic);
  if (type === "bool") return BigInt(topic) !== 0n;
  return undefined;
}

/** An event's indexed and non-indexed inputs, split once (the list object keys abi-decode.ts's compiled decoder). */
const split = new WeakMap<AbiEvent, { indexed: AbiEvent["inputs"]; plain: AbiEvent["inputs"] }>();

function decodeLog(event: AbiEvent, log: RawLog): Record<string, unknown> | undefined {
  let parts = split.get(event);
  if (parts === undefined)
    split.set(event, (parts = { indexed: event.inputs.filter((i) => i.indexed), plain: event.inputs.filter((i) => !i.indexed) }));
  const { indexed, plain } = parts;
  if (log.topics.length !== indexed.length + 1) return undefined;
  try {
    const args: Record<string, unknown> = {};
    indexed.forEach((input, i) => {
      const topic = log.topics[i + 1]!;
      // an indexed dynamic value is stored as its hash: viem returns the topic itself
      args[input.name!] = DYNAMIC.test(input.type)
        ? topic
        : (decodeTopic(input.type, topic) ?? decodeAbiParameters([input], topic)[0]);
    });
    if (plain.length > 0) {
      const values = decodeParameters(plain, log.data);
      plain.forEach((input, i) => (args[input.name!] = values[i]));
    }
    return args;
  } catch {
    return undefined;
  }
}

/** Every log of `events` emitted by `address` (one or many contracts) in [fromBlock, toBlock], in chain order. */
export async function getLogsOnce(
  client: CountingClient["client"],
  filter: { address: Address | readonly Address[]; events: readonly AbiEvent[]; fromBlock: bigint; toBlock: bigint },
): Promise<DecodedLog[]> {
  const byTopic = new Map<string, AbiEvent>();
  for (const e of filter.events) byTopic.set(selectorOf(e), e);
  const raw = (await client.request({
    method: "eth_getLogs",
    params: [
      {
        address: filter.address,
        topics: [[...byTopic.keys()]],
        fromBlock: numberToHex(filter.fromBlock),
        toBlock: numberToHex(filter.toBlock),
      },
    ],
  } as never)) as RawLog[];
  const out: DecodedLog[] = [];
  for (const log of raw) {
    const event = byTopic.get(log.topics[0]?.toLowerCase() ?? "");
    if (event === undefined) continue;
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
