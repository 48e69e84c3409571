// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {IHaloCBeamProposer} from "../interfaces/IHaloCBeamProposer.sol";
import {IHaloController} from "../interfaces/IHaloController.sol";
import {IHaloFactory} from "../interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../interfaces/ITemplateRegistry.sol";
import {IBeamState} from "../interfaces/pas/IBeamState.sol";
import {ClassDeployer} from "./deployers/ClassDeployer.sol";
import {FactoryLib} from "./deployers/FactoryLib.sol";
import {FactoryNames} from "./deployers/FactoryNames.sol";
import {LctsUnitDeployer} from "./deployers/LctsUnitDeployer.sol";

/// @title HaloFactory
/// @notice See `IHaloFactory`. The factory is the single authority of a deployment but keeps no power over what
///         it deployed: every clone is initialised with its final role holders in the creating transaction, and the
///         only hooks it keeps (RateLimits / HaloController `factory`) allow seeding never-configured Day-0 keys and
///         registering unit contracts of classes it created. Its PAS BeamState role is used only from
///         `ClassDeployer` / `LctsUnitDeployer`, on contracts created in the same call.
contract HaloFactory is IHaloFactory, AccessControlEnumerable, EIP712, ReentrancyGuardTransient {
    /// @inheritdoc IHaloFactory
    bytes32 public constant DEPLOYER = keccak256("DEPLOYER");
    /// @inheritdoc IHaloFactory
    bytes32 public constant APPROVER = keccak256("APPROVER");
    /// @inheritdoc IHaloFactory
    bytes32 public constant CLASS_APPROVAL_TYPEHASH = keccak256(
        "ClassApproval(address approver,bytes32 templateId,uint32 version,bytes32 paramsHash,bytes32 salt,"
        "uint256 deadline,uint256 nonce)"
    );
    /// @inheritdoc IHaloFactory
    bytes32 public constant UNIT_APPROVAL_TYPEHASH = keccak256(
        "UnitApproval(address approver,bytes32 templateId,uint32 version,bytes32 paramsHash,bytes32 salt,"
        "uint256 deadline,uint256 nonce)"
    );
    /// @inheritdoc IHaloFactory
    uint16 public constant METADATA_SCHEMA_VERSION = 1;

    /// @dev What a later `deployUnit` / view needs about a class this factory deployed. The RateLimits a unit's
    ///      inits go to is the one recorded here, never one a contract reports. Issue 17: the kind is a one-byte code
    ///      packed beside the version and controller, and the last three slots (read only by `deployUnit`, which
    ///      refuses any kind but Portfolio) are written for Portfolio classes only: 3 slots for a Term class, 6 for a
    ///      Portfolio class (7 for both before).
    struct ClassInfo {
        bytes32 templateId;
        uint32 templateVersion; // slot 1: version, controller, kind, cBEAM flag
        address controller;
        KindCode kind;
        bool cbeamScheduled; // false: the cBEAM grant was immediate
        address govOps;
        address rateLimits; // Portfolio classes only (from here on)
        address depositAsset;
        address beacon; // lpha-lcts of a Portfolio class
    }

    /// @dev The kinds the factory deploys (`_requireKnownKind`), as stored: NONE = no class of this factory.
    enum KindCode {
        NONE,
        PORTFOLIO_LCTS,
        TERM_NFAT
    }

    /// @inheritdoc IHaloFactory
    address public immutable timelock;
    /// @inheritdoc IHaloFactory
    address public immutable templateRegistry;
    /// @inheritdoc IHaloFactory
    address public immutable haloRegistry;
    /// @inheritdoc IHaloFactory
    address public immutable beamState;
    /// @inheritdoc IHaloFactory
    address public immutable configurator;
    /// @inheritdoc IHaloFactory
    address public immutable cbeamProposer;

    /// @dev The class whose deployment is executing (cleared at its end): what the `HaloCBeamProposer` checks.
    bytes32 private transient _deployingClassId;
    address private transient _deployingGovOps;

    mapping(bytes32 classId => ClassInfo) private _classes;
    mapping(address approver => mapping(uint256 nonce => bool)) private _usedNonces;
    mapping(bytes32 id => address authoriser) private _reservations;

    /// @param wiring The system this factory deploys into. `wiring.timelock` becomes DEFAULT_ADMIN_ROLE.
    /// @param deployers Initial DEPLOYER holders.
    /// @param approvers Initial APPROVER holders.
    constructor(Wiring memory wiring, address[] memory deployers, address[] memory approvers)
        EIP712("HaloFactory", "1")
    {
        if (wiring.timelock == address(0)) revert Factory_ZeroAddress("timelock");
        if (wiring.templateRegistry == address(0)) revert Factory_ZeroAddress("templateRegistry");
        if (wiring.haloRegistry == address(0)) revert Factory_ZeroAddress("haloRegistry");
        if (wiring.beamState == address(0)) revert Factory_ZeroAddress("beamState");
        if (wiring.configurator == address(0)) revert Factory_ZeroAddress("configurator");
        if (wiring.cbeamProposer == address(0)) revert Factory_ZeroAddress("cbeamProposer");
        timelock = wiring.timelock;
        templateRegistry = wiring.templateRegistry;
        haloRegistry = wiring.haloRegistry;
        beamState = wiring.beamState;
        configurator = wiring.configurator;
        cbeamProposer = wiring.cbeamProposer;
        _grantRole(DEFAULT_ADMIN_ROLE, wiring.timelock);
        for (uint256 i = 0; i < deployers.length; ++i) {
            _grantRole(DEPLOYER, deployers[i]);
        }
        for (uint256 i = 0; i < approvers.length; ++i) {
            _grantRole(APPROVER, approvers[i]);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deployment
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc IHaloFactory
    function deployClass(ClassRequest calldata request, bytes32 salt)
        external
        nonReentrant
        onlyRole(DEPLOYER)
        returns (ClassAddresses memory)
    {
        return _deployClass(request, salt, msg.sender);
    }

    /// @inheritdoc IHaloFactory
    function deployClassWithApproval(ClassRequest calldata request, bytes32 salt, Approval calldata approval)
        external
        nonReentrant
        returns (ClassAddresses memory)
    {
        _useApproval(approval, _classDigest(request, salt, approval.approver, approval.deadline, approval.nonce));
        return _deployClass(request, salt, approval.approver);
    }

    /// @inheritdoc IHaloFactory
    function deployUnit(UnitRequest calldata request, bytes32 salt)
        external
        nonReentrant
        onlyRole(DEPLOYER)
        returns (UnitAddresses memory)
    {
        return _deployUnit(request, salt, msg.sender);
    }

    /// @inheritdoc IHaloFactory
    function deployUnitWithApproval(UnitRequest calldata request, bytes32 salt, Approval calldata approval)
        external
        nonReentrant
        returns (UnitAddresses memory)
    {
        _useApproval(approval, _unitDigest(request, salt, approval.approver, approval.deadline, approval.nonce));
        return _deployUnit(request, salt, approval.approver);
    }

    /// @inheritdoc IHaloFactory
    function invalidateNonce(uint256 nonce) external {
        if (_usedNonces[msg.sender][nonce]) revert Factory_NonceUsed(msg.sender, nonce);
        _usedNonces[msg.sender][nonce] = true;
        emit NonceInvalidated(msg.sender, nonce);
    }

    /// @inheritdoc IHaloFactory
    function reserveId(bytes32 id) external {
        if (!hasRole(DEPLOYER, msg.sender) && !hasRole(APPROVER, msg.sender)) revert Factory_NotAuthoriser(msg.sender);
        if (id == bytes32(0)) revert Factory_ZeroId();
        if (_idTaken(IHaloRegistry(haloRegistry), id)) revert Factory_IdTaken(id);
        address holder = _reservations[id];
        if (holder != address(0)) revert Factory_IdReserved(id, holder);
        _reservations[id] = msg.sender;
        emit IdReserved(id, msg.sender);
    }

    /// @inheritdoc IHaloFactory
    function releaseId(bytes32 id) external {
        address holder = _reservations[id];
        if (holder == address(0) || (msg.sender != holder && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender))) {
            revert Factory_NotReservationHolder(id, msg.sender);
        }
        delete _reservations[id];
        emit IdReleased(id, holder, msg.sender);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------------------

    /// @inheritdoc IHaloFactory
    function predictClassAddresses(
        bytes32 templateId,
        uint32 version,
        bytes32 classId,
        bytes32 salt,
        address authoriser
    ) external view returns (ClassAddresses memory a) {
        ITemplateRegistry.DeploymentView memory spec = _view(templateId, version, false);
        _requireKnownKind(spec.kind);
        ITemplateRegistry.Component[] memory cs = spec.components;
        a.almProxy = FactoryLib.predict(cs, FactoryNames.ALM_PROXY, classId, salt, authoriser);
        a.rateLimits = FactoryLib.predict(cs, FactoryNames.RATE_LIMITS, classId, salt, authoriser);
        a.controller = FactoryLib.predict(cs, FactoryNames.CONTROLLER, classId, salt, authoriser);
        if (spec.kind == FactoryNames.TERM_NFAT) {
            a.facility = FactoryLib.predict(cs, FactoryNames.NFAT_FACILITY, classId, salt, authoriser);
            a.dealToken = FactoryLib.predict(cs, FactoryNames.NFAT_DEAL_TOKEN, classId, salt, authoriser);
            a.redeem = FactoryLib.predict(cs, FactoryNames.NFAT_REDEEM, classId, salt, authoriser);
        }
    }

    /// @inheritdoc IHaloFactory
    function predictUnitAddresses(bytes32 templateId, uint32 version, bytes32 unitId, bytes32 salt, address authoriser)
        external
        view
        returns (UnitAddresses memory a)
    {
        ITemplateRegistry.DeploymentView memory spec = _view(templateId, version, true);
        if (spec.kind != FactoryNames.PORTFOLIO_LCTS) revert Factory_UnsupportedKind(spec.kind);
        ITemplateRegistry.Component[] memory cs = spec.components;
        a.shareToken = FactoryLib.predict(cs, FactoryNames.SHARE_TOKEN, unitId, salt, authoriser);
        a.subscribeQueue = FactoryLib.predict(cs, FactoryNames.SUBSCRIBE_QUEUE, unitId, salt, authoriser);
        a.redeemQueue = FactoryLib.predict(cs, FactoryNames.REDEEM_QUEUE, unitId, salt, authoriser);
    }

    /// @inheritdoc IHaloFactory
    function cbeamGrantOperation(bytes32 classId) external view returns (GrantOperation memory op) {
        ClassInfo storage c = _classes[classId];
        if (c.kind == KindCode.NONE) revert Factory_UnknownClass(classId);
        op = IHaloCBeamProposer(cbeamProposer).grantOperation(classId, c.govOps);
        op.immediate = !c.cbeamScheduled;
    }

    /// @inheritdoc IHaloFactory
    function cbeamGrantOperationFor(bytes32 classId, address govOps) external view returns (GrantOperation memory op) {
        op = IHaloCBeamProposer(cbeamProposer).grantOperation(classId, govOps);
        op.immediate = IBeamState(beamState).cBeams(govOps) == 1;
    }

    /// @inheritdoc IHaloFactory
    function deployingClass() external view returns (bytes32 classId, address govOps) {
        return (_deployingClassId, _deployingGovOps);
    }

    /// @inheritdoc IHaloFactory
    function classRequestHash(ClassRequest calldata request) public pure returns (bytes32) {
        return keccak256(abi.encode(request));
    }

    /// @inheritdoc IHaloFactory
    function unitRequestHash(UnitRequest calldata request) public pure returns (bytes32) {
        return keccak256(abi.encode(request));
    }

    /// @inheritdoc IHaloFactory
    function classApprovalDigest(
        ClassRequest calldata request,
        bytes32 salt,
        address approver,
        uint256 deadline,
        uint256 nonce
    ) external view returns (bytes32) {
        return _classDigest(request, salt, approver, deadline, nonce);
    }

    /// @inheritdoc IHaloFactory
    function unitApprovalDigest(
        UnitRequest calldata request,
        bytes32 salt,
        address approver,
        uint256 deadline,
        uint256 nonce
    ) external view returns (bytes32) {
        return _unitDigest(request, salt, approver, deadline, nonce);
    }

    /// @inheritdoc IHaloFactory
    function reservedBy(bytes32 id) external view returns (address) {
        return _reservations[id];
    }

    /// @inheritdoc IHaloFactory
    function isNonceUsed(address approver, uint256 nonce) external view returns (bool) {
        return _usedNonces[approver][nonce];
    }

    // ---------------------------------------------------------------------------------------------------------
    // Class deployment
    // ---------------------------------------------------------------------------------------------------------

    function _deployClass(ClassRequest calldata req, bytes32 salt, address authoriser)
        private
        returns (ClassAddresses memory a)
    {
        bytes32 classId = req.classId;
        if (classId == bytes32(0)) revert Factory_ZeroId();
        IHaloRegistry registry = IHaloRegistry(haloRegistry);
        if (!registry.agentExists(req.agentId)) revert Factory_UnknownAgent(req.agentId);
        if (_idTaken(registry, classId)) revert Factory_ClassExists(classId);
        _useReservation(classId, authoriser);
        if (req.depositAsset == address(0)) revert Factory_ZeroAddress("depositAsset");
        if (req.govOps == address(0)) revert Factory_ZeroAddress("govOps");

        ITemplateRegistry.DeploymentView memory spec = _deployableSpec(req.templateId, req.templateVersion, false);
        _requireKnownKind(spec.kind);
        FactoryLib.checkDepositAsset(req.depositAsset, spec.depositAssets);
        _checkParams(req.params, spec.ranges);
        _checkBeacons(req.beacons, spec.beaconKinds);

        _deployingClassId = classId;
        _deployingGovOps = req.govOps;
        InitRateLimit[] memory day0;
        bytes32 cbeamOperationId;
        uint256 cbeamReadyAt;
        (a, day0, cbeamOperationId, cbeamReadyAt) = ClassDeployer.deploy(req, salt, authoriser, spec, _wiring());
        _deployingClassId = bytes32(0);
        _deployingGovOps = address(0);

        _remember(req, spec, a, cbeamOperationId != bytes32(0));

        emit ClassDeployed(
            METADATA_SCHEMA_VERSION,
            classId,
            req.agentId,
            ClassDeployment({
                request: req,
                kind: spec.kind,
                addresses: a,
                authoriser: authoriser,
                salt: salt,
                day0Limits: day0,
                day0Cycles: spec.day0Cycles,
                cbeamOperationId: cbeamOperationId,
                cbeamReadyAt: cbeamReadyAt
            })
        );
    }

    /// @dev What later unit deployments and views need about the class.
    function _remember(
        ClassRequest calldata req,
        ITemplateRegistry.DeploymentView memory spec,
        ClassAddresses memory a,
        bool cbeamScheduled
    ) private {
        bool portfolio = spec.kind == FactoryNames.PORTFOLIO_LCTS;
        ClassInfo storage c = _classes[req.classId];
        c.templateId = req.templateId;
        c.templateVersion = req.templateVersion;
        c.controller = a.controller;
        c.kind = portfolio ? KindCode.PORTFOLIO_LCTS : KindCode.TERM_NFAT;
        c.cbeamScheduled = cbeamScheduled;
        c.govOps = req.govOps;
        if (portfolio) {
            c.rateLimits = a.rateLimits;
            c.depositAsset = req.depositAsset;
            c.beacon = FactoryLib.beacon(req.beacons, FactoryNames.BEACON_LCTS);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Unit deployment (Portfolio / LCTS)
    // ---------------------------------------------------------------------------------------------------------

    function _deployUnit(UnitRequest calldata req, bytes32 salt, address authoriser)
        private
        returns (UnitAddresses memory a)
    {
        bytes32 unitId = req.unitId;
        if (unitId == bytes32(0)) revert Factory_ZeroId();
        ClassInfo memory c = _classes[req.classId];
        if (c.kind == KindCode.NONE) revert Factory_UnknownClass(req.classId);
        if (c.kind != KindCode.PORTFOLIO_LCTS) {
            revert Factory_WrongKind(req.classId, FactoryNames.PORTFOLIO_LCTS, FactoryNames.TERM_NFAT);
        }
        if (_idTaken(IHaloRegistry(haloRegistry), unitId)) revert Factory_UnitExists(unitId);
        _useReservation(unitId, authoriser);

        ITemplateRegistry.DeploymentView memory spec = _deployableSpec(c.templateId, c.templateVersion, true);
        _checkParams(req.params, spec.ranges);

        // A class whose RateLimits or controller Core Council removed from BeamState gets no new units.
        if (IBeamState(beamState).rateLimits(c.rateLimits) == 0) revert Factory_RateLimitsNotRegistered(c.rateLimits);
        if (IBeamState(beamState).controllers(c.controller) == 0) revert Factory_ControllerNotRegistered(c.controller);
        // The class's beacon as governance last rotated it in the registry (issue 16), else the deployed one.
        address rotated = IHaloRegistry(haloRegistry).rotatedBeaconOperator(req.classId, FactoryNames.BEACON_LCTS);
        if (rotated != address(0)) c.beacon = rotated;
        InitRateLimit[] memory day0;
        (a, day0) = LctsUnitDeployer.deploy(req, salt, authoriser, spec, _unitContext(c));

        emit UnitDeployed(
            METADATA_SCHEMA_VERSION,
            unitId,
            req.classId,
            UnitDeployment({
                request: req,
                templateId: c.templateId,
                templateVersion: c.templateVersion,
                almProxy: IHaloController(c.controller).proxy(),
                addresses: a,
                authoriser: authoriser,
                salt: salt,
                day0Limits: day0,
                day0Cycles: spec.day0Cycles
            })
        );
    }

    // ---------------------------------------------------------------------------------------------------------
    // Shared helpers
    // ---------------------------------------------------------------------------------------------------------

    function _deployableSpec(bytes32 templateId, uint32 version, bool unitSide)
        private
        view
        returns (ITemplateRegistry.DeploymentView memory spec)
    {
        spec = ITemplateRegistry(templateRegistry).getDeploymentView(templateId, version, unitSide);
        ITemplateRegistry.TemplateStatus status = spec.status;
        if (status == ITemplateRegistry.TemplateStatus.NONE) revert Factory_UnknownTemplate(templateId, version);
        if (status == ITemplateRegistry.TemplateStatus.PROPOSED) {
            revert Factory_TemplateNotApproved(templateId, version);
        }
        if (status == ITemplateRegistry.TemplateStatus.DEPRECATED) {
            revert Factory_TemplateDeprecated(templateId, version);
        }
        if (status == ITemplateRegistry.TemplateStatus.REVOKED) revert Factory_TemplateRevoked(templateId, version);
    }

    /// @dev Predictions work for any known version, whatever its status (a plan may predict before approval).
    function _view(bytes32 templateId, uint32 version, bool unitSide)
        private
        view
        returns (ITemplateRegistry.DeploymentView memory spec)
    {
        spec = ITemplateRegistry(templateRegistry).getDeploymentView(templateId, version, unitSide);
        if (spec.status == ITemplateRegistry.TemplateStatus.NONE) revert Factory_UnknownTemplate(templateId, version);
    }

    function _unitContext(ClassInfo memory c) private view returns (LctsUnitDeployer.ClassContext memory) {
        return LctsUnitDeployer.ClassContext({
            governance: timelock,
            beacon: c.beacon,
            depositAsset: c.depositAsset,
            controller: c.controller,
            rateLimits: c.rateLimits,
            beamState: beamState,
            haloRegistry: haloRegistry
        });
    }

    function _wiring() private view returns (Wiring memory) {
        return Wiring(timelock, templateRegistry, haloRegistry, beamState, configurator, cbeamProposer);
    }

    function _requireKnownKind(bytes32 kind) private pure {
        if (kind != FactoryNames.PORTFOLIO_LCTS && kind != FactoryNames.TERM_NFAT) {
            revert Factory_UnsupportedKind(kind);
        }
    }

    /// @dev Agent, class and unit ids share the registry's namespace.
    function _idTaken(IHaloRegistry registry, bytes32 id) private view returns (bool) {
        return registry.classExists(id) || registry.unitExists(id) || registry.agentExists(id);
    }

    /// @dev A reserved id is deployed only by its holder, and the deployment uses the reservation up.
    function _useReservation(bytes32 id, address authoriser) private {
        address holder = _reservations[id];
        if (holder == address(0)) return;
        if (holder != authoriser) revert Factory_IdReserved(id, holder);
        delete _reservations[id];
    }

    /// @dev The request must carry exactly the template's parameters, each once and inside its range.
    function _checkParams(IHaloRegistry.NamedValue[] calldata params, ITemplateRegistry.ParamRange[] memory ranges)
        private
        pure
    {
        for (uint256 i = 0; i < params.length; ++i) {
            bytes32 name = params[i].name;
            for (uint256 j = 0; j < i; ++j) {
                if (params[j].name == name) revert Factory_ParameterDuplicate(name);
            }
            uint256 k = 0;
            while (k < ranges.length && ranges[k].name != name) {
                ++k;
            }
            if (k == ranges.length) revert Factory_ParameterUnknown(name);
            uint256 value = params[i].value;
            if (value < ranges[k].min || value > ranges[k].max) {
                revert Factory_ParameterOutOfRange(name, value, ranges[k].min, ranges[k].max);
            }
        }
        if (params.length != ranges.length) {
            for (uint256 k = 0; k < ranges.length; ++k) {
                FactoryLib.param(params, ranges[k].name);
            }
        }
    }

    /// @dev Exactly one operator per beacon kind of the template.
    function _checkBeacons(IHaloRegistry.BeaconOperator[] calldata beacons, bytes32[] memory kinds) private pure {
        for (uint256 i = 0; i < beacons.length; ++i) {
            bytes32 kind = beacons[i].kind;
            for (uint256 j = 0; j < i; ++j) {
                if (beacons[j].kind == kind) revert Factory_BeaconDuplicate(kind);
            }
            bool known = false;
            for (uint256 k = 0; k < kinds.length; ++k) {
                if (kinds[k] == kind) known = true;
            }
            if (!known) revert Factory_BeaconUnknown(kind);
            if (beacons[i].operator == address(0)) revert Factory_ZeroAddress("beacon");
        }
        if (beacons.length != kinds.length) {
            for (uint256 k = 0; k < kinds.length; ++k) {
                FactoryLib.beacon(beacons, kinds[k]);
            }
        }
    }

    function _classDigest(
        ClassRequest calldata request,
        bytes32 salt,
        address approver,
        uint256 deadline,
        uint256 nonce
    ) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    CLASS_APPROVAL_TYPEHASH,
                    approver,
                    request.templateId,
                    request.templateVersion,
                    classRequestHash(request),
                    salt,
                    deadline,
                    nonce
                )
            )
        );
    }

    /// @dev A unit approval names its class's template, so it is void if the class does not exist yet.
    function _unitDigest(UnitRequest calldata request, bytes32 salt, address approver, uint256 deadline, uint256 nonce)
        private
        view
        returns (bytes32)
    {
        ClassInfo storage c = _classes[request.classId];
        if (c.kind == KindCode.NONE) revert Factory_UnknownClass(request.classId);
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    UNIT_APPROVAL_TYPEHASH,
                    approver,
                    c.templateId,
                    c.templateVersion,
                    unitRequestHash(request),
                    salt,
                    deadline,
                    nonce
                )
            )
        );
    }

    function _useApproval(Approval calldata approval, bytes32 digest) private {
        address approver = approval.approver;
        if (block.timestamp > approval.deadline) {
            revert Factory_ApprovalExpired(approval.deadline, block.timestamp);
        }
        if (!hasRole(APPROVER, approver)) revert Factory_NotApprover(approver);
        if (_usedNonces[approver][approval.nonce]) revert Factory_NonceUsed(approver, approval.nonce);
        if (!SignatureChecker.isValidSignatureNow(approver, digest, approval.signature)) {
            revert Factory_BadSignature(approver);
        }
        _usedNonces[approver][approval.nonce] = true;
    }
}
