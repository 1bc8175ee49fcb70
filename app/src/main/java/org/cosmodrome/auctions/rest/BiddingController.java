package org.cosmodrome.auctions.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.auctions.BidKind;
import org.cosmodrome.auctions.BidOutcome;
import org.cosmodrome.auctions.BidderRegistration;
import org.cosmodrome.auctions.Bidding;
import org.cosmodrome.auctions.LotOffer;
import org.cosmodrome.auctions.LotResult;
import org.cosmodrome.auctions.LotStanding;
import org.cosmodrome.auctions.PriceStep;
import org.cosmodrome.auctions.SubmittedBid;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bidding", description = "Registration and deposits, bids, the standing price, the close and the offers"
        + " to buy that follow it; every bid is stored with its outcome and entered in the ledger")
class BiddingController {

    private final Bidding bidding;
    private final CurrentActor currentActor;
    private final LotEventStream stream;

    BiddingController(Bidding bidding, CurrentActor currentActor, LotEventStream stream) {
        this.bidding = bidding;
        this.currentActor = currentActor;
        this.stream = stream;
    }

    @Operation(summary = "The lot's live feed as server-sent events: lot.bid after each bid, lot.closed at the close"
            + " and the sale; bidders by their public numbers")
    @GetMapping(value = "/api/v1/lots/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter events(@PathVariable String id) {
        bidding.bidderNumbers(id);
        return stream.open(id);
    }

    record RegistrationView(String lot, String bidder, int number, Instant registeredAt, long deposit,
            String depositState, Instant depositPaidAt, Instant depositSettledAt) {
        static RegistrationView of(BidderRegistration r) {
            return new RegistrationView(r.lotId(), r.bidder(), r.number(), r.registeredAt(), r.deposit(),
                    r.depositState(), r.depositPaidAt(), r.depositSettledAt());
        }
    }

    @Operation(summary = "Register the caller's organisation to bid on a lot; its deposit is then due")
    @PostMapping("/api/v1/lots/{id}/registrations")
    ResponseEntity<RegistrationView> register(@PathVariable String id) {
        BidderRegistration registration = bidding.register(id);
        return ResponseEntity.created(URI.create("/api/v1/lots/" + id + "/registrations/" + registration.bidder()))
                .body(RegistrationView.of(registration));
    }

    @Operation(summary = "The lot's registrations: all to the operator, host and auditors, else the caller's own")
    @GetMapping("/api/v1/lots/{id}/registrations")
    List<RegistrationView> registrations(@PathVariable String id) {
        return bidding.registrations(id, currentActor.get()).stream().map(RegistrationView::of).toList();
    }

    @Operation(summary = "Record that a registered bidder's deposit was received; it may bid from now on")
    @PostMapping("/api/v1/lots/{id}/registrations/{bidder}/deposit")
    RegistrationView depositReceived(@PathVariable String id, @PathVariable String bidder) {
        return RegistrationView.of(bidding.recordDeposit(id, bidder));
    }

    /**
     * @param kind {@code BID} (English), {@code ACCEPT} (Dutch: take the current price) or {@code SEALED} (Dutch
     *             sealed round); absent: {@code BID}
     * @param amount whole units of the lot's currency; for {@code ACCEPT}, the price the bidder saw (optional)
     * @param maximum an English bid's hidden maximum for automatic bids
     */
    record BidBody(BidKind kind, BigDecimal amount, BigDecimal maximum) {
    }

    /**
     * @param price the standing price after the bid (English) or the accepted price (Dutch)
     * @param prices the standing prices the bid caused, bidders by their numbers on the lot
     */
    record BidView(int seq, String outcome, boolean leading, long price, Instant closesAt, List<PriceView> prices) {
    }

    @Operation(summary = "Bid on a lot at the server's time; a refused bid is stored too and answered with 409"
            + " naming the refusal")
    @PostMapping("/api/v1/lots/{id}/bids")
    ResponseEntity<BidView> bid(@PathVariable String id, @RequestBody BidBody body) {
        BidKind kind = body.kind() == null ? BidKind.BID : body.kind();
        Long amount = wholeUnits("amount", body.amount());
        Long maximum = wholeUnits("maximum", body.maximum());
        if (kind != BidKind.ACCEPT && amount == null) {
            throw new InvalidField("amount", "required", "A bid needs an amount.");
        }
        BidOutcome outcome = bidding.bid(id, kind, amount, maximum);
        Map<String, Integer> numbers = bidding.bidderNumbers(id);
        if (outcome instanceof BidOutcome.Refused refused) {
            String field = switch (refused.refusal()) {
                case MAXIMUM_BELOW_AMOUNT, MAXIMUM_NOT_RAISED -> "maximum";
                case NOT_REGISTERED, DEPOSIT_NOT_PAID, SELLER_PARTY, ALREADY_ACCEPTED, NOT_IN_SEALED_ROUND,
                        SEALED_ALREADY_SUBMITTED -> "bidder";
                case NOT_OPEN, LATE, CLOSED -> "at";
                case WRONG_KIND -> "kind";
                default -> "amount";
            };
            throw new RuleViolation("bid-" + refused.refusal().name().toLowerCase().replace('_', '-'), field,
                    refused.reason() + " (bid " + refused.seq() + " on lot " + id + ")");
        }
        BidOutcome.Accepted accepted = (BidOutcome.Accepted) outcome;
        BidView view = new BidView(accepted.seq(), "ACCEPTED", accepted.leading(), accepted.price(),
                accepted.closesAt(), accepted.steps().stream().map(s -> PriceView.of(0, s, numbers, currentActor.get()))
                        .toList());
        return ResponseEntity.created(URI.create("/api/v1/lots/" + id + "/bids/" + accepted.seq())).body(view);
    }

