// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Vm} from "forge-std/Vm.sol";

import {FactoryNames} from "../../src/factory/deployers/FactoryNames.sol";
import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {ILctsQueue} from "../../src/interfaces/ILctsQueue.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {HaloShareToken} from "../../src/lcts/HaloShareToken.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice A beacon operator rotation through its governed path (issue 16): one PAS Timelock batch grants the beacon
///         role to the new operator on every contract the beacon serves, revokes it from the old one and rotates
///         the registry record; the old operator is refused, the new one accepted, later units get the new one.
contract BeaconRotationTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant SALT = "salt-1";
    address internal newBeacon = makeAddr("lpha-lcts-2");
    address internal newAttest = makeAddr("lpha-attest-2");

    IHaloFactory.ClassAddresses internal tclass;
    IHaloFactory.UnitAddresses internal unit;

    function setUp() public {
        _deploySystem();
        IHaloFactory.ClassRequest memory p = _portfolioClassRequest(PCLASS);
        IHaloFactory.ClassRequest memory t = _termClassRequest(TCLASS);
        IHaloFactory.UnitRequest memory u = _unitRequest("acme-mmf-senior", PCLASS);
        vm.startPrank(deployer);
        factory.deployClass(p, SALT);
        tclass = factory.deployClass(t, SALT);
        unit = factory.deployUnit(u, SALT);
        vm.stopPrank();
    }

    /// @dev The batch `halo plan` builds: grant on each served contract, revoke from the old, rotate the record.
    function _rotateLcts(address to) internal {
        bytes32 role = ILctsQueue(unit.subscribeQueue).BEACON_ROLE();
        address[3] memory served = [unit.shareToken, unit.subscribeQueue, unit.redeemQueue];
        address[] memory targets = new address[](7);
        bytes[] memory payloads = new bytes[](7);
        for (uint256 i = 0; i < 3; ++i) {
            targets[i] = served[i];
            payloads[i] = abi.encodeCall(IAccessControl.grantRole, (role, to));
            targets[3 + i] = served[i];
            payloads[3 + i] = abi.encodeCall(IAccessControl.revokeRole, (role, lctsBeacon));
        }
        targets[6] = address(registry);
        payloads[6] = abi.encodeCall(IHaloRegistry.setBeaconOperator, (PCLASS, FactoryNames.BEACON_LCTS, to));
        _governanceBatch(targets, payloads);
    }

    function test_rotation_oldRefusedNewAccepted() public {
        vm.recordLogs();
        _rotateLcts(newBeacon);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 found;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != address(registry)) continue;
            assertEq(logs[i].topics[0], IHaloRegistry.BeaconOperatorSet.selector);
            assertEq(logs[i].topics[1], PCLASS);
            assertEq(logs[i].topics[2], FactoryNames.BEACON_LCTS);
            assertEq(logs[i].topics[3], bytes32(uint256(uint160(lctsBeacon))));
            assertEq(abi.decode(logs[i].data, (address)), newBeacon);
            ++found;
        }
        assertEq(found, 1);

        assertEq(registry.getClass(PCLASS).beacons[0].operator, newBeacon);
        bytes32 role = ILctsQueue(unit.subscribeQueue).BEACON_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, lctsBeacon, role)
        );
        vm.prank(lctsBeacon);
        ILctsQueue(unit.subscribeQueue).lock();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, lctsBeacon, role)
        );
        vm.prank(lctsBeacon);
        ILctsQueue(unit.redeemQueue).settle(0);

        vm.prank(newBeacon);
        ILctsQueue(unit.subscribeQueue).lock(); // DORMANT: a no-op, but past the role check
        vm.prank(newBeacon);
        ILctsQueue(unit.redeemQueue).lock();
        assertTrue(HaloShareToken(unit.shareToken).hasRole(role, newBeacon));
        assertFalse(HaloShareToken(unit.shareToken).hasRole(role, lctsBeacon));
    }

    function test_rotation_laterUnitsGetTheNewBeacon() public {
        _rotateLcts(newBeacon);
        IHaloFactory.UnitRequest memory r = _unitRequest("acme-mmf-junior", PCLASS);
        vm.prank(deployer);
        IHaloFactory.UnitAddresses memory a = factory.deployUnit(r, SALT);
        bytes32 role = ILctsQueue(a.subscribeQueue).BEACON_ROLE();
        assertTrue(IAccessControl(a.subscribeQueue).hasRole(role, newBeacon));
        assertTrue(IAccessControl(a.redeemQueue).hasRole(role, newBeacon));
        assertTrue(HaloShareToken(a.shareToken).hasRole(role, newBeacon));
        assertFalse(IAccessControl(a.subscribeQueue).hasRole(role, lctsBeacon));
        assertFalse(HaloShareToken(a.shareToken).hasRole(role, lctsBeacon));
    }

    function test_rotation_termAttestBeacon() public {
        INfatFacility facility = INfatFacility(tclass.facility);
        bytes32 role = facility.ATTEST_BEACON();
        address[] memory targets = new address[](3);
        bytes[] memory payloads = new bytes[](3);
        targets[0] = tclass.facility;
        payloads[0] = abi.encodeCall(IAccessControl.grantRole, (role, newAttest));
        targets[1] = tclass.facility;
        payloads[1] = abi.encodeCall(IAccessControl.revokeRole, (role, attestBeacon));
        targets[2] = address(registry);
        payloads[2] = abi.encodeCall(IHaloRegistry.setBeaconOperator, (TCLASS, FactoryNames.BEACON_ATTEST, newAttest));
        _governanceBatch(targets, payloads);

        IHaloRegistry.ClassRecord memory c = registry.getClass(TCLASS);
        assertEq(c.beacons[0].operator, nfatBeacon);
        assertEq(c.beacons[1].operator, newAttest);
        assertTrue(IAccessControl(tclass.facility).hasRole(role, newAttest));
        assertFalse(IAccessControl(tclass.facility).hasRole(role, attestBeacon));
    }

    function test_rotation_onlyThroughGovernance() public {
        // The Core Council proposer, the deployer and the beacon itself cannot rotate the record directly.
        address[3] memory callers = [governance, deployer, lctsBeacon];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], registry.DEFAULT_ADMIN_ROLE()
                )
            );
            vm.prank(callers[i]);
            registry.setBeaconOperator(PCLASS, FactoryNames.BEACON_LCTS, newBeacon);
        }
    }
}
