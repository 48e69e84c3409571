// Builds the `halo` CLI for bin/halo.js: `npm run build` (run by `npm install` / `npm ci` through `prepare`).
//
// esbuild bundles reconciler/cli/main.ts with everything it imports (our modules, viem, yaml, ajv, commander, …)
// into ES modules in dist/cli/: main.js and, because commands load lazily (`import()` in cli/program.ts), one chunk
// per lazily loaded part plus the chunks they share. A new `halo plan` process then reads a handful of files
// instead of resolving and linking ~570 ES modules and ~250 CommonJS files one by one (docs/cli.md, "Start-up").
// Every chunk sits in dist/cli/, two levels below the repository root like the sources (reconciler/<dir>/<file>.ts),
// so the paths a module resolves relative to itself (../../package.json, ../../schemas) reach the root from both.
//
// Not bundled: esbuild and tsx (loaded only to compile a TypeScript halo.config.ts, config/import.ts). No type
// checking here: `npm run typecheck` (tsc) does that, and `npm test` runs it.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "reconciler");
const dist = join(root, "dist");

/**
 * The desired-state loader's identity as load/cache.ts computes it from the sources (its directory's and model/'s
 * code, and the versions of the packages that parse and validate a file), fixed at build time: in the bundle that
 * code is no longer in files of its own. The schemas and node's version are still read when the CLI runs.
 */
function loaderSources() {
  const hash = createHash("sha256");
  for (const dir of ["load", "model"]) {
    for (const file of readdirSync(join(sources, dir)).sort()) {
      if (!/\.(ts|js)$/.test(file) || file.endsWith(".test.ts")) continue;
      hash.update(`${dir}/${file}`).update("\0").update(readFileSync(join(sources, dir, file))).update("\0");
    }
  }
  const require = createRequire(join(root, "package.json"));
  for (const pkg of ["yaml", "ajv", "ajv-formats", "viem"]) {
    hash.update(`${pkg}@${JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")).version}\0`);
  }
  return hash.digest("hex");
}

// Built beside dist/ and swapped in whole: a `halo` started during the build runs the old build or the new one.
const next = `dist.${process.pid}.tmp`;
rmSync(join(root, next), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: "reconciler/cli/main.ts" },
  outdir: `${next}/cli`,
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["esbuild", "tsx", "tsx/*"],
  // CommonJS packages (ajv, yaml) call require() for node's own modules: give the ES module chunks a real one.
  banner: { js: 'import { createRequire as __haloCreateRequire } from "node:module";\nconst require = __haloCreateRequire(import.meta.url);' },
  define: { HALO_BUNDLED_LOADER: JSON.stringify(loaderSources()) },
  // `halo --debug` turns source maps on (bin/halo.js) so a stack trace names reconciler/**/*.ts lines.
  sourcemap: "linked",
  sourcesContent: false,
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

// Which sources each output holds (the tests check that `halo --help` loads no command, viem, yaml or ajv).
const outputs = {};
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (!file.endsWith(".js")) continue;
  const name = (path) => path.slice(`${next}/cli/`.length);
  outputs[name(file)] = { bytes: output.bytes, imports: output.imports.map((i) => (i.external ? i.path : name(i.path))), inputs: Object.keys(output.inputs).sort() };
}
writeFileSync(join(root, next, "cli", "outputs.json"), `${JSON.stringify(outputs, null, 1)}\n`);
const old = `dist.${process.pid}.old`;
if (existsSync(dist)) renameSync(dist, join(root, old));
renameSync(join(root, next), dist);
rmSync(join(root, old), { recursive: true, force: true });
