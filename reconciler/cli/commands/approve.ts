/**
 * `halo approve <class|unit> <id> <plan>`: the EIP-712 instance approval of a deployment the saved plan carries
 * (ops/approval.ts, docs/approvals.md), saved beside the plan as `<plan>.approvals/<kind>-<id>.json`.
 *
 *   --key-env VAR        sign now with the EOA key in $VAR (never a key on the command line)
 *   --typed-data         no key here: print the eth_signTypedData_v4 payload (hardware wallet, other signer)
 *   --safe ADDRESS       the approver is a Safe (ERC-1271): print the SafeMessage hash its owners sign
 *   --signature HEX      attach the signature made elsewhere to the saved approval (checked before it is kept)
 *
 * Exit 0 = approval written, 1 = error (the field that does not match named).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { type Address, type Hex, getAddress } from "viem";
import type { CliIo } from "../io.js";
import { EXIT_OK } from "../io.js";
import { OpsError } from "../../ops/common.js";
import { type SavedApproval, approvalPath, approvalTypedData, buildApproval, checkApproval, defaultNonce, plannedDeployment } from "../../ops/approval.js";
import { readPlanFile } from "../../plan/planfile.js";
import { privateKeyToAccount } from "viem/accounts";
import { addressOption, wholeNumberOption } from "../options.js";

interface ApproveOptions {
  approver?: Address;
  deadline?: bigint;
  nonce?: bigint;
  keyEnv?: string;
  typedData?: boolean;
  safe?: Address;
  signature?: Hex;
  out?: string;
}

const parseUint = wholeNumberOption();
const parseSignature = (v: string): Hex => {
  if (!/^0x([0-9a-fA-F]{2})+$/.test(v)) throw new InvalidArgumentError("must be a hex signature (0x…)");
  return v as Hex;
};

export function approveCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command("approve")
    .description("sign (or prepare) the EIP-712 instance approval of a class or unit the saved plan deploys")
    .argument("<type>", "class or unit")
    .argument("<id>", "the class or unit id")
    .argument("<plan>", "the saved plan (halo plan --out)")
    .option("--approver <address>", "the APPROVER (default: the key's address with --key-env, the Safe with --safe)", addressOption)
    .option("--deadline <unix>", "last valid timestamp (default: the plan's time + 7 days)", parseUint)
    .option("--nonce <n>", "an unused nonce of the approver (default: derived from the plan and the id)", parseUint)
    .option("--key-env <var>", "environment variable holding the approver's private key: sign now")
    .option("--typed-data", "print the eth_signTypedData_v4 payload to sign elsewhere (then --signature)")
    .option("--safe <address>", "the approver is this Safe (ERC-1271): print the SafeMessage hash its owners sign", addressOption)
    .option("--signature <hex>", "attach a signature made elsewhere to the saved approval", parseSignature)
    .option("--out <file>", "where to save the approval (default: <plan>.approvals/<type>-<id>.json beside the plan)")
    .action(async (type: string, id: string, planArg: string, options: ApproveOptions) => {
      if (type !== "class" && type !== "unit") throw new OpsError(`approve: "${type}" is not class or unit`);
      const planPath = resolve(io.cwd, planArg);
      const { plan } = readPlanFile(planPath, planArg);
      const deployment = plannedDeployment(plan, type, id);
      const out = options.out !== undefined ? resolve(io.cwd, options.out) : approvalPath(planPath, type, id);
      const now = BigInt(Math.floor(Date.now() / 1000));

      if (options.signature !== undefined) {
        if (!existsSync(out)) throw new OpsError(`approve: no saved approval at ${out} to attach the signature to (run halo approve without --signature first)`);
        const saved = JSON.parse(readFileSync(out, "utf8")) as SavedApproval;
        saved.signature = options.signature;
        await checkApproval(saved, deployment, now);
        writeFileSync(out, `${JSON.stringify(saved, null, 2)}\n`);
        io.stdout(`approval of ${type} ${id} by ${saved.message.approver}: signature attached and checked, saved to ${out}\n`);
        setExit(EXIT_OK);
        return;
      }

      const keyEnv = options.keyEnv;
      let account: ReturnType<typeof privateKeyToAccount> | undefined;
      if (keyEnv !== undefined) {
        const key = io.env[keyEnv];
        if (key === undefined || !/^0x[0-9a-fA-F]{64}$/.test(key)) throw new OpsError(`approve: ${keyEnv} must hold the approver's private key (0x + 64 hex digits)`);
        account = privateKeyToAccount(key as Hex);
      }
      // the tree's `approval:` names the signer the plan's addresses are predicted for: the default, and the only one apply takes
      const named = deployment.approval;
      const safe = options.safe ?? (named?.kind === "safe" && options.approver === undefined && account === undefined ? named.signer : undefined);
      const approver = safe ?? options.approver ?? account?.address ?? named?.signer;
      if (approver === undefined) throw new OpsError("approve: name the approver (--approver, --safe, or --key-env to sign with its key)");
      if (named !== undefined && getAddress(named.signer) !== getAddress(approver))
        throw new OpsError(`approve: the plan's addresses for ${type} ${id} are predicted for the approver ${named.signer} (approval: in the tree), not ${approver}: apply would refuse this approval`);
      if (account !== undefined && safe === undefined && getAddress(account.address) !== getAddress(approver))
        throw new OpsError(`approve: the key in ${keyEnv} is ${account.address}, not the approver ${approver}`);
      const message = {
        approver: getAddress(approver),
        templateId: deployment.templateId,
        version: deployment.version,
        paramsHash: deployment.paramsHash,
        salt: deployment.salt,
        deadline: options.deadline ?? plan.now + 7n * 86_400n,
        nonce: options.nonce ?? defaultNonce(plan, id),
      };
      const saved = buildApproval(deployment, message, safe);
      if (account !== undefined && safe === undefined) {
        saved.signature = await account.signTypedData(approvalTypedData(deployment, message) as never);
        await checkApproval(saved, deployment, now);
      }
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(saved, null, 2)}\n`);
      const lines = [
        `approval of ${type} ${id} (${deployment.actionId}): approver ${message.approver}, template ${deployment.templateId} v${deployment.version}, paramsHash ${deployment.paramsHash}, salt ${deployment.salt}, deadline ${message.deadline}, nonce ${message.nonce}`,
        `EIP-712 digest ${saved.digest}`,
      ];
      if (saved.signature !== undefined) lines.push(`signed by ${account!.address}; saved to ${out}`);
      else if (saved.safe !== undefined)
        lines.push(`Safe ${saved.safe.address}: its owners sign SafeMessage hash ${saved.safe.safeMessageHash}; then halo approve ${type} ${id} ${planArg} --signature <owners' signatures, 65 bytes each, concatenated in ascending owner-address order>`, `saved (unsigned) to ${out}`);
      else lines.push(`unsigned, saved to ${out}: sign the typed data below (eth_signTypedData_v4), then halo approve ${type} ${id} ${planArg} --signature <sig>`);
      io.stdout(`${lines.join("\n")}\n`);
      if (options.typedData) io.stdout(`${JSON.stringify(saved.typedData, null, 2)}\n`);
      setExit(EXIT_OK);
    });
}
