/**
 * The class lens's question (`HaloClassLens.observe(ctx, classes, actions, operations)`'s arguments) encoded by
 * hand. At 1,000 classes the arguments are about 10 MB of ABI words; viem's generic encoder builds a hex string per
 * word, concatenates them level by level and checks every address's checksum (a keccak256 each, after its cache
 * thrashes): about 1 s of CPU per plan. This encoder knows the fixed layout of contracts/lens/HaloClassLens.sol,
 * sizes the whole encoding first, writes each word once into one buffer and turns it into hex once.
 *
 * It returns exactly the bytes viem's `encodeAbiParameters(observe.inputs, args)` returns (the calldata after the
 * selector, and the constructor's arguments after the creation code) for every input viem accepts. Inputs are
 * checked for their shape — an address is `0x` and 40 hex digits, a bytes32 `0x` and 64 — but a mixed-case address
 * is not checked against its checksum (every address here was read from the chain or checksummed by the caller).
 * reconciler/test/chain/lens-codec.test.ts compares the two on random and edge-case arguments.
 */
import type { Address, Hex } from "viem";
import { writeHexDigits } from "../model/hex-digits.js";

export interface LensRoleRead {
  target: Address;
  role: Hex;
}

export interface LensUnitArgs {
  queue: Address;
  token: Address;
  names: boolean;
  roles: readonly LensRoleRead[];
}

export interface LensClassArgs {
  classId: Hex;
  rateLimits: Address;
  controller: Address;
  facility: Address;
  dealToken: Address;
  roles: readonly LensRoleRead[];
  candidates: readonly Address[];
  keys: readonly Hex[];
  destinations: readonly Address[];
  units: readonly LensUnitArgs[];
}

export interface LensContextArgs {
  beamState: Address;
  configurator: Address;
  timelock: Address;
  factory: Address;
}

export interface LensActionArgs {
  controller: Address;
  key: Hex;
}

export type ObserveArgs = readonly [
  LensContextArgs,
  readonly LensClassArgs[],
  readonly LensActionArgs[],
  readonly Hex[],
];

export class LensEncodeError extends Error {
  override name = "LensEncodeError";
}

const W = 32;

/** Words of one class query's encoding (its head and every tail). */
function classWords(c: LensClassArgs): number {
  let units = 1 + c.units.length;
  for (const u of c.units) units += 5 + 2 * u.roles.length;
  return 10 + 1 + 2 * c.roles.length + 1 + c.candidates.length + 1 + c.keys.length + 1 + c.destinations.length + units;
}

/** Writes ABI words into one buffer; every value's shape is checked as it is written. */
class Writer {
  constructor(readonly b: Buffer) {}

  /** A small unsigned integer (an offset or a length). */
  size(at: number, n: number): void {
    this.b.writeUInt32BE(n, at + 28);
  }

  address(at: number, a: string): void {
    if (typeof a !== "string" || a.length !== 42 || !a.startsWith("0x") || !writeHexDigits(this.b, at + 12, a, 20))
      throw new LensEncodeError(`the lens query has an address that is not 20 bytes of hex: ${String(a)}`);
  }

  bytes32(at: number, h: string): void {
    if (typeof h !== "string" || h.length !== 66 || !h.startsWith("0x") || !writeHexDigits(this.b, at, h, 32))
      throw new LensEncodeError(`the lens query has a bytes32 that is not 32 bytes of hex: ${String(h)}`);
  }

  bool(at: number, v: boolean): void {
    if (typeof v !== "boolean") throw new LensEncodeError(`the lens query has a bool that is not a boolean: ${String(v)}`);
    this.b[at + 31] = v ? 1 : 0;
  }

  /** A `(address, bytes32)[]` at `at` (its length word); returns the position after it. */
  roles(at: number, list: readonly LensRoleRead[]): number {
    this.size(at, list.length);
    let p = at + W;
    for (const r of list) {
      this.address(p, r.target);
      this.bytes32(p + W, r.role);
      p += 2 * W;
    }
    return p;
  }

  addresses(at: number, list: readonly string[]): number {
    this.size(at, list.length);
    let p = at + W;
    for (const a of list) {
      this.address(p, a);
      p += W;
    }
    return p;
  }

  words(at: number, list: readonly string[]): number {
    this.size(at, list.length);
    let p = at + W;
    for (const h of list) {
      this.bytes32(p, h);
      p += W;
    }
    return p;
  }

  /** One ClassQuery tuple at `at`; returns the position after its last tail. */
  classQuery(at: number, c: LensClassArgs): number {
    this.bytes32(at, c.classId);
    this.address(at + W, c.rateLimits);
    this.address(at + 2 * W, c.controller);
    this.address(at + 3 * W, c.facility);
    this.address(at + 4 * W, c.dealToken);
    let p = at + 10 * W;
    this.size(at + 5 * W, p - at);
    p = this.roles(p, c.roles);
    this.size(at + 6 * W, p - at);
    p = this.addresses(p, c.candidates);
    this.size(at + 7 * W, p - at);
    p = this.words(p, c.keys);
    this.size(at + 8 * W, p - at);
    p = this.addresses(p, c.destinations);
    this.size(at + 9 * W, p - at);
    // units: a length, one offset per unit (from the first offset word), then each UnitQuery tuple
    this.size(p, c.units.length);
    const content = p + W;
    p = content + c.units.length * W;
    c.units.forEach((u, i) => {
      this.size(content + i * W, p - content);
      this.address(p, u.queue);
      this.address(p + W, u.token);
      this.bool(p + 2 * W, u.names);
      this.size(p + 3 * W, 4 * W);
      p = this.roles(p + 4 * W, u.roles);
    });
    return p;
  }
}

/** `abi.encode(ctx, classes, actions, operations)` as `observe`'s inputs (and the constructor's) are encoded. */
export function encodeObserveArgs(args: ObserveArgs, prefix: Hex = "0x"): Hex {
  const [ctx, classes, actions, operations] = args;
  let words = 7 + 1 + classes.length;
  for (const c of classes) words += classWords(c);
  words += 1 + 2 * actions.length + 1 + operations.length;
  const w = new Writer(Buffer.alloc(words * W));
  w.address(0, ctx.beamState);
  w.address(W, ctx.configurator);
  w.address(2 * W, ctx.timelock);
  w.address(3 * W, ctx.factory);
  let p = 7 * W;
  w.size(4 * W, p);
  w.size(p, classes.length);
  const content = p + W;
  p = content + classes.length * W;
  classes.forEach((c, i) => {
    w.size(content + i * W, p - content);
    p = w.classQuery(p, c);
  });
  w.size(5 * W, p);
  w.size(p, actions.length);
  p += W;
  for (const a of actions) {
    w.address(p, a.controller);
    w.bytes32(p + W, a.key);
    p += 2 * W;
  }
  w.size(6 * W, p);
  p = w.words(p, operations);
  if (p !== w.b.length) throw new LensEncodeError(`lens query encoding: wrote ${p} of ${w.b.length} bytes`);
  return `${prefix}${w.b.toString("hex")}` as Hex;
}
