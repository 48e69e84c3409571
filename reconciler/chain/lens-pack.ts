/**
 * The lenses' packed answer format (contracts/lens/LensPack.sol) read back, and the byte-level pieces every lens
 * answer reader shares (this packed cursor, and chain/lens-decode.ts's ABI `Reader`):
 *
 *   - `hexBytes`: a `0x…` answer as bytes, refused when it is not whole hex (addresses are read with
 *     model/address.ts `addressFromBytes`: checksummed once per distinct address and run, from the bytes in place);
 *   - `viemString`: string bytes as viem decodes them (leading NUL bytes dropped but the last, UTF-8 with
 *     replacement characters);
 *   - `unwrapBytes`: the packed value of an answer (`abi.encode(bytes)` exactly as Solidity writes it);
 *   - `Cursor`: bounds-checked reads in LensPack.sol's format (big-endian, no padding, no offsets: address 20 bytes,
 *     bool / uint8 1, uint32 4, uint64 8, bytes32 / uint256 a length byte and their non-zero bytes, string / bytes a
 *     4-byte length and the bytes, array a 4-byte count and the elements).
 *
 * Anything unexpected throws `PackedPageError`; the callers then read the same thing the ABI way (chain/lens-classes.ts
 * for the class lens, chain/refresh-registry.ts for the registry pages).
 */
import type { Address, Hex } from "viem";
import { addressFromBytes } from "../model/address.js";

/** A packed lens answer (a registry page or a class-lens answer) that is not well-formed. */
export class PackedPageError extends Error {
  override name = "PackedPageError";
}

const utf8 = new TextDecoder();

/** The ASCII codes of each byte value's two lower-case hex digits (high, low), and `Cursor.b32`'s scratch word. */
const HIGH = new Uint8Array(256);
const LOW = new Uint8Array(256);
for (let v = 0; v < 256; v++) {
  HIGH[v] = "0123456789abcdef".charCodeAt(v >> 4);
  LOW[v] = "0123456789abcdef".charCodeAt(v & 15);
}
const WORD = Buffer.from(`0x${"0".repeat(64)}`, "latin1");

/** `data` (`0x` and an even number of hex digits) as bytes; `fail(reason)` gives the error otherwise. */
export function hexBytes(data: Hex, fail: (reason: string) => Error): Buffer {
  if (typeof data !== "string" || !/^0x/i.test(data) || data.length % 2 !== 0) throw fail("the lens answer is not hex");
  // Buffer.from reads only the low byte of a character beyond latin1 ("\u0131" as the digit "1"): ASCII only (a
  // native count, ~0.2 ms per MB)
  if (Buffer.byteLength(data, "utf8") !== data.length) throw fail("the lens answer is not hex");
  const raw = Buffer.from(data.slice(2), "hex");
  // Buffer.from stops at the first non-hex digit
  if (raw.length * 2 !== data.length - 2) throw fail("the lens answer is not hex");
  return raw;
}

/** The string of bytes `start`..`end` of `b` as viem decodes it: leading NUL bytes dropped (but the last), UTF-8. */
export function viemString(b: Buffer, start: number, end: number): string {
  while (start < end - 1 && b[start] === 0) start++;
  // ASCII (names, symbols, URIs almost always): the same string read as latin1, without a view and a UTF-8 decode
  let k = start;
  while (k < end && b[k]! < 0x80) k++;
  return k === end ? b.toString("latin1", start, end) : utf8.decode(b.subarray(start, end));
}

