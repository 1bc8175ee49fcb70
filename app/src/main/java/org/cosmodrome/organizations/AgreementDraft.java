package org.cosmodrome.organizations;

import java.time.LocalDate;
import java.util.List;

/** What a caller proposes for an agreement, checked by {@link AgreementRegistry} before anything is stored. */
public record AgreementDraft(String title, AgreementKind kind, AgreementStatus status, AgreementVisibility visibility,
        List<OrganizationId> parties,
        LocalDate signedOn, LocalDate effectiveFrom, LocalDate expiresOn, String dateNote, Money annualPayment,
        String terms, String notes, String confidence, List<String> sources) {

    public AgreementDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    Agreement toAgreement(AgreementId id, int version) {
        return new Agreement(id, title.strip(), kind, status,
                visibility == null ? AgreementVisibility.PARTIES : visibility, parties, signedOn, effectiveFrom, expiresOn, dateNote,
                annualPayment, terms, notes, confidence, sources, version);
    }
}
