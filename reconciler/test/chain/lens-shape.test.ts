/**
 * chain/lens-decode.ts `checkAnswerShape`: a class-lens answer must have the shape its question asked (one view per
 * class, one flag per action, one timestamp per operation, and per class as many role lists, grants, limits,
 * destinations, units and unit role lists as asked). A well-formed answer of another shape — a node that drops the
 * last destination flag — would otherwise read as "not approved" and make the plan propose approving it again.
 */
import { describe, expect, it } from "vitest";
import { zeroAddress } from "viem";
import { type AskedItem, LensDecodeError, type RawClassView, type RawObserveResult, Reader, checkAnswerShape } from "../../chain/lens-decode.js";
import { Cursor, PackedPageError } from "../../chain/lens-pack.js";

type Shape = { roles: number; grants: number; limits: number; destinations: number; units: number[] };

const n = (k: number) => Array.from({ length: k }, () => zeroAddress);
const asked = (s: Shape): AskedItem => ({
  kind: "class",
  query: { roles: n(s.roles), candidates: n(s.grants), keys: n(s.limits), destinations: n(s.destinations), units: s.units.map((r) => ({ roles: n(r) })) },
});
const view = (s: Shape): RawClassView => ({
  roleMembers: Array.from({ length: s.roles }, () => [zeroAddress]),
  rateLimitsRegistered: 1n,
  controllerRegistered: 1n,
  hop: 0n,
  maxChange: 0n,
  grants: Array.from({ length: s.grants }, () => ({ cBeam: 1n, onRateLimits: 1n, onController: 1n })),
  grant: { id: "0x", target: zeroAddress, value: 0n, data: "0x", predecessor: "0x", salt: "0x", timestamp: 0n, immediate: false },
  buybox: { termMin: 0n, termMax: 0n, sizeMin: 0n, sizeMax: 0n, apyMinBps: 0, apyMaxBps: 0, restrictedDepositors: false, transferAllowList: false, assetType: "0x", jurisdiction: "0x" },
  dealName: "",
  dealSymbol: "",
  limits: Array.from({ length: s.limits }, () => ({
    ownMaxAmount: 0n,
    ownSlope: 0n,
    init: { maxAmount: 0n, slope: 0n },
    data: { maxAmount: 0n, slope: 0n, lastAmount: 0n, lastUpdated: 0n },
    zzz: 0n,
  })),
  destinations: Array.from({ length: s.destinations }, () => true),
  units: s.units.map((r) => ({ capacity: 0n, minDeposit: 0n, maxRateIncreaseBps: 0n, name: "", symbol: "", roleMembers: Array.from({ length: r }, () => []) })),
});

const shapes: Shape[] = [
  { roles: 3, grants: 2, limits: 4, destinations: 2, units: [2, 3] },
  { roles: 0, grants: 0, limits: 0, destinations: 0, units: [] },
];
// classes, actions and operations interleaved, as a slice holds them
const items: AskedItem[] = [asked(shapes[0]!), { kind: "action" }, asked(shapes[1]!), { kind: "operation" }, { kind: "action" }];
const good = (): [RawClassView[], boolean[], bigint[]] => [shapes.map(view), [true, false], [5n]];

describe("checkAnswerShape", () => {
  it("accepts an answer of the asked shape", () => {
    expect(() => checkAnswerShape(items, good(), true)).not.toThrow();
    expect(() => checkAnswerShape([], [[], [], []], false)).not.toThrow();
  });

  const cases: [string, (a: [RawClassView[], boolean[], bigint[]]) => void, RegExp][] = [
    ["a class missing", (a) => a[0].pop(), /1 classes for 2 asked/],
    ["a class too many", (a) => a[0].push(view(shapes[1]!)), /3 classes for 2 asked/],
    ["an action missing", (a) => a[1].pop(), /1 actions for 2 asked/],
    ["an operation too many", (a) => a[2].push(1n), /2 operations for 1 asked/],
    ["a role list missing", (a) => (a[0][0]!.roleMembers as unknown[]).pop(), /class 0 has 2 role lists for 3 asked/],
    ["a grant missing", (a) => (a[0][0]!.grants as unknown[]).pop(), /class 0 has 1 grants for 2 asked/],
    ["a limit too many", (a) => (a[0][0]!.limits as unknown[]).push(a[0][0]!.limits[0]), /class 0 has 5 limits for 4 asked/],
    ["a destination missing", (a) => (a[0][0]!.destinations as unknown[]).pop(), /class 0 has 1 destinations for 2 asked/],
    ["a unit missing", (a) => (a[0][0]!.units as unknown[]).pop(), /class 0 has 1 units for 2 asked/],
    ["a unit's role list missing", (a) => (a[0][0]!.units[1]!.roleMembers as unknown[]).pop(), /class 0 has 2 unit 1 role lists for 3 asked/],
    ["a destination on a class that asked none", (a) => (a[0][1]!.destinations as unknown[]).push(true), /class 1 has 1 destinations for 0 asked/],
  ];
  for (const [what, change, message] of cases)
    it(`refuses ${what}: PackedPageError for a packed answer (asked again ABI-encoded), LensDecodeError for an ABI one`, () => {
      const answer = good();
      change(answer);
      expect(() => checkAnswerShape(items, answer as RawObserveResult, true)).toThrow(PackedPageError);
      expect(() => checkAnswerShape(items, answer as RawObserveResult, false)).toThrow(LensDecodeError);
      expect(() => checkAnswerShape(items, answer as RawObserveResult, false)).toThrow(message);
    });
});

describe("the buybox's uint32 fields (apyMinBps, apyMaxBps) in range", () => {
  it("the ABI reader refuses a uint32 word over 2^32 - 1 (viem would read it as a large number)", () => {
    const word = (v: bigint) => `0x${v.toString(16).padStart(64, "0")}` as const;
    expect(new Reader(word(2n ** 32n - 1n)).num(0)).toBe(4_294_967_295);
    expect(() => new Reader(word(2n ** 32n)).num(0)).toThrow(LensDecodeError);
    expect(() => new Reader(word(2n ** 255n)).num(0)).toThrow(/uint32/);
  });

  it("the packed reader refuses a uint32 of more than 4 bytes", () => {
    expect(new Cursor(Buffer.from([4, 0xff, 0xff, 0xff, 0xff])).u32v()).toBe(4_294_967_295);
    expect(new Cursor(Buffer.from([0])).u32v()).toBe(0);
    expect(() => new Cursor(Buffer.from([5, 1, 0, 0, 0, 0])).u32v()).toThrow(PackedPageError);
  });
});
