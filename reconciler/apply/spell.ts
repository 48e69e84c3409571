/**
 * The payload of a `sky-governance` batch: what Sky's PauseProxy must execute, for a spell author.
 *
 * - `spellPayload`: the calls as JSON (target, value, data, decoded signature and arguments) plus a Solidity
 *   snippet to paste into a spell's `execute()`: typed interface calls (`BeamStateLike(BEAM_STATE).setUserRole(…)`),
 *   selectors written as `bytes4(keccak256("addRateLimits(address)"))`, role ids as `keccak256("PROPOSER_ROLE")`;
 *   a call whose arguments Solidity cannot write as literals (structs, arrays) stays a checked low-level call
 *   with its signature in a comment.
 * - `impersonatingSender`: on a local anvil devnet only (chain 31337, `web3_clientVersion` says anvil), sends
 *   the calls as the PauseProxy (`anvil_impersonateAccount`); any other chain is refused.
 */
import {
  type Abi,
  type AbiFunction,
  type AbiParameter,
  type Address,
  type Client,
  type Hex,
  decodeFunctionData,
  getAddress,
  keccak256,
  stringToBytes,
  toFunctionSelector,
  toFunctionSignature,
  toHex,
} from "viem";
import { getTransactionReceipt } from "viem/actions";
import { haloRegistryAbi, templateRegistryAbi } from "../abi/index.js";
import type { SystemAddresses } from "../model/observed.js";
import type { Batch, Plan, Transaction } from "../model/plan-doc.js";
import {
  haloControllerAbi as controllerAbi,
  pasBeamStateAbi as beamStateAbi,
  pasConfiguratorAbi as configuratorAbi,
  pasTimelockAbi as timelockAbi,
} from "../abi/index.js";
import type { Sender } from "./units.js";
import { ChainError } from "../errors.js";

/** A spell cannot be executed here (not an anvil devnet, no receipt): a ChainError, printed in one line. */
export class SpellError extends ChainError {
  override name = "SpellError";
}

export interface SpellCallJson {
  /** Contract name (`BeamState`, `Timelock`, `HaloRegistry`, …). */
  contract: string;
  target: Address;
  value: string;
  data: Hex;
  /** `setRoleAction(uint8,bytes4,bool)` */
  signature: string;
  /** Decoded arguments (integers as decimal strings). */
  args: unknown[];
}

export interface SpellPayload {
  format: "halo-spell/1";
  chainId: number;
  plan: string;
  batch: string;
  actor: "sky-governance";
  /** The account the calls must come from: Sky's PauseProxy (when configured). */
  executor: Address | null;
  earliestAt: string;
  calls: SpellCallJson[];
  /** Paste into a spell (interfaces at file level, the body into `execute()`). */
  solidity: string;
}

interface Known {
  name: string;
  iface: string;
  abi: Abi;
}

function knownContracts(system: SystemAddresses): Map<string, Known> {
  const out = new Map<string, Known>();
  const add = (a: Address | undefined, name: string, abi: Abi) => {
    if (a !== undefined) out.set(a.toLowerCase(), { name, iface: `${name}Like`, abi });
  };
  add(system.beamState, "BeamState", beamStateAbi as Abi);
  add(system.timelock, "Timelock", timelockAbi as Abi);
  add(system.configurator, "Configurator", configuratorAbi as Abi);
  add(system.haloRegistry, "HaloRegistry", haloRegistryAbi as Abi);
  add(system.templateRegistry, "TemplateRegistry", templateRegistryAbi as Abi);
  return out;
}

/** Every function of the PAS and Halo ABIs by selector, so a bytes4 argument can be written by its signature. */
const SIGNATURE_OF = new Map<string, string>();
for (const abi of [beamStateAbi, configuratorAbi, timelockAbi, controllerAbi, haloRegistryAbi, templateRegistryAbi] as Abi[])
  for (const item of abi)
    if (item.type === "function") SIGNATURE_OF.set(toFunctionSelector(item).toLowerCase(), toFunctionSignature(item));

