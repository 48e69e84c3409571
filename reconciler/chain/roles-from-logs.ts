/**
 * Role holders rebuilt from `RoleGranted` / `RoleRevoked` logs, for contracts with plain OpenZeppelin
 * AccessControl (no on-chain member sets). The LCTS unit contracts (HaloShareToken, SubscribeQueue, RedeemQueue)
 * are such contracts since the gas work of issue 17 (docs/gas.md, "Units and clones"): an enumerable set costs
 * three storage slots per holder on every clone, and drift detection only needs the complete membership, which
 * the two events give.
 *
 * Why the replay is complete: OpenZeppelin's `_grantRole` emits `RoleGranted` exactly when it adds a holder and
 * `_revokeRole` emits `RoleRevoked` exactly when it removes one (renounce goes through `_revokeRole`); nothing
 * else writes the membership mapping, and the contracts are non-upgradeable clones. Replaying both events of a
 * contract in chain order (block, then log index) from its deployment therefore yields exactly the accounts for
 * which `hasRole` is true at the pinned block. The scan must start at or before the contracts' deployment
 * (`fromBlock`, as for every other log scan of the refresh).
 *
 * The queries start before the first await, so they travel in the caller's JSON-RPC round.
 */
import { type Address, type Hex, parseAbiItem, toEventSelector } from "viem";
import { getAddress } from "../model/address.js";
import { type VerifiedHistory, addressList, afterThisTurn, hexList, hexSection, historyKey, u32Section } from "./history-cache.js";
import { type DecodedLog, getLogsOnce } from "./lens-logs.js";
import { roleId } from "./names.js";
import type { CountingClient } from "./rpc.js";

export const ROLE_GRANTED = parseAbiItem(
  "event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)",
);
export const ROLE_REVOKED = parseAbiItem(
  "event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)",
);

/** Registry component names of the contracts whose holders are read from logs (no on-chain member sets). */
export const LOG_ROLE_CONTRACTS: ReadonlySet<string> = new Set([
  "HaloShareToken",
  "SubscribeQueue",
  "RedeemQueue",
  // the NFAT contracts of a Term class (docs/gas.md, "Registry and NFAT")
  "NfatFacility",
  "NfatDealToken",
  "NfatRedeem",
]);

/** The part of a decoded role log the replay needs (what viem's `getLogs` returns for the two events). */
export interface RoleLog {
  address: Address;
  eventName: "RoleGranted" | "RoleRevoked";
  args: { role?: Hex; account?: Address };
  blockNumber: bigint | null;
  logIndex: number | null;
}

/**
 * Role logs asked undecoded (chain/lens-logs.ts `getLogsOnce` with `raw`) as the replay reads them: the role and the
 * account from the topics (RoleGranted / RoleRevoked index role, account, sender: four topics of 32 bytes); a log
 * without them is skipped, as a log that does not decode is. Spares decoding 60,000 logs' three topics at 1,000
 * classes (the replay checksums each distinct account once).
 */
export function roleLogsFromRaw(
  logs: readonly { address: Address; eventName: string; blockNumber: bigint; logIndex: number; raw?: { topics: readonly Hex[] } }[],
): RoleLog[] {
  const out: RoleLog[] = [];
  for (const l of logs) {
    const topics = l.raw?.topics;
    if (topics === undefined || topics.length !== 4 || (l.eventName !== "RoleGranted" && l.eventName !== "RoleRevoked")) continue;
    const role = topics[1]!;
    const account = topics[2]!;
    if (role.length !== 66 || account.length !== 66) continue;
    out.push({
      address: l.address,
      eventName: l.eventName,
      args: { role, account: `0x${account.slice(26)}` as Address },
      blockNumber: l.blockNumber,
      logIndex: l.logIndex,
    });
  }
  return out;
}

/** Holders by contract and role id (both lower case); each holder set in checksummed form. */
export type RoleBook = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<Address>>>;

/** A role book being built (the replay's, the history cache's). */
export type MutableRoleBook = Map<string, Map<string, Set<Address>>>;

/**
 * Replay role logs in chain order (they may come in any order) into the holders they leave — on top of `base`
 * (changed in place) when given: the holders at an earlier block, all of `logs` being later (the history cache).
 */
export function replayRoleLogs(logs: readonly RoleLog[], base?: MutableRoleBook): RoleBook {
  const ordered = inChainOrder(logs);
  const book: MutableRoleBook = base ?? new Map();
  for (const log of ordered) {
    const { role, account } = log.args;
    if (role === undefined || account === undefined) continue;
    const contract = log.address.toLowerCase();
    const roles = book.get(contract) ?? new Map<string, Set<Address>>();
    book.set(contract, roles);
    const holders = roles.get(role.toLowerCase()) ?? new Set<Address>();
    roles.set(role.toLowerCase(), holders);
    if (log.eventName === "RoleGranted") holders.add(getAddress(account));
    else holders.delete(getAddress(account));
  }
  return book;
}

