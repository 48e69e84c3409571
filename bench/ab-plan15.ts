/**
 * In-process A/B of what runs after observe's first refresh (plan15, session 9): the base's functions (a copy of the
 * base commit under BASE, default /tmp/plan15/base) and this branch's, alternated on the same observed state of the
 * saved 1,000-class chain, CPU ms (process.cpuUsage), answers compared equal each round.
 *   tsx bench/ab-plan15.ts [N=1000] [--rounds 5]
 */
import { writeFileSync } from "node:fs";
import { serialize } from "node:v8";
import { resolve } from "node:path";
import { loadDesiredState } from "../reconciler/load/index.js";
import { createCountingClient } from "../reconciler/chain/rpc.js";
import { withLens } from "../reconciler/chain/lens.js";
import { refreshWith } from "../reconciler/chain/refresh.js";
import type { RegistryLists } from "../reconciler/chain/refresh-registry.js";
import { observe, planFrom, allBuilders } from "../reconciler/plan/session.js";
import { DesiredAhead, buildPredictions, desiredSide, observedLookup } from "../reconciler/plan/desired-side.js";
import { runPreflight } from "../reconciler/plan/preflight.js";
import { detectDrift } from "../reconciler/plan/drift.js";
import { pasDrift } from "../reconciler/ops/pas-drift.js";
import { configuratorBuilders } from "../reconciler/plan/actions.js";
import { renderText } from "../reconciler/plan/render.js";
import { loadMeta, startSavedAnvil } from "./scale-state.js";
import { setRpcTimeout } from "../reconciler/chain/rpc-timeout.js";
import { startProfile, stopProfile } from "../reconciler/model/profile.js";
import { lastAheadOutcome } from "../reconciler/plan/session.js";

const BASE = resolve(process.env.BASE ?? "/tmp/plan15/base");
const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
// N is the first number that is not --rounds' value
const n = Number(args.find((a, i) => /^\d+$/.test(a) && !(roundsAt >= 0 && i === roundsAt + 1)) ?? 1000);
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) || 5 : 5;

const baseFrom = await import(`${BASE}/reconciler/plan/from-desired.ts`);
const basePrime = await import(`${BASE}/reconciler/plan/prime.ts`);
const baseSession = await import(`${BASE}/reconciler/plan/session.ts`);
const basePreflight = await import(`${BASE}/reconciler/plan/preflight.ts`);
const baseDrift = await import(`${BASE}/reconciler/plan/drift.ts`);
const basePas = await import(`${BASE}/reconciler/ops/pas-drift.ts`);
const baseActions = await import(`${BASE}/reconciler/plan/actions.ts`);
const baseAddress = await import(`${BASE}/reconciler/model/address.ts`);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function timed<T>(f: () => T): [T, number] {
  const t = cpu();
  const v = f();
  return [v, cpu() - t];
}
async function timedAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = cpu();
  const v = await f();
  return [v, cpu() - t];
}
const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x));

/** The base's desired side after the refresh (plan/session.ts of the base, inline). */
function baseDesiredSide(state: any, o1: any) {
  const addressField = (observed: any, address: string, field: string) => {
    const v = observed.resources[address]?.fields[field];
    return typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? baseAddress.getAddress(v) : undefined;
  };
  const predictions: any = {};
  for (const c of state.classes) {
    const cls = `class.${c.id}`;
    const pau = addressField(o1, cls, "pau");
    const rateLimits = addressField(o1, cls, "rateLimits");
    const controller = addressField(o1, cls, "controller");
    if (pau === undefined || rateLimits === undefined || controller === undefined) continue;
    const facility = addressField(o1, cls, "address.NfatFacility");
    const redeem = addressField(o1, cls, "address.NfatRedeem");
    const contracts: any = {};
    if (facility) contracts.facility = facility;
    if (redeem) contracts.redeem = redeem;
    const unitContracts: any = {};
    if (c.kind === "portfolio-lcts")
      for (const u of c.units) {
        const ua = `${cls}.unit.${u.id}`;
        const sub = addressField(o1, ua, "address.SubscribeQueue");
        const red = addressField(o1, ua, "address.RedeemQueue");
        const own: any = {};
        if (sub) own["subscribe-queue"] = sub;
        if (red) own["redeem-queue"] = red;
        unitContracts[u.id] = own;
      }
    predictions[c.id] = { pau, rateLimits, controller, contracts, units: unitContracts };
  }
  const desired = baseFrom.desiredResources(state, predictions);
  const primeDesired = basePrime.primeDesiredResources(state, predictions);
  for (const address of Object.keys(primeDesired)) desired[address] = primeDesired[address]!;
  for (const a of state.agents) delete desired[`agent.${a.id}`]?.fields.name;
  for (const l of state.legacy) delete desired[`legacy.${l.id}`]?.fields.name;
  const keys = {
    ...baseSession.refreshKeysFromTree(state, desired),
    govOps: Object.fromEntries(state.classes.map((c: any) => [c.id, [c.govOps]])),
  };
  return { predictions, desired, primeDesired, keys };
}

