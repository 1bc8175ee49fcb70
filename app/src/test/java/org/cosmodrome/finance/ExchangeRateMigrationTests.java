package org.cosmodrome.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V21 moves the auctions module's exchange rates into finance: run on a database of its own, migrated to V19, given
 * rates the way auctions kept them, then migrated on.
 */
@RegistryContext
class ExchangeRateMigrationTests {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void v21CopiesTheAuctionsRatesWithTheirSourcesKeepsFinancesOwnAndDropsTheAuctionsTable() throws Exception {
        String database = TestRecords.uniqueId("v21test").replace('-', '_');
        jdbc.sql("create database " + database).update();
        String url = dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (SingleConnectionDataSource scratch = new SingleConnectionDataSource(url, dataSource.getUsername(),
                dataSource.getPassword(), true)) {
            Flyway.configure().dataSource(scratch).locations("classpath:db/migration").target("19").load().migrate();
            JdbcClient db = JdbcClient.create(scratch);
            db.sql("""
                    insert into auctions.exchange_rate (currency, on_date, kzt, source) values
                    ('EUR', '2025-06-04', 587.0, 'ASSUMPTION: approximate'), ('USD', '2025-06-04', 512.0, 'NBK'),
                    ('RUB', '2025-06-03', 6.45, 'operator')""").update();
            db.sql("""
                    insert into finance.exchange_rate (currency, on_date, kzt, source, recorded_at, recorded_by)
                    values ('RUB', '2025-06-03', 6.5, 'finance entry', now(), 'someone')""").update();

            Flyway.configure().dataSource(scratch).locations("classpath:db/migration").target("21").load().migrate();

            List<Map<String, Object>> rates = db.sql("""
                    select currency, cast(on_date as text) as on_date, kzt, source, recorded_by
                    from finance.exchange_rate order by currency""").query().listOfRows();
            assertThat(rates).extracting(r -> r.get("currency"), r -> r.get("source"), r -> r.get("recorded_by"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("EUR", "ASSUMPTION: approximate", "data-set"),
                            org.assertj.core.groups.Tuple.tuple("RUB", "finance entry", "someone"),
                            org.assertj.core.groups.Tuple.tuple("USD", "NBK", "data-set"));
            assertThat(new java.math.BigDecimal(rates.get(0).get("kzt").toString())).isEqualByComparingTo("587");
            assertThat(db.sql("select to_regclass('auctions.exchange_rate') is null").query(Boolean.class).single())
                    .isTrue();
        } finally {
            jdbc.sql("drop database if exists " + database).update();
        }
    }
}
