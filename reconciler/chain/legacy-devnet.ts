/**
 * The devnet's pre-factory Halo, "Genesis Halo": one PAU (ALMProxy, RateLimits, HaloController) and one Portfolio
 * unit (HaloShareToken, SubscribeQueue, RedeemQueue), deployed the old way — by the deployer's own transactions,
 * not through the factory — so that the Halo registry's legacy inventory has something real to record and
 * `halo verify` something real to check.
 *
 * Each contract is an EIP-1167 clone of the devnet's implementation of that component (what a Phase-3 deploy
 * script does with OpenZeppelin `Clones`), created through the deterministic CREATE2 deployer every anvil has at
 * `0x4e59b44847b379578588920cA78FbF26c0B4956C` with a fixed salt per contract; each is then initialised in its own
 * transaction. The addresses therefore depend only on the implementations' addresses, which a default
 * `deploySystem` on a fresh anvil always gives the same: the example tree's halos/legacy.yaml names them
 * (reconciler/test/chain/legacy-devnet.test.ts keeps the two in step).
 *
 * The PAU is administered by the PAS Configurator (as a factory PAU is), deployed without a factory (`factory_` =
 * 0: nobody can seed its keys or give its controller unit contracts). The unit's admin is governance (the PAS
 * Timelock), its beacon the lpha-lcts operator. Not registered in PAS and not recorded in the Halo registry: that
 * is what `halo plan` proposes for a legacy.yaml entry (addRateLimits / addController, recordLegacyClass /
 * recordLegacyUnit, each through its actor).
 */
import { type Abi, type Address, type Client, type Hex, concat, getAddress, getContractAddress, keccak256, toBytes, zeroAddress } from "viem";
import { getCode } from "viem/actions";
import * as abi from "../abi/index.js";
import type { Sender } from "./sender.js";
import type { Implementations } from "./templates.js";

/** The CREATE2 deployer anvil (and most chains) has at genesis (Arachnid's deterministic-deployment-proxy). */
export const CREATE2_DEPLOYER: Address = "0x4e59b44847b379578588920cA78FbF26c0B4956C";

/** The legacy Halo's fixed facts (what halos/legacy.yaml declares besides the addresses). */
export const GENESIS_HALO = {
  id: "genesis-halo",
  unitId: "genesis-halo-senior",
  token: { name: "Genesis Halo Senior", symbol: "GEN-S" },
  /** anvil's account 2: the lpha-lcts beacon operator of the example tree. */
  beacon: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" as Address,
  capacity: 20_000_000n * 10n ** 18n,
  minDeposit: 1_000n * 10n ** 18n,
  initialExchangeRate: 10n ** 18n,
  maxRateIncreaseBps: 10n,
} as const;

export interface LegacyHaloDeployment {
  id: string;
  almProxy: Address;
  rateLimits: Address;
  controller: Address;
  /** Absent when the devnet has no deposit asset (a queue needs one). */
  unit?: { id: string; shareToken: Address; subscribeQueue: Address; redeemQueue: Address };
}

/** The creation code of an EIP-1167 minimal proxy delegating to `implementation`. */
export function cloneInitCode(implementation: Address): Hex {
  return concat(["0x3d602d80600a3d3981f3363d3d373d3d3d363d73", implementation, "0x5af43d82803e903d91602b57fd5bf3"]);
}

const saltOf = (what: string): Hex => keccak256(toBytes(`halo-devnet/legacy/${GENESIS_HALO.id}/${what}`));

/** Where the clone of `implementation` under `what`'s salt lands (no transaction). */
export function predictLegacyClone(implementation: Address, what: string): Address {
  return getContractAddress({ opcode: "CREATE2", from: CREATE2_DEPLOYER, salt: saltOf(what), bytecode: cloneInitCode(implementation) });
}

