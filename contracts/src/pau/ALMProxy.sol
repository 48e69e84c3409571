// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IALMProxy} from "../interfaces/IALMProxy.sol";
import {
    AccessControlEnumerableUpgradeable
} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlEnumerableUpgradeable.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

/// @title ALMProxy — custody of one Halo Class's assets
/// @dev Deployed as an ERC-1167 clone. Deliberately logic-free: every rule (limits, destinations, freeze) lives in
///      the controller, so the custody contract never needs to change when the rules do. A call to an address
///      without code that returns nothing reverts (`Address.AddressEmptyCode`): the proxy only talks to contracts.
contract ALMProxy is IALMProxy, AccessControlEnumerableUpgradeable {
    /// @inheritdoc IALMProxy
    bytes32 public constant CONTROLLER = keccak256("CONTROLLER");

    constructor() {
        _disableInitializers();
    }

    /// @notice Accept ETH (e.g. unwrapped WETH, refunds); it can only leave through a CONTROLLER call.
    receive() external payable {}

    /// @inheritdoc IALMProxy
    function initialize(address admin, address controller) external initializer {
        if (admin == address(0)) revert ALMProxy_ZeroAddress("admin");
        if (controller == address(0)) revert ALMProxy_ZeroAddress("controller");
        __AccessControlEnumerable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(CONTROLLER, controller);
    }

    /// @inheritdoc IALMProxy
    function doCall(address target, bytes calldata data) external onlyRole(CONTROLLER) returns (bytes memory result) {
        result = Address.functionCall(target, data);
        emit Forwarded(msg.sender, target, 0, _selector(data), false);
    }

    /// @inheritdoc IALMProxy
    /// @dev `value` is paid from the proxy's balance, which already includes any `msg.value` sent along.
    function doCallWithValue(address target, bytes calldata data, uint256 value)
        external
        payable
        onlyRole(CONTROLLER)
        returns (bytes memory result)
    {
        result = Address.functionCallWithValue(target, data, value);
        emit Forwarded(msg.sender, target, value, _selector(data), false);
    }

    /// @inheritdoc IALMProxy
    function doDelegateCall(address target, bytes calldata data)
        external
        onlyRole(CONTROLLER)
        returns (bytes memory result)
    {
        result = Address.functionDelegateCall(target, data);
        emit Forwarded(msg.sender, target, 0, _selector(data), true);
    }

    /// @notice ERC-165: also advertises `IALMProxy`, so a factory can check a template's components.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IALMProxy).interfaceId || super.supportsInterface(interfaceId);
    }

    function _selector(bytes calldata data) private pure returns (bytes4) {
        return data.length < 4 ? bytes4(0) : bytes4(data[:4]);
    }
}
