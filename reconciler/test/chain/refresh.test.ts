import {
  type Address,
  type Client,
  type Hex,
  createClient,
  decodeFunctionData,
  encodeFunctionData,
  getAddress,
  http,
  keccak256,
} from "viem";
import { getBlock, readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  haloControllerAbi,
  haloFactoryAbi,
  pasBeamStateAbi,
  pasConfiguratorAbi,
  pasTimelockAbi,
} from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { LIMIT, assetCounterpartyKey, roleId, toBytes32Name } from "../../chain/names.js";
import { executeAsPauseProxy } from "../../chain/pas.js";
import { type RefreshResult, flowNamesFromResources, refresh, refreshWith } from "../../chain/refresh.js";
import { createCountingClient } from "../../chain/rpc.js";
import { Sender, type SystemDeployment, deploySystem, increaseTime } from "../../chain/system.js";
import { DAY0_LIMIT, DAY0_SLOPE } from "../../chain/templates.js";
import { type ObservedState, sorlOf } from "../../model/observed.js";
import { ACCOUNTS, DAY, E18, JUNIOR, SENIOR, deployTree, portfolioClassRequest, unitRequest } from "./scenario.js";

const SALT = toBytes32Name("salt-1");
const ZERO = "0x0000000000000000000000000000000000000000" as const;
const ZERO32 = `0x${"00".repeat(32)}` as Hex;
const OUTSIDER: Address = "0x000000000000000000000000000000000000bEEF";
/** The request budget asserted for this tree (measured: 4 HTTP requests; see docs/chain.md). */
const BUDGET = 10;

