/**
 * End to end against anvil: life after launch (issue 16). The example tree (without legacy.yaml) is onboarded
 * to "No changes.", then each change a Halo needs after Day-0 is made in halos/ and planned, applied and
 * checked clean by drift — or refused at plan time with file:line:col, naming the governed path:
 * a unit's capacity (the PAS Timelock, the unit contracts' admin), a relayer rotation (controller actions:
 * the Core Council enables grantRole / revokeRole, GovOps calls them through the Configurator), deprecating a
 * template (the Core Council through the PAS Timelock), proposing a template v2 from templates.yaml
 * (TEMPLATE_PROPOSER, then the Core Council's approval), a beacon operator (planned; applied in
 * beacon-rotation.test.ts); refused: a fixed unit parameter,
 * moving a class to a template v2, a template v2 without `proposal:`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Address, Hex } from "viem";
import { readContract } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloControllerAbi, haloRegistryAbi, haloShareTokenAbi, subscribeQueueAbi, templateRegistryAbi } from "../../abi/index.js";
import { toBytes32Name } from "../../chain/names.js";
import { FREEZER, RELAYER } from "../../plan/pas.js";
import { ACCOUNT, type Project, applyUntilConverged, startConvergedProject, unitContract } from "./project.js";

const E18 = 10n ** 18n;
const OLD_RELAYER = ACCOUNT.relayer;
/** anvil's account 7. */
const NEW_FREEZER: Address = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";

