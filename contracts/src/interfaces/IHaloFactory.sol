// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

import {IHaloRegistry} from "./IHaloRegistry.sol";

/// @title HaloFactory — deploys Halo Classes and Units from approved templates and hands them to Sky's PAS
/// @notice One transaction per class or unit, nothing half-deployed:
///         - `deployClass`: CREATE2 clones of the template's PAU (ALMProxy, RateLimits, HaloController) and, for a
///           Term class, the NFAT facility, deal token and redeem contract; every clone initialised with its final
///           role holders (DEFAULT_ADMIN of the PAU = the PAS Configurator; the factory never holds a role); Day-0
///           rate limits seeded; the RateLimits and controller registered in PAS BeamState (`addRateLimits`,
///           `addController`) with the Day-0 inits on that RateLimits (`addInitRateLimits`); the GovOps cBEAM grant
///           (immediate `setCBeamForRateLimits` / `setCBeamForController` when `govOps` already is a cBEAM,
///           otherwise `[addCBeam(govOps)]` scheduled on the PAS Timelock through the `HaloCBeamProposer`); the
///           class recorded in the HaloRegistry; one canonical `ClassDeployed` event.
///         - `deployUnit` (Portfolio classes): the unit's share token, SubscribeQueue and RedeemQueue, their
///           Day-0 limits and inits on the class's RateLimits, the registry record, one canonical `UnitDeployed`
///           event. Refused once Core Council removed the class's RateLimits or controller from BeamState.
///         The factory uses its BeamState role (`HALO_FACTORY`, granted by a Sky spell) only for contracts it
///         creates in the same transaction: its code has no other path to BeamState.
///         - Term units are deal NFTs minted by the class's facility on `claim`; the facility reports each one
///           straight to the HaloRegistry (`IHaloRegistry.recordDealUnit`): claims never depend on the factory.
///         Two ways to authorise an instance: a call by a DEPLOYER, or anyone submitting an EIP-712 instance
///         approval signed by an APPROVER (EOA or ERC-1271 contract). The CREATE2 salt of every clone is
///         `keccak256(abi.encode(id, salt, authoriser, componentName))`, so the predicted addresses of an approved
///         instance can only be occupied by that instance.
///         Roles: DEFAULT_ADMIN_ROLE = governance (the PAS Timelock); DEPLOYER; APPROVER.
///         Names (components, parameters, beacons) are left-aligned ASCII bytes32, kinds are keccak256 hashes.
interface IHaloFactory is IAccessControlEnumerable {
    /// @notice The system a factory deploys into; fixed for the factory's life (a new system = a new factory).
    struct Wiring {
        address timelock; // PAS Timelock: governance, DEFAULT_ADMIN of the factory and of every class/unit contract
        address templateRegistry;
        address haloRegistry;
        address beamState; // PAS BeamState
        address configurator; // PAS Configurator: DEFAULT_ADMIN of every PAU contract
        address cbeamProposer; // HaloCBeamProposer: schedules the addCBeam of a new GovOps account
    }

    /// @notice A Day-0 rate limit of one key: seeded in the RateLimits and added as its PAS init.
    struct InitRateLimit {
        bytes32 key;
        uint256 maxAmount;
        uint256 slope;
    }

    /// @notice What a class deployment needs besides the template.
    struct ClassRequest {
        bytes32 classId;
        bytes32 agentId; // must be registered in the HaloRegistry
        bytes32 templateId;
        uint32 templateVersion;
        address operator; // OPERATOR on the class contracts (Term); recorded for every class
        address freezer; // FREEZER on the controller (zero = none)
        address govOps; // the class's cBEAM (GovOps), granted on its RateLimits and controller
        address depositAsset; // e.g. sUSDS
        string name; // Term: the deal token's ERC-721 name
        string symbol; // Term: the deal token's ERC-721 symbol
        IHaloRegistry.BeaconOperator[] beacons; // exactly the template's beacon kinds
        IHaloRegistry.NamedValue[] params; // exactly the template's class ranges, each inside its range
        IHaloRegistry.Artifact artifact;
    }

