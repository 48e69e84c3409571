/**
 * Integrity of a saved plan: a plan file must be applied exactly as `halo plan` wrote it.
 *
 * 1. **Content hash.** `halo plan --out` writes `integrity: { algorithm: "sha256-jcs", hash }`: SHA-256 of the
 *    RFC 8785 (JSON Canonicalization Scheme) form of the whole document except `integrity` itself — actions,
 *    calldata, signers, batches, the observed fingerprint, the tree hash, tool and time. `halo apply` recomputes
 *    it and refuses a file whose content no longer matches (an edit by hand, a bad merge).
 * 2. **Re-plan.** A hash proves only that nobody edited the file *after* it was hashed; someone could edit
 *    and re-hash. So `halo apply` also re-plans from the tree and the chain (at the saved plan's block
 *    context, see `replanContext`) and refuses unless the result equals the saved plan, naming the first
 *    differing field as a JSON pointer (RFC 6901), e.g. `/batches/0/transactions/1/data`.
 *
 * Pure: no file or chain access here (the apply command reads, observes and calls these).
 */
import type { Hex } from "viem";
import { CanonicalJsonError, jcsJson, sha256Hex } from "../model/canonical.js";
import type { ObservedState } from "../model/observed.js";
import { PlanError } from "../errors.js";

export const INTEGRITY_ALGORITHM = "sha256-jcs";

export interface PlanIntegrity {
  algorithm: typeof INTEGRITY_ALGORITHM;
  hash: Hex;
}

/**
 * RFC 8785 canonical JSON of a JSON value: object members sorted by their names' UTF-16 code units, no
 * whitespace, numbers in ECMAScript's shortest round-trip form, strings with JSON.stringify's escaping (which is
 * the RFC's). `undefined` members are dropped, as JSON.stringify does. (model/canonical.ts's serialiser.)
 */
export function jcs(value: unknown): string {
  if (value === undefined) throw new PlanError("canonical JSON: cannot encode a undefined");
  try {
    return jcsJson(value);
  } catch (error) {
    if (error instanceof CanonicalJsonError) throw new PlanError(error.message);
    throw error;
  }
}

/** The document without its `integrity` member. */
function hashedPart(doc: object): Record<string, unknown> {
  const { integrity: _integrity, ...rest } = doc as Record<string, unknown>;
  return rest;
}

/** SHA-256 of the RFC 8785 form of everything in `doc` but `integrity`, as 0x-hex. */
export function integrityHash(doc: object): Hex {
  return sha256Hex(jcs(hashedPart(doc)));
}

/** `doc` with its integrity member (replacing any previous one). */
export function withIntegrity<T extends object>(doc: T): T & { integrity: PlanIntegrity } {
  return { ...(hashedPart(doc) as T), integrity: { algorithm: INTEGRITY_ALGORITHM, hash: integrityHash(doc) } };
}

export type IntegrityCheck =
  | { status: "ok"; hash: Hex }
  | { status: "missing" }
  | { status: "mismatch"; recorded: string; actual: Hex };

/** Does the document's recorded hash match its content? */
export function checkIntegrity(doc: object): IntegrityCheck {
  const recorded = (doc as { integrity?: { algorithm?: unknown; hash?: unknown } }).integrity;
  if (recorded === undefined) return { status: "missing" };
  const actual = integrityHash(doc);
  if (recorded.algorithm === INTEGRITY_ALGORITHM && recorded.hash === actual) return { status: "ok", hash: actual };
  return { status: "mismatch", recorded: String(recorded.hash), actual };
}

export interface Difference {
  /** JSON pointer (RFC 6901) of the first differing value. */
  pointer: string;
  saved: unknown;
  planned: unknown;
}

const escapePointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The first place where `saved` and `planned` differ (depth first, object members in sorted order, array
 * elements in order), or undefined when they are equal. Values are compared as JSON (`undefined` members are
 * absent).
 */
