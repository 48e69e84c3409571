/** The PAS Timelock reproduced off-chain lives in the chain layer (chain/timelock.ts), below plan and apply. */
export * from "../chain/timelock.js";
