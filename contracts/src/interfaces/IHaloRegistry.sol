// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

import {IHaloUnitRecorder} from "./INfatFacility.sol";

/// @title HaloRegistry — what exists: Halo Agents → Classes → Units, factory-made or pre-factory (legacy)
/// @notice The on-chain inventory the reconciler refreshes from and Synome / Artifact records are built from.
///         Roles:
///         - DEFAULT_ADMIN_ROLE: governance (the PAS Timelock). Records legacy (pre-factory) classes and units,
///           registers agents, sets agent operators and artifacts, grants every role;
///         - REGISTRAR: GovOps; registers agents;
///         - FACTORY: the Halo Factory; the only writer of factory entries and of `isFactoryDeployed`;
///         - REVIEWER: records Day-0 reviews.
///         Beacon operators: governance (DEFAULT_ADMIN_ROLE, the PAS Timelock, which also administers the beacon
///         roles on the class's and its units' contracts) may rotate a class's beacon (`setBeaconOperator`) in the
///         same batch as the role grant and revoke; every view returns the current operator.
///         Artifacts (URI + sha256 of the off-chain document) of an agent, class or unit may be updated by
///         governance or by the operator of the agent they belong to; every update is an event with both hashes.
///         Day-0: an entry starts with `day0Cycles` required reviews (from its template, or given by governance
///         for a legacy entry); each REVIEWER review counts one cycle, at most one per daily review window
///         (13:00 UTC to 13:00 UTC); when the count reaches `day0Cycles` the
///         registry records `day0EndedAt`. An entry with `day0Cycles == 0` leaves Day-0 when it is recorded.
///         Names in records are left-aligned ASCII `bytes32` (e.g. "ALMProxy", "capacity", "lpha-lcts").
///         Ids: agent, class and unit ids share one namespace. Ids someone chooses (agents, classes, LCTS units,
///         legacy units) must be at least 2^192 (top 8 bytes not all zero; any left-aligned name qualifies); the
///         range below is reserved for deal units, whose id the registry derives as `(classNumber << 128) | tokenId`
///         (`dealUnitId`). No chosen id can therefore ever take a deal's id.
///         Deal units: the `NfatFacility` contract recorded in a class's `contracts` (factory or legacy class)
///         reports each claim through `recordDealUnit`; the permission comes from the class record, so a class's
///         claims keep working whatever happens to the factory that deployed it.
interface IHaloRegistry is IHaloUnitRecorder, IAccessControlEnumerable {
    enum Origin {
        NONE,
        FACTORY,
        LEGACY
    }

    struct Artifact {
        string uri;
        bytes32 sha256; // sha256 of the document at `uri`
    }

    struct NamedAddress {
        bytes32 name;
        address addr;
    }

    struct NamedValue {
        bytes32 name;
        uint256 value;
    }

    struct BeaconOperator {
        bytes32 kind; // "lpha-lcts", "lpha-nfat", "lpha-attest"
        address operator;
    }

    struct Day0Status {
        uint32 cycles; // reviews required
        uint32 reviewCount;
        uint64 endedAt; // 0 = still in Day-0
    }

    struct AgentRecord {
        bytes32 agentId;
        address operator; // may update the artifacts of the agent and of its classes and units
        Artifact artifact;
        uint64 registeredAt;
        bytes32[] classIds;
    }

    /// @notice A Halo Class. `templateId`/`templateVersion` are zero for a pre-factory class that conforms to no
    ///         template. The PAU lives in `almProxy` / `controller` / `rateLimits`; `contracts` lists every other
    ///         contract of the class (e.g. the NFAT facility, deal token and redeem contract). Parameters are kept as
    ///         `paramsHash = keccak256(abi.encode(params))` of the `NamedValue[]` the class was deployed with (the
    ///         factory's canonical event carries the values): a reconciler compares the hash of its desired
    ///         parameters, and one storage slot replaces a slot pair per parameter.
    struct ClassRecord {
        bytes32 classId;
        bytes32 agentId;
        bytes32 kind;
        bytes32 templateId;
        uint32 templateVersion;
        Origin origin;
        bool conformsToTemplate; // always true for factory entries; governance's statement for legacy ones
        address almProxy; // custody; PAS BeamState registers the RateLimits and controller below
        address controller;
        uint64 recordedAt;
        address rateLimits;
        address operator;
        address freezer;
        address govOps;
        address depositAsset;
        bytes32 paramsHash;
        NamedAddress[] contracts;
        BeaconOperator[] beacons;
        Artifact artifact;
        Day0Status day0;
        bytes32[] unitIds;
    }

