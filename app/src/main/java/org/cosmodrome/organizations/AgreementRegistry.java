package org.cosmodrome.organizations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and revises agreements between parties; every write is checked whole before anything is stored and is
 * entered in the ledger. A tenant (a launch provider, a lessee) records and revises only agreements it is a party
 * to; the operator and the host authority record any.
 */
@Service
public class AgreementRegistry {

    private final Agreements agreements;
    private final Organizations organizations;
    private final Ledger ledger;
    private final CurrentActor currentActor;

    AgreementRegistry(Agreements agreements, Organizations organizations, Ledger ledger,
            CurrentActor currentActor) {
        this.agreements = agreements;
        this.organizations = organizations;
        this.ledger = ledger;
        this.currentActor = currentActor;
    }

    /** The agreement if {@code viewer} may read it; another tenant's private agreement is as good as absent. */
    public java.util.Optional<Agreement> find(AgreementId id, Actor viewer) {
        return agreements.findById(id).filter(a -> a.visibleTo(viewer));
    }

    /**
     * @throws RuleViolation when the id is taken
     * @throws InvalidField when a party is unknown, or dates are out of order
     * @throws AccessDenied when a tenant records an agreement it is not a party to
     */
    @Transactional
    public Agreement register(AgreementId id, AgreementDraft draft) {
        check(draft);
        Actor actor = currentActor.get();
        requirePartyOrOverseer(actor, draft.parties());
        if (agreements.findById(id).isPresent()) {
            throw new RuleViolation("agreement.id.taken", "id", "An agreement with id '" + id + "' already exists");
        }
        Agreement agreement = draft.toAgreement(id, 0);
        agreements.insert(agreement);
        ledger.append("agreement.recorded", "agreement", id.value(), tenantsOf(agreement), agreement);
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
        Actor actor = currentActor.get();
        Agreement current = find(id, actor).orElseThrow(() -> new RecordNotFound("agreement", id.value()));
        requirePartyOrOverseer(actor, current.parties());
        requirePartyOrOverseer(actor, draft.parties());
        int version = expectedVersion == null ? current.version() : expectedVersion;
        if (!agreements.update(draft.toAgreement(id, version), version)) {
            throw new RuleViolation("agreement.version.stale", "version", "Agreement '" + id
                    + "' was changed by someone else since version " + version + "; read it again and retry");
        }
        Agreement revised = agreements.findById(id).orElseThrow();
        ledger.append("agreement.revised", "agreement", id.value(), tenantsOf(revised), revised);
        return revised;
    }

    /** Private agreements are their parties' records; public ones belong to no tenant. */
    static List<String> tenantsOf(Agreement agreement) {
        return agreement.visibility() == AgreementVisibility.PUBLIC ? List.of() : agreement.partyIds();
    }

    private static void requirePartyOrOverseer(Actor actor, List<OrganizationId> parties) {
        boolean overseer = actor.readsEverything() && !actor.has(org.cosmodrome.platform.Role.AUDITOR);
        if (!overseer && parties.stream().noneMatch(p -> actor.actsFor(p.value()))) {
            throw new AccessDenied("agreement.not-a-party",
                    "Only a party, the spaceport operator or the host authority may record or revise this agreement");
        }
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
