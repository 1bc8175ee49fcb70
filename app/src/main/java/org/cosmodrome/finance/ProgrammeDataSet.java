package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code baiterek-programme.json} of the data set: the Baiterek programme with its totals, budget lines,
 * pledges and milestones, once, and never over a programme of the same id entered otherwise. The file has no
 * payments: the sources give none.
 */
@Component
@Order(76)
class ProgrammeDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeDataSet.class);

    private final ReferenceData referenceData;
    private final Programmes programmes;
    private final Ledger ledger;

    ProgrammeDataSet(ReferenceData referenceData, Programmes programmes, Ledger ledger) {
        this.referenceData = referenceData;
        this.programmes = programmes;
        this.ledger = ledger;
    }

    record TotalRecord(String id, BigDecimal amount, Currency currency, String asOf, String source) {
    }

    record LineRecord(String id, String party, String scope, BigDecimal amount, String basis) {
    }

    record PledgeRecord(String id, String kind, String partyName, String organization, BigDecimal amount,
            Currency currency, String line, String source) {
    }

    record MilestoneRecord(String id, String name, LocalDate planned, LocalDate actual, String note, String source) {
    }

    record DataSet(String id, String name, String description, Currency currency, LocalDate planFrom,
            LocalDate planTo, String planBasis, List<TotalRecord> totals, List<LineRecord> lines,
            List<PledgeRecord> pledges, List<MilestoneRecord> milestones) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read("baiterek-programme.json", DataSet.class).get(0);
        if (!referenceData.firstSighting("programmes", data.id())) {
            return;
        }
        if (programmes.exists(data.id())) {
            log.warn("Data set programme {} not loaded: that id is taken", data.id());
            return;
        }
        programmes.insertProgramme(data.id(), data.name(), data.description(), data.currency(), data.planFrom(),
                data.planTo(), data.planBasis());
        data.totals().forEach(t -> programmes.insertTotal(data.id(),
                new Programme.Total(t.id(), t.amount(), t.currency(), t.asOf(), t.source())));
        for (int i = 0; i < data.lines().size(); i++) {
            LineRecord l = data.lines().get(i);
            programmes.insertLine(data.id(), new Programme.Line(l.id(), l.party(), l.scope(), l.amount(),
                    BigDecimal.ZERO, BigDecimal.ZERO, l.amount(), l.basis()), i + 1);
        }
        data.pledges().forEach(p -> programmes.insertPledge(data.id(), new Programme.Pledge(p.id(), p.kind(),
                p.partyName(), p.organization(), p.amount(), p.currency(), p.line(), p.source())));
        for (int i = 0; i < data.milestones().size(); i++) {
            MilestoneRecord m = data.milestones().get(i);
            programmes.insertMilestone(data.id(), new Programme.Milestone(m.id(), m.name(), m.planned(), m.actual(),
                    null, null, m.note(), m.source()), i + 1);
        }
        ledger.append("programme.loaded", "programme", data.id(), List.of(), data);
        log.info("Loaded the {} programme from the data set", data.id());
    }
}
