/**
 * The reconciler-scale benchmark's desired-state tree, as YAML files (pure: returns path → text).
 *
 * `classes` Portfolio (LCTS) classes of `unitsPerClass` units each, one class per file, grouped under generated
 * agents (`classesPerAgent` classes per agent directory). Every value is one the chain can hold exactly, so a
 * tree deployed from these files and then planned has nothing to do: the units' rate limits are the template's
 * Day-0 limits, the relayer is set and the cBEAM grant executed by the benchmark's deployment.
 */

export interface ScaleTreeOptions {
  classes: number;
  unitsPerClass: number;
  classesPerAgent: number;
  /** The devnet's deposit asset (its mock sUSDS). */
  depositAsset: string;
  /** Template audit references, as deployed on the devnet (sha256 as 64 hex digits, no 0x). */
  audits: {
    "lcts-portfolio": { uri: string; sha256: string };
    "nfat-term": { uri: string; sha256: string };
  };
  /** Day-0 limit of the template (amount and per-day refill), written as the units' declared limits. */
  day0: { maxAmount: string; slopePerDay: string };
}

// anvil's default accounts 1…5 (the same roles as the example tree in halos/)
export const SCALE_ACCOUNTS = {
  operator: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  beacon: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  freezer: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  govOps: "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  relayer: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
} as const;

// the devnet template accepts seniority 0 (senior) and 1 (junior) only
const SENIORITIES = ["senior", "junior"] as const;

/** A deterministic 32-byte hex string for an artifact (not a real digest: nothing reads the artifact). */
export function fakeSha256(id: string): string {
  // FNV-1a over the id, widened to 256 bits by hashing with eight different seeds
  let out = "";
  for (let seed = 0; seed < 8; seed++) {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out;
}

export const agentId = (a: number) => `agent-${a}`;
export const classId = (c: number) => `cls-${c}`;
export const unitId = (c: number, u: number) => `cls-${c}-u${u}`;

/** The tree's files, relative path → YAML text. */
export function scaleTreeFiles(o: ScaleTreeOptions): Map<string, string> {
  if (!Number.isInteger(o.classes) || o.classes < 0) throw new Error(`classes must be a natural number: ${o.classes}`);
  if (!Number.isInteger(o.unitsPerClass) || o.unitsPerClass < 1) throw new Error("unitsPerClass must be ≥ 1");
  if (!Number.isInteger(o.classesPerAgent) || o.classesPerAgent < 1) throw new Error("classesPerAgent must be ≥ 1");
  const a = SCALE_ACCOUNTS;
  const files = new Map<string, string>();
  const templates = (["lcts-portfolio", "nfat-term"] as const).map((id) =>
    [
      `  - id: ${id}`,
      "    version: 1",
      `    kind: ${id === "lcts-portfolio" ? "portfolio-lcts" : "term-nfat"}`,
      "    status: approved",
      "    audit:",
      `      uri: ${o.audits[id].uri}`,
      `      sha256: ${o.audits[id].sha256}`,
    ].join("\n"),
  );
  files.set("templates.yaml", `templates:\n${templates.join("\n")}\n`);
  const agents = Math.ceil(o.classes / o.classesPerAgent);
  for (let g = 0; g < agents; g++) {
    const agent = agentId(g);
    files.set(
      `${agent}/agent.yaml`,
      [
        `agent: ${agent}`,
        `name: Generated agent ${g}`,
        `operator: "${a.operator}"`,
        "artifact:",
        `  uri: ipfs://scale-${agent}`,
        `  sha256: ${fakeSha256(agent)}`,
        "",
      ].join("\n"),
    );
  }
  for (let c = 0; c < o.classes; c++) {
    const id = classId(c);
    const agent = agentId(Math.floor(c / o.classesPerAgent));
    const lines = [
      `class: ${id}`,
      "kind: portfolio-lcts",
      `agent: ${agent}`,
      "template: { id: lcts-portfolio, version: 1 }",
      "params:",
      `  depositAsset: "${o.depositAsset}"`,
      "beacons:",
      `  lpha-lcts: "${a.beacon}"`,
      `operator: "${a.operator}"`,
      `freezer: "${a.freezer}"`,
      `govOps: "${a.govOps}"`,
      `relayer: "${a.relayer}"`,
      "artifact:",
      `  uri: ipfs://scale-${id}`,
      `  sha256: ${fakeSha256(id)}`,
      "units:",
    ];
    const limit = `{ maxAmount: ${o.day0.maxAmount}, slopePerDay: ${o.day0.slopePerDay} }`;
    for (let u = 0; u < o.unitsPerClass; u++) {
      const uid = unitId(c, u);
      lines.push(
        `  - id: ${uid}`,
        `    token: { name: Scale ${c} unit ${u}, symbol: SC${c}U${u} }`,
        "    params:",
        `      seniority: ${SENIORITIES[u % SENIORITIES.length]}`,
        "      capacity: 1_000_000e18",
        `      targetYieldBps: ${400 + u}`,
        "      maxRateIncreaseBps: 10",
        "      minDeposit: 1e18",
        "      initialExchangeRate: 1e18",
        "    rateLimits:",
        `      subscribe-settle: ${limit}`,
        `      redeem-settle: ${limit}`,
        "    artifact:",
        `      uri: ipfs://scale-${uid}`,
        `      sha256: ${fakeSha256(uid)}`,
      );
    }
    files.set(`${agent}/${id}.yaml`, `${lines.join("\n")}\n`);
  }
  return files;
}
