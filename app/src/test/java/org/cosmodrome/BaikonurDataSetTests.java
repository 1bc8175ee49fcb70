package org.cosmodrome;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cosmodrome.TestRecords.json;

/** The Baikonur data set as the API serves it after a start on an empty database. */
@RegistryContext
class BaikonurDataSetTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void onlyTheDataSetsPads() {
        TestRecords.removePadsAddedByTests(jdbc);
    }

    /** Reads as the operator, who may read the directory and every agreement. */
    private DocumentContext get(String uri) {
        var result = mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private Map<String, Object> itemWithId(DocumentContext page, String id) {
        List<Map<String, Object>> matches = page.read("$.items[?(@.id == '" + id + "')]");
        assertThat(matches).as("items with id %s", id).hasSize(1);
        return matches.get(0);
    }

    @Nested
    class Pads {

        @Test
        void listsTheTwentyThreePadsOfTheDataSet() {
            DocumentContext pads = get("/api/v1/pads?size=100");

            assertThat(pads.read("$.totalItems", Integer.class)).isEqualTo(23);
            assertThat(pads.read("$.items.length()", Integer.class)).isEqualTo(23);
            List<String> ids = pads.read("$.items[*].id");
            assertThat(ids).doesNotHaveDuplicates().contains("1-5", "31-6", "45-1", "81-24", "200-39", "250");
        }

        @Test
        void padThirtyOneSixIsActiveAtItsSurveyedPosition() {
            DocumentContext pad = get("/api/v1/pads/31-6");

            assertThat(pad.read("$.designation", String.class)).isEqualTo("31/6");
            assertThat(pad.read("$.status", String.class)).isEqualTo("ACTIVE");
            assertThat(pad.read("$.latitude", Double.class)).isCloseTo(45.996, within(0.001));
            assertThat(pad.read("$.longitude", Double.class)).isCloseTo(63.564, within(0.001));
        }

        @Test
        @SuppressWarnings("unchecked")
        void padFortyFiveOneIsBeingConvertedForSoyuzFive() {
            Map<String, Object> pad = itemWithId(get("/api/v1/pads?size=100"), "45-1");

            assertThat(pad.get("status")).isEqualTo("UNDER_CONVERSION");
            assertThat((List<Object>) pad.get("supportedVehicles")).contains("soyuz-5");
        }

        @Test
        void gagarinsStartIsAMuseumThatCanBecomeNothingElse() {
            DocumentContext pad = get("/api/v1/pads/1-5");

            assertThat(pad.read("$.status", String.class)).isEqualTo("MUSEUM");
            assertThat(pad.read("$.allowedTransitions", List.class)).isEmpty();
        }

        @Test
        void everySupportedVehicleOfEveryPadIsInTheCatalogue() {
            DocumentContext pads = get("/api/v1/pads?size=100");
            DocumentContext vehicles = get("/api/v1/vehicles?size=500");
            Set<String> catalogue = Set.copyOf(vehicles.<List<String>>read("$.items[*].id"));
            List<String> referenced = pads.read("$.items[*].supportedVehicles[*]");

            assertThat(referenced).isNotEmpty();
            assertThat(catalogue).containsAll(referenced);
        }
    }

    @Nested
    class Vehicles {

        @Test
        void protonMBurnsToxicHypergolicPropellantInItsFirstThreeStages() {
            DocumentContext proton = get("/api/v1/vehicles/proton-m");

            assertThat(proton.read("$.name", String.class)).isEqualTo("Proton-M");
            assertThat(proton.read("$.toxic", Boolean.class)).isTrue();
            List<String> firstThree = proton.read("$.stages[?(@.position <= 3)].propellantClass");
            assertThat(firstThree).hasSize(3).containsOnly("TOXIC_HYPERGOLIC");
        }

        @Test
        void soyuzFiveBurnsOnlyKeroseneAndOxygen() {
            Map<String, Object> soyuz5 = itemWithId(get("/api/v1/vehicles?size=500"), "soyuz-5");
            DocumentContext detail = get("/api/v1/vehicles/soyuz-5");

            assertThat(soyuz5.get("toxic")).isEqualTo(false);
            List<String> classes = detail.read("$.stages[*].propellantClass");
            assertThat(classes).isNotEmpty().containsOnly("KEROSENE_LOX");
        }
    }

    @Nested
    class OrganisationsAndAgreements {

        @Test
        void includeTheLesseeTheHostAgencyAndTheJointVenture() {
            List<String> ids = get("/api/v1/organizations?size=500").read("$.items[*].id");

            assertThat(ids).contains("roscosmos", "kazcosmos", "jv-baiterek");
        }

        @Test
        void theLeaseExtensionFixesOneHundredFifteenMillionDollarsAYearUntil2050() {
            DocumentContext lease = get("/api/v1/agreements/baikonur-lease-extension-2004");

            assertThat(lease.read("$.kind", String.class)).isEqualTo("LEASE_EXTENSION");
            assertThat(lease.read("$.annualPayment.amount", Number.class).longValue()).isEqualTo(115_000_000L);
            assertThat(lease.read("$.annualPayment.currency", String.class)).isEqualTo("USD");
            assertThat(lease.read("$.expiresOn", String.class)).isEqualTo("2050-12-31");
            assertThat(lease.read("$.parties", List.class)).containsExactlyInAnyOrder("kazcosmos", "roscosmos");
        }

        @Test
        void theAgreementListingIncludesTheLeaseExtension() {
            List<String> ids = get("/api/v1/agreements?size=500").read("$.items[*].id");

            assertThat(ids).contains("baikonur-lease-1994", "baikonur-lease-extension-2004",
                    "baiterek-agreement-2004");
        }
    }

    @Nested
    class Auctions {

        @Test
        void jvBaiterekSellsNineHistoricalLotsOfElevenDecommissionedAssetsFrom2025() {
            DocumentContext lots = get("/api/v1/lots?seller=jv-baiterek&size=500");
            DocumentContext assets = get("/api/v1/assets?decommissioned=true&size=500");

            List<String> lotIds = lots.read("$.items[?(@.status == 'HISTORICAL')].id");
            List<String> assetIds = assets.read("$.items[*].id");
            assertThat(lotIds).hasSize(9).allMatch(id -> id.startsWith("baiterek-2025-"));
            assertThat(assetIds.stream().filter(id -> id.startsWith("bt2025-"))).hasSize(11);
        }
    }
}
