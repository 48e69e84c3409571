// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

/// @title IBeamState — the external ABI of Sky's PAS BeamState (`sky-ecosystem/pas`, `src/BeamState.sol`)
/// @notice Describes Sky's deployed contract as the Halo Factory and the reconciler call it; the local stand-in
///         (`contracts/pas/BeamState.sol`) implements it. BeamState holds PAS's data and authorisation:
///         - `wards` (Maker style, `rely`/`deny`): full admins, on mainnet Sky's PauseProxy;
///         - role bitmasks: a `roleAuth` function may be called by a ward or by anyone holding a role (a bit
///           0..255 of `userRoles[who]`) that is enabled for the function's selector (`actionsRoles[sig]`);
///         - registries keyed by contract address (RateLimits, Controllers, cBEAM accounts, and the per-contract
///           cBEAM grants), flags stored as `uint256` 0 / 1;
///         - Day-0 ("init") rate limits and enabled controller actions, where `address(0)` as the contract means
///           "every contract";
///         - SORL parameters `hop` (seconds) and `maxChange` (WAD multiplier) per RateLimits with `address(0)`
///           as the fallback;
///         - `stopped`, which halts the Configurator.
///         PAS reverts with strings: "BeamState/not-authorized" (`auth`), "BeamState/role-not-authorized"
///         (`roleAuth`), "BeamState/maxChange-below-1x", "BeamState/not-existing-rateLimits",
///         "BeamState/not-existing-controller", "BeamState/not-existing-cBeam".
interface IBeamState {
    /// @notice A default rate limit: `{type(uint256).max, 0}` means "unlimited"; `{0, 0}` means "not set".
    struct DefaultRateLimits {
        uint256 maxAmount;
        uint256 slope;
    }

    // --- events ---

    /// @notice `usr` became a ward.
    event Rely(address indexed usr);
    /// @notice `usr` is no longer a ward.
    event Deny(address indexed usr);
    /// @notice Role bit `role` of `who` was set (`enabled`) or cleared.
    event SetUserRole(address indexed who, uint8 indexed role, bool enabled);
    /// @notice Role `role` was allowed (`enabled`) or no longer allowed to call the function with selector `sig`.
    event SetRoleAction(uint8 indexed role, bytes4 sig, bool enabled);
    /// @notice BeamState was stopped: the Configurator refuses every call.
    event Stop();
    /// @notice BeamState was started again.
    event Start();
    /// @notice The hop (seconds between two increases of a key) of `rateLimits_` (`address(0)`: fallback) was set.
    event SetHop(address indexed rateLimits_, uint256 value);
    /// @notice The maximum change per hop (WAD) of `rateLimits_` (`address(0)`: fallback) was set.
    event SetMaxChange(address indexed rateLimits_, uint256 value);
    /// @notice `cBeam` was vetted as a cBEAM (GovOps) account.
    event AddCBeam(address indexed cBeam);
    /// @notice `cBeam` is no longer a cBEAM account (its existing per-contract grants stay stored).
    event DelCBeam(address indexed cBeam);
    /// @notice The RateLimits contract `rateLimits_` was registered.
    event AddRateLimits(address indexed rateLimits_);
    /// @notice The RateLimits contract `rateLimits_` was unregistered.
    event DelRateLimits(address indexed rateLimits_);
    /// @notice The controller `controller` was registered.
    event AddController(address indexed controller);
    /// @notice The controller `controller` was unregistered.
    event DelController(address indexed controller);
    /// @notice `cBeam` may call controller actions of `controller` through the Configurator.
    event SetCBeamForController(address indexed controller, address indexed cBeam);
    /// @notice `cBeam` may no longer call controller actions of `controller`.
    event UnsetCBeamForController(address indexed controller, address indexed cBeam);
    /// @notice `cBeam` may set rate limits on `rateLimits_` through the Configurator.
    event SetCBeamForRateLimits(address indexed rateLimits_, address indexed cBeam);
    /// @notice `cBeam` may no longer set rate limits on `rateLimits_`.
    event UnsetCBeamForRateLimits(address indexed rateLimits_, address indexed cBeam);
    /// @notice The default rate limit of `key` on `rateLimits_` (`address(0)`: every RateLimits) was set.
    event AddInitRateLimits(bytes32 indexed key, address indexed rateLimits_, uint256 maxAmount, uint256 slope);
    /// @notice The default rate limit of `key` on `rateLimits_` was deleted.
    event DelInitRateLimits(bytes32 indexed key, address indexed rateLimits_);
    /// @notice The calldata with hash `key` was enabled on `controller` (`address(0)`: every controller).
    event AddInitControllerActions(bytes32 indexed key, address indexed controller);
    /// @notice The calldata with hash `key` was disabled on `controller`.
    event DelInitControllerActions(bytes32 indexed key, address indexed controller);

