/**
 * The stages of `deploySystem` (chain/system.ts), one function each, in the order it runs them. Each stage sends its
 * transactions through the one `Sender` in order, so the nonces, and with them every address, are those of
 * contracts/script/DeploySystem.s.sol's order (the saved benchmark chains and the example tree rely on it).
 */
import { type Abi, type Address, type Client, type Hex, encodeFunctionData, stringToHex, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import * as abi from "../abi/index.js";
import { type ComponentName, IMPLEMENTATION_BYTECODE, deployImplementations } from "./implementations.js";
import { ZERO_BYTES32, roleId, toBytes32Name } from "./names.js";
import {
  DELAYED_ACTIONS,
  IMMEDIATE_ACTIONS,
  PAS_HOP,
  PAS_MAX_CHANGE,
  ROLE_DELAYED,
  ROLE_IMMEDIATE,
  beamStateSelector,
} from "./pas.js";
import { type Sender, increaseTime, linkBytecode } from "./sender.js";
import { type Implementations, LCTS_TEMPLATE, NFAT_TEMPLATE, lctsPortfolioSpec, nfatTermSpec } from "./templates.js";

/** PAS's three contracts on a devnet (contracts/pas, the local stand-in of Sky's PAS). */
export interface PasContracts {
  beamState: Address;
  configurator: Address;
  timelock: Address;
}

/** Who holds what in PAS after `deployPas` (PASInit's roles). */
export interface PasRoles {
  coreCouncil: Address;
  coreCouncilProposer: Address;
  pauser: Address | undefined;
  delay: bigint;
}

/** The Halo Factory system's own contracts. */
export interface FactoryContracts {
  templateRegistry: Address;
  haloRegistry: Address;
  implementations: Implementations;
  cbeamProposer: Address;
  libraries: { ClassDeployer: Address; LctsUnitDeployer: Address };
  factory: Address;
}

const beamStateCall = (tx: Sender, from: Address, pas: PasContracts) => (fn: string, args: readonly unknown[], what: string) =>
  tx.call(from, pas.beamState, abi.pasBeamStateAbi as Abi, fn, args, what);
const timelockCall = (tx: Sender, from: Address, pas: PasContracts) => (fn: string, args: readonly unknown[], what: string) =>
  tx.call(from, pas.timelock, abi.pasTimelockAbi as Abi, fn, args, what);

/**
 * Steps 1-4: BeamState, Configurator and Timelock (the deployer the temporary ward / admin), PASInit's roles —
 * BeamState role 1 (DELAYED) = the Timelock with its selectors, role 2 (IMMEDIATE) = the Core Council with its own;
 * Timelock PROPOSER + CANCELLER = the Core Council proposer, PAUSER = the pauser (optional) — and the address(0) SORL
 * fallback hop / maxChange.
 */
export async function deployPas(tx: Sender, deployer: Address, roles: PasRoles): Promise<PasContracts> {
  const beamState = await tx.deploy(deployer, abi.pasBeamStateBytecode, "BeamState (PAS stand-in)");
  const configurator = await tx.deploy(deployer, abi.pasConfiguratorBytecode, "Configurator (PAS stand-in)", {
    abi: abi.pasConfiguratorAbi,
    args: [beamState],
  });
  const timelock = await tx.deploy(deployer, abi.pasTimelockBytecode, "Timelock (PAS stand-in)", {
    abi: abi.pasTimelockAbi,
    args: [roles.delay, deployer],
  });
  const pas = { beamState, configurator, timelock };
  const bs = beamStateCall(tx, deployer, pas);
  const tl = timelockCall(tx, deployer, pas);
  for (const name of DELAYED_ACTIONS)
    await bs("setRoleAction", [ROLE_DELAYED, beamStateSelector(name), true], `BeamState role 1 may ${name}`);
  for (const name of IMMEDIATE_ACTIONS)
    await bs("setRoleAction", [ROLE_IMMEDIATE, beamStateSelector(name), true], `BeamState role 2 may ${name}`);
  await bs("setUserRole", [timelock, ROLE_DELAYED, true], "BeamState role 1 to the Timelock");
  await bs("setUserRole", [roles.coreCouncil, ROLE_IMMEDIATE, true], "BeamState role 2 to the Core Council");
  await tl("grantRole", [roleId("PROPOSER_ROLE"), roles.coreCouncilProposer], "Timelock PROPOSER to the Core Council");
  await tl("grantRole", [roleId("CANCELLER_ROLE"), roles.coreCouncilProposer], "Timelock CANCELLER to the Core Council");
  if (roles.pauser !== undefined) await tl("grantRole", [roleId("PAUSER_ROLE"), roles.pauser], "Timelock PAUSER");
  await bs("setHop", [zeroAddress, PAS_HOP], "BeamState hop fallback");
  await bs("setMaxChange", [zeroAddress, PAS_MAX_CHANGE], "BeamState maxChange fallback");
  return pas;
}

/**
 * Step 5: TemplateRegistry (governance = the PAS Timelock), HaloRegistry, every implementation, the
 * HaloCBeamProposer adapter, the factory's two deployer libraries and HaloFactory (linked to them).
 */
export async function deployFactorySystem(
  client: Client,
  tx: Sender,
  deployer: Address,
  pas: PasContracts,
  approvers: readonly Address[],
): Promise<FactoryContracts> {
  const { timelock, beamState, configurator } = pas;
  const templateRegistry = await tx.deploy(deployer, abi.templateRegistryBytecode, "TemplateRegistry", {
    abi: abi.templateRegistryAbi,
    args: [timelock, [deployer]],
  });
  const haloRegistry = await tx.deploy(deployer, abi.haloRegistryBytecode, "HaloRegistry", {
    abi: abi.haloRegistryAbi,
    args: [deployer, templateRegistry],
  });
  const implementations = (await deployImplementations(
    client,
    tx,
    deployer,
    Object.keys(IMPLEMENTATION_BYTECODE) as ComponentName[],
    (name) => name,
  )) as Implementations;
  const cbeamProposer = await tx.deploy(deployer, abi.haloCBeamProposerBytecode, "HaloCBeamProposer", {
    abi: abi.haloCBeamProposerAbi,
    args: [timelock, beamState],
  });
  const libraries = {
    ClassDeployer: await tx.deploy(deployer, abi.classDeployerBytecode, "ClassDeployer"),
    LctsUnitDeployer: await tx.deploy(deployer, abi.lctsUnitDeployerBytecode, "LctsUnitDeployer"),
  };
  const factoryBytecode = linkBytecode(abi.haloFactoryBytecode, abi.haloFactoryLinkReferences, libraries);
  const factory = await tx.deploy(deployer, factoryBytecode, "HaloFactory", {
    abi: abi.haloFactoryAbi,
    args: [
      { timelock, templateRegistry, haloRegistry, beamState, configurator, cbeamProposer },
      [deployer],
      [...approvers],
    ],
  });
  return { templateRegistry, haloRegistry, implementations, cbeamProposer, libraries, factory };
}

/**
 * Step 6: the adapter's factory; the registry's FACTORY (the factory), REGISTRAR and REVIEWER; its admin to the
 * Timelock, renounced by the deployer.
 */
export async function wireFactorySystem(
  tx: Sender,
  deployer: Address,
  system: FactoryContracts,
  to: { timelock: Address; registrar: Address; reviewer: Address },
): Promise<void> {
  const { cbeamProposer, factory, haloRegistry } = system;
  await tx.call(deployer, cbeamProposer, abi.haloCBeamProposerAbi as Abi, "setFactory", [factory], "adapter's factory");
  const reg = (fn: string, args: readonly unknown[], what: string) =>
    tx.call(deployer, haloRegistry, abi.haloRegistryAbi as Abi, fn, args, what);
  await reg("grantRole", [roleId("FACTORY"), factory], "grant FACTORY on HaloRegistry to the factory");
  await reg("grantRole", [roleId("REGISTRAR"), to.registrar], "grant REGISTRAR on HaloRegistry");
  await reg("grantRole", [roleId("REVIEWER"), to.reviewer], "grant REVIEWER on HaloRegistry");
  await reg("grantRole", [ZERO_BYTES32, to.timelock], "grant DEFAULT_ADMIN_ROLE on HaloRegistry to the timelock");
  await reg("renounceRole", [ZERO_BYTES32, deployer], "renounce DEFAULT_ADMIN_ROLE on HaloRegistry");
}

/** Step 8: PAS belongs to Sky's PauseProxy — BeamState ward and Timelock DEFAULT_ADMIN, the deployer removed. */
export async function handPasToPauseProxy(tx: Sender, deployer: Address, pas: PasContracts, pauseProxy: Address): Promise<void> {
  const bs = beamStateCall(tx, deployer, pas);
  const tl = timelockCall(tx, deployer, pas);
  await bs("rely", [pauseProxy], "BeamState ward: the PauseProxy");
  await bs("deny", [deployer], "BeamState ward: not the deployer");
  await tl("grantRole", [ZERO_BYTES32, pauseProxy], "Timelock DEFAULT_ADMIN_ROLE to the PauseProxy");
  await tl("renounceRole", [ZERO_BYTES32, deployer], "renounce Timelock DEFAULT_ADMIN_ROLE");
}

/** Both v1 templates (lcts-portfolio, nfat-term) proposed by the deployer, the TEMPLATE_PROPOSER. */
export async function proposeV1Templates(
  tx: Sender,
  deployer: Address,
  templateRegistry: Address,
  implementations: Implementations,
  audits: { lcts: { uri: string; hash: Hex }; nfat: { uri: string; hash: Hex } },
): Promise<void> {
  const propose = (id: string, version: number, spec: unknown, what: string) =>
    tx.call(deployer, templateRegistry, abi.templateRegistryAbi as Abi, "proposeTemplate", [toBytes32Name(id), version, spec], what);
  await propose(LCTS_TEMPLATE.id, LCTS_TEMPLATE.version, lctsPortfolioSpec(implementations, audits.lcts), "propose lcts-portfolio v1");
  await propose(NFAT_TEMPLATE.id, NFAT_TEMPLATE.version, nfatTermSpec(implementations, audits.nfat), "propose nfat-term v1");
}

/**
 * Both v1 templates approved by the Core Council through the PAS Timelock: `scheduleBatch` by its proposer, anvil's
 * clock moved past the delay, the permissionless `executeBatch` by the deployer. Returns the operation.
 */
export async function approveV1TemplatesThroughTimelock(
  client: Client,
  tx: Sender,
  accounts: { coreCouncilProposer: Address; deployer: Address },
  at: { timelock: Address; templateRegistry: Address },
  delay: bigint,
): Promise<{ id: Hex; salt: Hex }> {
  const targets = [at.templateRegistry, at.templateRegistry];
  const values = [0n, 0n];
  const payloads = [LCTS_TEMPLATE, NFAT_TEMPLATE].map((t) =>
    encodeFunctionData({
      abi: abi.templateRegistryAbi,
      functionName: "approveTemplate",
      args: [toBytes32Name(t.id), t.version],
    }),
  );
  const salt = stringToHex("halo-devnet/approve-v1-templates", { size: 32 });
  const timelockAbi = abi.pasTimelockAbi as Abi;
  await tx.call(
    accounts.coreCouncilProposer,
    at.timelock,
    timelockAbi,
    "scheduleBatch",
    [targets, values, payloads, ZERO_BYTES32, salt, delay],
    "schedule the template approvals",
  );
  if (delay > 0n) await increaseTime(client, delay);
  await tx.call(
    accounts.deployer,
    at.timelock,
    timelockAbi,
    "executeBatch",
    [targets, values, payloads, ZERO_BYTES32, salt],
    "execute the template approvals",
  );
  const id = await readContract(client, {
    address: at.timelock,
    abi: abi.pasTimelockAbi,
    functionName: "hashOperationBatch",
    args: [targets, values, payloads, ZERO_BYTES32, salt],
  });
  return { id, salt };
}
