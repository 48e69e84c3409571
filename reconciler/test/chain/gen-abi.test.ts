import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import * as abi from "../../abi/index.js";
import { CONTRACTS, defaultAbiDir, generate, identifierOf, renderContract, staleFiles } from "../../scripts/gen-abi.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
// The generator reads forge's artifacts; `npm test` runs forge first. Without a build there is nothing to compare.
const built = existsSync(join(repoRoot, "out", "HaloFactory.sol", "HaloFactory.json"));

describe("gen-abi naming", () => {
  it("turns contract names into identifiers", () => {
    expect(identifierOf("BEAMState")).toBe("beamState");
    expect(identifierOf("BEAMTimeLock")).toBe("beamTimeLock");
    expect(identifierOf("ALMProxy")).toBe("almProxy");
    expect(identifierOf("MockERC20")).toBe("mockERC20");
    expect(identifierOf("HaloFactory")).toBe("haloFactory");
    expect(identifierOf("NfatDealToken")).toBe("nfatDealToken");
    expect(identifierOf("PasBeamState")).toBe("pasBeamState");
    expect(identifierOf("HaloCBeamProposer")).toBe("haloCBeamProposer");
  });

  it("generates the PAS stand-in under Pas* names, and nothing of the removed configurator", () => {
    const pas = CONTRACTS.filter((c) => c.source.startsWith("contracts/pas/"));
    expect(pas.map((c) => [c.name, c.as])).toEqual([
      ["Timelock", "PasTimelock"],
      ["BeamState", "PasBeamState"],
      ["Configurator", "PasConfigurator"],
    ]);
    expect(CONTRACTS.some((c) => c.source.includes("src/configurator/"))).toBe(false);
    expect(CONTRACTS.map((c) => c.name)).toContain("HaloCBeamProposer");
  });

  it("names the file and identifiers after the alias", () => {
    const artifact = { abi: [], bytecode: { object: "0x00" } };
    const out = renderContract("Timelock", "contracts/pas/Timelock.sol", artifact, "PasTimelock");
    expect(out).toContain("// Timelock from contracts/pas/Timelock.sol (generated as PasTimelock).");
    expect(out).toContain("export const pasTimelockAbi = [] as const;");
    expect(out).not.toContain("RuntimeBytecode");
  });

  it("emits the runtime bytecode when asked (runtime: true), and refuses an artifact without one", () => {
    const artifact = { abi: [], bytecode: { object: "0x00" }, deployedBytecode: { object: "6001" } };
    expect(renderContract("Lens", "contracts/x.sol", artifact, "Lens", true)).toContain(
      'export const lensRuntimeBytecode: `0x${string}` = "0x6001";',
    );
    expect(() => renderContract("Lens", "contracts/x.sol", { abi: [], bytecode: { object: "0x00" } }, "Lens", true)).toThrow(
      /no deployedBytecode/,
    );
  });

  it("exports an ABI and creation bytecode for every contract the reconciler deploys or calls", () => {
    const exported = abi as Record<string, unknown>;
    for (const { name, as } of CONTRACTS) {
      const id = identifierOf(as ?? name);
      expect(Array.isArray(exported[`${id}Abi`]), `${id}Abi`).toBe(true);
      expect(String(exported[`${id}Bytecode`])).toMatch(/^0x[0-9a-f_$]+$/);
    }
    // Only the factory links libraries (its two deployers).
    expect(Object.keys(abi.haloFactoryLinkReferences).sort()).toEqual(["ClassDeployer", "LctsUnitDeployer"]);
  });

  it("renders deterministically, with the banner and the link offsets", () => {
    const artifact = {
      abi: [{ type: "function", name: "f", inputs: [], outputs: [], stateMutability: "view" }],
      bytecode: {
        object: "0x6000__$0123456789abcdef0123456789abcdef01$__00",
        linkReferences: { "x.sol": { Lib: [{ start: 2, length: 20 }] } },
      },
    };
    const a = renderContract("Thing", "contracts/src/x.sol", artifact);
    expect(a).toBe(renderContract("Thing", "contracts/src/x.sol", artifact));
    expect(a.split("\n")[0]).toMatch(/^\/\/ generated — do not edit/);
    expect(a).toContain('export const thingLinkReferences: Readonly<Record<string, readonly number[]>> = {"Lib":[2]};');
    expect(a).toContain('export const thingBytecode: `0x${string}` = "0x6000__$');
  });
});

describe.skipIf(!built)("gen-abi against forge's artifacts", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-abi-"));
    dirs.push(dir);
    cpSync(defaultAbiDir, dir, { recursive: true });
    return dir;
  };

  it("the committed files are what the artifacts generate", () => {
    expect(staleFiles(defaultAbiDir, generate())).toEqual([]);
  });

  it("--check names a stale, a missing and an unexpected file, and exits 1", () => {
    const dir = copy();
    writeFileSync(
      join(dir, "PasConfigurator.ts"),
      readFileSync(join(dir, "PasConfigurator.ts"), "utf8").replace('"zzz"', '"zz"'),
    );
    unlinkSync(join(dir, "NfatRedeem.ts"));
    writeFileSync(join(dir, "Old.ts"), "export {};\n");
    const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
    const result = spawnSync(
      tsx,
      [join(repoRoot, "reconciler", "scripts", "gen-abi.ts"), "--check", "--no-build", "--out", dir],
      { cwd: repoRoot, encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PasConfigurator\.ts: stale/);
    expect(result.stderr).toMatch(/NfatRedeem\.ts: missing/);
    expect(result.stderr).toMatch(/Old\.ts: not generated by gen-abi/);
    expect(result.stderr).not.toMatch(/HaloFactory\.ts/);
  });

  it("--check passes on an up-to-date copy and writing restores a stale one", () => {
    const dir = copy();
    const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
    const script = join(repoRoot, "reconciler", "scripts", "gen-abi.ts");
    expect(
      spawnSync(tsx, [script, "--check", "--no-build", "--out", dir], { cwd: repoRoot, encoding: "utf8" }).status,
    ).toBe(0);
    writeFileSync(join(dir, "PasBeamState.ts"), "// edited\n");
    expect(spawnSync(tsx, [script, "--no-build", "--out", dir], { cwd: repoRoot, encoding: "utf8" }).status).toBe(0);
    expect(readFileSync(join(dir, "PasBeamState.ts"), "utf8")).toBe(
      readFileSync(join(defaultAbiDir, "PasBeamState.ts"), "utf8"),
    );
  });
});
