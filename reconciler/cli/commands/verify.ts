/**
 * `halo verify class|unit ID [--network N] [--json] [--artifact FILE | --artifact-sha256 H]
 *   [--record --reviewer-key-env VAR [--report-hash H]]`: the Day-0 checklist (reconciler/ops/verify.ts).
 * Exit codes: 0 every check passed (and the review was recorded, with --record); 2 one or more checks failed
 * (each named; nothing is recorded); 1 error (unknown id, RPC failure, no reviewer key, record reverted).
 */
import { ChainError, HaloError, InputError } from "../../errors.js";
import { Command } from "commander";
import { type Hex, keccak256, sha256 as sha256Hex, toBytes } from "viem";
import { getBlock, readContract, waitForTransactionReceipt } from "viem/actions";
import { haloRegistryAbi } from "../../abi/index.js";
import { isoDate, nextReviewAt } from "../../model/day0.js";
import { findConfig, type GlobalOptions } from "../context.js";
import { EXIT_DRIFT, EXIT_OK, type CliIo } from "../io.js";
import { OpsError, canonicalJson, describeError, idBytes, opsNetwork, signerAccount, walletFor } from "../../ops/common.js";
import { renderTable, verify } from "../../ops/verify.js";
import { verifyPrimeCli } from "./verify-prime.js";
import { verifyTemplateCli } from "./verify-template.js";
import { blockNumberOption, hashOption, wholeNumberOption } from "../options.js";

/** Exit code of a verification with failed checks (shared with drift's "something is not as declared"). */
export const EXIT_CHECK_FAILED = EXIT_DRIFT;

interface VerifyCliOptions {
  network?: string;
  json?: boolean;
  artifact?: string;
  artifacts?: string;
  artifactSha256?: Hex;
  fromBlock?: bigint;
  blockRange?: bigint;
  record?: boolean;
  reviewerKeyEnv?: string;
  reportHash?: Hex;
}


export function verifyCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("verify")
    .description("run the Day-0 checklist against a class or unit (pass/fail table; exit 2 naming failed checks)")
    .argument("<type>", "class, unit, prime (a Prime of halos/primes.yaml) or template (a version of halos/templates.yaml)")
    .argument("<id>", "the class or unit id (name, or 0x bytes32 for a deal unit), the Prime id, or template id[@version]")
    .option("--network <name>", "network from halo.config.ts")
    .option("--json", "print the result as JSON")
    .option("--artifact <file>", "the artifact document: its sha256 must equal the registry's, and its fields the chain's")
    .option("--artifacts <dir>", "read the registry's ipfs:// / ar:// artifact URI from this directory (the devnet's publication); file:// and https:// URIs are read directly")
    .option("--artifact-sha256 <hash>", "the expected artifact sha256", hashOption)
    .option("--from-block <block>", "first block for role and rate-limit history (default: the addresses file's deployBlock, else 0)", blockNumberOption)
    .option("--block-range <blocks>", "blocks per eth_getLogs query (default 100000)", wholeNumberOption("a number of blocks"))
    .option("--record", "when every check passes, record a signed-off daily review in the HaloRegistry")
    .option("--reviewer-key-env <var>", "environment variable holding the REVIEWER's private key (with --record)")
    .option("--report-hash <hash>", "hash of the review report to record (default: sha256 of the JSON result)", hashOption)
    .addHelpText("after", "\nChecks and exit codes: docs/operations.md. Exit 0 all passed, 2 a check failed, 1 error.")
    .action(async (type: string, id: string, options: VerifyCliOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions & VerifyCliOptions>();
      const fail = (message: string): never => {
        throw new InputError(`verify: ${message}`);
      };
      if (type === "prime") return verifyPrimeCli(io, global, id, options, setExit);
      if (type === "template") return verifyTemplateCli(io, global, id, options, setExit);
      if (type !== "class" && type !== "unit") return fail(`"${type}" is not class, unit, prime or template`);
      if (options.record && options.reviewerKeyEnv === undefined) return fail("--record needs --reviewer-key-env VAR");
      try {
        const config = await findConfig(io, global, true);
        if (config === undefined) throw new OpsError("no halo.config.ts");
        const network = opsNetwork(config, options.network, io.env, io.cwd);
        const artifactSha256 = options.artifactSha256;
        const artifactSource =
          options.artifact !== undefined || options.artifacts !== undefined
            ? { cwd: io.cwd, ...(options.artifact !== undefined ? { file: options.artifact } : {}), ...(options.artifacts !== undefined ? { dir: options.artifacts } : {}) }
            : undefined;
        const result = await verify(network.client, network.system, type, idBytes(id), {
          ...(artifactSha256 !== undefined ? { artifactSha256 } : {}),
          ...(artifactSource !== undefined ? { artifactSource } : {}),
          ...((options.fromBlock ?? network.deployBlock) !== undefined ? { fromBlock: options.fromBlock ?? network.deployBlock } : {}),
          ...(options.blockRange !== undefined ? { blockRange: options.blockRange } : {}),
        });
        io.stdout(options.json ? canonicalJson(result) : renderTable(result));
        if (!result.ok) {
          if (options.record) io.stderr("halo verify: checks failed: no review recorded\n");
          setExit(EXIT_CHECK_FAILED);
          return;
        }
        if (options.record) {
          const reviewer = signerAccount(io.env, options.reviewerKeyEnv!, network.chainId, undefined, "HaloRegistry REVIEWER");
          const reportHash = options.reportHash ?? sha256Hex(toBytes(canonicalJson(result)));
          const isReviewer = (await readContract(network.client, { address: network.system.haloRegistry, abi: haloRegistryAbi, functionName: "hasRole", args: [keccak256(toBytes("REVIEWER")), reviewer.address] })) as boolean;
          if (!isReviewer) throw new OpsError(`verify: ${reviewer.address} is not a REVIEWER of the HaloRegistry ${network.system.haloRegistry}: no review recorded`);
          // one review per daily window (model/day0.ts, enforced by HaloRegistry.recordReview): say so before sending
          const reviews = (await readContract(network.client, { address: network.system.haloRegistry, abi: haloRegistryAbi, functionName: "getReviews", args: [result.target.idHex] })) as readonly { timestamp: bigint }[];
          const last = reviews.at(-1)?.timestamp;
          const now = (await getBlock(network.client, { blockTag: "latest" })).timestamp;
          const next = nextReviewAt(now, last);
          if (last !== undefined && next > now)
            throw new OpsError(`verify: one review per daily window (HaloRegistry_ReviewWindowTaken): ${result.target.type} ${result.target.id} was reviewed at ${isoDate(last)}; the next window opens at ${isoDate(next)}`);
          const wallet = walletFor(network, reviewer);
          const hash = await wallet.writeContract({ address: network.system.haloRegistry, abi: haloRegistryAbi, functionName: "recordReview", args: [result.target.idHex, reportHash] });
          const receipt = await waitForTransactionReceipt(network.client, { hash });
          if (receipt.status !== "success") throw new OpsError(`recordReview reverted (tx ${hash})`);
          io.stdout(`recorded review of ${result.target.type} ${result.target.id}: report ${reportHash} by ${reviewer.address} in tx ${hash}\n`);
        }
        setExit(EXIT_OK);
      } catch (error) {
        if (error instanceof HaloError) throw error;
        throw new ChainError(`verify: ${describeError(error)}`, { cause: error });
      }
    });
}
