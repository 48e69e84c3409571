/**
 * `halo verify template ID[@VERSION] [--network N] [--json]`: a template version of halos/templates.yaml checked on
 * chain (reconciler/ops/verify-template.ts): status, kind, audit, every implementation's code against its pinned
 * hash, and for a proposed version its declared implementations, ranges and Day-0 cycles. Without @VERSION: the
 * highest version templates.yaml declares. Exit 0 every check passed, 2 a check failed, 1 error.
 */
import { resolve } from "node:path";
import { getBlockNumber } from "viem/actions";
import { ChainError, HaloError, InputError } from "../../errors.js";
import { formatDiagnostic, loadDesiredState } from "../../load/index.js";
import { canonicalJson, describeError, opsNetwork } from "../../ops/common.js";
import { renderTemplateTable, verifyTemplate } from "../../ops/verify-template.js";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_DRIFT, EXIT_OK, type CliIo } from "../io.js";

export async function verifyTemplateCli(
  io: CliIo,
  global: GlobalOptions,
  ref: string,
  options: { network?: string; json?: boolean },
  setExit: (code: number) => void,
): Promise<void> {
  const config = await findConfig(io, global, true);
  if (config === undefined) throw new InputError("verify: no halo.config.ts");
  const loaded = loadDesiredState(resolve(config.root, config.halosDir), { cwd: io.cwd });
  if (!loaded.ok)
    throw new InputError(`verify: the desired-state tree is invalid (${loaded.diagnostics.length} errors)`, {
      details: loaded.diagnostics.map(formatDiagnostic),
    });
  const m = /^([^@]+)(?:@v?([0-9]+))?$/.exec(ref);
  const declared = loaded.state.templates.filter((t) => t.id === m?.[1]);
  const t = m?.[2] !== undefined ? declared.find((x) => x.version === Number(m[2])) : declared.sort((a, b) => b.version - a.version)[0];
  if (t === undefined)
    throw new InputError(
      `verify: templates.yaml declares no template ${ref} (declared: ${loaded.state.templates.map((x) => `${x.id}@${x.version}`).join(", ") || "none"})`,
    );
  try {
    const network = opsNetwork(config, options.network, io.env, io.cwd);
    const result = await verifyTemplate(network.client, network.system.templateRegistry, t, await getBlockNumber(network.client));
    io.stdout(options.json ? canonicalJson(result) : renderTemplateTable(result));
    setExit(result.ok ? EXIT_OK : EXIT_DRIFT);
  } catch (error) {
    if (error instanceof HaloError) throw error;
    throw new ChainError(`verify: ${describeError(error)}`, { cause: error });
  }
}
