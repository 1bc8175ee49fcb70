package org.cosmodrome.auctions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cosmodrome.auctions.AuctionResult.Sold;
import org.cosmodrome.auctions.AuctionResult.Standing;
import org.cosmodrome.auctions.BidBook.BiddingLot;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bidding on lots: registrations and deposits, bids (taken one at a time per lot under the lot's row lock, at the
 * server's time, and judged by the lot's auction rules replayed from its stored bids), the close, and the offers to
 * buy that follow it. Every step is entered in the ledger in its transaction.
 */
@Service
public class Bidding {

    private static final Set<String> OPEN_FOR_REGISTRATION = Set.of("PUBLISHED");
    private static final Set<String> ENDED = Set.of("CLOSED", "SOLD", "UNSOLD");

    private final BidBook book;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Bidding(BidBook book, Ledger ledger, CurrentActor currentActor, Clock clock, ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.book = book;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
    }

    private Instant now() {
        // The database keeps microseconds; a bid's time must replay exactly as stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private BiddingLot locked(String lotId) {
        return book.lockLot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
    }

    // BidderRegistration and deposits

    /**
     * Registers the current actor's organisation to bid on a lot; its deposit (a percentage of the starting price)
     * is then due, and must be received before it may bid.
     *
     * @throws RuleViolation {@code lot-not-open} when the lot is not published, {@code seller-party} for the
     *                       seller's own people, {@code already-registered}
     */
    @Transactional
    public BidderRegistration register(String lotId) {
        Actor actor = currentActor.get();
        BiddingLot lot = locked(lotId);
        if (!OPEN_FOR_REGISTRATION.contains(lot.status()) || ended(lot, now())) {
            throw new RuleViolation("lot-not-open", "lot", "Lot " + lotId + " does not take registrations.");
        }
        if (actor.actsFor(lot.seller())) {
            throw new RuleViolation("seller-party", "bidder", Refusal.SELLER_PARTY.reason());
        }
        if (book.registration(lotId, actor.organization()).isPresent()) {
            throw new RuleViolation("already-registered", "bidder",
                    actor.organization() + " is already registered for lot " + lotId + ".");
        }
        long deposit = lot.deposit();
        BidderRegistration registration = book.register(lotId, actor.organization(), actor.user(), deposit, now());
        ledger.append("lot.bidder.registered", "lot", lotId, List.of(actor.organization(), lot.seller()),
                Map.of("bidder", actor.organization(), "number", registration.number(), "deposit", deposit,
                        "currency", lot.currency()));
        return registration;
    }

    /** Records that a registered bidder's deposit was received (by the seller's side). */
    @Transactional
    public BidderRegistration recordDeposit(String lotId, String bidder) {
        BiddingLot lot = locked(lotId);
        BidderRegistration registration = book.registration(lotId, bidder)
                .orElseThrow(() -> new RecordNotFound("registration", lotId + "/" + bidder));
        if (!"DUE".equals(registration.depositState())) {
            throw new RuleViolation("deposit-not-due", "bidder",
                    "The deposit of " + bidder + " on lot " + lotId + " is " + registration.depositState() + ".");
        }
        book.depositReceived(lotId, bidder, now());
        ledger.append("lot.deposit.received", "lot", lotId, List.of(bidder, lot.seller()),
                Map.of("bidder", bidder, "deposit", registration.deposit(), "currency", lot.currency()));
        return book.registration(lotId, bidder).orElseThrow();
    }

    /** The registrations of a lot: all of them to those who read everything, else only the actor's own. */
    @Transactional(readOnly = true)
    public List<BidderRegistration> registrations(String lotId, Actor viewer) {
        book.lot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
        return book.registrations(lotId).stream()
                .filter(r -> viewer.readsEverything() || viewer.actsFor(r.bidder())).toList();
    }

    // Bids

