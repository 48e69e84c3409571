/**
 * What a node accepted or refused of the lenses' calls, and the one classifier of a lens call's error. Every lens
 * of a client — the registry lens (chain/refresh-registry.ts), the class lens (chain/lens-classes.ts,
 * lens-class-call.ts) and the generic HaloLens of `HALO_LENS=1` (chain/lens.ts) — reads and writes the same
 * record, so a node is asked a question once per client: after the first answer that says state overrides are not
 * understood, no later registry page or class-lens slice sends one.
 *
 * The record is per client object (the viem client the refresh reads with, `CountingClient.client`); it holds what
 * the NODE did, never what a caller asked for (`lens: false`, a forced mode: those are options of each read).
 */
import { toFunctionSelector } from "viem";

/** What the node did with a kind of call: not sent yet, answered at least once, or refused. */
export type Support = "unknown" | "accepted" | "refused";

export interface LensCapability {
  /** `eth_call` with a state override (the lenses' "override" mode). */
  overrides: Support;
  /** `eth_call` without `to`, the lens's creation code as data (the "deployless" mode). */
  deployless: Support;
  /**
   * A lens call that asks no gas of its own — the registry lens's pages, run with the node's `eth_call` cap — ran
   * dry (a capacity error or a bare revert): such calls are not sent again on this client (the ABI pages instead).
   * The class lens names its gas and halves its slices instead.
   */
  capRanDry: boolean;
  /**
   * The class lens's slices (which name their gas): the estimated gas (reads × `gasPerRead`) of the largest slice
   * the node answered after running a larger one dry — its `eth_call` gas cap, as the lens estimates gas. Later
   * reads of this client cut their slices to it instead of halving again. Undefined until a halving succeeded.
   */
  sliceGas?: bigint;
}

const capabilities = new WeakMap<object, LensCapability>();

/** This client's capability record (created on first use: nothing known). */
export function lensCapability(client: object): LensCapability {
  let c = capabilities.get(client);
  if (c === undefined) capabilities.set(client, (c = { overrides: "unknown", deployless: "unknown", capRanDry: false }));
  return c;
}

export type LensCallMode = "override" | "deployless";

/**
 * The mode a lens call takes on this client: `wanted` ("auto": override, deployless once overrides were refused;
 * a forced mode: that one), or undefined when the node refused every mode the caller allows.
 */
export function lensModeFor(capability: LensCapability, wanted: LensCallMode | "auto" = "auto"): LensCallMode | undefined {
  const allowed: readonly LensCallMode[] = wanted === "auto" ? ["override", "deployless"] : [wanted];
  return allowed.find((mode) => (mode === "override" ? capability.overrides : capability.deployless) !== "refused");
}

/** A call in `mode` was answered (even with a revert: the node understood it). */
export function noteAccepted(capability: LensCapability, mode: LensCallMode): void {
  if (mode === "override") capability.overrides = "accepted";
  else capability.deployless = "accepted";
}

/**
 * A call in `mode` got an "unsupported" error (`classifyLensError`). Recorded as refused unless the node has
 * answered that mode before (then it is that call's own failure, not the node's: returns false).
 */
export function noteRefused(capability: LensCapability, mode: LensCallMode): boolean {
  const known = mode === "override" ? capability.overrides : capability.deployless;
  if (known === "accepted") return false;
  if (mode === "override") capability.overrides = "refused";
  else capability.deployless = "refused";
  return true;
}

/**
 * After a call in `mode` failed with an error of `kind`: whether to send it again in the other mode — the node did
 * not understand `mode` (noted: no later call of this client tries it) and the caller allows another
 * (`wanted`, as `lensModeFor`). The class lens and the generic lens follow it; the registry pages retry in whichever
 * mode `lensModeFor` leaves them.
 */
export function retryInOtherMode(capability: LensCapability, kind: LensErrorKind, mode: LensCallMode, wanted: LensCallMode | "auto" = "auto"): boolean {
  return kind === "unsupported" && noteRefused(capability, mode) && lensModeFor(capability, wanted) !== undefined;
}

/**
 * What a lens call's error says, one answer for every lens:
 *   - "capacity": too big for the node — out of gas (the node's words or the lens's `LensOutOfGas`), a gas cap, a
 *     response or payload limit, a deployless answer over the code-size limit; a smaller call may pass;
 *   - "unsupported": the node does not understand the call's shape (a state override, or a call without `to`);
 *   - "bare-revert": reverted without any revert data — from a lens over several reads most often a read whose
 *     sub-call ran out of gas (the EVM passes 63/64 of what is left; anvil at a 400–500k cap says only "execution
 *     reverted"); a smaller call tells the two apart;
 *   - "other": anything else (a revert with data, a transport failure).
 * Capacity is checked first: "invalid params: gas required exceeds allowance" is a gas cap, not an unknown field.
 */
export type LensErrorKind = "capacity" | "unsupported" | "bare-revert" | "other";

export function classifyLensError(error: unknown): LensErrorKind {
  if (isCapacityError(error)) return "capacity";
  if (UNSUPPORTED.test(errorText(error))) return "unsupported";
  if (isBareRevert(error)) return "bare-revert";
  return "other";
}

/** `LensOutOfGas(uint256)`: the lens ran short of gas (contracts/lens/HaloLens.sol). */
const LENS_OUT_OF_GAS = toFunctionSelector("LensOutOfGas(uint256)");

const CAPACITY =
  /out ?of ?gas|oog\b|gas limit|gas required exceeds|exceeds block gas|gas cap|intrinsic gas|response size|too large|payload|limit exceeded|exceeds the limit|code size|reading 'error'/i;
const UNSUPPORTED = /override|too many arguments|invalid params|unknown field|unsupported|not supported/i;

/** A node error that a smaller call may avoid (`classifyLensError`'s "capacity"). */
export function isCapacityError(error: unknown): boolean {
  if (revertData(error)?.toLowerCase().startsWith(LENS_OUT_OF_GAS)) return true;
  return CAPACITY.test(errorText(error));
}

/** An `eth_call` that reverted without any revert data ("execution reverted", data absent or `0x`). */
export function isBareRevert(error: unknown): boolean {
  const data = revertData(error);
  if (data !== undefined && data !== "0x") return false;
  return /execution reverted/i.test(errorText(error));
}

/** The revert data an `eth_call` error carries (anywhere on its cause chain). */
function revertData(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== "object" || depth > 8) return undefined;
  const data = (error as { data?: unknown }).data;
  if (typeof data === "string" && data.startsWith("0x")) return data;
  if (data !== null && typeof data === "object" && typeof (data as { data?: unknown }).data === "string")
    return (data as { data: string }).data;
  return revertData((error as { cause?: unknown }).cause, depth + 1);
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const details = (error as { details?: unknown }).details;
    return `${error.message} ${typeof details === "string" ? details : ""} ${error.cause !== undefined ? errorText(error.cause) : ""}`;
  }
  return String(error);
}