describe("refresh", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;
  let tx: Sender;
  let treeBlock: bigint;
  let treeState: ObservedState;
  let treeResult: RefreshResult;

  const opts = () => ({ addresses: d.addresses, fromBlock: d.deployBlock });

  beforeAll(async () => {
    anvil = await startAnvil();
    client = createClient({ transport: http(anvil.url) });
    d = await deploySystem(client, { coreCouncil: ACCOUNTS.governance });
    tx = new Sender(client);
    await tx.init();
  });
  afterAll(async () => {
    await anvil?.stop();
  });

  it("reads an empty system: the two approved templates and nothing else, in at most 3 HTTP requests", async () => {
    const r = await refresh(anvil.url, opts());
    const s = r.state;
    expect(Object.keys(s.resources)).toEqual(["template.lcts-portfolio.v1", "template.nfat-term.v1"]);
    const lcts = s.resources["template.lcts-portfolio.v1"]!.fields;
    expect(lcts.kind).toBe("portfolio-lcts");
    expect(lcts.status).toBe("approved");
    expect(lcts.beacon).toEqual(["lpha-lcts"]);
    expect(lcts.implementations).toEqual(
      (["ALMProxy", "RateLimits", "HaloController", "HaloShareToken", "SubscribeQueue", "RedeemQueue"] as const).map(
        (n) => d.implementations[n].address,
      ),
    );
    expect(lcts.codehashes).toEqual(
      (["ALMProxy", "RateLimits", "HaloController", "HaloShareToken", "SubscribeQueue", "RedeemQueue"] as const).map(
        (n) => d.implementations[n].codeHash,
      ),
    );
    expect(lcts["audit.uri"]).toBe("ipfs://audits/lcts-portfolio-v1");
    expect(lcts["day0.cycles"]).toBe(7);
    expect(s.resources["template.nfat-term.v1"]!.fields.beacon).toEqual(["lpha-nfat", "lpha-attest"]);
    expect(s.system).toEqual({
      configurator: d.addresses.configurator,
      beamState: d.addresses.beamState,
      timelock: d.addresses.timelock,
      factory: d.addresses.factory,
      templateRegistry: d.addresses.templateRegistry,
      haloRegistry: d.addresses.haloRegistry,
      cbeamProposer: d.addresses.cbeamProposer,
      pauseProxy: d.addresses.pauseProxy,
    });
    // PAS as PASInit leaves it, with the factory authorised by the spell (run as the PauseProxy)
    expect(s.pas).toEqual({
      stopped: false,
      timelockPaused: false,
      hop: { [ZERO]: 18n * 3600n },
      maxChange: { [ZERO]: 125n * 10n ** 16n },
      factoryRole: {
        role: 3,
        userRole: true,
        actions: { "0x80080dd1": true, "0xa7fc7a07": true, "0xa67c5859": true, "0x70807a96": true, "0xbb0f6004": true },
        proposerIsAdapter: true,
      },
      cBeams: [],
      timelockOperationCount: 0n,
    });
    expect(s.controllerActions).toEqual([]);
    expect(s.timelockMinDelay).toBe(14n * DAY);
    expect(s.chainId).toBe(31337);
    // The template approval was executed: known (timestamp 1), not pending.
    expect(s.timelockOperations).toEqual([]);
    expect(r.operationTimestamps[d.templateApproval!.id.toLowerCase() as Hex]).toBe(1n);
    const block = await getBlock(client, { blockNumber: s.blockNumber });
    expect(s.blockHash).toBe(block.hash);
    expect(s.blockTimestamp).toBe(block.timestamp);
    expect(r.stats.httpRequests).toBeLessThanOrEqual(3);
  });

  it("reads a Portfolio class with two units and a Term class: every address, parameter, rate limit and role holder", async () => {
    treeBlock = await deployTree(client, d);
    treeResult = await refresh(anvil.url, opts());
    treeState = treeResult.state;
    expect(treeState.blockNumber).toBe(treeBlock);
    const r = treeState.resources;
    const deployer = d.accounts.deployer;

    const mmf = await readContract(client, {
      address: d.addresses.factory,
      abi: haloFactoryAbi,
      functionName: "predictClassAddresses",
      args: [toBytes32Name("lcts-portfolio"), 1, toBytes32Name("acme-mmf"), SALT, deployer],
    });
    const term = await readContract(client, {
      address: d.addresses.factory,
      abi: haloFactoryAbi,
      functionName: "predictClassAddresses",
      args: [toBytes32Name("nfat-term"), 1, toBytes32Name("acme-term"), SALT, deployer],
    });
    const unit = (u: typeof SENIOR) =>
      readContract(client, {
        address: d.addresses.factory,
        abi: haloFactoryAbi,
        functionName: "predictUnitAddresses",
        args: [toBytes32Name("lcts-portfolio"), 1, toBytes32Name(u.unitId), SALT, deployer],
      });
    const [senior, junior] = await Promise.all([unit(SENIOR), unit(JUNIOR)]);

    expect(r["agent.acme"]!.fields).toMatchObject({
      operator: getAddress(ACCOUNTS.agentOperator),
      classes: ["acme-mmf", "acme-term"],
      "artifact.uri": "ipfs://acme",
    });

    expect(r["class.acme-mmf"]).toEqual({
      type: "class",
      fields: expect.objectContaining({
        kind: "portfolio-lcts",
        agent: "acme",
        "template.id": "lcts-portfolio",
        "template.version": 1,
        "template.status": "approved",
        "params.depositAsset": d.depositAsset,
        "beacons.lphaLcts": getAddress(ACCOUNTS.lctsBeacon),
        operator: getAddress(ACCOUNTS.operator),
        freezer: getAddress(ACCOUNTS.freezer),
        relayer: null,
        // the grant is scheduled, not executed: the class expects the recorded GovOps
        govOps: getAddress(ACCOUNTS.govOps),
        pau: mmf.almProxy,
        almProxy: mmf.almProxy,
        controller: mmf.controller,
        rateLimits: mmf.rateLimits,
        "artifact.uri": "ipfs://acme-mmf",
        "day0.cycles": 7,
      }),
    });
    expect(r["class.acme-term"]!.fields).toMatchObject({
      kind: "term-nfat",
      "template.id": "nfat-term",
      pau: term.almProxy,
      "address.NfatFacility": term.facility,
      "address.NfatDealToken": term.dealToken,
      "address.NfatRedeem": term.redeem,
      "beacons.lphaNfat": getAddress(ACCOUNTS.nfatBeacon),
      "beacons.lphaAttest": getAddress(ACCOUNTS.attestBeacon),
      "params.buybox.termMinSeconds": 90n * DAY,
      "params.buybox.termMaxSeconds": 730n * DAY,
      "params.buybox.sizeMin": 10_000n * E18,
      "params.buybox.sizeMax": 50_000_000n * E18,
      "params.buybox.apyMinBps": 400,
      "params.buybox.apyMaxBps": 1200,
      "params.buybox.restrictedDepositors": false,
      "params.buybox.transferAllowList": true,
      "params.buybox.assetType": "senior-secured-loan",
      "params.buybox.jurisdiction": "US-DE",
      "dealToken.name": "Acme Term Deals",
      "dealToken.symbol": "ACME-NFAT",
      deals: 0,
    });

    for (const [u, addrs] of [
      [SENIOR, senior],
      [JUNIOR, junior],
    ] as const) {
      expect(r[`class.acme-mmf.unit.${u.unitId}`]).toEqual({
        type: "unit",
        fields: expect.objectContaining({
          kind: "portfolio-lcts",
          "token.name": `Unit ${u.unitId}`,
          "params.seniority": u.seniority === 0n ? "senior" : "junior",
          "params.capacity": u.capacity,
          "params.targetYieldBps": Number(u.targetYieldBps),
          "params.maxRateIncreaseBps": Number(u.maxRateIncreaseBps),
          "params.minDeposit": E18,
          "params.initialExchangeRate": E18,
          "address.HaloShareToken": addrs.shareToken,
          "address.SubscribeQueue": addrs.subscribeQueue,
          "address.RedeemQueue": addrs.redeemQueue,
        }),
      });
      // Day-0 limits: seeded in RateLimits and added as inits restricted to the class PAU.
      for (const [flow, limit, queue] of [
        ["subscribe-settle", LIMIT.LIMIT_UNIT_INFLOW, addrs.subscribeQueue],
        ["redeem-settle", LIMIT.LIMIT_UNIT_OUTFLOW, addrs.redeemQueue],
      ] as const) {
        const key = assetCounterpartyKey(limit, d.depositAsset!, queue);
        expect(r[`class.acme-mmf.init.${u.unitId}.${flow}`]).toEqual({
          type: "init",
          fields: { key, rateLimits: mmf.rateLimits, maxAmount: DAY0_LIMIT, slope: DAY0_SLOPE },
        });
        expect(r[`class.acme-mmf.rateLimit.${u.unitId}.${flow}`]).toEqual({
          type: "rateLimit",
          fields: {
            key,
            pau: mmf.almProxy,
            rateLimits: mmf.rateLimits,
            maxAmount: DAY0_LIMIT,
            slope: DAY0_SLOPE,
            zzz: 0n,
            "init.maxAmount": DAY0_LIMIT,
            "init.slope": DAY0_SLOPE,
            "init.scope": "rateLimits",
          },
        });
      }
    }
    expect(r["class.acme-term.rateLimit.facility-claim"]!.fields.key).toBe(
      assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, d.depositAsset!, term.facility),
    );
    expect(r["class.acme-term.rateLimit.redeem-fund"]!.fields.key).toBe(
      assetCounterpartyKey(LIMIT.LIMIT_UNIT_OUTFLOW, d.depositAsset!, term.redeem),
    );

    // Role holders: the freezer of each class; no relayer yet; GovOps not yet accordant (grant pending).
    const members = Object.keys(r).filter((k) => /\.(relayer|freezer|govOps)\./.test(k));
    expect(members.sort()).toEqual([
      `class.acme-mmf.freezer.${ACCOUNTS.freezer.toLowerCase()}`,
      `class.acme-term.freezer.${ACCOUNTS.freezer.toLowerCase()}`,
    ]);

    // Every role on every class and unit contract: the PAU is the Configurator's, the class and unit contracts
    // governance's (the timelock), beacons and operators as requested; the factory holds none of them.
    const tl = d.addresses.timelock;
    const cfg = d.addresses.configurator;
    expect(r["class.acme-mmf"]!.fields).toMatchObject({
      "roles.ALMProxy.DEFAULT_ADMIN_ROLE": [cfg],
      "roles.ALMProxy.CONTROLLER": [mmf.controller],
      "roles.RateLimits.DEFAULT_ADMIN_ROLE": [cfg],
      "roles.RateLimits.CONTROLLER": [mmf.controller],
      "roles.HaloController.DEFAULT_ADMIN_ROLE": [cfg],
    });
    expect(new Set(r["class.acme-mmf"]!.fields["roles.HaloController.UNIT"] as string[])).toEqual(
      new Set([senior.subscribeQueue, senior.redeemQueue, junior.subscribeQueue, junior.redeemQueue]),
    );
    expect(r["class.acme-term"]!.fields).toMatchObject({
      "roles.NfatFacility.DEFAULT_ADMIN_ROLE": [tl],
      "roles.NfatFacility.OPERATOR": [getAddress(ACCOUNTS.operator)],
      "roles.NfatFacility.NFAT_BEACON": [getAddress(ACCOUNTS.nfatBeacon)],
      "roles.NfatFacility.ATTEST_BEACON": [getAddress(ACCOUNTS.attestBeacon)],
      "roles.NfatDealToken.OPERATOR": [getAddress(ACCOUNTS.operator)],
      "roles.NfatRedeem.NFAT_BEACON": [getAddress(ACCOUNTS.nfatBeacon)],
    });
    expect(new Set(r["class.acme-term"]!.fields["roles.HaloController.UNIT"] as string[])).toEqual(
      new Set([term.facility, term.redeem]),
    );
    expect(r[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields).toMatchObject({
      "roles.HaloShareToken.DEFAULT_ADMIN_ROLE": [tl],
      "roles.HaloShareToken.BEACON_ROLE": [getAddress(ACCOUNTS.lctsBeacon)],
      "roles.SubscribeQueue.BEACON_ROLE": [getAddress(ACCOUNTS.lctsBeacon)],
      "roles.RedeemQueue.BEACON_ROLE": [getAddress(ACCOUNTS.lctsBeacon)],
      "roles.RedeemQueue.DEFAULT_ADMIN_ROLE": [tl],
    });
    const allRoleHolders = Object.values(r).flatMap((res) =>
      Object.entries(res.fields).flatMap(([f, v]) => (f.startsWith("roles.") ? (v as string[]) : [])),
    );
    expect(allRoleHolders).not.toContain(d.addresses.factory);
    // The system's own roles come with the same round.
    expect(treeResult.systemRoles).toMatchObject({
      "factory.DEPLOYER": [d.accounts.deployer],
      "factory.APPROVER": [],
      "haloRegistry.FACTORY": [d.addresses.factory],
    });
    // PAS registration by the factory's role: both PAUs registered, SORL from the address(0) fallback.
    for (const c of ["class.acme-mmf", "class.acme-term"])
      expect(r[c]!.fields).toMatchObject({
        "pas.rateLimits": true,
        "pas.controller": true,
        "pas.hop": 18n * 3600n,
        "pas.maxChange": 125n * 10n ** 16n,
        "cbeamGrant.immediate": false,
      });
    expect(treeState.pas.hop).toEqual({
      [ZERO]: 18n * 3600n,
      [mmf.rateLimits.toLowerCase()]: 0n,
      [term.rateLimits.toLowerCase()]: 0n,
    });
    expect(sorlOf(treeState, mmf.rateLimits)).toEqual({ hop: 18n * 3600n, maxChange: 125n * 10n ** 16n });
    // GovOps is not yet a cBEAM: no grant on either contract, hence no govOps member resource.
    expect(treeState.pas.cBeams).toEqual([]);

    // The two addCBeam operations the adapter scheduled (one per class, salted by class id) are pending on the
    // PAS Timelock, decoded to their calls; the Timelock's own count agrees.
    expect(treeState.timelockOperations).toHaveLength(2);
    expect(treeState.pas.timelockOperationCount).toBe(2n);
    const block = await getBlock(client, { blockNumber: treeBlock });
    for (const op of treeState.timelockOperations) {
      expect(op.calls).toHaveLength(1);
      expect(op.calls[0]!.target).toBe(d.addresses.beamState);
      const call = decodeFunctionData({ abi: pasBeamStateAbi, data: op.calls[0]!.data });
      expect(call.functionName).toBe("addCBeam");
      expect(call.args[0]).toBe(getAddress(ACCOUNTS.govOps));
      expect(op.timestamp).toBeGreaterThanOrEqual(block.timestamp + 14n * DAY - 10n);
      expect(op.timestamp).toBeLessThanOrEqual(block.timestamp + 14n * DAY);
    }
    const grantIds = [r["class.acme-mmf"]!.fields["cbeamGrant.id"], r["class.acme-term"]!.fields["cbeamGrant.id"]];
    expect(treeState.timelockOperations.map((o) => o.id).sort()).toEqual([...grantIds].sort());

    expect(treeResult.rounds).toBe(4);
    expect(treeResult.stats.httpRequests).toBeLessThanOrEqual(BUDGET);
    expect(treeResult.stats.httpRequests).toBe(treeResult.rounds);
  });

  it("follows executed grants, Core Council grants, GovOps changes and zzz; a pinned block still reads the old state", async () => {
    const mmf = treeState.resources["class.acme-mmf"]!.fields;
    const rl = mmf.rateLimits as Address;
    const ctrl = mmf.controller as Address;
    // Anyone executes both addCBeam batches after the delay; then the Core Council grants the cBEAM on acme-mmf.
    await increaseTime(client, 14n * DAY);
    for (const op of treeState.timelockOperations) {
      const c = op.calls[0]!;
      await tx.call(ACCOUNTS.relayer, d.addresses.timelock, pasTimelockAbi, "executeBatch", [
        [c.target],
        [c.value],
        [c.data],
        op.predecessor,
        op.salt,
      ]);
    }
    await tx.call(ACCOUNTS.governance, d.addresses.beamState, pasBeamStateAbi, "setCBeamForRateLimits", [rl, ACCOUNTS.govOps]);
    await tx.call(ACCOUNTS.governance, d.addresses.beamState, pasBeamStateAbi, "setCBeamForController", [ctrl, ACCOUNTS.govOps]);
    // A RELAYER grant as an enabled controller action (added here by a spell), executed by GovOps.
    const grantRelayer = encodeFunctionData({
      abi: haloControllerAbi,
      functionName: "grantRole",
      args: [roleId("RELAYER"), ACCOUNTS.relayer],
    });
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [
      {
        target: d.addresses.beamState,
        data: encodeFunctionData({
          abi: pasBeamStateAbi,
          functionName: "addInitControllerActions",
          args: [grantRelayer, ctrl],
        }),
        signature: "addInitControllerActions(bytes,address)",
      },
    ]);
    await tx.call(ACCOUNTS.govOps, d.addresses.configurator, pasConfiguratorAbi, "callControllerAction", [ctrl, grantRelayer]);
    const key = treeState.resources[`class.acme-mmf.rateLimit.${SENIOR.unitId}.subscribe-settle`]!.fields.key as Hex;
    await tx.call(ACCOUNTS.govOps, d.addresses.configurator, pasConfiguratorAbi, "setRateLimit", [
      rl,
      key,
      50_000n * E18,
      DAY0_SLOPE,
    ]); // decrease: immediate
    const increasedAt = await tx.call(ACCOUNTS.govOps, d.addresses.configurator, pasConfiguratorAbi, "setRateLimit", [
      rl,
      key,
      60_000n * E18,
      DAY0_SLOPE,
    ]); // +20% <= +25%
    const increasedTime = (await getBlock(client, { blockNumber: increasedAt })).timestamp;

    const after = await refresh(anvil.url, opts());
    const r = after.state.resources;
    expect(r[`class.acme-mmf.relayer.${ACCOUNTS.relayer.toLowerCase()}`]).toEqual({ type: "relayer", fields: {} });
    expect(r["class.acme-mmf"]!.fields.relayer).toBe(getAddress(ACCOUNTS.relayer));
    expect(r[`class.acme-mmf.govOps.${ACCOUNTS.govOps.toLowerCase()}`]).toEqual({
      type: "govOps",
      fields: { cBeam: true, rateLimits: true, controller: true },
    });
    expect(r["class.acme-mmf"]!.fields.govOps).toBe(getAddress(ACCOUNTS.govOps));
    // acme-term: GovOps is a cBEAM now, but its per-class grant is the Core Council's, still to come
    expect(r[`class.acme-term.govOps.${ACCOUNTS.govOps.toLowerCase()}`]).toBeUndefined();
    expect(r["class.acme-term"]!.fields.govOps).toBeNull();
    expect(after.state.pas.cBeams).toEqual([ACCOUNTS.govOps.toLowerCase()]);
    expect(after.state.controllerActions).toEqual([`${ctrl.toLowerCase()}:${keccak256(grantRelayer)}`]);
    expect(after.state.timelockOperations).toEqual([]);
    expect(after.state.pas.timelockOperationCount).toBe(0n);
    for (const op of treeState.timelockOperations)
      expect(after.operationTimestamps[op.id.toLowerCase() as Hex]).toBe(1n);
    expect(r[`class.acme-mmf.rateLimit.${SENIOR.unitId}.subscribe-settle`]!.fields).toMatchObject({
      maxAmount: 60_000n * E18,
      zzz: increasedTime,
    });
    expect(after.state.blockNumber).toBeGreaterThan(treeBlock);

    // The same block, read again after all of that: the same state, field for field.
    const pinned = await refresh(anvil.url, { ...opts(), blockNumber: treeBlock });
    expect(pinned.state).toEqual(treeState);
  });

  it("reads an undeclared cBEAM on a class's RateLimits as a govOps resource of its own (drift)", async () => {
    const rl = treeState.resources["class.acme-mmf"]!.fields.rateLimits as Address;
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [
      {
        target: d.addresses.beamState,
        data: encodeFunctionData({ abi: pasBeamStateAbi, functionName: "addCBeam", args: [OUTSIDER] }),
        signature: "addCBeam(address)",
      },
      {
        target: d.addresses.beamState,
        data: encodeFunctionData({ abi: pasBeamStateAbi, functionName: "setCBeamForRateLimits", args: [rl, OUTSIDER] }),
        signature: "setCBeamForRateLimits(address,address)",
      },
    ]);
    const r = await refresh(anvil.url, opts());
    expect(r.state.resources[`class.acme-mmf.govOps.${OUTSIDER.toLowerCase()}`]).toEqual({
      type: "govOps",
      fields: { cBeam: true, rateLimits: true, controller: false },
    });
    // only a grant on both contracts counts as the class's GovOps
    expect(r.state.resources["class.acme-mmf"]!.fields.govOps).toBe(getAddress(ACCOUNTS.govOps));
    expect(r.state.pas.cBeams).toEqual([ACCOUNTS.govOps.toLowerCase(), OUTSIDER.toLowerCase()].sort());
    // unset again (Core Council direct): the log still names it, the state says it is gone
    await tx.call(ACCOUNTS.governance, d.addresses.beamState, pasBeamStateAbi, "unsetCBeamForRateLimits", [rl, OUTSIDER]);
    const gone = await refresh(anvil.url, opts());
    expect(gone.state.resources[`class.acme-mmf.govOps.${OUTSIDER.toLowerCase()}`]).toBeUndefined();
  });

  it("reads a stopped BeamState and a paused Timelock", async () => {
    await tx.call(ACCOUNTS.governance, d.addresses.beamState, pasBeamStateAbi, "stop", []);
    const pauser = ACCOUNTS.freezer;
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [
      {
        target: d.addresses.timelock,
        data: encodeFunctionData({
          abi: pasTimelockAbi,
          functionName: "grantRole",
          args: [roleId("PAUSER_ROLE"), pauser],
        }),
        signature: "grantRole(PAUSER_ROLE)",
      },
    ]);
    await tx.call(pauser, d.addresses.timelock, pasTimelockAbi, "pause", []);
    const r = await refresh(anvil.url, opts());
    expect(r.state.pas).toMatchObject({ stopped: true, timelockPaused: true });
    // back to normal: start is the Timelock's (DELAYED) or a ward's; unpause the admin's (the PauseProxy)
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [
      {
        target: d.addresses.beamState,
        data: encodeFunctionData({ abi: pasBeamStateAbi, functionName: "start" }),
        signature: "start()",
      },
      {
        target: d.addresses.timelock,
        data: encodeFunctionData({ abi: pasTimelockAbi, functionName: "unpause" }),
        signature: "unpause()",
      },
    ]);
    const back = await refresh(anvil.url, opts());
    expect(back.state.pas).toMatchObject({ stopped: false, timelockPaused: false });
  });

  it("reads a pending Core Council operation (a per-RateLimits hop) and, once executed, the RateLimits' own SORL", async () => {
    const rl = treeState.resources["class.acme-mmf"]!.fields.rateLimits as Address;
    const data = encodeFunctionData({ abi: pasBeamStateAbi, functionName: "setHop", args: [rl, DAY] });
    const salt = toBytes32Name("hop-acme-mmf");
    await tx.call(ACCOUNTS.governance, d.addresses.timelock, pasTimelockAbi, "scheduleBatch", [
      [d.addresses.beamState],
      [0n],
      [data],
      ZERO32,
      salt,
      14n * DAY,
    ]);
    const pending = await refresh(anvil.url, opts());
    expect(pending.state.timelockOperations).toHaveLength(1);
    expect(pending.state.timelockOperations[0]).toMatchObject({
      calls: [{ target: d.addresses.beamState, value: 0n, data }],
      predecessor: ZERO32,
      salt,
    });
    expect(pending.state.pas.timelockOperationCount).toBe(1n);
    expect(pending.state.resources["class.acme-mmf"]!.fields["pas.hop"]).toBe(18n * 3600n);
    // A log scan that starts after the scheduling: the Timelock's own pending list still yields the operation.
    await client.request({ method: "evm_mine" as never, params: [] as never });
    const late = await refresh(anvil.url, { ...opts(), fromBlock: pending.state.blockNumber + 1n });
    expect(late.state.timelockOperations).toEqual(pending.state.timelockOperations);
    expect(late.rounds).toBe(pending.rounds + 1);

    await increaseTime(client, 14n * DAY);
    await tx.call(ACCOUNTS.relayer, d.addresses.timelock, pasTimelockAbi, "executeBatch", [
      [d.addresses.beamState],
      [0n],
      [data],
      ZERO32,
      salt,
    ]);
    const done = await refresh(anvil.url, opts());
    expect(done.state.timelockOperations).toEqual([]);
    expect(done.state.pas.hop[rl.toLowerCase()]).toBe(DAY);
    expect(done.state.resources["class.acme-mmf"]!.fields["pas.hop"]).toBe(DAY);
    expect(sorlOf(done.state, rl).hop).toBe(DAY);
    const termRl = treeState.resources["class.acme-term"]!.fields.rateLimits as Address;
    expect(sorlOf(done.state, termRl).hop).toBe(18n * 3600n);
  });

  it("reads a system without factory or registries (PAS alone), and refuses one without a timelock", async () => {
    const { beamState, configurator, timelock } = d.addresses;
    const r = await refresh(anvil.url, {
      addresses: { beamState, configurator, timelock },
      blockNumber: treeBlock,
    });
    expect(r.state.resources).toEqual({});
    expect(r.state.system).toEqual({ beamState, configurator, timelock });
    expect(r.state.pas.factoryRole).toBeUndefined();
    expect(r.state.timelockOperations).toEqual(treeState.timelockOperations); // from the logs alone
    await expect(refresh(anvil.url, { addresses: { beamState, configurator } })).rejects.toThrow(
      /needs the PAS configurator, beamState and timelock addresses/,
    );
  });

  it("with a log scan that starts after the deployments: live values and the grants still read, event-only parameters absent", async () => {
    const late = await refresh(anvil.url, { ...opts(), blockNumber: treeBlock, fromBlock: treeBlock });
    const unit = late.state.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields;
    const full = treeState.resources[`class.acme-mmf.unit.${SENIOR.unitId}`]!.fields;
    // seniority, target yield and initial exchange rate live only in the factory's UnitDeployed event
    expect(unit["params.seniority"]).toBeUndefined();
    expect(unit["params.targetYieldBps"]).toBeUndefined();
    expect(unit["params.initialExchangeRate"]).toBeUndefined();
    expect(full["params.seniority"]).toBe("senior");
    // the registry's hash of them, and every live value, are there
    expect(unit.paramsHash).toBe(full.paramsHash);
    expect(unit["params.capacity"]).toBe(SENIOR.capacity);
    expect(unit["params.maxRateIncreaseBps"]).toBe(10);
    // the Day-0 keys follow from the registry's records too (PAS has no key lists): inits and limits still read
    const limits = (st: ObservedState) => Object.keys(st.resources).filter((k) => /\.(init|rateLimit)\./.test(k));
    expect(limits(late.state)).toEqual(limits(treeState));
    expect(limits(late.state).length).toBeGreaterThan(0);
    // the cBEAM grants come from the factory's view, not only from the timelock's logs
    expect(late.state.timelockOperations).toEqual(treeState.timelockOperations);
  });

  it("counts each refresh's own requests on a shared client", async () => {
    const rpc = createCountingClient(anvil.url);
    const a = await refreshWith(rpc, { ...opts(), blockNumber: treeBlock });
    const b = await refreshWith(rpc, { ...opts(), blockNumber: treeBlock });
    expect(b.state).toEqual(a.state);
    // the second refresh at the same block on the same client reads only round 0 (chain id, block): the system
    // reads, pages and logs are remembered by block hash (rpc.ts, remember), the class lens remembers its answers
    expect(b.stats).toEqual({ httpRequests: 1, rpcCalls: 2 });
    expect(a.stats.httpRequests).toBeGreaterThan(1);
    expect(a.stats).toEqual(treeResult.stats);
    expect(rpc.stats).toEqual({
      httpRequests: a.stats.httpRequests + b.stats.httpRequests,
      rpcCalls: a.stats.rpcCalls + b.stats.rpcCalls,
    });
    rpc.reset();
    expect(rpc.stats).toEqual({ httpRequests: 0, rpcCalls: 0 });
  });

  it("names keys the chain cannot name from the desired resources' keys", async () => {
    const key = treeState.resources[`class.acme-mmf.rateLimit.${JUNIOR.unitId}.redeem-settle`]!.fields.key as Hex;
    const names = flowNamesFromResources({
      [`class.acme-mmf.rateLimit.transfer-to-custodian`]: {
        type: "rateLimit",
        fields: { key, maxAmount: 1n, slope: 1n },
      },
      "class.acme-mmf": { type: "class", fields: {} },
    });
    expect(names).toEqual({ "acme-mmf": { [key.toLowerCase()]: "transfer-to-custodian" } });
    const r = await refresh(anvil.url, { ...opts(), blockNumber: treeBlock, flowNames: names });
    expect(r.state.resources["class.acme-mmf.rateLimit.transfer-to-custodian"]!.fields.key).toBe(key);
    expect(r.state.resources[`class.acme-mmf.rateLimit.${JUNIOR.unitId}.redeem-settle`]).toBeUndefined();
  });

  it("pages through long registries and keeps the request count flat as the tree grows", async () => {
    const small = await refresh(anvil.url, { ...opts(), blockNumber: treeBlock, pageSize: 1 });
    expect(small.state).toEqual(treeState);
    expect(small.rounds).toBe(5); // one extra round fetches every further page at once
    expect(small.stats.httpRequests).toBe(5);

    // Three more Portfolio classes with two units each: 3x the resources, the same number of requests.
    const deployer = d.accounts.deployer;
    for (const id of ["acme-a", "acme-b", "acme-c"]) {
      await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployClass", [portfolioClassRequest(d, id), SALT]);
      for (const u of [SENIOR, JUNIOR])
        await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployUnit", [
          unitRequest(id, { ...u, unitId: `${id}-${u.unitId.split("-").pop()!}` }),
          SALT,
        ]);
    }
    const big = await refresh(anvil.url, opts());
    expect(Object.keys(big.state.resources).length).toBeGreaterThan(2 * Object.keys(treeState.resources).length);
    expect(big.stats.httpRequests).toBe(treeResult.stats.httpRequests);
    // the class lens reads every class of the live stage in one eth_call: the calls are flat too
    expect(big.stats.rpcCalls).toBe(treeResult.stats.rpcCalls);
  });

  it("reads a limit bounded by a scope-wide init (address(0)) as the class's rate limit, without an init of its own", async () => {
    const rl = treeState.resources["class.acme-mmf"]!.fields.rateLimits as Address;
    const custodian = getAddress(ACCOUNTS.agentOperator);
    const key = assetCounterpartyKey(LIMIT.LIMIT_TRANSFER, d.depositAsset!, custodian);
    // the init is a timelocked Core Council action; a spell (a ward) may add it at once
    await executeAsPauseProxy(client, d.addresses.pauseProxy, [
      {
        target: d.addresses.beamState,
        data: encodeFunctionData({
          abi: pasBeamStateAbi,
          functionName: "addInitRateLimits",
          args: [key, ZERO, 1_000_000n * E18, (1_000_000n * E18) / DAY],
        }),
        signature: "addInitRateLimits",
      },
    ]);
    await tx.call(ACCOUNTS.govOps, d.addresses.configurator, pasConfiguratorAbi, "setRateLimit", [rl, key, 500_000n * E18, 1n]);

    // named by the caller, or by the init log alone (then under its key)
    const r = await refresh(anvil.url, {
      ...opts(),
      flowNames: { "acme-mmf": { [key.toLowerCase()]: "transfer-to-custodian" } },
    });
    expect(r.state.resources["class.acme-mmf.rateLimit.transfer-to-custodian"]!.fields).toMatchObject({
      key,
      maxAmount: 500_000n * E18,
      slope: 1n,
      "init.maxAmount": 1_000_000n * E18,
      "init.scope": "global",
    });
    expect(r.state.resources["class.acme-mmf.init.transfer-to-custodian"]).toBeUndefined();
    // The other classes read the same key (limit 0): nothing to report for them.
    expect(Object.keys(r.state.resources).filter((k) => k.includes("transfer-to-custodian"))).toEqual([
      "class.acme-mmf.rateLimit.transfer-to-custodian",
    ]);
    const unnamed = await refresh(anvil.url, opts());
    expect(unnamed.state.resources[`class.acme-mmf.rateLimit.${key.toLowerCase()}`]!.fields.maxAmount).toBe(500_000n * E18);
    expect(r.stats.httpRequests).toBe(4);
  });
});
