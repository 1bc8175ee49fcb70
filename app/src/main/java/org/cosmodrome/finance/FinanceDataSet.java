package org.cosmodrome.finance;

import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code finance.json}: every yearly rent charge of the lease's payment terms and the payments the sources
 * report (one year's USD 50M in cash and USD 65M in goods and services). Each record is posted through
 * {@link Journal#post} under source module {@value #SOURCE} with a stable source reference
 * ({@code <term>:<year>} for a charge, the settlement's id for a settlement), so loading again posts nothing twice.
 * Years without a reported payment stay unpaid: their payment records are not in the sources.
 */
@Component
@Order(90)
class FinanceDataSet implements ReferenceDataLoader {

    static final String SOURCE = "finance-data";

    private static final Logger log = LoggerFactory.getLogger(FinanceDataSet.class);

    private final ReferenceData referenceData;
    private final PaymentTerms terms;
    private final Receivables receivables;
    private final Journal journal;

    FinanceDataSet(ReferenceData referenceData, PaymentTerms terms, Receivables receivables, Journal journal) {
        this.referenceData = referenceData;
        this.terms = terms;
        this.receivables = receivables;
        this.journal = journal;
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        int posted = 0;
        for (PaymentTerms.TermRecord record : terms.data().terms()) {
            PaymentTerm term = record.term();
            for (PaymentTerm.Instalment instalment : term.schedule()) {
                String ref = term.id() + ":" + instalment.year();
                if (journal.bySource(SOURCE, ref).isPresent()) {
                    continue;
                }
                receivables.post(receivables.chargeOf(term.payer(), term.payee(), term.agreement(),
                        instalment.amount(), instalment.chargedOn(), instalment.dueOn(),
                        "Rent " + instalment.year() + " under " + term.agreement() + " ("
                                + record.paymentStatus() + ")",
                        term.id() + "/" + instalment.year(), SOURCE, ref));
                posted++;
            }
        }
        for (PaymentTerms.SettlementRecord s : terms.data().settlements()) {
            if (journal.bySource(SOURCE, s.id()).isPresent()) {
                continue;
            }
            PaymentTerm term = terms.find(s.term()).orElseThrow(() -> new IllegalStateException(
                    "settlement " + s.id() + " names no term of " + PaymentTerms.FILE));
            Money amount = Money.of(s.amount(), term.amount().currency());
            LocalDate date = s.date();
            String description = (s.kind() == TransactionKind.IN_KIND ? "Goods and services" : "Cash payment")
                    + " against rent under " + term.agreement() + ". " + s.note()
                    + (s.sources() == null ? "" : " Sources: " + String.join("; ", s.sources()));
            receivables.post(receivables.settlementOf(s.kind(), term.payer(), term.payee(), term.agreement(), amount,
                    date, s.documentRef(), description, SOURCE, s.id()));
            posted++;
        }
        if (posted > 0) {
            log.info("Posted {} lease charges and settlements from the data set", posted);
        }
    }

    List<String> notes() {
        return terms.notes();
    }
}
