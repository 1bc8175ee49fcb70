package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records payments and commitments against the budget lines of a capital programme, each through the journal.
 * <p>
 * A payment posts a balanced PAYMENT transaction: a debit of the line party's expense account for the programme line
 * and a credit of its cash account. A commitment posts a COMMITMENT transaction: a debit of the line's commitment
 * account and a credit of its budget account. Both are entered with the source {@code finance} /
 * {@code programme:<id>:payment:<documentRef>} (or {@code :commitment:}), so the journal posts a document once.
 * <p>
 * Rules: amounts are positive, in the programme's currency (the line's), with no more decimals than it has; another
 * currency is refused rather than converted, since a budget line is kept in one currency and a converted amount would
 * depend on the day's rate. The date is not after today at Baikonur. A document reference is recorded once per
 * programme for payments and once for commitments: a second one is refused with 409, not replayed. Payments against a
 * line never sum to more than its budget, nor commitments: the line's row is locked while its sums are checked, so
 * concurrent requests are judged one after the other. Only the spaceport operator and the host authority record.
 */
@Service
public class ProgrammePayments {

    /** Who may record payments and commitments. */
    public static final List<Role> RECORDERS = List.of(Role.SPACEPORT_OPERATOR, Role.HOST_AUTHORITY);

    private final JdbcClient jdbc;
    private final Journal journal;
    private final ChartOfAccounts accounts;
    private final CurrentActor currentActor;
    private final Clock clock;

