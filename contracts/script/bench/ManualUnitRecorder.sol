// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloUnitRecorder} from "../../src/interfaces/INfatFacility.sol";

/// @title ManualUnitRecorder — the manual launch's stand-in for the factory's deal-unit recording
/// @notice An NFAT facility needs a unit recorder. Before the factory there is no registry to write to (Phase 1–3
///         kept deployed contracts in hand-maintained lists), so the manual path deploys this one-event recorder:
///         deals stay visible in logs, as they were before.
contract ManualUnitRecorder is IHaloUnitRecorder {
    /// @notice A deal the facility minted.
    event DealRecorded(
        address indexed facility, uint256 indexed tokenId, address depositor, uint256 principal, bytes32 bookId
    );

    /// @inheritdoc IHaloUnitRecorder
    function recordDealUnit(uint256 tokenId, address depositor, uint256 principal, bytes32 bookId, bytes32) external {
        emit DealRecorded(msg.sender, tokenId, depositor, principal, bookId);
    }
}