    // --- public storage getters ---

    /// @notice 1 if `usr` is a ward (full admin), else 0.
    function wards(address usr) external view returns (uint256);
    /// @notice The role bitmask of `usr` (bit `r` set = holds role `r`).
    function userRoles(address usr) external view returns (bytes32);
    /// @notice The bitmask of roles allowed to call the function with selector `sig`.
    function actionsRoles(bytes4 sig) external view returns (bytes32);
    /// @notice 1 if the RateLimits contract `rateLimits_` is registered, else 0.
    function rateLimits(address rateLimits_) external view returns (uint256);
    /// @notice 1 if the controller `controller` is registered, else 0.
    function controllers(address controller) external view returns (uint256);
    /// @notice 1 if `cBeam` is a vetted cBEAM account, else 0.
    function cBeams(address cBeam) external view returns (uint256);
    /// @notice 1 if `cBeam` may set rate limits on `rateLimits_`, else 0.
    function rateLimitsCBeams(address rateLimits_, address cBeam) external view returns (uint256);
    /// @notice 1 if `cBeam` may call controller actions of `controller`, else 0.
    function controllersCBeams(address controller, address cBeam) external view returns (uint256);
    /// @notice The default rate limit stored for exactly (`key`, `rateLimits_`), without the `address(0)` fallback.
    function initRateLimits(bytes32 key, address rateLimits_) external view returns (uint256 maxAmount, uint256 slope);
    /// @notice Whether the calldata hash `key` is enabled for exactly `controller` (no `address(0)` fallback).
    function initControllerActions(bytes32 key, address controller) external view returns (bool);
    /// @notice The hop stored for exactly `rateLimits_` (0 = not set; see `getHop`).
    function hop(address rateLimits_) external view returns (uint256);
    /// @notice The maxChange (WAD) stored for exactly `rateLimits_` (0 = not set; see `getMaxChange`).
    function maxChange(address rateLimits_) external view returns (uint256);
    /// @notice Whether BeamState is stopped (the Configurator then refuses every call).
    function stopped() external view returns (bool);

    // --- getters ---

    /// @notice Whether `usr` holds role `role`.
    function hasUserRole(address usr, uint8 role) external view returns (bool has);
    /// @notice Whether role `role` may call the function with selector `sig`.
    function isActionInRole(bytes4 sig, uint8 role) external view returns (bool has);
    /// @notice The hop of `rateLimits_`, or the `address(0)` fallback when none is set for it.
    function getHop(address rateLimits_) external view returns (uint256 hop_);
    /// @notice The maxChange of `rateLimits_`, or the `address(0)` fallback when none is set for it.
    function getMaxChange(address rateLimits_) external view returns (uint256 maxChange_);
    /// @notice The default rate limit of `key` on `rateLimits_`, or the one on `address(0)` when the specific
    ///         entry is `{0, 0}`.
    function getInitRateLimits(bytes32 key, address rateLimits_)
        external
        view
        returns (DefaultRateLimits memory defaultRateLimits);
    /// @notice Whether the calldata hash `key` is enabled for `controller` or for every controller (`address(0)`).
    function isControllerActionEnabled(bytes32 key, address controller) external view returns (bool ok);

