// SPDX-License-Identifier: AGPL-3.0-only
pragma solidity 0.8.30;

import {INfatDealToken} from "../../src/interfaces/INfatDealToken.sol";
import {INfatFacility} from "../../src/interfaces/INfatFacility.sol";
import {NfatDealToken} from "../../src/nfat/NfatDealToken.sol";
import {NfatFacility} from "../../src/nfat/NfatFacility.sol";
import {NfatRedeem} from "../../src/nfat/NfatRedeem.sol";
import {NfatFixture} from "./NfatFixture.sol";
import {MockERC20} from "./mocks/MockERC20.sol";
import {Test} from "forge-std/Test.sol";

/// @dev Drives one NFAT class with random but well-formed operations from every role, and keeps ghost
///      accounting of what should be true.
contract NfatHandler is Test {
    NfatFacility internal facility;
    NfatDealToken internal token;
    NfatRedeem internal redeem;
    MockERC20 internal susds;
    address internal proxy;
    address internal nfatBeacon;
    address internal attestBeacon;

    address[3] internal actors;
    bytes32[] internal bookIds;
    uint256[] public tokenIds;

    // ghosts
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawn;
    uint256 public ghostClaimed;
    mapping(uint256 tokenId => uint256 amount) public ghostFunded;
    mapping(uint256 tokenId => uint256 amount) public ghostPaid;
    mapping(bytes32 bookId => bool attested) public attestedSinceChange;
    uint256 public gateViolations;
    uint256 public closeViolations;
    uint256 public gatedMoves;
    uint256 public calls;

    constructor(
        NfatFacility facility_,
        NfatDealToken token_,
        NfatRedeem redeem_,
        MockERC20 susds_,
        address proxy_,
        address nfatBeacon_,
        address attestBeacon_,
        address[3] memory actors_
    ) {
        facility = facility_;
        token = token_;
        redeem = redeem_;
        susds = susds_;
        proxy = proxy_;
        nfatBeacon = nfatBeacon_;
        attestBeacon = attestBeacon_;
        actors = actors_;
    }

    function tokenCount() external view returns (uint256) {
        return tokenIds.length;
    }

    function bookId(uint256 i) external view returns (bytes32) {
        return bookIds[i];
    }

    function bookCount() external view returns (uint256) {
        return bookIds.length;
    }

    function _book(uint256 seed) internal returns (bytes32) {
        if (bookIds.length == 0) _open();
        return bookIds[seed % bookIds.length];
    }

    function _open() internal returns (bytes32 id) {
        id = keccak256(abi.encode("book", bookIds.length));
        vm.prank(nfatBeacon);
        facility.openBook(id);
        bookIds.push(id);
    }

    /// @dev A book that takes claims: the seeded one if it does, else a freshly opened one.
    function _fillingBook(uint256 seed) internal returns (bytes32 id) {
        id = _book(seed);
        INfatFacility.BookStatus status = facility.book(id).status;
        if (status != INfatFacility.BookStatus.CREATED && status != INfatFacility.BookStatus.FILLING) id = _open();
    }

    function actor(uint256 i) external view returns (address) {
        return actors[i];
    }

    // ---- depositors ----

    function deposit(uint256 actorSeed, uint256 amount) external {
        address who = actors[actorSeed % 3];
        amount = bound(amount, 1, 1e27);
        susds.mint(who, amount);
        vm.startPrank(who);
        susds.approve(address(facility), amount);
        facility.deposit(amount);
        vm.stopPrank();
        ghostDeposited += amount;
        ++calls;
    }

    function withdraw(uint256 actorSeed) external {
        address who = actors[actorSeed % 3];
        if (facility.sharesOf(who) == 0) return;
        vm.prank(who);
        ghostWithdrawn += facility.withdraw();
        ++calls;
    }

    // ---- lpha-nfat / lpha-attest ----

    function openBook() external {
        if (bookIds.length >= 8) return;
        _open();
        ++calls;
    }

    function claim(uint256 actorSeed, uint256 bookSeed, uint256 amount, uint256 scheduleSeed, uint256 term) external {
        address who = actors[actorSeed % 3];
        bytes32 id = _fillingBook(bookSeed);
        uint256 balance = facility.balanceOf(who);
        if (balance == 0) {
            this.deposit(actorSeed, amount);
            balance = facility.balanceOf(who);
        }
        amount = bound(amount, 1, balance);
        INfatFacility.DealTerms memory terms = INfatFacility.DealTerms({
            maturity: uint64(block.timestamp + bound(term, 1 days, 730 days)),
            apyBps: 500,
            schedule: INfatFacility.Schedule(scheduleSeed % 3),
            documentHash: keccak256(abi.encode(amount))
        });
        vm.prank(nfatBeacon);
        uint256 tokenId = facility.claim(who, amount, id, terms);
        tokenIds.push(tokenId);
        ghostClaimed += amount;
        attestedSinceChange[id] = false;
        ++calls;
    }

    function attest(uint256 bookSeed, bytes32 hash) external {
        bytes32 id = _book(bookSeed);
        INfatFacility.BookStatus status = facility.book(id).status;
        if (status == INfatFacility.BookStatus.NONE || status == INfatFacility.BookStatus.CLOSED) return;
        if (hash == bytes32(0)) hash = keccak256("attestation");
        vm.prank(attestBeacon);
        facility.attestBook(id, hash);
        attestedSinceChange[id] = true;
        ++calls;
    }

    /// @dev lpha-nfat tries any move; whatever the facility accepts is checked against the rules.
    function move(uint256 bookSeed, uint256 nextSeed) external {
        bytes32 id = _book(bookSeed);
        INfatFacility.Book memory before = facility.book(id);
        INfatFacility.BookStatus next = INfatFacility.BookStatus(nextSeed % 7);
        vm.prank(nfatBeacon);
        try facility.setBookStatus(id, next) {
            if (next == INfatFacility.BookStatus.DEPLOYING || next == INfatFacility.BookStatus.AT_REST) {
                ++gatedMoves;
                if (!attestedSinceChange[id]) ++gateViolations;
            }
            if (next == INfatFacility.BookStatus.CLOSED && (before.unitCount != 0 || before.liabilities != 0)) {
                ++closeViolations;
            }
            attestedSinceChange[id] = false;
            ++calls;
        } catch {}
    }

    /// @dev lpha-attest attempts the move on its own: it must never succeed.
    function attesterMoves(uint256 bookSeed, uint256 nextSeed) external {
        bytes32 id = _book(bookSeed);
        vm.prank(attestBeacon);
        try facility.setBookStatus(id, INfatFacility.BookStatus(nextSeed % 7)) {
            ++gateViolations;
        } catch {}
    }

    /// @dev Walk a FILLING book through both gated moves properly, so the later states are reached often.
    function deployBook(uint256 bookSeed) external {
        bytes32 id = _book(bookSeed);
        if (facility.book(id).status != INfatFacility.BookStatus.FILLING) return;
        vm.prank(attestBeacon);
        facility.attestBook(id, keccak256("deploy"));
        vm.prank(nfatBeacon);
        facility.setBookStatus(id, INfatFacility.BookStatus.DEPLOYING);
        vm.prank(attestBeacon);
        facility.attestBook(id, keccak256("at-rest"));
        vm.prank(nfatBeacon);
        facility.setBookStatus(id, INfatFacility.BookStatus.AT_REST);
        gatedMoves += 2;
        attestedSinceChange[id] = false;
        ++calls;
    }

    function fund(uint256 tokenSeed, uint256 amount) external {
        if (tokenIds.length == 0) return;
        uint256 id = tokenIds[tokenSeed % tokenIds.length];
        if (!token.exists(id)) return;
        uint256 principal = token.deal(id).principal;
        uint256 avail = redeem.available(id);
        // half the time cover the principal (so redemptions happen), otherwise a random instalment
        if (amount % 2 == 0 && avail < principal) amount = principal - avail + amount % (principal / 10 + 1);
        else amount = bound(amount, 1, principal);
        susds.mint(proxy, amount);
        vm.prank(nfatBeacon);
        redeem.fund(id, amount);
        ghostFunded[id] += amount;
        ++calls;
    }

    // ---- holders ----

    function redeemToken(uint256 tokenSeed) external {
        if (tokenIds.length == 0) return;
        uint256 id = tokenIds[tokenSeed % tokenIds.length];
        if (!token.exists(id) || redeem.available(id) < token.deal(id).principal) return;
        bytes32 b = token.deal(id).bookId;
        vm.prank(token.ownerOf(id));
        ghostPaid[id] += redeem.redeem(id);
        attestedSinceChange[b] = false;
        ++calls;
    }

    function spend(uint256 tokenSeed, uint256 part) external {
        if (tokenIds.length == 0) return;
        uint256 id = tokenIds[tokenSeed % tokenIds.length];
        if (!token.exists(id)) return;
        INfatDealToken.Deal memory d = token.deal(id);
        uint256 avail = redeem.available(id);
        if (d.schedule != uint8(INfatFacility.Schedule.AMORTISING) || avail == 0) return;
        part = avail >= d.principal ? d.principal : bound(part, 1, avail);
        vm.prank(token.ownerOf(id));
        ghostPaid[id] += redeem.spend(id, part);
        attestedSinceChange[d.bookId] = false;
        ++calls;
    }

    function claimInterest(uint256 tokenSeed) external {
        if (tokenIds.length == 0) return;
        uint256 id = tokenIds[tokenSeed % tokenIds.length];
        if (!token.exists(id)) return;
        INfatDealToken.Deal memory d = token.deal(id);
        uint256 avail = redeem.available(id);
        if (d.schedule != uint8(INfatFacility.Schedule.PERIODIC) || avail == 0 || avail >= d.principal) return;
        vm.prank(token.ownerOf(id));
        ghostPaid[id] += redeem.claimInterest(id);
        ++calls;
    }

    /// @dev Anybody but the holder tries to take a token's money: must always fail.
    function strangerRedeems(uint256 tokenSeed, uint256 actorSeed) external {
        if (tokenIds.length == 0) return;
        uint256 id = tokenIds[tokenSeed % tokenIds.length];
        address who = actors[actorSeed % 3];
        if (!token.exists(id) || token.ownerOf(id) == who) return;
        vm.prank(who);
        try redeem.redeem(id) returns (uint256 paid) {
            ghostPaid[id] += paid;
            ++gateViolations;
        } catch {}
    }

    function transfer(uint256 tokenSeed, uint256 actorSeed) external {
        if (tokenIds.length == 0) return;
        uint256 id = tokenIds[tokenSeed % tokenIds.length];
        if (!token.exists(id)) return;
        address from = token.ownerOf(id);
        vm.prank(from);
        token.transferFrom(from, actors[actorSeed % 3], id);
        ++calls;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 3 days));
    }
}

