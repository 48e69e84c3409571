// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";

import {IHaloRegistry} from "../interfaces/IHaloRegistry.sol";
import {IHaloUnitRecorder} from "../interfaces/INfatFacility.sol";
import {ITemplateRegistry} from "../interfaces/ITemplateRegistry.sol";
import {BlobStore} from "./BlobStore.sol";

/// @title HaloRegistry
/// @notice See `IHaloRegistry`. Agent, class and unit ids share one namespace so that an artifact update or a
///         Day-0 review names exactly one entry. Chosen ids (agents, classes, LCTS and legacy units) live above
///         2^192; deal-unit ids are derived below it (`(classNumber << 128) | tokenId`), so no chosen id can ever
///         equal a deal's id.
///         Storage (issue 17): what is enforced or looked up on chain stays in storage — entry types, owners of
///         addresses (`ownerOf` / `isFactoryDeployed`), facilities, class numbers, origins, Day-0 status, unit
///         lists, replaced artifacts, deals' changing facts. The part of a class or unit record that never changes
///         after recording is written once as a blob (`BlobStore`, ~3x cheaper than storage slots) and decoded by
///         the views, which return the same records as before. A deal unit recorded by its facility has no blob:
///         its class comes from its id and its deal token from its class.
contract HaloRegistry is IHaloRegistry, AccessControlEnumerable {
    /// @inheritdoc IHaloRegistry
    bytes32 public constant REGISTRAR = keccak256("REGISTRAR");
    /// @inheritdoc IHaloRegistry
    bytes32 public constant FACTORY = keccak256("FACTORY");
    /// @inheritdoc IHaloRegistry
    bytes32 public constant REVIEWER = keccak256("REVIEWER");

    /// @dev A recorded facility: the class's `NfatDealToken` (zero if the record names none) and the class's number.
    struct Facility {
        address dealToken;
        uint64 classNumber;
    }

    /// @dev The never-changing part of a class record, kept as a blob. `classId`, `origin`, `day0` and `unitIds`
    ///      live in storage; `artifact` is the one recorded (a later `setArtifact` is kept in storage).
    struct ClassBlob {
        bytes32 agentId;
        bytes32 kind;
        bytes32 templateId;
        uint32 templateVersion;
        bool conformsToTemplate;
        uint64 recordedAt;
        address almProxy;
        address controller;
        address rateLimits;
        address operator;
        address freezer;
        address govOps;
        address depositAsset;
        bytes32 paramsHash;
        NamedAddress[] contracts;
        BeaconOperator[] beacons;
        Artifact artifact;
    }

    /// @dev The never-changing part of a unit record (units recorded by the factory or governance). `deal` holds
    ///      zero or one element (a legacy unit may describe a deal).
    struct UnitBlob {
        bytes32 classId;
        uint64 recordedAt;
        bytes32 paramsHash;
        NamedAddress[] contracts;
        DealInfo[] deal;
        Artifact artifact;
    }

    /// @dev A class in storage. Slot 0: blob, origin, artifact flag, 1-based recording order.
    struct ClassEntry {
        address blob;
        Origin origin;
        bool artifactSet; // `artifact` below replaces the recorded one
        uint64 number;
        Day0Status day0;
        bytes32[] unitIds;
        Artifact artifact;
    }

    /// @dev What a deal unit recorded by its facility keeps besides its id (token id: the id's low 128 bits; deal
    ///      token: its class's).
    struct DealFacts {
        address depositor;
        uint256 principal;
        bytes32 bookId;
        bytes32 termsHash;
    }

    /// @dev A unit in storage. Slot 0: blob (zero for a deal unit recorded by its facility), origin, artifact flag,
    ///      recording time (of deal units; blobs carry their own).
    struct UnitEntry {
        address blob;
        Origin origin;
        bool artifactSet;
        uint64 recordedAt;
        Day0Status day0;
        DealFacts deal; // deal units recorded by their facility only
        Artifact artifact;
    }

    enum EntryType {
        NONE,
        AGENT,
        CLASS,
        UNIT
    }

    /// @inheritdoc IHaloRegistry
    uint16 public constant METADATA_SCHEMA_VERSION = 1;
    /// @inheritdoc IHaloRegistry
    bytes32 public constant NFAT_FACILITY = "NfatFacility";
    /// @inheritdoc IHaloRegistry
    bytes32 public constant NFAT_DEAL_TOKEN = "NfatDealToken";

    /// @inheritdoc IHaloRegistry
    uint256 public constant REVIEW_WINDOW_START = 13 hours;

    /// @inheritdoc IHaloRegistry
    address public immutable templateRegistry;

    mapping(bytes32 id => EntryType) private _entryType;
    mapping(bytes32 => AgentRecord) private _agents;
    mapping(bytes32 => ClassEntry) private _classes;
    mapping(bytes32 => UnitEntry) private _units;
    mapping(bytes32 id => Review[]) private _reviews;
    mapping(address => bytes32) private _ownerOf;
    /// @dev A class's `NfatFacility` contract (factory or legacy): the only caller that records its deal units.
    mapping(address facility => Facility) private _facilities;
    /// @dev Beacon operators rotated by governance (`setBeaconOperator`); the recorded blob keeps the original.
    ///      Written only on a rotation: recording a class costs nothing more.
    mapping(bytes32 classId => mapping(bytes32 kind => address)) private _rotatedBeacons;
    bytes32[] private _agentIds;
    bytes32[] private _classIds;
    bytes32[] private _unitIds;

    /// @param admin DEFAULT_ADMIN_ROLE. Governance (the PAS Timelock) in production; a deploy script may use a
    ///        temporary admin to grant FACTORY to the factory it deploys next, then hand over and renounce.
    /// @param templateRegistry_ The TemplateRegistry whose revocations flag classes.
    constructor(address admin, address templateRegistry_) {
        if (admin == address(0)) revert HaloRegistry_ZeroAddress("admin");
        if (templateRegistry_ == address(0)) revert HaloRegistry_ZeroAddress("templateRegistry");
        templateRegistry = templateRegistry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---- writes ----

    /// @inheritdoc IHaloRegistry
    function registerAgent(bytes32 agentId, address operator, Artifact calldata artifact) external {
        if (!hasRole(REGISTRAR, msg.sender) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert HaloRegistry_NotRegistrar(msg.sender);
        }
        _checkChosenId(agentId);
        if (_entryType[agentId] != EntryType.NONE) revert HaloRegistry_IdTaken(agentId);
        if (operator == address(0)) revert HaloRegistry_ZeroAddress("operator");
        _entryType[agentId] = EntryType.AGENT;
        AgentRecord storage a = _agents[agentId];
        a.agentId = agentId;
        a.operator = operator;
        a.artifact = artifact;
        a.registeredAt = uint64(block.timestamp);
        _agentIds.push(agentId);
        emit AgentRegistered(agentId, operator, artifact.uri, artifact.sha256);
    }

    /// @inheritdoc IHaloRegistry
    function setAgentOperator(bytes32 agentId, address operator) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (_entryType[agentId] != EntryType.AGENT) revert HaloRegistry_UnknownAgent(agentId);
        if (operator == address(0)) revert HaloRegistry_ZeroAddress("operator");
        address previous = _agents[agentId].operator;
        _agents[agentId].operator = operator;
        emit AgentOperatorSet(agentId, previous, operator);
    }

    /// @inheritdoc IHaloRegistry
    function recordFactoryClass(ClassRecord calldata record) external onlyRole(FACTORY) {
        _recordClass(record, Origin.FACTORY);
    }

    /// @inheritdoc IHaloRegistry
    function recordFactoryUnit(UnitRecord calldata record) external onlyRole(FACTORY) {
        _recordUnit(record, Origin.FACTORY);
    }

    /// @inheritdoc IHaloRegistry
    function recordLegacyClass(ClassRecord calldata record) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _recordClass(record, Origin.LEGACY);
    }

    /// @inheritdoc IHaloRegistry
    function recordLegacyUnit(UnitRecord calldata record) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _recordUnit(record, Origin.LEGACY);
    }

    /// @inheritdoc IHaloUnitRecorder
    /// @dev The permission comes from the class record (its `NfatFacility` contract), not from a role: replacing or
    ///      retiring the factory never stops a class's claims.
    function recordDealUnit(uint256 tokenId, address depositor, uint256 principal, bytes32 bookId, bytes32 termsHash)
        external
    {
        Facility memory f = _facilities[msg.sender];
        uint256 number = f.classNumber;
        if (number == 0) revert HaloRegistry_NotFacility(msg.sender);
        if (tokenId >> 128 != 0) revert HaloRegistry_TokenIdTooLarge(tokenId);
        bytes32 unitId = bytes32((number << 128) | tokenId);
        if (_entryType[unitId] != EntryType.NONE) revert HaloRegistry_UnitExists(unitId);
        bytes32 classId = _classIds[number - 1];
        UnitEntry storage u = _newDealUnit(unitId, classId, DealFacts(depositor, principal, bookId, termsHash));
        emit DealUnitRecorded(
            METADATA_SCHEMA_VERSION, unitId, classId, f.dealToken, tokenId, depositor, principal, bookId, termsHash
        );
        if (u.day0.cycles == 0) _endDay0(unitId, u.day0);
    }

    /// @inheritdoc IHaloRegistry
    function setArtifact(bytes32 id, Artifact calldata artifact) external {
        EntryType entryType = _entryType[id];
        if (entryType == EntryType.NONE) revert HaloRegistry_UnknownId(id);
        bytes32 agentId =
            entryType == EntryType.AGENT ? id : _classBlob(entryType == EntryType.CLASS ? id : _unitClass(id)).agentId;
        if (!hasRole(DEFAULT_ADMIN_ROLE, msg.sender) && msg.sender != _agents[agentId].operator) {
            revert HaloRegistry_NotArtifactUpdater(id, msg.sender);
        }
        bytes32 previous;
        Artifact storage target;
        if (entryType == EntryType.AGENT) {
            target = _agents[id].artifact;
            previous = target.sha256;
        } else if (entryType == EntryType.CLASS) {
            ClassEntry storage c = _classes[id];
            target = c.artifact;
            previous = c.artifactSet ? target.sha256 : _classBlob(id).artifact.sha256;
            c.artifactSet = true;
        } else {
            UnitEntry storage u = _units[id];
            target = u.artifact;
            previous =
                u.artifactSet ? target.sha256 : (u.blob == address(0) ? bytes32(0) : _unitBlob(u.blob).artifact.sha256);
            u.artifactSet = true;
        }
        target.uri = artifact.uri;
        target.sha256 = artifact.sha256;
        emit ArtifactUpdated(id, previous, artifact.sha256, artifact.uri, msg.sender);
    }

    /// @inheritdoc IHaloRegistry
    function setBeaconOperator(bytes32 classId, bytes32 kind, address operator) external onlyRole(DEFAULT_ADMIN_ROLE) {
        address previous = beaconOperator(classId, kind);
        if (operator == address(0)) revert HaloRegistry_ZeroAddress("operator");
        if (operator == previous) revert HaloRegistry_BeaconUnchanged(classId, kind, operator);
        _rotatedBeacons[classId][kind] = operator;
        emit BeaconOperatorSet(classId, kind, previous, operator);
    }

    /// @inheritdoc IHaloRegistry
    function recordReview(bytes32 id, bytes32 reportHash) external onlyRole(REVIEWER) {
        Day0Status storage day0 = _day0(id);
        if (day0.endedAt != 0) revert HaloRegistry_Day0Over(id);
        Review[] storage reviews = _reviews[id];
        uint256 window = _reviewWindow(block.timestamp);
        if (reviews.length != 0 && _reviewWindow(reviews[reviews.length - 1].timestamp) == window) {
            revert HaloRegistry_ReviewWindowTaken(id, reviews[reviews.length - 1].timestamp, _windowStart(window + 1));
        }
        reviews.push(Review(reportHash, msg.sender, uint64(block.timestamp)));
        uint32 count = day0.reviewCount + 1;
        day0.reviewCount = count;
        emit Day0Reviewed(id, count - 1, reportHash, msg.sender);
        if (count >= day0.cycles) _endDay0(id, day0);
    }

    // ---- views ----

    /// @inheritdoc IHaloRegistry
    function isFactoryDeployed(address addr) external view returns (bool) {
        bytes32 owner = _ownerOf[addr];
        EntryType entryType = _entryType[owner];
        if (entryType == EntryType.CLASS) return _classes[owner].origin == Origin.FACTORY;
        if (entryType == EntryType.UNIT) return _units[owner].origin == Origin.FACTORY;
        return false;
    }

    /// @inheritdoc IHaloRegistry
    function ownerOf(address addr) external view returns (bytes32) {
        return _ownerOf[addr];
    }

    /// @inheritdoc IHaloRegistry
    function beaconOperator(bytes32 classId, bytes32 kind) public view returns (address) {
        if (_entryType[classId] != EntryType.CLASS) revert HaloRegistry_UnknownClass(classId);
        BeaconOperator[] memory beacons = _classBlob(classId).beacons;
        for (uint256 i = 0; i < beacons.length; ++i) {
            if (beacons[i].kind == kind) {
                address rotated = _rotatedBeacons[classId][kind];
                return rotated == address(0) ? beacons[i].operator : rotated;
            }
        }
        revert HaloRegistry_UnknownBeacon(classId, kind);
    }

    /// @inheritdoc IHaloRegistry
    function rotatedBeaconOperator(bytes32 classId, bytes32 kind) external view returns (address) {
        return _rotatedBeacons[classId][kind];
    }

    /// @inheritdoc IHaloRegistry
    function isClassTemplateRevoked(bytes32 classId) external view returns (bool) {
        if (_entryType[classId] != EntryType.CLASS) revert HaloRegistry_UnknownClass(classId);
        ClassBlob memory c = _classBlob(classId);
        if (c.templateId == bytes32(0)) return false;
        return ITemplateRegistry(templateRegistry).isRevoked(c.templateId, c.templateVersion);
    }

    /// @inheritdoc IHaloRegistry
    function dealUnitId(bytes32 classId, uint256 tokenId) public view returns (bytes32) {
        uint256 number = _classes[classId].number;
        if (number == 0) revert HaloRegistry_UnknownClass(classId);
        if (tokenId >> 128 != 0) revert HaloRegistry_TokenIdTooLarge(tokenId);
        return bytes32((number << 128) | tokenId);
    }

    /// @inheritdoc IHaloRegistry
    function facilityClass(address facility) external view returns (bytes32) {
        uint256 number = _facilities[facility].classNumber;
        return number == 0 ? bytes32(0) : _classIds[number - 1];
    }

    /// @inheritdoc IHaloRegistry
    function agentExists(bytes32 agentId) external view returns (bool) {
        return _entryType[agentId] == EntryType.AGENT;
    }

    /// @inheritdoc IHaloRegistry
    function classExists(bytes32 classId) external view returns (bool) {
        return _entryType[classId] == EntryType.CLASS;
    }

    /// @inheritdoc IHaloRegistry
    function unitExists(bytes32 unitId) external view returns (bool) {
        return _entryType[unitId] == EntryType.UNIT;
    }

    /// @inheritdoc IHaloRegistry
    function getAgent(bytes32 agentId) external view returns (AgentRecord memory) {
        if (_entryType[agentId] != EntryType.AGENT) revert HaloRegistry_UnknownAgent(agentId);
        return _agents[agentId];
    }

    /// @inheritdoc IHaloRegistry
    function getClass(bytes32 classId) external view returns (ClassRecord memory) {
        if (_entryType[classId] != EntryType.CLASS) revert HaloRegistry_UnknownClass(classId);
        return _classRecord(classId);
    }

    /// @inheritdoc IHaloRegistry
    function getUnit(bytes32 unitId) external view returns (UnitRecord memory) {
        if (_entryType[unitId] != EntryType.UNIT) revert HaloRegistry_UnknownId(unitId);
        return _unitRecord(unitId);
    }

    /// @inheritdoc IHaloRegistry
    function getReviews(bytes32 id) external view returns (Review[] memory) {
        return _reviews[id];
    }

    /// @inheritdoc IHaloRegistry
    function agentCount() external view returns (uint256) {
        return _agentIds.length;
    }

    /// @inheritdoc IHaloRegistry
    function classCount() external view returns (uint256) {
        return _classIds.length;
    }

    /// @inheritdoc IHaloRegistry
    function unitCount() external view returns (uint256) {
        return _unitIds.length;
    }

    /// @inheritdoc IHaloRegistry
    function getAgentsPage(uint256 offset, uint256 limit) external view returns (AgentRecord[] memory page) {
        (uint256 start, uint256 end) = _window(_agentIds.length, offset, limit);
        page = new AgentRecord[](end - start);
        for (uint256 i = start; i < end; ++i) {
            page[i - start] = _agents[_agentIds[i]];
        }
    }

    /// @inheritdoc IHaloRegistry
    function getClassesPage(uint256 offset, uint256 limit) external view returns (ClassRecord[] memory page) {
        (uint256 start, uint256 end) = _window(_classIds.length, offset, limit);
        page = new ClassRecord[](end - start);
        for (uint256 i = start; i < end; ++i) {
            page[i - start] = _classRecord(_classIds[i]);
        }
    }

    /// @inheritdoc IHaloRegistry
    function getUnitsPage(uint256 offset, uint256 limit) external view returns (UnitRecord[] memory page) {
        (uint256 start, uint256 end) = _window(_unitIds.length, offset, limit);
        page = new UnitRecord[](end - start);
        for (uint256 i = start; i < end; ++i) {
            page[i - start] = _unitRecord(_unitIds[i]);
        }
    }

    // ---- internals ----

    function _recordClass(ClassRecord calldata r, Origin origin) private {
        bytes32 classId = r.classId;
        _checkChosenId(classId);
        if (_entryType[classId] != EntryType.NONE) revert HaloRegistry_ClassExists(classId);
        if (_entryType[r.agentId] != EntryType.AGENT) revert HaloRegistry_UnknownAgent(r.agentId);
        if (r.almProxy == address(0)) revert HaloRegistry_ZeroAddress("almProxy");
        _entryType[classId] = EntryType.CLASS;

        _claim(r.almProxy, classId);
        if (r.controller != address(0)) _claim(r.controller, classId);
        if (r.rateLimits != address(0)) _claim(r.rateLimits, classId);
        for (uint256 i = 0; i < r.contracts.length; ++i) {
            _claim(r.contracts[i].addr, classId);
        }
        _classIds.push(classId);
        uint64 number = uint64(_classIds.length);
        _rememberFacility(r.contracts, number);
        _agents[r.agentId].classIds.push(classId);

        ClassEntry storage c = _classes[classId];
        c.blob = BlobStore.write(
            abi.encode(
                ClassBlob({
                    agentId: r.agentId,
                    kind: r.kind,
                    templateId: r.templateId,
                    templateVersion: r.templateVersion,
                    // A factory class is by construction an instance of its template.
                    conformsToTemplate: origin == Origin.FACTORY || r.conformsToTemplate,
                    recordedAt: uint64(block.timestamp),
                    almProxy: r.almProxy,
                    controller: r.controller,
                    rateLimits: r.rateLimits,
                    operator: r.operator,
                    freezer: r.freezer,
                    govOps: r.govOps,
                    depositAsset: r.depositAsset,
                    paramsHash: r.paramsHash,
                    contracts: r.contracts,
                    beacons: r.beacons,
                    artifact: r.artifact
                })
            )
        );
        c.origin = origin;
        c.number = number;
        c.day0.cycles = r.day0.cycles;
        emit ClassRecorded(classId, r.agentId, origin, r.templateId, r.templateVersion, r.almProxy);
        if (r.day0.cycles == 0) _endDay0(classId, c.day0);
    }

    function _recordUnit(UnitRecord calldata r, Origin origin) private {
        bytes32 unitId = r.unitId;
        _checkChosenId(unitId);
        if (_entryType[unitId] != EntryType.NONE) revert HaloRegistry_UnitExists(unitId);
        if (_entryType[r.classId] != EntryType.CLASS) revert HaloRegistry_UnknownClass(r.classId);

        for (uint256 i = 0; i < r.contracts.length; ++i) {
            _claim(r.contracts[i].addr, unitId);
        }
        // LCTS units have no deal: an empty list, not six zero words.
        DealInfo[] memory deal = new DealInfo[](r.deal.dealToken == address(0) ? 0 : 1);
        if (deal.length != 0) deal[0] = r.deal;
        address blob = BlobStore.write(
            abi.encode(
                UnitBlob({
                    classId: r.classId,
                    recordedAt: uint64(block.timestamp),
                    paramsHash: r.paramsHash,
                    contracts: r.contracts,
                    deal: deal,
                    artifact: r.artifact
                })
            )
        );
        UnitEntry storage u = _newUnit(unitId, r.classId, origin, blob);
        u.day0.cycles = r.day0.cycles;
        emit UnitRecorded(unitId, r.classId, origin);
        if (r.day0.cycles == 0) _endDay0(unitId, u.day0);
    }

    /// @dev The record's `NfatFacility` (if any) may record deal units of the class from now on.
    function _rememberFacility(NamedAddress[] calldata contracts, uint64 number) private {
        address facility;
        address dealToken;
        for (uint256 i = 0; i < contracts.length; ++i) {
            if (contracts[i].name == NFAT_FACILITY) facility = contracts[i].addr;
            else if (contracts[i].name == NFAT_DEAL_TOKEN) dealToken = contracts[i].addr;
        }
        if (facility != address(0)) _facilities[facility] = Facility(dealToken, number);
    }

    function _newUnit(bytes32 unitId, bytes32 classId, Origin origin, address blob)
        private
        returns (UnitEntry storage u)
    {
        _entryType[unitId] = EntryType.UNIT;
        u = _units[unitId];
        u.blob = blob;
        u.origin = origin;
        _classes[classId].unitIds.push(unitId);
        _unitIds.push(unitId);
    }

    /// @dev A deal unit recorded by its facility: the class's origin and Day-0 cycles, no blob.
    function _newDealUnit(bytes32 unitId, bytes32 classId, DealFacts memory deal)
        private
        returns (UnitEntry storage u)
    {
        ClassEntry storage c = _classes[classId];
        Origin origin = c.origin;
        u = _newUnit(unitId, classId, origin, address(0));
        u.recordedAt = uint64(block.timestamp);
        u.deal = deal;
        u.day0.cycles = c.day0.cycles;
        emit UnitRecorded(unitId, classId, origin);
    }

    function _classBlob(bytes32 classId) private view returns (ClassBlob memory) {
        return abi.decode(BlobStore.read(_classes[classId].blob), (ClassBlob));
    }

    function _unitBlob(address blob) private view returns (UnitBlob memory) {
        return abi.decode(BlobStore.read(blob), (UnitBlob));
    }

    /// @dev The class of a recorded unit: from its blob, or from its id for a deal unit recorded by its facility.
    function _unitClass(bytes32 unitId) private view returns (bytes32) {
        address blob = _units[unitId].blob;
        return blob == address(0) ? _classIds[(uint256(unitId) >> 128) - 1] : _unitBlob(blob).classId;
    }

    function _classRecord(bytes32 classId) private view returns (ClassRecord memory r) {
        ClassEntry storage c = _classes[classId];
        ClassBlob memory b = _classBlob(classId);
        r.classId = classId;
        r.agentId = b.agentId;
        r.kind = b.kind;
        r.templateId = b.templateId;
        r.templateVersion = b.templateVersion;
        r.origin = c.origin;
        r.conformsToTemplate = b.conformsToTemplate;
        r.almProxy = b.almProxy;
        r.controller = b.controller;
        r.recordedAt = b.recordedAt;
        r.rateLimits = b.rateLimits;
        r.operator = b.operator;
        r.freezer = b.freezer;
        r.govOps = b.govOps;
        r.depositAsset = b.depositAsset;
        r.paramsHash = b.paramsHash;
        r.contracts = b.contracts;
        r.beacons = b.beacons;
        mapping(bytes32 kind => address) storage rotated = _rotatedBeacons[classId];
        for (uint256 i = 0; i < r.beacons.length; ++i) {
            address operator = rotated[r.beacons[i].kind];
            if (operator != address(0)) r.beacons[i].operator = operator;
        }
        r.artifact = c.artifactSet ? c.artifact : b.artifact;
        r.day0 = c.day0;
        r.unitIds = c.unitIds;
    }

    function _unitRecord(bytes32 unitId) private view returns (UnitRecord memory r) {
        UnitEntry storage u = _units[unitId];
        r.unitId = unitId;
        r.origin = u.origin;
        r.day0 = u.day0;
        if (u.blob != address(0)) {
            UnitBlob memory b = _unitBlob(u.blob);
            r.classId = b.classId;
            r.recordedAt = b.recordedAt;
            r.paramsHash = b.paramsHash;
            r.contracts = b.contracts;
            if (b.deal.length != 0) r.deal = b.deal[0];
            r.artifact = b.artifact;
        } else {
            // A deal unit recorded by its facility: id = (classNumber << 128) | tokenId.
            uint256 number = uint256(unitId) >> 128;
            r.classId = _classIds[number - 1];
            r.recordedAt = u.recordedAt;
            DealFacts storage d = u.deal;
            r.deal = DealInfo(
                _dealToken(_classBlob(r.classId).contracts),
                uint256(unitId) & type(uint128).max,
                d.depositor,
                d.principal,
                d.bookId,
                d.termsHash
            );
        }
        if (u.artifactSet) r.artifact = u.artifact;
    }

    function _dealToken(NamedAddress[] memory contracts) private pure returns (address dealToken) {
        for (uint256 i = 0; i < contracts.length; ++i) {
            if (contracts[i].name == NFAT_DEAL_TOKEN) dealToken = contracts[i].addr;
        }
    }

    /// @dev Ids below 2^192 (the top 8 bytes zero) are reserved for derived deal-unit ids. A left-aligned ASCII
    ///      name or a hash never falls there in practice; a chooser who picks such an id gets a clear error.
    function _checkChosenId(bytes32 id) private pure {
        if (id == bytes32(0)) revert HaloRegistry_ZeroId();
        if (uint256(id) >> 192 == 0) revert HaloRegistry_ReservedId(id);
    }

    /// @dev One contract belongs to one entry, for good: a second claim (even by the same entry) is refused.
    function _claim(address addr, bytes32 id) private {
        if (addr == address(0)) revert HaloRegistry_ZeroAddress("contract");
        bytes32 owner = _ownerOf[addr];
        if (owner != bytes32(0)) revert HaloRegistry_AddressAlreadyRecorded(addr, owner);
        _ownerOf[addr] = id;
    }

    function _day0(bytes32 id) private view returns (Day0Status storage) {
        EntryType entryType = _entryType[id];
        if (entryType == EntryType.CLASS) return _classes[id].day0;
        if (entryType == EntryType.UNIT) return _units[id].day0;
        revert HaloRegistry_UnknownId(id);
    }

    /// @dev The review window of `timestamp`: windows are whole days that start at REVIEW_WINDOW_START (13:00 UTC,
    ///      the LCTS lock that opens the Processing Window). Window `w` starts at `w * 1 days - (1 days - START)`.
    function _reviewWindow(uint256 timestamp) private pure returns (uint256) {
        return (timestamp + (1 days - REVIEW_WINDOW_START)) / 1 days;
    }

    function _windowStart(uint256 window) private pure returns (uint64) {
        return uint64(window * 1 days - (1 days - REVIEW_WINDOW_START));
    }

    function _endDay0(bytes32 id, Day0Status storage day0) private {
        day0.endedAt = uint64(block.timestamp);
        emit Day0Ended(id, day0.reviewCount, uint64(block.timestamp));
    }

    function _window(uint256 total, uint256 offset, uint256 limit) private pure returns (uint256, uint256) {
        if (offset >= total) return (0, 0);
        return (offset, total - offset < limit ? total : offset + limit);
    }
}
