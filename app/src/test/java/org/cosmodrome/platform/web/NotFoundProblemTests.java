package org.cosmodrome.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A missing record whose type is several words ("launch plan") is a 404 problem with a hyphenated code. */
@RegistryContext
class NotFoundProblemTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Test
    void aMissingRecordOfATypeOfSeveralWordsIsANotFoundProblemNotAServerError() {
        DocumentContext problem = TestRecords.problem(mvc.get().uri("/api/v1/launch-plans/no-such-plan")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.HOST)).exchange(), 404);
        assertThat(problem.read("$.code", String.class)).isEqualTo("launch-plan.not-found");
        assertThat(problem.read("$.detail", String.class)).contains("no-such-plan");
    }
}
