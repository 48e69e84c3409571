// The scenario tree (reconciler/test/fixtures/scenario, a copy of the example) deployed through the factory with the requests built from the desired
// model (reconciler/chain/requests.ts), refreshed, and diffed by the plan engine: the observed resources use the
// desired model's addresses and field names, so what is on chain compares equal and only what is still to be
// configured (or cannot be on chain) differs.
import { type Address, type Client, createClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Hex, encodeFunctionData } from "viem";
import {
  haloControllerAbi,
  haloFactoryAbi,
  haloRegistryAbi,
  pasBeamStateAbi,
  pasConfiguratorAbi,
  pasTimelockAbi,
} from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { roleId, toBytes32Name } from "../../chain/names.js";
import { executeAsPauseProxy } from "../../chain/pas.js";
import { flowNamesFromResources, refresh } from "../../chain/refresh.js";
import { classRequest, registerAgentArgs, unitRequest } from "../../chain/requests.js";
import { Sender, type SystemDeployment, deploySystem } from "../../chain/system.js";
import { loadDesiredState } from "../../load/index.js";
import type { DesiredState } from "../../model/desired.js";
import type { ObservedState } from "../../model/observed.js";
import { diffResources } from "../../plan/diff.js";
import { type Predictions, desiredResources } from "../../plan/from-desired.js";
import { fixturesDir } from "../helpers.js";

const ACCOUNT_0: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const DAY = 86_400n;

function predictionsFrom(state: DesiredState, observed: ObservedState): Predictions {
  const out: Predictions = {};
  for (const c of state.classes) {
    const f = observed.resources[`class.${c.id}`]!.fields;
    out[c.id] = {
      pau: f.pau as Address,
      ...(c.kind === "term-nfat"
        ? { contracts: { facility: f["address.NfatFacility"] as Address, redeem: f["address.NfatRedeem"] as Address } }
        : {}),
      units: Object.fromEntries(
        c.units.map((u) => {
          const uf = observed.resources[`class.${c.id}.unit.${u.id}`]!.fields;
          return [
            u.id,
            {
              "subscribe-queue": uf["address.SubscribeQueue"] as Address,
              "redeem-queue": uf["address.RedeemQueue"] as Address,
            },
          ];
        }),
      ),
    };
  }
  return out;
}