    // --- ward only (`auth`) ---

    /// @notice Make `usr` a ward. Ward only.
    function rely(address usr) external;
    /// @notice Remove `usr` from the wards. Ward only.
    function deny(address usr) external;
    /// @notice Give (`enabled`) or take away role bit `role` of `who`. Ward only.
    function setUserRole(address who, uint8 role, bool enabled) external;
    /// @notice Allow (`enabled`) or forbid role `role` to call the function with selector `sig`. Ward only.
    function setRoleAction(uint8 role, bytes4 sig, bool enabled) external;

    // --- ward or a role enabled for the selector (`roleAuth`) ---

    /// @notice Stop BeamState (halts the Configurator).
    function stop() external;
    /// @notice Start BeamState again.
    function start() external;
    /// @notice Set the hop (seconds) of `rateLimits_` (`address(0)`: the fallback). 0 forbids every increase.
    function setHop(address rateLimits_, uint256 value) external;
    /// @notice Set the maxChange (WAD multiplier, 1.25e18 = +25% per hop) of `rateLimits_` (`address(0)`: the
    ///         fallback). Reverts "BeamState/maxChange-below-1x" below 1e18.
    function setMaxChange(address rateLimits_, uint256 value) external;
    /// @notice Register the RateLimits contract `rateLimits_`.
    function addRateLimits(address rateLimits_) external;
    /// @notice Unregister the RateLimits contract `rateLimits_` (existing cBEAM grants stay stored).
    function delRateLimits(address rateLimits_) external;
    /// @notice Register the controller `controller`.
    function addController(address controller) external;
    /// @notice Unregister the controller `controller` (existing cBEAM grants stay stored).
    function delController(address controller) external;
    /// @notice Vet `cBeam` as a cBEAM (GovOps) account.
    function addCBeam(address cBeam) external;
    /// @notice Remove `cBeam` from the cBEAM accounts (existing per-contract grants stay stored).
    function delCBeam(address cBeam) external;
    /// @notice Let `cBeam` set rate limits on `rateLimits_`. Reverts "BeamState/not-existing-rateLimits" or
    ///         "BeamState/not-existing-cBeam" unless both are registered.
    function setCBeamForRateLimits(address rateLimits_, address cBeam) external;
    /// @notice Revoke the grant of `cBeam` on `rateLimits_`.
    function unsetCBeamForRateLimits(address rateLimits_, address cBeam) external;
    /// @notice Let `cBeam` call controller actions of `controller`. Reverts "BeamState/not-existing-controller"
    ///         or "BeamState/not-existing-cBeam" unless both are registered.
    function setCBeamForController(address controller, address cBeam) external;
    /// @notice Revoke the grant of `cBeam` on `controller`.
    function unsetCBeamForController(address controller, address cBeam) external;
    /// @notice Set the default rate limit of `key` on `rateLimits_` (`address(0)`: every RateLimits).
    ///         `{type(uint256).max, 0}` makes the key "unlimited only".
    function addInitRateLimits(bytes32 key, address rateLimits_, uint256 maxAmount, uint256 slope) external;
    /// @notice Delete the default rate limit of `key` on `rateLimits_`.
    function delInitRateLimits(bytes32 key, address rateLimits_) external;
    /// @notice Enable the exact calldata `data` on `controller` (`address(0)`: every controller).
    /// @return key `keccak256(data)`, the id under which it is stored.
    function addInitControllerActions(bytes calldata data, address controller) external returns (bytes32 key);
    /// @notice Disable the calldata hash `key` on `controller`.
    function delInitControllerActions(bytes32 key, address controller) external;
}
