import { describe, expect, it } from "vitest";
import type { ObservedState } from "../../model/observed.js";
import { pasDrift, renderPasDrift } from "../../ops/pas-drift.js";

const A = "0x000000000000000000000000000000000000bEEF";
const GOV = "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65";

function observed(over: Partial<ObservedState["pas"]> = {}, resources: ObservedState["resources"] = {}): ObservedState {
  return {
    chainId: 31337,
    blockNumber: 1n,
    blockHash: `0x${"00".repeat(32)}`,
    blockTimestamp: 0n,
    system: { configurator: A, beamState: A, timelock: A },
    pas: {
      stopped: false,
      timelockPaused: false,
      hop: {},
      maxChange: {},
      factoryRole: { role: 3, userRole: true, actions: { "0x80080dd1": true }, proposerIsAdapter: true },
      cBeams: [],
      timelockOperationCount: 0n,
      ...over,
    },
    timelockMinDelay: 0n,
    resources,
    timelockOperations: [],
    controllerActions: [],
  };
}

describe("PAS drift", () => {
  it("is empty for a ready, running PAS", () => {
    expect(pasDrift(observed())).toEqual([]);
  });

  it("reports a stopped BeamState and a paused PAS Timelock as drift", () => {
    const items = pasDrift(observed({ stopped: true, timelockPaused: true }));
    expect(items.map((i) => [i.code, i.expected])).toEqual([
      ["pas.beamState", false],
      ["pas.timelock", false],
    ]);
    expect(items[0]!.detail).toMatch(/^BeamState is stopped/);
    expect(items[1]!.detail).toMatch(/^PAS Timelock is paused/);
  });

  it("reports the factory's missing authorisation as expected (the spell is pending), naming what is missing", () => {
    const [item] = pasDrift(
      observed({ factoryRole: { role: 3, userRole: false, actions: { "0x80080dd1": false }, proposerIsAdapter: false } }),
    );
    expect(item).toEqual({
      code: "pas.factory",
      expected: true,
      detail:
        "the factory is not authorised in PAS (the factory does not hold BeamState role 3; role 3 may not call 0x80080dd1; the HaloCBeamProposer is not a PROPOSER of the PAS Timelock): the sky-governance spell is pending",
    });
  });

  it("reports an undeclared cBEAM on a class's RateLimits, not the declared one, and a deregistered PAU", () => {
    const resources: ObservedState["resources"] = {
      "class.acme-mmf": {
        type: "class",
        fields: { rateLimits: A, controller: A, "pas.rateLimits": false, "pas.controller": true },
      },
      [`class.acme-mmf.govOps.${GOV}`]: { type: "govOps", fields: { cBeam: true, rateLimits: true, controller: true } },
      [`class.acme-mmf.govOps.${A.toLowerCase()}`]: {
        type: "govOps",
        fields: { cBeam: true, rateLimits: true, controller: false },
      },
    };
    const desired = { [`class.acme-mmf.govOps.${GOV}`]: { type: "govOps" as const, fields: {} } };
    const items = pasDrift(observed({}, resources), desired);
    expect(items).toEqual([
      { code: "pas.acme-mmf", expected: false, detail: `RateLimits ${A} of acme-mmf not registered in BeamState (delRateLimits / delController?)` },
      { code: `cbeam.acme-mmf.${A.toLowerCase()}`, expected: false, detail: `undeclared cBEAM ${A.toLowerCase()} on RateLimits of acme-mmf` },
    ]);
    expect(renderPasDrift([...items, { code: "x", detail: "y", expected: true }])).toEqual([
      `  DRIFT    pas.acme-mmf: RateLimits ${A} of acme-mmf not registered in BeamState (delRateLimits / delController?)`,
      `  DRIFT    cbeam.acme-mmf.${A.toLowerCase()}: undeclared cBEAM ${A.toLowerCase()} on RateLimits of acme-mmf`,
      "  expected x: y",
    ]);
  });
});
