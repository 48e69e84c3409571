/**
 * Reference beacon runners.
 *
 * lpha-lcts (`halo beacon lcts`): every day at 13:00 UTC lock every ACTIVE LCTS queue (subscribe and redeem) of
 * the Portfolio classes the key operates; by 16:00 UTC (default 15:00) settle every LOCKED one with the
 * capacity the capacities file gives its unit and side (missing = 0: the generation is simply unlocked).
 * `--once` locks and settles now.
 *
 * lpha-nfat (`halo beacon nfat`): executes a deal file's actions in order (open a book, claim a deal, fund a
 * deal, attest a book with the lpha-attest key, move a book), journalling each done action so that a re-run
 * never repeats one (claims are not idempotent on chain).
 *
 * Every action is logged as one JSON line (time, beacon, action, target, transaction, result).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type Account, type Address, type Hex, type TransactionReceipt, decodeEventLog, getAddress, zeroAddress } from "viem";
import { getBlock, readContract, waitForTransactionReceipt } from "viem/actions";
import { parse as parseYaml } from "yaml";
import { haloRegistryAbi, nfatFacilityAbi, nfatRedeemAbi, subscribeQueueAbi } from "../abi/index.js";
import { fromBytes32Name, kindName, toBytes32Name } from "../chain/names.js";
import { parseAmount } from "../load/amounts.js";
import { type OpsNetwork, OpsError, canonicalJson, canonicalLine, describeError, idBytes, idText, signerAccount, walletFor } from "./common.js";

export const ENV_LCTS_KEY = "HALO_LCTS_BEACON_KEY";
export const ENV_NFAT_KEY = "HALO_NFAT_BEACON_KEY";
export const ENV_ATTEST_KEY = "HALO_ATTEST_BEACON_KEY";

export type Logger = (entry: Record<string, unknown>) => void;

/** A JSON-lines logger (keys sorted, bigints as decimal strings). */
export function jsonLines(write: (text: string) => void, now: () => Date = () => new Date()): Logger {
  return (entry) => write(canonicalLine({ time: now().toISOString(), ...entry }));
}

function readStructured(file: string): unknown {
  const text = readFileSync(file, "utf8");
  return file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
}

