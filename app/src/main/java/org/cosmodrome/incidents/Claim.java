package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.organizations.Money;
import org.cosmodrome.platform.Actor;

/**
 * A claim for the damage an incident did: the claimant's itemised assessment and the respondent's counter-assessment
 * side by side, the negotiation, the settlement and the payments, so the amount still owed is always known. Private
 * to its two parties and to those who read everything.
 * <p>
 * Amounts are exact decimals. Everything is compared in the claim's {@link #currency()}: items are in it, and a
 * settlement or payment in another currency carries the exchange rate of its day.
 *
 * @param claimant organisation id of the party claiming (the host state's authority)
 * @param respondent organisation id of the party the claim is against (the lessee)
 * @param filedOn the day filed, {@code null} when the sources do not say ({@link #dateNote()} does)
 * @param items the claimant's assessment
 * @param counterItems the respondent's counter-assessment; empty until it gives one
 * @param settlement {@code null} until settled
 */
public record Claim(ClaimId id, IncidentId incident, String title, String claimant, String respondent,
        String currency, LocalDate filedOn, String dateNote, List<ClaimItem> items, List<ClaimItem> counterItems,
        LocalDate counteredOn, String counterNote, List<NegotiationStep> steps, Settlement settlement,
        List<Payment> payments, String notes, String confidence, List<String> sources, int version,
        String recordedBy, Instant recordedAt) {

    public Claim {
        items = List.copyOf(items);
        counterItems = List.copyOf(counterItems);
        steps = List.copyOf(steps);
        payments = List.copyOf(payments);
        sources = List.copyOf(sources);
    }

    /** The two parties' organisation ids, sorted: the tenants of the claim's ledger entries. */
    public List<String> parties() {
        return java.util.stream.Stream.of(claimant, respondent).sorted().toList();
    }

    /** Whether {@code viewer} may read this claim: a party, or someone who reads everything. */
    public boolean visibleTo(Actor viewer) {
        return !viewer.isAnonymous() && viewer.sees(parties());
    }

    /** The claimant's assessment: the sum of its items. */
    public Money claimed() {
        return sum(items);
    }

    public boolean countered() {
        return !counterItems.isEmpty();
    }

    /** The respondent's counter-assessment, or {@code null} when it has given none. */
    public Money counterAssessed() {
        return countered() ? sum(counterItems) : null;
    }

    public boolean settled() {
        return settlement != null;
    }

    /** What is owed in all: the settled amount once settled, else the claimed amount. */
    public Money due() {
        return settled() ? new Money(settlement.inClaimCurrency(), currency) : claimed();
    }

    /** Every payment at its day's rate. */
    public Money paid() {
        return new Money(payments.stream().map(Payment::inClaimCurrency).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN), currency);
    }

    /** What is still owed: {@link #due()} minus {@link #paid()}; never negative, as the rules keep it. */
    public Money outstanding() {
        return new Money(due().amount().subtract(paid().amount()).max(BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_EVEN), currency);
    }

    /** This claim with {@code step} added. */
    Claim with(NegotiationStep step) {
        List<NegotiationStep> more = new java.util.ArrayList<>(steps);
        more.add(step);
        return new Claim(id, incident, title, claimant, respondent, currency, filedOn, dateNote, items, counterItems,
                counteredOn, counterNote, more, settlement, payments, notes, confidence, sources, version, recordedBy,
                recordedAt);
    }

    /** This claim settled by {@code agreed}. */
    Claim with(Settlement agreed) {
        return new Claim(id, incident, title, claimant, respondent, currency, filedOn, dateNote, items, counterItems,
                counteredOn, counterNote, steps, agreed, payments, notes, confidence, sources, version, recordedBy,
                recordedAt);
    }

    /** This claim with {@code payment} made. */
    Claim with(Payment payment) {
        List<Payment> more = new java.util.ArrayList<>(payments);
        more.add(payment);
        return new Claim(id, incident, title, claimant, respondent, currency, filedOn, dateNote, items, counterItems,
                counteredOn, counterNote, steps, settlement, more, notes, confidence, sources, version, recordedBy,
                recordedAt);
    }

    /** Why {@code items} cannot be an assessment of this claim, if they cannot. */
    static Optional<Refusal> refuseItems(List<ClaimItem> items, String currency) {
        if (items.isEmpty()) {
            return Optional.of(Refusal.invalid("items", "claim.items.empty", "an assessment has at least one item"));
        }
        for (int i = 0; i < items.size(); i++) {
            ClaimItem item = items.get(i);
            if (!item.amount().currency().equals(currency)) {
                return Optional.of(Refusal.invalid("items[" + i + "].currency", "claim.item.currency",
                        "items[" + i + "] is in " + item.amount().currency() + ", the claim in " + currency));
            }
        }
        return Optional.empty();
    }

    /** Why the respondent's counter-assessment {@code counter} cannot be taken, if it cannot. */
    public Optional<Refusal> refuseCounterAssessment(List<ClaimItem> counter) {
        if (settled()) {
            return Optional.of(Refusal.conflict(null, "claim.settled",
                    "Claim '" + id + "' is settled; its assessments no longer change"));
        }
        return refuseItems(counter, currency);
    }

    /** Why {@code proposed} cannot settle this claim, if it cannot. */
    public Optional<Refusal> refuseSettlement(Settlement proposed) {
        if (settled()) {
            return Optional.of(Refusal.conflict(null, "claim.settled", "Claim '" + id + "' is already settled"));
        }
        Optional<Refusal> rate = refuseRate(proposed.amount(), proposed.rate());
        if (rate.isPresent()) {
            return rate;
        }
        if (proposed.inClaimCurrency().compareTo(paid().amount()) < 0) {
            return Optional.of(Refusal.conflict("amount", "claim.settlement.below-paid",
                    "The settlement is less than the " + paid().amount() + " " + currency + " already paid"));
        }
        return Optional.empty();
    }

    /** Why {@code payment} cannot be taken, if it cannot: a wrong rate, or more than is outstanding. */
    public Optional<Refusal> refusePayment(Payment payment) {
        Optional<Refusal> rate = refuseRate(payment.amount(), payment.rate());
        if (rate.isPresent()) {
            return rate;
        }
        if (payment.inClaimCurrency().compareTo(outstanding().amount()) > 0) {
            return Optional.of(Refusal.conflict("amount", "claim.payment.exceeds-outstanding",
                    "The payment is " + payment.inClaimCurrency() + " " + currency + " at its rate, but only "
                            + outstanding().amount() + " " + currency + " is outstanding"));
        }
        return Optional.empty();
    }

    private Optional<Refusal> refuseRate(Money amount, BigDecimal rate) {
        if (rate == null || rate.signum() <= 0) {
            return Optional.of(Refusal.invalid("rate", "claim.rate.required",
                    "an amount in " + amount.currency() + " needs the day's rate to " + currency));
        }
        if (amount.currency().equals(currency) && rate.compareTo(BigDecimal.ONE) != 0) {
            return Optional.of(Refusal.invalid("rate", "claim.rate.same-currency",
                    "an amount in the claim's own currency has rate 1"));
        }
        return Optional.empty();
    }

    private Money sum(List<ClaimItem> of) {
        return new Money(of.stream().map(i -> i.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN), currency);
    }
}
