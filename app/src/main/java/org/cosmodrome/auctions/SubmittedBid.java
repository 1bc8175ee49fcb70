package org.cosmodrome.auctions;

/**
 * A stored bid: what was submitted and what became of it.
 *
 * @param refusal the refusal's name, {@code null} when accepted
 */
public record SubmittedBid(BidSubmission submission, String submittedBy, boolean accepted, String refusal) {
}