const amount = (value: unknown, where: string): bigint => {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") throw new OpsError(`${where}: must be an amount`);
  try {
    return parseAmount(String(value));
  } catch (error) {
    throw new OpsError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

interface RegClass {
  classId: Hex;
  kind: Hex;
  beacons: readonly { kind: Hex; operator: Address }[];
  contracts: readonly { name: Hex; addr: Address }[];
  unitIds: readonly Hex[];
}
interface RegUnit {
  unitId: Hex;
  contracts: readonly { name: Hex; addr: Address }[];
}

async function allClasses(network: OpsNetwork): Promise<RegClass[]> {
  const count = (await readContract(network.client, { address: network.system.haloRegistry, abi: haloRegistryAbi, functionName: "classCount" })) as bigint;
  const out: RegClass[] = [];
  for (let offset = 0n; offset < count; offset += 50n) {
    const page = (await readContract(network.client, { address: network.system.haloRegistry, abi: haloRegistryAbi, functionName: "getClassesPage", args: [offset, 50n] })) as unknown as RegClass[];
    out.push(...page);
  }
  return out;
}

const beaconOf = (c: RegClass, kind: string): Address | undefined => c.beacons.find((b) => fromBytes32Name(b.kind) === kind)?.operator;

async function send(network: OpsNetwork, account: Account, address: Address, abi: readonly unknown[], functionName: string, args: readonly unknown[]): Promise<TransactionReceipt> {
  const wallet = walletFor(network, account);
  const hash = await wallet.writeContract({ address, abi, functionName, args } as never);
  const receipt = await waitForTransactionReceipt(network.client, { hash });
  if (receipt.status !== "success") throw new OpsError(`${functionName} reverted (tx ${hash})`);
  return receipt;
}

const errorText = describeError;

// ------------------------------------------------------------------------------------------------------------
// lpha-lcts
// ------------------------------------------------------------------------------------------------------------

export interface LctsQueue {
  classId: string;
  unitId: string;
  side: "subscribe" | "redeem";
  address: Address;
  operator: Address;
}

/** unit id → side → capacity (base units of the queue's underlying). */
export type Capacities = Map<string, { subscribe?: bigint; redeem?: bigint }>;

/** `units: { <unitId>: { subscribe: <amount>, redeem: <amount> } }` (JSON or YAML; amounts as `150_000e18`). */
export function readCapacities(file: string): Capacities {
  const raw = readStructured(file) as { units?: Record<string, Record<string, unknown>> } | null;
  if (raw === null || typeof raw !== "object" || typeof raw.units !== "object" || raw.units === null) throw new OpsError(`${file}: must be { units: { <unitId>: { subscribe, redeem } } }`);
  const out: Capacities = new Map();
  for (const [unit, sides] of Object.entries(raw.units)) {
    if (sides === null || typeof sides !== "object") throw new OpsError(`${file}: units.${unit}: must be { subscribe, redeem }`);
    const entry: { subscribe?: bigint; redeem?: bigint } = {};
    for (const [side, value] of Object.entries(sides)) {
      if (side !== "subscribe" && side !== "redeem") throw new OpsError(`${file}: units.${unit}.${side}: unknown side (subscribe, redeem)`);
      entry[side] = amount(value, `${file}: units.${unit}.${side}`);
    }
    out.set(unit, entry);
  }
  return out;
}

/** The LCTS queues of the Portfolio classes (optionally only `classIds`) whose lpha-lcts operator is `operators`. */
export async function lctsQueues(network: OpsNetwork, classIds: string[] | undefined): Promise<LctsQueue[]> {
  const wanted = classIds?.map((c) => idBytes(c).toLowerCase());
  const queues: LctsQueue[] = [];
  for (const c of await allClasses(network)) {
    if (kindName(c.kind) !== "portfolio-lcts") continue;
    if (wanted !== undefined && !wanted.includes(c.classId.toLowerCase())) continue;
    const operator = beaconOf(c, "lpha-lcts");
    if (operator === undefined || operator === zeroAddress) continue;
    for (const u of c.unitIds) {
      const unit = (await readContract(network.client, { address: network.system.haloRegistry, abi: haloRegistryAbi, functionName: "getUnit", args: [u] })) as unknown as RegUnit;
      for (const contract of unit.contracts) {
        const n = fromBytes32Name(contract.name);
        if (n === "SubscribeQueue" || n === "RedeemQueue") {
          queues.push({ classId: idText(c.classId), unitId: idText(u), side: n === "SubscribeQueue" ? "subscribe" : "redeem", address: getAddress(contract.addr), operator: getAddress(operator) });
        }
      }
    }
  }
  return queues;
}

const QUEUE_STATE = ["DORMANT", "ACTIVE", "LOCKED"] as const;

async function queueState(network: OpsNetwork, q: LctsQueue): Promise<{ state: string; generation: bigint }> {
  const [state, generation] = await Promise.all([
    readContract(network.client, { address: q.address, abi: subscribeQueueAbi, functionName: "queueState" }) as Promise<number>,
    readContract(network.client, { address: q.address, abi: subscribeQueueAbi, functionName: "currentGeneration" }) as Promise<bigint>,
  ]);
  return { state: QUEUE_STATE[state] ?? String(state), generation };
}

export interface LctsRunner {
  queues: LctsQueue[];
  signers: Map<string, Account>;
}

/**
 * The queues this runner operates and a signer for each operator: the key in HALO_LCTS_BEACON_KEY (only the
 * queues whose lpha-lcts operator it is), or on anvil without the variable, each operator's default account.
 */
export async function lctsRunner(network: OpsNetwork, env: NodeJS.ProcessEnv, classIds?: string[]): Promise<LctsRunner> {
  let queues = await lctsQueues(network, classIds);
  const signers = new Map<string, Account>();
  if (env[ENV_LCTS_KEY]) {
    const account = signerAccount(env, ENV_LCTS_KEY, network.chainId, undefined, "lpha-lcts beacon");
    signers.set(account.address, account);
    queues = queues.filter((q) => q.operator === account.address);
  } else {
    for (const operator of new Set(queues.map((q) => q.operator))) signers.set(operator, signerAccount(env, ENV_LCTS_KEY, network.chainId, operator, "lpha-lcts beacon"));
  }
  return { queues, signers };
}

/** Lock every ACTIVE queue. Returns the number of failures (each logged). */
export async function lctsLock(network: OpsNetwork, runner: LctsRunner, log: Logger): Promise<number> {
  let failures = 0;
  for (const q of runner.queues) {
    const base = { beacon: "lpha-lcts", class: q.classId, unit: q.unitId, queue: q.side, address: q.address };
    const { state, generation } = await queueState(network, q);
    if (state !== "ACTIVE") {
      log({ ...base, action: "lock-skipped", state, generation });
      continue;
    }
    try {
      const receipt = await send(network, runner.signers.get(q.operator)!, q.address, subscribeQueueAbi, "lock", []);
      log({ ...base, action: "lock", generation, tx: receipt.transactionHash });
    } catch (error) {
      failures += 1;
      log({ ...base, action: "lock-failed", generation, error: errorText(error) });
    }
  }
  return failures;
}

/** Settle every LOCKED queue with its capacity (0 when the file does not name it). Returns the failures. */
export async function lctsSettle(network: OpsNetwork, runner: LctsRunner, capacities: Capacities, log: Logger): Promise<number> {
  let failures = 0;
  for (const q of runner.queues) {
    const base = { beacon: "lpha-lcts", class: q.classId, unit: q.unitId, queue: q.side, address: q.address };
    const { state, generation } = await queueState(network, q);
    if (state !== "LOCKED") {
      log({ ...base, action: "settle-skipped", state, generation });
      continue;
    }
    const capacity = capacities.get(q.unitId)?.[q.side] ?? 0n;
    try {
      const receipt = await send(network, runner.signers.get(q.operator)!, q.address, subscribeQueueAbi, "settle", [capacity]);
      const settled = receipt.logs
        .filter((l) => getAddress(l.address) === q.address)
        .map((l) => {
          try {
            return decodeEventLog({ abi: subscribeQueueAbi, data: l.data, topics: l.topics });
          } catch {
            return undefined;
          }
        })
        .find((e) => e?.eventName === "Settled");
      const a = (settled?.args ?? {}) as { converted?: bigint; reward?: bigint; remainingUnderlying?: bigint };
      const after = await queueState(network, q);
      log({ ...base, action: "settle", generation, capacity, converted: a.converted, reward: a.reward, remaining: a.remainingUnderlying, state: after.state, nextGeneration: after.generation, tx: receipt.transactionHash });
    } catch (error) {
      failures += 1;
      log({ ...base, action: "settle-failed", generation, capacity, error: errorText(error) });
    }
  }
  return failures;
}

/** Milliseconds from `now` to the next `hh:mm` UTC. */
export function msUntil(now: Date, hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), h, m, 0, 0));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

