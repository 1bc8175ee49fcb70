package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.organizations.Money;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.cosmodrome.incidents.Incidents.instant;
import static org.cosmodrome.incidents.Incidents.strings;

/** The damage claims with their assessments, negotiation steps, settlement and payments. */
@Repository
public class Claims {

    private final JdbcClient jdbc;

    Claims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters of the claim listing; {@code null} means "any".
     *
     * @param viewer only claims this actor may read
     */
    public record Filter(IncidentId incident, Actor viewer) {
    }

    public Optional<Claim> findById(ClaimId id) {
        return load(List.of(id.value())).stream().findFirst();
    }

    /** The claim, its row locked until the transaction ends, so changes to one claim are made one at a time. */
    Optional<Claim> lock(ClaimId id) {
        boolean exists = jdbc.sql("select id from incidents.claim where id = ? for update").param(id.value())
                .query(String.class).optional().isPresent();
        return exists ? findById(id) : Optional.empty();
    }

    /** Claims matching {@code filter} that its viewer may read, in order of filing. */
    public Page<Claim> find(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.viewer().isAnonymous()) {
            where.append(" and false");
        } else if (!filter.viewer().readsEverything()) {
            String organization = filter.viewer().organization() == null ? "" : filter.viewer().organization();
            where.append(" and (claimant = ? or respondent = ?)");
            params.add(organization);
            params.add(organization);
        }
        if (filter.incident() != null) {
            where.append(" and incident_id = ?");
            params.add(filter.incident().value());
        }
        long total = jdbc.sql("select count(*) from incidents.claim" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<String> ids = jdbc.sql("select id from incidents.claim" + where
                        + " order by coalesce(filed_on, recorded_at::date), id limit ? offset ?")
                .params(pageParams).query(String.class).list();
        return Page.of(load(ids), page, total);
    }

    void insert(Claim c) {
        jdbc.sql("""
                insert into incidents.claim (id, incident_id, title, claimant, respondent, currency, filed_on,
                    date_note, notes, confidence, sources, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id().value(), c.incident().value(), c.title(), c.claimant(), c.respondent(), c.currency(),
                        c.filedOn(), c.dateNote(), c.notes(), c.confidence(), c.sources().toArray(String[]::new),
                        c.recordedBy(), Timestamp.from(c.recordedAt()))
                .update();
        insertItems(c.id(), "CLAIMANT", c.items());
        if (c.countered()) {
            counter(c.id(), c.counterItems(), c.counteredOn(), c.counterNote());
        }
        c.steps().forEach(s -> addStep(c.id(), s));
        if (c.settled()) {
            settle(c.id(), c.settlement());
        }
        c.payments().forEach(p -> addPayment(c.id(), p));
    }

    /** Replaces the respondent's counter-assessment. */
    void counter(ClaimId id, List<ClaimItem> items, LocalDate on, String note) {
        jdbc.sql("delete from incidents.claim_item where claim_id = ? and side = 'RESPONDENT'").param(id.value())
                .update();
        insertItems(id, "RESPONDENT", items);
        jdbc.sql("update incidents.claim set countered_on = ?, counter_note = ?, version = version + 1 where id = ?")
                .params(on, note, id.value()).update();
    }

    void addStep(ClaimId id, NegotiationStep s) {
        jdbc.sql("""
                insert into incidents.negotiation_step (claim_id, position, happened_on, date_note, by_organization,
                    what, sources, recorded_by, recorded_at)
                values (?, (select count(*) from incidents.negotiation_step where claim_id = ?), ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), id.value(), s.on(), s.dateNote(), s.by(), s.what(),
                        s.sources().toArray(String[]::new), s.recordedBy(), Timestamp.from(s.recordedAt()))
                .update();
        bump(id);
    }

    void settle(ClaimId id, Settlement s) {
        jdbc.sql("""
                update incidents.claim set settled_amount = ?, settled_currency = ?, settled_rate = ?, settled_on = ?,
                    settlement_note = ?, version = version + 1 where id = ?""")
                .params(s.amount().amount(), s.amount().currency(), s.rate(), s.on(), s.note(), id.value()).update();
    }