    /// @notice What a Portfolio unit deployment needs besides its class.
    struct UnitRequest {
        bytes32 unitId;
        bytes32 classId;
        string name; // share token name
        string symbol; // share token symbol
        IHaloRegistry.NamedValue[] params; // exactly the template's unit ranges, each inside its range
        IHaloRegistry.Artifact artifact;
    }

    /// @notice An EIP-712 instance approval (see `CLASS_APPROVAL_TYPEHASH` / `UNIT_APPROVAL_TYPEHASH`).
    struct Approval {
        address approver; // an APPROVER; the signature is checked against this address (ECDSA or ERC-1271)
        uint256 deadline; // last valid timestamp
        uint256 nonce; // any unused nonce of the approver (unordered)
        bytes signature;
    }

    /// @notice Every contract of a class; the NFAT fields are zero for a Portfolio class.
    struct ClassAddresses {
        address almProxy;
        address rateLimits;
        address controller;
        address facility;
        address dealToken;
        address redeem;
    }

    struct UnitAddresses {
        address shareToken;
        address subscribeQueue;
        address redeemQueue;
    }

    /// @notice The PAS Timelock operation that vets a class's GovOps as a cBEAM: a batch of one call
    ///         `[target].call(data)` = `[BeamState.addCBeam(govOps)]`, scheduled by the `HaloCBeamProposer`.
    struct GrantOperation {
        bytes32 id; // hashOperationBatch([target], [value], [data], predecessor, salt)
        address target; // BeamState
        uint256 value; // 0
        bytes data; // addCBeam(govOps)
        bytes32 predecessor; // 0
        bytes32 salt; // keccak256(abi.encode("HALO_FACTORY_CBEAM", classId))
        uint256 timestamp; // getTimestamp(id): 0 not scheduled, 1 done, else the earliest execution time
        // true: no operation (govOps already was a cBEAM, so the grant was / would be immediate)
        bool immediate;
    }

    /// @notice The canonical record of a class deployment (schema `METADATA_SCHEMA_VERSION`).
    struct ClassDeployment {
        ClassRequest request;
        bytes32 kind;
        ClassAddresses addresses;
        address authoriser; // the DEPLOYER who called, or the APPROVER who signed
        bytes32 salt;
        InitRateLimit[] day0Limits; // seeded in RateLimits and added as PAS inits on that RateLimits
        uint32 day0Cycles;
        bytes32 cbeamOperationId; // the scheduled addCBeam operation; zero when the grant was immediate
        uint256 cbeamReadyAt; // when it becomes executable; zero when the grant was immediate
    }

    /// @notice The canonical record of a Portfolio unit deployment (schema `METADATA_SCHEMA_VERSION`).
    struct UnitDeployment {
        UnitRequest request;
        bytes32 templateId;
        uint32 templateVersion;
        address almProxy; // the class's PAU
        UnitAddresses addresses;
        address authoriser;
        bytes32 salt;
        InitRateLimit[] day0Limits;
        uint32 day0Cycles;
    }

    event ClassDeployed(
        uint16 indexed schemaVersion, bytes32 indexed classId, bytes32 indexed agentId, ClassDeployment deployment
    );
    event UnitDeployed(
        uint16 indexed schemaVersion, bytes32 indexed unitId, bytes32 indexed classId, UnitDeployment deployment
    );
    /// @notice An approver burnt one of its nonces (cancelling a signed approval not yet used).
    event NonceInvalidated(address indexed approver, uint256 indexed nonce);
    /// @notice `holder` (a DEPLOYER or APPROVER) reserved `id`: only a deployment it authorises may use the id.
    event IdReserved(bytes32 indexed id, address indexed holder);
    /// @notice The reservation of `id` by `holder` ended without a deployment (`by` = the holder or governance).
    event IdReleased(bytes32 indexed id, address indexed holder, address by);