export function firstDifference(saved: unknown, planned: unknown, pointer = ""): Difference | undefined {
  if (saved === planned) return undefined;
  const bothObjects =
    saved !== null && planned !== null && typeof saved === "object" && typeof planned === "object";
  if (!bothObjects || Array.isArray(saved) !== Array.isArray(planned)) {
    return jcsOrUndefined(saved) === jcsOrUndefined(planned) ? undefined : { pointer: pointer || "/", saved, planned };
  }
  if (Array.isArray(saved) && Array.isArray(planned)) {
    const n = Math.max(saved.length, planned.length);
    for (let i = 0; i < n; i++) {
      const d = firstDifference(saved[i], planned[i], `${pointer}/${i}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const a = saved as Record<string, unknown>;
  const b = planned as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], `${pointer}/${escapePointer(k)}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

function jcsOrUndefined(v: unknown): string | undefined {
  return v === undefined ? undefined : jcs(v);
}

/** What must be equal between a saved plan and a re-plan: everything but who wrote it, when, and its hash. */
export function comparable(doc: object): Record<string, unknown> {
  const { integrity: _i, tool: _t, createdAt: _c, ...rest } = doc as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

/**
 * The observed state to re-plan with: the state read now, in the block context of the saved plan (its block
 * number, hash and time). The plan's seed, salts, timelock operation ids and earliest times derive from that
 * context; the state itself must be the one planned on (its fingerprint is checked before), so an honest
 * saved plan is reproduced exactly.
 */
export function replanContext(
  observed: ObservedState,
  saved: { blockNumber: bigint; blockHash: Hex; now: bigint },
): ObservedState {
  return { ...observed, blockNumber: saved.blockNumber, blockHash: saved.blockHash, blockTimestamp: saved.now };
}

const show = (v: unknown): string => {
  if (v === undefined) return "(absent)";
  const text = typeof v === "string" ? v : jcs(v);
  return text.length > 90 ? `${text.slice(0, 60)}…${text.slice(-24)} (${text.length} chars)` : text;
};

/** One line: `/pointer: saved X, planned now Y`. */
export function describeDifference(d: Difference): string {
  return `${d.pointer}: saved ${show(d.saved)}, planned now ${show(d.planned)}`;
}

/**
 * Refuses a saved plan (`where` names the file) without an integrity hash, or whose content no longer matches
 * it. With `fresh` (the serialized re-plan, see `replanContext`) the message also names the first field where
 * the file differs from the plan made now.
 */
export function assertIntegrity(where: string, doc: object, fresh?: object): void {
  const check = checkIntegrity(doc);
  if (check.status === "missing")
    throw new PlanError(`${where} carries no integrity hash: it was not written by \`halo plan --out\` (format 2.1 or later)`, {
      code: "plan.integrity-missing",
      hint: "re-plan with `halo plan --out`, review the new plan, and apply that one",
    });
  if (check.status === "mismatch") {
    const diff = fresh !== undefined ? firstDifference(comparable(doc), comparable(fresh)) : undefined;
    throw new PlanError(
      `${where} was modified after it was saved (content hash ${check.actual}, recorded ${check.recorded})` +
        (diff !== undefined ? `: ${describeDifference(diff)}` : ""),
      {
        code: "plan.tampered",
        hint: "do not edit saved plans: re-plan with `halo plan --out`, review it, and apply that one",
      },
    );
  }
}

/** Refuses a saved plan that differs from the plan made now (`fresh`), naming the first differing field. */
export function assertSameAsReplan(where: string, doc: object, fresh: object): void {
  const diff = firstDifference(comparable(doc), comparable(fresh));
  if (diff !== undefined)
    throw new PlanError(`${where} is not the plan halos/ and the chain give now: ${describeDifference(diff)}`, {
      code: "plan.replan-differs",
      hint: "re-plan with `halo plan --out`, review it, and apply that one",
    });
}