describe("the scenario tree on a devnet", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;
  let tx: Sender;
  let state: DesiredState;

  beforeAll(async () => {
    const loaded = loadDesiredState("scenario", { cwd: fixturesDir });
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((x) => x.message).join("\n"));
    state = loaded.state;
    anvil = await startAnvil();
    client = createClient({ transport: http(anvil.url) });
    const audits = Object.fromEntries(state.templates.map((t) => [t.id, { uri: t.audit.uri, hash: t.audit.sha256 }]));
    d = await deploySystem(client, { coreCouncil: ACCOUNT_0, audits });
    tx = new Sender(client);
    await tx.init();
    for (const a of state.agents)
      await tx.call(
        d.accounts.deployer,
        d.addresses.haloRegistry,
        haloRegistryAbi,
        "registerAgent",
        registerAgentArgs(a),
      );
    for (const c of state.classes) {
      await tx.call(d.accounts.deployer, d.addresses.factory, haloFactoryAbi, "deployClass", [
        classRequest(c),
        toBytes32Name("example"),
      ]);
      if (c.kind === "portfolio-lcts") {
        for (const u of c.units)
          await tx.call(d.accounts.deployer, d.addresses.factory, haloFactoryAbi, "deployUnit", [
            unitRequest(u),
            toBytes32Name("example"),
          ]);
      }
    }
  });
  afterAll(async () => {
    await anvil?.stop();
  });

  async function diff() {
    const first = await refresh(anvil.url, { addresses: d.addresses, fromBlock: d.deployBlock });
    const desired = desiredResources(state, predictionsFrom(state, first.state));
    const observed = await refresh(anvil.url, {
      addresses: d.addresses,
      fromBlock: d.deployBlock,
      flowNames: flowNamesFromResources(desired),
    });
    return { result: diffResources(desired, observed.state.resources), observed: observed.state };
  }

  it("uses the tree's own deposit asset address: the devnet's mock sUSDS", () => {
    for (const c of state.classes) expect(c.params.depositAsset).toBe(d.depositAsset);
  });

  it("reads back in sync: templates, units, freezers; classes differ only by the relayer still to set; nothing refused", async () => {
    const { result, observed } = await diff();
    expect(result.inSync).toEqual(
      expect.arrayContaining([
        "template.lcts-portfolio.v1",
        "template.nfat-term.v1",
        "class.acme-mmf.unit.acme-mmf-senior",
        "class.acme-mmf.unit.acme-mmf-junior",
        "class.acme-mmf.freezer.0x90f79bf6eb2c4f870365e785982e1f101e93b906",
        "class.bluecrest-senior-secured.freezer.0x90f79bf6eb2c4f870365e785982e1f101e93b906",
      ]),
    );
    expect(result.changes.filter((c) => c.kind === "refused")).toEqual([]);
    const byAddress = Object.fromEntries(result.changes.map((c) => [c.address, c]));
    for (const id of ["acme-mmf", "bluecrest-senior-secured"]) {
      // relayer / freezer / GovOps are compared as role-holder resources, not as class fields: the class is in sync
      expect(byAddress[`class.${id}`]).toBeUndefined();
      expect(byAddress[`class.${id}.relayer.0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc`]!.kind).toBe("create");
      // cBEAM: addCBeam scheduled by the factory's adapter, pending on the PAS Timelock (the planner executes it,
      // never re-schedules); the per-class grant follows as a Core Council direct action.
      expect(byAddress[`class.${id}.govOps.0x15d34aaf54267db7d7c367839aaf71a00a2c6a65`]!.kind).toBe("create");
      expect(byAddress[`class.${id}.rateLimit.transfer-to-custodian`]!.kind).toBe("create");
    }
    expect(observed.timelockOperations).toHaveLength(2);
    // Agents: the display name lives only in the tree (no registry field holds it).
    expect(byAddress["agent.acme"]!.fields.map((f) => f.field)).toEqual(["name"]);
    // Day-0 limits are below the tree's: raised later under SORL (updates, never refusals).
    for (const flow of [
      "acme-mmf-senior.subscribe-settle",
      "acme-mmf-senior.redeem-settle",
      "acme-mmf-junior.subscribe-settle",
      "acme-mmf-junior.redeem-settle",
    ]) {
      expect(byAddress[`class.acme-mmf.rateLimit.${flow}`]!.kind).toBe("update");
    }
    expect(byAddress["legacy.genesis-halo"]!.kind).toBe("create");
  });

  it("after the grants run and GovOps grants the relayers (enabled controller actions), the classes and their role holders are in sync", async () => {
    const { observed } = await diff();
    await client.request({ method: "evm_increaseTime" as never, params: [`0x${(14n * DAY).toString(16)}`] as never });
    await client.request({ method: "evm_mine" as never, params: [] as never });
    for (const op of observed.timelockOperations) {
      const c = op.calls[0]!;
      await tx.call(ACCOUNT_0, d.addresses.timelock, pasTimelockAbi, "executeBatch", [
        [c.target],
        [c.value],
        [c.data],
        op.predecessor,
        op.salt,
      ]);
    }
    for (const c of state.classes) {
      const f = observed.resources[`class.${c.id}`]!.fields;
      const controller = f.controller as Address;
      // the Core Council (account 0 here) grants the cBEAM on the class's RateLimits and Controller
      await tx.call(ACCOUNT_0, d.addresses.beamState, pasBeamStateAbi, "setCBeamForRateLimits", [f.rateLimits as Address, c.govOps]);
      await tx.call(ACCOUNT_0, d.addresses.beamState, pasBeamStateAbi, "setCBeamForController", [controller, c.govOps]);
      // the RELAYER grant is an enabled controller action (Core Council timelocked; a spell here), run by GovOps
      const grant: Hex = encodeFunctionData({ abi: haloControllerAbi, functionName: "grantRole", args: [roleId("RELAYER"), c.relayer] });
      await executeAsPauseProxy(client, d.addresses.pauseProxy, [
        {
          target: d.addresses.beamState,
          data: encodeFunctionData({ abi: pasBeamStateAbi, functionName: "addInitControllerActions", args: [grant, controller] }),
          signature: "addInitControllerActions",
        },
      ]);
      await tx.call(c.govOps, d.addresses.configurator, pasConfiguratorAbi, "callControllerAction", [controller, grant]);
    }
    const { result } = await diff();
    for (const id of ["acme-mmf", "bluecrest-senior-secured"]) {
      expect(result.inSync).toContain(`class.${id}`);
      expect(result.inSync).toContain(`class.${id}.relayer.0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc`);
      expect(result.inSync).toContain(`class.${id}.govOps.0x15d34aaf54267db7d7c367839aaf71a00a2c6a65`);
    }
  });
});