    error Factory_ZeroId();
    error Factory_ZeroAddress(string what);
    error Factory_UnknownAgent(bytes32 agentId);
    error Factory_ClassExists(bytes32 classId);
    error Factory_UnitExists(bytes32 unitId);
    error Factory_UnknownClass(bytes32 classId);
    error Factory_WrongKind(bytes32 classId, bytes32 expected, bytes32 actual);
    error Factory_UnsupportedKind(bytes32 kind);
    error Factory_UnknownTemplate(bytes32 templateId, uint32 version);
    error Factory_TemplateNotApproved(bytes32 templateId, uint32 version);
    error Factory_TemplateDeprecated(bytes32 templateId, uint32 version);
    error Factory_TemplateRevoked(bytes32 templateId, uint32 version);
    error Factory_ComponentMissing(bytes32 name);
    error Factory_CodeHashMismatch(bytes32 name, bytes32 expected, bytes32 actual);
    error Factory_ParameterOutOfRange(bytes32 name, uint256 value, uint256 min, uint256 max);
    error Factory_ParameterMissing(bytes32 name);
    error Factory_ParameterUnknown(bytes32 name);
    error Factory_ParameterDuplicate(bytes32 name);
    error Factory_BeaconMissing(bytes32 kind);
    error Factory_BeaconUnknown(bytes32 kind);
    error Factory_BeaconDuplicate(bytes32 kind);
    error Factory_UnsupportedDay0Flow(bytes32 flow);
    error Factory_ApprovalExpired(uint256 deadline, uint256 nowTimestamp);
    error Factory_NonceUsed(address approver, uint256 nonce);
    error Factory_NotApprover(address approver);
    error Factory_BadSignature(address approver);
    /// @notice Core Council removed the class's RateLimits from PAS BeamState (`delRateLimits`): no new units.
    error Factory_RateLimitsNotRegistered(address rateLimits);
    /// @notice Core Council removed the class's controller from PAS BeamState (`delController`): no new units.
    error Factory_ControllerNotRegistered(address controller);
    /// @notice The deposit asset has no readable `decimals()` (missing, reverting, or not one ABI word).
    error Factory_DepositAssetNoDecimals(address asset);
    /// @notice The deposit asset has more than 36 decimals.
    error Factory_DepositAssetDecimals(address asset, uint256 decimals);
    /// @notice The template lists its deposit assets and `asset` is not one of them.
    error Factory_DepositAssetNotAllowed(address asset);
    /// @notice A Day-0 amount does not fit once scaled to the asset's decimals.
    error Factory_Day0LimitOverflow(uint256 amount, uint256 decimals);
    /// @notice `id` is reserved by `holder`, who is not the authoriser of this deployment (or reservation).
    error Factory_IdReserved(bytes32 id, address holder);
    /// @notice `id` is already an agent, class or unit: there is nothing left to reserve.
    error Factory_IdTaken(bytes32 id);
    /// @notice Only a DEPLOYER or an APPROVER may reserve ids.
    error Factory_NotAuthoriser(address caller);
    /// @notice `caller` may not release `id`: it is not reserved, or the caller is neither its holder nor governance.
    error Factory_NotReservationHolder(bytes32 id, address caller);

    // ---- constants and wiring ----

    function DEPLOYER() external view returns (bytes32);
    function APPROVER() external view returns (bytes32);
    /// @notice EIP-712 type of a class approval: `ClassApproval(address approver,bytes32 templateId,uint32 version,
    ///         bytes32 paramsHash,bytes32 salt,uint256 deadline,uint256 nonce)`, paramsHash = `classRequestHash`.
    ///         The approver is signed: it is the authoriser bound into every predicted address, and a signature is
    ///         valid for that approver only (one key behind an EOA and an ERC-1271 wallet signs two approvals).
    function CLASS_APPROVAL_TYPEHASH() external view returns (bytes32);
    /// @notice EIP-712 type of a unit approval: `UnitApproval(address approver,bytes32 templateId,uint32 version,
    ///         bytes32 paramsHash,bytes32 salt,uint256 deadline,uint256 nonce)` with the class's template,
    ///         paramsHash = `unitRequestHash`.
    function UNIT_APPROVAL_TYPEHASH() external view returns (bytes32);
    /// @notice Version of the `ClassDeployed` / `UnitDeployed` payloads.
    function METADATA_SCHEMA_VERSION() external view returns (uint16);

