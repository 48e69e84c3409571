/**
 * The saved plan (`halo plan --out plans/NAME.json`): a versioned JSON document validated against
 * schemas/plan.schema.json on write and on read. Versioning: `formatVersion` is MAJOR.MINOR; minor versions
 * only add optional fields, so a reader accepts every 3.x and refuses any other major with a clear error.
 * Format 2 (the PAS hand-off) named each batch's actor; format 3 hashes with SHA-256 instead of keccak256
 * (observed fingerprint, seed, plan hash: model/canonical.ts). An older plan is refused in one line: re-plan.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Address, Hex } from "viem";
import type { FieldValue } from "../model/observed.js";
import { canonicalHash } from "./canonical.js";
import { type PlanIntegrity, withIntegrity } from "./integrity.js";
import type { Action, Batch, JsonValue } from "./actions.js";
import { ACTOR_INFO } from "./actors.js";
import type { FieldChange, ResourceChange } from "./diff.js";
import { type Plan, type PlanSummary, summaryLine } from "./planner.js";
import { InputError } from "../errors.js";

/**
 * 2.0 named the PAS actor of every action and batch; 2.1 added `integrity` (reconciler/plan/integrity.ts); 3.0
 * computes the observed fingerprint, the seed and the plan hash with SHA-256 (node:crypto) instead of keccak256.
 */
export const PLAN_FORMAT_VERSION = "3.0";
export const PLAN_FORMAT_MAJOR = 3;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const planSchemaPath = join(repoRoot, "schemas", "plan.schema.json");

export interface PlanMeta {
  toolVersion: string;
  /** ISO time the plan was written; informational (not part of any hash). */
  createdAt?: string;
}

export class PlanFormatError extends InputError {
  override name = "PlanFormatError";
}

/** The version in package.json (the `halo` tool's version). */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}

/** What `halo plan` prints when it was not given `--out`. */
export function notSavedNotice(): string {
  return "Note: this plan was not saved (no --out), so it cannot be applied as-is. Run `halo plan --out plans/NAME.json` to save one for `halo apply`.";
}

// ---------------------------------------------------------------------------------------------------------
// JSON shapes

type FieldJson = string | number | boolean | null | { $bigint: string } | FieldJson[];

function fieldToJson(v: FieldValue): FieldJson {
  if (typeof v === "bigint") return { $bigint: v.toString() };
  if (Array.isArray(v)) return v.map(fieldToJson);
  return v as string | number | boolean | null;
}

function fieldFromJson(v: FieldJson): FieldValue {
  if (Array.isArray(v)) return v.map(fieldFromJson);
  if (v !== null && typeof v === "object") return BigInt(v.$bigint);
  return v;
}

interface ChangeJson {
  address: string;
  type: ResourceChange["type"];
  kind: ResourceChange["kind"];
  fields: { field: string; old?: FieldJson; new?: FieldJson; immutable: boolean }[];
  reason?: string;
  predicted?: Record<string, FieldJson>;
  decimals?: number;
}

interface ActionJson extends Omit<Action, "value" | "earliestAt"> {
  value?: string;
  earliestAt?: string;
}

interface BatchJson {
  id: string;
  kind: Batch["kind"];
  actor: Batch["actor"];
  signs: string;
  permissionless?: boolean;
  signer?: Address;
  earliestAt: string;
  actionIds: string[];
  transactions: { to: Address; value: string; data: Hex }[];
  timelock?: { operationId: Hex; predecessor: Hex; salt: Hex; delay: string };
}

export interface SavedPlanJson {
  formatVersion: string;
  tool: { name: "halo"; version: string };
  createdAt?: string;
  chainId: number;
  block: { number: string; hash: Hex };
  observedFingerprint: Hex;
  desiredHash: Hex;
  seed: Hex;
  now: string;
  summary: Omit<PlanSummary, "ramps"> & {
    line: string;
    ramps: { resource: string; steps: number; durationSeconds: string }[];
  };
  changes: ChangeJson[];
  undeclared: string[];
  actions: ActionJson[];
  batches: BatchJson[];
  /** Hash of everything else in the file (written by planToJson; checked by `halo apply`). */
  integrity?: PlanIntegrity;
}

