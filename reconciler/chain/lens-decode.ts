/**
 * The class lens's answer (`HaloClassLens.observe`'s return value: `(ClassView[], bool[], uint256[])`) decoded by
 * hand. At 1,000 classes the answers are megabytes of ABI words; viem's generic decoder walks them through a
 * cursor, one small allocation per word and a checksum (keccak256) per address. This decoder knows the fixed
 * layout of contracts/lens/HaloClassLens.sol, reads the bytes once, turns zero and small words into bigints
 * without going through a hex string, and checksums each distinct address once per run (model/address.ts).
 *
 * It returns exactly what viem's `decodeAbiParameters(observe.outputs, data)` returns — the same values, the same
 * types (bigint for uint > 48 bits, number for the buybox's uint32s), checksummed addresses, lower-case hex,
 * strings decoded as viem does (leading NUL bytes dropped, UTF-8 with replacement characters) — and it throws where
 * viem throws on malformed data (a bool word other than 0 / 1, a pointer or length outside the data), and also on a
 * uint32 word over 2^32 - 1 (which viem reads as a large number).
 * reconciler/test/chain/lens-codec.test.ts compares the two on random and edge-case answers.
 */
import type { Address, Hex } from "viem";
import { addressFromBytes } from "../model/address.js";
import { PackedPageError, hexBytes, viemString } from "./lens-pack.js";

export interface RawGrantView {
  cBeam: bigint;
  onRateLimits: bigint;
  onController: bigint;
}

export interface RawGrantOperation {
  id: Hex;
  target: Address;
  value: bigint;
  data: Hex;
  predecessor: Hex;
  salt: Hex;
  timestamp: bigint;
  immediate: boolean;
}

export interface RawBuybox {
  termMin: bigint;
  termMax: bigint;
  sizeMin: bigint;
  sizeMax: bigint;
  apyMinBps: number;
  apyMaxBps: number;
  restrictedDepositors: boolean;
  transferAllowList: boolean;
  assetType: Hex;
  jurisdiction: Hex;
}

export interface RawLimitView {
  ownMaxAmount: bigint;
  ownSlope: bigint;
  init: { maxAmount: bigint; slope: bigint };
  data: { maxAmount: bigint; slope: bigint; lastAmount: bigint; lastUpdated: bigint };
  zzz: bigint;
}

export interface RawUnitView {
  capacity: bigint;
  minDeposit: bigint;
  maxRateIncreaseBps: bigint;
  name: string;
  symbol: string;
  roleMembers: readonly (readonly Address[])[];
}

export interface RawClassView {
  roleMembers: readonly (readonly Address[])[];
  rateLimitsRegistered: bigint;
  controllerRegistered: bigint;
  hop: bigint;
  maxChange: bigint;
  grants: readonly RawGrantView[];
  grant: RawGrantOperation;
  buybox: RawBuybox;
  dealName: string;
  dealSymbol: string;
  limits: readonly RawLimitView[];
  destinations: readonly boolean[];
  units: readonly RawUnitView[];
}

export type RawObserveResult = readonly [readonly RawClassView[], readonly boolean[], readonly bigint[]];

export class LensDecodeError extends Error {
  override name = "LensDecodeError";
}

/** A reader over ABI-encoded bytes (also chain/abi-decode.ts's); positions are byte offsets. */
export class Reader {
  readonly b: Buffer;
  constructor(data: Hex) {
    this.b = hexBytes(data, (reason) => new LensDecodeError(reason));
  }

  get length(): number {
    return this.b.length;
  }

  /** Throws unless `bytes` bytes from `pos` are inside the data. */
  need(pos: number, bytes: number): void {
    this.check(pos, bytes);
  }

  /** A bytesN value (N ≤ 32, left-aligned in its word), lower-case hex. */
  fixedBytes(pos: number, n: number): Hex {
    this.check(pos, 32);
    return `0x${this.b.toString("hex", pos, pos + n)}`;
  }

  private check(pos: number, bytes: number): void {
    if (pos < 0 || pos + bytes > this.b.length)
      throw new LensDecodeError(`the lens answer is too short: ${bytes} bytes at ${pos} of ${this.b.length}`);
  }

  /** A uint256 word as a bigint; the common zero / small words without a hex string. */
  uint(pos: number): bigint {
    this.check(pos, 32);
    const b = this.b;
    if (b.readUInt32BE(pos) === 0 && b.readUInt32BE(pos + 4) === 0 && b.readUInt32BE(pos + 8) === 0) {
      if (
        b.readUInt32BE(pos + 12) === 0 &&
        b.readUInt32BE(pos + 16) === 0 &&
        b.readUInt32BE(pos + 20) === 0
      )
        return b.readBigUInt64BE(pos + 24);
    }
    return BigInt(`0x${b.toString("hex", pos, pos + 32)}`);
  }

