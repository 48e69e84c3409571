// Compile-time check (tsc --noEmit): a viem PublicClient is a CheckClient, so `halo apply` passes its own.
import { createPublicClient, http } from "viem";
import type { CheckClient } from "../../apply/chain-check.js";

export const publicClientIsACheckClient: CheckClient = createPublicClient({ transport: http("http://127.0.0.1:8545") });
