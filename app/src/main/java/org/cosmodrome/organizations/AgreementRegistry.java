package org.cosmodrome.organizations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and revises agreements between parties; every write is checked whole before anything is stored. */
@Service
public class AgreementRegistry {

    private final Agreements agreements;
    private final Organizations organizations;

    AgreementRegistry(Agreements agreements, Organizations organizations) {
        this.agreements = agreements;
        this.organizations = organizations;
    }

    /**
     * @throws RuleViolation when the id is taken
     * @throws InvalidField when a party is unknown, or dates are out of order
     */
    @Transactional
    public Agreement register(AgreementId id, AgreementDraft draft) {
        check(draft);
        if (agreements.findById(id).isPresent()) {
            throw new RuleViolation("agreement.id.taken", "id", "An agreement with id '" + id + "' already exists");
        }
        agreements.insert(draft.toAgreement(id, 0));
        return agreements.findById(id).orElseThrow();
    }

    /**
     * @param expectedVersion the version the caller last read, or {@code null} to overwrite
     * @throws RecordNotFound when there is no such agreement
     * @throws RuleViolation when it changed since {@code expectedVersion}
     */
    @Transactional
    public Agreement revise(AgreementId id, AgreementDraft draft, Integer expectedVersion) {
        check(draft);
        Agreement current = agreements.findById(id).orElseThrow(() -> new RecordNotFound("agreement", id.value()));
        int version = expectedVersion == null ? current.version() : expectedVersion;
        if (!agreements.update(draft.toAgreement(id, version), version)) {
            throw new RuleViolation("agreement.version.stale", "version", "Agreement '" + id
                    + "' was changed by someone else since version " + version + "; read it again and retry");
        }
        return agreements.findById(id).orElseThrow();
    }

    void check(AgreementDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidField("title", "required", "title is required");
        }
        if (draft.kind() == null) {
            throw new InvalidField("kind", "required", "kind is required");
        }
        if (draft.status() == null) {
            throw new InvalidField("status", "required", "status is required");
        }
        List<OrganizationId> parties = draft.parties();
        if (parties.size() < 2 && draft.kind() != AgreementKind.PLAN_APPROVAL
                && draft.kind() != AgreementKind.SPECIAL_ECONOMIC_ZONE && draft.kind() != AgreementKind.LAUNCH_CAP) {
            throw new InvalidField("parties", "agreement.parties.too-few",
                    "an agreement of kind " + draft.kind() + " has at least two parties");
        }
        if (parties.isEmpty()) {
            throw new InvalidField("parties", "agreement.parties.empty", "an agreement has at least one party");
        }
        if (new HashSet<>(parties).size() != parties.size()) {
            throw new InvalidField("parties", "agreement.parties.duplicate", "a party is listed twice");
        }
        Set<OrganizationId> known = organizations.existing(parties);
        for (int i = 0; i < parties.size(); i++) {
            if (!known.contains(parties.get(i))) {
                throw new InvalidField("parties[" + i + "]", "agreement.party.unknown",
                        "parties[" + i + "] '" + parties.get(i) + "' is not a known organisation");
            }
        }
        if (draft.effectiveFrom() != null && draft.expiresOn() != null
                && draft.expiresOn().isBefore(draft.effectiveFrom())) {
            throw new InvalidField("expiresOn", "agreement.dates.out-of-order",
                    "expiresOn " + draft.expiresOn() + " is before effectiveFrom " + draft.effectiveFrom());
        }
    }
}
