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
import { readdirSync, statSync } from "node:fs";
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

export function discoverTree(dir: string, cwd: string): TreeFiles {
  const tree: TreeFiles = { agents: [], all: [], problems: [] };
  const problem = (absolute: string, message: string) =>
    tree.problems.push({ file: displayPath(absolute, cwd), line: 1, col: 1, path: "", message });

  for (const name of readdirSync(dir).filter(visible).sort()) {
    const absolute = join(dir, name);
    if (statSync(absolute).isDirectory()) {
      const agent: AgentDir = { name, classFiles: [] };
      for (const child of readdirSync(absolute).filter(visible).sort()) {
        const childPath = join(absolute, child);
        if (statSync(childPath).isDirectory()) {
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
