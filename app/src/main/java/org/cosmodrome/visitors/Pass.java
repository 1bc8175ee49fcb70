package org.cosmodrome.visitors;

import java.time.LocalDate;

/** A visitor's application for a pass to the site on {@code day}. */
public record Pass(String id, String visitor, LocalDate day, PassStatus status, String note) {
}
