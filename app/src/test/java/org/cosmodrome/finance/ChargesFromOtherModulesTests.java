package org.cosmodrome.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.LaunchStatusChanged;
import org.cosmodrome.manifest.LaunchSummary;
import org.cosmodrome.manifest.ReasonCode;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.permits.DropZoneCharge;
import org.cosmodrome.permits.DropZoneCharged;
import org.cosmodrome.permits.DropZonePermits;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charges of other modules reach the books through their events: a drop-zone use that permits charges, and a tenant's
 * launch that the manifest records in flight. Each is posted once, however often its event is heard.
 */
@RegistryContext
class ChargesFromOtherModulesTests {

    static final String ZONE_120 = "zone-120-dzhangeldy";

    @Autowired
    DropZonePermits dropZones;

    @Autowired
    Journal journal;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private void asSystem(Runnable work) {
        currentActor.runAs(Actor.system("test"), work);
    }

    private void publishInTransaction(Object event) {
        asSystem(() -> transaction.executeWithoutResult(status -> events.publishEvent(event)));
    }

    private long postedFrom(String module, String ref) {
        return jdbc.sql("select count(*) from finance.transaction where source_module = ? and source_ref = ?")
                .params(module, ref).query(Long.class).single();
    }

    private long transactions() {
        return jdbc.sql("select count(*) from finance.transaction").query(Long.class).single();
    }

    @Test
    void aChargedDropZoneUsePostsOneChargeFromThePayerToTheZoneOperatorAndAReplayPostsNothingMore() {
        String launch = TestRecords.uniqueId("test-dz-launch");
        LocalDate day = LocalDate.of(2047, 4, 12);
        asSystem(() -> dropZones.recordUse(launch, List.of(ZONE_120), Instant.parse("2047-04-12T05:00:00Z"), day));

        DropZoneCharge charge = currentActor.runAs(Actor.system("test"), () -> dropZones.charges(ZONE_120, 2047))
                .stream().filter(c -> c.launch().equals(launch)).findFirst().orElseThrow();
        JournalTransaction posted = journal.bySource("permits", charge.id()).orElseThrow();

        assertThat(posted.kind()).isEqualTo(TransactionKind.CHARGE);
        assertThat(posted.entryDate()).isEqualTo(day);
        assertThat(posted.postings()).containsExactly(
                Posting.debit("receivable:roscosmos:zone-120-2019:USD", Money.of("460000", Currency.USD)),
                Posting.credit("revenue:jv-baiterek:zone-120-2019:USD", Money.of("460000", Currency.USD)));

        long before = transactions();
        publishInTransaction(new DropZoneCharged(charge.id(), charge.payer(), charge.operator(), ZONE_120, launch,
                charge.tariff(), charge.kind(), charge.amount(), charge.currency(), day));

        assertThat(postedFrom("permits", charge.id())).isEqualTo(1);
        assertThat(transactions()).isEqualTo(before);
    }

    private LaunchStatusChanged statusChange(String launch, String organization, LaunchStatus from, LaunchStatus to) {
        LaunchSummary summary = new LaunchSummary(new LaunchId(launch), new OrganizationId(organization),
                "Test mission " + launch, "soyuz-2-1b", to, "31-6", LocalDate.of(2027, 5, 14), null);
        return new LaunchStatusChanged(summary, from, to, ReasonCode.FLIGHT_OUTCOME,
                Instant.parse("2027-05-14T06:00:00Z"), false);
    }

    @Test
    void aTenantsLaunchInFlightPostsItsPerLaunchFeeOnceThroughReplaysAndItsOutcome() {
        String launch = TestRecords.uniqueId("test-fee-launch");
        publishInTransaction(statusChange(launch, "hyimpulse", LaunchStatus.GO, LaunchStatus.IN_FLIGHT));

        JournalTransaction posted = journal.bySource("manifest", launch).orElseThrow();
        assertThat(posted.kind()).isEqualTo(TransactionKind.CHARGE);
        assertThat(posted.entryDate()).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(posted.postings()).containsExactly(
                Posting.debit("receivable:hyimpulse:sez-launch-fee-2026:USD", Money.of("250000", Currency.USD)),
                Posting.credit("revenue:kazcosmos:sez-launch-fee-2026:USD", Money.of("250000", Currency.USD)));

        long before = transactions();
        publishInTransaction(statusChange(launch, "hyimpulse", LaunchStatus.GO, LaunchStatus.IN_FLIGHT));
        publishInTransaction(statusChange(launch, "hyimpulse", LaunchStatus.IN_FLIGHT, LaunchStatus.SUCCESS));

        assertThat(postedFrom("manifest", launch)).isEqualTo(1);
        assertThat(transactions()).isEqualTo(before);
    }

    @Test
    void theLesseesLaunchesAndLaunchesNotYetFlownPostNoLaunchFee() {
        String lessee = TestRecords.uniqueId("test-lessee-launch");
        String tenant = TestRecords.uniqueId("test-go-launch");
        long before = transactions();

        publishInTransaction(statusChange(lessee, "roscosmos", LaunchStatus.GO, LaunchStatus.IN_FLIGHT));
        publishInTransaction(statusChange(tenant, "hyimpulse", LaunchStatus.CONFIRMED, LaunchStatus.GO));

        assertThat(postedFrom("manifest", lessee)).isZero();
        assertThat(postedFrom("manifest", tenant)).isZero();
        assertThat(transactions()).isEqualTo(before);
    }
}
