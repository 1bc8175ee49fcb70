package org.cosmodrome.auctions;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Closes lots whose bidding has ended and lapses offers whose payment term ran out, every
 * {@link AuctionSettings#sweepInterval()}, so that a lot nobody looks at still closes on time.
 */
@Component
class LotCloser implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LotCloser.class);

    private final Bidding bidding;
    private final AuctionSettings settings;
    private ScheduledExecutorService executor;

    LotCloser(Bidding bidding, AuctionSettings settings) {
        this.bidding = bidding;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.closeLots() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lot-closer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            bidding.settleDue();
        } catch (RuntimeException e) {
            // The next sweep tries again; a sweeper that died here would leave lots open for ever.
            log.warn("Closing lots failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