// ------------------------------------------------------------------------------------------------------------
// lpha-nfat
// ------------------------------------------------------------------------------------------------------------

const SCHEDULES = { bullet: 0, amortising: 1, periodic: 2 } as const;
const BOOK_STATUS = ["NONE", "CREATED", "FILLING", "DEPLOYING", "AT_REST", "UNWINDING", "CLOSED"] as const;

export type DealAction =
  | { id: string; type: "openBook"; bookId: string }
  | { id: string; type: "claim"; depositor: Address; amount: bigint; bookId: string; maturity?: bigint; termDays?: bigint; apyBps: number; schedule: keyof typeof SCHEDULES; documentHash: Hex }
  | { id: string; type: "fund"; tokenId?: bigint; deal?: string; amount: bigint }
  | { id: string; type: "attest"; bookId: string; attestationHash: Hex }
  | { id: string; type: "setBookStatus"; bookId: string; status: (typeof BOOK_STATUS)[number] };

export interface DealFile {
  classId: string;
  actions: DealAction[];
}

/**
 * `class: <classId>` and `actions: [{ id, type, … }]` (JSON or YAML). Types: openBook {bookId}; claim
 * {depositor, amount, bookId, maturity | termDays, apyBps, schedule: bullet|amortising|periodic, documentHash};
 * fund {tokenId | deal: <claim action id>, amount}; attest {bookId, attestationHash} (lpha-attest key);
 * setBookStatus {bookId, status}.
 */
