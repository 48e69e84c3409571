/**
 * End to end against anvil: `halo apply --mode safe` refuses, before writing anything, batches the Safe cannot
 * execute (the deployment is planned for the DEPLOYER EOA; the timelock batches need PROPOSER_ROLE).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT, type Project, startProject } from "./project.js";

import { getAddress } from "viem";

const SAFE_ARG = "0x5afe000000000000000000000000000000000001";
const SAFE = getAddress(SAFE_ARG);

describe("halo apply --mode safe on anvil", () => {
  let p: Project;
  beforeAll(async () => {
    p = await startProject();
  });
  afterAll(async () => {
    await p?.stop();
  });

  it("refuses batches planned for another signer: nothing is written", async () => {
    const r = await p.halo(["apply", "--mode", "safe", "--safe", SAFE_ARG, "--safe-nonce", "0", "--auto-approve"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`halo: the Safe ${SAFE} cannot execute \\d+ due batch\\(es\\): nothing was written`));
    expect(r.stderr).toContain(`(deployer) is planned for signer ${ACCOUNT.deployer}, not the Safe ${SAFE}`);
    expect(r.stderr).toContain("hint: declare the Safe as the signer");
    expect(existsSync(join(p.dir, "plans", "payloads"))).toBe(false);
  });

  it("--safe-nonce must be a whole number", async () => {
    const r = await p.halo(["apply", "--mode", "safe", "--safe", SAFE_ARG, "--safe-nonce", "x"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("must be a whole number");
  });
});
