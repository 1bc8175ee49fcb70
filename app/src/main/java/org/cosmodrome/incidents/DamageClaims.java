package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.Money;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files damage claims and carries them through: the respondent's counter-assessment, the negotiation, the settlement
 * and the payments. The host authority files claims and speaks for the claimant; the lessee of the respondent
 * organisation speaks for the respondent. A claim the actor may not read is answered as absent; a party acting
 * outside its side is refused. Every change is entered in the ledger, private to the two parties.
 */
@Service
public class DamageClaims {

    private final Claims claims;
    private final Incidents incidents;
    private final Organizations organizations;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    DamageClaims(Claims claims, Incidents incidents, Organizations organizations, Ledger ledger,
            CurrentActor currentActor, Clock clock) {
        this.claims = claims;
        this.incidents = incidents;
        this.organizations = organizations;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The claim if {@code viewer} may read it; another party's claim is as good as absent. */
    public Optional<Claim> find(ClaimId id, Actor viewer) {
        return claims.findById(id).filter(c -> c.visibleTo(viewer));
    }

    /**
     * @throws AccessDenied unless the host authority files it
     * @throws InvalidField when the incident or a party is unknown, or an item is not in the claim's currency
     * @throws RuleViolation when the id is taken
     */
    @Transactional
    public Claim file(NewClaim draft) {
        Actor actor = currentActor.get();
        if (!actor.has(Role.HOST_AUTHORITY)) {
            throw new AccessDenied("claim.file.host-only", "Only the host authority files damage claims");
        }
        Claim claim = check(draft, actor.user(), now(), false);
        if (claims.findById(claim.id()).isPresent()) {
            throw new RuleViolation("claim.id.taken", "id", "A claim with id '" + claim.id() + "' already exists");
        }
        claims.insert(claim);
        Claim filed = claims.findById(claim.id()).orElseThrow();
        ledger.append("claim.filed", "claim", filed.id().value(), filed.parties(), draft);
        return filed;
    }

    /**
     * The respondent's counter-assessment, replacing any it gave before.
     *
     * @throws RecordNotFound when the actor may not read the claim
     * @throws AccessDenied unless the actor is a lessee of the respondent
     */
    @Transactional
    public Claim counter(ClaimId id, List<ClaimItem> items, String note) {
        Actor actor = currentActor.get();
        Claim claim = lockVisible(id, actor);
        if (!speaksForRespondent(actor, claim)) {
            throw new AccessDenied("claim.counter.respondent-only",
                    "Only the respondent's lessee gives the counter-assessment");
        }
        refuse(claim.refuseCounterAssessment(items));
        LocalDate today = LocalDate.now(clock);
        claims.counter(id, items, today, note);
        ledger.append("claim.countered", "claim", id.value(), claim.parties(),
                new Counter(items, today, note));
        return claims.findById(id).orElseThrow();
    }

    /**
     * A step of the negotiation, taken by the side the actor speaks for.
     *
     * @throws InvalidField when {@code on} is missing or in the future, or {@code what} is blank
     */
    @Transactional
    public Claim addStep(ClaimId id, LocalDate on, String what) {
        Actor actor = currentActor.get();
        Claim claim = lockVisible(id, actor);
        String side = sideOf(actor, claim);
        if (on == null) {
            throw new InvalidField("on", "required", "on is required");
        }
        notInTheFuture("on", on);
        if (what == null || what.isBlank()) {
            throw new InvalidField("what", "required", "what is required");
        }
        NegotiationStep step = new NegotiationStep(on, null, side, what.strip(), List.of(), actor.user(), now());
        claims.addStep(id, step);
        ledger.append("claim.step.recorded", "claim", id.value(), claim.parties(), step);
        return claims.findById(id).orElseThrow();
    }

    /**
     * Settles the claim: from now on the settled amount, not the claimed one, is what is owed.
     *
     * @throws RuleViolation when it is settled already, or the settlement is less than what was paid
     */
    @Transactional
    public Claim settle(ClaimId id, Money amount, BigDecimal rate, LocalDate on, String note) {
        Actor actor = currentActor.get();
        Claim claim = lockVisible(id, actor);
        sideOf(actor, claim);
        if (on != null) {
            notInTheFuture("on", on);
        }
        Settlement settlement = new Settlement(amount, rateOrOne(amount, rate, claim), on, note);
        refuse(claim.refuseSettlement(settlement));
        claims.settle(id, settlement);
        ledger.append("claim.settled", "claim", id.value(), claim.parties(), settlement);
        return claims.findById(id).orElseThrow();
    }

    /**
     * A payment towards the claim, recorded by either party.
     *
     * @param payer the organisation that paid; {@code null} for the respondent
     * @param rate the exchange rate of {@code on} to the claim's currency; {@code null} when in the claim's currency
     * @throws InvalidField when the day is missing or in the future, the payer is not a party, or the rate is missing
     * @throws RuleViolation when the payment is more than is outstanding
     */
    @Transactional
    public Claim pay(ClaimId id, LocalDate on, String payer, Money amount, BigDecimal rate, String note) {
        Actor actor = currentActor.get();
        Claim claim = lockVisible(id, actor);
        sideOf(actor, claim);
        if (on == null) {
            throw new InvalidField("on", "required", "on is required");
        }
        notInTheFuture("on", on);
        String by = payer == null ? claim.respondent() : payer;
        if (!claim.parties().contains(by)) {
            throw new InvalidField("payer", "claim.payer.not-a-party", "payer '" + by + "' is not a party");
        }
        if (amount.amount().signum() <= 0) {
            throw new InvalidField("amount", "claim.payment.not-positive", "a payment is more than 0");
        }
        Payment payment = new Payment(on, null, by, amount, rateOrOne(amount, rate, claim), note, List.of(),
                actor.user(), now());
        refuse(claim.refusePayment(payment));
        claims.addPayment(id, payment);
        ledger.append("claim.payment.recorded", "claim", id.value(), claim.parties(), payment);
        return claims.findById(id).orElseThrow();
    }

    /** What the ledger keeps of a counter-assessment. */
    record Counter(List<ClaimItem> items, LocalDate on, String note) {
    }

    /**
     * The claim {@code draft} describes, if every field is acceptable.
     *
     * @param historical whether it is a past claim of the data set, whose claimed amount the sources may not give
     *        (then it has no items)
     */
    Claim check(NewClaim draft, String recordedBy, Instant now, boolean historical) {
        if (draft.id() == null) {
            throw new InvalidField("id", "required", "id is required");
        }
        if (draft.incident() == null || incidents.findById(draft.incident()).isEmpty()) {
            throw new InvalidField("incident", "claim.incident.unknown",
                    "incident '" + draft.incident() + "' does not exist");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidField("title", "required", "title is required");
        }
        knownOrganization("claimant", draft.claimant());
        knownOrganization("respondent", draft.respondent());
        if (draft.claimant().equals(draft.respondent())) {
            throw new InvalidField("respondent", "claim.parties.same", "a claim is against another organisation");
        }
        if (draft.currency() == null || !draft.currency().matches("[A-Z]{3}")) {
            throw new InvalidField("currency", "claim.currency.malformed", "currency must be an ISO 4217 code");
        }
        if (draft.filedOn() != null && draft.filedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidField("filedOn", "claim.date.future", "filedOn is in the future");
        }
        if (!historical || !draft.items().isEmpty()) {
            refuse(Claim.refuseItems(draft.items(), draft.currency()));
        }
        return new Claim(draft.id(), draft.incident(), draft.title(), draft.claimant(), draft.respondent(),
                draft.currency(), draft.filedOn(), draft.dateNote(), draft.items(), List.of(), null, null, List.of(),
                null, List.of(), draft.notes(), draft.confidence(), draft.sources(), 0, recordedBy, now);
    }

    private void knownOrganization(String field, String id) {
        boolean known;
        try {
            known = id != null && organizations.findById(OrganizationId.of(id)).isPresent();
        } catch (RuntimeException malformed) {
            known = false;
        }
        if (!known) {
            throw new InvalidField(field, "claim.party.unknown", field + " '" + id + "' is not a known organisation");
        }
    }

    private Claim lockVisible(ClaimId id, Actor actor) {
        return claims.lock(id).filter(c -> c.visibleTo(actor))
                .orElseThrow(() -> new RecordNotFound("claim", id.value()));
    }

    private static boolean speaksForRespondent(Actor actor, Claim claim) {
        return actor.has(Role.LESSEE) && actor.actsFor(claim.respondent());
    }

    /** The party the actor speaks for: the claimant for the host authority, the respondent for its lessee. */
    private static String sideOf(Actor actor, Claim claim) {
        if (actor.has(Role.HOST_AUTHORITY)) {
            return claim.claimant();
        }
        if (speaksForRespondent(actor, claim)) {
            return claim.respondent();
        }
        throw new AccessDenied("claim.not-a-party", "Only the host authority or the respondent's lessee acts on a claim");
    }

    private static BigDecimal rateOrOne(Money amount, BigDecimal rate, Claim claim) {
        return rate == null && amount.currency().equals(claim.currency()) ? BigDecimal.ONE : rate;
    }

    private void notInTheFuture(String field, LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidField(field, "claim.date.future", field + " " + day + " is in the future");
        }
    }

    private static void refuse(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