  /** A word used as an offset or a length: a safe integer, as viem's bytesToNumber would give. */
  size(pos: number): number {
    const v = this.uint(pos);
    if (v > BigInt(this.b.length)) throw new LensDecodeError(`the lens answer points outside itself (${v} at ${pos})`);
    return Number(v);
  }

  /** A uint32 word (the buybox's apy bounds) as a number; a word over 2^32 - 1 is refused (viem would read it). */
  num(pos: number): number {
    const v = this.uint(pos);
    if (v > 0xffffffffn) throw new LensDecodeError(`the lens answer has a uint32 word over 2^32 - 1 at ${pos}`);
    return Number(v);
  }

  bool(pos: number): boolean {
    this.check(pos, 32);
    const b = this.b;
    for (let i = pos; i < pos + 31; i++)
      if (b[i] !== 0) throw new LensDecodeError(`the lens answer has a bool word that is not 0 or 1 at ${pos}`);
    const last = b[pos + 31]!;
    if (last > 1) throw new LensDecodeError(`the lens answer has a bool word that is not 0 or 1 at ${pos}`);
    return last === 1;
  }

  bytes32(pos: number): Hex {
    this.check(pos, 32);
    return `0x${this.b.toString("hex", pos, pos + 32)}`;
  }

  address(pos: number): Address {
    this.check(pos, 32);
    return addressFromBytes(this.b, pos + 12);
  }

  /** The start of a dynamic value whose offset sits at `pos`, relative to `base` (the enclosing tuple / array). */
  tail(base: number, pos: number): number {
    const at = base + this.size(pos);
    this.check(at, 32);
    return at;
  }

  string(base: number, pos: number): string {
    const at = this.tail(base, pos);
    const length = this.size(at);
    if (length === 0) return "";
    this.check(at + 32, length);
    return viemString(this.b, at + 32, at + 32 + length);
  }

  bytes(base: number, pos: number): Hex {
    const at = this.tail(base, pos);
    const length = this.size(at);
    this.check(at + 32, length);
    return `0x${this.b.toString("hex", at + 32, at + 32 + length)}`;
  }

  /** A dynamic array at offset word `pos` (relative to `base`) of `stride`-word static elements. */
  staticArray<T>(base: number, pos: number, stride: number, item: (at: number) => T): T[] {
    const at = this.tail(base, pos);
    const n = this.size(at);
    this.check(at + 32, n * stride * 32);
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = item(at + 32 + i * stride * 32);
    return out;
  }

  /** A dynamic array at offset word `pos` (relative to `base`) of dynamic elements (each behind its own offset). */
  dynamicArray<T>(base: number, pos: number, item: (at: number) => T): T[] {
    const at = this.tail(base, pos);
    const n = this.size(at);
    const content = at + 32;
    this.check(content, n * 32);
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = item(this.tail(content, content + i * 32));
    return out;
  }

  /** address[] whose length word is at `at`. */
  addressList(at: number): Address[] {
    const n = this.size(at);
    this.check(at + 32, n * 32);
    const out = new Array<Address>(n);
    for (let i = 0; i < n; i++) out[i] = this.address(at + 32 + i * 32);
    return out;
  }
}

const W = 32;

function grantOperation(r: Reader, at: number): RawGrantOperation {
  return {
    id: r.bytes32(at),
    target: r.address(at + W),
    value: r.uint(at + 2 * W),
    data: r.bytes(at, at + 3 * W),
    predecessor: r.bytes32(at + 4 * W),
    salt: r.bytes32(at + 5 * W),
    timestamp: r.uint(at + 6 * W),
    immediate: r.bool(at + 7 * W),
  };
}

function buybox(r: Reader, at: number): RawBuybox {
  return {
    termMin: r.uint(at),
    termMax: r.uint(at + W),
    sizeMin: r.uint(at + 2 * W),
    sizeMax: r.uint(at + 3 * W),
    apyMinBps: r.num(at + 4 * W),
    apyMaxBps: r.num(at + 5 * W),
    restrictedDepositors: r.bool(at + 6 * W),
    transferAllowList: r.bool(at + 7 * W),
    assetType: r.bytes32(at + 8 * W),
    jurisdiction: r.bytes32(at + 9 * W),
  };
}

function limit(r: Reader, at: number): RawLimitView {
  return {
    ownMaxAmount: r.uint(at),
    ownSlope: r.uint(at + W),
    init: { maxAmount: r.uint(at + 2 * W), slope: r.uint(at + 3 * W) },
    data: {
      maxAmount: r.uint(at + 4 * W),
      slope: r.uint(at + 5 * W),
      lastAmount: r.uint(at + 6 * W),
      lastUpdated: r.uint(at + 7 * W),
    },
    zzz: r.uint(at + 8 * W),
  };
}

function roleMembers(r: Reader, base: number, pos: number): Address[][] {
  return r.dynamicArray(base, pos, (list) => r.addressList(list));
}

