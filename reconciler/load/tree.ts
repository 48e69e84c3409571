/**
 * Layout of the desired-state tree:
 *
 *   halos/templates.yaml          template approvals / deprecations (optional when no class exists)
 *   halos/legacy.yaml             pre-factory Halos (optional)
 *   halos/primes.yaml             Prime PAUs allocating into Halo units (optional)
 *   halos/<agent>/agent.yaml      one agent; the directory name is the agent id
 *   halos/<agent>/<class>.yaml    one class of that agent (any other .yaml file in the directory)
 *
 * Files that are not YAML (README.md, …) and hidden entries are ignored; anything else out of place is an
 * error, so a typo in a file name cannot make a resource silently disappear from the plan.
 */
import { closeSync, type Dirent, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Diagnostic } from "./source.js";

export interface AgentDir {
  name: string;
  agentFile?: string;
  classFiles: string[];
}

export interface TreeFiles {
  templatesFile?: string;
  legacyFile?: string;
  primesFile?: string;
  agents: AgentDir[];
  /** Every YAML file found (absolute), sorted. */
  all: string[];
  problems: Diagnostic[];
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute) || ".";
  return rel.split(sep).join("/");
}

const isYaml = (name: string) => name.endsWith(".yaml") || name.endsWith(".yml");
const visible = (name: string) => !name.startsWith(".");

/** The visible entries of a directory, sorted by name; their types come with the listing (no stat per file). */
function entries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => visible(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A directory, or a symbolic link to one (followed, as stat does). */
function isDirectory(entry: Dirent, path: string): boolean {
  return entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
}

export function discoverTree(dir: string, cwd: string): TreeFiles {
  const tree: TreeFiles = { agents: [], all: [], problems: [] };
  const problem = (absolute: string, message: string) =>
    tree.problems.push({ file: displayPath(absolute, cwd), line: 1, col: 1, path: "", message });

  for (const entry of entries(dir)) {
    const name = entry.name;
    const absolute = join(dir, name);
    if (isDirectory(entry, absolute)) {
      const agent: AgentDir = { name, classFiles: [] };
      for (const childEntry of entries(absolute)) {
        const child = childEntry.name;
        const childPath = join(absolute, child);
        if (isDirectory(childEntry, childPath)) {
          problem(childPath, "unexpected directory: an agent directory holds agent.yaml and one <class>.yaml per class");
        } else if (child.endsWith(".yml")) {
          problem(childPath, `use the .yaml extension (rename to ${child.slice(0, -4)}.yaml)`);
        } else if (child === "agent.yaml") {
          agent.agentFile = childPath;
          tree.all.push(childPath);
        } else if (isYaml(child)) {
          agent.classFiles.push(childPath);
          tree.all.push(childPath);
        }
      }
      if (agent.agentFile === undefined) {
        for (const classFile of agent.classFiles) {
          problem(classFile, `no agent.yaml in ${displayPath(absolute, cwd)}/: every agent directory declares its agent`);
        }
      }
      if (agent.agentFile !== undefined || agent.classFiles.length > 0) tree.agents.push(agent);
    } else if (name === "templates.yaml") {
      tree.templatesFile = absolute;
      tree.all.push(absolute);
    } else if (name === "legacy.yaml") {
      tree.legacyFile = absolute;
      tree.all.push(absolute);
    } else if (name === "primes.yaml") {
      tree.primesFile = absolute;
      tree.all.push(absolute);
    } else if (name.endsWith(".yml")) {
      problem(absolute, `use the .yaml extension (rename to ${name.slice(0, -4)}.yaml)`);
    } else if (isYaml(name)) {
      problem(absolute, "unexpected file: the top level holds templates.yaml, legacy.yaml, primes.yaml and one directory per agent");
    }
  }
  tree.all.sort();
  return tree;
}

const SLAB_BYTES = 1 << 22;

/**
 * The bytes of every file, read into a few shared slabs of 4 MB (or more for a larger file) rather than one new
 * buffer per file: at 1,100 files the per-file allocations cost more than reading them (fresh memory is slow on
 * the benchmark machine, docs/reconciler-scale.md). Each value is a view of its slab.
 */
export function readFiles(files: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
  let used = 0;
  for (const file of files) {
    const fd = openSync(file, "r");
    try {
      let start = used;
      for (;;) {
        if (used === slab.length) {
          // full: this file's bytes so far move to a new slab twice their size (at least a slab)
          const next = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, 2 * (used - start)));
          slab.copy(next, 0, start, used);
          used -= start;
          start = 0;
          slab = next;
        }
        const n = readSync(fd, slab, used, slab.length - used, null);
        if (n === 0) break;
        used += n;
      }
      out.set(file, slab.subarray(start, used));
    } finally {
      closeSync(fd);
    }
  }
  return out;
}
