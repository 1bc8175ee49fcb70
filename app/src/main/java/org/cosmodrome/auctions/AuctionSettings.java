package org.cosmodrome.auctions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How auctions are run.
 *
 * @param closeLots whether this server runs the sweep that closes lots whose bidding ended and lapses unpaid offers
 * @param sweepInterval the pause between two sweeps; a lot read or bid on is also closed then if due
 */
@ConfigurationProperties("cosmodrome.auctions")
public record AuctionSettings(@DefaultValue("true") boolean closeLots, @DefaultValue("5s") Duration sweepInterval) {
}
