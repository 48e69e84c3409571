/**
 * The Artifact document of a class or unit (schemas/artifact.schema.json, docs/artifacts.md): where `halo verify`
 * finds it, how it is validated, and how each of its fields is compared with the chain.
 *
 * Resolution (`resolveArtifact`): an explicit file wins; otherwise the registry's URI — `file://` and plain paths are
 * read, `http(s)://` fetched, and `ipfs://<cid>` / `ar://<id>` looked up in a local directory (`--artifacts DIR`:
 * `<dir>/<cid>` or `<dir>/<cid>.json`), which is how the devnet and the demo publish their documents.
 * The bytes must hash (sha256) to the registry's value before their content means anything.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { type Address, type Hex, getAddress, sha256, zeroHash } from "viem";
import { schemasDir } from "../load/schemas.js";
import { isAddress } from "../model/address.js";
import type { ArtifactDocument } from "../types/generated.js";
import { OpsError } from "./common.js";

export type { ArtifactDocument };

export interface ArtifactSource {
  /** A file the reviewer holds (takes precedence over the URI). */
  file?: string;
  /** The directory that stands in for ipfs:// and ar:// (the devnet's publication). */
  dir?: string;
  cwd?: string;
}

export interface ResolvedArtifact {
  bytes: Uint8Array;
  /** Where the bytes came from, for messages. */
  from: string;
}

/** The document's bytes, or undefined when `uri` cannot be resolved with what was given (say how in the row). */
export async function resolveArtifact(uri: string, source: ArtifactSource): Promise<ResolvedArtifact | undefined> {
  const cwd = source.cwd ?? process.cwd();
  if (source.file !== undefined) {
    const path = resolve(cwd, source.file);
    return { bytes: readFileSync(path), from: path };
  }
  const m = /^([a-z]+):\/\/(.+)$/.exec(uri);
  if (m === null) return undefined;
  const [, scheme, rest] = m as unknown as [string, string, string];
  if (scheme === "file") return { bytes: readFileSync(rest), from: rest };
  if (scheme === "http" || scheme === "https") {
    const response = await fetch(uri);
    if (!response.ok) throw new OpsError(`artifact ${uri}: HTTP ${response.status}`);
    return { bytes: new Uint8Array(await response.arrayBuffer()), from: uri };
  }
  if ((scheme === "ipfs" || scheme === "ar") && source.dir !== undefined) {
    const dir = resolve(cwd, source.dir);
    for (const candidate of [join(dir, rest), join(dir, `${rest}.json`)]) {
      if (existsSync(candidate)) return { bytes: readFileSync(candidate), from: candidate };
    }
    throw new OpsError(`artifact ${uri}: not found in ${dir} (looked for ${rest} and ${rest}.json)`);
  }
  return undefined;
}

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
let validator: Validate | undefined;

function validate(): Validate {
  if (validator !== undefined) return validator;
  const Ajv2020 = Ajv2020Module.default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormatsModule.default(ajv, ["uri"]);
  ajv.addFormat("evm-address", { type: "string", validate: (value: string) => isAddress(value, { strict: true }) });
  ajv.addKeyword({ keyword: "x-message", schemaType: "string" });
  ajv.addKeyword({ keyword: "tsType", schemaType: "string" });
  for (const file of ["common.schema.json", "artifact.schema.json"]) ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, file), "utf8")) as object);
  validator = ajv.getSchema("https://halo-factory.example/schemas/artifact.schema.json") as Validate;
  return validator;
}

