package org.cosmodrome.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RegistryContext
class ReceivableTests {

    static final String PARTY = "hyimpulse";

    @Autowired
    Receivables receivables;

    @Autowired
    Journal journal;

    @Autowired
    PaymentTerms terms;

    @Autowired
    FinanceDataSet dataSet;

    @Autowired
    CurrentActor currentActor;

    private <T> T asSystem(Supplier<T> work) {
        return currentActor.runAs(Actor.system("test"), work);
    }

    private static Money usd(String amount) {
        return Money.of(amount, Currency.USD);
    }

    private Arrears arrearsOf(String agreement, LocalDate asOf) {
        return receivables.arrears(asOf, PARTY).stream().filter(a -> agreement.equals(a.agreement())).findFirst()
                .orElseThrow();
    }

    @Test
    void theLeaseIsSeededWith57YearlyRentChargesFrom1994To2050AndThe1999CashAndInKindPayment() {
        List<JournalTransaction> seeded = journal.of("roscosmos").stream()
                .filter(t -> FinanceDataSet.SOURCE.equals(t.sourceModule())).toList();
        List<JournalTransaction> charges = seeded.stream().filter(t -> t.kind() == TransactionKind.CHARGE).toList();
        assertThat(charges).hasSize(57);
        assertThat(charges.get(0).entryDate()).isEqualTo(LocalDate.of(1994, 1, 1));
        assertThat(charges.get(0).dueDate()).isEqualTo(LocalDate.of(1994, 12, 31));
        assertThat(charges.get(56).dueDate()).isEqualTo(LocalDate.of(2050, 12, 31));
        assertThat(charges.stream().filter(t -> t.agreement().equals("baikonur-lease-1994"))).hasSize(11);
        assertThat(charges.stream().filter(t -> t.agreement().equals("baikonur-lease-extension-2004"))).hasSize(46);
        assertThat(charges).allSatisfy(t -> {
            assertThat(t.postings().get(0).amount()).isEqualTo(usd("115000000"));
            assertThat(t.description()).contains("payment record not in the sources");
        });
        JournalTransaction cash = seeded.stream().filter(t -> t.kind() == TransactionKind.PAYMENT).findFirst()
                .orElseThrow();
        JournalTransaction inKind = seeded.stream().filter(t -> t.kind() == TransactionKind.IN_KIND).findFirst()
                .orElseThrow();
        assertThat(cash.entryDate().getYear()).isEqualTo(1999);
        assertThat(cash.postings()).contains(Posting.credit(
                "receivable:roscosmos:baikonur-lease-1994:USD", usd("50000000")));
        assertThat(inKind.postings()).contains(Posting.debit(
                "in_kind:kazcosmos:baikonur-lease-1994:USD", usd("65000000")));
        assertThat(inKind.documentRef()).contains("act");
        assertThat(seeded).hasSize(59);

        asSystem(() -> {
            dataSet.load();
            return null;
        });
        assertThat(journal.of("roscosmos").stream().filter(t -> FinanceDataSet.SOURCE.equals(t.sourceModule())))
                .hasSize(59);
    }

    @Test
    void theLeaseTermsStateNoLateInterestAndRefuseToAccrueIt() {
        PaymentTerm lease = terms.find("lease-rent-1994").orElseThrow();
        assertThat(lease.lateInterestPerYear()).isNull();
        assertThatThrownBy(() -> asSystem(() -> receivables.accrueInterest(lease, LocalDate.of(1999, 1, 1),
                LocalDate.of(1999, 12, 31)))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theStatementsRunningBalanceEndsAtTheJournalsBalanceOfTheAccount() {
        Statement statement = receivables.statements("roscosmos", "baikonur-lease-1994", null, null, null).get(0);
        Money balance = journal.balance("receivable:roscosmos:baikonur-lease-1994:USD", null);
        assertThat(statement.closing()).isEqualTo(balance);
        assertThat(statement.lines().get(statement.lines().size() - 1).balance()).isEqualTo(balance);
        assertThat(balance).isEqualTo(usd("1150000000"));
        assertThat(statement.notes()).anySatisfy(n -> assertThat(n).contains("payment record not in the sources"));

        Statement later = receivables.statements("roscosmos", "baikonur-lease-1994", LocalDate.of(2000, 1, 1),
                null, null).get(0);
        assertThat(later.opening()).isEqualTo(usd("575000000"));
        assertThat(later.closing()).isEqualTo(balance);
    }

    @Test
    void aPartialInKindSettlementReducesArrearsByExactlyItsValueAndMovesTheBucket() {
        String agreement = TestRecords.uniqueId("supply");
        asSystem(() -> receivables.charge(PARTY, agreement, usd("1000.00"), LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 1), "Pad-days in January", "INV-1"));
        asSystem(() -> receivables.charge(PARTY, agreement, usd("500.00"), LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 3, 1), "Pad-days in March", "INV-2"));
        LocalDate asOf = LocalDate.of(2030, 3, 15);
        Arrears before = arrearsOf(agreement, asOf);
        assertThat(before.upTo90()).isEqualTo(usd("1000.00"));
        assertThat(before.upTo30()).isEqualTo(usd("500.00"));

        asSystem(() -> receivables.settleInKind(PARTY, agreement, usd("250.37"), LocalDate.of(2030, 3, 10),
                "ACT-7"));
        Arrears partly = arrearsOf(agreement, asOf);
        assertThat(before.overdue().minus(partly.overdue())).isEqualTo(usd("250.37"));
        assertThat(partly.upTo90()).isEqualTo(usd("749.63"));
        assertThat(partly.upTo30()).isEqualTo(usd("500.00"));

        asSystem(() -> receivables.settleInKind(PARTY, agreement, usd("749.64"), LocalDate.of(2030, 3, 12),
                "ACT-8"));
        Arrears settled = arrearsOf(agreement, asOf);
        assertThat(settled.upTo90()).isEqualTo(usd("0.00"));
        assertThat(settled.upTo30()).isEqualTo(usd("499.99"));
        assertThat(settled.overdue()).isEqualTo(usd("499.99"));
    }