const ROLE_NAMES = ["PROPOSER_ROLE", "CANCELLER_ROLE", "EXECUTOR_ROLE", "PAUSER_ROLE", "RELAYER", "FREEZER", "DEPLOYER", "REGISTRAR"];
const ROLE_OF = new Map(ROLE_NAMES.map((n) => [keccak256(stringToBytes(n)).toLowerCase(), n]));

const json = (v: unknown): unknown =>
  typeof v === "bigint" ? v.toString() : Array.isArray(v) ? v.map(json) : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, json(x)])) : v;

/** A Solidity literal for `value` of ABI type `p`, or undefined when it needs more than a literal. */
function literal(p: AbiParameter, value: unknown): string | undefined {
  const t = p.type;
  if (t === "address") return getAddress(value as string);
  if (t === "bool") return String(value);
  if (/^u?int[0-9]*$/.test(t)) return (value as bigint).toString();
  if (t === "bytes4") {
    const sig = SIGNATURE_OF.get((value as string).toLowerCase());
    return sig !== undefined ? `bytes4(keccak256("${sig}"))` : `bytes4(${value as string})`;
  }
  if (t === "bytes32") {
    const v = (value as string).toLowerCase();
    if (/^0x0{64}$/.test(v)) return "bytes32(0)";
    const role = ROLE_OF.get(v);
    return role !== undefined ? `keccak256("${role}")` : `bytes32(${value as string})`;
  }
  if (t === "bytes") return `hex"${(value as string).slice(2)}"`;
  if (t === "string") return JSON.stringify(value);
  return undefined;
}

const paramDecl = (p: AbiParameter, i: number) =>
  `${p.type}${p.type === "bytes" || p.type === "string" ? " calldata" : ""} ${p.name !== undefined && p.name !== "" ? p.name : `arg${i}`}`;

/** The JSON calls and the Solidity snippet of a sky-governance batch. */
export function spellPayload(plan: Plan, batch: Batch, system: SystemAddresses): SpellPayload {
  if (batch.actor !== "sky-governance") throw new SpellError(`${batch.id} is signed by ${batch.actor}, not by a spell`);
  const known = knownContracts(system);
  const calls: SpellCallJson[] = [];
  const body: string[] = [];
  const ifaces = new Map<string, { iface: string; fns: Map<string, string> }>();
  const constants = new Map<string, Address>();
  for (const tx of batch.transactions) {
    const k = known.get(tx.to.toLowerCase());
    let decoded: { fn: AbiFunction; args: readonly unknown[] } | undefined;
    if (k !== undefined) {
      try {
        const d = decodeFunctionData({ abi: k.abi, data: tx.data });
        const fn = (k.abi as AbiFunction[]).find(
          (x) => x.type === "function" && x.name === d.functionName && toFunctionSelector(x) === tx.data.slice(0, 10),
        );
        if (fn !== undefined) decoded = { fn, args: (d.args ?? []) as readonly unknown[] };
      } catch {
        decoded = undefined;
      }
    }
    const name = k?.name ?? "Target";
    const constant = `${name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()}`;
    constants.set(constant, getAddress(tx.to));
    const signature = decoded !== undefined ? toFunctionSignature(decoded.fn) : (SIGNATURE_OF.get(tx.data.slice(0, 10)) ?? tx.data.slice(0, 10));
    calls.push({
      contract: name,
      target: getAddress(tx.to),
      value: tx.value.toString(),
      data: tx.data,
      signature,
      args: decoded !== undefined ? (json(decoded.args) as unknown[]) : [],
    });
    const lits = decoded?.fn.inputs.map((p, i) => literal(p, decoded.args[i]));
    if (decoded !== undefined && k !== undefined && tx.value === 0n && lits!.every((l) => l !== undefined)) {
      const entry = ifaces.get(k.iface) ?? { iface: k.iface, fns: new Map<string, string>() };
      entry.fns.set(signature, `    function ${decoded.fn.name}(${decoded.fn.inputs.map(paramDecl).join(", ")}) external;`);
      ifaces.set(k.iface, entry);
      body.push(`        ${k.iface}(${constant}).${decoded.fn.name}(${lits!.join(", ")});`);
    } else {
      body.push(`        // ${signature}`);
      body.push(`        (bool ok${calls.length},) = ${constant}.call{value: ${tx.value}}(hex"${tx.data.slice(2)}");`);
      body.push(`        require(ok${calls.length}, "${name}.${signature.split("(")[0]} failed");`);
    }
  }
  const lines: string[] = [
    `// halo plan ${plan.seed.slice(0, 10)} ${batch.id}: ${calls.length} call(s) for Sky's PauseProxy (chain ${plan.chainId}).`,
    "// Generated by `halo apply`; review every address against the chainlog before use.",
    "",
    ...[...ifaces.values()].flatMap((i) => [`interface ${i.iface} {`, ...[...i.fns.values()], "}", ""]),
    "// --- in the spell's execute(): ---",
    ...[...constants.entries()].map(([c, a]) => `        address ${c} = ${a};`),
    ...body,
  ];
  return {
    format: "halo-spell/1",
    chainId: plan.chainId,
    plan: plan.seed,
    batch: batch.id,
    actor: "sky-governance",
    executor: system.pauseProxy ?? null,
    earliestAt: batch.earliestAt.toString(),
    calls,
    solidity: lines.join("\n") + "\n",
  };
}

