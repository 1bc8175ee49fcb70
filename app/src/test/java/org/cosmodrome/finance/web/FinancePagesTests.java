package org.cosmodrome.finance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RegistryContext
class FinancePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;


    @Test
    void theOperatorSeesTheLeaseArrearsWithTheirChartAndTheSourcesCaveat() {
        MvcTestResult page = mvc.get().uri("/finance?lang=en").session(principals.consoleSession(mvc, Principals.OPERATOR)).exchange();
        assertThat(page).hasStatusOk();
        String body = TestRecords.body(page);
        assertThat(body).contains("data-testid=\"arrears-chart\"", "roscosmos", "baikonur-lease-extension-2004",
                "gaps in the records", "/js/finance-charts.js", "/finance/programmes/baiterek");
    }

    @Test
    void aStatementShowsEveryYearOfRentWithItsRunningBalanceAndExportsAsCsv() {
        MockHttpSession operator = principals.consoleSession(mvc, Principals.OPERATOR);
        MvcTestResult page = mvc.get().uri("/finance/statements/roscosmos?lang=ru").session(operator).exchange();
        assertThat(page).hasStatusOk();
        String body = TestRecords.body(page);
        assertThat(body.split("data-testid=\"statement-line\"", -1).length - 1).isGreaterThanOrEqualTo(59);
        assertThat(body).contains("Выписка по счёту", "statement-chart-0");
        MvcTestResult csv = mvc.get().uri("/finance/statements/roscosmos.csv").session(operator).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(TestRecords.body(csv)).startsWith("party,currency,date,transaction,kind")
                .contains("roscosmos,USD,1994-01-01,");
    }

    @Test
    void aTenantCannotReadAnotherPartysStatementButSeesItsOwnArrearsOnly() {
        MockHttpSession skyroot = principals.consoleSession(mvc, Principals.SKYROOT);
        assertThat(mvc.get().uri("/finance/statements/roscosmos").session(skyroot).exchange()).hasStatus(403);
        MvcTestResult arrears = mvc.get().uri("/finance?lang=en").session(skyroot).exchange();
        assertThat(arrears).hasStatusOk();
        assertThat(TestRecords.body(arrears)).doesNotContain("baikonur-lease-extension-2004");
        assertThat(TestRecords.body(mvc.get().uri("/finance/arrears.csv").session(skyroot).exchange()))
                .doesNotContain("roscosmos");
    }
}