describe("life after launch on anvil: changes through their governed paths", () => {
  let p: Project;
  let converged: Hex;
  const mmf = () => join(p.dir, "halos", "acme", "mmf.yaml");
  const templates = () => join(p.dir, "halos", "templates.yaml");

  const converge = (): Promise<number> => applyUntilConverged(p);

  /** Edit a file of the tree for one test; returns the restore function. */
  function edit(file: string, from: string, to: string): () => void {
    const original = readFileSync(file, "utf8");
    expect(original).toContain(from);
    writeFileSync(file, original.replace(from, to));
    return () => writeFileSync(file, original);
  }
  const lineOf = (file: string, text: string) =>
    readFileSync(file, "utf8")
      .split("\n")
      .findIndex((l) => l.includes(text)) + 1;

  /** A plan whose only change is refused: exit 2 with --detailed-exitcode, the refusal in the plan; apply sends nothing. */
  async function refusedPlan(): Promise<string> {
    const r = await p.halo(["plan", "--detailed-exitcode"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("refused: ");
    return r.stdout;
  }

  beforeAll(async () => {
    ({ p, converged } = await startConvergedProject());
  }, 600_000);
  afterAll(async () => {
    await p?.stop();
  });

  it("a unit's capacity, minimum deposit and max rate increase: the Core Council schedules SubscribeQueue.setCapacity / setMinDeposit and HaloShareToken.setMaxRateIncreaseBps through the PAS Timelock; drift clean after", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const restoreAll = [
      edit(mmf(), "capacity: 50_000_000e18", "capacity: 40_000_000e18"),
      edit(mmf(), "maxRateIncreaseBps: 10", "maxRateIncreaseBps: 20"),
      edit(mmf(), "minDeposit: 1_000e18", "minDeposit: 2_000e18"),
    ];
    const restore = () => restoreAll.reverse().forEach((r) => r());
    try {
      const plan = await p.halo(["plan", "--detailed-exitcode"]);
      expect(plan.stderr).toBe("");
      expect(plan.code).toBe(2);
      expect(plan.stdout).toContain("# class.acme-mmf.unit.acme-mmf-senior will be updated");
      expect(plan.stdout).toContain("setCapacity(40000000000000000000000000)");
      expect(plan.stdout).toMatch(/timelock-schedule.*core-council-timelocked|core-council-timelocked.*timelock-schedule/);
      expect(plan.stdout).toContain("the unit's admin (the PAS Timelock) changes capacity");
      expect(plan.stdout).toContain("setMinDeposit(2000000000000000000000)");
      expect(plan.stdout).toContain("setMaxRateIncreaseBps(20)");
      await converge();
      const queue = await unitContract(p, "acme-mmf-senior", "SubscribeQueue");
      const capacity = await readContract(p.client, { address: queue, abi: subscribeQueueAbi, functionName: "capacity" });
      expect(capacity).toBe(40_000_000n * E18);
      expect(await readContract(p.client, { address: queue, abi: subscribeQueueAbi, functionName: "minDeposit" })).toBe(2_000n * E18);
      const token = await unitContract(p, "acme-mmf-senior", "HaloShareToken");
      expect(await readContract(p.client, { address: token, abi: haloShareTokenAbi, functionName: "maxRateIncreaseBps" })).toBe(20n);
      expect((await p.halo(["drift"])).code).toBe(0);
    } finally {
      restore();
    }
  }, 300_000);

  it("a unit's capacity outside the template's range is refused with file:line:col", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const restore = edit(mmf(), "capacity: 50_000_000e18", "capacity: 2_000_000_000e18");
    try {
      const line = lineOf(mmf(), "capacity: 2_000_000_000e18");
      const r = await refusedPlan();
      expect(r).toContain(`refused: halos/acme/mmf.yaml:${line}:17 units[0].params.capacity: 2000000000000000000000000000 is outside template lcts-portfolio v1's range for capacity`);
    } finally {
      restore();
    }
  });

  it("a fixed unit parameter (targetYieldBps) is refused at plan time with file:line:col and the way out", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const restore = edit(mmf(), "targetYieldBps: 450", "targetYieldBps: 500");
    try {
      const line = lineOf(mmf(), "targetYieldBps: 500");
      const r = await refusedPlan();
      expect(r).toContain(`refused: halos/acme/mmf.yaml:${line}:`);
      expect(r).toContain("targetYieldBps is recorded only in the unit's paramsHash");
      expect(r).toContain("factory deployUnit, the DEPLOYER");
    } finally {
      restore();
    }
  });

  it("a beacon operator change is planned as its governed rotation, not refused (applied in beacon-rotation.test.ts)", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const restore = edit(mmf(), 'lpha-lcts: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"', `lpha-lcts: "${ACCOUNT.stranger}"`);
    try {
      const r = await p.halo(["plan", "--detailed-exitcode"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(2);
      expect(r.stdout).not.toContain("refused: ");
      expect(r.stdout).toContain("setBeaconOperator(");
      expect(r.stdout).toContain("the PAS Timelock");
    } finally {
      restore();
    }
  });

  it("a relayer and a freezer rotation: the Core Council enables grantRole / revokeRole, GovOps calls them through the Configurator; drift clean after", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const restoreAll = [
      edit(mmf(), `relayer: "${OLD_RELAYER}"`, `relayer: "${ACCOUNT.stranger}"`),
      edit(mmf(), `freezer: "${ACCOUNT.freezer}"`, `freezer: "${NEW_FREEZER}"`),
    ];
    const restore = () => restoreAll.reverse().forEach((r) => r());
    try {
      const plan = await p.halo(["plan", "--detailed-exitcode"]);
      expect(plan.stderr).toBe("");
      expect(plan.code).toBe(2);
      expect(plan.stdout).toContain(`# class.acme-mmf.relayer.${ACCOUNT.stranger.toLowerCase()} will be created`);
      expect(plan.stdout).toContain(`# class.acme-mmf.relayer.${OLD_RELAYER.toLowerCase()} will be removed`);
      expect(plan.stdout).toContain(`# class.acme-mmf.freezer.${NEW_FREEZER.toLowerCase()} will be created`);
      expect(plan.stdout).toContain(`# class.acme-mmf.freezer.${ACCOUNT.freezer.toLowerCase()} will be removed`);
      expect(plan.stdout).toContain("addInitControllerActions(");
      expect(plan.stdout).toContain("callControllerAction(");
      expect(plan.stdout).toContain("core-council-timelocked");
      expect(plan.stdout).toContain("govops");
      await converge();
      const { controller } = await readContract(p.client, {
        address: p.d.addresses.haloRegistry,
        abi: haloRegistryAbi,
        functionName: "getClass",
        args: [toBytes32Name("acme-mmf")],
      });
      const has = (who: Address) =>
        readContract(p.client, { address: controller, abi: haloControllerAbi, functionName: "hasRole", args: [RELAYER, who] });
      expect(await has(ACCOUNT.stranger)).toBe(true);
      expect(await has(OLD_RELAYER)).toBe(false);
      const isFreezer = (who: Address) =>
        readContract(p.client, { address: controller, abi: haloControllerAbi, functionName: "hasRole", args: [FREEZER, who] });
      expect(await isFreezer(NEW_FREEZER)).toBe(true);
      expect(await isFreezer(ACCOUNT.freezer)).toBe(false);
      expect((await p.halo(["drift"])).code).toBe(0);
    } finally {
      restore();
    }
  }, 300_000);

  it("deprecating a template: the Core Council's deprecateTemplate through the PAS Timelock; drift clean after; no way back", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const restore = edit(templates(), "kind: term-nfat\n    status: approved", "kind: term-nfat\n    status: deprecated");
    try {
      const plan = await p.halo(["plan", "--detailed-exitcode"]);
      expect(plan.stderr).toBe("");
      expect(plan.code).toBe(2);
      expect(plan.stdout).toContain("# template.nfat-term.v1 will be updated");
      expect(plan.stdout).toContain("deprecateTemplate(");
      expect(plan.stdout).toContain("core-council-timelocked");
      await converge();
      const status = await readContract(p.client, {
        address: p.d.addresses.templateRegistry,
        abi: templateRegistryAbi,
        functionName: "getStatus",
        args: [toBytes32Name("nfat-term"), 1],
      });
      expect(status).toBe(3); // None, Proposed, Approved, Deprecated, Revoked
      expect((await p.halo(["drift"])).code).toBe(0);
    } finally {
      restore();
    }
    // the tree says approved again: a deprecated template cannot be approved back
    const back = await refusedPlan();
    expect(back).toContain("a template cannot go from deprecated back to approved: publish a new version");
  }, 300_000);

  it("a unit's seniority (fixed at deployment) is refused with file:line:col: declare a new unit, wind this one down", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const restore = edit(mmf(), "seniority: senior", "seniority: mezzanine");
    try {
      const line = lineOf(mmf(), "seniority: mezzanine");
      const r = await refusedPlan();
      expect(r).toContain(`refused: halos/acme/mmf.yaml:${line}:`);
      expect(r).toContain("params.seniority is fixed at deployment");
      expect(r).toContain("declare a new unit (factory deployUnit, the DEPLOYER) and wind this one down");
      // apply sends nothing for a refused change
      const a = await p.halo(["apply", "--auto-approve"]);
      expect(a.stdout).toContain("0 transaction(s) sent");
      expect(a.stdout).toContain("1 change(s) were refused by the plan and not applied");
    } finally {
      restore();
    }
  });

  it("migrating a class to a template v2 is refused with file:line:col, saying why and what to do instead", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const original = readFileSync(templates(), "utf8");
    const v2 = original.slice(original.indexOf("  - id: lcts-portfolio"), original.indexOf("  - id: nfat-term")).replace("version: 1", "version: 2");
    writeFileSync(templates(), `${original.trimEnd()}\n${v2}`);
    const restore = edit(mmf(), "template: { id: lcts-portfolio, version: 1 }", "template: { id: lcts-portfolio, version: 2 }");
    try {
      const line = lineOf(mmf(), "template: { id: lcts-portfolio, version: 2 }");
      const r = await refusedPlan();
      expect(r).toContain(`refused: halos/acme/mmf.yaml:${line}:`);
      expect(r).toContain("class acme-mmf was deployed from template lcts-portfolio v1; migrating it to lcts-portfolio v2 is refused");
      expect(r).toContain("declare a new class (new id) with lcts-portfolio v2 (factory deployClass, the DEPLOYER)");
      expect(r).toContain("template lcts-portfolio v2 is not proposed on chain: a TEMPLATE_PROPOSER proposes it");
    } finally {
      restore();
      writeFileSync(templates(), original);
    }
  });

  it("a template v2 proposed from templates.yaml (basedOn v1, a wider unit capacity range): TEMPLATE_PROPOSER's proposeTemplate, the Core Council's approveTemplate; drift clean after", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const original = readFileSync(templates(), "utf8");
    const v1 = original.slice(original.indexOf("  - id: lcts-portfolio"), original.indexOf("  - id: nfat-term"));
    const v2 = v1
      .replace("version: 1", "version: 2")
      .replace("bafyexample-lcts-portfolio-v1-audit", "bafyexample-lcts-portfolio-v2-audit")
      .trimEnd()
      .concat("\n    proposal:\n      basedOn: 1\n      ranges:\n        unit.capacity: { min: 0, max: 5_000_000_000e18 }\n      day0Cycles: 3\n");
    writeFileSync(templates(), `${original.trimEnd()}\n${v2}`);
    try {
      const plan = await p.halo(["plan", "--detailed-exitcode"]);
      expect(plan.stderr).toBe("");
      expect(plan.code).toBe(2);
      expect(plan.stdout).toContain("# template.lcts-portfolio.v2 will be created");
      expect(plan.stdout).toContain("proposeTemplate(");
      expect(plan.stdout).toContain("a TEMPLATE_PROPOSER proposes lcts-portfolio v2 from v1 (same implementations and code hashes; ranges unit.capacity=0..5000000000000000000000000000; Day-0 cycles 3)");
      expect(plan.stdout).toContain("approveTemplate(");
      expect(plan.stdout).toContain("core-council-timelocked");
      await converge();
      const [v1t, v2t] = await Promise.all(
        [1, 2].map((v) =>
          readContract(p.client, {
            address: p.d.addresses.templateRegistry,
            abi: templateRegistryAbi,
            functionName: "getTemplate",
            args: [toBytes32Name("lcts-portfolio"), v],
          }),
        ),
      );
      expect(v2t!.status).toBe(2); // APPROVED
      expect(v2t!.proposer).toBe(ACCOUNT.deployer);
      expect(v2t!.spec.unitComponents).toEqual(v1t!.spec.unitComponents);
      expect(v2t!.spec.classComponents).toEqual(v1t!.spec.classComponents);
      expect(v2t!.spec.day0Cycles).toBe(3);
      const capacity = v2t!.spec.unitRanges.find((r) => r.name === toBytes32Name("capacity"))!;
      expect(capacity.max).toBe(5_000_000_000n * E18);
      expect((await p.halo(["drift"])).code).toBe(0);
    } finally {
      writeFileSync(templates(), original);
    }
  }, 300_000);

  it("a template v2 declared in templates.yaml but not proposed on chain is refused, naming TEMPLATE_PROPOSER", async () => {
    await p.revert(converged);
    converged = await p.snapshot();
    const original = readFileSync(templates(), "utf8");
    const v2 = original
      .slice(original.indexOf("  - id: nfat-term"))
      .replace("version: 1", "version: 2")
      
    writeFileSync(templates(), `${original.trimEnd()}\n${v2}`);
    try {
      const r = await refusedPlan();
      expect(r).toContain("template nfat-term v2 is not proposed on chain: a TEMPLATE_PROPOSER proposes it");
    } finally {
      writeFileSync(templates(), original);
    }
  });
});
