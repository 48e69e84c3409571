// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

/// @title HaloController — the only entry point that moves a Halo Class's capital
/// @notice Every movement out of or into the class's ALMProxy goes through this contract and is bounded by a
///         rate limit in the class's RateLimits (keys from `RateLimitKeys`).
///         Roles:
///         - DEFAULT_ADMIN_ROLE: the Configurator (GovOps act through it); sets static parameters;
///         - RELAYER: the beacon / GovOps executor; moves assets to approved destinations;
///         - FREEZER: may freeze the controller and remove a relayer at once;
///         - UNIT: unit contracts of this class (LCTS queues, NFAT facility / redeem contract), which push
///           settlement inflows into and pull payouts out of the ALMProxy. Granted only by the factory that
///           initialised this clone (`registerUnit`), revocable by the admin.
///         A frozen controller moves nothing until the admin unfreezes it.
interface IHaloController is IAccessControlEnumerable {
    event DestinationSet(address indexed destination, bool approved);
    event UnitRegistered(address indexed unit);
    event RelayerRemoved(address indexed relayer, address indexed freezer);
    event Frozen(address indexed by);
    event Unfrozen(address indexed by);
    event AssetTransferred(address indexed asset, address indexed destination, uint256 amount);
    event UnitInflow(address indexed unit, address indexed asset, uint256 amount);
    event UnitOutflow(address indexed unit, address indexed asset, uint256 amount);

    error Controller_ZeroAddress(string what);
    error Controller_Frozen();
    error Controller_NotFactory(address caller);
    error Controller_DestinationNotApproved(address destination);
    error Controller_ZeroAmount();
    /// @notice The token called through the ALMProxy reported failure (returned false or malformed data, or has no
    ///         code). Same acceptance rule as OpenZeppelin's SafeERC20.
    error Controller_TransferFailed(address asset);
    /// @notice `removeRelayer` was asked to remove an account that does not hold RELAYER.
    error Controller_NotRelayer(address account);
    /// @notice UNIT cannot be granted through `grantRole`; only the factory grants it, via `registerUnit`.
    error Controller_UnitOnlyViaFactory();

    function RELAYER() external view returns (bytes32);
    function FREEZER() external view returns (bytes32);
    function UNIT() external view returns (bytes32);

    /// @notice Initialise a fresh clone.
    /// @param admin DEFAULT_ADMIN (the Configurator).
    /// @param proxy_ The class's ALMProxy.
    /// @param rateLimits_ The class's RateLimits.
    /// @param freezer Initial FREEZER (zero for none).
    /// @param factory_ The Halo Factory, which alone may register unit contracts.
    function initialize(address admin, address proxy_, address rateLimits_, address freezer, address factory_) external;

    function proxy() external view returns (address);
    function rateLimits() external view returns (address);
    function factory() external view returns (address);
    function frozen() external view returns (bool);
    function isApprovedDestination(address destination) external view returns (bool);

    // ---- admin controller actions (static parameters) ----

    /// @notice Approve or un-approve `destination` (a custodian / RWA endpoint) for `transferAsset`. Admin only.
    function setDestination(address destination, bool approved) external;

    /// @notice Lift a freeze. Admin only.
    function unfreeze() external;

    // ---- factory ----

    /// @notice Grant UNIT to a unit contract the factory just deployed for this class. Factory only.
    function registerUnit(address unit) external;

    // ---- freezer ----

    /// @notice Stop every capital movement at once. FREEZER (or admin).
    function freeze() external;

    /// @notice Revoke RELAYER from `relayer` at once. FREEZER only.
    function removeRelayer(address relayer) external;

    // ---- relayer ----

    /// @notice Move `amount` of `asset` from the ALMProxy to an approved `destination`.
    ///         Spends (LIMIT_TRANSFER, asset, destination). RELAYER only.
    function transferAsset(address asset, address destination, uint256 amount) external;

    // ---- unit contracts ----

    /// @notice Pull `amount` of `asset` from the calling unit contract into the ALMProxy (the unit must have
    ///         approved this controller). Spends (LIMIT_UNIT_INFLOW, asset, msg.sender). UNIT only.
    function receiveFromUnit(address asset, uint256 amount) external;

    /// @notice Pay `amount` of `asset` from the ALMProxy to the calling unit contract.
    ///         Spends (LIMIT_UNIT_OUTFLOW, asset, msg.sender). UNIT only.
    function sendToUnit(address asset, uint256 amount) external;
}
