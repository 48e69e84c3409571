import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Address, type Client, createClient, getAddress, http, keccak256 } from "viem";
import { getCode, readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  haloCBeamProposerAbi,
  haloFactoryAbi,
  haloFactoryBytecode,
  haloFactoryLinkReferences,
  haloRegistryAbi,
  pasBeamStateAbi,
  pasConfiguratorAbi,
  pasTimelockAbi,
  templateRegistryAbi,
} from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { KIND, roleId, toBytes32Name } from "../../chain/names.js";
import { DELAYED_ACTIONS, IMMEDIATE_ACTIONS, beamStateSelector } from "../../chain/pas.js";
import {
  DEVNET_PAUSE_PROXY,
  FOURTEEN_DAYS,
  PAS_HOP,
  PAS_MAX_CHANGE,
  type SystemDeployment,
  deploySystem,
  executeAsPauseProxy,
  linkBytecode,
  pasSpellCalls,
  writeDevnetFile,
} from "../../chain/system.js";
import { HALO_FACTORY_ACTIONS } from "../../model/observed.js";
import { resolveNetwork, validateConfig } from "../../config/index.js";
import { ACCOUNTS } from "./scenario.js";

const ADMIN = roleId("DEFAULT_ADMIN_ROLE");

describe("linkBytecode", () => {
  it("writes each library's address at every placeholder offset and nothing else", () => {
    const libs: Record<string, Address> = {
      ClassDeployer: "0x1111111111111111111111111111111111111111",
      LctsUnitDeployer: "0x2222222222222222222222222222222222222222",
    };
    expect(haloFactoryBytecode).toContain("__$");
    const linked = linkBytecode(haloFactoryBytecode, haloFactoryLinkReferences, libs);
    expect(linked).not.toContain("__$");
    expect(linked.length).toBe(haloFactoryBytecode.length);
    for (const [name, offsets] of Object.entries(haloFactoryLinkReferences)) {
      for (const offset of offsets)
        expect(linked.slice(2 + offset * 2, 2 + offset * 2 + 40)).toBe(libs[name]!.slice(2));
    }
  });

  it("refuses a missing library", () => {
    expect(() => linkBytecode(haloFactoryBytecode, haloFactoryLinkReferences, {})).toThrow(/has no address to link/);
  });
});

