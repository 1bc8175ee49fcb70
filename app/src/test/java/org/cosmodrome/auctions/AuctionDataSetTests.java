package org.cosmodrome.auctions;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.json;

/** The 2025 sale of obsolete Baikonur equipment by JV Baiterek, as the data set loads it and anyone reads it. */
@RegistryContext
class AuctionDataSetTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private DocumentContext anonymousGet(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    @Test
    void theFourLotsOfThe4June2025AuctionStartAtFiveHundredAndTwentyThousandEuros() {
        DocumentContext lots = anonymousGet("/api/v1/lots?seller=jv-baiterek&status=HISTORICAL&q=&size=100");

        List<Map<String, Object>> auction = lots.read("$.items[?(@.id =~ /baiterek-2025-a.*/)]");
        assertThat(auction).hasSize(4);
        assertThat(auction.stream().mapToLong(l -> ((Number) l.get("startingPrice")).longValue()).sum())
                .isEqualTo(520_000);
        assertThat(auction).allSatisfy(l -> {
            assertThat(l.get("currency")).isEqualTo("EUR");
            assertThat(l.get("opensAt")).asString().startsWith("2025-06-04");
        });
    }

    @Test
    void theWholeTenderWithTelecomCranesLocomotivesAndDumpTrucksComesToOnePointThreeMillionEuros() {
        DocumentContext lots = anonymousGet("/api/v1/lots?seller=jv-baiterek&size=100");

        List<Number> prices = lots.read("$.items[?(@.id =~ /baiterek-2025-.*/)].startingPrice");
        assertThat(prices).hasSize(9);
        assertThat(prices.stream().mapToLong(Number::longValue).sum()).isEqualTo(1_300_000);
        List<String> kinds = lots.read("$.items[*].assets[*].kind");
        assertThat(kinds).contains("TELECOM", "TRUCK_CRANE", "LOCOMOTIVE", "DUMP_TRUCK", "NON_FERROUS_METAL",
                "METAL_STRUCTURE", "MEASURING_INSTRUMENT", "CONSOLE", "CABLE", "EQUIPMENT_SET");
    }

    @Test
    void theSeededLotsAreHistoricalSoldByBaiterekAndNameTheirSources() {
        DocumentContext lots = anonymousGet("/api/v1/lots?status=HISTORICAL&size=100");

        List<Map<String, Object>> seeded = lots.read("$.items[?(@.id =~ /baiterek-2025-.*/)]");
        assertThat(seeded).hasSize(9).allSatisfy(l -> {
            assertThat(l.get("status")).isEqualTo("HISTORICAL");
            assertThat(l.get("seller")).isEqualTo("jv-baiterek");
            assertThat(l.get("source")).asString().contains("KOWALSKI_AUCTION");
        });
    }

    @Test
    void everySeededAssetIsDecommissionedAsObsoleteForBaiterekAndSitsAtSiteFortyFive() {
        DocumentContext assets = anonymousGet("/api/v1/assets?site=45&size=100");

        List<Map<String, Object>> seeded = assets.read("$.items[?(@.id =~ /bt2025-.*/)]");
        assertThat(seeded).hasSize(11).allSatisfy(a -> {
            assertThat(a.get("decommissioned")).isEqualTo(true);
            assertThat(((Map<?, ?>) a.get("decommissioning")).get("reason")).asString()
                    .contains("not integrable into Baiterek");
            assertThat(a.get("lot")).asString().startsWith("baiterek-2025-");
        });
        List<String> pads = assets.read("$.items[?(@.id =~ /bt2025-.*/)].padId");
        assertThat(pads).contains("45-1", "45-2");
    }

    @Test
    void theEuroLotsAreAlsoPricedInTengeAtTheApproximateRateOfTheDayWhichSaysItIsAnAssumption() {
        DocumentContext lot = anonymousGet("/api/v1/lots/baiterek-2025-a1");

        assertThat(lot.read("$.converted.currency", String.class)).isEqualTo("KZT");
        assertThat(lot.read("$.converted.rateDate", String.class)).isEqualTo("2025-06-04");
        assertThat(lot.read("$.converted.amount", Long.class)).isEqualTo(260_000L * 587);
        assertThat(lot.read("$.converted.rateSource", String.class)).contains("ASSUMPTION", "approximate");
        assertThat(lot.read("$.deposit", Long.class)).isEqualTo(26_000L);
    }

    @Test
    void loadingTheDataSetAgainAddsNothing() {
        String counts = "select (select count(*) from auctions.asset) || '/' || (select count(*) from auctions.lot)"
                + " || '/' || (select count(*) from auctions.lot_asset)";
        String before = jdbc.sql(counts).query(String.class).single();

        context.getBean("auctionDataSet", ReferenceDataLoader.class).load();

        assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void theDataSetLoadIsInTheLedger() {
        long entries = jdbc.sql("select count(*) from ledger.entry where command in ('lot.loaded', 'asset.loaded')"
                + " and (target_id like 'baiterek-2025-%' or target_id like 'bt2025-%')").query(Long.class).single();

        assertThat(entries).isEqualTo(20);
    }
}
