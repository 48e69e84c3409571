// The pure parts of the pre-factory conformity check (chain/legacy.ts); the chain parts run in
// reconciler/test/e2e/legacy.test.ts against the devnet's Genesis Halo.
import { getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { cloneInitCode, predictLegacyClone } from "../../chain/legacy-devnet.js";
import { cloneTarget, componentName, pinnedFromObserved, yamlKey } from "../../chain/legacy.js";

const IMPL = getAddress("0xe6e340d132b5f46d1e472debcd681b2abc16e57e");

describe("pre-factory conformity helpers", () => {
  it("reads an EIP-1167 clone's implementation from its runtime code, and nothing else", () => {
    const runtime = `0x363d3d373d3d3d363d73${IMPL.slice(2).toLowerCase()}5af43d82803e903d91602b57fd5bf3` as const;
    expect(cloneTarget(runtime)).toBe(IMPL);
    expect(cloneTarget(`${runtime}00`)).toBeUndefined();
    expect(cloneTarget("0x")).toBeUndefined();
    expect(cloneTarget(undefined)).toBeUndefined();
    // the creation code (what the devnet sends) is not runtime code
    expect(cloneTarget(cloneInitCode(IMPL))).toBeUndefined();
  });

  it("records camelCase keys under the template's PascalCase component names and reads them back", () => {
    expect(["haloShareToken", "subscribeQueue", "nfatFacility"].map(componentName)).toEqual(["HaloShareToken", "SubscribeQueue", "NfatFacility"]);
    expect(yamlKey("NfatFacility")).toBe("nfatFacility");
    expect(componentName("")).toBe("");
  });

  it("parses an observed template's pinned components and ranges", () => {
    const { components, ranges } = pinnedFromObserved({
      components: ["class:ALMProxy", "unit:SubscribeQueue"],
      implementations: [IMPL, IMPL],
      codehashes: ["0xAB", "0xcd"],
      ranges: ["unit.capacity=0..1000", "class.termMin=5..6", "garbage"],
    });
    expect(components).toEqual([
      { scope: "class", name: "ALMProxy", implementation: IMPL, codeHash: "0xab" },
      { scope: "unit", name: "SubscribeQueue", implementation: IMPL, codeHash: "0xcd" },
    ]);
    expect(ranges).toEqual([
      { scope: "unit", name: "capacity", min: 0n, max: 1000n },
      { scope: "class", name: "termMin", min: 5n, max: 6n },
    ]);
  });

  it("predicts a legacy clone's CREATE2 address from its implementation and component only", () => {
    const a = predictLegacyClone(IMPL, "ALMProxy");
    expect(predictLegacyClone(IMPL, "ALMProxy")).toBe(a);
    expect(predictLegacyClone(IMPL, "RateLimits")).not.toBe(a);
    expect(predictLegacyClone(getAddress("0x0000000000000000000000000000000000000001"), "ALMProxy")).not.toBe(a);
  });
});
