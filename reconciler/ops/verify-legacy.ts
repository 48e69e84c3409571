/**
 * `halo verify class|unit <id>` for a pre-factory (legacy) entry: the factory's Day-0 checklist does not apply (no
 * factory event, no Day-0 limits, no cBEAM grant the factory scheduled), so a legacy entry gets its own rows:
 *
 *   registry.recorded        the entry is a LEGACY record; each of its contracts is recorded under this id
 *                            (`ownerOf`) and none is factory-deployed
 *   template.status          the template the record says it conforms to is approved (deprecated reported, revoked
 *                            fails); an entry that conforms to no template passes with that said
 *   code.<Component>         (conforming entries) the contract runs the code the template pins: an EIP-1167 clone of
 *                            an implementation with the pinned code hash, or its own code hash is the pinned one
 *   wiring.<Contract>.<fn>   (conforming) the HaloController drives the recorded ALMProxy / RateLimits; a Portfolio
 *                            unit's queues point at the class's HaloController and the unit's share token
 *   range.<param>            (conforming Portfolio units) capacity / minDeposit / maxRateIncreaseBps inside the
 *                            template's unit ranges
 *   pas.registered           (class) its RateLimits and HaloController are registered in PAS's BeamState
 *   pas.configuratorAdmin    (class) the PAS Configurator administers its ALMProxy, RateLimits and HaloController
 *   beacon.operator          (class) a non-zero beacon operator is recorded
 *   artifact                 the registry's artifact is complete and, when given, equals the document's sha256
 *   day0.status              informational (a legacy entry is recorded with 0 Day-0 cycles)
 *
 * The conformity rows come from chain/legacy.ts, the same code `halo plan` runs before it records an entry.
 */
