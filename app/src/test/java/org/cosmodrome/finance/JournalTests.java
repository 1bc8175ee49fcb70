package org.cosmodrome.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@RegistryContext
class JournalTests {

    @Autowired
    Journal journal;

    @Autowired
    ChartOfAccounts accounts;

    @Autowired
    ExchangeRates rates;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private <T> T asSystem(java.util.function.Supplier<T> work) {
        return currentActor.runAs(Actor.system("test"), work);
    }

    private String account(AccountKind kind, String party, Currency currency) {
        return asSystem(() -> accounts.open(kind, party, "test-agreement", currency, kind + " " + party)).id();
    }

    @Test
    void randomBalancedTransactionsKeepTheSumOfAllPostingsAtZeroToTheLastMinorUnit() {
        SplittableRandom random = new SplittableRandom(115_000_000L);
        String party = TestRecords.uniqueId("party");
        List<String> usd = new ArrayList<>();
        List<String> kzt = new ArrayList<>();
        for (AccountKind kind : List.of(AccountKind.RECEIVABLE, AccountKind.REVENUE, AccountKind.CASH,
                AccountKind.IN_KIND, AccountKind.WRITE_OFF)) {
            usd.add(account(kind, party, Currency.USD));
            kzt.add(account(kind, party, Currency.KZT));
        }
        for (int i = 0; i < 300; i++) {
            List<Posting> postings = new ArrayList<>();
            for (List<String> chart : List.of(usd, kzt)) {
                if (random.nextBoolean() && !postings.isEmpty()) {
                    continue;
                }
                Currency currency = chart == usd ? Currency.USD : Currency.KZT;
                int lines = random.nextInt(1, 5);
                long rest = 0;
                for (int l = 0; l < lines; l++) {
                    long minor = random.nextLong(1, 50_000_000_000L) * (random.nextBoolean() ? 1 : -1);
                    postings.add(new Posting(chart.get(random.nextInt(chart.size())), new Money(minor, currency)));
                    rest -= minor;
                }
                if (rest != 0) {
                    postings.add(new Posting(chart.get(random.nextInt(chart.size())), new Money(rest, currency)));
                } else {
                    postings.add(new Posting(chart.get(0), new Money(1, currency)));
                    postings.add(new Posting(chart.get(1), new Money(-1, currency)));
                }
            }
            asSystem(() -> journal.post(new NewTransaction(TransactionKind.CHARGE, LocalDate.of(2020, 1, 1), null,
                    "random " + party, null, "test-agreement", null, null, postings)));
        }
        assertThat(journal.totals().values()).allSatisfy(total -> assertThat(total.minor()).isZero());
        long partySum = jdbc.sql("""
                select coalesce(sum(p.amount_minor), 0) from finance.posting p join finance.account a
                on a.id = p.account_id where a.party = ? and p.currency = 'USD'""").param(party).query(Long.class)
                .single();
        assertThat(partySum).isZero();
    }