setRpcTimeout(600_000);
const saved = loadMeta(n);
if (saved === undefined) throw new Error(`no saved chain for ${n}`);
const anvil = await startSavedAnvil(saved);
try {
  const loaded = loadDesiredState(saved.tree);
  if (!loaded.ok) throw new Error("tree");
  const state = loaded.state;
  const rpc = withLens(createCountingClient(anvil.url));
  let lists: RegistryLists | undefined;
  const first = await refreshWith(rpc, { addresses: saved.addresses, fromBlock: saved.deployBlock, onRegistryLists: (l) => (lists = l) });
  const o1 = first.state;
  const obs = await observe({ rpcUrl: anvil.url, addresses: saved.addresses, state, fromBlock: saved.deployBlock, desiredAhead: "off" });
  console.log(`observed ${Object.keys(obs.observed.resources).length} resources, desired ${Object.keys(obs.desired).length}`);
  if (process.env.DUMP !== undefined) writeFileSync(process.env.DUMP, serialize({ desired: obs.desired, observed: obs.observed }));
  const rows: Record<string, { base: number[]; mine: number[] }> = {};
  const add = (k: string, b: number, m: number) => {
    (rows[k] ??= { base: [], mine: [] }).base.push(b);
    rows[k]!.mine.push(m);
  };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ["base", "mine"] : ["mine", "base"];
    // 1. the desired side after the refresh
    let bSide: any, mSide: any, bT = 0, mT = 0, idleT = 0;
    for (const who of order) {
      if (who === "base") [bSide, bT] = timed(() => baseDesiredSide(state, o1));
      else {
        const ahead = new DesiredAhead(() => state, "now");
        const t0 = cpu();
        ahead.start(lists!);
        idleT = cpu() - t0;
        [mSide, mT] = timed(() => ahead.take(state, o1, false));
        if (ahead.outcome !== "used") throw new Error(`ahead ${ahead.outcome}`);
      }
    }
    const ref = desiredSide(state, buildPredictions(state, observedLookup(o1)));
    const mPredictions = json(mSide.predictions);
    if (json(bSide.desired) !== json(mSide.desired) || json(bSide.keys) !== json(mSide.keys) || json(bSide.predictions) !== mPredictions || mPredictions !== json(ref.predictions))
      throw new Error("desired side differs");
    add("desired side after the refresh (mine: replay only)", bT, mT);
    add("desired side ahead (mine, idle time)", 0, idleT);
    // 2. planFrom
    let bPlan: any, mPlan: any, bP = 0, mP = 0;
    for (const who of order) {
      if (who === "base") [bPlan, bP] = timed(() => baseSession.planFrom(obs));
      else [mPlan, mP] = timed(() => planFrom(obs));
    }
    if (renderText(bPlan) !== renderText(mPlan) || json(bPlan.changes) !== json(mPlan.changes)) throw new Error("plan differs");
    add("planFrom", bP, mP);
    // 3. runPreflight
    let bPre: any, mPre: any, bF = 0, mF = 0;
    for (const who of order) {
      if (who === "base") [bPre, bF] = await timedAsync(() => basePreflight.runPreflight(obs, bPlan));
      else [mPre, mF] = await timedAsync(() => runPreflight(obs, mPlan));
    }
    if (json(bPre) !== json(mPre)) throw new Error("preflight differs");
    add("runPreflight", bF, mF);
    // 4. drift
    let bD: any, mD: any, bDT = 0, mDT = 0;
    for (const who of order) {
      if (who === "base")
        [bD, bDT] = timed(() => ({
          r: baseDrift.detectDrift(obs.desired, obs.observed, obs.observed.blockTimestamp, { ...baseActions.configuratorBuilders(), ...baseSession.allBuilders(obs) }),
          p: basePas.pasDrift(obs.observed, obs.desired),
        }));
      else
        [mD, mDT] = timed(() => ({
          r: detectDrift(obs.desired, obs.observed, obs.observed.blockTimestamp, { ...configuratorBuilders(), ...allBuilders(obs) }),
          p: pasDrift(obs.observed, obs.desired),
        }));
    }
    if (json(bD) !== json(mD)) throw new Error("drift differs");
    add("detectDrift + pasDrift", bDT, mDT);
  }
  // 5. observe as a whole, the desired side ahead in idle moments ("idle", this branch's default) against "off" (the
  // base's order): the CPU of the stage that maps the tree after the refresh, the refresh's live stage (where the
  // ahead work goes), and observe's wall time
  const ob: Record<string, { idle: number[]; off: number[] }> = {};
  const oadd = (k: string, mode: "idle" | "off", v: number) => ((ob[k] ??= { idle: [], off: [] })[mode].push(v));
  const outcomes: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const mode of r % 2 === 0 ? (["idle", "off"] as const) : (["off", "idle"] as const)) {
      startProfile({ nodePid: anvil.pid });
      const w = performance.now();
      const c = cpu();
      const o = await observe({ rpcUrl: anvil.url, addresses: saved.addresses, state, fromBlock: saved.deployBlock, desiredAhead: mode });
      const wall = performance.now() - w;
      const total = cpu() - c;
      const stages = stopProfile();
      if (mode === "idle") outcomes.push(lastAheadOutcome);
      if (json(o.desired) !== json(obs.desired)) throw new Error(`observe(${mode}) desired differs`);
      const st = (re: RegExp) => stages.filter((s) => re.test(s.stage)).reduce((a, s) => a + s.cpuMs, 0);
      const sw = (re: RegExp) => stages.filter((s) => re.test(s.stage)).reduce((a, s) => a + s.wallMs, 0);
      oadd("observe: desired side stage, CPU", mode, st(/^observe: desired resources/));
      oadd("refresh 1 live stage, CPU", mode, st(/^refresh 1: live stage/));
      oadd("refresh 1 live stage, wall", mode, sw(/^refresh 1: live stage/));
      oadd("observe CPU", mode, total);
      oadd("observe wall", mode, wall);
    }
  }
  console.log(`ahead outcomes (idle): ${outcomes.join(", ")}`);
  for (const [k, v] of Object.entries(ob)) console.log(`${k.padEnd(52)} off  ${v.off.map((x) => x.toFixed(0)).join(" / ").padEnd(28)} idle ${v.idle.map((x) => x.toFixed(0)).join(" / ")}`);
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(" / ");
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(52)} base ${fmt(v.base).padEnd(28)} mine ${fmt(v.mine)}`);
} finally {
  await anvil.stop();
}
