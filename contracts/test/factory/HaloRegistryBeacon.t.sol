// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";

import {HaloRegistry} from "../../src/factory/HaloRegistry.sol";
import {TemplateRegistry} from "../../src/factory/TemplateRegistry.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";

/// @notice Beacon operator rotation in the registry (issue 16): `setBeaconOperator`, the views that return the
///         current operator, every revert, outsiders refused.
contract HaloRegistryBeaconTest is Test {
    HaloRegistry internal registry;
    address internal governance = makeAddr("governance");
    address internal factory = makeAddr("factory");
    address internal outsider = makeAddr("outsider");
    address internal nfat = makeAddr("lpha-nfat");
    address internal attest = makeAddr("lpha-attest");
    address internal rotated = makeAddr("lpha-nfat-2");

    bytes32 internal constant AGENT = "acme";
    bytes32 internal constant CLASS = "acme-term";
    bytes32 internal constant OTHER = "acme-other";
    bytes32 internal constant NFAT = "lpha-nfat";
    bytes32 internal constant ATTEST = "lpha-attest";

    function setUp() public {
        address[] memory proposers = new address[](0);
        TemplateRegistry templates = new TemplateRegistry(governance, proposers);
        registry = new HaloRegistry(governance, address(templates));
        vm.startPrank(governance);
        registry.grantRole(registry.FACTORY(), factory);
        registry.registerAgent(AGENT, outsider, IHaloRegistry.Artifact("ipfs://agent", bytes32(uint256(7))));
        vm.stopPrank();
        vm.startPrank(factory);
        registry.recordFactoryClass(_record(CLASS, 100));
        registry.recordFactoryClass(_record(OTHER, 200));
        vm.stopPrank();
    }

    function _record(bytes32 classId, uint160 base) internal view returns (IHaloRegistry.ClassRecord memory r) {
        r.classId = classId;
        r.agentId = AGENT;
        r.kind = keccak256("TERM_NFAT");
        r.templateId = "nfat-term";
        r.templateVersion = 1;
        r.almProxy = address(base + 1);
        r.controller = address(base + 2);
        r.rateLimits = address(base + 3);
        r.operator = address(base + 4);
        r.govOps = address(base + 6);
        r.depositAsset = address(base + 7);
        r.contracts = new IHaloRegistry.NamedAddress[](1);
        r.contracts[0] = IHaloRegistry.NamedAddress("NfatFacility", address(base + 9));
        r.beacons = new IHaloRegistry.BeaconOperator[](2);
        r.beacons[0] = IHaloRegistry.BeaconOperator(NFAT, nfat);
        r.beacons[1] = IHaloRegistry.BeaconOperator(ATTEST, attest);
        r.paramsHash = keccak256("params");
        r.artifact = IHaloRegistry.Artifact("ipfs://class", bytes32(uint256(1)));
        r.day0.cycles = 2;
    }

    function _rotate(bytes32 classId, bytes32 kind, address operator) internal {
        vm.prank(governance);
        registry.setBeaconOperator(classId, kind, operator);
    }

    function test_setBeaconOperator_rotatesEveryView() public {
        IHaloRegistry.ClassRecord memory before = registry.getClass(CLASS);
        IHaloRegistry.ClassRecord memory otherBefore = registry.getClass(OTHER);
        assertEq(registry.beaconOperator(CLASS, NFAT), nfat);
        assertEq(registry.rotatedBeaconOperator(CLASS, NFAT), address(0));

        vm.expectEmit(address(registry));
        emit IHaloRegistry.BeaconOperatorSet(CLASS, NFAT, nfat, rotated);
        _rotate(CLASS, NFAT, rotated);

        assertEq(registry.beaconOperator(CLASS, NFAT), rotated);
        assertEq(registry.rotatedBeaconOperator(CLASS, NFAT), rotated);
        assertEq(registry.beaconOperator(CLASS, ATTEST), attest, "the other beacon is untouched");
        assertEq(registry.beaconOperator(OTHER, NFAT), nfat, "the other class is untouched");

        // getClass: the rotated operator, the rest of the record byte-identical.
        IHaloRegistry.ClassRecord memory afterRotation = registry.getClass(CLASS);
        assertEq(afterRotation.beacons[0].operator, rotated);
        before.beacons[0].operator = rotated;
        assertEq(keccak256(abi.encode(afterRotation)), keccak256(abi.encode(before)));
        assertEq(keccak256(abi.encode(registry.getClass(OTHER))), keccak256(abi.encode(otherBefore)));

        // getClassesPage: the same records as getClass.
        IHaloRegistry.ClassRecord[] memory page = registry.getClassesPage(0, 10);
        assertEq(page.length, 2);
        assertEq(keccak256(abi.encode(page[0])), keccak256(abi.encode(before)));
        assertEq(keccak256(abi.encode(page[1])), keccak256(abi.encode(otherBefore)));
    }

    function test_setBeaconOperator_againAndBack() public {
        _rotate(CLASS, NFAT, rotated);
        vm.expectEmit(address(registry));
        emit IHaloRegistry.BeaconOperatorSet(CLASS, NFAT, rotated, nfat);
        _rotate(CLASS, NFAT, nfat);
        assertEq(registry.beaconOperator(CLASS, NFAT), nfat);
        assertEq(registry.getClass(CLASS).beacons[0].operator, nfat);

        _rotate(CLASS, ATTEST, outsider);
        IHaloRegistry.ClassRecord memory c = registry.getClass(CLASS);
        assertEq(c.beacons[0].operator, nfat);
        assertEq(c.beacons[1].operator, outsider);
    }

    function test_setBeaconOperator_reverts() public {
        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownClass.selector, bytes32("nope")));
        registry.setBeaconOperator("nope", NFAT, rotated);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownClass.selector, AGENT));
        registry.setBeaconOperator(AGENT, NFAT, rotated);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownBeacon.selector, CLASS, bytes32("lpha-lcts"))
        );
        registry.setBeaconOperator(CLASS, "lpha-lcts", rotated);
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_ZeroAddress.selector, "operator"));
        registry.setBeaconOperator(CLASS, NFAT, address(0));
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_BeaconUnchanged.selector, CLASS, NFAT, nfat));
        registry.setBeaconOperator(CLASS, NFAT, nfat);
        registry.setBeaconOperator(CLASS, NFAT, rotated);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloRegistry.HaloRegistry_BeaconUnchanged.selector, CLASS, NFAT, rotated)
        );
        registry.setBeaconOperator(CLASS, NFAT, rotated);
        vm.stopPrank();
        assertEq(registry.beaconOperator(CLASS, NFAT), rotated);
    }

    function test_beaconOperator_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownClass.selector, bytes32("nope")));
        registry.beaconOperator("nope", NFAT);
        vm.expectRevert(
            abi.encodeWithSelector(IHaloRegistry.HaloRegistry_UnknownBeacon.selector, CLASS, bytes32("lpha-lcts"))
        );
        registry.beaconOperator(CLASS, "lpha-lcts");
    }

    function test_setBeaconOperator_outsidersRefused() public {
        address[3] memory callers = [outsider, factory, nfat];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], registry.DEFAULT_ADMIN_ROLE()
                )
            );
            vm.prank(callers[i]);
            registry.setBeaconOperator(CLASS, NFAT, callers[i]);
        }
        assertEq(registry.beaconOperator(CLASS, NFAT), nfat);
    }

    function testFuzz_setBeaconOperator(address first, address second, bool attestKind) public {
        bytes32 kind = attestKind ? ATTEST : NFAT;
        address original = attestKind ? attest : nfat;
        vm.assume(first != address(0) && first != original);
        vm.assume(second != address(0) && second != first);
        IHaloRegistry.ClassRecord memory expected = registry.getClass(CLASS);
        _rotate(CLASS, kind, first);
        _rotate(CLASS, kind, second);
        expected.beacons[attestKind ? 1 : 0].operator = second;
        assertEq(keccak256(abi.encode(registry.getClass(CLASS))), keccak256(abi.encode(expected)));
        assertEq(registry.beaconOperator(CLASS, kind), second);
        assertEq(registry.getClassesPage(0, 1)[0].beacons[attestKind ? 1 : 0].operator, second);
    }
}