    /// @notice A deal (NFAT) unit's on-chain identity; zero for LCTS units.
    struct DealInfo {
        address dealToken;
        uint256 tokenId;
        address depositor;
        uint256 principal;
        bytes32 bookId;
        bytes32 termsHash;
    }

    /// @notice A Halo Unit: an LCTS unit's contracts, or an NFAT deal (`deal`, no contracts of its own).
    ///         `paramsHash` as for classes (zero for deal units: their terms are in `deal.termsHash`).
    struct UnitRecord {
        bytes32 unitId;
        bytes32 classId;
        Origin origin;
        uint64 recordedAt;
        bytes32 paramsHash;
        NamedAddress[] contracts;
        DealInfo deal;
        Artifact artifact;
        Day0Status day0;
    }

    struct Review {
        bytes32 reportHash;
        address reviewer;
        uint64 timestamp;
    }

    event AgentRegistered(
        bytes32 indexed agentId, address indexed operator, string artifactUri, bytes32 artifactSha256
    );
    event AgentOperatorSet(bytes32 indexed agentId, address indexed previousOperator, address indexed operator);
    /// @notice A class was recorded. The factory's own event carries every parameter; this one says who wrote it.
    event ClassRecorded(
        bytes32 indexed classId,
        bytes32 indexed agentId,
        Origin origin,
        bytes32 templateId,
        uint32 templateVersion,
        address almProxy
    );
    event UnitRecorded(bytes32 indexed unitId, bytes32 indexed classId, Origin origin);
    /// @notice Governance rotated the `kind` beacon of `classId` from `previousOperator` to `operator`.
    event BeaconOperatorSet(
        bytes32 indexed classId, bytes32 indexed kind, address indexed previousOperator, address operator
    );
    /// @notice The artifact of an agent, class or unit (`id`) changed.
    event ArtifactUpdated(
        bytes32 indexed id, bytes32 previousSha256, bytes32 sha256, string uri, address indexed updatedBy
    );
    event Day0Reviewed(bytes32 indexed id, uint256 indexed index, bytes32 reportHash, address indexed reviewer);
    event Day0Ended(bytes32 indexed id, uint256 reviewCount, uint64 endedAt);
    /// @notice A Term class's facility minted a deal NFT; it is recorded as unit `unitId` (schema
    ///         `METADATA_SCHEMA_VERSION`). The canonical record of a deal unit.
    event DealUnitRecorded(
        uint16 indexed schemaVersion,
        bytes32 indexed unitId,
        bytes32 indexed classId,
        address dealToken,
        uint256 tokenId,
        address depositor,
        uint256 principal,
        bytes32 bookId,
        bytes32 termsHash
    );

