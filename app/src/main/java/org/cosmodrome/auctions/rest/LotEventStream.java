package org.cosmodrome.auctions.rest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.cosmodrome.auctions.Bidding;
import org.cosmodrome.auctions.LotBidPlaced;
import org.cosmodrome.auctions.LotClosed;
import org.cosmodrome.auctions.LotStanding;
import org.cosmodrome.auctions.PriceStep;
import org.cosmodrome.platform.Actor;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed of a lot as server-sent events, for its page: after each committed bid a {@code lot.bid} event with
 * the standing (price, least next bid, close) and the standing prices the bid added, bidders by their numbers on the lot;
 * after the close or the sale a {@code lot.closed} event. Everyone gets the public view; nothing is kept for clients
 * that were not connected (the page loads the history itself).
 */
@Component
class LotEventStream implements SmartLifecycle {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> listeners = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Bidding bidding;
    private volatile boolean running;

    LotEventStream(Bidding bidding) {
        this.bidding = bidding;
    }

    /** A new stream of the changes of lot {@code lotId} from now on. */
    SseEmitter open(String lotId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        List<SseEmitter> lot = listeners.computeIfAbsent(lotId, id -> new CopyOnWriteArrayList<>());
        emitter.onCompletion(() -> lot.remove(emitter));
        emitter.onTimeout(() -> lot.remove(emitter));
        emitter.onError(e -> lot.remove(emitter));
        lot.add(emitter);
        try {
            emitter.send(SseEmitter.event().comment("lot " + lotId));
        } catch (IOException e) {
            lot.remove(emitter);
            emitter.completeWithError(e);
        }
        return emitter;
    }

    /** How many clients follow lot {@code lotId}. */
    int following(String lotId) {
        return listeners.getOrDefault(lotId, List.of()).size();
    }

    record PriceLine(int number, int bidderNumber, long amount, boolean automatic, Instant at) {
    }

    record BidEvent(String lot, int seq, boolean accepted, String status, long price, long nextBid, Instant endsAt,
            int bids, List<PriceLine> prices) {
    }

    record ClosedEvent(String lot, String status, String winner, Long winningPrice) {
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(LotBidPlaced event) {
        if (following(event.lotId()) == 0) {
            return;
        }
        LotStanding standing = bidding.view(event.lotId());
        Map<String, Integer> numbers = bidding.bidderNumbers(event.lotId());
        List<PriceStep> steps = bidding.priceSteps(event.lotId());
        List<PriceLine> added = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PriceStep step = steps.get(i);
            if (step.bidSeq() == event.seq()) {
                added.add(new PriceLine(i + 1, numbers.getOrDefault(step.bidder(), 0),
                        step.amount(), step.automatic(), step.at()));
            }
        }
        send(event.lotId(), "lot.bid", new BidEvent(event.lotId(), event.seq(), event.accepted(), standing.status(),
                standing.price(), standing.nextBid(), standing.endsAt(), standing.bids(), added));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(LotClosed event) {
        if (following(event.lotId()) == 0) {
            return;
        }
        LotStanding standing = bidding.view(event.lotId());
        Map<String, Integer> numbers = bidding.bidderNumbers(event.lotId());
        send(event.lotId(), "lot.closed", new ClosedEvent(event.lotId(), event.status(),
                BiddingController.label(standing.winner(), numbers, Actor.anonymous()), standing.winningPrice()));
    }

    private void send(String lotId, String name, Object body) {
        String id = Long.toString(sequence.incrementAndGet());
        for (SseEmitter emitter : listeners.getOrDefault(lotId, List.of())) {
            try {
                emitter.send(SseEmitter.event().id(id).name(name).data(body, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                listeners.get(lotId).remove(emitter);
                emitter.completeWithError(e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream, before the web server's graceful shutdown would wait for them. */
    @Override
    public void stop() {
        running = false;
        listeners.values().forEach(lot -> {
            lot.forEach(SseEmitter::complete);
            lot.clear();
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
