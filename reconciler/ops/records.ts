/**
 * The Synome / Artifact records `halo index` writes, their TypeScript shapes, and their validation against
 * schemas/records/*.schema.json (ajv, draft 2020-12). The schemas are the published contract; these types
 * mirror them by hand (they are not part of the desired-state type generation).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import { schemasDir } from "../load/schemas.js";

export const RECORD_SCHEMA_VERSION = 1;
export const RECORD_TYPES = ["agent", "class", "unit"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export const recordsSchemaDir = join(schemasDir, "records");

export interface LogRef {
  blockNumber: string;
  transactionHash: string;
  logIndex: number;
}
export interface Artifact {
  uri: string;
  sha256: string;
}
export interface ArtifactUpdate {
  previousSha256: string;
  sha256: string;
  uri: string;
  updatedBy: string;
  at: LogRef;
}
export interface NamedValue {
  name: string;
  value: string;
}
export interface Beacon {
  kind: string;
  operator: string;
}
export interface Day0 {
  cycles: number;
  limits: { key: string; maxAmount: string; slope: string }[];
  reviews: { index: string; reportHash: string; reviewer: string; at: LogRef }[];
  reviewCount: number;
  ended: boolean;
  endedAt: string | null;
}
export interface Deployment {
  metadataSchemaVersion?: number;
  authoriser?: string;
  salt?: string;
  at: LogRef;
}
export type TemplateRef = { id: string; version: number } | null;

export interface AgentRecord {
  schemaVersion: 1;
  recordType: "agent";
  chainId: number;
  agentId: string;
  agentIdHex: string;
  operator: string;
  artifact: Artifact;
  artifactHistory: ArtifactUpdate[];
  classIds: string[];
  registered: LogRef;
}

export interface ClassRecord {
  schemaVersion: 1;
  recordType: "class";
  chainId: number;
  classId: string;
  classIdHex: string;
  agentId: string;
  origin: "factory" | "legacy";
  kind: string;
  template: TemplateRef;
  conformsToTemplate: boolean;
  addresses: { almProxy: string; rateLimits: string; controller: string; facility?: string; dealToken?: string; redeem?: string };
  operator: string;
  freezer: string;
  govOps: string;
  depositAsset: string;
  dealTokenName?: string;
  dealTokenSymbol?: string;
  beacons: Beacon[];
  /** Legacy classes: the contracts besides the PAU. */
  contracts?: { name: string; address: string }[];
  /** From the factory's ClassDeployed event; null for a legacy class (the registry keeps only the hash). */
  params: NamedValue[] | null;
  paramsHash: string;
  artifact: Artifact;
  artifactHistory: ArtifactUpdate[];
  deployment: Deployment;
  day0: Day0;
  cbeamGrant: { operationId: string; readyAt: string } | null;
  unitIds: string[];
}

export interface UnitRecord {
  schemaVersion: 1;
  recordType: "unit";
  chainId: number;
  unitId: string;
  unitIdHex: string;
  classId: string;
  agentId: string;
  origin: "factory" | "legacy";
  kind: "lcts-unit" | "nfat-deal" | "legacy";
  template: TemplateRef;
  almProxy?: string;
  addresses?: { shareToken: string; subscribeQueue: string; redeemQueue: string };
  contracts?: { name: string; address: string }[];
  shareTokenName?: string;
  shareTokenSymbol?: string;
  deal?: { dealToken: string; tokenId: string; depositor: string; principal: string; bookId: string; termsHash: string };
  beacons: Beacon[];
  /** From the factory's UnitDeployed event (empty for a deal unit); null for a legacy unit. */
  params: NamedValue[] | null;
  paramsHash: string;
  artifact: Artifact;
  artifactHistory: ArtifactUpdate[];
  deployment: Deployment;
  day0: Day0;
}

export type AnyRecord = AgentRecord | ClassRecord | UnitRecord;

const Ajv2020 = Ajv2020Module.default;
let validators: Record<RecordType, ValidateFunction> | undefined;

function load(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(recordsSchemaDir, file), "utf8")) as Record<string, unknown>;
}

/** Compiled validators of the three record schemas (compiled once). */
export function recordValidators(): Record<RecordType, ValidateFunction> {
  if (validators === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    ajv.addSchema(load("common.schema.json"));
    validators = {
      agent: ajv.compile(load("agent.schema.json")),
      class: ajv.compile(load("class.schema.json")),
      unit: ajv.compile(load("unit.schema.json")),
    };
  }
  return validators;
}

/** Problems of `record` against its schema ("" path = the record itself); empty when valid. */
export function validateRecord(record: AnyRecord | Record<string, unknown>): string[] {
  const type = (record as { recordType?: unknown }).recordType;
  if (type !== "agent" && type !== "class" && type !== "unit") return [`recordType: must be one of ${RECORD_TYPES.join(", ")}`];
  const validate = recordValidators()[type];
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}
