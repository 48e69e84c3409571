/**
 * load: read the halos/ tree, parse every file keeping source positions, validate each against its JSON
 * Schema, normalize, and run the checks that span files. Returns either the desired model or every
 * problem found (never only the first), each at `file:line:col path`.
 */
import { createHash } from "node:crypto";
import { isUtf8 } from "node:buffer";
import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Hex } from "viem";
import {
  DESIRED_MODEL_VERSION,
  type DesiredAgent,
  type DesiredClass,
  type DesiredLegacyHalo,
  type DesiredState,
  type DesiredTemplate,
  type ExternalTemplate,
  type SourceRef,
  fieldSource,
} from "../model/desired.js";
import type { AgentFile, ClassFile, LegacyFile, PrimesFile, TemplatesFile } from "../types/generated.js";
import type { DesiredPrime } from "../model/prime.js";
import { checkPrimes, normalizePrimes } from "./prime.js";
import { Normalizer, normalizeAgent, normalizeClass, normalizeLegacy, normalizeTemplates } from "./normalize.js";
import { FileCache, cachedState, rememberState, treeKey } from "./cache.js";
import { validateFile, type FileKind } from "./schemas.js";
import { SourceFile, compareDiagnostics, type Diagnostic } from "./source.js";
import { discoverTree, displayPath, readFiles } from "./tree.js";

export type { Diagnostic } from "./source.js";
export { formatDiagnostic } from "./source.js";

export type LoadResult =
  | { ok: true; state: DesiredState; diagnostics: [] }
  | { ok: false; diagnostics: Diagnostic[] };

export interface LoadOptions {
  /** Base for display paths in messages (default: process.cwd()). */
  cwd?: string;
  /**
   * A directory for the on-disk cache of valid files (e.g. `<project>/out/.cache`): a new process parses only the
   * files that changed. Without it only the in-process memo of whole trees is used. See load/cache.ts.
   */
  cacheDir?: string;
}

const EXPECTED: Record<FileKind, string> = {
  agent: "an agent (agent, name, operator, artifact)",
  class: "a class (class, kind, agent, template, params, …)",
  templates: "templates: [ … ]",
  legacy: "legacy: [ … ]",
  prime: "primes: [ … ]",
};

const at = (ref: SourceRef) => `${ref.file}:${ref.line}:${ref.col}`;