    ProgrammePayments(JdbcClient jdbc, Journal journal, ChartOfAccounts accounts, CurrentActor currentActor,
            Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A payment to record; {@code description} may be empty. */
    public record NewPayment(String line, BigDecimal amount, Currency currency, LocalDate date, String documentRef,
            String description) {
    }

    /** A commitment to record. */
    public record NewCommitment(String line, BigDecimal amount, Currency currency, LocalDate date,
            String counterparty, String documentRef) {
    }

    /** A locked budget line with what was paid and committed against it so far. */
    private record LockedLine(String id, String party, BigDecimal budget, Currency currency) {
    }

    /** Whether the actor may record payments and commitments. */
    public static boolean mayRecord(Actor actor) {
        return RECORDERS.stream().anyMatch(actor::has);
    }

    /**
     * Records a payment against a budget line and posts it to the journal.
     *
     * @throws RecordNotFound when there is no such programme
     * @throws InvalidField naming {@code line}, {@code amount}, {@code currency}, {@code date} or {@code documentRef}
     * @throws RuleViolation {@code programme.line.over-budget} when the line's payments would exceed its budget,
     *                       {@code programme.payment.document-recorded} when the document is already recorded
     */
    @Transactional
    public Programme.Payment pay(String programme, NewPayment payment) {
        String documentRef = required("documentRef", payment.documentRef());
        LockedLine line = check(programme, payment.line(), payment.currency(), payment.date());
        Money amount = amount(payment.amount(), line.currency());
        if (count("programme_payment", programme, documentRef) > 0) {
            throw new RuleViolation("programme.payment.document-recorded", "documentRef",
                    "A payment with document " + documentRef + " is already recorded for " + programme + ".");
        }
        BigDecimal paid = sum("programme_payment", programme, line.id());
        if (paid.add(amount.amount()).compareTo(line.budget()) > 0) {
            throw new RuleViolation("programme.line.over-budget", "amount", "Paying " + amount + " would take line "
                    + line.id() + " past its budget of " + Money.of(line.budget(), line.currency()) + ": "
                    + Money.of(line.budget().subtract(paid), line.currency()) + " remains.");
        }
        String agreement = programme + "/" + line.id();
        String expense = accounts.open(AccountKind.EXPENSE, line.party(), agreement, line.currency(),
                "Spend of " + line.party() + " on programme " + programme + ", line " + line.id()).id();
        String cash = accounts.open(AccountKind.CASH, line.party(), agreement, line.currency(),
                "Cash of " + line.party() + " paid out on programme " + programme + ", line " + line.id()).id();
        String description = payment.description() == null || payment.description().isBlank()
                ? "Payment against line " + line.id() + " of programme " + programme
                : payment.description().strip();
        JournalTransaction posted = journal.post(new NewTransaction(TransactionKind.PAYMENT, payment.date(), null,
                description, documentRef, null, "finance", "programme:" + programme + ":payment:" + documentRef,
                List.of(Posting.debit(expense, amount), Posting.credit(cash, amount))));
        jdbc.sql("""
                insert into finance.programme_payment (programme_id, id, line_id, paid_on, amount, document_ref,
                    description, journal_transaction, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(programme, posted.id(), line.id(), Date.valueOf(payment.date()), amount.amount(), documentRef,
                        description, posted.id(), Timestamp.from(clock.instant()), currentActor.get().user())
                .update();
        return new Programme.Payment(posted.id(), line.id(), payment.date(), amount.amount(), documentRef,
                description, posted.id());
    }

    /**
     * Records a commitment against a budget line and posts it to the journal.
     *
     * @throws RecordNotFound when there is no such programme
     * @throws InvalidField naming {@code line}, {@code amount}, {@code currency}, {@code date}, {@code counterparty}
     *                      or {@code documentRef}
     * @throws RuleViolation {@code programme.line.over-committed} when the line's commitments would exceed its
     *                       budget, {@code programme.commitment.document-recorded} when the document is recorded
     */
    @Transactional
    public Programme.Commitment commit(String programme, NewCommitment commitment) {
        String documentRef = required("documentRef", commitment.documentRef());
        String counterparty = required("counterparty", commitment.counterparty());
        LockedLine line = check(programme, commitment.line(), commitment.currency(), commitment.date());
        Money amount = amount(commitment.amount(), line.currency());
        if (count("programme_commitment", programme, documentRef) > 0) {
            throw new RuleViolation("programme.commitment.document-recorded", "documentRef",
                    "A commitment with document " + documentRef + " is already recorded for " + programme + ".");
        }
        BigDecimal committed = sum("programme_commitment", programme, line.id());
        if (committed.add(amount.amount()).compareTo(line.budget()) > 0) {
            throw new RuleViolation("programme.line.over-committed", "amount", "Committing " + amount
                    + " would take line " + line.id() + " past its budget of "
                    + Money.of(line.budget(), line.currency()) + ": "
                    + Money.of(line.budget().subtract(committed), line.currency()) + " is uncommitted.");
        }
        String agreement = programme + "/" + line.id();
        String committedAccount = accounts.open(AccountKind.COMMITMENT, line.party(), agreement, line.currency(),
                "Commitments of " + line.party() + " on programme " + programme + ", line " + line.id()).id();
        String budget = accounts.open(AccountKind.BUDGET, line.party(), agreement, line.currency(),
                "Budget of " + line.party() + " on programme " + programme + ", line " + line.id()).id();
        JournalTransaction posted = journal.post(new NewTransaction(TransactionKind.COMMITMENT, commitment.date(),
                null, "Commitment to " + counterparty + " against line " + line.id() + " of programme " + programme,
                documentRef, null, "finance", "programme:" + programme + ":commitment:" + documentRef,
                List.of(Posting.debit(committedAccount, amount), Posting.credit(budget, amount))));
        jdbc.sql("""
                insert into finance.programme_commitment (programme_id, id, line_id, committed_on, amount,
                    counterparty, document_ref, journal_transaction, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(programme, posted.id(), line.id(), Date.valueOf(commitment.date()), amount.amount(),
                        counterparty, documentRef, posted.id(), Timestamp.from(clock.instant()),
                        currentActor.get().user())
                .update();
        return new Programme.Commitment(posted.id(), line.id(), commitment.date(), amount.amount(), counterparty,
                documentRef, posted.id());
    }

    /** Checks who asks, the programme, the date and the currency, and locks the line's row. */
    private LockedLine check(String programme, String line, Currency currency, LocalDate date) {
        if (!mayRecord(currentActor.get())) {
            throw new AccessDenied("not-a-programme-recorder",
                    "Only the spaceport operator and the host authority record programme payments and commitments.");
        }
        Currency programmeCurrency = jdbc.sql("select currency from finance.programme where id = ?").param(programme)
                .query(String.class).optional().map(Currency::valueOf)
                .orElseThrow(() -> new RecordNotFound("programme", programme));
        if (line == null || line.isBlank()) {
            throw new InvalidField("line", "required", "Name the budget line.");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        jdbc.sql("select id, party, amount from finance.programme_line where programme_id = ? and id = ? for update")
                .params(programme, line.strip())
                .query(rs -> {
                    row.put("id", rs.getString("id"));
                    row.put("party", rs.getString("party"));
                    row.put("amount", rs.getBigDecimal("amount"));
                });
        if (row.isEmpty()) {
            throw new InvalidField("line", "unknown-line", "Programme " + programme + " has no line '" + line + "'.");
        }
        if (currency == null) {
            throw new InvalidField("currency", "required", "Give the currency: " + programmeCurrency + ".");
        }
        if (currency != programmeCurrency) {
            throw new InvalidField("currency", "currency-mismatch", "Line " + line + " is kept in "
                    + programmeCurrency + ", not " + currency + "; record the amount in " + programmeCurrency + ".");
        }
        if (date == null) {
            throw new InvalidField("date", "required", "Give the date.");
        }
        LocalDate today = LocalDate.now(clock.withZone(Programmes.BAIKONUR));
        if (date.isAfter(today)) {
            throw new InvalidField("date", "in-the-future", "The date " + date + " is after today (" + today
                    + " at Baikonur).");
        }
        return new LockedLine((String) row.get("id"), (String) row.get("party"), (BigDecimal) row.get("amount"),
                programmeCurrency);
    }

    private static Money amount(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidField("amount", "required", "Give the amount.");
        }
        Money money;
        try {
            money = Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("amount", "too-many-decimals", "An amount in " + currency + " has at most "
                    + currency.minorDigits() + " decimals: " + amount.toPlainString() + ".");
        }
        if (money.signum() <= 0) {
            throw new InvalidField("amount", "not-positive", "The amount must be more than zero.");
        }
        return money;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "required", field + " is required.");
        }
        if (value.strip().length() > 200) {
            throw new InvalidField(field, "too-long", field + " has at most 200 characters.");
        }
        return value.strip();
    }

    private long count(String table, String programme, String documentRef) {
        return jdbc.sql("select count(*) from finance." + table + " where programme_id = ? and document_ref = ?")
                .params(programme, documentRef).query(Long.class).single();
    }

    private BigDecimal sum(String table, String programme, String line) {
        return jdbc.sql("select coalesce(sum(amount), 0) from finance." + table
                + " where programme_id = ? and line_id = ?")
                .params(programme, line).query(BigDecimal.class).single();
    }
}
