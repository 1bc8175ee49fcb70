package org.cosmodrome.visitors;

import java.time.Instant;

/** A guided tour: a place (the museum at 1/5, an assembly building, the town) at a time, in a language, with a guide. */
public record Tour(String id, String name, String place, Instant startsAt, int capacity, String language,
        String guide) {
}
