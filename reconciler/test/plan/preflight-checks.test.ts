/** Plan-time preflight in PAS terms, from facts (no chain): roles, stopped / paused, cBEAM grants, the spell's ward. */
import { encodeFunctionData, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import type { Action, Batch } from "../../plan/actions.js";
import { beamStateAbi, configuratorAbi } from "../../plan/pas.js";
import type { Plan } from "../../plan/planner.js";
import { type PreflightFacts, preflightFindings } from "../../plan/preflight.js";
import { BEAM_STATE, CTRL1, GOVOPS1, GOVOPS2, RL1 } from "./fixtures.js";

const DEPLOYER = "0xd000000000000000000000000000000000000d01" as const;
const REGISTRY = "0x9000000000000000000000000000000000000009" as const;
const bs = (functionName: string, args: readonly unknown[]) =>
  encodeFunctionData({ abi: beamStateAbi, functionName, args } as Parameters<typeof encodeFunctionData>[0]);
const cfg = (functionName: string, args: readonly unknown[]) =>
  encodeFunctionData({ abi: configuratorAbi, functionName, args } as Parameters<typeof encodeFunctionData>[0]);

const action = (id: string, over: Partial<Action>): Action => ({ id, kind: "create", resource: id, actor: "deployer", dependsOn: [], ...over });
const batch = (id: string, actor: Batch["actor"], kind: Batch["kind"], actionIds: string[], signer?: `0x${string}`): Batch =>
  ({ id, kind, actor, actionIds, ...(signer ? { signer } : {}) }) as unknown as Batch;

const addCBeam = bs("addCBeam", [GOVOPS2]);
const setForRl = bs("setCBeamForRateLimits", [RL1, GOVOPS2]);
const P = {
  actions: [
    action("pas/spell#0", { kind: "spell", actor: "sky-governance", target: BEAM_STATE, calldata: bs("setUserRole", [DEPLOYER, 3, true]) }),
    action("class.x/deployClass", { function: "deployClass" }),
    action("t/approve", { kind: "schedule", actor: "core-council-timelocked", target: REGISTRY, function: "approveTemplate", calldata: "0x12345678" }),
    action("g/addCBeam", { kind: "schedule", actor: "core-council-timelocked", target: BEAM_STATE, function: "addCBeam", calldata: addCBeam }),
    action("g/setCBeamForRateLimits", { actor: "core-council-direct", target: BEAM_STATE, function: "setCBeamForRateLimits", calldata: setForRl }),
    action("rl/setRateLimit", { actor: "govops", function: "setRateLimit", calldata: cfg("setRateLimit", [RL1, `0x${"01".repeat(32)}`, 1n, 1n]) }),
    action("rl2/setRateLimit", { actor: "govops", function: "setRateLimit", calldata: cfg("setRateLimit", [RL1, `0x${"02".repeat(32)}`, 1n, 1n]) }),
    action("r/call", { actor: "govops", function: "callControllerAction", calldata: cfg("callControllerAction", [CTRL1, "0x"]) }),
  ],
  batches: [
    batch("batch-1", "sky-governance", "spell", ["pas/spell#0"]),
    batch("batch-2", "deployer", "transactions", ["class.x/deployClass"], DEPLOYER),
    batch("batch-3", "core-council-timelocked", "timelock-schedule", ["t/approve", "g/addCBeam"]),
    batch("batch-4", "core-council-direct", "transactions", ["g/setCBeamForRateLimits"]),
    batch("batch-5", "govops", "transactions", ["rl/setRateLimit"], GOVOPS2),
    batch("batch-6", "govops", "transactions", ["rl2/setRateLimit", "r/call"], GOVOPS1),
  ],
} as unknown as Plan;

const sel = (d: `0x${string}`) => d.slice(0, 10).toLowerCase();
const ok: PreflightFacts = {
  stopped: false,
  timelockPaused: false,
  names: { [RL1.toLowerCase()]: "class.x's RateLimits", [CTRL1.toLowerCase()]: "class.x's HaloController" },
  beamState: BEAM_STATE.toLowerCase(),
  timelockMayCall: { [sel(addCBeam)]: true },
  timelockIsAdmin: { [REGISTRY]: true },
  deployers: [DEPLOYER],
  pauseProxyIsWard: true,
  granted: {
    [`${RL1.toLowerCase()}:${GOVOPS1.toLowerCase()}`]: true,
    [`${CTRL1.toLowerCase()}:${GOVOPS1.toLowerCase()}`]: true,
  },
};

describe("preflightFindings (PAS)", () => {
  it("passes, noting a GovOps that becomes a cBEAM through the Core Council's grant in the same plan", () => {
    const r = preflightFindings(P, ok);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      `GovOps (batch-5): ${GOVOPS2} is not a cBEAM on class.x's RateLimits yet; the Core Council's grant in this plan comes first`,
    ]);
  });

  it("refuses a GovOps without a grant and without a planned one", () => {
    const r = preflightFindings(P, { ...ok, granted: {} });
    expect(r.errors).toEqual([
      `GovOps (batch-6): ${GOVOPS1} is not a cBEAM granted on class.x's RateLimits and no grant in this plan makes it one`,
      `GovOps (batch-6): ${GOVOPS1} is not a cBEAM granted on class.x's HaloController and no grant in this plan makes it one`,
    ]);
  });

  it("refuses when BeamState is stopped (GovOps) or the Timelock is paused (schedules / executes), once each", () => {
    const r = preflightFindings(P, { ...ok, stopped: true, timelockPaused: true });
    expect(r.errors).toEqual([
      "timelock (batch-3): the PAS Timelock is paused: it schedules and executes nothing until its admin unpauses it",
      "GovOps (batch-5): BeamState is stopped: the Configurator refuses every GovOps call",
    ]);
  });

  it("refuses timelocked calls the Timelock may not make: no DELAYED role for the selector, no admin on a registry", () => {
    const r = preflightFindings(P, { ...ok, timelockMayCall: { [sel(addCBeam)]: false }, timelockIsAdmin: { [REGISTRY]: false } });
    expect(r.errors).toEqual([
      `timelock roles (batch-3): the PAS Timelock does not hold DEFAULT_ADMIN_ROLE on ${REGISTRY}, which approveTemplate (t/approve) requires`,
      "timelock roles (batch-3): the PAS Timelock may not call BeamState.addCBeam (role DELAYED not enabled for it), which g/addCBeam needs",
    ]);
  });

  it("with a signing key: it must be a Timelock PROPOSER for schedules and hold IMMEDIATE for direct calls", () => {
    const signer = getAddress("0x00000000000000000000000000000000000000aa");
    const r = preflightFindings(P, { ...ok, signer, signerIsProposer: false, signerMayCallDirect: { [sel(setForRl)]: false } });
    expect(r.errors).toEqual([
      `proposer (batch-3): the signer ${signer} does not hold PROPOSER_ROLE on the PAS Timelock`,
      `Core Council direct (batch-4): the signer ${signer} may not call BeamState.setCBeamForRateLimits (no IMMEDIATE role for it)`,
    ]);
  });

  it("no PROPOSER_ROLE holder at all (from the Timelock's role logs): one error, before the signer's own check", () => {
    const signer = getAddress("0x00000000000000000000000000000000000000aa");
    expect(preflightFindings(P, { ...ok, signer, signerIsProposer: false, proposers: 0 }).errors).toEqual([
      "proposer (batch-3): no account holds PROPOSER_ROLE on the PAS Timelock, so nobody can schedule this batch (governance grants it)",
    ]);
    expect(preflightFindings(P, { ...ok, proposers: 1 }).errors).toEqual([]);
  });

  it("a spell needs the PauseProxy to be a BeamState ward; without a PauseProxy address it is only written", () => {
    expect(preflightFindings(P, { ...ok, pauseProxyIsWard: false }).errors).toEqual([
      "spell (batch-1): the configured PauseProxy is not a ward of BeamState, so a spell cannot make these calls",
    ]);
    const { pauseProxyIsWard: _w, ...noPp } = ok;
    expect(preflightFindings(P, noPp).notes[0]).toBe("spell (batch-1): no PauseProxy address is configured: the spell payload is written for a spell author");
  });

  it("refuses a deployer that does not hold DEPLOYER", () => {
    expect(preflightFindings(P, { ...ok, deployers: [] }).errors).toEqual(["deployer (batch-2): no account holds DEPLOYER on HaloFactory"]);
    expect(preflightFindings(P, { ...ok, deployers: [GOVOPS1] }).errors).toEqual([`deployer (batch-2): ${DEPLOYER} does not hold DEPLOYER on HaloFactory`]);
  });
});
