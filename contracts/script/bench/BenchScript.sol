// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {Script} from "forge-std/Script.sol";

import {LaunchPaths} from "./LaunchPaths.sol";

/// @title BenchScript — broadcasting hooks and state hand-over between the phases of a launch script
/// @notice The 14-day timelock cannot be `vm.warp`ed on a live chain: `bench/run.ts` runs each phase as its own
///         `forge script` call and advances anvil's clock (`evm_increaseTime`) between them. A phase hands its
///         addresses to the next through ABI-encoded files under out/bench/launch/.
///         The keys are anvil's well-known development keys (public test keys, local chain only).
abstract contract BenchScript is Script, LaunchPaths {
    uint256 internal constant GOV_KEY = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;
    uint256 internal constant BEACON_KEY = 0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d;
    uint256 internal constant DEPOSITOR_KEY = 0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a;
    string internal constant DIR = "out/bench/launch/";

    /// @notice A launch step asked to send as an account the scripts hold no key for.
    error BenchScript_NoKey(address who);

    function _gov() internal pure override returns (address) {
        return vm.addr(GOV_KEY);
    }

    function _beacon() internal pure override returns (address) {
        return vm.addr(BEACON_KEY);
    }

    function _depositor() internal pure override returns (address) {
        return vm.addr(DEPOSITOR_KEY);
    }

    function _begin(address who) internal override {
        if (who == _gov()) vm.startBroadcast(GOV_KEY);
        else if (who == _beacon()) vm.startBroadcast(BEACON_KEY);
        else if (who == _depositor()) vm.startBroadcast(DEPOSITOR_KEY);
        else revert BenchScript_NoKey(who);
    }

    function _end() internal override {
        vm.stopBroadcast();
    }

    function _save(string memory name, bytes memory data) internal {
        vm.createDir(DIR, true);
        vm.writeFile(string.concat(DIR, name), vm.toString(data));
    }

    function _load(string memory name) internal view returns (bytes memory) {
        return vm.parseBytes(vm.readFile(string.concat(DIR, name)));
    }

    function _system() internal view returns (System memory) {
        return abi.decode(_load("system.hex"), (System));
    }

    function _launch(string memory name) internal view returns (Launch memory) {
        return abi.decode(_load(name), (Launch));
    }

    /// @notice Every contract address of a launch, for the runner to read code sizes from the chain.
    function _launchAddresses(Launch memory l) internal pure returns (address[] memory a) {
        a = new address[](16);
        a[0] = l.portfolio.almProxy;
        a[1] = l.portfolio.rateLimits;
        a[2] = l.portfolio.controller;
        a[3] = l.senior.shareToken;
        a[4] = l.senior.subscribeQueue;
        a[5] = l.senior.redeemQueue;
        a[6] = l.junior.shareToken;
        a[7] = l.junior.subscribeQueue;
        a[8] = l.junior.redeemQueue;
        a[9] = l.term.almProxy;
        a[10] = l.term.rateLimits;
        a[11] = l.term.controller;
        a[12] = l.nfat.facility;
        a[13] = l.nfat.dealToken;
        a[14] = l.nfat.redeem;
        a[15] = l.recorder;
    }
}
