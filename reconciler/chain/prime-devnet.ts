/**
 * The devnet's Prime: a Spark-style Prime PAU (the test-only contracts/test/prime/PrimeController.sol, which clones
 * the project's ALMProxy and RateLimits and names itself their CONTROLLER), deployed by the Prime's governance and
 * prepared the way a new Prime is before PAS onboarding:
 *   1. the Prime's governance (`DEVNET_PRIME_GOVERNANCE`, mainnet's Spark SubProxy address, impersonated: nobody
 *      holds its key) deploys the controller as its first transaction, so the three addresses are fixed
 *      (`DEVNET_PRIME_PAU`, which halos/primes.yaml declares);
 *   2. it authorises the PAS Configurator in its PAU (what PAS's PASAuthorizeInPAU does): DEFAULT_ADMIN_ROLE on the
 *      controller and on the RateLimits;
 *   3. it grants RELAYER on the controller to the Prime's relayer and funds the ALMProxy with the deposit asset
 *      (a MockERC20 anyone may mint).
 * Nothing is registered in PAS here: that is the plan's job (plan/prime.ts), through the Core Council and the
 * Prime's GovOps.
 */
import { type Abi, type Address, type Client, getAddress, getContractAddress, keccak256, stringToBytes } from "viem";
import { getCode } from "viem/actions";
import { mockERC20Abi, primeControllerAbi, primeControllerBytecode, rateLimitsAbi } from "../abi/index.js";
import { Sender } from "./sender.js";

/** Spark's SubProxy address on mainnet: the devnet's Prime governance (impersonated). */
export const DEVNET_PRIME_GOVERNANCE: Address = "0x3300f198988e4C9C63F75dF86De36421f06af8c4";

/** The Prime PAU `deployPrimePau` creates on a fresh chain (the governance's nonce 0; the clones' nonces 1, 2). */
export const DEVNET_PRIME_PAU = (() => {
  const controller = getContractAddress({ from: DEVNET_PRIME_GOVERNANCE, nonce: 0n });
  return {
    controller,
    almProxy: getContractAddress({ from: controller, nonce: 1n }),
    rateLimits: getContractAddress({ from: controller, nonce: 2n }),
  } as const;
})();

/** The Prime's relayer on the devnet: anvil's account 5 (the example tree's relayer). */
export const DEVNET_PRIME_RELAYER: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";

export interface PrimePau {
  governance: Address;
  controller: Address;
  almProxy: Address;
  rateLimits: Address;
  relayer?: Address;
}

export interface DeployPrimePauOptions {
  /** The deployed ALMProxy / RateLimits implementations the PAU clones. */
  implementations: { almProxy: Address; rateLimits: Address };
  /** The PAS Configurator, authorised in the PAU (PASAuthorizeInPAU). */
  configurator: Address;
  /** Default `DEVNET_PRIME_GOVERNANCE`. */
  governance?: Address;
  /** RELAYER on the Prime's controller (none by default). */
  relayer?: Address;
  /** Mint `amount` of `asset` to the ALMProxy. */
  fund?: { asset: Address; amount: bigint };
}

const DEFAULT_ADMIN_ROLE = `0x${"00".repeat(32)}` as const;
const RELAYER_ROLE = keccak256(stringToBytes("RELAYER"));

/** Deploy and prepare the devnet's Prime PAU (see the module comment). Idempotent on the deployment: an existing PAU is reused. */
export async function deployPrimePau(client: Client, options: DeployPrimePauOptions): Promise<PrimePau> {
  const tx = new Sender(client);
  await tx.init();
  const governance = getAddress(options.governance ?? DEVNET_PRIME_GOVERNANCE);
  const expected = getContractAddress({ from: governance, nonce: 0n });
  const existing = await getCode(client, { address: expected });
  const controller =
    existing !== undefined && existing !== "0x"
      ? expected
      : await tx.deploy(governance, primeControllerBytecode, "PrimeController (devnet Prime PAU)", {
          abi: primeControllerAbi as Abi,
          args: [governance, options.implementations.almProxy, options.implementations.rateLimits],
        });
  const almProxy = getContractAddress({ from: controller, nonce: 1n });
  const rateLimits = getContractAddress({ from: controller, nonce: 2n });
  const ctrl = primeControllerAbi as Abi;
  await tx.call(governance, controller, ctrl, "grantRole", [DEFAULT_ADMIN_ROLE, options.configurator], "PASAuthorizeInPAU: controller");
  await tx.call(governance, rateLimits, rateLimitsAbi as Abi, "grantRole", [DEFAULT_ADMIN_ROLE, options.configurator], "PASAuthorizeInPAU: RateLimits");
  if (options.relayer !== undefined) {
    await tx.call(governance, controller, ctrl, "grantRole", [RELAYER_ROLE, options.relayer], "grant the Prime's relayer");
  }
  if (options.fund !== undefined)
    await tx.call(governance, options.fund.asset, mockERC20Abi as Abi, "mint", [almProxy, options.fund.amount], "fund the Prime's ALMProxy");
  return { governance, controller, almProxy, rateLimits, ...(options.relayer !== undefined ? { relayer: options.relayer } : {}) };
}
