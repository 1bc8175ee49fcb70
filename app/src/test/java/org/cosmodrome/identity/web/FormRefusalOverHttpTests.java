package org.cosmodrome.identity.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.cosmodrome.ServedContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused form over a real server, where the servlet container forwards the refusal to the error page with the
 * form's own method (MockMvc does not forward, so it cannot show this).
 */
@ServedContext
class FormRefusalOverHttpTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFormPostedWithoutItsCsrfTokenIsForbiddenRatherThanSentToSignIn() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/pads/31-6/status"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("to=UNDER_REPAIR&reason=forged")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.headers().map().toString()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Exception", "at org.");
    }
}
