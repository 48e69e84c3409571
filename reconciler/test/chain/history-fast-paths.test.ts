/**
 * The history cache's fast paths against the slow ones they replace, on generated bodies (a seeded generator: the
 * same cases every run): refresh-pas.ts `collectBeamLogSections` (the BeamState index read from the cached bytes)
 * against `collectBeamLogs` of the decoded logs; `decodeLogSections` of some contracts against the filtered whole;
 * refresh-logs.ts `deploymentSectionsAddUp` against `deploymentsFromSections`, and the records read back against the
 * records written; roles-from-logs.ts `roleBookCovered` with the caller's list against without it, and the role book
 * read back from triples in any order.
 */
import { type Address, type Hex, getAbiItem, parseAbiItem, toEventSelector } from "viem";
import { describe, expect, it } from "vitest";
import { pasBeamStateAbi } from "../../abi/index.js";
import { type RawLog, decodeLogs } from "../../chain/lens-logs.js";
import { decodeLogSections, rawLogSections, rawLogsFromSections } from "../../chain/log-sections.js";
import { deploymentSectionsAddUp, deploymentSections, deploymentsFromSections, encodedParamsHash } from "../../chain/deployment-records.js";
import { BEAM_STATE_EVENTS, type BeamLogIndex, collectBeamLogSections, collectBeamLogs } from "../../chain/refresh-pas.js";
import { type MutableRoleBook, roleBookCovered, roleBookFromSections, roleBookSections } from "../../chain/roles-from-logs.js";

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const bytes = (n: number) => Array.from({ length: n }, () => int(256).toString(16).padStart(2, "0")).join("");
  return { next, int, pick, bytes };
}

const BEAM: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const TIMELOCK: Address = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const STRAY: Address = "0x000000000000000000000000000000000000dEaD";
const CALL_SCHEDULED = parseAbiItem(
  "event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)",
);
const CALL_SALT = parseAbiItem("event CallSalt(bytes32 indexed id, bytes32 salt)");
const FILTER = { events: [...BEAM_STATE_EVENTS, CALL_SCHEDULED, CALL_SALT] };

/** `count` generated logs of the BeamState, the Timelock and a stray contract: the BeamState's events, others, malformed ones. */
function generatedLogs(seed: number, count: number): RawLog[] {
  const r = random(seed);
  const contracts = Array.from({ length: 6 }, (_, i) => `0x${(i === 0 ? "00" : r.bytes(1)).repeat(20)}`);
  const accounts = Array.from({ length: 5 }, () => `0x${r.bytes(20)}`);
  const keys = Array.from({ length: 8 }, () => `0x${r.bytes(32)}`);
  const addressTopic = (a: string) => `0x${r.next() < 0.05 ? r.bytes(12) : "00".repeat(12)}${a.slice(2)}` as Hex;
  const topics = [
    ...BEAM_STATE_EVENTS.map((e) => toEventSelector(e)),
    toEventSelector(CALL_SCHEDULED),
    toEventSelector(CALL_SALT),
    toEventSelector(getAbiItem({ abi: pasBeamStateAbi, name: "SetHop" })),
    // the first 4 bytes of a BeamState event's topic, then others: compared on all 32 bytes
    `${toEventSelector(BEAM_STATE_EVENTS[4]).slice(0, 10)}${r.bytes(28)}` as Hex,
  ];
  const logs: RawLog[] = [];
  let contract = r.pick(contracts);
  for (let i = 0; i < count; i++) {
    if (r.next() < 0.2) contract = r.pick(contracts); // runs of one contract, as a class's inits come together
    const topic0 = r.pick(topics);
    const event = BEAM_STATE_EVENTS.find((e) => toEventSelector(e) === topic0);
    const contractFirst = event !== undefined && event.name.includes("CBeam");
    const value = event !== undefined && event.name.includes("CBeam") ? addressTopic(r.pick(accounts)) : (r.pick(keys) as Hex);
    let t: Hex[] = contractFirst ? [topic0, addressTopic(contract), value] : [topic0, value, addressTopic(contract)];
    const shape = r.next();
    if (shape < 0.05) t = t.slice(0, 2);
    else if (shape < 0.1) t = [...t, r.pick(keys) as Hex];
    else if (shape < 0.12) t = [];
    const data = r.pick(["0x", `0x${r.bytes(63)}`, `0x${r.bytes(64)}`, `0x${r.bytes(96)}`, `0x${"00".repeat(32)}${r.bytes(32)}`]);
    logs.push({
      address: r.pick([BEAM, BEAM, BEAM, TIMELOCK, STRAY]),
      topics: t,
      data: data as Hex,
      blockNumber: `0x${(10 + i).toString(16)}`,
      logIndex: `0x${(i % 7).toString(16)}`,
      transactionHash: `0x${r.bytes(32)}`,
    });
  }
  return logs;
}

