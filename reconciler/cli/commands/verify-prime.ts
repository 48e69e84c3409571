/**
 * `halo verify prime ID [--network N] [--json]`: the onboarding checklist of a Prime declared in halos/primes.yaml
 * (reconciler/ops/prime-verify.ts). Exit 0 every check passed, 2 a check failed, 1 error (unknown Prime, invalid
 * tree, RPC failure).
 */
import { resolve } from "node:path";
import { getBlockNumber } from "viem/actions";
import { ChainError, HaloError, InputError } from "../../errors.js";
import { formatDiagnostic, loadDesiredState } from "../../load/index.js";
import { canonicalJson, describeError, opsNetwork } from "../../ops/common.js";
import { renderPrimeTable, verifyPrime } from "../../ops/prime-verify.js";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_DRIFT, EXIT_OK, type CliIo } from "../io.js";

export async function verifyPrimeCli(
  io: CliIo,
  global: GlobalOptions,
  id: string,
  options: { network?: string; json?: boolean },
  setExit: (code: number) => void,
): Promise<void> {
  const config = await findConfig(io, global, true);
  if (config === undefined) throw new InputError("verify: no halo.config.ts");
  const dir = resolve(config.root, config.halosDir);
  const loaded = loadDesiredState(dir, { cwd: io.cwd });
  if (!loaded.ok)
    throw new InputError(`verify: the desired-state tree is invalid (${loaded.diagnostics.length} errors)`, {
      details: loaded.diagnostics.map(formatDiagnostic),
    });
  const prime = loaded.state.primes?.find((p) => p.id === id);
  if (prime === undefined)
    throw new InputError(
      `verify: no Prime "${id}" in halos/primes.yaml (declared: ${(loaded.state.primes ?? []).map((p) => p.id).join(", ") || "none"})`,
    );
  try {
    const network = opsNetwork(config, options.network, io.env, io.cwd);
    const block = await getBlockNumber(network.client);
    const result = await verifyPrime(network.client, network.system, loaded.state, prime, block);
    io.stdout(options.json ? canonicalJson(result) : renderPrimeTable(result));
    setExit(result.ok ? EXIT_OK : EXIT_DRIFT);
  } catch (error) {
    if (error instanceof HaloError) throw error;
    throw new ChainError(`verify: ${describeError(error)}`, { cause: error });
  }
}
