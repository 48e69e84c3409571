// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Test} from "forge-std/Test.sol";

import {BlobStore} from "../../src/factory/BlobStore.sol";

/// @dev Bench-only prototypes (issue 17, not shipped): what the two options the decision tables in docs/gas.md left
///      as estimates would cost, measured on minimal contracts that do exactly the part that differs.

/// @dev Wiring kept in storage, written by an initialiser (today's clones: queues, share token, NFAT contracts).
contract StoredWiring {
    bool private _initialized;
    address public depositAsset;
    address public shareToken;
    address public controller;

    function initialize(address asset, address token, address ctrl) external {
        require(!_initialized, "initialized");
        _initialized = true;
        depositAsset = asset;
        shareToken = token;
        controller = ctrl;
    }

    /// @dev A hot-path read of all three wiring addresses.
    function wiring() external view returns (address, address, address) {
        return (depositAsset, shareToken, controller);
    }
}

/// @dev The same wiring as immutable arguments appended to the clone's code (OpenZeppelin `Clones` with immutable
///      arguments): nothing to initialise, read back with one EXTCODECOPY of the clone's own code.
contract ArgsWiring {
    function wiring() external view returns (address asset, address token, address ctrl) {
        (asset, token, ctrl) = abi.decode(Clones.fetchCloneArgs(address(this)), (address, address, address));
    }
}

/// @dev Creates the clones (as the factory would) and keeps records either way.
contract PrototypeDeployer {
    mapping(bytes32 id => bytes32 recordHash) public recordHashes;

    event Recorded(bytes32 indexed id, bytes record);

    function deployStored(address impl, bytes32 salt, address a, address b, address c) external returns (address i) {
        i = Clones.cloneDeterministic(impl, salt);
        StoredWiring(i).initialize(a, b, c);
    }

    function deployArgs(address impl, bytes32 salt, address a, address b, address c) external returns (address i) {
        i = Clones.cloneDeterministicWithImmutableArgs(impl, abi.encode(a, b, c), salt);
    }

    /// @dev Today's record: the never-changing part as a write-once blob.
    function recordBlob(bytes calldata record) external returns (address) {
        return BlobStore.write(record);
    }

    /// @dev The events-only option: the chain keeps the record's hash, the event carries the record.
    function recordEvent(bytes32 id, bytes calldata record) external {
        recordHashes[id] = keccak256(record);
        emit Recorded(id, record);
    }
}

/// @notice Writes out/bench/prototype-gas.json (not read by the report; the figures are quoted in docs/gas.md).
contract PrototypeGasBench is Test {
    string internal constant KEY = "prototype-gas";
    /// @dev Encoded sizes of today's blobs (FactoryGas trace: Term class blob 218,030 gas, unit blob 121,938 gas,
    ///      200 gas per byte of code): 1,089 and 608 bytes.
    uint256 internal constant CLASS_RECORD_BYTES = 1089;
    uint256 internal constant UNIT_RECORD_BYTES = 608;

    PrototypeDeployer internal deployer;
    address internal stored;
    address internal args;

    function setUp() public {
        deployer = new PrototypeDeployer();
        stored = address(new StoredWiring());
        args = address(new ArgsWiring());
    }

    function _coolAll(address instance) internal {
        vm.cool(address(deployer));
        vm.cool(stored);
        vm.cool(args);
        if (instance != address(0)) vm.cool(instance);
    }

    function _record(uint256 length, uint8 fill) internal pure returns (bytes memory r) {
        r = new bytes(length);
        for (uint256 i = 0; i < length; ++i) {
            r[i] = bytes1(fill);
        }
    }

    function test_Bench_Prototypes() public {
        _measureClones();
        _measureRecords("class", _record(CLASS_RECORD_BYTES, 0x5a), "class-1");
        string memory json = _measureRecords("unit", _record(UNIT_RECORD_BYTES, 0x5b), "unit-1");
        vm.createDir("out/bench", true);
        vm.writeJson(json, "out/bench/prototype-gas.json");
    }

    function _measureClones() internal {
        address a = makeAddr("asset");
        address b = makeAddr("token");
        address c = makeAddr("controller");

        _coolAll(address(0));
        uint256 g = gasleft();
        address s = deployer.deployStored(stored, "s", a, b, c);
        vm.serializeUint(KEY, "clone3AddressesStored_deployAndInit", g - gasleft());

        _coolAll(address(0));
        g = gasleft();
        address x = deployer.deployArgs(args, "s", a, b, c);
        vm.serializeUint(KEY, "clone3AddressesArgs_deploy", g - gasleft());

        _coolAll(s);
        g = gasleft();
        (address a1, address b1, address c1) = StoredWiring(s).wiring();
        vm.serializeUint(KEY, "clone3AddressesStored_coldRead", g - gasleft());
        assertTrue(a1 == a && b1 == b && c1 == c);

        _coolAll(x);
        g = gasleft();
        (a1, b1, c1) = ArgsWiring(x).wiring();
        vm.serializeUint(KEY, "clone3AddressesArgs_coldRead", g - gasleft());
        assertTrue(a1 == a && b1 == b && c1 == c);
    }

    function _measureRecords(string memory kind, bytes memory record, bytes32 id) internal returns (string memory) {
        _coolAll(address(0));
        uint256 g = gasleft();
        address blob = deployer.recordBlob(record);
        uint256 blobGas = g - gasleft();
        assertEq(keccak256(BlobStore.read(blob)), keccak256(record));

        _coolAll(address(0));
        g = gasleft();
        deployer.recordEvent(id, record);
        uint256 eventGas = g - gasleft();
        assertEq(deployer.recordHashes(id), keccak256(record));

        vm.serializeUint(KEY, string.concat(kind, "RecordBlob"), blobGas);
        return vm.serializeUint(KEY, string.concat(kind, "RecordHashAndEvent"), eventGas);
    }
}
