/**
 * Random class-lens answers (`HaloClassLens.observe`'s three results, as viem encodes them), seeded: the decoders'
 * tests compare chain/lens-decode.ts with viem (lens-codec.test.ts) and chain/lens-packed.ts with lens-decode.ts
 * (lens-packed.test.ts) on them.
 */
import { type Address, type Hex, zeroAddress } from "viem";
import { prng } from "../helpers.js";

export function generator(seed: number) {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const hexBytes = (n: number) => `0x${Array.from({ length: n }, () => int(256).toString(16).padStart(2, "0")).join("")}` as Hex;
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const pool = Array.from({ length: 6 }, () => hexBytes(20));
  const address = (): Address => pick([zeroAddress, pool[int(pool.length)]!, hexBytes(20), `0x${"ff".repeat(20)}`]) as Address;
  const uint = (bits = 256): bigint =>
    pick([0n, 1n, BigInt(int(1000)), 2n ** BigInt(bits) - 1n, BigInt(hexBytes(32)), 2n ** 64n, 2n ** 63n + 5n, 2n ** 192n]) %
    2n ** BigInt(bits);
  const string = () =>
    pick(["", "a", "Halo Share Token senior", "x".repeat(31), "y".repeat(32), "z".repeat(33 + int(70)), "ünï €😀", "\u0000\u0000lead", "a\u0000b"]);
  const list = <T>(max: number, f: () => T) => Array.from({ length: int(max + 1) }, f);
  const addressLists = (max: number) => list(max, () => list(4, address));
  const unit = () => ({
    capacity: uint(),
    minDeposit: uint(),
    maxRateIncreaseBps: uint(),
    name: string(),
    symbol: string(),
    roleMembers: addressLists(5),
  });
  const classView = () => ({
    roleMembers: addressLists(8),
    rateLimitsRegistered: uint(),
    controllerRegistered: uint(),
    hop: uint(),
    maxChange: uint(),
    grants: list(3, () => ({ cBeam: uint(), onRateLimits: uint(), onController: uint() })),
    grant: {
      id: hexBytes(32),
      target: address(),
      value: uint(),
      data: pick(["0x", hexBytes(1), hexBytes(36), hexBytes(64), hexBytes(100)]) as Hex,
      predecessor: hexBytes(32),
      salt: hexBytes(32),
      timestamp: uint(),
      immediate: rnd() < 0.5,
    },
    buybox: {
      termMin: uint(64),
      termMax: uint(64),
      sizeMin: uint(128),
      sizeMax: uint(128),
      apyMinBps: Number(uint(32)),
      apyMaxBps: Number(uint(32)),
      restrictedDepositors: rnd() < 0.5,
      transferAllowList: rnd() < 0.5,
      assetType: hexBytes(32),
      jurisdiction: hexBytes(32),
    },
    dealName: string(),
    dealSymbol: string(),
    limits: list(4, () => ({
      ownMaxAmount: uint(),
      ownSlope: uint(),
      init: { maxAmount: uint(), slope: uint() },
      data: { maxAmount: uint(), slope: uint(), lastAmount: uint(), lastUpdated: uint() },
      zzz: uint(),
    })),
    destinations: list(4, () => rnd() < 0.5),
    units: list(4, unit),
  });
  return () => [list(5, classView), list(5, () => rnd() < 0.5), list(5, () => uint())] as const;
}
