package org.cosmodrome.incidents;

import java.util.List;

/** What the host authority files as a damage claim; {@link Claim} documents the fields. */
public record NewClaim(ClaimId id, IncidentId incident, String title, String claimant, String respondent,
        String currency, java.time.LocalDate filedOn, String dateNote, List<ClaimItem> items, String notes,
        String confidence, List<String> sources) {

    public NewClaim {
        items = items == null ? List.of() : List.copyOf(items);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
