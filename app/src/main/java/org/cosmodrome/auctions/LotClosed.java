package org.cosmodrome.auctions;

/**
 * A lot's bidding ended, or its sale was decided (paid, or unsold after the last offer).
 *
 * @param status the lot's status after it: {@code CLOSED} (offered to the winner), {@code SOLD} or {@code UNSOLD}
 */
public record LotClosed(String lotId, String status) {
}
