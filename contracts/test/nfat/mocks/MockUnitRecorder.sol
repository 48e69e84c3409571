// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IHaloUnitRecorder} from "../../../src/interfaces/INfatFacility.sol";

/// @dev Records every deal unit reported to it, as the factory's registry would.
contract MockUnitRecorder is IHaloUnitRecorder {
    struct Record {
        address facility;
        uint256 tokenId;
        address depositor;
        uint256 principal;
        bytes32 bookId;
        bytes32 termsHash;
    }

    Record[] public records;

    function recordDealUnit(uint256 tokenId, address depositor, uint256 principal, bytes32 bookId, bytes32 termsHash)
        external
    {
        records.push(Record(msg.sender, tokenId, depositor, principal, bookId, termsHash));
    }

    function count() external view returns (uint256) {
        return records.length;
    }

    function recordAt(uint256 i) external view returns (Record memory) {
        return records[i];
    }
}

/// @dev The cheapest possible recorder (one counter), so gas benchmarks measure the facility, not the mock.
contract CountingUnitRecorder is IHaloUnitRecorder {
    uint256 public count;

    function recordDealUnit(uint256, address, uint256, bytes32, bytes32) external {
        ++count;
    }
}
