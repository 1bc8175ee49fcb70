package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capital programmes, in the {@code finance} schema, read whole with their S-curve. The planned curve spreads the
 * budget over the plan's months as half a cosine wave (slow start, fast middle, slow end): the fraction is computed
 * in floating point and each month's cumulative amount rounded half to even to a minor unit, as an estimate, never a
 * posted amount. The actual curve sums the payments up to the end of each month, through the current month only.
 */
@Service
public class Programmes {

    /** Local time at Baikonur, whose calendar day is "today" for milestones and the current month. */
    static final ZoneId BAIKONUR = ZoneId.of("Asia/Qyzylorda");

    private final JdbcClient jdbc;
    private final Clock clock;

    Programmes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(String id) {
        record Head(String name, String description, Currency currency, LocalDate from, LocalDate to, String basis) {
        }
        Optional<Head> head = jdbc.sql("select * from finance.programme where id = ?").param(id)
                .query((rs, n) -> new Head(rs.getString("name"), rs.getString("description"),
                        Currency.valueOf(rs.getString("currency")), rs.getDate("plan_from").toLocalDate(),
                        rs.getDate("plan_to").toLocalDate(), rs.getString("plan_basis")))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        Currency currency = h.currency();
        LocalDate today = LocalDate.now(clock.withZone(BAIKONUR));
        List<Programme.Total> totals = jdbc.sql("select * from finance.programme_total where programme_id = ? order by id")
                .param(id).query((rs, n) -> new Programme.Total(rs.getString("id"), rs.getBigDecimal("amount"),
                        Currency.valueOf(rs.getString("currency")), rs.getString("as_of"), rs.getString("source")))
                .list();
        List<Programme.Payment> payments = jdbc.sql("""
                select * from finance.programme_payment where programme_id = ? order by paid_on, id""")
                .param(id).query((rs, n) -> new Programme.Payment(rs.getString("id"), rs.getString("line_id"),
                        rs.getDate("paid_on").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("document_ref"),
                        rs.getString("description"), rs.getString("journal_transaction")))
                .list();
        List<Programme.Commitment> commitments = jdbc.sql("""
                select * from finance.programme_commitment where programme_id = ? order by committed_on, id""")
                .param(id).query((rs, n) -> new Programme.Commitment(rs.getString("id"), rs.getString("line_id"),
                        rs.getDate("committed_on").toLocalDate(), rs.getBigDecimal("amount"),
                        rs.getString("counterparty"), rs.getString("document_ref"),
                        rs.getString("journal_transaction")))
                .list();
        List<Programme.Line> lines = jdbc.sql("""
                select * from finance.programme_line where programme_id = ? order by position, id""")
                .param(id).query((rs, n) -> {
                    String line = rs.getString("id");
                    BigDecimal budget = rs.getBigDecimal("amount");
                    BigDecimal paid = payments.stream().filter(p -> p.line().equals(line))
                            .map(Programme.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .setScale(currency.minorDigits());
                    BigDecimal committed = commitments.stream().filter(c -> c.line().equals(line))
                            .map(Programme.Commitment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .setScale(currency.minorDigits());
                    return new Programme.Line(line, rs.getString("party"), rs.getString("scope"), budget, committed,
                            paid, budget.subtract(paid), rs.getString("basis"));
                }).list();
        List<Programme.Pledge> pledges = jdbc.sql("select * from finance.programme_pledge where programme_id = ? order by id")
                .param(id).query((rs, n) -> new Programme.Pledge(rs.getString("id"), rs.getString("kind"),
                        rs.getString("party_name"), rs.getString("organization"), rs.getBigDecimal("amount"),
                        Currency.valueOf(rs.getString("currency")), rs.getString("line_id"), rs.getString("source")))
                .list();
        List<Programme.Milestone> milestones = jdbc.sql("""
                select * from finance.programme_milestone where programme_id = ? order by position, id""")
                .param(id).query((rs, n) -> {
                    Date plannedOn = rs.getDate("planned_on");
                    Date actualOn = rs.getDate("actual_on");
                    return milestone(rs.getString("id"), rs.getString("name"),
                            plannedOn == null ? null : plannedOn.toLocalDate(),
                            actualOn == null ? null : actualOn.toLocalDate(), rs.getString("note"),
                            rs.getString("source"), today);
                }).list();
        BigDecimal budget = lines.stream().map(Programme.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Programme(id, h.name(), h.description(), currency, h.from(), h.to(), h.basis(), totals,
                lines, pledges, milestones, payments, commitments, sCurve(budget, currency, h.from(), h.to(), payments, today)));
    }

    static Programme.Milestone milestone(String id, String name, LocalDate planned, LocalDate actual, String note,
            String source, LocalDate today) {
        Long slip = planned != null && actual != null ? ChronoUnit.DAYS.between(planned, actual) : null;
        Long late = planned != null && actual == null && today.isAfter(planned)
                ? ChronoUnit.DAYS.between(planned, today) : null;
        return new Programme.Milestone(id, name, planned, actual, slip, late, note, source);
    }

    /** The planned and actual cumulative spend at the end of each month of the plan (and of any later payment). */
    static List<Programme.Month> sCurve(BigDecimal budget, Currency currency, LocalDate from, LocalDate to,
            List<Programme.Payment> payments, LocalDate today) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        for (Programme.Payment p : payments) {
            if (YearMonth.from(p.paidOn()).isAfter(last)) {
                last = YearMonth.from(p.paidOn());
            }
        }
        long months = ChronoUnit.MONTHS.between(first, YearMonth.from(to)) + 1;
        YearMonth current = YearMonth.from(today);
        List<Programme.Month> curve = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long elapsed = Math.min(months, ChronoUnit.MONTHS.between(first, m) + 1);
            double fraction = (1 - Math.cos(Math.PI * elapsed / months)) / 2;
            BigDecimal planned = budget.multiply(BigDecimal.valueOf(fraction))
                    .setScale(currency.minorDigits(), RoundingMode.HALF_EVEN);
            BigDecimal actual = null;
            if (!m.isAfter(current)) {
                LocalDate end = m.atEndOfMonth();
                actual = payments.stream().filter(p -> !p.paidOn().isAfter(end)).map(Programme.Payment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(currency.minorDigits());
            }
            curve.add(new Programme.Month(m, planned, actual));
        }
        return curve;
    }

    void insertProgramme(String id, String name, String description, Currency currency, LocalDate from, LocalDate to,
            String basis) {
        jdbc.sql("""
                insert into finance.programme (id, name, description, currency, plan_from, plan_to, plan_basis,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, description, currency.name(), Date.valueOf(from), Date.valueOf(to), basis,
                        Timestamp.from(clock.instant()))
                .update();
    }

    void insertTotal(String programme, Programme.Total t) {
        jdbc.sql("""
                insert into finance.programme_total (programme_id, id, amount, currency, as_of, source)
                values (?, ?, ?, ?, ?, ?)""")
                .params(programme, t.id(), t.amount(), t.currency().name(), t.asOf(), t.source()).update();
    }

    void insertLine(String programme, Programme.Line l, int position) {
        jdbc.sql("""
                insert into finance.programme_line (programme_id, id, party, scope, amount, basis, position)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(programme, l.id(), l.party(), l.scope(), l.amount(), l.basis(), position).update();
    }

    void insertPledge(String programme, Programme.Pledge p) {
        jdbc.sql("""
                insert into finance.programme_pledge (programme_id, id, kind, party_name, organization, amount,
                    currency, line_id, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(programme, p.id(), p.kind(), p.partyName(), p.organization(), p.amount(),
                        p.currency().name(), p.line(), p.source()).update();
    }

    void insertMilestone(String programme, Programme.Milestone m, int position) {
        jdbc.sql("""
                insert into finance.programme_milestone (programme_id, id, name, planned_on, actual_on, note, source,
                    position) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(programme, m.id(), m.name(), m.planned() == null ? null : Date.valueOf(m.planned()),
                        m.actual() == null ? null : Date.valueOf(m.actual()), m.note(), m.source(), position)
                .update();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from finance.programme where id = ?").param(id).query(Long.class).single() > 0;
    }
}
