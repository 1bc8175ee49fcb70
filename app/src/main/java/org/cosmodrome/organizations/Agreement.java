package org.cosmodrome.organizations;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement between parties of the spaceport.
 *
 * @param signedOn day of signature, {@code null} when only a year or less is known ({@link #dateNote()} says what)
 * @param effectiveFrom first day it binds, inclusive; {@code null} when unknown
 * @param expiresOn last day it binds, inclusive; {@code null} when open-ended or unknown
 * @param annualPayment yearly payment it fixes (the lease: USD 115M), or {@code null}
 * @param visibility who may read it
 */
public record Agreement(AgreementId id, String title, AgreementKind kind, AgreementStatus status,
        AgreementVisibility visibility,
        List<OrganizationId> parties, LocalDate signedOn, LocalDate effectiveFrom, LocalDate expiresOn,
        String dateNote, Money annualPayment, String terms, String notes, String confidence, List<String> sources,
        int version) {

    public Agreement {
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
    }

    /** The organisation ids of the parties, as the ledger and visibility rules name owners. */
    public java.util.List<String> partyIds() {
        return parties.stream().map(OrganizationId::value).sorted().toList();
    }

    /** Whether {@code viewer} may read this agreement. */
    public boolean visibleTo(org.cosmodrome.platform.Actor viewer) {
        return visibility == AgreementVisibility.PUBLIC && !viewer.isAnonymous() || viewer.sees(partyIds());
    }

    /** Whether the agreement binds on {@code day}: it is in force and the day lies within its known dates. */
    public boolean bindsOn(LocalDate day) {
        return status == AgreementStatus.IN_FORCE
                && (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (expiresOn == null || !day.isAfter(expiresOn));
    }
}
