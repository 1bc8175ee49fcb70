package org.cosmodrome.auctions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The lots with the assets they sell. */
@Repository
public class Lots {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Lots(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Filters of the catalogue; every {@code null} means "any".
     *
     * @param kind lots selling at least one asset of this kind
     * @param text words found in the title or description, case-insensitive
     */
    public record Filter(LotStatus status, AuctionFormat format, AssetKind kind, String currency, String seller,
            String text) {
        public static Filter any() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** One standing price of an English lot, with the bidder's registration number. */
    public record PriceStep(int number, String bidder, int bidderNumber, long amount, boolean automatic,
            Instant at) {
    }

    public Optional<Lot> find(LotId id) {
        return jdbc.sql("select * from auctions.lot where id = ?").param(id.value()).query(this::map).optional()
                .map(this::withAssets);
    }

    /** The lot, its row locked until the transaction ends: for changes that depend on its current state. */
    public Optional<Lot> findForUpdate(LotId id) {
        return jdbc.sql("select * from auctions.lot where id = ? for update").param(id.value()).query(this::map)
                .optional().map(this::withAssets);
    }

    /**
     * The catalogue: lots matching {@code filter}, latest opening first. Drafts only for {@code viewer}s who read
     * everything.
     */
    public Page<Lot> catalogue(Filter filter, Actor viewer, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!viewer.readsEverything()) {
            where.append(" and status <> 'DRAFT'");
        }
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.format() != null) {
            where.append(" and format = ?");
            params.add(filter.format().name());
        }
        if (filter.kind() != null) {
            where.append(" and exists (select 1 from auctions.lot_asset la join auctions.asset a on a.id = la.asset_id"
                    + " where la.lot_id = lot.id and a.kind = ?)");
            params.add(filter.kind().name());
        }
        if (filter.currency() != null) {
            where.append(" and currency = ?");
            params.add(filter.currency());
        }
        if (filter.seller() != null) {
            where.append(" and seller = ?");
            params.add(filter.seller());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (title ilike ? or coalesce(description, '') ilike ?)");
            String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("select count(*) from auctions.lot" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<Lot> items = jdbc.sql("select * from auctions.lot" + where + " order by opens_at desc, id limit ? offset ?")
                .params(pageParams).query(this::map).list().stream().map(this::withAssets).toList();
        return Page.of(items, page, total);
    }

    /** How many bids, accepted or refused, were submitted on the lot. */
    public long bidCount(LotId id) {
        return jdbc.sql("select count(*) from auctions.bid where lot_id = ?").param(id.value()).query(Long.class)
                .single();
    }

    /** The standing prices of the lot, first to last, with each bidder's registration number. */
    public List<PriceStep> priceSteps(LotId id) {
        return jdbc.sql("""
                select s.number, s.bidder, r.number as bidder_number, s.amount, s.automatic, s.at
                from auctions.price_step s join auctions.registration r on r.lot_id = s.lot_id and r.bidder = s.bidder
                where s.lot_id = ? order by s.number""")
                .param(id.value())
                .query((rs, n) -> new PriceStep(rs.getInt("number"), rs.getString("bidder"),
                        rs.getInt("bidder_number"), rs.getLong("amount"), rs.getBoolean("automatic"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Moves the current close of an English lot (a soft-close extension); increments the version. */
    public void updateClose(LotId id, Instant closesAt) {
        jdbc.sql("update auctions.lot set closes_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(closesAt), id.value()).update();
    }

    /** Sets the lot's status; increments the version. */
    public void updateStatus(LotId id, LotStatus status) {
        jdbc.sql("update auctions.lot set status = ?, version = version + 1 where id = ?")
                .params(status.name(), id.value()).update();
    }

    void insert(Lot l) {
        jdbc.sql("""
                insert into auctions.lot (id, title, description, seller, format, currency, starting_price,
                    reserve_price, increments, soft_close_window_seconds, soft_close_extension_seconds,
                    soft_close_cap_seconds, dutch_floor, dutch_step, dutch_step_seconds, sealed_round_seconds,
                    deposit_percent, payment_days, viewing_from, viewing_to, opens_at, first_closes_at, closes_at,
                    status, source, version, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?)""")
                .params(l.id().value(), l.title(), l.description(), l.seller(), l.format().name(), l.currency(),
                        l.startingPrice(), l.reservePrice(), incrementsJson(l.increments()),
                        seconds(l.softClose() == null ? null : l.softClose().window()),
                        seconds(l.softClose() == null ? null : l.softClose().extension()),
                        seconds(l.softClose() == null ? null : l.softClose().cap()), l.dutchFloor(), l.dutchStep(),
                        l.dutchStepSeconds(), l.sealedRoundSeconds(), l.depositPercent(), l.paymentDays(),
                        l.viewingFrom(), l.viewingTo(), Timestamp.from(l.opensAt()), timestamp(l.firstClosesAt()),
                        timestamp(l.closesAt()), l.status().name(), l.source(), l.version(),
                        Timestamp.from(l.recordedAt()), l.recordedBy())
                .update();
        insertAssets(l);
    }

    /**
     * Replaces the terms and assets of a lot stored at {@code expectedVersion}.
     *
     * @return {@code false} when the stored lot is at another version (nothing changed)
     */
    boolean update(Lot l, int expectedVersion) {
        int updated = jdbc.sql("""
                update auctions.lot set title = ?, description = ?, seller = ?, format = ?, currency = ?,
                    starting_price = ?, reserve_price = ?, increments = cast(? as jsonb),
                    soft_close_window_seconds = ?, soft_close_extension_seconds = ?, soft_close_cap_seconds = ?,
                    dutch_floor = ?, dutch_step = ?, dutch_step_seconds = ?, sealed_round_seconds = ?,
                    deposit_percent = ?, payment_days = ?, viewing_from = ?, viewing_to = ?, opens_at = ?,
                    first_closes_at = ?, closes_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(l.title(), l.description(), l.seller(), l.format().name(), l.currency(), l.startingPrice(),
                        l.reservePrice(), incrementsJson(l.increments()),
                        seconds(l.softClose() == null ? null : l.softClose().window()),
                        seconds(l.softClose() == null ? null : l.softClose().extension()),
                        seconds(l.softClose() == null ? null : l.softClose().cap()), l.dutchFloor(), l.dutchStep(),
                        l.dutchStepSeconds(), l.sealedRoundSeconds(), l.depositPercent(), l.paymentDays(),
                        l.viewingFrom(), l.viewingTo(), Timestamp.from(l.opensAt()), timestamp(l.firstClosesAt()),
                        timestamp(l.closesAt()), l.id().value(), expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from auctions.lot_asset where lot_id = ?").param(l.id().value()).update();
        insertAssets(l);
        return true;
    }

    private void insertAssets(Lot l) {
        for (String asset : l.assetIds()) {
            jdbc.sql("insert into auctions.lot_asset (lot_id, asset_id) values (?, ?)").params(l.id().value(), asset)
                    .update();
        }
    }

    private Lot withAssets(Lot lot) {
        List<String> assets = jdbc.sql("select asset_id from auctions.lot_asset where lot_id = ? order by asset_id")
                .param(lot.id().value()).query(String.class).list();
        return new Lot(lot.id(), lot.title(), lot.description(), lot.seller(), lot.format(), lot.currency(),
                lot.startingPrice(), lot.reservePrice(), lot.increments(), lot.softClose(), lot.dutchFloor(),
                lot.dutchStep(), lot.dutchStepSeconds(), lot.sealedRoundSeconds(), lot.depositPercent(),
                lot.paymentDays(), lot.viewingFrom(), lot.viewingTo(), lot.opensAt(), lot.firstClosesAt(),
                lot.closesAt(), lot.status(), assets, lot.source(), lot.version(), lot.recordedAt(), lot.recordedBy());
    }

    private String incrementsJson(IncrementTable increments) {
        if (increments == null) {
            return null;
        }
        List<Map<String, Long>> tiers = increments.tiers().stream().map(t -> {
            Map<String, Long> tier = new LinkedHashMap<>();
            tier.put("from", t.from());
            tier.put("increment", t.increment());
            return tier;
        }).toList();
        return json.writeValueAsString(tiers);
    }

    private IncrementTable increments(String stored) {
        if (stored == null) {
            return null;
        }
        List<IncrementTable.Tier> tiers = new ArrayList<>();
        json.readTree(stored).forEach(node -> tiers.add(new IncrementTable.Tier(node.get("from").asLong(),
                node.get("increment").asLong())));
        return new IncrementTable(tiers);
    }

    private Lot map(ResultSet rs, int row) throws SQLException {
        Integer window = rs.getObject("soft_close_window_seconds", Integer.class);
        SoftClose softClose = window == null ? null : new SoftClose(Duration.ofSeconds(window),
                Duration.ofSeconds(rs.getInt("soft_close_extension_seconds")),
                Duration.ofSeconds(rs.getInt("soft_close_cap_seconds")));
        return new Lot(LotId.of(rs.getString("id")), rs.getString("title"), rs.getString("description"),
                rs.getString("seller"), AuctionFormat.valueOf(rs.getString("format")), rs.getString("currency"),
                rs.getLong("starting_price"), rs.getObject("reserve_price", Long.class),
                increments(rs.getString("increments")), softClose, rs.getObject("dutch_floor", Long.class),
                rs.getObject("dutch_step", Long.class), rs.getObject("dutch_step_seconds", Integer.class),
                rs.getObject("sealed_round_seconds", Integer.class), rs.getBigDecimal("deposit_percent"),
                rs.getInt("payment_days"), rs.getObject("viewing_from", LocalDate.class),
                rs.getObject("viewing_to", LocalDate.class), rs.getTimestamp("opens_at").toInstant(),
                instant(rs.getTimestamp("first_closes_at")), instant(rs.getTimestamp("closes_at")),
                LotStatus.valueOf(rs.getString("status")), List.of(), rs.getString("source"), rs.getInt("version"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    private static Integer seconds(Duration duration) {
        return duration == null ? null : Math.toIntExact(duration.toSeconds());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