    @Test
    void creditsGoToTheOldestDueChargeFirstWhateverOrderTheChargesWereEntered() {
        String agreement = TestRecords.uniqueId("fifo");
        asSystem(() -> receivables.charge(PARTY, agreement, usd("100.00"), LocalDate.of(2030, 6, 1),
                LocalDate.of(2030, 12, 1), "Due late", "INV-A"));
        asSystem(() -> receivables.charge(PARTY, agreement, usd("300.00"), LocalDate.of(2030, 6, 2),
                LocalDate.of(2030, 6, 2), "Due early", "INV-B"));
        asSystem(() -> receivables.receivePayment(PARTY, agreement, usd("120.00"), LocalDate.of(2030, 6, 3),
                "PO-1"));
        Arrears arrears = arrearsOf(agreement, LocalDate.of(2031, 1, 1));
        assertThat(arrears.upTo365()).isEqualTo(usd("180.00"));
        assertThat(arrears.upTo90()).isEqualTo(usd("100.00"));
        assertThat(arrears.upTo30()).isEqualTo(usd("0.00"));
        assertThat(arrears.notDue()).isEqualTo(usd("0.00"));

        Arrears early = arrearsOf(agreement, LocalDate.of(2030, 6, 10));
        assertThat(early.upTo30()).isEqualTo(usd("180.00"));
        assertThat(early.notDue()).isEqualTo(usd("100.00"));

        asSystem(() -> receivables.writeOff(PARTY, agreement, usd("180.00"), LocalDate.of(2030, 7, 1),
                "settled by agreement"));
        assertThat(arrearsOf(agreement, LocalDate.of(2031, 1, 1)).overdue()).isEqualTo(usd("100.00"));
    }

    @Test
    void lateInterestIsSimpleDailyInterestOnTheOverdueAmountRoundedHalfEven() {
        String agreement = TestRecords.uniqueId("interest");
        PaymentTerm term = new PaymentTerm("t-" + agreement, agreement, PARTY, null, usd("365.00"),
                PaymentTerm.Period.YEARLY, 2030, 2030, 1, 1, new BigDecimal("0.10"));
        asSystem(() -> receivables.charge(PARTY, agreement, usd("365.00"), LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 1), "Rent", "INV-I"));
        JournalTransaction interest = asSystem(() -> receivables.accrueInterest(term, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 11))).orElseThrow();
        assertThat(interest.kind()).isEqualTo(TransactionKind.INTEREST);
        assertThat(interest.postings().get(0).amount()).isEqualTo(usd("1.00"));

        asSystem(() -> receivables.receivePayment(PARTY, agreement, usd("182.50"), LocalDate.of(2030, 1, 11),
                "PO-I"));
        JournalTransaction next = asSystem(() -> receivables.accrueInterest(term, LocalDate.of(2030, 1, 11),
                LocalDate.of(2030, 1, 12))).orElseThrow();
        // 183.50 overdue (interest 1.00 falls due on the 11th) for one day at 10 %: 5.0274 cents, so 5 cents
        assertThat(next.postings().get(0).amount()).isEqualTo(usd("0.05"));
    }

    @Test
    void anInKindSettlementWithoutItsActIsRefusedNamingTheField() {
        assertThatThrownBy(() -> asSystem(() -> receivables.settleInKind(PARTY, "x", usd("1.00"),
                LocalDate.of(2030, 1, 1), " "))).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("actReference");
    }
}
