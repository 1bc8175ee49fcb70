package org.cosmodrome.ledger;

import java.util.function.Consumer;

import org.cosmodrome.ScratchContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What someone with the database owner's rights does to the ledger behind the application's back, and how the hash
 * chain names it. Runs in a context of its own; each tampering happens in a transaction that is rolled back after the
 * verification has looked at it, so the ledger (and its trigger) are whole again afterwards.
 */
@ScratchContext
class LedgerTamperingTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerVerification verification;

    @Autowired
    PlatformTransactionManager transactions;

    /** An entry in the middle of the chain, neither the first nor the head. */
    long victim;

    @BeforeEach
    void pickAnEntryInTheMiddle() {
        long head = jdbc.sql("select max(seq) from ledger.entry").query(Long.class).single();
        assertThat(head).isGreaterThan(10);
        victim = head / 2;
        assertThat(verification.verify().intact()).as("the ledger before tampering").isTrue();
    }

    /** Runs {@code tampering} with the append-only trigger disabled, verifies, and rolls all of it back. */
    private LedgerVerification.Report verifiedAfter(Consumer<JdbcClient> tampering) {
        LedgerVerification.Report[] report = new LedgerVerification.Report[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("alter table ledger.entry disable trigger user").update();
            tampering.accept(jdbc);
            report[0] = verification.verify();
            status.setRollbackOnly();
        });
        assertThat(verification.verify().intact()).as("the ledger after the rollback").isTrue();
        return report[0];
    }

    @Nested
    class TheAppendOnlyTrigger {

        @Test
        void refusesAnUpdate() {
            assertThatThrownBy(() -> jdbc.sql("update ledger.entry set payload = '{}' where seq = ?").param(victim)
                    .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }

        @Test
        void refusesADelete() {
            assertThatThrownBy(() -> jdbc.sql("delete from ledger.entry where seq = ?").param(victim).update())
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }

        @Test
        void refusesATruncate() {
            assertThatThrownBy(() -> jdbc.sql("truncate ledger.entry").update())
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
    }

    @Nested
    class Verification {

        @Test
        void namesAnEntryWhosePayloadWasAlteredAsAltered() {
            LedgerVerification.Report report = verifiedAfter(db -> db.sql(
                    "update ledger.entry set payload = replace(payload, '\"', '''') where seq = ?").param(victim)
                    .update());

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(victim);
            assertThat(report.breach()).isEqualTo(LedgerVerification.Breach.ALTERED);
            assertThat(report.headSeq()).isEqualTo(victim - 1);
        }

        @Test
        void namesAnEntryWhoseActorWasRewrittenAsAltered() {
            LedgerVerification.Report report = verifiedAfter(db -> db.sql(
                    "update ledger.entry set actor_user = 'someone-else' where seq = ?").param(victim).update());

            assertThat(report.brokenAt()).isEqualTo(victim);
            assertThat(report.breach()).isEqualTo(LedgerVerification.Breach.ALTERED);
        }

        @Test
        void namesTheMissingPositionOfARemovedEntryAsRemoved() {
            LedgerVerification.Report report = verifiedAfter(db -> db.sql("delete from ledger.entry where seq = ?")
                    .param(victim).update());

            assertThat(report.brokenAt()).isEqualTo(victim);
            assertThat(report.breach()).isEqualTo(LedgerVerification.Breach.REMOVED);
        }

        @Test
        void namesAnEntryThatNoLongerLinksToTheOneBeforeAsInserted() {
            LedgerVerification.Report report = verifiedAfter(db -> db.sql(
                    "update ledger.entry set previous_hash = repeat('a', 64) where seq = ?").param(victim).update());

            assertThat(report.brokenAt()).isEqualTo(victim);
            assertThat(report.breach()).isEqualTo(LedgerVerification.Breach.INSERTED);
        }

        @Test
        void findsNothingWhenNothingWasTouched() {
            LedgerVerification.Report report = verifiedAfter(db -> { });

            assertThat(report.intact()).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(report.headSeq()).isGreaterThan(victim);
        }
    }
}
