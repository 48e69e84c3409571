// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

/// @title ALMProxy — custody of every asset of one Halo Class
/// @notice The ALMProxy holds the class's assets and does nothing on its own: it only forwards calls made by
///         holders of the CONTROLLER role (the class's HaloController). DEFAULT_ADMIN is the Configurator.
/// @dev Deployed as an ERC-1167 clone; the implementation locks its initializer in its constructor.
interface IALMProxy is IAccessControlEnumerable {
    /// @notice A forwarded call was made.
    /// @param caller The CONTROLLER that asked for it.
    /// @param target The contract called.
    /// @param value The ETH sent with the call (0 for `doCall` and `doDelegateCall`).
    /// @param selector The first four bytes of the call data (zero when shorter).
    /// @param isDelegateCall Whether the call was a DELEGATECALL.
    event Forwarded(
        address indexed caller, address indexed target, uint256 value, bytes4 selector, bool isDelegateCall
    );

    /// @notice A zero address was given where an account is required.
    error ALMProxy_ZeroAddress(string what);

    /// @notice The role whose holders may make the proxy call out.
    function CONTROLLER() external view returns (bytes32);

    /// @notice Initialise a fresh clone.
    /// @param admin Holder of DEFAULT_ADMIN_ROLE (the Configurator).
    /// @param controller Holder of CONTROLLER (the class's HaloController).
    function initialize(address admin, address controller) external;

    /// @notice Call `target` with `data` from the proxy; bubbles up any revert.
    function doCall(address target, bytes calldata data) external returns (bytes memory result);

    /// @notice Call `target` with `data` and `value` wei from the proxy; bubbles up any revert.
    function doCallWithValue(address target, bytes calldata data, uint256 value)
        external
        payable
        returns (bytes memory result);

    /// @notice DELEGATECALL `target` with `data` in the proxy's context; bubbles up any revert.
    function doDelegateCall(address target, bytes calldata data) external returns (bytes memory result);
}
