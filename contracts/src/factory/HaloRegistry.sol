// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";

import {IHaloRegistry} from "../interfaces/IHaloRegistry.sol";
import {IHaloUnitRecorder} from "../interfaces/INfatFacility.sol";
import {ITemplateRegistry} from "../interfaces/ITemplateRegistry.sol";

/// @title HaloRegistry
/// @notice See `IHaloRegistry`. Agent, class and unit ids share one namespace so that an artifact update or a
///         Day-0 review names exactly one entry. Chosen ids (agents, classes, LCTS and legacy units) live above
///         2^192; deal-unit ids are derived below it (`(classNumber << 128) | tokenId`), so no chosen id can ever
///         equal a deal's id.
contract HaloRegistry is IHaloRegistry, AccessControlEnumerable {
    /// @inheritdoc IHaloRegistry
    bytes32 public constant REGISTRAR = keccak256("REGISTRAR");
    /// @inheritdoc IHaloRegistry
    bytes32 public constant FACTORY = keccak256("FACTORY");
    /// @inheritdoc IHaloRegistry
    bytes32 public constant REVIEWER = keccak256("REVIEWER");

    /// @dev A recorded facility: its class and the class's `NfatDealToken` (zero if the record names none).
    struct Facility {
        bytes32 classId;
        address dealToken;
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
    mapping(bytes32 => ClassRecord) private _classes;
    mapping(bytes32 => UnitRecord) private _units;
    mapping(bytes32 id => Review[]) private _reviews;
    mapping(address => bytes32) private _ownerOf;
    /// @dev 1-based recording order of each class: the high half of its deal units' ids.
    mapping(bytes32 classId => uint256) private _classNumber;
    /// @dev A class's `NfatFacility` contract (factory or legacy): the only caller that records its deal units.
    mapping(address facility => Facility) private _facilities;
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
        bytes32 classId = f.classId;
        if (classId == bytes32(0)) revert HaloRegistry_NotFacility(msg.sender);
        bytes32 unitId = dealUnitId(classId, tokenId);
        if (_entryType[unitId] != EntryType.NONE) revert HaloRegistry_UnitExists(unitId);
        ClassRecord storage c = _classes[classId];
        UnitRecord storage u = _newUnit(unitId, classId, c.origin);
        u.deal = DealInfo(f.dealToken, tokenId, depositor, principal, bookId, termsHash);
        u.day0.cycles = c.day0.cycles;
        emit UnitRecorded(unitId, classId, c.origin);
        emit DealUnitRecorded(
            METADATA_SCHEMA_VERSION, unitId, classId, f.dealToken, tokenId, depositor, principal, bookId, termsHash
        );
        if (c.day0.cycles == 0) _endDay0(unitId, u.day0);
    }

    /// @inheritdoc IHaloRegistry
    function setArtifact(bytes32 id, Artifact calldata artifact) external {
        EntryType entryType = _entryType[id];
        if (entryType == EntryType.NONE) revert HaloRegistry_UnknownId(id);
        bytes32 agentId = entryType == EntryType.AGENT
            ? id
            : entryType == EntryType.CLASS ? _classes[id].agentId : _classes[_units[id].classId].agentId;
        if (!hasRole(DEFAULT_ADMIN_ROLE, msg.sender) && msg.sender != _agents[agentId].operator) {
            revert HaloRegistry_NotArtifactUpdater(id, msg.sender);
        }
        Artifact storage target = entryType == EntryType.AGENT
            ? _agents[id].artifact
            : entryType == EntryType.CLASS ? _classes[id].artifact : _units[id].artifact;
        bytes32 previous = target.sha256;
        target.uri = artifact.uri;
        target.sha256 = artifact.sha256;
        emit ArtifactUpdated(id, previous, artifact.sha256, artifact.uri, msg.sender);
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
    function isClassTemplateRevoked(bytes32 classId) external view returns (bool) {
        if (_entryType[classId] != EntryType.CLASS) revert HaloRegistry_UnknownClass(classId);
        ClassRecord storage c = _classes[classId];
        if (c.templateId == bytes32(0)) return false;
        return ITemplateRegistry(templateRegistry).isRevoked(c.templateId, c.templateVersion);
    }

    /// @inheritdoc IHaloRegistry
    function dealUnitId(bytes32 classId, uint256 tokenId) public view returns (bytes32) {
        uint256 number = _classNumber[classId];
        if (number == 0) revert HaloRegistry_UnknownClass(classId);
        if (tokenId >> 128 != 0) revert HaloRegistry_TokenIdTooLarge(tokenId);
        return bytes32((number << 128) | tokenId);
    }

    /// @inheritdoc IHaloRegistry
    function facilityClass(address facility) external view returns (bytes32) {
        return _facilities[facility].classId;
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
        return _classes[classId];
    }

    /// @inheritdoc IHaloRegistry
    function getUnit(bytes32 unitId) external view returns (UnitRecord memory) {
        if (_entryType[unitId] != EntryType.UNIT) revert HaloRegistry_UnknownId(unitId);
        return _units[unitId];
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
            page[i - start] = _classes[_classIds[i]];
        }
    }

    /// @inheritdoc IHaloRegistry
    function getUnitsPage(uint256 offset, uint256 limit) external view returns (UnitRecord[] memory page) {
        (uint256 start, uint256 end) = _window(_unitIds.length, offset, limit);
        page = new UnitRecord[](end - start);
        for (uint256 i = start; i < end; ++i) {
            page[i - start] = _units[_unitIds[i]];
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

        ClassRecord storage c = _classes[classId];
        c.classId = classId;
        c.agentId = r.agentId;
        c.kind = r.kind;
        c.templateId = r.templateId;
        c.templateVersion = r.templateVersion;
        c.origin = origin;
        // A factory class is by construction an instance of its template.
        c.conformsToTemplate = origin == Origin.FACTORY || r.conformsToTemplate;
        c.almProxy = r.almProxy;
        c.controller = r.controller;
        c.rateLimits = r.rateLimits;
        c.operator = r.operator;
        c.freezer = r.freezer;
        c.govOps = r.govOps;
        c.depositAsset = r.depositAsset;
        c.paramsHash = r.paramsHash;
        c.artifact = r.artifact;
        c.recordedAt = uint64(block.timestamp);
        c.day0.cycles = r.day0.cycles;
        _claim(r.almProxy, classId);
        if (r.controller != address(0)) _claim(r.controller, classId);
        if (r.rateLimits != address(0)) _claim(r.rateLimits, classId);
        _storeAddresses(c.contracts, r.contracts, classId);
        _rememberFacility(r.contracts, classId);
        for (uint256 i = 0; i < r.beacons.length; ++i) {
            c.beacons.push(r.beacons[i]);
        }
        _agents[r.agentId].classIds.push(classId);
        _classIds.push(classId);
        _classNumber[classId] = _classIds.length;
        emit ClassRecorded(classId, r.agentId, origin, r.templateId, r.templateVersion, r.almProxy);
        if (r.day0.cycles == 0) _endDay0(classId, c.day0);
    }

    function _recordUnit(UnitRecord calldata r, Origin origin) private {
        bytes32 unitId = r.unitId;
        _checkChosenId(unitId);
        if (_entryType[unitId] != EntryType.NONE) revert HaloRegistry_UnitExists(unitId);
        if (_entryType[r.classId] != EntryType.CLASS) revert HaloRegistry_UnknownClass(r.classId);

        UnitRecord storage u = _newUnit(unitId, r.classId, origin);
        u.paramsHash = r.paramsHash;
        // LCTS units have no deal: skip six zero writes.
        if (r.deal.dealToken != address(0)) u.deal = r.deal;
        u.artifact = r.artifact;
        u.day0.cycles = r.day0.cycles;
        _storeAddresses(u.contracts, r.contracts, unitId);
        emit UnitRecorded(unitId, r.classId, origin);
        if (r.day0.cycles == 0) _endDay0(unitId, u.day0);
    }

    /// @dev The record's `NfatFacility` (if any) may record deal units of the class from now on.
    function _rememberFacility(NamedAddress[] calldata contracts, bytes32 classId) private {
        address facility;
        address dealToken;
        for (uint256 i = 0; i < contracts.length; ++i) {
            if (contracts[i].name == NFAT_FACILITY) facility = contracts[i].addr;
            else if (contracts[i].name == NFAT_DEAL_TOKEN) dealToken = contracts[i].addr;
        }
        if (facility != address(0)) _facilities[facility] = Facility(classId, dealToken);
    }

    function _newUnit(bytes32 unitId, bytes32 classId, Origin origin) private returns (UnitRecord storage u) {
        _entryType[unitId] = EntryType.UNIT;
        u = _units[unitId];
        u.unitId = unitId;
        u.classId = classId;
        u.origin = origin;
        u.recordedAt = uint64(block.timestamp);
        _classes[classId].unitIds.push(unitId);
        _unitIds.push(unitId);
    }

    /// @dev Ids below 2^192 (the top 8 bytes zero) are reserved for derived deal-unit ids. A left-aligned ASCII
    ///      name or a hash never falls there in practice; a chooser who picks such an id gets a clear error.
    function _checkChosenId(bytes32 id) private pure {
        if (id == bytes32(0)) revert HaloRegistry_ZeroId();
        if (uint256(id) >> 192 == 0) revert HaloRegistry_ReservedId(id);
    }

    function _storeAddresses(NamedAddress[] storage target, NamedAddress[] calldata source, bytes32 id) private {
        for (uint256 i = 0; i < source.length; ++i) {
            _claim(source[i].addr, id);
            target.push(source[i]);
        }
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
