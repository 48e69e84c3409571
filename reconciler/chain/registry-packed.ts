/**
 * Registry pages read through the registry lens (contracts/lens/HaloRegistryLens.sol, never deployed): the lens calls
 * the registry's own `get…Page(offset, limit)` view at the pinned block and returns the records PACKED — addresses
 * in 20 bytes, small integers in their width, bytes32 and uint256 without their zero bytes, no offsets (the format
 * is in the contract's notes). A 1,000-class tree's pages are about a third of their ABI size on the wire, which is
 * what a page costs us (JSON text, hex, bytes: several copies per MB on this machine).
 *
 * `decodePackedPage` turns the answer into exactly the objects viem's decoder gives for the ABI page (the same
 * fields, in struct order; bigint for uint64 and wider, number for uint32 / uint8 / enums, checksummed addresses,
 * lower-case hex, strings as viem decodes them). Anything unexpected — another list in the header, a length byte
 * over 32, a string or list running past the end, bytes left over — throws `PackedPageError`, and the caller
 * (chain/refresh-registry.ts) reads that page, and the client's later pages, the ABI way instead: a bad answer costs
 * requests, never a wrong state. The reader itself (`Cursor`) is chain/lens-pack.ts, shared with the class lens.
 * reconciler/test/chain/registry-packed.test.ts compares both paths on chains and on random records.
 */
import { type Address, type Hex, getAbiItem, toFunctionSelector } from "viem";
import type { LensCallMode } from "./lens-capability.js";
import { noDeal } from "./names.js";
import { haloRegistryLensAbi, haloRegistryLensBytecode, haloRegistryLensRuntimeBytecode } from "../abi/HaloRegistryLens.js";
import { Cursor, PackedPageError, unwrapBytes } from "./lens-pack.js";
import type { AgentRecord, ClassRecord, TemplateVersion, UnitRecord } from "./refresh-shared.js";

/** Where the state override puts the registry lens (no key controls it; nothing is ever deployed there). */
export const REGISTRY_LENS_ADDRESS: Address = "0x000000000000000000000000000000000052454c";

/** The list codes of HaloRegistryLens (the packed answer's first byte). */
export const LIST = { templates: 1, agents: 2, classes: 3, units: 4 } as const;
export type ListName = keyof typeof LIST;

// the packed format's reader lives in chain/lens-pack.ts (both lenses); its error is re-exported for the page readers
export { PackedPageError };

export interface PackedRecords {
  templates: TemplateVersion;
  agents: AgentRecord;
  classes: ClassRecord;
  units: UnitRecord;
}

const PAGE_SELECTOR = toFunctionSelector(getAbiItem({ abi: haloRegistryLensAbi, name: "page" }));

const word = (v: bigint | number) => BigInt(v).toString(16).padStart(64, "0");

/**
 * The `eth_call` transaction of one page: `page(list, registry, offset, limit)` at the lens's address (state
 * override mode), or the creation code followed by the same arguments (deployless mode, no `to`).
 */
export function registryLensCall(
  mode: LensCallMode,
  list: ListName,
  registry: Address,
  offset: bigint,
  limit: bigint,
): { tx: { to?: Address; data: Hex }; override?: Record<Address, { code: Hex }> } {
  const args = `${word(LIST[list])}${"0".repeat(24)}${registry.slice(2).toLowerCase()}${word(offset)}${word(limit)}`;
  if (mode === "override")
    return {
      tx: { to: REGISTRY_LENS_ADDRESS, data: `${PAGE_SELECTOR}${args}` },
      override: { [REGISTRY_LENS_ADDRESS]: { code: haloRegistryLensRuntimeBytecode } },
    };
  return { tx: { data: `${haloRegistryLensBytecode}${args}` } };
}

const artifact = (c: Cursor) => ({ uri: c.str(), sha256: c.b32() });
const day0 = (c: Cursor) => ({ cycles: c.u32(), reviewCount: c.u32(), endedAt: c.u64() });
const named = (c: Cursor) => c.list(21, () => ({ name: c.b32(), addr: c.address() }));
const components = (c: Cursor) =>
  c.list(22, () => ({ name: c.b32(), implementation: c.address(), codeHash: c.b32() }));
const ranges = (c: Cursor) => c.list(3, () => ({ name: c.b32(), min: c.u256(), max: c.u256() }));

