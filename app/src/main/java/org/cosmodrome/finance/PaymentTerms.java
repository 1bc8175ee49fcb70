package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.platform.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The payment terms of the agreements, read from {@code finance.json} of the data set, with the notes and
 * assumptions the file states for them.
 */
@Component
public class PaymentTerms {

    static final String FILE = "finance.json";

    /** A term as the data file states it. */
    record TermRecord(String id, String agreement, String payer, String payee, BigDecimal amount, Currency currency,
            PaymentTerm.Period period, int firstPeriod, int lastPeriod, int dueMonth, int dueDay,
            BigDecimal lateInterestPerYear, String paymentStatus, List<String> assumptions, List<String> sources) {

        PaymentTerm term() {
            return new PaymentTerm(id, agreement, payer, payee, Money.of(amount, currency), period, firstPeriod,
                    lastPeriod, dueMonth, dueDay, lateInterestPerYear);
        }
    }

    /** A payment or in-kind settlement the sources report. */
    record SettlementRecord(String id, String term, TransactionKind kind, java.time.LocalDate date,
            BigDecimal amount, String documentRef, String note, List<String> sources) {
    }

    record DataFile(List<String> notes, List<TermRecord> terms, List<SettlementRecord> settlements) {
    }

    private final ReferenceData referenceData;
    private volatile DataFile data;

    PaymentTerms(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    DataFile data() {
        if (data == null) {
            data = referenceData.read(FILE, DataFile.class).get(0);
        }
        return data;
    }

    public List<PaymentTerm> all() {
        return data().terms().stream().map(TermRecord::term).toList();
    }

    public Optional<PaymentTerm> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The terms of an agreement. */
    public List<PaymentTerm> ofAgreement(String agreement) {
        return all().stream().filter(t -> t.agreement().equals(agreement)).toList();
    }

    /** The notes of the data file: what the sources say and do not say about payments. */
    public List<String> notes() {
        return data().notes() == null ? List.of() : data().notes();
    }

    /** What the data set knows of a term's payments ("payment record not in the sources"), or empty. */
    public Optional<String> paymentStatus(String agreement) {
        return data().terms().stream().filter(t -> t.agreement().equals(agreement))
                .map(TermRecord::paymentStatus).filter(s -> s != null).findFirst();
    }
}
