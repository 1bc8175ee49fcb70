package org.cosmodrome.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the ledger and reads them back. Appends join the caller's transaction (they must: a change
 * and its entry commit together or not at all) and are serialised by a transaction-scoped advisory lock, so the
 * chain has no forks and no gaps.
 */
@Service
public class Ledger {

    private static final long CHAIN_LOCK = 0x4C6564676572L; // "Ledger"

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final CanonicalJson canonical;

    Ledger(JdbcClient jdbc, CurrentActor currentActor, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
        this.canonical = new CanonicalJson(json);
    }

    /**
     * Records a change made by the current actor.
     *
     * @param command what was done, in the module's words: {@code pad.status.changed}
     * @param targetType the kind of record: {@code pad}
     * @param targetId its id
     * @param tenants the organisations owning the record when it is private; empty when it is public
     * @param change the command's content; written as canonical JSON
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(String command, String targetType, String targetId, List<String> tenants,
            Object change) {
        Actor actor = currentActor.get();
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select seq, hash from ledger.entry order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(0, LedgerEntry.GENESIS));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LedgerEntry unsigned = new LedgerEntry(head.seq() + 1, now, actor.user(), actor.organization(), command,
                targetType, targetId, tenants, canonical.of(change), head.hash(), null);
        LedgerEntry entry = new LedgerEntry(unsigned.seq(), unsigned.recordedAt(), unsigned.actorUser(),
                unsigned.actorOrganization(), unsigned.command(), unsigned.targetType(), unsigned.targetId(),
                unsigned.tenants(), unsigned.payload(), unsigned.previousHash(), unsigned.computeHash());
        jdbc.sql("""
                insert into ledger.entry (seq, recorded_at, actor_user, actor_organization, command, target_type,
                    target_id, tenants, payload, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.seq(), Timestamp.from(entry.recordedAt()), entry.actorUser(),
                        entry.actorOrganization(), entry.command(), entry.targetType(), entry.targetId(),
                        entry.isPublic() ? null : entry.tenants().toArray(String[]::new), entry.payload(),
                        entry.previousHash(), entry.hash())
                .update();
        return entry;
    }

    /**
     * Filters of the ledger listing; every {@code null} means "any".
     *
     * @param from first instant, inclusive
     * @param to last instant, exclusive
     */
    public record Filter(String targetType, String targetId, String actor, Instant from, Instant to) {
        public static Filter forTarget(String targetType, String targetId) {
            return new Filter(targetType, targetId, null, null, null);
        }
    }

    /** Entries visible to {@code viewer}, newest first. */
    public Page<LedgerEntry> find(Filter filter, Actor viewer, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!viewer.readsEverything()) {
            where.append(" and (tenants is null or ? = any(tenants))");
            params.add(viewer.organization() == null ? "" : viewer.organization());
        }
        if (filter.targetType() != null) {
            where.append(" and target_type = ?");
            params.add(filter.targetType());
        }
        if (filter.targetId() != null) {
            where.append(" and target_id = ?");
            params.add(filter.targetId());
        }
        if (filter.actor() != null) {
            where.append(" and actor_user = ?");
            params.add(filter.actor());
        }
        if (filter.from() != null) {
            where.append(" and recorded_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and recorded_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        long total = jdbc.sql("select count(*) from ledger.entry" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<LedgerEntry> items = jdbc.sql("select * from ledger.entry" + where + " order by seq desc limit ? offset ?")
                .params(pageParams).query(Ledger::map).list();
        return Page.of(items, page, total);
    }

    /** The last entry recorded before {@code instant}, if any: the head another party can keep as proof. */
    public Optional<LedgerEntry> headBefore(Instant instant) {
        return jdbc.sql("select * from ledger.entry where recorded_at < ? order by seq desc limit 1")
                .param(Timestamp.from(instant)).query(Ledger::map).optional();
    }

    /** The entry at position {@code seq}. */
    public Optional<LedgerEntry> entry(long seq) {
        return jdbc.sql("select * from ledger.entry where seq = ?").param(seq).query(Ledger::map).optional();
    }

    static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_user"), rs.getString("actor_organization"), rs.getString("command"),
                rs.getString("target_type"), rs.getString("target_id"),
                rs.getArray("tenants") == null ? List.of()
                        : java.util.Arrays.asList((String[]) rs.getArray("tenants").getArray()),
                rs.getString("payload"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
