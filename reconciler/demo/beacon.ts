/**
 * The demo's beacon rotation step (issue 16, docs/operations.md "Rotating a beacon operator"): the Portfolio
 * class's lpha-lcts operator changes in halos/ (the workspace's copy); `halo plan` shows one Core Council timelocked
 * batch — grantRole / revokeRole of BEACON_ROLE on every unit's share token and queues, and the Halo registry's
 * setBeaconOperator —; `halo apply` schedules it, the clock passes the PAS Timelock's delay, `halo apply` executes
 * it; a re-plan says "No changes.". The registry then names the new operator, whose lock is accepted while the old
 * one's is refused (eth_call: nothing is sent, the settlement days that follow run with the new operator).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Address, encodeFunctionData, getAddress } from "viem";
import { call, readContract } from "viem/actions";
import { haloRegistryAbi, subscribeQueueAbi } from "../abi/index.js";
import { toBytes32Name } from "../chain/names.js";
import type { DemoChain } from "./chain.js";
import type { HaloRun, Workspace } from "./workspace.js";

/** anvil's account 7: the new lpha-lcts operator (a public test account). */
export const NEW_LCTS_BEACON: Address = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";

export interface BeaconOutcome {
  classId: string;
  from: Address;
  to: Address;
  /** grantRole / revokeRole calls in the rotation batch. */
  roleCalls: number;
  applyRounds: number;
  noChangesAfter: boolean;
  oldRefused: boolean;
  newAccepted: boolean;
  /** The plan's lines for the rotation (its class header and actions). */
  planLines: string[];
}

type Expect = (what: string, r: HaloRun, codes?: number[]) => HaloRun;

async function classBeacon(c: DemoChain, classId: string): Promise<Address> {
  const record = await readContract(c.client, { address: c.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [toBytes32Name(classId)] });
  return getAddress(record.beacons.find((b) => b.kind === toBytes32Name("lpha-lcts"))!.operator);
}

/** True when `from` may lock `queue` (simulated: eth_call, nothing sent). */
async function canLock(c: DemoChain, from: Address, queue: Address): Promise<boolean> {
  const data = encodeFunctionData({ abi: subscribeQueueAbi, functionName: "lock", args: [] });
  return call(c.client, { account: from, to: queue, data }).then(
    () => true,
    () => false,
  );
}

export async function rotateBeacon(c: DemoChain, ws: Workspace, classId: string, yamlFile: string, expectHalo: Expect): Promise<BeaconOutcome> {
  const from = await classBeacon(c, classId);
  const file = join(ws.dir, "halos", yamlFile);
  const yaml = readFileSync(file, "utf8");
  const declared = `lpha-lcts: "${from}"`;
  if (!yaml.includes(declared)) throw new Error(`${yamlFile} does not declare ${declared}`);
  writeFileSync(file, yaml.replace(declared, `lpha-lcts: "${NEW_LCTS_BEACON}"`));

  const plan = expectHalo("halo plan (beacon rotation)", await ws.halo(["plan", "--detailed-exitcode"]), [2]);
  if (!plan.stdout.includes("setBeaconOperator(") || plan.stdout.includes("refused:"))
    throw new Error(`the rotation plan is not the governed batch:\n${plan.stdout}`);
  const planLines = plan.stdout.split("\n").filter((l) => /# class\.\S+ will be updated|setBeaconOperator\(|(grantRole|revokeRole)\(|^batch-|^Plan:/.test(l.trim()));
  const roleCalls = (plan.stdout.match(/ (grants|revokes) BEACON_ROLE /g) ?? []).length;

  let applyRounds = 0;
  let last = expectHalo("halo apply (beacon rotation)", await ws.halo(["apply", "--auto-approve"]));
  while (!last.stdout.includes("No changes.")) {
    if (++applyRounds > 4) throw new Error(`the rotation is not done after ${applyRounds} apply rounds:\n${last.stdout}`);
    await c.warp(c.d.timelockDelay);
    last = expectHalo(`halo apply (beacon rotation, round ${applyRounds + 1})`, await ws.halo(["apply", "--auto-approve"]));
  }
  const again = expectHalo("halo plan (after the rotation)", await ws.halo(["plan", "--detailed-exitcode"]));
  const to = await classBeacon(c, classId);
  if (to !== getAddress(NEW_LCTS_BEACON)) throw new Error(`the registry still names ${to} as ${classId}'s lpha-lcts operator`);

  const units = await readContract(c.client, { address: c.d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getUnitsPage", args: [0n, 1000n] });
  const queue = units.find((u) => u.classId === toBytes32Name(classId))!.contracts.find((x) => x.name === toBytes32Name("SubscribeQueue"))!.addr;
  return {
    classId,
    from,
    to,
    roleCalls,
    applyRounds,
    noChangesAfter: again.stdout.includes("No changes."),
    oldRefused: !(await canLock(c, from, queue)),
    newAccepted: await canLock(c, to, queue),
    planLines,
  };
}

/** The demo step: the rotation, its progress line and the plan's lines as detail. */
export async function beaconStep(
  c: DemoChain,
  ws: Workspace,
  classId: string,
  expectHalo: Expect,
): Promise<{ value: BeaconOutcome; line: string; detail: string }> {
  const out = await rotateBeacon(c, ws, classId, join("acme", "mmf.yaml"), expectHalo);
  if (!out.noChangesAfter || !out.oldRefused || !out.newAccepted)
    throw new Error(`beacon rotation incomplete: ${JSON.stringify({ noChanges: out.noChangesAfter, oldRefused: out.oldRefused, newAccepted: out.newAccepted })}`);
  return {
    value: out,
    line: `${classId} lpha-lcts ${out.from} → ${out.to}: one PAS Timelock batch (${out.roleCalls} grantRole / revokeRole + setBeaconOperator), ${out.applyRounds + 1} apply rounds; re-plan: No changes.; old operator's lock refused, new one's accepted`,
    detail: out.planLines.map((l) => (l.length > 160 ? `${l.slice(0, 157)}...` : l)).join("\n"),
  };
}
