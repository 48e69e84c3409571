import { encodeFunctionData, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { haloRegistryAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import type { ObservedState, ResourceMap } from "../../model/observed.js";
import { beamStateAbi, setDestinationAction } from "../../plan/pas.js";
import { pendingLines, reviewPendingOperations } from "../../plan/pending.js";
import { timelockAbi } from "../../plan/timelock.js";
import { BEAM_STATE, CTRL2, DAY, GOVOPS1, GOVOPS2, M, NOW, PAU2, RL2, SLOPE, TIMELOCK, observedBase } from "./fixtures.js";

const REGISTRY = "0x9000000000000000000000000000000000000009" as const;
const KEY = ("0x" + "77".repeat(32)) as `0x${string}`;
const DEST = "0x976EA74026E726554dB657fA54763abd0C3a0aa9" as const;
const OP = ("0x" + "0e".repeat(32)) as `0x${string}`;

/** A chain with the class `class.acme-tbill` (PAU2, RL2, CTRL2) deployed and one operation pending with `calls`. */
function chain(calls: { target: `0x${string}`; data: `0x${string}` }[], timestamp = NOW + 14n * DAY): ObservedState {
  const o = observedBase();
  o.system.haloRegistry = REGISTRY;
  o.resources["class.acme-tbill"] = {
    type: "class",
    fields: { agent: "acme", pau: PAU2, rateLimits: RL2, controller: CTRL2, govOps: [GOVOPS1] },
  };
  o.pas.cBeams = [];
  o.timelockOperations = [
    { id: OP, calls: calls.map((c) => ({ ...c, value: 0n })), predecessor: ("0x" + "00".repeat(32)) as `0x${string}`, salt: OP, timestamp },
  ];
  return o;
}

function desired(over: (d: ResourceMap) => void = () => {}): ResourceMap {
  const d: ResourceMap = {
    "agent.acme": { type: "agent", fields: { operator: GOVOPS1 } },
    "class.acme-tbill": { type: "class", fields: { agent: "acme", pau: PAU2, rateLimits: RL2, controller: CTRL2, govOps: GOVOPS1 } },
    "class.acme-tbill.govOps.0xa000000000000000000000000000000000000001": {
      type: "govOps",
      fields: { rateLimits: true, controller: true },
    },
    "class.acme-tbill.rateLimit.transfer-to-custodian": {
      type: "rateLimit",
      fields: { key: KEY, maxAmount: 10n * M, slope: SLOPE },
    },
    [`class.acme-tbill.destination.${DEST.toLowerCase()}`]: { type: "destination", fields: {} },
    "legacy.genesis": { type: "legacy", fields: {} },
  };
  over(d);
  return d;
}

const grant = (who: `0x${string}`) => ({
  target: BEAM_STATE,
  data: encodeFunctionData({ abi: beamStateAbi, functionName: "addCBeam", args: [who] }),
});
const init = (max: bigint) => ({
  target: BEAM_STATE,
  data: encodeFunctionData({ abi: beamStateAbi, functionName: "addInitRateLimits", args: [KEY, RL2, max, SLOPE] }),
});
const enable = {
  target: BEAM_STATE,
  data: encodeFunctionData({
    abi: beamStateAbi,
    functionName: "addInitControllerActions",
    args: [setDestinationAction(DEST, true).data, CTRL2],
  }),
};
const operator = (who: `0x${string}`) => ({
  target: REGISTRY,
  data: encodeFunctionData({ abi: haloRegistryAbi, functionName: "setAgentOperator", args: [toBytes32Name("acme"), who] }),
});

describe("reviewPendingOperations", () => {
  it("reports nothing while every pending call still matches halos/", () => {
    expect(reviewPendingOperations(chain([grant(GOVOPS1), init(10n * M), enable, operator(GOVOPS1)]), desired())).toEqual([]);
  });

  it("a call whose resource left halos/ is no longer needed, with a proposed cancel of the whole operation", () => {
    const d = desired((x) => {
      delete x["class.acme-tbill.rateLimit.transfer-to-custodian"];
      delete x[`class.acme-tbill.destination.${DEST.toLowerCase()}`];
    });
    const [r] = reviewPendingOperations(chain([init(10n * M), enable, operator(GOVOPS1)]), d);
    expect(r!.state).toBe("Waiting");
    expect(r!.findings.map((f) => [f.call, f.function, f.verdict])).toEqual([
      [0, "addInitRateLimits", "no-longer-needed"],
      [1, "addInitControllerActions", "no-longer-needed"],
    ]);
    expect(r!.cancel).toEqual({
      to: TIMELOCK,
      data: encodeFunctionData({ abi: timelockAbi, functionName: "cancel", args: [OP] }),
      authority: "canceller",
    });
    expect(pendingLines([r!]).join("\n")).toContain("a CANCELLER_ROLE holder, the Core Council");
    expect(pendingLines([r!]).join("\n")).toContain("cancelling also drops its 1 other call(s)");
    const plan = {
      actions: [{ id: "timelock.0/execute", kind: "execute", timelockOperationId: OP }],
      batches: [{ id: "batch-3", actionIds: ["timelock.0/execute"] }],
    } as unknown as Exclude<Parameters<typeof reviewPendingOperations>[2], (...args: never[]) => unknown>;
    const [withPlan] = reviewPendingOperations(chain([init(10n * M), enable, operator(GOVOPS1)]), d, plan);
    expect(withPlan!.executedIn).toBe("batch-3");
    expect(pendingLines([withPlan!]).join("\n")).toContain("this plan still executes it in batch-3");
    // drift passes the plan as a function: built once, only when a finding needs it, with the same answer
    let built = 0;
    const lazy = () => (built++, plan);
    const [withLazy] = reviewPendingOperations(chain([init(10n * M), enable, operator(GOVOPS1)]), d, lazy);
    expect(withLazy).toEqual(withPlan);
    expect(built).toBe(1);
    expect(reviewPendingOperations(chain([grant(GOVOPS1), init(10n * M), enable, operator(GOVOPS1)]), desired(), lazy)).toEqual([]);
    expect(built).toBe(1);
    const [noPlan] = reviewPendingOperations(chain([init(10n * M), enable, operator(GOVOPS1)]), d, () => undefined);
    expect(noPlan!.executedIn).toBeUndefined();
  });

  it("a call setting a value other than the one now declared conflicts, saying both values", () => {
    const d = desired((x) => {
      x["agent.acme"]!.fields.operator = GOVOPS2;
      x["class.acme-tbill.rateLimit.transfer-to-custodian"]!.fields.maxAmount = 20n * M;
    });
    const [r] = reviewPendingOperations(chain([init(10n * M), operator(GOVOPS1)]), d);
    expect(r!.findings.map((f) => f.verdict)).toEqual(["conflicts", "conflicts"]);
    expect(r!.findings[0]!.detail).toContain(`maxAmount=${10n * M}`);
    expect(r!.findings[0]!.detail).toContain(`now declares maxAmount=${20n * M}`);
    expect(r!.findings[1]!.detail).toBe(`sets operator ${getAddress(GOVOPS1)}, but halos/ now declares ${GOVOPS2}`);
  });

  it("an addCBeam for an account no class declares any more is no longer needed; one already a cBEAM too", () => {
    const replaced = desired((x) => {
      x["class.acme-tbill"]!.fields.govOps = GOVOPS2;
      delete x["class.acme-tbill.govOps.0xa000000000000000000000000000000000000001"];
    });
    const [r] = reviewPendingOperations(chain([grant(GOVOPS1)]), replaced);
    expect(r!.findings[0]).toMatchObject({ verdict: "no-longer-needed", function: "addCBeam" });
    expect(r!.findings[0]!.detail).toMatch(/no class or Prime in halos\/ declares/);
    const o = chain([grant(GOVOPS1)], NOW - 1n);
    o.pas.cBeams = [GOVOPS1.toLowerCase()];
    const [again] = reviewPendingOperations(o, desired());
    expect(again!.state).toBe("Ready");
    expect(again!.findings[0]!.verdict).toBe("no-longer-needed");
  });

  it("the chain moved since scheduling: an init added meanwhile conflicts; done operations are not reviewed", () => {
    const o = chain([init(10n * M)]);
    o.resources["class.acme-tbill.init.transfer-to-custodian"] = { type: "init", fields: { key: KEY } };
    expect(reviewPendingOperations(o, desired())[0]!.findings[0]!.detail).toContain("would overwrite it");
    expect(reviewPendingOperations(chain([init(1n)], 1n), desired())).toEqual([]);
  });

  it("a Prime's pending grant and init (plan/prime.ts) match its declared GovOps and flow init; a changed or removed flow does not", () => {
    const PRIME_RL = "0x3333333333333333333333333333333333330001" as const;
    const PRIME_KEY = ("0x" + "88".repeat(32)) as `0x${string}`;
    const withPrime = (over: (d: ResourceMap) => void = () => {}) =>
      desired((x) => {
        x["prime.spark"] = { type: "prime", fields: { rateLimits: PRIME_RL } };
        x[`prime.spark.govOps.${GOVOPS2.toLowerCase()}`] = { type: "primeGovOps", fields: { cBeam: true, rateLimits: true } };
        // the init differs from the flow's target: the pending call must match the init
        x["prime.spark.init.acme-tbill.deposit"] = { type: "primeInit", fields: { key: PRIME_KEY, rateLimits: PRIME_RL, maxAmount: M, slope: SLOPE } };
        x["prime.spark.rateLimit.acme-tbill.deposit"] = {
          type: "primeRateLimit",
          fields: { key: PRIME_KEY, rateLimits: PRIME_RL, maxAmount: 2n * M, slope: 2n * SLOPE },
        };
        over(x);
      });
    const primeInit = (max: bigint) => ({
      target: BEAM_STATE,
      data: encodeFunctionData({ abi: beamStateAbi, functionName: "addInitRateLimits", args: [PRIME_KEY, PRIME_RL, max, SLOPE] }),
    });
    expect(reviewPendingOperations(chain([grant(GOVOPS1), grant(GOVOPS2), primeInit(M)]), withPrime())).toEqual([]);

    const [changed] = reviewPendingOperations(chain([primeInit(M)]), withPrime((x) => {
      x["prime.spark.init.acme-tbill.deposit"]!.fields.maxAmount = 3n * M;
    }));
    expect(changed!.findings[0]).toMatchObject({ verdict: "conflicts", resource: "prime.spark.init.acme-tbill.deposit" });
    expect(changed!.findings[0]!.detail).toContain(`now declares init maxAmount=${3n * M}`);

    const [removed] = reviewPendingOperations(chain([grant(GOVOPS2), primeInit(M)]), desired());
    expect(removed!.findings.map((f) => [f.function, f.verdict])).toEqual([
      ["addCBeam", "no-longer-needed"],
      ["addInitRateLimits", "no-longer-needed"],
    ]);
  });

  it("calldata it cannot decode is not judged", () => {
    expect(reviewPendingOperations(chain([{ target: BEAM_STATE, data: "0xdeadbeef" }]), desired())).toEqual([]);
  });

  it("many classes, many pending operations: each call is judged against its own class (the review's index)", () => {
    // 300 classes whose ids share prefixes (cls-1, cls-10, cls-100…), every RateLimits initialised with the same key
    // and every Controller enabling the same destination: only the class a call targets may answer for it.
    const n = 300;
    const hexOf = (i: number, tag: string) => `0x${tag}${i.toString(16).padStart(40 - tag.length, "0")}` as `0x${string}`;
    const o = observedBase();
    const d: ResourceMap = {};
    const dest = (i: number) => `class.cls-${i}.destination.${DEST.toLowerCase()}`;
    for (let i = 0; i < n; i++) {
      const fields = { agent: "acme", rateLimits: hexOf(i, "aa"), controller: hexOf(i, "cc") };
      o.resources[`class.cls-${i}`] = { type: "class", fields };
      d[`class.cls-${i}`] = { type: "class", fields };
      // class i declares maxAmount (i + 1) M; even classes still declare the destination, odd ones dropped it
      d[`class.cls-${i}.rateLimit.transfer-to-custodian`] = { type: "rateLimit", fields: { key: KEY, maxAmount: BigInt(i + 1) * M, slope: SLOPE } };
      if (i % 2 === 0) d[dest(i)] = { type: "destination", fields: {} };
      else o.resources[dest(i)] = { type: "destination", fields: {} }; // on chain, no longer declared: a disable is wanted
    }
    const call = (data: `0x${string}`) => ({ target: BEAM_STATE, data, value: 0n });
    o.timelockOperations = Array.from({ length: n }, (_, i) => ({
      id: hexOf(i, "0e").padEnd(66, "0") as `0x${string}`,
      calls: [
        // right value for class i, except every third class, scheduled at the value of class i + 1
        call(encodeFunctionData({ abi: beamStateAbi, functionName: "addInitRateLimits", args: [KEY, hexOf(i, "aa"), BigInt(i + (i % 3 === 0 ? 2 : 1)) * M, SLOPE] })),
        call(encodeFunctionData({ abi: beamStateAbi, functionName: "addInitControllerActions", args: [setDestinationAction(DEST, true).data, hexOf(i, "cc")] })),
      ],
      predecessor: ("0x" + "00".repeat(32)) as `0x${string}`,
      salt: OP,
      timestamp: NOW + DAY,
    }));
    const reviews = reviewPendingOperations(o, d);
    const expected = Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0 || i % 2 === 1);
    expect(reviews.map((r) => r.operationId)).toEqual(expected.map((i) => hexOf(i, "0e").padEnd(66, "0")));
    for (const [k, r] of reviews.entries()) {
      const i = expected[k]!;
      expect(r.findings.map((f) => [f.function, f.verdict])).toEqual([
        ...(i % 3 === 0 ? [["addInitRateLimits", "conflicts"]] : []),
        ...(i % 2 === 1 ? [["addInitControllerActions", "no-longer-needed"]] : []),
      ]);
      if (i % 3 === 0) expect(r.findings[0]!.detail).toContain(`now declares maxAmount=${BigInt(i + 1) * M}`);
    }
  });
});
