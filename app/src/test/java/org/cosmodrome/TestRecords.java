package org.cosmodrome;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers shared by the API tests: unique ids, reading bodies, checking problem answers. */
public final class TestRecords {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestRecords() {
    }

    /** An id no other test uses, such as {@code test-vehicle-7}; lowercase slug form. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** The response body as a JSON document to query with JSON paths. */
    public static DocumentContext json(MvcTestResult result) {
        return JsonPath.parse(body(result));
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks that {@code result} is an RFC 9457 problem with the given status, carrying {@code status}, {@code title},
     * {@code detail}, {@code code} and {@code errors}, and no trace of a Java stack; returns its body.
     */
    public static DocumentContext problem(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status);
        assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String body = body(result);
        assertThat(body).doesNotContain("at org.", "at java.", "Exception");
        DocumentContext problem = JsonPath.parse(body);
        Map<String, Object> fields = problem.read("$");
        assertThat(fields).containsKeys("status", "title", "detail", "code", "errors");
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(status);
        assertThat(problem.read("$.title", String.class)).isNotBlank();
        assertThat(problem.read("$.detail", String.class)).isNotBlank();
        assertThat(problem.read("$.code", String.class)).isNotBlank();
        return problem;
    }

    /**
     * Checks that an answer's body gives nothing of the server's insides away: no exception, stack frame, SQL or
     * database message.
     */
    public static void revealsNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at java.", "SQL", "select ", "insert into",
                "update ", "delete from", "org.postgresql", "ERROR:", "Detail:");
    }

    /** The fields named by a problem's {@code errors}, in order. */
    public static java.util.List<String> errorFields(DocumentContext problem) {
        return problem.read("$.errors[*].field");
    }

    /**
     * The body of a POST to {@code /api/v1/vehicles}: a two-stage hybrid rocket in development with the given id and
     * name, in a family of its own so that it never shows up in the data-set tests' family listings.
     */
    public static String newVehicleJson(String id, String name) {
        return """
                {"id": "%s", "vehicle": {"name": "%s", "family": "Test rockets", "country": "de",
                  "status": "IN_DEVELOPMENT", "manufacturer": "Test Works", "leoPayloadTonnes": 0.5,
                  "stages": [
                    {"position": 1, "name": "Booster", "engine": "T-1", "fuel": "paraffin", "oxidiser": "LOX",
                     "propellantClass": "HYBRID"},
                    {"position": 2, "name": "Kick stage", "fuel": "MMH", "oxidiser": "N2O4",
                     "propellantClass": "TOXIC_HYPERGOLIC", "optional": true}
                  ],
                  "sources": ["test fixture"]}}""".formatted(id, name);
    }

    /**
     * The body of a vehicle PUT that writes back what a GET of the vehicle returned: the view without its id, version
     * and derived fields.
     */
    public static DocumentContext vehicleBodyOf(DocumentContext view) {
        DocumentContext body = JsonPath.parse(view.jsonString());
        for (String derived : java.util.List.of("$.id", "$.version", "$.toxic", "$.mayBeToxic", "$.propellantClasses",
                "$.stages[*].toxic")) {
            body.delete(derived);
        }
        return body;
    }

    /**
     * Deletes every pad that did not come from the data set, with its history and vehicles, so the data set's count
     * of pads holds again for the next test.
     */
    public static void removePadsAddedByTests(JdbcClient jdbc) {
        jdbc.sql("delete from sites.pad where id not in"
                + " (select record_key from platform.reference_record where data_set = 'pads')").update();
    }
}