    /**
     * Submits a bid for the current actor's organisation at the server's time. The bid is stored with its outcome
     * whether it is accepted or refused.
     *
     * @param amount whole units of the lot's currency; for a Dutch acceptance, the price the bidder saw, or
     *               {@code null} for the current price
     * @param maximum an English bid's hidden maximum, or {@code null}
     * @throws RuleViolation {@code lot-not-open} when the lot is not published or already ended (not stored)
     */
    @Transactional
    public BidOutcome bid(String lotId, BidKind kind, Long amount, Long maximum) {
        Actor actor = currentActor.get();
        BiddingLot lot = locked(lotId);
        Instant at = now();
        if (!"PUBLISHED".equals(lot.status()) && !ENDED.contains(lot.status())) {
            throw new RuleViolation("lot-not-open", "lot", "Lot " + lotId + " is " + lot.status() + ".");
        }
        List<SubmittedBid> stored = book.bids(lotId);
        List<BidSubmission> earlier = stored.stream().map(SubmittedBid::submission).toList();
        BidSubmission submission = new BidSubmission(earlier.size() + 1, actor.organization(), kind, amount, maximum,
                at, ENDED.contains(lot.status()) ? null : ineligibility(lot, actor));
        BidOutcome outcome;
        Instant closesAt;
        AuctionResult result;
        // An ended lot's rules refuse the bid as late or closed, so that the stored bids replay as they were taken.
        if (lot.isEnglish()) {
            EnglishAuction auction = EnglishAuction.replay(lot.english(), earlier).auction();
            outcome = auction.bid(submission);
            closesAt = auction.closesAt();
            result = auction.resultAt(at);
            if (!closesAt.equals(lot.closesAt())) {
                book.updateClose(lotId, closesAt);
            }
        } else {
            DutchAuction auction = DutchAuction.replay(lot.dutch(), earlier).auction();
            outcome = auction.bid(submission);
            closesAt = auction.endsAt();
            result = auction.resultAt(at);
        }
        book.insertBid(lotId, submission, actor.user(), outcome);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", submission.seq());
        entry.put("bidder", submission.bidder());
        entry.put("kind", kind.name());
        entry.put("amount", amount);
        entry.put("maximum", maximum);
        entry.put("at", at.toString());
        entry.put("outcome", outcome instanceof BidOutcome.Refused r ? r.refusal().name() : "ACCEPTED");
        entry.put("prices", outcome.steps().stream().map(s -> Map.of("bidder", s.bidder(), "amount", s.amount(),
                "automatic", s.automatic())).toList());
        ledger.append(outcome instanceof BidOutcome.Accepted ? "lot.bid.accepted" : "lot.bid.refused", "lot", lotId,
                List.of(submission.bidder(), lot.seller()), entry);
        long price = outcome instanceof BidOutcome.Accepted accepted ? accepted.price()
                : outcome.steps().isEmpty() ? 0 : outcome.steps().get(outcome.steps().size() - 1).amount();
        events.publishEvent(new LotBidPlaced(lotId, submission.seq(), outcome instanceof BidOutcome.Accepted, price,
                closesAt));
        if (!ENDED.contains(lot.status()) && !(result instanceof AuctionResult.Running)) {
            close(lot, result, at);
        }
        return outcome;
    }

    private Refusal ineligibility(BiddingLot lot, Actor actor) {
        if (actor.actsFor(lot.seller()) || actor.has(Role.SPACEPORT_OPERATOR)) {
            return Refusal.SELLER_PARTY;
        }
        BidderRegistration registration = book.registration(lot.id(), actor.organization()).orElse(null);
        if (registration == null) {
            return Refusal.NOT_REGISTERED;
        }
        if (!"HELD".equals(registration.depositState())) {
            return Refusal.DEPOSIT_NOT_PAID;
        }
        return null;
    }

    // The close and the offers