/** Refuses unless `client` serves a local anvil devnet (chain 31337 and an anvil client version). */
export async function assertAnvilDevnet(client: Client): Promise<void> {
  const chainId = Number(await client.request({ method: "eth_chainId" } as never));
  const version = String(await client.request({ method: "web3_clientVersion" } as never).catch(() => ""));
  if (chainId !== 31337 || !/anvil/i.test(version))
    throw new SpellError(
      `refused: a spell is executed by impersonating the PauseProxy only on a local anvil devnet (chain 31337); this RPC is chain ${chainId} (${version || "unknown client"}). Hand the spell payload to Sky governance instead.`,
    );
}

/**
 * A `Sender` that sends as the PauseProxy on anvil (impersonated and funded for gas): `halo apply` journals
 * and sends the spell's calls through it like any other batch. Refuses any chain but a local anvil devnet.
 */
export async function impersonatingSender(client: Client, pauseProxy: Address): Promise<Sender> {
  await assertAnvilDevnet(client);
  const address = getAddress(pauseProxy);
  await client.request({ method: "anvil_impersonateAccount", params: [address] } as never);
  await client.request({ method: "anvil_setBalance", params: [address, toHex(10n ** 20n)] } as never);
  return {
    address,
    nonce: async () => Number(await client.request({ method: "eth_getTransactionCount", params: [address, "pending"] } as never)),
    send: async (tx: Transaction, nonce: number) =>
      (await client.request({
        method: "eth_sendTransaction",
        params: [{ from: address, to: tx.to, data: tx.data, value: toHex(tx.value), nonce: toHex(nonce), gas: toHex(3_000_000n) }],
      } as never)) as Hex,
    wait: async (hash: Hex) => {
      for (let i = 0; i < 600; i++) {
        try {
          const r = await getTransactionReceipt(client, { hash });
          return { status: r.status, blockNumber: r.blockNumber };
        } catch {
          await new Promise((res) => setTimeout(res, 100));
        }
      }
      throw new SpellError(`no receipt for ${hash} after 60 s`);
    },
  };
}

/** Executes a spell payload's calls as the PauseProxy on anvil (tests, the demo); returns the receipts' statuses. */
export async function executeSpellOnDevnet(
  client: Client,
  pauseProxy: Address,
  calls: readonly Transaction[],
): Promise<{ hash: Hex; status: "success" | "reverted" }[]> {
  const sender = await impersonatingSender(client, pauseProxy);
  const out: { hash: Hex; status: "success" | "reverted" }[] = [];
  try {
    for (const tx of calls) {
      const hash = await sender.send(tx, await sender.nonce());
      const r = await sender.wait(hash);
      out.push({ hash, status: r.status });
      if (r.status === "reverted") break;
    }
  } finally {
    await client.request({ method: "anvil_stopImpersonatingAccount", params: [sender.address] } as never).catch(() => {});
  }
  return out;
}
