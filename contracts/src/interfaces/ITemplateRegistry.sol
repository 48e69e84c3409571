// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

/// @title TemplateRegistry — the governance-approved building blocks the Halo Factory may deploy
/// @notice A template is identified by `(templateId, version)`. A version fixes, once and for all:
///         - `kind`: what the factory builds, e.g. `keccak256("PORTFOLIO_LCTS")` or `keccak256("TERM_NFAT")`
///           (an open set: the registry accepts any kind, a factory deploys the kinds it knows);
///         - the beacon kinds a class of it attaches (e.g. "lpha-lcts"; "lpha-nfat" + "lpha-attest");
///         - every class and unit component `{name, implementation, codeHash}`, pinned by `extcodehash`;
///         - parameter ranges for class and unit parameters, matched by name;
///         - Day-0 defaults: initial rate limits per flow and the number of settlement cycles that are "Day-0";
///         - an audit reference `{hash, uri}`.
///         Lifecycle: NONE → PROPOSED → APPROVED → DEPRECATED → REVOKED.
///         - TEMPLATE_PROPOSER proposes (code hashes are checked against the live code);
///         - governance (DEFAULT_ADMIN_ROLE = the PAS Timelock) approves, deprecates (no new deployments, existing
///           instances untouched) and revokes (existing instances flagged for monitoring). A PROPOSED version may
///           be revoked directly (rejection); an APPROVED one may be revoked without deprecation (emergency).
///         Names of components, parameters and beacon kinds are left-aligned ASCII `bytes32` (e.g.
///         `bytes32("capacity")`) so that errors and events stay readable; kinds are keccak256 hashes.
interface ITemplateRegistry is IAccessControlEnumerable {
    enum TemplateStatus {
        NONE,
        PROPOSED,
        APPROVED,
        DEPRECATED,
        REVOKED
    }

    /// @notice One deployable contract of a class or unit.
    struct Component {
        bytes32 name; // e.g. "ALMProxy"
        address implementation; // the clone target
        bytes32 codeHash; // must equal implementation.codehash at proposal and at every deployment
    }

    /// @notice Inclusive bounds of one named parameter.
    struct ParamRange {
        bytes32 name; // e.g. "capacity"
        uint256 min;
        uint256 max;
    }

    /// @notice A Day-0 (initial, conservative) rate limit for one flow, e.g. `RateLimitKeys.LIMIT_UNIT_INFLOW`.
    ///         Amounts are in 18-decimal reference units of the deposit asset (1e18 = one whole token): the factory
    ///         scales them to the asset's `decimals()` (`amount × 10^decimals / 1e18`, rounded down;
    ///         `type(uint256).max` stays unlimited), so `100_000e18` means 100,000 tokens of any asset.
    struct Day0Limit {
        bytes32 flow;
        uint256 maxAmount;
        uint256 slope; // per second
    }

    struct Audit {
        bytes32 hash; // content hash of the audit report
        string uri;
    }

    /// @notice Everything a proposer fixes about a template version.
    struct TemplateSpec {
        bytes32 kind;
        bytes32[] beaconKinds;
        Component[] classComponents;
        Component[] unitComponents;
        ParamRange[] classRanges;
        ParamRange[] unitRanges;
        Day0Limit[] day0Limits;
        uint32 day0Cycles;
        Audit audit;
        /// @notice The deposit assets a class of this version may use (empty = any ERC-20 with 0–36 decimals).
        ///         Day-0 limits are token amounts: listing the assets they were sized for (e.g. dollar
        ///         stablecoins) keeps them the same economic size; a class with an unlisted asset is refused.
        address[] depositAssets;
    }

    /// @notice A template version as stored, with its lifecycle.
    struct TemplateVersion {
        bytes32 templateId;
        uint32 version;
        TemplateStatus status;
        address proposer;
        uint64 proposedAt;
        uint64 statusChangedAt;
        TemplateSpec spec;
    }

    /// @notice The part of a template version one deployment reads: the class side (class components and ranges)
    ///         or the unit side (unit components and ranges), with what both share. Cheaper than `getTemplate`.
    struct DeploymentView {
        TemplateStatus status; // NONE for an unknown version (then every other field is empty)
        bytes32 kind;
        bytes32[] beaconKinds;
        Component[] components;
        ParamRange[] ranges;
        Day0Limit[] day0Limits;
        uint32 day0Cycles;
        address[] depositAssets; // empty = any
    }

