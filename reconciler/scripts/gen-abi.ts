/**
 * Generates reconciler/abi/<Contract>.ts (ABI, creation bytecode, library link offsets) and
 * reconciler/abi/index.ts from forge's artifacts, for every contract the TypeScript side deploys or calls.
 * The generated files are committed, so `halo devnet`, the demo and the tests need no Solidity compiler.
 *
 *   tsx reconciler/scripts/gen-abi.ts            forge build, then write the files
 *   tsx reconciler/scripts/gen-abi.ts --check    forge build, then exit 1 naming every stale, missing or
 *                                                unexpected file (nothing is written)
 *   --no-build                                   use the artifacts already in out/ (tests, or right after a build)
 *   --out <dir>                                  write / check another directory (tests)
 *
 * `forge build` is incremental: when `forge test` has just compiled everything it only checks the cache.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const defaultAbiDir = join(repoRoot, "reconciler", "abi");

/**
 * Every contract the reconciler deploys (devnet, tests) or calls (refresh, plan, apply), by source file. `as` names
 * the generated file and identifiers when the Solidity name is too generic: the local stand-in of Sky's PAS
 * (`contracts/pas/`) is generated as `PasTimelock` / `PasBeamState` / `PasConfigurator` (`pasTimelockAbi`, …).
 * `runtime: true` also emits `<id>RuntimeBytecode` (the deployed code, e.g. for an eth_call state override).
 */
export const CONTRACTS: readonly { name: string; as?: string; source: string; runtime?: boolean }[] = [
  { name: "ALMProxy", source: "contracts/src/pau/ALMProxy.sol" },
  { name: "RateLimits", source: "contracts/src/pau/RateLimits.sol" },
  { name: "HaloController", source: "contracts/src/pau/HaloController.sol" },
  // The PAS stand-in (devnets and tests only; on mainnet these are Sky's deployed PAS contracts, same ABI).
  { name: "Timelock", as: "PasTimelock", source: "contracts/pas/Timelock.sol" },
  { name: "BeamState", as: "PasBeamState", source: "contracts/pas/BeamState.sol" },
  { name: "Configurator", as: "PasConfigurator", source: "contracts/pas/Configurator.sol" },
  { name: "TemplateRegistry", source: "contracts/src/factory/TemplateRegistry.sol" },
  { name: "HaloRegistry", source: "contracts/src/factory/HaloRegistry.sol" },
  { name: "HaloFactory", source: "contracts/src/factory/HaloFactory.sol" },
  { name: "HaloCBeamProposer", source: "contracts/src/factory/HaloCBeamProposer.sol" },
  // External libraries the factory DELEGATECALLs: deployed once, linked into the factory's bytecode.
  { name: "ClassDeployer", source: "contracts/src/factory/deployers/ClassDeployer.sol" },
  { name: "LctsUnitDeployer", source: "contracts/src/factory/deployers/LctsUnitDeployer.sol" },
  { name: "HaloShareToken", source: "contracts/src/lcts/HaloShareToken.sol" },
  { name: "SubscribeQueue", source: "contracts/src/lcts/SubscribeQueue.sol" },
  { name: "RedeemQueue", source: "contracts/src/lcts/RedeemQueue.sol" },
  { name: "NfatFacility", source: "contracts/src/nfat/NfatFacility.sol" },
  { name: "NfatDealToken", source: "contracts/src/nfat/NfatDealToken.sol" },
  { name: "NfatRedeem", source: "contracts/src/nfat/NfatRedeem.sol" },
  // The devnet's deposit asset (sUSDS stand-in).
  { name: "MockERC20", source: "contracts/test/utils/MockERC20.sol" },
  // The devnet's Prime PAU: a test-only Spark-style controller that clones an ALMProxy and a RateLimits.
  { name: "PrimeController", source: "contracts/test/prime/PrimeController.sol" },
  // The lens (never deployed): run through eth_call with a state override (runtime code) or deployless.
  { name: "HaloLens", source: "contracts/lens/HaloLens.sol", runtime: true },
  { name: "HaloClassLens", source: "contracts/lens/HaloClassLens.sol", runtime: true },
  { name: "HaloRegistryLens", source: "contracts/lens/HaloRegistryLens.sol", runtime: true },
];

const BANNER = "// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.";

interface Artifact {
  abi: unknown[];
  bytecode: { object: string; linkReferences?: Record<string, Record<string, { start: number; length: number }[]>> };
  deployedBytecode?: { object: string };
  metadata?: { settings?: { compilationTarget?: Record<string, string> } };
  ast?: { absolutePath?: string };
}

/** `BEAMState` → `beamState`, `ALMProxy` → `almProxy`, `MockERC20` → `mockERC20`, `HaloFactory` → `haloFactory`. */
export function identifierOf(contract: string): string {
  const leading = /^[A-Z]+/.exec(contract)?.[0] ?? "";
  if (leading.length <= 1) return contract.charAt(0).toLowerCase() + contract.slice(1);
  // A run of capitals followed by a lowercase letter: the last capital starts the next word.
  const rest = contract.slice(leading.length);
  const cut = rest.length > 0 && /^[a-z]/.test(rest) ? leading.length - 1 : leading.length;
  return contract.slice(0, cut).toLowerCase() + contract.slice(cut);
}

function walkJson(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "build-info" && entry.name !== "bench") walkJson(path, out);
    } else if (entry.name.endsWith(".json")) out.push(path);
  }
}

