// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.

export * from "./ALMProxy.js";
export * from "./RateLimits.js";
export * from "./HaloController.js";
export * from "./PasTimelock.js";
export * from "./PasBeamState.js";
export * from "./PasConfigurator.js";
export * from "./TemplateRegistry.js";
export * from "./HaloRegistry.js";
export * from "./HaloFactory.js";
export * from "./HaloCBeamProposer.js";
export * from "./ClassDeployer.js";
export * from "./LctsUnitDeployer.js";
export * from "./HaloShareToken.js";
export * from "./SubscribeQueue.js";
export * from "./RedeemQueue.js";
export * from "./NfatFacility.js";
export * from "./NfatDealToken.js";
export * from "./NfatRedeem.js";
export * from "./MockERC20.js";
export * from "./PrimeController.js";
export * from "./HaloLens.js";
export * from "./HaloClassLens.js";
export * from "./HaloRegistryLens.js";