    /// @notice A template version was proposed. The full spec is readable with `getTemplate`.
    event TemplateProposed(
        bytes32 indexed templateId,
        uint32 indexed version,
        bytes32 indexed kind,
        address proposer,
        bytes32 auditHash,
        string auditUri
    );
    event TemplateApproved(bytes32 indexed templateId, uint32 indexed version);
    event TemplateDeprecated(bytes32 indexed templateId, uint32 indexed version);
    /// @notice Existing instances of this version must be treated as flagged (see HaloRegistry views).
    event TemplateRevoked(bytes32 indexed templateId, uint32 indexed version, TemplateStatus previousStatus);

    error TemplateRegistry_ZeroAddress(string what);
    error TemplateRegistry_ZeroTemplateId();
    error TemplateRegistry_ZeroVersion();
    error TemplateRegistry_ZeroKind();
    error TemplateRegistry_AlreadyExists(bytes32 templateId, uint32 version);
    error TemplateRegistry_NotFound(bytes32 templateId, uint32 version);
    error TemplateRegistry_InvalidTransition(
        bytes32 templateId, uint32 version, TemplateStatus from, TemplateStatus to
    );
    error TemplateRegistry_NoClassComponents();
    error TemplateRegistry_ZeroName();
    error TemplateRegistry_DuplicateName(bytes32 name);
    error TemplateRegistry_NoCode(bytes32 name, address implementation);
    error TemplateRegistry_CodeHashMismatch(bytes32 name, bytes32 expected, bytes32 actual);
    error TemplateRegistry_InvalidRange(bytes32 name, uint256 min, uint256 max);
    error TemplateRegistry_ZeroDay0Flow();
    /// @notice A Term (`TERM_NFAT`) class range wider than the buybox field that holds it (`fieldMax`: uint64 terms,
    ///         uint128 sizes, uint32 APYs, 0/1 flags).
    error TemplateRegistry_RangeExceedsField(bytes32 name, uint256 max, uint256 fieldMax);

    /// @notice The role that may propose template versions.
    function TEMPLATE_PROPOSER() external view returns (bytes32);

    /// @notice Propose a new version. TEMPLATE_PROPOSER only. Reverts if the version exists, any code hash does not
    ///         match the live code, a name is zero or repeated within its list, or a range has `min > max`.
    function proposeTemplate(bytes32 templateId, uint32 version, TemplateSpec calldata spec) external;

    /// @notice PROPOSED → APPROVED. Governance only.
    function approveTemplate(bytes32 templateId, uint32 version) external;

    /// @notice APPROVED → DEPRECATED: no new deployments. Governance only.
    function deprecateTemplate(bytes32 templateId, uint32 version) external;

    /// @notice PROPOSED / APPROVED / DEPRECATED → REVOKED: existing instances flagged. Governance only.
    function revokeTemplate(bytes32 templateId, uint32 version) external;

    // ---- views ----

    function getStatus(bytes32 templateId, uint32 version) external view returns (TemplateStatus);

    /// @notice True when the version is REVOKED.
    function isRevoked(bytes32 templateId, uint32 version) external view returns (bool);

    /// @notice The full record; reverts `TemplateRegistry_NotFound` for an unknown version.
    function getTemplate(bytes32 templateId, uint32 version) external view returns (TemplateVersion memory);

    /// @notice The class side (`unitSide == false`) or unit side of a version, for a deployment. Never reverts.
    function getDeploymentView(bytes32 templateId, uint32 version, bool unitSide)
        external
        view
        returns (DeploymentView memory);

    /// @notice The highest version ever proposed for `templateId` (0 = none).
    function latestVersion(bytes32 templateId) external view returns (uint32);

    /// @notice Number of template versions ever proposed (all ids, all statuses).
    function templateVersionCount() external view returns (uint256);

    /// @notice A page of template versions in proposal order, with every field, for one-call refreshes.
    ///         Returns fewer than `limit` entries at the end; an `offset` past the end returns an empty array.
    function getTemplatesPage(uint256 offset, uint256 limit) external view returns (TemplateVersion[] memory page);
}
