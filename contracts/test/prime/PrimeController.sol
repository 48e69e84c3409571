// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {ALMProxy} from "../../src/pau/ALMProxy.sol";
import {RateLimits} from "../../src/pau/RateLimits.sol";

interface IPrimeLctsQueue {
    function underlyingAsset() external view returns (address);
    function deposit(uint256 amount) external returns (uint256 shares);
}

interface IPrimeNfatFacility {
    function depositAsset() external view returns (address);
    function deposit(uint256 amount) external returns (uint256 shares);
    function withdraw() external returns (uint256 amount);
}

/// @title PrimeController — a TEST-ONLY stand-in of a Prime's (Spark-style) ALM controller
/// @notice Devnets and tests only, never shipped: a Prime's PAU is the Prime's own code (e.g. Spark's
///         MainnetController). It holds what the Halo Factory's Prime onboarding needs to be shown end to end: an
///         ALMProxy and a RateLimits (the project's PAU contracts, cloned and wired in the constructor, admin =
///         the Prime's governance, CONTROLLER = this contract), a RELAYER role, and four relayer actions whose rate
///         limit keys are derived the way the Prime's controller derives them:
///         - LCTS subscribe / redeem queue (an asynchronous, ERC-7540-like request):
///           `keccak256(abi.encode(keccak256("LIMIT_7540_DEPOSIT"), queue))` / `…("LIMIT_7540_REDEEM"), queue))`;
///         - NFAT facility (Spark's NFAT Prime facet): subscribe
///           `keccak256(abi.encode(keccak256("LIMIT_NFAT_PRIME_SUBSCRIBE"), asset, facility))`, withdraw
///           `keccak256(abi.encode(keccak256("LIMIT_NFAT_PRIME_WITHDRAW"), facility))`.
///         Amounts are counted as they leave / reach the ALMProxy (balance deltas), not as requested.
contract PrimeController is AccessControl {
    bytes32 public constant RELAYER = keccak256("RELAYER");
    bytes32 public constant LIMIT_7540_DEPOSIT = keccak256("LIMIT_7540_DEPOSIT");
    bytes32 public constant LIMIT_7540_REDEEM = keccak256("LIMIT_7540_REDEEM");
    bytes32 public constant LIMIT_NFAT_PRIME_SUBSCRIBE = keccak256("LIMIT_NFAT_PRIME_SUBSCRIBE");
    bytes32 public constant LIMIT_NFAT_PRIME_WITHDRAW = keccak256("LIMIT_NFAT_PRIME_WITHDRAW");

    ALMProxy public immutable proxy;
    RateLimits public immutable rateLimits;

    event LctsDeposit(address indexed queue, uint256 spent);
    event NfatDeposit(address indexed facility, uint256 spent);
    event NfatWithdraw(address indexed facility, uint256 received);

    error PrimeController_ZeroAddress(string what);

    /// @param admin The Prime's governance: DEFAULT_ADMIN of the three contracts (it later grants the PAS
    ///        Configurator DEFAULT_ADMIN on the controller and the RateLimits, as `PASAuthorizeInPAU` does).
    /// @param almProxyImplementation / rateLimitsImplementation Implementations the PAU clones.
    constructor(address admin, address almProxyImplementation, address rateLimitsImplementation) {
        if (admin == address(0)) revert PrimeController_ZeroAddress("admin");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        proxy = ALMProxy(payable(Clones.clone(almProxyImplementation)));
        rateLimits = RateLimits(Clones.clone(rateLimitsImplementation));
        proxy.initialize(admin, address(this));
        rateLimits.initialize(admin, address(this), address(0));
    }

    // ---- keys (the Prime controller's derivation) ----

    function lctsDepositKey(address queue) public pure returns (bytes32) {
        return keccak256(abi.encode(LIMIT_7540_DEPOSIT, queue));
    }

    function lctsRedeemKey(address queue) public pure returns (bytes32) {
        return keccak256(abi.encode(LIMIT_7540_REDEEM, queue));
    }

    function nfatSubscribeKey(address asset, address facility) public pure returns (bytes32) {
        return keccak256(abi.encode(LIMIT_NFAT_PRIME_SUBSCRIBE, asset, facility));
    }

    function nfatWithdrawKey(address facility) public pure returns (bytes32) {
        return keccak256(abi.encode(LIMIT_NFAT_PRIME_WITHDRAW, facility));
    }

    // ---- relayer actions ----

    /// @notice Queue `amount` of the queue's underlying from the ALMProxy into an LCTS queue: the deposit asset into a
    ///         subscribe queue, Halo shares into a redeem queue (`redeem` selects the key).
    function depositLcts(address queue, uint256 amount, bool redeem) external onlyRole(RELAYER) {
        address asset = IPrimeLctsQueue(queue).underlyingAsset();
        uint256 spent = _spend(asset, queue, abi.encodeCall(IPrimeLctsQueue.deposit, (amount)), amount);
        rateLimits.triggerRateLimitDecrease(redeem ? lctsRedeemKey(queue) : lctsDepositKey(queue), spent);
        emit LctsDeposit(queue, spent);
    }

    /// @notice Deposit `amount` of the facility's asset from the ALMProxy into an NFAT Term facility.
    function depositNfat(address facility, uint256 amount) external onlyRole(RELAYER) {
        address asset = IPrimeNfatFacility(facility).depositAsset();
        uint256 spent = _spend(asset, facility, abi.encodeCall(IPrimeNfatFacility.deposit, (amount)), amount);
        rateLimits.triggerRateLimitDecrease(nfatSubscribeKey(asset, facility), spent);
        emit NfatDeposit(facility, spent);
    }

    /// @notice Withdraw the ALMProxy's whole position from an NFAT Term facility.
    function withdrawNfat(address facility) external onlyRole(RELAYER) {
        IERC20 asset = IERC20(IPrimeNfatFacility(facility).depositAsset());
        uint256 before = asset.balanceOf(address(proxy));
        proxy.doCall(facility, abi.encodeCall(IPrimeNfatFacility.withdraw, ()));
        uint256 received = asset.balanceOf(address(proxy)) - before;
        rateLimits.triggerRateLimitDecrease(nfatWithdrawKey(facility), received);
        emit NfatWithdraw(facility, received);
    }

    /// @dev Approve, call, reset the approval; returns what left the ALMProxy.
    function _spend(address asset, address spender, bytes memory data, uint256 amount) private returns (uint256 spent) {
        uint256 before = IERC20(asset).balanceOf(address(proxy));
        proxy.doCall(asset, abi.encodeCall(IERC20.approve, (spender, amount)));
        proxy.doCall(spender, data);
        proxy.doCall(asset, abi.encodeCall(IERC20.approve, (spender, 0)));
        spent = before - IERC20(asset).balanceOf(address(proxy));
    }
}