export function readDeals(file: string): DealFile {
  const raw = readStructured(file) as { class?: unknown; actions?: unknown } | null;
  if (raw === null || typeof raw !== "object" || typeof raw.class !== "string" || !Array.isArray(raw.actions)) throw new OpsError(`${file}: must be { class: <classId>, actions: [ … ] }`);
  const seen = new Set<string>();
  const actions = raw.actions.map((value: unknown, i: number): DealAction => {
    const a = value as Record<string, unknown>;
    const at = `${file}: actions[${i}]`;
    if (a === null || typeof a !== "object" || typeof a.id !== "string" || a.id === "") throw new OpsError(`${at}: needs an id`);
    if (seen.has(a.id)) throw new OpsError(`${at}: id "${a.id}" is repeated`);
    seen.add(a.id);
    const str = (k: string): string => {
      if (typeof a[k] !== "string" || a[k] === "") throw new OpsError(`${at}.${k}: must be a string`);
      return a[k] as string;
    };
    const hash = (k: string): Hex => {
      const v = str(k);
      if (!/^0x[0-9a-fA-F]{64}$/.test(v)) throw new OpsError(`${at}.${k}: must be a 32-byte hash`);
      return v as Hex;
    };
    switch (a.type) {
      case "openBook":
        return { id: a.id, type: "openBook", bookId: str("bookId") };
      case "claim": {
        const schedule = str("schedule");
        if (!(schedule in SCHEDULES)) throw new OpsError(`${at}.schedule: one of ${Object.keys(SCHEDULES).join(", ")}`);
        if (a.maturity === undefined && a.termDays === undefined) throw new OpsError(`${at}: needs maturity (unix seconds) or termDays`);
        const depositor = str("depositor");
        if (!/^0x[0-9a-fA-F]{40}$/.test(depositor)) throw new OpsError(`${at}.depositor: must be an address`);
        return {
          id: a.id,
          type: "claim",
          depositor: getAddress(depositor),
          amount: amount(a.amount, `${at}.amount`),
          bookId: str("bookId"),
          ...(a.maturity !== undefined ? { maturity: amount(a.maturity, `${at}.maturity`) } : {}),
          ...(a.termDays !== undefined ? { termDays: amount(a.termDays, `${at}.termDays`) } : {}),
          apyBps: Number(amount(a.apyBps, `${at}.apyBps`)),
          schedule: schedule as keyof typeof SCHEDULES,
          documentHash: hash("documentHash"),
        };
      }
      case "fund":
        if (a.tokenId === undefined && a.deal === undefined) throw new OpsError(`${at}: needs tokenId or deal (a claim action id)`);
        return { id: a.id, type: "fund", ...(a.tokenId !== undefined ? { tokenId: amount(a.tokenId, `${at}.tokenId`) } : {}), ...(a.deal !== undefined ? { deal: str("deal") } : {}), amount: amount(a.amount, `${at}.amount`) };
      case "attest":
        return { id: a.id, type: "attest", bookId: str("bookId"), attestationHash: hash("attestationHash") };
      case "setBookStatus": {
        const status = str("status");
        if (!(BOOK_STATUS as readonly string[]).includes(status)) throw new OpsError(`${at}.status: one of ${BOOK_STATUS.join(", ")}`);
        return { id: a.id, type: "setBookStatus", bookId: str("bookId"), status: status as (typeof BOOK_STATUS)[number] };
      }
      default:
        throw new OpsError(`${at}.type: one of openBook, claim, fund, attest, setBookStatus`);
    }
  });
  return { classId: raw.class, actions };
}

export interface Journal {
  actions: Record<string, { tx: string; tokenId?: string }>;
}

export function readJournal(file: string): Journal {
  if (!existsSync(file)) return { actions: {} };
  return JSON.parse(readFileSync(file, "utf8")) as Journal;
}

