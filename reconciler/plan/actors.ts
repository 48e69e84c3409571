/** The governance actors live in the model layer (model/actors.ts), below plan and apply. */
export * from "../model/actors.js";
