package org.cosmodrome.auctions.rest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;
import static org.cosmodrome.TestRecords.uniqueId;

/** The inventory, the lot catalogue and the lots' life from draft to publication or withdrawal, through the API. */
@RegistryContext
class LotApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult send(String method, String uri, Principals.Member member, String body) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    private MvcTestResult asOperator(String method, String uri, String body) {
        return send(method, uri, Principals.OPERATOR, body);
    }

    /** Records an asset at pad 45-1 and returns its id; decommissioned when asked. */
    private String asset(boolean decommissioned) {
        String id = uniqueId("test-asset");
        assertThat(asOperator("POST", "/api/v1/assets", """
                {"id": "%s", "kind": "CONSOLE", "description": "Test console", "quantity": 2, "unit": "PIECE",
                 "condition": "REPAIRABLE", "padId": "45-1", "location": "Bunker"}""".formatted(id))).hasStatus(201);
        if (decommissioned) {
            assertThat(asOperator("POST", "/api/v1/assets/" + id + "/decommissioning",
                    "{\"reason\": \"not integrable into Baiterek\"}")).hasStatusOk();
        }
        return id;
    }

    private static String lotBody(String extra, String... assets) {
        Instant opens = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"title": "Test consoles", "format": "ENGLISH", "currency": "EUR", "startingPrice": 10000,
                 "reservePrice": 15000, "increments": [{"from": 0, "increment": 500}, {"from": 20000, "increment": 1000}],
                 "softClose": {"windowSeconds": 300, "extensionSeconds": 300, "capSeconds": 3600},
                 "depositPercent": 12.5, "paymentDays": 20, "opensAt": "%s", "closesAt": "%s",
                 "assets": [%s]%s}""".formatted(opens, opens.plus(3, ChronoUnit.DAYS),
                String.join(", ", List.of(assets).stream().map(a -> "\"" + a + "\"").toList()), extra);
    }

    private MvcTestResult draft(String id, String body) {
        return asOperator("POST", "/api/v1/lots", "{\"id\": \"" + id + "\", \"lot\": " + body + "}");
    }

    private String draftedLot() {
        String id = uniqueId("test-lot");
        assertThat(draft(id, lotBody("", asset(true)))).hasStatus(201);
        return id;
    }

    private long ledgerEntries(String command, String target) {
        return jdbc.sql("select count(*) from ledger.entry where command = ? and target_id = ?")
                .params(command, target).query(Long.class).single();
    }

    @Nested
    class Inventory {

        @Test
        void recordsAnAssetAtAPadWithItsSiteAndDecommissionsItWithTheReasonBothInTheLedger() {
            String id = asset(true);

            DocumentContext asset = json(mvc.get().uri("/api/v1/assets/" + id).exchange());
            assertThat(asset.read("$.siteId", String.class)).isEqualTo("45");
            assertThat(asset.read("$.decommissioning.reason", String.class)).isEqualTo("not integrable into Baiterek");
            assertThat(ledgerEntries("asset.recorded", id)).isEqualTo(1);
            assertThat(ledgerEntries("asset.decommissioned", id)).isEqualTo(1);
        }

        @Test
        void decommissioningWithoutAReasonIsRefusedNamingTheReason() {
            String id = asset(false);

            var refused = problem(asOperator("POST", "/api/v1/assets/" + id + "/decommissioning", "{}"), 400);
            assertThat(errorFields(refused)).contains("reason");
        }

        @Test
        void anAssetAtAnUnknownPadIsRefusedNamingThePad() {
            var refused = problem(asOperator("POST", "/api/v1/assets", """
                    {"id": "%s", "kind": "CABLE", "description": "Cable", "quantity": 10, "unit": "METRE",
                     "condition": "SCRAP", "padId": "99-9", "location": "Nowhere"}""".formatted(uniqueId("test-asset"))),
                    400);
            assertThat(errorFields(refused)).containsExactly("padId");
        }

        @Test
        void filtersAssetsByKindAndDecommissioning() {
            String inService = asset(false);

            List<String> decommissioned = json(mvc.get().uri("/api/v1/assets?kind=CONSOLE&decommissioned=true&size=500")
                    .exchange()).read("$.items[*].id");
            List<String> kinds = json(mvc.get().uri("/api/v1/assets?kind=CONSOLE&size=500").exchange())
                    .read("$.items[*].kind");
            assertThat(decommissioned).doesNotContain(inService).contains("bt2025-consoles-45-1");
            assertThat(kinds).containsOnly("CONSOLE");
        }
    }

    @Nested
    class Drafting {

        @Test
        void draftsALotOfDecommissionedAssetsWithItsDepositAndEntersItInTheLedger() {
            String id = uniqueId("test-lot");

            MvcTestResult created = draft(id, lotBody("", asset(true)));

            assertThat(created).hasStatus(201);
            assertThat(created.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
            DocumentContext lot = json(created);
            assertThat(lot.read("$.status", String.class)).isEqualTo("DRAFT");
            assertThat(lot.read("$.seller", String.class)).isEqualTo("tsenki");
            assertThat(lot.read("$.deposit", Long.class)).isEqualTo(1250L);
            assertThat(lot.read("$.increments[1].increment", Long.class)).isEqualTo(1000L);
            assertThat(ledgerEntries("lot.drafted", id)).isEqualTo(1);
        }

        @Test
        void anAssetStillInServiceCannotBeSold() {
            var refused = problem(draft(uniqueId("test-lot"), lotBody("", asset(true), asset(false))), 409);

            assertThat(refused.read("$.code", String.class)).isEqualTo("lot.asset.in-service");
            assertThat(errorFields(refused)).containsExactly("assets[1]");
        }

        @Test
        void anAssetAlreadyInAnotherLotCannotBeSoldTwice() {
            var refused = problem(draft(uniqueId("test-lot"), lotBody("", "bt2025-cable-45")), 409);

            assertThat(refused.read("$.code", String.class)).isEqualTo("lot.asset.in-another-lot");
            assertThat(errorFields(refused)).containsExactly("assets[0]");
        }

        @Test
        void anUnknownAssetIsRefusedNamingIt() {
            var refused = problem(draft(uniqueId("test-lot"), lotBody("", "no-such-asset")), 400);

            assertThat(errorFields(refused)).containsExactly("assets[0]");
        }

        @Test
        void inconsistentTermsAreRefusedNamingTheField() {
            String asset = asset(true);
            Instant opens = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

            var closeBeforeOpening = problem(draft(uniqueId("test-lot"), lotBody("", asset)
                    .replaceFirst("\"closesAt\": \"[^\"]+\"", "\"closesAt\": \"" + opens.minusSeconds(1) + "\"")
                    .replaceFirst("\"opensAt\": \"[^\"]+\"", "\"opensAt\": \"" + opens + "\"")), 400);
            var fallingIncrements = problem(draft(uniqueId("test-lot"), lotBody("", asset)
                    .replace("{\"from\": 20000, \"increment\": 1000}", "{\"from\": 20000, \"increment\": 100}")), 400);
            var reserveBelowStart = problem(draft(uniqueId("test-lot"), lotBody("", asset)
                    .replace("\"reservePrice\": 15000", "\"reservePrice\": 5000")), 400);
            var badCurrency = problem(draft(uniqueId("test-lot"), lotBody("", asset)
                    .replace("\"currency\": \"EUR\"", "\"currency\": \"USD\"")), 400);
            var dutchWithoutFloor = problem(draft(uniqueId("test-lot"), lotBody("", asset)
                    .replace("\"format\": \"ENGLISH\"", "\"format\": \"DUTCH\"")
                    .replace("\"reservePrice\": 15000,", "")), 400);

            assertThat(errorFields(closeBeforeOpening)).containsExactly("closesAt");
            assertThat(errorFields(fallingIncrements)).containsExactly("increments");
            assertThat(errorFields(reserveBelowStart)).containsExactly("reservePrice");
            assertThat(errorFields(badCurrency)).containsExactly("lot.currency");
            assertThat(errorFields(dutchWithoutFloor)).containsExactly("increments");
        }

        @Test
        void aDutchLotFallsToItsFloorAndHasNoReserve() {
            String id = uniqueId("test-lot");
            Instant opens = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

            MvcTestResult created = draft(id, """
                    {"title": "Test dump truck", "format": "DUTCH", "currency": "KZT", "startingPrice": 5000000,
                     "dutchFloor": 2500000, "dutchStep": 100000, "dutchStepSeconds": 60, "depositPercent": 5,
                     "paymentDays": 10, "opensAt": "%s", "assets": ["%s"]}""".formatted(opens, asset(true)));

            assertThat(created).hasStatus(201);
            DocumentContext lot = json(created);
            assertThat(lot.read("$.dutchFloor", Long.class)).isEqualTo(2_500_000L);
            assertThat(lot.read("$.deposit", Long.class)).isEqualTo(250_000L);
        }

        @Test
        void editsADraftUnderIfMatchAndRefusesAStaleVersion() {
            String id = draftedLot();
            String asset = json(mvc.get().uri("/api/v1/lots/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange()).read("$.assets[0].id");

            MvcTestResult edited = mvc.put().uri("/api/v1/lots/" + id).header(HttpHeaders.AUTHORIZATION,
                            principals.operator()).header(HttpHeaders.IF_MATCH, "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(lotBody("", asset).replace("Test consoles", "Test consoles, revised")).exchange();
            MvcTestResult stale = mvc.put().uri("/api/v1/lots/" + id).header(HttpHeaders.AUTHORIZATION,
                            principals.operator()).header(HttpHeaders.IF_MATCH, "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON).content(lotBody("", asset)).exchange();

            assertThat(edited).hasStatusOk();
            assertThat(json(edited).read("$.title", String.class)).isEqualTo("Test consoles, revised");
            assertThat(problem(stale, 409).read("$.code", String.class)).isEqualTo("lot.version.stale");
            assertThat(ledgerEntries("lot.revised", id)).isEqualTo(1);
        }
    }

    @Nested
    class Reading {

        @Test
        void draftsAreHiddenFromThePublicButShownToTheOperator() {
            String id = draftedLot();

            assertThat(mvc.get().uri("/api/v1/lots/" + id).exchange()).hasStatus(404);
            assertThat(mvc.get().uri("/api/v1/lots/" + id).header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .exchange()).hasStatusOk();
            List<String> publicIds = json(mvc.get().uri("/api/v1/lots?size=500").exchange()).read("$.items[*].id");
            assertThat(publicIds).doesNotContain(id);
        }

        @Test
        void theReserveIsShownToTheOperatorAndAuditorButNeverToBiddersOrThePublic() {
            String id = draftedLot();
            assertThat(asOperator("POST", "/api/v1/lots/" + id + "/publication", "")).hasStatusOk();

            String anonymous = org.cosmodrome.TestRecords.body(mvc.get().uri("/api/v1/lots/" + id).exchange());
            DocumentContext bidder = json(mvc.get().uri("/api/v1/lots/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.BIDDER)).exchange());
            DocumentContext auditor = json(mvc.get().uri("/api/v1/lots/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.AUDITOR)).exchange());

            assertThat(anonymous).contains("\"reservePrice\":null").doesNotContain("15000");
            assertThat(bidder.read("$.reservePrice", Long.class)).isNull();
            assertThat(auditor.read("$.reservePrice", Long.class)).isEqualTo(15_000L);
        }

        @Test
        void theCatalogueFiltersByStatusFormatKindCurrencyAndText() {
            List<String> locomotives = json(mvc.get().uri("/api/v1/lots?kind=LOCOMOTIVE").exchange())
                    .read("$.items[*].id");
            List<String> byText = json(mvc.get().uri("/api/v1/lots?q=cable").exchange()).read("$.items[*].id");
            List<String> dutch = json(mvc.get().uri("/api/v1/lots?format=DUTCH&size=500")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange())
                    .read("$.items[*].format");
            long tengeHistorical = json(mvc.get().uri("/api/v1/lots?currency=KZT&status=HISTORICAL").exchange())
                    .read("$.totalItems", Long.class);

            assertThat(locomotives).containsExactly("baiterek-2025-t3");
            assertThat(byText).contains("baiterek-2025-a3").doesNotContain("baiterek-2025-t3");
            assertThat(dutch).allMatch("DUTCH"::equals);
            assertThat(tengeHistorical).isZero();
        }

        @Test
        void aTengeLotIsShownInEurosOrSaysThereIsNoRate() {
            String id = uniqueId("test-lot");
            Instant opens = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            assertThat(draft(id, lotBody("", asset(true)).replace("\"currency\": \"EUR\"", "\"currency\": \"KZT\"")
                    .replace("\"startingPrice\": 10000", "\"startingPrice\": 5870000")
                    .replace("\"reservePrice\": 15000", "\"reservePrice\": 6000000"))).hasStatus(201);
            DocumentContext lot = json(mvc.get().uri("/api/v1/lots/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange());

            assertThat(lot.read("$.converted.currency", String.class)).isEqualTo("EUR");
            assertThat(lot.read("$.converted.rateDate", String.class)).isNotNull();
            assertThat(opens).isNotNull();
        }
    }

    @Nested
    class PublicationAndWithdrawal {

        @Test
        void publishesADraftThenWithdrawsItWhileNobodyHasBidBothInTheLedger() {
            String id = draftedLot();

            MvcTestResult published = asOperator("POST", "/api/v1/lots/" + id + "/publication", "");
            MvcTestResult again = asOperator("POST", "/api/v1/lots/" + id + "/publication", "");
            MvcTestResult withdrawn = asOperator("POST", "/api/v1/lots/" + id + "/withdrawal",
                    "{\"reason\": \"test\"}");

            assertThat(json(published).read("$.status", String.class)).isEqualTo("PUBLISHED");
            assertThat(problem(again, 409).read("$.code", String.class)).isEqualTo("lot.not-draft");
            assertThat(json(withdrawn).read("$.status", String.class)).isEqualTo("WITHDRAWN");
            assertThat(ledgerEntries("lot.published", id)).isEqualTo(1);
            assertThat(ledgerEntries("lot.withdrawn", id)).isEqualTo(1);
        }

        @Test
        void theAssetsOfAWithdrawnLotMayBeSoldInAnotherLot() {
            String asset = asset(true);
            String first = uniqueId("test-lot");
            assertThat(draft(first, lotBody("", asset))).hasStatus(201);
            asOperator("POST", "/api/v1/lots/" + first + "/publication", "");
            assertThat(draft(uniqueId("test-lot"), lotBody("", asset))).hasStatus(409);

            assertThat(asOperator("POST", "/api/v1/lots/" + first + "/withdrawal", "")).hasStatusOk();
            String second = uniqueId("test-lot");

            assertThat(draft(second, lotBody("", asset))).hasStatus(201);
            assertThat(json(mvc.get().uri("/api/v1/assets/" + asset).exchange()).read("$.lot", String.class))
                    .isEqualTo(second);
        }

        @Test
        void aLotWithBidsCannotBeWithdrawn() {
            String id = draftedLot();
            asOperator("POST", "/api/v1/lots/" + id + "/publication", "");
            jdbc.sql("insert into auctions.registration (lot_id, bidder, number, registered_at, registered_by, deposit)"
                    + " values (?, 'deep-blue-aerospace', 1, now(), 't-bidder', 1250)").param(id).update();
            jdbc.sql("insert into auctions.bid (lot_id, seq, bidder, submitted_by, kind, amount, at, outcome)"
                    + " values (?, 1, 'deep-blue-aerospace', 't-bidder', 'BID', 10000, now(), 'ACCEPTED')")
                    .param(id).update();

            var refused = problem(asOperator("POST", "/api/v1/lots/" + id + "/withdrawal", ""), 409);

            assertThat(refused.read("$.code", String.class)).isEqualTo("lot.has-bids");
        }

        @Test
        void aLotWhoseOpeningIsPastCannotBePublished() {
            String id = uniqueId("test-lot");
            Instant past = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            String body = lotBody("", asset(true)).replaceFirst("\"opensAt\": \"[^\"]+\"", "\"opensAt\": \"" + past + "\"");
            assertThat(draft(id, body)).hasStatus(201);

            var refused = problem(asOperator("POST", "/api/v1/lots/" + id + "/publication", ""), 409);

            assertThat(errorFields(refused)).containsExactly("opensAt");
        }

        @Test
        void aHistoricalLotCanBeNeitherPublishedNorWithdrawn() {
            assertThat(asOperator("POST", "/api/v1/lots/baiterek-2025-a1/publication", "")).hasStatus(409);
            assertThat(asOperator("POST", "/api/v1/lots/baiterek-2025-a1/withdrawal", "")).hasStatus(409);
        }
    }

    @Nested
    class Access {

        @Test
        void anonymousReadsTheCatalogueButCannotWrite() {
            assertThat(mvc.get().uri("/api/v1/lots").exchange()).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/assets").exchange()).hasStatusOk();
            assertThat(send("POST", "/api/v1/lots", null, "{}")).hasStatus(401);
            assertThat(send("POST", "/api/v1/assets", null, "{}")).hasStatus(401);
            assertThat(send("PUT", "/api/v1/exchange-rates/EUR/2025-06-05", null, "{}")).hasStatus(401);
        }

        @Test
        void onlyTheOperatorDraftsLots() {
            assertThat(send("POST", "/api/v1/lots", Principals.BIDDER, "{}")).hasStatus(403);
            assertThat(send("POST", "/api/v1/lots", Principals.AUDITOR, "{}")).hasStatus(403);
        }

        @Test
        void anUnknownLotIsNotFound() {
            problem(mvc.get().uri("/api/v1/lots/no-such-lot").exchange(), 404);
        }
    }
}
