/**
 * The compiled CLI's TypeScript config loading (reconciler/config/import.ts): esbuild in-thread, the bundle cached in
 * <project>/out/.cache with a manifest of its sources. `typescriptHost: false` makes these tests take the compiled
 * CLI's path although vitest runs them as TypeScript.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configCacheDir, importConfigModule } from "../../config/import.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "halo-config-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const load = async (dir: string) => (await importConfigModule(join(dir, "halo.config.ts"), { typescriptHost: false })).default;

const CONFIG = `import { port } from "./port.js";
interface Shape { rpc: string }
const config: Shape = { rpc: \`http://127.0.0.1:\${port}\` };
export default config;
`;

describe("importConfigModule, compiled CLI path", () => {
  it("bundles the config with its relative imports, caches it, and rebuilds when any source changes", async () => {
    const dir = project({ "halo.config.ts": CONFIG, "port.ts": "export const port: number = 8545;\n" });
    expect(await load(dir)).toEqual({ rpc: "http://127.0.0.1:8545" });
    const cache = configCacheDir(join(dir, "halo.config.ts"));
    const bundle = readdirSync(cache).find((f) => f.endsWith(".mjs"))!;
    const builtAt = statSync(join(cache, bundle)).mtimeMs;

    // unchanged sources: the cached bundle is used as it is (not written again)
    expect(await load(dir)).toEqual({ rpc: "http://127.0.0.1:8545" });
    expect(statSync(join(cache, bundle)).mtimeMs).toBe(builtAt);

    // a change in an imported file is a change of the config
    writeFileSync(join(dir, "port.ts"), "export const port: number = 9545;\n");
    expect(await load(dir)).toEqual({ rpc: "http://127.0.0.1:9545" });
  });

  it("never trusts a damaged cache: a corrupt manifest or an edited bundle is built again", async () => {
    const dir = project({ "halo.config.ts": CONFIG, "port.ts": "export const port: number = 1;\n" });
    await load(dir);
    const cache = configCacheDir(join(dir, "halo.config.ts"));
    const manifest = readdirSync(cache).find((f) => f.endsWith(".json"))!;
    const bundle = readdirSync(cache).find((f) => f.endsWith(".mjs"))!;

    writeFileSync(join(cache, bundle), 'export default { rpc: "http://evil" };\n');
    expect(await load(dir)).toEqual({ rpc: "http://127.0.0.1:1" });

    writeFileSync(join(cache, manifest), "{ not json");
    expect(await load(dir)).toEqual({ rpc: "http://127.0.0.1:1" });
    expect(JSON.parse(readFileSync(join(cache, manifest), "utf8")).format).toBe(1);
  });

  it("a syntax error names the file, line and column", async () => {
    const dir = project({ "halo.config.ts": "export default {\n  rpc: 'x',,\n};\n" });
    await expect(load(dir)).rejects.toThrow(/halo\.config\.ts:2:\d+: /);
  });

  it("falls back to tsx's loader when the cache cannot be written", async () => {
    const dir = project({ "halo.config.ts": CONFIG, "port.ts": "export const port: number = 2;\n" });
    writeFileSync(join(dir, "out"), "a file where the cache directory would go");
    expect(await load(dir)).toEqual({ rpc: "http://127.0.0.1:2" });
    expect(existsSync(join(dir, "out", ".cache"))).toBe(false);
  });
});
