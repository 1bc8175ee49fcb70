package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.organizations.Money;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The equipment inventory: assets and the decisions to decommission them. */
@Repository
public class Assets {

    private final JdbcClient jdbc;

    Assets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters of the asset listing; every {@code null} means "any".
     *
     * @param decommissioned {@code true} for decommissioned assets only, {@code false} for those in service
     */
    public record Filter(AssetKind kind, String site, String pad, Boolean decommissioned) {
        public static Filter any() {
            return new Filter(null, null, null, null);
        }
    }

    public Optional<Asset> findById(String id) {
        return jdbc.sql("select * from auctions.asset where id = ?").param(id).query(Assets::map).optional();
    }

    /** The assets with these ids, in the order of {@code ids}; ids without an asset are left out. */
    public List<Asset> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Asset> found = jdbc.sql("select * from auctions.asset where id = any(?)")
                .param(ids.toArray(String[]::new)).query(Assets::map).list();
        return ids.stream().flatMap(id -> found.stream().filter(a -> a.id().equals(id)).findFirst().stream())
                .toList();
    }

    /** Assets matching {@code filter}, by id. */
    public Page<Asset> find(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.site() != null) {
            where.append(" and site_id = ?");
            params.add(filter.site());
        }
        if (filter.pad() != null) {
            where.append(" and pad_id = ?");
            params.add(filter.pad());
        }
        if (filter.decommissioned() != null) {
            where.append(filter.decommissioned() ? " and decommissioned_on is not null"
                    : " and decommissioned_on is null");
        }
        long total = jdbc.sql("select count(*) from auctions.asset" + where).params(params).query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<Asset> items = jdbc.sql("select * from auctions.asset" + where + " order by id limit ? offset ?")
                .params(pageParams).query(Assets::map).list();
        return Page.of(items, page, total);
    }

    /**
     * The lot {@code assetId} is in, if any: the one lot holding it that is neither withdrawn nor unsold (the assets
     * of those may be sold again).
     */
    public Optional<LotId> lotOf(String assetId) {
        return jdbc.sql("select la.lot_id from auctions.lot_asset la join auctions.lot l on l.id = la.lot_id"
                        + " where la.asset_id = ? and l.status not in ('WITHDRAWN', 'UNSOLD') order by la.lot_id limit 1")
                .param(assetId).query(String.class).optional().map(LotId::of);
    }

    /** Locks the rows of these assets until the transaction ends, so two lots cannot take the same asset. */
    void lock(List<String> ids) {
        jdbc.sql("select id from auctions.asset where id = any(?) order by id for update")
                .param(ids.toArray(String[]::new)).query(String.class).list();
    }

    void insert(Asset a) {
        jdbc.sql("""
                insert into auctions.asset (id, kind, description, quantity, unit, condition, site_id, pad_id,
                    location, book_value, book_currency, photo_url, decommissioned_on, decommission_reason, source,
                    recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.kind().name(), a.description(), a.quantity(), a.unit().name(),
                        a.condition().name(), a.siteId(), a.padId(), a.location(),
                        a.bookValue() == null ? null : a.bookValue().amount(),
                        a.bookValue() == null ? null : a.bookValue().currency(), a.photoUrl(),
                        a.decommissioning() == null ? null : a.decommissioning().on(),
                        a.decommissioning() == null ? null : a.decommissioning().reason(), a.source(),
                        Timestamp.from(a.recordedAt()), a.recordedBy())
                .update();
    }

    void decommission(String id, Decommissioning decision) {
        jdbc.sql("update auctions.asset set decommissioned_on = ?, decommission_reason = ? where id = ?")
                .params(decision.on(), decision.reason(), id).update();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Asset map(ResultSet rs, int row) throws SQLException {
        BigDecimal bookValue = rs.getBigDecimal("book_value");
        LocalDate decommissionedOn = rs.getObject("decommissioned_on", LocalDate.class);
        return new Asset(rs.getString("id"), AssetKind.valueOf(rs.getString("kind")), rs.getString("description"),
                plain(rs.getBigDecimal("quantity")), AssetUnit.valueOf(rs.getString("unit")),
                AssetCondition.valueOf(rs.getString("condition")), rs.getString("site_id"), rs.getString("pad_id"),
                rs.getString("location"),
                bookValue == null ? null : new Money(bookValue, rs.getString("book_currency")),
                rs.getString("photo_url"),
                decommissionedOn == null ? null
                        : new Decommissioning(decommissionedOn, rs.getString("decommission_reason")),
                rs.getString("source"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