    void addPayment(ClaimId id, Payment p) {
        jdbc.sql("""
                insert into incidents.payment (claim_id, position, paid_on, date_note, payer, amount, currency, rate,
                    note, sources, recorded_by, recorded_at)
                values (?, (select count(*) from incidents.payment where claim_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), id.value(), p.on(), p.dateNote(), p.payer(), p.amount().amount(),
                        p.amount().currency(), p.rate(), p.note(), p.sources().toArray(String[]::new),
                        p.recordedBy(), Timestamp.from(p.recordedAt()))
                .update();
        bump(id);
    }

    private void bump(ClaimId id) {
        jdbc.sql("update incidents.claim set version = version + 1 where id = ?").param(id.value()).update();
    }

    private void insertItems(ClaimId id, String side, List<ClaimItem> items) {
        for (int i = 0; i < items.size(); i++) {
            ClaimItem item = items.get(i);
            jdbc.sql("insert into incidents.claim_item (claim_id, side, position, kind, description, amount, currency)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id.value(), side, i, item.kind().name(), item.description(), item.amount().amount(),
                            item.amount().currency())
                    .update();
        }
    }

    private List<Claim> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] idArray = ids.toArray(String[]::new);
        Map<String, List<ClaimItem>> items = new LinkedHashMap<>();
        Map<String, List<ClaimItem>> counterItems = new LinkedHashMap<>();
        jdbc.sql("select * from incidents.claim_item where claim_id = any(?) order by claim_id, side, position")
                .param(idArray)
                .query((ResultSet rs) -> {
                    (rs.getString("side").equals("CLAIMANT") ? items : counterItems)
                            .computeIfAbsent(rs.getString("claim_id"), k -> new ArrayList<>())
                            .add(new ClaimItem(ClaimItemKind.valueOf(rs.getString("kind")),
                                    rs.getString("description"),
                                    new Money(rs.getBigDecimal("amount"), rs.getString("currency"))));
                });
        Map<String, List<NegotiationStep>> steps = new LinkedHashMap<>();
        jdbc.sql("select * from incidents.negotiation_step where claim_id = any(?) order by claim_id, position")
                .param(idArray)
                .query((ResultSet rs) -> {
                    steps.computeIfAbsent(rs.getString("claim_id"), k -> new ArrayList<>())
                            .add(new NegotiationStep(rs.getObject("happened_on", LocalDate.class),
                                    rs.getString("date_note"), rs.getString("by_organization"), rs.getString("what"),
                                    strings(rs, "sources"), rs.getString("recorded_by"),
                                    instant(rs, "recorded_at")));
                });
        Map<String, List<Payment>> payments = new LinkedHashMap<>();
        jdbc.sql("select * from incidents.payment where claim_id = any(?) order by claim_id, position")
                .param(idArray)
                .query((ResultSet rs) -> {
                    payments.computeIfAbsent(rs.getString("claim_id"), k -> new ArrayList<>())
                            .add(new Payment(rs.getObject("paid_on", LocalDate.class), rs.getString("date_note"),
                                    rs.getString("payer"),
                                    new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
                                    rs.getBigDecimal("rate").stripTrailingZeros(), rs.getString("note"),
                                    strings(rs, "sources"), rs.getString("recorded_by"),
                                    instant(rs, "recorded_at")));
                });
        Map<String, Claim> byId = new LinkedHashMap<>();
        jdbc.sql("select * from incidents.claim where id = any(?)").param(idArray)
                .query((ResultSet rs) -> {
                    String id = rs.getString("id");
                    BigDecimal settled = rs.getBigDecimal("settled_amount");
                    Settlement settlement = settled == null ? null
                            : new Settlement(new Money(settled, rs.getString("settled_currency")),
                                    rs.getBigDecimal("settled_rate").stripTrailingZeros(),
                                    rs.getObject("settled_on", LocalDate.class), rs.getString("settlement_note"));
                    byId.put(id, new Claim(ClaimId.of(id), IncidentId.of(rs.getString("incident_id")),
                            rs.getString("title"), rs.getString("claimant"), rs.getString("respondent"),
                            rs.getString("currency"), rs.getObject("filed_on", LocalDate.class),
                            rs.getString("date_note"), items.getOrDefault(id, List.of()),
                            counterItems.getOrDefault(id, List.of()), rs.getObject("countered_on", LocalDate.class),
                            rs.getString("counter_note"), steps.getOrDefault(id, List.of()), settlement,
                            payments.getOrDefault(id, List.of()), rs.getString("notes"), rs.getString("confidence"),
                            strings(rs, "sources"), rs.getInt("version"), rs.getString("recorded_by"),
                            instant(rs, "recorded_at")));
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