    private static Long wholeUnits(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            throw new InvalidField(field, "not-positive", "Amounts must be positive.");
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidField(field, "not-whole-units",
                    "Amounts are whole units of the lot's currency, without fractions.");
        }
    }

    /**
     * A standing price; the bidder is named by its number on the lot ({@code Bidder 3}) to the public, by its
     * organisation to itself and to those who read everything.
     */
    record PriceView(int number, String bidder, long amount, boolean automatic, Instant at) {
        static PriceView of(int number, PriceStep step, Map<String, Integer> numbers, Actor viewer) {
            return new PriceView(number, label(step.bidder(), numbers, viewer), step.amount(), step.automatic(),
                    step.at());
        }
    }

    static String label(String bidder, Map<String, Integer> numbers, Actor viewer) {
        return Bidding.shownName(bidder, numbers, viewer, "Bidder ");
    }

    record StandingView(String lot, String format, String status, String currency, long price, long nextBid,
            Instant endsAt, int bids, int acceptances, String winner, Long winningPrice) {
    }

    @Operation(summary = "Where the lot stands: price, least next bid, close, and the winner once bidding ended")
    @GetMapping("/api/v1/lots/{id}/standing")
    StandingView standing(@PathVariable String id) {
        LotStanding s = bidding.standing(id);
        Map<String, Integer> numbers = bidding.bidderNumbers(id);
        return new StandingView(s.lotId(), s.format(), s.status(), s.currency(), s.price(), s.nextBid(), s.endsAt(),
                s.bids(), s.acceptances(), label(s.winner(), numbers, currentActor.get()), s.winningPrice());
    }

    @Operation(summary = "The standing prices of an English lot, in order (the public bid history)")
    @GetMapping("/api/v1/lots/{id}/bids")
    List<PriceView> history(@PathVariable String id) {
        Map<String, Integer> numbers = bidding.bidderNumbers(id);
        List<PriceStep> steps = bidding.priceSteps(id);
        Actor viewer = currentActor.get();
        return java.util.stream.IntStream.range(0, steps.size())
                .mapToObj(i -> PriceView.of(i + 1, steps.get(i), numbers, viewer)).toList();
    }

    record SubmissionView(int seq, String bidder, String submittedBy, BidKind kind, Long amount, Long maximum,
            Instant at, String outcome, String refusal, String reason) {
    }

    @Operation(summary = "Every bid submitted on the lot with its outcome: all to the operator, host and auditors,"
            + " else the caller's own (with its hidden maximum)")
    @GetMapping("/api/v1/lots/{id}/submissions")
    List<SubmissionView> submissions(@PathVariable String id) {
        return bidding.bids(id, currentActor.get()).stream().map(BiddingController::submission).toList();
    }

    private static SubmissionView submission(SubmittedBid bid) {
        var s = bid.submission();
        return new SubmissionView(s.seq(), s.bidder(), bid.submittedBy(), s.kind(), s.amount(), s.maximum(), s.at(),
                bid.accepted() ? "ACCEPTED" : "REFUSED", bid.refusal(),
                bid.refusal() == null ? null : org.cosmodrome.auctions.Refusal.valueOf(bid.refusal()).reason());
    }

    @Operation(summary = "The offers to buy the closed lot: to the winner, then to the next bidders")
    @GetMapping("/api/v1/lots/{id}/offers")
    List<LotOffer> offers(@PathVariable String id) {
        return bidding.offers(id, currentActor.get());
    }

    @Operation(summary = "Record that the offered bidder paid: the lot is sold and its deposit counts to the price")
    @PostMapping("/api/v1/lots/{id}/offers/{round}/payment")
    ResponseEntity<Void> paid(@PathVariable String id, @PathVariable int round) {
        bidding.recordPayment(id, round);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The offered bidder refuses to pay: its deposit is forfeited and the lot goes to the next"
            + " bidder")
    @PostMapping("/api/v1/lots/{id}/offers/{round}/refusal")
    ResponseEntity<Void> refused(@PathVariable String id, @PathVariable int round) {
        bidding.refuseOffer(id, round);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The results of every lot whose bidding ended")
    @GetMapping("/api/v1/lot-results")
    List<LotResult> results() {
        return bidding.results();
    }

    @Operation(summary = "The results of every lot whose bidding ended, as CSV")
    @GetMapping(value = "/api/v1/lot-results.csv", produces = "text/csv")
    ResponseEntity<String> resultsCsv() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"lot-results.csv\"")
                .body(LotResult.csv(bidding.results()));
    }


}