/**
 * `logs` sorted by (block, log index). A position that fits a double exactly (block < 2^32, index < 2^20: every chain
 * today) is sorted as one number; otherwise by bigint comparison.
 */
function inChainOrder(logs: readonly RoleLog[]): RoleLog[] {
  const keys = new Float64Array(logs.length);
  let exact = true;
  for (let i = 0; i < logs.length; i++) {
    const block = logs[i]!.blockNumber ?? 0n;
    const index = logs[i]!.logIndex ?? 0;
    if (block >= 1n << 32n || index >= 1 << 20) {
      exact = false;
      break;
    }
    keys[i] = Number(block) * 2 ** 20 + index;
  }
  if (exact) {
    const order = Array.from({ length: logs.length }, (_, i) => i).sort((x, y) => keys[x]! - keys[y]! || x - y);
    return order.map((i) => logs[i]!);
  }
  return [...logs].sort((a, b) => {
    const ab = a.blockNumber ?? 0n;
    const bb = b.blockNumber ?? 0n;
    if (ab !== bb) return ab < bb ? -1 : 1;
    return (a.logIndex ?? 0) - (b.logIndex ?? 0);
  });
}

/** The holders of `role` on `contract`, sorted (case-insensitively) as the enumerable reads are. */
export function holdersOf(book: RoleBook, contract: Address, role: Hex): Address[] {
  const set = book.get(contract.toLowerCase())?.get(role.toLowerCase());
  return set === undefined ? [] : [...set].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase()));
}

/** Every role id that ever had a holder on `contract` (to find roles outside a table). */
export function rolesSeen(book: RoleBook, contract: Address): Hex[] {
  return [...(book.get(contract.toLowerCase())?.keys() ?? [])] as Hex[];
}

/**
 * Addresses per `eth_getLogs` filter. The node's cost of a log query is mostly the logs it returns, plus a scan of
 * the block range per query: at 1,000 classes (30,000 unit contracts, 60,000 role logs) 62 queries of 500 cost anvil
 * ~2.1 s of CPU, 16 of 2,000 ~1.25 s, 4 of 10,000 ~1.1 s (docs/chain.md, "Log queries"). 2,000 contracts give about
 * 4,000 role logs per answer, inside the 10,000-result cap of common hosted providers; a provider that refuses a
 * query anyway (fewer results, fewer addresses, a narrower block range) gets it split (chain/lens-logs.ts).
 */
export const ADDRESSES_PER_QUERY = 2_000;

/**
 * The `eth_getLogs` of both events on `addresses` over [fromBlock, toBlock], one per `ADDRESSES_PER_QUERY`
 * addresses, started now (so they join the caller's JSON-RPC round); none when the range is empty. Asked undecoded
 * (`raw`) and read by `roleLogsFromRaw`: the one way both readers below take role logs.
 */
function roleLogQueries(
  client: CountingClient["client"],
  addresses: readonly Address[],
  fromBlock: bigint,
  toBlock: bigint,
): Promise<DecodedLog[]>[] {
  const queries: Promise<DecodedLog[]>[] = [];
  if (fromBlock > toBlock) return queries;
  for (let i = 0; i < addresses.length; i += ADDRESSES_PER_QUERY)
    // getLogsOnce: split and asked again when a provider refuses a query as too large
    queries.push(
      getLogsOnce(client, {
        address: addresses.slice(i, i + ADDRESSES_PER_QUERY),
        events: [],
        raw: [ROLE_GRANTED, ROLE_REVOKED],
        fromBlock,
        toBlock,
      }),
    );
  return queries;
}

/**
 * `eth_getLogs` for both events on every address in `contracts` (`roleLogQueries`: started before the first
 * await), replayed. No addresses: no request.
 */
export async function readRoleBook(
  client: CountingClient["client"],
  contracts: readonly Address[],
  fromBlock: bigint,
  toBlock: bigint,
): Promise<RoleBook> {
  const logs = await Promise.all(roleLogQueries(client, contracts, fromBlock, toBlock));
  return replayRoleLogs(roleLogsFromRaw(logs.flat()));
}

/**
 * The refresh's role fields from a book: `<prefix>.<ROLE>` → sorted holders, the same shape the enumerable reads
 * give, so the planner and drift compare both kinds of contract alike.
 */
