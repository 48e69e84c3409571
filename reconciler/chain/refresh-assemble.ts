/**
 * refresh stage: assembling the observed state (reconciler/chain/refresh.ts `assembleState`) — the sink every record is
 * put in (two records mapping to one resource is an error), template versions, agents, legacy classes, and the SORL
 * parameters gathered along the way. Pure: no reads. Classes, units and their rate limits: refresh-classes.ts.
 */
import type { Hex } from "viem";
import type { ObservedState, ObservedTimelockOperation, ResourceMap, Resource } from "../model/observed.js";
import { getAddress } from "../model/address.js";
import { yamlKey } from "./legacy.js";
import { COMPONENT, fromBytes32Name, kindName } from "./names.js";
import { type ClassAssembly, putClasses } from "./refresh-classes.js";
import type { ClassLive, UnitLive } from "./refresh-live.js";
import type { PauPas, readPasGlobals } from "./refresh-pas.js";
import {
  type AgentRecord,
  type ClassRecord,
  ORIGIN_LEGACY,
  type Rec,
  TEMPLATE_STATUS,
  type TemplateVersion,
  type UnitRecord,
  ZERO_ADDRESS,
  ZERO_BYTES32,
  artifactFields,
  flowIdName,
  ofClass,
} from "./refresh-shared.js";

/**
 * The resources found so far; `sorted` gives them by address and refuses a second record for one address. A put
 * only appends (a plain object or a Map would hash — and an object also internalise — each of the ~54,000 keys of a
 * 1,000-class tree on every put); the keys are sorted once, a duplicate shows up as two equal neighbours, and the
 * map is built once, in order.
 */
export class ResourceSink {
  private readonly entries: [string, Resource][] = [];

  put(address: string, resource: Resource): void {
    this.entries.push([address, resource]);
  }

  /** The resources sorted by address (UTF-16 code units, as `Array.prototype.sort` orders strings). */
  sorted(): ResourceMap {
    const entries = this.entries;
    entries.sort(byAddress);
    const out: ResourceMap = {};
    let previous: string | undefined;
    for (const [address, resource] of entries) {
      if (address === previous) throw new Error(`refresh: two on-chain records map to the resource ${address}`);
      previous = address;
      out[address] = resource;
    }
    return out;
  }
}

const byAddress = (x: [string, Resource], y: [string, Resource]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);

/** SORL parameters as stored, per RateLimits (the zero address = the scope-wide fallback), and every cBEAM seen. */
export interface Sorl {
  hop: Record<string, bigint>;
  maxChange: Record<string, bigint>;
  cBeams: Set<string>;
}

export function newSorl(globals: { hop: bigint; maxChange: bigint }): Sorl {
  return { hop: { [ZERO_ADDRESS]: globals.hop }, maxChange: { [ZERO_ADDRESS]: globals.maxChange }, cBeams: new Set() };
}

/** Template versions; returns each version's status (`<id>.v<version>` → status) for the classes. */
export function putTemplates(sink: ResourceSink, allTemplates: readonly TemplateVersion[]): Map<string, string> {
  const put = sink.put.bind(sink);
  const templateStatus = new Map<string, string>();
  for (const t of allTemplates) {
    const id = fromBytes32Name(t.templateId);
    const status = TEMPLATE_STATUS[t.status] ?? String(t.status);
    templateStatus.set(`${id}.v${t.version}`, status);
    const s = t.spec;
    const fields: Rec = {
      kind: kindName(s.kind),
      status,
      "audit.uri": s.audit.uri,
      "audit.sha256": s.audit.hash,
      beacon: s.beaconKinds.map(fromBytes32Name),
      implementations: [...s.classComponents, ...s.unitComponents].map((c) => getAddress(c.implementation)),
      codehashes: [...s.classComponents, ...s.unitComponents].map((c) => c.codeHash),
      components: [
        ...s.classComponents.map((c) => `class:${fromBytes32Name(c.name)}`),
        ...s.unitComponents.map((c) => `unit:${fromBytes32Name(c.name)}`),
      ],
      ranges: [
        ...s.classRanges.map((r) => `class.${fromBytes32Name(r.name)}=${r.min}..${r.max}`),
        ...s.unitRanges.map((r) => `unit.${fromBytes32Name(r.name)}=${r.min}..${r.max}`),
      ],
      "day0.limits": s.day0Limits.map((l) => `${flowIdName(l.flow)}=${l.maxAmount}@${l.slope}/s`),
      "day0.cycles": s.day0Cycles,
      proposer: getAddress(t.proposer),
    };
    put(`template.${id}.v${t.version}`, { type: "template", fields });
  }
  return templateStatus;
}

export function putAgents(sink: ResourceSink, allAgents: readonly AgentRecord[]): void {
  const put = sink.put.bind(sink);
  for (const ag of allAgents) {
    const fields: Rec = { operator: getAddress(ag.operator), classes: ag.classIds.map(fromBytes32Name) };
    artifactFields("artifact", ag.artifact, fields);
    put(`agent.${fromBytes32Name(ag.agentId)}`, { type: "agent", fields });
  }
}

/**
 * Legacy classes (registered, not deployed by the factory) with their PAS registration; records their SORL. Their
 * further contracts, recorded PascalCase (`NfatFacility`), read back under legacy.yaml's camelCase key. Their units
 * (`legacy.<id>.unit.<unitId>`): contracts by recorded name, artifact.
 */