    error HaloRegistry_ZeroId();
    error HaloRegistry_ZeroAddress(string what);
    error HaloRegistry_AgentExists(bytes32 agentId);
    error HaloRegistry_UnknownAgent(bytes32 agentId);
    error HaloRegistry_ClassExists(bytes32 classId);
    error HaloRegistry_UnknownClass(bytes32 classId);
    error HaloRegistry_UnitExists(bytes32 unitId);
    error HaloRegistry_UnknownId(bytes32 id);
    error HaloRegistry_IdTaken(bytes32 id);
    error HaloRegistry_AddressAlreadyRecorded(address addr, bytes32 ownerId);
    error HaloRegistry_NotRegistrar(address caller);
    error HaloRegistry_NotArtifactUpdater(bytes32 id, address caller);
    error HaloRegistry_Day0Over(bytes32 id);
    /// @notice A second Day-0 review of `id` in one review window: the last one was at `lastReviewAt`; the next
    ///         window opens at `nextWindowAt`.
    error HaloRegistry_ReviewWindowTaken(bytes32 id, uint64 lastReviewAt, uint64 nextWindowAt);
    /// @notice A chosen id below 2^192: that range belongs to deal units.
    error HaloRegistry_ReservedId(bytes32 id);
    /// @notice `recordDealUnit` from an address that is no recorded class's `NfatFacility`.
    error HaloRegistry_NotFacility(address caller);
    /// @notice A deal token id of 2^128 or more (a deal id holds it in its low 128 bits).
    error HaloRegistry_TokenIdTooLarge(uint256 tokenId);
    /// @notice `kind` is not one of the beacons recorded for `classId`.
    error HaloRegistry_UnknownBeacon(bytes32 classId, bytes32 kind);
    /// @notice `setBeaconOperator` to the operator the `kind` beacon of `classId` already has.
    error HaloRegistry_BeaconUnchanged(bytes32 classId, bytes32 kind, address operator);

    function REGISTRAR() external view returns (bytes32);
    function FACTORY() external view returns (bytes32);
    function REVIEWER() external view returns (bytes32);
    /// @notice Version of the `DealUnitRecorded` payload (1).
    function METADATA_SCHEMA_VERSION() external view returns (uint16);
    /// @notice The contract name (`"NfatFacility"`) that marks a class's facility in `ClassRecord.contracts`.
    function NFAT_FACILITY() external view returns (bytes32);
    /// @notice The contract name (`"NfatDealToken"`) of a class's deal token in `ClassRecord.contracts`; recorded
    ///         in `DealInfo.dealToken` of the class's deal units.
    function NFAT_DEAL_TOKEN() external view returns (bytes32);

    /// @notice Seconds after 00:00 UTC at which a Day-0 review window opens (13:00 UTC: the LCTS lock that opens
    ///         the Processing Window). A window lasts one day; an entry takes at most one review per window.
    function REVIEW_WINDOW_START() external view returns (uint256);

    /// @notice The TemplateRegistry consulted by `isClassTemplateRevoked`.
    function templateRegistry() external view returns (address);

    // ---- writes ----

    /// @notice Register an agent. REGISTRAR or governance.
    function registerAgent(bytes32 agentId, address operator, Artifact calldata artifact) external;

    /// @notice Replace an agent's operator. Governance only.
    function setAgentOperator(bytes32 agentId, address operator) external;

    /// @notice Record a class the factory deployed. FACTORY only. `origin`, `recordedAt`, `day0.reviewCount`,
    ///         `day0.endedAt` and `unitIds` are set by the registry; every address is marked factory-deployed.
    function recordFactoryClass(ClassRecord calldata record) external;

    /// @notice Record a unit the factory deployed (LCTS) or that a factory-deployed facility minted (NFAT deal).
    ///         FACTORY only; bookkeeping fields as for classes.
    function recordFactoryUnit(UnitRecord calldata record) external;

    /// @notice Record a pre-factory class (migration input). Governance only. Its contracts are NOT factory-deployed.
    function recordLegacyClass(ClassRecord calldata record) external;

    /// @notice Record a pre-factory unit of a recorded class. Governance only.
    function recordLegacyUnit(UnitRecord calldata record) external;

    /// @notice Rotate the operator of the `kind` beacon (e.g. "lpha-lcts") of class `classId`. Governance only
    ///         (DEFAULT_ADMIN_ROLE: the PAS Timelock, the admin of the class's and its units' beacon roles, so that
    ///         one governed batch grants the role to `operator`, revokes it from the previous one and calls this).
    ///         From then on `getClass`, `getClassesPage` and `beaconOperator` return `operator`, and the factory
    ///         gives it the beacon role of the class's new units; the rest of the record is unchanged. Only the
    ///         rotation is stored (a recording writes nothing more). Reverts `HaloRegistry_UnknownClass`,
    ///         `HaloRegistry_UnknownBeacon` (kind not in the record), `HaloRegistry_ZeroAddress("operator")` and
    ///         `HaloRegistry_BeaconUnchanged` (already the operator). Emits `BeaconOperatorSet`.
    function setBeaconOperator(bytes32 classId, bytes32 kind, address operator) external;