    /**
     * Closes the lot if its bidding has ended, and lapses its offer if the payment term ran out; nothing when neither
     * is due.
     */
    @Transactional
    public void settle(String lotId) {
        BiddingLot lot = locked(lotId);
        Instant now = now();
        if ("PUBLISHED".equals(lot.status())) {
            closeIfEnded(lot, now);
        } else if ("CLOSED".equals(lot.status())) {
            for (LotOffer offer : book.offers(lotId)) {
                if ("OPEN".equals(offer.state()) && !now.isBefore(offer.dueBy())) {
                    book.decideOffer(lotId, offer.round(), "LAPSED", now);
                    ledger.append("lot.offer.lapsed", "lot", lotId, List.of(offer.bidder(), lot.seller()),
                            Map.of("round", offer.round(), "bidder", offer.bidder(), "dueBy", offer.dueBy().toString()));
                    forfeit(lot, offer.bidder(), now);
                    offerToNext(lot, now);
                }
            }
        }
    }

    /**
     * Closes every lot whose bidding has ended and lapses unpaid offers, each lot in its own transaction, as the
     * system; returns how many lots it looked at.
     */
    public int settleDue() {
        Instant now = now();
        Set<String> due = new java.util.LinkedHashSet<>(book.publishedLotsOpenedBefore(now));
        due.addAll(book.lotsWithLapsedOffers(now));
        for (String lotId : due) {
            currentActor.runAs(Actor.system("auctions"), () -> transaction.executeWithoutResult(s -> settle(lotId)));
        }
        return due.size();
    }

    private boolean ended(BiddingLot lot, Instant now) {
        return !(result(lot, now) instanceof AuctionResult.Running);
    }

    private AuctionResult result(BiddingLot lot, Instant now) {
        List<BidSubmission> bids = book.bids(lot.id()).stream().map(SubmittedBid::submission).toList();
        return lot.isEnglish() ? EnglishAuction.replay(lot.english(), bids).auction().resultAt(now)
                : DutchAuction.replay(lot.dutch(), bids).auction().resultAt(now);
    }

    private void closeIfEnded(BiddingLot lot, Instant now) {
        AuctionResult result = result(lot, now);
        if (!(result instanceof AuctionResult.Running)) {
            close(lot, result, now);
        }
    }

    private void close(BiddingLot lot, AuctionResult result, Instant now) {
        Map<String, Object> entry = new LinkedHashMap<>();
        String winner = null;
        if (result instanceof Sold sold) {
            winner = sold.winner();
            book.updateStatus(lot.id(), "CLOSED");
            entry.put("result", "SOLD");
            entry.put("winner", sold.winner());
            entry.put("price", sold.price());
            entry.put("currency", lot.currency());
            entry.put("endedAt", sold.endedAt().toString());
            entry.put("runnersUp", sold.runnersUp().stream().map(Standing::bidder).toList());
            ledger.append("lot.closed", "lot", lot.id(), List.of(), entry);
            Instant offeredAt = now.isAfter(sold.endedAt()) ? now : sold.endedAt();
            makeOffer(lot, 1, sold.winner(), sold.price(), offeredAt);
        } else {
            AuctionResult.Unsold unsold = (AuctionResult.Unsold) result;
            book.updateStatus(lot.id(), "UNSOLD");
            entry.put("result", "UNSOLD");
            entry.put("why", unsold.why().name());
            entry.put("endedAt", unsold.endedAt().toString());
            ledger.append("lot.closed", "lot", lot.id(), List.of(), entry);
        }
        // The winner's and the runners-up's deposits stay held until the lot is paid for: each may yet be offered it.
        Set<String> inLine = new java.util.HashSet<>();
        if (result instanceof Sold sold) {
            inLine.add(sold.winner());
            sold.runnersUp().forEach(r -> inLine.add(r.bidder()));
        }
        refundHeldDeposits(lot, inLine, now);
        events.publishEvent(new LotClosed(lot.id(), winner == null ? "UNSOLD" : "CLOSED"));
    }

    private void refundHeldDeposits(BiddingLot lot, Set<String> keep, Instant now) {
        for (BidderRegistration registration : book.registrations(lot.id())) {
            if (!keep.contains(registration.bidder()) && "HELD".equals(registration.depositState())) {
                book.settleDeposit(lot.id(), registration.bidder(), "REFUNDED", now);
                ledger.append("lot.deposit.refunded", "lot", lot.id(), List.of(registration.bidder(), lot.seller()),
                        Map.of("bidder", registration.bidder(), "deposit", registration.deposit(), "currency",
                                lot.currency()));
            }
        }
    }