/// @notice Invariants of one NFAT class under random operations by every role.
contract NfatInvariantTest is NfatFixture {
    NfatHandler internal handler;
    address internal primeC = makeAddr("primeC");

    function setUp() public override {
        super.setUp();
        INfatFacility.Buybox memory bb = _defaultBuybox();
        bb.sizeMin = 1;
        bb.sizeMax = type(uint128).max;
        bb.termMin = 1 days;
        bb.termMax = 730 days;
        bb.restrictedDepositors = false;
        NfatClass memory k = _deployClass("inv", bb, false);
        facility = k.facility;
        token = k.token;
        redeem = k.redeem;
        handler = new NfatHandler(
            k.facility, k.token, k.redeem, susds, k.proxy, nfatBeacon, attestBeacon, [primeA, primeB, primeC]
        );
        targetContract(address(handler));
    }

    /// @dev Queue conservation: the facility holds exactly its internal underlying, which is deposits minus
    ///      withdrawals minus claims; depositors' balances never add up to more than that.
    function invariant_QueueConservation() public view {
        uint256 underlying = facility.totalUnderlying();
        assertEq(underlying, handler.ghostDeposited() - handler.ghostWithdrawn() - handler.ghostClaimed());
        assertEq(susds.balanceOf(address(facility)), underlying);
        uint256 sum;
        uint256 shares;
        for (uint256 i; i < 3; ++i) {
            sum += facility.balanceOf(handler.actor(i));
            shares += facility.sharesOf(handler.actor(i));
        }
        assertEq(shares, facility.totalShares());
        assertLe(sum, underlying);
        assertLe(underlying - sum, 3, "rounding dust only");
    }

    /// @dev The redeem contract never pays more than was funded for a token, and holds what it owes.
    function invariant_RedeemNeverPaysMoreThanFunded() public view {
        uint256 owed;
        for (uint256 i; i < handler.tokenCount(); ++i) {
            uint256 id = handler.tokenIds(i);
            uint256 funded = handler.ghostFunded(id);
            uint256 paid = handler.ghostPaid(id);
            assertLe(paid, funded);
            assertEq(redeem.account(id).funded, funded);
            assertEq(redeem.account(id).paid, paid);
            owed += funded - paid;
        }
        assertEq(redeem.totalOwed(), owed);
        assertEq(susds.balanceOf(address(redeem)), owed);
    }

    /// @dev Each book's liabilities equal the outstanding principal of its live units, and its unit count their
    ///      number; a closed book has none.
    function invariant_BookLiabilitiesMatchUnits() public view {
        for (uint256 b; b < handler.bookCount(); ++b) {
            bytes32 id = handler.bookId(b);
            uint256 principal;
            uint256 units;
            for (uint256 i; i < handler.tokenCount(); ++i) {
                uint256 t = handler.tokenIds(i);
                if (!token.exists(t)) continue;
                INfatDealToken.Deal memory d = token.deal(t);
                if (d.bookId != id) continue;
                principal += d.principal;
                ++units;
            }
            INfatFacility.Book memory bk = facility.book(id);
            assertEq(bk.liabilities, principal);
            assertEq(bk.unitCount, units);
            if (bk.status == INfatFacility.BookStatus.CLOSED) assertEq(units, 0);
        }
    }

    /// @dev Neither beacon alone moves a book past a gate, and no book closes with outstanding units.
    function invariant_GatesHold() public view {
        assertEq(handler.gateViolations(), 0);
        assertEq(handler.closeViolations(), 0);
    }

    function invariant_TokenSupplyMatches() public view {
        uint256 live;
        for (uint256 i; i < handler.tokenCount(); ++i) {
            if (token.exists(handler.tokenIds(i))) ++live;
        }
        assertEq(token.totalOutstanding(), live);
        assertEq(token.totalMinted(), handler.tokenCount());
    }

    /// @dev The handler really reaches the deep states (claims, gated moves, funding, every payout kind).
    function test_Handler_ReachesDeepStates() public {
        handler.deposit(0, 90 * M);
        handler.claim(0, 0, 30 * M, 0, 365 days); // bullet
        handler.claim(0, 0, 30 * M, 1, 365 days); // amortising
        handler.claim(0, 0, 30 * M, 2, 365 days); // periodic
        handler.deployBook(0);
        assertEq(uint8(facility.book(handler.bookId(0)).status), uint8(INfatFacility.BookStatus.AT_REST));
        handler.fund(0, 2); // covers the bullet
        handler.redeemToken(0);
        handler.fund(1, 3 * M + 1); // odd seed: a random instalment
        handler.spend(1, 1 * M);
        handler.fund(2, 1); // odd seed: a coupon
        handler.claimInterest(2);
        handler.strangerRedeems(1, 1);
        handler.attesterMoves(0, 5);
        assertEq(token.totalOutstanding(), 2);
        assertGt(redeem.account(2).paid, 0);
        assertGt(redeem.account(3).paid, 0);
        assertEq(handler.gateViolations(), 0);
        invariant_BookLiabilitiesMatchUnits();
        invariant_RedeemNeverPaysMoreThanFunded();
        invariant_QueueConservation();
    }

    function afterInvariant() external view {
        // make sure the run did something (a test that cannot fail is a defect)
        assertGt(handler.calls(), 0);
    }
}
