/** Rules beyond the fixtures: Term classes, layout, cross-file checks, value ranges, YAML number handling. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, loadDesiredState } from "../load/index.js";
import { allUnits } from "../model/desired.js";
import { fixturesDir, scenarioDir, writeTree } from "./helpers.js";

const read = (path: string) => readFileSync(path, "utf8");
const T = read(join(fixturesDir, "valid", "templates.yaml"));
const A = read(join(fixturesDir, "valid", "acme", "agent.yaml"));
const M = read(join(fixturesDir, "valid", "acme", "mmf.yaml"));
const TERM = read(join(scenarioDir, "bluecrest", "senior-secured.yaml"));
const BLUECREST = read(join(scenarioDir, "bluecrest", "agent.yaml"));
const LEGACY = read(join(scenarioDir, "legacy.yaml"));
const TT = `${T}  - id: nfat-term
    version: 1
    kind: term-nfat
    status: approved
    audit: { uri: "ipfs://audit", sha256: 9e75e55d283782c3195dbacb60d3ecf2905c18837bb35253d5ae2bd937d027a9 }
`;

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not found`);
  return text.replace(from, to);
}

function check(files: Record<string, string>): string[] {
  const root = writeTree(files);
  const result = loadDesiredState(".", { cwd: root });
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

const termTree = (term: string, templates = TT) => ({
  "templates.yaml": templates,
  "bluecrest/agent.yaml": BLUECREST,
  "bluecrest/f.yaml": term,
});

describe("Term classes", () => {
  it("a valid Term class loads", () => {
    expect(check(termTree(TERM))).toEqual([]);
  });

  it("an unknown kind names the kinds", () => {
    expect(check(termTree(replace(TERM, "kind: term-nfat", "kind: term")))).toEqual([
      "bluecrest/f.yaml:8:7 kind: must be one of portfolio-lcts, term-nfat",
    ]);
  });

  it("an unknown flow names the allowed flows", () => {
    expect(check(termTree(replace(TERM, "facility-claim:", "claim:")))).toEqual([
      'bluecrest/f.yaml:36:3 rateLimits: unknown property "claim" (allowed: facility-claim, redeem-fund, names matching ^transfer-to-[a-z0-9]+(-[a-z0-9]+)*$)',
    ]);
  });

  it("buybox ranges must be ordered and fit their on-chain types", () => {
    let term = replace(TERM, "termMax: 2y", "termMax: 30d");
    term = replace(term, "sizeMax: 50_000_000e18", "sizeMax: 1e39");
    term = replace(term, "apyMaxBps: 1200", "apyMaxBps: 400");
    expect(check(termTree(term))).toEqual([
      "bluecrest/f.yaml:15:14 params.buybox.termMax: must be at least termMin (90d)",
      "bluecrest/f.yaml:17:14 params.buybox.sizeMax: must fit uint128 (at most 340_282_366_920_938_463_463_374_607_431_768_211_455)",
      "bluecrest/f.yaml:19:16 params.buybox.apyMaxBps: must be at least apyMinBps (500)",
    ]);
  });

  it("the class kind must match the template's kind", () => {
    expect(check(termTree(replace(TERM, "{ id: nfat-term, version: 1 }", "{ id: lcts-portfolio, version: 1 }")))).toEqual([
      "bluecrest/f.yaml:8:7 kind: the class is term-nfat but template lcts-portfolio v1 deploys portfolio-lcts classes",
    ]);
  });

  it("an external template satisfies the reference", () => {
    const templates = `${T}external:\n  - { id: nfat-term, version: 1, kind: term-nfat }\n`;
    expect(check(termTree(TERM, templates))).toEqual([]);
  });
});

describe("layout", () => {
  it("refuses misplaced files and directories, ignores non-YAML files", () => {
    expect(
      check({
        "templates.yaml": T,
        "README.md": "notes",
        "acme/agent.yaml": A,
        "acme/mmf.yml": M,
        "acme/sub/x.yaml": "",
        "notes.yaml": "x: 1\n",
        "orphan/c.yaml": replace(M, "agent: acme\n", "agent: orphan\n"),
      }),
    ).toEqual([
      "acme/mmf.yml:1:1 use the .yaml extension (rename to mmf.yaml)",
      "acme/sub:1:1 unexpected directory: an agent directory holds agent.yaml and one <class>.yaml per class",
      "notes.yaml:1:1 unexpected file: the top level holds templates.yaml, legacy.yaml, primes.yaml and one directory per agent",
      "orphan/c.yaml:1:1 no agent.yaml in orphan/: every agent directory declares its agent",
      'orphan/c.yaml:3:8 agent: agent "orphan" is not declared (declared agents: acme)',
    ]);
  });

  it("a class must live in its agent's directory", () => {
    expect(
      check({ "templates.yaml": T, "acme/agent.yaml": A, "bluecrest/agent.yaml": BLUECREST, "acme/mmf.yaml": replace(M, "agent: acme\n", "agent: bluecrest\n") }),
    ).toEqual(['acme/mmf.yaml:3:8 agent: the class belongs to agent "bluecrest" but lives in ./acme/: move it to ./bluecrest/']);
  });

  it("the agent id must equal its directory (without cascading errors)", () => {
    expect(check({ "templates.yaml": T, "acme/agent.yaml": replace(A, "agent: acme", "agent: acme-am"), "acme/mmf.yaml": M })).toEqual([
      'acme/agent.yaml:1:8 agent: must equal the directory name "acme" (the directory holds the agent\'s classes)',
    ]);
  });

  it("empty files say what they should contain", () => {
    expect(check({ "templates.yaml": T, "acme/agent.yaml": "", "acme/mmf.yaml": "# nothing yet\n" })).toEqual([
      "acme/agent.yaml:1:1 the file is empty: expected an agent (agent, name, operator, artifact) (see docs/desired-state.md)",
      "acme/mmf.yaml:1:1 the file is empty: expected a class (class, kind, agent, template, params, …) (see docs/desired-state.md)",
    ]);
  });

  it("a class needs templates.yaml to declare its template", () => {
    expect(check({ "acme/agent.yaml": A, "acme/mmf.yaml": M })).toEqual([
      "acme/mmf.yaml:4:17 template: template lcts-portfolio v1 is not declared in ./templates.yaml (neither under templates nor under external)",
    ]);
  });
});

describe("YAML", () => {
  it("one document per file; tabs are refused with their position", () => {
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": `${M}---\nfoo: 1\n` })).toEqual([
      "acme/mmf.yaml:31:1 YAML: a file holds one YAML document (remove the second ---)",
    ]);
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": replace(M, "class: acme-mmf", "class:\tacme-mmf\n\tbad: 1") })).toEqual([
      "acme/mmf.yaml:2:1 YAML: Tabs are not allowed as indentation",
    ]);
  });

  it("a key without a value is reported at the key", () => {
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": replace(M, 'freezer: "0x90F79bf6EB2c4f870365E785982E1f101E93b906"', "freezer:") })).toEqual([
      "acme/mmf.yaml:8:9 freezer: must be an address: 0x followed by 40 hex digits (mixed case must be a valid EIP-55 checksum)",
    ]);
  });

  it("a missing kind is one error", () => {
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": replace(M, "kind: portfolio-lcts\n", "") })).toEqual([
      'acme/mmf.yaml:1:1 missing required property "kind"',
    ]);
  });
});

describe("values", () => {
  it("ids, URIs and hashes", () => {
    let mmf = replace(M, "class: acme-mmf", "class: Acme_MMF");
    mmf = replace(mmf, "sha256: b54f", "sha256: zz4f");
    mmf = replace(mmf, 'uri: "ipfs://acme-mmf"', 'uri: "not a uri"');
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": mmf })).toEqual([
      "acme/mmf.yaml:1:8 class: must be a lowercase kebab-case id of at most 31 characters (a-z, 0-9 and single hyphens, starting with a letter)",
      "acme/mmf.yaml:11:18 artifact.uri: must be an absolute URI such as ipfs://… or https://…",
      "acme/mmf.yaml:11:39 artifact.sha256: must be a SHA-256 hash: 64 hex digits, optionally prefixed with 0x",
    ]);
  });

  it("reports every error of a file, in line order", () => {
    let mmf = replace(M, "targetYieldBps: 450", "targetYieldBps: 45000");
    mmf = replace(mmf, "maxRateIncreaseBps: 25", "maxRateIncreaseBps: -1");
    mmf = replace(mmf, "symbol: acMMF-J", 'symbol: ""');
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": mmf })).toEqual([
      "acme/mmf.yaml:18:23 units[0].params.targetYieldBps: must be at most 10000",
      "acme/mmf.yaml:23:45 units[1].token.symbol: must be 1 to 16 characters of A-Z, a-z, 0-9, . and -",
      "acme/mmf.yaml:28:27 units[1].params.maxRateIncreaseBps: must be at least 0",
    ]);
  });

  it("unquoted addresses stay strings, unquoted big numbers are never rounded", () => {
    const agent = replace(A, '"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"', "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    const mmf = replace(M, "capacity: 50_000_000e18", "capacity: 123456789012345678901234567");
    const root = writeTree({ "templates.yaml": T, "acme/agent.yaml": agent, "acme/mmf.yaml": mmf });
    const result = loadDesiredState(".", { cwd: root });
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
    expect(result.state.agents[0]?.operator).toBe("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    expect(allUnits(result.state)[0]?.params.capacity).toBe(123456789012345678901234567n);
  });

  it("minDeposit may not exceed capacity", () => {
    const mmf = replace(M, "      initialExchangeRate: 1e18\n    artifact: { uri: \"ipfs://junior\"", "      initialExchangeRate: 1e18\n      minDeposit: 20_000_000e18\n    artifact: { uri: \"ipfs://junior\"");
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": mmf })).toEqual([
      "acme/mmf.yaml:30:19 units[1].params.minDeposit: must not exceed capacity (10_000_000_000_000_000_000_000_000)",
    ]);
  });

  it("two transfer flows may not share a rate-limit key; Portfolio classes have no facility flows", () => {
    const mmf = replace(
      M,
      "units:",
      `rateLimits:
  transfer-to-a: { destination: "0x976EA74026E726554dB657fA54763abd0C3a0aa9", maxAmount: 1e18, slopePerDay: unlimited }
  transfer-to-b: { destination: "0x976ea74026e726554db657fa54763abd0c3a0aa9", maxAmount: 1e18, slopePerDay: 1e18 }
units:`,
    );
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": mmf })).toEqual([
      'acme/mmf.yaml:14:18 rateLimits.transfer-to-b: same asset and destination as "transfer-to-a": both would set one rate-limit key',
    ]);
    const withFacility = replace(M, "units:", "rateLimits:\n  facility-claim: { maxAmount: 1, slopePerDay: 1 }\nunits:");
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": withFacility })).toEqual([
      'acme/mmf.yaml:13:3 rateLimits: unknown property "facility-claim" (allowed: names matching ^transfer-to-[a-z0-9]+(-[a-z0-9]+)*$)',
    ]);
  });

  it("unlimited rate limits normalize to type(uint256).max", () => {
    const mmf = replace(M, "units:", 'rateLimits:\n  transfer-to-a: { destination: "0x976EA74026E726554dB657fA54763abd0C3a0aa9", maxAmount: unlimited, slopePerDay: unlimited }\nunits:');
    const root = writeTree({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": mmf });
    const result = loadDesiredState(".", { cwd: root });
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
    const limit = result.state.classes[0]?.rateLimits[0];
    expect(limit?.maxAmount).toBe((1n << 256n) - 1n);
    expect(limit?.slopePerSecond).toBe((1n << 256n) - 1n);
    expect(limit?.declared).toEqual({ maxAmount: "unlimited", slopePerDay: "unlimited" });
  });
});

describe("templates and legacy", () => {
  it("a template version is declared once", () => {
    expect(check({ "templates.yaml": `${TT}external:\n  - { id: nfat-term, version: 1, kind: term-nfat }\n` })).toEqual([
      "templates.yaml:13:5 external[0]: duplicate template nfat-term v1: already declared at templates.yaml:7:5",
    ]);
  });

  it("conformsTo must reference a declared template, or be null", () => {
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "legacy.yaml": replace(LEGACY, "version: 1 }", "version: 3 }") })).toEqual([
      "legacy.yaml:6:5 legacy[0].conformsTo: template lcts-portfolio v3 is not declared in ./templates.yaml",
    ]);
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "legacy.yaml": replace(LEGACY, "conformsTo: { id: lcts-portfolio, version: 1 }", "conformsTo: null") })).toEqual([]);
    expect(check({ "legacy.yaml": replace(LEGACY, "conformsTo: { id: lcts-portfolio, version: 1 }", "conformsTo: lcts-portfolio") })).toEqual([
      "legacy.yaml:16:17 legacy[0].conformsTo: must be a template reference { id, version } or null",
    ]);
  });

  it("a legacy Halo names a declared agent (the registry files it under one)", () => {
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "legacy.yaml": replace(LEGACY, "agent: acme", "agent: nobody") })).toEqual([
      "legacy.yaml:17:12 legacy[0].agent: agent \"nobody\" is not declared (declared agents: acme)",
    ]);
    expect(check({ "templates.yaml": T, "legacy.yaml": replace(LEGACY, "    agent: acme\n", "") })).toEqual([
      "legacy.yaml:6:5 legacy[0]: missing required property \"agent\"",
    ]);
  });

  it("extra legacy contracts need camelCase names", () => {
    const legacy = replace(LEGACY, '      rateLimits: "0xE4E5eD12EF553b40e01048623B8C8cA296E91Bb5"', '      rateLimits: "0xE4E5eD12EF553b40e01048623B8C8cA296E91Bb5"\n      Bad_Name: "0xE4E5eD12EF553b40e01048623B8C8cA296E91Bb5"');
    expect(check({ "templates.yaml": T, "legacy.yaml": legacy })).toEqual([
      'legacy.yaml:12:7 legacy[0].addresses: property name "Bad_Name" must be a camelCase contract name',
    ]);
  });

  it("a legacy unit needs camelCase contract names, at least one contract, and an artifact", () => {
    const bad = replace(LEGACY, "          haloShareToken:", "          Share_Token:");
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "legacy.yaml": bad })).toEqual([
      'legacy.yaml:22:11 legacy[0].units[0].contracts: property name "Share_Token" must be a camelCase contract name',
    ]);
    const none = LEGACY.replace(/ {8}contracts:\n( {10}.*\n)+/, "        contracts: {}\n");
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "legacy.yaml": none })[0]).toMatch(/^legacy\.yaml:21:\d+ legacy\[0\]\.units\[0\]\.contracts: /);
    const noArtifact = LEGACY.replace(/ {8}artifact:\n( {10}.*\n)+/, "");
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "legacy.yaml": noArtifact })).toEqual([
      'legacy.yaml:20:9 legacy[0].units[0]: missing required property "artifact"',
    ]);
  });

  it("a legacy unit's id is in the one namespace too", () => {
    const legacy = replace(LEGACY, "id: genesis-halo-senior", "id: acme-mmf-senior");
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": M, "legacy.yaml": legacy })).toEqual([
      'legacy.yaml:20:9 legacy[0].units[0].id: duplicate id "acme-mmf-senior": already used by the unit declared at acme/mmf.yaml:13:5',
    ]);
  });

  it("ids are unique across agents, classes, units and legacy Halos", () => {
    const legacy = replace(LEGACY, "id: genesis-halo", "id: acme-mmf");
    expect(check({ "templates.yaml": T, "acme/agent.yaml": A, "acme/mmf.yaml": M, "legacy.yaml": legacy })).toEqual([
      'legacy.yaml:6:5 legacy[0].id: duplicate id "acme-mmf": already used by the class declared at acme/mmf.yaml:1:8',
    ]);
  });
});