export function serializePlan(plan: Plan, meta: PlanMeta): SavedPlanJson {
  const out: SavedPlanJson = {
    formatVersion: PLAN_FORMAT_VERSION,
    tool: { name: "halo", version: meta.toolVersion },
    chainId: plan.chainId,
    block: { number: plan.blockNumber.toString(), hash: plan.blockHash },
    observedFingerprint: plan.observedFingerprint,
    desiredHash: plan.desiredHash,
    seed: plan.seed,
    now: plan.now.toString(),
    summary: {
      line: summaryLine(plan.summary),
      add: plan.summary.add,
      change: plan.summary.change,
      destroy: plan.summary.destroy,
      refused: plan.summary.refused,
      timelockBatches: plan.summary.timelockBatches,
      spellBatches: plan.summary.spellBatches,
      ramps: plan.summary.ramps.map((r) => ({
        resource: r.resource,
        steps: r.steps,
        durationSeconds: r.durationSeconds.toString(),
      })),
    },
    changes: plan.changes.map((c) => {
      const j: ChangeJson = {
        address: c.address,
        type: c.type,
        kind: c.kind,
        fields: c.fields.map((f) => {
          const fj: ChangeJson["fields"][number] = { field: f.field, immutable: f.immutable };
          if (f.old !== undefined) fj.old = fieldToJson(f.old);
          if (f.new !== undefined) fj.new = fieldToJson(f.new);
          return fj;
        }),
      };
      if (c.reason !== undefined) j.reason = c.reason;
      if (c.predicted !== undefined)
        j.predicted = Object.fromEntries(Object.entries(c.predicted).map(([k, v]) => [k, fieldToJson(v)]));
      if (c.decimals !== undefined) j.decimals = c.decimals;
      return j;
    }),
    undeclared: plan.undeclared,
    actions: plan.actions.map((a) => {
      const { value, earliestAt, ...rest } = a;
      const j: ActionJson = { ...rest };
      if (value !== undefined) j.value = value.toString();
      if (earliestAt !== undefined) j.earliestAt = earliestAt.toString();
      return j;
    }),
    batches: plan.batches.map((b) => {
      const j: BatchJson = {
        id: b.id,
        kind: b.kind,
        actor: b.actor,
        signs: ACTOR_INFO[b.actor].signs,
        earliestAt: b.earliestAt.toString(),
        actionIds: b.actionIds,
        transactions: b.transactions.map((t) => ({ to: t.to, value: t.value.toString(), data: t.data })),
      };
      if (b.signer !== undefined) j.signer = b.signer;
      if (b.permissionless === true) j.permissionless = true;
      if (b.timelock !== undefined) j.timelock = { ...b.timelock, delay: b.timelock.delay.toString() };
      return j;
    }),
  };
  if (meta.createdAt !== undefined) out.createdAt = meta.createdAt;
  return out;
}

export function deserializePlan(j: SavedPlanJson): { plan: Plan; meta: PlanMeta } {
  const plan: Plan = {
    seed: j.seed,
    now: BigInt(j.now),
    chainId: j.chainId,
    blockNumber: BigInt(j.block.number),
    blockHash: j.block.hash,
    observedFingerprint: j.observedFingerprint,
    desiredHash: j.desiredHash,
    changes: j.changes.map((c) => {
      const change: ResourceChange = {
        address: c.address,
        type: c.type,
        kind: c.kind,
        fields: c.fields.map((f): FieldChange => ({
          field: f.field,
          old: f.old === undefined ? undefined : fieldFromJson(f.old),
          new: f.new === undefined ? undefined : fieldFromJson(f.new),
          immutable: f.immutable,
        })),
      };
      if (c.reason !== undefined) change.reason = c.reason;
      if (c.predicted !== undefined)
        change.predicted = Object.fromEntries(Object.entries(c.predicted).map(([k, v]) => [k, fieldFromJson(v)]));
      if (c.decimals !== undefined) change.decimals = c.decimals;
      return change;
    }),
    undeclared: j.undeclared ?? [],
    actions: j.actions.map((a) => {
      const { value, earliestAt, ...rest } = a;
      const action: Action = { ...rest, args: rest.args as JsonValue[] | undefined } as Action;
      if (action.args === undefined) delete action.args;
      if (value !== undefined) action.value = BigInt(value);
      if (earliestAt !== undefined) action.earliestAt = BigInt(earliestAt);
      return action;
    }),
    batches: j.batches.map((b) => {
      const batch: Batch = {
        id: b.id,
        kind: b.kind,
        actor: b.actor,
        earliestAt: BigInt(b.earliestAt),
        actionIds: b.actionIds,
        transactions: b.transactions.map((t) => ({ to: t.to, value: BigInt(t.value), data: t.data })),
      };
      if (b.signer !== undefined) batch.signer = b.signer;
      if (b.permissionless === true) batch.permissionless = true;
      if (b.timelock !== undefined) batch.timelock = { ...b.timelock, delay: BigInt(b.timelock.delay) };
      return batch;
    }),
    summary: {
      add: j.summary.add,
      change: j.summary.change,
      destroy: j.summary.destroy,
      refused: j.summary.refused,
      timelockBatches: j.summary.timelockBatches,
      spellBatches: j.summary.spellBatches,
      ramps: j.summary.ramps.map((r) => ({
        resource: r.resource,
        steps: r.steps,
        durationSeconds: BigInt(r.durationSeconds),
      })),
    },
  };
  const meta: PlanMeta = { toolVersion: j.tool.version };
  if (j.createdAt !== undefined) meta.createdAt = j.createdAt;
  return { plan, meta };
}

