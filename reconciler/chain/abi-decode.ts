/**
 * ABI decoding compiled once per parameter list: the registry pages and the factory's deployment events are
 * thousands of nested structs at scale, and viem's generic `decodeAbiParameters` walks every word through a cursor
 * with a small allocation each and checksums every address with keccak256 (its cache holds 8,192; a 1,000-class tree
 * has tens of thousands). Here the type tree is turned into reader functions once (cached per parameter list), the
 * bytes are read directly (chain/lens-decode.ts's Reader: zero and small words without a hex string, bounds checked)
 * and each distinct address is checksummed once per run (model/address.ts).
 *
 * Same result as viem's `decodeAbiParameters(params, data)`: named tuples as objects, unnamed ones as arrays, bigint
 * for (u)int > 48 bits and number below, checksummed addresses, lower-case hex for bytes / bytesN, strings as viem
 * decodes them; malformed data throws (lens-codec.test.ts compares the two on random values of the ABIs it is used
 * for).
 */
import type { AbiParameter, Hex } from "viem";
import { LensDecodeError, Reader } from "./lens-decode.js";

interface Compiled {
  /** Words the value takes in its enclosing head: 1 for a dynamic value (its offset), its size for a static one. */
  headWords: number;
  dynamic: boolean;
  /** Read the value whose head is at `pos`, inside the enclosing tuple / array that starts at `base`. */
  read(r: Reader, base: number, pos: number): unknown;
}

const W = 32;
const TWO_256 = 1n << 256n;
const INT_256_MAX = (1n << 255n) - 1n;

function compileTuple(components: readonly AbiParameter[]): Compiled & { readAt(r: Reader, at: number): unknown } {
  const parts = components.map(compile);
  const named = components.length > 0 && components.every((c) => c.name !== undefined && c.name !== "");
  const names = components.map((c) => c.name!);
  const dynamic = parts.some((p) => p.dynamic);
  const headWords = parts.reduce((n, p) => n + p.headWords, 0);
  const offsets: number[] = [];
  let o = 0;
  for (const p of parts) {
    offsets.push(o);
    o += p.headWords * W;
  }
  // Reads the tuple whose encoding starts at `at` (its components' offsets are relative to `at`).
  const readAt = (r: Reader, at: number): unknown => {
    if (named) {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < parts.length; i++) out[names[i]!] = parts[i]!.read(r, at, at + offsets[i]!);
      return out;
    }
    const out = new Array<unknown>(parts.length);
    for (let i = 0; i < parts.length; i++) out[i] = parts[i]!.read(r, at, at + offsets[i]!);
    return out;
  };
  return dynamic
    ? { headWords: 1, dynamic, readAt, read: (r, base, pos) => readAt(r, r.tail(base, pos)) }
    : { headWords, dynamic, readAt, read: (r, _base, pos) => readAt(r, pos) };
}

function compileArray(item: Compiled, length: number | undefined): Compiled {
  // elements sit like a tuple's components: a static element inline, a dynamic one behind an offset from `content`
  const stride = item.headWords * W;
  const readItems = (r: Reader, content: number, n: number): unknown[] => {
    r.need(content, n * stride);
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = item.read(r, content, content + i * stride);
    return out;
  };
  if (length === undefined)
    return {
      headWords: 1,
      dynamic: true,
      read: (r, base, pos) => {
        const at = r.tail(base, pos);
        return readItems(r, at + W, r.size(at));
      },
    };
  return item.dynamic
    ? { headWords: 1, dynamic: true, read: (r, base, pos) => readItems(r, r.tail(base, pos), length) }
    : { headWords: length * item.headWords, dynamic: false, read: (r, _base, pos) => readItems(r, pos, length) };
}

function compile(param: AbiParameter): Compiled {
  const type = param.type;
  const array = /^(.*)\[(\d*)\]$/.exec(type);
  if (array !== null) {
    const inner = compile({ ...param, type: array[1]! } as AbiParameter);
    return compileArray(inner, array[2] === "" ? undefined : Number(array[2]));
  }
  if (type === "tuple") return compileTuple((param as { components: readonly AbiParameter[] }).components);
  if (type === "address") return { headWords: 1, dynamic: false, read: (r, _b, pos) => r.address(pos) };
  if (type === "bool") return { headWords: 1, dynamic: false, read: (r, _b, pos) => r.bool(pos) };
  if (type === "string") return { headWords: 1, dynamic: true, read: (r, base, pos) => r.string(base, pos) };
  if (type === "bytes") return { headWords: 1, dynamic: true, read: (r, base, pos) => r.bytes(base, pos) };
  const fixed = /^bytes(\d+)$/.exec(type);
  if (fixed !== null) {
    const n = Number(fixed[1]);
    return { headWords: 1, dynamic: false, read: (r, _b, pos) => r.fixedBytes(pos, n) };
  }
  const int = /^(u?)int(\d*)$/.exec(type);
  if (int !== null) {
    const signed = int[1] === "";
    const bits = int[2] === "" ? 256 : Number(int[2]);
    const small = bits <= 48;
    return {
      headWords: 1,
      dynamic: false,
      read: (r, _b, pos) => {
        let v = r.uint(pos);
        if (signed && v > INT_256_MAX) v -= TWO_256;
        return small ? Number(v) : v;
      },
    };
  }
  throw new LensDecodeError(`abi-decode: unsupported type ${type}`);
}

const compiledLists = new WeakMap<readonly AbiParameter[], ReturnType<typeof compileTuple>>();

/** viem's `decodeAbiParameters(params, data)`, through a decoder compiled once per `params` list (kept by identity). */
export function decodeParameters(params: readonly AbiParameter[], data: Hex): unknown[] {
  let c = compiledLists.get(params);
  if (c === undefined) {
    c = compileTuple(params.map((p) => ({ ...p, name: undefined }) as AbiParameter));
    compiledLists.set(params, c);
  }
  const r = new Reader(data);
  if (params.length > 0 && r.length === 0) throw new LensDecodeError("abi-decode: no data to decode");
  return c.readAt(r, 0) as unknown[];
}