/** The index as ordered lists (Map and Set order included). */
function ordered(index: BeamLogIndex) {
  const of = (m: Map<string, Set<string>>) => [...m].map(([k, v]) => [k, [...v]]);
  return { cBeamsOn: of(index.cBeamsOn), initKeysOn: of(index.initKeysOn), actionKeysOn: of(index.actionKeysOn) };
}

/** What the refresh built before: every cached log decoded, the BeamState's grouped out, then collected. */
function slowIndex(logs: readonly RawLog[]): BeamLogIndex {
  const decoded = decodeLogs(FILTER, rawLogsFromSections(rawLogSections(logs))!);
  return collectBeamLogs(decoded.filter((l) => l.address.toLowerCase() === BEAM.toLowerCase()));
}

describe("history cache fast paths", () => {
  it("collectBeamLogSections gives collectBeamLogs' index of the decoded logs, in the same order", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const logs = generatedLogs(seed, 40 + seed * 7);
      const fast = collectBeamLogSections(rawLogSections(logs), BEAM)!;
      expect(ordered(fast), `seed ${seed}`).toEqual(ordered(slowIndex(logs)));
    }
    // the generator reaches every map and the skipped shapes
    const logs = generatedLogs(7, 400);
    const index = slowIndex(logs);
    expect(index.cBeamsOn.size * index.initKeysOn.size * index.actionKeysOn.size).toBeGreaterThan(0);
  });

  it("the cached logs' index, then the later logs added to it: the index of all of them", () => {
    for (let seed = 100; seed < 110; seed++) {
      const logs = generatedLogs(seed, 120);
      for (const cut of [0, 1, 60, 119, 120]) {
        const early = collectBeamLogSections(rawLogSections(logs.slice(0, cut)), BEAM)!;
        const later = decodeLogs(FILTER, logs.slice(cut)).filter((l) => l.address.toLowerCase() === BEAM.toLowerCase());
        expect(ordered(collectBeamLogs(later, early)), `seed ${seed} cut ${cut}`).toEqual(ordered(slowIndex(logs)));
      }
    }
  });

  it("a body that does not add up gives no index; a BeamState without logs an empty one", () => {
    const sections = rawLogSections(generatedLogs(3, 30));
    expect(collectBeamLogSections(sections.slice(0, 5), BEAM)).toBeUndefined();
    expect(collectBeamLogSections([...sections.slice(0, 4), Buffer.concat([sections[4]!, Buffer.from([1])]), sections[5]!], BEAM)).toBeUndefined();
    expect(ordered(collectBeamLogSections(sections, "0x0000000000000000000000000000000000000001")!)).toEqual({
      cBeamsOn: [],
      initKeysOn: [],
      actionKeysOn: [],
    });
  });

  it("decodeLogSections of some contracts: the decoded logs of those contracts only, any case", () => {
    for (let seed = 200; seed < 210; seed++) {
      const sections = rawLogSections(generatedLogs(seed, 150));
      const all = decodeLogSections(FILTER, sections)!;
      const only = decodeLogSections(FILTER, sections, [TIMELOCK.toUpperCase().replace("0X", "0x") as Address, STRAY])!;
      const wanted = new Set([TIMELOCK.toLowerCase(), STRAY.toLowerCase()]);
      expect(only).toEqual(all.filter((l) => wanted.has(l.address.toLowerCase())));
      expect(decodeLogSections(FILTER, sections.slice(0, 5), [TIMELOCK])).toBeUndefined();
    }
  });

  it("deployment records read back as written, and deploymentSectionsAddUp agrees with deploymentsFromSections", () => {
    const r = random(42);
    const records = Array.from({ length: 60 }, (_, i) => {
      const n = r.int(4);
      const params = Buffer.alloc(32 + 64 * n);
      params[31] = n;
      for (let k = 0; k < params.length - 32; k++) params[32 + k] = r.int(256);
      const classOf = Math.floor(i / 4);
      return {
        kind: i % 4 === 0 ? ("class" as const) : ("unit" as const),
        id: `0x${r.bytes(32)}` as Hex,
        classId: `0x${classOf.toString(16).padStart(64, "0")}` as Hex,
        day0Keys: Array.from({ length: r.int(3) }, () => `0x${r.bytes(32)}` as Hex),
        params,
        block: BigInt(1 + i),
      };
    });
    const sections = deploymentSections(records);
    expect(deploymentSectionsAddUp(sections)).toBe(true);
    expect(deploymentsFromSections(sections)).toEqual(records.map((x) => ({ ...x, paramsHash: encodedParamsHash(x.params) })));
    const edits: Buffer[][] = [
      sections.slice(0, 5),
      [sections[0]!.subarray(1), ...sections.slice(1)],
      [...sections.slice(0, 3), Buffer.concat([sections[3]!, Buffer.alloc(32)]), ...sections.slice(4)],
      [...sections.slice(0, 4), sections[4]!.subarray(1), sections[5]!],
      [...sections.slice(0, 5), sections[5]!.subarray(32)],
    ];
    for (let i = 0; i < 20; i++) {
      const heads = Buffer.from(sections[0]!);
      heads.writeUInt32LE(r.int(5), r.int(60) * 12 + 4 + 4 * r.int(2));
      edits.push([heads, ...sections.slice(1)]);
    }
    for (const [i, edited] of edits.entries())
      expect(deploymentSectionsAddUp(edited), `edit ${i}`).toBe(deploymentsFromSections(edited) !== undefined);
  });

  it("roleBookCovered with the asked contracts gives what it gives without them; the book reads back from triples in any order", () => {
    const r = random(9);
    const contracts = Array.from({ length: 30 }, () => `0x${r.bytes(20)}`);
    const roles = Array.from({ length: 4 }, () => `0x${r.bytes(32)}`);
    const accounts = Array.from({ length: 6 }, () => `0x${r.bytes(20)}` as Address);
    const book: MutableRoleBook = new Map();
    for (const c of contracts.slice(0, 25))
      book.set(c, new Map(roles.filter(() => r.next() < 0.6).map((role) => [role, new Set(accounts.filter(() => r.next() < 0.3))])));
    const sections = roleBookSections(book, contracts);
    const plain = roleBookCovered(sections)!;
    for (const asked of [contracts, contracts.slice(1), [...contracts].reverse(), contracts.map((c) => c.toUpperCase().replace("0X", "0x")), []]) {
      const withList = roleBookCovered(sections, asked)!;
      expect(withList.contracts).toEqual(plain.contracts);
      expect([...withList.covered]).toEqual([...plain.covered]);
    }
    const whole = roleBookFromSections(sections)!;
    const asSorted = (b: MutableRoleBook) =>
      [...b].map(([c, m]) => [c, [...m].map(([role, h]) => [role, [...h].sort()]).sort()]).sort() as unknown[];
    expect(asSorted(whole.book)).toEqual(asSorted(roleBookFromSections(sections, roleBookCovered(sections, contracts))!.book));
    // triples shuffled (a body another writer may order differently): the same holders
    const triples = sections[3]!;
    const order = Array.from({ length: triples.length / 12 }, (_, i) => i).sort(() => r.next() - 0.5);
    const shuffled = Buffer.concat(order.map((i) => triples.subarray(i * 12, i * 12 + 12)));
    expect(asSorted(roleBookFromSections([sections[0]!, sections[1]!, sections[2]!, shuffled])!.book)).toEqual(asSorted(whole.book));
  });
});