export function roleFields(
  book: RoleBook,
  targets: readonly { prefix: string; address: Address; roles: readonly string[] }[],
): Record<string, Address[]> {
  const out: Record<string, Address[]> = {};
  for (const t of targets) for (const role of t.roles) out[`${t.prefix}.${role}`] = holdersOf(book, t.address, roleIdOnce(role));
  return out;
}

/** Role ids by name, hashed once per run (the refresh asks the same few names for every class and unit). */
const roleIds = new Map<string, Hex>();
export function roleIdOnce(name: string): Hex {
  let id = roleIds.get(name);
  if (id === undefined) roleIds.set(name, (id = roleId(name)));
  return id;
}

// ---- the history cache's role books (chain/history-cache.ts) ----

/** The history cache's key of role logs: the two events' topics and the system (its factory) they serve. */
export function rolesKey(factory: Address | undefined, fromBlock: bigint): string {
  return historyKey("roles", [factory ?? "no factory", toEventSelector(ROLE_GRANTED), toEventSelector(ROLE_REVOKED)], fromBlock);
}

const NO_HOLDER = 0xffffffff;

/**
 * The holders of `contracts` (each covered, even without a role log) as the cache's body: the contracts (20 bytes
 * each), the role ids (32) and accounts (20) they name, then (contract, role, account) triples of u32 indexes —
 * account NO_HOLDER for a role whose holders were all revoked (`rolesSeen` still names it).
 */
export function roleBookSections(book: RoleBook, contracts: readonly string[]): Buffer[] {
  const roles = new Map<string, number>();
  const accounts = new Map<string, number>();
  const triples: number[] = [];
  const index = (m: Map<string, number>, v: string) => {
    let i = m.get(v);
    if (i === undefined) m.set(v, (i = m.size));
    return i;
  };
  contracts.forEach((contract, c) => {
    for (const [role, holders] of book.get(contract) ?? []) {
      const r = index(roles, role);
      if (holders.size === 0) triples.push(c, r, NO_HOLDER);
      for (const h of holders) triples.push(c, r, index(accounts, h.toLowerCase()));
    }
  });
  return [hexSection(contracts, 20), hexSection([...roles.keys()], 32), hexSection([...accounts.keys()], 20), u32Section(triples)];
}

/**
 * The contracts (lower case) `roleBookSections`' body covers, when it is well formed (sizes, every index in range);
 * undefined otherwise. Cheap: the holders are built by `roleBookFromSections`, which can wait for the node.
 */
export function roleBookCovered(
  sections: readonly Buffer[],
  asked?: readonly string[],
): { contracts: string[]; covered: Set<string> } | undefined {
  const [contractBytes, roleBytes, accountBytes, tripleBytes] = sections;
  if (contractBytes === undefined || roleBytes === undefined || accountBytes === undefined || tripleBytes === undefined) return undefined;
  if (contractBytes.length % 20 || roleBytes.length % 32 || accountBytes.length % 20 || tripleBytes.length % 12) return undefined;
  const [contractCount, roles, accounts] = [contractBytes.length / 20, roleBytes.length / 32, accountBytes.length / 20];
  for (let at = 0; at < tripleBytes.length; at += 12) {
    const a = tripleBytes.readUInt32LE(at + 8);
    if (tripleBytes.readUInt32LE(at) >= contractCount || tripleBytes.readUInt32LE(at + 4) >= roles || (a !== NO_HOLDER && a >= accounts)) return undefined;
  }
  // the usual warm run asks for the contracts the body covers, in its order: their strings are the caller's
  const contracts = asked !== undefined && sameContracts(contractBytes, asked) ? [...asked] : hexList(contractBytes, 20);
  return { contracts, covered: new Set(contracts) };
}

const HEX_CODES = Buffer.from("0123456789abcdef", "latin1");
/** Whether `section` holds (20 bytes each) exactly the lower-case `0x…` addresses of `list`, in its order. */
function sameContracts(section: Buffer, list: readonly string[]): boolean {
  if (section.length !== list.length * 20) return false;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (s.length !== 42) return false;
    for (let k = 0; k < 20; k++) {
      const b = section[i * 20 + k]!;
      if (s.charCodeAt(2 + 2 * k) !== HEX_CODES[b >> 4] || s.charCodeAt(3 + 2 * k) !== HEX_CODES[b & 15]) return false;
    }
  }
  return true;
}

/**
 * A role book and the contracts it covers (lower case) from `roleBookSections`' body; undefined when malformed.
 * `contracts`: the body's contract list when `roleBookCovered` has read it already.
 */