/** The packed value of a lens answer: `abi.encode(bytes)` exactly as Solidity writes it, else `PackedPageError`. */
export function unwrapBytes(data: Hex): Buffer {
  const raw = hexBytes(data, (reason) => new PackedPageError(reason));
  // abi.encode(bytes): offset 0x20, length, the bytes (zero-padded to a word)
  if (raw.length < 64 || raw.readUInt32BE(28) !== 32 || raw.subarray(0, 28).some((x) => x !== 0))
    throw new PackedPageError("the lens answer is not one bytes value");
  if (raw.subarray(32, 60).some((x) => x !== 0)) throw new PackedPageError("the packed answer's length is out of range");
  const length = raw.readUInt32BE(60);
  // exactly Solidity's encoding: the value, then zero bytes up to a whole word
  if (raw.length !== 64 + Math.ceil(length / 32) * 32 || raw.subarray(64 + length).some((x) => x !== 0))
    throw new PackedPageError(`the packed answer's length ${length} does not match the answer (${raw.length - 64} bytes)`);
  return raw.subarray(64, 64 + length);
}

/** A cursor over packed bytes (LensPack.sol's format); every read is bounds-checked. */
export class Cursor {
  pos = 0;
  constructor(readonly b: Buffer) {}

  private need(n: number): number {
    const at = this.pos;
    if (at + n > this.b.length)
      throw new PackedPageError(`the packed answer is too short: ${n} bytes at ${at} of ${this.b.length}`);
    this.pos = at + n;
    return at;
  }
  u8(): number {
    return this.b[this.need(1)]!;
  }
  u32(): number {
    return this.b.readUInt32BE(this.need(4));
  }
  u64(): bigint {
    return this.b.readBigUInt64BE(this.need(8));
  }
  /** A count of list elements, each at least `min` bytes: a count the rest of the answer cannot hold is refused. */
  count(min: number): number {
    const n = this.u32();
    if (n * min > this.b.length - this.pos) throw new PackedPageError(`the packed answer lists ${n} items past its end`);
    return n;
  }
  bool(): boolean {
    const v = this.u8();
    if (v > 1) throw new PackedPageError(`the packed answer has a bool byte ${v} at ${this.pos - 1}`);
    return v === 1;
  }
  address(): Address {
    return addressFromBytes(this.b, this.need(20));
  }
  /** bytes32: its first n bytes, zeros after (one flat string, written in a scratch buffer and read out once). */
  b32(): Hex {
    const n = this.u8();
    if (n > 32) throw new PackedPageError(`the packed answer has a bytes32 of ${n} bytes`);
    const at = this.need(n);
    const b = this.b;
    for (let k = 0; k < n; k++) {
      const v = b[at + k]!;
      WORD[2 + 2 * k] = HIGH[v]!;
      WORD[3 + 2 * k] = LOW[v]!;
    }
    WORD.fill(0x30, 2 + 2 * n); // "0"
    return WORD.toString("latin1", 0, 66) as Hex;
  }
  /** uint256: its last n bytes, zeros before. */
  u256(): bigint {
    const n = this.u8();
    if (n > 32) throw new PackedPageError(`the packed answer has a uint256 of ${n} bytes`);
    if (n === 0) return 0n;
    const at = this.need(n);
    if (n <= 6) return BigInt(this.b.readUIntBE(at, n));
    if (n === 8) return this.b.readBigUInt64BE(at);
    return BigInt(`0x${this.b.toString("hex", at, at + n)}`);
  }
  /** A uint32 written as a uint256 (a length byte of at most 4, then the bytes), as a number. */
  u32v(): number {
    const n = this.u8();
    if (n > 4) throw new PackedPageError(`the packed answer has a uint32 of ${n} bytes`);
    return n === 0 ? 0 : this.b.readUIntBE(this.need(n), n);
  }
  /** A string as viem decodes it. */
  str(): string {
    const n = this.u32();
    if (n === 0) return "";
    const at = this.need(n);
    return viemString(this.b, at, at + n);
  }
  /** bytes: a 4-byte length, then the bytes (lower-case hex). */
  bytes(): Hex {
    const n = this.u32();
    const at = this.need(n);
    return `0x${this.b.toString("hex", at, at + n)}`;
  }
  list<T>(min: number, item: () => T): T[] {
    const n = this.count(min);
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = item();
    return out;
  }
  /** Throws unless every byte was read. */
  end(what: string): void {
    if (this.pos !== this.b.length) throw new PackedPageError(`${what} has ${this.b.length - this.pos} bytes left over`);
  }
}
