/** Who signs which batch in `halo apply --mode signer` (no chain: a node stand-in answering eth_accounts). */
import { type Address, type Client, encodeErrorResult } from "viem";
import { haloFactoryAbi } from "../../abi/index.js";
import { describe, expect, it } from "vitest";
import { SignerError, describeRevert, sendersFor } from "../../apply/signer.js";
import type { Batch } from "../../plan/actions.js";

const A0: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const A4: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const A8: Address = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";
const OUTSIDER: Address = "0x0000000000000000000000000000000000000bad";

const node = (accounts: Address[]) =>
  ({
    request: async ({ method }: { method: string }) => {
      if (method === "eth_accounts") return accounts.map((a) => a.toLowerCase());
      throw new Error(`unexpected ${method}`);
    },
  }) as unknown as Client;

const batch = (id: string, actor: Batch["actor"], signer?: Address, kind: Batch["kind"] = "transactions"): Batch => ({
  id,
  kind,
  actor,
  ...(signer ? { signer } : {}),
  ...(kind === "timelock-execute" ? { permissionless: true } : {}),
  earliestAt: 0n,
  actionIds: [],
  transactions: [],
});

const base = { rpcUrl: "http://127.0.0.1:1", chainId: 31337, roles: { proposers: [A8], coreCouncil: [A8] } };

describe("sendersFor", () => {
  it("maps each actor to an unlocked account: signer, a Timelock PROPOSER, the Core Council, apply.from for executeBatch", async () => {
    const senders = await sendersFor(
      [
        batch("b1", "deployer", A0),
        batch("b2", "core-council-timelocked", undefined, "timelock-schedule"),
        batch("b3", "core-council-direct"),
        batch("b4", "govops", A4),
        batch("b5", "core-council-timelocked", undefined, "timelock-execute"),
      ],
      { ...base, client: node([A0, A4, A8]), from: A0 },
    );
    expect(["b1", "b2", "b3", "b4", "b5"].map((id) => senders.get(id)!.address)).toEqual([A0, A8, A8, A4, A0]);
  });

  it("refuses, naming every batch, when the node does not hold a required account", async () => {
    const run = sendersFor(
      [batch("b1", "govops", OUTSIDER), batch("b2", "core-council-timelocked", undefined, "timelock-schedule"), batch("b3", "core-council-direct")],
      { ...base, client: node([A0]) },
    );
    await expect(run).rejects.toThrow(SignerError);
    await expect(run).rejects.toThrow(/b1 \(govops\) must be signed by 0x0000000000000000000000000000000000000bad/);
    await expect(run).rejects.toThrow(/b2 \(core-council-timelocked\) must be signed by a PROPOSER of the PAS Timelock/);
    await expect(run).rejects.toThrow(/b3 \(core-council-direct\) must be signed by the Core Council's BeamState IMMEDIATE-role account/);
  });

  it("sends a spell only through the PauseProxy sender it is given; without one it refuses and points to the payload", async () => {
    const spell = batch("b1", "sky-governance", undefined, "spell");
    await expect(sendersFor([spell], { ...base, client: node([A0]) })).rejects.toThrow(/b1 \(sky-governance\) is an executive spell.*--mode timelock/);
    const pp = { address: A8 } as unknown as Parameters<typeof sendersFor>[1]["spell"];
    const ok = await sendersFor([spell], { ...base, client: node([A0]), ...(pp ? { spell: pp } : {}) });
    expect(ok.get("b1")!.address).toBe(A8);
  });

  it("with a key, one account signs; a batch for another signer is refused before anything is sent", async () => {
    const key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"; // anvil's public test key 0
    const ok = await sendersFor([batch("b1", "deployer", A0), batch("b2", "core-council-timelocked", undefined, "timelock-execute")], {
      ...base,
      client: node([]),
      privateKey: key,
    });
    expect(ok.get("b2")!.address).toBe(A0);
    await expect(sendersFor([batch("b1", "govops", A4)], { ...base, client: node([]), privateKey: key })).rejects.toThrow(
      `b1 (govops) must be signed by ${A4}, but the key is ${A0}`,
    );
  });
});

describe("describeRevert", () => {
  it("decodes a custom error of the system's ABIs, and PAS's revert strings, from the revert data", () => {
    const data = encodeErrorResult({ abi: haloFactoryAbi, errorName: "Factory_RateLimitsNotRegistered", args: [A0] });
    expect(describeRevert({ cause: { cause: { data } } })).toBe(`Factory_RateLimitsNotRegistered(${A0})`);
    const pas = encodeErrorResult({
      abi: [{ type: "error", name: "Error", inputs: [{ name: "message", type: "string" }] }],
      errorName: "Error",
      args: ["Configurator/increment-too-soon"],
    });
    expect(describeRevert({ cause: { data: pas } })).toBe("Error(Configurator/increment-too-soon)");
    expect(describeRevert({ cause: { data: "0xdeadbeef00" } })).toBe("revert data 0xdeadbeef00");
    expect(describeRevert(new Error("boom\nmore"))).toBe("boom");
  });
});