/** The addresses `deployLegacyHalo` gives for these implementations. */
export function predictLegacyHalo(impls: Implementations, withUnit: boolean): LegacyHaloDeployment {
  const out: LegacyHaloDeployment = {
    id: GENESIS_HALO.id,
    almProxy: predictLegacyClone(impls.ALMProxy.address, "ALMProxy"),
    rateLimits: predictLegacyClone(impls.RateLimits.address, "RateLimits"),
    controller: predictLegacyClone(impls.HaloController.address, "HaloController"),
  };
  if (withUnit)
    out.unit = {
      id: GENESIS_HALO.unitId,
      shareToken: predictLegacyClone(impls.HaloShareToken.address, "HaloShareToken"),
      subscribeQueue: predictLegacyClone(impls.SubscribeQueue.address, "SubscribeQueue"),
      redeemQueue: predictLegacyClone(impls.RedeemQueue.address, "RedeemQueue"),
    };
  return out;
}

/**
 * Deploy and initialise the legacy Halo from `deployer`. Undefined (nothing sent) when the chain has no CREATE2
 * deployer (anvil started with --disable-default-create2-deployer).
 */
export async function deployLegacyHalo(
  client: Client,
  tx: Sender,
  o: {
    deployer: Address;
    implementations: Implementations;
    configurator: Address;
    governance: Address;
    depositAsset?: Address;
  },
): Promise<LegacyHaloDeployment | undefined> {
  const code = await getCode(client, { address: CREATE2_DEPLOYER });
  if (code === undefined || code === "0x") return undefined;
  const clone = async (name: keyof Implementations): Promise<Address> => {
    const implementation = o.implementations[name].address;
    await tx.send(o.deployer, CREATE2_DEPLOYER, concat([saltOf(name), cloneInitCode(implementation)]), `legacy ${name} (clone)`);
    const at = predictLegacyClone(implementation, name);
    const deployed = await getCode(client, { address: at });
    if (deployed === undefined || deployed === "0x") throw new Error(`legacy ${name}: no contract at ${at} after its deployment`);
    return getAddress(at);
  };
  const call = (to: Address, contractAbi: Abi, fn: string, args: readonly unknown[], what: string) =>
    tx.call(o.deployer, to, contractAbi, fn, args, what);

  const almProxy = await clone("ALMProxy");
  const rateLimits = await clone("RateLimits");
  const controller = await clone("HaloController");
  await call(almProxy, abi.almProxyAbi as Abi, "initialize", [o.configurator, controller], "legacy ALMProxy initialize");
  await call(rateLimits, abi.rateLimitsAbi as Abi, "initialize", [o.configurator, controller, zeroAddress], "legacy RateLimits initialize");
  await call(controller, abi.haloControllerAbi as Abi, "initialize", [o.configurator, almProxy, rateLimits, zeroAddress, zeroAddress], "legacy HaloController initialize");
  const out: LegacyHaloDeployment = { id: GENESIS_HALO.id, almProxy, rateLimits, controller };
  if (o.depositAsset === undefined) return out;

  const shareToken = await clone("HaloShareToken");
  const subscribeQueue = await clone("SubscribeQueue");
  const redeemQueue = await clone("RedeemQueue");
  await call(
    shareToken,
    abi.haloShareTokenAbi as Abi,
    "initialize",
    [
      {
        name: GENESIS_HALO.token.name,
        symbol: GENESIS_HALO.token.symbol,
        admin: o.governance,
        beacon: GENESIS_HALO.beacon,
        subscribeQueue,
        redeemQueue,
        initialExchangeRate: GENESIS_HALO.initialExchangeRate,
        maxRateIncreaseBps: GENESIS_HALO.maxRateIncreaseBps,
      },
    ],
    "legacy HaloShareToken initialize",
  );
  const queue = { admin: o.governance, beacon: GENESIS_HALO.beacon, depositAsset: o.depositAsset, shareToken, controller };
  await call(subscribeQueue, abi.subscribeQueueAbi as Abi, "initialize", [{ ...queue, capacity: GENESIS_HALO.capacity, minDeposit: GENESIS_HALO.minDeposit }], "legacy SubscribeQueue initialize");
  await call(redeemQueue, abi.redeemQueueAbi as Abi, "initialize", [{ ...queue, capacity: 0n, minDeposit: 0n }], "legacy RedeemQueue initialize");
  out.unit = { id: GENESIS_HALO.unitId, shareToken, subscribeQueue, redeemQueue };
  return out;
}
