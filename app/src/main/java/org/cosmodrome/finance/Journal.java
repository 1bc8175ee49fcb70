package org.cosmodrome.finance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The double-entry journal: every charge, payment, in-kind settlement, write-off, interest and correction is a
 * transaction whose postings balance in each currency (checked here and again by the database at commit). Nothing is
 * edited: {@link #correct} posts the reversal. Balances are sums of postings, never stored. Each transaction is entered
 * in the ledger in its own database transaction, private to the parties of its accounts.
 */
@Service
public class Journal {

    private final JdbcClient jdbc;
    private final ChartOfAccounts accounts;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    Journal(JdbcClient jdbc, ChartOfAccounts accounts, Ledger ledger, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Posts a transaction. A transaction with the source of one already posted is not posted again: the earlier one
     * is returned.
     *
     * @throws InvalidField when it has fewer than two postings, names an unknown account, posts in another currency
     *                      than the account's, or does not balance in a currency ({@code postings})
     */
    @Transactional
    public JournalTransaction post(NewTransaction transaction) {
        if (transaction.sourceModule() != null && transaction.sourceRef() != null) {
            Optional<JournalTransaction> earlier = bySource(transaction.sourceModule(), transaction.sourceRef());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (transaction.kind() == null || transaction.entryDate() == null) {
            throw new InvalidField(transaction.kind() == null ? "kind" : "entryDate", "required",
                    "A transaction needs a kind and an entry date.");
        }
        if (transaction.description() == null || transaction.description().isBlank()) {
            throw new InvalidField("description", "required", "Say what the transaction is.");
        }
        if (transaction.postings().size() < 2) {
            throw new InvalidField("postings", "too-few-postings", "A transaction has at least two postings.");
        }
        Map<Currency, Long> sums = new EnumMap<>(Currency.class);
        Set<String> parties = new LinkedHashSet<>();
        for (Posting posting : transaction.postings()) {
            Account account = accounts.find(posting.accountId())
                    .orElseThrow(() -> new InvalidField("postings", "unknown-account",
                            "No account " + posting.accountId() + "."));
            if (account.currency() != posting.amount().currency()) {
                throw new InvalidField("postings", "currency-mismatch", "Account " + account.id() + " is kept in "
                        + account.currency() + ", not " + posting.amount().currency() + ".");
            }
            if (account.party() != null) {
                parties.add(account.party());
            }
            sums.merge(posting.amount().currency(), posting.amount().minor(), Math::addExact);
        }
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new InvalidField("postings", "unbalanced", "The postings do not balance in " + currency
                        + ": debits exceed credits by " + new Money(sum, currency) + ".");
            }
        });
        return insert(transaction, null, parties);
    }

    private JournalTransaction insert(NewTransaction t, String corrects, Set<String> parties) {
        long number = jdbc.sql("select nextval('finance.transaction_number')").query(Long.class).single();
        String id = String.format("JE-%06d", number);
        jdbc.sql("""
                insert into finance.transaction (id, kind, entry_date, due_date, description, document_ref, agreement,
                    corrects, source_module, source_ref, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, t.kind().name(), Date.valueOf(t.entryDate()),
                        t.dueDate() == null ? null : Date.valueOf(t.dueDate()), t.description(), t.documentRef(),
                        t.agreement(), corrects, t.sourceModule(), t.sourceRef(), Timestamp.from(clock.instant()),
                        currentActor.get().user())
                .update();
        int line = 1;
        for (Posting posting : t.postings()) {
            jdbc.sql("""
                    insert into finance.posting (transaction_id, line, account_id, amount_minor, currency)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, line++, posting.accountId(), posting.amount().minor(),
                            posting.amount().currency().name())
                    .update();
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", t.kind().name());
        entry.put("entryDate", t.entryDate().toString());
        entry.put("description", t.description());
        entry.put("documentRef", t.documentRef());
        entry.put("corrects", corrects);
        entry.put("postings", t.postings().stream().map(p -> Map.of("account", p.accountId(), "minor",
                p.amount().minor(), "currency", p.amount().currency().name())).toList());
        ledger.append("journal.posted", "journal-transaction", id, List.copyOf(parties), entry);
        return find(id).orElseThrow();
    }

    /** Reverses a transaction with a correction dated {@code on}; a transaction is corrected at most once. */
    @Transactional
    public JournalTransaction correct(String id, String reason, LocalDate on) {
        JournalTransaction original = find(id).orElseThrow(() -> new RecordNotFound("journal-transaction", id));
        if (original.kind() == TransactionKind.CORRECTION) {
            throw new RuleViolation("correction-of-correction", "id", "Post a new transaction instead of correcting "
                    + "a correction.");
        }
        if (correctionOf(id).isPresent()) {
            throw new RuleViolation("already-corrected", "id", "Transaction " + id + " is already corrected.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "required", "Say why the transaction is corrected.");
        }
        List<Posting> reversed = original.postings().stream()
                .map(p -> new Posting(p.accountId(), p.amount().negate())).toList();
        Set<String> parties = new LinkedHashSet<>();
        for (Posting p : reversed) {
            accounts.find(p.accountId()).map(Account::party).ifPresent(parties::add);
        }
        return insert(new NewTransaction(TransactionKind.CORRECTION, on, null, "Correction of " + id + ": " + reason,
                original.documentRef(), original.agreement(), null, null, reversed), id, parties);
    }

    public Optional<JournalTransaction> correctionOf(String id) {
        return jdbc.sql("select id from finance.transaction where corrects = ?").param(id).query(String.class)
                .optional().flatMap(this::find);
    }

    public Optional<JournalTransaction> find(String id) {
        List<JournalTransaction> found = load("where t.id = ?", List.of(id));
        return found.stream().findFirst();
    }

    public Optional<JournalTransaction> bySource(String module, String ref) {
        return load("where t.source_module = ? and t.source_ref = ?", List.of(module, ref)).stream().findFirst();
    }

    /** The transactions that post to any account of {@code party}, in entry order; every one when {@code null}. */
    public List<JournalTransaction> of(String party) {
        if (party == null) {
            return load("", List.of());
        }
        return load("where t.id in (select p.transaction_id from finance.posting p join finance.account a"
                + " on a.id = p.account_id where a.party = ?)", List.of(party));
    }

    private List<JournalTransaction> load(String where, List<Object> params) {
        Map<String, JournalTransaction> byId = new LinkedHashMap<>();
        Map<String, List<Posting>> postings = new LinkedHashMap<>();
        jdbc.sql("""
                select t.*, p.line, p.account_id, p.amount_minor, p.currency as posting_currency
                from finance.transaction t join finance.posting p on p.transaction_id = t.id
                """ + where + " order by t.entry_date, t.id, p.line")
                .params(params)
                .query(rs -> {
                    String id = rs.getString("id");
                    postings.computeIfAbsent(id, k -> new ArrayList<>()).add(new Posting(rs.getString("account_id"),
                            new Money(rs.getLong("amount_minor"), Currency.valueOf(rs.getString("posting_currency")))));
                    if (!byId.containsKey(id)) {
                        Date due = rs.getDate("due_date");
                        byId.put(id, new JournalTransaction(id, TransactionKind.valueOf(rs.getString("kind")),
                                rs.getDate("entry_date").toLocalDate(), due == null ? null : due.toLocalDate(),
                                rs.getString("description"), rs.getString("document_ref"), rs.getString("agreement"),
                                rs.getString("corrects"), rs.getString("source_module"), rs.getString("source_ref"),
                                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), List.of()));
                    }
                });
        List<JournalTransaction> result = new ArrayList<>();
        byId.forEach((id, t) -> result.add(new JournalTransaction(t.id(), t.kind(), t.entryDate(), t.dueDate(),
                t.description(), t.documentRef(), t.agreement(), t.corrects(), t.sourceModule(), t.sourceRef(),
                t.recordedAt(), t.recordedBy(), postings.get(id))));
        return result;
    }

    /** The balance of an account from its postings up to and including {@code asOf} (all when {@code null}). */
    public Money balance(String accountId, LocalDate asOf) {
        Account account = accounts.find(accountId).orElseThrow(() -> new RecordNotFound("account", accountId));
        long minor = jdbc.sql("""
                select coalesce(sum(p.amount_minor), 0) from finance.posting p
                join finance.transaction t on t.id = p.transaction_id
                where p.account_id = ? and (cast(? as date) is null or t.entry_date <= ?)""")
                .params(accountId, asOf == null ? null : Date.valueOf(asOf), asOf == null ? null : Date.valueOf(asOf))
                .query(Long.class).single();
        return new Money(minor, account.currency());
    }

    /** The sum of every posting in the journal, per currency: zero in each, always. */
    public Map<Currency, Money> totals() {
        Map<Currency, Money> totals = new EnumMap<>(Currency.class);
        jdbc.sql("select currency, sum(amount_minor) from finance.posting group by currency")
                .query(rs -> {
                    Currency currency = Currency.valueOf(rs.getString(1));
                    totals.put(currency, new Money(rs.getLong(2), currency));
                });
        return totals;
    }
}
