import { encodeFunctionData } from "viem";
import { describe, expect, it } from "vitest";
import { beamStateAbi } from "../../abi/index.js";
import type { Action, Batch } from "../../plan/actions.js";
import type { Plan } from "../../plan/planner.js";
import { type PreflightFacts, preflightFindings } from "../../plan/preflight.js";
import { BEAM_STATE, GOVOPS1, PAU1 } from "./fixtures.js";

const DEPLOYER = "0xd000000000000000000000000000000000000d01" as const;
const PROPOSER = "0xe000000000000000000000000000000000000e01" as const;

function plan(actions: Action[], batches: Batch[]): Plan {
  return { actions, batches } as unknown as Plan;
}
const action = (id: string, over: Partial<Action>): Action => ({ id, kind: "create", resource: id, authority: "deployer", dependsOn: [], ...over });
const batch = (id: string, authority: Batch["authority"], actionIds: string[], signer?: `0x${string}`): Batch =>
  ({ id, kind: "transactions", authority, actionIds, ...(signer ? { signer } : {}) }) as unknown as Batch;

const P = plan(
  [
    action("class.x/deployClass", { function: "deployClass" }),
    action("class.x.govOps/addGovOps", { kind: "schedule", target: BEAM_STATE, function: "addGovOps", authority: "timelock-proposer" }),
    action("class.x.rateLimit.a/setRateLimit", { function: "setRateLimit", args: [PAU1, "0x01", "1", "1"], authority: "govops" }),
  ],
  [
    batch("batch-1", "deployer", ["class.x/deployClass"], DEPLOYER),
    batch("batch-2", "timelock-proposer", ["class.x.govOps/addGovOps"]),
    batch("batch-3", "govops", ["class.x.rateLimit.a/setRateLimit"], GOVOPS1),
  ],
);
const grant = encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args: [PAU1, GOVOPS1] }).toLowerCase();
const ok: PreflightFacts = {
  timelockIsAdmin: { [BEAM_STATE.toLowerCase()]: true },
  names: { [BEAM_STATE.toLowerCase()]: "beamState" },
  deployers: [DEPLOYER],
  proposers: [PROPOSER],
  accordant: {},
  timelockCalldata: new Set([grant]),
};

describe("preflightFindings", () => {
  it("passes, noting a GovOps that becomes accordant once its planned grant executes", () => {
    const r = preflightFindings(P, ok);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      `GovOps (batch-3): ${GOVOPS1} is not accordant for PAU ${PAU1} yet; it will be once the planned cBEAM grant executes (the batch waits for it)`,
    ]);
    expect(preflightFindings(P, { ...ok, accordant: { [`${PAU1.toLowerCase()}:${GOVOPS1.toLowerCase()}`]: true } }).notes).toEqual([]);
  });

  it("names each failed check", () => {
    const r = preflightFindings(P, {
      ...ok,
      timelockIsAdmin: { [BEAM_STATE.toLowerCase()]: false },
      deployers: [],
      proposers: [],
      timelockCalldata: new Set(),
    });
    expect(r.errors).toEqual([
      "timelock roles (batch-2): BEAMTimeLock does not hold DEFAULT_ADMIN_ROLE on beamState, which addGovOps (class.x.govOps/addGovOps) requires",
      "deployer (batch-1): no account holds DEPLOYER on HaloFactory",
      "proposer (batch-2): no account holds PROPOSER_ROLE on BEAMTimeLock (besides the factory), so nobody can schedule it",
      `GovOps (batch-3): ${GOVOPS1} is not accordant for PAU ${PAU1} (BEAMState.isGovOps is false) and no planned or pending grant makes it so`,
    ]);
  });

  it("checks the signing key's account against DEPLOYER and PROPOSER_ROLE", () => {
    const stranger = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720" as const;
    expect(preflightFindings(P, { ...ok, signer: stranger }).errors).toEqual([
      `deployer (batch-1): the signer ${stranger} does not hold DEPLOYER on HaloFactory`,
      `proposer (batch-2): the signer ${stranger} does not hold PROPOSER_ROLE on BEAMTimeLock`,
    ]);
    expect(preflightFindings(P, { ...ok, signer: DEPLOYER, proposers: [DEPLOYER] }).errors).toEqual([]);
  });

  it("checks the roles the calls of an operation scheduled earlier need when the plan executes it", () => {
    const op = ("0x" + "ab".repeat(32)) as `0x${string}`;
    const exec = plan(
      [action("timelock.by-class.x/execute", { kind: "execute", authority: "anyone", timelockOperationId: op })],
      [batch("batch-4", "anyone", ["timelock.by-class.x/execute"])],
    );
    const facts = { ...ok, operationTargets: { [op]: [BEAM_STATE.toLowerCase()] } };
    expect(preflightFindings(exec, facts).errors).toEqual([]);
    expect(preflightFindings(exec, { ...facts, timelockIsAdmin: { [BEAM_STATE.toLowerCase()]: false } }).errors).toEqual([
      `timelock roles (batch-4): BEAMTimeLock does not hold DEFAULT_ADMIN_ROLE on beamState, which a call of operation ${op} requires`,
    ]);
  });
});
