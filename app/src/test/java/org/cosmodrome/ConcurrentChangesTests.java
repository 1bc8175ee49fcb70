package org.cosmodrome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.PadRegistry;
import org.cosmodrome.sites.PadStatus;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.sites.TransitionNotAllowed;
import org.cosmodrome.vehicles.VehicleId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes that race each other: the database decides, and exactly one of them wins. */
@RegistryContext
class ConcurrentChangesTests {

    private static final int RACERS = 8;

    @Autowired
    PadRegistry registry;

    @Autowired
    Pads pads;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestPads() {
        TestRecords.removePadsAddedByTests(jdbc);
    }

    /** Runs {@code task} on {@value #RACERS} threads released at the same instant; returns each outcome. */
    private static <T> List<Object> race(Callable<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return task.call();
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void ofOnePadsStatusOnlyOneTransitionIsApplied() throws Exception {
        PadId id = PadId.of("race-1");
        registry.register(new Pad(id, "race/1", "race", org.cosmodrome.platform.LocalizedName.of("Race pad"), null, 46.0, 63.0, null, PadStatus.ACTIVE,
                LocalDate.of(2020, 1, 1), OrganizationId.of("roscosmos"), List.of(VehicleId.of("soyuz-2-1a")), null,
                null, null, null, null, "test", List.of(), 0), "built", "test");
        int historyBefore = pads.history(id).size();

        List<Object> outcomes = race(() -> registry.changeStatus(id, PadStatus.UNDER_REPAIR, null, "race", "test"));

        assertThat(outcomes).filteredOn(Pad.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(TransitionNotAllowed.class::isInstance).hasSize(RACERS - 1);
        assertThat(pads.history(id)).hasSize(historyBefore + 1);
        assertThat(pads.findById(id).orElseThrow().status()).isEqualTo(PadStatus.UNDER_REPAIR);
    }

    @Test
    void ofOneNewVehicleIdOnlyOneRegistrationIsCreated() throws Exception {
        String id = TestRecords.uniqueId("twin");
        String body = TestRecords.newVehicleJson(id, "Twin " + id);
        String operator = principals.operator();

        List<Object> statuses = race(() -> mvc.post().uri("/api/v1/vehicles")
                .header(HttpHeaders.AUTHORIZATION, operator).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange().getResponse().getStatus());

        assertThat(statuses).filteredOn(status -> status.equals(201)).hasSize(1);
        assertThat(statuses).filteredOn(status -> status.equals(409)).hasSize(RACERS - 1);
        assertThat(jdbc.sql("select count(*) from vehicles.vehicle where id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }
}
