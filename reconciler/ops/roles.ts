/**
 * The roles table of docs/roles.md as data: for every contract of a class or unit, every role, who holds it
 * after a factory deployment, and who may grant / revoke it. `halo verify` compares the chain against exactly
 * this (and a test keeps this file and docs/roles.md in step).
 *
 * Holders are symbolic and resolved per class: `configurator` (PAS's), `timelock` (the PAS Timelock), `controller` (the
 * class's HaloController), `freezer` / `operator` (the class record's, when not zero), beacon kinds, and
 *  `units` (the contracts the factory registered on the controller). `configuratorGrants` admits holders the
 * PAS Configurator granted later: RELAYER / FREEZER grants are enabled controller actions
 * (`addInitControllerActions(grantRole(…))`, Core Council timelocked) that GovOps, a cBEAM of the class, executes
 * with `Configurator.callControllerAction`.
 */
export type Holder = "configurator" | "timelock" | "controller" | "freezer" | "operator" | "lpha-lcts" | "lpha-nfat" | "lpha-attest" | "units";

export interface RoleRule {
  role: string;
  holders: Holder[];
  /** Also accept holders whose RoleGranted event was sent by the Configurator. */
  configuratorGrants?: boolean;
  grantedBy: string;
}

export type ContractName =
  | "ALMProxy"
  | "RateLimits"
  | "HaloController"
  | "NfatFacility"
  | "NfatDealToken"
  | "NfatRedeem"
  | "HaloShareToken"
  | "SubscribeQueue"
  | "RedeemQueue";

const ADMIN = "DEFAULT_ADMIN_ROLE";

export const ROLE_TABLE: Record<ContractName, RoleRule[]> = {
  ALMProxy: [
    { role: ADMIN, holders: ["configurator"], grantedBy: "DEFAULT_ADMIN_ROLE (the PAS Configurator)" },
    { role: "CONTROLLER", holders: ["controller"], grantedBy: "DEFAULT_ADMIN_ROLE (the PAS Configurator)" },
  ],
  RateLimits: [
    { role: ADMIN, holders: ["configurator"], grantedBy: "DEFAULT_ADMIN_ROLE (the PAS Configurator)" },
    { role: "CONTROLLER", holders: ["controller"], grantedBy: "DEFAULT_ADMIN_ROLE (the PAS Configurator)" },
  ],
  HaloController: [
    { role: ADMIN, holders: ["configurator"], grantedBy: "DEFAULT_ADMIN_ROLE (the PAS Configurator)" },
    { role: "RELAYER", holders: [], configuratorGrants: true, grantedBy: "the PAS Configurator (callControllerAction of an enabled grantRole, by a cBEAM of the class); revoked by it or a FREEZER" },
    { role: "FREEZER", holders: ["freezer"], configuratorGrants: true, grantedBy: "the PAS Configurator (callControllerAction of an enabled grantRole / revokeRole, by a cBEAM of the class)" },
    { role: "UNIT", holders: ["units"], grantedBy: "only the factory (registerUnit); revoked by DEFAULT_ADMIN_ROLE" },
  ],
  NfatFacility: [
    { role: ADMIN, holders: ["timelock"], grantedBy: "DEFAULT_ADMIN_ROLE (governance: the PAS Timelock)" },
    { role: "OPERATOR", holders: ["operator"], grantedBy: "DEFAULT_ADMIN_ROLE" },
    // The facility refuses one account holding both beacon roles (Facility_SameBeacon), at initialisation and on grants.
    { role: "NFAT_BEACON", holders: ["lpha-nfat"], grantedBy: "DEFAULT_ADMIN_ROLE (never to an ATTEST_BEACON holder)" },
    { role: "ATTEST_BEACON", holders: ["lpha-attest"], grantedBy: "DEFAULT_ADMIN_ROLE (never to an NFAT_BEACON holder)" },
  ],
  NfatDealToken: [
    { role: ADMIN, holders: ["timelock"], grantedBy: "DEFAULT_ADMIN_ROLE (governance: the PAS Timelock)" },
    { role: "OPERATOR", holders: ["operator"], grantedBy: "DEFAULT_ADMIN_ROLE" },
  ],
  NfatRedeem: [
    // Governance's power here is `writeDown` (a loss without payout): the admin must be the timelock and only it.
    { role: ADMIN, holders: ["timelock"], grantedBy: "DEFAULT_ADMIN_ROLE (governance: the PAS Timelock)" },
    { role: "NFAT_BEACON", holders: ["lpha-nfat"], grantedBy: "DEFAULT_ADMIN_ROLE" },
  ],
  HaloShareToken: [
    { role: ADMIN, holders: ["timelock"], grantedBy: "DEFAULT_ADMIN_ROLE (governance: the PAS Timelock)" },
    { role: "BEACON_ROLE", holders: ["lpha-lcts"], grantedBy: "DEFAULT_ADMIN_ROLE" },
  ],
  SubscribeQueue: [
    { role: ADMIN, holders: ["timelock"], grantedBy: "DEFAULT_ADMIN_ROLE (governance: the PAS Timelock)" },
    { role: "BEACON_ROLE", holders: ["lpha-lcts"], grantedBy: "DEFAULT_ADMIN_ROLE" },
  ],
  RedeemQueue: [
    { role: ADMIN, holders: ["timelock"], grantedBy: "DEFAULT_ADMIN_ROLE (governance: the PAS Timelock)" },
    { role: "BEACON_ROLE", holders: ["lpha-lcts"], grantedBy: "DEFAULT_ADMIN_ROLE" },
  ],
};

export function isContractName(name: string): name is ContractName {
  return Object.prototype.hasOwnProperty.call(ROLE_TABLE, name);
}
