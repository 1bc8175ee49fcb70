package org.cosmodrome.visitors;

import java.time.LocalDate;

/**
 * A booking of a place on a tour ({@code tour} set) or at a viewing point for a launch ({@code launch} and
 * {@code point} set), on {@code day} (the tour's day, or the day of the launch's NET at the cosmodrome).
 *
 * @param refundOffered the launch slipped more than the site's free-rebooking days: the visitor may ask for a refund
 */
public record Booking(String id, String visitor, String tour, String launch, String point, LocalDate day,
        BookingStatus status, boolean refundOffered) {
}
