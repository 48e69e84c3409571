// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloCBeamProposer} from "../interfaces/IHaloCBeamProposer.sol";
import {IHaloFactory} from "../interfaces/IHaloFactory.sol";
import {IBeamState} from "../interfaces/pas/IBeamState.sol";
import {IPasTimelock} from "../interfaces/pas/IPasTimelock.sol";

/// @title HaloCBeamProposer
/// @notice See `IHaloCBeamProposer`.
contract HaloCBeamProposer is IHaloCBeamProposer {
    /// @inheritdoc IHaloCBeamProposer
    string public constant GRANT_SALT_TAG = "HALO_FACTORY_CBEAM";

    /// @inheritdoc IHaloCBeamProposer
    address public immutable timelock;
    /// @inheritdoc IHaloCBeamProposer
    address public immutable beamState;
    /// @inheritdoc IHaloCBeamProposer
    address public immutable setter;
    /// @inheritdoc IHaloCBeamProposer
    address public factory;

    /// @param timelock_ The PAS Timelock (which must grant this contract PROPOSER_ROLE).
    /// @param beamState_ The PAS BeamState.
    constructor(address timelock_, address beamState_) {
        if (timelock_ == address(0)) revert CBeamProposer_ZeroAddress("timelock");
        if (beamState_ == address(0)) revert CBeamProposer_ZeroAddress("beamState");
        timelock = timelock_;
        beamState = beamState_;
        setter = msg.sender;
    }

    /// @inheritdoc IHaloCBeamProposer
    function setFactory(address factory_) external {
        if (msg.sender != setter) revert CBeamProposer_NotSetter(msg.sender);
        if (factory != address(0)) revert CBeamProposer_FactoryAlreadySet(factory);
        if (factory_ == address(0)) revert CBeamProposer_ZeroAddress("factory");
        address itsProposer = IHaloFactory(factory_).cbeamProposer();
        if (itsProposer != address(this)) revert CBeamProposer_WrongFactory(factory_, itsProposer);
        factory = factory_;
        emit FactorySet(factory_);
    }

    /// @inheritdoc IHaloCBeamProposer
    function proposeCBeamGrant(bytes32 classId, address govOps) external returns (bytes32 id, uint256 readyAt) {
        address f = factory;
        if (msg.sender != f) revert CBeamProposer_NotFactory(msg.sender);
        // The factory reports the class whose `deployClass` is executing now (zero outside one).
        (bytes32 deployingId, address deployingGovOps) = IHaloFactory(f).deployingClass();
        if (deployingId != classId || deployingGovOps != govOps) {
            revert CBeamProposer_NotDeployingClass(classId, govOps);
        }
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads, bytes32 salt) =
            _batch(classId, govOps);
        IPasTimelock tl = IPasTimelock(payable(timelock));
        tl.scheduleBatch(targets, values, payloads, bytes32(0), salt, tl.getMinDelay());
        id = tl.hashOperationBatch(targets, values, payloads, bytes32(0), salt);
        readyAt = tl.getTimestamp(id);
        emit CBeamGrantProposed(classId, govOps, id, readyAt);
    }

    /// @inheritdoc IHaloCBeamProposer
    function grantSalt(bytes32 classId) public pure returns (bytes32) {
        return keccak256(abi.encode(GRANT_SALT_TAG, classId));
    }

    /// @inheritdoc IHaloCBeamProposer
    function grantOperation(bytes32 classId, address govOps)
        external
        view
        returns (IHaloFactory.GrantOperation memory op)
    {
        (address[] memory targets, uint256[] memory values, bytes[] memory payloads, bytes32 salt) =
            _batch(classId, govOps);
        IPasTimelock tl = IPasTimelock(payable(timelock));
        op.id = tl.hashOperationBatch(targets, values, payloads, bytes32(0), salt);
        op.target = targets[0];
        op.data = payloads[0];
        op.salt = salt;
        op.timestamp = tl.getTimestamp(op.id);
    }

    function _batch(bytes32 classId, address govOps)
        private
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory payloads, bytes32 salt)
    {
        targets = new address[](1);
        values = new uint256[](1);
        payloads = new bytes[](1);
        targets[0] = beamState;
        payloads[0] = abi.encodeCall(IBeamState.addCBeam, (govOps));
        salt = grantSalt(classId);
    }
}
