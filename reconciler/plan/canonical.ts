/** Canonical JSON and its hash live in the model layer (model/canonical.ts), below plan and apply. */
export * from "../model/canonical.js";
