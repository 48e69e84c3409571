/**
 * The class lens's packed answer (`HaloClassLens.observePacked`, contracts/lens/LensPack.sol's format: 20-byte
 * addresses, every uint256 without its leading zero bytes, 1-byte bools, no offsets) decoded into exactly what
 * `decodeLensAnswer` (chain/lens-decode.ts) gives for the ABI answer of the same call: the same objects, field
 * order and types (bigint for the uint256s and the buybox's uint64 / uint128, number for its uint32s, checksummed
 * addresses, lower-case hex, strings as viem decodes them). A 1,000-class plan's lens answers are about a quarter
 * of their ABI bytes.
 *
 * Anything unexpected (a count past the end, a length byte over 32 — over 4 for the buybox's uint32s —, a bool byte
 * over 1, bytes left over) throws `PackedPageError`; the class lens then asks the same slice again the ABI way
 * (chain/lens-classes.ts).
 * reconciler/test/chain/lens-packed.test.ts compares the two decoders on the scenario tree and on random answers.
 */
import type { Hex } from "viem";
import type {
  RawBuybox,
  RawClassView,
  RawGrantOperation,
  RawLimitView,
  RawObserveResult,
  RawUnitView,
} from "./lens-decode.js";
import { Cursor, unwrapBytes } from "./lens-pack.js";

const members = (c: Cursor) => c.list(4, () => c.list(20, () => c.address()));

function grant(c: Cursor): RawGrantOperation {
  return {
    id: c.b32(),
    target: c.address(),
    value: c.u256(),
    data: c.bytes(),
    predecessor: c.b32(),
    salt: c.b32(),
    timestamp: c.u256(),
    immediate: c.bool(),
  };
}

function buybox(c: Cursor): RawBuybox {
  return {
    termMin: c.u256(),
    termMax: c.u256(),
    sizeMin: c.u256(),
    sizeMax: c.u256(),
    apyMinBps: c.u32v(),
    apyMaxBps: c.u32v(),
    restrictedDepositors: c.bool(),
    transferAllowList: c.bool(),
    assetType: c.b32(),
    jurisdiction: c.b32(),
  };
}

function limit(c: Cursor): RawLimitView {
  return {
    ownMaxAmount: c.u256(),
    ownSlope: c.u256(),
    init: { maxAmount: c.u256(), slope: c.u256() },
    data: { maxAmount: c.u256(), slope: c.u256(), lastAmount: c.u256(), lastUpdated: c.u256() },
    zzz: c.u256(),
  };
}

function unit(c: Cursor): RawUnitView {
  return {
    capacity: c.u256(),
    minDeposit: c.u256(),
    maxRateIncreaseBps: c.u256(),
    name: c.str(),
    symbol: c.str(),
    roleMembers: members(c),
  };
}

function classView(c: Cursor): RawClassView {
  return {
    roleMembers: members(c),
    rateLimitsRegistered: c.u256(),
    controllerRegistered: c.u256(),
    hop: c.u256(),
    maxChange: c.u256(),
    grants: c.list(3, () => ({ cBeam: c.u256(), onRateLimits: c.u256(), onController: c.u256() })),
    grant: grant(c),
    buybox: buybox(c),
    dealName: c.str(),
    dealSymbol: c.str(),
    limits: c.list(9, () => limit(c)),
    destinations: c.list(1, () => c.bool()),
    units: c.list(15, () => unit(c)),
  };
}

/** `HaloClassLens.observePacked`'s return data, decoded as `decodeLensAnswer` decodes `observe`'s. */
export function decodePackedLensAnswer(data: Hex): RawObserveResult {
  const c = new Cursor(unwrapBytes(data));
  const result: RawObserveResult = [
    c.list(1, () => classView(c)),
    c.list(1, () => c.bool()),
    c.list(1, () => c.u256()),
  ];
  c.end("the packed lens answer");
  return result;
}