import { type Abi, type Address, type Client, type Hex, getAddress, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import * as abi from "../abi/index.js";
import { type Finding, type NamedContract, type PinnedComponent, type PinnedRange, codeFindings, lctsUnitFindings, pauWiringFindings } from "../chain/legacy.js";
import { fromBytes32Name, kindName } from "../chain/names.js";
import type { ClassRecord, UnitRecord } from "../chain/refresh-shared.js";
import { artifactHashCheck } from "./artifact.js";
import { type OpsSystem, idText } from "./common.js";
import { type NamedAddress, classContracts } from "./registry.js";

/** What the legacy checks read of the registry's class and unit records (chain/refresh-shared.ts's ABI types). */
export type LegacyClassRecord = Pick<
  ClassRecord,
  "classId" | "kind" | "templateId" | "templateVersion" | "origin" | "conformsToTemplate" | "almProxy" | "controller" | "rateLimits" | "contracts" | "beacons" | "artifact" | "day0"
>;
export type LegacyUnitRecord = Pick<UnitRecord, "unitId" | "origin" | "contracts" | "artifact" | "day0">;

interface Spec {
  status: number;
  spec: {
    kind: Hex;
    classComponents: readonly { name: Hex; implementation: Address; codeHash: Hex }[];
    unitComponents: readonly { name: Hex; implementation: Address; codeHash: Hex }[];
    classRanges: readonly { name: Hex; min: bigint; max: bigint }[];
    unitRanges: readonly { name: Hex; min: bigint; max: bigint }[];
  };
}

const STATUS = ["none", "proposed", "approved", "deprecated", "revoked"] as const;
const ZERO32: Hex = `0x${"00".repeat(32)}`;

/** The checks of a legacy class (`unit` undefined) or of one of its units. */
export async function legacyChecks(
  client: Client,
  system: OpsSystem,
  block: bigint,
  cls: LegacyClassRecord,
  unit: LegacyUnitRecord | undefined,
  artifactSha256?: Hex,
): Promise<Finding[]> {
  const out: Finding[] = [];
  const read = <T>(address: Address, contractAbi: Abi, functionName: string, args: readonly unknown[] = []) =>
    readContract(client, { address, abi: contractAbi, functionName, args, blockNumber: block } as never) as Promise<T>;
  const id = unit?.unitId ?? cls.classId;
  const own: NamedAddress[] = unit !== undefined ? [...unit.contracts] : classContracts(cls);

  // ---- registry ----
  const problems: string[] = [];
  for (const c of own) {
    const name = fromBytes32Name(c.name);
    const [owner, factoryMade] = await Promise.all([
      read<Hex>(system.haloRegistry, abi.haloRegistryAbi as Abi, "ownerOf", [c.addr]),
      read<boolean>(system.haloRegistry, abi.haloRegistryAbi as Abi, "isFactoryDeployed", [c.addr]),
    ]);
    if (owner.toLowerCase() !== id.toLowerCase()) problems.push(`${name} ${c.addr} is recorded under ${owner === ZERO32 ? "no entry" : idText(owner)}`);
    if (factoryMade) problems.push(`${name} ${c.addr} is factory-deployed`);
  }
  const origin = (unit ?? cls).origin;
  if (origin !== 2) problems.unshift(`origin is ${origin === 1 ? "factory" : "unknown"}, not legacy`);
  out.push({
    name: "registry.recorded",
    ok: problems.length === 0,
    detail: problems.length > 0 ? problems.join("; ") : `pre-factory entry, ${own.length} contracts recorded under it, none factory-deployed`,
  });

  // ---- template and conformity ----
  const template = `${fromBytes32Name(cls.templateId)} v${cls.templateVersion}`;
  const conforms = cls.conformsToTemplate && cls.templateId !== ZERO32;
  const found = conforms
    ? await read<Spec>(system.templateRegistry, abi.templateRegistryAbi as Abi, "getTemplate", [cls.templateId, cls.templateVersion]).catch(() => undefined)
    : undefined;
  if (!conforms) {
    out.push({ name: "template.status", ok: true, detail: "conforms to no template (governance's statement in the record): nothing pinned to compare" });
  } else if (found === undefined) {
    out.push({ name: "template.status", ok: false, detail: `the record says it conforms to ${template}, which is not in the TemplateRegistry` });
  } else {
    const status = STATUS[found.status] ?? "unknown";
    out.push({
      name: "template.status",
      ok: status === "approved" || status === "deprecated",
      detail: `conforms to ${template}, which is ${status}${status === "deprecated" ? " (no new deployments; existing instances untouched)" : ""}`,
    });
    const components: PinnedComponent[] = [
      ...found.spec.classComponents.map((c) => ({ scope: "class" as const, name: fromBytes32Name(c.name), implementation: c.implementation, codeHash: c.codeHash })),
      ...found.spec.unitComponents.map((c) => ({ scope: "unit" as const, name: fromBytes32Name(c.name), implementation: c.implementation, codeHash: c.codeHash })),
    ];
    const ranges: PinnedRange[] = found.spec.unitRanges.map((r) => ({ scope: "unit", name: fromBytes32Name(r.name), min: r.min, max: r.max }));
    const contracts: NamedContract[] = own.map((c) => ({ name: fromBytes32Name(c.name), address: getAddress(c.addr) }));
    out.push(...(await codeFindings(client, unit !== undefined ? "unit" : "class", components, contracts, template, block)));
    if (unit === undefined) out.push(...(await pauWiringFindings(client, cls, block)));
    else if (kindName(found.spec.kind) === "portfolio-lcts") out.push(...(await lctsUnitFindings(client, contracts, cls.controller, ranges, block)));
  }

  // ---- PAS and beacon (the PAU: class only) ----
  if (unit === undefined) {
    const [rl, ctrl] = await Promise.all([
      read<bigint>(system.beamState, abi.pasBeamStateAbi as Abi, "rateLimits", [cls.rateLimits]),
      read<bigint>(system.beamState, abi.pasBeamStateAbi as Abi, "controllers", [cls.controller]),
    ]);
    out.push({
      name: "pas.registered",
      ok: rl === 1n && ctrl === 1n,
      detail:
        rl === 1n && ctrl === 1n
          ? `RateLimits ${cls.rateLimits} and HaloController ${cls.controller} are registered in BeamState`
          : [rl === 1n ? "" : `RateLimits ${cls.rateLimits} is not registered in BeamState`, ctrl === 1n ? "" : `HaloController ${cls.controller} is not registered in BeamState`]
              .filter(Boolean)
              .join("; ") + " (the Core Council's addRateLimits / addController, timelocked: `halo plan` proposes them)",
    });
    const notAdmin: string[] = [];
    for (const [name, a] of [
      ["ALMProxy", cls.almProxy],
      ["RateLimits", cls.rateLimits],
      ["HaloController", cls.controller],
    ] as const) {
      const ok = await read<boolean>(a, abi.almProxyAbi as Abi, "hasRole", [ZERO32, system.configurator]).catch(() => false);
      if (!ok) notAdmin.push(`${name} ${a}`);
    }
    out.push({
      name: "pas.configuratorAdmin",
      ok: notAdmin.length === 0,
      detail: notAdmin.length === 0 ? "the PAS Configurator administers ALMProxy, RateLimits and HaloController" : `the PAS Configurator is not admin of ${notAdmin.join(", ")}: GovOps cannot operate it through PAS`,
    });
    const op = cls.beacons[0]?.operator;
    out.push({
      name: "beacon.operator",
      ok: op !== undefined && op !== zeroAddress,
      detail: op !== undefined && op !== zeroAddress ? `${fromBytes32Name(cls.beacons[0]!.kind)} operated by ${op}` : "no beacon operator recorded",
    });
  }

  // ---- artifact, Day-0 ----
  const art = (unit ?? cls).artifact;
  out.push(artifactHashCheck(art, artifactSha256, "pass --artifact FILE to compare with the document"));
  const day0 = (unit ?? cls).day0;
  out.push({ name: "day0.status", ok: true, detail: day0.cycles === 0 ? "pre-factory entry: recorded with no Day-0 cycles" : `in Day-0: ${day0.reviewCount} of ${day0.cycles} reviews recorded` });
  return out;
}
