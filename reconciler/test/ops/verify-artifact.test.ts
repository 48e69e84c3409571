// The artifact check reads the document and compares its content with the chain (issue 16): a document published
// on the devnet (a directory standing in for IPFS) and recorded with setArtifact passes field by field; a document
// whose content disagrees with the chain fails, naming each field.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloRegistryAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import { type ArtifactDocument, artifactFromFacts, parseArtifact, publishArtifact } from "../../ops/artifact.js";
import { chainArtifactFacts } from "../../ops/verify.js";
import { deployTree } from "../chain/scenario.js";
import { type Chain, halo, startChain } from "./fixture.js";

const LEGAL: ArtifactDocument["legal"] = [{ name: "prospectus", uri: "https://legal.example/acme-mmf/prospectus.pdf", sha256: `0x${"ab".repeat(32)}` }];

describe("halo verify: the artifact document's content", () => {
  let chain: Chain;
  let dir: string;
  const system = () => ({
    templateRegistry: chain.d.addresses.templateRegistry,
    haloRegistry: chain.d.addresses.haloRegistry,
    factory: chain.d.addresses.factory,
    beamState: chain.d.addresses.beamState,
    configurator: chain.d.addresses.configurator,
    timelock: chain.d.addresses.timelock,
  });
  /** Publish `doc` and record it in the registry (governance, the PAS Timelock impersonated). */
  const record = async (id: string, doc: ArtifactDocument, name: string) => {
    const published = publishArtifact(doc, dir, name);
    await chain.tx.call(chain.d.addresses.timelock, chain.d.addresses.haloRegistry, haloRegistryAbi, "setArtifact", [toBytes32Name(id), { uri: published.uri, sha256: published.sha256 }]);
    return published;
  };

  beforeAll(async () => {
    chain = await startChain();
    await deployTree(chain.client, chain.d);
    dir = join(chain.dir, "artifacts");
  });
  afterAll(async () => {
    await chain?.anvil.stop();
  });

  it("passes every section for a document published from the chain's facts (class and unit)", async () => {
    for (const [type, id] of [["class", "acme-mmf"], ["unit", "acme-mmf-senior"]] as const) {
      const facts = await chainArtifactFacts(chain.client, system(), type, toBytes32Name(id));
      const doc = artifactFromFacts(facts, LEGAL);
      expect(parseArtifact(new TextEncoder().encode(JSON.stringify(doc)))).toEqual({ doc });
      await record(id, doc, `${id}-v1`);
      const ran = await halo(chain, ["verify", type, id, "--artifacts", dir]);
      expect(ran.stderr).toBe("");
      expect(ran.code, ran.stdout).toBe(0);
      expect(ran.stdout).toMatch(/artifact\s+PASS\s+ipfs:\/\/\S+ sha256 0x[0-9a-f]{64} matches the document/);
      for (const section of ["identity", "addresses", "params", "beacons", "legal"]) expect(ran.stdout).toMatch(new RegExp(`artifact\\.${section}\\s+PASS`));
      if (type === "class") {
        expect(ran.stdout).toMatch(/artifact\.actors\s+PASS\s+4 field\(s\) match the chain/);
        expect(ran.stdout).toMatch(/artifact\.addresses\s+PASS\s+3 field\(s\) match the chain/);
      } else expect(ran.stdout).toMatch(/artifact\.params\s+PASS\s+6 field\(s\) match the chain/);
    }
  });

  it("fails naming each field whose content disagrees with the chain (exit 2)", async () => {
    const facts = await chainArtifactFacts(chain.client, system(), "unit", toBytes32Name("acme-mmf-senior"));
    const doc = artifactFromFacts(facts, LEGAL);
    doc.params.capacity = "1";
    doc.addresses.SubscribeQueue = "0x000000000000000000000000000000000000dEaD";
    delete doc.addresses.RedeemQueue;
    doc.template.version = 2;
    await record("acme-mmf-senior", doc, "acme-mmf-senior-bad");
    const ran = await halo(chain, ["verify", "unit", "acme-mmf-senior", "--artifacts", dir]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toMatch(/artifact\.identity\s+FAIL\s+template\.version: document 2, chain 1/);
    expect(ran.stdout).toMatch(/artifact\.addresses\s+FAIL\s+addresses\.SubscribeQueue: document 0x000000000000000000000000000000000000dEaD, chain 0x[0-9a-fA-F]{40}; addresses\.RedeemQueue: missing from the document/);
    expect(ran.stdout).toMatch(/artifact\.params\s+FAIL\s+params\.capacity: document 1, chain 50000000000000000000000000/);
    expect(ran.stdout).toMatch(/FAILED: 3 of \d+ checks: artifact\.identity, artifact\.addresses, artifact\.params/);
  });

  it("fails a document that is not the recorded one, or not an artifact document, or cannot be found", async () => {
    const published = await record("acme-mmf", { ...artifactFromFacts(await chainArtifactFacts(chain.client, system(), "class", toBytes32Name("acme-mmf")), LEGAL) }, "acme-mmf-v2");
    // the bytes changed after recording: the hash row fails and the content is not compared
    writeFileSync(published.path, readFileSync(published.path, "utf8").replace('"schemaVersion": 1', '"schemaVersion": 1 '));
    const changed = await halo(chain, ["verify", "class", "acme-mmf", "--artifacts", dir]);
    expect(changed.code).toBe(2);
    expect(changed.stdout).toMatch(/artifact\s+FAIL\s+registry records 0x[0-9a-f]{64} \(ipfs:\/\/acme-mmf-v2\), the document hashes to/);
    expect(changed.stdout).not.toMatch(/artifact\.identity/);
    // a recorded document that is not an artifact document
    const bad = join(dir, "not-a-document.json");
    writeFileSync(bad, '{"hello":1}\n');
    const sha = `0x${(await import("node:crypto")).createHash("sha256").update('{"hello":1}\n').digest("hex")}`;
    await chain.tx.call(chain.d.addresses.timelock, chain.d.addresses.haloRegistry, haloRegistryAbi, "setArtifact", [toBytes32Name("acme-mmf"), { uri: "ipfs://not-a-document", sha256: sha }]);
    const invalid = await halo(chain, ["verify", "class", "acme-mmf", "--artifacts", dir]);
    expect(invalid.stdout).toMatch(/artifact\.schema\s+FAIL\s+\S+not-a-document\.json is not an artifact document \(schemas\/artifact\.schema\.json\): \/: must have required property/);
    // a URI the directory does not hold
    const missing = await halo(chain, ["verify", "class", "acme-mmf", "--artifacts", join(chain.dir, "empty")]);
    expect(missing.stdout).toMatch(/artifact\.document\s+FAIL\s+artifact ipfs:\/\/not-a-document: not found in/);
  });
});
