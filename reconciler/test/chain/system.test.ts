import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Address, type Client, createClient, getAddress, http, keccak256 } from "viem";
import { getCode, readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  beamStateAbi,
  beamTimeLockAbi,
  haloFactoryAbi,
  haloFactoryBytecode,
  haloFactoryLinkReferences,
  haloRegistryAbi,
  templateRegistryAbi,
} from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { KIND, roleId, toBytes32Name } from "../../chain/names.js";
import {
  FOURTEEN_DAYS,
  type SystemDeployment,
  deploySystem,
  linkBytecode,
  writeDevnetFile,
} from "../../chain/system.js";
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
      governance: ACCOUNTS.governance,
      registrar: ACCOUNTS.operator,
      reviewer: ACCOUNTS.freezer,
    });
  });
  afterAll(async () => {
    await anvil?.stop();
  });

  const has = (
    address: Address,
    abi:
      | typeof beamStateAbi
      | typeof haloRegistryAbi
      | typeof beamTimeLockAbi
      | typeof haloFactoryAbi
      | typeof templateRegistryAbi,
    role: string,
    who: Address,
  ) =>
    readContract(client, {
      address,
      abi: abi as typeof beamStateAbi,
      functionName: "hasRole",
      args: [roleId(role), who],
    });
  const members = (address: Address, role: string) =>
    readContract(client, { address, abi: beamStateAbi, functionName: "getRoleMembers", args: [roleId(role)] }).then(
      (m) => m.map((a) => getAddress(a)),
    );

  it("wires the factory to the system it deploys into", async () => {
    const f = d.addresses.factory;
    const read = (functionName: "timelock" | "templateRegistry" | "haloRegistry" | "beamState" | "configurator") =>
      readContract(client, { address: f, abi: haloFactoryAbi, functionName });
    expect(await read("timelock")).toBe(d.addresses.beamTimeLock);
    expect(await read("templateRegistry")).toBe(d.addresses.templateRegistry);
    expect(await read("haloRegistry")).toBe(d.addresses.haloRegistry);
    expect(await read("beamState")).toBe(d.addresses.beamState);
    expect(await read("configurator")).toBe(d.addresses.configurator);
    // The mock sUSDS is account 0's first contract: the address the example tree in halos/ declares.
    expect(d.depositAsset).toBe("0x5FbDB2315678afecb367f032d93F642f64180aa3");
  });

  it("gives the factory exactly its system roles and the deployer none of the admin rights", async () => {
    const { factory, beamTimeLock, beamState, haloRegistry, templateRegistry } = d.addresses;
    const deployer = d.accounts.deployer;
    expect(await has(beamTimeLock, beamTimeLockAbi, "PROPOSER_ROLE", factory)).toBe(true);
    expect(await members(beamState, "FACTORY")).toEqual([factory]);
    expect(await members(haloRegistry, "FACTORY")).toEqual([factory]);
    expect(await members(haloRegistry, "REGISTRAR")).toEqual([getAddress(ACCOUNTS.operator)]);
    expect(await members(haloRegistry, "REVIEWER")).toEqual([getAddress(ACCOUNTS.freezer)]);
    expect(await members(factory, "DEPLOYER")).toEqual([deployer]);
    expect(await members(factory, "APPROVER")).toEqual([]);
    expect(await members(factory, "DEFAULT_ADMIN_ROLE")).toEqual([beamTimeLock]);
    expect(await members(beamState, "DEFAULT_ADMIN_ROLE")).toEqual([beamTimeLock]);
    expect(await members(haloRegistry, "DEFAULT_ADMIN_ROLE")).toEqual([beamTimeLock]);
    expect(await members(templateRegistry, "DEFAULT_ADMIN_ROLE")).toEqual([beamTimeLock]);
    expect(await members(templateRegistry, "TEMPLATE_PROPOSER")).toEqual([deployer]);
    expect(await members(beamState, "ABEAM")).toEqual([getAddress(ACCOUNTS.governance)]);
    // The timelock administers itself (OZ) and governance holds admin; the deployer renounced it.
    expect(new Set(await members(beamTimeLock, "DEFAULT_ADMIN_ROLE"))).toEqual(
      new Set([beamTimeLock, getAddress(ACCOUNTS.governance)]),
    );
    expect(await has(beamTimeLock, beamTimeLockAbi, "DEFAULT_ADMIN_ROLE", deployer)).toBe(false);
    expect(await has(beamTimeLock, beamTimeLockAbi, "PROPOSER_ROLE", getAddress(ACCOUNTS.governance))).toBe(true);
    // Open executor: anyone may execute a ready operation.
    expect(
      await has(beamTimeLock, beamTimeLockAbi, "EXECUTOR_ROLE", "0x0000000000000000000000000000000000000000"),
    ).toBe(true);
    expect(
      await readContract(client, { address: beamTimeLock, abi: beamTimeLockAbi, functionName: "getMinDelay" }),
    ).toBe(FOURTEEN_DAYS);
    expect(ADMIN).toBe(`0x${"00".repeat(32)}`);
  });

  it("approves both templates through the timelock, pinned to the implementations' code hashes", async () => {
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
      address: d.addresses.beamTimeLock,
      abi: beamTimeLockAbi,
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
        governance: ACCOUNTS.governance,
        approveTemplates: "none",
        depositAsset: false,
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
    } finally {
      await other.stop();
    }
  });
});
