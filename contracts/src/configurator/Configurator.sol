// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {IBEAMState} from "../interfaces/IBEAMState.sol";
import {IConfigurator} from "../interfaces/IConfigurator.sol";
import {IHaloController} from "../interfaces/IHaloController.sol";
import {IRateLimits} from "../interfaces/IRateLimits.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Configurator
/// @notice GovOps' only way to change a registered PAU. It holds no roles of its own: every call is authorised
///         against BEAMState, so removals there (PAU, init, GovOps) take effect on the next call.
/// @dev Checks run in this order: PAU registered, caller accordant, then the call's own rule (init exists,
///      action enabled, SORL), so an outsider always learns only that it is not GovOps.
contract Configurator is IConfigurator {
    uint256 private constant BPS = 10_000;

    IBEAMState private immutable _state;

    /// @inheritdoc IConfigurator
    mapping(address pau => mapping(bytes32 key => uint256)) public lastIncreaseAt;

    constructor(address beamState_) {
        if (beamState_ == address(0)) revert Configurator_ZeroAddress("beamState");
        _state = IBEAMState(beamState_);
    }

    /// @inheritdoc IConfigurator
    function beamState() external view returns (address) {
        return address(_state);
    }

    // ---- rate limits ----

    /// @inheritdoc IConfigurator
    function sorlBounds(address pau, bytes32 key)
        external
        view
        returns (uint256 maxAmountCap, uint256 slopeCap, uint256 nextIncreaseAt)
    {
        IBEAMState.PauContracts memory p = _registered(pau);
        (uint256 initMax, uint256 initSlope) = _init(pau, key);
        IRateLimits.RateLimitData memory current = IRateLimits(p.rateLimits).getRateLimitData(key);
        uint256 bps = _state.maxChangeBps();
        maxAmountCap = _cap(current.maxAmount, initMax, bps);
        slopeCap = _cap(current.slope, initSlope, bps);
        nextIncreaseAt = _nextIncreaseAt(pau, key);
    }

    /// @inheritdoc IConfigurator
    function setRateLimit(address pau, bytes32 key, uint256 maxAmount, uint256 slope) external {
        IBEAMState.PauContracts memory p = _authorised(pau);
        (uint256 initMax, uint256 initSlope) = _init(pau, key);
        IRateLimits rateLimits = IRateLimits(p.rateLimits);
        IRateLimits.RateLimitData memory current = rateLimits.getRateLimitData(key);

        bool increasesMax = maxAmount > current.maxAmount;
        bool increasesSlope = slope > current.slope;
        if (increasesMax || increasesSlope) {
            uint256 nextAt = _nextIncreaseAt(pau, key);
            if (block.timestamp < nextAt) revert Configurator_IncreaseTooSoon(key, nextAt);
            uint256 bps = _state.maxChangeBps();
            if (increasesMax) _checkIncrease(key, current.maxAmount, maxAmount, initMax, bps);
            if (increasesSlope) _checkIncrease(key, current.slope, slope, initSlope, bps);
            lastIncreaseAt[pau][key] = block.timestamp;
        }

        rateLimits.setRateLimitData(key, maxAmount, slope);
        emit RateLimitSet(pau, key, maxAmount, slope, msg.sender);
    }

    /// @inheritdoc IConfigurator
    /// @dev Needs no init: removal must work even after aBEAM deleted the init in an emergency. The hop clock is
    ///      kept, so removing and re-instantiating does not skip a hop.
    function removeRateLimit(address pau, bytes32 key) external {
        IBEAMState.PauContracts memory p = _authorised(pau);
        IRateLimits(p.rateLimits).setRateLimitData(key, 0, 0);
        emit RateLimitRemoved(pau, key, msg.sender);
    }

    // ---- controller ----

    /// @inheritdoc IConfigurator
    function callControllerAction(address pau, bytes calldata data) external returns (bytes memory result) {
        IBEAMState.PauContracts memory p = _authorised(pau);
        bytes32 actionHash = keccak256(data);
        if (!_state.isInitControllerAction(actionHash, pau) && !_state.isInitControllerAction(actionHash, address(0))) {
            revert Configurator_ActionNotEnabled(actionHash, pau);
        }
        result = Address.functionCall(p.controller, data);
        emit ControllerActionCalled(pau, actionHash, msg.sender);
    }

    /// @inheritdoc IConfigurator
    function setRelayer(address pau, address relayer) external {
        IHaloController controller = _controller(pau, relayer, "relayer");
        controller.grantRole(controller.RELAYER(), relayer);
        emit RelayerSet(pau, relayer, true, msg.sender);
    }

    /// @inheritdoc IConfigurator
    function removeRelayer(address pau, address relayer) external {
        IHaloController controller = _controller(pau, relayer, "relayer");
        controller.revokeRole(controller.RELAYER(), relayer);
        emit RelayerSet(pau, relayer, false, msg.sender);
    }

    /// @inheritdoc IConfigurator
    function setFreezer(address pau, address freezer) external {
        IHaloController controller = _controller(pau, freezer, "freezer");
        controller.grantRole(controller.FREEZER(), freezer);
        emit FreezerSet(pau, freezer, true, msg.sender);
    }

    /// @inheritdoc IConfigurator
    function removeFreezer(address pau, address freezer) external {
        IHaloController controller = _controller(pau, freezer, "freezer");
        controller.revokeRole(controller.FREEZER(), freezer);
        emit FreezerSet(pau, freezer, false, msg.sender);
    }

    /// @inheritdoc IConfigurator
    /// @dev OpenZeppelin's `Multicall` loop: each call is a DELEGATECALL to this contract, so `msg.sender` (and
    ///      with it the GovOps check) is the original caller's, and the first revert undoes the whole batch.
    ///      It is written out because IConfigurator declares `multicall` too, and Solidity then demands an
    ///      override that can not reach the external base function through `super`.
    function multicall(bytes[] calldata data) external returns (bytes[] memory results) {
        results = new bytes[](data.length);
        for (uint256 i = 0; i < data.length; ++i) {
            results[i] = Address.functionDelegateCall(address(this), data[i]);
        }
    }

    // ---- internals ----

    function _registered(address pau) private view returns (IBEAMState.PauContracts memory p) {
        p = _state.getPau(pau);
        if (!p.registered) revert Configurator_PauNotRegistered(pau);
    }

    function _authorised(address pau) private view returns (IBEAMState.PauContracts memory p) {
        p = _registered(pau);
        if (!_state.isGovOps(pau, msg.sender)) revert Configurator_NotGovOps(pau, msg.sender);
    }

    function _controller(address pau, address account, string memory what) private view returns (IHaloController) {
        IBEAMState.PauContracts memory p = _authorised(pau);
        if (account == address(0)) revert Configurator_ZeroAddress(what);
        return IHaloController(p.controller);
    }

    function _init(address pau, bytes32 key) private view returns (uint256 initMax, uint256 initSlope) {
        bool exists;
        (exists, initMax, initSlope) = _state.getInitRateLimit(key, pau);
        if (!exists) revert Configurator_NoInit(key, pau);
    }

    function _nextIncreaseAt(address pau, bytes32 key) private view returns (uint256) {
        uint256 last = lastIncreaseAt[pau][key];
        return last == 0 ? 0 : last + _state.hop();
    }

    function _checkIncrease(bytes32 key, uint256 current, uint256 requested, uint256 initValue, uint256 bps)
        private
        pure
    {
        if (current == 0) {
            if (requested > initValue) revert Configurator_AboveInit(key, requested, initValue);
        } else {
            uint256 maxAllowed = _grow(current, bps);
            if (requested > maxAllowed) revert Configurator_IncreaseTooLarge(key, requested, maxAllowed);
        }
    }

    /// @dev The largest value a field may be raised to: the init from zero, else `current` grown by `bps`.
    function _cap(uint256 current, uint256 initValue, uint256 bps) private pure returns (uint256) {
        if (current == 0) return initValue;
        return Math.max(current, _grow(current, bps));
    }

    /// @dev `current * (1 + bps / 10000)` rounded down, saturating at `type(uint256).max` (= unlimited):
    ///      the product never fits in 256 bits near the top of the range, so it is taken at 512 bits.
    function _grow(uint256 current, uint256 bps) private pure returns (uint256) {
        (uint256 high,) = Math.mul512(current, BPS + bps);
        if (high >= BPS) return type(uint256).max;
        return Math.mulDiv(current, BPS + bps, BPS);
    }
}