/** Parses and validates the document: a list of problems (JSON path: message) instead of a document when invalid. */
export function parseArtifact(bytes: Uint8Array): { doc: ArtifactDocument } | { problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { problems: [`not JSON: ${(error as Error).message}`] };
  }
  const v = validate();
  if (!v(data)) return { problems: (v.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`) };
  return { doc: data as ArtifactDocument };
}

/** What the chain says about the entry, in the document's terms. */
export interface ArtifactFacts {
  type: "class" | "unit";
  chainId: number;
  id: string;
  agent: string;
  class: string;
  template: { id: string; version: number };
  addresses: Record<string, Address>;
  actors?: { operator: Address; freezer: Address; govOps: Address; depositAsset: Address };
  /** undefined when the deployment event could not be read (the params row says why). */
  params: Record<string, bigint> | undefined;
  beacons: Record<string, Address>;
}

export interface ArtifactComparison {
  /** `identity`, `addresses`, `actors`, `params`, `beacons`, `legal`: each with its mismatches (empty = match). */
  sections: { name: string; mismatches: string[]; compared: number }[];
}

const same = (a: string, b: string) => (isAddress(a) && isAddress(b) ? getAddress(a) === getAddress(b) : a === b);

function compareMaps(name: string, doc: Record<string, string>, chain: Record<string, string>): { name: string; mismatches: string[]; compared: number } {
  const mismatches: string[] = [];
  for (const [k, v] of Object.entries(chain)) {
    const d = doc[k];
    if (d === undefined) mismatches.push(`${name}.${k}: missing from the document (chain ${v})`);
    else if (!same(d, v)) mismatches.push(`${name}.${k}: document ${d}, chain ${v}`);
  }
  for (const [k, v] of Object.entries(doc)) if (!(k in chain)) mismatches.push(`${name}.${k}: document ${v}, not on chain`);
  return { name, mismatches, compared: Object.keys(chain).length };
}

/** Every field of the document against the chain; each mismatch names its field and both values. */
export function compareArtifact(doc: ArtifactDocument, facts: ArtifactFacts): ArtifactComparison {
  const identity: string[] = [];
  const scalar = (field: string, d: string | number, c: string | number) => {
    if (String(d) !== String(c)) identity.push(`${field}: document ${d}, chain ${c}`);
  };
  scalar("type", doc.type, facts.type);
  scalar("chainId", doc.chainId, facts.chainId);
  scalar("id", doc.id, facts.id);
  scalar("agent", doc.agent, facts.agent);
  scalar("class", doc.class, facts.class);
  scalar("template.id", doc.template.id, facts.template.id);
  scalar("template.version", doc.template.version, facts.template.version);
  const sections = [{ name: "identity", mismatches: identity, compared: 7 }];
  sections.push(compareMaps("addresses", doc.addresses as Record<string, string>, facts.addresses));
  if (facts.actors !== undefined) sections.push(compareMaps("actors", (doc.actors ?? {}) as Record<string, string>, facts.actors));
  if (facts.params !== undefined)
    sections.push(compareMaps("params", doc.params as Record<string, string>, Object.fromEntries(Object.entries(facts.params).map(([k, v]) => [k, v.toString()]))));
  sections.push(compareMaps("beacons", doc.beacons as Record<string, string>, facts.beacons));
  const legal: string[] = [];
  const names = new Set<string>();
  for (const [i, l] of doc.legal.entries()) {
    if (names.has(l.name)) legal.push(`legal[${i}]: ${l.name} named twice`);
    names.add(l.name);
  }
  sections.push({ name: "legal", mismatches: legal, compared: doc.legal.length });
  return { sections };
}

/**
 * The `artifact` row of `halo verify` (factory and legacy entries alike): the registry's artifact is complete and,
 * when the document's sha256 is known, equals it. `hint` says how to give the document when it is not.
 */
export function artifactHashCheck(art: { uri: string; sha256: Hex }, documentSha: Hex | undefined, hint: string): { name: "artifact"; ok: boolean; detail: string } {
  const complete = art.uri !== "" && art.sha256 !== zeroHash;
  if (documentSha !== undefined) {
    const ok = complete && art.sha256.toLowerCase() === documentSha.toLowerCase();
    return { name: "artifact", ok, detail: ok ? `${art.uri} sha256 ${art.sha256} matches the document` : `registry records ${art.sha256} (${art.uri || "no uri"}), the document hashes to ${documentSha}` };
  }
  return { name: "artifact", ok: complete, detail: complete ? `${art.uri} sha256 ${art.sha256} (${hint})` : "the registry's artifact is incomplete (no uri or hash)" };
}

/** The document a publisher writes for an entry from the chain's facts (the devnet and the demo use it). */
export function artifactFromFacts(facts: ArtifactFacts, legal: ArtifactDocument["legal"]): ArtifactDocument {
  const doc: ArtifactDocument = {
    schemaVersion: 1,
    type: facts.type,
    chainId: facts.chainId,
    id: facts.id,
    agent: facts.agent,
    class: facts.class,
    template: facts.template,
    addresses: facts.addresses,
    params: Object.fromEntries(Object.entries(facts.params ?? {}).map(([k, v]) => [k, v.toString()])),
    beacons: facts.beacons,
    legal,
  };
  if (facts.actors !== undefined) doc.actors = facts.actors;
  return doc;
}

/** The canonical bytes of a document (sorted keys, two-space indent, final newline): what is hashed and published. */
export function artifactBytes(doc: ArtifactDocument): Uint8Array {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sort(x)])) : v;
  return new TextEncoder().encode(`${JSON.stringify(sort(doc), null, 2)}\n`);
}

/**
 * Publishes a document into `dir` (the devnet's stand-in for IPFS): `<dir>/<name>.json`, addressed as
 * `ipfs://<name>`; returns the registry artifact (uri, sha256) to record with `setArtifact`.
 */
export function publishArtifact(doc: ArtifactDocument, dir: string, name: string): { uri: string; sha256: Hex; path: string } {
  const bytes = artifactBytes(doc);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, bytes);
  return { uri: `ipfs://${name}`, sha256: sha256(bytes), path };
}
