/**
 * A node whose class-lens answers are well formed but answer another question (per class one role list and one
 * destination flag fewer than asked, one action flag fewer): the lens must not read what is missing as absent (a role
 * with no members, a destination not approved, an action not enabled: the plan would propose granting, approving and
 * enabling what is already so). chain/lens-decode.ts `checkAnswerShape` refuses the answer;
 * the refresh then reads the same state per call, equal to the reference (review, session 8).
 */
import { type Client, type Hex, createClient, decodeFunctionResult, encodeAbiParameters, getAbiItem, http, toFunctionSelector } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haloClassLensAbi } from "../../abi/index.js";
import { type Anvil, startAnvil } from "../../chain/anvil.js";
import { CLASS_LENS_ADDRESS } from "../../chain/lens-classes.js";
import { refreshWith } from "../../chain/refresh.js";
import { type CountingClient, createCountingClient } from "../../chain/rpc.js";
import { interceptedClient } from "./node-double.js";
import { type SystemDeployment, deploySystem } from "../../chain/system.js";
import { ACCOUNTS, deployTree } from "./scenario.js";

const observe = getAbiItem({ abi: haloClassLensAbi, name: "observe" });
const OBSERVE = toFunctionSelector(observe);
const PACKED = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observePacked" }));

describe("a node that answers the class lens with lists shorter than asked", () => {
  let anvil: Anvil;
  let client: Client;
  let d: SystemDeployment;

  beforeAll(async () => {
    anvil = await startAnvil();
    client = createClient({ transport: http(anvil.url) });
    d = await deploySystem(client, { coreCouncil: ACCOUNTS.governance });
    await deployTree(client, d);
  });
  afterAll(async () => {
    await anvil?.stop();
  });

  it("is refused (never read as absent state): the refresh falls back to per-call reads, equal to the reference", async () => {
    const real = createCountingClient(anvil.url);
    let lies = 0;
    const lying = interceptedClient(
      real,
      async (args) => {
        const call = args.params?.[0] as { to?: string; data?: Hex } | undefined;
        if (args.method !== "eth_call" || call?.to !== CLASS_LENS_ADDRESS || call.data === undefined)
          return real.client.request(args as never);
        // ask the ABI answer whatever was asked, and drop the last destination and action flags
        const data = call.data.startsWith(PACKED) ? (`${OBSERVE}${call.data.slice(10)}` as Hex) : call.data;
        const answer = (await real.client.request({ ...args, params: [{ ...call, data }, ...args.params!.slice(1)] } as never)) as Hex;
        const [classes, actions, operations] = decodeFunctionResult({ abi: [observe], functionName: "observe", data: answer }) as unknown as [
          { destinations: boolean[]; roleMembers: unknown[][] }[],
          boolean[],
          bigint[],
        ];
        for (const c of classes) {
          if (c.destinations.length > 0) (c.destinations.pop(), lies++);
          if (c.roleMembers.length > 0) (c.roleMembers.pop(), lies++);
        }
        if (actions.length > 0) (actions.pop(), lies++);
        return encodeAbiParameters(observe.outputs, [classes, actions, operations] as never);
      },
      { retryCount: 0 },
    );
    const reference = await refreshWith(createCountingClient(anvil.url), { addresses: d.addresses, fromBlock: d.deployBlock, lens: false });
    const lied = await refreshWith(lying, { addresses: d.addresses, fromBlock: d.deployBlock, blockNumber: reference.state.blockNumber });
    expect(lies).toBeGreaterThan(0);
    expect(lied.live).toBe("fallback");
    expect(lied.state).toEqual(reference.state);
  });
});