    /// @notice Replace the artifact of an agent, class or unit. Governance or the owning agent's operator.
    function setArtifact(bytes32 id, Artifact calldata artifact) external;

    // `recordDealUnit(tokenId, depositor, principal, bookId, termsHash)` (from `IHaloUnitRecorder`): records deal
    // `tokenId` of the calling facility as unit `dealUnitId(classId, tokenId)` of its class, with the class's origin
    // and Day-0 cycles, and emits `UnitRecorded` and `DealUnitRecorded`. Only the recorded `NfatFacility` of a class
    // (`HaloRegistry_NotFacility`); a repeated token id reverts `HaloRegistry_UnitExists`. Works whatever the status
    // of the class's template.

    /// @notice Record one Day-0 review of a class or unit. REVIEWER only; reverts once Day-0 is over
    ///         (`HaloRegistry_Day0Over`) and for a second review of the entry in one review window
    ///         (`HaloRegistry_ReviewWindowTaken`): window `w` runs from `w days − 1 day + REVIEW_WINDOW_START` for one
    ///         day, i.e. from 13:00 UTC to 13:00 UTC the next day — one review per settlement cycle, N reviews take at
    ///         least N − 1 days.
    function recordReview(bytes32 id, bytes32 reportHash) external;

    // ---- views ----

    /// @notice True for every contract the factory created (class and unit contracts alike): the address belongs
    ///         to an entry whose origin is FACTORY.
    function isFactoryDeployed(address addr) external view returns (bool);

    /// @notice The class or unit id that recorded `addr` (zero if none).
    function ownerOf(address addr) external view returns (bytes32);

    /// @notice The id of deal `tokenId` of `classId`: `bytes32((classNumber << 128) | tokenId)`, where `classNumber` is
    ///         the class's 1-based recording order. Defined once the class is recorded (before any claim), whether
    ///         or not the deal exists yet. Reverts for an unknown class or a token id ≥ 2^128.
    function dealUnitId(bytes32 classId, uint256 tokenId) external view returns (bytes32);

    /// @notice The class whose recorded `NfatFacility` is `facility` (zero if none).
    function facilityClass(address facility) external view returns (bytes32);

    /// @notice The current operator of the `kind` beacon of `classId` (the recorded one, or the last rotation's).
    ///         Reverts `HaloRegistry_UnknownClass` / `HaloRegistry_UnknownBeacon`.
    function beaconOperator(bytes32 classId, bytes32 kind) external view returns (address);

    /// @notice The operator `setBeaconOperator` last gave the `kind` beacon of `classId`; zero if it was never
    ///         rotated (one storage read: what the factory consults when it deploys a unit of the class).
    function rotatedBeaconOperator(bytes32 classId, bytes32 kind) external view returns (address);

    /// @notice True when the class's template version is revoked in the TemplateRegistry (flag for monitoring).
    function isClassTemplateRevoked(bytes32 classId) external view returns (bool);

    function agentExists(bytes32 agentId) external view returns (bool);
    function classExists(bytes32 classId) external view returns (bool);
    function unitExists(bytes32 unitId) external view returns (bool);

    function getAgent(bytes32 agentId) external view returns (AgentRecord memory);
    function getClass(bytes32 classId) external view returns (ClassRecord memory);
    function getUnit(bytes32 unitId) external view returns (UnitRecord memory);
    function getReviews(bytes32 id) external view returns (Review[] memory);

    function agentCount() external view returns (uint256);
    function classCount() external view returns (uint256);
    function unitCount() external view returns (uint256);

    /// @notice Pages of full records in registration order; short or empty at the end.
    function getAgentsPage(uint256 offset, uint256 limit) external view returns (AgentRecord[] memory page);
    function getClassesPage(uint256 offset, uint256 limit) external view returns (ClassRecord[] memory page);
    function getUnitsPage(uint256 offset, uint256 limit) external view returns (UnitRecord[] memory page);
}
