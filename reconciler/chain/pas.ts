/**
 * The PAS side of a devnet: PASInit's roles and SORL fallback as the stand-in is configured, the devnet's PauseProxy,
 * and the factory's authorisation in PAS (the spell of contracts/script/HaloPasSpell.sol) with a way to execute a
 * spell as the PauseProxy on anvil.
 */
import { type Address, type Client, type Hex, encodeFunctionData, getAbiItem, toFunctionSelector } from "viem";
import * as abi from "../abi/index.js";
import { HALO_FACTORY_ACTIONS, HALO_FACTORY_ROLE } from "../model/observed.js";
import { roleId } from "./names.js";
import { Sender } from "./sender.js";

/**
 * The devnet's PauseProxy: mainnet's MCD_PAUSE_PROXY (Sky chainlog). No one holds its key; on anvil it is
 * impersonated for every spell (the factory's PAS authorisation, PAS administration).
 */
export const DEVNET_PAUSE_PROXY: Address = "0xBE8E3e3618f7474F8cB1d074A26afFef007E98FB";

/** PASInit's SORL fallback on the stand-in (DeploySystem.s.sol `PAS_HOP` / `PAS_MAX_CHANGE`). */
export const PAS_HOP = 18n * 3_600n;
export const PAS_MAX_CHANGE = 1_250_000_000_000_000_000n;
/** PASInit's BeamState roles. */
export const ROLE_DELAYED = 1;
export const ROLE_IMMEDIATE = 2;
/** The selectors PASInit enables for role 1 (the Timelock) and role 2 (the Core Council), in PASInit's order. */
export const DELAYED_ACTIONS = [
  "start",
  "setHop",
  "setMaxChange",
  "addRateLimits",
  "addController",
  "addCBeam",
  "addInitRateLimits",
  "addInitControllerActions",
] as const;
export const IMMEDIATE_ACTIONS = [
  "stop",
  "delRateLimits",
  "delController",
  "delCBeam",
  "setCBeamForRateLimits",
  "unsetCBeamForRateLimits",
  "setCBeamForController",
  "unsetCBeamForController",
  "delInitRateLimits",
  "delInitControllerActions",
] as const;

/** The 4-byte selector of a BeamState function. */
export function beamStateSelector(name: string): Hex {
  return toFunctionSelector(getAbiItem({ abi: abi.pasBeamStateAbi, name } as never) as never);
}

/** What the spell needs to know of the deployment. */
export interface SpellTargets {
  beamState: Address;
  timelock: Address;
  factory: Address;
  cbeamProposer: Address;
}

/** One call of a spell: what the PauseProxy executes (target, calldata, and the readable form). */
export interface SpellCall {
  target: Address;
  value: bigint;
  data: Hex;
  signature: string;
  args: readonly unknown[];
}

/**
 * The factory's authorisation in PAS, as contracts/script/HaloPasSpell.sol makes it (seven calls a spell runs as the
 * PauseProxy): enable the five selectors for role 3 on BeamState, give the factory role 3, and make the
 * HaloCBeamProposer a PROPOSER of the PAS Timelock.
 */
export function pasSpellCalls(a: SpellTargets): SpellCall[] {
  const calls: SpellCall[] = HALO_FACTORY_ACTIONS.map((name) => {
    const args = [HALO_FACTORY_ROLE, beamStateSelector(name), true] as const;
    return {
      target: a.beamState,
      value: 0n,
      data: encodeFunctionData({ abi: abi.pasBeamStateAbi, functionName: "setRoleAction", args }),
      signature: "setRoleAction(uint8,bytes4,bool)",
      args,
    };
  });
  const userRole = [a.factory, HALO_FACTORY_ROLE, true] as const;
  calls.push({
    target: a.beamState,
    value: 0n,
    data: encodeFunctionData({ abi: abi.pasBeamStateAbi, functionName: "setUserRole", args: userRole }),
    signature: "setUserRole(address,uint8,bool)",
    args: userRole,
  });
  const proposer = [roleId("PROPOSER_ROLE"), a.cbeamProposer] as const;
  calls.push({
    target: a.timelock,
    value: 0n,
    data: encodeFunctionData({ abi: abi.pasTimelockAbi, functionName: "grantRole", args: proposer }),
    signature: "grantRole(bytes32,address)",
    args: proposer,
  });
  return calls;
}

/**
 * Execute a spell's calls as the PauseProxy: on anvil the PauseProxy is impersonated (`anvil_impersonateAccount`)
 * and funded; each call is one transaction from it. Resolves to the block of the last call.
 */
export async function executeAsPauseProxy(
  client: Client,
  pauseProxy: Address,
  calls: readonly Pick<SpellCall, "target" | "data" | "signature">[],
  sender?: Sender,
): Promise<bigint> {
  const tx = sender ?? new Sender(client);
  if (sender === undefined) await tx.init();
  let block = 0n;
  for (const call of calls)
    block = (await tx.send(pauseProxy, call.target, call.data, `spell (as the PauseProxy ${pauseProxy}): ${call.signature}`))
      .blockNumber;
  return block;
}

