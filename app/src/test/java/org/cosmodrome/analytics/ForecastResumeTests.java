package org.cosmodrome.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A forecast run that a crash left running is queued again at the next start and runs from its stored inputs. */
@RegistryContext
class ForecastResumeTests {

    @Autowired
    ForecastPlanning planning;

    @Autowired
    ForecastRuns runs;

    @Autowired
    ForecastScenarios scenarios;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunLeftRunningByACrashIsQueuedAgainAtStartAndFinishesWithItsOwnInputsAndSeed()
            throws InterruptedException {
        ForecastScenario base = scenarios.findByDataSetId("baikonur-base").orElseThrow().scenario();
        ForecastScenario inputs = new ForecastScenario("Interrupted run", base.firstYear(), 3, 77, 1, base.growth(),
                base.site(), base.streams(), base.events());
        UUID id = UUID.randomUUID();
        // as a crash leaves it: running, part done, no worker on it
        runs.insert(new ForecastRun(id, scenarios.findByDataSetId("baikonur-base").orElseThrow().id(), inputs,
                ForecastRunStatus.QUEUED, 0, 3, false, null, null, null, "t-operator", Instant.now(), null, null));
        jdbc.sql("update analytics.forecast_run set status = 'RUNNING', done = 2 where id = ?").param(id).update();

        currentActor.runAs(Actor.system("restart"), () -> planning.resume());

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        ForecastRun run = planning.run(id);
        while (!run.status().finished()) {
            assertThat(Instant.now()).as("run %s finished in time", id).isBefore(deadline);
            Thread.sleep(100);
            run = planning.run(id);
        }
        assertThat(run.status()).isEqualTo(ForecastRunStatus.DONE);
        assertThat(run.inputs()).isEqualTo(inputs);
        assertThat(run.report().seed()).isEqualTo(77);
        assertThat(run.report().scenario()).isEqualTo("Interrupted run");
        assertThat(run.report().years()).hasSize(3);
        assertThat(run.done()).isEqualTo(3);
    }
}