    function templateRegistry() external view returns (address);
    function haloRegistry() external view returns (address);
    /// @notice PAS BeamState, where the factory registers what it deploys (with its own role).
    function beamState() external view returns (address);
    /// @notice PAS Configurator: DEFAULT_ADMIN of every PAU contract the factory deploys.
    function configurator() external view returns (address);
    /// @notice PAS Timelock: governance, admin of the factory and of every class and unit contract.
    function timelock() external view returns (address);
    /// @notice The `HaloCBeamProposer` that schedules the addCBeam of a new GovOps account.
    function cbeamProposer() external view returns (address);
    /// @notice The class whose `deployClass` is executing now and its GovOps (both zero outside one); the
    ///         `HaloCBeamProposer` asks this before scheduling anything.
    function deployingClass() external view returns (bytes32 classId, address govOps);

    // ---- deployment ----

    /// @notice Deploy a class. DEPLOYER only; the caller is the authoriser bound into the CREATE2 salts.
    function deployClass(ClassRequest calldata request, bytes32 salt) external returns (ClassAddresses memory);

    /// @notice Deploy a class authorised by an APPROVER's EIP-712 signature; anyone may submit it.
    function deployClassWithApproval(ClassRequest calldata request, bytes32 salt, Approval calldata approval)
        external
        returns (ClassAddresses memory);

    /// @notice Deploy a unit of a Portfolio class. DEPLOYER only.
    function deployUnit(UnitRequest calldata request, bytes32 salt) external returns (UnitAddresses memory);

    /// @notice Deploy a unit authorised by an APPROVER's EIP-712 signature; anyone may submit it.
    function deployUnitWithApproval(UnitRequest calldata request, bytes32 salt, Approval calldata approval)
        external
        returns (UnitAddresses memory);

    /// @notice Burn one of the caller's approval nonces so that a signed approval can no longer be used.
    function invalidateNonce(uint256 nonce) external;

    /// @notice Reserve a class or unit id for the caller (a DEPLOYER or an APPROVER, e.g. when it signs an
    ///         approval naming the id): from now on only a deployment the caller authorises may use it, and that
    ///         deployment uses the reservation up. Reverts for a zero id, an id already in the registry
    ///         (`Factory_IdTaken`) or reserved (`Factory_IdReserved`).
    function reserveId(bytes32 id) external;

    /// @notice End a reservation without deploying. The holder or governance (which frees squatted ids).
    function releaseId(bytes32 id) external;

    // ---- views ----

    /// @notice Every address `deployClass` would create for this class id, salt and authoriser.
    function predictClassAddresses(
        bytes32 templateId,
        uint32 version,
        bytes32 classId,
        bytes32 salt,
        address authoriser
    ) external view returns (ClassAddresses memory);

    /// @notice Every address `deployUnit` would create (the class need not exist yet: the template is enough).
    function predictUnitAddresses(bytes32 templateId, uint32 version, bytes32 unitId, bytes32 salt, address authoriser)
        external
        view
        returns (UnitAddresses memory);

    /// @notice The addCBeam operation of a deployed class with its timelock state; `immediate` when the class's
    ///         GovOps already was a cBEAM at deployment (then nothing was scheduled).
    function cbeamGrantOperation(bytes32 classId) external view returns (GrantOperation memory);

    /// @notice The addCBeam operation a class with these values would schedule (for plans before deployment);
    ///         `immediate` when `govOps` is a cBEAM now (`deployClass` would then grant at once).
    function cbeamGrantOperationFor(bytes32 classId, address govOps) external view returns (GrantOperation memory);

    /// @notice `keccak256(abi.encode(request))`: the `paramsHash` an approver signs.
    function classRequestHash(ClassRequest calldata request) external pure returns (bytes32);
    function unitRequestHash(UnitRequest calldata request) external pure returns (bytes32);

    /// @notice The EIP-712 digest `approver` signs for a class / a unit.
    function classApprovalDigest(
        ClassRequest calldata request,
        bytes32 salt,
        address approver,
        uint256 deadline,
        uint256 nonce
    ) external view returns (bytes32);
    function unitApprovalDigest(
        UnitRequest calldata request,
        bytes32 salt,
        address approver,
        uint256 deadline,
        uint256 nonce
    ) external view returns (bytes32);

    /// @notice Who reserved `id` (zero if nobody).
    function reservedBy(bytes32 id) external view returns (address);

    function isNonceUsed(address approver, uint256 nonce) external view returns (bool);
}
