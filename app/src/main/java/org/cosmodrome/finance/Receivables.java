package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What parties owe under their agreements: charges (Dr receivable / Cr revenue of the payee), payments (Dr cash /
 * Cr receivable, partial allowed), in-kind settlements valued by an agreed act (Dr in-kind / Cr receivable),
 * write-offs (Dr write-off / Cr receivable) and late-payment interest where a term states a rate; statements of
 * account and arrears with ageing, derived from the journal.
 * <p>
 * The payee of an agreement is the payee of its payment term in {@code finance.json}; an agreement without a term
 * is the spaceport's own (accounts without a party).
 */
@Service
public class Receivables {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private final Journal journal;
    private final ChartOfAccounts accounts;
    private final PaymentTerms terms;
    private final ExchangeRates rates;
    private final Organizations organizations;
    private final Clock clock;

    Receivables(Journal journal, ChartOfAccounts accounts, PaymentTerms terms, ExchangeRates rates,
            Organizations organizations, Clock clock) {
        this.journal = journal;
        this.accounts = accounts;
        this.terms = terms;
        this.rates = rates;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Charges {@code party} under {@code agreement}, due on {@code dueDate}. */
    @Transactional
    public JournalTransaction charge(String party, String agreement, Money amount, LocalDate date,
            LocalDate dueDate, String description, String documentRef) {
        checkParty(party);
        checkCommon(agreement, amount, date);
        if (dueDate == null) {
            throw new InvalidField("dueDate", "required", "A charge needs the day it falls due.");
        }
        if (dueDate.isBefore(date)) {
            throw new InvalidField("dueDate", "due-before-charge", "A charge cannot fall due before it is made.");
        }
        return post(chargeOf(party, payeeOf(agreement), agreement, amount, date, dueDate,
                description == null || description.isBlank() ? "Charge under " + agreement : description,
                documentRef, null, null));
    }

    /** Records a payment in money, full or partial. */
    @Transactional
    public JournalTransaction receivePayment(String party, String agreement, Money amount, LocalDate date,
            String documentRef) {
        checkParty(party);
        checkCommon(agreement, amount, date);
        return post(settlementOf(TransactionKind.PAYMENT, party, payeeOf(agreement), agreement, amount, date,
                documentRef, "Payment under " + agreement, null, null));
    }

    /**
     * Records goods or services accepted in place of money, valued by an agreed act.
     *
     * @throws InvalidField {@code actReference} when the act is not named
     */
    @Transactional
    public JournalTransaction settleInKind(String party, String agreement, Money value, LocalDate date,
            String actReference) {
        if (actReference == null || actReference.isBlank()) {
            throw new InvalidField("actReference", "required",
                    "An in-kind settlement is valued by an agreed act: name the act.");
        }
        checkParty(party);
        checkCommon(agreement, value, date);
        return post(settlementOf(TransactionKind.IN_KIND, party, payeeOf(agreement), agreement, value, date,
                actReference, "Goods and services accepted under " + agreement + " by act " + actReference, null,
                null));
    }

    /** Gives up {@code amount} of what {@code party} owes, for a stated reason. */
    @Transactional
    public JournalTransaction writeOff(String party, String agreement, Money amount, LocalDate date, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "required", "Say why the debt is written off.");
        }
        checkParty(party);
        checkCommon(agreement, amount, date);
        return post(settlementOf(TransactionKind.WRITE_OFF, party, payeeOf(agreement), agreement, amount, date,
                null, "Written off: " + reason, null, null));
    }

    /**
     * Charges late-payment interest of a term that states a rate, for the days after {@code from} up to and
     * including {@code to}.
     * <p>
     * The rule: simple interest, day by day. For each day {@code d} of the period, the overdue amount is what remains
     * of the charges due before {@code d} after allocating to them, oldest due first, every credit entered on or
     * before {@code d}. Interest is {@code sum over days of overdue(d) x rate / 365}, computed exactly in minor units
     * and rounded once, half to even, to a minor unit. Interest itself is not charged interest when computed for the
     * same period (no compounding within a call). Posted as {@link TransactionKind#INTEREST}, Dr receivable /
     * Cr interest of the payee, due on {@code to}, once per term and period.
     *
     * @return the posted interest, or empty when nothing was overdue
     * @throws RuleViolation {@code agreement} when the term states no rate (the Baikonur lease states none)
     */
    @Transactional
    public Optional<JournalTransaction> accrueInterest(PaymentTerm term, LocalDate from, LocalDate to) {
        if (!term.chargesInterest()) {
            throw new RuleViolation("no-interest-term", "agreement", "The term " + term.id() + " of "
                    + term.agreement() + " states no late-payment interest.");
        }
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidField("to", "period", "The period of interest ends after it starts.");
        }
        Currency currency = term.amount().currency();
        String receivable = Account.idOf(AccountKind.RECEIVABLE, term.payer(), term.agreement(), currency);
        List<Entry> entries = entries(receivable);
        BigDecimal dayMinorSum = BigDecimal.ZERO;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            dayMinorSum = dayMinorSum.add(BigDecimal.valueOf(overdueOn(entries, day)));
        }
        long minor = dayMinorSum.multiply(term.lateInterestPerYear())
                .divide(DAYS_PER_YEAR, 0, RoundingMode.HALF_EVEN).longValueExact();
        if (minor <= 0) {
            return Optional.empty();
        }
        Money interest = new Money(minor, currency);
        String interestAccount = accounts.open(AccountKind.INTEREST, term.payee(), term.agreement(), currency,
                "Late-payment interest under " + term.agreement()).id();
        return Optional.of(post(new NewTransaction(TransactionKind.INTEREST, to, to,
                "Late-payment interest at " + term.lateInterestPerYear().movePointRight(2).stripTrailingZeros()
                        .toPlainString() + " % a year from " + from + " to " + to,
                null, term.agreement(), "finance", "interest:" + term.id() + ":" + from + ":" + to,
                List.of(Posting.debit(receivable, interest), Posting.credit(interestAccount, interest)))));
    }

    /** A charge as a transaction, opening its accounts. */
    NewTransaction chargeOf(String payer, String payee, String agreement, Money amount, LocalDate date,
            LocalDate due, String description, String documentRef, String sourceModule, String sourceRef) {
        String receivable = receivable(payer, agreement, amount.currency());
        String revenue = accounts.open(AccountKind.REVENUE, payee, agreement, amount.currency(),
                "Revenue under " + agreement).id();
        return new NewTransaction(TransactionKind.CHARGE, date, due, description, documentRef, agreement,
                sourceModule, sourceRef, List.of(Posting.debit(receivable, amount), Posting.credit(revenue, amount)));
    }

    /** A payment, in-kind settlement or write-off as a transaction crediting the payer's receivable. */
    NewTransaction settlementOf(TransactionKind kind, String payer, String payee, String agreement, Money amount,
            LocalDate date, String documentRef, String description, String sourceModule, String sourceRef) {
        String receivable = receivable(payer, agreement, amount.currency());
        AccountKind debitKind = switch (kind) {
            case PAYMENT -> AccountKind.CASH;
            case IN_KIND -> AccountKind.IN_KIND;
            case WRITE_OFF -> AccountKind.WRITE_OFF;
            default -> throw new IllegalArgumentException("not a settlement: " + kind);
        };
        String debitParty = kind == TransactionKind.WRITE_OFF ? payer : payee;
        String debit = accounts.open(debitKind, debitParty, agreement, amount.currency(),
                debitKind.name().toLowerCase().replace('_', '-') + " under " + agreement).id();
        return new NewTransaction(kind, date, null, description, documentRef, agreement, sourceModule, sourceRef,
                List.of(Posting.debit(debit, amount), Posting.credit(receivable, amount)));
    }

    JournalTransaction post(NewTransaction transaction) {
        return journal.post(transaction);
    }

    private String receivable(String payer, String agreement, Currency currency) {
        return accounts.open(AccountKind.RECEIVABLE, payer, agreement, currency,
                "Receivable from " + payer + " under " + agreement).id();
    }

    private String payeeOf(String agreement) {
        return terms.ofAgreement(agreement).stream().map(PaymentTerm::payee).findFirst().orElse(null);
    }

    /** The organisation an agreement's terms make its payee, if any. */
    public Optional<String> payee(String agreement) {
        return Optional.ofNullable(payeeOf(agreement));
    }

    private static void checkCommon(String agreement, Money amount, LocalDate date) {
        if (agreement == null || agreement.isBlank()) {
            throw new InvalidField("agreement", "required", "Name the agreement.");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidField("amount", "not-positive", "The amount must be positive.");
        }
        if (date == null) {
            throw new InvalidField("date", "required", "Give the day.");
        }
    }

    /** @throws RecordNotFound when {@code party} is no organisation */
    public void checkParty(String party) {
        boolean known;
        try {
            known = organizations.findById(OrganizationId.of(party)).isPresent();
        } catch (IllegalArgumentException | NullPointerException e) {
            known = false;
        }
        if (!known) {
            throw new RecordNotFound("organization", String.valueOf(party));
        }
    }

    // ---- statements ----

    /**
     * The statements of a party's receivables, one per currency, between {@code from} and {@code to} (both
     * inclusive, either may be {@code null}).
     *
     * @param convertTo a currency to show the opening and closing balances in as well, or {@code null}
     * @throws RuleViolation {@code currency} when no rate of the day exists for the conversion asked for
     */
    public List<Statement> statements(String party, String agreement, LocalDate from, LocalDate to,
            Currency convertTo) {
        checkParty(party);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "period", "The statement ends before it starts.");
        }
        Map<Currency, List<String>> byCurrency = new LinkedHashMap<>();
        for (Account account : accounts.of(party)) {
            if (account.kind() == AccountKind.RECEIVABLE
                    && (agreement == null || agreement.equals(account.agreement()))) {
                byCurrency.computeIfAbsent(account.currency(), c -> new ArrayList<>()).add(account.id());
            }
        }
        List<JournalTransaction> transactions = byCurrency.isEmpty() ? List.of() : journal.of(party);
        List<Statement> statements = new ArrayList<>();
        byCurrency.forEach((currency, ids) -> {
            Money opening = Money.zero(currency);
            List<Statement.Line> lines = new ArrayList<>();
            Money balance = null;
            List<String> agreementsSeen = new ArrayList<>();
            for (JournalTransaction t : transactions) {
                Money amount = Money.zero(currency);
                for (Posting p : t.postings()) {
                    if (ids.contains(p.accountId())) {
                        amount = amount.plus(p.amount());
                    }
                }
                if (amount.signum() == 0 && t.postings().stream().noneMatch(p -> ids.contains(p.accountId()))) {
                    continue;
                }
                if (to != null && t.entryDate().isAfter(to)) {
                    continue;
                }
                if (t.agreement() != null && !agreementsSeen.contains(t.agreement())) {
                    agreementsSeen.add(t.agreement());
                }
                if (from != null && t.entryDate().isBefore(from)) {
                    opening = opening.plus(amount);
                    continue;
                }
                balance = (balance == null ? opening : balance).plus(amount);
                lines.add(new Statement.Line(t.entryDate(), t.id(), t.kind(), t.agreement(), t.description(),
                        t.documentRef(), t.dueDate(), amount, balance));
            }
            Money closing = balance == null ? opening : balance;
            List<String> notes = new ArrayList<>();
            for (String a : agreementsSeen) {
                terms.paymentStatus(a).ifPresent(status -> notes.add(a + ": " + status
                        + " for years without a recorded payment; unpaid years are a gap in the records, "
                        + "not established arrears."));
            }
            Conversion openingConverted = null;
            Conversion closingConverted = null;
            if (convertTo != null) {
                LocalDate endDay = to != null ? to : LocalDate.now(clock);
                LocalDate startDay = from != null ? from : endDay;
                openingConverted = convert(opening, convertTo, startDay);
                closingConverted = convert(closing, convertTo, endDay);
            }
            statements.add(new Statement(party, agreement, currency, from, to, opening, lines, closing, notes,
                    openingConverted, closingConverted));
        });
        return statements;
    }

    private Conversion convert(Money amount, Currency target, LocalDate day) {
        return rates.convert(amount, target, day).orElseThrow(() -> new RuleViolation("rate-missing", "currency",
                "No exchange rate on or before " + day + " to convert " + amount.currency() + " to " + target + "."));
    }

    // ---- arrears ----

    /** A debit (due on {@code due}) or credit of a receivable account. */
    private record Entry(LocalDate entered, LocalDate due, String id, long minor) {
    }

    private List<Entry> entries(String receivableId) {
        Optional<Account> account = accounts.find(receivableId);
        if (account.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (JournalTransaction t : journal.of(account.get().party())) {
            for (Posting p : t.postings()) {
                if (p.accountId().equals(receivableId)) {
                    entries.add(new Entry(t.entryDate(), t.dueDate() == null ? t.entryDate() : t.dueDate(), t.id(),
                            p.amount().minor()));
                }
            }
        }
        return entries;
    }

    /** Outstanding minor units of each debit entered by {@code asOf}, oldest due first, after FIFO allocation. */
    private static List<long[]> allocate(List<Entry> entries, LocalDate asOf, long[] leftoverCredit) {
        List<Entry> debits = entries.stream().filter(e -> e.minor() > 0 && !e.entered().isAfter(asOf))
                .sorted(Comparator.comparing(Entry::due).thenComparing(Entry::entered).thenComparing(Entry::id))
                .toList();
        long credit = -entries.stream().filter(e -> e.minor() < 0 && !e.entered().isAfter(asOf))
                .mapToLong(Entry::minor).sum();
        List<long[]> outstanding = new ArrayList<>();
        for (Entry d : debits) {
            long used = Math.min(credit, d.minor());
            credit -= used;
            long rest = d.minor() - used;
            if (rest > 0) {
                outstanding.add(new long[] {d.due().toEpochDay(), rest});
            }
        }
        leftoverCredit[0] = credit;
        return outstanding;
    }

    private static long overdueOn(List<Entry> entries, LocalDate day) {
        long sum = 0;
        for (long[] o : allocate(entries, day, new long[1])) {
            if (o[0] < day.toEpochDay()) {
                sum += o[1];
            }
        }
        return sum;
    }

    /**
     * Arrears as of a day for every receivable of {@code party} (of every party when {@code null}), one row per
     * party, agreement and currency with anything outstanding or credited.
     */
    public List<Arrears> arrears(LocalDate asOf, String party) {
        if (asOf == null) {
            throw new InvalidField("asOf", "required", "Give the day of the arrears.");
        }
        List<Arrears> rows = new ArrayList<>();
        for (Account account : accounts.of(party)) {
            if (account.kind() != AccountKind.RECEIVABLE) {
                continue;
            }
            long[] leftover = new long[1];
            long[] buckets = new long[5];
            for (long[] o : allocate(entries(account.id()), asOf, leftover)) {
                long days = asOf.toEpochDay() - o[0];
                int bucket = switch (Arrears.bucketOf(days)) {
                    case "not-due" -> 0;
                    case "0-30" -> 1;
                    case "31-90" -> 2;
                    case "91-365" -> 3;
                    default -> 4;
                };
                buckets[bucket] += o[1];
            }
            if (leftover[0] == 0 && java.util.Arrays.stream(buckets).allMatch(b -> b == 0)) {
                continue;
            }
            Currency c = account.currency();
            rows.add(new Arrears(account.party(), account.agreement(), c, asOf, new Money(buckets[0], c),
                    new Money(buckets[1], c), new Money(buckets[2], c), new Money(buckets[3], c),
                    new Money(buckets[4], c), new Money(leftover[0], c)));
        }
        return rows;
    }
}
