/**
 * What the operator tools need to read the compact HaloRegistry: a record keeps only
 * `paramsHash = keccak256(abi.encode(NamedValue[]))` (the factory's canonical ClassDeployed / UnitDeployed event
 * carries the values), and a class's PAU lives in its own fields (`almProxy` / `rateLimits` / `controller`),
 * not in `contracts`.
 */
import { type Address, type Hex, encodeAbiParameters, getAbiItem, keccak256 } from "viem";
import { haloFactoryAbi } from "../abi/index.js";
import { COMPONENT, toBytes32Name } from "../chain/names.js";

export interface NamedValue {
  name: Hex;
  value: bigint;
}
export interface NamedAddress {
  name: Hex;
  addr: Address;
}

export const CLASS_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "ClassDeployed" });
export const UNIT_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "UnitDeployed" });

/** The registry's `paramsHash` of `params`: keccak256(abi.encode(NamedValue[])), lower case. */
export function paramsHashOf(params: readonly NamedValue[]): Hex {
  const encoded = encodeAbiParameters(
    [{ type: "tuple[]", components: [{ name: "name", type: "bytes32" }, { name: "value", type: "uint256" }] }],
    [params.map((p) => ({ name: p.name, value: p.value }))],
  );
  return keccak256(encoded).toLowerCase() as Hex;
}

/** Every contract of a class record, its PAU first (under the template's component names), then `contracts`. */
export function classContracts(c: { almProxy: Address; rateLimits: Address; controller: Address; contracts: readonly NamedAddress[] }): NamedAddress[] {
  const zero = /^0x0{40}$/i;
  const pau: NamedAddress[] = [
    { name: toBytes32Name(COMPONENT.ALM_PROXY), addr: c.almProxy },
    { name: toBytes32Name(COMPONENT.RATE_LIMITS), addr: c.rateLimits },
    { name: toBytes32Name(COMPONENT.CONTROLLER), addr: c.controller },
  ];
  // A legacy class may record only its ALMProxy.
  return [...pau.filter((p) => !zero.test(p.addr)), ...c.contracts];
}