    private void makeOffer(BiddingLot lot, int round, String bidder, long price, Instant at) {
        Instant dueBy = at.plus(Duration.ofDays(lot.paymentDays()));
        book.offer(lot.id(), round, bidder, price, at, dueBy);
        ledger.append("lot.offer.made", "lot", lot.id(), List.of(bidder, lot.seller()),
                Map.of("round", round, "bidder", bidder, "price", price, "currency", lot.currency(), "dueBy",
                        dueBy.toString()));
    }

    private void offerToNext(BiddingLot lot, Instant now) {
        List<LotOffer> offers = book.offers(lot.id());
        Set<String> offered = offers.stream().map(LotOffer::bidder).collect(Collectors.toSet());
        AuctionResult result = result(lot, now);
        if (result instanceof Sold sold) {
            for (Standing next : sold.runnersUp()) {
                if (!offered.contains(next.bidder())) {
                    makeOffer(lot, offers.size() + 1, next.bidder(), next.amount(), now);
                    return;
                }
            }
        }
        book.updateStatus(lot.id(), "UNSOLD");
        refundHeldDeposits(lot, Set.of(), now);
        ledger.append("lot.unsold", "lot", lot.id(), List.of(), Map.of("why", "NO_BIDDER_PAID",
                "offers", offers.size()));
        events.publishEvent(new LotClosed(lot.id(), "UNSOLD"));
    }

    private void forfeit(BiddingLot lot, String bidder, Instant now) {
        BidderRegistration registration = book.registration(lot.id(), bidder).orElse(null);
        if (registration != null && "HELD".equals(registration.depositState())) {
            book.settleDeposit(lot.id(), bidder, "FORFEITED", now);
            ledger.append("lot.deposit.forfeited", "lot", lot.id(), List.of(bidder, lot.seller()),
                    Map.of("bidder", bidder, "deposit", registration.deposit(), "currency", lot.currency()));
        }
    }

    private LotOffer openOffer(String lotId, int round) {
        return book.offers(lotId).stream().filter(o -> o.round() == round && "OPEN".equals(o.state())).findFirst()
                .orElseThrow(() -> new RuleViolation("no-open-offer", "round",
                        "Lot " + lotId + " has no open offer in round " + round + "."));
    }

    /**
     * Records the payment of an open offer: the lot is sold, the buyer's deposit counts towards the price, and the
     * deposits still held for the other bidders are refunded.
     */
    @Transactional
    public void recordPayment(String lotId, int round) {
        BiddingLot lot = locked(lotId);
        LotOffer offer = openOffer(lotId, round);
        Instant now = now();
        book.decideOffer(lotId, round, "PAID", now);
        book.settleDeposit(lotId, offer.bidder(), "APPLIED", now);
        book.updateStatus(lotId, "SOLD");
        refundHeldDeposits(lot, Set.of(offer.bidder()), now);
        ledger.append("lot.sold", "lot", lotId, List.of(), Map.of("round", round, "buyer", offer.bidder(), "price",
                offer.price(), "currency", lot.currency()));
        events.publishEvent(new LotClosed(lotId, "SOLD"));
    }

    /**
     * The offered bidder refuses to pay (or the seller records that it did): its deposit is forfeited and the lot is
     * offered to the next bidder, at that bidder's own best bid.
     */
    @Transactional
    public void refuseOffer(String lotId, int round) {
        Actor actor = currentActor.get();
        BiddingLot lot = locked(lotId);
        LotOffer offer = openOffer(lotId, round);
        if (!actor.actsFor(offer.bidder()) && !actor.has(Role.SPACEPORT_OPERATOR)) {
            throw new AccessDenied("not-offered-bidder", "Only the offered bidder or the seller may refuse an offer.");
        }
        Instant now = now();
        book.decideOffer(lotId, round, "REFUSED", now);
        ledger.append("lot.offer.refused", "lot", lotId, List.of(offer.bidder(), lot.seller()),
                Map.of("round", round, "bidder", offer.bidder()));
        forfeit(lot, offer.bidder(), now);
        offerToNext(lot, now);
    }