export function loadDesiredState(dir: string, options: LoadOptions = {}): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, dir);
  const shownDir = displayPath(root, cwd);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return {
      ok: false,
      diagnostics: [{ file: shownDir, line: 1, col: 1, path: "", message: "not a directory: the desired-state tree is missing" }],
    };
  }
  const tree = discoverTree(root, cwd);
  const diagnostics: Diagnostic[] = [...tree.problems];

  // Every file is read once, up front, as bytes (decoded only when it is parsed), and hashed once: the tree hash
  // (relative paths and contents in sorted order) is the state's `treeHash` and, with the loader's identity and the
  // directories, the key of the cache of valid trees (a tree with discovery problems is never cached, so the file
  // list is the whole directory's relevant content).
  const bytes = readFiles(tree.all);
  // Paths of files under the tree by slicing (path.relative resolves both sides at every call: ~0.1 s at 1,100 files);
  // anything else (a tree outside the working directory) through relative.
  const rootPrefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const relativeOf = (file: string) =>
    (file.startsWith(rootPrefix) ? file.slice(rootPrefix.length) : relative(root, file)).split(sep).join("/");
  const shownPrefix = shownDir === "." ? "" : shownDir.startsWith("..") || isAbsolute(shownDir) ? undefined : `${shownDir}/`;
  const shownOf = (file: string) =>
    shownPrefix !== undefined && file.startsWith(rootPrefix) ? `${shownPrefix}${relativeOf(file)}` : displayPath(file, cwd);
  const hash = createHash("sha256");
  for (const [file, content] of bytes) {
    // the hash of the text as read (invalid UTF-8 hashes as its decoded form, as a text read would)
    hash.update(relativeOf(file)).update("\0").update(isUtf8(content) ? content : content.toString("utf8")).update("\0");
  }
  const treeHash = hash.digest("hex");
  const key = tree.problems.length === 0 ? treeKey(root, cwd, treeHash) : undefined;
  if (key !== undefined) {
    const cached = cachedState(key);
    if (cached !== undefined) return { ok: true, state: cached, diagnostics: [] };
  }
  const files = new FileCache(root, cwd, options.cacheDir, key);

  /**
   * Parse + validate + normalize one file (or take its value from the file cache); value undefined when it has
   * errors. `source()` parses the file when it came from the cache.
   */
  const load = <T, R>(absolute: string, kind: FileKind, normalize: (n: Normalizer, data: T, source: SourceFile) => R) => {
    const shown = shownOf(absolute);
    const content = bytes.get(absolute) ?? readFileSync(absolute);
    const held = files.take<R>(kind, shown, content);
    let parsed: SourceFile | undefined;
    const source = () => (parsed ??= new SourceFile(shown, content.toString("utf8")));
    if (held !== undefined) return { source, value: held };
    const src = source();
    if (src.syntaxErrors.length > 0) {
      diagnostics.push(...src.syntaxErrors);
      return { source, value: undefined };
    }
    if (src.data === null || src.data === undefined) {
      diagnostics.push(src.diagnostic([], `the file is empty: expected ${EXPECTED[kind]} (see docs/desired-state.md)`));
      return { source, value: undefined };
    }
    const schemaErrors = validateFile(kind, src);
    if (schemaErrors.length > 0) {
      diagnostics.push(...schemaErrors);
      return { source, value: undefined };
    }
    const normalizer = new Normalizer(src);
    const value = normalize(normalizer, src.data as T, src);
    diagnostics.push(...normalizer.diagnostics);
    if (normalizer.diagnostics.length > 0) return { source, value: undefined };
    files.put(kind, shown, content, value);
    return { source, value };
  };

  const order = tree.all;
  const byPath = new Map<string, () => void>();
  let templates: DesiredTemplate[] = [];
  let externalTemplates: ExternalTemplate[] = [];
  let templatesKnown = tree.templatesFile === undefined; // missing file = no templates, known
  let legacy: DesiredLegacyHalo[] = [];
  let primes: DesiredPrime[] = [];
  const agents: DesiredAgent[] = [];
  const classes: DesiredClass[] = [];
  /** Agent / class ids seen in files that failed validation: never report them as dangling. */
  const unsureIds = new Set<string>();
  const agentDirOf = new Map<string, string>();
  /** Valid classes whose `agent` is not the directory they live in. */
  const misplaced: { cls: DesiredClass; dir: string }[] = [];

  if (tree.templatesFile !== undefined) {
    const file = tree.templatesFile;
    byPath.set(file, () => {
      const { value } = load<TemplatesFile, ReturnType<typeof normalizeTemplates>>(file, "templates", normalizeTemplates);
      if (value) {
        templates = value.templates;
        externalTemplates = value.external;
        templatesKnown = true;
      }
    });
  }
  if (tree.legacyFile !== undefined) {
    const file = tree.legacyFile;
    byPath.set(file, () => {
      legacy = load<LegacyFile, DesiredLegacyHalo[]>(file, "legacy", normalizeLegacy).value ?? [];
    });
  }
  if (tree.primesFile !== undefined) {
    const file = tree.primesFile;
    byPath.set(file, () => {
      primes = load<PrimesFile, DesiredPrime[]>(file, "prime", normalizePrimes).value ?? [];
    });
  }
  for (const agentDir of tree.agents) {
    if (agentDir.agentFile !== undefined) {
      const file = agentDir.agentFile;
      byPath.set(file, () => {
        const { source, value } = load<AgentFile, DesiredAgent>(file, "agent", normalizeAgent);
        if (value) {
          agents.push(value);
          agentDirOf.set(value.id, agentDir.name);
          if (value.id !== agentDir.name) {
            unsureIds.add(agentDir.name); // its classes name the directory: do not also call them dangling
            diagnostics.push(
              source().diagnostic(["agent"], `must equal the directory name "${agentDir.name}" (the directory holds the agent's classes)`),
            );
          }
        } else {
          unsureIds.add(agentDir.name);
          const declared = (source().data as { agent?: unknown } | undefined)?.agent;
          if (typeof declared === "string") unsureIds.add(declared);
        }
      });
    }
    for (const file of agentDir.classFiles) {
      byPath.set(file, () => {
        const { value } = load<ClassFile, DesiredClass>(file, "class", (n, data, src) => normalizeClass(n, data, src.file));
        if (value) {
          // Reported once all agents are known (dangling vs. misplaced), see below.
          if (value.agent !== agentDir.name) misplaced.push({ cls: value, dir: agentDir.name });
          classes.push(value);
        }
      });
    }
  }
  for (const file of order) byPath.get(file)?.();

  // ---- cross-file checks ----
  const cross = (ref: SourceRef, message: string) => diagnostics.push({ ...ref, message });

  // One namespace for agents, classes, units and legacy Halos. A duplicate is reported at `ref` with `suffix`
  // appended to its path (`units[1]` + `.id`); the reference is made only then (11,000 ids at 1,000 classes).
  const ids = new Map<string, { what: string; ref: SourceRef }>();
  const claim = (id: string, what: string, ref: SourceRef, suffix = "") => {
    const previous = ids.get(id);
    if (previous) {
      cross(suffix === "" ? ref : { ...ref, path: `${ref.path}${suffix}` }, `duplicate id "${id}": already used by the ${previous.what} declared at ${at(previous.ref)}`);
    } else ids.set(id, { what, ref });
  };
  for (const agent of agents) claim(agent.id, "agent", agent.source);
  for (const cls of classes) {
    claim(cls.id, "class", cls.source);
    for (const unit of cls.units) claim(unit.id, "unit", unit.source, ".id");
  }
  for (const halo of legacy) {
    claim(halo.id, "legacy Halo", halo.source, ".id");
    for (const unit of halo.units) claim(unit.id, "legacy unit", unit.source, ".id");
  }
  checkPrimes(primes, classes, claim, cross);

  // Templates: unique per (id, version) across managed and external.
  const templateKeys = new Map<string, SourceRef>();
  for (const template of [...templates, ...externalTemplates]) {
    const key = `${template.id} v${template.version}`;
    const previous = templateKeys.get(key);
    if (previous) cross(template.source, `duplicate template ${key}: already declared at ${at(previous)}`);
    else templateKeys.set(key, template.source);
  }
  const findTemplate = (id: string, version: number) =>
    templates.find((t) => t.id === id && t.version === version) ??
    externalTemplates.find((t) => t.id === id && t.version === version);

  const agentIds = new Set(agents.map((a) => a.id));
  const known = (list: string[]) => (list.length === 0 ? "none" : list.join(", "));
  for (const cls of classes) {
    const agentRef = () => fieldSource(cls, "agent") ?? cls.source;
    if (!agentIds.has(cls.agent)) {
      if (!unsureIds.has(cls.agent)) {
        cross(agentRef(), `agent "${cls.agent}" is not declared (declared agents: ${known([...agentIds].sort())})`);
      }
    } else {
      const entry = misplaced.find((m) => m.cls === cls);
      if (entry) cross(agentRef(), `the class belongs to agent "${cls.agent}" but lives in ${shownDir}/${entry.dir}/: move it to ${shownDir}/${agentDirOf.get(cls.agent) ?? cls.agent}/`);
    }
    if (templatesKnown) {
      const template = findTemplate(cls.template.id, cls.template.version);
      if (!template) {
        cross(
          { ...(fieldSource(cls, "template.id") ?? cls.source), path: "template" },
          `template ${cls.template.id} v${cls.template.version} is not declared in ${shownDir}/templates.yaml (neither under templates nor under external)`,
        );
      } else if (template.kind !== cls.kind) {
        cross(
          { ...(fieldSource(cls, "kind") ?? cls.source) },
          `the class is ${cls.kind} but template ${template.id} v${template.version} deploys ${template.kind} classes`,
        );
      }
    }
  }
  for (const halo of legacy) {
    if (!agentIds.has(halo.agent) && !unsureIds.has(halo.agent))
      cross(halo.agentSource, `agent "${halo.agent}" is not declared (declared agents: ${known([...agentIds].sort())})`);
  }
  if (templatesKnown) {
    for (const halo of legacy) {
      if (halo.conformsTo && !findTemplate(halo.conformsTo.id, halo.conformsTo.version)) {
        cross(
          { ...halo.source, path: `${halo.source.path}.conformsTo` },
          `template ${halo.conformsTo.id} v${halo.conformsTo.version} is not declared in ${shownDir}/templates.yaml`,
        );
      }
    }
  }

  if (diagnostics.length > 0) {
    return { ok: false, diagnostics: dedupe(diagnostics).sort(compareDiagnostics) };
  }

  const sortByFile = <T extends { source: SourceRef }>(items: T[]) =>
    [...items].sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0));
  const state: DesiredState = {
    modelVersion: DESIRED_MODEL_VERSION,
    dir: shownDir,
    treeHash: `0x${treeHash}` as Hex,
    files: order.map(shownOf),
    templates,
    externalTemplates,
    agents: sortByFile(agents),
    classes: sortByFile(classes),
    legacy,
    ...(primes.length > 0 ? { primes } : {}),
  };
  if (key !== undefined) rememberState(key, state);
  files.save();
  return { ok: true, state, diagnostics: [] };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.col}:${d.path}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
