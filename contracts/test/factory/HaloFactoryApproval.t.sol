// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {IHaloFactory} from "../../src/interfaces/IHaloFactory.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice ERC-1271 approver (e.g. a Safe): accepts exactly one digest.
contract ContractApprover {
    bytes32 public approvedDigest;

    function approve(bytes32 digest) external {
        approvedDigest = digest;
    }

    function isValidSignature(bytes32 digest, bytes calldata) external view returns (bytes4) {
        return digest == approvedDigest ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }
}

/// @notice EIP-712 instance approvals, replay / expiry protection and front-running attempts.
contract HaloFactoryApprovalTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant SALT = "salt-1";
    uint256 internal constant OTHER_KEY = 0xB0B;

    function setUp() public {
        _deploySystem();
    }

    function test_deployClassWithApproval_anyoneSubmits_saltBoundToApprover() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, block.timestamp + 1 days, 7);
        IHaloFactory.ClassAddresses memory predicted =
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, SALT, approver);
        vm.prank(outsider);
        IHaloFactory.ClassAddresses memory deployed = factory.deployClassWithApproval(r, SALT, a);
        assertEq(keccak256(abi.encode(deployed)), keccak256(abi.encode(predicted)));
        assertTrue(factory.isNonceUsed(approver, 7));
        assertTrue(registry.classExists(PCLASS));
        // the deployer-path prediction for the same id and salt is a different set of addresses
        assertTrue(
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, SALT, deployer).almProxy != deployed.almProxy
        );
    }

    function test_deployClassWithApproval_replayRefused() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, block.timestamp + 1 days, 1);
        factory.deployClassWithApproval(r, SALT, a);
        // the very same signed approval, replayed
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NonceUsed.selector, approver, 1));
        factory.deployClassWithApproval(r, SALT, a);
        // a fresh signature that reuses the nonce for another class is refused too
        IHaloFactory.ClassRequest memory r2 = _portfolioClassRequest("acme-other");
        IHaloFactory.Approval memory b = _classApproval(approverKey, r2, SALT, block.timestamp + 1 days, 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NonceUsed.selector, approver, 1));
        factory.deployClassWithApproval(r2, SALT, b);
    }

    function test_deployClassWithApproval_expiredRefused() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        uint256 deadline = block.timestamp + 1 hours;
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, deadline, 1);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ApprovalExpired.selector, deadline, deadline + 1));
        factory.deployClassWithApproval(r, SALT, a);
    }

    function test_deployClassWithApproval_atDeadlineAccepted() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        uint256 deadline = block.timestamp + 1 hours;
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, deadline, 1);
        vm.warp(deadline);
        factory.deployClassWithApproval(r, SALT, a);
        assertTrue(registry.classExists(PCLASS));
    }

    function test_deployClassWithApproval_nonApproverRefused() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(OTHER_KEY, r, SALT, block.timestamp + 1 days, 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NotApprover.selector, vm.addr(OTHER_KEY)));
        factory.deployClassWithApproval(r, SALT, a);
    }

    function test_deployClassWithApproval_differentSignerRefused() public {
        // claims to be the approver but is signed by another key
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(OTHER_KEY, r, SALT, block.timestamp + 1 days, 1);
        a.approver = approver;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BadSignature.selector, approver));
        factory.deployClassWithApproval(r, SALT, a);
    }

    function test_deployClassWithApproval_tamperedRequestRefused() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, block.timestamp + 1 days, 1);
        // a front-runner swaps the GovOps, the salt or the deadline: the signature no longer matches
        IHaloFactory.ClassRequest memory evil = _portfolioClassRequest(PCLASS);
        evil.govOps = outsider;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BadSignature.selector, approver));
        factory.deployClassWithApproval(evil, SALT, a);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BadSignature.selector, approver));
        factory.deployClassWithApproval(r, "other-salt", a);
        a.deadline += 1;
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BadSignature.selector, approver));
        factory.deployClassWithApproval(r, SALT, a);
        assertFalse(factory.isNonceUsed(approver, 1));
    }

    function test_deployClassWithApproval_revokedApproverRefused() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, block.timestamp + 30 days, 1);
        _governance(address(factory), abi.encodeCall(IAccessControl.revokeRole, (factory.APPROVER(), approver)));
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NotApprover.selector, approver));
        factory.deployClassWithApproval(r, SALT, a);
    }

    function test_invalidateNonce_cancelsApproval() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, block.timestamp + 1 days, 5);
        vm.expectEmit(address(factory));
        emit IHaloFactory.NonceInvalidated(approver, 5);
        vm.prank(approver);
        factory.invalidateNonce(5);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NonceUsed.selector, approver, 5));
        factory.deployClassWithApproval(r, SALT, a);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NonceUsed.selector, approver, 5));
        vm.prank(approver);
        factory.invalidateNonce(5);
    }

    function test_frontRun_deployerTakesIdFirst_approvedDeploymentRevertsCleanly() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, block.timestamp + 1 days, 1);
        IHaloFactory.ClassAddresses memory approved =
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, SALT, approver);
        vm.prank(deployer);
        IHaloFactory.ClassAddresses memory other = factory.deployClass(r, SALT);
        // the deployer could not occupy the approved addresses
        assertTrue(other.almProxy != approved.almProxy);
        assertEq(approved.almProxy.code.length, 0);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_ClassExists.selector, PCLASS));
        factory.deployClassWithApproval(r, SALT, a);
        assertFalse(factory.isNonceUsed(approver, 1));
    }

    function test_erc1271Approver() public {
        ContractApprover safe = new ContractApprover();
        _governance(address(factory), abi.encodeCall(IAccessControl.grantRole, (factory.APPROVER(), address(safe))));
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        uint256 deadline = block.timestamp + 1 days;
        safe.approve(factory.classApprovalDigest(r, SALT, deadline, 1));
        factory.deployClassWithApproval(r, SALT, IHaloFactory.Approval(address(safe), deadline, 1, ""));
        assertEq(
            registry.getClass(PCLASS).almProxy,
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, SALT, address(safe)).almProxy
        );
    }

    function test_deployUnitWithApproval() public {
        vm.prank(deployer);
        factory.deployClass(_portfolioClassRequest(PCLASS), SALT);
        IHaloFactory.UnitRequest memory u = _unitRequest("u1", PCLASS);
        IHaloFactory.Approval memory a = _unitApproval(approverKey, u, SALT, block.timestamp + 1 days, 2);
        IHaloFactory.UnitAddresses memory predicted =
            factory.predictUnitAddresses(LCTS_TEMPLATE, 1, "u1", SALT, approver);
        vm.prank(outsider);
        IHaloFactory.UnitAddresses memory deployed = factory.deployUnitWithApproval(u, SALT, a);
        assertEq(keccak256(abi.encode(deployed)), keccak256(abi.encode(predicted)));
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NonceUsed.selector, approver, 2));
        factory.deployUnitWithApproval(u, SALT, a);

        // a unit approval binds the exact unit parameters
        IHaloFactory.UnitRequest memory u2 = _unitRequest("u2", PCLASS);
        IHaloFactory.Approval memory b = _unitApproval(approverKey, u2, SALT, block.timestamp + 1 days, 3);
        u2.params[0].value = 1e18; // tampered capacity
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BadSignature.selector, approver));
        factory.deployUnitWithApproval(u2, SALT, b);
    }

    function test_unitApprovalDigest_unknownClassReverts() public {
        IHaloFactory.UnitRequest memory u = _unitRequest("u1", "ghost");
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnknownClass.selector, bytes32("ghost")));
        factory.unitApprovalDigest(u, SALT, 1, 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_UnknownClass.selector, bytes32("ghost")));
        factory.cbeamGrantOperation("ghost");
    }

    function test_requestHashes_matchAbiEncoding() public view {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        assertEq(factory.classRequestHash(r), keccak256(abi.encode(r)));
        IHaloFactory.UnitRequest memory u = _unitRequest("u1", PCLASS);
        assertEq(factory.unitRequestHash(u), keccak256(abi.encode(u)));
        bytes32 structHash = keccak256(
            abi.encode(
                factory.CLASS_APPROVAL_TYPEHASH(), LCTS_TEMPLATE, uint32(1), keccak256(abi.encode(r)), SALT, 9, 3
            )
        );
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = factory.eip712Domain();
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(name)),
                keccak256(bytes(version)),
                chainId,
                verifying
            )
        );
        assertEq(
            factory.classApprovalDigest(r, SALT, 9, 3), keccak256(abi.encodePacked("\x19\x01", domain, structHash))
        );
        assertEq(name, "HaloFactory");
        assertEq(version, "1");
    }

    function testFuzz_signedApproval_onlyExactTuple(uint256 nonce, uint256 deadlineOffset, bytes32 salt) public {
        deadlineOffset = bound(deadlineOffset, 0, 365 days);
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, salt, block.timestamp + deadlineOffset, nonce);
        IHaloFactory.ClassAddresses memory predicted =
            factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, salt, approver);
        IHaloFactory.ClassAddresses memory deployed = factory.deployClassWithApproval(r, salt, a);
        assertEq(deployed.controller, predicted.controller);
        assertTrue(factory.isNonceUsed(approver, nonce));
    }
}
