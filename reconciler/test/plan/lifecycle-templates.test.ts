/**
 * plan/lifecycle-templates.ts without a chain: the proposed spec (the base's components, declared ranges
 * replacing or extending its own) and each refusal of proposalDrafts.
 */
import { type Address, type Hex, decodeFunctionData, getAddress } from "viem";
import { describe, expect, it } from "vitest";
import { templateRegistryAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import type { DesiredTemplate } from "../../model/desired.js";
import type { ActionDraft } from "../../plan/actions.js";
import { type TemplateSpec, proposalDrafts, proposalInputErrors, proposedSpec } from "../../plan/lifecycle-templates.js";

const a = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const REGISTRY = a(0x7e);
const PROPOSER = a(0x99);
const src = (line: number) => ({ file: "halos/templates.yaml", line, col: 5, path: "templates[2].proposal" });

const BASE: TemplateSpec = {
  kind: toBytes32Name("PORTFOLIO_LCTS"),
  beaconKinds: [toBytes32Name("lpha-lcts")],
  classComponents: [{ name: toBytes32Name("ALMProxy"), implementation: a(1), codeHash: `0x${"11".repeat(32)}` as Hex }],
  unitComponents: [{ name: toBytes32Name("SubscribeQueue"), implementation: a(2), codeHash: `0x${"22".repeat(32)}` as Hex }],
  classRanges: [],
  unitRanges: [
    { name: toBytes32Name("capacity"), min: 0n, max: 10n },
    { name: toBytes32Name("minDeposit"), min: 0n, max: 5n },
  ],
  day0Limits: [],
  day0Cycles: 7,
  audit: { hash: `0x${"aa".repeat(32)}` as Hex, uri: "ipfs://v1" },
  depositAssets: [a(0x5)],
};

function v2(proposal: Partial<NonNullable<DesiredTemplate["proposal"]>> = {}, status: DesiredTemplate["status"] = "approved"): DesiredTemplate {
  return {
    id: "lcts-portfolio",
    version: 2,
    kind: "portfolio-lcts",
    status,
    audit: { uri: "ipfs://v2", sha256: `0x${"bb".repeat(32)}` as Hex },
    source: src(20),
    proposal: { basedOn: 1, ranges: [{ scope: "unit", name: "capacity", min: 1n, max: 100n, source: src(25) }], source: src(22), ...proposal },
  };
}

describe("proposedSpec", () => {
  it("keeps the base's components, beacons, limits and assets; replaces a declared range, adds a new one; the new audit", () => {
    const t = v2({
      ranges: [
        { scope: "unit", name: "capacity", min: 1n, max: 100n, source: src(25) },
        { scope: "class", name: "termMin", min: 2n, max: 3n, source: src(26) },
      ],
      day0Cycles: 3,
    });
    const s = proposedSpec(t, BASE);
    expect(s.classComponents).toEqual(BASE.classComponents);
    expect(s.unitComponents).toEqual(BASE.unitComponents);
    expect(s.depositAssets).toEqual(BASE.depositAssets);
    expect(s.unitRanges).toEqual([
      { name: toBytes32Name("capacity"), min: 1n, max: 100n },
      { name: toBytes32Name("minDeposit"), min: 0n, max: 5n },
    ]);
    expect(s.classRanges).toEqual([{ name: toBytes32Name("termMin"), min: 2n, max: 3n }]);
    expect(s.day0Cycles).toBe(3);
    expect(s.audit).toEqual({ hash: `0x${"bb".repeat(32)}`, uri: "ipfs://v2" });
    expect(proposedSpec(v2(), BASE).day0Cycles).toBe(7);
  });
});

describe("proposalDrafts", () => {
  const ok = { proposer: PROPOSER, bases: { "lcts-portfolio.v1": BASE } };
  it("proposeTemplate by the TEMPLATE_PROPOSER, then approveTemplate by the Core Council (timelocked) after it", () => {
    const r = proposalDrafts(v2(), ok, REGISTRY, "core-council-timelocked") as ActionDraft[];
    expect(r.map((d) => [d.function, d.actor, d.kind, d.signer])).toEqual([
      ["proposeTemplate", "deployer", "create", PROPOSER],
      ["approveTemplate", "core-council-timelocked", "schedule", undefined],
    ]);
    expect(r[1]!.dependsOn).toEqual([{ sibling: "proposeTemplate" }]);
    const decoded = decodeFunctionData({ abi: templateRegistryAbi, data: r[0]!.calldata });
    expect(decoded.args?.[1]).toBe(2);
    // only proposed when the tree does not ask for approval; a spell when the PauseProxy administers
    expect((proposalDrafts(v2({}, "deprecated"), ok, REGISTRY, undefined) as ActionDraft[]).map((d) => d.function)).toEqual(["proposeTemplate"]);
    expect((proposalDrafts(v2(), ok, REGISTRY, "sky-governance") as ActionDraft[])[1]!.actor).toBe("sky-governance");
  });

  it("refuses: no proposal declared, base not on chain, base not earlier, nobody holds TEMPLATE_PROPOSER", () => {
    const { proposal: _, ...bare } = v2();
    expect(proposalDrafts(bare, ok, REGISTRY, undefined)).toEqual({
      refused: expect.stringContaining("halos/templates.yaml:20:5 templates[2].proposal: template lcts-portfolio v2 is not proposed on chain"),
    });
    expect(proposalDrafts(v2(), { proposer: PROPOSER, bases: {} }, REGISTRY, undefined)).toEqual({
      refused: "halos/templates.yaml:22:5 templates[2].proposal: template lcts-portfolio v1 (basedOn) is not on chain",
    });
    expect(proposalDrafts(v2({ basedOn: 2 }), { proposer: PROPOSER, bases: { "lcts-portfolio.v2": BASE } }, REGISTRY, undefined)).toEqual({
      refused: "halos/templates.yaml:22:5 templates[2].proposal: basedOn 2 must be an earlier version than 2",
    });
    expect(proposalDrafts(v2(), { bases: ok.bases }, REGISTRY, undefined)).toEqual({
      refused: "halos/templates.yaml:22:5 templates[2].proposal: nobody holds TEMPLATE_PROPOSER on the template registry",
    });
  });
});

describe("proposal implementations", () => {
  const impl = (name: string, address: Address, codeHash: Hex, line: number) => ({ name, address, codeHash, source: src(line), codeHashSource: { ...src(line), col: 40 } });
  const NEW_HASH = `0x${"33".repeat(32)}` as Hex;

  it("proposedSpec puts a declared implementation and its code hash in place of the base's; the others are kept", () => {
    const s = proposedSpec(v2({ implementations: [impl("SubscribeQueue", a(0x42), NEW_HASH, 30)] }), BASE);
    expect(s.unitComponents).toEqual([{ name: toBytes32Name("SubscribeQueue"), implementation: a(0x42), codeHash: NEW_HASH }]);
    expect(s.classComponents).toEqual(BASE.classComponents);
    const r = proposalDrafts(v2({ implementations: [impl("SubscribeQueue", a(0x42), NEW_HASH, 30)] }), { proposer: PROPOSER, bases: { "lcts-portfolio.v1": BASE } }, REGISTRY, "core-council-timelocked") as ActionDraft[];
    expect(r[0]!.reason).toContain(`new implementations: SubscribeQueue ${a(0x42)} (code hash ${NEW_HASH}); the others as v1`);
  });

  it("proposalInputErrors: a code hash other than the declared one, no code, a component the base lacks — each at its line", () => {
    const t = v2({
      implementations: [impl("SubscribeQueue", a(0x42), NEW_HASH, 30), impl("ALMProxy", a(0x43), NEW_HASH, 31), impl("NfatRedeem", a(0x44), NEW_HASH, 32)],
    });
    const errors = proposalInputErrors([t], {
      proposer: PROPOSER,
      bases: { "lcts-portfolio.v1": BASE },
      codeHashes: { [a(0x42).toLowerCase()]: `0x${"44".repeat(32)}` as Hex, [a(0x43).toLowerCase()]: null, [a(0x44).toLowerCase()]: NEW_HASH },
    });
    expect(errors).toEqual([
      `halos/templates.yaml:30:40 templates[2].proposal: the code at ${a(0x42)} hashes to 0x${"44".repeat(32)}, not the declared ${NEW_HASH}`,
      `halos/templates.yaml:31:5 templates[2].proposal: no code at ${a(0x43)}: deploy the ALMProxy implementation first (the registry pins its code hash)`,
      "halos/templates.yaml:32:5 templates[2].proposal: NfatRedeem is not a component of lcts-portfolio v1 (its components: ALMProxy, SubscribeQueue)",
    ]);
    // matching code: no error; no implementations declared: nothing read, nothing refused
    expect(proposalInputErrors([v2({ implementations: [impl("SubscribeQueue", a(0x42), NEW_HASH, 30)] })], { bases: { "lcts-portfolio.v1": BASE }, codeHashes: { [a(0x42).toLowerCase()]: NEW_HASH } })).toEqual([]);
    expect(proposalInputErrors([v2()], { bases: {} })).toEqual([]);
  });
});
