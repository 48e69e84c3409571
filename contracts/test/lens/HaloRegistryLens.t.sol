// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {HaloRegistryLens} from "../../lens/HaloRegistryLens.sol";
import {IHaloRegistry} from "../../src/interfaces/IHaloRegistry.sol";
import {ITemplateRegistry} from "../../src/interfaces/ITemplateRegistry.sol";
import {SystemFixture} from "../utils/SystemFixture.sol";

/// @notice The reconciler's registry-page reader: a page read through the lens is the registry's own page, packed
///         (the same bytes in both run modes: state override and deployless); the packed format is pinned by
///         hand-built vectors; an unknown list and a registry that refuses the read fail the call. The decoder and
///         the field-by-field equivalence with the ABI pages are tested in reconciler/test/chain/registry-packed.test.ts.
contract HaloRegistryLensTest is SystemFixture {
    bytes32 internal constant PCLASS = "acme-mmf";
    bytes32 internal constant TCLASS = "acme-term";
    bytes32 internal constant SALT = "salt-1";

    HaloRegistryLens internal lens;

    function setUp() public {
        _deploySystem();
        vm.startPrank(deployer);
        factory.deployClass(_portfolioClassRequest(PCLASS), SALT);
        factory.deployClass(_termClassRequest(TCLASS), SALT);
        factory.deployUnit(_unitRequest("acme-mmf-senior", PCLASS), SALT);
        factory.deployUnit(_unitRequest("acme-mmf-junior", PCLASS), SALT);
        vm.stopPrank();
        // What the reconciler's state override does: the runtime code at an address, no constructor run.
        lens = HaloRegistryLens(makeAddr("registry-lens"));
        vm.etch(address(lens), vm.getDeployedCode("HaloRegistryLens.sol:HaloRegistryLens"));
    }

    /// @dev What the deployless mode returns: the creation code with the arguments, run as a constructor.
    function _deployless(uint8 list, address target, uint256 offset, uint256 limit) internal returns (bytes memory) {
        bytes memory code = abi.encodePacked(
            vm.getCode("HaloRegistryLens.sol:HaloRegistryLens"), abi.encode(list, target, offset, limit)
        );
        address created;
        assembly ("memory-safe") {
            created := create(0, add(code, 32), mload(code))
        }
        // the constructor returned abi.encode(packed) as the "runtime code"
        return abi.decode(created.code, (bytes));
    }

    function test_pagesArePackedRegistryPages_inBothModes() public {
        uint8[4] memory lists = [lens.TEMPLATES(), lens.AGENTS(), lens.CLASSES(), lens.UNITS()];
        for (uint256 i = 0; i < lists.length; ++i) {
            uint8 list = lists[i];
            address target = list == lens.TEMPLATES() ? address(templates) : address(registry);
            bytes memory expected;
            if (list == lens.TEMPLATES()) {
                expected = lens.pack(1, _raw(address(templates), abi.encodeCall(templates.getTemplatesPage, (0, 100))));
            } else if (list == lens.AGENTS()) {
                expected = lens.pack(2, _raw(address(registry), abi.encodeCall(registry.getAgentsPage, (0, 100))));
            } else if (list == lens.CLASSES()) {
                expected = lens.pack(3, _raw(address(registry), abi.encodeCall(registry.getClassesPage, (0, 100))));
            } else {
                expected = lens.pack(4, _raw(address(registry), abi.encodeCall(registry.getUnitsPage, (0, 100))));
            }
            bytes memory viaLens = lens.page(list, target, 0, 100);
            assertEq(viaLens, expected, "override mode");
            assertEq(_deployless(list, target, 0, 100), expected, "deployless mode");
            // header: the list, then the record count
            assertEq(uint8(viaLens[0]), list);
        }
        // a later page, and a page past the end (header only)
        assertEq(
            lens.page(lens.UNITS(), address(registry), 1, 1),
            lens.pack(4, _raw(address(registry), abi.encodeCall(registry.getUnitsPage, (1, 1))))
        );
        assertEq(lens.page(lens.CLASSES(), address(registry), 5, 100), abi.encodePacked(lens.CLASSES(), uint32(0)));
    }

    /// @dev The vectors below are written out byte by byte (independently of the lens's writers): header (list,
    ///      count), then each field as the contract's notes say.
    function test_packsAUnitRecordFieldByField() public view {
        IHaloRegistry.UnitRecord[] memory units = new IHaloRegistry.UnitRecord[](1);
        IHaloRegistry.UnitRecord memory u = units[0];
        u.unitId = "u-1";
        u.classId = "c";
        u.origin = IHaloRegistry.Origin.FACTORY;
        u.recordedAt = 0x0102;
        u.paramsHash = bytes32(uint256(0xff)); // a hash ending in a non-zero byte: all 32 bytes
        u.contracts = new IHaloRegistry.NamedAddress[](1);
        u.contracts[0] = IHaloRegistry.NamedAddress("Q", address(0xAbc));
        u.artifact = IHaloRegistry.Artifact("ipfs://x", bytes32(0));
        u.day0 = IHaloRegistry.Day0Status(3, 1, 7);
        assertEq(
            lens.pack(4, abi.encode(units)),
            // 04 00000001 | 03 "u-1" | 01 "c" | origin 01 | recordedAt 0000000000000102 | 20 paramsHash (32 bytes)
            // | 1 contract: 01 "Q" address | no deal 00 | uri 00000008 "ipfs://x" | sha256 00 | day0 3, 1, 7
            hex"040000000103752d3101630100000000000001022000000000000000000000000000000000000000000000000000000000000000ff0000000101510000000000000000000000000000000000000abc0000000008697066733a2f2f780000000003000000010000000000000007"
        );
    }

    function test_packsADealUnitAndUint256sWithoutLeadingZeros() public view {
        IHaloRegistry.UnitRecord[] memory units = new IHaloRegistry.UnitRecord[](1);
        IHaloRegistry.UnitRecord memory u = units[0];
        u.unitId = "d";
        u.origin = IHaloRegistry.Origin.FACTORY;
        u.deal = IHaloRegistry.DealInfo(address(0xD), 0x0100, address(0xE), type(uint256).max, "book", bytes32(0));
        assertEq(
            lens.pack(4, abi.encode(units)),
            // ... | deal 01: dealToken, tokenId 02 0100, depositor, principal 20 ff…ff, bookId 04 "book", termsHash 00
            hex"0400000001016400010000000000000000000000000001000000000000000000000000000000000000000d020100000000000000000000000000000000000000000e20ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff04626f6f6b00000000000000000000000000000000000000000000"
        );
    }

    function test_packsAnAgentRecord() public view {
        IHaloRegistry.AgentRecord[] memory a = new IHaloRegistry.AgentRecord[](1);
        a[0].agentId = "acme";
        a[0].operator = address(0x1);
        a[0].registeredAt = 9;
        a[0].classIds = new bytes32[](2);
        a[0].classIds[0] = "x";
        assertEq(
            lens.pack(2, abi.encode(a)),
            // 02 00000001 | 04 "acme" | operator | uri 00000000 | sha256 00 | registeredAt 9 | 2 class ids: 01 "x", 00
            hex"02000000010461636d6500000000000000000000000000000000000000010000000000000000000000000900000002017800"
        );
    }

    function test_refusesAnUnknownList() public {
        vm.expectRevert(abi.encodeWithSelector(HaloRegistryLens.HaloRegistryLens_UnknownList.selector, uint8(5)));
        lens.page(5, address(registry), 0, 1);
        vm.expectRevert(abi.encodeWithSelector(HaloRegistryLens.HaloRegistryLens_UnknownList.selector, uint8(0)));
        lens.pack(0, abi.encode(new IHaloRegistry.UnitRecord[](0)));
    }

    function test_failsWhenTheRegistryCannotAnswer() public {
        // a template page asked of the HaloRegistry: no such function, the read reverts and so does the lens
        vm.expectRevert();
        lens.page(1, address(registry), 0, 1); // TEMPLATES
        // no code at all
        vm.expectRevert();
        lens.page(4, outsider, 0, 1); // UNITS
    }

    /// @dev A view's return data as the node sends it (ABI-encoded), without decoding it here.
    function _raw(address target, bytes memory data) internal view returns (bytes memory ret) {
        bool ok;
        (ok, ret) = target.staticcall(data);
        assertTrue(ok);
    }
}
