// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";

import {ITemplateRegistry} from "../interfaces/ITemplateRegistry.sol";
import {BlobStore} from "./BlobStore.sol";
import {FactoryNames} from "./deployers/FactoryNames.sol";

/// @title TemplateRegistry
/// @notice See `ITemplateRegistry`. Plain (non-upgradeable) contract: one per scope, like the Configurator Unit.
///         Besides the full spec in storage (`getTemplate`), each version keeps its two deployment views (class
///         side, unit side) as write-once blobs (`BlobStore`): every `deployClass` / `deployUnit` reads its view
///         with one EXTCODECOPY instead of some sixty cold storage slots. A version's spec never changes after its
///         proposal; only its status does, which is read from storage.
contract TemplateRegistry is ITemplateRegistry, AccessControlEnumerable {
    /// @inheritdoc ITemplateRegistry
    bytes32 public constant TEMPLATE_PROPOSER = keccak256("TEMPLATE_PROPOSER");

    struct Key {
        bytes32 templateId;
        uint32 version;
    }

    mapping(bytes32 templateId => mapping(uint32 version => TemplateVersion)) private _templates;
    mapping(bytes32 templateId => uint32) private _latestVersion;
    Key[] private _keys;
    /// @dev The `DeploymentView` blobs of each version (status left NONE in the blob): [class side, unit side].
    mapping(bytes32 templateId => mapping(uint32 version => address[2])) private _views;

    /// @param governance DEFAULT_ADMIN_ROLE holder (the PAS Timelock), the only one who approves, deprecates, revokes.
    /// @param proposers Initial TEMPLATE_PROPOSER holders (governance may grant and revoke more later).
    constructor(address governance, address[] memory proposers) {
        if (governance == address(0)) revert TemplateRegistry_ZeroAddress("governance");
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        for (uint256 i = 0; i < proposers.length; ++i) {
            _grantRole(TEMPLATE_PROPOSER, proposers[i]);
        }
    }

    /// @inheritdoc ITemplateRegistry
    function proposeTemplate(bytes32 templateId, uint32 version, TemplateSpec calldata spec)
        external
        onlyRole(TEMPLATE_PROPOSER)
    {
        if (templateId == bytes32(0)) revert TemplateRegistry_ZeroTemplateId();
        if (version == 0) revert TemplateRegistry_ZeroVersion();
        if (spec.kind == bytes32(0)) revert TemplateRegistry_ZeroKind();
        TemplateVersion storage t = _templates[templateId][version];
        if (t.status != TemplateStatus.NONE) revert TemplateRegistry_AlreadyExists(templateId, version);
        if (spec.classComponents.length == 0) revert TemplateRegistry_NoClassComponents();

        _checkNames(spec.beaconKinds);
        _checkComponents(spec.classComponents);
        _checkComponents(spec.unitComponents);
        _checkRanges(spec.classRanges, spec.kind == FactoryNames.TERM_NFAT);
        _checkRanges(spec.unitRanges, false);

        t.templateId = templateId;
        t.version = version;
        t.status = TemplateStatus.PROPOSED;
        t.proposer = msg.sender;
        t.proposedAt = uint64(block.timestamp);
        t.statusChangedAt = uint64(block.timestamp);

        TemplateSpec storage s = t.spec;
        s.kind = spec.kind;
        s.day0Cycles = spec.day0Cycles;
        s.audit = spec.audit;
        s.beaconKinds = spec.beaconKinds;
        for (uint256 i = 0; i < spec.classComponents.length; ++i) {
            s.classComponents.push(spec.classComponents[i]);
        }
        for (uint256 i = 0; i < spec.unitComponents.length; ++i) {
            s.unitComponents.push(spec.unitComponents[i]);
        }
        for (uint256 i = 0; i < spec.classRanges.length; ++i) {
            s.classRanges.push(spec.classRanges[i]);
        }
        for (uint256 i = 0; i < spec.unitRanges.length; ++i) {
            s.unitRanges.push(spec.unitRanges[i]);
        }
        _storeDay0AndAssets(s, spec);
        _views[templateId][version] = [_writeView(spec, false), _writeView(spec, true)];

        if (version > _latestVersion[templateId]) _latestVersion[templateId] = version;
        _keys.push(Key(templateId, version));

        emit TemplateProposed(templateId, version, spec.kind, msg.sender, spec.audit.hash, spec.audit.uri);
    }

    /// @inheritdoc ITemplateRegistry
    function approveTemplate(bytes32 templateId, uint32 version) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _transition(templateId, version, TemplateStatus.PROPOSED, TemplateStatus.APPROVED);
        emit TemplateApproved(templateId, version);
    }

    /// @inheritdoc ITemplateRegistry
    function deprecateTemplate(bytes32 templateId, uint32 version) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _transition(templateId, version, TemplateStatus.APPROVED, TemplateStatus.DEPRECATED);
        emit TemplateDeprecated(templateId, version);
    }

    /// @inheritdoc ITemplateRegistry
    function revokeTemplate(bytes32 templateId, uint32 version) external onlyRole(DEFAULT_ADMIN_ROLE) {
        TemplateVersion storage t = _templates[templateId][version];
        TemplateStatus previous = t.status;
        // Revocation is the one transition allowed from every live state: it must never be blocked in an emergency.
        if (previous == TemplateStatus.NONE || previous == TemplateStatus.REVOKED) {
            revert TemplateRegistry_InvalidTransition(templateId, version, previous, TemplateStatus.REVOKED);
        }
        t.status = TemplateStatus.REVOKED;
        t.statusChangedAt = uint64(block.timestamp);
        emit TemplateRevoked(templateId, version, previous);
    }

    // ---- views ----

    /// @inheritdoc ITemplateRegistry
    function getStatus(bytes32 templateId, uint32 version) external view returns (TemplateStatus) {
        return _templates[templateId][version].status;
    }

    /// @inheritdoc ITemplateRegistry
    function isRevoked(bytes32 templateId, uint32 version) external view returns (bool) {
        return _templates[templateId][version].status == TemplateStatus.REVOKED;
    }

    /// @inheritdoc ITemplateRegistry
    function getTemplate(bytes32 templateId, uint32 version) external view returns (TemplateVersion memory) {
        TemplateVersion storage t = _templates[templateId][version];
        if (t.status == TemplateStatus.NONE) revert TemplateRegistry_NotFound(templateId, version);
        return t;
    }

    /// @inheritdoc ITemplateRegistry
    function getDeploymentView(bytes32 templateId, uint32 version, bool unitSide)
        external
        view
        returns (DeploymentView memory v)
    {
        TemplateStatus status = _templates[templateId][version].status;
        if (status == TemplateStatus.NONE) return v;
        v = abi.decode(BlobStore.read(_views[templateId][version][unitSide ? 1 : 0]), (DeploymentView));
        v.status = status;
    }

    /// @inheritdoc ITemplateRegistry
    function latestVersion(bytes32 templateId) external view returns (uint32) {
        return _latestVersion[templateId];
    }

    /// @inheritdoc ITemplateRegistry
    function templateVersionCount() external view returns (uint256) {
        return _keys.length;
    }

    /// @inheritdoc ITemplateRegistry
    function getTemplatesPage(uint256 offset, uint256 limit) external view returns (TemplateVersion[] memory page) {
        uint256 total = _keys.length;
        if (offset >= total) return new TemplateVersion[](0);
        uint256 end = total - offset < limit ? total : offset + limit;
        page = new TemplateVersion[](end - offset);
        for (uint256 i = offset; i < end; ++i) {
            Key storage k = _keys[i];
            page[i - offset] = _templates[k.templateId][k.version];
        }
    }

    // ---- internals ----

    function _transition(bytes32 templateId, uint32 version, TemplateStatus from, TemplateStatus to) private {
        TemplateVersion storage t = _templates[templateId][version];
        if (t.status != from) revert TemplateRegistry_InvalidTransition(templateId, version, t.status, to);
        t.status = to;
        t.statusChangedAt = uint64(block.timestamp);
    }

    /// @dev One side's deployment view, written once at proposal (the spec was validated and stored just before).
    function _writeView(TemplateSpec calldata spec, bool unitSide) private returns (address) {
        DeploymentView memory v;
        v.kind = spec.kind;
        v.beaconKinds = spec.beaconKinds;
        v.components = unitSide ? spec.unitComponents : spec.classComponents;
        v.ranges = unitSide ? spec.unitRanges : spec.classRanges;
        v.day0Limits = spec.day0Limits;
        v.day0Cycles = spec.day0Cycles;
        v.depositAssets = spec.depositAssets;
        return BlobStore.write(abi.encode(v));
    }

    function _storeDay0AndAssets(TemplateSpec storage s, TemplateSpec calldata spec) private {
        for (uint256 i = 0; i < spec.day0Limits.length; ++i) {
            if (spec.day0Limits[i].flow == bytes32(0)) revert TemplateRegistry_ZeroDay0Flow();
            s.day0Limits.push(spec.day0Limits[i]);
        }
        for (uint256 i = 0; i < spec.depositAssets.length; ++i) {
            if (spec.depositAssets[i] == address(0)) revert TemplateRegistry_ZeroAddress("depositAsset");
        }
        s.depositAssets = spec.depositAssets;
    }

    function _checkComponents(Component[] calldata components) private view {
        for (uint256 i = 0; i < components.length; ++i) {
            Component calldata c = components[i];
            if (c.name == bytes32(0)) revert TemplateRegistry_ZeroName();
            for (uint256 j = 0; j < i; ++j) {
                if (components[j].name == c.name) revert TemplateRegistry_DuplicateName(c.name);
            }
            if (c.implementation.code.length == 0) revert TemplateRegistry_NoCode(c.name, c.implementation);
            bytes32 actual = c.implementation.codehash;
            if (actual != c.codeHash) revert TemplateRegistry_CodeHashMismatch(c.name, c.codeHash, actual);
        }
    }

    function _checkRanges(ParamRange[] calldata ranges, bool termBuybox) private pure {
        for (uint256 i = 0; i < ranges.length; ++i) {
            ParamRange calldata r = ranges[i];
            if (r.name == bytes32(0)) revert TemplateRegistry_ZeroName();
            for (uint256 j = 0; j < i; ++j) {
                if (ranges[j].name == r.name) revert TemplateRegistry_DuplicateName(r.name);
            }
            if (r.min > r.max) revert TemplateRegistry_InvalidRange(r.name, r.min, r.max);
            if (termBuybox) {
                uint256 fieldMax = _buyboxFieldMax(r.name);
                if (r.max > fieldMax) revert TemplateRegistry_RangeExceedsField(r.name, r.max, fieldMax);
            }
        }
    }

    /// @dev The widest value the NFAT facility's buybox field of a Term class parameter holds (A-04); tags and
    ///      unknown names are full words.
    function _buyboxFieldMax(bytes32 name) private pure returns (uint256) {
        if (name == FactoryNames.TERM_MIN || name == FactoryNames.TERM_MAX) return type(uint64).max;
        if (name == FactoryNames.SIZE_MIN || name == FactoryNames.SIZE_MAX) return type(uint128).max;
        if (name == FactoryNames.APY_MIN_BPS || name == FactoryNames.APY_MAX_BPS) return type(uint32).max;
        if (name == FactoryNames.RESTRICTED_DEPOSITORS || name == FactoryNames.TRANSFER_ALLOW_LIST) return 1;
        return type(uint256).max;
    }

    function _checkNames(bytes32[] calldata names) private pure {
        for (uint256 i = 0; i < names.length; ++i) {
            if (names[i] == bytes32(0)) revert TemplateRegistry_ZeroName();
            for (uint256 j = 0; j < i; ++j) {
                if (names[j] == names[i]) revert TemplateRegistry_DuplicateName(names[i]);
            }
        }
    }
}
