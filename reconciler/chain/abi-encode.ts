/**
 * ABI encoding compiled once per parameter list, for the class lens's queries (megabytes of calldata at 1,000
 * classes: viem's generic encoder validates every address's checksum and builds its parts through several passes).
 * Supports what the lens takes: address, bool, bytes32 / bytesN, uintN, tuples (named, from objects) and dynamic
 * arrays. Same bytes as viem's `encodeAbiParameters` for valid values (lens-codec.test.ts compares them); malformed
 * values throw.
 */
import type { AbiParameter, Hex } from "viem";

interface Compiled {
  dynamic: boolean;
  /** Append the value's encoding (its head when static, its whole tail encoding when dynamic) to `out`. */
  write(value: unknown, out: string[]): void;
  /** Hex characters the static encoding takes (0 when dynamic). */
  size: number;
}

const ZERO_WORD = "0".repeat(64);
const HEX_WORD = /^0x[0-9a-fA-F]{64}$/;
const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

const word = (n: bigint | number): string => {
  const v = typeof n === "bigint" ? n : BigInt(n);
  if (v < 0n || v >= 1n << 256n) throw new Error(`abi-encode: ${v} is not a uint256`);
  return v === 0n ? ZERO_WORD : v.toString(16).padStart(64, "0");
};

function compileTuple(components: readonly AbiParameter[], fromObject: boolean): Compiled {
  const parts = components.map(compile);
  const names = components.map((c) => c.name ?? "");
  const dynamic = parts.some((p) => p.dynamic);
  const headChars = parts.reduce((n, p) => n + (p.dynamic ? 64 : p.size), 0);
  const write = (value: unknown, out: string[]) => {
    const get = (i: number) =>
      fromObject ? (value as Record<string, unknown>)[names[i]!] : (value as readonly unknown[])[i];
    if (!dynamic) {
      for (let i = 0; i < parts.length; i++) parts[i]!.write(get(i), out);
      return;
    }
    const heads: string[] = [];
    const tails: string[] = [];
    let tailChars = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (!p.dynamic) {
        p.write(get(i), heads);
        continue;
      }
      heads.push(word((headChars + tailChars) / 2));
      const tail: string[] = [];
      p.write(get(i), tail);
      for (const t of tail) tailChars += t.length;
      tails.push(...tail);
    }
    out.push(...heads, ...tails);
  };
  return { dynamic, write, size: dynamic ? 0 : headChars };
}

function compile(param: AbiParameter): Compiled {
  const type = param.type;
  const array = /^(.*)\[\]$/.exec(type);
  if (array !== null) {
    const item = compile({ ...param, type: array[1]! } as AbiParameter);
    const asTuple = new Map<number, Compiled>();
    return {
      dynamic: true,
      size: 0,
      write: (value, out) => {
        const list = value as readonly unknown[];
        out.push(word(list.length));
        if (!item.dynamic) {
          for (const v of list) item.write(v, out);
          return;
        }
        // dynamic elements: a tuple of n elements (offsets from the start of the elements)
        let t = asTuple.get(list.length);
        if (t === undefined) {
          t = compileTuple(new Array(list.length).fill({ ...param, type: array[1]! }), false);
          if (asTuple.size < 64) asTuple.set(list.length, t);
        }
        t.write(list, out);
      },
    };
  }
  if (type === "tuple") {
    const components = (param as { components: readonly AbiParameter[] }).components;
    // viem takes a tuple whose components are all named as an object, any other as an array
    return compileTuple(components, components.length > 0 && components.every((c) => c.name));
  }
  if (type === "address")
    return {
      dynamic: false,
      size: 64,
      write: (v, out) => {
        if (typeof v !== "string" || !HEX_ADDRESS.test(v)) throw new Error(`abi-encode: ${String(v)} is not an address`);
        out.push(`000000000000000000000000${v.slice(2).toLowerCase()}`);
      },
    };
  if (type === "bool")
    return {
      dynamic: false,
      size: 64,
      write: (v, out) => {
        if (typeof v !== "boolean") throw new Error(`abi-encode: ${String(v)} is not a bool`);
        out.push(v ? word(1n) : ZERO_WORD);
      },
    };
  if (type === "bytes32")
    return {
      dynamic: false,
      size: 64,
      write: (v, out) => {
        if (typeof v !== "string" || !HEX_WORD.test(v)) throw new Error(`abi-encode: ${String(v)} is not a bytes32`);
        out.push(v.slice(2));
      },
    };
  if (/^uint\d*$/.test(type))
    return {
      dynamic: false,
      size: 64,
      write: (v, out) => {
        if (typeof v !== "bigint" && typeof v !== "number") throw new Error(`abi-encode: ${String(v)} is not a uint`);
        out.push(word(v));
      },
    };
  throw new Error(`abi-encode: unsupported type ${type}`);
}

const compiledLists = new WeakMap<readonly AbiParameter[], Compiled>();

/** viem's `encodeAbiParameters(params, values)` for the types above, through an encoder compiled once per `params`. */
export function encodeParameters(params: readonly AbiParameter[], values: readonly unknown[]): Hex {
  let c = compiledLists.get(params);
  if (c === undefined) {
    c = compileTuple(params, false);
    compiledLists.set(params, c);
  }
  const out: string[] = [];
  c.write(values, out);
  return `0x${out.join("")}`;
}