describe("deploySystem on a fresh anvil", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;

  beforeAll(async () => {
    anvil = await startAnvil();
    client = createClient({ transport: http(anvil.url) });
    d = await deploySystem(client, {
      coreCouncil: ACCOUNTS.governance,
      registrar: ACCOUNTS.operator,
      reviewer: ACCOUNTS.freezer,
    });
  });
  afterAll(async () => {
    await anvil?.stop();
  });

  const members = (address: Address, role: string) =>
    readContract(client, { address, abi: haloRegistryAbi, functionName: "getRoleMembers", args: [roleId(role)] }).then(
      (m) => m.map((a) => getAddress(a)),
    );
  const tlHas = (role: string, who: Address) =>
    readContract(client, { address: d.addresses.timelock, abi: pasTimelockAbi, functionName: "hasRole", args: [roleId(role), who] });
  const bs = <T>(functionName: string, args: readonly unknown[]) =>
    readContract(client, { address: d.addresses.beamState, abi: pasBeamStateAbi, functionName, args } as never) as Promise<T>;

  it("wires the factory and its adapter to the PAS and registries it deploys", async () => {
    const f = d.addresses.factory;
    const read = (
      functionName: "timelock" | "templateRegistry" | "haloRegistry" | "beamState" | "configurator" | "cbeamProposer",
    ) => readContract(client, { address: f, abi: haloFactoryAbi, functionName });
    expect(await read("timelock")).toBe(d.addresses.timelock);
    expect(await read("templateRegistry")).toBe(d.addresses.templateRegistry);
    expect(await read("haloRegistry")).toBe(d.addresses.haloRegistry);
    expect(await read("beamState")).toBe(d.addresses.beamState);
    expect(await read("configurator")).toBe(d.addresses.configurator);
    expect(await read("cbeamProposer")).toBe(d.addresses.cbeamProposer);
    const adapter = (functionName: "factory" | "timelock" | "beamState") =>
      readContract(client, { address: d.addresses.cbeamProposer, abi: haloCBeamProposerAbi, functionName });
    expect(await adapter("factory")).toBe(f);
    expect(await adapter("timelock")).toBe(d.addresses.timelock);
    expect(await adapter("beamState")).toBe(d.addresses.beamState);
    expect(
      await readContract(client, { address: d.addresses.configurator, abi: pasConfiguratorAbi, functionName: "beamState" }),
    ).toBe(d.addresses.beamState);
    // The mock sUSDS is account 0's first contract: the address the example tree in halos/ declares.
    expect(d.depositAsset).toBe("0x5FbDB2315678afecb367f032d93F642f64180aa3");
  });

  it("configures PAS as PASInit does and hands it to the PauseProxy (mainnet's address, impersonated)", async () => {
    const { timelock } = d.addresses;
    const council = getAddress(ACCOUNTS.governance);
    expect(d.accounts.pauseProxy).toBe(DEVNET_PAUSE_PROXY);
    expect(d.addresses.coreCouncil).toBe(council);
    // wards: the PauseProxy only
    expect(await bs<bigint>("wards", [DEVNET_PAUSE_PROXY])).toBe(1n);
    expect(await bs<bigint>("wards", [d.accounts.deployer])).toBe(0n);
    // role 1 (DELAYED) = the Timelock, role 2 (IMMEDIATE) = the Core Council, each with PASInit's selectors only
    expect(await bs<boolean>("hasUserRole", [timelock, 1])).toBe(true);
    expect(await bs<boolean>("hasUserRole", [council, 2])).toBe(true);
    expect(await bs<boolean>("hasUserRole", [council, 1])).toBe(false);
    for (const name of DELAYED_ACTIONS) {
      expect(await bs<boolean>("isActionInRole", [beamStateSelector(name), 1]), name).toBe(true);
      expect(await bs<boolean>("isActionInRole", [beamStateSelector(name), 2]), name).toBe(false);
    }
    for (const name of IMMEDIATE_ACTIONS) {
      expect(await bs<boolean>("isActionInRole", [beamStateSelector(name), 2]), name).toBe(true);
      expect(await bs<boolean>("isActionInRole", [beamStateSelector(name), 1]), name).toBe(false);
    }
    expect(await bs<bigint>("hop", ["0x0000000000000000000000000000000000000000"])).toBe(PAS_HOP);
    expect(await bs<bigint>("maxChange", ["0x0000000000000000000000000000000000000000"])).toBe(PAS_MAX_CHANGE);
    expect(await bs<boolean>("stopped", [])).toBe(false);
    // Timelock: admin = the PauseProxy (not the deployer), proposer / canceller = the Core Council, open executor
    expect(await tlHas("DEFAULT_ADMIN_ROLE", DEVNET_PAUSE_PROXY)).toBe(true);
    expect(await tlHas("DEFAULT_ADMIN_ROLE", d.accounts.deployer)).toBe(false);
    expect(await tlHas("DEFAULT_ADMIN_ROLE", timelock)).toBe(false);
    expect(await tlHas("PROPOSER_ROLE", council)).toBe(true);
    expect(await tlHas("CANCELLER_ROLE", council)).toBe(true);
    expect(await tlHas("EXECUTOR_ROLE", "0x0000000000000000000000000000000000000000")).toBe(true);
    expect(await readContract(client, { address: timelock, abi: pasTimelockAbi, functionName: "getMinDelay" })).toBe(
      FOURTEEN_DAYS,
    );
  });

  it("authorises the factory in PAS by the spell (role 3, its five selectors, the adapter as PROPOSER)", async () => {
    expect(d.pasSpell).toBe("run");
    expect(await bs<boolean>("hasUserRole", [d.addresses.factory, 3])).toBe(true);
    for (const name of HALO_FACTORY_ACTIONS)
      expect(await bs<boolean>("isActionInRole", [beamStateSelector(name), 3]), name).toBe(true);
    // nothing else: e.g. addCBeam stays the Timelock's
    expect(await bs<boolean>("isActionInRole", [beamStateSelector("addCBeam"), 3])).toBe(false);
    expect(await tlHas("PROPOSER_ROLE", d.addresses.cbeamProposer)).toBe(true);
    expect(await tlHas("PROPOSER_ROLE", d.addresses.factory)).toBe(false);
    expect(pasSpellCalls(d.addresses).map((c) => c.signature)).toEqual([
      ...Array(5).fill("setRoleAction(uint8,bytes4,bool)"),
      "setUserRole(address,uint8,bool)",
      "grantRole(bytes32,address)",
    ]);
  });

  it("gives the registries their roles, and the deployer none of the admin rights", async () => {
    const { factory, timelock, haloRegistry, templateRegistry } = d.addresses;
    const deployer = d.accounts.deployer;
    expect(await members(haloRegistry, "FACTORY")).toEqual([factory]);
    expect(await members(haloRegistry, "REGISTRAR")).toEqual([getAddress(ACCOUNTS.operator)]);
    expect(await members(haloRegistry, "REVIEWER")).toEqual([getAddress(ACCOUNTS.freezer)]);
    expect(await members(factory, "DEPLOYER")).toEqual([deployer]);
    expect(await members(factory, "APPROVER")).toEqual([]);
    expect(await members(haloRegistry, "DEFAULT_ADMIN_ROLE")).toEqual([timelock]);
    expect(await members(templateRegistry, "DEFAULT_ADMIN_ROLE")).toEqual([timelock]);
    expect(await members(templateRegistry, "TEMPLATE_PROPOSER")).toEqual([deployer]);
    expect(ADMIN).toBe(`0x${"00".repeat(32)}`);
  });

  it("approves both templates through the PAS Timelock, pinned to the implementations' code hashes", async () => {
    const expected = [
      {
        id: "lcts-portfolio",
        kind: KIND.PORTFOLIO_LCTS,
        classComponents: ["ALMProxy", "RateLimits", "HaloController"],
        unitComponents: ["HaloShareToken", "SubscribeQueue", "RedeemQueue"],
      },
      {
        id: "nfat-term",
        kind: KIND.TERM_NFAT,
        classComponents: ["ALMProxy", "RateLimits", "HaloController", "NfatFacility", "NfatDealToken", "NfatRedeem"],
        unitComponents: [],
      },
    ] as const;
    for (const t of expected) {
      const v = await readContract(client, {
        address: d.addresses.templateRegistry,
        abi: templateRegistryAbi,
        functionName: "getTemplate",
        args: [toBytes32Name(t.id), 1],
      });
      expect(v.status).toBe(2); // APPROVED
      expect(v.spec.kind).toBe(t.kind);
      expect(v.proposer).toBe(d.accounts.deployer);
      const components = [...v.spec.classComponents, ...v.spec.unitComponents];
      expect(components.map((c) => c.name)).toEqual([...t.classComponents, ...t.unitComponents].map(toBytes32Name));
      for (const c of components) {
        const code = await getCode(client, { address: c.implementation });
        expect(c.codeHash).toBe(keccak256(code!));
      }
    }
    expect(d.templates.every((t) => t.status === "approved")).toBe(true);
    const done = await readContract(client, {
      address: d.addresses.timelock,
      abi: pasTimelockAbi,
      functionName: "isOperationDone",
      args: [d.templateApproval!.id],
    });
    expect(done).toBe(true);
  });

  it("writes the addresses file that reconciler/config reads for the local network", () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-devnet-"));
    try {
      writeDevnetFile(join(dir, ".halo", "devnet.json"), d, anvil.url);
      const raw = JSON.parse(readFileSync(join(dir, ".halo", "devnet.json"), "utf8")) as {
        chainId: number;
        deployBlock: string;
        addresses: Record<string, string>;
      };
      expect(raw.chainId).toBe(31337);
      expect(BigInt(raw.deployBlock)).toBe(d.deployBlock);
      expect(raw.addresses.depositAsset).toBe(d.depositAsset);
      const config = validateConfig(
        {
          defaultNetwork: "local",
          networks: {
            local: {
              chainId: 31337,
              rpcUrl: { env: "X_RPC", default: anvil.url },
              addressesFile: ".halo/devnet.json",
              apply: { mode: "signer" },
            },
          },
        },
        "test",
        join(dir, "halo.config.ts"),
        dir,
      );
      const network = resolveNetwork(config, "local", {}, dir);
      expect(network.addresses).toEqual(d.addresses);
      expect(Object.values(network.addressOrigins).every((o) => o === "addresses-file")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves templates PROPOSED with approveTemplates: none (no clock change)", async () => {
    const other = await startAnvil();
    try {
      const c = createClient({ transport: http(other.url) });
      const before = (await c.request({ method: "eth_getBlockByNumber", params: ["latest", false] })) as {
        timestamp: string;
      };
      const e = await deploySystem(c, {
        coreCouncil: ACCOUNTS.governance,
        approveTemplates: "none",
        depositAsset: false,
        pasSpell: "stop",
      });
      const status = await readContract(c, {
        address: e.addresses.templateRegistry,
        abi: templateRegistryAbi,
        functionName: "getStatus",
        args: [toBytes32Name("nfat-term"), 1],
      });
      expect(status).toBe(1); // PROPOSED
      expect(e.depositAsset).toBeUndefined();
      expect(e.templateApproval).toBeUndefined();
      const after = (await c.request({ method: "eth_getBlockByNumber", params: ["latest", false] })) as {
        timestamp: string;
      };
      expect(BigInt(after.timestamp) - BigInt(before.timestamp)).toBeLessThan(FOURTEEN_DAYS);
      // stopped before the spell: the factory is not authorised in PAS, the adapter is no proposer
      const role = () =>
        readContract(c, { address: e.addresses.beamState, abi: pasBeamStateAbi, functionName: "hasUserRole", args: [e.addresses.factory, 3] });
      expect(e.pasSpell).toBe("stop");
      expect(await role()).toBe(false);
      // the spell, executed later as the PauseProxy (impersonated), authorises it
      await executeAsPauseProxy(c, e.addresses.pauseProxy, pasSpellCalls(e.addresses));
      expect(await role()).toBe(true);
    } finally {
      await other.stop();
    }
  });
});
