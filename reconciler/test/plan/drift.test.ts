import { describe, expect, it } from "vitest";
import { encodeFunctionData } from "viem";
import { beamStateAbi } from "../../plan/actions.js";
import { detectDrift, renderDrift } from "../../plan/drift.js";
import { hashOperationBatch, ZERO_BYTES32 } from "../../plan/timelock.js";
import { BEAM_STATE, GOVOPS2, HOUR, M, NOW, RELAYER1, observedBase } from "./fixtures.js";

/** halos/ exactly as the chain is. */
const inSync = () => structuredClone(observedBase().resources);

describe("detectDrift", () => {
  it("exits 0 when in sync", () => {
    const r = detectDrift(inSync(), observedBase());
    expect(r).toEqual({ items: [], drifted: false, exitCode: 0 });
    expect(renderDrift(r)).toBe("No drift: the chain matches halos/.\n");
  });

  it("treats a rate limit on its SORL ramp as expected", () => {
    const desired = inSync();
    desired["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 20n * M;
    const r = detectDrift(desired, observedBase(), NOW + HOUR);
    expect(r.exitCode).toBe(0);
    expect(r.items.map((i) => [i.kind, i.expected])).toEqual([["ramp-in-progress", true]]);
    expect(renderDrift(r)).toContain("In progress (expected, not drift):");
  });

  it("reports a rate limit changed outside the tool (above the declared value)", () => {
    const desired = inSync();
    desired["class.acme-mmf.rateLimit.transfer"]!.fields.maxAmount = 5n * M;
    const r = detectDrift(desired, observedBase());
    expect(r.exitCode).toBe(2);
    expect(r.items[0]).toMatchObject({ kind: "value-changed", address: "class.acme-mmf.rateLimit.transfer" });
    expect(r.items[0]!.detail).toBe(
      "maxAmount: 5000000000000000000000000 declared, 10000000000000000000000000 on chain",
    );
  });

  it("reports an undeclared role holder, a missing resource and an undeclared class", () => {
    const observed = observedBase();
    observed.resources[`class.acme-mmf.relayer.${RELAYER1}`] = { type: "relayer", fields: {} };
    observed.resources["class.rogue"] = { type: "class", fields: { agent: "acme" } };
    const desired = inSync();
    desired["class.acme-mmf.freezer.0xf000000000000000000000000000000000000001"] = { type: "freezer", fields: {} };
    const r = detectDrift(desired, observed);
    expect(r.items.map((i) => [i.kind, i.address])).toEqual([
      ["missing", "class.acme-mmf.freezer.0xf000000000000000000000000000000000000001"],
      ["undeclared-role-holder", `class.acme-mmf.relayer.${RELAYER1}`],
      ["undeclared-resource", "class.rogue"],
    ]);
    expect(renderDrift(r)).toMatch(/^Drift: 3 differences between halos\/ and the chain:/);
  });

  it("treats a cBEAM grant pending on the timelock as expected", () => {
    const observed = observedBase();
    const data = encodeFunctionData({ abi: beamStateAbi, functionName: "addCBeam", args: [GOVOPS2] });
    const op = { calls: [{ target: BEAM_STATE, value: 0n, data }], predecessor: ZERO_BYTES32, salt: ZERO_BYTES32 };
    observed.timelockOperations.push({ id: hashOperationBatch(op), ...op, timestamp: NOW + 10n });
    const desired = inSync();
    desired["class.acme-mmf.govOps.0xa000000000000000000000000000000000000002"] = {
      type: "govOps",
      fields: { rateLimits: true, controller: true },
    };
    const r = detectDrift(desired, observed);
    expect(r.items.map((i) => [i.kind, i.expected])).toEqual([["pending-timelock", true]]);
    expect(r.items[0]!.detail).toMatch(/^addCBeam scheduled as 0x[0-9a-f]{64}, ready at/);
    expect(r.exitCode).toBe(0);
  });

  it("reports a half cBEAM grant (RateLimits only) as a value change", () => {
    const observed = observedBase();
    observed.resources["class.acme-mmf.govOps.0xa000000000000000000000000000000000000001"]!.fields.controller = false;
    const desired = inSync();
    desired["class.acme-mmf.govOps.0xa000000000000000000000000000000000000001"]!.fields = { rateLimits: true, controller: true };
    const r = detectDrift(desired, observed);
    expect(r.items.map((i) => [i.kind, i.detail])).toEqual([["value-changed", "controller: true declared, false on chain"]]);
    expect(r.exitCode).toBe(2);
  });

  it("reports a stopped BeamState and a paused Timelock as drift in PAS terms", () => {
    const observed = observedBase();
    observed.pas.stopped = true;
    observed.pas.timelockPaused = true;
    const r = detectDrift(inSync(), observed);
    expect(r.items.map((i) => [i.kind, i.address])).toEqual([
      ["pas-stopped", "pas.beamState"],
      ["timelock-paused", "pas.timelock"],
    ]);
    expect(r.exitCode).toBe(2);
  });

  it("flags a live class on a revoked template", () => {
    const observed = observedBase();
    observed.resources["template.lcts-portfolio.v1"] = { type: "template", fields: { status: "revoked" } };
    const r = detectDrift(inSync(), observed);
    expect(r.items).toEqual([
      {
        kind: "revoked-template-in-use",
        address: "class.acme-mmf",
        detail: "uses template lcts-portfolio v1, which is revoked",
        expected: false,
      },
    ]);
    expect(r.exitCode).toBe(2);
  });
});