    // Reading

    /** Where the lot stands at the server's time; closes it first if its bidding has ended. */
    public LotStanding standing(String lotId) {
        BiddingLot before = book.lot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
        if ("PUBLISHED".equals(before.status()) || "CLOSED".equals(before.status())) {
            currentActor.runAs(Actor.system("auctions"), () -> transaction.executeWithoutResult(s -> settle(lotId)));
        }
        return view(lotId);
    }

    /**
     * Where the lot stands as stored, without closing it: for readers inside another transaction's completion, which
     * must not write.
     */
    public LotStanding view(String lotId) {
        BiddingLot lot = book.lot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
        Instant now = now();
        List<BidSubmission> bids = book.bids(lotId).stream().map(SubmittedBid::submission).toList();
        if (lot.isEnglish()) {
            EnglishAuction auction = EnglishAuction.replay(lot.english(), bids).auction();
            AuctionResult result = auction.resultAt(now);
            Sold sold = result instanceof Sold s ? s : null;
            return new LotStanding(lotId, lot.format(), lot.status(), lot.currency(), auction.price(), auction.nextBid(),
                    auction.closesAt(), bids.size(), 0, sold == null ? null : sold.winner(),
                    sold == null ? null : sold.price());
        }
        DutchAuction auction = DutchAuction.replay(lot.dutch(), bids).auction();
        AuctionResult result = auction.resultAt(now);
        Sold sold = result instanceof Sold s ? s : null;
        long price = auction.acceptances().isEmpty() ? auction.priceAt(now) : auction.acceptances().get(0).amount();
        return new LotStanding(lotId, lot.format(), lot.status(), lot.currency(), price, price, auction.endsAt(),
                bids.size(), auction.acceptances().size(), sold == null ? null : sold.winner(),
                sold == null ? null : sold.price());
    }

    /** Every bid submitted on the lot, with its outcome, in order: all to overseers, else the viewer's own. */
    @Transactional(readOnly = true)
    public List<SubmittedBid> bids(String lotId, Actor viewer) {
        book.lot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
        List<SubmittedBid> all = book.bids(lotId);
        List<SubmittedBid> seen = new ArrayList<>();
        for (SubmittedBid bid : all) {
            if (viewer.readsEverything() || viewer.actsFor(bid.submission().bidder())) {
                seen.add(bid);
            }
        }
        return seen;
    }

    /** The results of the lots whose bidding ended. */
    @Transactional(readOnly = true)
    public List<LotResult> results() {
        return book.results();
    }

    /** The offers to buy a lot: all to those who read everything, else the viewer's own. */
    @Transactional(readOnly = true)
    public List<LotOffer> offers(String lotId, Actor viewer) {
        book.lot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
        return book.offers(lotId).stream().filter(o -> viewer.readsEverything() || viewer.actsFor(o.bidder()))
                .toList();
    }

    /** The bidders' public names on a lot: bidder organisation id to its registration number. */
    @Transactional(readOnly = true)
    public Map<String, Integer> bidderNumbers(String lotId) {
        book.lot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (BidderRegistration registration : book.registrations(lotId)) {
            numbers.put(registration.bidder(), registration.number());
        }
        return numbers;
    }

    /**
     * How a bidder is named to {@code viewer}: by its organisation to itself and to those who read everything, else by
     * {@code prefix} and its number on the lot ({@code Bidder 3}).
     */
    public static String shownName(String bidder, Map<String, Integer> numbers, Actor viewer, String prefix) {
        if (bidder == null) {
            return null;
        }
        if (viewer.readsEverything() || viewer.actsFor(bidder)) {
            return bidder;
        }
        return prefix + numbers.getOrDefault(bidder, 0);
    }

    /** The standing prices of an English lot, in order; public, with bidders as the registrations name them. */
    @Transactional(readOnly = true)
    public List<PriceStep> priceSteps(String lotId) {
        book.lot(lotId).orElseThrow(() -> new RecordNotFound("lot", lotId));
        return book.priceSteps(lotId);
    }
}