export function roleBookFromSections(
  sections: readonly Buffer[],
  known?: { contracts: string[]; covered: Set<string> },
): { covered: Set<string>; book: MutableRoleBook } | undefined {
  const [contractBytes, roleBytes, accountBytes, tripleBytes] = sections;
  if (contractBytes === undefined || roleBytes === undefined || accountBytes === undefined || tripleBytes === undefined) return undefined;
  if (contractBytes.length % 20 || roleBytes.length % 32 || accountBytes.length % 20 || tripleBytes.length % 12) return undefined;
  const contracts = known?.contracts ?? hexList(contractBytes, 20);
  const roles = hexList(roleBytes, 32);
  const accounts = addressList(accountBytes);
  const book: MutableRoleBook = new Map();
  // the triples come by contract, then role (`roleBookSections`): the previous triple's maps are reused
  let lastContract = -1;
  let lastRole = -1;
  let m: Map<string, Set<Address>> | undefined;
  let holders: Set<Address> | undefined;
  for (let at = 0; at < tripleBytes.length; at += 12) {
    const c = tripleBytes.readUInt32LE(at);
    const r = tripleBytes.readUInt32LE(at + 4);
    const contract = contracts[c];
    const role = roles[r];
    const a = tripleBytes.readUInt32LE(at + 8);
    const account = a === NO_HOLDER ? undefined : accounts[a];
    if (contract === undefined || role === undefined || (a !== NO_HOLDER && account === undefined)) return undefined;
    if (m === undefined || c !== lastContract) {
      m = book.get(contract);
      if (m === undefined) book.set(contract, (m = new Map()));
      lastContract = c;
      lastRole = -1;
    }
    if (holders === undefined || r !== lastRole) {
      holders = m.get(role);
      if (holders === undefined) m.set(role, (holders = new Set()));
      lastRole = r;
    }
    if (account !== undefined) holders.add(account);
  }
  return { covered: known?.covered ?? new Set(contracts), book };
}

/**
 * The role book of `contracts` at `toBlock` with the history cache: the cached holders of the contracts it covers
 * plus their logs after its block, and every log of the others from `fromBlock` — all queries (`roleLogQueries`, as
 * `readRoleBook`'s) started before the first await, so they join the caller's JSON-RPC round; none for the covered
 * contracts when the cache reaches `toBlock`. Writes the holders at the final block back when the cache grew (a
 * later final block, other contracts): the entry's body as it is when only the block moved and no role log came. The same book as `readRoleBook` (history-cache.test.ts).
 */
export async function readRoleBookCached(
  client: CountingClient["client"],
  contracts: readonly Address[],
  fromBlock: bigint,
  toBlock: bigint,
  history: VerifiedHistory,
): Promise<RoleBook> {
  const entry = history.entry("roles");
  const asked: string[] = [];
  const firsts: Address[] = [];
  const seen = new Set<string>();
  for (const a of contracts) {
    const lower = a.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    asked.push(lower);
    firsts.push(a);
  }
  // which contracts the entry covers decides the queries; its holders are built once they have left (afterThisTurn)
  const cached = entry === undefined ? undefined : roleBookCovered(entry.sections, asked);
  const covered: Address[] = [];
  const uncovered: Address[] = [];
  for (let i = 0; i < asked.length; i++) (cached?.covered.has(asked[i]!) ? covered : uncovered).push(firsts[i]!);
  const queries = [
    ...(entry === undefined ? [] : roleLogQueries(client, covered, entry.coveredTo + 1n, toBlock)),
    ...roleLogQueries(client, uncovered, fromBlock, toBlock),
  ];
  const finalRead = history.finalBlock();
  const cachedBook = entry === undefined || cached === undefined ? undefined : afterThisTurn(() => roleBookFromSections(entry.sections, cached)!.book);
  void cachedBook?.catch(() => undefined); // awaited below; not an unhandled rejection when a query fails first
  const logs = roleLogsFromRaw((await Promise.all(queries)).flat());
  const final = await finalRead;
  const book: MutableRoleBook = (await cachedBook) ?? new Map();
  const early: RoleLog[] = [];
  const late: RoleLog[] = [];
  for (const l of logs) (final !== undefined && (l.blockNumber ?? 0n) <= final.number ? early : late).push(l);
  replayRoleLogs(early, book);
  const sameSet = entry !== undefined && cached !== undefined && uncovered.length === 0 && cached.covered.size === covered.length;
  const grew = !sameSet || final === undefined || final.number > entry.coveredTo;
  // the same contracts and no role log up to the later final block: the same holders, the entry's body as it is
  if (final !== undefined && grew) history.write("roles", final, sameSet && early.length === 0 ? entry.sections : roleBookSections(book, asked));
  replayRoleLogs(late, book);
  return book;
}
