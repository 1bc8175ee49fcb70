package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenants' tariffs per launch and per pad-day, in the {@code finance} schema. */
@Repository
public class Tariffs {

    private final JdbcClient jdbc;
    private final Clock clock;

    Tariffs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Tariff> all() {
        return jdbc.sql("select * from finance.tariff order by kind, valid_from, id").query((rs, n) -> tariff(rs))
                .list();
    }

    public Optional<Tariff> find(String id) {
        return jdbc.sql("select * from finance.tariff where id = ?").param(id).query((rs, n) -> tariff(rs))
                .optional();
    }

    /** The tariff of {@code kind} in force for {@code payer} on {@code day}, the latest to start when several are. */
    public Optional<Tariff> inForce(Tariff.Kind kind, String payer, LocalDate day) {
        return all().stream().filter(t -> t.kind() == kind && t.appliesTo(payer, day))
                .reduce((a, b) -> b.validFrom().isBefore(a.validFrom()) ? a : b);
    }

    void insert(Tariff tariff) {
        jdbc.sql("""
                insert into finance.tariff (id, kind, payers, amount, currency, operator, valid_from, valid_to, basis,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tariff.id(), tariff.kind().name(), tariff.payers().toArray(String[]::new),
                        tariff.amount().amount(), tariff.amount().currency().name(), tariff.operator(),
                        Date.valueOf(tariff.validFrom()), tariff.validTo() == null ? null : Date.valueOf(tariff.validTo()),
                        tariff.basis(), Timestamp.from(clock.instant()))
                .update();
    }

    private static Tariff tariff(ResultSet rs) throws SQLException {
        Array payers = rs.getArray("payers");
        Date to = rs.getDate("valid_to");
        BigDecimal amount = rs.getBigDecimal("amount");
        return new Tariff(rs.getString("id"), Tariff.Kind.valueOf(rs.getString("kind")),
                Arrays.asList((String[]) payers.getArray()),
                Money.of(amount, Currency.valueOf(rs.getString("currency"))), rs.getString("operator"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString("basis"));
    }
}
