// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";

import {TemplateRegistry} from "../../src/factory/TemplateRegistry.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";

contract DummyImplA {
    function a() external pure returns (uint256) {
        return 1;
    }
}

contract DummyImplB {
    function b() external pure returns (uint256) {
        return 2;
    }
}

contract TemplateRegistryTest is Test {
    TemplateRegistry internal registry;
    address internal governance = makeAddr("governance");
    address internal proposer = makeAddr("proposer");
    address internal outsider = makeAddr("outsider");
    address internal implA;
    address internal implB;

    bytes32 internal constant ID = "lcts-portfolio";
    bytes32 internal constant KIND = keccak256("PORTFOLIO_LCTS");

    function setUp() public {
        address[] memory proposers = new address[](1);
        proposers[0] = proposer;
        registry = new TemplateRegistry(governance, proposers);
        implA = address(new DummyImplA());
        implB = address(new DummyImplB());
    }

    function _spec() internal view returns (ITemplateRegistry.TemplateSpec memory s) {
        s.kind = KIND;
        s.beaconKinds = new bytes32[](1);
        s.beaconKinds[0] = "lpha-lcts";
        s.classComponents = new ITemplateRegistry.Component[](2);
        s.classComponents[0] = ITemplateRegistry.Component("ALMProxy", implA, implA.codehash);
        s.classComponents[1] = ITemplateRegistry.Component("RateLimits", implB, implB.codehash);
        s.unitComponents = new ITemplateRegistry.Component[](1);
        s.unitComponents[0] = ITemplateRegistry.Component("ShareToken", implA, implA.codehash);
        s.classRanges = new ITemplateRegistry.ParamRange[](1);
        s.classRanges[0] = ITemplateRegistry.ParamRange("sizeMin", 1, 100);
        s.unitRanges = new ITemplateRegistry.ParamRange[](2);
        s.unitRanges[0] = ITemplateRegistry.ParamRange("capacity", 0, 1e30);
        s.unitRanges[1] = ITemplateRegistry.ParamRange("seniority", 0, 1);
        s.day0Limits = new ITemplateRegistry.Day0Limit[](1);
        s.day0Limits[0] = ITemplateRegistry.Day0Limit(keccak256("LIMIT_UNIT_INFLOW"), 100_000e18, 1e18);
        s.day0Cycles = 7;
        s.audit = ITemplateRegistry.Audit(keccak256("report"), "ipfs://audit");
    }

    function _propose(bytes32 id, uint32 version) internal {
        vm.prank(proposer);
        registry.proposeTemplate(id, version, _spec());
    }

    // ---- propose ----

    function test_propose_storesEverything() public {
        vm.warp(1000);
        vm.expectEmit(address(registry));
        emit ITemplateRegistry.TemplateProposed(ID, 1, KIND, proposer, keccak256("report"), "ipfs://audit");
        _propose(ID, 1);

        ITemplateRegistry.TemplateVersion memory t = registry.getTemplate(ID, 1);
        assertEq(t.templateId, ID);
        assertEq(t.version, 1);
        assertEq(uint8(t.status), uint8(ITemplateRegistry.TemplateStatus.PROPOSED));
        assertEq(t.proposer, proposer);
        assertEq(t.proposedAt, 1000);
        assertEq(t.statusChangedAt, 1000);
        assertEq(t.spec.kind, KIND);
        assertEq(t.spec.beaconKinds.length, 1);
        assertEq(t.spec.beaconKinds[0], bytes32("lpha-lcts"));
        assertEq(t.spec.classComponents.length, 2);
        assertEq(t.spec.classComponents[1].name, bytes32("RateLimits"));
        assertEq(t.spec.classComponents[1].implementation, implB);
        assertEq(t.spec.classComponents[1].codeHash, implB.codehash);
        assertEq(t.spec.unitComponents[0].implementation, implA);
        assertEq(t.spec.classRanges[0].max, 100);
        assertEq(t.spec.unitRanges[1].name, bytes32("seniority"));
        assertEq(t.spec.day0Limits[0].maxAmount, 100_000e18);
        assertEq(t.spec.day0Cycles, 7);
        assertEq(t.spec.audit.uri, "ipfs://audit");
        assertEq(registry.latestVersion(ID), 1);
        assertEq(registry.templateVersionCount(), 1);
    }

    function test_propose_refusesOutsider() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, registry.TEMPLATE_PROPOSER()
            )
        );
        vm.prank(outsider);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_refusesGovernanceWithoutProposerRole() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, governance, registry.TEMPLATE_PROPOSER()
            )
        );
        vm.prank(governance);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_revertsZeroIdVersionKind() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        vm.startPrank(proposer);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_ZeroTemplateId.selector);
        registry.proposeTemplate(bytes32(0), 1, s);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_ZeroVersion.selector);
        registry.proposeTemplate(ID, 0, s);
        s.kind = bytes32(0);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_ZeroKind.selector);
        registry.proposeTemplate(ID, 1, s);
        vm.stopPrank();
    }

    function test_propose_revertsExisting() public {
        _propose(ID, 1);
        ITemplateRegistry.TemplateSpec memory s = _spec();
        vm.expectRevert(abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_AlreadyExists.selector, ID, 1));
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_revertsNoClassComponents() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        s.classComponents = new ITemplateRegistry.Component[](0);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_NoClassComponents.selector);
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_revertsCodeHashMismatch() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        s.unitComponents[0].codeHash = implB.codehash;
        vm.expectRevert(
            abi.encodeWithSelector(
                ITemplateRegistry.TemplateRegistry_CodeHashMismatch.selector,
                bytes32("ShareToken"),
                implB.codehash,
                implA.codehash
            )
        );
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_revertsNoCode() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        s.classComponents[0].implementation = outsider;
        vm.expectRevert(
            abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_NoCode.selector, bytes32("ALMProxy"), outsider)
        );
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_revertsDuplicateAndZeroNames() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        s.classComponents[1].name = "ALMProxy";
        vm.expectRevert(
            abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_DuplicateName.selector, bytes32("ALMProxy"))
        );
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);

        s = _spec();
        s.unitRanges[1].name = "capacity";
        vm.expectRevert(
            abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_DuplicateName.selector, bytes32("capacity"))
        );
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);

        s = _spec();
        s.beaconKinds = new bytes32[](2);
        s.beaconKinds[0] = "lpha-nfat";
        s.beaconKinds[1] = "lpha-nfat";
        vm.expectRevert(
            abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_DuplicateName.selector, bytes32("lpha-nfat"))
        );
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);

        s = _spec();
        s.classRanges[0].name = bytes32(0);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_ZeroName.selector);
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);

        s = _spec();
        s.unitComponents[0].name = bytes32(0);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_ZeroName.selector);
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);

        s = _spec();
        s.beaconKinds[0] = bytes32(0);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_ZeroName.selector);
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_revertsInvalidRange() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        s.unitRanges[1] = ITemplateRegistry.ParamRange("seniority", 2, 1);
        vm.expectRevert(
            abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_InvalidRange.selector, bytes32("seniority"), 2, 1)
        );
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_propose_revertsZeroDay0Flow() public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        s.day0Limits[0].flow = bytes32(0);
        vm.expectRevert(ITemplateRegistry.TemplateRegistry_ZeroDay0Flow.selector);
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
    }

    function test_latestVersion_tracksHighest() public {
        _propose(ID, 3);
        _propose(ID, 2);
        assertEq(registry.latestVersion(ID), 3);
        assertEq(registry.latestVersion("other"), 0);
    }

    // ---- lifecycle ----

    function test_lifecycle_fullPath() public {
        _propose(ID, 1);
        vm.warp(5000);
        vm.expectEmit(address(registry));
        emit ITemplateRegistry.TemplateApproved(ID, 1);
        vm.prank(governance);
        registry.approveTemplate(ID, 1);
        assertEq(uint8(registry.getStatus(ID, 1)), uint8(ITemplateRegistry.TemplateStatus.APPROVED));
        assertEq(registry.getTemplate(ID, 1).statusChangedAt, 5000);

        vm.expectEmit(address(registry));
        emit ITemplateRegistry.TemplateDeprecated(ID, 1);
        vm.prank(governance);
        registry.deprecateTemplate(ID, 1);
        assertEq(uint8(registry.getStatus(ID, 1)), uint8(ITemplateRegistry.TemplateStatus.DEPRECATED));
        assertFalse(registry.isRevoked(ID, 1));

        vm.expectEmit(address(registry));
        emit ITemplateRegistry.TemplateRevoked(ID, 1, ITemplateRegistry.TemplateStatus.DEPRECATED);
        vm.prank(governance);
        registry.revokeTemplate(ID, 1);
        assertTrue(registry.isRevoked(ID, 1));
    }

    function test_revoke_fromProposedAndApproved() public {
        _propose(ID, 1);
        _propose(ID, 2);
        vm.startPrank(governance);
        registry.revokeTemplate(ID, 1);
        registry.approveTemplate(ID, 2);
        vm.expectEmit(address(registry));
        emit ITemplateRegistry.TemplateRevoked(ID, 2, ITemplateRegistry.TemplateStatus.APPROVED);
        registry.revokeTemplate(ID, 2);
        vm.stopPrank();
        assertTrue(registry.isRevoked(ID, 1));
        assertTrue(registry.isRevoked(ID, 2));
    }

    function test_transitions_revertInvalid() public {
        vm.startPrank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITemplateRegistry.TemplateRegistry_InvalidTransition.selector,
                ID,
                1,
                ITemplateRegistry.TemplateStatus.NONE,
                ITemplateRegistry.TemplateStatus.APPROVED
            )
        );
        registry.approveTemplate(ID, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITemplateRegistry.TemplateRegistry_InvalidTransition.selector,
                ID,
                1,
                ITemplateRegistry.TemplateStatus.NONE,
                ITemplateRegistry.TemplateStatus.REVOKED
            )
        );
        registry.revokeTemplate(ID, 1);
        vm.stopPrank();

        _propose(ID, 1);
        vm.startPrank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITemplateRegistry.TemplateRegistry_InvalidTransition.selector,
                ID,
                1,
                ITemplateRegistry.TemplateStatus.PROPOSED,
                ITemplateRegistry.TemplateStatus.DEPRECATED
            )
        );
        registry.deprecateTemplate(ID, 1);
        registry.approveTemplate(ID, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITemplateRegistry.TemplateRegistry_InvalidTransition.selector,
                ID,
                1,
                ITemplateRegistry.TemplateStatus.APPROVED,
                ITemplateRegistry.TemplateStatus.APPROVED
            )
        );
        registry.approveTemplate(ID, 1);
        registry.revokeTemplate(ID, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITemplateRegistry.TemplateRegistry_InvalidTransition.selector,
                ID,
                1,
                ITemplateRegistry.TemplateStatus.REVOKED,
                ITemplateRegistry.TemplateStatus.REVOKED
            )
        );
        registry.revokeTemplate(ID, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITemplateRegistry.TemplateRegistry_InvalidTransition.selector,
                ID,
                1,
                ITemplateRegistry.TemplateStatus.REVOKED,
                ITemplateRegistry.TemplateStatus.APPROVED
            )
        );
        registry.approveTemplate(ID, 1);
        vm.stopPrank();
    }

    function test_lifecycle_refusesOutsiderAndProposer() public {
        _propose(ID, 1);
        bytes memory err = abi.encodeWithSelector(
            IAccessControl.AccessControlUnauthorizedAccount.selector, proposer, registry.DEFAULT_ADMIN_ROLE()
        );
        vm.startPrank(proposer);
        vm.expectRevert(err);
        registry.approveTemplate(ID, 1);
        vm.expectRevert(err);
        registry.deprecateTemplate(ID, 1);
        vm.expectRevert(err);
        registry.revokeTemplate(ID, 1);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(outsider);
        registry.approveTemplate(ID, 1);
    }

    // ---- views ----

    function test_getTemplate_revertsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_NotFound.selector, ID, 9));
        registry.getTemplate(ID, 9);
        assertEq(uint8(registry.getStatus(ID, 9)), uint8(ITemplateRegistry.TemplateStatus.NONE));
    }

    function test_constructor_revertsZeroGovernance() public {
        vm.expectRevert(abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_ZeroAddress.selector, "governance"));
        new TemplateRegistry(address(0), new address[](0));
    }

    function _view(
        ITemplateRegistry.TemplateStatus status,
        ITemplateRegistry.TemplateSpec memory s,
        ITemplateRegistry.Component[] memory components,
        ITemplateRegistry.ParamRange[] memory ranges
    ) internal pure returns (ITemplateRegistry.DeploymentView memory) {
        return ITemplateRegistry.DeploymentView(
            status, s.kind, s.beaconKinds, components, ranges, s.day0Limits, s.day0Cycles, s.depositAssets
        );
    }

    function test_getDeploymentView_returnsOneSide() public {
        ITemplateRegistry.DeploymentView memory none = registry.getDeploymentView(ID, 1, false);
        assertEq(uint8(none.status), uint8(ITemplateRegistry.TemplateStatus.NONE));
        assertEq(none.components.length, 0);

        _propose(ID, 1);
        ITemplateRegistry.DeploymentView memory c = registry.getDeploymentView(ID, 1, false);
        assertEq(uint8(c.status), uint8(ITemplateRegistry.TemplateStatus.PROPOSED));
        assertEq(c.kind, KIND);
        assertEq(c.beaconKinds[0], bytes32("lpha-lcts"));
        assertEq(c.components.length, 2);
        assertEq(c.components[1].implementation, implB);
        assertEq(c.ranges.length, 1);
        assertEq(c.ranges[0].name, bytes32("sizeMin"));
        assertEq(c.day0Limits[0].maxAmount, 100_000e18);
        assertEq(c.day0Cycles, 7);

        ITemplateRegistry.DeploymentView memory u = registry.getDeploymentView(ID, 1, true);
        assertEq(u.components.length, 1);
        assertEq(u.components[0].name, bytes32("ShareToken"));
        assertEq(u.ranges.length, 2);
        assertEq(u.ranges[1].name, bytes32("seniority"));

        // Each side whole (the blob) against the spec as stored (`getTemplate`).
        ITemplateRegistry.TemplateSpec memory s = registry.getTemplate(ID, 1).spec;
        assertEq(keccak256(abi.encode(c)), keccak256(abi.encode(_view(c.status, s, s.classComponents, s.classRanges))));
        assertEq(keccak256(abi.encode(u)), keccak256(abi.encode(_view(u.status, s, s.unitComponents, s.unitRanges))));

        vm.prank(governance);
        registry.revokeTemplate(ID, 1);
        assertEq(uint8(registry.getDeploymentView(ID, 1, true).status), uint8(ITemplateRegistry.TemplateStatus.REVOKED));
    }

    function testFuzz_getTemplatesPage_matchesModel(uint8 count, uint8 offset, uint8 limit) public {
        count = uint8(bound(count, 0, 12));
        for (uint32 i = 1; i <= count; ++i) {
            _propose(bytes32(uint256(i)), i);
        }
        ITemplateRegistry.TemplateVersion[] memory page = registry.getTemplatesPage(offset, limit);
        uint256 expected = offset >= count ? 0 : (count - offset < limit ? count - offset : limit);
        assertEq(page.length, expected);
        for (uint256 i = 0; i < page.length; ++i) {
            assertEq(page[i].version, uint32(offset + i + 1));
            assertEq(page[i].templateId, bytes32(uint256(offset + i + 1)));
            assertEq(page[i].spec.classComponents.length, 2);
        }
        assertEq(registry.templateVersionCount(), count);
    }

    function testFuzz_propose_rangeBounds(uint256 lo, uint256 hi) public {
        ITemplateRegistry.TemplateSpec memory s = _spec();
        s.classRanges[0] = ITemplateRegistry.ParamRange("x", lo, hi);
        if (lo > hi) {
            vm.expectRevert(
                abi.encodeWithSelector(ITemplateRegistry.TemplateRegistry_InvalidRange.selector, bytes32("x"), lo, hi)
            );
        }
        vm.prank(proposer);
        registry.proposeTemplate(ID, 1, s);
        if (lo <= hi) assertEq(registry.getTemplate(ID, 1).spec.classRanges[0].min, lo);
    }
}