export function putLegacyClasses(
  sink: ResourceSink,
  sorl: Sorl,
  legacyClasses: readonly ClassRecord[],
  legacyPas: readonly PauPas[],
  allUnits: readonly UnitRecord[] = [],
): void {
  const put = sink.put.bind(sink);
  const { hop, maxChange } = sorl;
  legacyClasses.forEach((c, i) => {
    const pas = legacyPas[i]!;
    hop[c.rateLimits.toLowerCase()] = pas.hop;
    maxChange[c.rateLimits.toLowerCase()] = pas.maxChange;
    const fields: Rec = {
      "pas.rateLimits": pas.rateLimitsRegistered,
      "pas.controller": pas.controllerRegistered,
      agent: c.agentId === ZERO_BYTES32 ? null : fromBytes32Name(c.agentId),
      "addresses.controller": getAddress(c.controller),
      "addresses.almProxy": getAddress(c.almProxy),
      "addresses.rateLimits": getAddress(c.rateLimits),
      beaconOperator: c.beacons.length > 0 ? getAddress(c.beacons[0]!.operator) : null,
    };
    for (const n of c.contracts) {
      const name = fromBytes32Name(n.name);
      if (name !== COMPONENT.ALM_PROXY && name !== COMPONENT.RATE_LIMITS && name !== COMPONENT.CONTROLLER)
        fields[`addresses.others.${yamlKey(name)}`] = getAddress(n.addr);
    }
    artifactFields("artifact", c.artifact, fields);
    if (c.conformsToTemplate && c.templateId !== ZERO_BYTES32) {
      fields["conformsTo.id"] = fromBytes32Name(c.templateId);
      fields["conformsTo.version"] = c.templateVersion;
    } else fields.conformsTo = null;
    put(`legacy.${fromBytes32Name(c.classId)}`, { type: "legacy", fields });
    for (const u of ofClass(allUnits, c.classId)) {
      if (u.origin !== ORIGIN_LEGACY) continue;
      const unitFields: Rec = {};
      for (const n of u.contracts) unitFields[`contracts.${fromBytes32Name(n.name)}`] = getAddress(n.addr);
      artifactFields("artifact", u.artifact, unitFields);
      put(`legacy.${fromBytes32Name(c.classId)}.unit.${fromBytes32Name(u.unitId)}`, { type: "legacyUnit", fields: unitFields });
    }
  });
}

/** What the assembly is made of: the pinned block, the system's reads, the registries' lists and the live stage's answers. */
export interface AssemblyInput {
  pinned: Pick<ObservedState, "chainId" | "blockNumber" | "blockHash" | "blockTimestamp">;
  system: ObservedState["system"];
  minDelay: bigint;
  pasGlobals: Awaited<ReturnType<typeof readPasGlobals>>;
  allTemplates: readonly TemplateVersion[];
  allAgents: readonly AgentRecord[];
  allUnits: readonly UnitRecord[];
  legacyClasses: readonly ClassRecord[];
  legacyPas: readonly PauPas[];
  classLive: readonly ClassLive[];
  unitLive: readonly UnitLive[];
  limits: ClassAssembly["limits"];
  destinationStates: ClassAssembly["destinationStates"];
  /** Enabled controller-action ids (undefined: checked, not enabled). */
  enabledActions: readonly (string | undefined)[];
  /** Filled in by the classes (their pending cBEAM grant operations). */
  operationTimestamps: Record<Hex, bigint>;
  timelockOperations: Map<string, ObservedTimelockOperation>;
  paramsOf: ClassAssembly["paramsOf"];
  flowNames?: ClassAssembly["flowNames"];
}

/**
 * The observed state of the reads: every resource (templates, agents, legacy classes, classes with their units and
 * limits) in address order, the PAS-wide state with the SORL parameters the classes add, the pending operations and
 * the enabled controller actions. Returns the class assembly's context too (`refreshNamed` assembles classes again).
 */
export function assembleState(input: AssemblyInput): { state: ObservedState; assembly: ClassAssembly } {
  const { pasGlobals, timelockOperations } = input;
  const sink = new ResourceSink();
  const templateStatus = putTemplates(sink, input.allTemplates);
  putAgents(sink, input.allAgents);
  const sorl = newSorl(pasGlobals);
  putLegacyClasses(sink, sorl, input.legacyClasses, input.legacyPas, input.allUnits);
  const assembly: ClassAssembly = {
    sink,
    sorl,
    pasGlobals,
    templateStatus,
    operationTimestamps: input.operationTimestamps,
    timelockOperations,
    allUnits: input.allUnits,
    unitLive: input.unitLive,
    destinationStates: input.destinationStates,
    limits: input.limits,
    paramsOf: input.paramsOf,
    flowNames: input.flowNames,
  };
  putClasses(assembly, input.classLive);

  const state: ObservedState = {
    ...input.pinned,
    system: input.system,
    pas: {
      stopped: pasGlobals.stopped,
      timelockPaused: pasGlobals.timelockPaused,
      hop: sorl.hop,
      maxChange: sorl.maxChange,
      ...(pasGlobals.factoryRole !== undefined ? { factoryRole: pasGlobals.factoryRole } : {}),
      cBeams: [...sorl.cBeams].sort(),
      timelockOperationCount: pasGlobals.operationCount,
    },
    timelockMinDelay: input.minDelay,
    resources: sink.sorted(),
    timelockOperations: [...timelockOperations.values()].sort((x, y) => x.id.localeCompare(y.id)),
    controllerActions: input.enabledActions.filter((a): a is string => a !== undefined).sort(),
  };
  return { state, assembly };
}
