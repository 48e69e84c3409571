import { type Address, type Hex, createClient, custom, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { roleId } from "../../chain/names.js";
import {
  ADDRESSES_PER_QUERY,
  type RoleLog,
  holdersOf,
  readRoleBook,
  replayRoleLogs,
  roleFields,
  roleLogsFromRaw,
  rolesSeen,
} from "../../chain/roles-from-logs.js";
import type { CountingClient } from "../../chain/rpc.js";

const Q: Address = "0x00000000000000000000000000000000000000aa";
const T: Address = "0x00000000000000000000000000000000000000bb";
const A: Address = getAddress("0x1111111111111111111111111111111111111111");
const B: Address = getAddress("0x2222222222222222222222222222222222222222");
const BEACON = roleId("BEACON_ROLE");
const ADMIN = roleId("DEFAULT_ADMIN_ROLE");

const log = (
  address: Address,
  eventName: RoleLog["eventName"],
  role: Hex,
  account: Address,
  blockNumber: bigint,
  logIndex: number,
): RoleLog => ({ address, eventName, args: { role, account: account.toLowerCase() as Address }, blockNumber, logIndex });

describe("roles from logs", () => {
  it("replays grants and revokes in chain order, whatever order the logs come in", () => {
    const logs = [
      log(Q, "RoleRevoked", BEACON, A, 5n, 0), // rotation: A out after B in
      log(Q, "RoleGranted", BEACON, A, 1n, 2),
      log(Q, "RoleGranted", ADMIN, B, 1n, 1),
      log(Q, "RoleGranted", BEACON, B, 4n, 7),
    ];
    const book = replayRoleLogs(logs);
    expect(holdersOf(book, Q, BEACON)).toEqual([B]);
    expect(holdersOf(book, Q, ADMIN)).toEqual([B]);
    // a re-grant in the same block after a revoke (log index decides)
    const regrant = replayRoleLogs([log(Q, "RoleGranted", BEACON, A, 9n, 3), log(Q, "RoleRevoked", BEACON, A, 9n, 1)]);
    expect(holdersOf(regrant, Q, BEACON)).toEqual([A]);
  });

  it("keeps contracts apart, sorts holders, and reports every role ever seen (stray roles)", () => {
    const stray = roleId("SOMETHING_ELSE");
    const book = replayRoleLogs([
      log(Q, "RoleGranted", BEACON, B, 1n, 0),
      log(Q, "RoleGranted", BEACON, A, 2n, 0),
      log(T, "RoleGranted", stray, A, 3n, 0),
    ]);
    expect(holdersOf(book, Q, BEACON)).toEqual([A, B]);
    expect(holdersOf(book, T, BEACON)).toEqual([]);
    expect(rolesSeen(book, T)).toEqual([stray.toLowerCase()]);
    expect(holdersOf(book, getAddress(Q), BEACON.toUpperCase().replace("0X", "0x") as Hex)).toEqual([A, B]);
  });

  it("gives the refresh's field shape", () => {
    const book = replayRoleLogs([log(Q, "RoleGranted", BEACON, A, 1n, 0)]);
    expect(roleFields(book, [{ prefix: "roles.SubscribeQueue", address: Q, roles: ["DEFAULT_ADMIN_ROLE", "BEACON_ROLE"] }])).toEqual({
      "roles.SubscribeQueue.DEFAULT_ADMIN_ROLE": [],
      "roles.SubscribeQueue.BEACON_ROLE": [A],
    });
  });

  it("splits a long address list over several eth_getLogs, and sends none for no address", async () => {
    const filters: { address: string[] }[] = [];
    const client = createClient({
      transport: custom({
        request: async ({ method, params }: { method: string; params: unknown[] }) => {
          if (method !== "eth_getLogs") throw new Error(`unexpected ${method}`);
          filters.push(params[0] as { address: string[] });
          return [];
        },
      }),
    }) as unknown as CountingClient["client"];
    const many = Array.from({ length: 2 * ADDRESSES_PER_QUERY + 1 }, (_, i) => getAddress(`0x${(i + 1).toString(16).padStart(40, "0")}`));
    await readRoleBook(client, many, 0n, 10n);
    expect(filters.map((f) => f.address.length)).toEqual([ADDRESSES_PER_QUERY, ADDRESSES_PER_QUERY, 1]);
    filters.length = 0;
    expect((await readRoleBook(client, [], 0n, 10n)).size).toBe(0);
    expect(filters).toHaveLength(0);
  });
});

describe("roles from logs: chain order at any height", () => {
  it("replays logs past 2^32 blocks or 2^20 log indexes in chain order too", () => {
    const big = 2n ** 40n;
    const logs = [
      log(Q, "RoleRevoked", BEACON, A, big + 1n, 0),
      log(Q, "RoleGranted", BEACON, A, big, 2 ** 21),
      log(Q, "RoleGranted", BEACON, B, 3n, 0),
    ];
    const book = replayRoleLogs(logs);
    expect(holdersOf(book, Q, BEACON)).toEqual([B]);
    expect(holdersOf(replayRoleLogs([log(Q, "RoleGranted", BEACON, A, big + 1n, 0), log(Q, "RoleRevoked", BEACON, A, big, 5)]), Q, BEACON)).toEqual([A]);
  });
});

describe("roles from undecoded logs (roleLogsFromRaw)", () => {
  const topic = (a: Address) => `0x${"00".repeat(12)}${a.slice(2).toLowerCase()}` as Hex;
  const SENDER = topic(B);
  const raw = (address: Address, eventName: string, topics: Hex[], blockNumber: bigint, logIndex: number) => ({
    address,
    eventName,
    blockNumber,
    logIndex,
    raw: { topics },
  });
  const G = "0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d" as Hex;
  const R = "0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b" as Hex;

  it("reads role and account from the topics, to the same book as decoded logs give", () => {
    const logs = [
      raw(Q, "RoleGranted", [G, BEACON, topic(A), SENDER], 1n, 0),
      raw(Q, "RoleGranted", [G, ADMIN, topic(B), SENDER], 1n, 1),
      raw(Q, "RoleRevoked", [R, BEACON, topic(A), SENDER], 2n, 0),
      raw(T, "RoleGranted", [G, BEACON, topic(B), SENDER], 3n, 0),
    ];
    const fromRaw = replayRoleLogs(roleLogsFromRaw(logs));
    const decoded = replayRoleLogs([
      log(Q, "RoleGranted", BEACON, A, 1n, 0),
      log(Q, "RoleGranted", ADMIN, B, 1n, 1),
      log(Q, "RoleRevoked", BEACON, A, 2n, 0),
      log(T, "RoleGranted", BEACON, B, 3n, 0),
    ]);
    expect(fromRaw).toEqual(decoded);
    expect(holdersOf(fromRaw, T, BEACON)).toEqual([B]);
    expect(holdersOf(fromRaw, Q, ADMIN)).toEqual([B]);
  });

  it("skips a log without the events' four topics, and one of another event", () => {
    expect(
      roleLogsFromRaw([
        raw(Q, "RoleGranted", [G, BEACON, topic(A)], 1n, 0),
        raw(Q, "RoleGranted", [G, BEACON, "0x1234", SENDER], 1n, 1),
        raw(Q, "Transfer", [G, BEACON, topic(A), SENDER], 1n, 2),
        { address: Q, eventName: "RoleGranted", blockNumber: 1n, logIndex: 3 },
      ]),
    ).toEqual([]);
  });
});
