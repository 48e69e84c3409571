// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @notice Call target for ALMProxy tests: records the last call, returns or reverts on demand.
contract CallTarget {
    error CallTarget_Boom(uint256 code);

    address public lastCaller;
    uint256 public lastValue;
    bytes public lastData;

    function record(uint256 x) external payable returns (uint256) {
        lastCaller = msg.sender;
        lastValue = msg.value;
        lastData = msg.data;
        return x * 2;
    }

    function boom(uint256 code) external payable {
        revert CallTarget_Boom(code);
    }

    receive() external payable {
        lastCaller = msg.sender;
        lastValue = msg.value;
        lastData = "";
    }

    fallback() external payable {
        lastCaller = msg.sender;
        lastValue = msg.value;
        lastData = msg.data;
    }
}

/// @notice DELEGATECALL target: writes into the caller's storage and reports `address(this)`.
contract DelegateTarget {
    error DelegateTarget_Boom();

    bytes32 public constant SLOT = keccak256("pau.test.delegate.slot");

    function writeSlot(uint256 value) external returns (address self) {
        bytes32 slot = SLOT;
        assembly {
            sstore(slot, value)
        }
        return address(this);
    }

    function boom() external pure {
        revert DelegateTarget_Boom();
    }
}

/// @notice ERC-20-ish token whose `transfer` return data is chosen by the test, to exercise the SafeERC20-like
///         check the controller applies to calls made through the proxy. Balances move in every mode except
///         `ReturnFalse`, so a wrongly accepted `false` would be visible.
contract QuirkyToken {
    enum Mode {
        ReturnTrue,
        ReturnNothing,
        ReturnFalse,
        ReturnShort,
        ReturnTwo,
        ReturnLongTrue
    }

    Mode public mode;
    mapping(address account => uint256 balance) public balanceOf;

    function setMode(Mode mode_) external {
        mode = mode_;
    }

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    // `transfer(address,uint256)` is served by the fallback so that its return data can be anything.
    fallback() external {
        require(msg.sig == bytes4(keccak256("transfer(address,uint256)")), "selector");
        (address to, uint256 amount) = abi.decode(msg.data[4:], (address, uint256));
        Mode m = mode;
        if (m != Mode.ReturnFalse) {
            balanceOf[msg.sender] -= amount;
            balanceOf[to] += amount;
        }
        if (m == Mode.ReturnTrue) _return(abi.encode(true));
        if (m == Mode.ReturnNothing) _return("");
        if (m == Mode.ReturnFalse) _return(abi.encode(false));
        if (m == Mode.ReturnShort) _return(hex"01");
        if (m == Mode.ReturnTwo) _return(abi.encode(uint256(2)));
        _return(abi.encode(true, uint256(7)));
    }

    function _return(bytes memory data) private pure {
        assembly {
            return(add(data, 32), mload(data))
        }
    }
}
