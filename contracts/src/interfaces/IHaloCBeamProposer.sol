// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloFactory} from "./IHaloFactory.sol";

/// @title HaloCBeamProposer — the one thing the Halo Factory may schedule on Sky's PAS Timelock
/// @notice A narrow PROPOSER of the PAS Timelock (in the spirit of PAS's `TimelockWrapperMainnet`): it can schedule
///         exactly one kind of operation, the vetting of a new GovOps account for a class the factory is deploying:
///         a batch of one call `[BeamState.addCBeam(govOps)]`, predecessor 0, salt `grantSalt(classId)` =
///         `keccak256(abi.encode("HALO_FACTORY_CBEAM", classId))`, delay = the timelock's minimum delay.
///         - only its factory may call `proposeCBeamGrant`, and only while that factory is deploying `classId` for
///           `govOps` in the current transaction (the adapter asks the factory: `deployingClass()`);
///         - the factory is set once (`setFactory`), by the account that deployed the adapter, and must name this
///           adapter as its `cbeamProposer`.
///         It holds no other role anywhere: it cannot cancel, execute early or schedule anything else. Sky's
///         governance grants it PROPOSER_ROLE on the Timelock in the spell that authorises the factory.
interface IHaloCBeamProposer {
    /// @notice The factory was set (once).
    event FactorySet(address indexed factory);
    /// @notice The addCBeam batch of class `classId` was scheduled as operation `id`, executable from `readyAt`.
    event CBeamGrantProposed(bytes32 indexed classId, address indexed govOps, bytes32 indexed id, uint256 readyAt);

    /// @notice A zero address was given where an account is required (`what` names it).
    error CBeamProposer_ZeroAddress(string what);
    /// @notice `setFactory` was called by someone other than the adapter's deployer.
    error CBeamProposer_NotSetter(address caller);
    /// @notice The factory is already set.
    error CBeamProposer_FactoryAlreadySet(address factory);
    /// @notice The factory given to `setFactory` does not name this adapter as its `cbeamProposer`.
    error CBeamProposer_WrongFactory(address factory, address itsProposer);
    /// @notice `proposeCBeamGrant` was called by someone other than the factory.
    error CBeamProposer_NotFactory(address caller);
    /// @notice The factory is not deploying class `classId` for `govOps` in this transaction.
    error CBeamProposer_NotDeployingClass(bytes32 classId, address govOps);

    /// @notice Tag of the timelock salt: `keccak256(abi.encode(GRANT_SALT_TAG, classId))`, tag as an ABI string.
    function GRANT_SALT_TAG() external view returns (string memory);

    /// @notice The PAS Timelock this adapter proposes on.
    function timelock() external view returns (address);
    /// @notice The PAS BeamState the scheduled call targets.
    function beamState() external view returns (address);
    /// @notice The only caller of `proposeCBeamGrant` (zero until set).
    function factory() external view returns (address);
    /// @notice The account allowed to set the factory, once (the adapter's deployer).
    function setter() external view returns (address);

    /// @notice Set the factory. Once; only by `setter`; the factory must name this adapter as its `cbeamProposer`.
    function setFactory(address factory_) external;

    /// @notice Schedule `[BeamState.addCBeam(govOps)]` for class `classId` with the timelock's minimum delay.
    ///         Only the factory, only for the class it is deploying in this transaction.
    /// @return id The timelock operation id (`hashOperationBatch`).
    /// @return readyAt When it becomes executable (anyone may then `executeBatch` it).
    function proposeCBeamGrant(bytes32 classId, address govOps) external returns (bytes32 id, uint256 readyAt);

    /// @notice `keccak256(abi.encode(GRANT_SALT_TAG, classId))`.
    function grantSalt(bytes32 classId) external pure returns (bytes32);

    /// @notice The addCBeam operation of class `classId` for `govOps`, with its timelock state (`timestamp`:
    ///         0 not scheduled, 1 done, else the earliest execution time). `immediate` is left false here.
    function grantOperation(bytes32 classId, address govOps)
        external
        view
        returns (IHaloFactory.GrantOperation memory op);
}