function template(c: Cursor): TemplateVersion {
  return {
    templateId: c.b32(),
    version: c.u32(),
    status: c.u8(),
    proposer: c.address(),
    proposedAt: c.u64(),
    statusChangedAt: c.u64(),
    spec: {
      kind: c.b32(),
      beaconKinds: c.list(1, () => c.b32()),
      classComponents: components(c),
      unitComponents: components(c),
      classRanges: ranges(c),
      unitRanges: ranges(c),
      day0Limits: c.list(3, () => ({ flow: c.b32(), maxAmount: c.u256(), slope: c.u256() })),
      day0Cycles: c.u32(),
      audit: { hash: c.b32(), uri: c.str() },
      depositAssets: c.list(20, () => c.address()),
    },
  };
}

function agent(c: Cursor): AgentRecord {
  return {
    agentId: c.b32(),
    operator: c.address(),
    artifact: artifact(c),
    registeredAt: c.u64(),
    classIds: c.list(1, () => c.b32()),
  };
}

function classRecord(c: Cursor): ClassRecord {
  return {
    classId: c.b32(),
    agentId: c.b32(),
    kind: c.b32(),
    templateId: c.b32(),
    templateVersion: c.u32(),
    origin: c.u8(),
    conformsToTemplate: c.bool(),
    almProxy: c.address(),
    controller: c.address(),
    recordedAt: c.u64(),
    rateLimits: c.address(),
    operator: c.address(),
    freezer: c.address(),
    govOps: c.address(),
    depositAsset: c.address(),
    paramsHash: c.b32(),
    contracts: named(c),
    beacons: c.list(21, () => ({ kind: c.b32(), operator: c.address() })),
    artifact: artifact(c),
    day0: day0(c),
    unitIds: c.list(1, () => c.b32()),
  };
}

function unitRecord(c: Cursor): UnitRecord {
  const unitId = c.b32();
  const classId = c.b32();
  const origin = c.u8();
  const recordedAt = c.u64();
  const paramsHash = c.b32();
  const contracts = named(c);
  const deal = c.bool()
    ? {
        dealToken: c.address(),
        tokenId: c.u256(),
        depositor: c.address(),
        principal: c.u256(),
        bookId: c.b32(),
        termsHash: c.b32(),
      }
    : noDeal();
  return { unitId, classId, origin, recordedAt, paramsHash, contracts, deal, artifact: artifact(c), day0: day0(c) };
}

const READERS: { [K in ListName]: (c: Cursor) => PackedRecords[K] } = {
  templates: template,
  agents: agent,
  classes: classRecord,
  units: unitRecord,
};

/**
 * `page`'s return data (`abi.encode(bytes packed)`, the same in both modes) decoded into `list`'s records, as
 * viem decodes the registry's ABI page. Throws `PackedPageError` on anything but a well-formed page of `list`.
 */
export function decodePackedPage<K extends ListName>(list: K, data: Hex): PackedRecords[K][] {
  const c = new Cursor(unwrapBytes(data));
  const code = c.u8();
  if (code !== LIST[list]) throw new PackedPageError(`the packed page is list ${code}, not ${LIST[list]} (${list})`);
  const read = READERS[list];
  const records = c.list(1, () => read(c));
  c.end("the packed page");
  return records;
}

// the answer sizes of the two paths, per client and run: bench/profile-plan.ts and the tests read them; what the
// node accepted (state overrides, deployless calls, a page over its gas cap) is the client's lens capability record
// (chain/lens-capability.ts), shared with the class lens
export interface RegistryLensStats {
  /** How the latest page was asked: through the lens ("override" / "deployless") or the ABI way ("abi"). */
  mode: LensCallMode | "abi";
  /**
   * False once a packed page did not decode (a systematic disagreement: the client's later pages go the ABI way),
   * or for a client that aggregates plain reads itself (chain/lens.ts, `HALO_LENS=1`).
   */
  packed: boolean;
  /** Pages answered packed / read the ABI way (after a lens failure, or with the lens off). */
  packedPages: number;
  abiPages: number;
  /** Bytes of the packed answers (as ABI bytes: the JSON text is twice as long). */
  packedBytes: number;
}

const stats = new WeakMap<object, RegistryLensStats>();

/** This client's registry-lens counters. */
export function registryLensStats(client: object): RegistryLensStats {
  let s = stats.get(client);
  if (s === undefined)
    stats.set(client, (s = { mode: "override", packed: true, packedPages: 0, abiPages: 0, packedBytes: 0 }));
  return s;
}
