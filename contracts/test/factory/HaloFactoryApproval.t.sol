// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

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

/// @notice ERC-1271 wallet owned by one key: accepts any digest that key signed (like a 1-of-1 Safe).
contract OwnedWallet {
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    function isValidSignature(bytes32 digest, bytes calldata signature) external view returns (bytes4) {
        return ECDSA.recover(digest, signature) == owner ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
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

    /// @dev An id nobody reserved is first-come (D3: reserve it with `reserveId` when the approval is signed).
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
        safe.approve(factory.classApprovalDigest(r, SALT, address(safe), deadline, 1));
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
        factory.unitApprovalDigest(u, SALT, approver, 1, 1);
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
                factory.CLASS_APPROVAL_TYPEHASH(),
                approver,
                LCTS_TEMPLATE,
                uint32(1),
                keccak256(abi.encode(r)),
                SALT,
                9,
                3
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
            factory.classApprovalDigest(r, SALT, approver, 9, 3),
            keccak256(abi.encodePacked("\x19\x01", domain, structHash))
        );
        assertEq(
            factory.CLASS_APPROVAL_TYPEHASH(),
            keccak256(
                "ClassApproval(address approver,bytes32 templateId,uint32 version,bytes32 paramsHash,bytes32 salt,"
                "uint256 deadline,uint256 nonce)"
            )
        );
        assertEq(
            factory.UNIT_APPROVAL_TYPEHASH(),
            keccak256(
                "UnitApproval(address approver,bytes32 templateId,uint32 version,bytes32 paramsHash,bytes32 salt,"
                "uint256 deadline,uint256 nonce)"
            )
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

    // ---- review 2026-12-06 ----

    /// @dev A-03: one key backs two approvers (its EOA and a wallet it owns). Before the fix the signature did not
    ///      name the approver: an approval cancelled by the EOA (`invalidateNonce`) could still be used through the
    ///      wallet, and a front-runner chose which approver (so which predicted addresses) the class got.
    function test_A03_signatureNamesItsApprover() public {
        OwnedWallet wallet = new OwnedWallet(approver);
        _governance(address(factory), abi.encodeCall(IAccessControl.grantRole, (factory.APPROVER(), address(wallet))));
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        uint256 deadline = block.timestamp + 1 days;
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, deadline, 1);
        vm.prank(approver);
        factory.invalidateNonce(1); // the EOA cancels its approval

        IHaloFactory.Approval memory viaWallet = IHaloFactory.Approval(address(wallet), deadline, 1, a.signature);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_BadSignature.selector, address(wallet)));
        vm.prank(outsider);
        factory.deployClassWithApproval(r, SALT, viaWallet);
        assertFalse(registry.classExists(PCLASS));
    }

    /// @dev D3: an id an authoriser reserved can be deployed only by that authoriser; before the fix another DEPLOYER
    ///      (or another approver's signature) took the id first and the approved instance could never be deployed.
    function test_D3_reservedClassIdOnlyForItsHolder() public {
        IHaloFactory.ClassRequest memory r = _portfolioClassRequest(PCLASS);
        vm.expectEmit(address(factory));
        emit IHaloFactory.IdReserved(PCLASS, approver);
        vm.prank(approver);
        factory.reserveId(PCLASS);
        assertEq(factory.reservedBy(PCLASS), approver);

        // another DEPLOYER
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_IdReserved.selector, PCLASS, approver));
        vm.prank(deployer);
        factory.deployClass(r, SALT);
        // another approver's valid signature naming the same id
        address other = vm.addr(OTHER_KEY);
        _governance(address(factory), abi.encodeCall(IAccessControl.grantRole, (factory.APPROVER(), other)));
        IHaloFactory.Approval memory b = _classApproval(OTHER_KEY, r, SALT, block.timestamp + 1 days, 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_IdReserved.selector, PCLASS, approver));
        factory.deployClassWithApproval(r, SALT, b);

        // the holder's approval deploys at its predicted addresses and uses up the reservation
        IHaloFactory.Approval memory a = _classApproval(approverKey, r, SALT, block.timestamp + 1 days, 1);
        IHaloFactory.ClassAddresses memory deployed = factory.deployClassWithApproval(r, SALT, a);
        assertEq(deployed.almProxy, factory.predictClassAddresses(LCTS_TEMPLATE, 1, PCLASS, SALT, approver).almProxy);
        assertEq(factory.reservedBy(PCLASS), address(0));
    }

    function test_D3_reservedUnitIdOnlyForItsHolder() public {
        vm.prank(deployer);
        factory.deployClass(_portfolioClassRequest(PCLASS), SALT);
        IHaloFactory.UnitRequest memory u = _unitRequest("u1", PCLASS);
        vm.prank(deployer);
        factory.reserveId("u1");
        IHaloFactory.Approval memory a = _unitApproval(approverKey, u, SALT, block.timestamp + 1 days, 1);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_IdReserved.selector, bytes32("u1"), deployer));
        factory.deployUnitWithApproval(u, SALT, a);
        vm.prank(deployer);
        factory.deployUnit(u, SALT);
        assertTrue(registry.unitExists("u1"));
    }

    function test_D3_reserveId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NotAuthoriser.selector, outsider));
        vm.prank(outsider);
        factory.reserveId(PCLASS);
        vm.expectRevert(IHaloFactory.Factory_ZeroId.selector);
        vm.prank(deployer);
        factory.reserveId(bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_IdTaken.selector, AGENT));
        vm.prank(deployer);
        factory.reserveId(AGENT);
        vm.prank(deployer);
        factory.reserveId(PCLASS);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_IdReserved.selector, PCLASS, deployer));
        vm.prank(approver);
        factory.reserveId(PCLASS);
        // a revoked DEPLOYER reserves nothing more
        _governance(address(factory), abi.encodeCall(IAccessControl.revokeRole, (factory.DEPLOYER(), deployer)));
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NotAuthoriser.selector, deployer));
        vm.prank(deployer);
        factory.reserveId("other");
    }

    function test_D3_releaseId_byHolderOrGovernanceOnly() public {
        vm.prank(approver);
        factory.reserveId(PCLASS);
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NotReservationHolder.selector, PCLASS, deployer));
        vm.prank(deployer);
        factory.releaseId(PCLASS);
        vm.expectEmit(address(factory));
        emit IHaloFactory.IdReleased(PCLASS, approver, approver);
        vm.prank(approver);
        factory.releaseId(PCLASS);
        assertEq(factory.reservedBy(PCLASS), address(0));
        // nothing to release
        vm.expectRevert(abi.encodeWithSelector(IHaloFactory.Factory_NotReservationHolder.selector, PCLASS, approver));
        vm.prank(approver);
        factory.releaseId(PCLASS);

        // governance frees a squatted id
        vm.prank(deployer);
        factory.reserveId(PCLASS);
        _governance(address(factory), abi.encodeCall(IHaloFactory.releaseId, (PCLASS)));
        assertEq(factory.reservedBy(PCLASS), address(0));
    }
}
