/**
 * A Halo tree built on a devnet by calling the factory directly (no planner): agent `acme`, Portfolio class
 * `acme-mmf` with units `acme-mmf-senior` and `acme-mmf-junior`, Term class `acme-term`. The values mirror
 * contracts/test/utils/SystemFixture.sol's requests.
 */
import { type Address, type Client, type Hex, keccak256, toBytes } from "viem";
import { haloFactoryAbi, haloRegistryAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import { Sender, type SystemDeployment } from "../../chain/system.js";

export const E18 = 10n ** 18n;
export const DAY = 86_400n;

// anvil's default accounts 1…9 (account 0 deploys)
export const ACCOUNTS = {
  governance: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  operator: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  freezer: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  govOps: "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  lctsBeacon: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  nfatBeacon: "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  attestBeacon: "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
  relayer: "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  agentOperator: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
} as const satisfies Record<string, Address>;

const sha = (s: string): Hex => keccak256(toBytes(s));
const name = toBytes32Name;

export async function registerAgent(tx: Sender, d: SystemDeployment, agentId = "acme"): Promise<void> {
  await tx.call(d.accounts.registrar, d.addresses.haloRegistry, haloRegistryAbi, "registerAgent", [
    name(agentId),
    ACCOUNTS.agentOperator,
    { uri: `ipfs://${agentId}`, sha256: sha(agentId) },
  ]);
}

export function portfolioClassRequest(d: SystemDeployment, classId: string, agentId = "acme") {
  return {
    classId: name(classId),
    agentId: name(agentId),
    templateId: name("lcts-portfolio"),
    templateVersion: 1,
    operator: ACCOUNTS.operator,
    freezer: ACCOUNTS.freezer,
    govOps: ACCOUNTS.govOps,
    depositAsset: d.depositAsset!,
    name: "",
    symbol: "",
    beacons: [{ kind: name("lpha-lcts"), operator: ACCOUNTS.lctsBeacon }],
    params: [],
    artifact: { uri: `ipfs://${classId}`, sha256: sha(classId) },
  } as const;
}

export function termClassRequest(d: SystemDeployment, classId: string, agentId = "acme") {
  return {
    classId: name(classId),
    agentId: name(agentId),
    templateId: name("nfat-term"),
    templateVersion: 1,
    operator: ACCOUNTS.operator,
    freezer: ACCOUNTS.freezer,
    govOps: ACCOUNTS.govOps,
    depositAsset: d.depositAsset!,
    name: "Acme Term Deals",
    symbol: "ACME-NFAT",
    beacons: [
      { kind: name("lpha-nfat"), operator: ACCOUNTS.nfatBeacon },
      { kind: name("lpha-attest"), operator: ACCOUNTS.attestBeacon },
    ],
    params: [
      { name: name("termMin"), value: 90n * DAY },
      { name: name("termMax"), value: 730n * DAY },
      { name: name("sizeMin"), value: 10_000n * E18 },
      { name: name("sizeMax"), value: 50_000_000n * E18 },
      { name: name("apyMinBps"), value: 400n },
      { name: name("apyMaxBps"), value: 1200n },
      { name: name("restrictedDepositors"), value: 0n },
      { name: name("transferAllowList"), value: 1n },
      { name: name("assetType"), value: BigInt(name("senior-secured-loan")) },
      { name: name("jurisdiction"), value: BigInt(name("US-DE")) },
    ],
    artifact: { uri: `ipfs://${classId}`, sha256: sha(classId) },
  } as const;
}

export interface UnitSpec {
  unitId: string;
  seniority: 0n | 1n;
  capacity: bigint;
  targetYieldBps: bigint;
  maxRateIncreaseBps: bigint;
}

export function unitRequest(classId: string, u: UnitSpec) {
  return {
    unitId: name(u.unitId),
    classId: name(classId),
    name: `Unit ${u.unitId}`,
    symbol: u.unitId.toUpperCase().slice(0, 11),
    params: [
      { name: name("capacity"), value: u.capacity },
      { name: name("seniority"), value: u.seniority },
      { name: name("targetYieldBps"), value: u.targetYieldBps },
      { name: name("maxRateIncreaseBps"), value: u.maxRateIncreaseBps },
      { name: name("minDeposit"), value: E18 },
      { name: name("initialExchangeRate"), value: E18 },
    ],
    artifact: { uri: `ipfs://${u.unitId}`, sha256: sha(u.unitId) },
  } as const;
}

export const SENIOR: UnitSpec = {
  unitId: "acme-mmf-senior",
  seniority: 0n,
  capacity: 50_000_000n * E18,
  targetYieldBps: 450n,
  maxRateIncreaseBps: 10n,
};
export const JUNIOR: UnitSpec = {
  unitId: "acme-mmf-junior",
  seniority: 1n,
  capacity: 10_000_000n * E18,
  targetYieldBps: 900n,
  maxRateIncreaseBps: 25n,
};

/** Deploy `acme-mmf` (two units) and `acme-term` as the deployer; returns the last block used. */
export async function deployTree(client: Client, d: SystemDeployment, opts: { agent?: boolean } = {}): Promise<bigint> {
  const tx = new Sender(client);
  await tx.init();
  if (opts.agent ?? true) await registerAgent(tx, d);
  const salt = name("salt-1");
  const deployer = d.accounts.deployer;
  await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployClass", [
    portfolioClassRequest(d, "acme-mmf"),
    salt,
  ]);
  await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployUnit", [unitRequest("acme-mmf", SENIOR), salt]);
  await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployUnit", [unitRequest("acme-mmf", JUNIOR), salt]);
  return tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployClass", [
    termClassRequest(d, "acme-term"),
    salt,
  ]);
}
