// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {IBeamState} from "../src/interfaces/pas/IBeamState.sol";
import {IPasTimelock} from "../src/interfaces/pas/IPasTimelock.sol";

/// @title HaloPasSpell — what Sky's executive spell does (as the PauseProxy) to authorise a Halo Factory in PAS
/// @notice Exactly seven calls, in this order:
///         1–5. `BeamState.setRoleAction(HALO_FACTORY_ROLE, sel, true)` for `addRateLimits`, `addController`,
///              `addInitRateLimits`, `setCBeamForRateLimits`, `setCBeamForController` (the factory's role 3);
///         6.   `BeamState.setUserRole(factory, HALO_FACTORY_ROLE, true)`;
///         7.   `Timelock.grantRole(PROPOSER_ROLE, cbeamProposer)` (the `HaloCBeamProposer` adapter).
///         The caller must be a BeamState ward and the Timelock's DEFAULT_ADMIN (Sky's PauseProxy). `calls` returns
///         the same seven calls as data, for a spell author or a devnet that impersonates the PauseProxy; the
///         reconciler's `sky-governance` batch is checked against it.
library HaloPasSpell {
    /// @notice The BeamState role bit of the Halo Factory (1 = DELAYED and 2 = IMMEDIATE are PASInit's).
    uint8 internal constant HALO_FACTORY_ROLE = 3;

    /// @notice The five BeamState selectors the factory's role may call.
    function factorySelectors() internal pure returns (bytes4[5] memory s) {
        s[0] = IBeamState.addRateLimits.selector;
        s[1] = IBeamState.addController.selector;
        s[2] = IBeamState.addInitRateLimits.selector;
        s[3] = IBeamState.setCBeamForRateLimits.selector;
        s[4] = IBeamState.setCBeamForController.selector;
    }

    /// @notice The spell's calls as (target, calldata), in order.
    function calls(address beamState, address timelock, address factory, address cbeamProposer)
        internal
        pure
        returns (address[] memory targets, bytes[] memory data)
    {
        targets = new address[](7);
        data = new bytes[](7);
        bytes4[5] memory sels = factorySelectors();
        for (uint256 i = 0; i < 5; ++i) {
            targets[i] = beamState;
            data[i] = abi.encodeCall(IBeamState.setRoleAction, (HALO_FACTORY_ROLE, sels[i], true));
        }
        targets[5] = beamState;
        data[5] = abi.encodeCall(IBeamState.setUserRole, (factory, HALO_FACTORY_ROLE, true));
        targets[6] = timelock;
        data[6] = abi.encodeCall(IAccessControl.grantRole, (keccak256("PROPOSER_ROLE"), cbeamProposer));
    }

    /// @notice Run the seven calls as the current caller (a spell executing as the PauseProxy).
    function execute(address beamState, address timelock, address factory, address cbeamProposer) internal {
        bytes4[5] memory sels = factorySelectors();
        IBeamState b = IBeamState(beamState);
        for (uint256 i = 0; i < 5; ++i) {
            b.setRoleAction(HALO_FACTORY_ROLE, sels[i], true);
        }
        b.setUserRole(factory, HALO_FACTORY_ROLE, true);
        IPasTimelock t = IPasTimelock(payable(timelock));
        t.grantRole(t.PROPOSER_ROLE(), cbeamProposer);
    }
}