/** Run the deal file's actions not yet in the journal, in order; stops at the first failure. Returns failures (0/1). */
export async function runDeals(network: OpsNetwork, env: NodeJS.ProcessEnv, deals: DealFile, journalFile: string, log: Logger): Promise<number> {
  const classes = await allClasses(network);
  const cls = classes.find((c) => c.classId.toLowerCase() === idBytes(deals.classId).toLowerCase());
  if (cls === undefined || kindName(cls.kind) !== "term-nfat") throw new OpsError(`class ${deals.classId} is not a Term (NFAT) class in the HaloRegistry`);
  const contract = (n: string) => cls.contracts.find((c) => fromBytes32Name(c.name) === n)?.addr;
  const facility = contract("NfatFacility");
  const redeem = contract("NfatRedeem");
  if (facility === undefined || redeem === undefined) throw new OpsError(`class ${deals.classId} lists no NfatFacility / NfatRedeem`);
  let nfat: Account | undefined;
  let attest: Account | undefined;
  const nfatSigner = () => (nfat ??= signerAccount(env, ENV_NFAT_KEY, network.chainId, beaconOf(cls, "lpha-nfat"), "lpha-nfat beacon"));
  const attestSigner = () => (attest ??= signerAccount(env, ENV_ATTEST_KEY, network.chainId, beaconOf(cls, "lpha-attest"), "lpha-attest beacon"));

  const journal = readJournal(journalFile);
  const save = () => writeFileSync(journalFile, canonicalJson(journal));
  for (const action of deals.actions) {
    const base = { beacon: action.type === "attest" ? "lpha-attest" : "lpha-nfat", class: deals.classId, action: action.type, id: action.id };
    if (journal.actions[action.id] !== undefined) {
      log({ ...base, result: "already-done", tx: journal.actions[action.id]!.tx });
      continue;
    }
    try {
      let receipt: TransactionReceipt;
      const extra: Record<string, unknown> = {};
      switch (action.type) {
        case "openBook":
          receipt = await send(network, nfatSigner(), facility, nfatFacilityAbi, "openBook", [toBytes32Name(action.bookId)]);
          extra.bookId = action.bookId;
          break;
        case "claim": {
          const now = (await getBlock(network.client, { blockTag: "latest" })).timestamp;
          const maturity = action.maturity ?? now + (action.termDays ?? 0n) * 86_400n;
          const terms = { maturity, apyBps: action.apyBps, schedule: SCHEDULES[action.schedule], documentHash: action.documentHash };
          receipt = await send(network, nfatSigner(), facility, nfatFacilityAbi, "claim", [action.depositor, action.amount, toBytes32Name(action.bookId), terms]);
          const claimed = receipt.logs
            .filter((l) => getAddress(l.address) === getAddress(facility))
            .map((l) => {
              try {
                return decodeEventLog({ abi: nfatFacilityAbi, data: l.data, topics: l.topics });
              } catch {
                return undefined;
              }
            })
            .find((e) => e?.eventName === "Claimed");
          const tokenId = (claimed?.args as { tokenId?: bigint } | undefined)?.tokenId;
          if (tokenId === undefined) throw new OpsError(`claim ${action.id}: no Claimed event in tx ${receipt.transactionHash}`);
          extra.tokenId = tokenId;
          extra.amount = action.amount;
          extra.depositor = action.depositor;
          break;
        }
        case "fund": {
          const tokenId = action.tokenId ?? (action.deal !== undefined && journal.actions[action.deal]?.tokenId !== undefined ? BigInt(journal.actions[action.deal]!.tokenId!) : undefined);
          if (tokenId === undefined) throw new OpsError(`fund ${action.id}: deal "${action.deal}" has not been claimed`);
          receipt = await send(network, nfatSigner(), redeem, nfatRedeemAbi, "fund", [tokenId, action.amount]);
          extra.tokenId = tokenId;
          extra.amount = action.amount;
          break;
        }
        case "attest":
          receipt = await send(network, attestSigner(), facility, nfatFacilityAbi, "attestBook", [toBytes32Name(action.bookId), action.attestationHash]);
          extra.bookId = action.bookId;
          break;
        case "setBookStatus":
          receipt = await send(network, nfatSigner(), facility, nfatFacilityAbi, "setBookStatus", [toBytes32Name(action.bookId), BOOK_STATUS.indexOf(action.status)]);
          extra.bookId = action.bookId;
          extra.status = action.status;
          break;
      }
      journal.actions[action.id] = { tx: receipt.transactionHash, ...(extra.tokenId !== undefined ? { tokenId: String(extra.tokenId) } : {}) };
      save();
      log({ ...base, result: "done", tx: receipt.transactionHash, ...extra });
    } catch (error) {
      log({ ...base, result: "failed", error: errorText(error) });
      return 1;
    }
  }
  return 0;
}
