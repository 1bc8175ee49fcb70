package org.cosmodrome.rangesafety.web;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The range-safety page as the server renders it, before any script runs. */
@RegistryContext
class RangeSafetyPageTests {

    @Autowired
    MockMvcTester mvc;

    private String page(String language) {
        MvcTestResult result = mvc.get().uri("/range-safety?lang=" + language).exchange();
        assertThat(result).hasStatusOk();
        return TestRecords.body(result);
    }

    @Test
    void listsEveryZoneAndCorridorInTablesForAnyone() {
        String html = page("en");

        assertThat(html.split("data-testid=\"zone-row\"", -1)).hasSize(7);
        assertThat(html.split("data-testid=\"corridor-row\"", -1)).hasSize(6);
        assertThat(html.split("data-testid=\"zone-approximate\"", -1)).hasSize(7);
        assertThat(html).contains("Ulytau drop zone (Zhezkazgan–Satpayev area)", "ellipse 44 × 22 km",
                "2,198 km²", "Soyuz-2.1a to 51.6° (ISS)");
    }

    @Test
    void saysWhichStagesFallInNoZone() {
        String html = page("en");

        assertThat(html).contains("Third stage:", "no drop zone", "Pacific Ocean");
    }

    @Test
    void speaksRussianWithRussianNumbersAndNames() {
        String html = page("ru");

        assertThat(html).contains("Районы падения и трассы запуска", "Район падения № 327 (Республика Алтай)",
                "2\u00a0198 км²", "51,6°");
    }

    @Test
    void givesTheMapScriptEveryZoneCorridorAndPad() {
        String html = page("kk");
        int start = html.indexOf('>', html.indexOf("id=\"range-data\"")) + 1;
        String data = html.substring(start, html.indexOf("</script>", start));

        assertThat(data).contains("\"id\":\"zone-120-dzhangeldy\"", "\"id\":\"proton-m-64-8\"",
                "\"id\":\"31-6\"", "шамамен алынған контур").doesNotContain("<", ">");
    }
}
