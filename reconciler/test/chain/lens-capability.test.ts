/**
 * The lenses' one capability record per client and one error classifier (chain/lens-capability.ts), without a node:
 * the classification of the errors the registry lens and the class lens used to read two ways, and the record's
 * rules (a refusal is kept, a mode the node answered is not refused afterwards, a forced mode is never swapped).
 */
import { toFunctionSelector } from "viem";
import { describe, expect, it } from "vitest";
import {
  classifyLensError,
  lensCapability,
  lensModeFor,
  noteAccepted,
  noteRefused,
} from "../../chain/lens-capability.js";

const withData = (message: string, data: string) => Object.assign(new Error(message), { data });

describe("classifyLensError", () => {
  it("gives one answer per error, capacity first", () => {
    const cases: [unknown, string][] = [
      [new Error("out of gas"), "capacity"],
      [new Error("EVM error OutOfGas"), "capacity"],
      [new Error("intrinsic gas too high -- CallGasCostMoreThanGasLimit"), "capacity"],
      [new Error("request payload too large"), "capacity"],
      [new Error("response size exceeded"), "capacity"],
      // the deployless answer over the code-size limit: was the class lens's own test only
      [new Error("max code size exceeded"), "capacity"],
      // read as "overrides unsupported" by the registry lens and as a gas cap by the class lens before
      [new Error("invalid params: gas required exceeds allowance (1000000)"), "capacity"],
      [withData("execution reverted", `${toFunctionSelector("LensOutOfGas(uint256)")}${"00".repeat(32)}`), "capacity"],
      [new Error("invalid params: too many arguments, want at most 2"), "unsupported"],
      [new Error("state override not supported"), "unsupported"],
      [Object.assign(new Error("RPC error"), { details: "unknown field `stateOverride`" }), "unsupported"],
      [withData("execution reverted", "0x"), "bare-revert"],
      [new Error("RPC error", { cause: new Error("execution reverted") }), "bare-revert"],
      [withData("execution reverted", "0x08c379a0"), "other"],
      [new Error("fetch failed"), "other"],
      ["a string", "other"],
    ];
    for (const [error, kind] of cases) expect(classifyLensError(error), String(error)).toBe(kind);
  });
});

describe("lensCapability", () => {
  it("is one record per client object, nothing known at first", () => {
    const a = {};
    const b = {};
    expect(lensCapability(a)).toBe(lensCapability(a));
    expect(lensCapability(a)).not.toBe(lensCapability(b));
    expect(lensCapability(a)).toEqual({ overrides: "unknown", deployless: "unknown", capRanDry: false });
  });

  it("auto: override until refused, then deployless, then nothing", () => {
    const c = lensCapability({});
    expect(lensModeFor(c)).toBe("override");
    expect(noteRefused(c, "override")).toBe(true);
    expect(lensModeFor(c)).toBe("deployless");
    expect(lensModeFor(c, "auto")).toBe("deployless");
    noteAccepted(c, "deployless");
    expect(c).toMatchObject({ overrides: "refused", deployless: "accepted" });
    // a refusal arriving after the node answered that mode is that call's own failure
    expect(noteRefused(c, "deployless")).toBe(false);
    expect(lensModeFor(c)).toBe("deployless");
    const none = lensCapability({});
    noteRefused(none, "override");
    // refusals arriving together (slices in flight) all count as the refusal
    expect(noteRefused(none, "override")).toBe(true);
    noteRefused(none, "deployless");
    expect(lensModeFor(none)).toBeUndefined();
  });

  it("a forced mode is kept, never swapped for the other one", () => {
    const c = lensCapability({});
    expect(lensModeFor(c, "deployless")).toBe("deployless");
    noteRefused(c, "override");
    expect(lensModeFor(c, "override")).toBeUndefined();
    expect(lensModeFor(c, "deployless")).toBe("deployless");
    noteAccepted(c, "override"); // not what a node does, but an answer always wins over an earlier refusal
    expect(lensModeFor(c, "override")).toBe("override");
  });
});