/**
 * The identity of a plan's content (what it will do, on which state): keccak of the canonical JSON of the
 * saved form without the tool version and creation time. The apply journal is keyed by it.
 */
export function planHash(plan: Plan): Hex {
  const { tool: _tool, createdAt: _createdAt, ...content } = serializePlan(plan, { toolVersion: "" });
  return canonicalHash(content);
}

// ---------------------------------------------------------------------------------------------------------
// Validation, reading and writing

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  if (validator === undefined) {
    const Ajv2020 = Ajv2020Module.default;
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(JSON.parse(readFileSync(planSchemaPath, "utf8")) as object);
  }
  return validator;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 10)
    .map((e) => `${e.instancePath === "" ? "(root)" : e.instancePath}: ${e.message ?? "invalid"}`)
    .join("; ");
}

/** Throws PlanFormatError unless `doc` is a plan this reader understands. */
export function checkPlanDocument(doc: unknown, where = "plan"): asserts doc is SavedPlanJson {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    throw new PlanFormatError(`${where}: not a plan (expected a JSON object)`);
  const version = (doc as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== "string" || !/^[0-9]+\.[0-9]+$/.test(version)) {
    throw new PlanFormatError(`${where}: not a halo plan (formatVersion missing or not MAJOR.MINOR)`);
  }
  const major = Number(version.split(".")[0]);
  if (major < PLAN_FORMAT_MAJOR)
    throw new PlanFormatError(`${where}: plan format ${version} is older than this halo (${PLAN_FORMAT_VERSION}): re-run halo plan`, {
      code: "input.plan-file",
    });
  if (major > PLAN_FORMAT_MAJOR) {
    throw new PlanFormatError(
      `${where}: plan format ${version} is not supported: this halo reads format ${PLAN_FORMAT_MAJOR}.x. ` +
        "Upgrade halo, or re-plan with this version.",
    );
  }
  const v = validate();
  if (!v(doc))
    throw new PlanFormatError(`${where}: not a valid plan: ${describe(v.errors)}`, {
      code: "input.plan-file",
      hint: "a plan is the JSON file written by `halo plan --out`; re-plan rather than editing it",
    });
}

export function planToJson(plan: Plan, meta: PlanMeta): string {
  const doc = withIntegrity(serializePlan(plan, meta));
  checkPlanDocument(doc, "generated plan");
  return JSON.stringify(doc, null, 2) + "\n";
}

export function parsePlan(text: string, where = "plan"): { plan: Plan; meta: PlanMeta; doc: SavedPlanJson } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PlanFormatError(`${where}: not a plan: not JSON (${(e as Error).message.replace(/\n/g, "\\n")})`, {
      code: "input.plan-file",
      hint: "a plan is the JSON file written by `halo plan --out`",
    });
  }
  checkPlanDocument(doc, where);
  return { ...deserializePlan(doc), doc };
}

/** Writes atomically (temporary file + rename) so a reader never sees half a plan. */
export function writePlanFile(path: string, plan: Plan, meta: PlanMeta): void {
  const text = planToJson(plan, meta);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function readPlanFile(path: string, where = path): { plan: Plan; meta: PlanMeta; doc: SavedPlanJson } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanFormatError(
      code === "ENOENT"
        ? `${where}: no such plan file`
        : code === "EISDIR"
          ? `${where}: is a directory, not a plan file`
          : `${where}: cannot be read (${code ?? (error as Error).message})`,
      { code: "input.plan-file", hint: "save a plan with `halo plan --out plans/NAME.json`, then `halo apply plans/NAME.json`" },
    );
  }
  return parsePlan(text, where);
}
