package org.cosmodrome.platform.web;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.newVehicleJson;
import static org.cosmodrome.TestRecords.problem;
import static org.cosmodrome.TestRecords.uniqueId;

/** Every refusal of the API is an RFC 9457 problem naming what was wrong, and never a stack trace. */
@RegistryContext
class ApiProblemsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    private MvcTestResult postVehicle(String body) {
        return mvc.post().uri("/api/v1/vehicles").header(HttpHeaders.AUTHORIZATION, principals.operator())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @Nested
    class UnreadableBodies {

        @Test
        void malformedJsonNamesTheBody() {
            DocumentContext answer = problem(postVehicle("{\"id\": \"broken\", \"vehicle\": {"), 400);

            assertThat(errorFields(answer)).containsExactly("body");
            assertThat(answer.read("$.errors[0].code", String.class)).isEqualTo("malformed-json");
        }

        @Test
        void anEmptyBodyNamesTheBody() {
            assertThat(errorFields(problem(postVehicle(""), 400))).containsExactly("body");
        }

        @Test
        void anUnknownEnumValueNamesTheNestedField() {
            String id = uniqueId("plasma");
            String body = newVehicleJson(id, "Plasma " + id).replace("\"HYBRID\"", "\"PLASMA\"");

            DocumentContext answer = problem(postVehicle(body), 400);

            assertThat(errorFields(answer)).containsExactly("vehicle.stages[0].propellantClass");
            assertThat(answer.read("$.detail", String.class)).contains("KEROSENE_LOX");
        }

        @Test
        void aValueOfTheWrongTypeNamesTheNestedField() {
            String id = uniqueId("wordy");
            String body = newVehicleJson(id, "Wordy " + id).replace("\"position\": 2", "\"position\": \"two\"");

            assertThat(errorFields(problem(postVehicle(body), 400))).containsExactly("vehicle.stages[1].position");
        }

        @Test
        void anObjectWhereAListBelongsNamesTheField() {
            String id = uniqueId("listless");
            String body = newVehicleJson(id, "Listless " + id).replace("\"sources\": [\"test fixture\"]",
                    "\"sources\": {\"a\": 1}");

            assertThat(errorFields(problem(postVehicle(body), 400))).containsExactly("vehicle.sources");
        }

        @Test
        void anUnknownFieldIsNamed() {
            String id = uniqueId("colourful");
            String body = newVehicleJson(id, "Colourful " + id).replace("\"status\":", "\"colour\": \"red\", \"status\":");

            DocumentContext answer = problem(postVehicle(body), 400);

            assertThat(errorFields(answer)).containsExactly("vehicle.colour");
            assertThat(answer.read("$.errors[0].code", String.class)).isEqualTo("unknown-field");
        }

        @Test
        void aDateThatIsNotADateNamesTheField() {
            String body = """
                    {"to": "IDLE", "effectiveOn": "31.12.2024", "reason": "bad date"}""";

            assertThat(errorFields(problem(mvc.post().uri("/api/v1/pads/31-6/status-changes")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator())
                    .contentType(MediaType.APPLICATION_JSON).content(body).exchange(), 400)))
                    .containsExactly("effectiveOn");
        }
    }

    @Nested
    class InvalidValues {

        @Test
        void missingRequiredFieldsAreEachNamed() {
            DocumentContext answer = problem(postVehicle("""
                    {"id": "nameless", "vehicle": {"stages": [{"position": 1}]}}"""), 400);

            assertThat(errorFields(answer)).contains("vehicle.name", "vehicle.status", "vehicle.stages[0].name",
                    "vehicle.stages[0].fuel", "vehicle.stages[0].propellantClass");
            assertThat(answer.read("$.code", String.class)).isEqualTo("request.invalid");
        }

        @Test
        void aBadQueryParameterIsNamed() {
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/vehicles?propellantClass=STEAM").exchange(), 400)))
                    .containsExactly("propellantClass");
            assertThat(errorFields(problem(mvc.get().uri("/api/v1/pads?page=first").exchange(), 400)))
                    .containsExactly("page");
        }
    }

    @Nested
    class UnknownThings {

        @Test
        void anUnknownRecordIsNotFound() {
            DocumentContext answer = problem(mvc.get().uri("/api/v1/pads/99-99").exchange(), 404);

            assertThat(answer.read("$.code", String.class)).isEqualTo("pad.not-found");
            assertThat(answer.read("$.instance", String.class)).isEqualTo("/api/v1/pads/99-99");
        }

        @Test
        void aMalformedIdIsNotFoundRatherThanInvalid() {
            problem(mvc.get().uri("/api/v1/vehicles/Proton_M").exchange(), 404);
        }

        @Test
        void anUnknownUrlUnderTheApiIsAProblem() {
            DocumentContext answer = problem(mvc.get().uri("/api/v1/launch-pads").exchange(), 404);

            assertThat(answer.read("$.code", String.class)).isEqualTo("resource.not-found");
        }

        @Test
        void aMethodTheUrlDoesNotSupportIsAProblemListingTheAllowedOnes() {
            MvcTestResult result = mvc.delete().uri("/api/v1/pads/31-6").exchange();

            DocumentContext answer = problem(result, 405);

            assertThat(answer.read("$.code", String.class)).isEqualTo("method-not-allowed");
            assertThat(result).headers().containsHeader(HttpHeaders.ALLOW);
            assertThat(result.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET");
        }

        @Test
        void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
            MvcTestResult result = mvc.post().uri("/api/v1/vehicles")
                    .header(HttpHeaders.AUTHORIZATION, principals.operator()).contentType(MediaType.TEXT_PLAIN)
                    .content("Proton-M").exchange();

            problem(result, 415);
        }
    }
}