    @Test
    void anUnbalancedTransactionIsRefusedNamingThePostings() {
        String receivable = account(AccountKind.RECEIVABLE, "roscosmos", Currency.USD);
        String revenue = account(AccountKind.REVENUE, null, Currency.USD);
        assertThatThrownBy(() -> asSystem(() -> journal.post(new NewTransaction(TransactionKind.CHARGE,
                LocalDate.of(2024, 1, 10), null, "rent", null, null, null, null,
                List.of(Posting.debit(receivable, Money.of("115000000", Currency.USD)),
                        Posting.credit(revenue, Money.of("114999999.99", Currency.USD)))))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("postings"))
                .hasMessageContaining("0.01 USD");
    }

    @Test
    void theDatabaseRefusesAnUnbalancedTransactionAndAnyChangeToThePostedJournal() {
        String cash = account(AccountKind.CASH, null, Currency.KZT);
        String revenue = account(AccountKind.REVENUE, null, Currency.KZT);
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into finance.transaction (id, kind, entry_date, description, recorded_at, recorded_by)
                    values ('JE-RAW-1', 'CHARGE', date '2024-01-01', 'raw', now(), 'test')""").update();
            jdbc.sql("insert into finance.posting values ('JE-RAW-1', 1, ?, 100, 'KZT')").param(cash).update();
            jdbc.sql("insert into finance.posting values ('JE-RAW-1', 2, ?, -99, 'KZT')").param(revenue).update();
        })).isInstanceOf(DataAccessException.class).hasStackTraceContaining("does not balance");

        JournalTransaction posted = asSystem(() -> journal.post(new NewTransaction(TransactionKind.PAYMENT,
                LocalDate.of(2024, 1, 1), null, "cash sale", null, null, null, null,
                List.of(Posting.debit(cash, Money.of("1000", Currency.KZT)),
                        Posting.credit(revenue, Money.of("1000", Currency.KZT))))));
        assertThatThrownBy(() -> jdbc.sql("update finance.posting set amount_minor = 1 where transaction_id = ?")
                .param(posted.id()).update()).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from finance.transaction where id = ?").param(posted.id()).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
    }

    @Test
    void aCorrectionReversesATransactionWithoutEditingIt() {
        String receivable = account(AccountKind.RECEIVABLE, "skyroot-aerospace", Currency.USD);
        String revenue = account(AccountKind.REVENUE, null, Currency.USD);
        Money before = journal.balance(receivable, null);
        JournalTransaction charge = asSystem(() -> journal.post(new NewTransaction(TransactionKind.CHARGE,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "pad-days", "INV-1", null, null, null,
                List.of(Posting.debit(receivable, Money.of("1250.50", Currency.USD)),
                        Posting.credit(revenue, Money.of("1250.50", Currency.USD))))));
        JournalTransaction correction = asSystem(() -> journal.correct(charge.id(), "wrong tariff",
                LocalDate.of(2026, 3, 5)));
        assertThat(correction.corrects()).isEqualTo(charge.id());
        assertThat(journal.find(charge.id()).orElseThrow().postings()).isEqualTo(charge.postings());
        assertThat(journal.balance(receivable, null)).isEqualTo(before);
        assertThatThrownBy(() -> asSystem(() -> journal.correct(charge.id(), "again", LocalDate.of(2026, 3, 6))))
                .hasMessageContaining("already corrected");
    }

    @Test
    void anExchangeRateChangeNeverAltersAPostedAmount() {
        LocalDate day = LocalDate.of(2031, 5, 4);
        asSystem(() -> rates.record(new ExchangeRate(Currency.USD, day, new BigDecimal("500.00"), "test")));
        Money rent = Money.of("115000000", Currency.USD);
        Conversion atPosting = rates.convert(rent, Currency.KZT, day).orElseThrow();
        assertThat(atPosting.to()).isEqualTo(Money.of("57500000000.00", Currency.KZT));
        String receivable = account(AccountKind.RECEIVABLE, "roscosmos", Currency.KZT);
        String revenue = account(AccountKind.REVENUE, null, Currency.KZT);
        JournalTransaction posted = asSystem(() -> journal.post(new NewTransaction(TransactionKind.CHARGE, day, null,
                "rent in tenge at " + atPosting.rate() + " of " + atPosting.rateDate(), null, null, null, null,
                List.of(Posting.debit(receivable, atPosting.to()), Posting.credit(revenue, atPosting.to())))));

        asSystem(() -> rates.record(new ExchangeRate(Currency.USD, day, new BigDecimal("520.00"), "corrected")));
        assertThat(rates.convert(rent, Currency.KZT, day).orElseThrow().to())
                .isEqualTo(Money.of("59800000000.00", Currency.KZT));
        assertThat(journal.find(posted.id()).orElseThrow().postings()).isEqualTo(posted.postings());
    }

    @Test
    void aConversionThroughTengeShowsItsRateAndDayAndRoundsHalfToEven() {
        LocalDate day = LocalDate.of(2032, 1, 15);
        asSystem(() -> rates.record(new ExchangeRate(Currency.EUR, day, new BigDecimal("3"), "test")));
        asSystem(() -> rates.record(new ExchangeRate(Currency.USD, day.minusDays(3), new BigDecimal("2"), "test")));
        Conversion c = rates.convert(Money.of("0.01", Currency.EUR), Currency.USD, day).orElseThrow();
        // 0.01 EUR × 1.5 = 0.015 USD, half to even: 0.02
        assertThat(c.to()).isEqualTo(Money.of("0.02", Currency.USD));
        assertThat(c.rate()).isEqualByComparingTo("1.5");
        assertThat(c.rateDate()).isEqualTo(day.minusDays(3));
        assertThatThrownBy(() -> Money.of("0.025", Currency.USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 decimals");
    }
}