/** The artifact of `name` compiled from `source` (several files may declare a contract of the same name). */
export function findArtifact(outDir: string, name: string, source: string): Artifact {
  const compiledFrom = (artifact: Artifact) => {
    const target = artifact.metadata?.settings?.compilationTarget;
    return target !== undefined ? Object.keys(target)[0] : artifact.ast?.absolutePath;
  };
  // forge writes out/<File>.sol/<Contract>.json, and nests the path when two files share a name.
  const direct = join(outDir, source.split("/").pop()!, `${name}.json`);
  if (existsSync(direct)) {
    const artifact = JSON.parse(readFileSync(direct, "utf8")) as Artifact;
    if (compiledFrom(artifact) === source) return artifact;
  }
  const all: string[] = [];
  walkJson(outDir, all);
  for (const path of all.filter((p) => p !== direct && p.endsWith(`/${name}.json`))) {
    const artifact = JSON.parse(readFileSync(path, "utf8")) as Artifact;
    if (compiledFrom(artifact) === source) return artifact;
  }
  throw new Error(
    `no forge artifact for ${name} compiled from ${source} in ${relative(repoRoot, outDir)}/ (run forge build)`,
  );
}

/** Byte offsets of every placeholder, per library name (the generated deployer links them at run time). */
function linkOffsets(artifact: Artifact): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const libs of Object.values(artifact.bytecode.linkReferences ?? {})) {
    for (const [lib, refs] of Object.entries(libs)) {
      out[lib] = [...(out[lib] ?? []), ...refs.map((r) => r.start)].sort((a, b) => a - b);
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function renderContract(name: string, source: string, artifact: Artifact, as = name, runtime = false): string {
  const id = identifierOf(as);
  const bytecode = artifact.bytecode.object.startsWith("0x")
    ? artifact.bytecode.object
    : `0x${artifact.bytecode.object}`;
  const links = linkOffsets(artifact);
  const lines = [
    BANNER,
    `// ${name} from ${source}${as !== name ? ` (generated as ${as})` : ""}.`,
    "",
    `export const ${id}Abi = ${JSON.stringify(artifact.abi, null, 2)} as const;`,
    "",
    `/** Creation bytecode${Object.keys(links).length > 0 ? " with unlinked library placeholders (see the link offsets)" : ""}. */`,
    `export const ${id}Bytecode: \`0x\${string}\` = "${bytecode}";`,
  ];
  if (runtime) {
    const code = artifact.deployedBytecode?.object ?? "";
    if (code === "") throw new Error(`${name}: the artifact has no deployedBytecode`);
    lines.push(
      "",
      "/** Runtime (deployed) bytecode. */",
      `export const ${id}RuntimeBytecode: \`0x\${string}\` = "${code.startsWith("0x") ? code : `0x${code}`}";`,
    );
  }
  if (Object.keys(links).length > 0) {
    lines.push(
      "",
      "/** Byte offsets in the creation bytecode where each library's 20-byte address must be written. */",
      `export const ${id}LinkReferences: Readonly<Record<string, readonly number[]>> = ${JSON.stringify(links)};`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function renderIndex(): string {
  const lines = [BANNER, ""];
  for (const { name, as } of CONTRACTS) lines.push(`export * from "./${as ?? name}.js";`);
  return `${lines.join("\n")}\n`;
}

/** Every generated file: name → content. */
export function generate(outDir = join(repoRoot, "out")): Map<string, string> {
  const files = new Map<string, string>();
  for (const { name, as, source, runtime } of CONTRACTS)
    files.set(
      `${as ?? name}.ts`,
      renderContract(name, source, findArtifact(outDir, name, source), as ?? name, runtime === true),
    );
  files.set("index.ts", renderIndex());
  return files;
}

function forgeBuild(): void {
  const forge = join(repoRoot, "node_modules", ".bin", "forge");
  // forge repeats its lint notes on every build; they are the Solidity engineers' concern, shown only on failure.
  const result = spawnSync(forge, ["build"], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`forge build failed (exit ${String(result.status)})`);
  }
}

/** The stale, missing and unexpected files of `dir` against a fresh generation (empty = up to date). */
export function staleFiles(dir: string, files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, content] of files) {
    const path = join(dir, file);
    if (!existsSync(path)) problems.push(`${relative(process.cwd(), path)}: missing`);
    else if (readFileSync(path, "utf8") !== content) problems.push(`${relative(process.cwd(), path)}: stale`);
  }
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      if (file.endsWith(".ts") && !files.has(file))
        problems.push(`${relative(process.cwd(), join(dir, file))}: not generated by gen-abi (remove it)`);
    }
  }
  return problems;
}

function main(argv: string[]): number {
  const check = argv.includes("--check");
  const outIndex = argv.indexOf("--out");
  const dir = outIndex >= 0 && argv[outIndex + 1] !== undefined ? resolve(argv[outIndex + 1]!) : defaultAbiDir;
  if (!argv.includes("--no-build")) forgeBuild();
  const files = generate();
  if (check) {
    const problems = staleFiles(dir, files);
    if (problems.length > 0) {
      for (const p of problems) process.stderr.write(`${p}\n`);
      process.stderr.write(
        "generated ABI files are stale: run `tsx reconciler/scripts/gen-abi.ts` and commit the result\n",
      );
      return 1;
    }
    process.stdout.write(`${files.size} generated ABI files are up to date\n`);
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of files) writeFileSync(join(dir, file), content);
  process.stdout.write(`wrote ${files.size} files to ${relative(process.cwd(), dir) || "."}\n`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
