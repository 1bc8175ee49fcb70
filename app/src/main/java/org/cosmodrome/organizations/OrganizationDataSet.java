package org.cosmodrome.organizations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code organizations.json} and {@code agreements.json} of the data set: each record once, never over an edit
 * made through the app. Parents are loaded before their children.
 */
@Component
@Order(20)
class OrganizationDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDataSet.class);

    private final ReferenceData referenceData;
    private final Organizations organizations;
    private final OrganizationDirectory directory;
    private final Agreements agreements;
    private final AgreementRegistry registry;
    private final Ledger ledger;

    OrganizationDataSet(ReferenceData referenceData, Organizations organizations, OrganizationDirectory directory,
            Agreements agreements, AgreementRegistry registry, Ledger ledger) {
        this.referenceData = referenceData;
        this.organizations = organizations;
        this.directory = directory;
        this.agreements = agreements;
        this.registry = registry;
        this.ledger = ledger;
    }

    record Names(String en, String ru, String kk) {
    }

    record OrganizationRecord(String id, Names names, String shortName, OrganizationKind kind, String country,
            String role, String parent, String notes, String confidence, List<String> sources) {

        Organization toOrganization() {
            return new Organization(OrganizationId.of(id), new LocalizedName(names.en(), names.ru(), names.kk()),
                    shortName, kind, country, role, parent == null ? null : OrganizationId.of(parent), notes,
                    confidence, sources == null ? List.of() : sources, 0);
        }
    }

    record Payment(BigDecimal amount, String currency) {
    }

    record AgreementRecord(String id, String title, AgreementKind kind, List<String> parties, LocalDate signedOn,
            LocalDate effectiveFrom, LocalDate expiresOn, String dateNote, AgreementStatus status,
            Payment annualPayment, String terms, String notes, String confidence, List<String> sources) {

        AgreementDraft toDraft() {
            return new AgreementDraft(title, kind, status, AgreementVisibility.PUBLIC,
                    parties.stream().map(OrganizationId::of).toList(),
                    signedOn, effectiveFrom, expiresOn, dateNote,
                    annualPayment == null ? null : new Money(annualPayment.amount(), annualPayment.currency()), terms,
                    notes, confidence, sources);
        }
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        List<OrganizationRecord> pending = new ArrayList<>(
                referenceData.read("organizations.json", OrganizationRecord.class));
        int loaded = 0;
        // Parents first: take records whose parent is absent or already stored, until none is left.
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.iterator(); it.hasNext(); ) {
                OrganizationRecord record = it.next();
                Organization organization = record.toOrganization();
                if (organization.parent() != null && organizations.findById(organization.parent()).isEmpty()
                        && pending.stream().anyMatch(p -> p.id().equals(record.parent()))) {
                    continue;
                }
                it.remove();
                if (referenceData.firstSighting("organizations", record.id())) {
                    if (organizations.findById(organization.id()).isPresent()) {
                        log.warn("Data set organisation {} not loaded: that id was entered through the app",
                                record.id());
                        continue;
                    }
                    directory.check(organization);
                    organizations.insert(organization);
                    ledger.append("organization.loaded", "organization", record.id(), List.of(), organization);
                    loaded++;
                }
            }
            if (pending.size() == before) {
                throw new IllegalStateException("organizations.json has a cycle of parents among " + pending);
            }
        }
        for (AgreementRecord record : referenceData.read("agreements.json", AgreementRecord.class)) {
            if (referenceData.firstSighting("agreements", record.id())) {
                if (agreements.findById(AgreementId.of(record.id())).isPresent()) {
                    log.warn("Data set agreement {} not loaded: that id was entered through the app", record.id());
                    continue;
                }
                AgreementDraft draft = record.toDraft();
                registry.check(draft);
                Agreement agreement = draft.toAgreement(AgreementId.of(record.id()), 0);
                agreements.insert(agreement);
                ledger.append("agreement.loaded", "agreement", record.id(), List.of(), agreement);
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} organisations and agreements from the data set", loaded);
        }
    }
}
