package org.cosmodrome.ledger;

import java.sql.ResultSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-computes the whole chain and names the first entry that does not hold: an entry whose fields no longer give
 * its hash was altered; a missing position means an entry was removed; a link that does not point at the entry
 * before it means one was inserted (or the one before it removed).
 */
@Service
public class LedgerVerification {

    private final JdbcClient jdbc;

    LedgerVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What went wrong at the first broken entry. */
    public enum Breach { ALTERED, REMOVED, INSERTED }

    /**
     * The outcome of a verification.
     *
     * @param entriesChecked entries read
     * @param headSeq position of the last entry, 0 for an empty ledger
     * @param headHash hash of the last entry, the genesis value for an empty ledger
     * @param brokenAt position of the first entry that does not hold, or {@code null} when the chain is intact
     * @param breach what happened there, or {@code null}
     * @param detail an English sentence naming the entry
     */
    public record Report(long entriesChecked, long headSeq, String headHash, Long brokenAt, Breach breach,
            String detail) {

        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** Walks the chain from the first entry, streaming rows so the ledger may be large. */
    @Transactional(readOnly = true)
    public Report verify() {
        Walker walker = new Walker();
        jdbc.sql("select * from ledger.entry order by seq").withFetchSize(1000)
                .query((ResultSet rs) -> {
                    walker.step(Ledger.map(rs, 0));
                });
        return walker.report();
    }

    /**
     * Checks that the entry a party kept as proof ({@code seq} with {@code hash}) is still in the ledger unchanged
     * and that the chain up to it holds.
     */
    @Transactional(readOnly = true)
    public Report verifyHead(long seq, String hash) {
        Report whole = verify();
        if (!whole.intact() && whole.brokenAt() <= seq) {
            return whole;
        }
        Optional<String> stored = jdbc.sql("select hash from ledger.entry where seq = ?").param(seq)
                .query(String.class).optional();
        if (stored.isEmpty()) {
            return new Report(whole.entriesChecked(), whole.headSeq(), whole.headHash(), seq, Breach.REMOVED,
                    "entry " + seq + " of the kept head is no longer in the ledger");
        }
        if (!stored.get().equalsIgnoreCase(hash)) {
            return new Report(whole.entriesChecked(), whole.headSeq(), whole.headHash(), seq, Breach.ALTERED,
                    "entry " + seq + " has hash " + stored.get() + ", not the kept " + hash
                            + ": the history up to it was rewritten");
        }
        return whole;
    }

    private static final class Walker {
        long expectedSeq = 1;
        String previousHash = LedgerEntry.GENESIS;
        long checked;
        Long brokenAt;
        Breach breach;
        String detail;

        void step(LedgerEntry entry) {
            checked++;
            if (brokenAt != null) {
                return;
            }
            if (entry.seq() > expectedSeq) {
                fail(expectedSeq, Breach.REMOVED, "entry " + expectedSeq + " is missing: the chain jumps from "
                        + (expectedSeq - 1) + " to " + entry.seq());
                return;
            }
            if (!entry.previousHash().equals(previousHash)) {
                fail(entry.seq(), Breach.INSERTED, "entry " + entry.seq()
                        + " does not link to the entry before it: an entry was inserted or the one before replaced");
                return;
            }
            if (!entry.computeHash().equals(entry.hash())) {
                fail(entry.seq(), Breach.ALTERED, "entry " + entry.seq() + " (" + entry.command() + " of "
                        + entry.targetType() + " " + entry.targetId() + ") was altered: its fields no longer give"
                        + " its hash");
                return;
            }
            expectedSeq = entry.seq() + 1;
            previousHash = entry.hash();
        }

        void fail(long seq, Breach what, String why) {
            brokenAt = seq;
            breach = what;
            detail = why;
        }

        Report report() {
            if (brokenAt != null) {
                return new Report(checked, expectedSeq - 1, previousHash, brokenAt, breach, detail);
            }
            return new Report(checked, expectedSeq - 1, previousHash, null, null,
                    "the ledger is intact: " + checked + " entries chained from the first to the head");
        }
    }
}
