package org.cosmodrome.finance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chart of accounts, in the {@code finance} schema; accounts are opened on first use. */
@Repository
public class ChartOfAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChartOfAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account of this kind for a party and agreement in a currency, opened if it does not exist. */
    public Account open(AccountKind kind, String party, String agreement, Currency currency, String name) {
        String id = Account.idOf(kind, party, agreement, currency);
        jdbc.sql("""
                insert into finance.account (id, kind, party, agreement, currency, name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(id, kind.name(), party, agreement, currency.name(), name, Timestamp.from(clock.instant()))
                .update();
        return find(id).orElseThrow();
    }

    public Optional<Account> find(String id) {
        return jdbc.sql("select * from finance.account where id = ?").param(id).query((rs, n) -> new Account(
                rs.getString("id"), AccountKind.valueOf(rs.getString("kind")), rs.getString("party"),
                rs.getString("agreement"), Currency.valueOf(rs.getString("currency")), rs.getString("name")))
                .optional();
    }

    /** The accounts of a party, or every account when {@code party} is {@code null}. */
    public List<Account> of(String party) {
        return jdbc.sql("select * from finance.account where (cast(? as text) is null or party = ?) order by id")
                .params(party, party)
                .query((rs, n) -> new Account(rs.getString("id"), AccountKind.valueOf(rs.getString("kind")),
                        rs.getString("party"), rs.getString("agreement"), Currency.valueOf(rs.getString("currency")),
                        rs.getString("name")))
                .list();
    }
}
