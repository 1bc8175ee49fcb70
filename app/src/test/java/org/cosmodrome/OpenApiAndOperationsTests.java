package org.cosmodrome;

import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.json;

/** What operators and API clients read about the running application. */
@RegistryContext
class OpenApiAndOperationsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Test
    void theOpenApiDocumentIsVersionThreeOneAndDescribesTheRegistry() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).hasStatusOk();
        DocumentContext doc = json(result);
        assertThat(doc.read("$.openapi", String.class)).startsWith("3.1");
        Map<String, Object> paths = doc.read("$.paths");
        assertThat(paths).containsKeys("/api/v1/pads", "/api/v1/pads/{id}/status-changes", "/api/v1/vehicles",
                "/api/v1/organizations", "/api/v1/agreements");
    }

    @Test
    void healthIsUp() {
        MvcTestResult result = mvc.get().uri("/actuator/health").exchange();

        assertThat(result).hasStatusOk();
        assertThat(json(result).read("$.status", String.class)).isEqualTo("UP");
    }

    @Test
    void prometheusScrapesMetricsAsText() {
        MvcTestResult result = mvc.get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, principals.operator()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/plain");
        assertThat(body(result)).contains("# TYPE", "jvm_memory_used_bytes");
    }
}