function unit(r: Reader, at: number): RawUnitView {
  return {
    capacity: r.uint(at),
    minDeposit: r.uint(at + W),
    maxRateIncreaseBps: r.uint(at + 2 * W),
    name: r.string(at, at + 3 * W),
    symbol: r.string(at, at + 4 * W),
    roleMembers: roleMembers(r, at, at + 5 * W),
  };
}

// ClassView's head: roleMembers, 4 uints, grants, grant (dynamic: bytes), buybox (10 static words), dealName,
// dealSymbol, limits, destinations, units.
const BUYBOX = 7 * W;
const AFTER_BUYBOX = BUYBOX + 10 * W;

function classView(r: Reader, at: number): RawClassView {
  return {
    roleMembers: roleMembers(r, at, at),
    rateLimitsRegistered: r.uint(at + W),
    controllerRegistered: r.uint(at + 2 * W),
    hop: r.uint(at + 3 * W),
    maxChange: r.uint(at + 4 * W),
    grants: r.staticArray(at, at + 5 * W, 3, (g) => ({
      cBeam: r.uint(g),
      onRateLimits: r.uint(g + W),
      onController: r.uint(g + 2 * W),
    })),
    grant: grantOperation(r, r.tail(at, at + 6 * W)),
    buybox: buybox(r, at + BUYBOX),
    dealName: r.string(at, at + AFTER_BUYBOX),
    dealSymbol: r.string(at, at + AFTER_BUYBOX + W),
    limits: r.staticArray(at, at + AFTER_BUYBOX + 2 * W, 9, (l) => limit(r, l)),
    destinations: r.staticArray(at, at + AFTER_BUYBOX + 3 * W, 1, (d) => r.bool(d)),
    units: r.dynamicArray(at, at + AFTER_BUYBOX + 4 * W, (u) => unit(r, u)),
  };
}

/** `HaloClassLens.observe`'s return data (or the deployless constructor's), decoded as viem decodes it. */
export function decodeLensAnswer(data: Hex): RawObserveResult {
  const r = new Reader(data);
  return [
    r.dynamicArray(0, 0, (c) => classView(r, c)),
    r.staticArray(0, W, 1, (b) => r.bool(b)),
    r.staticArray(0, 2 * W, 1, (t) => r.uint(t)),
  ];
}

/**
 * What one lens call asked, as far as its answer's shape goes (chain/lens-class-items.ts `Item`s are of this type):
 * the answer has one class view per class asked, one flag per action, one timestamp per operation, and in each
 * class view as many role lists, grants, limits, destinations, units (and unit role lists) as its query asked.
 */
export type AskedItem =
  | {
      kind: "class";
      query: {
        roles: readonly unknown[];
        candidates: readonly unknown[];
        keys: readonly unknown[];
        destinations: readonly unknown[];
        units: readonly { roles: readonly unknown[] }[];
      };
    }
  | { kind: "action" }
  | { kind: "operation" };

/**
 * Throws unless `answer` has exactly the shape `items` asked for. The decoders check that the bytes are well formed;
 * this checks that they answer the question: a node (or a lens) that answers with a list too short would otherwise
 * be read as absent state — a destination not approved, an action not enabled, a role with no members — and the plan
 * would propose governance actions for state that exists. A packed answer fails with `PackedPageError` (the slice is
 * asked again ABI-encoded), an ABI answer with `LensDecodeError`.
 */
export function checkAnswerShape(items: readonly AskedItem[], answer: RawObserveResult, packed: boolean): void {
  const fail = (what: string) => {
    const message = `the lens answer does not match the question: ${what}`;
    return packed ? new PackedPageError(message) : new LensDecodeError(message);
  };
  const [classes, actions, operations] = answer;
  let c = 0;
  let a = 0;
  let o = 0;
  for (const item of items) {
    if (item.kind === "action") a++;
    else if (item.kind === "operation") o++;
    else {
      const v = classes[c];
      if (v === undefined) {
        c++; // fewer views than classes: counted on, refused below
        continue;
      }
      const q = item.query;
      const count = (field: string, got: number, asked: number) => {
        if (got !== asked) throw fail(`class ${c} has ${got} ${field} for ${asked} asked`);
      };
      count("role lists", v.roleMembers.length, q.roles.length);
      count("grants", v.grants.length, q.candidates.length);
      count("limits", v.limits.length, q.keys.length);
      count("destinations", v.destinations.length, q.destinations.length);
      count("units", v.units.length, q.units.length);
      for (let u = 0; u < q.units.length; u++) count(`unit ${u} role lists`, v.units[u]!.roleMembers.length, q.units[u]!.roles.length);
      c++;
    }
  }
  if (classes.length !== c) throw fail(`${classes.length} classes for ${c} asked`);
  if (actions.length !== a) throw fail(`${actions.length} actions for ${a} asked`);
  if (operations.length !== o) throw fail(`${operations.length} operations for ${o} asked`);
}
